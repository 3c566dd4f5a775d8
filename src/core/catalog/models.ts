/**
 * Model architecture catalog. Figures are from public copies of each model's config.json (each row's
 * `source` names the copy it was read from); parameter counts are computed from the architecture and
 * equal the published counts where one exists.
 */
import type { Config, ModelOverride } from "../types.js";

/** The mixture-of-experts shape of a model: experts, experts per token, shared experts. */
export interface MoeSpec {
  /** Routed experts per MoE layer. */
  experts: number;
  /** Routed experts each token goes through. */
  topK: number;
  /** Shared (always-on) experts per MoE layer. */
  shared: number;
  /** Intermediate size of one routed expert. */
  expertFfn: number;
  /**
   * Layers that carry experts; the others are dense with `ffn` (DeepSeek's `first_k_dense_replace`,
   * Qwen's `decoder_sparse_step`/`mlp_only_layers`, Llama 4's `interleave_moe_layer_step`). Absent: all.
   */
  moeLayers?: number;
  /** Intermediate size of all shared experts of one layer together (absent: `shared × expertFfn`). */
  sharedFfn?: number;
}

/**
 * A model's architecture as the estimator needs it: parameters, layers, attention and KV shape,
 * context, sources.
 */
export interface ModelArch {
  /** Canonical id, e.g. `llama-3.1-8b`. */
  id: string;
  name: string;
  family: string;
  aliases: string[];
  kind: "decoder" | "encoder";
  /** Total parameters, billions. */
  paramsB: number;
  /** Parameters used per token (MoE), billions; equals paramsB for dense models. */
  activeParamsB: number;
  layers: number;
  hiddenSize: number;
  attentionHeads: number;
  kvHeads: number;
  headDim: number;
  ffn: number;
  vocabSize: number;
  maxContext: number;
  tiedEmbeddings: boolean;
  moe?: MoeSpec;
  /** Multi-head latent attention (DeepSeek): one compressed KV vector per layer, replicated over TP. */
  mla?: { kvLoraRank: number; ropeDim: number };
  /**
   * Sliding-window (or chunked local) attention: `fullLayers` of the attention layers keep the whole
   * context, the rest keep at most `window` tokens (gpt-oss alternating, Gemma 2/3 interleaved, Mistral
   * v0.1 all-sliding with `fullLayers` 0, Llama 4 chunked with `kind: "chunked"`).
   */
  slidingWindow?: { window: number; fullLayers: number; kind?: "sliding" | "chunked" };
  /**
   * Layers that keep a KV cache, when fewer than `layers` (hybrid models whose other layers are linear
   * attention or state-space blocks, or share another layer's KV). Absent: every layer.
   */
  kvLayers?: number;
  /** `torch_dtype` / `dtype` of the published checkpoint (`bfloat16`, `float16`, `float32`), when known. */
  torchDtype?: string;
  /** Precision the published checkpoint ships in, when it is not 16-bit. */
  checkpointPrecision?: string;
  /** Parts a quantised checkpoint keeps at 16 bit besides embeddings and the LM head. */
  keep16?: Array<"attention" | "edge-layers">;
  /**
   * Bytes of the published checkpoint (`metadata.total_size` of `model.safetensors.index.json`), when
   * known. When present it is the weight size; the parameter count is then only a cross-check.
   */
  checkpointBytes?: number;
  /** Parameters of a vision tower / multimodal projector (vision-language models), billions. */
  visionParamsB?: number;
  /**
   * `quantization_config` of the checkpoint, normalised: method (`fp8`, `mxfp4`, `gptq`, `awq`, …),
   * weight bits, and the module name patterns it leaves unquantised (`modules_to_not_convert`, `ignore`).
   */
  quant?: { method: string; bits?: number; unquantised?: string[] };
  /**
   * Where this architecture was read from: a public URL or repository path a user can open
   * (`https://huggingface.co/org/name/blob/rev/config.json`, `models/x/config.json` in this repo, …).
   */
  origin?: { kind: "repo-config" | "annotation" | "repo-file" | "cache" | "hub" | "builtin"; ref: string };
  source: string;
  asOf: string;
}

const MAXTEXT = "AI-Hypercomputer/maxtext hf_model_configs.py (copies of HF config.json)";
const GENZ = "abhibambhaniya/GenZ-LLM-Analyzer model sets (cite HF config.json)";
const FACTS_DATE = "2026-11-09";

type Row = Omit<ModelArch, "activeParamsB" | "kind" | "aliases" | "asOf"> &
  Partial<Pick<ModelArch, "activeParamsB" | "kind" | "aliases" | "asOf">>;

function m(row: Row): ModelArch {
  return {
    kind: "decoder",
    aliases: [],
    asOf: FACTS_DATE,
    activeParamsB: row.paramsB,
    ...row,
  };
}

// prettier-ignore
/** The built-in model catalog, each entry with its public source. */
export const MODELS: readonly ModelArch[] = [
  // ── Llama 2 ──
  m({ id: "llama-2-7b", name: "Llama-2-7B", family: "llama-2", aliases: ["llama-2-7b-hf", "llama2-7b"],
    paramsB: 6.738, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 32, headDim: 128, ffn: 11008, vocabSize: 32000, maxContext: 4096, tiedEmbeddings: false,
    source: "HF config copy abhishek/llama-2-7b-hf-small-shards; GenZ meta.py" }),
  m({ id: "llama-2-13b", name: "Llama-2-13B", family: "llama-2", aliases: ["llama2-13b"],
    paramsB: 13.016, layers: 40, hiddenSize: 5120, attentionHeads: 40, kvHeads: 40, headDim: 128, ffn: 13824, vocabSize: 32000, maxContext: 4096, tiedEmbeddings: false,
    source: `${GENZ} (HF Llama-2-13b-hf); scottlogic-alex/llm-memory-calculator` }),
  m({ id: "llama-2-70b", name: "Llama-2-70B", family: "llama-2", aliases: ["llama2-70b"],
    paramsB: 68.977, layers: 80, hiddenSize: 8192, attentionHeads: 64, kvHeads: 8, headDim: 128, ffn: 28672, vocabSize: 32000, maxContext: 4096, tiedEmbeddings: false,
    source: "HF config copy TheBloke/Llama-2-70B-fp16 (meta-llama/Llama-2-70b-hf); Meta model card" }),
  // ── Llama 3 / 3.1 / 3.2 ──
  m({ id: "llama-3-8b", name: "Llama-3-8B", family: "llama-3", aliases: ["llama3-8b"],
    paramsB: 8.03, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128, ffn: 14336, vocabSize: 128256, maxContext: 8192, tiedEmbeddings: false,
    source: `${MAXTEXT} (llama31_8b; Llama 3 differs only in context)` }),
  m({ id: "llama-3.1-8b", name: "Llama-3.1-8B", family: "llama-3.1", aliases: ["llama3.1-8b", "llama-3-1-8b"],
    paramsB: 8.03, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128, ffn: 14336, vocabSize: 128256, maxContext: 131072, tiedEmbeddings: false,
    source: `${MAXTEXT} (llama31_8b)` }),
  m({ id: "llama-3-70b", name: "Llama-3-70B", family: "llama-3", aliases: ["llama3-70b"],
    paramsB: 70.554, layers: 80, hiddenSize: 8192, attentionHeads: 64, kvHeads: 8, headDim: 128, ffn: 28672, vocabSize: 128256, maxContext: 8192, tiedEmbeddings: false,
    source: `${MAXTEXT} (llama31_70b; Llama 3 differs only in context)` }),
  m({ id: "llama-3.1-70b", name: "Llama-3.1-70B", family: "llama-3.1", aliases: ["llama3.1-70b", "llama-3-1-70b", "llama-3.3-70b", "llama3.3-70b"],
    paramsB: 70.554, layers: 80, hiddenSize: 8192, attentionHeads: 64, kvHeads: 8, headDim: 128, ffn: 28672, vocabSize: 128256, maxContext: 131072, tiedEmbeddings: false,
    source: `${MAXTEXT} (llama31_70b)` }),
  m({ id: "llama-3.1-405b", name: "Llama-3.1-405B", family: "llama-3.1", aliases: ["llama3.1-405b", "llama-3-1-405b"],
    paramsB: 405.853, layers: 126, hiddenSize: 16384, attentionHeads: 128, kvHeads: 8, headDim: 128, ffn: 53248, vocabSize: 128256, maxContext: 131072, tiedEmbeddings: false,
    source: `${MAXTEXT} (llama31_405b); HF lists 406B` }),
  m({ id: "llama-3.1-405b-fp8", name: "Llama-3.1-405B (Meta FP8 checkpoint)", family: "llama-3.1",
    aliases: ["llama-3.1-405b-instruct-fp8", "llama3.1-405b-fp8"],
    paramsB: 405.853, layers: 126, hiddenSize: 16384, attentionHeads: 128, kvHeads: 8, headDim: 128, ffn: 53248, vocabSize: 128256, maxContext: 131072, tiedEmbeddings: false,
    checkpointPrecision: "fp8", keep16: ["attention", "edge-layers"],
    source: `${MAXTEXT} (llama31_405b); Meta's FP8 checkpoint quantises the MLPs only (observed 57.75 GiB/GPU at TP8; vLLM log cited in issue #12)` }),
  m({ id: "llama-3.2-1b", name: "Llama-3.2-1B", family: "llama-3.2", aliases: ["llama3.2-1b", "llama-3-2-1b"],
    paramsB: 1.236, layers: 16, hiddenSize: 2048, attentionHeads: 32, kvHeads: 8, headDim: 64, ffn: 8192, vocabSize: 128256, maxContext: 131072, tiedEmbeddings: true,
    source: "kevinstephano/thunder_model_blocks hf_llama/llama_config.py (HF config copy)" }),
  m({ id: "llama-3.2-3b", name: "Llama-3.2-3B", family: "llama-3.2", aliases: ["llama3.2-3b", "llama-3-2-3b"],
    paramsB: 3.213, layers: 28, hiddenSize: 3072, attentionHeads: 24, kvHeads: 8, headDim: 128, ffn: 8192, vocabSize: 128256, maxContext: 131072, tiedEmbeddings: true,
    source: `${GENZ}; silvaxxx1/MyLLM_101 Llama_configs.py` }),
  // ── Mistral / Mixtral (§1.1, §1.2) ──
  m({ id: "mistral-7b-v0.1", name: "Mistral-7B v0.1/v0.2", family: "mistral", aliases: ["mistral-7b", "mistral-7b-v0.2"],
    paramsB: 7.242, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128, ffn: 14336, vocabSize: 32000, maxContext: 32768, tiedEmbeddings: false,
    source: `${GENZ} (HF Mistral-7B-Instruct-v0.2 config)` }),
  m({ id: "mistral-7b-v0.3", name: "Mistral-7B v0.3", family: "mistral", aliases: [],
    paramsB: 7.248, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128, ffn: 14336, vocabSize: 32768, maxContext: 32768, tiedEmbeddings: false,
    source: "Mistral card mirror ZHUI/paddlenlp_model_readme mistralai/Mistral-7B-Instruct-v0.3" }),
  m({ id: "mixtral-8x7b", name: "Mixtral-8x7B", family: "mixtral", aliases: ["mixtral-8x7b-v0.1"],
    paramsB: 46.703, activeParamsB: 12.88, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128, ffn: 14336, vocabSize: 32000, maxContext: 32768, tiedEmbeddings: false,
    moe: { experts: 8, topK: 2, shared: 0, expertFfn: 14336 },
    source: `${MAXTEXT} (mixtral_8x7b_dict from HF Mixtral-8x7B-Instruct-v0.1 config.json) — §1.2` }),
  m({ id: "mixtral-8x22b", name: "Mixtral-8x22B", family: "mixtral", aliases: ["mixtral-8x22b-v0.1"],
    paramsB: 140.63, activeParamsB: 39.16, layers: 56, hiddenSize: 6144, attentionHeads: 48, kvHeads: 8, headDim: 128, ffn: 16384, vocabSize: 32768, maxContext: 65536, tiedEmbeddings: false,
    moe: { experts: 8, topK: 2, shared: 0, expertFfn: 16384 },
    source: `${MAXTEXT} (mixtral_8x22b_dict) — §1.2` }),
  // ── Qwen2.5 (§1.1). Qwen2-7B shares Qwen2.5-7B's architecture. ──
  m({ id: "qwen2.5-0.5b", name: "Qwen2.5-0.5B", family: "qwen2.5", aliases: ["qwen2.5-0.5b"],
    paramsB: 0.494, layers: 24, hiddenSize: 896, attentionHeads: 14, kvHeads: 2, headDim: 64, ffn: 4864, vocabSize: 151936, maxContext: 32768, tiedEmbeddings: true,
    source: "HF config copy reach-vb/Qwen2.5-0.5B-Instruct-Q3-mlx; Qwen card mirror" }),
  m({ id: "qwen2.5-1.5b", name: "Qwen2.5-1.5B", family: "qwen2.5",
    paramsB: 1.544, layers: 28, hiddenSize: 1536, attentionHeads: 12, kvHeads: 2, headDim: 128, ffn: 8960, vocabSize: 151936, maxContext: 32768, tiedEmbeddings: true,
    source: `${GENZ} alibaba.py (HF Qwen2.5-1.5B-Instruct config)` }),
  m({ id: "qwen2.5-3b", name: "Qwen2.5-3B", family: "qwen2.5",
    paramsB: 3.086, layers: 36, hiddenSize: 2048, attentionHeads: 16, kvHeads: 2, headDim: 128, ffn: 11008, vocabSize: 151936, maxContext: 32768, tiedEmbeddings: true,
    source: "HF config copies osllmai-community/Qwen2.5-3B-Instruct, unsloth/Qwen2.5-3B" }),
  m({ id: "qwen2.5-7b", name: "Qwen2.5-7B", family: "qwen2.5", aliases: ["qwen2-7b"],
    paramsB: 7.616, layers: 28, hiddenSize: 3584, attentionHeads: 28, kvHeads: 4, headDim: 128, ffn: 18944, vocabSize: 152064, maxContext: 32768, tiedEmbeddings: false,
    source: "HF config copy osllmai-community/Qwen2.5-7B-Instruct; Qwen card mirror" }),
  m({ id: "qwen2.5-14b", name: "Qwen2.5-14B", family: "qwen2.5",
    paramsB: 14.77, layers: 48, hiddenSize: 5120, attentionHeads: 40, kvHeads: 8, headDim: 128, ffn: 13824, vocabSize: 152064, maxContext: 32768, tiedEmbeddings: false,
    source: "HF config copy osllmai-community/Qwen2.5-14B-Instruct" }),
  m({ id: "qwen2.5-32b", name: "Qwen2.5-32B", family: "qwen2.5",
    paramsB: 32.764, layers: 64, hiddenSize: 5120, attentionHeads: 40, kvHeads: 8, headDim: 128, ffn: 27648, vocabSize: 152064, maxContext: 32768, tiedEmbeddings: false,
    source: "HF config copy ehristoforu/qwen2.5-test-32b-it" }),
  m({ id: "qwen2.5-72b", name: "Qwen2.5-72B", family: "qwen2.5",
    paramsB: 72.706, layers: 80, hiddenSize: 8192, attentionHeads: 64, kvHeads: 8, headDim: 128, ffn: 29568, vocabSize: 152064, maxContext: 32768, tiedEmbeddings: false,
    source: "HF config copy m8than/banana-2-b-72b (Qwen/Qwen2.5-72B-Instruct)" }),
  // ── Gemma 2 ──
  m({ id: "gemma-2-2b", name: "Gemma-2-2B", family: "gemma-2", aliases: ["gemma2-2b"],
    paramsB: 2.614, layers: 26, hiddenSize: 2304, attentionHeads: 8, kvHeads: 4, headDim: 256, ffn: 9216, vocabSize: 256000, maxContext: 8192, tiedEmbeddings: true,
    source: `${MAXTEXT} (gemma2_2b); GenZ google.py` }),
  m({ id: "gemma-2-9b", name: "Gemma-2-9B", family: "gemma-2", aliases: ["gemma2-9b"],
    paramsB: 9.242, layers: 42, hiddenSize: 3584, attentionHeads: 16, kvHeads: 8, headDim: 256, ffn: 14336, vocabSize: 256000, maxContext: 8192, tiedEmbeddings: true,
    source: `${MAXTEXT} (gemma2_9b)` }),
  m({ id: "gemma-2-27b", name: "Gemma-2-27B", family: "gemma-2", aliases: ["gemma2-27b"],
    paramsB: 27.227, layers: 46, hiddenSize: 4608, attentionHeads: 32, kvHeads: 16, headDim: 128, ffn: 36864, vocabSize: 256000, maxContext: 8192, tiedEmbeddings: true,
    source: `${MAXTEXT} (gemma2_27b); llama.cpp log 27.23 B` }),
  // ── Phi-3 ──
  m({ id: "phi-3-mini-4k", name: "Phi-3-mini-4k", family: "phi-3", aliases: ["phi-3-mini", "phi3-mini", "phi-3-mini-4k-instruct"],
    paramsB: 3.821, layers: 32, hiddenSize: 3072, attentionHeads: 32, kvHeads: 32, headDim: 96, ffn: 8192, vocabSize: 32064, maxContext: 4096, tiedEmbeddings: false,
    source: "microsoft/Phi-3-mini-4k-instruct config copies; keras-hub phi3_presets.py" }),
  m({ id: "phi-3-mini-128k", name: "Phi-3-mini-128k", family: "phi-3", aliases: ["phi-3-mini-128k-instruct"],
    paramsB: 3.821, layers: 32, hiddenSize: 3072, attentionHeads: 32, kvHeads: 32, headDim: 96, ffn: 8192, vocabSize: 32064, maxContext: 131072, tiedEmbeddings: false,
    source: "microsoft/Phi-3-mini config copies; keras-hub phi3_presets.py" }),
  m({ id: "phi-3-medium-4k", name: "Phi-3-medium-4k", family: "phi-3", aliases: ["phi-3-medium", "phi3-medium", "phi-3-medium-4k-instruct"],
    paramsB: 13.96, layers: 40, hiddenSize: 5120, attentionHeads: 40, kvHeads: 10, headDim: 128, ffn: 17920, vocabSize: 32064, maxContext: 4096, tiedEmbeddings: false,
    source: "HF blame microsoft/Phi-3-medium-4k-instruct @3da3d15 config.json" }),
  // ── Falcon (multi-query / grouped) ──
  m({ id: "falcon-7b", name: "Falcon-7B", family: "falcon", aliases: [],
    paramsB: 6.922, layers: 32, hiddenSize: 4544, attentionHeads: 71, kvHeads: 1, headDim: 64, ffn: 18176, vocabSize: 65024, maxContext: 2048, tiedEmbeddings: true,
    source: "Falcon card mirror ZHUI/paddlenlp_model_readme tiiuae/falcon-7b; kimborgen/falcon-llm module dump" }),
  m({ id: "falcon-40b", name: "Falcon-40B", family: "falcon", aliases: [],
    paramsB: 41.303, layers: 60, hiddenSize: 8192, attentionHeads: 128, kvHeads: 8, headDim: 64, ffn: 32768, vocabSize: 65024, maxContext: 2048, tiedEmbeddings: true,
    source: "HF config tiiuae/falcon-40b (refs/pr/111); llama.cpp falcon log" }),
  // ── DeepSeek-V3 (MLA, MoE; released in FP8) ──
  m({ id: "deepseek-v3", name: "DeepSeek-V3 (671B)", family: "deepseek", aliases: ["deepseek-v3-0324", "deepseek-r1", "deepseek-v3-671b"],
    paramsB: 671.03, activeParamsB: 37.55, layers: 61, hiddenSize: 7168, attentionHeads: 128, kvHeads: 128, headDim: 128, ffn: 18432, vocabSize: 129280, maxContext: 163840, tiedEmbeddings: false,
    moe: { experts: 256, topK: 8, shared: 1, expertFfn: 2048 }, mla: { kvLoraRank: 512, ropeDim: 64 }, checkpointPrecision: "fp8",
    source: `${MAXTEXT} (deepseek3_671b_dict); DeepSeek-V3 card mirror; tenstorrent tt-metal README_WEIGHTS.md — §1.2` }),
  // ── gpt-oss (MXFP4 experts; attention, router, embeddings BF16) ──
  m({ id: "gpt-oss-20b", name: "gpt-oss-20b", family: "gpt-oss", aliases: ["gpt-oss20b"],
    paramsB: 20.915, activeParamsB: 4.19, layers: 24, hiddenSize: 2880, attentionHeads: 64, kvHeads: 8, headDim: 64, ffn: 2880, vocabSize: 201088, maxContext: 131072, tiedEmbeddings: false,
    moe: { experts: 32, topK: 4, shared: 0, expertFfn: 2880 }, slidingWindow: { window: 128, fullLayers: 12 }, checkpointPrecision: "mxfp4",
    source: `${MAXTEXT} (gpt_oss_20b_dict); EchoCog/gpt-oss-20b architecture doc — §1.2` }),
  m({ id: "gpt-oss-120b", name: "gpt-oss-120b", family: "gpt-oss", aliases: ["gpt-oss120b"],
    paramsB: 116.83, activeParamsB: 5.71, layers: 36, hiddenSize: 2880, attentionHeads: 64, kvHeads: 8, headDim: 64, ffn: 2880, vocabSize: 201088, maxContext: 131072, tiedEmbeddings: false,
    moe: { experts: 128, topK: 4, shared: 0, expertFfn: 2880 }, slidingWindow: { window: 128, fullLayers: 18 }, checkpointPrecision: "mxfp4",
    source: `${MAXTEXT} (gpt_oss_120b_dict); aicompare.guru, fitmygpu.com — §1.2` }),
  // ── Embedding models (encoders: no KV cache) §1.4 ──
  m({ id: "bge-large-en-v1.5", name: "BAAI/bge-large-en-v1.5", family: "bert", kind: "encoder", aliases: ["bge-large-en", "bge-large"],
    paramsB: 0.335, layers: 24, hiddenSize: 1024, attentionHeads: 16, kvHeads: 16, headDim: 64, ffn: 4096, vocabSize: 30522, maxContext: 512, tiedEmbeddings: true,
    source: "HF config copies Basti8499/bge-large-en-v1.5-ISO-27001, Qdrant/bge-large-en-v1.5-onnx" }),
  m({ id: "e5-large-v2", name: "intfloat/e5-large-v2", family: "bert", kind: "encoder", aliases: ["e5-large"],
    paramsB: 0.335, layers: 24, hiddenSize: 1024, attentionHeads: 16, kvHeads: 16, headDim: 64, ffn: 4096, vocabSize: 30522, maxContext: 512, tiedEmbeddings: true,
    source: "e5 card mirror ZHUI/paddlenlp_model_readme intfloat/e5-large-v2" }),
  m({ id: "all-minilm-l6-v2", name: "sentence-transformers/all-MiniLM-L6-v2", family: "bert", kind: "encoder", aliases: ["all-minilm-l6", "minilm-l6-v2"],
    paramsB: 0.0227, layers: 6, hiddenSize: 384, attentionHeads: 12, kvHeads: 12, headDim: 32, ffn: 1536, vocabSize: 30522, maxContext: 512, tiedEmbeddings: true,
    source: "cli99/llm-analysis model_configs sentence-transformers_all-MiniLM-L6-v2.json" }),
  m({ id: "multilingual-e5-large", name: "intfloat/multilingual-e5-large", family: "xlm-roberta", kind: "encoder", aliases: ["multilingual-e5-large-instruct"],
    paramsB: 0.56, layers: 24, hiddenSize: 1024, attentionHeads: 16, kvHeads: 16, headDim: 64, ffn: 4096, vocabSize: 250002, maxContext: 514, tiedEmbeddings: true,
    source: "GenZ microsoft.py (params ~560 M, uncertain)" }),
];

/** Families as people write them (`llama3`, `Llama-3.1`, `qwen2`) → catalog family. */
export const FAMILY_ALIASES: Record<string, string> = {
  llama2: "llama-2",
  llama3: "llama-3",
  "llama3.1": "llama-3.1",
  "llama3.2": "llama-3.2",
  "llama3.3": "llama-3.1",
  llama: "llama-3.1",
  mistral: "mistral",
  mixtral: "mixtral",
  qwen: "qwen2.5",
  qwen2: "qwen2.5",
  "qwen2.5": "qwen2.5",
  gemma: "gemma-2",
  gemma2: "gemma-2",
  phi3: "phi-3",
  phi: "phi-3",
  falcon: "falcon",
  deepseek: "deepseek",
  deepseekv3: "deepseek",
  gptoss: "gpt-oss",
  bert: "bert",
  bge: "bert",
  e5: "bert",
};

/** A repo-declared model (config `catalog.models` or annotations) as a catalog entry, when complete. */
export function modelFromOverride(o: ModelOverride, base: ModelArch | null): ModelArch | null {
  const layers = o.layers ?? base?.layers;
  const kvHeads = o.kvHeads ?? base?.kvHeads;
  const headDim = o.headDim ?? base?.headDim;
  const hiddenSize = o.hiddenSize ?? base?.hiddenSize;
  if (layers === undefined || kvHeads === undefined || headDim === undefined || hiddenSize === undefined) {
    return null;
  }
  const attentionHeads =
    o.attentionHeads ?? base?.attentionHeads ?? Math.max(1, Math.round(hiddenSize / headDim));
  return {
    id: o.id,
    name: o.id,
    family: base?.family ?? "declared",
    aliases: o.aliases ?? [],
    kind: base?.kind ?? "decoder",
    paramsB: o.paramsB,
    activeParamsB: o.activeParamsB ?? o.paramsB,
    layers,
    hiddenSize,
    attentionHeads,
    kvHeads,
    headDim,
    ffn: base?.ffn ?? hiddenSize * 4,
    vocabSize: o.vocabSize ?? base?.vocabSize ?? 0,
    maxContext: o.maxContext ?? base?.maxContext ?? 0,
    tiedEmbeddings: base?.tiedEmbeddings ?? false,
    source: o.source ?? "declared in the repository config (catalog.models)",
    asOf: "declared",
  };
}

/** Parameter split used to model which parts a quantised checkpoint keeps at 16 bit. */
export interface ParamSplit {
  embeddings: number;
  attention: number;
  /** MLP or experts plus norms: everything that is neither embeddings nor attention. */
  rest: number;
  /** One transformer layer's MLP (for checkpoints that keep the first and last layers at 16 bit). */
  mlpPerLayer: number;
}

/** A model's parameters split into embeddings, attention and the rest (MLP or experts plus norms). */
export function paramSplit(a: ModelArch): ParamSplit {
  const total = a.paramsB * 1e9;
  const embeddings = Math.min(total, a.vocabSize * a.hiddenSize * (a.tiedEmbeddings ? 1 : 2));
  const attnPerLayer =
    a.hiddenSize * a.attentionHeads * a.headDim * 2 + 2 * a.hiddenSize * a.kvHeads * a.headDim;
  const attention = Math.min(total - embeddings, a.layers * attnPerLayer);
  const rest = Math.max(0, total - embeddings - attention);
  return { embeddings, attention, rest, mlpPerLayer: a.layers > 0 ? rest / a.layers : 0 };
}

/** Scale a family member to another parameter count: layers and hidden size by (P/P₀)^(1/3). */
export function scaleArch(
  ref: ModelArch,
  paramsB: number,
  activeParamsB: number | null,
  id: string,
): ModelArch {
  const f = Math.cbrt(paramsB / ref.paramsB);
  return {
    ...ref,
    id,
    name: id,
    aliases: [],
    paramsB,
    activeParamsB: activeParamsB ?? (ref.activeParamsB / ref.paramsB) * paramsB,
    layers: Math.max(1, Math.round(ref.layers * f)),
    hiddenSize: Math.max(64, Math.round((ref.hiddenSize * f) / 64) * 64),
    ffn: Math.max(64, Math.round((ref.ffn * f) / 64) * 64),
    keep16: undefined,
    checkpointPrecision: undefined,
    source: `scaled from ${ref.id} (${ref.source})`,
    asOf: ref.asOf,
  };
}

/** The models the resolver may match: the built-in catalog. */
export function allModels(config?: Config): readonly ModelArch[] {
  void config;
  return MODELS;
}
