/**
 * The inputs of an estimate: which model, which GPU, which precision. Each step fills its part of
 * the Estimate, adds findings for what it could not recognise and assumptions for what it inferred.
 */
import type { SpecAnnotations } from "../catalog/annotations.js";
import type { GpuSpec } from "../catalog/gpus.js";
import { resolveGpu } from "../catalog/gpus.js";
import type { ModelArch } from "../catalog/models.js";
import { HOW_TO_DECLARE_MODEL, resolveModel } from "../catalog/resolve-model.js";
import type { ModelTexts } from "../models/sources.js";
import type { Confidence, Config, Estimate, ModelSpec } from "../types.js";
import { normalisePrecision, precisionSupport, type Precision } from "./precision.js";
import { finding, num, P, round4, str, type EstimateLocation } from "./util.js";

/** vLLM requires attention heads divisible by TP, and KV heads divisible by TP or TP by KV heads. */
export function tpCompatible(model: ModelArch, tp: number): boolean {
  if (tp <= 1) return true;
  if (model.mla) return model.attentionHeads % tp === 0;
  return model.attentionHeads % tp === 0 && (model.kvHeads % tp === 0 || tp % model.kvHeads === 0);
}

/** The model the estimate works with, and how much a verdict may rest on it. */
export interface ModelStep {
  model: ModelArch | null;
  /** Only a size parsed from the name (or a scaled analogue): figures, never a verdict. */
  hintOnly: boolean;
  impliedPrecision: string | null;
}

/** Resolve the model (repo config, annotations, catalog…) into `out.model`. */
export function modelStep(
  out: Estimate,
  spec: ModelSpec,
  config: Config,
  at: EstimateLocation,
  models?: ModelTexts,
): ModelStep {
  const mr = resolveModel(spec, config, models);
  out.model = {
    declared: mr.declared,
    resolvedAs: mr.model?.id ?? null,
    confidence: mr.confidence,
    reason: mr.reason,
    paramsB: mr.model ? round4(mr.model.paramsB) : null,
    activeParamsB: mr.model ? round4(mr.model.activeParamsB) : null,
    source: mr.model ? `${mr.model.source} (as of ${mr.model.asOf})` : null,
  };
  if (mr.sizeHintB !== undefined) out.model.sizeHintB = mr.sizeHintB;
  for (const p of mr.problems) out.findings.push(finding(at, p.code, p.severity, P.id, p.message, p.hint));
  const hintOnly = mr.confidence === "parsed-size" || mr.confidence === "unknown";
  if (!mr.model) {
    out.findings.push(
      finding(
        at,
        "estimate/unknown-model",
        "notice",
        P.id,
        `model ${mr.declared ? `"${mr.declared}"` : "(none declared)"} could not be resolved, so memory, throughput and cost per token are not estimated: ${mr.reason}`,
        `To estimate it, ${HOW_TO_DECLARE_MODEL}.`,
      ),
    );
  } else if (mr.confidence === "parsed-size") {
    out.assumptions.push(
      `Model approximated: ${mr.reason}. The figures below are a hint only: no fit verdict and no recommendation rest on a size read from a name.`,
    );
  } else if (mr.confidence === "alias") {
    out.assumptions.push(`Model ${mr.reason}.`);
  }
  return { model: mr.model, hintOnly, impliedPrecision: mr.impliedPrecision ?? null };
}

/** A GPU declared through annotations (`modelspec-review.piqc.ai/gpu-memory-gib`…), on top of a catalog match. */
function annotatedGpu(
  name: string | null,
  base: GpuSpec | null,
  mem: number,
  bw: number | null,
  tflops: number | null,
): GpuSpec {
  return {
    id: name ?? base?.id ?? "declared-gpu",
    name: name ?? base?.name ?? "declared GPU",
    vendor: "custom",
    aliases: [],
    labelGB: mem,
    memoryGiB: mem,
    memoryBasis: "declared by annotation modelspec-review.piqc.ai/gpu-memory-gib",
    bandwidthGBs: bw ?? base?.bandwidthGBs ?? 0,
    bf16Tflops: tflops ?? base?.bf16Tflops ?? 0,
    fp8Tflops: base?.fp8Tflops ?? null,
    matmulEfficiency: base?.matmulEfficiency ?? null,
    precisions: base?.precisions ?? ["fp32", "fp16", "bf16", "fp8", "int8", "int4", "awq", "gptq", "mxfp4"],
    source: "metadata.annotations" + (base ? `; other figures from ${base.id}: ${base.source}` : ""),
    asOf: "declared",
  };
}

/** Resolve the accelerator (annotations, repo catalog, built-in catalog) into `out.gpu`. */
export function gpuStep(
  out: Estimate,
  spec: ModelSpec,
  config: Config,
  at: EstimateLocation,
  ann: SpecAnnotations,
): { gpu: GpuSpec | null; count: number } {
  const A = out.assumptions;
  const acc = spec?.spec?.runtime?.accelerator;
  const gpuName = str(acc?.type);
  const rawCount = num(acc?.count);
  const count = rawCount !== null && rawCount >= 1 ? Math.floor(rawCount) : 1;
  if (rawCount === null) A.push("No accelerator count declared: 1 GPU per replica assumed.");
  let gpu: GpuSpec | null = null;
  let confidence: Confidence = "unknown";
  const gr = resolveGpu(gpuName, config);
  const annMem = num(ann.values["gpu-memory-gib"]);
  if (annMem !== null) {
    gpu = annotatedGpu(
      gpuName,
      gr.gpu,
      annMem,
      num(ann.values["gpu-bandwidth-gbs"]),
      num(ann.values["gpu-tflops"]),
    );
    confidence = "declared";
  } else if (gr.gpu) {
    gpu = gr.gpu;
    confidence = gr.confidence;
    if (gr.confidence === "alias") A.push(`GPU ${gr.reason}.`);
  } else if (gpuName) {
    out.findings.push(
      finding(
        at,
        "estimate/unknown-gpu",
        "warning",
        P.gpuType,
        `accelerator type "${gpuName}" is not in the GPU catalog, so memory fit and cost are not estimated`,
        (gr.suggestion ? `Did you mean "${gr.suggestion}"? ` : "") +
          "Otherwise declare it under catalog.gpus in .github/modelspec-review.yml (id, memoryGiB, bandwidthGBs) or with the annotation modelspec-review.piqc.ai/gpu-memory-gib.",
      ),
    );
  } else {
    out.findings.push(
      finding(
        at,
        "estimate/missing-gpu",
        "notice",
        "/spec/runtime",
        "no accelerator type is declared, so memory fit and cost are not estimated",
        "Set spec.runtime.accelerator.type (e.g. a100-80gb) and count.",
      ),
    );
  }
  out.gpu = {
    declared: gpuName,
    resolvedAs: gpu?.id ?? null,
    confidence,
    count,
    memoryGiB: gpu ? gpu.memoryGiB : null,
    source: gpu ? `${gpu.source} (as of ${gpu.asOf}); memory: ${gpu.memoryBasis}` : null,
  };
  if (gpu?.uncertain) A.push(`Uncertain catalog figure: ${gpu.uncertain}.`);
  return { gpu, count };
}

/** The weight precision: declared, else implied by the checkpoint, else 16 bit; checked against the GPU. */
export function precisionStep(
  out: Estimate,
  spec: ModelSpec,
  at: EstimateLocation,
  gpu: GpuSpec | null,
  impliedPrecision: string | null,
): Precision {
  const A = out.assumptions;
  const declared = str(spec?.spec?.identity?.model?.precision);
  let precision = normalisePrecision(declared);
  if (declared && !precision) {
    out.findings.push(
      finding(
        at,
        "estimate/unknown-precision",
        "warning",
        P.precision,
        `precision "${declared}" is not one the estimator knows`,
        "Use fp32, fp16, bf16, fp8, int8, int4, awq, gptq or mxfp4.",
      ),
    );
  }
  if (!precision) {
    const implied = normalisePrecision(impliedPrecision);
    if (implied) {
      precision = implied;
      A.push(`No usable precision declared: ${implied} taken from the checkpoint name or catalog entry.`);
    } else {
      precision = gpu && !gpu.precisions.includes("bf16") && gpu.vendor !== "custom" ? "fp16" : "bf16";
      A.push(`No usable precision declared: 16-bit weights (${precision}) assumed.`);
    }
  }
  if (gpu) {
    const support = precisionSupport(gpu, precision);
    if (support === "no") {
      out.findings.push(
        finding(
          at,
          "estimate/unsupported-precision",
          "warning",
          P.precision,
          `${gpu.name} does not support ${precision} weights`,
          `Supported on this GPU: ${gpu.precisions.join(", ")}.`,
        ),
      );
    } else if (support === "weight-only") {
      A.push(
        `${gpu.name} has no ${precision} tensor cores: vLLM loads the weights through weight-only (Marlin) kernels, so memory is as for ${precision} but compute runs at 16-bit speed.`,
      );
    } else if (support === "cast") {
      A.push(`${gpu.name} has no bf16: engines run the checkpoint in fp16 (same size).`);
    }
  }
  return precision;
}
