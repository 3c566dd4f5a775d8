/**
 * The shared vocabulary of modelspec-review. Every stage of the pure core speaks these types:
 * parse → validate → rules → estimate(base), estimate(head) → diff → render.
 *
 * Nothing in here performs I/O. Values, not exceptions, carry user errors (a `Finding`).
 */
import type { EngineKind, SettingKey } from "./drift/engines.js";
import type { BaselineStatus, Finding, Severity } from "./findings.js";

export type { BaselineStatus, Finding, FindingCode, FindingSource, Severity } from "./findings.js";

// ─── ModelSpec (piqc.ai/v1alpha1) ───────────────────────────────────────────────────────────────
// Mirrors schema/modelspec.v1alpha1.json. Every field is optional here on purpose: the core also
// handles documents that failed validation, so consumers must cope with any field being absent.

/**
 * A ModelSpec document (piqc.ai/v1alpha1) as read from YAML; every field optional because invalid
 * documents are reviewed too.
 */
export interface ModelSpec {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    version?: string;
    description?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: {
    identity?: {
      model?: {
        id?: string;
        family?: string;
        task?: string;
        framework?: string;
        precision?: string;
        artifacts?: { modelUri?: string; tokenizerUri?: string };
      };
    };
    runtime?: {
      accelerator?: { vendor?: string; type?: string; count?: number };
      batch?: { maxBatchSize?: number; maxSequenceLengthTokens?: number };
      resources?: { cpuCores?: number; memoryGb?: number; ephemeralStorageGb?: number };
      environment?: { variables?: Record<string, string> };
    };
    operations?: {
      serving?: {
        protocol?: "http" | "grpc";
        port?: number;
        readinessProbe?: { path?: string; timeoutSeconds?: number };
        livenessProbe?: { path?: string; timeoutSeconds?: number };
        maxConcurrency?: number;
        timeoutSeconds?: number;
      };
      scaling?: {
        minReplicas?: number;
        maxReplicas?: number;
        strategy?: "reactive" | "predictive" | "manual";
        targetLatencyMsP95?: number;
        targetRps?: number;
        warmPool?: { size?: number; strategy?: string };
      };
      observability?: {
        metrics?: { enabled?: boolean; provider?: string; port?: number };
        logging?: { level?: string };
        tracing?: { enabled?: boolean };
      };
    };
    pipeline?: {
      preprocess?: { steps?: PipelineStep[] };
      postprocess?: { steps?: PipelineStep[] };
      dependencies?: PipelineDependency[];
    };
    governance?: {
      compliance?: {
        pii?: { allowed?: boolean; policy?: string };
        retention?: { logsDays?: number; artifactsDays?: number };
        governance?: { changeApproval?: string; owner?: string };
      };
      cost?: {
        targetCostPer1kTokensUsd?: number;
        pricingHints?: { cloudProvider?: string; instanceType?: string; spotAllowed?: boolean };
      };
    };
  };
}

/** One pre- or post-processing step of a spec's pipeline. */
export interface PipelineStep {
  name?: string;
  type?: string;
  enabled?: boolean;
}

/** Another model or service the spec's pipeline depends on (input, guardrail, reranker, ...). */
export interface PipelineDependency {
  id?: string;
  role?: "input" | "guardrail" | "reranker" | "postprocess" | "custom";
  specRef?: string;
  required?: boolean;
  interface?: { inputType?: string; outputType?: string; maxLatencyMs?: number };
}

// ─── Positions and findings ─────────────────────────────────────────────────────────────────────

/** 1-based line and column in the original text (column counts UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A finding that a spec annotation or repo config switched off, kept so reports can count them. */
export interface SuppressedFinding extends Finding {
  suppressedBy: "config" | "annotation";
  reason: string;
}

// ─── Parsing ────────────────────────────────────────────────────────────────────────────────────

/** Limits the YAML readers enforce before and while parsing a file. */
export interface ParseOptions {
  /** Refuse files larger than this many bytes (UTF-8). Default 1 MiB. */
  maxBytes?: number;
  /** Maximum nesting depth of collections. Default 64. */
  maxDepth?: number;
  /** Maximum alias expansions (alias-bomb guard). Default 1000. */
  maxAliasCount?: number;
  /** Maximum documents in one file. Default 100. */
  maxDocuments?: number;
  /**
   * Maximum entries in one file, counted on the text before any reader runs: its lines (the larger
   * of its LF and CR counts) plus its commas, plus one. Bounds the work one file can cost whatever
   * its shape (every reader is linear in its entries). Default 100,000.
   */
  maxEntries?: number;
}

/** One YAML document of a file: its plain value and a locator from JSON pointers to positions. */
export interface ParsedDocument {
  /** 0-based index of the document in the file. */
  index: number;
  /** The plain JS value (null for an empty document). Never contains prototype-polluting keys. */
  value: unknown;
  /** Where a JSON pointer lies in the original text. Falls back to the nearest existing ancestor. */
  locate(pointer: string): Position;
}

/** A file read as YAML: its documents and the parse-level findings. */
export interface ParsedFile {
  file: string;
  documents: ParsedDocument[];
  /** Parse-level findings (syntax, duplicate keys, size cap, alias bomb, depth, non-mapping root...). */
  findings: Finding[];
}

// ─── Estimation ─────────────────────────────────────────────────────────────────────────────────

/** How an estimate's model or GPU was recognised. */
/**
 * `config`: read from the model's real `config.json` (committed in the repo, cached or from the Hub).
 * `parsed-size` never yields a verdict: a size read from a name is a labelled hint only.
 */
export type Confidence = "exact" | "alias" | "declared" | "config" | "parsed-size" | "unknown";

/**
 * Whether the model fits in GPU memory: fits, fits with little headroom (tight), does not fit, or
 * unknown.
 */
export type Verdict = "fits" | "tight" | "does-not-fit" | "unknown";

/** Every catalog entry and every derived figure names where it came from. */
export interface Provenance {
  source: string;
  asOf: string;
}

/** Memory one GPU needs, by part (weights, KV cache, activations, overhead), in GiB. */
export interface MemoryBreakdown {
  weightsGiB: number;
  kvCacheGiB: number;
  activationGiB: number;
  overheadGiB: number;
  totalGiB: number;
  /** Physical memory of one GPU as the runtime sees it. */
  capacityGiB: number;
  /** What the serving engine may use (capacity × memory-utilisation fraction). */
  usableGiB: number;
  headroomGiB: number;
  /** headroomGiB / usableGiB × 100. */
  headroomPct: number;
}

/**
 * KV-cache capacity per replica, in vLLM V1's own terms (`vllm/v1/core/kv_cache_utils.py`,
 * `vllm/v1/worker/gpu_worker.py`): the pool is what is left of memory × utilisation after the
 * non-KV memory; tokens are pool ÷ bytes per token over ALL attention layers (sliding-window
 * layers included), as the "GPU KV cache size" log line counts them.
 */
export interface KvCapacity {
  /** KV bytes one token takes on one GPU, summed over every attention layer on that GPU. */
  bytesPerTokenPerGpu: number;
  /** vLLM's "GPU KV cache size: N tokens" (per replica; every GPU holds its shard of the same tokens). */
  tokenCapacity: number;
  /** vLLM's "Available KV cache memory: X GiB" per GPU. */
  poolGiB: number;
  /**
   * KV bytes per GPU the engine must find free to admit one max-length request: full-attention
   * layers × max_model_len + sliding-window layers × min(window − 1 + max_num_batched_tokens,
   * max_model_len), in 16-token blocks. The start-up check compares this with the pool.
   */
  admissionBytesPerGpu: number;
  /** vLLM's "Maximum concurrency for N tokens per request: X×" (pool ÷ admission), two decimals. */
  concurrency: number;
  /** Full-length sequences the pool holds at once: ⌊concurrency⌋. */
  fullLengthSequences: number;
  /** Same as `fullLengthSequences` (kept for existing readers). */
  maxConcurrentSequences: number;
  /** The declared runtime.batch.maxBatchSize (1 when not declared). */
  declaredBatch: number;
  /** True when the pool holds fewer full-length sequences than the declared batch (a warning, not a misfit). */
  belowDeclaredBatch: boolean;
  /** maxBatchSize × maxSequenceLengthTokens. */
  requiredTokens: number;
}

/** A cheaper or working GPU setup the estimator suggests instead of the declared one. */
export interface Recommendation {
  gpu: string;
  count: number;
  provider: string;
  hourlyUsdPerReplica: number;
  monthlyUsdAtMinReplicas: number;
  /** Positive when the recommendation is cheaper than the declared setup (USD / month at min replicas). */
  monthlySavingUsd: number | null;
  reason: string;
}

/**
 * What the estimator worked out for one spec: model, GPU, memory fit, KV cache, throughput, cost and
 * the assumptions behind them.
 */
export interface Estimate {
  model: {
    declared: string | null;
    resolvedAs: string | null;
    confidence: Confidence;
    reason: string;
    paramsB: number | null;
    activeParamsB: number | null;
    source: string | null;
    /**
     * Parameters (billions) read from the model's name when nothing else resolved it
     * (`confidence: "parsed-size"`): a labelled hint for reports, never used for a verdict or cost.
     */
    sizeHintB?: number;
  };
  gpu: {
    declared: string | null;
    resolvedAs: string | null;
    confidence: Confidence;
    count: number;
    memoryGiB: number | null;
    source: string | null;
  };
  precision: { weights: string; kvCache: string };
  /**
   * Does the engine start? `true` when, per GPU, weights + activation peak + non-torch overhead
   * (+ CUDA-graph memory) + the KV cache of ONE max-length sequence (admitted as vLLM V1 does) fit
   * in memory × utilisation; `false` when not; `null` when that cannot be known (model or GPU
   * unresolved, or the model's size only parsed from its name): never guessed. Capacity for the
   * declared batch is a separate figure (`kvCache.fullLengthSequences`), a warning when short.
   */
  fits: boolean | null;
  /**
   * null when the model or GPU is unknown: we never make a number up. `perGpu.kvCacheGiB` is the
   * admission KV of one max-length sequence; `verdict` is `unknown` (and `fits` null) when the
   * figures rest on a size parsed from the model's name.
   */
  memory: { perGpu: MemoryBreakdown; fits: boolean | null; verdict: Verdict } | null;
  /** KV-cache capacity of one replica, reported the way vLLM V1 logs it at start-up. */
  kvCache: KvCapacity | null;
  throughput: {
    decodeTokensPerSecPerReplica: number;
    prefillTokensPerSecPerReplica: number;
    /** Time to generate a full-length answer at the declared batch, used by timeout rules. */
    worstCaseGenerationSeconds: number | null;
    basis: string;
  } | null;
  cost: {
    provider: string;
    spot: boolean;
    usdPerGpuHour: number;
    priceSource: string;
    priceAsOf: string;
    hourlyUsdPerReplica: number;
    hoursPerMonth: number;
    monthlyUsd: { atMinReplicas: number; atMaxReplicas: number };
    usdPer1kTokens: number | null;
    budget: { targetUsdPer1kTokens: number; withinTarget: boolean } | null;
  } | null;
  recommendation: Recommendation | null;
  /** Every default or inference the numbers rest on, in words. */
  assumptions: string[];
  /** Estimation problems (unknown GPU with suggestion, unknown model with how to declare it...). */
  findings: Finding[];
}

// ─── Diff ───────────────────────────────────────────────────────────────────────────────────────

/** The area of a spec a change belongs to; also the order of sections in reports. */
export type ChangeCategory =
  "identity" | "resources" | "scaling" | "cost" | "serving" | "observability" | "pipeline" | "governance";
/** How serious a change is: breaks clients, is risky, or is information only. */
export type ChangeSeverity = "breaking" | "risky" | "info";
/** A value the diff compares: a YAML scalar or null. */
export type Scalar = string | number | boolean | null;

/** One operational field that differs between the base and head of a spec. */
export interface SpecChange {
  category: ChangeCategory;
  /** Stable key, e.g. `identity.model.id`, `resources.verdict`, `cost.monthlyAtMax`, `governance.pii.allowed`. */
  key: string;
  /** Human label, e.g. "Model id", "Monthly cost (max replicas)". */
  label: string;
  before: Scalar;
  after: Scalar;
  severity: ChangeSeverity;
  /** For numbers: after − before and the percentage change (null when before is 0 or absent). */
  delta?: { abs: number; pct: number | null };
  /** Unit for numbers: "USD", "USD/month", "GiB", "tokens", "ms", "days", "%"... */
  unit?: string;
  /** Why this severity (e.g. "PII now allowed without a policy"). */
  note?: string;
  /** Governance changes that relax a control. */
  loosensGovernance?: boolean;
  /** JSON pointer in the head (or base for removals) document, for linking to lines. */
  pointer?: string;
}

/** What kind of model version change a release note describes. */
export type ReleaseKind = "new-model" | "new-weights" | "re-quantisation" | "config-only" | "retired";

/** The release note of one spec: its kind, versions and the lines a model owner cares about. */
export interface ReleaseNote {
  name: string;
  kind: ReleaseKind;
  versionBefore: string | null;
  versionAfter: string | null;
  /** Identity changes, memory, GPUs, replicas, cost, SLO and governance lines as categorised changes. */
  changes: SpecChange[];
}

// ─── Review ─────────────────────────────────────────────────────────────────────────────────────

/** How a file changed between base and head. */
export type FileStatus = "added" | "modified" | "renamed" | "deleted" | "unchanged";

/** One changed file as the pipeline hands it to the core: texts in, no I/O. */
export interface FilePair {
  path: string;
  previousPath?: string;
  /** Text at the base ref; absent when the file was added. */
  base?: string;
  /** Text at the head ref; absent when the file was deleted. */
  head?: string;
  /**
   * A side that exists but has no text to review (bytes that are not UTF-8, a symbolic link): the
   * front end's finding (`parse/invalid-encoding`, `parse/symlink`) stands for that side's parse.
   */
  baseProblem?: Finding;
  headProblem?: Finding;
}

/** One side (base or head) of a spec: its document, whether it validated, and its estimate. */
export interface SpecSide {
  spec: ModelSpec | null;
  valid: boolean;
  estimate: Estimate | null;
}

/** One ModelSpec document (a file may hold several). */
export interface SpecReview {
  /** metadata.name of head (or base), else `${path}#${index}`. */
  name: string;
  /** Document index in the file. */
  index: number;
  status: FileStatus;
  base: SpecSide | null;
  head: SpecSide | null;
  changes: SpecChange[];
  /** Active findings for the head document (parse, schema, rule, estimate), sorted by line. */
  findings: Finding[];
  /** Findings switched off by config or annotation. */
  suppressed: SuppressedFinding[];
  /** Number of error-severity findings the base already had (context: "pre-existing"). */
  baseErrorCount: number;
  releaseNote: ReleaseNote | null;
  /**
   * Findings the base document had that the head no longer has (`baseline: "fixed"`), located on the
   * base; absent when there is nothing fixed. Matched by identity (code + pointer), not by line.
   */
  fixed?: Finding[];
}

/** The review of one changed file: its status, specs, findings and diff. */
export interface FileReview {
  path: string;
  previousPath?: string;
  status: FileStatus;
  /** False when neither side is a ModelSpec (the file is then left out of reports). */
  isModelSpec: boolean;
  specs: SpecReview[];
  /** File-level findings (parse errors that stop every document, size cap...). */
  findings: Finding[];
  /** Unified diff of the spec text (base → head); null when added/deleted/unchanged. */
  diff: string | null;
  /** File-level findings of the base that the head no longer has (`baseline: "fixed"`); absent when none. */
  fixed?: Finding[];
}

/** The id of a gate a review can fail on (configured under failOn). */
export type GateId =
  | "schema-errors"
  | "rule-errors"
  | "does-not-fit"
  | "monthly-cost-increase-usd"
  | "monthly-cost-increase-pct"
  | "governance-loosening"
  | "breaking-changes"
  | "config-errors"
  | "drift"
  | "runtime-drift";

/** Whether one gate failed, and why. */
export interface GateResult {
  gate: GateId;
  failed: boolean;
  /** Why, naming files/specs and values: "monthly cost +$4,380 exceeds the $1,000 limit". */
  reason: string;
  /**
   * The spec names (or file paths, for file-level problems) that tripped the gate, each once, in
   * review order; empty for PR-wide gates (cost totals, config). The comment's headline names them
   * in one short clause per failed gate, so they must be exactly the ones the gate counted.
   */
  subjects?: string[];
  /** How the gate judged: `new` (only what the PR introduced or worsened fails it) or `strict`. */
  mode?: GateMode;
  /**
   * Every condition the gate saw, classified against the base: the ones that fail it (new or
   * worsened; in strict mode also unchanged), those already on the base, and those the PR fixed.
   * Absent for PR-wide gates (cost totals, config), which measure the change by construction.
   */
  conditions?: GateCondition[];
}

/**
 * `new` (default): a gate fails only on conditions the pull request introduced or worsened against
 * its base. `strict`: it fails on every condition present on a changed spec's head, as on main.
 */
export type GateMode = "new" | "strict";

/** One condition a gate saw (a finding, or a spec that does not fit), classified against the base. */
export interface GateCondition {
  /** Spec name (or file path for a file-level problem), as in `GateResult.subjects`. */
  subject: string;
  file: string;
  status: BaselineStatus;
  /** e.g. "models/a.yaml:12 schema/required", "needs 101.6 GiB per GPU, 71.3 GiB usable". */
  detail: string;
  /** True when this condition fails the gate. */
  gating: boolean;
}

/** The check run's conclusion. */
export type ConclusionStatus = "success" | "neutral" | "failure";

/** Counts and cost totals of a review, for the first screen of every report. */
export interface ReviewSummary {
  specsChanged: number;
  /** Changed spec files the front end left out (`limits.maxFiles`); absent when none were. */
  filesNotReviewed?: number;
  specsWithErrors: number;
  specsNotFitting: number;
  governanceLoosened: number;
  breakingChanges: number;
  /** Totals over every changed spec (USD per month), null when no spec could be priced. */
  monthlyCost: {
    beforeAtMin: number | null;
    afterAtMin: number | null;
    beforeAtMax: number | null;
    afterAtMax: number | null;
    deltaAtMin: number | null;
    deltaAtMax: number | null;
    /** Percentage change at max replicas (null when before is 0/unknown). */
    deltaPctAtMax: number | null;
  };
  findings: { error: number; warning: number; notice: number; suppressed: number };
  /** True when no spec changed operationally (cosmetic-only PR). */
  noOperationalChange: boolean;
}

/**
 * The result of analysing a change: files, summary, gates and conclusion, config findings and release
 * notes.
 */
export interface Review {
  files: FileReview[];
  summary: ReviewSummary;
  conclusion: { status: ConclusionStatus; gates: GateResult[] };
  /** Findings about the configuration itself (bad repo config). */
  configFindings: Finding[];
  /** Price sources and dates and other global assumptions for the footer. */
  assumptions: string[];
  releaseNotes: ReleaseNote[];
  /** Deployment drift (src/core/drift): present when the adapter handed manifests to the review. */
  drift?: DriftReport;
  /** Running vs declared (src/core/runtime): present when the adapter handed a piqc scan to the review. */
  runtime?: RuntimeReport;
}

// ─── Configuration (.github/modelspec-review.yml, schema/config.v1.json) ────────────────────────

/**
 * How the sticky PR comment is updated: in place, as a new one, hiding or deleting the old one, or not
 * at all.
 */
export type CommentMode = "update" | "new" | "hide-and-new" | "delete-and-new" | "off";
/** A rule's configured severity, or off. */
export type RuleSetting = "off" | Severity;

/** A GPU declared under catalog.gpus in the repository config. */
export interface GpuOverride {
  /** Canonical id (e.g. "my-gpu-96gb"); aliases are extra names people write. */
  id: string;
  aliases?: string[];
  memoryGiB: number;
  bandwidthGBs: number;
  bf16Tflops?: number;
  fp8Tflops?: number;
  precisions?: string[];
  source?: string;
}

/** A model declared under catalog.models in the repository config. */
export interface ModelOverride {
  id: string;
  aliases?: string[];
  paramsB: number;
  activeParamsB?: number;
  layers?: number;
  hiddenSize?: number;
  attentionHeads?: number;
  kvHeads?: number;
  headDim?: number;
  vocabSize?: number;
  maxContext?: number;
  source?: string;
}

/** A GPU price declared under catalog.prices in the repository config. */
export interface PriceOverride {
  provider: string;
  gpu: string;
  usdPerGpuHour: number;
  spotFactor?: number;
  source?: string;
  asOf?: string;
}

/** The repository configuration (.github/modelspec-review.yml) after defaults are merged in. */
export interface Config {
  /** Globs of ModelSpec files. */
  paths: string[];
  failOn: {
    schemaErrors: boolean;
    ruleErrors: boolean;
    doesNotFit: boolean;
    governanceLoosening: boolean;
    breakingChanges: boolean;
    /** Fail when total monthly cost (at max replicas) rises by more than this many USD. */
    monthlyCostIncreaseUsd: number | null;
    /** … or by more than this percentage. */
    monthlyCostIncreasePct: number | null;
    /** Fail on deployment drift the PR introduced or worsened (off by default: drift warns). */
    drift?: boolean;
    /**
     * Fail on running drift or a missed promise (a piqc scan, docs/runtime.md) the PR introduced or
     * worsened; off by default. Stale and low-confidence facts never gate.
     */
    runtimeDrift?: boolean;
    /**
     * `new` (the default): gates fail only on what the PR introduced or worsened against its base;
     * `strict`: on every condition of a changed spec's head. Absent means `new`.
     */
    mode?: GateMode;
    /** Gates that judge strictly even when `mode` is `new` (e.g. `["schema-errors"]`). */
    strict?: GateId[];
  };
  /** Severity overrides and disabling, by rule id. */
  rules: Record<string, RuleSetting>;
  estimate: {
    provider: string | null;
    spot: boolean | null;
    hoursPerMonth: number;
    gpuMemoryUtilization: number | null;
    kvCacheDtype: string | null;
    tensorParallel: number | null;
    pipelineParallel: number | null;
  };
  catalog: { gpus: GpuOverride[]; models: ModelOverride[]; prices: PriceOverride[] };
  comment: { mode: CommentMode; tag: string; onNoChange: "short" | "none" };
  limits: { maxFiles: number; maxFileBytes: number };
  /** Deployment drift: ModelSpecs against the manifests that run them (docs/drift.md). */
  drift?: DriftConfig;
  /** Running vs declared: where the piqc scan is and how it is read (docs/runtime.md). */
  runtime?: RuntimeConfig;
}

// ─── Running vs declared (src/core/runtime: a piqc scan held against the specs) ──────────────────

/** One spec field compared with what the scan saw running. */
export interface RuntimeRow {
  field: string;
  label: string;
  spec: Located<string | number>;
  running: Located<string | number>;
  status: "same" | "drift" | "stale" | "unknown";
  confidence: string | null;
  observedAt: string | null;
  ageHours: number | null;
}

/** An observed figure (latency, batch, KV use, GPU use) against what the spec promises. */
export interface RuntimeObservation {
  code: string;
  label: string;
  observed: string;
  promised: string | null;
  observedAt: string | null;
  confidence: string | null;
  ok: boolean;
  /** The scan's fact key, how the scanner knew it (`source.method`) and how old it is. */
  factKey: string;
  via: string | null;
  ageHours: number | null;
}

/** One spec linked to a scanned workload, with its rows and observations. */
export interface RuntimeLink {
  spec: { name: string; file: string; line: number };
  workload: { workloadId: string; name: string; kind: string; line: number };
  rows: RuntimeRow[];
  observations: RuntimeObservation[];
  /** Cost per 1k tokens: the roofline estimate and the one from observed throughput (`obs.tps.avg`). */
  costPer1k: {
    estimated: number | null;
    observed: number | null;
    observedTps: number | null;
    /** Where the throughput came from (`obs.tps.avg`, its `source.method`) and its age. */
    via?: string | null;
    ageHours?: number | null;
  };
  /** Facts the scan could not collect for this workload. */
  missing: string[];
}

/** Running vs declared: the scan's links to specs, findings and what was not compared. */
export interface RuntimeReport {
  file: string;
  scanVersion: string | null;
  generatedAt: string | null;
  links: RuntimeLink[];
  findings: Finding[];
  /** Workloads in the scan that no spec names, and specs no workload runs (context, not findings). */
  unlinkedWorkloads: string[];
  specsWithoutWorkload: string[];
  /**
   * True when the scan is a repository file the check run can point at (the config's
   * `runtime.factsPath`, unchanged by the change): its own findings (stale, malformed) are then
   * annotated on its lines. A workspace file (the Action's `runtime-facts`) is not in the repository.
   */
  inRepo?: boolean;
}

/** `runtime:` in the repository config. */
export interface RuntimeConfig {
  /**
   * Repository path of a piqc scan (JSON), read at the change's base commit (so a pull request
   * cannot edit the facts it is judged against). The Action's `runtime-facts` input replaces it.
   */
  factsPath?: string;
  /** Facts older than this many hours are stale, never drift (default 168). */
  maxAgeHours?: number;
  /** Workload (`workloadId` or name) → spec `metadata.name`, for workloads named differently. */
  links?: Record<string, string>;
}

/** One explicit spec → manifests link (`drift.links[]`). */
export interface DriftLinkConfig {
  /** A spec's metadata.name, or a glob of spec paths. */
  spec: string;
  /** Globs of the manifest files that run it. */
  manifests: string[];
}

/** Helm values read without `helm`: which keys of a values file mean which engine setting. */
export interface DriftValuesConfig {
  /** Repository path of the values file. */
  file: string;
  /** The spec (metadata.name) the chart deploys. */
  spec: string;
  /** Dotted values key → setting (`gpus`, `replicas`, `minReplicas`, `maxReplicas`, `gpuType`, `args`, or an engine setting such as `maxModelLen`). */
  keys: Record<string, string>;
}

/** The drift section of the repository config: which manifests to read and how to link them to specs. */
export interface DriftConfig {
  /** Off: no manifest is read. Default on. */
  enabled: boolean;
  /** Globs of files that may be manifests (default: every YAML file outside the spec globs). */
  manifests: string[];
  links: DriftLinkConfig[];
  /** Numeric tolerance for max sequence length and batch size, percent. Default 0. */
  tolerancePct: number;
  values: DriftValuesConfig[];
}

// ─── Rendering context (what the adapters know that the core cannot) ─────────────────────────────

/** What renderers need besides the review: the comment tag, head SHA, repository URL and notices. */
export interface RenderContext {
  /** Comment tag, carried in the hidden marker so one PR can hold several comments. */
  tag: string;
  /** Head commit the review describes; carried in the marker and used for line links. */
  headSha?: string;
  baseSha?: string;
  /** e.g. https://github.com/owner/repo (server URL + repository), for links to file lines. */
  repoUrl?: string;
  /** True when the PR edits the review config (config is read from the base ref). */
  configChangedInPr?: boolean;
  /** The config file the review read, when not the default `.github/modelspec-review.yml`. */
  configPath?: string;
  /** Notices from the adapter to show in the report (e.g. "file cap of 300 reached"). */
  notices?: string[];
  /** What to render when nothing changed operationally (config `comment.onNoChange`); default "short". */
  onNoChange?: "short" | "none";
  /** Version of modelspec-review, for SARIF and the JSON report. */
  toolVersion?: string;
  /**
   * Where the full report lives, for the comment's footer: the check run's page and the workflow
   * run that holds the job summary (absolute http(s) URLs; anything else is ignored).
   */
  reportUrls?: { checkRun?: string; jobSummary?: string };
}

// ─── Rendered outputs (src/core/render) ─────────────────────────────────────────────────────────

/** How a check run concludes, as the REST API takes it (the review itself uses `ConclusionStatus`). */
export type CheckConclusion =
  "success" | "neutral" | "failure" | "cancelled" | "timed_out" | "action_required";

/** One check-run annotation, exactly as the REST API takes it (`output.annotations[]`). */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only when start_line === end_line (the API rejects columns on multi-line annotations). */
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  /** The renderer always sets it (the finding's code); the API does not require it. */
  title?: string;
  message: string;
  raw_details?: string;
}

/**
 * The check run to publish (what `Publisher.completeCheckRun` takes): the first request carries
 * the conclusion and the first batch, later ones append.
 */
export interface CheckRunOutput {
  conclusion: CheckConclusion;
  title: string;
  /** ≤ 65,535 characters. */
  summary: string;
  /** ≤ 65,535 characters. */
  text?: string;
  /** At most 50 annotations per batch (one batch per request), deterministic order. */
  annotationBatches: Annotation[][];
  /** Link shown on the check run (e.g. the workflow run). */
  detailsUrl?: string;
}

/** What `renderCheckRun` returns: a `CheckRunOutput` with the review's conclusion and a name. */
export interface RenderedCheckRun extends CheckRunOutput {
  /** "ModelSpec review", or "ModelSpec review (tag)" for a tagged comment. */
  name: string;
  text: string;
  conclusion: ConclusionStatus;
}

// ─── Drift: what a deployment manifest says will run, and how it differs from its ModelSpec ─────
// The vocabulary of the drift stage (src/core/drift/); pure data.

/** A value read from a manifest (or a spec), with where it is written. */
export interface Located<T> {
  value: T;
  file: string;
  line: number;
  column: number;
  /** JSON pointer inside the document. */
  pointer: string;
  /** Document index in a multi-document file (absent for single-document files). */
  document?: number;
  /** The flag or key that set it, as written (`--max-model-len`, `nvidia.com/gpu`, `NUM_SHARD`). */
  via?: string;
}

/** The kinds of Kubernetes workload (or Helm values file) drift reads. */
export type WorkloadKind =
  "Deployment" | "StatefulSet" | "LeaderWorkerSet" | "InferenceService" | "HelmValues";

/** What every workload drift reads says about itself: kind, name, labels and replica counts. */
export interface WorkloadBase {
  kind: WorkloadKind;
  name: string;
  namespace: string | null;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Where `metadata.name` is written. */
  at: Located<string>;
  /** `spec.replicas` (Deployment, StatefulSet, LeaderWorkerSet); null when not written. */
  replicas: Located<number> | null;
  /** Autoscaling bounds: KServe predictor min/max, or an HPA / KEDA ScaledObject targeting it. */
  minReplicas: Located<number> | null;
  maxReplicas: Located<number> | null;
}

/** One workload that runs a model, as the manifests describe it (after runtimes and kustomize). */
export interface Workload extends WorkloadBase {
  /** GPUs one replica uses: GPU limits of its pod(s) × pods per replica (LeaderWorkerSet size). */
  gpusPerReplica: Located<number> | null;
  /** Pods per replica (LeaderWorkerSet `size`, KServe multi-node); 1 otherwise. */
  podsPerReplica: number;
  /** GPU product pinned by node selector or affinity (`nvidia.com/gpu.product`, ...) or implied by an instance type. */
  gpuProduct: Located<string> | null;
  image: string | null;
  engine: EngineKind | null;
  engineDetectedBy: string | null;
  settings: Partial<Record<SettingKey, Located<number | string>>>;
  /** Port the serving container exposes (`containerPort`), when the engine flags do not say. */
  containerPort: Located<number> | null;
  readinessPath: Located<string> | null;
  livenessPath: Located<string> | null;
  /** KServe storageUri (`hf://org/model`, `s3://…`). */
  storageUri: Located<string> | null;
}

/** A document that was not read, and why (never an error by itself). */
export interface DriftSkip {
  file: string;
  document?: number;
  reason: string;
}

/** One spec ↔ workload pair and the comparison of their fields. */
export interface DriftLink {
  spec: { name: string; file: string; line: number; document?: number };
  workload: { kind: WorkloadKind; name: string; file: string; line: number; document?: number };
  /** How the link was made. */
  via: "name" | "label" | "config" | "annotation";
  /** Field-by-field comparison, one row per compared field that both sides state. */
  rows: DriftRow[];
  /** Estimates of what the spec intends and of what the manifest will run (its engine settings). */
  intended: Estimate | null;
  running: Estimate | null;
  /** Settings the running estimate took from the manifest, in words. */
  runningFrom: string[];
  /** True when the PR changed the spec, the manifest side, or both. */
  changed: { spec: boolean; manifest: boolean };
}

/** One compared field of a spec and the workload that runs it. */
export interface DriftRow {
  field: string;
  label: string;
  spec: Located<string | number> | null;
  manifest: Located<string | number> | null;
  /** "drift" rows carry a finding; "same" rows show agreement; "unknown": a side could not be read. */
  status: "same" | "drift" | "unknown";
  note?: string;
  baseline?: BaselineStatus;
}

/** The drift stage's result, carried on the Review as `drift`. */
export interface DriftReport {
  links: DriftLink[];
  /** Every drift finding (on the manifest's line, naming the spec's line), with its baseline. */
  findings: Finding[];
  /** Drift findings the base had that the head no longer has. */
  fixed: number;
  skipped: DriftSkip[];
  /** Manifest files read (head). */
  manifestsRead: number;
}
