/**
 * `npm run demo` (scripts/demo.mjs) end to end: a temporary repo from examples/, the built CLI, a
 * failing gate. It runs the built lib/, so it needs lib/ built from the current sources (npm ci or
 * npm run build:lib) and the bundled examples; otherwise it is skipped and says why.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Why the demo cannot run here, or null. A lib/ older than any source would test stale code. */
function notReady(): string | null {
  if (!existsSync(join(root, "examples"))) return "examples/ is missing";
  if (!existsSync(join(root, "lib/cli/main.js"))) return "lib/ is not built (npm run build:lib)";
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
    );
  for (const src of walk(join(root, "src"))) {
    const out = join(root, "lib", relative(join(root, "src"), src)).replace(/\.ts$/, ".js");
    if (!existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs)
      return `lib/ is older than ${relative(root, src)} (npm run build:lib)`;
  }
  return null;
}
const reason = notReady();

describe.skipIf(reason !== null)(`npm run demo${reason ? ` (skipped: ${reason})` : ""}`, () => {
  it("reviews a realistic change in a throw-away repo in seconds and cleans up", () => {
    const started = performance.now();
    const r = spawnSync(process.execPath, [join(root, "scripts/demo.mjs")], { encoding: "utf8", cwd: root });
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
});
