/**
 * Every finding code the review emits, in one union, and the one factory that builds a `Finding`.
 * A code that is not listed here is a compile error wherever a finding is made, so users can rely
 * on codes to suppress findings and tests can match codes, not prose. Each code is documented in
 * docs/ (test/docs/finding-codes-docs.test.ts refuses one that is not).
 */
/** Ids of the fields drift compares (DRIFT_FIELDS); each gives `drift/<id>` and `runtime/<id>`. */
export const DRIFT_FIELD_IDS = [
  "gpu-count",
  "gpu-type",
  "max-model-len",
  "max-batch",
  "min-replicas",
  "max-replicas",
  "model",
  "precision",
  "port",
  "readiness-probe",
  "liveness-probe",
] as const;
/** One of {@link DRIFT_FIELD_IDS}. */
export type DriftFieldId = (typeof DRIFT_FIELD_IDS)[number];

/** The YAML reader's codes: the text could not be read as a ModelSpec document (docs/schema.md). */
export const PARSE_CODES = [
  "parse/too-large",
  "parse/invalid-encoding",
  "parse/invalid-character",
  "parse/syntax",
  "parse/duplicate-key",
  "parse/unknown-tag",
  "parse/alias-limit",
  "parse/too-deep",
  "parse/too-many-documents",
  "parse/too-many-entries",
  "parse/empty",
  "parse/not-a-mapping",
  "parse/forbidden-key",
  "parse/warning",
  "parse/internal",
  "parse/symlink",
] as const;
/** One of {@link PARSE_CODES}. */
export type ParseCode = (typeof PARSE_CODES)[number];

/** JSON Schema violations of a ModelSpec, one per schema keyword the schema uses (docs/schema.md). */
export const SCHEMA_CODES = [
  "schema/required",
  "schema/additional-property",
  "schema/type",
  "schema/enum",
  "schema/const",
  "schema/minimum",
  "schema/maximum",
  "schema/invalid",
] as const;
/** One of {@link SCHEMA_CODES}. */
export type SchemaCode = (typeof SCHEMA_CODES)[number];

/** The estimator's codes (docs/estimation.md). */
export const ESTIMATE_CODES = [
  "estimate/context-exceeds-model",
  "estimate/does-not-fit",
  "estimate/instance-mismatch",
  "estimate/internal-error",
  "estimate/invalid-annotation",
  "estimate/invalid-setting",
  "estimate/missing-gpu",
  "estimate/no-price",
  "estimate/parallelism-mismatch",
  "estimate/spot-unavailable",
  "estimate/unknown-gpu",
  "estimate/unknown-model",
  "estimate/unknown-precision",
  "estimate/unsupported-precision",
] as const;
/** One of {@link ESTIMATE_CODES}. */
export type EstimateCode = (typeof ESTIMATE_CODES)[number];

/** Reading a model's config.json (committed, cached or from the Hub) (docs/models.md). */
export const MODEL_CODES = [
  "model/config-incomplete",
  "model/config-invalid-json",
  "model/config-not-object",
  "model/config-too-large",
  "model/index-invalid",
  "model/hub-error",
  "model/hub-gated",
  "model/hub-not-found",
  "model/hub-offline",
  "model/hub-timeout",
  "model/hub-unreachable",
] as const;
/** One of {@link MODEL_CODES}. */
export type ModelCode = (typeof MODEL_CODES)[number];

/** The repository config `.github/modelspec-review.yml` (docs/review.md). */
export const CONFIG_CODES = [
  "config/syntax",
  "config/not-a-mapping",
  "config/invalid",
  "config/unknown-key",
  "config/unknown-rule",
  "config/unreadable",
] as const;
/** One of {@link CONFIG_CODES}. */
export type ConfigCode = (typeof CONFIG_CODES)[number];

/** Deployment manifests vs the spec, besides the per-field `drift/<field>` codes (docs/drift.md). */
export const DRIFT_STAGE_CODES = [
  "drift/gpu-layout",
  "drift/ambiguous-link",
  "drift/link-not-found",
  "drift/manifest-unreadable",
  "drift/unreadable-value",
  "drift/templated",
] as const;
/** A drift code: a compared field that differs, or one of {@link DRIFT_STAGE_CODES}. */
export type DriftCode = `drift/${DriftFieldId}` | (typeof DRIFT_STAGE_CODES)[number];

/** A running workload (piqc scan) vs its spec, besides `runtime/<field>` (docs/runtime.md). */
export const RUNTIME_STAGE_CODES = [
  "runtime/malformed",
  "runtime/unknown-version",
  "runtime/stale",
  "runtime/slo-latency",
  "runtime/effective-batch",
  "runtime/kv-cache-full",
  "runtime/gpu-underused",
] as const;
/** A runtime code: a running field that differs, or one of {@link RUNTIME_STAGE_CODES}. */
export type RuntimeCode = `runtime/${DriftFieldId}` | (typeof RUNTIME_STAGE_CODES)[number];

/** A best-practice rule id (`MS-SCALE-004`); the rules table (src/core/rules) holds each one's docs. */
export type RuleId = `MS-${string}-${number}`;

/** Every code a finding can carry. */
export type FindingCode =
  ParseCode | SchemaCode | EstimateCode | ModelCode | ConfigCode | DriftCode | RuntimeCode | RuleId;

/** Every code except rule ids (those are listed by RULES), in a stable order. */
export const FINDING_CODES: readonly Exclude<FindingCode, RuleId>[] = [
  ...PARSE_CODES,
  ...SCHEMA_CODES,
  ...ESTIMATE_CODES,
  ...MODEL_CODES,
  ...CONFIG_CODES,
  ...DRIFT_FIELD_IDS.map((id) => `drift/${id}` as const),
  ...DRIFT_STAGE_CODES,
  ...RUNTIME_STAGE_CODES,
  ...DRIFT_FIELD_IDS.map((id) => `runtime/${id}` as const),
];

/** How much a finding matters: errors fail the check, warnings and notices inform. */
export type Severity = "error" | "warning" | "notice";
/** The stage that made a finding. */
export type FindingSource = "parse" | "schema" | "rule" | "estimate" | "config" | "drift";

/**
 * A problem found in a file. `code` is stable (e.g. `parse/syntax`, `schema/required`,
 * `schema/additional-property`, `MS-SCALE-001`, `estimate/unknown-gpu`): users suppress by it and
 * tests match on it, never on prose.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  source: FindingSource;
  /** Repository-relative path (or the path as given on the command line). */
  file: string;
  /** 0-based index of the YAML document inside a multi-document file; absent for single-document files. */
  document?: number;
  /** JSON pointer (RFC 6901) inside the document; "" for the document root or file-level problems. */
  pointer: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** One sentence for people: names the field and what was expected / found. */
  message: string;
  /** Optional help: a suggestion ("did you mean maxReplicas?"), how to fix or how to declare. */
  hint?: string;
  /** Link to documentation of the rule (docs/rules.md#id) when there is one. */
  docsUrl?: string;
  /** Set by the review when a base version exists: was this finding already on the base branch? */
  baseline?: BaselineStatus;
}

/**
 * How a finding or gate condition compares with the base branch: introduced by the PR (`new`), made
 * worse (`worsened`), already there (`unchanged`), or gone on the head (`fixed`).
 */
export type BaselineStatus = "new" | "worsened" | "unchanged" | "fixed";

/** Where a finding points: the file, the JSON pointer inside its document and the position. */
export interface FindingAt {
  file: string;
  pointer: string;
  line: number;
  column: number;
  /** Document index in a multi-document file. */
  document?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * Build a finding. Optional members are set only when given, in one order, so every stage's
 * findings serialise alike.
 */
export function makeFinding(
  code: FindingCode,
  severity: Severity,
  source: FindingSource,
  at: FindingAt,
  message: string,
  more: { hint?: string | undefined; docsUrl?: string | undefined } = {},
): Finding {
  const f: Finding = {
    code,
    severity,
    source,
    file: at.file,
    pointer: at.pointer,
    line: at.line,
    column: at.column,
    message,
  };
  if (at.document !== undefined) f.document = at.document;
  if (at.endLine !== undefined) f.endLine = at.endLine;
  if (at.endColumn !== undefined) f.endColumn = at.endColumn;
  if (more.hint) f.hint = more.hint;
  if (more.docsUrl) f.docsUrl = more.docsUrl;
  return f;
}
