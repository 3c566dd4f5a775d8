/**
 * A Hugging Face `config.json` (and optionally `model.safetensors.index.json`) → `ModelArch`.
 *
 * Pure: text in, value out, never throws. Reads the keys `transformers` config classes use, across
 * families: layers, attention and KV heads, `head_dim`, hidden and intermediate sizes, vocabulary,
 * `tie_word_embeddings`, `max_position_embeddings`; sliding windows (`sliding_window`, `layer_types`,
 * `sliding_window_pattern`, Gemma 2 alternation, Llama 4 chunked attention); mixture of experts
 * (`num_local_experts` / `num_experts` / `n_routed_experts`, `num_experts_per_tok`,
 * `moe_intermediate_size`, shared experts, `first_k_dense_replace` / `decoder_sparse_step` /
 * `mlp_only_layers` / `interleave_moe_layer_step`); multi-head latent attention (`kv_lora_rank`,
 * `qk_rope_head_dim`); vision-language wrappers (`text_config` / `vision_config`); and
 * `quantization_config` (fp8, mxfp4, gptq/awq bits, compressed-tensors, bitsandbytes, modelopt).
 *
 * When a key is absent, the default of the family's `transformers` config class applies only where
 * that default is the documented one (e.g. Gemma 3's `sliding_window_pattern` 6); otherwise the field
 * is reported missing and no architecture is returned. Nothing is guessed.
 */
import type { ModelArch, MoeSpec } from "../catalog/models.js";
import { countParams, type ParamCount } from "./params.js";

type Json = Record<string, unknown>;

/** Why a config could not be used, or what in it was odd. Stable codes (see docs/models.md). */
export interface ConfigProblem {
  code:
    | "model/config-invalid-json"
    | "model/config-not-object"
    | "model/config-incomplete"
    | "model/index-invalid";
  message: string;
}

/** A Hugging Face config.json read into an architecture, with the missing keys and problems. */
export interface ConfigParse {
  /** The architecture, or null when a required field is missing (see `missing`). */
  arch: ModelArch | null;
  /** Required config keys that are absent (e.g. `num_hidden_layers`). */
  missing: string[];
  problems: ConfigProblem[];
  /** The parameter count computed from the architecture (null when `arch` is null). */
  params: ParamCount | null;
  /** `metadata.total_size` of the safetensors index, bytes, when given. */
  checkpointBytes: number | null;
}

/** How to read a config.json: the model id, its safetensors index and where it came from. */
export interface ConfigParseOptions {
  /** Id to give the model (usually the Hub repo, `Qwen/Qwen3-8B`). */
  id: string;
  /** `model.safetensors.index.json` text, when available. */
  indexText?: string | null;
  origin?: ModelArch["origin"];
  /** Source sentence for reports (a URL or repository path); default: the origin's ref. */
  source?: string;
  /** Date the file was read or snapshotted (`YYYY-MM-DD`); default "config.json". */
  asOf?: string;
}

function isObj(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function int(v: unknown): number | undefined {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined;
}
function posInt(v: unknown): number | undefined {
  const n = int(v);
  return n !== undefined && n > 0 ? n : undefined;
}
function first(o: Json, keys: readonly string[], read: (v: unknown) => number | undefined = posInt) {
  for (const k of keys) {
    const v = read(o[k]);
    if (v !== undefined) return { key: k, value: v };
  }
  return undefined;
}
function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() ? v.trim() : undefined;
}

/** Families whose MLP is not gated (two matrices, not three). From each family's modeling code. */
const NON_GATED = new Set([
  "gpt2", "gpt_neo", "gpt_neox", "gptj", "gpt_bigcode", "codegen", "falcon", "bloom", "opt", "mpt",
  "phi", "starcoder2", "bert", "roberta", "xlm-roberta", "distilbert", "electra", "mpnet", "deberta",
  "deberta-v2", "camembert", "jina_bert", "persimmon", "biogpt", "xglm",
]); // prettier-ignore
/** Encoder-only families: no KV cache across requests. */
const ENCODERS = new Set([
  "bert", "roberta", "xlm-roberta", "distilbert", "electra", "mpnet", "deberta", "deberta-v2",
  "camembert", "nomic_bert", "modernbert", "jina_bert", "new",
]); // prettier-ignore
/** Families that tie the LM head to the embeddings when the config does not say (their config default). */
const TIE_BY_DEFAULT = new Set([
  "gemma", "gemma2", "gemma3", "gemma3_text", "gpt2", "gpt_neo", "gpt_bigcode", "falcon", "bloom", "opt",
  "cohere", "cohere2", "bert", "roberta", "xlm-roberta", "distilbert", "electra", "mpnet", "t5",
  "starcoder2", "nomic_bert", "modernbert",
]); // prettier-ignore
/** Families with bias on the q/k/v projections though the config has no `attention_bias` key. */
const QKV_BIAS = new Set(["qwen2", "qwen2_moe", "qwen2_vl", "qwen2_5_vl", "qwen2_audio"]);
/** Families with four norms per layer (pre/post attention and MLP). */
const FOUR_NORMS = new Set(["gemma2", "gemma3", "gemma3_text", "olmo2", "gemma3n_text"]);

/**
 * Documented `transformers` defaults that real configs rely on by leaving the key out (Gemma 3's
 * `text_config` omits vocabulary, context and pattern). Source: each class's `__init__` signature in
 * huggingface/transformers `src/transformers/models/<family>/configuration_<family>.py`.
 */
const CLASS_DEFAULTS: Record<string, Json> = {
  gemma3_text: {
    num_attention_heads: 8,
    num_key_value_heads: 4,
    vocab_size: 262208,
    max_position_embeddings: 131072,
    sliding_window_pattern: 6,
    sliding_window: 4096,
    head_dim: 256,
    tie_word_embeddings: true,
  },
  gemma2: { vocab_size: 256000, max_position_embeddings: 8192, sliding_window: 4096, head_dim: 256 },
  llama4_text: { vocab_size: 202048, attention_chunk_size: 8192, interleave_moe_layer_step: 1 },
  mistral: { vocab_size: 32000 },
  llama: { vocab_size: 32000 },
};

/** The language-model part of a config: `text_config`, `llm_config`, `language_config`, else itself. */
function textPart(cfg: Json): { text: Json; wrapper: Json | null } {
  for (const k of ["text_config", "llm_config", "language_config", "thinker_config"]) {
    const t = cfg[k];
    if (isObj(t)) {
      // Qwen2.5-Omni nests once more: thinker_config.text_config.
      const inner = isObj(t.text_config) ? t.text_config : t;
      return { text: inner, wrapper: cfg };
    }
  }
  return { text: cfg, wrapper: null };
}

function withDefaults(text: Json, modelType: string | undefined): Json {
  const d = modelType ? CLASS_DEFAULTS[modelType] : undefined;
  return d ? { ...d, ...Object.fromEntries(Object.entries(text).filter(([, v]) => v !== null)) } : text;
}

interface Attention {
  heads: number;
  kvHeads: number;
  headDim: number;
  mla?: {
    kvLoraRank: number;
    ropeDim: number;
    qLoraRank: number | null;
    nopeDim: number;
    vDim: number;
  };
}

function readAttention(t: Json, hidden: number, missing: string[]): Attention | null {
  const heads = first(t, ["num_attention_heads", "n_head", "n_heads", "num_heads", "attention_heads"]);
  if (!heads) {
    missing.push("num_attention_heads");
    return null;
  }
  const kvLora = posInt(t.kv_lora_rank);
  if (kvLora !== undefined) {
    const rope = posInt(t.qk_rope_head_dim);
    const nope = posInt(t.qk_nope_head_dim);
    const v = posInt(t.v_head_dim) ?? nope;
    if (rope === undefined || nope === undefined || v === undefined) {
      missing.push(
        ...(["qk_rope_head_dim", "qk_nope_head_dim"] as const).filter((k) => posInt(t[k]) === undefined),
      );
      return null;
    }
    return {
      heads: heads.value,
      kvHeads: heads.value,
      headDim: nope + rope,
      mla: {
        kvLoraRank: kvLora,
        ropeDim: rope,
        qLoraRank: posInt(t.q_lora_rank) ?? null,
        nopeDim: nope,
        vDim: v,
      },
    };
  }
  let kvHeads = first(t, [
    "num_key_value_heads",
    "num_kv_heads",
    "n_head_kv",
    "multi_query_group_num",
    "kv_heads",
  ])?.value;
  if (kvHeads === undefined && (t.multi_query === true || t.multi_query_attention === true)) kvHeads = 1;
  // Falcon-7B style: `multi_query` true without `new_decoder_architecture`.
  if (t.model_type === "falcon" && t.new_decoder_architecture !== true && t.multi_query !== false)
    kvHeads ??= 1;
  const headDim = posInt(t.head_dim) ?? posInt(t.attention_head_dim) ?? posInt(t.kv_channels);
  const hd = headDim ?? (hidden % heads.value === 0 ? hidden / heads.value : undefined);
  if (hd === undefined) {
    missing.push("head_dim");
    return null;
  }
  return { heads: heads.value, kvHeads: kvHeads ?? heads.value, headDim: hd };
}

function readMoe(t: Json, layers: number, denseFfn: number | undefined): MoeSpec | null {
  const ffnCfg = isObj(t.ffn_config) ? t.ffn_config : {}; // DBRX
  const experts =
    first(t, [
      "num_local_experts",
      "num_experts",
      "n_routed_experts",
      "moe_num_experts",
      "num_routed_experts",
    ])?.value ?? posInt(ffnCfg.moe_num_experts);
  if (experts === undefined || experts < 2) return null;
  const topK =
    first(t, [
      "num_experts_per_tok",
      "experts_per_token",
      "moe_top_k",
      "num_experts_per_token",
      "top_k_experts",
      "moe_k",
      "num_selected_experts",
    ])?.value ??
    posInt(ffnCfg.moe_top_k) ??
    1;
  const expertFfn =
    first(t, ["moe_intermediate_size", "expert_intermediate_size", "moe_ffn_hidden_size"])?.value ??
    posInt(ffnCfg.ffn_hidden_size) ??
    denseFfn;
  if (expertFfn === undefined) return null;
  let moeLayers = layers;
  const firstDense = int(t.first_k_dense_replace) ?? int(t.first_dense_layers) ?? 0;
  const freq = posInt(t.moe_layer_freq) ?? 1;
  const step = posInt(t.decoder_sparse_step) ?? posInt(t.interleave_moe_layer_step) ?? 1;
  const mlpOnly = Array.isArray(t.mlp_only_layers)
    ? t.mlp_only_layers.filter((x) => int(x) !== undefined)
    : [];
  if (Array.isArray(t.moe_layers) && t.moe_layers.length > 0) {
    moeLayers = t.moe_layers.filter((x) => int(x) !== undefined && (x as number) < layers).length;
  } else {
    let n = 0;
    for (let i = 0; i < layers; i++) {
      if (i < firstDense) continue;
      if (i % freq !== 0) continue;
      if ((i + 1) % step !== 0) continue;
      if (mlpOnly.includes(i)) continue;
      n++;
    }
    moeLayers = n;
  }
  let shared =
    first(t, ["n_shared_experts", "num_shared_experts", "shared_experts", "moe_num_shared_experts"], int)
      ?.value ?? 0;
  let sharedFfn: number | undefined;
  const sharedSize = posInt(t.shared_expert_intermediate_size);
  if (sharedSize !== undefined) {
    shared = Math.max(shared, 1);
    sharedFfn = sharedSize;
  }
  if (t.model_type === "llama4_text" || t.model_type === "llama4") {
    shared = 1; // Llama 4: one shared expert of the routed expert's size in every MoE layer
  }
  const moe: MoeSpec = { experts, topK, shared, expertFfn };
  if (moeLayers !== layers) moe.moeLayers = moeLayers;
  if (sharedFfn !== undefined && sharedFfn !== shared * expertFfn) moe.sharedFfn = sharedFfn;
  return moe;
}

/** What `layer_types` / patterns say about which attention layers are full, sliding, chunked or KV-free. */
interface LayerMix {
  full: number;
  local: number;
  kvFree: number;
  window: number | null;
  kind: "sliding" | "chunked";
}

function patternFull(layers: number, pattern: number): number {
  let n = 0;
  for (let i = 0; i < layers; i++) if ((i + 1) % pattern === 0) n++;
  return n;
}

function readLayerMix(t: Json, layers: number, maxContext: number): LayerMix | null {
  const window = posInt(t.sliding_window) ?? posInt(t.sliding_window_size) ?? null;
  const chunk = posInt(t.attention_chunk_size) ?? null;
  const types = Array.isArray(t.layer_types)
    ? t.layer_types.filter((x): x is string => typeof x === "string")
    : [];
  if (types.length > 0) {
    let full = 0;
    let sliding = 0;
    let chunked = 0;
    let kvFree = 0;
    for (const ty of types.slice(0, layers)) {
      const x = ty.toLowerCase();
      if (x.includes("chunk")) chunked++;
      else if (x.includes("sliding") || x === "local" || x === "swa") sliding++;
      else if (
        x.includes("linear") ||
        x.includes("mamba") ||
        x.includes("conv") ||
        x.includes("recurrent") ||
        x.includes("ssm")
      )
        kvFree++;
      else full++;
    }
    const local = sliding + chunked;
    const w = chunked > 0 ? chunk : window;
    if (local > 0 && w !== null && w < maxContext)
      return { full, local, kvFree, window: w, kind: chunked > sliding ? "chunked" : "sliding" };
    return { full: full + local, local: 0, kvFree, window: null, kind: "sliding" };
  }
  // MiniMax: `attn_type_list`, 1 = softmax attention (keeps a KV cache), 0 = lightning (linear) attention.
  if (Array.isArray(t.attn_type_list) && t.attn_type_list.length > 0) {
    const list = t.attn_type_list.slice(0, layers);
    const full = list.filter((x) => x === 1).length;
    return { full, local: 0, kvFree: list.length - full, window: null, kind: "sliding" };
  }
  const mt = str(t.model_type) ?? "";
  // Llama 4: chunked local attention on RoPE layers, every `no_rope_layer_interval`-th layer global (NoPE).
  if (chunk !== null && mt.startsWith("llama4")) {
    let full: number;
    if (Array.isArray(t.no_rope_layers) && t.no_rope_layers.length === layers) {
      full = t.no_rope_layers.filter((x) => x === 0).length;
    } else {
      full = patternFull(layers, posInt(t.no_rope_layer_interval) ?? 4);
    }
    return { full, local: layers - full, kvFree: 0, window: chunk, kind: "chunked" };
  }
  if (window === null || window >= maxContext) return null;
  if (t.use_sliding_window === false) return null;
  const pattern = t.sliding_window_pattern ?? t.sliding_window_interleave ?? t.global_attn_every_n_layers;
  if (typeof pattern === "string" && /^[lgsf]+$/i.test(pattern)) {
    // e.g. "LLLLLG": repeated over the layers
    let full = 0;
    for (let i = 0; i < layers; i++) if (/[gf]/i.test(pattern[i % pattern.length] ?? "")) full++;
    return { full, local: layers - full, kvFree: 0, window, kind: "sliding" };
  }
  const p = posInt(pattern);
  if (p !== undefined && p > 1) {
    const full = patternFull(layers, p);
    return { full, local: layers - full, kvFree: 0, window, kind: "sliding" };
  }
  if (mt === "gemma2") {
    const full = Math.floor(layers / 2); // even layers slide, odd layers are global (modeling_gemma2.py)
    return { full, local: layers - full, kvFree: 0, window, kind: "sliding" };
  }
  if (mt === "qwen2" || mt === "qwen2_moe" || mt === "qwen3" || mt === "qwen3_moe") {
    if (t.use_sliding_window !== true) return null;
    const mwl = int(t.max_window_layers) ?? layers;
    const local = Math.max(0, layers - Math.min(layers, mwl)); // layers ≥ max_window_layers slide
    if (local === 0) return null;
    return { full: layers - local, local, kvFree: 0, window, kind: "sliding" };
  }
  // Mistral v0.1, Phi-3-mini-4k, Starcoder2: every layer slides.
  return { full: 0, local: layers, kvFree: 0, window, kind: "sliding" };
}

/** `quantization_config` → checkpoint precision, bits and the modules left unquantised. */
export function readQuant(
  q: unknown,
): { quant: NonNullable<ModelArch["quant"]>; precision: string | null } | null {
  if (!isObj(q)) return null;
  const method = (
    str(q.quant_method) ??
    str(q.quant_algo) ??
    (q.load_in_4bit === true ? "bitsandbytes" : undefined) ??
    ""
  ).toLowerCase();
  if (!method) return null;
  const unq = [
    q.modules_to_not_convert,
    q.ignore,
    q.ignored_layers,
    q.exclude_modules,
    q.modules_in_block_to_quantize === undefined ? undefined : null,
  ].flatMap((x) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : []));
  let bits = posInt(q.bits) ?? posInt(q.w_bit) ?? posInt(q.weight_bits);
  let precision: string | null = null;
  switch (method) {
    case "fp8":
    case "fbgemm_fp8":
    case "fp8_e4m3":
      bits = 8;
      precision = "fp8";
      break;
    case "mxfp4":
      bits = 4;
      precision = "mxfp4";
      break;
    case "gptq":
      precision = (bits ?? 4) === 8 ? "int8" : "gptq";
      break;
    case "awq":
      precision = (bits ?? 4) === 8 ? "int8" : "awq";
      break;
    case "bitsandbytes":
      bits = q.load_in_8bit === true ? 8 : 4;
      precision = bits === 8 ? "int8" : "int4";
      break;
    case "compressed-tensors": {
      const groups = isObj(q.config_groups) ? Object.values(q.config_groups) : [];
      const w = groups.map((g) => (isObj(g) && isObj(g.weights) ? g.weights : null)).find((x) => x !== null);
      bits = posInt(w?.num_bits) ?? bits;
      const type = str(w?.type) ?? "int";
      if (bits === 8) precision = type === "float" ? "fp8" : "int8";
      else if (bits === 4) precision = type === "float" ? "fp4" : "int4";
      break;
    }
    case "modelopt":
    case "nvfp4":
    case "fp4": {
      const algo = (str(q.quant_algo) ?? method).toUpperCase();
      if (algo.includes("FP8")) {
        bits = 8;
        precision = "fp8";
      } else {
        bits = 4;
        precision = "fp4";
      }
      break;
    }
    default:
      if (bits === 8) precision = "int8";
      else if (bits === 4) precision = "int4";
  }
  const quant: NonNullable<ModelArch["quant"]> = { method };
  if (bits !== undefined) quant.bits = bits;
  if (unq.length > 0) quant.unquantised = unq;
  return { quant, precision };
}

/** `metadata.total_size` of a safetensors index. Tolerates a cut-off file (metadata comes first). */
export function readIndexTotalSize(text: string): number | null {
  try {
    const v: unknown = JSON.parse(text);
    if (isObj(v) && isObj(v.metadata)) {
      const n = Number(v.metadata.total_size);
      if (Number.isFinite(n) && n > 0) return n;
    }
    return null;
  } catch {
    const m = /"metadata"\s*:\s*\{[^}]*?"total_size"\s*:\s*"?(\d+)"?/.exec(text.slice(0, 4096));
    return m?.[1] ? Number(m[1]) : null;
  }
}

/** Parameters of a vision tower + projector from `vision_config`, billions (ViT-shaped estimate). */
function visionParams(v: Json, textHidden: number): number | null {
  const layers = first(v, ["num_hidden_layers", "depth", "num_layers", "layers"])?.value;
  const hidden = first(v, ["hidden_size", "embed_dim", "width", "d_model"])?.value;
  if (layers === undefined || hidden === undefined) return null;
  const ratio = typeof v.mlp_ratio === "number" ? v.mlp_ratio : 4;
  const ffn = first(v, ["intermediate_size", "mlp_dim"])?.value ?? Math.round(hidden * ratio);
  const gated = str(v.hidden_act) === "silu" || str(v.model_type) === "pixtral";
  const patch = posInt(v.patch_size) ?? 14;
  const channels = posInt(v.num_channels) ?? posInt(v.in_channels) ?? 3;
  const image = posInt(v.image_size) ?? 0;
  const positions = image > 0 ? (image / patch) ** 2 : 0;
  const perLayer = 4 * hidden * hidden + (gated ? 3 : 2) * hidden * ffn + 9 * hidden;
  const outHidden = posInt(v.out_hidden_size) ?? posInt(v.projection_dim) ?? textHidden;
  const projector = hidden * outHidden + outHidden * textHidden;
  return (layers * perLayer + channels * patch * patch * hidden + positions * hidden + projector) / 1e9;
}

function family(modelType: string | undefined, archName: string | undefined): string {
  if (modelType) return modelType.replace(/_text$/, "");
  return (
    archName?.replace(/For(CausalLM|ConditionalGeneration|MaskedLM)$|Model$/, "").toLowerCase() ?? "unknown"
  );
}

/** Parse a config.json text (+ safetensors index text) into an architecture. Never throws. */
export function parseHfConfig(text: string, options: ConfigParseOptions): ConfigParse {
  const out: ConfigParse = { arch: null, missing: [], problems: [], params: null, checkpointBytes: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    out.problems.push({
      code: "model/config-invalid-json",
      message: `config.json is not valid JSON (${(e as Error).message})`,
    });
    return out;
  }
  if (!isObj(raw)) {
    out.problems.push({ code: "model/config-not-object", message: "config.json is not a JSON object" });
    return out;
  }
  if (options.indexText) {
    out.checkpointBytes = readIndexTotalSize(options.indexText);
    if (out.checkpointBytes === null)
      out.problems.push({
        code: "model/index-invalid",
        message: "model.safetensors.index.json has no metadata.total_size",
      });
  }
  const { text: t0, wrapper } = textPart(raw);
  const archName = Array.isArray(raw.architectures) ? str(raw.architectures[0]) : undefined;
  const modelType = str(t0.model_type) ?? (wrapper ? undefined : str(raw.model_type));
  const t = withDefaults({ ...t0, model_type: modelType ?? t0.model_type }, modelType);
  const missing = out.missing;

  const layersF = first(t, ["num_hidden_layers", "n_layer", "n_layers", "num_layers", "num_decoder_layers"]);
  const hiddenF = first(t, ["hidden_size", "n_embd", "d_model", "model_dim", "dim"]);
  const vocabF =
    first(t, ["vocab_size", "padded_vocab_size", "n_vocab"]) ??
    (wrapper ? first(wrapper, ["vocab_size"]) : undefined);
  if (!layersF) missing.push("num_hidden_layers");
  if (!hiddenF) missing.push("hidden_size");
  if (!vocabF) missing.push("vocab_size");
  const attn = hiddenF ? readAttention(t, hiddenF.value, missing) : null;
  const nonGated = modelType !== undefined && NON_GATED.has(modelType);
  const ffnF =
    first(t, ["intermediate_size_mlp"]) && str(t.model_type)?.startsWith("llama4")
      ? first(t, ["intermediate_size_mlp"])
      : first(t, ["intermediate_size", "ffn_hidden_size", "n_inner", "ffn_dim", "d_ff", "mlp_dim"]);
  let ffn = ffnF?.value;
  if (ffn === undefined && hiddenF && nonGated) ffn = 4 * hiddenF.value; // GPT-2/Falcon: n_inner null → 4·d
  const moe = layersF ? readMoe(t, layersF.value, posInt(t.intermediate_size) ?? ffn) : null;
  if (ffn === undefined && moe && (moe.moeLayers ?? layersF?.value) === layersF?.value) ffn = moe.expertFfn;
  if (ffn === undefined) missing.push("intermediate_size");
  if (!layersF || !hiddenF || !vocabF || !attn || ffn === undefined) {
    out.problems.push({
      code: "model/config-incomplete",
      message: `config.json lacks ${missing.join(", ")}${modelType ? ` (model_type ${modelType})` : ""}`,
    });
    return out;
  }
  const layers = layersF.value;
  const hidden = hiddenF.value;
  const maxContext =
    first(t, [
      "max_position_embeddings",
      "n_positions",
      "max_sequence_length",
      "seq_length",
      "max_seq_len",
      "model_max_length",
    ])?.value ?? 0;
  const tied =
    typeof t.tie_word_embeddings === "boolean"
      ? t.tie_word_embeddings
      : typeof wrapper?.tie_word_embeddings === "boolean"
        ? wrapper.tie_word_embeddings
        : modelType !== undefined && TIE_BY_DEFAULT.has(modelType);
  const kind: ModelArch["kind"] =
    (modelType !== undefined && ENCODERS.has(modelType)) ||
    /ForMaskedLM$|ForSequenceClassification$/.test(archName ?? "")
      ? "encoder"
      : "decoder";
  const mix = kind === "decoder" ? readLayerMix(t, layers, maxContext || Number.MAX_SAFE_INTEGER) : null;
  const qr = readQuant(raw.quantization_config ?? t0.quantization_config ?? raw.compression_config);
  const vision = wrapper && isObj(wrapper.vision_config) ? visionParams(wrapper.vision_config, hidden) : null;
  const params = countParams({
    layers,
    hidden,
    heads: attn.heads,
    kvHeads: attn.kvHeads,
    headDim: attn.headDim,
    ffn,
    vocab: vocabF.value,
    tied,
    gated: !nonGated,
    qkvBias:
      t.attention_bias === true ||
      t.qkv_bias === true ||
      (modelType !== undefined && QKV_BIAS.has(modelType)),
    // `attention_bias` covers o_proj too (modeling_llama / modeling_gpt_oss); Qwen2's implicit bias does not.
    outBias: t.attention_bias === true,
    expertBias: modelType === "gpt_oss",
    sinks: modelType === "gpt_oss",
    norms: modelType !== undefined && FOUR_NORMS.has(modelType) ? 4 : 2,
    moe,
    mla: attn.mla ?? null,
    visionB: vision,
    encoder: kind === "encoder",
  });
  out.params = params;
  const torchDtype = str(raw.torch_dtype) ?? str(raw.dtype) ?? str(t0.torch_dtype) ?? str(t0.dtype);
  const arch: ModelArch = {
    id: options.id,
    name: options.id,
    family: family(modelType, archName),
    aliases: [],
    kind,
    paramsB: params.totalB,
    activeParamsB: params.activeB,
    layers,
    hiddenSize: hidden,
    attentionHeads: attn.heads,
    kvHeads: attn.kvHeads,
    headDim: attn.headDim,
    ffn,
    vocabSize: vocabF.value,
    maxContext,
    tiedEmbeddings: tied,
    source: options.source ?? options.origin?.ref ?? "config.json",
    asOf: options.asOf ?? "config.json",
  };
  if (moe) arch.moe = moe;
  if (attn.mla) arch.mla = { kvLoraRank: attn.mla.kvLoraRank, ropeDim: attn.mla.ropeDim };
  if (mix && mix.window !== null && mix.local > 0) {
    arch.slidingWindow = {
      window: mix.window,
      fullLayers: mix.full,
      ...(mix.kind === "chunked" ? { kind: "chunked" as const } : {}),
    };
  }
  if (mix && mix.kvFree > 0) arch.kvLayers = layers - mix.kvFree;
  const kvShared = int(t.num_kv_shared_layers);
  if (kvShared !== undefined && kvShared > 0 && kvShared < layers)
    arch.kvLayers = (arch.kvLayers ?? layers) - kvShared;
  if (qr) {
    arch.quant = qr.quant;
    if (qr.precision) arch.checkpointPrecision = qr.precision;
    const un = qr.quant.unquantised ?? [];
    // `post_attention_layernorm` names a norm, not attention (Qwen3-235B-A22B-FP8 quantises attention).
    if (un.some((m) => /attn|attention|q_proj|qkv/i.test(m) && !/norm/i.test(m))) arch.keep16 = ["attention"];
  }
  if (vision !== null) arch.visionParamsB = Math.round(vision * 1e4) / 1e4;
  if (out.checkpointBytes !== null) arch.checkpointBytes = out.checkpointBytes;
  if (torchDtype) arch.torchDtype = torchDtype;
  if (options.origin) arch.origin = options.origin;
  out.arch = arch;
  return out;
}
