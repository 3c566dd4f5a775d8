/**
 * `npm run demo` (scripts/demo.mjs) end to end: a temporary repo from examples/, the built CLI, a
 * failing gate. Needs the built lib/ (npm ci / npm run build:lib) and the bundled examples.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const ready =
  existsSync(`${root}lib/cli/main.js`) &&
  existsSync(`${root}lib/cli/review.js`) &&
  existsSync(`${root}examples`);

describe.skipIf(!ready)(
  "npm run demo (skipped without lib/ built and examples/: run npm run build:lib)",
  () => {
    it("reviews a realistic change in a throw-away repo in seconds and cleans up", () => {
      const started = performance.now();
      const r = spawnSync(process.execPath, [`${root}scripts/demo.mjs`], { encoding: "utf8", cwd: root });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("$ modelspec-review review --base main --head resize");
      expect(r.stdout).toMatch(/GPU type\s+\S+ → l4/);
      expect(r.stdout).toMatch(/PII allowed\s+\S+ → true/);
      expect(r.stdout).toContain("(renamed)");
      expect(r.stdout).toMatch(/Exit code [01]/);
      const repo = /Demo repository: (\S+)/.exec(r.stdout)?.[1];
      expect(repo && existsSync(repo)).toBe(false);
      expect(performance.now() - started).toBeLessThan(20_000);
    });
  },
);
