/**
 * The operational fields the diff compares, one descriptor per field. A descriptor says where the
 * value lives (a spec JSON pointer or a figure of the estimate), how to present it (label, unit,
 * rounding) and how serious a change is (`judge`). The table is the single place that decides
 * what "operational" means: a field that is not listed here (description, labels, comments,
 * formatting) can never produce a change, which is what makes cosmetic-only PRs quiet.
 */
import { valueAt } from "../pointer.js";
import type { ChangeCategory, ChangeSeverity, Estimate, Scalar, SpecSide } from "../types.js";
import { own } from "../lookup.js";

/** How serious one field's change is, with a note and whether it loosens governance. */
export interface Judgement {
  severity: ChangeSeverity;
  note?: string;
  loosensGovernance?: boolean;
}

/** One operational field the diff compares: where its value comes from and how a change reads. */
export interface FieldDef {
  category: ChangeCategory;
  key: string;
  /** Whether the value is read from the spec (at `pointer`) or is a figure of the estimate. */
  from: "spec" | "estimate";
  label: string;
  /** Spec pointer the change links to (for estimate figures: the field that drives them). */
  pointer: string;
  unit?: string;
  /** Decimal places kept for numbers (reports never show float noise). */
  digits?: number;
  /** Shown also when a whole spec is added or deleted (cost and fit headlines). */
  headline?: boolean;
  get(side: SpecSide): Scalar | undefined;
  /** Severity of a change; both sides exist and differ. Defaults to info. */
  judge?(before: Scalar, after: Scalar, base: SpecSide, head: SpecSide): Judgement;
}

/** Reads a JSON pointer from an unknown value; undefined when absent or not a scalar. */
export function readPointer(value: unknown, pointer: string): Scalar | undefined {
  const cur = valueAt(value, pointer);
  if (cur === null) return null;
  if (typeof cur === "string" || typeof cur === "number" || typeof cur === "boolean") return cur;
  return undefined;
}

const info: Judgement = { severity: "info" };

function spec(
  category: ChangeCategory,
  key: string,
  label: string,
  pointer: string,
  extra: Partial<Omit<FieldDef, "category" | "key" | "from" | "label" | "pointer" | "get">> = {},
): FieldDef {
  return {
    category,
    key,
    from: "spec",
    label,
    pointer,
    get: (side) => readPointer(side.spec, pointer),
    ...extra,
  };
}

function est(
  category: ChangeCategory,
  key: string,
  label: string,
  pointer: string,
  pick: (e: Estimate) => Scalar | undefined,
  extra: Partial<Omit<FieldDef, "category" | "key" | "from" | "label" | "pointer" | "get">> = {},
): FieldDef {
  return {
    category,
    key,
    from: "estimate",
    label,
    pointer,
    get: (side) => (side.estimate ? pick(side.estimate) : undefined),
    ...extra,
  };
}

const num = (v: Scalar): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

// ─── Judges ─────────────────────────────────────────────────────────────────────────────────────

const changed = (severity: ChangeSeverity, note: string) => (): Judgement => ({ severity, note });

/** Risky when the number goes down (or the field disappears), info when it goes up or appears. */
const riskyWhenLowered =
  (note: string, loosens = false) =>
  (before: Scalar, after: Scalar): Judgement => {
    const b = num(before);
    const a = num(after);
    if (b !== null && (a === null || a < b))
      return { severity: "risky", note, loosensGovernance: loosens || undefined };
    return info;
  };

/** Risky when a switch that was on is turned off or removed. */
const riskyWhenSwitchedOff =
  (note: string) =>
  (before: Scalar, after: Scalar): Judgement =>
    before === true && after !== true ? { severity: "risky", note } : info;

/** Risky when a value that existed is removed; `onChange` otherwise. */
const riskyWhenRemoved =
  (removedNote: string, onChange: Judgement = info, loosens = false) =>
  (before: Scalar, after: Scalar): Judgement => {
    if (before !== null && after === null)
      return { severity: "risky", note: removedNote, loosensGovernance: loosens || undefined };
    if (before === null) return info;
    return onChange;
  };

/** Cost figures: a rise of 20 % or more (or from nothing) is risky; the gates apply the repo's limits. */
const COST_RISE_RISKY_PCT = 20;
const costJudge = (before: Scalar, after: Scalar): Judgement => {
  const b = num(before);
  const a = num(after);
  if (a === null || b === null || a <= b) return info;
  if (b === 0) return { severity: "risky", note: "cost rises from zero" };
  const pct = ((a - b) / b) * 100;
  return pct >= COST_RISE_RISKY_PCT
    ? { severity: "risky", note: `cost rises by ${pct.toFixed(1)} % (risky from ${COST_RISE_RISKY_PCT} %)` }
    : info;
};

const VERDICT_RANK: Record<string, number> = { fits: 0, tight: 1, unknown: 2, "does-not-fit": 3 };
const verdictJudge = (before: Scalar, after: Scalar): Judgement => {
  if (after === "does-not-fit")
    return { severity: "breaking", note: "the model no longer fits in GPU memory" };
  if (after === "tight" && before === "fits")
    return { severity: "risky", note: "memory headroom is now tight: long batches may run out of memory" };
  if (after === "unknown") return { severity: "risky", note: "memory fit can no longer be estimated" };
  const b = own(VERDICT_RANK, String(before)) ?? 2;
  const a = own(VERDICT_RANK, String(after)) ?? 2;
  return a < b ? { severity: "info", note: "memory fit improved" } : info;
};

// ─── The table ──────────────────────────────────────────────────────────────────────────────────

const MODEL = "/spec/identity/model";
const ACC = "/spec/runtime/accelerator";
const BATCH = "/spec/runtime/batch";
const RES = "/spec/runtime/resources";
const SERVING = "/spec/operations/serving";
const SCALING = "/spec/operations/scaling";
const OBS = "/spec/operations/observability";
const COMPLIANCE = "/spec/governance/compliance";
const COST = "/spec/governance/cost";

/** The operational fields the diff compares, in report order: the one table of what a change can be. */
export const FIELDS: FieldDef[] = [
  // identity
  spec("identity", "identity.model.id", "Model id", `${MODEL}/id`, {
    headline: true,
    judge: changed("risky", "a different model: outputs, quality and memory change"),
  }),
  spec("identity", "identity.model.family", "Model family", `${MODEL}/family`),
  spec("identity", "identity.model.task", "Task", `${MODEL}/task`, {
    judge: riskyWhenRemoved("task removed", { severity: "breaking", note: "clients of the old task break" }),
  }),
  spec("identity", "identity.model.framework", "Serving framework", `${MODEL}/framework`, {
    judge: changed("risky", "a different serving engine: flags, memory use and behaviour differ"),
  }),
  spec("identity", "identity.model.precision", "Precision", `${MODEL}/precision`, {
    headline: true,
    judge: changed("risky", "re-quantisation changes output quality and memory use; evaluate before rollout"),
  }),
  spec("identity", "identity.artifacts.modelUri", "Weights URI", `${MODEL}/artifacts/modelUri`, {
    judge: changed("risky", "new weights are deployed"),
  }),
  spec("identity", "identity.artifacts.tokenizerUri", "Tokenizer URI", `${MODEL}/artifacts/tokenizerUri`, {
    judge: changed("risky", "a different tokenizer must match the weights"),
  }),
  spec("identity", "identity.version", "Spec version", "/metadata/version"),

  // resources
  spec("resources", "resources.gpu.vendor", "GPU vendor", `${ACC}/vendor`, {
    judge: changed("risky", "a different accelerator vendor needs a different runtime build"),
  }),
  spec("resources", "resources.gpu.type", "GPU type", `${ACC}/type`, {
    headline: true,
    judge: changed("risky", "different GPU: memory, speed and price change"),
  }),
  spec("resources", "resources.gpu.count", "GPUs per replica", `${ACC}/count`, {
    headline: true,
    unit: "GPUs",
    judge: riskyWhenLowered("fewer GPUs per replica: less memory for weights and KV cache"),
  }),
  est("resources", "resources.gpu.memoryGiB", "Memory per GPU", `${ACC}/type`, (e) => e.gpu.memoryGiB, {
    unit: "GiB",
    digits: 1,
  }),
  est(
    "resources",
    "resources.memory.requiredGiB",
    "Memory needed per GPU",
    `${ACC}/type`,
    (e) => e.memory?.perGpu.totalGiB,
    { unit: "GiB", digits: 1, headline: true },
  ),
  est(
    "resources",
    "resources.memory.headroomGiB",
    "Memory headroom per GPU",
    `${ACC}/type`,
    (e) => e.memory?.perGpu.headroomGiB,
    { unit: "GiB", digits: 1 },
  ),
  est("resources", "resources.verdict", "Memory fit", `${ACC}/type`, (e) => e.memory?.verdict ?? "unknown", {
    headline: true,
    judge: verdictJudge,
  }),
  est(
    "resources",
    "resources.kv.tokenCapacity",
    "KV-cache capacity per replica",
    `${BATCH}/maxSequenceLengthTokens`,
    (e) => e.kvCache?.tokenCapacity,
    {
      unit: "tokens",
      digits: 0,
      judge: (before, after, _b, head) => {
        const need = head.estimate?.kvCache?.requiredTokens;
        const a = num(after);
        const b = num(before);
        if (a !== null && b !== null && a < b && need !== undefined && a < need)
          return { severity: "risky", note: `below the ${need} tokens the declared batch needs` };
        return info;
      },
    },
  ),
  est(
    "resources",
    "resources.kv.maxConcurrentSequences",
    "Full-length sequences in KV cache",
    `${BATCH}/maxBatchSize`,
    (e) => e.kvCache?.maxConcurrentSequences,
    { unit: "sequences", digits: 0 },
  ),
  spec("resources", "resources.batch.maxBatchSize", "Max batch size", `${BATCH}/maxBatchSize`, {
    unit: "requests",
  }),
  spec(
    "resources",
    "resources.batch.maxSequenceLengthTokens",
    "Max sequence length",
    `${BATCH}/maxSequenceLengthTokens`,
    {
      unit: "tokens",
      judge: riskyWhenLowered("requests longer than the new limit will be rejected"),
    },
  ),
  spec("resources", "resources.cpuCores", "CPU cores", `${RES}/cpuCores`, { unit: "cores" }),
  spec("resources", "resources.memoryGb", "Host memory", `${RES}/memoryGb`, { unit: "GB" }),
  spec("resources", "resources.ephemeralStorageGb", "Ephemeral storage", `${RES}/ephemeralStorageGb`, {
    unit: "GB",
  }),

  // scaling
  spec("scaling", "scaling.minReplicas", "Min replicas", `${SCALING}/minReplicas`, {
    unit: "replicas",
    judge: (before, after) => {
      if (after === 0 && num(before) !== null && num(before)! > 0)
        return {
          severity: "risky",
          note: "scales to zero: the first request after idle waits for a cold start",
        };
      return riskyWhenLowered("less capacity at rest")(before, after);
    },
  }),
  spec("scaling", "scaling.maxReplicas", "Max replicas", `${SCALING}/maxReplicas`, {
    unit: "replicas",
    judge: riskyWhenLowered("less peak capacity"),
  }),
  spec("scaling", "scaling.strategy", "Scaling strategy", `${SCALING}/strategy`),
  spec("scaling", "scaling.warmPool.size", "Warm pool size", `${SCALING}/warmPool/size`, {
    unit: "replicas",
    judge: riskyWhenLowered("fewer warm replicas: more cold starts"),
  }),
  spec("scaling", "scaling.warmPool.strategy", "Warm pool strategy", `${SCALING}/warmPool/strategy`),
  spec("scaling", "scaling.targetLatencyMsP95", "Latency target (p95)", `${SCALING}/targetLatencyMsP95`, {
    unit: "ms",
  }),
  spec("scaling", "scaling.targetRps", "Throughput target", `${SCALING}/targetRps`, { unit: "req/s" }),

  // cost
  est(
    "cost",
    "cost.provider",
    "Priced at provider",
    `${COST}/pricingHints/cloudProvider`,
    (e) => e.cost?.provider,
  ),
  est("cost", "cost.usdPerGpuHour", "Price per GPU-hour", `${ACC}/type`, (e) => e.cost?.usdPerGpuHour, {
    unit: "USD/hour",
    digits: 2,
  }),
  est(
    "cost",
    "cost.hourlyPerReplica",
    "Hourly cost per replica",
    `${ACC}/type`,
    (e) => e.cost?.hourlyUsdPerReplica,
    {
      unit: "USD/hour",
      digits: 2,
      headline: true,
    },
  ),
  est(
    "cost",
    "cost.monthlyAtMin",
    "Monthly cost (min replicas)",
    `${SCALING}/minReplicas`,
    (e) => e.cost?.monthlyUsd.atMinReplicas,
    { unit: "USD/month", digits: 2, headline: true, judge: costJudge },
  ),
  est(
    "cost",
    "cost.monthlyAtMax",
    "Monthly cost (max replicas)",
    `${SCALING}/maxReplicas`,
    (e) => e.cost?.monthlyUsd.atMaxReplicas,
    { unit: "USD/month", digits: 2, headline: true, judge: costJudge },
  ),
  est(
    "cost",
    "cost.usdPer1kTokens",
    "Cost per 1k tokens",
    `${COST}/targetCostPer1kTokensUsd`,
    (e) => e.cost?.usdPer1kTokens,
    {
      unit: "USD/1k tokens",
      digits: 5,
      judge: costJudge,
    },
  ),
  est(
    "cost",
    "cost.budget.withinTarget",
    "Within cost target",
    `${COST}/targetCostPer1kTokensUsd`,
    (e) => e.cost?.budget?.withinTarget,
    {
      judge: (before, after) =>
        before === true && after === false
          ? { severity: "risky", note: "cost per 1k tokens now exceeds the spec's target" }
          : info,
    },
  ),
  spec("cost", "cost.spotAllowed", "Spot capacity allowed", `${COST}/pricingHints/spotAllowed`, {
    judge: (before, after) =>
      after === true && before !== true
        ? { severity: "risky", note: "spot capacity can be reclaimed at short notice" }
        : info,
  }),
  spec("cost", "cost.cloudProvider", "Cloud provider", `${COST}/pricingHints/cloudProvider`),
  spec("cost", "cost.instanceType", "Instance type", `${COST}/pricingHints/instanceType`),

  // serving
  spec("serving", "serving.protocol", "Protocol", `${SERVING}/protocol`, {
    judge: changed("breaking", "clients must switch protocol"),
  }),
  spec("serving", "serving.port", "Port", `${SERVING}/port`, {
    judge: riskyWhenRemoved("port removed", {
      severity: "breaking",
      note: "clients and probes must use the new port",
    }),
  }),
  spec("serving", "serving.readinessProbe.path", "Readiness probe path", `${SERVING}/readinessProbe/path`, {
    judge: riskyWhenRemoved("readiness probe removed: traffic may reach replicas that are still loading", {
      severity: "risky",
      note: "the server must answer on the new path",
    }),
  }),
  spec(
    "serving",
    "serving.readinessProbe.timeoutSeconds",
    "Readiness probe timeout",
    `${SERVING}/readinessProbe/timeoutSeconds`,
    {
      unit: "s",
    },
  ),
  spec("serving", "serving.livenessProbe.path", "Liveness probe path", `${SERVING}/livenessProbe/path`, {
    judge: riskyWhenRemoved("liveness probe removed: hung replicas are no longer restarted", {
      severity: "risky",
      note: "the server must answer on the new path",
    }),
  }),
  spec(
    "serving",
    "serving.livenessProbe.timeoutSeconds",
    "Liveness probe timeout",
    `${SERVING}/livenessProbe/timeoutSeconds`,
    {
      unit: "s",
    },
  ),
  spec("serving", "serving.maxConcurrency", "Max concurrency", `${SERVING}/maxConcurrency`, {
    unit: "requests",
    judge: riskyWhenLowered("fewer concurrent requests per replica: more queueing"),
  }),
  spec("serving", "serving.timeoutSeconds", "Request timeout", `${SERVING}/timeoutSeconds`, {
    unit: "s",
    judge: riskyWhenLowered("long generations may now time out"),
  }),

  // observability
  spec("observability", "observability.metrics.enabled", "Metrics enabled", `${OBS}/metrics/enabled`, {
    judge: riskyWhenSwitchedOff("metrics switched off: autoscaling and alerts lose their signal"),
  }),
  spec("observability", "observability.metrics.provider", "Metrics provider", `${OBS}/metrics/provider`),
  spec("observability", "observability.metrics.port", "Metrics port", `${OBS}/metrics/port`),
  spec("observability", "observability.tracing.enabled", "Tracing enabled", `${OBS}/tracing/enabled`, {
    judge: riskyWhenSwitchedOff("tracing switched off"),
  }),
  spec("observability", "observability.logging.level", "Log level", `${OBS}/logging/level`),

  // governance
  spec("governance", "governance.pii.allowed", "PII allowed", `${COMPLIANCE}/pii/allowed`, {
    judge: (before, after, _base, head) => {
      if (after !== true || before === true) return info;
      const policy = readPointer(head.spec, `${COMPLIANCE}/pii/policy`);
      return {
        severity: "risky",
        loosensGovernance: true,
        note: policy ? `PII now allowed under policy ${String(policy)}` : "PII now allowed without a policy",
      };
    },
  }),
  spec("governance", "governance.pii.policy", "PII policy", `${COMPLIANCE}/pii/policy`, {
    judge: riskyWhenRemoved(
      "PII policy removed",
      { severity: "risky", note: "a different PII policy applies: check it is at least as strict" },
      true,
    ),
  }),
  spec("governance", "governance.retention.logsDays", "Log retention", `${COMPLIANCE}/retention/logsDays`, {
    unit: "days",
    judge: riskyWhenLowered("log retention shortened: less audit history", true),
  }),
  spec(
    "governance",
    "governance.retention.artifactsDays",
    "Artifact retention",
    `${COMPLIANCE}/retention/artifactsDays`,
    {
      unit: "days",
      judge: riskyWhenLowered("artifact retention shortened", true),
    },
  ),
  spec(
    "governance",
    "governance.changeApproval",
    "Change approval",
    `${COMPLIANCE}/governance/changeApproval`,
    {
      judge: riskyWhenRemoved(
        "change approval removed",
        { severity: "risky", note: "a different approval process applies" },
        true,
      ),
    },
  ),
  spec("governance", "governance.owner", "Owner", `${COMPLIANCE}/governance/owner`, {
    judge: riskyWhenRemoved(
      "owner removed: nobody is accountable",
      { severity: "risky", note: "ownership moves" },
      true,
    ),
  }),
  spec("governance", "governance.annotations.owner", "Owner (annotation)", "/metadata/annotations/owner", {
    judge: riskyWhenRemoved("owner annotation removed", { severity: "info", note: "ownership moves" }, true),
  }),
  spec(
    "governance",
    "governance.costTarget",
    "Cost target per 1k tokens",
    `${COST}/targetCostPer1kTokensUsd`,
    {
      unit: "USD/1k tokens",
      judge: (before, after) => {
        const b = num(before);
        const a = num(after);
        if (b === null) return info;
        if (a === null) return { severity: "risky", note: "cost target removed", loosensGovernance: true };
        if (a > b) return { severity: "risky", note: "cost target raised", loosensGovernance: true };
        return info;
      },
    },
  ),
];

/** Change categories in the order reports list them. */
export const CATEGORY_ORDER: ChangeCategory[] = [
  "identity",
  "resources",
  "scaling",
  "cost",
  "serving",
  "observability",
  "pipeline",
  "governance",
];
