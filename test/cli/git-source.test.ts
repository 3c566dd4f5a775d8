/**
 * The local-git ChangeSource on a real temporary repository: what it lists, and that a changed
 * side which is a link or not UTF-8 comes back as that side's finding, never as text.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localGitSource } from "../../src/cli/git-source.js";
import { fileReads, fileKey } from "../../src/core/collect.js";

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "T",
  GIT_AUTHOR_EMAIL: "t@example.com",
  GIT_COMMITTER_NAME: "T",
  GIT_COMMITTER_EMAIL: "t@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
  HOME: tmpdir(),
};
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, env, encoding: "utf8" });
let repo: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "msr-git-source-"));
  git(repo, "init", "-q", "-b", "main");
  writeFileSync(join(repo, "a.modelspec.yaml"), "kind: ModelSpec\nmetadata:\n  name: a\n");
  writeFileSync(join(repo, "b.modelspec.yaml"), "kind: ModelSpec\nmetadata:\n  name: b\n");
  writeFileSync(join(repo, "c.modelspec.yaml"), "kind: ModelSpec\n");
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "base");
  // Working tree: a becomes a link outside the repository, b gets a bad byte, d is untracked.
  rmSync(join(repo, "a.modelspec.yaml"));
  symlinkSync("/etc/passwd", join(repo, "a.modelspec.yaml"));
  writeFileSync(join(repo, "b.modelspec.yaml"), Buffer.from([0x6b, 0x3a, 0x20, 0xff, 0x0a]));
  writeFileSync(join(repo, "d.modelspec.yaml"), "kind: ModelSpec\nmetadata:\n  name: d\n");
});

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe("localGitSource on the working tree", () => {
  it("lists modified, untracked and unchanged files as a pull request would; a worktree names no head", async () => {
    const source = await localGitSource(repo, { base: "HEAD", head: null });
    expect(source.change).toMatchObject({ kind: "local", pullRequest: null, worktree: true });
    const { files, truncated } = await source.listChanged();
    expect(truncated).toBe(false);
    expect(files.map((f) => [f.path, f.status])).toEqual([
      ["a.modelspec.yaml", "modified"],
      ["b.modelspec.yaml", "modified"],
      ["d.modelspec.yaml", "added"],
    ]);
  });

  it("a link and bytes that are not UTF-8 are their side's finding; the rest is text", async () => {
    const source = await localGitSource(repo, { base: "HEAD", head: null });
    const { files } = await source.listChanged();
    const { baseSha, headSha } = source.change;
    const texts = await source.readTexts(fileReads(files, baseSha, headSha));
    expect(texts.get(fileKey(baseSha, "a.modelspec.yaml"))).toContain("name: a");
    expect(texts.get(fileKey(headSha, "a.modelspec.yaml"))).toBeNull();
    expect(texts.problems?.get(fileKey(headSha, "a.modelspec.yaml"))?.code).toBe("parse/symlink");
    expect(texts.get(fileKey(headSha, "b.modelspec.yaml"))).toBeNull();
    expect(texts.problems?.get(fileKey(headSha, "b.modelspec.yaml"))?.code).toBe("parse/invalid-encoding");
    expect(texts.get(fileKey(headSha, "d.modelspec.yaml"))).toContain("name: d");
    // Not a changed side: the working tree's regular file; a link is absent, never followed.
    const other = await source.readTexts([
      { ref: headSha, path: "c.modelspec.yaml" },
      { ref: headSha, path: "a.modelspec.yaml/../../etc/passwd" },
    ]);
    expect(other.get(fileKey(headSha, "c.modelspec.yaml"))).toBe("kind: ModelSpec\n");
    expect(other.get(fileKey(headSha, "a.modelspec.yaml/../../etc/passwd"))).toBeNull();
  });

  it("an unknown revision is a GitError naming it", async () => {
    await expect(localGitSource(repo, { base: "no-such-ref", head: null })).rejects.toThrow(
      /unknown revision no-such-ref/,
    );
  });
});
