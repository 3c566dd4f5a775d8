/**
 * The `drift` gate (config `failOn.drift`, the Action's `fail-on: drift`): off by default, so drift
 * only warns; when on, it fails on drift the change introduced or worsened (every drift in strict
 * mode), like the other gates.
 */
import { findingsGate } from "../gates.js";
import type { Config, GateResult, DriftReport } from "../types.js";
import { isDrift } from "./index.js";

/** The gate result, or null when the gate is off. */
export function driftGate(report: DriftReport | undefined, config: Config): GateResult | null {
  if (!config.failOn.drift) return null;
  return findingsGate("drift", (report?.findings ?? []).filter(isDrift), config.failOn, (f) => f.file, {
    failed: (n, mode, shown) =>
      `${n} deployment drift${n === 1 ? "" : "s"}${mode === "new" ? " new or worsened in this change" : ""}: ${shown}`,
    alreadyOnBase: (n) => `no new deployment drift (${n} already on base)`,
    clean: "the manifests agree with their specs",
  });
}
