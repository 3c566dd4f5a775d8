import type { RuleDef } from "./types.js";
import { defineRule } from "./types.js";
import { fmt, num, str } from "./util.js";

const SC = "/spec/operations/scaling";

/** Rules on replicas and autoscaling. */
export const SCALING_RULES: RuleDef[] = [
  defineRule({
    id: "MS-SCALE-001",
    area: "scaling",
    defaultSeverity: "error",
    title: "maxReplicas is below minReplicas",
    rationale:
      "An autoscaler cannot honour a ceiling below its floor; most reject the object or pin it to one bound.",
    check({ spec }) {
      const s = spec.spec?.operations?.scaling;
      const min = num(s?.minReplicas);
      const max = num(s?.maxReplicas);
      if (min === undefined || max === undefined || max >= min) return [];
      return [
        {
          pointer: `${SC}/maxReplicas`,
          message: `maxReplicas (${max}) is below minReplicas (${min}).`,
          hint: `Raise maxReplicas to at least ${min} or lower minReplicas.`,
        },
      ];
    },
  }),
  defineRule({
    id: "MS-SCALE-002",
    area: "scaling",
    defaultSeverity: "warning",
    title: "Scale to zero with a latency SLO and no warm pool",
    rationale:
      "With minReplicas 0 the first request after idle waits for a GPU node and a model load (minutes), far beyond any p95 target.",
    check({ spec }) {
      const s = spec.spec?.operations?.scaling;
      const target = num(s?.targetLatencyMsP95);
      if (num(s?.minReplicas) !== 0 || target === undefined) return [];
      if ((num(s?.warmPool?.size) ?? 0) > 0) return [];
      return [
        {
          pointer: `${SC}/minReplicas`,
          message: `minReplicas is 0 with a p95 latency target of ${fmt(target)} ms and no warm pool: a cold start will miss the target.`,
          hint: "Set minReplicas to 1 or more, or declare scaling.warmPool.size ≥ 1.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-SCALE-003",
    area: "scaling",
    defaultSeverity: "error",
    title: "Warm pool larger than maxReplicas",
    rationale:
      "Warm replicas count against the replica ceiling; a pool above maxReplicas can never be filled.",
    check({ spec }) {
      const s = spec.spec?.operations?.scaling;
      const size = num(s?.warmPool?.size);
      const max = num(s?.maxReplicas);
      if (size === undefined || max === undefined || size <= max) return [];
      return [
        {
          pointer: `${SC}/warmPool/size`,
          message: `warmPool.size (${size}) exceeds maxReplicas (${max}).`,
          hint: `Lower warmPool.size to at most ${max} or raise maxReplicas.`,
        },
      ];
    },
  }),
  defineRule({
    id: "MS-SCALE-004",
    area: "scaling",
    defaultSeverity: "warning",
    title: "Fewer than two replicas in production",
    rationale:
      "One replica is a single point of failure: a node drain, crash or rollout takes the model offline.",
    check({ spec, production }) {
      if (!production) return [];
      const min = num(spec.spec?.operations?.scaling?.minReplicas);
      if (min === undefined || min >= 2) return [];
      return [
        {
          pointer: `${SC}/minReplicas`,
          message: `The spec is labelled production but minReplicas is ${min}: there is no redundancy.`,
          hint: "Run at least 2 replicas in production (and spread them over nodes/zones).",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-SCALE-005",
    area: "scaling",
    defaultSeverity: "notice",
    title: "Autoscaling range without a target",
    rationale:
      "An autoscaler with room to scale but no latency or throughput target has no signal to scale on.",
    check({ spec }) {
      const s = spec.spec?.operations?.scaling;
      const min = num(s?.minReplicas);
      const max = num(s?.maxReplicas);
      if (min === undefined || max === undefined || max <= min) return [];
      if (str(s?.strategy) === "manual") return [];
      if (num(s?.targetLatencyMsP95) !== undefined || num(s?.targetRps) !== undefined) return [];
      return [
        {
          pointer: SC,
          message: `Replicas may scale from ${min} to ${max} but neither targetLatencyMsP95 nor targetRps is set.`,
          hint: "Declare targetLatencyMsP95 and/or targetRps so the autoscaler knows when to add replicas.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-SCALE-006",
    area: "scaling",
    defaultSeverity: "notice",
    title: "Concurrency ceiling below the target load (Little's law)",
    rationale:
      "In-flight requests ≈ RPS × latency; if maxConcurrency × maxReplicas is smaller, requests queue and latency grows.",
    check({ spec }) {
      const s = spec.spec?.operations?.scaling;
      const rps = num(s?.targetRps);
      const p95 = num(s?.targetLatencyMsP95);
      const max = num(s?.maxReplicas);
      const conc = num(spec.spec?.operations?.serving?.maxConcurrency);
      if (rps === undefined || p95 === undefined || max === undefined || conc === undefined) return [];
      const needed = (rps * p95) / 1000;
      const capacity = conc * max;
      if (capacity >= needed) return [];
      return [
        {
          pointer: `${SC}/targetRps`,
          message: `targetRps ${fmt(rps)} at ${fmt(p95)} ms needs about ${fmt(needed, 1)} requests in flight, but maxConcurrency ${conc} × maxReplicas ${max} allows ${capacity}.`,
          hint: "Raise maxReplicas or serving.maxConcurrency, or lower targetRps.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-SCALE-007",
    area: "scaling",
    defaultSeverity: "warning",
    title: "maxReplicas is 0",
    rationale:
      "A model that may never run a replica serves no traffic; retire the spec instead of leaving it dormant.",
    check({ spec }) {
      if (num(spec.spec?.operations?.scaling?.maxReplicas) !== 0) return [];
      return [
        {
          pointer: `${SC}/maxReplicas`,
          message: "maxReplicas is 0: this model can never serve a request.",
          hint: "Set maxReplicas ≥ 1, or delete the spec to retire the model.",
        },
      ];
    },
  }),
];
