/**
 * Precisions: how many bytes a weight takes and the KV-cache dtype. Bit widths with their scale
 * overhead:
 * - int4 / AWQ / GPTQ: 4 bits + one 16-bit scale and one 4-bit zero point per group of 128 weights
 *   = 4.156 bits (the common group size, AutoGPTQ / AutoAWQ `group_size: 128`).
 * - MXFP4: 4 bits + one 8-bit shared exponent per 32 weights = 4.25 bits (OCP Microscaling
 *   Formats (MX) v1.0 specification, block size 32).
 * - FP8 / INT8: 8 bits (per-channel scales are negligible).
 * Which parts of a checkpoint stay at 16 bit: ./weights.ts.
 */
import type { GpuSpec } from "../catalog/gpus.js";
import { own } from "../lookup.js";

/** Weight precisions the estimator sizes. */
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

/** A declared precision as one of `Precision` (`FP16`, `float16` → `fp16`); null when unknown. */
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

/** Whether weights at this precision are quantised (narrower than 16 bits). */
export function isQuantised(p: Precision): boolean {
  return p !== "fp32" && p !== "fp16" && p !== "bf16";
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
    return "weight-only"; // vLLM runs FP8 / MXFP4 checkpoints on Ampere through weight-only Marlin kernels
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

/** Whether a KV-cache dtype is one the engines accept. */
export function isKnownKvDtype(kvDtype: string): boolean {
  return /^(auto|fp8|fp8e4m3|fp8_e4m3|fp8_e5m2|int8|fp32|float32|fp16|float16|half|bf16|bfloat16)$/i.test(
    kvDtype,
  );
}
