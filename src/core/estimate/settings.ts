/**
 * Engine settings that change the fit: memory-utilisation fraction, KV-cache dtype, tensor/pipeline
 * split, prefill chunk. Precedence: spec annotation → repo config (`estimate.*`) → framework default.
 * Every default that applies is written into `assumptions`.
 */
import type { SpecAnnotations } from "../catalog/annotations.js";
import type { Config } from "../types.js";

export interface FrameworkDefaults {
  label: string;
  utilization: number;
  utilizationBasis: string;
  batchedTokens: number;
}

const VLLM: FrameworkDefaults = {
  label: "vLLM",
  utilization: 0.9,
  utilizationBasis: "vLLM default gpu_memory_utilization 0.90 (EngineArgs, gpu-facts §4.4)",
  batchedTokens: 2048,
};

export function frameworkDefaults(framework: string | undefined): {
  d: FrameworkDefaults;
  note: string | null;
} {
  const f = (framework ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "");
  if (f === "") return { d: VLLM, note: "no framework declared: vLLM defaults assumed" };
  if (f === "vllm") return { d: VLLM, note: null };
  if (f === "tgi" || f === "textgenerationinference" || f === "huggingfacetgi") {
    return {
      d: {
        label: "TGI",
        utilization: 0.9,
        utilizationBasis:
          "TGI CUDA_MEMORY_FRACTION 1.0 × TGI_WIGGLE_ROOM 0.90 leaves 0.90 of the GPU to the model (gpu-facts §4.5)",
        batchedTokens: 2048,
      },
      note: null,
    };
  }
  if (f === "transformers" || f === "pytorch" || f === "torch" || f === "huggingface" || f === "accelerate") {
    return {
      d: {
        label: "Hugging Face transformers",
        utilization: 1.0,
        utilizationBasis:
          "transformers allocates on demand and reserves no fraction: the whole GPU memory counts (gpu-facts §4.1)",
        batchedTokens: 2048,
      },
      note: null,
    };
  }
  return {
    d: { ...VLLM, label: `${framework} (vLLM-like)` },
    note: `framework "${framework}" has no documented memory defaults here: vLLM's are assumed`,
  };
}

export interface EngineSettings {
  framework: FrameworkDefaults;
  utilization: number;
  utilizationFrom: string;
  kvDtype: string;
  kvDtypeFrom: string;
  tp: number;
  pp: number;
  parallelFrom: string;
  batchedTokens: number;
  batchedTokensFrom: string;
}

export function engineSettings(
  framework: string | undefined,
  count: number,
  ann: SpecAnnotations,
  config: Config,
): { settings: EngineSettings; notes: string[] } {
  const notes: string[] = [];
  const { d, note } = frameworkDefaults(framework);
  if (note) notes.push(note);
  const a = ann.values;
  const ce = config.estimate;

  let utilization = d.utilization;
  let utilizationFrom = d.utilizationBasis;
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

  let kvDtype = "auto";
  let kvDtypeFrom =
    "KV cache dtype auto = the model's activation dtype (vLLM kv_cache_dtype default, gpu-facts §4.4)";
  if (typeof a["kv-cache-dtype"] === "string") {
    kvDtype = a["kv-cache-dtype"];
    kvDtypeFrom = "annotation modelspec-review.piqc.ai/kv-cache-dtype";
  } else if (ce.kvCacheDtype) {
    kvDtype = ce.kvCacheDtype;
    kvDtypeFrom = "repository config estimate.kvCacheDtype";
  }

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

  let batchedTokens = d.batchedTokens;
  let batchedTokensFrom = `activation peak sized for a ${d.batchedTokens}-token prefill chunk (calibrated on the Qwen2-7B vLLM log, gpu-facts §4.6)`;
  if (typeof a["max-num-batched-tokens"] === "number") {
    batchedTokens = a["max-num-batched-tokens"];
    batchedTokensFrom = "annotation modelspec-review.piqc.ai/max-num-batched-tokens";
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
    },
    notes,
  };
}
