/**
 * Best-practice rules over one ModelSpec document (and its estimate).
 *
 * Each rule lives in the file of its area and returns `RuleHit`s (pointer + message); `runRules`
 * turns them into `Finding`s with line/column, applies the repo config (severity overrides, "off")
 * and the inline suppression annotation (see suppression.ts and docs/rules.md).
 */
import type {
  Config,
  Estimate,
  Finding,
  ModelSpec,
  Position,
  Severity,
  SuppressedFinding,
} from "../types.js";
import { makeFinding } from "../findings.js";
import { ACCELERATOR_RULES } from "./accelerator.js";
import { BATCHING_RULES, RESOURCE_RULES } from "./batching.js";
import { COST_RULES } from "./cost.js";
import { GOVERNANCE_RULES } from "./governance.js";
import { IDENTITY_RULES } from "./identity.js";
import { OBSERVABILITY_RULES } from "./observability.js";
import { PIPELINE_RULES } from "./pipeline.js";
import { SCALING_RULES } from "./scaling.js";
import { SERVING_RULES } from "./serving.js";
import { parseSuppressions, SUPPRESSION_RULES } from "./suppression.js";
import type { RuleContext, RuleDef, RuleHit } from "./types.js";
import { isProduction, isRecord } from "./util.js";

export type { RuleArea, RuleContext, RuleDef, RuleHit } from "./types.js";
export { isProduction } from "./util.js";
export { parseSuppressions, SUPPRESSION_ANNOTATION } from "./suppression.js";
export { resolveSpecRef } from "./pipeline.js";

/** Relative link to a rule's documentation; renderers may prefix it with the project URL. */
export const RULES_DOCS_PATH = "docs/rules.md";

/** Every rule, in the order they run and are documented. Ids are stable and unique. */
export const RULES: readonly RuleDef[] = [
  ...IDENTITY_RULES,
  ...SCALING_RULES,
  ...BATCHING_RULES,
  ...RESOURCE_RULES,
  ...SERVING_RULES,
  ...OBSERVABILITY_RULES,
  ...GOVERNANCE_RULES,
  ...PIPELINE_RULES,
  ...COST_RULES,
  ...ACCELERATOR_RULES,
  ...SUPPRESSION_RULES,
];

const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
const META_IDS: ReadonlySet<string> = new Set(SUPPRESSION_RULES.map((r) => r.id));

/** Where the spec a rule checks lives, so its findings carry a file, line and column. */
export interface RuleLocation {
  file: string;
  document?: number;
  locate(pointer: string): Position;
}

/** Rule findings after suppression, the suppressed ones, and estimate codes a rule supersedes. */
export interface RuleResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /**
   * Estimate finding codes (e.g. `estimate/unknown-gpu`) that a rule restated for this document —
   * whether reported, suppressed or switched off. The review drops estimate findings with these codes
   * so a problem is reported once, under the rule id users can configure.
   */
  supersededEstimateCodes: string[];
}

/** The severity a rule runs at under `config`, or "off". */
export function ruleSeverity(rule: RuleDef, config: Config): Severity | "off" {
  const setting = config.rules?.[rule.id];
  return setting === "off" || setting === "error" || setting === "warning" || setting === "notice"
    ? setting
    : rule.defaultSeverity;
}

/**
 * Runs every rule over one spec document. Pure and total: any input (even a spec that failed
 * validation) yields findings, never an exception.
 */
export function runRules(
  spec: ModelSpec,
  estimate: Estimate | null,
  at: RuleLocation,
  config: Config,
  extra?: { knownPaths?: Set<string> },
): RuleResult {
  // Documents that failed validation reach the rules too: anything but a mapping reads as empty.
  const safeSpec: ModelSpec = isRecord(spec) ? spec : {};
  const base: RuleContext = {
    spec: safeSpec,
    estimate,
    config,
    file: at.file,
    production: isProduction(safeSpec),
    knownRuleIds: RULE_IDS,
    ...(extra?.knownPaths ? { knownPaths: extra.knownPaths } : {}),
  };
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const fired = new Set<string>();
  const superseded = new Set<string>();

  const suppressions = new Map<string, string>();
  for (const entry of parseSuppressions(safeSpec)) {
    if (entry.reason !== "" && RULE_IDS.has(entry.id) && !META_IDS.has(entry.id))
      suppressions.set(entry.id, entry.reason);
  }

  const emit = (rule: RuleDef, hits: RuleHit[], annotationApplies: boolean): void => {
    const severity = ruleSeverity(rule, config);
    for (const hit of hits) {
      const finding = toFinding(rule, hit, severity === "off" ? rule.defaultSeverity : severity, at);
      if (severity === "off") {
        suppressed.push({
          ...finding,
          suppressedBy: "config",
          reason: `rules.${rule.id} is off in the repo config`,
        });
        continue;
      }
      const reason = annotationApplies ? suppressions.get(rule.id) : undefined;
      if (reason !== undefined) suppressed.push({ ...finding, suppressedBy: "annotation", reason });
      else findings.push(finding);
    }
  };

  for (const rule of RULES) {
    if (META_IDS.has(rule.id)) continue;
    const hits = rule.check(base);
    if (hits.length > 0) {
      fired.add(rule.id);
      if (rule.supersedes !== undefined) superseded.add(rule.supersedes);
    }
    emit(rule, hits, true);
  }
  const metaCtx: RuleContext = { ...base, firedRuleIds: fired };
  for (const rule of SUPPRESSION_RULES) emit(rule, rule.check(metaCtx), false);

  const order = (f: Finding): [number, number, string] => [f.line, f.column, f.code];
  const compare = (a: Finding, b: Finding): number => {
    const [la, ca, ia] = order(a);
    const [lb, cb, ib] = order(b);
    return la - lb || ca - cb || ia.localeCompare(ib);
  };
  return {
    findings: findings.sort(compare),
    suppressed: suppressed.sort(compare),
    supersededEstimateCodes: [...superseded].sort(),
  };
}

function toFinding(rule: RuleDef, hit: RuleHit, severity: Severity, at: RuleLocation): Finding {
  const pos = at.locate(hit.pointer);
  return makeFinding(
    rule.id,
    severity,
    "rule",
    { file: at.file, pointer: hit.pointer, ...pos, document: at.document },
    hit.message,
    { hint: hit.hint, docsUrl: `${RULES_DOCS_PATH}#${rule.docsAnchor}` },
  );
}
