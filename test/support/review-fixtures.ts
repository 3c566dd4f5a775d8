/**
 * Hand-built `Review` values for renderer tests. Builders take partial overrides and fill the rest
 * with plausible, internally consistent numbers (Llama-3.1-8B on one H100 unless told otherwise),
 * so a test states only what it is about.
 */
import type {
  ConclusionStatus,
  Estimate,
  FileReview,
  FileStatus,
  Finding,
  GateResult,
  ModelSpec,
  ReleaseNote,
  Review,
  SpecChange,
  SpecReview,
  SpecSide,
} from "../../src/core/types.js";
import { kvCapacity } from "./estimate-fixture.js";

export interface EstimateOpts {
  gpu?: string;
  count?: number;
  model?: string;
  weightsGiB?: number;
  kvCacheGiB?: number;
  capacityGiB?: number;
  usdPerGpuHour?: number;
  minReplicas?: number;
  maxReplicas?: number;
  verdict?: "fits" | "tight" | "does-not-fit" | "unknown";
  unknown?: boolean;
}

export function estimateFor(o: EstimateOpts = {}): Estimate {
  const count = o.count ?? 1;
  const capacity = o.capacityGiB ?? 79.6;
  const usable = Math.round(capacity * 0.9 * 100) / 100;
  const weights = o.weightsGiB ?? 14.96;
  const kv = o.kvCacheGiB ?? 8;
  const activation = 1.2;
  const overhead = 2.5;
  const total = weights + kv + activation + overhead;
  const headroom = usable - total;
  const verdict = o.verdict ?? (headroom < 0 ? "does-not-fit" : headroom / usable < 0.1 ? "tight" : "fits");
  const price = o.usdPerGpuHour ?? 3;
  const hourly = price * count;
  const min = o.minReplicas ?? 1;
  const max = o.maxReplicas ?? 2;
  const gpuName = o.gpu ?? "h100-sxm-80gb";
  const model = o.model ?? "meta-llama/Llama-3.1-8B-Instruct";
  if (o.unknown) {
    return {
      model: {
        declared: model,
        resolvedAs: null,
        confidence: "unknown",
        reason: "not in the catalog",
        paramsB: null,
        activeParamsB: null,
        source: null,
      },
      gpu: {
        declared: gpuName,
        resolvedAs: gpuName,
        confidence: "exact",
        count,
        memoryGiB: capacity,
        source: "NVIDIA H100 datasheet",
      },
      precision: { weights: "bf16", kvCache: "bf16" },
      fits: null,
      memory: null,
      kvCache: null,
      throughput: null,
      cost: null,
      recommendation: null,
      assumptions: ["Model not recognised: no memory or cost estimate."],
      findings: [],
    };
  }
  return {
    model: {
      declared: model,
      resolvedAs: model,
      confidence: "exact",
      reason: "exact catalog match",
      paramsB: 8.03,
      activeParamsB: 8.03,
      source: "maxtext hf_model_configs.py",
    },
    gpu: {
      declared: gpuName,
      resolvedAs: gpuName,
      confidence: "exact",
      count,
      memoryGiB: capacity,
      source: "NVIDIA H100 datasheet",
    },
    precision: { weights: "bf16", kvCache: "bf16" },
    fits: verdict === "unknown" ? null : verdict !== "does-not-fit",
    memory: {
      perGpu: {
        weightsGiB: weights,
        kvCacheGiB: kv,
        activationGiB: activation,
        overheadGiB: overhead,
        totalGiB: total,
        capacityGiB: capacity,
        usableGiB: usable,
        headroomGiB: headroom,
        headroomPct: (headroom / usable) * 100,
      },
      fits: verdict !== "does-not-fit",
      verdict,
    },
    kvCache: kvCapacity({
      bytesPerTokenPerGpu: 131072,
      tokenCapacity: 65536,
      maxConcurrentSequences: 8,
      requiredTokens: 32768,
      declaredBatch: 8,
    }),
    throughput: {
      decodeTokensPerSecPerReplica: 1850,
      prefillTokensPerSecPerReplica: 24000,
      worstCaseGenerationSeconds: 4.4,
      basis: "memory-bandwidth bound decode at batch 8",
    },
    cost: {
      provider: "aws",
      spot: false,
      usdPerGpuHour: price,
      priceSource: "AWS on-demand p5 price list",
      priceAsOf: "2026-10-01",
      hourlyUsdPerReplica: hourly,
      hoursPerMonth: 730,
      monthlyUsd: { atMinReplicas: hourly * 730 * min, atMaxReplicas: hourly * 730 * max },
      usdPer1kTokens: Math.round((hourly / (1850 * 3.6)) * 10000) / 10000,
      budget: null,
    },
    recommendation: null,
    assumptions: ["730 hours per month", "gpu memory utilisation 0.9"],
    findings: [],
  };
}

export function specDoc(
  name: string,
  o: { gpu?: string; count?: number; min?: number; max?: number } = {},
): ModelSpec {
  return {
    apiVersion: "piqc.ai/v1alpha1",
    kind: "ModelSpec",
    metadata: { name, version: "1.0.0" },
    spec: {
      identity: { model: { id: "meta-llama/Llama-3.1-8B-Instruct", precision: "bf16" } },
      runtime: { accelerator: { vendor: "nvidia", type: o.gpu ?? "h100-sxm-80gb", count: o.count ?? 1 } },
      operations: { scaling: { minReplicas: o.min ?? 1, maxReplicas: o.max ?? 2 } },
    },
  };
}

export function side(spec: ModelSpec | null, est: Estimate | null, valid = true): SpecSide {
  return { spec, valid, estimate: est };
}

export function finding(o: Partial<Finding> & { file: string }): Finding {
  return {
    code: "MS-SCALE-001",
    severity: "warning",
    source: "rule",
    pointer: "/spec/operations/scaling/maxReplicas",
    line: 12,
    column: 7,
    message: "maxReplicas is lower than minReplicas.",
    ...o,
  };
}

export function change(o: Partial<SpecChange> & { key: string }): SpecChange {
  return {
    category: "resources",
    label: o.key,
    before: null,
    after: null,
    severity: "info",
    ...o,
  };
}

export interface SpecOpts {
  name: string;
  index?: number;
  status?: FileStatus;
  base?: SpecSide | null;
  head?: SpecSide | null;
  changes?: SpecChange[];
  findings?: Finding[];
  releaseNote?: ReleaseNote | null;
}

export function specReview(o: SpecOpts): SpecReview {
  const status = o.status ?? "modified";
  return {
    name: o.name,
    index: o.index ?? 0,
    status,
    base: o.base !== undefined ? o.base : status === "added" ? null : side(specDoc(o.name), estimateFor()),
    head: o.head !== undefined ? o.head : status === "deleted" ? null : side(specDoc(o.name), estimateFor()),
    changes: o.changes ?? [],
    findings: o.findings ?? [],
    suppressed: [],
    baseErrorCount: 0,
    releaseNote: o.releaseNote ?? null,
  };
}

export function fileReview(path: string, specs: SpecReview[], o: Partial<FileReview> = {}): FileReview {
  const status = o.status ?? specs[0]?.status ?? "modified";
  return {
    path,
    status,
    isModelSpec: true,
    specs,
    findings: [],
    diff:
      status === "modified"
        ? `--- a/${path}\n+++ b/${path}\n@@ -1,3 +1,3 @@\n metadata:\n-  name: old\n+  name: new\n`
        : null,
    ...o,
  };
}

/** Assemble a Review and derive its summary from the specs (as analyse() would). */
export function review(
  files: FileReview[],
  o: { gates?: GateResult[]; status?: ConclusionStatus } = {},
): Review {
  const specs = files.filter((f) => f.isModelSpec).flatMap((f) => f.specs);
  const all = [...files.flatMap((f) => f.findings), ...specs.flatMap((s) => s.findings)];
  const sum = (pick: (s: SpecReview) => number | null | undefined, sideName: "base" | "head") => {
    let any = false;
    let t = 0;
    for (const s of specs) {
      const sd = s[sideName];
      if (!sd?.estimate?.cost) continue;
      const v = pick(s);
      if (v === null || v === undefined) continue;
      any = true;
      t += v;
    }
    return any ? t : null;
  };
  const beforeAtMax = sum((s) => s.base?.estimate?.cost?.monthlyUsd.atMaxReplicas, "base") ?? 0;
  const afterAtMax = sum((s) => s.head?.estimate?.cost?.monthlyUsd.atMaxReplicas, "head") ?? 0;
  const beforeAtMin = sum((s) => s.base?.estimate?.cost?.monthlyUsd.atMinReplicas, "base") ?? 0;
  const afterAtMin = sum((s) => s.head?.estimate?.cost?.monthlyUsd.atMinReplicas, "head") ?? 0;
  const gates = o.gates ?? [];
  const failed = gates.some((g) => g.failed);
  const operational = specs.some(
    (s) => s.changes.length > 0 || s.status === "added" || s.status === "deleted",
  );
  return {
    files,
    summary: {
      specsChanged: specs.filter((s) => s.status !== "unchanged").length,
      specsWithErrors: specs.filter((s) => s.findings.some((f) => f.severity === "error")).length,
      specsNotFitting: specs.filter((s) => s.head?.estimate?.memory?.verdict === "does-not-fit").length,
      governanceLoosened: specs.filter((s) => s.changes.some((c) => c.loosensGovernance)).length,
      breakingChanges: specs.reduce(
        (n, s) => n + s.changes.filter((c) => c.severity === "breaking").length,
        0,
      ),
      monthlyCost: {
        beforeAtMin,
        afterAtMin,
        beforeAtMax,
        afterAtMax,
        deltaAtMin: afterAtMin - beforeAtMin,
        deltaAtMax: afterAtMax - beforeAtMax,
        deltaPctAtMax: beforeAtMax > 0 ? ((afterAtMax - beforeAtMax) / beforeAtMax) * 100 : null,
      },
      findings: {
        error: all.filter((f) => f.severity === "error").length,
        warning: all.filter((f) => f.severity === "warning").length,
        notice: all.filter((f) => f.severity === "notice").length,
        suppressed: specs.reduce((n, s) => n + s.suppressed.length, 0),
      },
      noOperationalChange: !operational,
    },
    conclusion: { status: o.status ?? (failed ? "failure" : "success"), gates },
    configFindings: [],
    assumptions: ["Prices: AWS on-demand price list, as of 2026-10-01", "730 hours per month"],
    releaseNotes: specs.flatMap((s) => (s.releaseNote ? [s.releaseNote] : [])),
  };
}

/** The headline scenario: one spec moves to 2 × H100 and more replicas, loosens PII, one error. */
export function typicalReview(): Review {
  const path = "models/chat.modelspec.yaml";
  const s = specReview({
    name: "chat",
    base: side(
      specDoc("chat", { count: 1, min: 1, max: 2 }),
      estimateFor({ count: 1, minReplicas: 1, maxReplicas: 2 }),
    ),
    head: side(
      specDoc("chat", { count: 2, min: 2, max: 4 }),
      estimateFor({ count: 2, minReplicas: 2, maxReplicas: 4, weightsGiB: 70, kvCacheGiB: 8 }),
    ),
    changes: [
      change({
        key: "runtime.accelerator.count",
        category: "resources",
        label: "GPUs per replica",
        before: 1,
        after: 2,
        delta: { abs: 1, pct: 100 },
        pointer: "/spec/runtime/accelerator/count",
      }),
      change({
        key: "cost.monthlyAtMax",
        category: "cost",
        label: "Monthly cost (max replicas)",
        before: 4380,
        after: 17520,
        delta: { abs: 13140, pct: 300 },
        unit: "USD/month",
        severity: "risky",
      }),
      change({
        key: "governance.pii.allowed",
        category: "governance",
        label: "PII allowed",
        before: false,
        after: true,
        severity: "risky",
        loosensGovernance: true,
        note: "PII now allowed without a policy",
        pointer: "/spec/governance/compliance/pii/allowed",
      }),
    ],
    findings: [
      finding({
        file: path,
        code: "MS-GOV-002",
        severity: "error",
        line: 31,
        message: "PII is allowed but no policy is named.",
      }),
      finding({ file: path, line: 14, hint: "Set maxReplicas ≥ minReplicas." }),
    ],
    releaseNote: {
      name: "chat",
      kind: "config-only",
      versionBefore: "1.0.0",
      versionAfter: "1.1.0",
      changes: [],
    },
  });
  return review([fileReview(path, [s])], {
    gates: [
      { gate: "rule-errors", failed: true, reason: "1 rule error in chat (MS-GOV-002)", subjects: ["chat"] },
      { gate: "does-not-fit", failed: false, reason: "every spec fits" },
    ],
  });
}
