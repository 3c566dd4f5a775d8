/**
 * Memory fit per GPU, the way vLLM sizes its KV pool (gpu-facts §4.4):
 *
 *   usable      = capacity × gpu_memory_utilization
 *   weights/GPU = weight bytes / (TP × PP)
 *   kv/token/GPU = 2 · ⌈L/PP⌉ · max(1, ⌈KV/TP⌉) · head_dim · kv_bytes      (MLA: ⌈L/PP⌉ · (rank + rope) · kv_bytes)
 *   KV pool     = usable − weights/GPU − activation peak − non-torch overhead
 *   tokens      = ⌊pool / (16 · kv/token/GPU)⌋ · 16                          (16-token blocks)
 *   required    = maxBatchSize × maxSequenceLengthTokens tokens
 *   verdict     = does-not-fit if the required total exceeds usable (or not one full sequence fits),
 *                 tight under 10 % headroom, else fits.
 *
 * Pure arithmetic on numbers, so the recommender can call it ~100× per estimate cheaply.
 */
import type { GpuSpec } from "../catalog/gpus.js";
import type { ModelArch } from "../catalog/models.js";
import type { MemoryBreakdown, Verdict } from "../types.js";

export const GiB = 2 ** 30;
export const BLOCK_SIZE = 16; // vLLM default block_size (gpu-facts §4.4)
export const TIGHT_PCT = 10;
/** Non-torch memory per GPU: CUDA context, cuBLAS (observed 0.25–0.43 GiB, gpu-facts §4.6). */
export const NON_TORCH_GIB = 0.25;
/** Extra per GPU when tensor/pipeline parallel (NCCL buffers; upper end of the §4.6 range). */
export const NCCL_GIB = 0.15;
/** Sequences whose logits the profiling run materialises (vLLM max_num_seqs default, gpu-facts §4.4). */
export const LOGIT_SEQS = 256;

export interface MemoryInputs {
  model: ModelArch;
  gpu: GpuSpec;
  /** Total weight bytes of the model at the chosen precision. */
  weightBytes: number;
  kvBytesPerElement: number;
  tp: number;
  pp: number;
  utilization: number;
  maxBatchSize: number;
  maxSeqLen: number;
  /** Tokens processed in one prefill step (sizes the activation peak). */
  batchedTokens: number;
}

export interface MemoryResult {
  perGpu: MemoryBreakdown;
  verdict: Verdict;
  fits: boolean;
  bytesPerTokenPerGpu: number;
  tokenCapacity: number;
  maxConcurrentSequences: number;
  requiredTokens: number;
  kvPoolGiB: number;
}

/** KV-cache bytes one token occupies on one GPU (0 for encoders). */
export function kvBytesPerTokenPerGpu(model: ModelArch, kvBytes: number, tp: number, pp: number): number {
  if (model.kind === "encoder") return 0;
  const layers = model.slidingWindow ? model.slidingWindow.fullLayers : model.layers;
  const layersPerStage = Math.ceil(layers / Math.max(1, pp));
  if (model.mla) return layersPerStage * (model.mla.kvLoraRank + model.mla.ropeDim) * kvBytes;
  const kvPerRank = Math.max(1, Math.ceil(model.kvHeads / Math.max(1, tp)));
  return 2 * layersPerStage * kvPerRank * model.headDim * kvBytes;
}

/** Activation peak of one prefill step of `tokens` tokens on one GPU, bytes (16-bit activations). */
export function activationBytes(model: ModelArch, tokens: number, tp: number): number {
  const ffn = model.moe ? model.moe.expertFfn * model.moe.topK : model.ffn;
  const hidden = tokens * (2 * (ffn / Math.max(1, tp)) + 4 * model.hiddenSize) * 2;
  const logits =
    model.kind === "encoder" ? 0 : (Math.min(tokens, LOGIT_SEQS) * model.vocabSize * 4) / Math.max(1, tp);
  return hidden + logits;
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function computeMemory(i: MemoryInputs): MemoryResult {
  const devices = Math.max(1, i.tp) * Math.max(1, i.pp);
  const capacity = i.gpu.memoryGiB;
  const usable = capacity * i.utilization;
  const weights = i.weightBytes / devices / GiB;
  const tokensInStep = Math.min(i.batchedTokens, Math.max(1, i.maxBatchSize * i.maxSeqLen));
  const activation = activationBytes(i.model, tokensInStep, i.tp) / GiB;
  const overhead = NON_TORCH_GIB + (devices > 1 ? NCCL_GIB : 0);
  const perToken = kvBytesPerTokenPerGpu(i.model, i.kvBytesPerElement, i.tp, i.pp);
  const requiredTokens = i.maxBatchSize * i.maxSeqLen;
  const kvRequired = (requiredTokens * perToken) / GiB;
  const pool = usable - weights - activation - overhead;
  let tokenCapacity = 0;
  if (pool > 0) {
    tokenCapacity =
      perToken > 0
        ? Math.floor((pool * GiB) / (BLOCK_SIZE * perToken)) * BLOCK_SIZE
        : Number.MAX_SAFE_INTEGER; // encoders keep no KV cache
  }
  const maxConcurrentSequences =
    perToken > 0 ? Math.floor(tokenCapacity / Math.max(1, i.maxSeqLen)) : pool > 0 ? i.maxBatchSize : 0;
  const total = weights + kvRequired + activation + overhead;
  const headroom = usable - total;
  const headroomPct = usable > 0 ? (headroom / usable) * 100 : -100;
  let verdict: Verdict;
  if (headroom < 0 || (perToken > 0 && tokenCapacity < i.maxSeqLen)) verdict = "does-not-fit";
  else if (headroomPct < TIGHT_PCT) verdict = "tight";
  else verdict = "fits";
  return {
    perGpu: {
      weightsGiB: round2(weights),
      kvCacheGiB: round2(kvRequired),
      activationGiB: round2(activation),
      overheadGiB: round2(overhead),
      totalGiB: round2(total),
      capacityGiB: round2(capacity),
      usableGiB: round2(usable),
      headroomGiB: round2(headroom),
      headroomPct: Math.round(headroomPct * 10) / 10,
    },
    verdict,
    fits: verdict !== "does-not-fit",
    bytesPerTokenPerGpu: perToken,
    tokenCapacity: perToken > 0 ? tokenCapacity : 0,
    maxConcurrentSequences,
    requiredTokens,
    kvPoolGiB: pool,
  };
}
