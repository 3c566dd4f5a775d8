/**
 * On-demand GPU prices, USD per GPU-hour (= instance price / GPUs in the instance), with the date the
 * source was read. Every row names the public file or page it was read from.
 * Prices drift: the date travels with every figure into the report.
 */
import type { Config } from "../types.js";
import { resolveGpu } from "./gpus.js";
import { own } from "../lookup.js";

/** One documented GPU price: provider, GPU, offer, $/GPU-hour, source and date. */
export interface PriceEntry {
  provider: string;
  /** GPU catalog id. */
  gpu: string;
  /** Instance or offer name. */
  offer: string;
  gpusPerInstance: number;
  usdPerGpuHour: number;
  /** Spot / preemptible price per GPU-hour when the source documents one. */
  spotUsdPerGpuHour?: number;
  source: string;
  asOf: string;
  uncertain?: string;
}

/** Providers people write, normalised. */
export const PROVIDER_ALIASES: Record<string, string> = {
  aws: "aws",
  amazon: "aws",
  ec2: "aws",
  gcp: "gcp",
  google: "gcp",
  gce: "gcp",
  gke: "gcp",
  azure: "azure",
  microsoft: "azure",
  lambda: "lambda",
  lambdalabs: "lambda",
  runpod: "runpod",
  runpodsecure: "runpod",
  runpodcommunity: "runpod-community",
  coreweave: "coreweave",
};

/** A provider name as the catalog spells it (`Amazon Web Services` → `aws`); unknown names lower-cased. */
export function normaliseProvider(name: string): string {
  const k = name.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return own(PROVIDER_ALIASES, k) ?? name.toLowerCase();
}

const DATARECEIPTS = "datareceipts/data-receipts 109-gpu-pricing/hyperscalers.json";
const DATARECEIPTS_VENDORS = "datareceipts/data-receipts 109-gpu-pricing/vendors.json";
const GPUAUDIT = "gpuaudit pricing table (single secondary source)";
const LAMBDA = "api-evangelist/lambda-labs plans/lambda-labs-plans-pricing.yml from lambda.ai/instances";
const COREWEAVE = "api-evangelist/coreweave plans/coreweave-plans-pricing.yml from coreweave.com/pricing";
/** RunPod list prices as transcribed (with source URL and check date) in silybench-data. */
const SILYBENCH_RUNPOD =
  "tgarg01/silybench-data prices/gpu_hourly.yaml (source https://www.runpod.io/pricing, checked 2026-09-25)";
const SILYBENCH = "tgarg01/silybench-data derived/csv/gpu_prices.csv, Cloud Billing catalog";
/**
 * GCP instance prices as the Cloud Billing Catalog API lists them, summed per machine type (GPUs +
 * vCPUs + RAM + the local SSD A2 Ultra bundles), us-central1. File generated 2025-03-06.
 */
const CYCLENERD_GCP =
  "https://github.com/Cyclenerd/google-cloud-pricing-cost-calculator/blob/0166a59ebba7c36f2cc8c931d9f258dcebc44776/pricing.yml (compute.instance.<type>.cost.us-central1: GPU + vCPU + RAM, generated 2025-03-06 from the Cloud Billing Catalog API)";
/** A fork of SkyPilot's catalog that keeps the v7 Azure file (instance price incl. GPUs, eastus). */
const SKYPILOT_AZURE =
  "https://github.com/coopslarhette/skypilot-catalog/blob/dd2604fa22866db0d4467728f4a4aeccbdccbd45/catalogs/v7/azure/vms.csv (eastus)";
/**
 * SkyPilot's GCP catalog lists a VM row (vCPU + RAM only) and a GPU row (AcceleratorName, count)
 * separately; an offer's price here is their sum for us-central1.
 */
const SKYPILOT_GCP =
  "https://github.com/skypilot-org/skypilot-catalog/blob/006059e0f18acb1341e22a27751e9f80df6ba92f/catalogs/v8/gcp/vms.csv (us-central1: VM row + GPU row)";

// prettier-ignore
/** The built-in price catalog, each entry with its public source and date. */
export const PRICES: readonly PriceEntry[] = [
  // ── AWS (us-east-1) ──
  { provider: "aws", gpu: "h100-sxm", offer: "p5.48xlarge", gpusPerInstance: 8, usdPerGpuHour: 6.88, source: DATARECEIPTS, asOf: "2026-11-09" }, // 55.04 / 8
  { provider: "aws", gpu: "a100-40gb", offer: "p4d.24xlarge", gpusPerInstance: 8, usdPerGpuHour: 2.7447, source: DATARECEIPTS, asOf: "2026-11-09" }, // 21.957642 / 8
  { provider: "aws", gpu: "a100-80gb", offer: "p4de.24xlarge", gpusPerInstance: 8, usdPerGpuHour: 3.4309, source: DATARECEIPTS, asOf: "2026-11-09" }, // 27.44705 / 8
  { provider: "aws", gpu: "h200", offer: "p5e.48xlarge", gpusPerInstance: 8, usdPerGpuHour: 13.4, source: "awsnegotiations.com 'GPU Instance Cost Strategy'", asOf: "2026-05", uncertain: "estimated figure from one article" },
  { provider: "aws", gpu: "t4", offer: "g4dn.xlarge", gpusPerInstance: 1, usdPerGpuHour: 0.526, spotUsdPerGpuHour: 0.22, source: "skypilot-org/skypilot-catalog catalogs/v8/aws/vms.csv (spot ≈0.19–0.25, midpoint used)", asOf: "undated catalog snapshot" },
  { provider: "aws", gpu: "a10g", offer: "g5.xlarge", gpusPerInstance: 1, usdPerGpuHour: 1.006, source: `${GPUAUDIT}; factualminds.com EC2 on-demand article`, asOf: "2026-06" },
  { provider: "aws", gpu: "a10g", offer: "g5.12xlarge", gpusPerInstance: 4, usdPerGpuHour: 1.418, source: GPUAUDIT, asOf: "2026-Q1" }, // 5.672 / 4
  { provider: "aws", gpu: "a10g", offer: "g5.48xlarge", gpusPerInstance: 8, usdPerGpuHour: 2.036, source: GPUAUDIT, asOf: "2026-Q1" }, // 16.288 / 8
  { provider: "aws", gpu: "l4", offer: "g6.xlarge", gpusPerInstance: 1, usdPerGpuHour: 0.8048, source: GPUAUDIT, asOf: "2026-Q1" },
  { provider: "aws", gpu: "l4", offer: "g6.12xlarge", gpusPerInstance: 4, usdPerGpuHour: 1.1504, source: GPUAUDIT, asOf: "2026-Q1" }, // 4.6016 / 4
  { provider: "aws", gpu: "l4", offer: "g6.48xlarge", gpusPerInstance: 8, usdPerGpuHour: 1.669, source: GPUAUDIT, asOf: "2026-Q1" }, // 13.35 / 8
  { provider: "aws", gpu: "l40s", offer: "g6e.xlarge", gpusPerInstance: 1, usdPerGpuHour: 1.86, source: GPUAUDIT, asOf: "2026-Q1" },
  // ── Azure (eastus) ──
  { provider: "azure", gpu: "a100-80gb-pcie", offer: "Standard_NC24ads_A100_v4", gpusPerInstance: 1, usdPerGpuHour: 3.673, source: DATARECEIPTS, asOf: "2026-11-09" },
  { provider: "azure", gpu: "a100-80gb-pcie", offer: "Standard_NC96ads_A100_v4", gpusPerInstance: 4, usdPerGpuHour: 4.777, source: DATARECEIPTS, asOf: "2026-11-09" }, // 19.108 / 4
  { provider: "azure", gpu: "a100-40gb", offer: "Standard_ND96asr_A100_v4", gpusPerInstance: 8, usdPerGpuHour: 3.3996, source: "datareceipts compare.json", asOf: "2026-11-09" },
  { provider: "azure", gpu: "a100-80gb", offer: "Standard_ND96amsr_A100_v4", gpusPerInstance: 8, usdPerGpuHour: 4.09625, source: SKYPILOT_AZURE, asOf: "undated catalog snapshot" }, // 32.77 / 8 (its ND96asr_v4 27.197 and NC24ads 3.673 match the rows above)
  { provider: "azure", gpu: "h100-sxm", offer: "Standard_ND96isr_H100_v5", gpusPerInstance: 8, usdPerGpuHour: 12.29, source: "datareceipts README/compare.json", asOf: "2026-11-09" }, // 98.32 / 8
  { provider: "azure", gpu: "h100-nvl", offer: "Standard_NC40ads_H100_v5", gpusPerInstance: 1, usdPerGpuHour: 6.98, source: DATARECEIPTS, asOf: "2026-11-09" },
  { provider: "azure", gpu: "h100-nvl", offer: "Standard_NC80adis_H100_v5", gpusPerInstance: 2, usdPerGpuHour: 8.82, source: DATARECEIPTS, asOf: "2026-11-09" }, // 17.64 / 2
  // ── GCP (us-central1) ──
  { provider: "gcp", gpu: "h100-sxm", offer: "a3-highgpu-1g (incl. vCPU and RAM)", gpusPerInstance: 1, usdPerGpuHour: 10.9791, spotUsdPerGpuHour: 6.571, source: SILYBENCH, asOf: "2026-09-26" },
  // A2 and G2 machine types carry their GPUs; the price is the whole machine ÷ its GPUs. T4 attaches
  // to an N1 VM: the offer is one T4 on an n1-standard-8 (GPU + VM), keyed by the GPU name since
  // an N1 type does not imply a GPU.
  { provider: "gcp", gpu: "a100-40gb", offer: "a2-highgpu-1g (incl. 12 vCPU, 85 GB)", gpusPerInstance: 1, usdPerGpuHour: 3.673385, spotUsdPerGpuHour: 1.293355, source: CYCLENERD_GCP, asOf: "2025-03-06" },
  { provider: "gcp", gpu: "a100-40gb", offer: "a2-highgpu-2g (incl. 24 vCPU, 170 GB)", gpusPerInstance: 2, usdPerGpuHour: 3.673385, spotUsdPerGpuHour: 1.293355, source: CYCLENERD_GCP, asOf: "2025-03-06" }, // 7.34677 / 2, spot 2.58671 / 2
  { provider: "gcp", gpu: "a100-40gb", offer: "a2-highgpu-8g (incl. 96 vCPU, 680 GB)", gpusPerInstance: 8, usdPerGpuHour: 3.673385, spotUsdPerGpuHour: 1.80385, source: SKYPILOT_GCP, asOf: "undated catalog snapshot", uncertain: "spot price from a later snapshot than the 1g/2g rows; GCP moves spot prices" }, // (VM 5.91582 + 8 × A100 23.47126) / 8; spot (2.958 + 11.4728) / 8
  { provider: "gcp", gpu: "a100-80gb", offer: "a2-ultragpu-1g (incl. 12 vCPU, 170 GB, 375 GB local SSD)", gpusPerInstance: 1, usdPerGpuHour: 5.068798, spotUsdPerGpuHour: 2.027468, source: CYCLENERD_GCP, asOf: "2025-03-06" },
  { provider: "gcp", gpu: "a100-80gb", offer: "a2-ultragpu-2g (incl. 24 vCPU, 340 GB, 750 GB local SSD)", gpusPerInstance: 2, usdPerGpuHour: 5.068798, spotUsdPerGpuHour: 2.027468, source: CYCLENERD_GCP, asOf: "2025-03-06" }, // 10.137596 / 2
  { provider: "gcp", gpu: "a100-80gb", offer: "a2-ultragpu-4g (incl. 48 vCPU, 680 GB, 1.5 TB local SSD)", gpusPerInstance: 4, usdPerGpuHour: 5.068798, spotUsdPerGpuHour: 2.027468, source: CYCLENERD_GCP, asOf: "2025-03-06" }, // 20.275192 / 4
  { provider: "gcp", gpu: "l4", offer: "g2-standard-8 (incl. 8 vCPU, 32 GB)", gpusPerInstance: 1, usdPerGpuHour: 0.85362, spotUsdPerGpuHour: 0.34057, source: SKYPILOT_GCP, asOf: "undated catalog snapshot" }, // VM 0.29358 + L4 0.56004; spot 0.11747 + 0.2231 (L4: the 2 × L4 row 1.12008 / 2, spot 0.4462 / 2)
  { provider: "gcp", gpu: "l4", offer: "g2-standard-48 (incl. 48 vCPU, 192 GB)", gpusPerInstance: 4, usdPerGpuHour: 1.000415, spotUsdPerGpuHour: 0.399308, source: SKYPILOT_GCP, asOf: "undated catalog snapshot" }, // (1.7615 + 4 × L4 2.24016) / 4; spot (0.70483 + 0.8924) / 4
  { provider: "gcp", gpu: "l4", offer: "g2-standard-96 (incl. 96 vCPU, 384 GB)", gpusPerInstance: 8, usdPerGpuHour: 1.000416, spotUsdPerGpuHour: 0.399308, source: SKYPILOT_GCP, asOf: "undated catalog snapshot" }, // (3.52301 + 8 × L4 4.48032) / 8; spot (1.40966 + 1.7848) / 8
  { provider: "gcp", gpu: "t4", offer: "nvidia-tesla-t4 on n1-standard-8 (incl. 8 vCPU, 30 GB)", gpusPerInstance: 1, usdPerGpuHour: 0.73, spotUsdPerGpuHour: 0.27946, source: SKYPILOT_GCP, asOf: "undated catalog snapshot" }, // VM 0.38 + T4 0.35; spot 0.10446 + 0.175
  { provider: "gcp", gpu: "h200", offer: "a3-ultragpu-8g", gpusPerInstance: 8, usdPerGpuHour: 10.4365, spotUsdPerGpuHour: 6.2607, source: "HF dataset tanod/cloud-gpu-list-prices, Billing Catalog API", asOf: "2026-10-13" },
  // ── Lambda ──
  { provider: "lambda", gpu: "h100-sxm", offer: "1x H100 SXM", gpusPerInstance: 1, usdPerGpuHour: 4.29, source: SILYBENCH, asOf: "2026-09-25" },
  { provider: "lambda", gpu: "h100-sxm", offer: "8x H100 SXM", gpusPerInstance: 8, usdPerGpuHour: 3.99, source: LAMBDA, asOf: "2026-09-20" },
  { provider: "lambda", gpu: "h100-pcie", offer: "1x H100 PCIe", gpusPerInstance: 1, usdPerGpuHour: 3.29, source: SILYBENCH, asOf: "2026-09-25" },
  { provider: "lambda", gpu: "a100-80gb", offer: "8x A100 80GB", gpusPerInstance: 8, usdPerGpuHour: 2.79, source: LAMBDA, asOf: "2026-09-20" },
  { provider: "lambda", gpu: "a100-40gb", offer: "8x A100 40GB", gpusPerInstance: 8, usdPerGpuHour: 1.99, source: LAMBDA, asOf: "2026-09-20" },
  { provider: "lambda", gpu: "b200", offer: "8x B200", gpusPerInstance: 8, usdPerGpuHour: 6.69, source: LAMBDA, asOf: "2026-09-20" },
  // ── RunPod (Secure Cloud; Community Cloud as its own provider) ──
  { provider: "runpod", gpu: "h100-sxm", offer: "Secure H100 SXM", gpusPerInstance: 1, usdPerGpuHour: 3.99, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
  { provider: "runpod", gpu: "h100-pcie", offer: "Secure H100 PCIe", gpusPerInstance: 1, usdPerGpuHour: 2.89, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
  { provider: "runpod", gpu: "h100-nvl", offer: "Secure H100 NVL", gpusPerInstance: 1, usdPerGpuHour: 3.19, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
  { provider: "runpod", gpu: "a100-80gb", offer: "Secure A100 80GB", gpusPerInstance: 1, usdPerGpuHour: 1.79, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
  { provider: "runpod-community", gpu: "h100-sxm", offer: "Community H100 SXM", gpusPerInstance: 1, usdPerGpuHour: 2.69, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
  { provider: "runpod-community", gpu: "h100-pcie", offer: "Community H100 PCIe", gpusPerInstance: 1, usdPerGpuHour: 1.99, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
  { provider: "runpod-community", gpu: "h100-nvl", offer: "Community H100 NVL", gpusPerInstance: 1, usdPerGpuHour: 2.59, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
  { provider: "runpod-community", gpu: "a100-80gb-pcie", offer: "Community A100 PCIe", gpusPerInstance: 1, usdPerGpuHour: 1.19, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
  { provider: "runpod-community", gpu: "a100-80gb", offer: "Community A100 SXM", gpusPerInstance: 1, usdPerGpuHour: 1.39, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
  // ── CoreWeave ──
  { provider: "runpod", gpu: "h200", offer: "Secure H200", gpusPerInstance: 1, usdPerGpuHour: 4.59, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
  { provider: "runpod", gpu: "b200", offer: "Secure B200", gpusPerInstance: 1, usdPerGpuHour: 6.79, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
  { provider: "runpod", gpu: "l40s", offer: "Secure L40S", gpusPerInstance: 1, usdPerGpuHour: 1.09, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
  { provider: "runpod", gpu: "rtx-4090", offer: "Secure RTX 4090", gpusPerInstance: 1, usdPerGpuHour: 0.74, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
  { provider: "runpod-community", gpu: "h200", offer: "Community H200", gpusPerInstance: 1, usdPerGpuHour: 3.59, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
  { provider: "runpod-community", gpu: "b200", offer: "Community B200", gpusPerInstance: 1, usdPerGpuHour: 5.98, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
  { provider: "runpod-community", gpu: "l40s", offer: "Community L40S", gpusPerInstance: 1, usdPerGpuHour: 0.79, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
  { provider: "runpod-community", gpu: "rtx-4090", offer: "Community RTX 4090", gpusPerInstance: 1, usdPerGpuHour: 0.34, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
  { provider: "coreweave", gpu: "h100-sxm", offer: "HGX H100 (8 GPU)", gpusPerInstance: 8, usdPerGpuHour: 6.155, spotUsdPerGpuHour: 2.46375, source: COREWEAVE, asOf: "2026-09-20" }, // 49.24 / 8, spot 19.71 / 8
  { provider: "coreweave", gpu: "b200", offer: "HGX B200 (8 GPU)", gpusPerInstance: 8, usdPerGpuHour: 8.6, spotUsdPerGpuHour: 4.26375, source: COREWEAVE, asOf: "2026-09-20" }, // 68.80 / 8, spot 34.11 / 8
];

/** Spot factors a provider documents, used when an offer has no spot price of its own. */
export const SPOT_FACTORS: Record<string, { factor: number; source: string }> = {
  gcp: {
    factor: 0.6,
    source: "GCP Spot H100 6.571 / 10.979 ≈ 0.60 × on-demand (silybench; H200 0.60, tanod)",
  },
  coreweave: {
    factor: 0.4,
    source: "CoreWeave spot H100 ≈ 0.40 × on-demand (coreweave pricing yml)",
  },
};

const BUILTIN_INDEX = new Map<string, PriceEntry[]>();
for (const p of PRICES) {
  const k = `${p.provider}|${p.gpu}`;
  const list = BUILTIN_INDEX.get(k) ?? [];
  list.push(p);
  list.sort((a, b) => a.gpusPerInstance - b.gpusPerInstance);
  BUILTIN_INDEX.set(k, list);
}
const PROVIDERS_BY_GPU = new Map<string, string[]>();
for (const p of PRICES) {
  const list = PROVIDERS_BY_GPU.get(p.gpu) ?? [];
  if (!list.includes(p.provider)) list.push(p.provider);
  PROVIDERS_BY_GPU.set(p.gpu, list);
}

/** The price used for one GPU at one provider, with where it came from. */
export interface PriceQuote {
  provider: string;
  gpu: string;
  offer: string;
  usdPerGpuHour: number;
  spot: boolean;
  /** Set when spot was asked for but no documented spot price exists (on-demand used instead). */
  spotUnavailable: boolean;
  source: string;
  asOf: string;
  uncertain?: string;
  declared: boolean;
}

function priceRows(config?: Config): PriceEntry[] {
  const declared = config?.catalog?.prices ?? [];
  return declared.map((p) => ({
    provider: normaliseProvider(p.provider),
    gpu: resolveGpu(p.gpu, config).gpu?.id ?? p.gpu,
    offer: "declared",
    gpusPerInstance: 1,
    usdPerGpuHour: p.usdPerGpuHour,
    spotUsdPerGpuHour: p.spotFactor !== undefined ? p.usdPerGpuHour * p.spotFactor : undefined,
    source: p.source ?? "repository config (catalog.prices)",
    asOf: p.asOf ?? "declared",
  }));
}

/**
 * Price of one GPU-hour of `gpu` (catalog id) at `provider`. Among a provider's offers for that GPU,
 * picks the smallest instance holding `count` GPUs (else the largest one: several instances).
 * Repo-declared prices win. Returns null when nothing is documented.
 */
export function findPrice(
  gpu: string,
  provider: string,
  config?: Config,
  opts: { count?: number; spot?: boolean } = {},
): PriceQuote | null {
  const prov = normaliseProvider(provider);
  const count = opts.count ?? 1;
  const declared = (config?.catalog?.prices?.length ? priceRows(config) : []).filter(
    (p) => p.gpu === gpu && p.provider === prov,
  );
  const sorted =
    declared.length > 0
      ? [...declared].sort((a, b) => a.gpusPerInstance - b.gpusPerInstance)
      : (BUILTIN_INDEX.get(`${prov}|${gpu}`) ?? []);
  if (sorted.length === 0) return null;
  const row = sorted.find((r) => r.gpusPerInstance >= count) ?? sorted[sorted.length - 1];
  if (!row) return null;
  let usd = row.usdPerGpuHour;
  let spot = false;
  let spotUnavailable = false;
  let source = row.source;
  if (opts.spot) {
    if (row.spotUsdPerGpuHour !== undefined) {
      usd = row.spotUsdPerGpuHour;
      spot = true;
    } else if (own(SPOT_FACTORS, prov) && declared.length === 0) {
      const f = own(SPOT_FACTORS, prov)!;
      usd = row.usdPerGpuHour * f.factor;
      spot = true;
      source = `${row.source}; spot factor ${f.factor}: ${f.source}`;
    } else spotUnavailable = true;
  }
  return {
    provider: prov,
    gpu,
    offer: row.offer,
    usdPerGpuHour: usd,
    spot,
    spotUnavailable,
    source,
    asOf: row.asOf,
    uncertain: row.uncertain,
    declared: declared.length > 0,
  };
}

/** Providers with at least one price for `gpu` (declared ones included). */
export function providersFor(gpu: string, config?: Config): string[] {
  const builtin = PROVIDERS_BY_GPU.get(gpu) ?? [];
  if (!config?.catalog?.prices?.length) return builtin;
  const set = new Set<string>();
  for (const p of priceRows(config)) if (p.gpu === gpu) set.add(p.provider);
  for (const p of builtin) set.add(p);
  return [...set];
}

const OFFER_INDEX = new Map<string, PriceEntry>();
for (const p of PRICES) {
  const key = (p.offer.split(" ")[0] ?? "").toLowerCase();
  if (key && !OFFER_INDEX.has(key)) OFFER_INDEX.set(key, p);
}

/** The catalog offer for an instance type people write (`p4de.24xlarge`, `Standard_NC24ads_A100_v4`), if priced. */
export function findOffer(instanceType: string | null | undefined): PriceEntry | null {
  if (!instanceType) return null;
  return OFFER_INDEX.get(instanceType.trim().toLowerCase()) ?? null;
}
