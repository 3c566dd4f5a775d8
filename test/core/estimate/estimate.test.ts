import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import { MODELS } from "../../../src/core/catalog/models.js";
import { estimate, weightBytes } from "../../../src/core/estimate/index.js";
import { keptAt16 } from "../../../src/core/estimate/weights.js";
import { parseHfConfig } from "../../../src/core/models/hf-config.js";
import type { ModelSpec } from "../../../src/core/types.js";
import { AT, cfg, mkSpec } from "./helpers.js";

const GiB = 2 ** 30;
const model = (id: string) => {
  const m = MODELS.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe("weights by precision (explicit numbers)", () => {
  it.each([
    // model, precision, expected GiB for the whole model
    ["llama-2-7b", "fp16", 12.55], // 6.738e9 × 2 B
    ["llama-3.1-8b", "bf16", 14.96], // 8.03e9 × 2 B (vLLM logs 14.99)
    ["llama-3.1-8b", "fp32", 29.92], // 8,030,261,248 parameters (config.json snapshot) × 4 B
    ["llama-2-70b", "fp16", 128.48],
    ["llama-2-70b", "fp8", 64.73], // 68.45e9 × 1 B + 0.524e9 embeddings × 2 B
    ["llama-3.1-8b", "int4", 5.33], // 4.156-bit linear layers, 16-bit embeddings
    ["llama-3.1-405b-fp8", "fp8", 453.71], // MLPs only at FP8 (Meta checkpoint)
    ["gpt-oss-120b", "mxfp4", 60.69], // checkpoint 60.8 GiB (fitmygpu.com)
    ["mixtral-8x7b", "bf16", 86.99],
  ] as const)("%s at %s = %s GiB", (id, p, gib) => {
    expect(weightBytes(model(id), p) / GiB).toBeCloseTo(gib, 2);
  });

  it("orders precisions by size", () => {
    const m = model("llama-3.1-70b");
    const sizes = (["fp32", "bf16", "fp8", "int8", "mxfp4", "awq", "gptq", "int4"] as const).map((p) =>
      weightBytes(m, p),
    );
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1] as number);
  });
});

describe("weights of a quantised checkpoint: what its unquantised list keeps at 16 bit", () => {
  const base = model("llama-3.1-8b");
  const fp8 = (unquantised: string[]) => ({ ...base, quant: { method: "fp8", bits: 8, unquantised } });
  it.each([
    // entry → [attention at 16 bit, layers' worth of MLP at 16 bit]
    [["lm_head"], false, 0],
    [["model.layers.0.mlp"], false, 1],
    [
      ["model.layers.0.mlp.gate_proj", "model.layers.0.mlp.up_proj", "model.layers.0.mlp.down_proj"],
      false,
      1,
    ],
    [["model.layers.3.mlp.down_proj"], false, 1 / 3],
    [["model.layers.3.mlp.gate_up_proj"], false, 2 / 3],
    [["model.layers.3.mlp.experts"], false, 1],
    // the MoE router and norms are not the MLP, and post_attention_layernorm is not attention
    [["model.layers.3.mlp.gate", "model.layers.3.post_attention_layernorm"], false, 0],
    [["model.layers.3.input_layernorm", "model.layers.3.mlp.shared_expert_gate"], false, 0],
    [["model.layers.0.self_attn.q_proj"], true, 0],
    [["re:.*self_attn.*"], true, 0],
    [["model.layers.*.attn"], true, 0],
  ] as const)("%j → attention %s, %s MLP layers", (list, attention, layers) => {
    const k = keptAt16(fp8([...list]), "fp8");
    expect(k.attention).toBe(attention);
    expect(k.mlpLayers).toBeCloseTo(layers, 6);
  });

  it("sizes Qwen3-235B-A22B-FP8 from its real config at FP8 (routers and norms listed, 16 bit only for embeddings)", () => {
    const text = readFileSync(
      new URL("../../fixtures/observations/Qwen/Qwen3-235B-A22B-FP8/config.json", import.meta.url),
      "utf8",
    );
    const arch = parseHfConfig(text, { id: "Qwen/Qwen3-235B-A22B-FP8" }).arch;
    if (!arch) throw new Error("config did not parse");
    expect(keptAt16(arch, "fp8")).toEqual({ attention: false, mlpLayers: 0 });
    // ≈ 235 B × 1 B + 1.24 B embeddings/head at 2 B: 220 GiB (it was 438 GiB: every layer's MLP at 16 bit)
    expect(weightBytes(arch, "fp8") / GiB).toBeCloseTo(220.1, 0);
  });
});

describe("estimate: upstream example 08 (Llama-2-70B fp16, 4×A100-80GB, 64 × 4096)", () => {
  const spec = mkSpec({
    id: "llama-2-70b-chat",
    family: "llama-2",
    framework: "vllm",
    precision: "fp16",
    gpu: "a100-80gb",
    count: 4,
    batch: 64,
    seq: 4096,
    min: 2,
    max: 10,
  });
  const e = estimate(spec, DEFAULT_CONFIG, AT);

  it("resolves model and GPU with their confidence", () => {
    expect(e.model).toMatchObject({ resolvedAs: "llama-2-70b", confidence: "alias", paramsB: 68.977 });
    expect(e.gpu).toMatchObject({ resolvedAs: "a100-80gb", confidence: "exact", count: 4, memoryGiB: 79.3 });
  });

  it("computes weights, KV cache and verdict per GPU", () => {
    expect(e.memory?.perGpu.weightsGiB).toBe(32.12); // 137.95e9 B / 4 GPUs
    // 2 × 80 layers × (8 KV heads / 4) × 128 × 2 B = 80 KiB per token per GPU; the start-up check
    // admits ONE 4096-token request: 4096 × 80 KiB = 0.31 GiB per GPU
    expect(e.kvCache?.bytesPerTokenPerGpu).toBe(81920);
    expect(e.memory?.perGpu.kvCacheGiB).toBe(0.31);
    expect(e.kvCache?.admissionBytesPerGpu).toBe(4096 * 81920);
    expect(e.memory?.perGpu.usableGiB).toBe(71.37); // 79.3 × 0.90
    expect(e.memory?.verdict).toBe("fits");
    expect(e.memory?.fits).toBe(true);
    expect(e.kvCache?.requiredTokens).toBe(262144);
    // pool = 71.37 − 32.12 − 0.19 activations − 0.40 non-torch/NCCL − 0.5 CUDA graphs ≈ 38.16 GiB
    expect(e.kvCache?.poolGiB).toBeCloseTo(38.16, 1);
    // "GPU KV cache size": ⌊pool / (16 × 80 KiB)⌋ blocks × 16 tokens
    expect(e.kvCache?.tokenCapacity).toBe(500192);
    expect(e.kvCache?.fullLengthSequences).toBe(Math.floor(e.kvCache!.tokenCapacity / 4096));
    expect(e.kvCache?.belowDeclaredBatch).toBe(false);
  });

  it("prices it at AWS p4de by default: $13.7236/h per replica, 730 h/month", () => {
    expect(e.cost).toMatchObject({
      provider: "aws",
      usdPerGpuHour: 3.4309,
      hourlyUsdPerReplica: 13.7236,
      hoursPerMonth: 730,
      monthlyUsd: { atMinReplicas: 20036.46, atMaxReplicas: 100182.28 },
      priceAsOf: "2026-11-09",
    });
    expect(e.cost?.usdPer1kTokens).toBeGreaterThan(0);
  });

  it("recommends nothing: the declared setup is already the cheapest that holds its batch", () => {
    expect(e.recommendation).toBeNull();
  });

  it("states its assumptions and raises no findings", () => {
    expect(e.findings).toEqual([]);
    expect(e.assumptions.join("\n")).toMatch(/0\.9/);
    expect(e.assumptions.join("\n")).toMatch(/730 h/);
  });
});

describe("estimate: named models on named GPUs", () => {
  it.each([
    // id, gpu, count, precision, batch, seq, verdict
    ["llama-3.1-8b", "a10g", 1, "bf16", 1, 4096, "fits"],
    ["llama-3.1-8b", "a10g", 1, "bf16", 1, 131072, "does-not-fit"],
    ["llama-3.1-8b", "t4", 1, "fp16", 1, 4096, "does-not-fit"],
    ["llama-3.1-8b", "t4", 1, "awq", 1, 4096, "fits"],
    ["mixtral-8x7b", "a100-80gb", 1, "bf16", 1, 4096, "does-not-fit"],
    ["mixtral-8x7b", "a100-80gb", 2, "bf16", 1, 4096, "fits"],
    ["llama-3.1-405b", "h100", 8, "bf16", 1, 4096, "does-not-fit"],
    ["llama-3.1-405b-fp8", "h100", 8, "fp8", 1, 4096, "fits"],
    ["llama-2-70b", "h200", 1, "fp16", 1, 4096, "does-not-fit"],
    ["llama-2-70b", "h200", 1, "fp8", 1, 4096, "fits"],
    // starts (one 32k sequence fits); holding 256 of them is capacity, not fit (MS-BATCH-002)
    ["qwen2.5-0.5b", "l4", 1, "bf16", 256, 32768, "fits"],
  ] as const)("%s on %i × %s at %s, %i × %i → %s", (id, gpu, count, precision, batch, seq, verdict) => {
    const e = estimate(mkSpec({ id, gpu, count, precision, batch, seq }), DEFAULT_CONFIG, AT);
    expect(e.memory?.verdict).toBe(verdict);
  });

  it("marks under 10% headroom as tight", () => {
    // Llama-3.1-8B bf16 on 1 × A10G (usable 20.1 GiB, ~4 GiB KV pool): one 24k-token request takes 3 GiB of it.
    const e = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "a10g", count: 1, batch: 1, seq: 24576 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.memory?.verdict).toBe("tight");
    expect(e.memory?.perGpu.headroomPct).toBeGreaterThanOrEqual(0);
    expect(e.memory?.perGpu.headroomPct).toBeLessThan(10);
  });

  it("shards KV heads over tensor parallelism and replicates them beyond the KV-head count", () => {
    const at = (count: number) =>
      estimate(mkSpec({ id: "llama-3.1-70b", gpu: "h100", count, batch: 1, seq: 4096 }), DEFAULT_CONFIG, AT)
        .kvCache?.bytesPerTokenPerGpu;
    expect(at(1)).toBe(327680);
    expect(at(2)).toBe(163840);
    expect(at(8)).toBe(40960);
  });

  it("keeps DeepSeek-V3's MLA cache whole on every rank (70,272 B/token)", () => {
    const e = estimate(
      mkSpec({ id: "deepseek-v3", gpu: "h200", count: 8, batch: 1, seq: 4096 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.precision.weights).toBe("fp8");
    expect(e.kvCache?.bytesPerTokenPerGpu).toBe(70272);
  });

  it("halves the KV cache with an fp8 KV dtype from config or annotation", () => {
    const base = mkSpec({ id: "llama-3.1-8b", gpu: "l4", count: 1, batch: 8, seq: 8192 });
    const e16 = estimate(base, DEFAULT_CONFIG, AT);
    const e8 = estimate(base, cfg({ kvCacheDtype: "fp8" }), AT);
    const ann = estimate(
      mkSpec({
        id: "llama-3.1-8b",
        gpu: "l4",
        count: 1,
        batch: 8,
        seq: 8192,
        annotations: { "modelspec-review.piqc.ai/kv-cache-dtype": "fp8" },
      }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e8.kvCache?.bytesPerTokenPerGpu).toBe((e16.kvCache?.bytesPerTokenPerGpu ?? 0) / 2);
    expect(ann.kvCache?.bytesPerTokenPerGpu).toBe(65536);
    expect(e8.precision.kvCache).toBe("fp8");
  });

  it("honours the memory-utilisation fraction from annotation over config", () => {
    const spec = mkSpec({
      id: "llama-3.1-8b",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 4096,
      annotations: { "modelspec-review.piqc.ai/gpu-memory-utilization": "0.5" },
    });
    expect(estimate(spec, cfg({ gpuMemoryUtilization: 0.8 }), AT).memory?.perGpu.usableGiB).toBe(39.65);
    const plain = mkSpec({ id: "llama-3.1-8b", gpu: "a100-80gb", count: 1, batch: 1, seq: 4096 });
    expect(estimate(plain, cfg({ gpuMemoryUtilization: 0.8 }), AT).memory?.perGpu.usableGiB).toBe(63.44);
  });

  it("treats transformers as reserving nothing (whole GPU usable) and TGI as 0.90", () => {
    const t = estimate(
      mkSpec({
        id: "llama-3.1-8b",
        framework: "transformers",
        gpu: "a100-80gb",
        count: 1,
        batch: 1,
        seq: 4096,
      }),
      DEFAULT_CONFIG,
      AT,
    );
    const g = estimate(
      mkSpec({ id: "llama-3.1-8b", framework: "tgi", gpu: "a100-80gb", count: 1, batch: 1, seq: 4096 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(t.memory?.perGpu.usableGiB).toBe(79.3);
    expect(g.memory?.perGpu.usableGiB).toBe(71.37);
  });
});

describe("estimate: cost", () => {
  it("uses the spec's provider and spot price where documented", () => {
    const e = estimate(
      mkSpec({
        id: "llama-3.1-8b",
        gpu: "h100",
        count: 1,
        batch: 8,
        seq: 4096,
        provider: "gcp",
        spot: true,
        min: 1,
        max: 3,
      }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.cost).toMatchObject({
      provider: "gcp",
      spot: true,
      usdPerGpuHour: 6.571,
      hourlyUsdPerReplica: 6.571,
    });
    expect(e.cost?.monthlyUsd).toEqual({ atMinReplicas: 4796.83, atMaxReplicas: 14390.49 });
  });

  it("gives a notice when spot is allowed but undocumented", () => {
    const e = estimate(
      mkSpec({
        id: "llama-3.1-8b",
        gpu: "a100-80gb",
        count: 1,
        batch: 1,
        seq: 4096,
        provider: "aws",
        spot: true,
      }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.cost?.spot).toBe(false);
    expect(e.findings.map((f) => f.code)).toContain("estimate/spot-unavailable");
  });

  it("checks the budget target per 1k tokens", () => {
    const cheap = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "h100", count: 1, batch: 32, seq: 4096, target: 1 }),
      DEFAULT_CONFIG,
      AT,
    );
    const strict = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "h100", count: 1, batch: 32, seq: 4096, target: 0.000001 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(cheap.cost?.budget).toEqual({ targetUsdPer1kTokens: 1, withinTarget: true });
    expect(strict.cost?.budget).toEqual({ targetUsdPer1kTokens: 0.000001, withinTarget: false });
  });

  it("derives $/1k tokens from the hourly price and the decode throughput", () => {
    const e = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "h100", count: 1, batch: 32, seq: 4096 }),
      DEFAULT_CONFIG,
      AT,
    );
    const tps = e.throughput?.decodeTokensPerSecPerReplica ?? 0;
    expect(tps).toBeGreaterThan(100);
    expect(e.cost?.usdPer1kTokens).toBeCloseTo((6.88 / (tps * 3600)) * 1000, 5);
  });

  it("prices with a repo-declared price and provider", () => {
    const e = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "a100-80gb", count: 2, batch: 1, seq: 4096 }),
      cfg(
        { provider: "onprem" },
        { prices: [{ provider: "onprem", gpu: "a100-80gb", usdPerGpuHour: 1.5, asOf: "2026-12-01" }] },
      ),
      AT,
    );
    expect(e.cost).toMatchObject({
      provider: "onprem",
      usdPerGpuHour: 1.5,
      hourlyUsdPerReplica: 3,
      priceAsOf: "2026-12-01",
    });
  });

  it("says so when a declared provider has no price for the GPU", () => {
    const e = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "l4", count: 1, batch: 1, seq: 4096, provider: "azure" }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.cost).toBeNull();
    const f = e.findings.find((x) => x.code === "estimate/no-price");
    expect(f?.severity).toBe("notice");
    expect(f?.hint).toMatch(/aws/);
    expect(f?.pointer).toBe("/spec/governance/cost/pricingHints/cloudProvider");
  });

  it("recommends a cheaper fitting GPU when the declared one is oversized", () => {
    const e = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "h100", count: 8, batch: 1, seq: 4096, min: 2 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.recommendation).not.toBeNull();
    expect(e.recommendation?.provider).toBe("aws");
    expect(e.recommendation?.monthlySavingUsd ?? 0).toBeGreaterThan(0);
    expect(e.recommendation?.monthlyUsdAtMinReplicas).toBeLessThan(e.cost?.monthlyUsd.atMinReplicas ?? 0);
  });
});

describe("estimate: monotonicity", () => {
  const models = ["llama-3.1-8b", "llama-2-70b", "mixtral-8x7b", "qwen2.5-7b", "gpt-oss-120b"];
  const gpus = ["a100-80gb", "h100", "l40s", "mi300x"];

  it.each(models.flatMap((m) => gpus.map((g) => [m, g])))(
    "%s on %s: more GPUs → no less KV capacity",
    (id, gpu) => {
      let prev = -1;
      for (const count of [1, 2, 4, 8]) {
        const e = estimate(mkSpec({ id, gpu, count, batch: 8, seq: 4096 }), DEFAULT_CONFIG, AT);
        const cap = e.kvCache?.tokenCapacity ?? 0;
        expect(cap, `count ${count}`).toBeGreaterThanOrEqual(prev);
        prev = cap;
      }
    },
  );

  it.each(models)("%s: larger batch → no less KV memory, no more headroom", (id) => {
    let prevKv = -1;
    let prevHead = Infinity;
    for (const batch of [1, 2, 8, 32, 128]) {
      const e = estimate(mkSpec({ id, gpu: "h200", count: 8, batch, seq: 4096 }), DEFAULT_CONFIG, AT);
      expect(e.memory?.perGpu.kvCacheGiB ?? -1).toBeGreaterThanOrEqual(prevKv);
      expect(e.memory?.perGpu.headroomGiB ?? Infinity).toBeLessThanOrEqual(prevHead);
      prevKv = e.memory?.perGpu.kvCacheGiB ?? -1;
      prevHead = e.memory?.perGpu.headroomGiB ?? Infinity;
    }
  });

  it("more replicas → no less monthly cost (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 8 }),
        (a, b, count) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const e1 = estimate(
            mkSpec({ id: "llama-3.1-8b", gpu: "a100-80gb", count, min: lo, max: lo }),
            DEFAULT_CONFIG,
            AT,
          );
          const e2 = estimate(
            mkSpec({ id: "llama-3.1-8b", gpu: "a100-80gb", count, min: lo, max: hi }),
            DEFAULT_CONFIG,
            AT,
          );
          const e3 = estimate(
            mkSpec({ id: "llama-3.1-8b", gpu: "a100-80gb", count, min: hi, max: hi }),
            DEFAULT_CONFIG,
            AT,
          );
          expect(e2.cost?.monthlyUsd.atMaxReplicas).toBeGreaterThanOrEqual(
            e1.cost?.monthlyUsd.atMaxReplicas ?? Infinity,
          );
          expect(e3.cost?.monthlyUsd.atMinReplicas).toBeGreaterThanOrEqual(
            e1.cost?.monthlyUsd.atMinReplicas ?? Infinity,
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("estimate: unknowns and edge cases", () => {
  it("unknown model → nulls and a notice that says how to declare it", () => {
    const e = estimate(
      mkSpec({ id: "example-llm", family: "llama", gpu: "a10g", count: 1 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.model.confidence).toBe("unknown");
    expect(e.memory).toBeNull();
    expect(e.kvCache).toBeNull();
    expect(e.throughput).toBeNull();
    const f = e.findings.find((x) => x.code === "estimate/unknown-model");
    expect(f).toMatchObject({
      severity: "notice",
      source: "estimate",
      file: AT.file,
      pointer: "/spec/identity/model/id",
    });
    expect(f?.hint).toMatch(/catalog\.models/);
    expect(f?.hint).toMatch(/modelspec-review\.piqc\.ai\/params-b/);
    // the GPU is still priced
    expect(e.cost?.hourlyUsdPerReplica).toBeGreaterThan(0);
  });

  it("unknown GPU → warning with the nearest suggestion, and no cost", () => {
    const e = estimate(mkSpec({ id: "llama-3.1-8b", gpu: "a100-80gbb", count: 1 }), DEFAULT_CONFIG, AT);
    const f = e.findings.find((x) => x.code === "estimate/unknown-gpu");
    expect(f?.severity).toBe("warning");
    expect(f?.hint).toMatch(/Did you mean "a100-80gb"/);
    expect(f?.line).toBe(5);
    expect(e.memory).toBeNull();
    expect(e.cost).toBeNull();
  });

  it("no accelerator → notice", () => {
    const e = estimate(mkSpec({ id: "llama-3.1-8b" }), DEFAULT_CONFIG, AT);
    expect(e.findings.map((f) => f.code)).toEqual(["estimate/missing-gpu"]);
  });

  it("declares a GPU through annotations", () => {
    const e = estimate(
      mkSpec({
        id: "llama-3.1-8b",
        gpu: "acme-accel",
        count: 1,
        batch: 1,
        seq: 4096,
        annotations: {
          "modelspec-review.piqc.ai/gpu-memory-gib": "40",
          "modelspec-review.piqc.ai/gpu-bandwidth-gbs": "1000",
          "modelspec-review.piqc.ai/usd-per-gpu-hour": "2",
        },
      }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.gpu).toMatchObject({ confidence: "declared", memoryGiB: 40 });
    expect(e.memory?.perGpu.usableGiB).toBe(36);
    expect(e.cost?.hourlyUsdPerReplica).toBe(2);
    expect(e.findings).toEqual([]);
  });

  it.each([
    ["modelspec-review.piqc.ai/gpu-memory-utilization", "1.5"],
    ["modelspec-review.piqc.ai/tensor-parallel", "two"],
    ["modelspec-review.piqc.ai/params-b", "-3"],
  ])("invalid annotation %s=%s → warning at its pointer", (key, value) => {
    const e = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "l4", count: 1, annotations: { [key]: value } }),
      DEFAULT_CONFIG,
      AT,
    );
    const f = e.findings.find((x) => x.code === "estimate/invalid-annotation");
    expect(f?.pointer).toBe(`/metadata/annotations/${key.replace("/", "~1")}`);
  });

  it("warns when the sequence length exceeds the model's context", () => {
    const e = estimate(
      mkSpec({ id: "llama-2-7b", gpu: "a100-80gb", count: 1, batch: 1, seq: 8192 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.findings.map((f) => f.code)).toContain("estimate/context-exceeds-model");
  });

  it("warns on a tensor-parallel split the heads do not allow, and on TP × PP ≠ count", () => {
    const e = estimate(
      mkSpec({ id: "llama-2-70b", gpu: "a100-80gb", count: 3, batch: 1, seq: 4096 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.findings.map((f) => f.code)).toContain("estimate/parallelism-mismatch");
    const p = estimate(
      mkSpec({ id: "llama-2-70b", gpu: "a100-80gb", count: 4, batch: 1, seq: 4096 }),
      cfg({ tensorParallel: 2 }),
      AT,
    );
    expect(p.findings.map((f) => f.code)).toContain("estimate/parallelism-mismatch");
  });

  it("pipeline parallelism splits layers", () => {
    const e = estimate(
      mkSpec({ id: "llama-2-70b", gpu: "a100-80gb", count: 4, batch: 1, seq: 4096 }),
      cfg({ tensorParallel: 2, pipelineParallel: 2 }),
      AT,
    );
    expect(e.findings).toEqual([]);
    expect(e.kvCache?.bytesPerTokenPerGpu).toBe(2 * 40 * 4 * 128 * 2);
    expect(e.memory?.perGpu.weightsGiB).toBe(32.12);
  });

  it("unknown precision → warning and a stated 16-bit assumption", () => {
    const e = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "l4", count: 1, precision: "fp12" }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.findings.map((f) => f.code)).toContain("estimate/unknown-precision");
    expect(e.precision.weights).toBe("bf16");
  });

  it("encoders keep no KV cache", () => {
    const e = estimate(
      mkSpec({ id: "BAAI/bge-large-en-v1.5", gpu: "t4", count: 1, batch: 32, seq: 512 }),
      DEFAULT_CONFIG,
      AT,
    );
    expect(e.kvCache).toBeNull();
    expect(e.memory?.verdict).toBe("fits");
    expect(e.throughput?.worstCaseGenerationSeconds).toBeNull();
    expect(e.cost?.usdPer1kTokens).toBeGreaterThan(0);
  });

  it("defaults the sequence length to the model's context (vLLM max_model_len)", () => {
    const e = estimate(mkSpec({ id: "llama-3.1-8b", gpu: "a10g", count: 1 }), DEFAULT_CONFIG, AT);
    expect(e.kvCache?.requiredTokens).toBe(131072);
    expect(e.memory?.verdict).toBe("does-not-fit");
    expect(e.assumptions.join(" ")).toMatch(/max_model_len/);
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const e = estimate(junk as ModelSpec, DEFAULT_CONFIG, AT);
        expect(Array.isArray(e.findings)).toBe(true);
        expect(e.findings.every((f) => f.code !== "estimate/internal-error")).toBe(true);
      }),
      { numRuns: 300 },
    );
    const weird = {
      spec: {
        runtime: {
          accelerator: { type: 42, count: "4" },
          batch: { maxBatchSize: -1, maxSequenceLengthTokens: Number.NaN },
        },
      },
    };
    expect(() => estimate(weird as unknown as ModelSpec, DEFAULT_CONFIG, AT)).not.toThrow();
  });
});

describe("estimate: properties over the catalogs", () => {
  const ids = MODELS.filter((m) => m.kind === "decoder").map((m) => m.id);
  const gpuIds = [
    "t4",
    "a10g",
    "l4",
    "l40s",
    "a100-40gb",
    "a100-80gb",
    "h100-sxm",
    "h200",
    "b200",
    "mi300x",
    "gaudi3",
  ];
  const arb = fc.record({
    id: fc.constantFrom(...ids),
    gpu: fc.constantFrom(...gpuIds),
    batch: fc.integer({ min: 1, max: 256 }),
    seq: fc.integer({ min: 128, max: 65536 }),
    precision: fc.constantFrom("bf16", "fp8", "awq", "int8"),
  });

  it("doubling the GPUs never lowers the KV capacity or raises the weights per GPU", () => {
    fc.assert(
      fc.property(arb, fc.constantFrom(1, 2, 4), (s, count) => {
        const a = estimate(mkSpec({ ...s, count }), DEFAULT_CONFIG, AT);
        const b = estimate(mkSpec({ ...s, count: count * 2 }), DEFAULT_CONFIG, AT);
        expect(b.kvCache?.tokenCapacity ?? 0).toBeGreaterThanOrEqual(a.kvCache?.tokenCapacity ?? 0);
        expect(b.memory?.perGpu.weightsGiB ?? 0).toBeLessThanOrEqual(a.memory?.perGpu.weightsGiB ?? 0);
      }),
      { numRuns: 150 },
    );
  });

  it("a longer sequence or larger batch never needs less KV memory, and never turns a misfit into a fit", () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 4 }), (s, k) => {
        const a = estimate(mkSpec({ ...s, count: 2 }), DEFAULT_CONFIG, AT);
        const b = estimate(
          mkSpec({ ...s, count: 2, batch: s.batch * k, seq: s.seq * k }),
          DEFAULT_CONFIG,
          AT,
        );
        expect(b.memory?.perGpu.kvCacheGiB ?? 0).toBeGreaterThanOrEqual(a.memory?.perGpu.kvCacheGiB ?? 0);
        if (a.memory?.verdict === "does-not-fit") expect(b.memory?.verdict).toBe("does-not-fit");
      }),
      { numRuns: 150 },
    );
  });

  it("every numeric output is finite and the verdict agrees with the headroom", () => {
    fc.assert(
      fc.property(arb, fc.constantFrom(1, 2, 4, 8), (s, count) => {
        const e = estimate(mkSpec({ ...s, count, min: 1, max: 4 }), DEFAULT_CONFIG, AT);
        const m = e.memory;
        if (!m) return;
        for (const v of Object.values(m.perGpu)) expect(Number.isFinite(v)).toBe(true);
        if (m.verdict === "fits") expect(m.perGpu.headroomPct).toBeGreaterThanOrEqual(10);
        if (m.verdict === "tight") expect(m.perGpu.headroomPct).toBeGreaterThanOrEqual(0);
        if (m.perGpu.headroomGiB < 0) expect(m.verdict).toBe("does-not-fit");
        expect(m.fits).toBe(m.verdict !== "does-not-fit");
        if (e.cost)
          expect(e.cost.monthlyUsd.atMaxReplicas).toBeGreaterThanOrEqual(e.cost.monthlyUsd.atMinReplicas);
      }),
      { numRuns: 150 },
    );
  });

  it("copes with a partial config (library callers)", () => {
    const e = estimate(
      mkSpec({ id: "llama-3.1-8b", gpu: "l4", count: 1, batch: 1, seq: 4096 }),
      { estimate: { provider: "aws" } } as unknown as typeof DEFAULT_CONFIG,
      AT,
    );
    expect(e.findings.map((f) => f.code)).not.toContain("estimate/internal-error");
    expect(e.cost?.hoursPerMonth).toBe(730);
  });
});

describe("estimate: pricingHints.instanceType", () => {
  function withInstance(gpu: string, count: number, instanceType: string, provider?: string) {
    const s = mkSpec({ id: "llama-3.1-8b", gpu, count, batch: 1, seq: 4096, provider });
    const cost = s.spec?.governance?.cost ?? {};
    cost.pricingHints = { ...(cost.pricingHints ?? {}), instanceType };
    return estimate({ ...s, spec: { ...s.spec, governance: { cost } } }, DEFAULT_CONFIG, AT);
  }

  it.each([
    ["h100", 1, "a3-highgpu-1g", "gcp", 10.9791],
    ["a10g", 4, "g5.12xlarge", "aws", 1.418],
    ["a100-80gb-pcie", 1, "Standard_NC24ads_A100_v4", "azure", 3.673],
    ["l4", 1, "g2-standard-8", "gcp", 0.8536],
    ["a100-80gb", 1, "a2-ultragpu-1g", "gcp", 5.0688],
  ])("%s × %i on %s is priced as that offer (%s, $%s/GPU-h)", (gpu, count, instance, provider, usd) => {
    const e = withInstance(gpu, count, instance);
    expect(e.cost).toMatchObject({ provider, usdPerGpuHour: usd });
    expect(e.assumptions.join(" ")).toContain(`instance type ${instance}`);
    expect(e.findings).toEqual([]);
  });

  it("warns when the instance carries another GPU than the spec declares", () => {
    const e = withInstance("a100-80gb", 8, "p4d.24xlarge");
    const f = e.findings.find((x) => x.code === "estimate/instance-mismatch");
    expect(f?.severity).toBe("warning");
    expect(f?.message).toMatch(/8 × a100-40gb/);
    expect(e.cost?.usdPerGpuHour).toBe(3.4309);
  });

  it("ignores instance types it has no price for", () => {
    const e = withInstance("a100-80gb", 1, "custom-node-pool");
    expect(e.findings).toEqual([]);
    expect(e.cost?.provider).toBe("aws");
  });
});
