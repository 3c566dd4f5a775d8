/**
 * The operational diff: base vs head of one ModelSpec document → categorised changes with
 * before → after values, a severity (breaking / risky / info), numeric deltas and units.
 *
 * Which fields count and how serious a change is lives in `fields.ts` (scalar fields, spec and
 * estimate) and `pipeline.ts` (dependencies and steps, matched by id). Anything not listed there —
 * descriptions, labels, comments, key order, formatting — never produces a change.
 */
import type { Config, Scalar, SpecChange, SpecSide } from "../types.js";
import { CATEGORY_ORDER, FIELDS, type FieldDef } from "./fields.js";
import { diffPipeline } from "./pipeline.js";

export { unifiedDiff } from "./text.js";
export { FIELDS, CATEGORY_ORDER } from "./fields.js";

/**
 * Compares two sides of a spec. `base` null means the spec is new, `head` null that it is deleted:
 * then only headline fields (model, GPU, fit, memory, cost) are reported, as before/after with one
 * side null, so a report can say what the PR adds or removes without listing every field.
 */
export function diffSpecs(base: SpecSide | null, head: SpecSide | null, _config?: Config): SpecChange[] {
  if (!base && !head) return [];
  const changes: SpecChange[] = [];
  const oneSided = !base || !head;
  for (const field of FIELDS) {
    if (oneSided && !field.headline) continue;
    const before = normalise(base ? field.get(base) : undefined, field);
    const after = normalise(head ? field.get(head) : undefined, field);
    if (before === after) continue;
    if (oneSided && field.key === "resources.verdict" && (before ?? after) === "unknown") continue;
    changes.push(makeChange(field, before, after, base, head));
  }
  if (!oneSided) changes.push(...diffPipeline(base, head));
  const rank = (c: SpecChange) => CATEGORY_ORDER.indexOf(c.category);
  // Stable sort keeps table order within a category.
  return changes
    .map((c, i) => ({ c, i }))
    .sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i)
    .map((x) => x.c);
}

function normalise(value: Scalar | undefined, field: FieldDef): Scalar {
  if (value === undefined) return null;
  if (typeof value === "number" && field.digits !== undefined) return round(value, field.digits);
  return value;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function makeChange(
  field: FieldDef,
  before: Scalar,
  after: Scalar,
  base: SpecSide | null,
  head: SpecSide | null,
): SpecChange {
  const judgement =
    base && head && field.judge ? field.judge(before, after, base, head) : { severity: "info" as const };
  const change: SpecChange = {
    category: field.category,
    key: field.key,
    label: field.label,
    before,
    after,
    severity: judgement.severity,
    pointer: field.pointer,
  };
  if (field.unit) change.unit = field.unit;
  if (typeof before === "number" && typeof after === "number") {
    const digits = field.digits ?? 6;
    change.delta = {
      abs: round(after - before, digits),
      pct: before === 0 ? null : round(((after - before) / Math.abs(before)) * 100, 1),
    };
  }
  if (judgement.note) change.note = judgement.note;
  if (judgement.loosensGovernance) change.loosensGovernance = true;
  return change;
}
