/** Directory scans of the CLI never follow a symlink out of the scanned root. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

const top = mkdtempSync(join(tmpdir(), "msr-symlink-"));
afterAll(() => rmSync(top, { recursive: true, force: true }));

it("validate of a directory skips symlinks whose target is outside the root", async () => {
  const root = join(top, "repo");
  const outside = join(top, "outside");
  mkdirSync(join(root, "specs"), { recursive: true });
  mkdirSync(outside);
  const spec = "apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata:\n  name: secret\n";
  writeFileSync(join(outside, "secret.modelspec.yaml"), spec);
  writeFileSync(join(root, "specs", "inside.modelspec.yaml"), spec.replace("secret", "inside"));
  symlinkSync(join(outside, "secret.modelspec.yaml"), join(root, "specs", "leak.modelspec.yaml"));
  symlinkSync(outside, join(root, "specs", "outdir"));
  symlinkSync(join(root, "specs", "inside.modelspec.yaml"), join(root, "specs", "alias.modelspec.yaml"));
  let out = "";
  const io = {
    out: (t: string) => void (out += t),
    err: () => {},
    flush: async () => {},
    cwd: root,
    color: false,
  };
  await main(["validate", "--format", "json", "specs"], io);
  const paths = (JSON.parse(out) as { files: { path: string }[] }).files.map((f) => f.path).sort();
  expect(paths).toEqual(["specs/alias.modelspec.yaml", "specs/inside.modelspec.yaml"]);
});
