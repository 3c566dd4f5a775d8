/**
 * The seven-spec golden scenario of issue #12 (test/fixtures/seven-specs/, see its README) through
 * the CLI on a real temporary git repository: `main` holds the seven specs, `mixed` is a PR that
 * changes GPUs, precision and replicas, `replicas` a PR that only raises maxReplicas.
 *
 * The truth table below is what is true about each spec (the README says why, from each model's
 * config.json and model card). In both repositories — as a new user has it (no config: every model
 * comes from the built-in catalog, generated from real config.json snapshots), and after the team
 * declared five of the models in `catalog.models` — every side of every changed spec gets its true
 * verdict from a resolved architecture (never a size parsed from a name), the mixed PR fails on the
 * one real problem alone (Scout no longer fits on 2 × H100: new), and the replicas-only PR passes.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/review.js";
import type { Review, SpecReview, SpecSide, Verdict } from "../../src/core/types.js";
import { SEVEN_SPECS_HEADS, sevenSpecsTree, type SevenSpecsHead } from "../support/seven-specs.js";

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

/**
 * The same repository after its team followed the "declare it" hint for five of the models (as teams
 * did before the built-in catalog had them; a declaration wins over the built-in row):
 * `catalog.models` in the repo config on main, figures from each model's
 * config.json on the Hub (`https://huggingface.co/<id>/blob/main/config.json`) and model card
 * (total and active parameters).
 */
const DECLARED_CONFIG = `failOn:
  doesNotFit: true
catalog:
  models:
    - { id: meta-llama/Llama-4-Scout-17B-16E-Instruct, paramsB: 108.6, activeParamsB: 17, layers: 48, hiddenSize: 5120, attentionHeads: 40, kvHeads: 8, headDim: 128, vocabSize: 202048, maxContext: 10485760, source: "huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct config.json + model card" }
    - { id: Qwen/Qwen3-30B-A3B, paramsB: 30.5, activeParamsB: 3.3, layers: 48, hiddenSize: 2048, attentionHeads: 32, kvHeads: 4, headDim: 128, vocabSize: 151936, maxContext: 40960, source: "huggingface.co/Qwen/Qwen3-30B-A3B config.json + model card" }
    - { id: Qwen/Qwen3-8B, paramsB: 8.2, layers: 36, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128, vocabSize: 151936, maxContext: 40960, source: "huggingface.co/Qwen/Qwen3-8B config.json + model card" }
    - { id: google/gemma-3-27b-it, paramsB: 27.4, layers: 62, hiddenSize: 5376, attentionHeads: 32, kvHeads: 16, headDim: 128, vocabSize: 262208, maxContext: 131072, source: "huggingface.co/google/gemma-3-27b-it config.json + model card" }
    - { id: deepseek-ai/DeepSeek-R1-Distill-Qwen-32B, paramsB: 32.8, layers: 64, hiddenSize: 5120, attentionHeads: 40, kvHeads: 8, headDim: 128, vocabSize: 152064, maxContext: 131072, source: "huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B config.json + model card" }
`;

type RepoKind = "new-user" | "declared";
const BRANCH: Record<SevenSpecsHead, string> = { head: "mixed", "head-replicas-only": "replicas" };
const repos: string[] = [];
const results = new Map<string, { code: number; err: string; review: Review }>();
const key = (kind: RepoKind, head: SevenSpecsHead) => `${kind}:${head}`;
const savedOffline = process.env.HF_HUB_OFFLINE;

async function buildAndReview(kind: RepoKind) {
  const repo = mkdtempSync(join(tmpdir(), "msr-seven-"));
  repos.push(repo);
  git(repo, "init", "-q", "-b", "main");
  writeTree(repo, sevenSpecsTree("base"));
  if (kind === "declared") {
    mkdirSync(join(repo, ".github"), { recursive: true });
    writeFileSync(join(repo, ".github/modelspec-review.yml"), DECLARED_CONFIG);
  }
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "seven specs");
  for (const head of SEVEN_SPECS_HEADS) {
    git(repo, "checkout", "-q", "-b", BRANCH[head], "main");
    writeTree(repo, sevenSpecsTree(head));
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", head);
  }
  git(repo, "checkout", "-q", "main");
  for (const head of SEVEN_SPECS_HEADS) {
    let out = "";
    let err = "";
    const code = await run(["--base", "main", "--head", BRANCH[head], "--format", "json"], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      cwd: repo,
    });
    results.set(key(kind, head), { code, err, review: JSON.parse(out) as Review });
  }
}

beforeAll(async () => {
  // Tests have no network: whatever the review resolves comes from the repo and the built-in catalog.
  process.env.HF_HUB_OFFLINE = "1";
  await buildAndReview("new-user");
  await buildAndReview("declared");
}, 120_000);

afterAll(() => {
  if (savedOffline === undefined) delete process.env.HF_HUB_OFFLINE;
  else process.env.HF_HUB_OFFLINE = savedOffline;
  for (const repo of repos) rmSync(repo, { recursive: true, force: true });
});

const specs = (r: Review): SpecReview[] => r.files.flatMap((f) => f.specs);
const verdictOf = (side: SpecSide | null): Verdict | undefined =>
  side?.estimate?.memory?.verdict ?? "unknown";
const failures = (r: Review) =>
  Object.fromEntries(r.conclusion.gates.filter((g) => g.failed).map((g) => [g.gate, g.subjects ?? []]));

const CASES = (["new-user", "declared"] as const).flatMap((kind) =>
  SEVEN_SPECS_HEADS.map((head) => [kind, head] as const),
);

describe.each(CASES)("seven specs (%s repository), PR %s, through the CLI", (kind, head) => {
  const get = () => results.get(key(kind, head))!;

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

  it("every side has its true verdict, from a resolved model (exact, alias, config or declared)", () => {
    const sides = specs(get().review).flatMap((s) => [
      [`${s.name} base`, s.base, TRUTH.base[s.name]] as const,
      [`${s.name} head`, s.head, TRUTH[head][s.name]] as const,
    ]);
    expect(sides).toHaveLength(2 * Object.keys(TRUTH[head]).length);
    for (const [label, side, truth] of sides) {
      const m = side?.estimate?.model;
      const v = verdictOf(side);
      const what = `${label}: ${v} (${m?.resolvedAs ?? "unresolved"}, ${m?.confidence})`;
      expect(["exact", "alias", "config", "declared"], what).toContain(m?.confidence);
      expect(v === "tight" ? "fits" : v, what).toBe(truth);
    }
  });

  it("the mixed PR fails on Scout alone, as new; the replicas-only PR fails nothing", () => {
    const { code, review } = get();
    const failed = review.conclusion.gates.filter((g) => g.failed);
    if (head === "head-replicas-only") {
      expect(failed).toEqual([]);
      expect(code).toBe(0);
      return;
    }
    expect(failed.map((g) => [g.gate, g.subjects])).toEqual([["does-not-fit", ["llama4-scout-assistant"]]]);
    const conditions = failed[0]!.conditions?.filter((c) => c.gating) ?? [];
    expect(conditions.map((c) => [c.subject, c.status])).toEqual([["llama4-scout-assistant", "new"]]);
    expect(code).toBe(1);
  });
});

const NO_FALSE_FAILURE_CASES: (readonly [RepoKind, SevenSpecsHead])[] = [
  ["new-user", "head"],
  ["new-user", "head-replicas-only"],
  ["declared", "head"],
  ["declared", "head-replicas-only"],
];

describe.each(NO_FALSE_FAILURE_CASES)(
  "seven specs (%s repository), PR %s: no false failures",
  (kind, head) => {
    const get = () => results.get(key(kind, head))!;

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
  },
);

describe.each(["new-user", "declared"] as const)("the replicas-only PR (%s repository)", (kind) => {
  it("passes: exit 0, conclusion success, no failed gate", () => {
    const { code, review } = results.get(key(kind, "head-replicas-only"))!;
    expect(review.conclusion.gates.filter((g) => g.failed)).toEqual([]);
    expect(review.conclusion.status).toBe("success");
    expect(code).toBe(0);
  });

  it("changes nothing but maxReplicas (and what follows from it: cost at max replicas)", () => {
    for (const s of specs(results.get(key(kind, "head-replicas-only"))!.review)) {
      const keys = s.changes.map((c) => c.key);
      expect(keys, s.name).toContain("scaling.maxReplicas");
      for (const k of keys) expect(["scaling.maxReplicas", "cost.monthlyAtMax"], s.name).toContain(k);
    }
  });
});

describe("models declared in the repo config: every model resolved", () => {
  it("resolves all seven specs on both sides from the declaration or the built-in catalog", () => {
    for (const head of SEVEN_SPECS_HEADS)
      for (const s of specs(results.get(key("declared", head))!.review))
        for (const side of [s.base, s.head])
          expect(["exact", "alias", "declared", "config"], `${s.name}`).toContain(
            side?.estimate?.model.confidence,
          );
  });

  it("the mixed PR fails on Scout as new: it fitted on main, 2 × H100 cannot hold its weights", () => {
    const { code, review } = results.get(key("declared", "head"))!;
    const g = review.conclusion.gates.find((x) => x.gate === "does-not-fit")!;
    expect(g.failed).toBe(true);
    expect(g.subjects).toContain("llama4-scout-assistant");
    expect(g.conditions?.find((c) => c.subject === "llama4-scout-assistant")).toMatchObject({
      status: "new",
      gating: true,
    });
    expect(g.reason).toMatch(
      / — new: models\/assistant\/llama4-scout\.modelspec\.yaml needs [\d.]+ GiB per GPU but 2× h100/,
    );
    const scout = specs(review).find((s) => s.name === "llama4-scout-assistant")!;
    expect(scout.base?.estimate?.memory?.verdict).toMatch(/^(fits|tight)$/);
    expect(scout.head?.estimate?.memory?.verdict).toBe("does-not-fit");
    // Weights alone exceed the usable memory: ~203 GiB of bf16 over 2 GPUs.
    const m = scout.head!.estimate!.memory!.perGpu;
    expect(m.weightsGiB).toBeGreaterThan(m.usableGiB);
    expect(code).toBe(1);
  });
});
