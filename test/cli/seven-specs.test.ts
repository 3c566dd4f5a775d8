/**
 * The seven-spec golden scenario of issue #12 (test/fixtures/seven-specs/, see its README) through
 * the CLI on a real temporary git repository: `main` holds the seven specs, `mixed` is a PR that
 * changes GPUs, precision and replicas, `replicas` a PR that only raises maxReplicas.
 *
 * The truth table below is what is true about each spec (the README says why, from each model's
 * config.json and model card). The review may say "unknown" where it cannot resolve a model, but
 * it must never say a spec fits that does not, never say one does not fit that does, and never fail
 * a gate for anything but the one real problem of the mixed PR.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/review.js";
import type { Review, SpecReview, SpecSide, Verdict } from "../../src/core/types.js";
import { sevenSpecsTree, type SevenSpecsHead } from "../support/seven-specs.js";

type Truth = "fits" | "does-not-fit";
/** What is true on each side, by spec name (README of the fixture). */
const TRUTH: Record<"base" | SevenSpecsHead, Record<string, Truth>> = {
  base: {
    "llama4-scout-assistant": "fits",
    "qwen3-30b-a3b-search": "fits",
    "qwen3-8b-triage": "fits",
    "gemma3-27b-docqa": "fits",
    "r1-distill-32b-reasoning": "fits",
    "llama31-8b-summariser": "fits",
    "gpt-oss-120b-agents": "fits",
  },
  head: {
    "llama4-scout-assistant": "does-not-fit", // 2 × H100 for ~203 GiB of bf16 weights
    "qwen3-30b-a3b-search": "fits",
    "qwen3-8b-triage": "fits",
    "gemma3-27b-docqa": "fits",
    "r1-distill-32b-reasoning": "fits",
    "llama31-8b-summariser": "fits",
    "gpt-oss-120b-agents": "fits",
  },
  "head-replicas-only": {
    "qwen3-30b-a3b-search": "fits",
    "r1-distill-32b-reasoning": "fits",
    "llama31-8b-summariser": "fits",
  },
};
/** The only gate failures that are true: the mixed PR makes Scout stop fitting. */
const TRUE_FAILURES: Record<SevenSpecsHead, Record<string, string[]>> = {
  head: { "does-not-fit": ["llama4-scout-assistant"] },
  "head-replicas-only": {},
};

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
function writeTree(repo: string, tree: Map<string, string>) {
  rmSync(join(repo, "models"), { recursive: true, force: true });
  for (const [path, text] of tree) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
}

let repo: string;
const BRANCH: Record<SevenSpecsHead, string> = { head: "mixed", "head-replicas-only": "replicas" };
const results = new Map<SevenSpecsHead, { code: number; err: string; review: Review }>();
const savedOffline = process.env.HF_HUB_OFFLINE;

beforeAll(async () => {
  // Tests have no network: whatever the review resolves comes from the repo and the built-in catalog.
  process.env.HF_HUB_OFFLINE = "1";
  repo = mkdtempSync(join(tmpdir(), "msr-seven-"));
  git(repo, "init", "-q", "-b", "main");
  writeTree(repo, sevenSpecsTree("base"));
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "seven specs");
  for (const head of ["head", "head-replicas-only"] as const) {
    git(repo, "checkout", "-q", "-b", BRANCH[head], "main");
    writeTree(repo, sevenSpecsTree(head));
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", head);
  }
  git(repo, "checkout", "-q", "main");
  for (const head of ["head", "head-replicas-only"] as const) {
    let out = "";
    let err = "";
    const code = await run(["--base", "main", "--head", BRANCH[head], "--format", "json"], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      cwd: repo,
    });
    results.set(head, { code, err, review: JSON.parse(out) as Review });
  }
}, 120_000);

afterAll(() => {
  if (savedOffline === undefined) delete process.env.HF_HUB_OFFLINE;
  else process.env.HF_HUB_OFFLINE = savedOffline;
  if (repo) rmSync(repo, { recursive: true, force: true });
});

const specs = (r: Review): SpecReview[] => r.files.flatMap((f) => f.specs);
const verdictOf = (side: SpecSide | null): Verdict | undefined =>
  side?.estimate?.memory?.verdict ?? "unknown";
const failures = (r: Review) =>
  Object.fromEntries(r.conclusion.gates.filter((g) => g.failed).map((g) => [g.gate, g.subjects ?? []]));

describe.each(["head", "head-replicas-only"] as const)("seven specs, PR %s, through the CLI", (head) => {
  const get = () => results.get(head)!;

  it("reviews exactly the changed specs", () => {
    const { review, err } = get();
    expect(err).toBe("");
    expect(
      specs(review)
        .map((s) => s.name)
        .sort(),
    ).toEqual(Object.keys(TRUTH[head]).sort());
    expect(specs(review).every((s) => s.status === "modified")).toBe(true);
  });

  it("no false fits: a side that does not fit is never reported as fitting, nor fits from a guessed model", () => {
    for (const s of specs(get().review)) {
      for (const [which, side, truth] of [
        ["base", s.base, TRUTH.base[s.name]],
        ["head", s.head, TRUTH[head][s.name]],
      ] as const) {
        const v = verdictOf(side);
        const label = `${s.name} ${which}: ${v} (${side?.estimate?.model.resolvedAs ?? "unresolved"}, ${side?.estimate?.model.confidence})`;
        if (v === "fits" || v === "tight") {
          expect(truth, label).toBe("fits");
          expect(["parsed-size", "unknown"], label).not.toContain(side?.estimate?.model.confidence);
        }
      }
    }
  });

  it("no false failures: only the true problem fails a gate", () => {
    const { review, code } = get();
    const failed = failures(review);
    const allowed = TRUE_FAILURES[head];
    for (const [gate, subjects] of Object.entries(failed)) {
      expect(Object.keys(allowed), `gate ${gate} failed: ${JSON.stringify(subjects)}`).toContain(gate);
      for (const s of subjects) expect(allowed[gate], `${gate} blames ${s}`).toContain(s);
    }
    expect(code).toBe(Object.keys(failed).length > 0 ? 1 : 0);
  });
});

describe("the replicas-only PR", () => {
  it("passes: exit 0, conclusion success, no failed gate", () => {
    const { code, review } = results.get("head-replicas-only")!;
    expect(review.conclusion.gates.filter((g) => g.failed)).toEqual([]);
    expect(review.conclusion.status).toBe("success");
    expect(code).toBe(0);
  });

  it("changes nothing but maxReplicas (and what follows from it: cost at max replicas)", () => {
    for (const s of specs(results.get("head-replicas-only")!.review)) {
      const keys = s.changes.map((c) => c.key);
      expect(keys, s.name).toContain("scaling.maxReplicas");
      for (const k of keys) expect(["scaling.maxReplicas", "cost.monthlyAtMax"], s.name).toContain(k);
    }
  });
});
