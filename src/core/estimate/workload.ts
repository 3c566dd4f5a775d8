/**
 * The workload step: declared batch and sequence length, the engine settings of the declared
 * framework, the KV dtype, and the parallelism checks vLLM would refuse.
 */
import type { SpecAnnotations } from "../catalog/annotations.js";
import type { GpuSpec } from "../catalog/gpus.js";
import type { ModelArch } from "../catalog/models.js";
import type { Config, Estimate, ModelSpec } from "../types.js";
import { isKnownKvDtype, kvBytes, type Precision } from "./precision.js";
import { tpCompatible } from "./resolve.js";
import { engineSettings, type EngineSettings } from "./settings.js";
import { finding, num, P, str, type EstimateLocation, type Workload } from "./util.js";

/** Engine settings and KV dtype for the declared setup (needed even when the model is unknown). */
export function settingsStep(
  out: Estimate,
  spec: ModelSpec,
  config: Config,
  at: EstimateLocation,
  ann: SpecAnnotations,
  gpu: GpuSpec | null,
  count: number,
  model: ModelArch | null,
  precision: Precision,
): { settings: EngineSettings; kvBytes: number } {
  const A = out.assumptions;
  const { settings, notes } = engineSettings(
    str(spec?.spec?.identity?.model?.framework) ?? undefined,
    count,
    ann,
    config,
    gpu,
  );
  for (const n of notes) A.push(`${n[0]?.toUpperCase() ?? ""}${n.slice(1)}.`);
  if (!isKnownKvDtype(settings.kvDtype)) {
    out.findings.push(
      finding(
        at,
        "estimate/invalid-setting",
        "warning",
        "/metadata/annotations",
        `KV-cache dtype "${settings.kvDtype}" is not recognised; auto used`,
        "Use auto, fp16, bf16, fp8 or int8.",
      ),
    );
    settings.kvDtype = "auto";
  }
  const kv = kvBytes(settings.kvDtype, precision);
  out.precision = { weights: precision, kvCache: model?.kind === "encoder" ? "none (encoder)" : kv.label };
  if (settings.tp * settings.pp !== count) {
    out.findings.push(
      finding(
        at,
        "estimate/parallelism-mismatch",
        "warning",
        P.gpuCount,
        `tensor parallel ${settings.tp} × pipeline parallel ${settings.pp} = ${settings.tp * settings.pp} GPUs, but the replica declares ${count}`,
        "Make tensor-parallel × pipeline-parallel equal accelerator.count.",
      ),
    );
  }
  return { settings, kvBytes: kv.bytes };
}

/** Batch and sequence length of a resolved model, with the context and tensor-parallel checks. */
export function workloadStep(
  out: Estimate,
  spec: ModelSpec,
  at: EstimateLocation,
  model: ModelArch,
  precision: Precision,
  settings: EngineSettings,
  kvBytesPerElement: number,
  hintOnly: boolean,
): Workload {
  const A = out.assumptions;
  const b = spec?.spec?.runtime?.batch;
  const rawBatch = num(b?.maxBatchSize);
  const rawSeq = num(b?.maxSequenceLengthTokens);
  const batch = rawBatch !== null && rawBatch >= 1 ? Math.floor(rawBatch) : 1;
  if (rawBatch === null)
    A.push("No maxBatchSize declared: sized for 1 full-length sequence (the engine's start-up check).");
  let seq: number;
  if (rawSeq !== null && rawSeq >= 1) seq = Math.floor(rawSeq);
  else {
    seq = model.maxContext > 0 ? model.maxContext : 2048;
    A.push(
      model.maxContext > 0
        ? `No maxSequenceLengthTokens declared: the model's full context (${model.maxContext} tokens) assumed, as vLLM's max_model_len defaults to it.`
        : "No maxSequenceLengthTokens declared and the model's context is unknown: 2048 tokens assumed.",
    );
  }
  if (model.maxContext > 0 && seq > model.maxContext) {
    out.findings.push(
      finding(
        at,
        "estimate/context-exceeds-model",
        "warning",
        P.seq,
        `maxSequenceLengthTokens ${seq} exceeds ${model.name}'s maximum context of ${model.maxContext} tokens`,
        `Lower it to ${model.maxContext} or below.`,
      ),
    );
  }
  if (!tpCompatible(model, settings.tp)) {
    out.findings.push(
      finding(
        at,
        "estimate/parallelism-mismatch",
        "warning",
        P.gpuCount,
        `tensor parallel ${settings.tp} does not divide ${model.name}'s ${model.attentionHeads} attention heads / ${model.kvHeads} KV heads; vLLM refuses such a split`,
        "Choose a GPU count that divides the number of attention heads (1, 2, 4 or 8 usually do).",
      ),
    );
  }
  return { model, precision, kvBytes: kvBytesPerElement, settings, batch, seq, hintOnly };
}
