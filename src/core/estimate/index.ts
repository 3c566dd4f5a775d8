/**
 * estimate(spec, config, at) → Estimate: memory fit per GPU, KV-cache capacity, roofline throughput,
 * cost and the cheapest fitting alternative. Pure, never throws, never invents a number: what cannot be
 * known is null, with a notice saying how to declare it. Method and sources: docs/estimation.md.
 */
import type { GpuSpec } from "../catalog/gpus.js";
import { DEFAULT_CONFIG } from "../config.js";
import { allGpus, resolveGpu } from "../catalog/gpus.js";
import type { ModelArch } from "../catalog/models.js";
import { readAnnotations } from "../catalog/annotations.js";
import { findOffer, findPrice, normaliseProvider, providersFor, type PriceQuote } from "../catalog/prices.js";
import { HOW_TO_DECLARE_MODEL, resolveModel } from "../catalog/resolve-model.js";
import type { ModelTexts } from "../models/sources.js";
import type {
  Confidence,
  Config,
  Estimate,
  Finding,
  ModelSpec,
  Position,
  Recommendation,
  Severity,
} from "../types.js";
import { computeMemory, round2, type MemoryResult } from "./memory.js";
import {
  isKnownKvDtype,
  kvBytes,
  normalisePrecision,
  precisionSupport,
  weightBytes,
  type Precision,
} from "./precision.js";
import { engineSettings, type EngineSettings } from "./settings.js";
import { computeThroughput, decodeEfficiency } from "./throughput.js";

export { computeMemory, kvBytesPerTokenPerGpu } from "./memory.js";
export { weightBytes, normalisePrecision, bytesPerWeight } from "./precision.js";
export { computeThroughput } from "./throughput.js";

export interface EstimateLocation {
  file: string;
  document?: number;
  locate(pointer: string): Position;
}

/** Counts tried by the recommender (GPUs per replica). */
export const RECOMMEND_COUNTS = [1, 2, 4, 8] as const;
const DEFAULT_PROVIDER = "aws";

const P = {
  id: "/spec/identity/model/id",
  precision: "/spec/identity/model/precision",
  gpuType: "/spec/runtime/accelerator/type",
  gpuCount: "/spec/runtime/accelerator/count",
  seq: "/spec/runtime/batch/maxSequenceLengthTokens",
  provider: "/spec/governance/cost/pricingHints/cloudProvider",
  spot: "/spec/governance/cost/pricingHints/spotAllowed",
};

function finding(
  at: EstimateLocation,
  code: string,
  severity: Severity,
  pointer: string,
  message: string,
  hint?: string,
): Finding {
  let pos: Position;
  try {
    pos = at.locate(pointer);
  } catch {
    pos = { line: 1, column: 1 };
  }
  const f: Finding = {
    code,
    severity,
    source: "estimate",
    file: at.file,
    pointer,
    line: pos.line,
    column: pos.column,
    message,
  };
  if (at.document !== undefined) f.document = at.document;
  if (pos.endLine !== undefined) f.endLine = pos.endLine;
  if (pos.endColumn !== undefined) f.endColumn = pos.endColumn;
  if (hint) f.hint = hint;
  return f;
}

function num(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}
function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
/** Round to 4 significant digits (small $/1k-token figures). */
function sig4(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(4));
}
const USD = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
function fmtUsd(x: number): string {
  return `$${USD.format(x)}`;
}

/** vLLM requires attention heads divisible by TP, and KV heads divisible by TP or TP by KV heads. */
export function tpCompatible(model: ModelArch, tp: number): boolean {
  if (tp <= 1) return true;
  if (model.mla) return model.attentionHeads % tp === 0;
  return model.attentionHeads % tp === 0 && (model.kvHeads % tp === 0 || tp % model.kvHeads === 0);
}

function emptyEstimate(): Estimate {
  return {
    model: {
      declared: null,
      resolvedAs: null,
      confidence: "unknown",
      reason: "",
      paramsB: null,
      activeParamsB: null,
      source: null,
    },
    gpu: { declared: null, resolvedAs: null, confidence: "unknown", count: 1, memoryGiB: null, source: null },
    precision: { weights: "unknown", kvCache: "unknown" },
    fits: null,
    memory: null,
    kvCache: null,
    throughput: null,
    cost: null,
    recommendation: null,
    assumptions: [],
    findings: [],
  };
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

interface Workload {
  model: ModelArch;
  precision: Precision;
  weightBytes: number;
  kvBytes: number;
  settings: EngineSettings;
  batch: number;
  seq: number;
}

function memoryFor(w: Workload, gpu: GpuSpec, tp: number, pp: number): MemoryResult {
  return computeMemory({
    model: w.model,
    gpu,
    weightBytes: w.weightBytes,
    kvBytesPerElement: w.kvBytes,
    tp,
    pp,
    utilization: w.settings.utilization,
    maxBatchSize: w.batch,
    maxSeqLen: w.seq,
    batchedTokens: w.settings.batchedTokens,
  });
}

/** Callers may hand a partial config (tests, library users): fill what the estimator reads. */
function completeConfig(config: Config | null | undefined): Config {
  const e = config?.estimate;
  const c = config?.catalog;
  if (e && typeof e.hoursPerMonth === "number" && e.hoursPerMonth > 0 && c?.gpus && c.models && c.prices)
    return config;
  return {
    ...DEFAULT_CONFIG,
    ...(config ?? {}),
    estimate: {
      ...DEFAULT_CONFIG.estimate,
      ...(e ?? {}),
      hoursPerMonth: e && e.hoursPerMonth > 0 ? e.hoursPerMonth : 730,
    },
    catalog: { gpus: c?.gpus ?? [], models: c?.models ?? [], prices: c?.prices ?? [] },
  };
}

/** Estimate one spec. Never throws: a bug becomes an `estimate/internal-error` finding. */
export function estimate(
  spec: ModelSpec,
  config: Config,
  at: EstimateLocation,
  models?: ModelTexts,
): Estimate {
  try {
    return estimateUnsafe(spec, completeConfig(config), at, models);
  } catch (err) {
    const e = emptyEstimate();
    e.findings.push(
      finding(
        at,
        "estimate/internal-error",
        "warning",
        "",
        `the estimator failed on this spec: ${String(err)}`,
        "please report this as a bug",
      ),
    );
    return e;
  }
}

function estimateUnsafe(
  spec: ModelSpec,
  config: Config,
  at: EstimateLocation,
  models: ModelTexts | undefined,
): Estimate {
  const out = emptyEstimate();
  const A = out.assumptions;
  const F = out.findings;
  const s = spec?.spec;
  const ann = readAnnotations(spec);
  for (const p of ann.problems) {
    F.push(
      finding(
        at,
        "estimate/invalid-annotation",
        "warning",
        p.pointer,
        p.message,
        "fix the value or remove the annotation",
      ),
    );
  }

  // ── model ──
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
  for (const p of mr.problems) F.push(finding(at, p.code, p.severity, P.id, p.message, p.hint));
  const model = mr.model;
  if (!model) {
    F.push(
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
    A.push(`Model approximated: ${mr.reason}.`);
  } else if (mr.confidence === "alias") {
    A.push(`Model ${mr.reason}.`);
  }

  // ── GPU ──
  const acc = s?.runtime?.accelerator;
  const gpuName = str(acc?.type);
  const rawCount = num(acc?.count);
  const count = rawCount !== null && rawCount >= 1 ? Math.floor(rawCount) : 1;
  if (rawCount === null) A.push("No accelerator count declared: 1 GPU per replica assumed.");
  let gpu: GpuSpec | null = null;
  let gpuConfidence: Confidence = "unknown";
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
    gpuConfidence = "declared";
  } else if (gr.gpu) {
    gpu = gr.gpu;
    gpuConfidence = gr.confidence;
    if (gr.confidence === "alias") A.push(`GPU ${gr.reason}.`);
  } else if (gpuName) {
    F.push(
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
    F.push(
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
    confidence: gpuConfidence,
    count,
    memoryGiB: gpu ? gpu.memoryGiB : null,
    source: gpu ? `${gpu.source} (as of ${gpu.asOf}); memory: ${gpu.memoryBasis}` : null,
  };
  if (gpu?.uncertain) A.push(`Uncertain catalog figure: ${gpu.uncertain}.`);

  // ── precision ──
  const declaredPrecision = str(s?.identity?.model?.precision);
  let precision = normalisePrecision(declaredPrecision);
  if (declaredPrecision && !precision) {
    F.push(
      finding(
        at,
        "estimate/unknown-precision",
        "warning",
        P.precision,
        `precision "${declaredPrecision}" is not one the estimator knows`,
        "Use fp32, fp16, bf16, fp8, int8, int4, awq, gptq or mxfp4.",
      ),
    );
  }
  if (!precision) {
    const implied = normalisePrecision(mr.impliedPrecision);
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
      F.push(
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
        `${gpu.name} has no ${precision} tensor cores: weights load through weight-only kernels, so memory is as for ${precision} but compute runs at 16-bit speed (gpu-facts §2.2).`,
      );
    } else if (support === "cast") {
      A.push(`${gpu.name} has no bf16: engines run the checkpoint in fp16 (same size).`);
    }
  }

  // ── workload ──
  const batchSpec = s?.runtime?.batch;
  const rawBatch = num(batchSpec?.maxBatchSize);
  const rawSeq = num(batchSpec?.maxSequenceLengthTokens);
  const batch = rawBatch !== null && rawBatch >= 1 ? Math.floor(rawBatch) : 1;
  if (rawBatch === null)
    A.push("No maxBatchSize declared: sized for 1 full-length sequence (the engine's start-up check).");

  const { settings, notes } = engineSettings(
    str(s?.identity?.model?.framework) ?? undefined,
    count,
    ann,
    config,
  );
  for (const n of notes) A.push(`${n[0]?.toUpperCase() ?? ""}${n.slice(1)}.`);
  if (!isKnownKvDtype(settings.kvDtype)) {
    F.push(
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
    F.push(
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

  if (!model || !gpu) {
    addCost(out, spec, config, at, gpu, count, null, null, ann);
    return out;
  }

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
    F.push(
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
    F.push(
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

  const w: Workload = {
    model,
    precision,
    weightBytes: weightBytes(model, precision),
    kvBytes: kv.bytes,
    settings,
    batch,
    seq,
  };
  const mem = memoryFor(w, gpu, settings.tp, settings.pp);
  out.memory = { perGpu: mem.perGpu, fits: mem.fits, verdict: mem.verdict };
  out.fits = mem.fits;
  if (mem.verdict === "does-not-fit") {
    const pg = mem.perGpu;
    const why =
      mem.kvPoolGiB <= 0 || (mem.bytesPerTokenPerGpu > 0 && mem.tokenCapacity < seq)
        ? `after ${pg.weightsGiB} GiB of weights per GPU the KV cache holds ${mem.tokenCapacity} tokens, less than one ${seq}-token sequence`
        : `${batch} × ${seq} tokens need ${pg.totalGiB} GiB per GPU (weights ${pg.weightsGiB}, KV cache ${pg.kvCacheGiB}) but ${pg.usableGiB} GiB is usable`;
    F.push(
      finding(
        at,
        "estimate/does-not-fit",
        // A warning, not an error: the does-not-fit gate (config failOn.doesNotFit) decides whether it blocks.
        "warning",
        P.gpuType,
        `${model.name} (${precision}) does not fit on ${count} × ${gpu.name}: ${why}`,
        "More or larger GPUs, a smaller maxBatchSize or maxSequenceLengthTokens, a quantised checkpoint or an fp8 KV cache would help; see the recommendation.",
      ),
    );
  }
  if (model.kind === "decoder") {
    const admission = mem.bytesPerTokenPerGpu * Math.ceil(seq / 16) * 16;
    const concurrency =
      admission > 0 ? Math.floor(((Math.max(0, mem.kvPoolGiB) * 2 ** 30) / admission) * 100) / 100 : 0;
    out.kvCache = {
      bytesPerTokenPerGpu: mem.bytesPerTokenPerGpu,
      tokenCapacity: mem.tokenCapacity,
      poolGiB: round2(Math.max(0, mem.kvPoolGiB)),
      admissionBytesPerGpu: admission,
      concurrency,
      fullLengthSequences: mem.maxConcurrentSequences,
      maxConcurrentSequences: mem.maxConcurrentSequences,
      declaredBatch: batch,
      belowDeclaredBatch: mem.maxConcurrentSequences < batch,
      requiredTokens: mem.requiredTokens,
    };
  }
  A.push(
    `Memory per GPU for ${settings.framework.label}, KV pool sized the way vLLM does: usable = ${gpu.memoryGiB} GiB × ${settings.utilization} (${settings.utilizationFrom}); ${settings.parallelFrom}.`,
    `${settings.kvDtypeFrom}; 16-token KV blocks; non-torch overhead ${mem.perGpu.overheadGiB} GiB per GPU (0.25–0.43 GiB observed, gpu-facts §4.6); ${settings.batchedTokensFrom}.`,
  );
  if (precision !== "fp32" && precision !== "fp16" && precision !== "bf16") {
    A.push(
      `Quantised ${precision} weights keep embeddings and the LM head at 16 bit${model.checkpointPrecision === precision && model.keep16 ? ` (this checkpoint also keeps ${model.keep16.join(" and ")} at 16 bit)` : precision === "mxfp4" ? " (attention too: MXFP4 covers the MoE experts)" : ""}.`,
    );
  }
  if (model.slidingWindow) {
    A.push(
      `Only the ${model.slidingWindow.fullLayers} full-attention layers grow the KV cache; sliding-window layers (${model.slidingWindow.window} tokens) are not counted.`,
    );
  }
  if (model.mla)
    A.push("MLA: the compressed KV vector is replicated on every tensor-parallel rank (not split).");
  if (model.kind === "encoder")
    A.push("Encoder model: no KV cache; memory = weights + activations of one batch.");

  // ── throughput ──
  const effBatch =
    model.kind === "encoder" ? batch : Math.max(0, Math.min(batch, mem.maxConcurrentSequences));
  let worstCase: number | null = null;
  let throughputPerSec: number | null = null;
  if (gpu.bandwidthGBs > 0 && (model.kind === "encoder" || effBatch >= 1)) {
    const t = computeThroughput({
      model,
      gpu,
      precision,
      weightBytes: w.weightBytes,
      tp: settings.tp,
      pp: settings.pp,
      batch: Math.max(1, effBatch),
      avgContext: seq / 2,
      bytesPerTokenPerGpu: mem.bytesPerTokenPerGpu,
      fp8Compute: precision === "fp8" && gpu.fp8Tflops !== null,
    });
    const decode = model.kind === "encoder" ? 0 : t.decodeTokensPerSec;
    worstCase = model.kind === "encoder" || decode <= 0 ? null : Math.round(seq * t.stepSeconds * 10) / 10;
    out.throughput = {
      decodeTokensPerSecPerReplica: Math.round(decode),
      prefillTokensPerSecPerReplica: Math.round(t.prefillTokensPerSec),
      worstCaseGenerationSeconds: worstCase,
      basis:
        model.kind === "encoder"
          ? `encoder: prefill (compute) roofline only, ${gpu.matmulEfficiency ?? 0.7} of peak TFLOPS`
          : `roofline at batch ${Math.max(1, effBatch)} with average context ${Math.round(seq / 2)} tokens, ${t.bound}-bound, ${Math.round(decodeEfficiency(Math.max(1, effBatch)) * 1000) / 1000} of the roofline achieved (0.4 / (1 + batch/60), fitted to vLLM runs in gpu-facts §5.1–5.2); prefill at ${gpu.matmulEfficiency ?? 0.7} of peak TFLOPS (gpu-facts §2.1)`,
    };
    throughputPerSec = model.kind === "encoder" ? t.prefillTokensPerSec : decode;
    if (effBatch < batch && model.kind === "decoder") {
      A.push(
        `The KV pool holds ${mem.maxConcurrentSequences} full-length sequences, fewer than maxBatchSize ${batch}: throughput is estimated at batch ${effBatch}.`,
      );
    }
    if (worstCase !== null) {
      A.push(
        `Worst-case generation time = ${seq} tokens generated one step at a time at batch ${Math.max(1, effBatch)}.`,
      );
    }
  } else if (gpu.bandwidthGBs <= 0) {
    A.push(
      "GPU bandwidth unknown (declare modelspec-review.piqc.ai/gpu-bandwidth-gbs): throughput not estimated.",
    );
  }

  addCost(out, spec, config, at, gpu, count, w, throughputPerSec, ann);
  return out;
}

interface ProviderChoice {
  provider: string | null;
  explicit: boolean;
  from: string;
}

function chooseProvider(
  spec: ModelSpec,
  config: Config,
  ann: ReturnType<typeof readAnnotations>,
): ProviderChoice {
  const a = ann.values.provider;
  if (typeof a === "string")
    return {
      provider: normaliseProvider(a),
      explicit: true,
      from: "annotation modelspec-review.piqc.ai/provider",
    };
  const hint = str(spec?.spec?.governance?.cost?.pricingHints?.cloudProvider);
  if (hint)
    return {
      provider: normaliseProvider(hint),
      explicit: true,
      from: "governance.cost.pricingHints.cloudProvider",
    };
  if (config.estimate.provider)
    return {
      provider: normaliseProvider(config.estimate.provider),
      explicit: true,
      from: "repository config estimate.provider",
    };
  return { provider: null, explicit: false, from: "" };
}

/** Price `gpu` at the chosen provider, or (no provider chosen) AWS, else the cheapest documented provider. */
function priceFor(
  gpuId: string,
  choice: ProviderChoice,
  config: Config,
  count: number,
  spot: boolean,
): { quote: PriceQuote | null; how: string } {
  if (choice.provider) {
    return {
      quote: findPrice(gpuId, choice.provider, config, { count, spot }),
      how: `provider ${choice.provider} from ${choice.from}`,
    };
  }
  const def = findPrice(gpuId, DEFAULT_PROVIDER, config, { count, spot });
  if (def) return { quote: def, how: `no provider declared: ${DEFAULT_PROVIDER} assumed` };
  let best: PriceQuote | null = null;
  for (const p of providersFor(gpuId, config)) {
    const q = findPrice(gpuId, p, config, { count, spot });
    if (q && (!best || q.usdPerGpuHour < best.usdPerGpuHour)) best = q;
  }
  return {
    quote: best,
    how: `no provider declared and ${DEFAULT_PROVIDER} lists no ${gpuId}: the cheapest documented provider (${best?.provider ?? "none"}) used`,
  };
}

function addCost(
  out: Estimate,
  spec: ModelSpec,
  config: Config,
  at: EstimateLocation,
  gpu: GpuSpec | null,
  count: number,
  w: Workload | null,
  tokensPerSec: number | null,
  ann: ReturnType<typeof readAnnotations>,
): void {
  if (!gpu) return;
  const A = out.assumptions;
  const hints = spec?.spec?.governance?.cost?.pricingHints;
  const spot = typeof hints?.spotAllowed === "boolean" ? hints.spotAllowed : (config.estimate.spot ?? false);
  const choice = chooseProvider(spec, config, ann);
  const scaling = spec?.spec?.operations?.scaling;
  const rawMin = num(scaling?.minReplicas);
  const rawMax = num(scaling?.maxReplicas);
  const minReplicas = rawMin !== null && rawMin >= 0 ? Math.floor(rawMin) : 1;
  const maxReplicas =
    rawMax !== null && rawMax >= 0 ? Math.max(Math.floor(rawMax), minReplicas) : minReplicas;
  if (rawMin === null) A.push("No minReplicas declared: 1 replica assumed.");
  if (rawMax === null) A.push(`No maxReplicas declared: ${minReplicas} (= minReplicas) assumed.`);
  const hours = config.estimate.hoursPerMonth;

  let quote: PriceQuote | null = null;
  const instanceType = str(hints?.instanceType);
  const offer = findOffer(instanceType);
  if (offer && offer.gpu !== gpu.id) {
    out.findings.push(
      finding(
        at,
        "estimate/instance-mismatch",
        "warning",
        "/spec/governance/cost/pricingHints/instanceType",
        `instance type ${offer.offer} carries ${offer.gpusPerInstance} × ${offer.gpu}, but the spec declares ${count} × ${gpu.id}`,
        `Make runtime.accelerator.type and pricingHints.instanceType agree; cost is estimated for ${gpu.id}.`,
      ),
    );
  }
  const annUsd = num(ann.values["usd-per-gpu-hour"]);
  if (annUsd !== null) {
    quote = {
      provider: choice.provider ?? "declared",
      gpu: gpu.id,
      offer: "declared",
      usdPerGpuHour: annUsd,
      spot: false,
      spotUnavailable: false,
      source: "annotation modelspec-review.piqc.ai/usd-per-gpu-hour",
      asOf: "declared",
      declared: true,
    };
  } else if (offer && offer.gpu === gpu.id && (!choice.provider || choice.provider === offer.provider)) {
    const q = findPrice(gpu.id, offer.provider, config, { count: offer.gpusPerInstance, spot });
    quote = q && q.offer === offer.offer ? q : null;
    if (!quote) {
      quote = {
        provider: offer.provider,
        gpu: gpu.id,
        offer: offer.offer,
        usdPerGpuHour: offer.usdPerGpuHour,
        spot: false,
        spotUnavailable: spot,
        source: offer.source,
        asOf: offer.asOf,
        uncertain: offer.uncertain,
        declared: false,
      };
    }
    A.push(
      `Price: instance type ${offer.offer} from governance.cost.pricingHints.instanceType at ${fmtUsd(quote.usdPerGpuHour)}/GPU-hour${quote.spot ? " (spot)" : ""}, ${quote.source}, as of ${quote.asOf}.`,
    );
  } else {
    const r = priceFor(gpu.id, choice, config, count, spot);
    quote = r.quote;
    if (quote)
      A.push(
        `Price: ${r.how}; ${quote.offer} at ${fmtUsd(quote.usdPerGpuHour)}/GPU-hour${quote.spot ? " (spot)" : ""}, ${quote.source}, as of ${quote.asOf}.`,
      );
  }
  if (!quote) {
    const others = providersFor(gpu.id, config);
    out.findings.push(
      finding(
        at,
        "estimate/no-price",
        "notice",
        choice.explicit ? P.provider : P.gpuType,
        `no documented price for ${gpu.id}${choice.provider ? ` at ${choice.provider}` : ""}, so cost is not estimated`,
        (others.length ? `Prices exist at: ${others.join(", ")}. ` : "") +
          "Declare one under catalog.prices in .github/modelspec-review.yml or with the annotation modelspec-review.piqc.ai/usd-per-gpu-hour.",
      ),
    );
    out.recommendation = w ? recommend(out, w, gpu, count, config, choice, spot, minReplicas, null) : null;
    return;
  }
  if (quote.uncertain) A.push(`Uncertain price: ${quote.uncertain}.`);
  if (spot && quote.spotUnavailable) {
    out.findings.push(
      finding(
        at,
        "estimate/spot-unavailable",
        "notice",
        P.spot,
        `spot is allowed but no spot price is documented for ${gpu.id} at ${quote.provider}: on-demand price used`,
        "Declare a spotFactor under catalog.prices to price spot capacity.",
      ),
    );
  }
  const hourly = quote.usdPerGpuHour * count;
  const usdPer1k = tokensPerSec && tokensPerSec > 0 ? (hourly / (tokensPerSec * 3600)) * 1000 : null;
  const target = num(spec?.spec?.governance?.cost?.targetCostPer1kTokensUsd);
  out.cost = {
    provider: quote.provider,
    spot: quote.spot,
    usdPerGpuHour: round4(quote.usdPerGpuHour),
    priceSource: quote.source,
    priceAsOf: quote.asOf,
    hourlyUsdPerReplica: round4(hourly),
    hoursPerMonth: hours,
    monthlyUsd: {
      atMinReplicas: round2(hourly * hours * minReplicas),
      atMaxReplicas: round2(hourly * hours * maxReplicas),
    },
    usdPer1kTokens: usdPer1k === null ? null : sig4(usdPer1k),
    budget:
      target !== null && usdPer1k !== null
        ? { targetUsdPer1kTokens: target, withinTarget: usdPer1k <= target }
        : null,
  };
  A.push(`Monthly cost = hourly × ${hours} h × replicas (${minReplicas} min, ${maxReplicas} max).`);
  if (usdPer1k !== null) {
    A.push(
      w?.model.kind === "encoder"
        ? "Cost per 1k tokens counts input tokens at the prefill roofline (encoder)."
        : "Cost per 1k tokens counts generated tokens at the estimated decode throughput of one fully loaded replica.",
    );
  } else if (target !== null) {
    A.push("Cost per 1k tokens is unknown (no throughput estimate), so the budget target cannot be checked.");
  }
  // Compare like with like: alternatives are priced at the provider that priced the declared setup.
  const sameProvider: ProviderChoice =
    quote.declared && !choice.provider
      ? choice
      : { provider: quote.provider, explicit: true, from: "the declared setup's provider" };
  out.recommendation = w
    ? recommend(out, w, gpu, count, config, sameProvider, spot, minReplicas, hourly * hours * minReplicas)
    : null;
}

/** Cheapest catalog GPU × count (1, 2, 4, 8) that fits with ≥10 % headroom for the declared workload. */
function recommend(
  out: Estimate,
  w: Workload,
  declaredGpu: GpuSpec,
  declaredCount: number,
  config: Config,
  choice: ProviderChoice,
  spot: boolean,
  minReplicas: number,
  declaredMonthly: number | null,
): Recommendation | null {
  const hours = config.estimate.hoursPerMonth;
  let best: { gpu: GpuSpec; count: number; quote: PriceQuote; hourly: number; headroom: number } | null =
    null;
  const provider = choice.provider;
  for (const gpu of allGpus(config)) {
    if (provider && !providersFor(gpu.id, config).includes(provider)) continue;
    if (precisionSupport(gpu, w.precision) === "no") continue;
    for (const c of RECOMMEND_COUNTS) {
      if (!tpCompatible(w.model, c)) continue;
      const { quote } = priceFor(gpu.id, choice, config, c, spot);
      if (!quote) continue;
      const hourly = quote.usdPerGpuHour * c;
      if (best && hourly > best.hourly) continue;
      const m = memoryFor(w, gpu, c, 1);
      if (m.verdict !== "fits") continue;
      if (!best || hourly < best.hourly || (hourly === best.hourly && c < best.count)) {
        best = { gpu, count: c, quote, hourly, headroom: m.perGpu.headroomPct };
      }
      break; // more GPUs of the same type only cost more
    }
  }
  if (!best) {
    out.assumptions.push(
      `No catalog GPU type × count (${RECOMMEND_COUNTS.join(", ")}) with a documented price fits ${w.batch} × ${w.seq} tokens with 10% headroom${choice.provider ? ` at ${choice.provider}` : ""}.`,
    );
    return null;
  }
  const monthly = best.hourly * hours * minReplicas;
  const same = best.gpu.id === declaredGpu.id && best.count === declaredCount;
  const saving = declaredMonthly === null ? null : round2(declaredMonthly - monthly);
  const workload = `${w.batch} × ${w.seq} tokens`;
  return {
    gpu: best.gpu.id,
    count: best.count,
    provider: best.quote.provider,
    hourlyUsdPerReplica: round4(best.hourly),
    monthlyUsdAtMinReplicas: round2(monthly),
    monthlySavingUsd: saving,
    reason: same
      ? `The declared ${declaredCount} × ${declaredGpu.id} is already the cheapest fitting option for ${workload} (${best.headroom}% headroom).`
      : `${best.count} × ${best.gpu.id} at ${best.quote.provider} (${fmtUsd(best.hourly)}/h per replica, ${best.quote.source}, as of ${best.quote.asOf}) is the cheapest GPU type × count that fits ${workload} with ${best.headroom}% headroom; memory fit only, throughput differs by GPU.`,
  };
}
