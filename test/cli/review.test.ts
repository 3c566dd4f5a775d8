/**
 * `modelspec-review review` on real temporary git repositories (made here, in os.tmpdir()):
 * changed specs between refs (renames included), the working-tree mode, formats and exit codes.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReviewArgs, run } from "../../src/cli/review.js";
import type { Review } from "../../src/core/types.js";
import { GOLDEN_DIR } from "../support/review-cases.js";

const SPEC = readFileSync(join(GOLDEN_DIR, "gpu-downsized-no-fit/base.yaml"), "utf8");
const EMB = readFileSync(join(GOLDEN_DIR, "multi-document/base.yaml"), "utf8").split("\n---\n")[1]!;

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
const write = (repo: string, path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};

async function cli(cwd: string, ...argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd });
  return { code, out, err };
}

let repo: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "msr-review-"));
  git(repo, "init", "-q", "-b", "main");
  write(repo, "models/chat.modelspec.yaml", SPEC);
  write(repo, "models/embeddings.modelspec.yaml", `---\n${EMB}`);
  write(repo, "models/old-name.modelspec.yaml", SPEC.replace("name: support-chat", "name: batch-summariser"));
  write(repo, "models/retired.modelspec.yaml", SPEC.replace("name: support-chat", "name: legacy-chat"));
  write(repo, "README.md", "not a spec\n");
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "base");

  git(repo, "checkout", "-q", "-b", "feature");
  write(repo, "models/chat.modelspec.yaml", SPEC.replace("type: a100-80gb", "type: l4"));
  write(repo, "models/embeddings.modelspec.yaml", `---\n${EMB.replace("maxReplicas: 3", "maxReplicas: 6")}`);
  renameSync(join(repo, "models/old-name.modelspec.yaml"), join(repo, "models/summariser.modelspec.yaml"));
  unlinkSync(join(repo, "models/retired.modelspec.yaml"));
  // Different enough from the deleted file that git does not pair them as a rename.
  write(
    repo,
    "models/new.modelspec.yaml",
    EMB.replace("name: support-embeddings", "name: new-reranker").replace("bge-large-en-v1.5", "e5-large-v2"),
  );
  write(repo, "README.md", "still not a spec\n");
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "feature");

  // main moves on after the branch point: a PR review must not blame these on the feature branch.
  git(repo, "checkout", "-q", "main");
  write(repo, "models/unrelated.modelspec.yaml", SPEC.replace("name: support-chat", "name: unrelated"));
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "main moves on");
  git(repo, "checkout", "-q", "feature");
});

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe("review --base main --head feature (like a pull request)", () => {
  let review: Review;
  let code: number;
  beforeAll(async () => {
    const r = await cli(repo, "--base", "main", "--head", "feature", "--format", "json");
    code = r.code;
    expect(r.err).toBe("");
    review = JSON.parse(r.out) as Review;
  });

  it("finds the changed specs with their statuses, renames included, nothing from main's later commits", () => {
    expect(review.files.map((f) => [f.path, f.status, f.previousPath ?? null])).toEqual([
      ["models/chat.modelspec.yaml", "modified", null],
      ["models/embeddings.modelspec.yaml", "modified", null],
      ["models/new.modelspec.yaml", "added", null],
      ["models/retired.modelspec.yaml", "deleted", null],
      ["models/summariser.modelspec.yaml", "renamed", "models/old-name.modelspec.yaml"],
    ]);
  });

  it("reports the right categories and deltas", () => {
    const chat = review.files[0]!.specs[0]!;
    expect(chat.changes.find((c) => c.key === "resources.verdict")).toMatchObject({
      category: "resources",
      before: "fits",
      after: "does-not-fit",
      severity: "breaking",
    });
    const emb = review.files[1]!.specs[0]!;
    expect(emb.changes.find((c) => c.key === "scaling.maxReplicas")).toMatchObject({
      category: "scaling",
      delta: { abs: 3, pct: 100 },
    });
    expect(emb.changes.find((c) => c.key === "cost.monthlyAtMax")).toMatchObject({
      category: "cost",
      unit: "USD/month",
      delta: { pct: 100 },
    });
    expect(review.files[4]!.specs[0]!.changes).toEqual([]);
  });

  it("exits 1 because a gate failed, naming it", () => {
    expect(code).toBe(1);
    expect(review.conclusion.status).toBe("failure");
    expect(review.conclusion.gates.filter((g) => g.failed).map((g) => g.gate)).toEqual(["does-not-fit"]);
  });

  it("prints a readable text review by default", async () => {
    const r = await cli(repo, "--base", "main", "--head", "feature");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^modelspec-review · main → feature · 5 specs changed · FAILURE/);
    expect(r.out).toContain("models/old-name.modelspec.yaml → models/summariser.modelspec.yaml (renamed)");
    expect(r.out).toMatch(/Memory fit\s+fits → does-not-fit\s+\[breaking\]/);
    expect(r.out).toMatch(/Max replicas\s+3 replicas → 6 replicas\s+\(\+3 replicas, \+100 %\)/);
    expect(r.out).toContain("✗ does-not-fit:");
  });

  it("renders the PR comment with --format markdown", async () => {
    const r = await cli(repo, "--base", "main", "--head", "feature", "--format", "markdown");
    expect(r.code).toBe(1);
    expect(r.out).toContain("<!--");
    expect(r.out).toContain("support-chat");
  });
});

describe("review in the working tree", () => {
  it("with no arguments compares the working tree (untracked files too) with HEAD, exit 0 when gates pass", async () => {
    write(repo, "models/chat.modelspec.yaml", SPEC.replace("maxReplicas: 4", "maxReplicas: 6"));
    write(repo, "models/draft.modelspec.yaml", SPEC.replace("name: support-chat", "name: draft"));
    try {
      const r = await cli(repo, "--format", "json");
      expect(r.err).toBe("");
      const review = JSON.parse(r.out) as Review;
      expect(review.files.map((f) => [f.path, f.status])).toEqual([
        ["models/chat.modelspec.yaml", "modified"],
        ["models/draft.modelspec.yaml", "added"],
      ]);
      const chat = review.files[0]!.specs[0]!;
      expect(chat.changes.find((c) => c.key === "resources.verdict")).toMatchObject({
        before: "does-not-fit",
        after: "fits",
        severity: "info",
      });
      expect(r.code).toBe(0);
    } finally {
      git(repo, "checkout", "-q", "--", "models/chat.modelspec.yaml");
      unlinkSync(join(repo, "models/draft.modelspec.yaml"));
    }
  });

  it("honours --config: a cost gate turns the same change into exit 1, a bad config is a finding", async () => {
    write(repo, "models/chat.modelspec.yaml", SPEC.replace("maxReplicas: 4", "maxReplicas: 6"));
    write(repo, "review.yml", "failOn:\n  monthlyCostIncreasePct: 10\n  doesNotFit: false\n");
    write(repo, "bad.yml", "failOn: [\n");
    try {
      const r = await cli(repo, "--config", "review.yml", "--format", "json");
      const review = JSON.parse(r.out) as Review;
      expect(review.conclusion.gates.filter((g) => g.failed).map((g) => g.gate)).toEqual([
        "monthly-cost-increase-pct",
      ]);
      expect(r.code).toBe(1);
      const bad = await cli(repo, "--config", "bad.yml", "--format", "json");
      const badReview = JSON.parse(bad.out) as Review;
      expect(badReview.configFindings[0]).toMatchObject({ code: "config/syntax", file: "bad.yml" });
      expect(bad.code).toBe(1);
    } finally {
      git(repo, "checkout", "-q", "--", "models/chat.modelspec.yaml");
      unlinkSync(join(repo, "review.yml"));
      unlinkSync(join(repo, "bad.yml"));
    }
  });

  it("--base main on the working tree starts from the merge base (main's later commits are not the change)", async () => {
    const r = await cli(repo, "--base", "main", "--format", "json");
    const review = JSON.parse(r.out) as Review;
    expect(review.files.map((f) => f.path)).not.toContain("models/unrelated.modelspec.yaml");
    expect(review.files).toHaveLength(5);
  });

  it("a clean working tree has nothing to review: neutral, exit 0", async () => {
    const r = await cli(repo);
    expect(r.code).toBe(0);
    expect(r.out).toContain("No ModelSpec files changed.");
  });
});

describe("repository-aware rules", () => {
  it("a dependency specRef is checked against the files at head", async () => {
    const withDep = SPEC.replace(
      "  governance:",
      "  pipeline:\n    dependencies:\n      - id: guard\n        role: guardrail\n        specRef: ./guardrails/missing.modelspec.yaml\n      - id: chat-itself\n        role: custom\n        specRef: ./chat.modelspec.yaml\n  governance:",
    );
    write(repo, "models/chat.modelspec.yaml", withDep);
    try {
      const r = await cli(repo, "--format", "json");
      const review = JSON.parse(r.out) as Review;
      const refs = review.files[0]!.specs[0]!.findings.filter((f) => f.code === "MS-PIPE-001");
      expect(refs.map((f) => f.pointer)).toEqual(["/spec/pipeline/dependencies/0/specRef"]);
    } finally {
      git(repo, "checkout", "-q", "--", "models/chat.modelspec.yaml");
    }
  });
});

describe("limits", () => {
  it("reviews at most limits.maxFiles files and says how many were left out", async () => {
    write(repo, "cap.yml", "limits:\n  maxFiles: 2\n");
    try {
      const r = await cli(
        repo,
        "--base",
        "main",
        "--head",
        "feature",
        "--config",
        "cap.yml",
        "--format",
        "json",
      );
      expect((JSON.parse(r.out) as Review).files).toHaveLength(2);
      expect(r.err).toMatch(/3 more changed spec file\(s\) were not reviewed \(limits.maxFiles is 2\)/);
    } finally {
      unlinkSync(join(repo, "cap.yml"));
    }
  });
});

describe("usage errors exit 2", () => {
  it.each([
    [["--format", "yaml"], /--format must be text, markdown, json, sarif or summary/],
    [["--head", "x", "--worktree"], /exclude each other/],
    [["--bogus"], /unknown argument --bogus/],
    [["--base"], /--base needs a git revision/],
  ])("%j", async (argv, message) => {
    const r = await cli(repo, ...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
  it("an unknown revision", async () => {
    const r = await cli(repo, "--base", "no-such-branch");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown revision no-such-branch/);
  });
  it("outside a git repository", async () => {
    const dir = mkdtempSync(join(tmpdir(), "msr-nogit-"));
    try {
      const r = await cli(dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/not a git repository/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("--help prints the usage and exits 0", async () => {
    const r = await cli(repo, "--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: modelspec-review review/);
  });
  it("parses --flag=value forms", () => {
    expect(parseReviewArgs(["--base=main", "--format=json"])).toMatchObject({ base: "main", format: "json" });
  });
});

describe("--format json | sarif | summary print the report renderers' output", () => {
  it("json is the v1 report with the review at its top level", async () => {
    const r = await cli(repo, "--base", "main", "--head", "feature", "--format", "json");
    const doc = JSON.parse(r.out) as { schemaVersion: number; tool: { name: string }; files: unknown[] };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tool.name).toBe("modelspec-review");
    expect(doc.files).toHaveLength(5);
  });
  it("sarif is a SARIF 2.1.0 log", async () => {
    const r = await cli(repo, "--base", "main", "--head", "feature", "--format", "sarif");
    const log = JSON.parse(r.out) as { version: string; runs: { tool: { driver: { name: string } } }[] };
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.tool.driver.name).toBe("modelspec-review");
  });
  it("summary is the job-summary markdown (no hidden marker)", async () => {
    const r = await cli(repo, "--base", "main", "--head", "feature", "--format", "summary");
    expect(r.out).toMatch(/^## (✅|❌|⚠️) ModelSpec review /);
    expect(r.out).toContain("| **Total** (");
  });
});

describe("the dispatcher", () => {
  it("modelspec-review review reaches this command", async () => {
    const { main } = await import("../../src/cli/main.js");
    let out = "";
    const code = await main(["review", "--help"], {
      out: (t: string) => (out += t),
      err: () => {},
      flush: async () => {},
      cwd: repo,
      color: false,
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: modelspec-review review/);
  });
});
