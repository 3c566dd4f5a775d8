/**
 * The engine's own start-up rule, per GPU (vllm-project/vllm `vllm/v1/worker/gpu_worker.py`
 * determine_available_memory, `vllm/v1/core/kv_cache_utils.py` check_enough_kv_cache_memory):
 *
 *   usable   = memory the runtime sees × utilisation (gpu_memory_utilization, mem_fraction_static…)
 *   non-KV   = weights/GPU + activation peak of the profile run + non-torch memory (+ CUDA graphs)
 *   KV pool  = usable − non-KV                                   ("Available KV cache memory")
 *   fits     ⇔ the pool admits ONE request of max_model_len tokens (./kv.ts, sliding layers included)
 *
 * `tight` when what one max-length request leaves free is under 10 % of usable memory. How many
 * full-length requests the pool holds against the declared batch is capacity, not fit: the
 * engine starts and queues the rest (a warning, MS-BATCH-002).
 *
 * Pure arithmetic on numbers, so the recommender can call it ~100× per estimate cheaply.
 */
import type { GpuSpec } from "../catalog/gpus.js";
import type { ModelArch } from "../catalog/models.js";
import type { MemoryBreakdown, Verdict } from "../types.js";
import { kvCapacity, kvLayout, type KvCapacityResult, type KvLayout } from "./kv.js";
import type { MemoryBudget } from "./settings.js";
import type { Workload } from "./util.js";
import { loadedWeights } from "./weights.js";

export { BLOCK_SIZE } from "./kv.js";
/** Bytes in one GiB. */
export const GiB = 2 ** 30;
/** Headroom below this share of GPU memory makes a fit `tight`. */
export const TIGHT_PCT = 10;
/**
 * Non-torch memory per GPU (CUDA context, cuBLAS workspaces): vLLM logs 0.25–0.43 GiB as
 * `non_torch_memory` (vllm-project/vllm issues #13061, #16570, #10517).
 */
export const NON_TORCH_GIB = 0.25;
/** Extra per GPU when tensor/pipeline parallel (NCCL buffers; upper end of the same logged range). */
export const NCCL_GIB = 0.15;

/**
 * What the memory model needs: model, GPU, loaded weight bytes, parallelism, engine settings and
 * workload.
 */
export interface MemoryInputs {
  model: ModelArch;
  gpu: GpuSpec;
  /** Weight bytes of the whole replica as the engine loads them (padding included). */
  weightBytes: number;
  kvBytesPerElement: number;
  tp: number;
  pp: number;
  utilization: number;
  budget: MemoryBudget;
  maxBatchSize: number;
  maxSeqLen: number;
  /** Tokens per scheduler step: the profile run's size and the sliding-window admission term. */
  batchedTokens: number;
  /** Sequences per step: the profile run's sampler logits. */
  maxNumSeqs: number;
  /** CUDA-graph memory per GPU taken out of the KV budget. */
  cudaGraphGiB: number;
  /** The architecture is only a hint (size parsed from a name): figures, but no verdict. */
  hintOnly?: boolean;
}

/** Memory per GPU, the verdict and the KV pool left after weights, activations and overhead. */
export interface MemoryResult {
  perGpu: MemoryBreakdown;
  verdict: Verdict;
  fits: boolean | null;
  layout: KvLayout;
  kv: KvCapacityResult;
  /** KV pool per GPU, GiB (may be negative: the non-KV memory alone exceeds the budget). */
  kvPoolGiB: number;
  /** ⌊concurrency⌋: full-length requests the pool holds at once. */
  fullLengthSequences: number;
  requiredTokens: number;
}

/** Activation peak of one profile step of `tokens` tokens on one GPU, bytes (16-bit activations). */
export function activationBytes(model: ModelArch, tokens: number, tp: number, seqs: number): number {
  const ffn = model.moe ? model.moe.expertFfn * model.moe.topK : model.ffn;
  const hidden = tokens * (2 * (ffn / Math.max(1, tp)) + 4 * model.hiddenSize) * 2;
  const logits =
    model.kind === "encoder" ? 0 : (Math.min(tokens, seqs) * model.vocabSize * 4) / Math.max(1, tp);
  return hidden + logits;
}

/** Round to two decimals. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Memory per GPU under the engine's admission rule, and whether the model starts and fits. */
export function computeMemory(i: MemoryInputs): MemoryResult {
  const devices = Math.max(1, i.tp) * Math.max(1, i.pp);
  const capacity = i.gpu.memoryGiB;
  const usable = capacity * i.utilization;
  const weights = i.weightBytes / devices / GiB;
  const encoder = i.model.kind === "encoder";
  // SGLang's static fraction holds weights and KV only; the others budget the profile run too.
  const inBudget = i.budget !== "sglang";
  const stepTokens = encoder
    ? Math.min(i.batchedTokens, Math.max(1, i.maxBatchSize * i.maxSeqLen))
    : i.batchedTokens;
  const activation = inBudget ? activationBytes(i.model, stepTokens, i.tp, i.maxNumSeqs) / GiB : 0;
  const overhead = inBudget ? NON_TORCH_GIB + (devices > 1 ? NCCL_GIB : 0) + i.cudaGraphGiB : 0;
  const nonKv = weights + activation + overhead;
  const pool = usable - nonKv;
  const layout = kvLayout(i.model, i.kvBytesPerElement, i.tp, i.pp);
  const kv = kvCapacity(layout, pool * GiB, i.maxSeqLen, i.batchedTokens);
  const admission = kv.admissionBytes / GiB;
  const total = nonKv + admission;
  const headroom = usable - total;
  const headroomPct = usable > 0 ? (headroom / usable) * 100 : -100;
  let verdict: Verdict;
  if (pool <= 0 || headroom < 0) verdict = "does-not-fit";
  else if (headroomPct < TIGHT_PCT) verdict = "tight";
  else verdict = "fits";
  if (i.hintOnly) verdict = "unknown";
  const full = encoder ? (pool > 0 ? i.maxBatchSize : 0) : Math.floor(kv.concurrency);
  return {
    perGpu: {
      weightsGiB: round2(weights),
      kvCacheGiB: round2(admission),
      activationGiB: round2(activation),
      overheadGiB: round2(overhead),
      totalGiB: round2(total),
      capacityGiB: round2(capacity),
      usableGiB: round2(usable),
      headroomGiB: round2(headroom),
      headroomPct: Math.round(headroomPct * 10) / 10,
    },
    verdict,
    fits: verdict === "unknown" ? null : verdict !== "does-not-fit",
    layout,
    kv,
    kvPoolGiB: pool,
    fullLengthSequences: full,
    requiredTokens: i.maxBatchSize * i.maxSeqLen,
  };
}

/** KV bytes one token takes on one GPU over all attention layers (0 for encoders). */
export function kvBytesPerTokenPerGpu(model: ModelArch, kvBytes: number, tp: number, pp: number): number {
  return kvCapacity(kvLayout(model, kvBytes, tp, pp), 0, 1, 1).bytesPerToken;
}

/** Memory of workload `w` on `tp × pp` GPUs of type `gpu` (weights as the engine loads them at that split). */
export function memoryFor(w: Workload, gpu: GpuSpec, tp: number, pp: number): MemoryResult {
  return computeMemory({
    model: w.model,
    gpu,
    weightBytes: loadedWeights(w.model, w.precision, tp).bytes,
    kvBytesPerElement: w.kvBytes,
    tp,
    pp,
    utilization: w.settings.utilization,
    budget: w.settings.framework.budget,
    maxBatchSize: w.batch,
    maxSeqLen: w.seq,
    batchedTokens: w.settings.batchedTokens,
    maxNumSeqs: w.settings.maxNumSeqs,
    cudaGraphGiB: w.settings.cudaGraphGiB,
    hintOnly: w.hintOnly,
  });
}
