import { resolveGpu, type GpuSpec } from "../catalog/index.js";
import { normalisePrecision, precisionSupport } from "../estimate/precision.js";
import type { Config, Estimate, ModelSpec } from "../types.js";
import type { RuleDef } from "./types.js";
import { defineRule } from "./types.js";
import { num, str } from "./util.js";
import { own } from "../lookup.js";

const ACC = "/spec/runtime/accelerator";

/** The catalog entry for the spec's GPU (the estimate's resolution first, so both agree). */
function catalogGpu(spec: ModelSpec, estimate: Estimate | null, config: Config): GpuSpec | null {
  const name = estimate?.gpu.resolvedAs ?? str(spec.spec?.runtime?.accelerator?.type);
  if (name === undefined) return null;
  return resolveGpu(name, config).gpu;
}

/** Vendor names people write, to the catalog's vendor ids. */
const VENDOR_ALIASES: Record<string, GpuSpec["vendor"]> = {
  nvidia: "nvidia",
  "nvidia-corporation": "nvidia",
  amd: "amd",
  "amd-instinct": "amd",
  intel: "intel",
  habana: "intel",
  "intel-habana": "intel",
  google: "google",
  gcp: "google",
  tpu: "google",
};

/**
 * Architectures with native FP8, for the hint: the vendor pages collected in stas00/ml-engineering
 * `compute/accelerator/README.md` (FP8 TFLOPS column).
 */
const FP8_NATIVE = "L4, L40, L40S, H100, H200, GH200, B200, MI300X, MI325X, Gaudi 2/3";

/** Rules on the declared accelerator. */
export const ACCELERATOR_RULES: RuleDef[] = [
  defineRule({
    id: "MS-ACCEL-001",
    area: "accelerator",
    defaultSeverity: "warning",
    title: "Unknown GPU type",
    rationale:
      "A GPU the catalog does not know cannot be checked for memory fit or cost, so the review cannot say whether the model runs.",
    supersedes: "estimate/unknown-gpu",
    check({ estimate }) {
      if (!estimate || estimate.gpu.confidence !== "unknown" || estimate.gpu.declared === null) return [];
      const fromEstimate = estimate.findings.find((f) => f.code === "estimate/unknown-gpu");
      return [
        {
          pointer: `${ACC}/type`,
          message: `Accelerator type "${estimate.gpu.declared}" is not in the GPU catalog, so memory fit and cost are not estimated.`,
          hint:
            fromEstimate?.hint ??
            "Use a catalog id (e.g. a100-80gb, h100) or declare the GPU under catalog.gpus in .github/modelspec-review.yml.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-ACCEL-002",
    area: "accelerator",
    defaultSeverity: "warning",
    title: "Precision without native support on the GPU",
    rationale:
      "Precision the GPU cannot compute natively fails to load or runs without the expected speed-up (fp8 on A100 runs at 16-bit speed; bf16 on T4/V100 must be cast to fp16).",
    supersedes: "estimate/unsupported-precision",
    check({ spec, estimate, config }) {
      const declared = str(spec.spec?.identity?.model?.precision);
      const precision = normalisePrecision(declared);
      const gpu = catalogGpu(spec, estimate, config);
      if (declared === undefined || precision === null || gpu === null) return [];
      const support = precisionSupport(gpu, precision);
      if (support === "native") return [];
      const pointer = "/spec/identity/model/precision";
      if (support === "weight-only")
        return [
          {
            pointer,
            message: `${gpu.name} has no ${precision} tensor cores: ${declared} weights load through weight-only kernels, so they save memory but compute runs at 16-bit speed${precision === "fp8" ? " (vLLM docs/features/quantization/fp8.md: Turing/Ampere run FP8 as weight-only W8A16 through Marlin)" : ""}.`,
            hint: `For ${precision} compute use a GPU with native support (${FP8_NATIVE}); on ${gpu.name} prefer int8/AWQ/GPTQ or bf16.`,
          },
        ];
      if (support === "cast")
        return [
          {
            pointer,
            message: `${gpu.name} has no bf16: engines refuse bf16 there unless the dtype is set to fp16 explicitly.`,
            hint: "Declare precision: fp16 (same memory) or move to an Ampere-or-newer GPU.",
          },
        ];
      return [
        {
          pointer,
          message: `${gpu.name} does not support ${declared} weights.`,
          hint: `Supported on this GPU: ${gpu.precisions.join(", ")}.`,
        },
      ];
    },
  }),
  defineRule({
    id: "MS-ACCEL-003",
    area: "accelerator",
    defaultSeverity: "warning",
    title: "Accelerator vendor does not match the GPU type",
    rationale:
      "Vendor selects drivers, device plugins and node pools; a vendor that contradicts the GPU type schedules onto the wrong nodes or never schedules.",
    check({ spec, estimate, config }) {
      const written = str(spec.spec?.runtime?.accelerator?.vendor);
      if (written === undefined) return [];
      const vendor = own(
        VENDOR_ALIASES,
        written
          .trim()
          .toLowerCase()
          .replace(/[\s_]+/g, "-"),
      );
      const gpu = catalogGpu(spec, estimate, config);
      if (vendor === undefined || gpu === null || gpu.vendor === "custom" || gpu.vendor === vendor) return [];
      return [
        {
          pointer: `${ACC}/vendor`,
          message: `accelerator.vendor is ${written} but ${gpu.name} is made by ${gpu.vendor}.`,
          hint: `Set vendor: ${gpu.vendor}, or correct accelerator.type.`,
        },
      ];
    },
  }),
  defineRule({
    id: "MS-ACCEL-004",
    area: "accelerator",
    defaultSeverity: "warning",
    title: "GPU count that tensor parallelism cannot use",
    rationale:
      "Tensor parallelism must divide the attention (and KV) heads, which are powers of two in nearly every model; 3, 5, 6 or 7 GPUs usually fail to start or idle.",
    check({ spec }) {
      const count = num(spec.spec?.runtime?.accelerator?.count);
      if (count === undefined || count <= 1 || !Number.isInteger(count) || (count & (count - 1)) === 0)
        return [];
      const lower = 2 ** Math.floor(Math.log2(count));
      return [
        {
          pointer: `${ACC}/count`,
          message: `accelerator.count is ${count}: tensor-parallel degree must divide the model's attention heads, which ${count} rarely does.`,
          hint: `Use ${lower} or ${lower * 2} GPUs, or combine tensor and pipeline parallelism explicitly.`,
        },
      ];
    },
  }),
  defineRule({
    id: "MS-ACCEL-005",
    area: "accelerator",
    defaultSeverity: "notice",
    title: "More than 8 GPUs per replica",
    rationale:
      "Servers hold at most 8 GPUs on one NVLink domain; larger replicas span nodes, where tensor parallelism over the network is slow and fragile.",
    check({ spec }) {
      const count = num(spec.spec?.runtime?.accelerator?.count);
      if (count === undefined || count <= 8) return [];
      const type = str(spec.spec?.runtime?.accelerator?.type);
      return [
        {
          pointer: `${ACC}/count`,
          message: `accelerator.count is ${count}${type ? ` × ${type}` : ""}: one replica spans more than one 8-GPU node.`,
          hint: "Use GPUs with more memory, quantise, or use pipeline parallelism across nodes deliberately.",
        },
      ];
    },
  }),
];
