/**
 * Hand-built `Estimate` values so rules can be tested in isolation from the estimator.
 * `makeEstimate()` returns a plausible 8B-on-H100 estimate; pass partial sections to override.
 */
import type { Estimate, KvCapacity, MemoryBreakdown } from "../../src/core/types.js";

/**
 * A complete `KvCapacity` from the few figures a test cares about: the derived fields (pool,
 * admission, concurrency, full-length sequences) follow from tokens, bytes per token and length.
 */
export function kvCapacity(o: Partial<KvCapacity> & { seq?: number } = {}): KvCapacity {
  const bytesPerTokenPerGpu = o.bytesPerTokenPerGpu ?? 131072;
  const tokenCapacity = o.tokenCapacity ?? 400_000;
  const seq = o.seq ?? 8192;
  const admissionBytesPerGpu = o.admissionBytesPerGpu ?? bytesPerTokenPerGpu * seq;
  const poolGiB = o.poolGiB ?? Math.round(((tokenCapacity * bytesPerTokenPerGpu) / 2 ** 30) * 100) / 100;
  const concurrency = o.concurrency ?? Math.floor((tokenCapacity / seq) * 100) / 100;
  const full = o.fullLengthSequences ?? o.maxConcurrentSequences ?? Math.floor(concurrency);
  const declaredBatch = o.declaredBatch ?? 32;
  return {
    bytesPerTokenPerGpu,
    tokenCapacity,
    poolGiB,
    admissionBytesPerGpu,
    concurrency,
    fullLengthSequences: full,
    maxConcurrentSequences: o.maxConcurrentSequences ?? full,
    declaredBatch,
    belowDeclaredBatch: o.belowDeclaredBatch ?? full < declaredBatch,
    requiredTokens: o.requiredTokens ?? declaredBatch * seq,
  };
}

type Sections = {
  model?: Partial<Estimate["model"]>;
  gpu?: Partial<Estimate["gpu"]>;
  precision?: Partial<Estimate["precision"]>;
  memory?:
    (Partial<Omit<NonNullable<Estimate["memory"]>, "perGpu">> & { perGpu?: Partial<MemoryBreakdown> }) | null;
  kvCache?: (Partial<KvCapacity> & { seq?: number }) | null;
  throughput?: Partial<NonNullable<Estimate["throughput"]>> | null;
  cost?: Partial<NonNullable<Estimate["cost"]>> | null;
  recommendation?: Estimate["recommendation"];
  assumptions?: string[];
};

export function makeEstimate(o: Sections = {}): Estimate {
  const perGpu: MemoryBreakdown = {
    weightsGiB: 14.96,
    kvCacheGiB: 4,
    activationGiB: 1,
    overheadGiB: 0.5,
    totalGiB: 20.46,
    capacityGiB: 79.2,
    usableGiB: 71.3,
    headroomGiB: 50.84,
    headroomPct: 71.3,
    ...(o.memory?.perGpu ?? {}),
  };
  return {
    model: {
      declared: "llama-3-8b-instruct",
      resolvedAs: "meta-llama/Meta-Llama-3-8B-Instruct",
      confidence: "exact",
      reason: "catalog match",
      paramsB: 8.03,
      activeParamsB: 8.03,
      source: "test fixture",
      ...o.model,
    },
    gpu: {
      declared: "h100",
      resolvedAs: "h100-sxm-80gb",
      confidence: "alias",
      count: 1,
      memoryGiB: 79.2,
      source: "test fixture",
      ...o.gpu,
    },
    precision: { weights: "bf16", kvCache: "bf16", ...o.precision },
    fits:
      o.memory === null
        ? null
        : o.memory && "fits" in o.memory
          ? (o.memory.fits ?? null)
          : (o.memory?.verdict ?? "fits") !== "does-not-fit",
    memory: o.memory === null ? null : { fits: true, verdict: "fits", ...(o.memory ?? {}), perGpu },
    kvCache:
      o.kvCache === null
        ? null
        : kvCapacity({
            maxConcurrentSequences: 48,
            requiredTokens: 262_144,
            declaredBatch: 32,
            ...o.kvCache,
          }),
    throughput:
      o.throughput === null
        ? null
        : {
            decodeTokensPerSecPerReplica: 3000,
            prefillTokensPerSecPerReplica: 20000,
            worstCaseGenerationSeconds: 40,
            basis: "test fixture",
            ...o.throughput,
          },
    cost:
      o.cost === null
        ? null
        : {
            provider: "aws",
            spot: false,
            usdPerGpuHour: 6.88,
            priceSource: "test fixture",
            priceAsOf: "2026-11-09",
            hourlyUsdPerReplica: 6.88,
            hoursPerMonth: 730,
            monthlyUsd: { atMinReplicas: 5022.4, atMaxReplicas: 20089.6 },
            usdPer1kTokens: 0.00064,
            budget: null,
            ...o.cost,
          },
    recommendation: o.recommendation ?? null,
    assumptions: o.assumptions ?? [],
    findings: [],
  };
}
