import type { RuleDef } from "./types.js";
import { defineRule } from "./types.js";
import { fmt, num } from "./util.js";

const COST = "/spec/governance/cost";

/** Prices per 1k tokens are fractions of a cent; show enough digits to compare them. */
function usd(value: number): string {
  return `$${value < 0.01 ? value.toPrecision(2) : fmt(value, 4)}`;
}

/** Rules on cost: the target per 1k tokens, cheaper setups that fit and spot capacity. */
export const COST_RULES: RuleDef[] = [
  defineRule({
    id: "MS-COST-001",
    area: "cost",
    defaultSeverity: "warning",
    title: "Cost per 1k tokens above the target",
    rationale: "The declared deployment costs more per token than the spec's own budget allows.",
    check({ spec, estimate }) {
      const target = num(spec.spec?.governance?.cost?.targetCostPer1kTokensUsd);
      const actual = num(estimate?.cost?.usdPer1kTokens);
      if (target === undefined || actual === undefined || actual <= target) return [];
      const cost = estimate!.cost!;
      return [
        {
          pointer: `${COST}/targetCostPer1kTokensUsd`,
          message: `Estimated ${usd(actual)} per 1k tokens exceeds targetCostPer1kTokensUsd ${usd(target)} (${cost.provider}${cost.spot ? " spot" : ""} at $${fmt(cost.usdPerGpuHour)}/GPU-hour, ${cost.priceSource}, ${cost.priceAsOf}).`,
          hint: "Use a cheaper GPU or provider, quantise, raise the batch, or revisit the target.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-COST-002",
    area: "cost",
    defaultSeverity: "notice",
    title: "A cheaper GPU setup fits",
    rationale:
      "The estimator found a GPU setup that fits the same model and batch for at least a quarter less money.",
    check({ estimate }) {
      const rec = estimate?.recommendation;
      const monthly = num(estimate?.cost?.monthlyUsd.atMinReplicas);
      const saving = num(rec?.monthlySavingUsd);
      if (!rec || monthly === undefined || saving === undefined || saving <= 0 || saving < monthly * 0.25)
        return [];
      return [
        {
          pointer: "/spec/runtime/accelerator",
          message: `${rec.count}× ${rec.gpu} on ${rec.provider} would also fit and saves about $${fmt(Math.round(saving))}/month at min replicas (${Math.round((saving / monthly) * 100)}%).`,
          hint: `${rec.reason} Benchmark latency and throughput on it before switching.`,
        },
      ];
    },
  }),
  defineRule({
    id: "MS-COST-003",
    area: "cost",
    defaultSeverity: "warning",
    title: "Spot capacity in production without redundancy",
    rationale:
      "Spot GPUs are reclaimed at short notice; with fewer than two replicas a reclaim is an outage.",
    check({ spec, production }) {
      if (!production || spec.spec?.governance?.cost?.pricingHints?.spotAllowed !== true) return [];
      const min = num(spec.spec?.operations?.scaling?.minReplicas);
      if (min !== undefined && min >= 2) return [];
      return [
        {
          pointer: `${COST}/pricingHints/spotAllowed`,
          message: `Spot capacity is allowed in a production spec with ${min === undefined ? "no minReplicas" : `minReplicas ${min}`}.`,
          hint: "Keep at least 2 replicas (ideally some on-demand), or disallow spot for production.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-COST-004",
    area: "cost",
    defaultSeverity: "notice",
    title: "Cost target that cannot be checked",
    rationale:
      "A budget nobody can evaluate gives false comfort; the estimate lacks the price or throughput to check it.",
    check({ spec, estimate }) {
      const target = num(spec.spec?.governance?.cost?.targetCostPer1kTokensUsd);
      if (target === undefined || estimate === null) return [];
      if (num(estimate.cost?.usdPer1kTokens) !== undefined) return [];
      return [
        {
          pointer: `${COST}/targetCostPer1kTokensUsd`,
          message: `targetCostPer1kTokensUsd ${usd(target)} cannot be checked: the estimate has no ${estimate.cost ? "throughput" : "price"} for this model and GPU.`,
          hint: "Use a GPU and model from the catalog, or declare them (and a price) in the repo config catalog.",
        },
      ];
    },
  }),
];
