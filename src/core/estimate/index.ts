/**
 * estimate(spec, config, at) → Estimate: does the engine start (memory per GPU by the engine's own
 * rule), KV capacity as vLLM logs it, roofline throughput, cost and a cheaper setup when one is
 * material. Pure, never throws, never invents a number: what cannot be known is null, with a finding
 * saying how to declare it. Method and sources: docs/estimation.md. One file per concern:
 * resolve (model, GPU, precision) → workload (settings, batch) → fit (memory.ts, kv.ts, weights.ts)
 * → throughput → cost → recommend.
 */
import { readAnnotations } from "../catalog/annotations.js";
import { DEFAULT_CONFIG } from "../config.js";
import type { ModelTexts } from "../models/sources.js";
import type { Config, Estimate, ModelSpec } from "../types.js";
import { addCost } from "./cost.js";
import { fitStep } from "./fit.js";
import { recommend } from "./recommend.js";
import { gpuStep, modelStep, precisionStep } from "./resolve.js";
import { throughputStep } from "./throughput.js";
import { finding, type EstimateLocation } from "./util.js";
import { settingsStep, workloadStep } from "./workload.js";

export { computeMemory, kvBytesPerTokenPerGpu, memoryFor } from "./memory.js";
export { kvCapacity, kvLayout } from "./kv.js";
export { normalisePrecision, bytesPerWeight } from "./precision.js";
export { loadedWeights, weightBytes } from "./weights.js";
export { computeThroughput } from "./throughput.js";
export { RECOMMEND_COUNTS, MATERIAL_SAVING } from "./recommend.js";
export { tpCompatible } from "./resolve.js";
export type { EstimateLocation } from "./util.js";

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
  const ann = readAnnotations(spec);
  for (const p of ann.problems) {
    out.findings.push(
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
  const m = modelStep(out, spec, config, at, models);
  const { gpu, count } = gpuStep(out, spec, config, at, ann);
  const precision = precisionStep(out, spec, at, gpu, m.impliedPrecision);
  const { settings, kvBytes } = settingsStep(out, spec, config, at, ann, gpu, count, m.model, precision);
  if (!m.model || !gpu) {
    // Without a model there is no workload to recommend for: the cost alone is priced.
    addCost(out, spec, config, at, gpu, count, null, ann, false);
    return out;
  }
  const w = workloadStep(out, spec, at, m.model, precision, settings, kvBytes, m.hintOnly);
  const mem = fitStep(out, w, gpu, count, at);
  const tokensPerSec = throughputStep(out, w, gpu, mem);
  const priced = addCost(out, spec, config, at, gpu, count, tokensPerSec, ann, w.model.kind === "encoder");
  if (priced) out.recommendation = recommend(out, w, gpu, count, config, priced);
  return out;
}
