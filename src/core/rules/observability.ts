import type { RuleDef } from "./types.js";
import { defineRule } from "./types.js";
import { str } from "./util.js";

const OB = "/spec/operations/observability";
const VERBOSE_LEVELS = new Set(["debug", "trace", "all", "verbose"]);

/** Rules on metrics, tracing and logging. */
export const OBSERVABILITY_RULES: RuleDef[] = [
  defineRule({
    id: "MS-OBS-001",
    area: "observability",
    defaultSeverity: "warning",
    title: "Metrics disabled in production",
    rationale:
      "Without metrics there is no autoscaling signal, no SLO tracking and no alert when the model degrades.",
    check({ spec, production }) {
      if (!production || spec.spec?.operations?.observability?.metrics?.enabled !== false) return [];
      return [
        {
          pointer: `${OB}/metrics/enabled`,
          message: "The spec is labelled production but observability.metrics.enabled is false.",
          hint: "Set metrics.enabled: true (e.g. the server's Prometheus endpoint).",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-OBS-002",
    area: "observability",
    defaultSeverity: "warning",
    title: "Tracing disabled in production",
    rationale:
      "Without traces, latency spent in guardrails, retrieval and the model cannot be told apart during an incident.",
    check({ spec, production }) {
      if (!production || spec.spec?.operations?.observability?.tracing?.enabled !== false) return [];
      return [
        {
          pointer: `${OB}/tracing/enabled`,
          message: "The spec is labelled production but observability.tracing.enabled is false.",
          hint: "Set tracing.enabled: true (sample if volume is a concern).",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-OBS-003",
    area: "observability",
    defaultSeverity: "notice",
    title: "No observability section in production",
    rationale:
      "A production model should say how it is watched; an absent section leaves metrics and tracing to chance.",
    check({ spec, production }) {
      if (!production || spec.spec?.operations?.observability !== undefined) return [];
      return [
        {
          pointer: spec.spec?.operations ? "/spec/operations" : "/spec",
          message: "The spec is labelled production but declares no operations.observability.",
          hint: "Declare observability.metrics, logging and tracing.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-OBS-004",
    area: "observability",
    defaultSeverity: "notice",
    title: "Debug logging in production",
    rationale: "Debug logs multiply log volume and cost and tend to include prompts and completions.",
    check({ spec, production }) {
      const level = str(spec.spec?.operations?.observability?.logging?.level)?.toLowerCase();
      if (!production || level === undefined || !VERBOSE_LEVELS.has(level)) return [];
      return [
        {
          pointer: `${OB}/logging/level`,
          message: `The spec is labelled production but logging.level is ${level}.`,
          hint: "Use info (or warn) in production; raise verbosity temporarily when debugging.",
        },
      ];
    },
  }),
];

export { VERBOSE_LEVELS };
