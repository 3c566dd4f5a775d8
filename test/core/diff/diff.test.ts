import { describe, expect, it } from "vitest";
import { diffSpecs, unifiedDiff } from "../../../src/core/diff/index.js";
import type { Estimate, ModelSpec, SpecChange, SpecSide } from "../../../src/core/types.js";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import { kvCapacity } from "../../support/estimate-fixture.js";

const base: ModelSpec = {
  apiVersion: "piqc.ai/v1alpha1",
  kind: "ModelSpec",
  metadata: { name: "chat", version: "1.0.0", description: "support bot", annotations: { owner: "ml" } },
  spec: {
    identity: {
      model: {
        id: "llama-3.1-8b",
        family: "llama-3",
        task: "chat-completion",
        framework: "vllm",
        precision: "fp16",
        artifacts: { modelUri: "s3://m/v1/", tokenizerUri: "s3://t/v1/" },
      },
    },
    runtime: {
      accelerator: { vendor: "nvidia", type: "a100-80gb", count: 1 },
      batch: { maxBatchSize: 16, maxSequenceLengthTokens: 8192 },
    },
    operations: {
      serving: {
        protocol: "http",
        port: 8000,
        readinessProbe: { path: "/ready" },
        livenessProbe: { path: "/live" },
        timeoutSeconds: 60,
        maxConcurrency: 16,
      },
      scaling: { minReplicas: 2, maxReplicas: 4, targetLatencyMsP95: 500, warmPool: { size: 1 } },
      observability: { metrics: { enabled: true }, tracing: { enabled: true }, logging: { level: "info" } },
    },
    pipeline: {
      dependencies: [
        { id: "in-guard", role: "guardrail", required: true, interface: { maxLatencyMs: 50 } },
        { id: "reranker", role: "reranker", required: false, interface: { maxLatencyMs: 100 } },
      ],
    },
    governance: {
      compliance: {
        pii: { allowed: false, policy: "pii-v3" },
        retention: { logsDays: 30, artifactsDays: 90 },
        governance: { owner: "ml-platform", changeApproval: "two-person" },
      },
      cost: { targetCostPer1kTokensUsd: 0.002, pricingHints: { spotAllowed: false } },
    },
  },
};

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** A hand-built estimate with only the figures the diff reads; the rest are plausible zeros. */
function estimate(o: {
  memoryGiB?: number;
  totalGiB?: number;
  headroomGiB?: number;
  verdict?: "fits" | "tight" | "does-not-fit" | "unknown";
  tokenCapacity?: number;
  requiredTokens?: number;
  hourly?: number;
  min?: number;
  max?: number;
  per1k?: number | null;
  withinTarget?: boolean;
}): Estimate {
  const memory =
    o.totalGiB === undefined
      ? null
      : {
          perGpu: {
            weightsGiB: 0,
            kvCacheGiB: 0,
            activationGiB: 0,
            overheadGiB: 0,
            totalGiB: o.totalGiB,
            capacityGiB: o.memoryGiB ?? 80,
            usableGiB: (o.memoryGiB ?? 80) * 0.9,
            headroomGiB: o.headroomGiB ?? 0,
            headroomPct: 0,
          },
          fits: o.verdict !== "does-not-fit",
          verdict: o.verdict ?? "fits",
        };
  return {
    model: {
      declared: null,
      resolvedAs: null,
      confidence: "exact",
      reason: "",
      paramsB: 8,
      activeParamsB: 8,
      source: null,
    },
    gpu: {
      declared: null,
      resolvedAs: null,
      confidence: "exact",
      count: 1,
      memoryGiB: o.memoryGiB ?? 80,
      source: null,
    },
    precision: { weights: "fp16", kvCache: "fp16" },
    fits: memory ? memory.fits : null,
    memory,
    kvCache:
      o.tokenCapacity === undefined
        ? null
        : kvCapacity({
            bytesPerTokenPerGpu: 131072,
            tokenCapacity: o.tokenCapacity,
            maxConcurrentSequences: Math.floor(o.tokenCapacity / 8192),
            requiredTokens: o.requiredTokens ?? 0,
          }),
    throughput: null,
    cost:
      o.hourly === undefined
        ? null
        : {
            provider: "aws",
            spot: false,
            usdPerGpuHour: o.hourly,
            priceSource: "test",
            priceAsOf: "2026-01-01",
            hourlyUsdPerReplica: o.hourly,
            hoursPerMonth: 730,
            monthlyUsd: { atMinReplicas: o.min ?? 0, atMaxReplicas: o.max ?? 0 },
            usdPer1kTokens: o.per1k ?? null,
            budget:
              o.withinTarget === undefined
                ? null
                : { targetUsdPer1kTokens: 0.002, withinTarget: o.withinTarget },
          },
    recommendation: null,
    assumptions: [],
    findings: [],
  };
}

const side = (spec: ModelSpec, est: Estimate | null = null): SpecSide => ({
  spec,
  valid: true,
  estimate: est,
});
const byKey = (changes: SpecChange[], key: string) => changes.find((c) => c.key === key);

type Mutation = (s: ModelSpec) => void;
interface Case {
  name: string;
  mutate: Mutation;
  key: string;
  before: unknown;
  after: unknown;
  severity: SpecChange["severity"];
  loosens?: boolean;
  category: SpecChange["category"];
}

const cases: Case[] = [
  {
    name: "model id",
    mutate: (s) => (s.spec!.identity!.model!.id = "llama-3.1-70b"),
    key: "identity.model.id",
    before: "llama-3.1-8b",
    after: "llama-3.1-70b",
    severity: "risky",
    category: "identity",
  },
  {
    name: "precision",
    mutate: (s) => (s.spec!.identity!.model!.precision = "int4"),
    key: "identity.model.precision",
    before: "fp16",
    after: "int4",
    severity: "risky",
    category: "identity",
  },
  {
    name: "weights",
    mutate: (s) => (s.spec!.identity!.model!.artifacts!.modelUri = "s3://m/v2/"),
    key: "identity.artifacts.modelUri",
    before: "s3://m/v1/",
    after: "s3://m/v2/",
    severity: "risky",
    category: "identity",
  },
  {
    name: "task",
    mutate: (s) => (s.spec!.identity!.model!.task = "embedding"),
    key: "identity.model.task",
    before: "chat-completion",
    after: "embedding",
    severity: "breaking",
    category: "identity",
  },
  {
    name: "version",
    mutate: (s) => (s.metadata!.version = "1.1.0"),
    key: "identity.version",
    before: "1.0.0",
    after: "1.1.0",
    severity: "info",
    category: "identity",
  },
  {
    name: "gpu type",
    mutate: (s) => (s.spec!.runtime!.accelerator!.type = "l4"),
    key: "resources.gpu.type",
    before: "a100-80gb",
    after: "l4",
    severity: "risky",
    category: "resources",
  },
  {
    name: "gpu count down",
    mutate: (s) => (s.spec!.runtime!.accelerator!.count = 0),
    key: "resources.gpu.count",
    before: 1,
    after: 0,
    severity: "risky",
    category: "resources",
  },
  {
    name: "gpu count up",
    mutate: (s) => (s.spec!.runtime!.accelerator!.count = 2),
    key: "resources.gpu.count",
    before: 1,
    after: 2,
    severity: "info",
    category: "resources",
  },
  {
    name: "seq len down",
    mutate: (s) => (s.spec!.runtime!.batch!.maxSequenceLengthTokens = 4096),
    key: "resources.batch.maxSequenceLengthTokens",
    before: 8192,
    after: 4096,
    severity: "risky",
    category: "resources",
  },
  {
    name: "min replicas to zero",
    mutate: (s) => (s.spec!.operations!.scaling!.minReplicas = 0),
    key: "scaling.minReplicas",
    before: 2,
    after: 0,
    severity: "risky",
    category: "scaling",
  },
  {
    name: "max replicas up",
    mutate: (s) => (s.spec!.operations!.scaling!.maxReplicas = 8),
    key: "scaling.maxReplicas",
    before: 4,
    after: 8,
    severity: "info",
    category: "scaling",
  },
  {
    name: "max replicas down",
    mutate: (s) => (s.spec!.operations!.scaling!.maxReplicas = 3),
    key: "scaling.maxReplicas",
    before: 4,
    after: 3,
    severity: "risky",
    category: "scaling",
  },
  {
    name: "warm pool removed",
    mutate: (s) => delete s.spec!.operations!.scaling!.warmPool,
    key: "scaling.warmPool.size",
    before: 1,
    after: null,
    severity: "risky",
    category: "scaling",
  },
  {
    name: "protocol",
    mutate: (s) => (s.spec!.operations!.serving!.protocol = "grpc"),
    key: "serving.protocol",
    before: "http",
    after: "grpc",
    severity: "breaking",
    category: "serving",
  },
  {
    name: "port",
    mutate: (s) => (s.spec!.operations!.serving!.port = 9000),
    key: "serving.port",
    before: 8000,
    after: 9000,
    severity: "breaking",
    category: "serving",
  },
  {
    name: "readiness removed",
    mutate: (s) => delete s.spec!.operations!.serving!.readinessProbe,
    key: "serving.readinessProbe.path",
    before: "/ready",
    after: null,
    severity: "risky",
    category: "serving",
  },
  {
    name: "timeout shortened",
    mutate: (s) => (s.spec!.operations!.serving!.timeoutSeconds = 10),
    key: "serving.timeoutSeconds",
    before: 60,
    after: 10,
    severity: "risky",
    category: "serving",
  },
  {
    name: "metrics off",
    mutate: (s) => (s.spec!.operations!.observability!.metrics!.enabled = false),
    key: "observability.metrics.enabled",
    before: true,
    after: false,
    severity: "risky",
    category: "observability",
  },
  {
    name: "tracing removed",
    mutate: (s) => delete s.spec!.operations!.observability!.tracing,
    key: "observability.tracing.enabled",
    before: true,
    after: null,
    severity: "risky",
    category: "observability",
  },
  {
    name: "log level",
    mutate: (s) => (s.spec!.operations!.observability!.logging!.level = "debug"),
    key: "observability.logging.level",
    before: "info",
    after: "debug",
    severity: "info",
    category: "observability",
  },
  {
    name: "PII allowed",
    mutate: (s) => (s.spec!.governance!.compliance!.pii!.allowed = true),
    key: "governance.pii.allowed",
    before: false,
    after: true,
    severity: "risky",
    loosens: true,
    category: "governance",
  },
  {
    name: "PII policy removed",
    mutate: (s) => delete s.spec!.governance!.compliance!.pii!.policy,
    key: "governance.pii.policy",
    before: "pii-v3",
    after: null,
    severity: "risky",
    loosens: true,
    category: "governance",
  },
  {
    name: "retention shortened",
    mutate: (s) => (s.spec!.governance!.compliance!.retention!.logsDays = 7),
    key: "governance.retention.logsDays",
    before: 30,
    after: 7,
    severity: "risky",
    loosens: true,
    category: "governance",
  },
  {
    name: "retention lengthened",
    mutate: (s) => (s.spec!.governance!.compliance!.retention!.logsDays = 90),
    key: "governance.retention.logsDays",
    before: 30,
    after: 90,
    severity: "info",
    category: "governance",
  },
  {
    name: "owner removed",
    mutate: (s) => delete s.spec!.governance!.compliance!.governance!.owner,
    key: "governance.owner",
    before: "ml-platform",
    after: null,
    severity: "risky",
    loosens: true,
    category: "governance",
  },
  {
    name: "approval changed",
    mutate: (s) => (s.spec!.governance!.compliance!.governance!.changeApproval = "self"),
    key: "governance.changeApproval",
    before: "two-person",
    after: "self",
    severity: "risky",
    category: "governance",
  },
  {
    name: "cost target raised",
    mutate: (s) => (s.spec!.governance!.cost!.targetCostPer1kTokensUsd = 0.01),
    key: "governance.costTarget",
    before: 0.002,
    after: 0.01,
    severity: "risky",
    loosens: true,
    category: "governance",
  },
  {
    name: "cost target lowered",
    mutate: (s) => (s.spec!.governance!.cost!.targetCostPer1kTokensUsd = 0.001),
    key: "governance.costTarget",
    before: 0.002,
    after: 0.001,
    severity: "info",
    category: "governance",
  },
  {
    name: "spot allowed",
    mutate: (s) => (s.spec!.governance!.cost!.pricingHints!.spotAllowed = true),
    key: "cost.spotAllowed",
    before: false,
    after: true,
    severity: "risky",
    category: "cost",
  },
  {
    name: "guardrail removed",
    mutate: (s) => s.spec!.pipeline!.dependencies!.splice(0, 1),
    key: "pipeline.dependencies.in-guard",
    before: "in-guard",
    after: null,
    severity: "risky",
    loosens: true,
    category: "pipeline",
  },
  {
    name: "guardrail optional",
    mutate: (s) => (s.spec!.pipeline!.dependencies![0]!.required = false),
    key: "pipeline.dependencies.in-guard.required",
    before: true,
    after: false,
    severity: "risky",
    loosens: true,
    category: "pipeline",
  },
  {
    name: "dependency added",
    mutate: (s) => s.spec!.pipeline!.dependencies!.push({ id: "out-guard", specRef: "./g.yaml" }),
    key: "pipeline.dependencies.out-guard",
    before: null,
    after: "./g.yaml",
    severity: "info",
    category: "pipeline",
  },
  {
    name: "dependency latency",
    mutate: (s) => (s.spec!.pipeline!.dependencies![1]!.interface!.maxLatencyMs = 300),
    key: "pipeline.dependencies.reranker.maxLatencyMs",
    before: 100,
    after: 300,
    severity: "info",
    category: "pipeline",
  },
  {
    name: "latency budget over target",
    mutate: (s) => (s.spec!.pipeline!.dependencies![1]!.interface!.maxLatencyMs = 600),
    key: "pipeline.latencyBudgetMs",
    before: 150,
    after: 650,
    severity: "risky",
    category: "pipeline",
  },
];

describe("diffSpecs: one field at a time", () => {
  it.each(cases)("$name → $key $severity", (c) => {
    const head = clone(base);
    c.mutate(head);
    const changes = diffSpecs(side(base), side(head), DEFAULT_CONFIG);
    const change = byKey(changes, c.key);
    expect(change, JSON.stringify(changes)).toBeDefined();
    expect(change).toMatchObject({
      before: c.before,
      after: c.after,
      severity: c.severity,
      category: c.category,
    });
    expect(change!.loosensGovernance ?? false).toBe(c.loosens ?? false);
    expect(change!.label.length).toBeGreaterThan(0);
  });
});

describe("diffSpecs: dependency `required` defaults to true (schema)", () => {
  it("removing a dependency that does not say `required` is risky", () => {
    const b = clone(base);
    b.spec!.pipeline!.dependencies!.push({ id: "ranker-2", role: "reranker" });
    expect(byKey(diffSpecs(side(b), side(base)), "pipeline.dependencies.ranker-2")).toMatchObject({
      severity: "risky",
      note: "a required dependency is removed",
    });
  });
  it("absent → true is no change; absent → false makes it optional", () => {
    const b = clone(base);
    delete b.spec!.pipeline!.dependencies![0]!.required;
    expect(diffSpecs(side(b), side(base))).toEqual([]);
    const h = clone(b);
    h.spec!.pipeline!.dependencies![0]!.required = false;
    expect(byKey(diffSpecs(side(b), side(h)), "pipeline.dependencies.in-guard.required")).toMatchObject({
      before: true,
      after: false,
      severity: "risky",
      loosensGovernance: true,
    });
  });
});

describe("diffSpecs: no noise", () => {
  it("reports nothing for an identical spec", () => {
    expect(
      diffSpecs(
        side(base, estimate({ totalGiB: 20, hourly: 4, min: 100, max: 200 })),
        side(clone(base), estimate({ totalGiB: 20, hourly: 4, min: 100, max: 200 })),
      ),
    ).toEqual([]);
  });
  it("ignores description, labels, other annotations and dependency order", () => {
    const head = clone(base);
    head.metadata!.description = "a different text";
    head.metadata!.labels = { team: "x" };
    head.metadata!.annotations = { owner: "ml", note: "hi" };
    head.spec!.pipeline!.dependencies!.reverse();
    expect(diffSpecs(side(base), side(head))).toEqual([]);
  });
  it("ignores float noise below the field's precision", () => {
    const a = estimate({ totalGiB: 20.0001, hourly: 4.000001, min: 100.001, max: 200.004 });
    const b = estimate({ totalGiB: 20.0002, hourly: 4.000002, min: 100.002, max: 200.001 });
    expect(diffSpecs(side(base, a), side(base, b))).toEqual([]);
  });
});

describe("diffSpecs: estimate figures", () => {
  it("downsizing until the model no longer fits is breaking, with GiB deltas", () => {
    const head = clone(base);
    head.spec!.runtime!.accelerator!.type = "l4";
    const changes = diffSpecs(
      side(
        base,
        estimate({
          memoryGiB: 80,
          totalGiB: 18.2,
          headroomGiB: 53.8,
          verdict: "fits",
          hourly: 4,
          min: 5840,
          max: 11680,
        }),
      ),
      side(
        head,
        estimate({
          memoryGiB: 22.3,
          totalGiB: 18.2,
          headroomGiB: -2.1,
          verdict: "does-not-fit",
          hourly: 0.8,
          min: 1168,
          max: 2336,
        }),
      ),
    );
    expect(byKey(changes, "resources.verdict")).toMatchObject({
      before: "fits",
      after: "does-not-fit",
      severity: "breaking",
    });
    expect(byKey(changes, "resources.memory.headroomGiB")).toMatchObject({
      before: 53.8,
      after: -2.1,
      unit: "GiB",
      delta: { abs: -55.9, pct: -103.9 },
    });
    expect(byKey(changes, "resources.gpu.memoryGiB")).toMatchObject({ before: 80, after: 22.3 });
    expect(byKey(changes, "cost.monthlyAtMax")).toMatchObject({
      before: 11680,
      after: 2336,
      unit: "USD/month",
      severity: "info",
      delta: { abs: -9344, pct: -80 },
    });
  });

  it("a cost rise of 20 % or more is risky, a small one is info", () => {
    const big = diffSpecs(
      side(base, estimate({ hourly: 4, min: 5840, max: 11680 })),
      side(base, estimate({ hourly: 4, min: 5840, max: 23360 })),
    );
    expect(byKey(big, "cost.monthlyAtMax")).toMatchObject({
      severity: "risky",
      delta: { abs: 11680, pct: 100 },
    });
    expect(byKey(big, "cost.monthlyAtMin")).toBeUndefined();
    const small = diffSpecs(
      side(base, estimate({ hourly: 4, min: 5840, max: 11680 })),
      side(base, estimate({ hourly: 4, min: 5840, max: 12000 })),
    );
    expect(byKey(small, "cost.monthlyAtMax")?.severity).toBe("info");
  });

  it("fits → tight is risky, does-not-fit → fits is info", () => {
    const t = diffSpecs(
      side(base, estimate({ totalGiB: 10, verdict: "fits" })),
      side(base, estimate({ totalGiB: 10, verdict: "tight" })),
    );
    expect(byKey(t, "resources.verdict")?.severity).toBe("risky");
    const f = diffSpecs(
      side(base, estimate({ totalGiB: 10, verdict: "does-not-fit" })),
      side(base, estimate({ totalGiB: 10, verdict: "fits" })),
    );
    expect(byKey(f, "resources.verdict")).toMatchObject({ severity: "info", note: "memory fit improved" });
  });

  it("budget flipped out of target and KV capacity below the batch's need are risky", () => {
    const c = diffSpecs(
      side(
        base,
        estimate({
          hourly: 4,
          min: 1,
          max: 2,
          per1k: 0.0015,
          withinTarget: true,
          tokenCapacity: 400000,
          requiredTokens: 131072,
        }),
      ),
      side(
        base,
        estimate({
          hourly: 4,
          min: 1,
          max: 2,
          per1k: 0.0031,
          withinTarget: false,
          tokenCapacity: 100000,
          requiredTokens: 131072,
        }),
      ),
    );
    expect(byKey(c, "cost.budget.withinTarget")).toMatchObject({
      before: true,
      after: false,
      severity: "risky",
    });
    expect(byKey(c, "resources.kv.tokenCapacity")).toMatchObject({ severity: "risky", unit: "tokens" });
    expect(byKey(c, "cost.usdPer1kTokens")).toMatchObject({ severity: "risky", delta: { pct: 106.7 } });
  });

  it("percentage is null when the base value is zero", () => {
    const c = diffSpecs(
      side(base, estimate({ hourly: 0, min: 0, max: 0 })),
      side(base, estimate({ hourly: 1, min: 730, max: 1460 })),
    );
    expect(byKey(c, "cost.monthlyAtMax")).toMatchObject({
      delta: { abs: 1460, pct: null },
      severity: "risky",
    });
  });
});

describe("diffSpecs: added and deleted specs", () => {
  const est = estimate({ totalGiB: 18, verdict: "fits", hourly: 4, min: 5840, max: 11680 });
  it("an added spec lists only headline figures, all info, before null", () => {
    const changes = diffSpecs(null, side(base, est));
    expect(changes.map((c) => c.key)).toEqual([
      "identity.model.id",
      "identity.model.precision",
      "resources.gpu.type",
      "resources.gpu.count",
      "resources.memory.requiredGiB",
      "resources.verdict",
      "cost.hourlyPerReplica",
      "cost.monthlyAtMin",
      "cost.monthlyAtMax",
    ]);
    expect(changes.every((c) => c.before === null && c.severity === "info" && c.delta === undefined)).toBe(
      true,
    );
  });
  it("a deleted spec lists the same headlines with after null", () => {
    const changes = diffSpecs(side(base, est), null);
    expect(byKey(changes, "cost.monthlyAtMax")).toMatchObject({ before: 11680, after: null });
  });
  it("nothing on both sides is nothing", () => {
    expect(diffSpecs(null, null)).toEqual([]);
  });
  it("copes with an invalid spec of the wrong shape", () => {
    const weird = { spec: { runtime: "oops", pipeline: { dependencies: "nope" } } } as unknown as ModelSpec;
    expect(() => diffSpecs(side(base), { spec: weird, valid: false, estimate: null })).not.toThrow();
    expect(() => diffSpecs({ spec: null, valid: false, estimate: null }, side(base))).not.toThrow();
  });
});

describe("changes come in category order", () => {
  it("identity before resources before governance", () => {
    const head = clone(base);
    head.spec!.governance!.compliance!.pii!.allowed = true;
    head.spec!.runtime!.accelerator!.count = 2;
    head.spec!.identity!.model!.precision = "fp8";
    expect(diffSpecs(side(base), side(head)).map((c) => c.category)).toEqual([
      "identity",
      "resources",
      "governance",
    ]);
  });
});

describe("unifiedDiff", () => {
  it("shows changed lines with both paths", () => {
    const d = unifiedDiff("new.yaml", "old.yaml", "a: 1\nb: 2\n", "a: 1\nb: 3\n");
    expect(d).toContain("--- a/old.yaml");
    expect(d).toContain("+++ b/new.yaml");
    expect(d).toContain("-b: 2");
    expect(d).toContain("+b: 3");
  });
  it("is null for equal texts, CRLF-only or final-newline-only changes, and one-sided files", () => {
    expect(unifiedDiff("x", undefined, "a: 1\n", "a: 1\n")).toBeNull();
    expect(unifiedDiff("x", undefined, "a: 1\r\nb: 2\r\n", "a: 1\nb: 2")).toBeNull();
    expect(unifiedDiff("x", undefined, undefined, "a: 1\n")).toBeNull();
    expect(unifiedDiff("x", undefined, "a: 1\n", undefined)).toBeNull();
  });
});
