/**
 * The `drift` gate (config `failOn.drift`, the Action's `fail-on: drift`): off by default, so drift
 * only warns; when on, it fails on drift the change introduced or worsened (every drift in strict
 * mode), like the other gates.
 */
import { gateMode, isGating } from "../gates.js";
import type { Config, GateCondition, GateResult, DriftReport } from "../types.js";
import { isDrift } from "./index.js";

/** The gate result, or null when the gate is off. */
export function driftGate(report: DriftReport | undefined, config: Config): GateResult | null {
  if (!config.failOn.drift) return null;
  const mode = gateMode(config.failOn, "drift");
  const conditions: GateCondition[] = (report?.findings ?? []).filter(isDrift).map((f) => {
    const status = f.baseline ?? "new";
    return {
      subject: f.file,
      file: f.file,
      status,
      detail: `${f.file}:${f.line} ${f.code}`,
      gating: isGating(status, mode),
    };
  });
  const gating = conditions.filter((c) => c.gating);
  const already = conditions.length - gating.length;
  const shown =
    gating
      .slice(0, 3)
      .map((c) => c.detail)
      .join("; ") + (gating.length > 3 ? `; and ${gating.length - 3} more` : "");
  return {
    gate: "drift",
    failed: gating.length > 0,
    reason: gating.length
      ? `${gating.length} deployment drift${gating.length === 1 ? "" : "s"}${mode === "new" ? " new or worsened in this change" : ""}: ${shown}`
      : conditions.length
        ? `no new deployment drift (${already} already on base)`
        : "the manifests agree with their specs",
    subjects: [...new Set(gating.map((c) => c.subject))],
    mode,
    conditions,
  };
}
