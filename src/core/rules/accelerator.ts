import type { RuleDef } from "./types.js";
import { defineRule } from "./types.js";
import { num, str } from "./util.js";

const ACC = "/spec/runtime/accelerator";

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
