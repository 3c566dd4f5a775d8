/**
 * Worktree mode reads drift manifests and committed model configs besides the specs; like the specs
 * (issue #15, defect 2) they must never be read through a symbolic link or from outside the repo.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorktreeFile } from "../../src/cli/git.js";

const outside = mkdtempSync(join(tmpdir(), "msr-outside-"));
writeFileSync(join(outside, "secret.yaml"), "kind: Deployment\nmetadata: {name: leaked}\n");
const root = mkdtempSync(join(tmpdir(), "msr-root-"));
mkdirSync(join(root, "deploy"));
writeFileSync(join(root, "deploy/ok.yaml"), "kind: Deployment\n");
writeFileSync(join(root, "deploy/bad.yaml"), Buffer.from([0x6b, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
symlinkSync(join(outside, "secret.yaml"), join(root, "deploy/link-out.yaml"));
symlinkSync(join(root, "deploy/ok.yaml"), join(root, "deploy/link-in.yaml"));
symlinkSync(outside, join(root, "outdir"));

describe("readWorktreeFile", () => {
  it.each([
    ["deploy/ok.yaml", "kind: Deployment\n"],
    ["deploy/link-out.yaml", undefined],
    ["deploy/link-in.yaml", undefined],
    ["outdir/secret.yaml", undefined],
    ["../" + join(outside.split("/").pop() ?? "", "secret.yaml"), undefined],
    ["deploy/missing.yaml", undefined],
    ["deploy/bad.yaml", undefined],
    ["deploy", undefined],
  ])("%s → %j", async (path, want) => {
    expect(await readWorktreeFile(root, path)).toBe(want);
  });
});
