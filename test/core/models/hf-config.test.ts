import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHfConfig, readIndexTotalSize, readQuant } from "../../../src/core/models/hf-config.js";

const hub = (repo: string) =>
  readFileSync(new URL(`../../fixtures/hub/${repo}/config.json`, import.meta.url), "utf8");
const cfg = (name: string) =>
  readFileSync(new URL(`../../fixtures/configs/${name}`, import.meta.url), "utf8");

/**
 * Real config.json files (sources: test/fixtures/hub/SOURCES.md, test/fixtures/configs/SOURCES.md) →
 * architecture; the parameter count computed from it is checked against the count the publisher states
 * on the model card (`published`, billions), within `tol`.
 */
const FAMILIES: Array<{
  name: string;
  text: () => string;
  published: number;
  tol: number;
  expect: Record<string, unknown>;
}> = [
  {
    name: "llama (GQA, untied) — TinyLlama-1.1B",
    text: () => hub("TinyLlama/TinyLlama-1.1B-Chat-v1.0"),
    published: 1.1,
    tol: 0.01,
    expect: { layers: 22, kvHeads: 4, headDim: 64, tiedEmbeddings: false },
  },
  {
    name: "llama (tied) — SmolLM2-360M",
    text: () => hub("HuggingFaceTB/SmolLM2-360M-Instruct"),
    published: 0.362,
    tol: 0.01,
    expect: { layers: 32, kvHeads: 5, headDim: 64, tiedEmbeddings: true },
  },
  {
    name: "qwen2_moe (shared expert) — Qwen1.5-MoE-A2.7B",
    text: () => hub("Qwen/Qwen1.5-MoE-A2.7B"),
    published: 14.3,
    tol: 0.01,
    expect: {
      moe: { experts: 60, topK: 4, shared: 1, expertFfn: 1408, sharedFfn: 5632 },
      activeParamsB: 2.69,
    },
  },
  {
    name: "deepseek_v2 (MLA + MoE, first layer dense) — DeepSeek-V2-Lite",
    text: () => hub("deepseek-ai/DeepSeek-V2-Lite"),
    published: 15.7,
    tol: 0.01,
    expect: {
      mla: { kvLoraRank: 512, ropeDim: 64 },
      moe: { experts: 64, topK: 6, shared: 2, expertFfn: 1408, moeLayers: 26 },
    },
  },
  {
    name: "deepseek_v2 (MLA, q_lora) — DeepSeek-V2.5",
    text: () => hub("deepseek-ai/DeepSeek-V2.5"),
    published: 236,
    tol: 0.01,
    expect: { layers: 60, mla: { kvLoraRank: 512, ropeDim: 64 } },
  },
  {
    name: "deepseek (MoE, no MLA) — deepseek-moe-16b",
    text: () => hub("deepseek-ai/deepseek-moe-16b-base"),
    published: 16.4,
    tol: 0.01,
    expect: { moe: { experts: 64, topK: 6, shared: 2, expertFfn: 1408, moeLayers: 27 }, kvHeads: 16 },
  },
  {
    name: "starcoder2 (plain MLP with biases, every layer sliding) — starcoder2-7b",
    text: () => hub("bigcode/starcoder2-7b"),
    published: 7.17,
    tol: 0.01,
    expect: { slidingWindow: { window: 4096, fullLayers: 0 }, kvHeads: 4 },
  },
  {
    name: "olmo2 (four norms, MHA) — OLMo-2-7B",
    text: () => hub("allenai/OLMo-2-1124-7B"),
    published: 7.3,
    tol: 0.01,
    expect: { kvHeads: 32, torchDtype: "float32" },
  },
  {
    name: "internlm2 — internlm2.5-7b",
    text: () => hub("internlm/internlm2_5-7b-chat"),
    published: 7.74,
    tol: 0.01,
    expect: { kvHeads: 8, vocabSize: 92544 },
  },
  {
    name: "cohere (tied by class default) — aya-23-8B",
    text: () => hub("CohereForAI/aya-23-8B"),
    published: 8.03,
    tol: 0.01,
    expect: { tiedEmbeddings: true, vocabSize: 256000 },
  },
  {
    name: "phi3 (window ≥ context: no sliding) — Phi-3.5-mini",
    text: () => hub("microsoft/Phi-3.5-mini-instruct"),
    published: 3.82,
    tol: 0.01,
    expect: { headDim: 96, kvHeads: 32, slidingWindow: undefined },
  },
  {
    name: "phi3 (GQA, tied) — Phi-4-mini",
    text: () => hub("microsoft/Phi-4-mini-instruct"),
    published: 3.84,
    tol: 0.01,
    expect: { kvHeads: 8, tiedEmbeddings: true },
  },
  {
    name: "gemma3_text (5 local : 1 global) — gemma-3-1b-it",
    text: () => hub("google/gemma-3-1b-it"),
    published: 1.0,
    tol: 0.01,
    expect: { slidingWindow: { window: 512, fullLayers: 4 }, headDim: 256, tiedEmbeddings: true },
  },
  {
    name: "minicpm (MoE on intermediate_size) — MiniCPM-MoE-8x2B",
    text: () => hub("openbmb/MiniCPM-MoE-8x2B"),
    published: 13.6,
    tol: 0.03,
    expect: { moe: { experts: 8, topK: 2, shared: 0, expertFfn: 5760 } },
  },
  {
    name: "deepseek_v3 (MLA, 3 dense layers, FP8 checkpoint) — DeepSeek-R1",
    text: () => cfg("deepseek-r1.json"),
    published: 671,
    tol: 0.01,
    expect: {
      checkpointPrecision: "fp8",
      quant: { method: "fp8", bits: 8 },
      moe: { experts: 256, topK: 8, shared: 1, expertFfn: 2048, moeLayers: 58 },
    },
  },
  {
    name: "minimax_m1 (lightning attention: 1 layer in 8 keeps a KV cache) — MiniMax-M1",
    text: () => cfg("minimax-m1.json"),
    published: 456,
    tol: 0.03, // lightning-attention layers carry output gates the generic count leaves out
    expect: { kvLayers: 10, moe: { experts: 32, topK: 2, shared: 0, expertFfn: 9216 } },
  },
  {
    name: "qwen2_5_vl (text_config + vision tower) — Qwen2.5-VL-3B-shaped",
    text: () => cfg("qwen2.5-vl-3b-shaped.json"),
    published: 3.75,
    tol: 0.02,
    expect: { layers: 36, kvHeads: 2, tiedEmbeddings: true },
  },
];

describe("config.json → ModelArch", () => {
  it.each(FAMILIES.map((f) => [f.name, f] as const))("%s", (_name, f) => {
    const r = parseHfConfig(f.text(), { id: "m" });
    expect(r.problems).toEqual([]);
    expect(r.arch).not.toBeNull();
    const a = r.arch!;
    expect(
      Math.abs(a.paramsB / f.published - 1),
      `${a.paramsB} B vs published ${f.published} B`,
    ).toBeLessThan(f.tol);
    for (const [k, v] of Object.entries(f.expect)) {
      if (k === "activeParamsB") expect(a.activeParamsB).toBeCloseTo(v as number, 2);
      else if (v === undefined) expect(a[k as keyof typeof a]).toBeUndefined();
      else if (typeof v === "object") expect(a[k as keyof typeof a]).toMatchObject(v as object);
      else expect(a[k as keyof typeof a]).toBe(v);
    }
  });

  it("counts a vision tower for a vision-language model", () => {
    const a = parseHfConfig(cfg("qwen2.5-vl-3b-shaped.json"), { id: "m" }).arch!;
    expect(a.visionParamsB).toBeGreaterThan(0.5);
    expect(a.visionParamsB).toBeLessThan(0.8);
  });

  it("takes the weight size from the safetensors index", () => {
    const r = parseHfConfig(hub("TinyLlama/TinyLlama-1.1B-Chat-v1.0"), {
      id: "m",
      indexText: '{"metadata":{"total_size":1234567890},"weight_map":{}}',
    });
    expect(r.arch?.checkpointBytes).toBe(1234567890);
  });

  it.each([
    ["not JSON", "{ nope", "model/config-invalid-json"],
    ["an array", "[1,2]", "model/config-not-object"],
    [
      "without layers",
      '{"hidden_size": 4096, "num_attention_heads": 32, "vocab_size": 32000}',
      "model/config-incomplete",
    ],
  ])("reports %s as a problem with a stable code, no architecture", (_what, text, code) => {
    const r = parseHfConfig(text, { id: "m" });
    expect(r.arch).toBeNull();
    expect(r.problems.map((p) => p.code)).toEqual([code]);
  });

  it("names what is missing", () => {
    const r = parseHfConfig('{"model_type": "llama", "hidden_size": 4096}', { id: "m" });
    expect(r.missing).toEqual(
      expect.arrayContaining(["num_hidden_layers", "num_attention_heads", "intermediate_size"]),
    );
  });

  it("reads layer_types (gpt-oss style alternation) and ignores a sliding window switched off", () => {
    const layerTypes = Array.from({ length: 24 }, (_, i) =>
      i % 2 === 0 ? "sliding_attention" : "full_attention",
    );
    const base = {
      model_type: "gpt_oss",
      num_hidden_layers: 24,
      hidden_size: 2880,
      num_attention_heads: 64,
      num_key_value_heads: 8,
      head_dim: 64,
      intermediate_size: 2880,
      vocab_size: 201088,
      max_position_embeddings: 131072,
      sliding_window: 128,
    };
    const a = parseHfConfig(JSON.stringify({ ...base, layer_types: layerTypes }), { id: "m" }).arch!;
    expect(a.slidingWindow).toEqual({ window: 128, fullLayers: 12 });
    const q = parseHfConfig(JSON.stringify({ ...base, model_type: "qwen3", use_sliding_window: false }), {
      id: "m",
    });
    expect(q.arch?.slidingWindow).toBeUndefined();
  });
});

describe("quantization_config", () => {
  it.each([
    [{ quant_method: "fp8", fmt: "e4m3" }, "fp8", 8],
    [{ quant_method: "mxfp4", modules_to_not_convert: ["model.layers.*.self_attn"] }, "mxfp4", 4],
    [{ quant_method: "gptq", bits: 4 }, "gptq", 4],
    [{ quant_method: "gptq", bits: 8 }, "int8", 8],
    [{ quant_method: "awq", bits: 4 }, "awq", 4],
    [{ quant_method: "bitsandbytes", load_in_4bit: true }, "int4", 4],
    [
      {
        quant_method: "compressed-tensors",
        config_groups: { g: { weights: { num_bits: 8, type: "float" } } },
      },
      "fp8",
      8,
    ],
    [{ quant_method: "modelopt", quant_algo: "NVFP4" }, "fp4", 4],
  ])("%j → %s", (q, precision, bits) => {
    const r = readQuant(q);
    expect(r?.precision).toBe(precision);
    expect(r?.quant.bits).toBe(bits);
  });

  it("keeps the modules left unquantised", () => {
    expect(
      readQuant({ quant_method: "mxfp4", modules_to_not_convert: ["lm_head"] })?.quant.unquantised,
    ).toEqual(["lm_head"]);
  });
});

describe("safetensors index", () => {
  it.each([
    ['{"metadata": {"total_size": 16060522496}, "weight_map": {}}', 16060522496],
    ['{"metadata": {"total_size": "123"}}', 123],
    ['{"metadata": {"total_size": 99}, "weight_map": {"a": ', 99],
    ["{}", null],
    ["garbage", null],
  ])("%s → %s", (text, bytes) => {
    expect(readIndexTotalSize(text)).toBe(bytes);
  });
});

/** The snapshots in scripts/model-configs/ (see each SOURCE.json): what the parser must read from them. */
const snapshot = (dir: string) =>
  readFileSync(new URL(`../../../scripts/model-configs/${dir}/config.json`, import.meta.url), "utf8");

describe("real configs of the built-in catalog", () => {
  it.each([
    [
      "Llama 4 Scout: chunked attention on 3 of 4 layers (no_rope_layers [] → every 4th layer global), 16 experts + 1 shared, vision tower",
      "meta-llama--Llama-4-Scout-17B-16E-Instruct",
      {
        layers: 48,
        kvHeads: 8,
        ffn: 16384,
        maxContext: 10485760,
        slidingWindow: { window: 8192, fullLayers: 12, kind: "chunked" },
        moe: { experts: 16, topK: 1, shared: 1, expertFfn: 8192 },
      },
    ],
    [
      "Llama 4 Maverick: MoE on every 2nd layer (interleave_moe_layer_step 2)",
      "meta-llama--Llama-4-Maverick-17B-128E-Instruct",
      { moe: { experts: 128, topK: 1, shared: 1, expertFfn: 8192, moeLayers: 24 } },
    ],
    [
      "Kimi-K2: 384 routed experts, MLA, first layer dense, FP8",
      "moonshotai--Kimi-K2-Instruct",
      {
        layers: 61,
        mla: { kvLoraRank: 512, ropeDim: 64 },
        moe: { experts: 384, topK: 8, shared: 1, expertFfn: 2048, moeLayers: 60 },
        checkpointPrecision: "fp8",
      },
    ],
    [
      "Mistral Small 3.1 (Mistral3): the language model in text_config, explicit head_dim 128 (not 5120/32)",
      "mistralai--Mistral-Small-3.1-24B-Instruct-2503",
      { layers: 40, hiddenSize: 5120, attentionHeads: 32, kvHeads: 8, headDim: 128, vocabSize: 131072 },
    ],
    [
      "Gemma 3 4B: text_config without heads takes Gemma3TextConfig's defaults (8 heads, 4 KV, head_dim 256)",
      "google--gemma-3-4b-it",
      {
        layers: 34,
        attentionHeads: 8,
        kvHeads: 4,
        headDim: 256,
        vocabSize: 262208,
        slidingWindow: { window: 1024, fullLayers: 5 },
      },
    ],
    [
      "Qwen3-235B-A22B-FP8: post_attention_layernorm in modules_to_not_convert is a norm, not attention",
      "Qwen--Qwen3-235B-A22B-FP8",
      { checkpointPrecision: "fp8", keep16: undefined },
    ],
    [
      "gpt-oss-120b: self_attn left unquantised → attention at 16 bit, MXFP4 experts",
      "openai--gpt-oss-120b",
      { checkpointPrecision: "mxfp4", keep16: ["attention"], slidingWindow: { window: 128, fullLayers: 18 } },
    ],
  ])("%s", (_name, dir, want) => {
    const r = parseHfConfig(snapshot(dir), { id: dir });
    expect(r.problems).toEqual([]);
    const a = r.arch!;
    for (const [k, v] of Object.entries(want)) {
      if (v === undefined) expect(a[k as keyof typeof a], k).toBeUndefined();
      else if (typeof v === "object") expect(a[k as keyof typeof a], k).toEqual(v);
      else expect(a[k as keyof typeof a], k).toBe(v);
    }
  });
});
