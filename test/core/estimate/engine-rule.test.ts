/**
 * The engine's own start-up rule (issue #12, Build item 3): fits = one max-length request is
 * admitted; capacity for the declared batch is a separate figure; KV tokens counted as vLLM logs them.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import { estimate } from "../../../src/core/estimate/index.js";
import { kvCapacity, kvGroups, type KvLayout } from "../../../src/core/estimate/kv.js";
import { runRules } from "../../../src/core/rules/index.js";
import { AT, cfg, mkSpec } from "./helpers.js";

const ANN = (a: Record<string, string>) =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [`modelspec-review.piqc.ai/${k}`, v]));

describe("vLLM's KV grouping and admission (kv_cache_utils.py)", () => {
  const gptOss: KvLayout = { perLayerBytes: 512, fullLayers: 18, slidingLayers: 18, window: 128 };

  it.each([
    [{ perLayerBytes: 1, fullLayers: 32, slidingLayers: 0, window: null }, 32, ["full"]],
    [gptOss, 18, ["full", "sliding"]],
    // Gemma-3-like 5:1: group size is the full-layer count, sliding layers fill 5 groups
    [
      { perLayerBytes: 1, fullLayers: 10, slidingLayers: 52, window: 1024 },
      10,
      ["full", "sliding", "sliding", "sliding", "sliding", "sliding", "sliding"],
    ],
    // 12 sliding + 13 full: under 1.5 × min, so the group size is the larger count
    [{ perLayerBytes: 1, fullLayers: 13, slidingLayers: 12, window: 128 }, 13, ["full", "sliding"]],
  ] as const)("groups %j as size %i × %j", (layout, size, groups) => {
    expect(kvGroups(layout as KvLayout)).toEqual({ groupSize: size, groups });
  });

  it("reproduces gpt-oss-120b's logged 2,640,144 tokens and 284.25× concurrency from its 45.32 GiB pool", () => {
    const pool = 45.32 * 2 ** 30;
    const r = kvCapacity(gptOss, pool, 16384, 2048);
    expect(r.bytesPerToken).toBe(18 * 1024); // 18 KiB per token per GPU over all 36 layers
    expect(Math.abs(r.tokens - 2_640_144) / 2_640_144).toBeLessThan(0.001);
    expect(r.blocksPerRequest).toBe(1024 + 137); // full: 16384/16; sliding: ⌈(127 + 2048)/16⌉ + 1
    expect(Math.round(r.concurrency * 100) / 100).toBeCloseTo(284.25, 0);
  });

  it("admits sliding layers by min(window − 1 + batched tokens, max_model_len), not the full length", () => {
    const full = kvCapacity({ ...gptOss, slidingLayers: 0, window: null }, 1e12, 131072, 2048);
    const hybrid = kvCapacity(gptOss, 1e12, 131072, 2048);
    expect(hybrid.admissionBytes).toBeLessThan(2 * full.admissionBytes);
    expect(hybrid.admissionBytes).toBeGreaterThan(full.admissionBytes);
  });
});

describe("fit = the engine starts; capacity is separate", () => {
  const l4 = mkSpec({
    id: "meta-llama/Llama-3.1-8B-Instruct",
    precision: "bf16",
    gpu: "l4",
    count: 1,
    batch: 16,
    seq: 8192,
  });
  const e = estimate(l4, DEFAULT_CONFIG, AT);

  it("llama-3.1-8b bf16 on 1 × L4 at 16 × 8,192 fits, with about 4 full-length sequences of KV", () => {
    expect(e.fits).toBe(true);
    expect(e.memory?.verdict).toBe("fits");
    expect(e.kvCache?.tokenCapacity).toBeGreaterThan(30_000);
    expect(e.kvCache?.tokenCapacity).toBeLessThan(40_000);
    expect(e.kvCache?.fullLengthSequences).toBe(4);
    expect(e.kvCache?.belowDeclaredBatch).toBe(true);
    expect(e.findings.map((f) => f.code)).not.toContain("estimate/does-not-fit");
  });

  it("reports the short capacity once, as the MS-BATCH-002 warning, not as a misfit", () => {
    const found = runRules(l4, e, AT, DEFAULT_CONFIG).findings;
    const codes = [...found.map((f) => f.code), ...e.findings.map((f) => f.code)];
    expect(codes.filter((c) => c === "MS-BATCH-002")).toHaveLength(1);
    expect(codes).not.toContain("estimate/does-not-fit");
    expect(found.find((f) => f.code === "MS-BATCH-002")?.severity).toBe("warning");
  });

  it("a spec that cannot admit one sequence does not fit, reported once with the longest length that starts", () => {
    const big = mkSpec({
      id: "llama-3.1-8b",
      precision: "bf16",
      gpu: "l4",
      count: 1,
      batch: 16,
      seq: 131072,
    });
    const b = estimate(big, DEFAULT_CONFIG, AT);
    expect(b.fits).toBe(false);
    const misfit = b.findings.filter((f) => f.code === "estimate/does-not-fit");
    expect(misfit).toHaveLength(1);
    expect(misfit[0]?.hint).toMatch(/longest maxSequenceLengthTokens this setup starts with is about/);
    const found = runRules(big, b, AT, DEFAULT_CONFIG).findings;
    expect(found.map((f) => f.code)).not.toContain("MS-BATCH-002");
  });

  it("gpt-oss-120b on 4 × A100-80GB at 0.8 (vLLM 0.10.1): ≈2,640,144 KV tokens and ≈17.22 GiB weights per GPU", () => {
    const g = estimate(
      mkSpec({
        id: "openai/gpt-oss-120b",
        gpu: "a100-80gb",
        count: 4,
        batch: 1,
        seq: 16384,
        annotations: ANN({ "gpu-memory-utilization": "0.8", "engine-version": "0.10.1" }),
      }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(Math.abs((g.kvCache?.tokenCapacity ?? 0) / 2_640_144 - 1)).toBeLessThan(0.05);
    expect(Math.abs((g.memory?.perGpu.weightsGiB ?? 0) / 17.22 - 1)).toBeLessThan(0.05);
    expect(g.kvCache?.bytesPerTokenPerGpu).toBe(18432);
  });

  it("Llama-3.1-405B-Instruct-FP8 at TP8 keeps attention in BF16: ≈57.75 GiB weights per GPU", () => {
    const g = estimate(
      mkSpec({
        id: "meta-llama/Llama-3.1-405B-Instruct-FP8",
        precision: "fp8",
        gpu: "h100",
        count: 8,
        batch: 1,
        seq: 4096,
      }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(Math.abs((g.memory?.perGpu.weightsGiB ?? 0) / 57.75 - 1)).toBeLessThan(0.05);
  });

  it("budgets CUDA graphs for current vLLM and not for vLLM before 0.21", () => {
    const at = (a: Record<string, string>) =>
      estimate(
        mkSpec({ id: "llama-3.1-8b", gpu: "l4", count: 1, batch: 1, seq: 8192, annotations: ANN(a) }),
        DEFAULT_CONFIG,
        AT,
      ).kvCache?.poolGiB ?? 0;
    expect(at({}) - at({ "engine-version": "0.10.1" })).toBeCloseTo(-0.5, 2);
    expect(at({ "enforce-eager": "true" })).toBeCloseTo(at({ "engine-version": "0.10.1" }), 2);
    expect(at({ "cuda-graph-gib": "1.5" }) - at({ "engine-version": "0.10.1" })).toBeCloseTo(-1.5, 2);
  });

  it("takes SGLang's mem_fraction_static by tensor-parallel size, covering weights and KV only", () => {
    const s1 = estimate(
      mkSpec({ id: "llama-3.1-8b", framework: "sglang", gpu: "h100", count: 1, batch: 1, seq: 8192 }),
      DEFAULT_CONFIG,
      AT,
    );
    const s8 = estimate(
      mkSpec({ id: "llama-3.1-70b", framework: "sglang", gpu: "h100", count: 8, batch: 1, seq: 8192 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(s1.memory?.perGpu.usableGiB).toBeCloseTo((s1.gpu.memoryGiB ?? 0) * 0.88, 1);
    expect(s8.memory?.perGpu.usableGiB).toBeCloseTo((s8.gpu.memoryGiB ?? 0) * 0.81, 1);
    expect(s1.memory?.perGpu.activationGiB).toBe(0);
    expect(s1.assumptions.join(" ")).toMatch(/sgl-project\/sglang python\/sglang\/srt\/server_args\.py/);
  });

  it("uses vLLM's larger max_num_batched_tokens on ≥ 70 GiB GPUs other than A100", () => {
    const h = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "h100", count: 1, batch: 1, seq: 8192 }),
      DEFAULT_CONFIG,
      AT,
    );
    const a = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "a100-80gb", count: 1, batch: 1, seq: 8192 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(h.assumptions.join(" ")).toMatch(/max_num_batched_tokens 8192/);
    expect(a.assumptions.join(" ")).toMatch(/max_num_batched_tokens 2048/);
  });
});

describe("never a verdict or recommendation from a size parsed from a name", () => {
  it("acme-llama-70b: a size hint only — fits null, no memory figures, no recommendation", () => {
    const e = estimate(
      mkSpec({ id: "acme-llama-70b", family: "llama-2", gpu: "t4", count: 1, batch: 1, seq: 2048 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.fits).toBeNull();
    expect(e.memory).toBeNull();
    expect(e.recommendation).toBeNull();
    expect(e.findings.map((f) => f.code)).not.toContain("estimate/does-not-fit");
  });
});

describe("recommend a cheaper setup only when the saving is material", () => {
  it("an over-provisioned 8B on 8 × H100 gets a cheaper setup that holds its batch", () => {
    const e = estimate(
      mkSpec({
        id: "llama-3.1-8b",
        precision: "bf16",
        gpu: "h100",
        count: 8,
        batch: 8,
        seq: 8192,
        provider: "aws",
      }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.recommendation).not.toBeNull();
    const saving = e.recommendation?.monthlySavingUsd ?? 0;
    expect(saving).toBeGreaterThanOrEqual(100);
    expect(saving / (e.cost?.monthlyUsd.atMinReplicas ?? Infinity)).toBeGreaterThanOrEqual(0.1);
  });

  it("no recommendation when the current setup has no price", () => {
    const e = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "h100", count: 1, batch: 1, seq: 4096, provider: "nowhere-cloud" }),
      cfg(),
      AT,
    );
    expect(e.cost).toBeNull();
    expect(e.recommendation).toBeNull();
  });
});
