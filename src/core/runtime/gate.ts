/**
 * Running vs declared in a change's review (issue #18): the scan held against the head specs and,
 * when the change has a base, against the base specs too, so every finding is classified by the
 * change's own effect (src/core/gates.ts): `new` when the base specs agreed with what runs and the
 * head's do not, `worsened` when the gap grew (or the severity rose), `unchanged` when main already
 * had it. The scan is one snapshot of the cluster, the same on both sides: only the specs move.
 *
 * The `runtime-drift` gate (config `failOn.runtimeDrift`, the Action's `fail-on: runtime-drift`) is
 * off by default; when on, it fails on running drift and missed promises the change introduced or
 * worsened (every one in strict mode). Stale facts, low-confidence facts (notices), an unreadable
 * or unknown-version scan never gate: they say nothing reliable about what runs.
 *
 * Pure: texts and "now" in, a report and a gate out.
 */
import { findingsGate } from "../gates.js";
import type { Config, FilePair, Finding, GateResult, Severity } from "../types.js";
import { compareKeyed, type FindingMeta, type RuntimeOptions, type RuntimeReport } from "./index.js";

/** Codes about the scan itself, never about running drift. */
const NOT_DRIFT = new Set(["runtime/stale", "runtime/malformed", "runtime/unknown-version"]);

/** True when a finding says that what runs (or what was observed) differs from what the spec says. */
export function isRuntimeDrift(f: Finding): boolean {
  return f.code.startsWith("runtime/") && !NOT_DRIFT.has(f.code) && f.severity !== "notice";
}

const RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/** The scan a change is reviewed against. */
export interface RuntimeInput {
  file: string;
  text: string;
  /** The scan is a repository file the change did not edit (its findings may be annotated there). */
  inRepo?: boolean;
}

/**
 * Compares the scan with the specs on both sides of the change and classifies each head finding;
 * `config.rules` overrides apply (a `runtime/…` code set to `off` is dropped).
 */
export function analyseRuntime(
  input: RuntimeInput,
  specs: FilePair[],
  config: Config,
  options: RuntimeOptions,
): { report: RuntimeReport; gate: GateResult | null; fixed: number } {
  const head = compareKeyed(input.file, input.text, specs, config, options);
  const hasBase = specs.some((p) => p.base !== undefined);
  const base = hasBase
    ? compareKeyed(
        input.file,
        input.text,
        specs.flatMap((p) =>
          p.base === undefined ? [] : [{ path: p.previousPath ?? p.path, head: p.base }],
        ),
        config,
        options,
      )
    : null;
  const rules = (f: Finding): Finding | null => {
    const setting = config.rules[f.code];
    return setting === undefined ? f : setting === "off" ? null : { ...f, severity: setting };
  };
  const baseByKey = new Map<string, { f: Finding; m: FindingMeta }[]>();
  for (const f of base?.report.findings ?? []) {
    const m = base!.meta.get(f)!;
    const g = rules(f);
    if (!g) continue;
    const list = baseByKey.get(m.key);
    if (list) list.push({ f: g, m });
    else baseByKey.set(m.key, [{ f: g, m }]);
  }
  const subjects = new Map<Finding, FindingMeta>();
  const findings: Finding[] = [];
  for (const f of head.report.findings) {
    const m = head.meta.get(f)!;
    const g = rules(f);
    if (!g) continue;
    let out: Finding = g;
    if (base) {
      const b = baseByKey.get(m.key)?.shift();
      const worse =
        b !== undefined &&
        (RANK[g.severity] > RANK[b.f.severity] || (m.gap !== null && b.m.gap !== null && m.gap > b.m.gap));
      out = { ...g, baseline: b === undefined ? "new" : worse ? "worsened" : "unchanged" };
    }
    subjects.set(out, m);
    findings.push(out);
  }
  const fixed = [...baseByKey.values()].flat().length;
  const report: RuntimeReport = {
    ...head.report,
    findings,
    ...(input.inRepo ? { inRepo: true } : {}),
  };
  return { report, gate: runtimeGate(report, subjects, config), fixed };
}

function runtimeGate(
  report: RuntimeReport,
  meta: Map<Finding, FindingMeta>,
  config: Config,
): GateResult | null {
  if (!config.failOn.runtimeDrift) return null;
  const findings = report.findings.filter(isRuntimeDrift);
  return findingsGate("runtime-drift", findings, config.failOn, (f) => meta.get(f)?.subject ?? f.file, {
    failed: (n, mode, shown) =>
      `${n} running drift${n === 1 ? "" : "s"} or missed promise${n === 1 ? "" : "s"}${mode === "new" ? " new or worsened in this change" : ""} (scan ${report.file}): ${shown}`,
    alreadyOnBase: (n) => `no new running drift (${n} already on base, not gated)`,
    clean: "what runs agrees with the specs (or the scan says nothing current about them)",
  });
}
