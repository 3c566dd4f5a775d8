/**
 * Accelerator catalog. Every entry names a public source (a repository path or URL a user can open)
 * and the date of that source; figures are cited next to them.
 *
 * Conventions: bandwidth in decimal GB/s, TFLOPS dense (no 2:4 sparsity).
 * `memoryGiB` is the memory the runtime reports (what vLLM's `total_gpu_memory` sees), not the label:
 * observed values where a published log has one, otherwise a rule of thumb derived from those logs:
 * HBM ≈ 0.985 × label (A100-40GB 39.38 of 40 in vllm-project/vllm#16570, A100-80GB ≈ 79.3 of 80 in
 * dennislee22/vLLM-benchmarking), data-centre GDDR with ECC ≈ 0.93 × label (A10G 22,888 MiB in
 * skypilot-org/skypilot-catalog catalogs/v8/aws/vms.csv), consumer / workstation GDDR ≈ 0.9825 ×
 * nvidia-smi total (RTX 3090: 23.58 GiB in vllm-project/vllm#10517 of 24,576 MiB).
 */
import type { Config, Confidence } from "../types.js";
import { closest, distance } from "fastest-levenshtein";
import { gpuKey } from "./normalize.js";

/** GPU vendors the catalog knows. */
export type Vendor = "nvidia" | "amd" | "intel" | "google" | "custom";

/** One GPU type of the catalog: memory, bandwidth, compute and where each figure comes from. */
export interface GpuSpec {
  /** Canonical id, kebab-case: `a100-80gb`, `h100-sxm`. */
  id: string;
  name: string;
  vendor: Vendor;
  /** Names people write; matched after `gpuKey` normalisation. */
  aliases: string[];
  /** The vendor's label in GB (often binary-sized HBM). */
  labelGB: number;
  /** Memory one GPU offers to the runtime, GiB. */
  memoryGiB: number;
  memoryBasis: string;
  /** Memory bandwidth, GB/s (10^9 B/s). */
  bandwidthGBs: number;
  /** Dense BF16 (or FP16 where the part has no BF16) tensor TFLOPS. */
  bf16Tflops: number;
  /** Dense FP8 TFLOPS; null when the part has no FP8 tensor cores. */
  fp8Tflops: number | null;
  /** Fraction of peak BF16 a real matmul reaches (ml-engineering "Maximum Achievable Matmul FLOPS"); null when not measured. */
  matmulEfficiency: number | null;
  /** Precisions the part computes natively. Others may still load as weight-only (see estimate). */
  precisions: string[];
  source: string;
  asOf: string;
  /** Set when a figure comes from a single secondary source or could not be checked. */
  uncertain?: string;
}

const ML_ENG = "stas00/ml-engineering compute/accelerator/README.md (commit 744d01e)";
const ML_ENG_DATE = "2026-08-22";
const HBM = 0.985; // usable ≈ 0.97–0.99 × nominal on HBM parts (A100-40: 39.38/40 in vllm#16570, A100-80: 79.3/80)
const GPU_SPECS = "VladislavDuma/gpu_specs README.md (commit f13d60a; memory = nvidia-smi MiB)";
const GPU_SPECS_DATE = "2025-07-21";
const DATASHEETS = "astroC86/gpu-datasheet README.md (commit 01ede5f, links the NVIDIA datasheets)";
const LLM_ANALYSIS = "cli99/llm-analysis llm_analysis/gpu_configs";
const GDDR = 0.93; // A10G 22,888 MiB = 22.35 GiB of "24 GB" (skypilot-catalog aws vms.csv)

const AMPERE = ["fp32", "fp16", "bf16", "int8", "int4", "awq", "gptq"];
const ADA_HOPPER = [...AMPERE, "fp8"];
const BLACKWELL = [...ADA_HOPPER, "mxfp4", "fp4"];
const PRE_AMPERE = ["fp32", "fp16", "int8", "int4", "awq", "gptq"];

function hbm(label: number): number {
  return Math.round(label * HBM * 100) / 100;
}
/** Consumer / workstation GDDR (ECC off): 0.9825 × the nvidia-smi total, from the RTX 3090 observation. */
function desk(nvidiaSmiMiB: number): number {
  return Math.round((nvidiaSmiMiB / 1024) * 0.9825 * 100) / 100;
}
function gddr(label: number): number {
  return Math.round(label * GDDR * 100) / 100;
}

/** The built-in GPU catalog, each entry with its public source. */
export const GPUS: readonly GpuSpec[] = [
  {
    id: "t4",
    name: "NVIDIA T4 16GB",
    vendor: "nvidia",
    aliases: ["tesla-t4", "nvidia-tesla-t4", "t4-16gb", "g4dn"],
    labelGB: 16,
    memoryGiB: gddr(16),
    memoryBasis: "GDDR6 rule of thumb 0.93 × 16 GB",
    bandwidthGBs: 320, // sysrqmts T4 spec page
    bf16Tflops: 65, // FP16 tensor, geektopia.es T4 launch article; Turing has no BF16
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: PRE_AMPERE,
    source: "geektopia.es T4 launch article (65 TF FP16); sysrqmts T4 spec page (320 GB/s)",
    asOf: "undated",
  },
  {
    id: "v100-16gb",
    name: "NVIDIA V100 SXM2 16GB",
    vendor: "nvidia",
    aliases: ["v100", "tesla-v100", "nvidia-tesla-v100", "v100-sxm2-16gb", "v100-16g"],
    labelGB: 16,
    memoryGiB: hbm(16),
    memoryBasis: "HBM rule of thumb 0.985 × 16 GB",
    bandwidthGBs: 900, // cli99/llm-analysis gpu_configs v100-sxm json
    bf16Tflops: 125, // FP16 tensor; Volta has no BF16
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: PRE_AMPERE,
    source: "cli99/llm-analysis gpu_configs v100-sxm-*.json; hmc-tech T4-vs-V100 page",
    asOf: "undated",
  },
  {
    id: "v100-32gb",
    name: "NVIDIA V100 SXM2 32GB",
    vendor: "nvidia",
    aliases: ["v100-32g", "v100-sxm2-32gb", "tesla-v100-32gb", "v100s"],
    labelGB: 32,
    memoryGiB: hbm(32),
    memoryBasis: "HBM rule of thumb 0.985 × 32 GB",
    bandwidthGBs: 900, // llm-analysis v100-sxm-32gb.json
    bf16Tflops: 125, // FP16 tensor
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: PRE_AMPERE,
    source: "cli99/llm-analysis gpu_configs v100-sxm-32gb.json",
    asOf: "undated",
  },
  {
    id: "a10",
    name: "NVIDIA A10 24GB",
    vendor: "nvidia",
    aliases: ["a10-24gb", "a10-pcie"],
    labelGB: 24,
    memoryGiB: gddr(24),
    memoryBasis: "GDDR6 rule of thumb 0.93 × 24 GB (A10G observation)",
    bandwidthGBs: 600, // Baseten "A10 vs A10G"; kimbochen gist
    bf16Tflops: 125, // llm-analysis a10-pcie json (peak_fp16 125)
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: AMPERE,
    source: "llm-analysis a10-pcie json; gist kimbochen; Baseten 'A10 vs A10G'",
    asOf: "undated",
  },
  {
    id: "a10g",
    name: "NVIDIA A10G 24GB (AWS g5)",
    vendor: "nvidia",
    aliases: ["a10g-24gb", "nvidia-a10g", "g5"],
    labelGB: 24,
    memoryGiB: 22.35, // skypilot-catalog AWS vms.csv: 22,888 MiB
    memoryBasis: "observed 22,888 MiB reported by AWS (skypilot-catalog vms.csv)",
    bandwidthGBs: 600, // Baseten: same memory/bandwidth as A10
    bf16Tflops: 70, // llm-analysis a10g-pcie-24gb.json (uncertain)
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: AMPERE,
    source: "Baseten 'A10 vs A10G'; llm-analysis a10g-pcie-24gb.json; skypilot-catalog aws vms.csv",
    asOf: "undated",
    uncertain: "A10G tensor TFLOPS (~70) come from a single secondary source",
  },
  {
    id: "l4",
    name: "NVIDIA L4 24GB",
    vendor: "nvidia",
    aliases: ["nvidia-l4", "l4-24gb", "g6"],
    labelGB: 24,
    memoryGiB: gddr(24),
    memoryBasis: "GDDR6 rule of thumb 0.93 × 24 GB",
    bandwidthGBs: 300, // sourcecode.com L4/L40S datasheet compare; grokipedia
    bf16Tflops: 121, // datasheet 242 with sparsity
    fp8Tflops: 242.5, // datasheet 485 with sparsity
    matmulEfficiency: null,
    precisions: ADA_HOPPER,
    source: "sourcecode.com L4/L40S datasheet compare page; grokipedia 'NVIDIA L4 vs L40S'",
    asOf: "undated",
  },
  {
    id: "l40",
    name: "NVIDIA L40 48GB",
    vendor: "nvidia",
    aliases: ["nvidia-l40", "l40-48gb"],
    labelGB: 48,
    memoryGiB: gddr(48),
    memoryBasis: "GDDR6 rule of thumb 0.93 × 48 GB",
    bandwidthGBs: 864, // mullet.se reproduction of the NVIDIA L40/L40S datasheet
    bf16Tflops: 181,
    fp8Tflops: 362,
    matmulEfficiency: null,
    precisions: ADA_HOPPER,
    source: "mullet.se product page reproducing the NVIDIA L40/L40S datasheet",
    asOf: "undated",
  },
  {
    id: "l40s",
    name: "NVIDIA L40S 48GB",
    vendor: "nvidia",
    aliases: ["nvidia-l40s", "l40s-48gb", "g6e"],
    labelGB: 48,
    memoryGiB: gddr(48),
    memoryBasis: "GDDR6 rule of thumb 0.93 × 48 GB",
    bandwidthGBs: 864, // ml-engineering table (note 6 → nvidia.com/l40s)
    bf16Tflops: 362,
    fp8Tflops: 733,
    matmulEfficiency: null,
    precisions: ADA_HOPPER,
    source: `${ML_ENG}; mullet.se datasheet table`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "a100-40gb",
    name: "NVIDIA A100 40GB",
    vendor: "nvidia",
    aliases: [
      "a100",
      "a100-40g",
      "a100-sxm4-40gb",
      "a100-pcie-40gb",
      "tesla-a100",
      "nvidia-tesla-a100",
      "p4d",
    ],
    labelGB: 40,
    memoryGiB: 39.38, // vllm-project/vllm#16570 log: total_gpu_memory 39.38 GiB
    memoryBasis: "observed total_gpu_memory 39.38 GiB in a vLLM log (vllm#16570)",
    bandwidthGBs: 1555, // llm-analysis a100-sxm-40gb.json
    bf16Tflops: 312, // ml-engineering (note 4 → nvidia.com/a100)
    fp8Tflops: null,
    matmulEfficiency: 0.87, // ml-engineering: 271 TF achieved of 312 (ml-engineering matmul ceilings)
    precisions: AMPERE,
    source: `llm-analysis a100-sxm-40gb.json; ${ML_ENG}`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "a100-80gb",
    name: "NVIDIA A100 80GB SXM",
    vendor: "nvidia",
    aliases: ["a100-80g", "a100-sxm4-80gb", "a100-sxm-80gb", "a100-80gb-sxm", "nvidia-a100-80gb", "p4de"],
    labelGB: 80,
    memoryGiB: 79.3, // dennislee22/vLLM-benchmarking: ≈79.3 GiB from two runs
    memoryBasis: "observed ≈79.3 GiB from two vLLM runs (dennislee22/vLLM-benchmarking)",
    bandwidthGBs: 2039, // llm-analysis a100-sxm-80gb.json
    bf16Tflops: 312,
    fp8Tflops: null,
    matmulEfficiency: 0.87, // ml-engineering matmul ceilings
    precisions: AMPERE,
    source: `llm-analysis a100-sxm-80gb.json; ${ML_ENG}`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "a100-80gb-pcie",
    name: "NVIDIA A100 80GB PCIe",
    vendor: "nvidia",
    aliases: ["a100-pcie-80gb", "a100-80g-pcie", "a100-pcie"],
    labelGB: 80,
    memoryGiB: 79.3, // same 80 GB HBM2e part as the SXM observation
    memoryBasis: "assumed equal to the A100 80GB SXM observation (≈79.3 GiB)",
    bandwidthGBs: 1935, // llm-analysis a100-pcie-80gb.json
    bf16Tflops: 312,
    fp8Tflops: null,
    matmulEfficiency: 0.87,
    precisions: AMPERE,
    source: `llm-analysis a100-pcie-80gb.json; ${ML_ENG}`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "h100-sxm",
    name: "NVIDIA H100 SXM 80GB",
    vendor: "nvidia",
    aliases: [
      "h100",
      "h100-80gb",
      "h100-sxm5",
      "h100-sxm-80gb",
      "h100-80gb-hbm3",
      "nvidia-h100-80gb-hbm3",
      "h100-mega-80gb",
      "p5",
    ],
    labelGB: 80,
    memoryGiB: hbm(80),
    memoryBasis: "HBM rule of thumb 0.985 × 80 GB",
    bandwidthGBs: 3350, // ml-engineering; glennklockwood.com h100
    bf16Tflops: 989,
    fp8Tflops: 1979,
    matmulEfficiency: 0.8, // 795 of 989 TF (ml-engineering matmul ceilings)
    precisions: ADA_HOPPER,
    source: `${ML_ENG}; glennklockwood.com/garden/processors/h100`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "h100-pcie",
    name: "NVIDIA H100 PCIe 80GB",
    vendor: "nvidia",
    aliases: ["h100-pcie-80gb", "h100pcie"],
    labelGB: 80,
    memoryGiB: hbm(80),
    memoryBasis: "HBM rule of thumb 0.985 × 80 GB",
    bandwidthGBs: 2000,
    bf16Tflops: 756,
    fp8Tflops: 1513,
    matmulEfficiency: null,
    precisions: ADA_HOPPER,
    source: `${ML_ENG}; llm-analysis h100-pcie-80gb.json`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "h100-nvl",
    name: "NVIDIA H100 NVL 94GB",
    vendor: "nvidia",
    aliases: ["h100-nvl-94gb", "h100-94gb", "h100nvl"],
    labelGB: 94,
    memoryGiB: hbm(94),
    memoryBasis: "HBM rule of thumb 0.985 × 94 GB",
    bandwidthGBs: 3900, // ml-engineering notes: "94GiB per chip … 3.9TBps"
    bf16Tflops: 835, // uncertain: half of the vendor's 1,671 sparse figure
    fp8Tflops: 1671,
    matmulEfficiency: null,
    precisions: ADA_HOPPER,
    source: `${ML_ENG} (notes)`,
    asOf: ML_ENG_DATE,
    uncertain: "H100 NVL compute figures are not verified",
  },
  {
    id: "h200",
    name: "NVIDIA H200 SXM 141GB",
    vendor: "nvidia",
    aliases: ["h200-sxm", "h200-141gb", "nvidia-h200-141gb", "p5e", "p5en"],
    labelGB: 141,
    memoryGiB: hbm(141),
    memoryBasis: "HBM rule of thumb 0.985 × 141 GB",
    bandwidthGBs: 4800, // ml-engineering (note 16 → nvidia.com/h200)
    bf16Tflops: 989,
    fp8Tflops: 1979,
    matmulEfficiency: null,
    precisions: ADA_HOPPER,
    source: ML_ENG,
    asOf: ML_ENG_DATE,
  },
  {
    id: "gh200",
    name: "NVIDIA GH200 96GB",
    vendor: "nvidia",
    aliases: ["gh200-96gb", "grace-hopper"],
    labelGB: 96,
    memoryGiB: hbm(96),
    memoryBasis: "HBM rule of thumb 0.985 × 96 GB, GPU HBM only",
    bandwidthGBs: 4000, // ml-engineering memory table "GH200 SXM (1)": 96 GB HBM3, 4.0 TB/s
    bf16Tflops: 989,
    fp8Tflops: 1979,
    matmulEfficiency: 0.84, // 829 of 989 TF (ml-engineering matmul ceilings)
    precisions: ADA_HOPPER,
    source: `${ML_ENG} (memory table rows GH200 SXM (1)/(2))`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "gh200-144gb",
    name: "NVIDIA GH200 144GB HBM3e",
    vendor: "nvidia",
    aliases: ["gh200-141gb", "gh200-hbm3e"],
    labelGB: 141,
    memoryGiB: hbm(141),
    memoryBasis: "HBM rule of thumb 0.985 × 141 GB",
    bandwidthGBs: 4800,
    bf16Tflops: 989,
    fp8Tflops: 1979,
    matmulEfficiency: 0.84,
    precisions: ADA_HOPPER,
    source: `${ML_ENG} (memory table row GH200 SXM (2))`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "b200",
    name: "NVIDIA B200 180GB",
    vendor: "nvidia",
    aliases: ["b200-sxm", "b200-180gb", "b200-192gb", "nvidia-b200", "dgx-b200"],
    labelGB: 180,
    memoryGiB: hbm(180),
    memoryBasis: "HGX/DGX usable 180 GB × 0.985 (ml-engineering memory table)",
    bandwidthGBs: 8000,
    bf16Tflops: 2250,
    fp8Tflops: 4500,
    matmulEfficiency: 0.78, // 1,745 of 2,250 TF (ml-engineering matmul ceilings)
    precisions: BLACKWELL,
    source: `${ML_ENG} (note 20 → DGX B200 datasheet)`,
    asOf: ML_ENG_DATE,
  },
  // ── added for deployments seen in 2026: workstation / consumer, China-market and Blackwell parts ──
  {
    id: "rtx-3090",
    name: "NVIDIA GeForce RTX 3090 24GB",
    vendor: "nvidia",
    aliases: ["rtx3090", "geforce-rtx-3090", "3090"],
    labelGB: 24,
    memoryGiB: 23.58,
    memoryBasis: "observed 23.58 GiB total in a vLLM log (vllm-project/vllm#10517)",
    bandwidthGBs: 936,
    bf16Tflops: 142, // FP16/BF16 tensor, dense (VladislavDuma/gpu_specs: 142 / 284 sparse)
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: AMPERE,
    source: `${GPU_SPECS}; vllm-project/vllm#10517 (memory)`,
    asOf: GPU_SPECS_DATE,
    uncertain:
      "GeForce tensor TFLOPS are the FP16-accumulate figures; FP32-accumulate runs at half that rate",
  },
  {
    id: "rtx-4090",
    name: "NVIDIA GeForce RTX 4090 24GB",
    vendor: "nvidia",
    aliases: ["rtx4090", "geforce-rtx-4090", "4090"],
    labelGB: 24,
    memoryGiB: desk(24564),
    memoryBasis: "0.9825 × 24,564 MiB nvidia-smi total (RTX 3090 ratio)",
    bandwidthGBs: 1008,
    bf16Tflops: 330,
    fp8Tflops: 660,
    matmulEfficiency: null,
    precisions: ADA_HOPPER,
    source: GPU_SPECS,
    asOf: GPU_SPECS_DATE,
    uncertain:
      "GeForce tensor TFLOPS are the FP16-accumulate figures; FP32-accumulate runs at half that rate",
  },
  {
    id: "rtx-5090",
    name: "NVIDIA GeForce RTX 5090 32GB",
    vendor: "nvidia",
    aliases: ["rtx5090", "geforce-rtx-5090", "5090"],
    labelGB: 32,
    memoryGiB: desk(32607),
    memoryBasis: "0.9825 × 32,607 MiB nvidia-smi total (RTX 3090 ratio)",
    bandwidthGBs: 1792,
    bf16Tflops: 419,
    fp8Tflops: 838,
    matmulEfficiency: null,
    precisions: BLACKWELL,
    source: `${GPU_SPECS}; ${DATASHEETS} (32 GB, 1.79 TB/s)`,
    asOf: GPU_SPECS_DATE,
    uncertain:
      "GeForce tensor TFLOPS are the FP16-accumulate figures; FP32-accumulate runs at half that rate",
  },
  {
    id: "rtx-a6000",
    name: "NVIDIA RTX A6000 48GB",
    vendor: "nvidia",
    aliases: ["a6000", "a6000-48gb", "rtxa6000", "nvidia-rtx-a6000"],
    labelGB: 48,
    memoryGiB: gddr(48),
    memoryBasis: "GDDR6 with ECC rule of thumb 0.93 × 48 GB",
    bandwidthGBs: 768,
    bf16Tflops: 154.8,
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: AMPERE,
    source: `${LLM_ANALYSIS}/a6000-48gb.json (commit b60b392)`,
    asOf: "undated",
  },
  {
    id: "rtx-6000-ada",
    name: "NVIDIA RTX 6000 Ada Generation 48GB",
    vendor: "nvidia",
    aliases: ["rtx6000-ada", "rtx-6000-ada-generation", "6000-ada", "nvidia-rtx-6000-ada-generation"],
    labelGB: 48,
    memoryGiB: desk(49140),
    memoryBasis: "0.9825 × 49,140 MiB nvidia-smi total (RTX 3090 ratio; ECC off)",
    bandwidthGBs: 960,
    bf16Tflops: 364,
    fp8Tflops: 728,
    matmulEfficiency: null,
    precisions: ADA_HOPPER,
    source: GPU_SPECS,
    asOf: GPU_SPECS_DATE,
  },
  {
    id: "rtx-pro-6000",
    name: "NVIDIA RTX PRO 6000 Blackwell 96GB",
    vendor: "nvidia",
    aliases: [
      "rtx-pro-6000-blackwell",
      "rtxpro6000",
      "pro-6000",
      "rtx-pro-6000-blackwell-server-edition",
      "rtx-pro-6000-blackwell-workstation-edition",
    ],
    labelGB: 96,
    memoryGiB: desk(97887),
    memoryBasis: "0.9825 × 97,887 MiB nvidia-smi total (RTX 3090 ratio; ECC off)",
    bandwidthGBs: 1792,
    bf16Tflops: 500,
    fp8Tflops: 1000,
    matmulEfficiency: null,
    precisions: BLACKWELL,
    source: `${GPU_SPECS}; ${ML_ENG} (600 W, note 13 → nvidia.com RTX PRO 6000 Blackwell Server Edition)`,
    asOf: GPU_SPECS_DATE,
  },
  {
    id: "l20",
    name: "NVIDIA L20 48GB",
    vendor: "nvidia",
    aliases: ["l20-48gb", "nvidia-l20"],
    labelGB: 48,
    memoryGiB: gddr(48),
    memoryBasis: "GDDR6 with ECC rule of thumb 0.93 × 48 GB",
    bandwidthGBs: 864,
    bf16Tflops: 0,
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: ADA_HOPPER,
    source: "pcpartdb.com/gpus/compare/nvidia-l4--vs--nvidia-l20 (48 GB GDDR6, 864 GB/s)",
    asOf: "2025",
    uncertain: "no citable tensor TFLOPS for the L20: prefill throughput is not estimated on it",
  },
  {
    id: "h20",
    name: "NVIDIA H20 96GB",
    vendor: "nvidia",
    aliases: ["h20-96gb", "nvidia-h20", "h20-sxm"],
    labelGB: 96,
    memoryGiB: hbm(96),
    memoryBasis: "HBM rule of thumb 0.985 × 96 GB",
    bandwidthGBs: 4000,
    bf16Tflops: 148,
    fp8Tflops: 296,
    matmulEfficiency: null,
    precisions: ADA_HOPPER,
    source: GPU_SPECS,
    asOf: GPU_SPECS_DATE,
  },
  {
    id: "h800",
    name: "NVIDIA H800 SXM 80GB",
    vendor: "nvidia",
    aliases: ["h800-sxm", "h800-80gb", "nvidia-h800"],
    labelGB: 80,
    memoryGiB: hbm(80),
    memoryBasis: "HBM rule of thumb 0.985 × 80 GB",
    bandwidthGBs: 3350,
    bf16Tflops: 989, // datasheet 1,979 with sparsity
    fp8Tflops: 1979,
    matmulEfficiency: null,
    precisions: ADA_HOPPER,
    source: `${DATASHEETS}; ${LLM_ANALYSIS}/h800-sxm-80gb.json`,
    asOf: "undated",
  },
  {
    id: "gb200",
    name: "NVIDIA GB200 (per Blackwell GPU) 186GB",
    vendor: "nvidia",
    aliases: ["gb200-nvl72", "gb200-sxm", "nvidia-gb200", "gb200-186gb"],
    labelGB: 186,
    memoryGiB: hbm(186),
    memoryBasis: "NVIDIA MIG-table 186 GB per GPU × 0.985 (ml-engineering memory table)",
    bandwidthGBs: 8000,
    bf16Tflops: 2500,
    fp8Tflops: 5000,
    matmulEfficiency: 0.73, // 1,822 of 2,500 TF (ml-engineering matmul ceilings)
    precisions: BLACKWELL,
    source: `${ML_ENG} (note 23 → nvidia.com GB200 NVL72)`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "b300",
    name: "NVIDIA B300 288GB",
    vendor: "nvidia",
    aliases: ["b300-sxm", "b300-288gb", "nvidia-b300", "dgx-b300", "blackwell-ultra"],
    labelGB: 288,
    memoryGiB: hbm(288),
    memoryBasis: "HBM rule of thumb 0.985 × 288 GB",
    bandwidthGBs: 8000,
    bf16Tflops: 2250,
    fp8Tflops: 4500,
    matmulEfficiency: 0.79, // 1,769 of 2,250 TF (ml-engineering matmul ceilings)
    precisions: BLACKWELL,
    source: `${ML_ENG} (note 21 → DGX B300 datasheet)`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "mi210",
    name: "AMD Instinct MI210 64GB",
    vendor: "amd",
    aliases: ["mi210-64gb"],
    labelGB: 64,
    memoryGiB: hbm(64),
    memoryBasis: "HBM rule of thumb 0.985 × 64 GB",
    bandwidthGBs: 1600,
    bf16Tflops: 181,
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: AMPERE,
    source: "cli99/llm-analysis mi210-64gb.json",
    asOf: "undated",
    uncertain: "MI210 is not in the ml-engineering table",
  },
  {
    id: "mi250",
    name: "AMD Instinct MI250 128GB (2 GCDs)",
    vendor: "amd",
    aliases: ["mi250x", "mi250-128gb"],
    labelGB: 128,
    memoryGiB: hbm(128),
    memoryBasis: "HBM rule of thumb 0.985 × 128 GB for the whole package",
    bandwidthGBs: 3280,
    bf16Tflops: 362, // whole package (1 GCD = half)
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: AMPERE,
    source: `${ML_ENG} (note 5)`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "mi300x",
    name: "AMD Instinct MI300X 192GB",
    vendor: "amd",
    aliases: ["mi300x-192gb", "mi300"],
    labelGB: 192,
    memoryGiB: hbm(192),
    memoryBasis: "HBM rule of thumb 0.985 × 192 GB",
    bandwidthGBs: 5300,
    bf16Tflops: 1307,
    fp8Tflops: 2615,
    matmulEfficiency: 0.51, // 668 of 1,307 TF (ml-engineering matmul ceilings)
    precisions: ADA_HOPPER,
    source: `${ML_ENG} (note 17 → amd.com mi300x)`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "mi325x",
    name: "AMD Instinct MI325X 256GB",
    vendor: "amd",
    aliases: ["mi325x-256gb", "mi325"],
    labelGB: 256,
    memoryGiB: hbm(256),
    memoryBasis: "HBM rule of thumb 0.985 × 256 GB",
    bandwidthGBs: 6000,
    bf16Tflops: 1307,
    fp8Tflops: 2615,
    matmulEfficiency: 0.6, // 785 of 1,307 TF (ml-engineering matmul ceilings)
    precisions: ADA_HOPPER,
    source: `${ML_ENG} (note 18)`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "mi355x",
    name: "AMD Instinct MI355X 288GB",
    vendor: "amd",
    aliases: ["mi355x-288gb", "mi355", "mi350x"],
    labelGB: 288,
    memoryGiB: hbm(288),
    memoryBasis: "HBM rule of thumb 0.985 × 288 GB",
    bandwidthGBs: 8000,
    bf16Tflops: 2500,
    fp8Tflops: 5000,
    matmulEfficiency: 0.63, // 1,565 of 2,500 TF (ml-engineering matmul ceilings)
    precisions: BLACKWELL,
    source: `${ML_ENG} (note 22 → amd.com MI355X)`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "gaudi2",
    name: "Intel Gaudi 2 96GB",
    vendor: "intel",
    aliases: ["gaudi-2", "hl-225", "habana-gaudi2"],
    labelGB: 96,
    memoryGiB: hbm(96),
    memoryBasis: "HBM rule of thumb 0.985 × 96 GB",
    bandwidthGBs: 2460,
    bf16Tflops: 432, // MME
    fp8Tflops: 865,
    matmulEfficiency: 0.97, // 419 of 432 TF (ml-engineering matmul ceilings)
    precisions: ADA_HOPPER,
    source: `${ML_ENG} (note 9 → Gaudi 2 white paper)`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "gaudi3",
    name: "Intel Gaudi 3 128GB",
    vendor: "intel",
    aliases: ["gaudi-3", "hl-325", "habana-gaudi3"],
    labelGB: 128,
    memoryGiB: hbm(128),
    memoryBasis: "HBM rule of thumb 0.985 × 128 GB",
    bandwidthGBs: 3700,
    bf16Tflops: 1677, // at the 1600 MHz actually shipped (white paper: 1,835)
    fp8Tflops: 1677,
    matmulEfficiency: 0.74, // 1,243 of 1,677 TF (ml-engineering matmul ceilings)
    precisions: ADA_HOPPER,
    source: `${ML_ENG} (notes 8, 19)`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "tpu-v5e",
    name: "Google TPU v5e (per chip)",
    vendor: "google",
    aliases: ["v5e", "tpuv5e", "tpu-v5-lite", "v5litepod", "tpu-v5-lite-podslice"],
    labelGB: 16,
    memoryGiB: hbm(16),
    memoryBasis: "HBM rule of thumb 0.985 × 16 GB",
    bandwidthGBs: 820,
    bf16Tflops: 197,
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: ["fp32", "bf16", "fp16", "int8"],
    source: `${ML_ENG} (note 1 → cloud.google.com/tpu/docs/v5e)`,
    asOf: ML_ENG_DATE,
  },
  {
    id: "tpu-v5p",
    name: "Google TPU v5p (per chip)",
    vendor: "google",
    aliases: ["v5p", "tpuv5p", "tpu-v5p-slice"],
    labelGB: 95,
    memoryGiB: hbm(95),
    memoryBasis: "HBM rule of thumb 0.985 × 95 GB",
    bandwidthGBs: 2760,
    bf16Tflops: 459,
    fp8Tflops: null,
    matmulEfficiency: null,
    precisions: ["fp32", "bf16", "fp16", "int8"],
    source: `${ML_ENG} (note 10 → cloud.google.com/tpu/docs/v5p)`,
    asOf: ML_ENG_DATE,
  },
];

/** What a declared GPU name resolved to, and how sure the match is. */
export interface GpuResolution {
  gpu: GpuSpec | null;
  confidence: Confidence;
  /** For unknown names: the nearest catalog id, for a "did you mean" hint. */
  suggestion: string | null;
  reason: string;
}

interface GpuIndex {
  byKey: Map<string, { gpu: GpuSpec; exact: boolean }>;
  keys: string[];
}

const builtinIndex = buildIndex(GPUS, []);
const overrideCache = new WeakMap<Config["catalog"]["gpus"], GpuIndex>();

function buildIndex(builtin: readonly GpuSpec[], declared: GpuSpec[]): GpuIndex {
  const byKey = new Map<string, { gpu: GpuSpec; exact: boolean }>();
  // Declared entries first so a repo can shadow a built-in name.
  for (const gpu of [...declared, ...builtin]) {
    const idKey = gpuKey(gpu.id);
    if (!byKey.has(idKey)) byKey.set(idKey, { gpu, exact: true });
    for (const alias of [gpu.name, ...gpu.aliases]) {
      const k = gpuKey(alias);
      if (k && !byKey.has(k)) byKey.set(k, { gpu, exact: false });
    }
  }
  return { byKey, keys: [...byKey.keys()] };
}

/** A repo-declared GPU (config `catalog.gpus`) as a catalog entry. */
export function gpuFromOverride(o: Config["catalog"]["gpus"][number]): GpuSpec {
  return {
    id: o.id,
    name: o.id,
    vendor: "custom",
    aliases: o.aliases ?? [],
    labelGB: o.memoryGiB,
    memoryGiB: o.memoryGiB,
    memoryBasis: "declared in the repository config",
    bandwidthGBs: o.bandwidthGBs,
    bf16Tflops: o.bf16Tflops ?? 0,
    fp8Tflops: o.fp8Tflops ?? null,
    matmulEfficiency: null,
    precisions: o.precisions ?? ["fp32", "fp16", "bf16", "int8", "int4", "awq", "gptq"],
    source: o.source ?? "repository config (catalog.gpus)",
    asOf: "declared",
  };
}

function indexFor(config: Config | undefined): GpuIndex {
  const declared = config?.catalog?.gpus;
  if (!declared || declared.length === 0) return builtinIndex;
  let idx = overrideCache.get(declared);
  if (!idx) {
    idx = buildIndex(GPUS, declared.map(gpuFromOverride));
    overrideCache.set(declared, idx);
  }
  return idx;
}

/** Every GPU the estimator knows under this config: repo-declared ones first, then the catalog. */
export function allGpus(config?: Config): readonly GpuSpec[] {
  const declared = config?.catalog?.gpus ?? [];
  if (declared.length === 0) return GPUS;
  const ids = new Set(declared.map((g) => g.id));
  return [...declared.map(gpuFromOverride), ...GPUS.filter((g) => !ids.has(g.id))];
}

/** Look a GPU id up by canonical id only (no aliases). */
export function gpuById(id: string, config?: Config): GpuSpec | null {
  return allGpus(config).find((g) => g.id === id) ?? null;
}

/**
 * Resolve the name a spec writes (`a100-80gb`, `A100_80GB`, `nvidia-h100-80gb-hbm3`, `h100`) to a catalog
 * entry. Repo-declared GPUs win over the catalog and report confidence `declared`.
 */
export function resolveGpu(name: string | null | undefined, config?: Config): GpuResolution {
  if (!name || !name.trim()) {
    return { gpu: null, confidence: "unknown", suggestion: null, reason: "no accelerator type declared" };
  }
  const idx = indexFor(config);
  const key = gpuKey(name);
  const hit = idx.byKey.get(key) ?? idx.byKey.get(key.replace(/(sxm\d?|hbm\d?e?)$/g, ""));
  if (hit) {
    const declared = hit.gpu.vendor === "custom";
    const confidence: Confidence = declared ? "declared" : hit.exact ? "exact" : "alias";
    const reason = declared
      ? `"${name}" is declared in the repository config`
      : hit.exact
        ? `"${name}" is catalog entry ${hit.gpu.id}`
        : `"${name}" is an alias of catalog entry ${hit.gpu.id} (${hit.gpu.name})`;
    return { gpu: hit.gpu, confidence, suggestion: null, reason };
  }
  const near = key ? closest(key, idx.keys) : null;
  const suggestion = near ? (idx.byKey.get(near)?.gpu.id ?? null) : null;
  const far = near ? distance(key, near) > Math.max(3, key.length) : true;
  return {
    gpu: null,
    confidence: "unknown",
    suggestion: far ? null : suggestion,
    reason: `"${name}" is not in the GPU catalog`,
  };
}
