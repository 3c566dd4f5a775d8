/**
 * Engine settings that change the fit: memory fraction, what that fraction covers, tokens per
 * scheduler step, CUDA graphs, KV-cache dtype, tensor/pipeline split. Precedence: spec annotation →
 * repo config (`estimate.*`) → the declared framework's default. Every default names its public
 * source and is written into `assumptions`.
 */
import type { SpecAnnotations } from "../catalog/annotations.js";
import type { GpuSpec } from "../catalog/gpus.js";
import type { Config } from "../types.js";

/**
 * What the memory fraction covers:
 * - `vllm`: weights + activation peak + non-torch memory (+ CUDA graphs, vLLM ≥ 0.21) + KV pool
 *   (`vllm/v1/worker/gpu_worker.py` determine_available_memory: requested memory − non-KV memory).
 * - `sglang`: weights + KV pool only (`mem_fraction_static`); activations and CUDA graphs use the rest.
 * - `tgi`: free memory after a warm-up prefill, times the wiggle room.
 * - `transformers`: the whole GPU, allocated on demand.
 */
export type MemoryBudget = "vllm" | "sglang" | "tgi" | "transformers";

/** A serving framework's label and the memory budget rule it follows. */
export interface FrameworkDefaults {
  label: string;
  budget: MemoryBudget;
}

/** Default CUDA-graph memory per GPU for vLLM ≥ 0.21 when none is declared, GiB. */
export const DEFAULT_CUDA_GRAPH_GIB = 0.5;
/** vLLM release from which CUDA-graph memory is profiled and taken out of the KV budget. */
export const CUDA_GRAPH_PROFILING_SINCE = [0, 21] as const;

const VLLM_ARGS = "vllm-project/vllm vllm/engine/arg_utils.py";
const SGLANG_ARGS = "sgl-project/sglang python/sglang/srt/server_args.py (ServerArgs.__post_init__)";
const TGI = "huggingface/text-generation-inference";

/** The defaults of a declared framework, and a note when they are assumed. */
export function frameworkDefaults(framework: string | undefined): {
  d: FrameworkDefaults;
  note: string | null;
} {
  const f = (framework ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "");
  const vllm: FrameworkDefaults = { label: "vLLM V1", budget: "vllm" };
  if (f === "") return { d: vllm, note: "no framework declared: vLLM V1 defaults assumed" };
  if (f === "vllm") return { d: vllm, note: null };
  if (f === "sglang") return { d: { label: "SGLang", budget: "sglang" }, note: null };
  if (f === "tgi" || f === "textgenerationinference" || f === "huggingfacetgi")
    return { d: { label: "TGI", budget: "tgi" }, note: null };
  if (f === "transformers" || f === "pytorch" || f === "torch" || f === "huggingface" || f === "accelerate")
    return { d: { label: "Hugging Face transformers", budget: "transformers" }, note: null };
  return {
    d: { label: `${framework} (vLLM-like)`, budget: "vllm" },
    note: `framework "${framework}" has no documented memory defaults here: vLLM V1's are assumed`,
  };
}

/**
 * The engine settings an estimate uses (memory fraction, KV dtype, parallelism, batched tokens,
 * CUDA-graph memory), each with where it came from.
 */
export interface EngineSettings {
  framework: FrameworkDefaults;
  utilization: number;
  utilizationFrom: string;
  kvDtype: string;
  kvDtypeFrom: string;
  tp: number;
  pp: number;
  parallelFrom: string;
  /** Tokens per scheduler step (vLLM max_num_batched_tokens, SGLang chunked_prefill_size, TGI max_batch_prefill_tokens). */
  batchedTokens: number;
  batchedTokensFrom: string;
  /** Sequences per step (sizes the sampler's logits in the profile run). */
  maxNumSeqs: number;
  /** CUDA-graph memory per GPU taken out of the KV budget, GiB. */
  cudaGraphGiB: number;
  cudaGraphFrom: string;
}

/** `0.10.1` → [0, 10]; null when unreadable. */
function parseVersion(v: string): [number, number] | null {
  const m = /^v?(\d+)\.(\d+)/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function before(v: [number, number], ref: readonly [number, number]): boolean {
  return v[0] < ref[0] || (v[0] === ref[0] && v[1] < ref[1]);
}

/** vLLM's default tokens and sequences per step for `vllm serve` on this GPU. */
function vllmBatchDefaults(gpu: GpuSpec | null): { tokens: number; seqs: number; from: string } {
  const big = gpu !== null && gpu.memoryGiB >= 70 && !gpu.id.includes("a100");
  return big
    ? {
        tokens: 8192,
        seqs: 1024,
        from: `vLLM serve default max_num_batched_tokens 8192 and max_num_seqs 1024 on GPUs of ≥ 70 GiB other than A100 (${VLLM_ARGS}, EngineArgs.get_batch_defaults)`,
      }
    : {
        tokens: 2048,
        seqs: 256,
        from: `vLLM serve default max_num_batched_tokens 2048 and max_num_seqs 256 on GPUs under 70 GiB and A100 (${VLLM_ARGS}, EngineArgs.get_batch_defaults)`,
      };
}

/** SGLang's default mem_fraction_static by tensor-parallel size. */
function sglangFraction(tp: number): number {
  if (tp >= 16) return 0.79;
  if (tp >= 8) return 0.81;
  if (tp >= 4) return 0.85;
  if (tp >= 2) return 0.87;
  return 0.88;
}

/**
 * The engine settings of a spec from its framework, annotations and the repository config, with notes
 * on what was assumed.
 */
export function engineSettings(
  framework: string | undefined,
  count: number,
  ann: SpecAnnotations,
  config: Config,
  gpu: GpuSpec | null = null,
): { settings: EngineSettings; notes: string[] } {
  const notes: string[] = [];
  const { d, note } = frameworkDefaults(framework);
  if (note) notes.push(note);
  const a = ann.values;
  const ce = config.estimate;

  // ── parallelism ──
  let pp = 1;
  let tp = Math.max(1, count);
  let parallelFrom = `tensor parallel over all ${Math.max(1, count)} GPU(s) of the replica, no pipeline parallelism`;
  const annTp = typeof a["tensor-parallel"] === "number" ? a["tensor-parallel"] : null;
  const annPp = typeof a["pipeline-parallel"] === "number" ? a["pipeline-parallel"] : null;
  const cfgTp = typeof ce.tensorParallel === "number" && ce.tensorParallel >= 1 ? ce.tensorParallel : null;
  const cfgPp =
    typeof ce.pipelineParallel === "number" && ce.pipelineParallel >= 1 ? ce.pipelineParallel : null;
  if (annTp !== null || annPp !== null) {
    pp = annPp ?? 1;
    tp = annTp ?? Math.max(1, Math.floor(Math.max(1, count) / pp));
    parallelFrom = `tensor parallel ${tp} × pipeline parallel ${pp} from annotations`;
  } else if (cfgTp !== null || cfgPp !== null) {
    pp = cfgPp ?? 1;
    tp = cfgTp ?? Math.max(1, Math.floor(Math.max(1, count) / pp));
    parallelFrom = `tensor parallel ${tp} × pipeline parallel ${pp} from the repository config`;
  }

  // ── memory fraction ──
  let utilization: number;
  let utilizationFrom: string;
  let batchedTokens: number;
  let batchedTokensFrom: string;
  let maxNumSeqs = 256;
  switch (d.budget) {
    case "sglang":
      utilization = sglangFraction(tp);
      utilizationFrom = `SGLang default mem_fraction_static ${utilization} at tensor parallel ${tp} (${SGLANG_ARGS}); it covers weights and the KV pool only`;
      batchedTokens = gpu !== null && gpu.labelGB < 25 ? 2048 : 8192;
      batchedTokensFrom = `SGLang default chunked_prefill_size ${batchedTokens} (2048 below 25 GB of GPU memory, ${SGLANG_ARGS})`;
      break;
    case "tgi":
      utilization = 0.9;
      utilizationFrom = `TGI CUDA_MEMORY_FRACTION 1.0 × TGI_WIGGLE_ROOM 0.90 (${TGI} server/text_generation_server/utils/dist.py, models/globals.py)`;
      batchedTokens = 4096;
      batchedTokensFrom = `TGI default max_batch_prefill_tokens 4096 for the warm-up prefill (${TGI} launcher/src/main.rs)`;
      break;
    case "transformers":
      utilization = 1.0;
      utilizationFrom =
        "transformers allocates on demand and reserves no fraction: the whole GPU memory counts (huggingface/transformers)";
      batchedTokens = 2048;
      batchedTokensFrom = "activation peak sized for a 2048-token forward pass";
      break;
    default: {
      utilization = 0.9;
      utilizationFrom = `vLLM default gpu_memory_utilization 0.90 (${VLLM_ARGS}, CacheConfig)`;
      const b = vllmBatchDefaults(gpu);
      batchedTokens = b.tokens;
      maxNumSeqs = b.seqs;
      batchedTokensFrom = b.from;
    }
  }
  if (typeof a["gpu-memory-utilization"] === "number") {
    utilization = a["gpu-memory-utilization"];
    utilizationFrom = "annotation modelspec-review.piqc.ai/gpu-memory-utilization";
  } else if (
    typeof ce.gpuMemoryUtilization === "number" &&
    ce.gpuMemoryUtilization > 0 &&
    ce.gpuMemoryUtilization <= 1
  ) {
    utilization = ce.gpuMemoryUtilization;
    utilizationFrom = "repository config estimate.gpuMemoryUtilization";
  }
  if (typeof a["max-num-batched-tokens"] === "number") {
    batchedTokens = a["max-num-batched-tokens"];
    batchedTokensFrom = "annotation modelspec-review.piqc.ai/max-num-batched-tokens";
  }

  // ── CUDA graphs ──
  let cudaGraphGiB = 0;
  let cudaGraphFrom = `${d.label} captures CUDA graphs outside the memory fraction: not counted against the KV pool`;
  if (d.budget === "vllm") {
    const version = typeof a["engine-version"] === "string" ? parseVersion(a["engine-version"]) : null;
    if (a["enforce-eager"] === "true") {
      cudaGraphFrom = "no CUDA graphs (annotation modelspec-review.piqc.ai/enforce-eager)";
    } else if (typeof a["cuda-graph-gib"] === "number") {
      cudaGraphGiB = a["cuda-graph-gib"];
      cudaGraphFrom = "CUDA-graph memory from annotation modelspec-review.piqc.ai/cuda-graph-gib";
    } else if (version && before(version, CUDA_GRAPH_PROFILING_SINCE)) {
      cudaGraphFrom = `vLLM ${a["engine-version"]} captures CUDA graphs after sizing the KV pool, so they are not taken from it (profiled only since vLLM 0.21, ${"vllm-project/vllm vllm/v1/worker/gpu_worker.py"})`;
    } else {
      cudaGraphGiB = DEFAULT_CUDA_GRAPH_GIB;
      cudaGraphFrom = `vLLM ≥ 0.21 profiles CUDA-graph memory and takes it from the KV budget (vllm-project/vllm vllm/v1/worker/gpu_worker.py); ${DEFAULT_CUDA_GRAPH_GIB} GiB per GPU assumed — the engine logs its own figure as "Estimated CUDA graph memory", declare it with modelspec-review.piqc.ai/cuda-graph-gib`;
    }
  }

  // ── KV dtype ──
  let kvDtype = "auto";
  let kvDtypeFrom = `KV cache dtype auto = the model's activation dtype (vLLM kv_cache_dtype default, ${VLLM_ARGS})`;
  if (typeof a["kv-cache-dtype"] === "string") {
    kvDtype = a["kv-cache-dtype"];
    kvDtypeFrom = "annotation modelspec-review.piqc.ai/kv-cache-dtype";
  } else if (ce.kvCacheDtype) {
    kvDtype = ce.kvCacheDtype;
    kvDtypeFrom = "repository config estimate.kvCacheDtype";
  }

  return {
    settings: {
      framework: d,
      utilization,
      utilizationFrom,
      kvDtype,
      kvDtypeFrom,
      tp,
      pp,
      parallelFrom,
      batchedTokens,
      batchedTokensFrom,
      maxNumSeqs,
      cudaGraphGiB,
      cudaGraphFrom,
    },
    notes,
  };
}
