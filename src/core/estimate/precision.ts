/**
 * Precisions: how many bytes a weight takes, which parts of a checkpoint stay at 16 bit, and the
 * KV-cache dtype. Bit widths with their scale overhead:
 * - int4 / AWQ / GPTQ: 4 bits + one 16-bit scale and one 4-bit zero point per group of 128 weights
 *   = 4.156 bits (the common group size; gpu-facts §4.2 lists the same per-format idea for GGML).
 * - MXFP4: 4 bits + one 8-bit shared exponent per 32 weights = 4.25 bits (gpu-facts §1.2 notes).
 * - FP8 / INT8: 8 bits (per-channel scales are negligible).
 * Quantised checkpoints keep embeddings and the LM head at 16 bit (gpu-facts §4.6 "non-quantized parts").
 */
import type { GpuSpec } from "../catalog/gpus.js";
import { paramSplit, type ModelArch } from "../catalog/models.js";
import { own } from "../lookup.js";

export type Precision = "fp32" | "fp16" | "bf16" | "fp8" | "int8" | "int4" | "awq" | "gptq" | "mxfp4" | "fp4";

const ALIASES: Record<string, Precision> = {
  fp32: "fp32",
  float32: "fp32",
  float: "fp32",
  full: "fp32",
  fp16: "fp16",
  float16: "fp16",
  half: "fp16",
  bf16: "bf16",
  bfloat16: "bf16",
  fp8: "fp8",
  float8: "fp8",
  e4m3: "fp8",
  fp8e4m3: "fp8",
  int8: "int8",
  w8a8: "int8",
  w8a16: "int8",
  int4: "int4",
  w4a16: "int4",
  nf4: "int4",
  awq: "awq",
  gptq: "gptq",
  mxfp4: "mxfp4",
  fp4: "fp4",
  nvfp4: "fp4",
};

export function normalisePrecision(p: string | null | undefined): Precision | null {
  if (!p) return null;
  return own(ALIASES, p.toLowerCase().replace(/[^a-z0-9]+/g, "")) ?? null;
}

/** Bytes per weight of the quantised (or plain) linear layers. */
export function bytesPerWeight(p: Precision): number {
  switch (p) {
    case "fp32":
      return 4;
    case "fp16":
    case "bf16":
      return 2;
    case "fp8":
    case "int8":
      return 1;
    case "int4":
    case "awq":
    case "gptq":
      return (4 + 20 / 128) / 8; // 4-bit + 16-bit scale + 4-bit zero per 128 weights
    case "mxfp4":
      return 4.25 / 8;
    case "fp4":
      return 4.5 / 8; // NVFP4: 4-bit + FP8 scale per 16 weights
  }
}

export function isQuantised(p: Precision): boolean {
  return p !== "fp32" && p !== "fp16" && p !== "bf16";
}

/** Total weight bytes of the whole model (all GPUs together) at precision `p`. */
export function weightBytes(model: ModelArch, p: Precision): number {
  const total = model.paramsB * 1e9;
  if (!isQuantised(p)) return total * bytesPerWeight(p);
  const split = paramSplit(model);
  const q = bytesPerWeight(p);
  // Which parts stay 16-bit: embeddings always; attention for MXFP4 (gpt-oss quantises experts only)
  // and for checkpoints that say so (Meta's Llama-3.1-405B FP8: MLPs only, first and last layers 16-bit).
  const ownCheckpoint = model.checkpointPrecision === p;
  const keepAttention = p === "mxfp4" || (ownCheckpoint && (model.keep16?.includes("attention") ?? false));
  const keepEdges = ownCheckpoint && (model.keep16?.includes("edge-layers") ?? false);
  const edge16 = keepEdges ? Math.min(split.rest, 2 * split.mlpPerLayer) : 0;
  return (
    split.embeddings * 2 + split.attention * (keepAttention ? 2 : q) + edge16 * 2 + (split.rest - edge16) * q
  );
}

/** Can this GPU run this precision? `weight-only` = loads and runs, but without a compute speed-up. */
export function precisionSupport(gpu: GpuSpec, p: Precision): "native" | "weight-only" | "cast" | "no" {
  if (gpu.precisions.includes(p)) return "native";
  if (p === "bf16" && gpu.precisions.includes("fp16")) return "cast"; // T4/V100: engines run bf16 checkpoints as fp16
  if (
    (p === "fp8" || p === "mxfp4" || p === "fp4") &&
    gpu.vendor === "nvidia" &&
    gpu.precisions.includes("bf16")
  ) {
    return "weight-only"; // gpu-facts §2.2: FP8 checkpoints load on A100 with weight-only kernels
  }
  if (gpu.vendor === "custom") return "native";
  return "no";
}

/** KV-cache bytes per element for a KV dtype (`auto` follows the activation dtype: 16-bit, or 32 for fp32). */
export function kvBytes(kvDtype: string, weights: Precision): { bytes: number; label: string } {
  const k = kvDtype.toLowerCase();
  if (k === "fp8" || k === "fp8e4m3" || k === "fp8_e4m3" || k === "fp8_e5m2" || k === "int8") {
    return { bytes: 1, label: k.startsWith("fp8") ? "fp8" : "int8" };
  }
  if (k === "fp32" || k === "float32") return { bytes: 4, label: "fp32" };
  if (k === "fp16" || k === "float16" || k === "half") return { bytes: 2, label: "fp16" };
  if (k === "bf16" || k === "bfloat16") return { bytes: 2, label: "bf16" };
  // auto: the model's activation dtype
  if (weights === "fp32") return { bytes: 4, label: "fp32 (auto)" };
  return { bytes: 2, label: weights === "fp16" ? "fp16 (auto)" : "bf16 (auto)" };
}

export function isKnownKvDtype(kvDtype: string): boolean {
  return /^(auto|fp8|fp8e4m3|fp8_e4m3|fp8_e5m2|int8|fp32|float32|fp16|float16|half|bf16|bfloat16)$/i.test(
    kvDtype,
  );
}
