import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import {
  GPUS,
  MODELS,
  PRICES,
  findPrice,
  parseSize,
  resolveGpu,
  resolveModel,
} from "../../../src/core/catalog/index.js";
import type { Config, ModelSpec } from "../../../src/core/types.js";

function withCatalog(catalog: Partial<Config["catalog"]>): Config {
  return { ...DEFAULT_CONFIG, catalog: { ...DEFAULT_CONFIG.catalog, ...catalog } };
}

function spec(model: Record<string, unknown>, annotations?: Record<string, string>): ModelSpec {
  return {
    apiVersion: "piqc.ai/v1alpha1",
    kind: "ModelSpec",
    metadata: { name: "t", ...(annotations ? { annotations } : {}) },
    spec: { identity: { model } },
  } as ModelSpec;
}

describe("catalog provenance", () => {
  it.each([
    ["GPUS", GPUS as readonly { source: string; asOf: string }[]],
    ["MODELS", MODELS],
    ["PRICES", PRICES],
  ])("every %s entry names a source and a date", (_name, rows) => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.source.length, JSON.stringify(r)).toBeGreaterThan(10);
      expect(r.asOf.length, JSON.stringify(r)).toBeGreaterThan(3);
    }
  });

  it("covers the GPUs the issue lists", () => {
    const ids = new Set(GPUS.map((g) => g.id));
    for (const id of [
      "t4",
      "v100-16gb",
      "v100-32gb",
      "a10",
      "a10g",
      "l4",
      "l40",
      "l40s",
      "a100-40gb",
      "a100-80gb",
      "h100-sxm",
      "h100-pcie",
      "h100-nvl",
      "h200",
      "b200",
      "gh200",
      "mi210",
      "mi250",
      "mi300x",
      "mi325x",
      "gaudi2",
      "gaudi3",
      "tpu-v5e",
      "tpu-v5p",
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it("has unique GPU and model ids and prices only for catalog GPUs", () => {
    expect(new Set(GPUS.map((g) => g.id)).size).toBe(GPUS.length);
    expect(new Set(MODELS.map((m) => m.id)).size).toBe(MODELS.length);
    const ids = new Set(GPUS.map((g) => g.id));
    for (const p of PRICES) expect(ids.has(p.gpu), p.gpu).toBe(true);
    const providers = new Set(PRICES.map((p) => p.provider));
    for (const p of ["aws", "gcp", "azure", "lambda", "runpod", "coreweave"])
      expect(providers.has(p), p).toBe(true);
  });

  it("stores the published parameter counts (from each model's config.json / model card)", () => {
    const byId = new Map(MODELS.map((m) => [m.id, m]));
    expect(byId.get("llama-2-70b")?.paramsB).toBe(68.977);
    // Computed from the config.json snapshots: Mistral's 12.9 B per token, Qwen's 0.49 B.
    expect(byId.get("mixtral-8x7b")?.activeParamsB).toBeCloseTo(12.88, 2);
    expect(byId.get("qwen2.5-0.5b")?.paramsB).toBeCloseTo(0.494, 3);
  });
});

describe("resolveGpu", () => {
  it.each([
    ["a100-80gb", "a100-80gb", "exact"],
    ["A100_80GB", "a100-80gb", "exact"],
    ["NVIDIA A100 80GB", "a100-80gb", "exact"],
    ["nvidia-a100-80gb", "a100-80gb", "exact"],
    ["a100-80g", "a100-80gb", "alias"],
    ["nvidia-h100-80gb-hbm3", "h100-sxm", "alias"],
    ["h100", "h100-sxm", "alias"],
    ["H100 SXM", "h100-sxm", "exact"],
    ["l40s", "l40s", "exact"],
    ["NVIDIA-L40S", "l40s", "exact"],
    ["nvidia-tesla-t4", "t4", "exact"],
    ["Tesla T4", "t4", "exact"],
    ["a100", "a100-40gb", "alias"],
    ["MI300X", "mi300x", "exact"],
    ["amd-instinct-mi300x", "mi300x", "exact"],
    ["tpu-v5e", "tpu-v5e", "exact"],
    ["gaudi-3", "gaudi3", "exact"],
    ["hl-325", "gaudi3", "alias"],
    ["nvidia-h200-141gb", "h200", "alias"],
  ])("%s → %s (%s)", (name, id, confidence) => {
    const r = resolveGpu(name, DEFAULT_CONFIG);
    expect(r.gpu?.id).toBe(id);
    expect(r.confidence).toBe(confidence);
  });

  it.each([
    ["a100-80gbx", "a100-80gb"],
    ["h1000", "h100-sxm"],
    ["l40ss", "l40s"],
  ])("unknown %s suggests %s", (name, suggestion) => {
    const r = resolveGpu(name, DEFAULT_CONFIG);
    expect(r.gpu).toBeNull();
    expect(r.confidence).toBe("unknown");
    expect(r.suggestion).toBe(suggestion);
  });

  it("treats an empty name as unknown without a suggestion", () => {
    expect(resolveGpu("", DEFAULT_CONFIG)).toMatchObject({
      gpu: null,
      confidence: "unknown",
      suggestion: null,
    });
    expect(resolveGpu(undefined, DEFAULT_CONFIG).gpu).toBeNull();
  });

  it("lets the repo config declare a GPU, shadowing the catalog", () => {
    const config = withCatalog({
      gpus: [{ id: "acme-x1", aliases: ["x1"], memoryGiB: 96, bandwidthGBs: 3000, source: "vendor sheet" }],
    });
    const r = resolveGpu("X1", config);
    expect(r.gpu?.id).toBe("acme-x1");
    expect(r.gpu?.memoryGiB).toBe(96);
    expect(r.confidence).toBe("declared");
    expect(resolveGpu("acme-x1", DEFAULT_CONFIG).gpu).toBeNull();
  });
});

describe("parseSize", () => {
  it.each([
    ["llama-2-70b-chat", 70, undefined],
    ["mixtral-8x7b", 56, { experts: 8, expertB: 7 }],
    ["Qwen2.5-0.5B-Instruct", 0.5, undefined],
    ["tiny-350m", 0.35, undefined],
    ["llama-3.1-8b", 8, undefined],
    ["mistral-7b-v0.1", 7, undefined],
  ])("%s → %s B", (name, total, moe) => {
    const r = parseSize(name);
    expect(r?.totalB).toBeCloseTo(total, 6);
    expect(r?.moe).toEqual(moe);
  });

  it.each(["example-llm", "v0.1", "bge-large-en", "", "gpt4"])("%s has no size", (name) => {
    expect(parseSize(name)).toBeNull();
  });
});

describe("resolveModel", () => {
  it.each([
    [{ id: "llama-3-8b" }, "llama-3-8b", "exact"],
    [{ id: "llama-3-8b-instruct", family: "llama3" }, "llama-3-8b", "alias"],
    [{ id: "llama-2-70b-chat", family: "llama-2" }, "llama-2-70b", "alias"],
    [{ artifacts: { modelUri: "hf://meta-llama/Meta-Llama-3-8B-Instruct" } }, "llama-3-8b", "alias"],
    [
      { id: "support-bot", artifacts: { modelUri: "hf://meta-llama/Meta-Llama-3-8B-Instruct" } },
      "llama-3-8b",
      "alias",
    ],
    [
      { id: "x", artifacts: { modelUri: "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct" } },
      "qwen2.5-7b",
      "alias",
    ],
    [
      { id: "ignored", artifacts: { modelUri: "s3://ml-models/llama-2-70b-chat/weights-v3/" } },
      "llama-2-70b",
      "alias",
    ],
    [{ id: "Qwen/Qwen2.5-0.5B-Instruct" }, "qwen2.5-0.5b", "alias"],
    [{ id: "mistralai/Mixtral-8x7B-Instruct-v0.1" }, "mixtral-8x7b", "alias"],
    [{ id: "mistral-7b-v0.3" }, "mistral-7b-v0.3", "exact"],
    [{ id: "meta-llama/Llama-3.1-405B-Instruct-FP8" }, "llama-3.1-405b-fp8", "alias"],
    [{ id: "openai/gpt-oss-120b" }, "gpt-oss-120b", "exact"],
    [{ id: "BAAI/bge-large-en-v1.5" }, "bge-large-en-v1.5", "exact"],
    // A size in the name is a hint, never an architecture (issue #12: no verdict by guess).
    [{ id: "acme-llama-70b-support", family: "llama-2" }, null, "parsed-size"],
    [{ id: "tiny-0.5B", family: "qwen" }, null, "parsed-size"],
    [{ id: "house-moe-8x7b" }, null, "parsed-size"],
    [{ id: "acme-20b", family: "qwen2.5" }, null, "parsed-size"],
    [{ id: "house-moe-4x7b" }, null, "parsed-size"],
    [{ id: "Qwen2.5-27B-Instruct", family: "qwen2.5" }, null, "parsed-size"],
    [{ id: "example-llm", family: "llama" }, null, "unknown"],
    [{ id: "acme-70b" }, null, "parsed-size"],
    [{}, null, "unknown"],
  ])("%j → %s (%s)", (model, resolvedAs, confidence) => {
    const r = resolveModel(spec(model), DEFAULT_CONFIG);
    expect(r.model?.id ?? null).toBe(resolvedAs);
    expect(r.confidence).toBe(confidence);
    expect(r.reason.length).toBeGreaterThan(5);
  });

  it("keeps a parsed size as a labelled hint only, never an architecture", () => {
    const r = resolveModel(spec({ id: "acme-20b", family: "qwen2.5" }), DEFAULT_CONFIG);
    expect(r.model).toBeNull();
    expect(r.sizeHintB).toBe(20);
    expect(r.reason).toMatch(/only a hint/);
  });

  it("never lends one model's shape to another of the family (Qwen3-8B is not Qwen2.5-7B)", () => {
    const r = resolveModel(spec({ id: "Qwen/Qwen3-8B", family: "qwen3" }), DEFAULT_CONFIG);
    if (r.model) expect(r.model.layers).toBe(36);
    expect(r.model?.id).not.toBe("qwen2.5-7b");
  });

  it.each([
    ["Qwen/Qwen3-27B", "qwen3"],
    ["Qwen3-27B-Instruct", "qwen3"],
    ["gemma-3-40b-it", "gemma3"],
    ["Llama-4-Giant-70B", "llama4"],
    ["phi-4-huge-30b", "phi4"],
  ])("an unknown %s (family %s) stays a size hint, never an older generation's architecture", (id) => {
    const r = resolveModel(spec({ id }), DEFAULT_CONFIG);
    expect(r.model).toBeNull();
    expect(r.confidence).toBe("parsed-size");
  });

  it("completes a half-declared model from its own generation, not an older one (qwen3 is not qwen2.5)", () => {
    const config = withCatalog({ models: [{ id: "Qwen3-7.5B-house", paramsB: 7.5 }] });
    const r = resolveModel(spec({ id: "Qwen3-7.5B-house" }), config);
    expect(r.confidence).toBe("declared");
    expect(r.model).toMatchObject({ layers: 36, kvHeads: 8, family: "qwen3" }); // Qwen3-8B, not Qwen2.5-7B's 28 × 4
    expect(r.reason).toMatch(/by analogy/);
  });

  it("infers the checkpoint precision from the name", () => {
    expect(resolveModel(spec({ id: "TheBloke/Llama-2-70B-Chat-AWQ" }), DEFAULT_CONFIG)).toMatchObject({
      confidence: "alias",
      impliedPrecision: "awq",
    });
    expect(resolveModel(spec({ id: "openai/gpt-oss-20b" }), DEFAULT_CONFIG).impliedPrecision).toBe("mxfp4");
  });

  it("takes a catalog model named by annotation", () => {
    const r = resolveModel(
      spec({ id: "support-bot" }, { "modelspec-review.piqc.ai/model": "llama-3.1-70b" }),
      DEFAULT_CONFIG,
    );
    expect(r).toMatchObject({ confidence: "declared" });
    expect(r.model?.id).toBe("llama-3.1-70b");
  });

  it("builds a model declared by annotations", () => {
    const r = resolveModel(
      spec(
        { id: "in-house" },
        {
          "modelspec-review.piqc.ai/params-b": "12",
          "modelspec-review.piqc.ai/layers": "40",
          "modelspec-review.piqc.ai/kv-heads": "8",
          "modelspec-review.piqc.ai/head-dim": "128",
          "modelspec-review.piqc.ai/hidden-size": "5120",
        },
      ),
      DEFAULT_CONFIG,
    );
    expect(r.confidence).toBe("declared");
    expect(r.model).toMatchObject({ paramsB: 12, layers: 40, kvHeads: 8, headDim: 128, hiddenSize: 5120 });
  });

  it("refuses a half-declared architecture instead of guessing", () => {
    const r = resolveModel(
      spec({ id: "in-house" }, { "modelspec-review.piqc.ai/params-b": "12" }),
      DEFAULT_CONFIG,
    );
    expect(r.model).toBeNull();
    expect(r.confidence).toBe("unknown");
  });

  it("takes models declared in the repo config, completing them from the family", () => {
    const config = withCatalog({
      models: [
        {
          id: "acme-chat-v2",
          aliases: ["acme-chat"],
          paramsB: 8.03,
          layers: 32,
          kvHeads: 8,
          headDim: 128,
          hiddenSize: 4096,
        },
      ],
    });
    const r = resolveModel(spec({ id: "acme-chat" }), config);
    expect(r.confidence).toBe("declared");
    expect(r.model).toMatchObject({ id: "acme-chat-v2", paramsB: 8.03, layers: 32 });
    const partial = withCatalog({ models: [{ id: "llama-3.1-8b-ft", paramsB: 8.03 }] });
    const r2 = resolveModel(spec({ id: "llama-3.1-8b-ft" }), partial);
    expect(r2.confidence).toBe("declared");
    expect(r2.model?.layers).toBe(32);
  });
});

describe("findPrice", () => {
  it.each([
    ["h100-sxm", "aws", 8, false, 6.88, false],
    ["h100-sxm", "AWS", 1, false, 6.88, false],
    ["a10g", "aws", 1, false, 1.006, false],
    ["a10g", "aws", 4, false, 1.418, false],
    ["a10g", "aws", 16, false, 2.036, false],
    ["h100-sxm", "gcp", 1, true, 6.571, true],
    ["h100-sxm", "coreweave", 8, true, 2.46375, true],
    ["t4", "aws", 1, true, 0.22, true],
    ["a100-80gb", "lambda", 8, false, 2.79, false],
    ["h100-nvl", "azure", 2, false, 8.82, false],
  ])("%s at %s ×%i spot=%s → $%s", (gpu, provider, count, spot, usd, isSpot) => {
    const q = findPrice(gpu, provider, DEFAULT_CONFIG, { count, spot });
    expect(q?.usdPerGpuHour).toBeCloseTo(usd, 6);
    expect(q?.spot).toBe(isSpot);
    expect(q?.asOf).toBeTruthy();
  });

  it("falls back to on-demand when no spot price is documented, and says so", () => {
    const q = findPrice("a100-80gb", "aws", DEFAULT_CONFIG, { spot: true });
    expect(q).toMatchObject({ usdPerGpuHour: 3.4309, spot: false, spotUnavailable: true });
  });

  it("returns null when nothing is documented", () => {
    expect(findPrice("tpu-v5e", "aws", DEFAULT_CONFIG)).toBeNull();
    expect(findPrice("h100-sxm", "nowhere", DEFAULT_CONFIG)).toBeNull();
  });

  it("prefers repo-declared prices and resolves their GPU names", () => {
    const config = withCatalog({
      prices: [
        { provider: "AWS", gpu: "A100_80GB", usdPerGpuHour: 2.5, spotFactor: 0.5, asOf: "2026-12-01" },
      ],
    });
    expect(findPrice("a100-80gb", "aws", config)).toMatchObject({ usdPerGpuHour: 2.5, declared: true });
    expect(findPrice("a100-80gb", "aws", config, { spot: true })?.usdPerGpuHour).toBeCloseTo(1.25, 6);
  });
});
