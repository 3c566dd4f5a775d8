/**
 * Weight memory of a model as the engine loads it.
 *
 * - The checkpoint's own size (`metadata.total_size` of `model.safetensors.index.json`) is the weight
 *   size when known and the spec runs the checkpoint as published.
 * - Otherwise parameters × bytes per weight, where quantised checkpoints keep embeddings and the LM
 *   head at 16 bit, and whatever their `quantization_config` leaves unquantised
 *   (`modules_to_not_convert` / `ignore`): Meta's Llama-3.1-405B-Instruct-FP8 keeps every attention
 *   block and the first and last layers' MLPs in BF16 (huggingface.co/meta-llama/Llama-3.1-405B-Instruct-FP8,
 *   config.json `quantization_config`); MXFP4 (gpt-oss) quantises the MoE experts only
 *   (huggingface.co/openai/gpt-oss-120b config.json, `modules_to_not_convert`).
 * - Vision towers (`visionParamsB`, from `vision_config`; part of `paramsB`) load at 16 bit beside the
 *   language model.
 * - MoE padding: vLLM pads MXFP4 expert weights for its kernels — the per-rank intermediate size up
 *   to a multiple of 128 and the hidden size to 256 (vllm-project/vllm
 *   `vllm/model_executor/layers/quantization/mxfp4.py`, `Mxfp4MoEMethod.create_weights`).
 */
import { paramSplit, type ModelArch } from "../catalog/models.js";
import { bytesPerWeight, isQuantised, normalisePrecision, type Precision } from "./precision.js";

/** Weight bytes of a replica as the engine loads them, and what the figure rests on. */
export interface WeightsResult {
  /** Weight bytes of the whole replica (all GPUs together). */
  bytes: number;
  /** What the figure rests on, in words (for assumptions). */
  basis: string;
  /** Bytes the engine adds by padding MoE weights (included in `bytes`). */
  moePaddingBytes: number;
  /** Bytes of a vision tower (included in `bytes`). */
  visionBytes: number;
}

/**
 * An attention module (or one of its projections) named in a checkpoint's unquantised list.
 * Norms such as `post_attention_layernorm` are not attention and carry no quantisable weight.
 */
const ATTENTION =
  /(?:^|[^a-z_])(?:self_attn|attn|attention|cross_attn|q_proj|k_proj|v_proj|o_proj|qkv_proj|query_key_value|c_attn)(?:[^a-z_]|$)/i;
const NORM = /norm/i;
/** `layers.N.mlp` itself, or a module inside it (`layers.N.mlp.down_proj`, `layers.N.mlp.gate`). */
const LAYER_MLP = /layers\.(\d+)\.(?:mlp|feed_forward|ffn|block_sparse_moe)(?:\.(.+))?$/i;

/**
 * The share of a layer's MLP parameters an unquantised entry inside it covers: the whole MLP, one
 * of the three projections of a gated MLP (⅓; the fused gate_up ⅔), or all routed experts. The MoE
 * router (`mlp.gate`, `router`) and `shared_expert_gate` are a hidden-size × experts matrix, a
 * fraction of a percent of the layer: nothing. (Qwen3-MoE FP8 checkpoints list `mlp.gate` of every
 * layer; Meta's Llama-3.1-405B-FP8 lists `mlp.{gate,up,down}_proj` of layers 0 and 125.)
 */
function mlpShare(inner: string | undefined): number {
  if (inner === undefined || /^experts$/i.test(inner)) return 1;
  if (/^gate_up_proj$/i.test(inner)) return 2 / 3;
  if (
    /^(?:gate_proj|up_proj|down_proj|w1|w2|w3|c_fc|c_proj|fc1|fc2|dense_h_to_4h|dense_4h_to_h)$/i.test(inner)
  )
    return 1 / 3;
  return 0;
}

function roundUp(x: number, m: number): number {
  return Math.ceil(x / m) * m;
}

/** The precision the published checkpoint ships in (quantization_config or the catalog entry), if quantised. */
export function checkpointPrecision(model: ModelArch): Precision | null {
  const q = model.quant;
  if (q) {
    const m = q.method.toLowerCase();
    if (m.includes("mxfp4")) return "mxfp4";
    if (m.includes("nvfp4") || m.includes("fp4")) return "fp4";
    if (m.includes("fp8")) return "fp8";
    if (m.includes("awq")) return "awq";
    if (m.includes("gptq")) return "gptq";
    if (q.bits === 4) return "int4";
    if (q.bits === 8) return normalisePrecision(q.method) ?? "int8";
    const p = normalisePrecision(q.method);
    if (p) return p;
  }
  return normalisePrecision(model.checkpointPrecision) ?? null;
}

/**
 * Which parts of a quantised checkpoint stay at 16 bit besides embeddings and the LM head:
 * attention or not, and how many layers' worth of MLP (fractional: a listed projection is a third of
 * its layer). A checkpoint's own unquantised list is authoritative; the catalog's `keep16` applies
 * only to entries that carry no such list.
 */
export function keptAt16(model: ModelArch, p: Precision): { attention: boolean; mlpLayers: number } {
  const own = checkpointPrecision(model) === p;
  const patterns = (own ? (model.quant?.unquantised ?? []) : []).filter((x) => !NORM.test(x));
  let attention = p === "mxfp4" || patterns.some((x) => ATTENTION.test(x));
  const share = new Map<string, number>();
  for (const x of patterns) {
    const m = LAYER_MLP.exec(x);
    if (m?.[1] !== undefined) share.set(m[1], Math.min(1, (share.get(m[1]) ?? 0) + mlpShare(m[2])));
  }
  let mlpLayers = [...share.values()].reduce((a, b) => a + b, 0);
  if (own && model.keep16 && (model.quant?.unquantised ?? []).length === 0) {
    if (model.keep16.includes("attention")) attention = true;
    if (model.keep16.includes("edge-layers")) mlpLayers = Math.max(mlpLayers, 2);
  }
  return { attention, mlpLayers };
}

/** Expert parameters of an MoE model (gate, up and down projections of every routed expert). */
function expertParams(model: ModelArch): number {
  if (!model.moe) return 0;
  return (
    (model.moe.moeLayers ?? model.layers) * model.moe.experts * 3 * model.hiddenSize * model.moe.expertFfn
  );
}

/** Bytes vLLM adds when it pads MXFP4 expert weights at tensor parallel `tp`. */
export function moePaddingBytes(model: ModelArch, p: Precision, tp: number): number {
  if (!model.moe || p !== "mxfp4") return 0;
  const t = Math.max(1, tp);
  const ffnPerRank = model.moe.expertFfn / t;
  const padded = roundUp(model.hiddenSize, 256) * roundUp(ffnPerRank, 128) * t;
  const factor = padded / (model.hiddenSize * model.moe.expertFfn);
  return expertParams(model) * bytesPerWeight(p) * Math.max(0, factor - 1);
}

/** Weight bytes of the whole model at precision `p`, before engine padding. */
export function weightBytes(model: ModelArch, p: Precision): number {
  const total = model.paramsB * 1e9;
  const split = paramSplit(model);
  const vision = split.vision * 2;
  if (!isQuantised(p))
    return (total - split.vision) * bytesPerWeight(p) + (p === "fp32" ? vision * 2 : vision);
  const q = bytesPerWeight(p);
  const keep = keptAt16(model, p);
  const mlp16 = Math.min(split.rest, keep.mlpLayers * split.mlpPerLayer);
  return (
    split.embeddings * 2 +
    split.attention * (keep.attention ? 2 : q) +
    mlp16 * 2 +
    (split.rest - mlp16) * q +
    vision
  );
}

/** Does the spec run the checkpoint as published (so its file size is the weight size)? */
function runsAsPublished(model: ModelArch, p: Precision): boolean {
  const own = checkpointPrecision(model);
  if (own) return own === p;
  const dtype = (model.torchDtype ?? "bfloat16").toLowerCase();
  if (dtype.includes("32")) return p === "fp32";
  return p === "bf16" || p === "fp16"; // an unquantised checkpoint ships in 16 bit
}

/** Weights of one replica as the engine loads them, at tensor parallel `tp`. */
export function loadedWeights(model: ModelArch, p: Precision, tp: number): WeightsResult {
  const padding = moePaddingBytes(model, p, tp);
  const vision = (model.visionParamsB ?? 0) * 1e9 * 2;
  if (model.checkpointBytes && model.checkpointBytes > 0 && runsAsPublished(model, p)) {
    return {
      bytes: model.checkpointBytes + padding,
      basis: `checkpoint size ${(model.checkpointBytes / 2 ** 30).toFixed(2)} GiB (safetensors index metadata.total_size)`,
      moePaddingBytes: padding,
      visionBytes: vision,
    };
  }
  return {
    bytes: weightBytes(model, p) + padding,
    basis: `${model.paramsB} B parameters at ${p}`,
    moePaddingBytes: padding,
    visionBytes: vision,
  };
}
