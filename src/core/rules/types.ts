import type { RuleId } from "../findings.js";
import type { Config, Estimate, ModelSpec, Severity } from "../types.js";

/** The areas rules are grouped by (one source file each). */
export type RuleArea =
  | "identity"
  | "scaling"
  | "batching"
  | "serving"
  | "observability"
  | "governance"
  | "pipeline"
  | "cost"
  | "accelerator"
  | "suppression";

/** Everything a rule may look at. Pure data: rules never do I/O. */
export interface RuleContext {
  spec: ModelSpec;
  /** The head estimate, or null when estimation did not run; rules that need numbers skip then. */
  estimate: Estimate | null;
  config: Config;
  /** Repository-relative path of the spec file (used to resolve relative `specRef`s). */
  file: string;
  /** True when the spec is labelled as production (see `isProduction`). */
  production: boolean;
  /** Repository paths that exist, when the caller can tell; rules about file references skip otherwise. */
  knownPaths?: Set<string>;
  /** Rule ids that produced a finding before suppression; set only for the suppression rules. */
  firedRuleIds?: ReadonlySet<string>;
  /** Every rule id in the registry; set by runRules for the suppression rules. */
  knownRuleIds?: ReadonlySet<string>;
}

/** One problem a rule found: where (JSON pointer into the document) and what, in one sentence. */
export interface RuleHit {
  pointer: string;
  message: string;
  hint?: string;
}

/** A best-practice rule: id, area, severity, docs and the check that finds its problems. */
export interface RuleDef {
  /** Stable id, e.g. `MS-SCALE-001`; users suppress by it, tests match on it. */
  id: RuleId;
  area: RuleArea;
  defaultSeverity: Severity;
  /** Short name of the problem. */
  title: string;
  /** Why it matters, in one line. */
  rationale: string;
  /** Anchor in docs/rules.md (the lower-cased id). */
  docsAnchor: string;
  /**
   * Code of an estimate finding this rule restates as a configurable, suppressible rule (e.g.
   * `estimate/unknown-gpu`). When the rule fires, runRules reports the code in
   * `supersededEstimateCodes` so the review drops the duplicate.
   */
  supersedes?: string;
  check(ctx: RuleContext): RuleHit[];
}

/** Builds a rule definition, deriving the docs anchor from the id so the two never drift apart. */
export function defineRule(rule: Omit<RuleDef, "docsAnchor">): RuleDef {
  return { ...rule, docsAnchor: rule.id.toLowerCase() };
}
