/**
 * Pipeline changes: dependencies are matched by `id` (steps by `name`), not by position, so
 * reordering a list is not a change and a renamed dependency shows as one removal plus one addition.
 */
import type { PipelineDependency, PipelineStep, SpecChange, SpecSide } from "../types.js";

function deps(side: SpecSide | null): PipelineDependency[] {
  const list = side?.spec?.spec?.pipeline?.dependencies;
  return Array.isArray(list) ? list.filter((d): d is PipelineDependency => !!d && typeof d === "object") : [];
}

function steps(side: SpecSide | null, stage: "preprocess" | "postprocess"): PipelineStep[] {
  const list = side?.spec?.spec?.pipeline?.[stage]?.steps;
  return Array.isArray(list) ? list.filter((s): s is PipelineStep => !!s && typeof s === "object") : [];
}

const depKey = (d: PipelineDependency, i: number): string => (typeof d.id === "string" ? d.id : `#${i}`);
const latency = (d: PipelineDependency | undefined): number | null =>
  typeof d?.interface?.maxLatencyMs === "number" ? d.interface.maxLatencyMs : null;

function latencyBudget(list: PipelineDependency[]): number | null {
  const values = list.map(latency).filter((v): v is number => v !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

/** Changes to a spec's pipeline dependencies (added, removed, changed), matched by dependency id. */
export function diffPipeline(base: SpecSide | null, head: SpecSide | null): SpecChange[] {
  const out: SpecChange[] = [];
  const before = deps(base);
  const after = deps(head);
  const beforeById = new Map(before.map((d, i) => [depKey(d, i), { d, i }]));
  const afterById = new Map(after.map((d, i) => [depKey(d, i), { d, i }]));
  const ptr = (i: number) => `/spec/pipeline/dependencies/${i}`;

  for (const [id, { d, i }] of beforeById) {
    const now = afterById.get(id);
    if (!now) {
      const guardrail = d.role === "guardrail";
      out.push({
        category: "pipeline",
        key: `pipeline.dependencies.${id}`,
        label: `Dependency ${id}`,
        before: d.specRef ?? id,
        after: null,
        severity: d.required !== false || guardrail ? "risky" : "info",
        note: guardrail
          ? "guardrail removed from the pipeline"
          : d.required !== false
            ? "a required dependency is removed"
            : "dependency removed",
        loosensGovernance: guardrail || undefined,
        pointer: ptr(i),
      });
      continue;
    }
    const n = now.d;
    // `required` defaults to true (schema): only an explicit false makes a dependency optional.
    if ((d.required ?? true) !== (n.required ?? true)) {
      const relaxed = n.required === false;
      const guardrail = n.role === "guardrail";
      out.push({
        category: "pipeline",
        key: `pipeline.dependencies.${id}.required`,
        label: `Dependency ${id} required`,
        before: d.required ?? true,
        after: n.required ?? true,
        severity: relaxed ? "risky" : "info",
        note: relaxed
          ? guardrail
            ? "guardrail becomes optional: requests may skip it"
            : "dependency becomes optional"
          : undefined,
        loosensGovernance: relaxed && guardrail ? true : undefined,
        pointer: `${ptr(now.i)}/required`,
      });
    }
    if ((d.specRef ?? null) !== (n.specRef ?? null)) {
      out.push({
        category: "pipeline",
        key: `pipeline.dependencies.${id}.specRef`,
        label: `Dependency ${id} spec`,
        before: d.specRef ?? null,
        after: n.specRef ?? null,
        severity: "info",
        pointer: `${ptr(now.i)}/specRef`,
      });
    }
    if ((d.role ?? null) !== (n.role ?? null)) {
      out.push({
        category: "pipeline",
        key: `pipeline.dependencies.${id}.role`,
        label: `Dependency ${id} role`,
        before: d.role ?? null,
        after: n.role ?? null,
        severity: d.role === "guardrail" ? "risky" : "info",
        note: d.role === "guardrail" ? "no longer a guardrail" : undefined,
        loosensGovernance: d.role === "guardrail" ? true : undefined,
        pointer: `${ptr(now.i)}/role`,
      });
    }
    const lb = latency(d);
    const la = latency(n);
    if (lb !== la) {
      out.push(
        numberChange(
          `pipeline.dependencies.${id}.maxLatencyMs`,
          `Dependency ${id} latency budget`,
          lb,
          la,
          `${ptr(now.i)}/interface/maxLatencyMs`,
        ),
      );
    }
  }
  for (const [id, { d, i }] of afterById) {
    if (beforeById.has(id)) continue;
    out.push({
      category: "pipeline",
      key: `pipeline.dependencies.${id}`,
      label: `Dependency ${id}`,
      before: null,
      after: d.specRef ?? id,
      severity: "info",
      note:
        d.required !== false
          ? "a new required dependency: its latency adds to every request"
          : "dependency added",
      pointer: ptr(i),
    });
  }

  const budgetBefore = base ? latencyBudget(before) : null;
  const budgetAfter = head ? latencyBudget(after) : null;
  if (base && head && budgetBefore !== budgetAfter) {
    const change = numberChange(
      "pipeline.latencyBudgetMs",
      "Dependencies' latency (sum)",
      budgetBefore,
      budgetAfter,
      "/spec/pipeline/dependencies",
    );
    const target = head.spec?.spec?.operations?.scaling?.targetLatencyMsP95;
    if (budgetAfter !== null && typeof target === "number" && budgetAfter > target) {
      change.severity = "risky";
      change.note = `dependencies alone may take ${budgetAfter} ms, above the ${target} ms p95 target`;
    }
    out.push(change);
  }

  for (const stage of ["preprocess", "postprocess"] as const) {
    const sb = new Map(steps(base, stage).map((s, i) => [s.name ?? `#${i}`, { s, i }]));
    const sa = new Map(steps(head, stage).map((s, i) => [s.name ?? `#${i}`, { s, i }]));
    const names = new Set([...sb.keys(), ...sa.keys()]);
    for (const name of names) {
      const b = sb.get(name);
      const a = sa.get(name);
      const enabledBefore = b ? b.s.enabled !== false : null;
      const enabledAfter = a ? a.s.enabled !== false : null;
      if (enabledBefore === enabledAfter && (b?.s.type ?? null) === (a?.s.type ?? null)) continue;
      out.push({
        category: "pipeline",
        key: `pipeline.${stage}.${name}`,
        label: `${stage === "preprocess" ? "Pre-processing" : "Post-processing"} step ${name}`,
        before: b ? (enabledBefore ? (b.s.type ?? "enabled") : "disabled") : null,
        after: a ? (enabledAfter ? (a.s.type ?? "enabled") : "disabled") : null,
        severity: "info",
        pointer: `/spec/pipeline/${stage}/steps/${(a ?? b)!.i}`,
      });
    }
  }
  return out;
}

function numberChange(
  key: string,
  label: string,
  before: number | null,
  after: number | null,
  pointer: string,
): SpecChange {
  const change: SpecChange = {
    category: "pipeline",
    key,
    label,
    before,
    after,
    severity: "info",
    unit: "ms",
    pointer,
  };
  if (before !== null && after !== null) {
    change.delta = {
      abs: after - before,
      pct: before === 0 ? null : Math.round(((after - before) / before) * 1000) / 10,
    };
  }
  return change;
}
