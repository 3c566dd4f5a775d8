/**
 * Roofline throughput (gpu-facts §5.1).
 *
 * Decode: every step each GPU streams its share of the weights that the batch touches plus the KV of
 * the running sequences; the step also needs 2·active_params FLOPs per sequence. The step takes the
 * longer of the two, divided by a measured efficiency: a single vLLM stream reached ~40 % of the
 * bandwidth roofline (Qwen2-7B on 2×A100, gpu-facts §5.1), less at high concurrency (decodeEfficiency).
 *
 * Prefill: compute-bound, 2·active_params FLOPs per token at the GPU's measured matmul ceiling
 * (gpu-facts §2.1; 0.7 of peak where none was measured).
 */
import type { GpuSpec } from "../catalog/gpus.js";
import type { ModelArch } from "../catalog/models.js";
import { paramSplit } from "../catalog/models.js";
import type { Precision } from "./precision.js";

/** Achieved fraction of the decode roofline at batch 1 (gpu-facts §5.1: 113 tok/s measured vs ~270 ceiling ≈ 0.42). */
export const DECODE_EFFICIENCY = 0.4;
/**
 * Efficiency falls as concurrency grows (scheduling, sampling, attention kernels and prefill
 * interleaving): eff(b) = 0.4 / (1 + b / 60), fitted to the vLLM 0.10.1 runs with 1, 20 and 75
 * concurrent requests (dennislee22/vLLM-benchmarking: 113, 1,350 and 2,787 tok/s, gpu-facts §5.2).
 */
export const BATCH_SATURATION = 60;

export function decodeEfficiency(batch: number): number {
  return DECODE_EFFICIENCY / (1 + Math.max(1, batch) / BATCH_SATURATION);
}
/** Matmul efficiency when gpu-facts §2.1 has no measurement for the GPU. */
export const DEFAULT_MATMUL_EFFICIENCY = 0.7;

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
  return (split.embeddings + split.attention + split.rest * touched) / total;
}

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
