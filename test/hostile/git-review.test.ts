/**
 * Issue 15, defects 1, 2 and 4: `modelspec-review review` on hostile temporary git repositories.
 *
 * 1. A changed file whose name holds a newline must not shift the blobs of the other files (the
 *    gate then passed on a spec that sets `count: 0`); renames and modifications keep their status
 *    in worktree mode too.
 * 2. Worktree mode never follows a symlink: not to /etc/passwd, not to a YAML file outside the repo.
 * 4. Bytes that are not UTF-8 are `parse/invalid-encoding` (as `validate` says), not U+FFFD; files
 *    left out by `limits.maxFiles` are counted in the JSON report and the comment, not only stderr.
 */
import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/review.js";
import type { Review } from "../../src/core/types.js";
import { GOLDEN_DIR } from "../support/review-cases.js";

const SPEC = readFileSync(join(GOLDEN_DIR, "replicas-raised/base.yaml"), "utf8");
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
  HOME: tmpdir(),
};
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, env, encoding: "utf8" });
const write = (repo: string, path: string, text: string | Buffer) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const named = (name: string, text = SPEC) => text.replace("name: support-chat", `name: ${name}`);

async function cli(cwd: string, ...argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd });
  return { code, out, err };
}
const json = async (cwd: string, ...argv: string[]) => {
  const r = await cli(cwd, ...argv, "--format", "json");
  return { ...r, review: JSON.parse(r.out) as Review };
};

const top = mkdtempSync(join(tmpdir(), "msr-hostile-git-"));
afterAll(() => rmSync(top, { recursive: true, force: true }));
let repo: string;
let k = 0;
beforeEach(() => {
  repo = join(top, `r${++k}`);
  mkdirSync(repo);
  git(repo, "init", "-q", "-b", "main");
  write(repo, "models/a.modelspec.yaml", named("alpha"));
  write(repo, "models/c.modelspec.yaml", named("gamma"));
  write(repo, "models/z.modelspec.yaml", named("zeta"));
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "base");
});

const specOf = (review: Review, path: string) => review.files.find((f) => f.path === path)?.specs[0];

describe("defect 1: a newline in a changed file's name", () => {
  it("--head: every blob stays with its own file, and count: 0 fails the gate", async () => {
    git(repo, "checkout", "-q", "-b", "feature");
    write(repo, "models/a\nb.modelspec.yaml", named("newline"));
    write(repo, "models/z.modelspec.yaml", named("zeta").replace(/count: \d+/, "count: 0"));
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "feature");
    const { code, review } = await json(repo, "--base", "main", "--head", "feature");
    expect(review.files.map((f) => [f.path, f.status])).toEqual([
      ["models/a\nb.modelspec.yaml", "added"],
      ["models/z.modelspec.yaml", "modified"],
    ]);
    expect(specOf(review, "models/a\nb.modelspec.yaml")?.name).toBe("newline");
    expect(specOf(review, "models/z.modelspec.yaml")?.name).toBe("zeta");
    expect(review.conclusion.status).toBe("failure");
    expect(code).toBe(1);
  });

  it("worktree: the same change, uncommitted, is read the same way", async () => {
    write(repo, "models/a\nb.modelspec.yaml", named("newline"));
    write(repo, "models/z.modelspec.yaml", named("zeta").replace(/count: \d+/, "count: 0"));
    const { code, review } = await json(repo);
    expect(specOf(review, "models/a\nb.modelspec.yaml")?.name).toBe("newline");
    expect(specOf(review, "models/z.modelspec.yaml")?.name).toBe("zeta");
    expect(code).toBe(1);
  });

  it("worktree: a renamed spec is a rename and a modified spec is modified", async () => {
    renameSync(join(repo, "models/a.modelspec.yaml"), join(repo, "models/renamed.modelspec.yaml"));
    write(repo, "models/c.modelspec.yaml", named("gamma").replace("maxReplicas: 4", "maxReplicas: 5"));
    const { review } = await json(repo);
    expect(review.files.map((f) => [f.path, f.status, f.previousPath ?? null])).toEqual([
      ["models/c.modelspec.yaml", "modified", null],
      ["models/renamed.modelspec.yaml", "renamed", "models/a.modelspec.yaml"],
    ]);
  });

  it("worktree after git add: a staged, then edited spec is modified", async () => {
    write(repo, "models/c.modelspec.yaml", named("gamma").replace("maxReplicas: 4", "maxReplicas: 5"));
    git(repo, "add", "models/c.modelspec.yaml");
    write(repo, "models/c.modelspec.yaml", named("gamma").replace("maxReplicas: 4", "maxReplicas: 6"));
    const { review } = await json(repo, "--base", "main");
    expect(review.files.map((f) => [f.path, f.status])).toEqual([["models/c.modelspec.yaml", "modified"]]);
  });
});

describe("defect 2: worktree review never follows a symlink", () => {
  it("a spec replaced by a link to /etc/passwd: its content is never printed", async () => {
    unlinkSync(join(repo, "models/a.modelspec.yaml"));
    symlinkSync("/etc/passwd", join(repo, "models/a.modelspec.yaml"));
    const r = await cli(repo, "--base", "main", "--format", "markdown");
    expect(r.out).not.toMatch(/root:x:0:0/);
    const { review } = await json(repo, "--base", "main");
    expect(JSON.stringify(review)).not.toMatch(/root:x:0:0/);
    const f = review.files.find((x) => x.path === "models/a.modelspec.yaml")!;
    expect(f.findings.map((x) => x.code)).toContain("parse/symlink");
  });

  it("a link to a YAML spec outside the repository is not reviewed as that file", async () => {
    const outside = join(top, `outside-${k}.modelspec.yaml`);
    writeFileSync(outside, named("secret-outside"));
    symlinkSync(outside, join(repo, "models/leak.modelspec.yaml"));
    const { review } = await json(repo);
    expect(JSON.stringify(review)).not.toContain("secret-outside");
    const f = review.files.find((x) => x.path === "models/leak.modelspec.yaml");
    expect(f?.findings.map((x) => x.code)).toContain("parse/symlink");
  });

  it("--head: a committed link is refused the same way", async () => {
    git(repo, "checkout", "-q", "-b", "feature");
    unlinkSync(join(repo, "models/a.modelspec.yaml"));
    symlinkSync("/etc/passwd", join(repo, "models/a.modelspec.yaml"));
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "link");
    const { review } = await json(repo, "--base", "main", "--head", "feature");
    expect(JSON.stringify(review)).not.toMatch(/root:x:0:0|etc\/passwd/);
    const f = review.files.find((x) => x.path === "models/a.modelspec.yaml")!;
    expect(f.findings.map((x) => x.code)).toContain("parse/symlink");
  });
});

describe("defect 4: encoding and the file cap", () => {
  it("bytes that are not UTF-8 are parse/invalid-encoding, never U+FFFD", async () => {
    const bad = Buffer.concat([
      Buffer.from(named("qwen-").split("name: qwen-")[0]! + "name: qwen-"),
      Buffer.from([0xff, 0xfe]),
      Buffer.from("-dev" + named("qwen-").split("name: qwen-")[1]!),
    ]);
    write(repo, "models/c.modelspec.yaml", bad);
    for (const argv of [[], ["--base", "main"]]) {
      const { code, review } = await json(repo, ...argv);
      expect(JSON.stringify(review)).not.toContain("\ufffd");
      const f = review.files.find((x) => x.path === "models/c.modelspec.yaml")!;
      expect(f.findings.map((x) => x.code)).toContain("parse/invalid-encoding");
      expect(code).toBe(1);
    }
    git(repo, "checkout", "-q", "-b", "feature");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "bad bytes");
    const { review } = await json(repo, "--base", "main", "--head", "feature");
    expect(review.files[0]!.findings.map((x) => x.code)).toContain("parse/invalid-encoding");
  });

  it("specs left out by limits.maxFiles are counted in the JSON and the comment", async () => {
    for (let i = 0; i < 5; i++) write(repo, `models/n${i}.modelspec.yaml`, named(`n${i}`));
    write(repo, "cap.yml", "limits:\n  maxFiles: 2\n");
    const { review, err } = await json(repo, "--config", "cap.yml");
    expect(review.files).toHaveLength(2);
    expect(review.summary.filesNotReviewed).toBe(3);
    expect(err).toMatch(/3 more changed spec file/);
    const md = await cli(repo, "--config", "cap.yml", "--format", "markdown");
    expect(md.out).toMatch(/5 ModelSpec files changed; only the first 2 were reviewed/);
  });
});
