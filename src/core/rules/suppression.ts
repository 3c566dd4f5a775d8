import type { ModelSpec } from "../types.js";
import { escapeToken } from "../pointer.js";
import type { RuleDef } from "./types.js";
import { defineRule } from "./types.js";
import { isRecord } from "./util.js";

/**
 * Inline suppression: a `metadata.annotations` entry whose value lists rule ids, each with a reason.
 *
 *   metadata:
 *     annotations:
 *       modelspec-review.piqc.ai/ignore: "MS-SCALE-002: batch job, cold start is fine, MS-OBS-001: metrics via sidecar"
 *
 * Entries are separated by a comma, semicolon or newline that is followed by a rule id (so reasons may
 * contain commas). A reason is mandatory: an entry without one does not suppress anything and is
 * reported as MS-SUPPRESS-001.
 */
export const SUPPRESSION_ANNOTATION = "modelspec-review.piqc.ai/ignore";
/** JSON pointer of the suppression annotation. */
export const SUPPRESSION_POINTER = `/metadata/annotations/${escapeToken(SUPPRESSION_ANNOTATION)}`;

const ID_SHAPE = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;
const SEPARATOR = /[,;\n]\s*(?=[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+\s*(?::|$|[,;\n]))/;

/** One rule a spec's suppression annotation switches off, with its reason. */
export interface SuppressionEntry {
  /** Upper-cased rule id as written. */
  id: string;
  /** Trimmed reason; "" when missing. */
  reason: string;
  /** The entry text as written (for messages). */
  raw: string;
}

/** Reads the suppression annotation; never throws. Empty when the annotation is absent or not a string. */
export function parseSuppressions(spec: ModelSpec): SuppressionEntry[] {
  const annotations = spec.metadata?.annotations;
  if (!isRecord(annotations)) return [];
  const value = annotations[SUPPRESSION_ANNOTATION];
  if (typeof value !== "string") return [];
  const entries: SuppressionEntry[] = [];
  for (const part of value.split(SEPARATOR)) {
    const raw = part.trim().replace(/[,;]$/, "").trim();
    if (raw === "") continue;
    const colon = raw.indexOf(":");
    const id = (colon === -1 ? raw : raw.slice(0, colon)).trim().toUpperCase();
    const reason = colon === -1 ? "" : raw.slice(colon + 1).trim();
    entries.push({ id, reason, raw });
  }
  return entries;
}

/** Rules on the suppression annotation itself. */
export const SUPPRESSION_RULES: RuleDef[] = [
  defineRule({
    id: "MS-SUPPRESS-001",
    area: "suppression",
    defaultSeverity: "warning",
    title: "Suppression without a reason",
    rationale: "A silenced rule must say why, so the next reviewer can judge whether the reason still holds.",
    check({ spec }) {
      return parseSuppressions(spec)
        .filter((e) => e.reason === "" && ID_SHAPE.test(e.id))
        .map((e) => ({
          pointer: SUPPRESSION_POINTER,
          message: `The suppression of ${e.id} gives no reason, so it is not applied.`,
          hint: `Write it as "${e.id}: <why this rule does not apply here>".`,
        }));
    },
  }),
  defineRule({
    id: "MS-SUPPRESS-002",
    area: "suppression",
    defaultSeverity: "warning",
    title: "Suppression names an unknown rule",
    rationale: "A misspelt rule id silences nothing while looking as if it did.",
    check({ spec, knownRuleIds }) {
      if (knownRuleIds === undefined) return [];
      return parseSuppressions(spec)
        .filter((e) => !knownRuleIds.has(e.id))
        .map((e) => ({
          pointer: SUPPRESSION_POINTER,
          message: ID_SHAPE.test(e.id)
            ? `The suppression names ${e.id}, which is not a modelspec-review rule.`
            : `The suppression entry "${e.raw}" does not start with a rule id.`,
          hint: "Use the ids listed in docs/rules.md, e.g. MS-SCALE-002: reason.",
        }));
    },
  }),
  defineRule({
    id: "MS-SUPPRESS-003",
    area: "suppression",
    defaultSeverity: "notice",
    title: "Suppression that matches nothing",
    rationale:
      "A stale suppression would silently hide the rule when the problem comes back; remove it once fixed.",
    check({ spec, firedRuleIds, knownRuleIds }) {
      if (firedRuleIds === undefined || knownRuleIds === undefined) return [];
      return parseSuppressions(spec)
        .filter((e) => e.reason !== "" && knownRuleIds.has(e.id) && !firedRuleIds.has(e.id))
        .map((e) => ({
          pointer: SUPPRESSION_POINTER,
          message: `The suppression of ${e.id} matches no finding in this spec.`,
          hint: `Remove "${e.id}" from the ${SUPPRESSION_ANNOTATION} annotation.`,
        }));
    },
  }),
];
