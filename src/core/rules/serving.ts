import type { RuleId } from "../findings.js";
import type { RuleDef } from "./types.js";
import { defineRule } from "./types.js";
import { fmt, num, str } from "./util.js";

const SV = "/spec/operations/serving";

function probeRule(id: RuleId, kind: "readinessProbe" | "livenessProbe", why: string): RuleDef {
  const label = kind === "readinessProbe" ? "readiness" : "liveness";
  return defineRule({
    id,
    area: "serving",
    defaultSeverity: "warning",
    title: `No ${label} probe in production`,
    rationale: why,
    check({ spec, production }) {
      if (!production) return [];
      const serving = spec.spec?.operations?.serving;
      if (str(serving?.[kind]?.path) !== undefined) return [];
      return [
        {
          pointer: serving?.[kind] ? `${SV}/${kind}` : serving ? SV : "/spec/operations",
          message: `The spec is labelled production but serving.${kind}${serving?.[kind] ? ".path" : ""} is not set.`,
          hint: `Declare serving.${kind}.path (and timeoutSeconds) pointing at the server's ${label} endpoint.`,
        },
      ];
    },
  });
}

/** Rules on serving: readiness and liveness probes and request timeouts. */
export const SERVING_RULES: RuleDef[] = [
  probeRule(
    "MS-SERVE-001",
    "readinessProbe",
    "Without a readiness probe traffic reaches a replica while it is still loading weights (minutes for large models) and fails.",
  ),
  probeRule(
    "MS-SERVE-002",
    "livenessProbe",
    "Without a liveness probe a wedged server (CUDA error, deadlock) keeps its GPU and drops requests until someone notices.",
  ),
  defineRule({
    id: "MS-SERVE-003",
    area: "serving",
    defaultSeverity: "warning",
    title: "Request timeout shorter than the worst-case generation time",
    rationale:
      "Full-length answers at the declared batch take longer than the timeout, so exactly the longest requests fail.",
    check({ spec, estimate }) {
      const timeout = num(spec.spec?.operations?.serving?.timeoutSeconds);
      const worst = num(estimate?.throughput?.worstCaseGenerationSeconds);
      if (timeout === undefined || timeout === 0 || worst === undefined || timeout >= worst) return [];
      return [
        {
          pointer: `${SV}/timeoutSeconds`,
          message: `serving.timeoutSeconds is ${timeout} s but a full-length answer at the declared batch takes about ${fmt(worst, 1)} s (estimate).`,
          hint: `Raise timeoutSeconds to at least ${Math.ceil(worst)} s, or shorten maxSequenceLengthTokens / the batch.`,
        },
      ];
    },
  }),
  defineRule({
    id: "MS-SERVE-004",
    area: "serving",
    defaultSeverity: "notice",
    title: "Readiness and liveness probes share one path",
    rationale:
      "A liveness check that also tests readiness restarts replicas that are merely busy or loading, causing restart loops under load.",
    check({ spec }) {
      const s = spec.spec?.operations?.serving;
      const ready = str(s?.readinessProbe?.path);
      const live = str(s?.livenessProbe?.path);
      if (ready === undefined || live === undefined || ready !== live) return [];
      return [
        {
          pointer: `${SV}/livenessProbe/path`,
          message: `readinessProbe and livenessProbe both use ${live}.`,
          hint: "Point liveness at a cheap process-alive endpoint and readiness at one that checks the model is loaded.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-SERVE-005",
    area: "serving",
    defaultSeverity: "warning",
    title: "Request timeout below the p95 latency target",
    rationale:
      "If requests time out before the latency target, part of the traffic the SLO allows is cut off as errors.",
    check({ spec }) {
      const timeout = num(spec.spec?.operations?.serving?.timeoutSeconds);
      const p95 = num(spec.spec?.operations?.scaling?.targetLatencyMsP95);
      if (timeout === undefined || timeout === 0 || p95 === undefined || timeout * 1000 >= p95) return [];
      return [
        {
          pointer: `${SV}/timeoutSeconds`,
          message: `serving.timeoutSeconds (${timeout} s) is shorter than scaling.targetLatencyMsP95 (${fmt(p95)} ms).`,
          hint: `Raise timeoutSeconds above ${Math.ceil(p95 / 1000)} s or tighten the latency target.`,
        },
      ];
    },
  }),
  defineRule({
    id: "MS-SERVE-006",
    area: "serving",
    defaultSeverity: "warning",
    title: "Probe timeout of 0 seconds",
    rationale:
      "A probe that may take no time at all fails every check (Kubernetes' minimum is 1 s), so the replica never becomes ready or is restarted in a loop.",
    check({ spec }) {
      const serving = spec.spec?.operations?.serving;
      return (["readinessProbe", "livenessProbe"] as const)
        .filter((kind) => num(serving?.[kind]?.timeoutSeconds) === 0)
        .map((kind) => ({
          pointer: `${SV}/${kind}/timeoutSeconds`,
          message: `serving.${kind}.timeoutSeconds is 0.`,
          hint: "Allow the probe at least 1 s (a few seconds for servers under load).",
        }));
    },
  }),
];
