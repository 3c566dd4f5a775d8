import type { PipelineDependency } from "../types.js";
import type { RuleDef, RuleHit } from "./types.js";
import { defineRule } from "./types.js";
import { fmt, isRecord, num, str } from "./util.js";

const DEPS = "/spec/pipeline/dependencies";

/** Dependencies as a list of records, whatever the document holds. */
function dependencies(value: unknown): { dep: PipelineDependency; index: number }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((dep: unknown, index) =>
    isRecord(dep) ? [{ dep: dep as PipelineDependency, index }] : [],
  );
}

/**
 * Resolves a `specRef` to a repository-relative path: relative refs against the spec's directory,
 * `/x` against the repository root. Returns null for URLs and for paths that climb out of the repo.
 */
export function resolveSpecRef(file: string, ref: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return null;
  const fromRoot = ref.startsWith("/");
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
  const parts = fromRoot || dir === "" ? [] : dir.split("/");
  for (const segment of ref.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join("/");
}

/** Rules on pipeline steps and dependencies. */
export const PIPELINE_RULES: RuleDef[] = [
  defineRule({
    id: "MS-PIPE-001",
    area: "pipeline",
    defaultSeverity: "error",
    title: "Dependency specRef does not resolve to a file",
    rationale:
      "A dependency whose spec is missing cannot be reviewed or deployed with this model; the reference is broken or the file was moved.",
    check({ spec, file, knownPaths }) {
      if (knownPaths === undefined) return [];
      const hits: RuleHit[] = [];
      for (const { dep, index } of dependencies(spec.spec?.pipeline?.dependencies)) {
        const ref = str(dep.specRef);
        if (ref === undefined || /^[a-z][a-z0-9+.-]*:/i.test(ref)) continue;
        const resolved = resolveSpecRef(file, ref);
        if (resolved !== null && knownPaths.has(resolved)) continue;
        hits.push({
          pointer: `${DEPS}/${index}/specRef`,
          message:
            resolved === null
              ? `Dependency ${str(dep.id) ?? `#${index}`}: specRef ${ref} points outside the repository.`
              : `Dependency ${str(dep.id) ?? `#${index}`}: specRef ${ref} resolves to ${resolved}, which does not exist in the repository.`,
          hint: "Fix the path (relative refs resolve against this spec's directory, /refs against the repository root).",
        });
      }
      return hits;
    },
  }),
  defineRule({
    id: "MS-PIPE-002",
    area: "pipeline",
    defaultSeverity: "warning",
    title: "Dependency latency budgets exceed the p95 target",
    rationale:
      "When guardrails, retrieval and rerankers may together take longer than the end-to-end target, the model has no time left and the SLO cannot be met.",
    check({ spec }) {
      const p95 = num(spec.spec?.operations?.scaling?.targetLatencyMsP95);
      if (p95 === undefined) return [];
      const budgets = dependencies(spec.spec?.pipeline?.dependencies).flatMap(({ dep }) => {
        const ms = num(isRecord(dep.interface) ? dep.interface.maxLatencyMs : undefined);
        return ms === undefined ? [] : [{ id: str(dep.id) ?? "?", ms }];
      });
      const sum = budgets.reduce((a, b) => a + b.ms, 0);
      if (budgets.length === 0 || sum <= p95) return [];
      return [
        {
          pointer: DEPS,
          message: `Dependency latency budgets add up to ${fmt(sum)} ms (${budgets.map((b) => `${b.id} ${fmt(b.ms)}`).join(" + ")}), above targetLatencyMsP95 ${fmt(p95)} ms.`,
          hint: "Tighten the dependencies' maxLatencyMs, run them in parallel and say so, or relax the end-to-end target.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-PIPE-003",
    area: "pipeline",
    defaultSeverity: "error",
    title: "Duplicate dependency id",
    rationale:
      "Dependency ids name edges in the serving graph; duplicates make routing, metrics and diffs ambiguous.",
    check({ spec }) {
      const seen = new Map<string, number>();
      const hits: RuleHit[] = [];
      for (const { dep, index } of dependencies(spec.spec?.pipeline?.dependencies)) {
        const id = str(dep.id);
        if (id === undefined) continue;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, index);
        else
          hits.push({
            pointer: `${DEPS}/${index}/id`,
            message: `Dependency id ${id} is used twice (entries ${first} and ${index}).`,
            hint: "Give every dependency a unique id.",
          });
      }
      return hits;
    },
  }),
  defineRule({
    id: "MS-PIPE-004",
    area: "pipeline",
    defaultSeverity: "notice",
    title: "Required dependency without a latency budget",
    rationale:
      "With an end-to-end latency target, every dependency in the request path needs a budget or the SLO cannot be checked.",
    check({ spec }) {
      if (num(spec.spec?.operations?.scaling?.targetLatencyMsP95) === undefined) return [];
      return dependencies(spec.spec?.pipeline?.dependencies)
        .filter(({ dep }) => dep.required !== false)
        .filter(
          ({ dep }) => num(isRecord(dep.interface) ? dep.interface.maxLatencyMs : undefined) === undefined,
        )
        .map(({ dep, index }) => ({
          pointer: `${DEPS}/${index}`,
          message: `Required dependency ${str(dep.id) ?? `#${index}`} declares no interface.maxLatencyMs although the spec has a p95 target.`,
          hint: "Declare interface.maxLatencyMs for the dependency.",
        }));
    },
  }),
  defineRule({
    id: "MS-PIPE-005",
    area: "pipeline",
    defaultSeverity: "notice",
    title: "Optional guardrail in production",
    rationale:
      "A guardrail marked required: false is skipped when it is down, so unsafe input or output passes unchecked.",
    check({ spec, production }) {
      if (!production) return [];
      return dependencies(spec.spec?.pipeline?.dependencies)
        .filter(({ dep }) => dep.role === "guardrail" && dep.required === false)
        .map(({ dep, index }) => ({
          pointer: `${DEPS}/${index}/required`,
          message: `Guardrail ${str(dep.id) ?? `#${index}`} is optional (required: false) in a production spec: traffic bypasses it when it fails.`,
          hint: "Make the guardrail required (fail closed), or document why failing open is acceptable by suppressing this rule.",
        }));
    },
  }),
  defineRule({
    id: "MS-PIPE-006",
    area: "pipeline",
    defaultSeverity: "notice",
    title: "Dependency without a specRef",
    rationale:
      "A dependency that names no spec cannot be sized, costed or reviewed with the model that relies on it.",
    check({ spec }) {
      return dependencies(spec.spec?.pipeline?.dependencies)
        .filter(({ dep }) => str(dep.specRef) === undefined)
        .map(({ dep, index }) => ({
          pointer: `${DEPS}/${index}`,
          message: `Dependency ${str(dep.id) ?? `#${index}`} has no specRef.`,
          hint: "Point specRef at the dependency's ModelSpec (a path in this repository).",
        }));
    },
  }),
];
