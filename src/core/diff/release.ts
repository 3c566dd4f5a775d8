/**
 * Release notes for model version changes.
 *
 * `releaseNoteFor` decides whether one spec's base → head change is a *model version change* and,
 * if so, what kind it is and which operational lines belong in its release note:
 *
 * | kind              | when                                                                          |
 * |-------------------|-------------------------------------------------------------------------------|
 * | `new-model`       | the spec was added, or `spec.identity.model.id` changed                       |
 * | `retired`         | the spec was deleted                                                          |
 * | `re-quantisation` | same model id, `spec.identity.model.precision` changed (weights URI may too)   |
 * | `new-weights`     | same model id and precision, the weights or tokenizer URI changed             |
 * | `config-only`     | only `metadata.version` changed (or, with `includeUnversioned`, only config)  |
 *
 * The lines are the diff's `SpecChange`s that matter to a model owner (identity, resources, scaling,
 * cost, SLOs, governance), complemented by lines computed here from the two sides' specs and
 * estimates when the diff did not provide them (memory per GPU, fit verdict, GPUs, replicas, monthly
 * cost at min/max replicas, $ per 1k tokens). Pure: no I/O, never throws on odd input.
 */
import type { ChangeCategory, ReleaseKind, ReleaseNote, Scalar, SpecChange, SpecSide } from "../types.js";
import { FIELDS, type FieldDef } from "./fields.js";

/** Options of `releaseNoteFor`. */
export interface ReleaseNoteOptions {
  /**
   * Also describe a modified spec whose identity and version did not change but whose operational
   * lines did, as a `config-only` note. The CLI over a git range sets it (a changelog covers every
   * changed spec); a PR preview does not (it appears only when a PR bumps a version).
   */
  includeUnversioned?: boolean;
}

/**
 * Which of the diff's lines a release note keeps: identity (but not the spec version, which the
 * note's heading shows), GPUs, memory and fit, replicas, monthly cost and $/1k, SLO targets and
 * governance. The diff's other lines (probes, log level, host memory, KV-cache detail…) belong in
 * the review, not in a changelog.
 */
const KEPT_KEY = [
  /^identity\.(?!version$)/,
  /^resources\.gpu\.(type|count|vendor)$/,
  /^resources\.memory\.requiredGiB$/,
  /^resources\.verdict$/,
  /^scaling\.(minReplicas|maxReplicas)$/,
  /^cost\.(monthlyAtMin|monthlyAtMax|usdPer1kTokens)$/,
  /^governance\./,
  /latency|rps|slo/i,
];

/** Order of categories in a note (lines keep their relative order inside a category). */
const CATEGORY_RANK: Record<ChangeCategory, number> = {
  identity: 0,
  resources: 1,
  scaling: 2,
  cost: 3,
  serving: 4,
  observability: 5,
  pipeline: 6,
  governance: 7,
};

interface Fact {
  category: ChangeCategory;
  key: string;
  label: string;
  value: Scalar;
  unit?: string;
  pointer?: string;
}

/** The facts a release note describes, in display order. Keys follow the diff's key convention. */
export const RELEASE_NOTE_KEYS = [
  "identity.model.id",
  "identity.model.precision",
  "identity.artifacts.modelUri",
  "identity.artifacts.tokenizerUri",
  "resources.gpu.type",
  "resources.gpu.count",
  "resources.memory.requiredGiB",
  "resources.verdict",
  "scaling.minReplicas",
  "scaling.maxReplicas",
  "scaling.targetLatencyMsP95",
  "scaling.targetRps",
  "cost.monthlyAtMin",
  "cost.monthlyAtMax",
  "cost.usdPer1kTokens",
  "governance.pii.allowed",
  "governance.pii.policy",
  "governance.retention.logsDays",
  "governance.retention.artifactsDays",
  "governance.changeApproval",
  "governance.owner",
  "governance.costTarget",
] as const;

const round = (n: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

const str = (v: unknown): string | null => {
  if (typeof v !== "string") return null;
  const t = v.trim();
  return t === "" ? null : t;
};

const FIELD_BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));

/** The FIELDS row of each note key: labels, units, pointers and rounding are the diff's own. */
const NOTE_FIELDS: readonly FieldDef[] = RELEASE_NOTE_KEYS.map((key) => {
  const field = FIELD_BY_KEY.get(key);
  if (!field) throw new Error(`release note key ${key} is not a FIELDS key`);
  return field;
});

/**
 * A field's value as a note states it: blank strings and non-finite numbers are absent, numbers are
 * rounded to the field's digits. Where the note reads a side differently from the diff, it says so
 * here: GPU type and count fall back to what the estimate took as declared, and the fit is stated
 * only when memory was estimated.
 */
function noteValue(field: FieldDef, side: SpecSide): Scalar {
  const est = side.estimate;
  if (field.key === "resources.verdict") return est?.memory ? est.memory.verdict : null;
  const v = field.get(side);
  const value =
    typeof v === "string"
      ? str(v)
      : typeof v === "number"
        ? Number.isFinite(v)
          ? field.digits === undefined
            ? v
            : round(v, field.digits)
          : null
        : typeof v === "boolean"
          ? v
          : null;
  if (value !== null || !est) return value;
  if (field.key === "resources.gpu.type") return est.gpu.declared;
  if (field.key === "resources.gpu.count") return est.gpu.declared !== null ? est.gpu.count : null;
  return null;
}

/** What a note can say about one field of one side (null value when the side or the fact is absent). */
function factOf(field: FieldDef, side: SpecSide | null): Fact {
  const fact: Fact = {
    category: field.category,
    key: field.key,
    label: field.label,
    value: side ? noteValue(field, side) : null,
  };
  if (field.unit) fact.unit = field.unit;
  if (field.from === "spec") fact.pointer = field.pointer;
  return fact;
}

function sameScalar(a: Scalar, b: Scalar): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return a === b;
}

/** Case- and space-insensitive comparison for identity strings ("FP16" and "fp16" are one precision). */
function sameIdentity(a: Scalar, b: Scalar): boolean {
  if (typeof a === "string" && typeof b === "string")
    return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
}

function delta(before: Scalar, after: Scalar): SpecChange["delta"] {
  if (typeof after !== "number") return undefined;
  if (typeof before !== "number") return undefined;
  const abs = after - before;
  return { abs: round(abs, 6), pct: before === 0 ? null : round((abs / Math.abs(before)) * 100, 1) };
}

/**
 * Severity of a computed line: the diff's own judgement for that field (fields.ts), so a line reads
 * the same whether the diff or this module produced it. Whole-spec lines (added or deleted specs)
 * describe a model rather than a change: info, except a verdict of "does not fit".
 */
function judge(
  key: string,
  before: Scalar,
  after: Scalar,
  sides: { base: SpecSide; head: SpecSide } | null,
): Pick<SpecChange, "severity" | "note" | "loosensGovernance"> {
  if (key === "resources.verdict" && after === "does-not-fit" && !sides)
    return { severity: "breaking", note: "the model does not fit in GPU memory" };
  const field = FIELD_BY_KEY.get(key);
  if (!sides || !field?.judge) return { severity: "info" };
  return field.judge(before, after, sides.base, sides.head);
}

function lineFor(
  fact: Fact,
  before: Scalar,
  after: Scalar,
  sides: { base: SpecSide; head: SpecSide } | null,
): SpecChange {
  const change: SpecChange = {
    category: fact.category,
    key: fact.key,
    label: fact.label,
    before,
    after,
    ...judge(fact.key, before, after, sides),
  };
  const d = delta(before, after);
  if (d) change.delta = d;
  if (fact.unit) change.unit = fact.unit;
  if (fact.pointer) change.pointer = fact.pointer;
  if (change.note === undefined) delete change.note;
  if (change.loosensGovernance === undefined) delete change.loosensGovernance;
  return change;
}

/** The diff's lines a release note keeps. */
export function isReleaseNoteChange(change: SpecChange): boolean {
  return KEPT_KEY.some((re) => re.test(change.key));
}

const versionOf = (side: SpecSide | null): string | null => {
  const v = side?.spec?.metadata?.version;
  if (typeof v === "number") return String(v);
  return str(v);
};

/**
 * Classifies a base → head change, or returns null when it is not a model version change.
 * Added specs are new models, deleted specs are retired.
 */
export function classifyRelease(base: SpecSide | null, head: SpecSide | null): ReleaseKind | null {
  // A side that exists but holds no readable spec (a broken edit) is not a release: say nothing.
  if (base === null) return head?.spec ? "new-model" : null;
  if (head === null) return base.spec ? "retired" : null;
  if (!base.spec || !head.spec) return null;
  const changed = (key: string): boolean => {
    const field = FIELD_BY_KEY.get(key);
    return field !== undefined && !sameIdentity(noteValue(field, base), noteValue(field, head));
  };
  if (changed("identity.model.id")) return "new-model";
  if (changed("identity.model.precision")) return "re-quantisation";
  if (changed("identity.artifacts.modelUri") || changed("identity.artifacts.tokenizerUri"))
    return "new-weights";
  if (versionOf(base) !== versionOf(head)) return "config-only";
  return null;
}

/**
 * The release note for one spec, or null when the change is not a model version change (and, with
 * `includeUnversioned`, changed nothing a note describes).
 *
 * `changes` are the diff's lines for this spec (`diffSpecs(base, head, config)`); the note keeps the
 * ones that matter to a model owner and adds computed lines for facts the diff did not cover. For an
 * added spec every known fact is listed (before = null); for a deleted spec every known fact of the base
 * (after = null).
 */
export function releaseNoteFor(
  name: string,
  base: SpecSide | null,
  head: SpecSide | null,
  changes: SpecChange[],
  options: ReleaseNoteOptions = {},
): ReleaseNote | null {
  let kind = classifyRelease(base, head);
  const modified = Boolean(base?.spec && head?.spec);
  if (kind === null && !(options.includeUnversioned && modified)) return null;

  const lines: SpecChange[] = [];
  const seen = new Set<string>();
  for (const c of changes) {
    if (!isReleaseNoteChange(c) || seen.has(c.key)) continue;
    if (sameScalar(c.before, c.after)) continue;
    seen.add(c.key);
    lines.push(c);
  }
  const sides = base?.spec && head?.spec ? { base, head } : null;
  for (const field of NOTE_FIELDS) {
    const key = field.key;
    if (seen.has(key)) continue;
    const bf = factOf(field, base?.spec ? base : null);
    const hf = factOf(field, head?.spec ? head : null);
    const before = bf.value;
    const after = hf.value;
    if (sameScalar(before, after)) continue;
    // Identity strings that differ only in case or spacing are not a change worth a line.
    if (key.startsWith("identity.") && before !== null && after !== null && sameIdentity(before, after))
      continue;
    seen.add(key);
    lines.push(lineFor(head?.spec ? hf : bf, before, after, sides));
  }
  const rank = (c: SpecChange): number => {
    const i = (RELEASE_NOTE_KEYS as readonly string[]).indexOf(c.key);
    return CATEGORY_RANK[c.category] * 1000 + (i === -1 ? 999 : i);
  };
  const ordered = lines
    .map((c, i) => ({ c, i }))
    .sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i)
    .map((x) => x.c);

  if (kind === null) {
    if (ordered.length === 0) return null;
    kind = "config-only";
  }
  return {
    name,
    kind,
    versionBefore: base?.spec ? versionOf(base) : null,
    versionAfter: head?.spec ? versionOf(head) : null,
    changes: ordered,
  };
}

// ─── Merging notes over several changes (a draft release accumulates pushes) ────────────────────

const KIND_WEIGHT: Record<ReleaseKind, number> = {
  "config-only": 0,
  "new-weights": 1,
  "re-quantisation": 2,
  "new-model": 3,
  retired: 4,
};

function mergeOne(older: ReleaseNote, newer: ReleaseNote): ReleaseNote | null {
  const addedEarlier = older.kind === "new-model" && older.changes.every((c) => c.before === null);
  if (addedEarlier && newer.kind === "retired") return null; // added and removed again: no news
  const byKey = new Map<string, SpecChange>();
  for (const c of older.changes) byKey.set(c.key, c);
  for (const c of newer.changes) {
    const o = byKey.get(c.key);
    if (!o) {
      byKey.set(c.key, c);
      continue;
    }
    const before = o.before;
    const after = c.after;
    const merged: SpecChange = { ...c, before, after };
    const d = delta(before, after);
    if (d) merged.delta = d;
    else delete merged.delta;
    byKey.set(c.key, merged);
  }
  const lines = [...byKey.values()].filter((c) => !sameScalar(c.before, c.after));
  const rank = (c: SpecChange): number => {
    const i = (RELEASE_NOTE_KEYS as readonly string[]).indexOf(c.key);
    return CATEGORY_RANK[c.category] * 1000 + (i === -1 ? 999 : i);
  };
  lines.sort((a, b) => rank(a) - rank(b));
  let kind: ReleaseKind;
  if (newer.kind === "retired") kind = "retired";
  else if (addedEarlier) kind = "new-model";
  else if (older.kind === "retired") {
    // Retired, then brought back: what matters is how the spec now differs from the one retired.
    const has = (key: string): boolean => lines.some((c) => c.key === key);
    kind = has("identity.model.id")
      ? "new-model"
      : has("identity.model.precision")
        ? "re-quantisation"
        : has("identity.artifacts.modelUri") || has("identity.artifacts.tokenizerUri")
          ? "new-weights"
          : "config-only";
  } else kind = KIND_WEIGHT[newer.kind] >= KIND_WEIGHT[older.kind] ? newer.kind : older.kind;
  return {
    name: newer.name,
    kind,
    versionBefore: older.versionBefore,
    versionAfter: newer.versionAfter,
    changes: lines,
  };
}

/**
 * Combines the notes of an earlier range (e.g. what a draft release already says) with those of a
 * later one into the net notes of both ranges together, matched by spec name: versions run from the
 * earliest "before" to the latest "after", each line keeps its earliest "before" and latest "after",
 * lines that end where they started disappear, and a spec added then retired again leaves no note.
 * Merging a range with itself changes nothing, so replaying a webhook is harmless.
 */
export function mergeReleaseNotes(
  older: readonly ReleaseNote[],
  newer: readonly ReleaseNote[],
): ReleaseNote[] {
  const out = new Map<string, ReleaseNote>();
  for (const n of older) out.set(n.name, n);
  for (const n of newer) {
    const o = out.get(n.name);
    if (!o) {
      out.set(n.name, n);
      continue;
    }
    const m = mergeOne(o, n);
    if (m) out.set(n.name, m);
    else out.delete(n.name);
  }
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
