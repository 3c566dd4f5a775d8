/**
 * Cost of a replica: which provider prices it (annotation, pricing hints, repo config, else AWS or
 * the cheapest documented provider), the hourly and monthly figures, $/1k tokens and the budget.
 */
import type { SpecAnnotations } from "../catalog/annotations.js";
import type { GpuSpec } from "../catalog/gpus.js";
import { findOffer, findPrice, normaliseProvider, providersFor, type PriceQuote } from "../catalog/prices.js";
import type { Config, Estimate, ModelSpec } from "../types.js";
import { round2 } from "./memory.js";
import { finding, fmtUsd, num, P, round4, sig4, str, type EstimateLocation } from "./util.js";

/** Provider used when none is declared. */
export const DEFAULT_PROVIDER = "aws";

/** The provider a spec is priced at, whether it was declared, and where. */
export interface ProviderChoice {
  provider: string | null;
  explicit: boolean;
  from: string;
}

/** The provider to price a spec at: annotation, pricing hints, repository config, else none declared. */
export function chooseProvider(spec: ModelSpec, config: Config, ann: SpecAnnotations): ProviderChoice {
  const a = ann.values.provider;
  if (typeof a === "string")
    return {
      provider: normaliseProvider(a),
      explicit: true,
      from: "annotation modelspec-review.piqc.ai/provider",
    };
  const hint = str(spec?.spec?.governance?.cost?.pricingHints?.cloudProvider);
  if (hint)
    return {
      provider: normaliseProvider(hint),
      explicit: true,
      from: "governance.cost.pricingHints.cloudProvider",
    };
  if (config.estimate.provider)
    return {
      provider: normaliseProvider(config.estimate.provider),
      explicit: true,
      from: "repository config estimate.provider",
    };
  return { provider: null, explicit: false, from: "" };
}

/** Price `gpu` at the chosen provider, or (no provider chosen) AWS, else the cheapest documented provider. */
export function priceFor(
  gpuId: string,
  choice: ProviderChoice,
  config: Config,
  count: number,
  spot: boolean,
): { quote: PriceQuote | null; how: string } {
  if (choice.provider) {
    return {
      quote: findPrice(gpuId, choice.provider, config, { count, spot }),
      how: `provider ${choice.provider} from ${choice.from}`,
    };
  }
  const def = findPrice(gpuId, DEFAULT_PROVIDER, config, { count, spot });
  if (def) return { quote: def, how: `no provider declared: ${DEFAULT_PROVIDER} assumed` };
  let best: PriceQuote | null = null;
  for (const p of providersFor(gpuId, config)) {
    const q = findPrice(gpuId, p, config, { count, spot });
    if (q && (!best || q.usdPerGpuHour < best.usdPerGpuHour)) best = q;
  }
  return {
    quote: best,
    how: `no provider declared and ${DEFAULT_PROVIDER} lists no ${gpuId}: the cheapest documented provider (${best?.provider ?? "none"}) used`,
  };
}

/** What the recommender compares against: the declared setup's provider, spot, replicas and price. */
export interface PricedSetup {
  /** Provider alternatives are priced at (like with like). */
  choice: ProviderChoice;
  spot: boolean;
  minReplicas: number;
  /** Monthly cost of the declared setup at minReplicas; null when it has no price. */
  declaredMonthly: number | null;
}

/**
 * Price the declared setup onto `out.cost` (with its assumptions and findings); returns what the
 * recommender needs to compare alternatives with, or null without a GPU.
 */
export function addCost(
  out: Estimate,
  spec: ModelSpec,
  config: Config,
  at: EstimateLocation,
  gpu: GpuSpec | null,
  count: number,
  tokensPerSec: number | null,
  ann: SpecAnnotations,
  encoder: boolean,
): PricedSetup | null {
  if (!gpu) return null;
  const A = out.assumptions;
  const hints = spec?.spec?.governance?.cost?.pricingHints;
  const spot = typeof hints?.spotAllowed === "boolean" ? hints.spotAllowed : (config.estimate.spot ?? false);
  const choice = chooseProvider(spec, config, ann);
  const scaling = spec?.spec?.operations?.scaling;
  const rawMin = num(scaling?.minReplicas);
  const rawMax = num(scaling?.maxReplicas);
  const minReplicas = rawMin !== null && rawMin >= 0 ? Math.floor(rawMin) : 1;
  const maxReplicas =
    rawMax !== null && rawMax >= 0 ? Math.max(Math.floor(rawMax), minReplicas) : minReplicas;
  if (rawMin === null) A.push("No minReplicas declared: 1 replica assumed.");
  if (rawMax === null) A.push(`No maxReplicas declared: ${minReplicas} (= minReplicas) assumed.`);
  const hours = config.estimate.hoursPerMonth;

  let quote: PriceQuote | null = null;
  const instanceType = str(hints?.instanceType);
  const offer = findOffer(instanceType);
  if (offer && offer.gpu !== gpu.id) {
    out.findings.push(
      finding(
        at,
        "estimate/instance-mismatch",
        "warning",
        "/spec/governance/cost/pricingHints/instanceType",
        `instance type ${offer.offer} carries ${offer.gpusPerInstance} × ${offer.gpu}, but the spec declares ${count} × ${gpu.id}`,
        `Make runtime.accelerator.type and pricingHints.instanceType agree; cost is estimated for ${gpu.id}.`,
      ),
    );
  }
  const annUsd = num(ann.values["usd-per-gpu-hour"]);
  if (annUsd !== null) {
    quote = {
      provider: choice.provider ?? "declared",
      gpu: gpu.id,
      offer: "declared",
      usdPerGpuHour: annUsd,
      spot: false,
      spotUnavailable: false,
      source: "annotation modelspec-review.piqc.ai/usd-per-gpu-hour",
      asOf: "declared",
      declared: true,
    };
  } else if (offer && offer.gpu === gpu.id && (!choice.provider || choice.provider === offer.provider)) {
    const q = findPrice(gpu.id, offer.provider, config, { count: offer.gpusPerInstance, spot });
    quote = q && q.offer === offer.offer ? q : null;
    if (!quote) {
      quote = {
        provider: offer.provider,
        gpu: gpu.id,
        offer: offer.offer,
        usdPerGpuHour: offer.usdPerGpuHour,
        spot: false,
        spotUnavailable: spot,
        source: offer.source,
        asOf: offer.asOf,
        uncertain: offer.uncertain,
        declared: false,
      };
    }
    A.push(
      `Price: instance type ${offer.offer} from governance.cost.pricingHints.instanceType at ${fmtUsd(quote.usdPerGpuHour)}/GPU-hour${quote.spot ? " (spot)" : ""}, ${quote.source}, as of ${quote.asOf}.`,
    );
  } else {
    const r = priceFor(gpu.id, choice, config, count, spot);
    quote = r.quote;
    if (quote)
      A.push(
        `Price: ${r.how}; ${quote.offer} at ${fmtUsd(quote.usdPerGpuHour)}/GPU-hour${quote.spot ? " (spot)" : ""}, ${quote.source}, as of ${quote.asOf}.`,
      );
  }
  if (!quote) {
    const others = providersFor(gpu.id, config);
    out.findings.push(
      finding(
        at,
        "estimate/no-price",
        "notice",
        choice.explicit ? P.provider : P.gpuType,
        `no documented price for ${gpu.id}${choice.provider ? ` at ${choice.provider}` : ""}, so cost is not estimated`,
        (others.length ? `Prices exist at: ${others.join(", ")}. ` : "") +
          "Declare one under catalog.prices in .github/modelspec-review.yml or with the annotation modelspec-review.piqc.ai/usd-per-gpu-hour.",
      ),
    );
    return { choice, spot, minReplicas, declaredMonthly: null };
  }
  if (quote.uncertain) A.push(`Uncertain price: ${quote.uncertain}.`);
  if (spot && quote.spotUnavailable) {
    out.findings.push(
      finding(
        at,
        "estimate/spot-unavailable",
        "notice",
        P.spot,
        `spot is allowed but no spot price is documented for ${gpu.id} at ${quote.provider}: on-demand price used`,
        "Declare a spotFactor under catalog.prices to price spot capacity.",
      ),
    );
  }
  const hourly = quote.usdPerGpuHour * count;
  const usdPer1k = tokensPerSec && tokensPerSec > 0 ? (hourly / (tokensPerSec * 3600)) * 1000 : null;
  const target = num(spec?.spec?.governance?.cost?.targetCostPer1kTokensUsd);
  out.cost = {
    provider: quote.provider,
    spot: quote.spot,
    usdPerGpuHour: round4(quote.usdPerGpuHour),
    priceSource: quote.source,
    priceAsOf: quote.asOf,
    hourlyUsdPerReplica: round4(hourly),
    hoursPerMonth: hours,
    monthlyUsd: {
      atMinReplicas: round2(hourly * hours * minReplicas),
      atMaxReplicas: round2(hourly * hours * maxReplicas),
    },
    usdPer1kTokens: usdPer1k === null ? null : sig4(usdPer1k),
    budget:
      target !== null && usdPer1k !== null
        ? { targetUsdPer1kTokens: target, withinTarget: usdPer1k <= target }
        : null,
  };
  A.push(`Monthly cost = hourly × ${hours} h × replicas (${minReplicas} min, ${maxReplicas} max).`);
  if (usdPer1k !== null) {
    A.push(
      encoder
        ? "Cost per 1k tokens counts input tokens at the prefill roofline (encoder)."
        : "Cost per 1k tokens counts generated tokens at the estimated decode throughput of one fully loaded replica.",
    );
  } else if (target !== null) {
    A.push("Cost per 1k tokens is unknown (no throughput estimate), so the budget target cannot be checked.");
  }
  // Compare like with like: alternatives are priced at the provider that priced the declared setup.
  const sameProvider: ProviderChoice =
    quote.declared && !choice.provider
      ? choice
      : { provider: quote.provider, explicit: true, from: "the declared setup's provider" };
  return { choice: sameProvider, spot, minReplicas, declaredMonthly: hourly * hours * minReplicas };
}
