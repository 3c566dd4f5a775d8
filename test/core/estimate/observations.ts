/**
 * Published observations the estimator is checked against. Every row comes from
 * ../shared/reference/gpu-facts.md, which names the original log, issue or report.
 * test/core/estimate/observations.test.ts asserts the error bounds and keeps the table in
 * docs/estimator-accuracy.md in sync (UPDATE_GOLDEN=1 rewrites it).
 */
import type { Estimate } from "../../../src/core/types.js";
import type { SpecInput } from "./helpers.js";

export type ObservationKind = "weights" | "kv-pool" | "activation" | "verdict" | "throughput";

export interface Observation {
  id: string;
  kind: ObservationKind;
  /** What was observed, in words. */
  what: string;
  /** Where (as cited in gpu-facts.md). */
  source: string;
  spec: SpecInput;
  /** Numeric observation, or the published fit outcome. */
  observed: number | "fits" | "does-not-fit";
  unit: string;
}

const GiB = 2 ** 30;

/** The figure of an estimate that corresponds to an observation. */
export function measure(o: Observation, e: Estimate): number | string | null {
  switch (o.kind) {
    case "weights":
      return e.memory ? e.memory.perGpu.weightsGiB : null;
    case "kv-pool":
      return e.kvCache
        ? Math.round(((e.kvCache.tokenCapacity * e.kvCache.bytesPerTokenPerGpu) / GiB) * 100) / 100
        : null;
    case "activation":
      return e.memory ? e.memory.perGpu.activationGiB : null;
    case "throughput":
      return e.throughput ? e.throughput.decodeTokensPerSecPerReplica : null;
    case "verdict":
      return e.memory ? (e.memory.fits ? "fits" : "does-not-fit") : null;
  }
}

const ANN = (a: Record<string, string>) =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [`modelspec-review.piqc.ai/${k}`, v]));

export const OBSERVATIONS: Observation[] = [
  // ── weights ──
  {
    id: "W1",
    kind: "weights",
    what: "Llama-3.1-8B bf16, vLLM 'Loading model weights took 14.99 GB' (GiB), 1 GPU",
    source: "vLLM log quoted in gpu-facts.md §4.4",
    spec: {
      id: "meta-llama/Llama-3.1-8B-Instruct",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 4096,
    },
    observed: 14.99,
    unit: "GiB/GPU",
  },
  {
    id: "W2",
    kind: "weights",
    what: "Llama-3.1-405B-FP8 (Meta checkpoint) weights per GPU at TP8",
    source: "gpu-facts.md §4.6 recommended-estimator note",
    spec: {
      id: "meta-llama/Llama-3.1-405B-Instruct-FP8",
      precision: "fp8",
      gpu: "h100",
      count: 8,
      batch: 1,
      seq: 4096,
    },
    observed: 57.75,
    unit: "GiB/GPU",
  },
  {
    id: "W3",
    kind: "weights",
    what: "gpt-oss-120b MXFP4 checkpoint size",
    source: "fitmygpu.com page, gpu-facts.md §1.2",
    spec: { id: "openai/gpt-oss-120b", gpu: "h200", count: 1, batch: 1, seq: 4096 },
    observed: 60.8,
    unit: "GiB",
  },
  {
    id: "W4",
    kind: "weights",
    what: "gpt-oss-120b loaded by vLLM 0.10.1 at TP4 on A100-80GB",
    source: "dennislee22/vLLM-benchmarking log vllm-120B-4gpuA10080GB-0.8GRAM (gpu-facts.md §1.2 notes)",
    spec: {
      id: "openai/gpt-oss-120b",
      gpu: "a100-80gb",
      count: 4,
      batch: 1,
      seq: 4096,
      annotations: ANN({ "gpu-memory-utilization": "0.8" }),
    },
    observed: 17.22,
    unit: "GiB/GPU",
  },
  {
    id: "W5",
    kind: "weights",
    what: "Qwen2-7B bf16 weights in vLLM V1 on one A100-80GB",
    source: "dennislee22/vLLM-benchmarking logs (gpu-facts.md §4.6)",
    spec: {
      id: "Qwen/Qwen2-7B-Instruct",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 4096,
    },
    observed: 14.25,
    unit: "GiB/GPU",
  },
  // ── KV-cache pool ──
  {
    id: "K1",
    kind: "kv-pool",
    what: "Qwen2-7B on A100-80GB, gpu_memory_utilization 0.25: KV pool (0.25·79.2 − 14.25 − 0.55)",
    source: "dennislee22/vLLM-benchmarking vllm-7B-1gpuA10080GB-0.25GRAM (gpu-facts.md §4.6)",
    spec: {
      id: "Qwen/Qwen2-7B-Instruct",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 4096,
      annotations: ANN({ "gpu-memory-utilization": "0.25" }),
    },
    observed: 5.01,
    unit: "GiB",
  },
  {
    id: "K2",
    kind: "kv-pool",
    what: "Qwen2-7B on one A100-80GB, gpu_memory_utilization 0.5 (log 0.5GRAM): 24.8 GiB KV pool",
    source: "dennislee22/vLLM-benchmarking README Test 5 (gpu-facts.md §2.3, §5.2)",
    spec: {
      id: "Qwen/Qwen2-7B-Instruct",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 4096,
      annotations: ANN({ "gpu-memory-utilization": "0.5" }),
    },
    observed: 24.8,
    unit: "GiB",
  },
  // ── activation peak (V0 profiling, max_num_batched_tokens = max_model_len) ──
  {
    id: "A1",
    kind: "activation",
    what: "Llama-3.1-8B vLLM V0 profile peak − weights, max_model_len 20k",
    source: "vLLM issue threads summarised in gpu-facts.md §4.6",
    spec: {
      id: "llama-3.1-8b",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 20480,
      annotations: ANN({ "max-num-batched-tokens": "20480" }),
    },
    observed: 2.07,
    unit: "GiB",
  },
  {
    id: "A2",
    kind: "activation",
    what: "Llama-3.1-8B vLLM V0 profile peak − weights, max_model_len 29k",
    source: "vLLM issue threads summarised in gpu-facts.md §4.6",
    spec: {
      id: "llama-3.1-8b",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 29000,
      annotations: ANN({ "max-num-batched-tokens": "29000" }),
    },
    observed: 2.99,
    unit: "GiB",
  },
  // ── fit / no-fit (published runs and failures) ──
  {
    id: "V1",
    kind: "verdict",
    what: "Mixtral-8x7B bf16 on 1×A100-80GB: reported as doesn't fit",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md (gpu-facts.md §5.2)",
    spec: {
      id: "mistralai/Mixtral-8x7B-Instruct-v0.1",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 4096,
    },
    observed: "does-not-fit",
    unit: "",
  },
  {
    id: "V2",
    kind: "verdict",
    what: "Mixtral-8x7B bf16 on 1×H100 SXM: reported as doesn't fit",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md (gpu-facts.md §5.2)",
    spec: {
      id: "mistralai/Mixtral-8x7B-Instruct-v0.1",
      precision: "bf16",
      gpu: "h100-sxm",
      count: 1,
      batch: 1,
      seq: 4096,
    },
    observed: "does-not-fit",
    unit: "",
  },
  {
    id: "V3",
    kind: "verdict",
    what: "Mixtral-8x7B bf16 on 2×A100-80GB: served (1,017 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md (gpu-facts.md §5.2)",
    spec: {
      id: "mistralai/Mixtral-8x7B-Instruct-v0.1",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 2,
      batch: 1,
      seq: 4096,
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V4",
    kind: "verdict",
    what: "Mixtral-8x7B bf16 on 2×H100 SXM: served (1,430 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md (gpu-facts.md §5.2)",
    spec: {
      id: "mistralai/Mixtral-8x7B-Instruct-v0.1",
      precision: "bf16",
      gpu: "h100-sxm",
      count: 2,
      batch: 1,
      seq: 4096,
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V5",
    kind: "verdict",
    what: "Llama-3.1-70B-Instruct FP8 on 1×A100-80GB at 4k context: served (209 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md, '4k ctx max' (gpu-facts.md §5.2)",
    spec: {
      id: "meta-llama/Llama-3.1-70B-Instruct",
      precision: "fp8",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 4096,
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V6",
    kind: "verdict",
    what: "Llama-3.1-70B-Instruct FP8 on 1×A100-80GB at its full 128k context: had to be cut to 4k",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md, '4k ctx max' (gpu-facts.md §5.2)",
    spec: {
      id: "meta-llama/Llama-3.1-70B-Instruct",
      precision: "fp8",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 131072,
    },
    observed: "does-not-fit",
    unit: "",
  },
  {
    id: "V7",
    kind: "verdict",
    what: "Llama-3.1-405B FP8 (Hermes-3) on 8×A100-80GB: served (468 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md (gpu-facts.md §5.2)",
    spec: {
      id: "NousResearch/Hermes-3-Llama-3.1-405B-FP8",
      precision: "fp8",
      gpu: "a100-80gb",
      count: 8,
      batch: 1,
      seq: 4096,
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V8",
    kind: "verdict",
    what: "Llama-3.1-405B FP8 (Hermes-3) on 8×H100 SXM: served (1,231 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md (gpu-facts.md §5.2)",
    spec: {
      id: "NousResearch/Hermes-3-Llama-3.1-405B-FP8",
      precision: "fp8",
      gpu: "h100-sxm",
      count: 8,
      batch: 1,
      seq: 4096,
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V9",
    kind: "verdict",
    what: "Mixtral-8x22B bf16 on 4×A100-80GB: served (715 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md (gpu-facts.md §5.2)",
    spec: {
      id: "mistralai/Mixtral-8x22B-Instruct-v0.1",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 4,
      batch: 1,
      seq: 4096,
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V10",
    kind: "verdict",
    what: "Llama-2-70B FP8 on 1×H200, batch 512, 128 in / 128 out (TensorRT-LLM): served (3,014 tok/s)",
    source: "NVIDIA TensorRT-LLM docs/source/blogs/H200launch.md (gpu-facts.md §5.2)",
    spec: { id: "llama-2-70b", precision: "fp8", gpu: "h200", count: 1, batch: 512, seq: 256 },
    observed: "fits",
    unit: "",
  },
  {
    id: "V11",
    kind: "verdict",
    what: "Llama-2-70B FP8 on 1×H200, batch 32, 2048 in / 128 out (TensorRT-LLM): served (303 tok/s)",
    source: "NVIDIA TensorRT-LLM docs/source/blogs/H200launch.md (gpu-facts.md §5.2)",
    spec: { id: "llama-2-70b", precision: "fp8", gpu: "h200", count: 1, batch: 32, seq: 2176 },
    observed: "fits",
    unit: "",
  },
  {
    id: "V12",
    kind: "verdict",
    what: "Llama-3.1-8B FP8 on 1×A100-80GB: served (1,518 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md (gpu-facts.md §5.2)",
    spec: {
      id: "neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 8192,
    },
    observed: "fits",
    unit: "",
  },
  // ── decode throughput (order of magnitude) ──
  {
    id: "T1",
    kind: "throughput",
    what: "Qwen2-7B bf16 on 2×A100-80GB (TP2), 1 request, 1024 in / 1024 out, vLLM 0.10.1",
    source:
      "dennislee22/vLLM-benchmarking README Test 2 (gpu-facts.md §5.1–5.2); a fit point of the 0.4 batch-1 efficiency",
    spec: {
      id: "Qwen/Qwen2-7B-Instruct",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 2,
      batch: 1,
      seq: 2048,
    },
    observed: 113,
    unit: "tok/s",
  },
  {
    id: "T2",
    kind: "throughput",
    what: "Qwen2-7B bf16 on 2×A100-80GB (TP2), 20 concurrent requests",
    source: "dennislee22/vLLM-benchmarking (gpu-facts.md §5.2); a fit point of the batch-efficiency curve",
    spec: {
      id: "Qwen/Qwen2-7B-Instruct",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 2,
      batch: 20,
      seq: 2048,
    },
    observed: 1350,
    unit: "tok/s",
  },
  {
    id: "T3",
    kind: "throughput",
    what: "Qwen2-7B bf16 on 2×A100-80GB (TP2), 75 concurrent requests",
    source: "dennislee22/vLLM-benchmarking (gpu-facts.md §5.2); a fit point of the batch-efficiency curve",
    spec: {
      id: "Qwen/Qwen2-7B-Instruct",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 2,
      batch: 75,
      seq: 2048,
    },
    observed: 2787,
    unit: "tok/s",
  },
  {
    id: "T4",
    kind: "throughput",
    what: "Mistral-7B-Instruct-v0.3 bf16 on 1×A100-80GB, 320 prompts (vLLM 0.5.4; lengths 'len2000', uncertain)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md (gpu-facts.md §5.2)",
    spec: {
      id: "mistralai/Mistral-7B-Instruct-v0.3",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 256,
      seq: 2000,
    },
    observed: 1591,
    unit: "tok/s",
  },
  {
    id: "T5",
    kind: "throughput",
    what: "Mistral-7B-Instruct-v0.3 bf16 on 1×H100 SXM, 320 prompts (vLLM 0.5.4)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md (gpu-facts.md §5.2)",
    spec: {
      id: "mistralai/Mistral-7B-Instruct-v0.3",
      precision: "bf16",
      gpu: "h100-sxm",
      count: 1,
      batch: 256,
      seq: 2000,
    },
    observed: 3281,
    unit: "tok/s",
  },
];

/** Error bounds stated in docs/estimator-accuracy.md and asserted by the test. */
export const BOUNDS = {
  /** Weights, KV pool and activation peak: |error| ≤ 15 %. */
  memoryPct: 15,
  /** Decode throughput: within a factor of 3 either way. */
  throughputFactor: 3,
};
