/**
 * Parameter count of a transformer from its architecture, the way the families' modeling code builds
 * the weights (q/k/v/o projections, gated or plain MLP, routed + shared experts and router, MLA's
 * low-rank projections, norms, embeddings and LM head). Pure arithmetic; tests cross-check the
 * results against the counts the model publishers state.
 */
import type { MoeSpec } from "../catalog/models.js";

/** The shape a parameter count is computed from: layers, hidden size, heads, KV heads, MLP, vocabulary, norms. */
export interface ParamShape {
  layers: number;
  hidden: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  /** Intermediate size of a dense MLP layer. */
  ffn: number;
  vocab: number;
  tied: boolean;
  /** Gated MLP (gate, up, down: SwiGLU/GeGLU) rather than up/down. */
  gated: boolean;
  qkvBias: boolean;
  /** Bias on the attention output projection too (Llama-style `attention_bias: true`, gpt-oss). */
  outBias?: boolean;
  /** Biases on every expert's projections and on the router (gpt-oss). */
  expertBias?: boolean;
  /** One learned attention-sink logit per head and layer (gpt-oss). */
  sinks?: boolean;
  /** Norm vectors per layer (2 pre-norms; Gemma 2/3 have 4). */
  norms: number;
  moe: MoeSpec | null;
  mla: {
    kvLoraRank: number;
    ropeDim: number;
    qLoraRank: number | null;
    nopeDim: number;
    vDim: number;
  } | null;
  /** Vision tower + projector, billions (already counted elsewhere). */
  visionB: number | null;
  /** Encoders (BERT family): biases everywhere, pooler. */
  encoder: boolean;
}

/** Total and per-token parameters of a model, in billions. */
export interface ParamCount {
  /** Every parameter, billions (vision tower included). */
  totalB: number;
  /** Parameters one token goes through (MoE: top-k + shared experts), billions, embeddings included. */
  activeB: number;
  /** Language model only, billions. */
  textB: number;
  /** Input embeddings + LM head, billions. */
  embeddingsB: number;
}

/** Count parameters. Exact for the families whose layout this mirrors; an estimate for others. */
export function countParams(s: ParamShape): ParamCount {
  const d = s.hidden;
  let attn: number;
  if (s.mla) {
    const m = s.mla;
    const qk = m.nopeDim + m.ropeDim;
    const q = m.qLoraRank ? d * m.qLoraRank + m.qLoraRank + m.qLoraRank * s.heads * qk : d * s.heads * qk;
    const kvA = d * (m.kvLoraRank + m.ropeDim) + m.kvLoraRank;
    const kvB = m.kvLoraRank * s.heads * (m.nopeDim + m.vDim);
    attn = q + kvA + kvB + s.heads * m.vDim * d;
  } else {
    const qDim = s.heads * s.headDim;
    const kvDim = s.kvHeads * s.headDim;
    attn = d * qDim + 2 * d * kvDim + qDim * d;
    if (s.qkvBias) attn += qDim + 2 * kvDim;
    if (s.encoder) attn += qDim + 2 * kvDim + d;
  }
  if (s.outBias && !s.encoder) attn += d;
  if (s.sinks) attn += s.heads;
  const mats = s.gated ? 3 : 2;
  const plainBias = s.gated ? 0 : s.ffn + d;
  const dense = mats * d * s.ffn + plainBias;
  const norms = s.norms * d * (s.encoder ? 2 : 1);
  let moeTotal = 0;
  let moeActive = 0;
  let moeLayers = 0;
  if (s.moe) {
    const e = s.moe;
    moeLayers = e.moeLayers ?? s.layers;
    const expert = mats * d * e.expertFfn + (s.expertBias ? (mats - 1) * e.expertFfn + d : 0);
    const sharedFfn = e.sharedFfn ?? e.shared * e.expertFfn;
    const shared = sharedFfn > 0 ? mats * d * sharedFfn : 0;
    const router = d * e.experts + (s.expertBias ? e.experts : 0);
    moeTotal = e.experts * expert + shared + router;
    moeActive = Math.min(e.topK, e.experts) * expert + shared + router;
  }
  const denseLayers = s.layers - moeLayers;
  const embeddings = s.vocab * d * (s.tied ? 1 : 2);
  const perLayerCommon = attn + norms;
  const base = embeddings + s.layers * perLayerCommon + denseLayers * dense + d;
  const text = base + moeLayers * moeTotal;
  const active = base + moeLayers * moeActive;
  const vision = (s.visionB ?? 0) * 1e9;
  const r = (x: number) => Math.round((x / 1e9) * 1e6) / 1e6;
  return {
    totalB: r(text + vision),
    activeB: r(active + vision),
    textB: r(text),
    embeddingsB: r(embeddings),
  };
}
