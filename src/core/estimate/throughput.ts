/**
 * Roofline throughput.
 *
 * Decode: every step each GPU streams its share of the weights that the batch touches plus the KV of
 * the running sequences; the step also needs 2·active_params FLOPs per sequence. The step takes the
 * longer of the two, divided by a measured efficiency: a single vLLM stream reached ~40 % of the
 * bandwidth roofline (Qwen2-7B on 2×A100, dennislee22/vLLM-benchmarking README Test 2), less at high concurrency (decodeEfficiency).
 *
 * Prefill: compute-bound, 2·active_params FLOPs per token at the GPU's measured matmul ceiling
 * (stas00/ml-engineering compute/accelerator/README.md "Maximum Achievable Matmul FLOPS"; 0.7 of
 * peak where none was measured).
 */
import type { GpuSpec } from "../catalog/gpus.js";
import type { ModelArch } from "../catalog/models.js";
import { paramSplit } from "../catalog/models.js";
import type { Estimate } from "../types.js";
import type { MemoryResult } from "./memory.js";
import type { Precision } from "./precision.js";
import type { Workload } from "./util.js";
import { loadedWeights } from "./weights.js";

/** Achieved fraction of the decode roofline at batch 1 (dennislee22/vLLM-benchmarking: 113 tok/s measured vs ~270 ceiling ≈ 0.42). */
export const DECODE_EFFICIENCY = 0.4;
/**
 * Efficiency falls as concurrency grows (scheduling, sampling, attention kernels and prefill
 * interleaving): eff(b) = 0.4 / (1 + b / 60), fitted to the vLLM 0.10.1 runs with 1, 20 and 75
 * concurrent requests (dennislee22/vLLM-benchmarking README: 113, 1,350 and 2,787 tok/s).
 */
export const BATCH_SATURATION = 60;

/** Achieved fraction of the decode roofline at a batch size. */
export function decodeEfficiency(batch: number): number {
  return DECODE_EFFICIENCY / (1 + Math.max(1, batch) / BATCH_SATURATION);
}
/** Matmul efficiency when ml-engineering has no measurement for the GPU. */
export const DEFAULT_MATMUL_EFFICIENCY = 0.7;

/** What the throughput roofline needs: model, GPU, precision, weights, parallelism and batch. */
export interface ThroughputInputs {
  model: ModelArch;
  gpu: GpuSpec;
  precision: Precision;
  weightBytes: number;
  tp: number;
  pp: number;
  /** Sequences decoded together (declared batch, capped by what the KV pool holds). */
  batch: number;
  /** Average context per sequence during decode, tokens. */
  avgContext: number;
  bytesPerTokenPerGpu: number;
  fp8Compute: boolean;
}

/** Decode and prefill tokens per second of one replica, and the step time. */
export interface ThroughputResult {
  decodeTokensPerSec: number;
  prefillTokensPerSec: number;
  /** Seconds per decode step at this batch. */
  stepSeconds: number;
  bound: "memory" | "compute";
}

/** Fraction of weight bytes read per decode step (MoE: experts touched by `batch` tokens, top-k routing). */
export function weightFractionRead(model: ModelArch, batch: number): number {
  if (!model.moe) return 1;
  const split = paramSplit(model);
  const total = model.paramsB * 1e9;
  const touched = 1 - Math.pow(1 - model.moe.topK / model.moe.experts, Math.max(1, batch));
  // Experts dominate `rest`; shared parts (embeddings, attention) are always read.
  return (split.embeddings + split.attention + split.vision + split.rest * touched) / total;
}

/** Decode and prefill throughput of one replica from memory bandwidth and compute rooflines. */
export function computeThroughput(i: ThroughputInputs): ThroughputResult {
  const devices = Math.max(1, i.tp) * Math.max(1, i.pp);
  const batch = Math.max(1, i.batch);
  const weightRead = (i.weightBytes * weightFractionRead(i.model, batch)) / devices;
  const kvRead = batch * i.avgContext * i.bytesPerTokenPerGpu;
  const tMem = (weightRead + kvRead) / (i.gpu.bandwidthGBs * 1e9);
  const tflops = i.fp8Compute && i.gpu.fp8Tflops ? i.gpu.fp8Tflops : i.gpu.bf16Tflops;
  const active = i.model.activeParamsB * 1e9;
  const eff = i.gpu.matmulEfficiency ?? DEFAULT_MATMUL_EFFICIENCY;
  const flopsPerSec = tflops > 0 ? tflops * 1e12 * eff : 0;
  const tComp = flopsPerSec > 0 ? (2 * active * batch) / devices / flopsPerSec : 0;
  const step = Math.max(tMem, tComp) / decodeEfficiency(batch);
  const prefill = flopsPerSec > 0 ? (devices * flopsPerSec) / (2 * active) : 0;
  return {
    decodeTokensPerSec: step > 0 ? batch / step : 0,
    prefillTokensPerSec: prefill,
    stepSeconds: step,
    bound: tComp > tMem ? "compute" : "memory",
  };
}

/** Fill `out.throughput`; returns the tokens/s one replica serves (null when not estimated). */
export function throughputStep(out: Estimate, w: Workload, gpu: GpuSpec, mem: MemoryResult): number | null {
  const A = out.assumptions;
  const { model, precision, settings, batch, seq } = w;
  const encoder = model.kind === "encoder";
  const effBatch = encoder ? batch : Math.max(0, Math.min(batch, mem.fullLengthSequences));
  if (gpu.bandwidthGBs <= 0) {
    A.push(
      "GPU bandwidth unknown (declare modelspec-review.piqc.ai/gpu-bandwidth-gbs): throughput not estimated.",
    );
    return null;
  }
  if (!encoder && effBatch < 1) return null;
  const b = Math.max(1, effBatch);
  const t = computeThroughput({
    model,
    gpu,
    precision,
    weightBytes: loadedWeights(model, precision, settings.tp).bytes,
    tp: settings.tp,
    pp: settings.pp,
    batch: b,
    avgContext: seq / 2,
    bytesPerTokenPerGpu: mem.kv.bytesPerToken,
    fp8Compute: precision === "fp8" && gpu.fp8Tflops !== null,
  });
  const decode = encoder ? 0 : t.decodeTokensPerSec;
  const worstCase = encoder || decode <= 0 ? null : Math.round(seq * t.stepSeconds * 10) / 10;
  const eff = gpu.matmulEfficiency ?? DEFAULT_MATMUL_EFFICIENCY;
  out.throughput = {
    decodeTokensPerSecPerReplica: Math.round(decode),
    prefillTokensPerSecPerReplica: Math.round(t.prefillTokensPerSec),
    worstCaseGenerationSeconds: worstCase,
    basis: encoder
      ? `encoder: prefill (compute) roofline only, ${eff} of peak TFLOPS`
      : `roofline at batch ${b} with average context ${Math.round(seq / 2)} tokens, ${t.bound}-bound, ${Math.round(decodeEfficiency(b) * 1000) / 1000} of the roofline achieved (0.4 / (1 + batch/60), fitted to vLLM 0.10.1 runs in dennislee22/vLLM-benchmarking); prefill at ${eff} of peak TFLOPS (stas00/ml-engineering matmul ceilings)`,
  };
  if (effBatch < batch && !encoder) {
    A.push(
      `The KV pool holds ${mem.fullLengthSequences} full-length sequences, fewer than maxBatchSize ${batch}: throughput is estimated at batch ${effBatch}.`,
    );
  }
  if (worstCase !== null) {
    A.push(`Worst-case generation time = ${seq} tokens generated one step at a time at batch ${b}.`);
  }
  return encoder ? t.prefillTokensPerSec : decode;
}
