/**
 * Hand-built SpecSides for release-note tests: a ModelSpec literal plus an Estimate with only the
 * figures a release note reads filled in (memory, verdict, GPU, cost). The real estimator is exercised
 * by the CLI and app tests, which run the whole pipeline on YAML.
 */
import type { Estimate, ModelSpec, SpecSide, Verdict } from "../../src/core/types.js";

export interface EstimateFigures {
  gpu?: string;
  count?: number;
  totalGiB?: number;
  verdict?: Verdict;
  monthlyMin?: number;
  monthlyMax?: number;
  per1k?: number | null;
}

export function fakeEstimate(f: EstimateFigures): Estimate {
  const memory =
    f.totalGiB === undefined
      ? null
      : {
          perGpu: {
            weightsGiB: f.totalGiB * 0.7,
            kvCacheGiB: f.totalGiB * 0.2,
            activationGiB: f.totalGiB * 0.05,
            overheadGiB: f.totalGiB * 0.05,
            totalGiB: f.totalGiB,
            capacityGiB: 80,
            usableGiB: 72,
            headroomGiB: 72 - f.totalGiB,
            headroomPct: ((72 - f.totalGiB) / 72) * 100,
          },
          fits: (f.verdict ?? "fits") !== "does-not-fit",
          verdict: f.verdict ?? "fits",
        };
  const cost =
    f.monthlyMin === undefined
      ? null
      : {
          provider: "aws",
          spot: false,
          usdPerGpuHour: 4,
          priceSource: "test",
          priceAsOf: "2026-01-01",
          hourlyUsdPerReplica: 4 * (f.count ?? 1),
          hoursPerMonth: 730,
          monthlyUsd: { atMinReplicas: f.monthlyMin, atMaxReplicas: f.monthlyMax ?? f.monthlyMin },
          usdPer1kTokens: f.per1k ?? null,
          budget: null,
        };
  return {
    model: {
      declared: null,
      resolvedAs: null,
      confidence: "unknown",
      reason: "test",
      paramsB: null,
      activeParamsB: null,
      source: null,
    },
    gpu: {
      declared: f.gpu ?? null,
      resolvedAs: f.gpu ?? null,
      confidence: f.gpu ? "exact" : "unknown",
      count: f.count ?? 1,
      memoryGiB: 80,
      source: null,
    },
    precision: { weights: "fp16", kvCache: "fp16" },
    fits: memory ? memory.fits : null,
    memory,
    kvCache: null,
    throughput: null,
    cost,
    recommendation: null,
    assumptions: [],
    findings: [],
  };
}

export function side(spec: ModelSpec, figures?: EstimateFigures): SpecSide {
  return { spec, valid: true, estimate: figures ? fakeEstimate(figures) : null };
}

/** A chat model spec; `patch` edits a deep copy. */
export function chatSpec(patch: (s: ModelSpec) => void = () => {}): ModelSpec {
  const s: ModelSpec = {
    apiVersion: "piqc.ai/v1alpha1",
    kind: "ModelSpec",
    metadata: { name: "support-chat", version: "1.4.0" },
    spec: {
      identity: {
        model: {
          id: "meta-llama/Llama-3.1-8B-Instruct",
          family: "llama-3.1",
          task: "chat-completion",
          framework: "vllm",
          precision: "bf16",
          artifacts: {
            modelUri: "s3://models/llama-3.1-8b-instruct/weights-2024-07/",
            tokenizerUri: "s3://models/llama-3.1-8b-instruct/tokenizer/",
          },
        },
      },
      runtime: {
        accelerator: { vendor: "nvidia", type: "l40s-48gb", count: 1 },
        batch: { maxBatchSize: 16, maxSequenceLengthTokens: 8192 },
      },
      operations: {
        scaling: { minReplicas: 1, maxReplicas: 4, targetLatencyMsP95: 900, targetRps: 20 },
      },
      governance: {
        compliance: {
          pii: { allowed: false, policy: "pii-v2" },
          retention: { logsDays: 14, artifactsDays: 90 },
          governance: { changeApproval: "ml-review-board", owner: "support-ml" },
        },
      },
    },
  };
  const copy = structuredClone(s);
  patch(copy);
  return copy;
}

/** Figures of `chatSpec()` on one L40S: 19.6 GiB per GPU, $1,314–$5,256 a month. */
export const CHAT_FIGURES: EstimateFigures = {
  gpu: "l40s-48gb",
  count: 1,
  totalGiB: 19.6,
  verdict: "fits",
  monthlyMin: 1314,
  monthlyMax: 5256,
  per1k: 0.00061,
};
