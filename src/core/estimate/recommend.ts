/**
 * The cheapest catalog GPU type × count that starts the model AND holds the declared batch of
 * full-length sequences with ≥ 10 % headroom. A cheaper setup is recommended only when the declared
 * one is priced, the model is really resolved (not a size parsed from its name) and the saving is
 * material (≥ 10 % and ≥ $100 a month); when the declared setup does not start or cannot hold its
 * batch, the cheapest one that does is recommended whatever it costs.
 */
import type { GpuSpec } from "../catalog/gpus.js";
import { allGpus } from "../catalog/gpus.js";
import { providersFor, type PriceQuote } from "../catalog/prices.js";
import type { Config, Estimate, Recommendation } from "../types.js";
import { priceFor, type PricedSetup } from "./cost.js";
import { memoryFor, round2 } from "./memory.js";
import { precisionSupport } from "./precision.js";
import { tpCompatible } from "./resolve.js";
import { fmtUsd, round4, type Workload } from "./util.js";

/** Counts tried by the recommender (GPUs per replica). */
export const RECOMMEND_COUNTS = [1, 2, 4, 8] as const;
/** A saving is material at ≥ 10 % of the declared monthly cost and ≥ $100 a month. */
export const MATERIAL_SAVING = { pct: 10, usdPerMonth: 100 } as const;

/** Does this setup start the model and hold the declared batch of full-length sequences? */
function serves(w: Workload, gpu: GpuSpec, count: number): { ok: boolean; headroom: number } {
  const m = memoryFor(w, gpu, count, 1);
  const holdsBatch = w.model.kind === "encoder" || m.fullLengthSequences >= w.batch;
  return { ok: m.verdict === "fits" && holdsBatch, headroom: m.perGpu.headroomPct };
}

/** Cheapest catalog GPU × count (1, 2, 4, 8) that starts and holds the declared batch with ≥ 10 % headroom. */
export function recommend(
  out: Estimate,
  w: Workload,
  declaredGpu: GpuSpec,
  declaredCount: number,
  config: Config,
  priced: PricedSetup,
): Recommendation | null {
  const { choice, spot, minReplicas, declaredMonthly } = priced;
  const A = out.assumptions;
  if (w.hintOnly) {
    A.push("No recommendation: the model's size is only parsed from its name.");
    return null;
  }
  const declaredServes =
    out.fits === true && (w.model.kind === "encoder" || !out.kvCache?.belowDeclaredBatch);
  if (declaredServes && declaredMonthly === null) {
    A.push("No recommendation: the declared setup has no price to compare with.");
    return null;
  }
  const hours = config.estimate.hoursPerMonth;
  let best: { gpu: GpuSpec; count: number; quote: PriceQuote; hourly: number; headroom: number } | null =
    null;
  const provider = choice.provider;
  for (const gpu of allGpus(config)) {
    if (provider && !providersFor(gpu.id, config).includes(provider)) continue;
    if (precisionSupport(gpu, w.precision) === "no") continue;
    for (const c of RECOMMEND_COUNTS) {
      if (!tpCompatible(w.model, c)) continue;
      const { quote } = priceFor(gpu.id, choice, config, c, spot);
      if (!quote) continue;
      const hourly = quote.usdPerGpuHour * c;
      if (best && hourly > best.hourly) continue;
      const s = serves(w, gpu, c);
      if (!s.ok) continue;
      if (!best || hourly < best.hourly || (hourly === best.hourly && c < best.count)) {
        best = { gpu, count: c, quote, hourly, headroom: s.headroom };
      }
      break; // more GPUs of the same type only cost more
    }
  }
  const workload = `${w.batch} × ${w.seq} tokens`;
  if (!best) {
    A.push(
      `No catalog GPU type × count (${RECOMMEND_COUNTS.join(", ")}) with a documented price${choice.provider ? ` at ${choice.provider}` : ""} starts the model and holds ${workload} with 10% headroom.`,
    );
    return null;
  }
  const monthly = best.hourly * hours * minReplicas;
  const same = best.gpu.id === declaredGpu.id && best.count === declaredCount;
  const saving = declaredMonthly === null ? null : round2(declaredMonthly - monthly);
  if (declaredServes) {
    if (same) return null;
    const material =
      saving !== null &&
      declaredMonthly !== null &&
      saving >= MATERIAL_SAVING.usdPerMonth &&
      (saving / declaredMonthly) * 100 >= MATERIAL_SAVING.pct;
    if (!material) {
      A.push(
        `The cheapest alternative (${best.count} × ${best.gpu.id}) would save ${fmtUsd(Math.max(0, saving ?? 0))} a month, under the ${MATERIAL_SAVING.pct}% and $${MATERIAL_SAVING.usdPerMonth}/month bar for recommending a change.`,
      );
      return null;
    }
  }
  const why = declaredServes
    ? "is the cheapest GPU type × count that"
    : out.fits === false
      ? "is the cheapest setup that starts the model and"
      : "is the cheapest setup that";
  return {
    gpu: best.gpu.id,
    count: best.count,
    provider: best.quote.provider,
    hourlyUsdPerReplica: round4(best.hourly),
    monthlyUsdAtMinReplicas: round2(monthly),
    monthlySavingUsd: saving,
    reason: `${best.count} × ${best.gpu.id} at ${best.quote.provider} (${fmtUsd(best.hourly)}/h per replica, ${best.quote.source}, as of ${best.quote.asOf}) ${why} holds ${workload} at once with ${best.headroom}% headroom; memory fit only, throughput differs by GPU.`,
  };
}
