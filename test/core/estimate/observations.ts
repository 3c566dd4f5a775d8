/**
 * Published observations the estimator is checked against, each with the public log, issue or report
 * it comes from and the engine settings of that run (version, memory fraction, max_model_len, TP)
 * declared on the spec so the estimate is made for the same engine. The vLLM 0.10.1 logs are in
 * dennislee22/vLLM-benchmarking (log/*.log, snapshot b474d1e, 2025-09-13).
 * test/core/estimate/observations.test.ts asserts the error bounds and writes the table in
 * docs/estimator-accuracy.md (UPDATE_GOLDEN=1 rewrites it; the test fails when it is stale).
 */
import { readFileSync } from "node:fs";
import { resolveModel } from "../../../src/core/catalog/resolve-model.js";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import { normalisePrecision, weightBytes } from "../../../src/core/estimate/index.js";
import type { ModelTexts } from "../../../src/core/models/sources.js";
import type { Estimate } from "../../../src/core/types.js";
import { mkSpec, type SpecInput } from "./helpers.js";

export type ObservationKind =
  | "weights"
  | "checkpoint"
  | "kv-pool"
  | "kv-tokens"
  | "kv-bytes"
  | "concurrency"
  | "activation"
  | "verdict"
  | "throughput";

export interface Observation {
  id: string;
  kind: ObservationKind;
  /** What was observed, in words. */
  what: string;
  /** Where: a public repository path, URL or issue a reader can open. */
  source: string;
  spec: SpecInput;
  /**
   * A model outside the built-in catalog: its real config.json under test/fixtures/observations/
   * (origins in SOURCES.md there), handed to estimate() as the product's model source would.
   */
  hubConfig?: string;
  /** Numeric observation, or the published fit outcome. */
  observed: number | "fits" | "does-not-fit";
  unit: string;
}

const GiB = 2 ** 30;

/** The fetched-config texts for an observation's model, as the edge hands them to estimate(). */
export function modelTexts(o: Observation): ModelTexts | undefined {
  if (!o.hubConfig) return undefined;
  const file = new URL(`../../fixtures/observations/${o.hubConfig}/config.json`, import.meta.url);
  return {
    [`${o.hubConfig}@main`]: {
      repo: o.hubConfig,
      revision: "main",
      origin: { kind: "repo-file", ref: `test/fixtures/observations/${o.hubConfig}/config.json` },
      config: readFileSync(file, "utf8"),
    },
  };
}

/** The figure of an estimate that corresponds to an observation. */
export function measure(o: Observation, e: Estimate): number | string | null {
  switch (o.kind) {
    case "weights":
      return e.memory ? e.memory.perGpu.weightsGiB : null;
    case "checkpoint": {
      const r = resolveModel(mkSpec(o.spec), DEFAULT_CONFIG);
      const p = normalisePrecision(e.precision.weights);
      return r.model && p ? Math.round((weightBytes(r.model, p) / GiB) * 100) / 100 : null;
    }
    case "kv-pool":
      return e.kvCache ? e.kvCache.poolGiB : null;
    case "kv-tokens":
      return e.kvCache ? e.kvCache.tokenCapacity : null;
    case "kv-bytes":
      return e.kvCache ? e.kvCache.bytesPerTokenPerGpu : null;
    case "concurrency":
      return e.kvCache ? e.kvCache.concurrency : null;
    case "activation":
      return e.memory ? e.memory.perGpu.activationGiB : null;
    case "throughput":
      return e.throughput ? e.throughput.decodeTokensPerSecPerReplica : null;
    case "verdict":
      return e.fits === null ? null : e.fits ? "fits" : "does-not-fit";
  }
}

const ANN = (a: Record<string, string>) =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [`modelspec-review.piqc.ai/${k}`, v]));

/** The dennislee22 Qwen2-7B runs: vLLM 0.10.1.1, max_model_len 16384, TP = GPUs. */
function qwen2(count: number, gpu: string, util: string): SpecInput {
  return {
    id: "Qwen/Qwen2-7B-Instruct",
    precision: "bf16",
    gpu,
    count,
    batch: 1,
    seq: 16384,
    annotations: ANN({ "gpu-memory-utilization": util, "engine-version": "0.10.1" }),
  };
}

/** The dennislee22 gpt-oss-120b run: vLLM 0.10.1.1, TP4 on A100-80GB, utilisation 0.8, max_model_len 16384. */
const GPT_OSS: SpecInput = {
  id: "openai/gpt-oss-120b",
  gpu: "a100-80gb",
  count: 4,
  batch: 1,
  seq: 16384,
  annotations: ANN({ "gpu-memory-utilization": "0.8", "engine-version": "0.10.1" }),
};

/** vllm-project/vllm#17469: Qwen3-30B-A3B on 4 × A10 (TP4), vLLM 0.8.5, max_model_len 1024, max_num_seqs 1, eager. */
const QWEN3_30B_A10: SpecInput = {
  id: "Qwen/Qwen3-30B-A3B",
  precision: "bf16",
  gpu: "a10",
  count: 4,
  batch: 1,
  seq: 1024,
  annotations: ANN({ "engine-version": "0.8.5", "enforce-eager": "true" }),
};

/** gpt-oss-120b on one H100 at vLLM's defaults (max_model_len 131,072, gpu_memory_utilization 0.9). */
const GPT_OSS_H100: SpecInput = {
  id: "openai/gpt-oss-120b",
  gpu: "h100-sxm",
  count: 1,
  batch: 1,
  seq: 131072,
  annotations: ANN({ "engine-version": "0.10.1" }),
};

const NUM = new Intl.NumberFormat("en-US");

export const OBSERVATIONS: Observation[] = [
  // ── weights ──
  {
    id: "W1",
    kind: "weights",
    what: "Llama-3.1-8B bf16, vLLM 'Loading model weights took 14.99 GB' (GiB), 1 GPU",
    source: "vLLM start-up log quoted in vllm-project/vllm issue threads (8.03 B × 2 bytes)",
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
    what: "Llama-3.1-405B-Instruct-FP8 (Meta checkpoint: attention and first/last MLPs in BF16) at TP8",
    source:
      "vllm-project/vllm#6746: vLLM 0.5.3 on 8 × H100, 'Loading model weights took 57.7520 GB' (GiB) on every rank",
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
    kind: "checkpoint",
    what: "gpt-oss-120b MXFP4 checkpoint size (no engine padding)",
    source: "fitmygpu.com gpt-oss-120b page (60.8 GiB checkpoint)",
    spec: { id: "openai/gpt-oss-120b", gpu: "h200", count: 1, batch: 1, seq: 4096 },
    observed: 60.8,
    unit: "GiB",
  },
  {
    id: "W4",
    kind: "weights",
    what: "gpt-oss-120b, vLLM 0.10.1.1 TP4 on A100-80GB: 'Model loading took 17.2217 GiB'",
    source: "dennislee22/vLLM-benchmarking log/vllm-120B-4gpuA10080GB-0.8GRAM-diff-nodes.log",
    spec: GPT_OSS,
    observed: 17.22,
    unit: "GiB/GPU",
  },
  {
    id: "W5",
    kind: "weights",
    what: "Qwen2-7B-Instruct bf16, vLLM 0.10.1.1, 1 × A100-80GB: 'Model loading took 14.2488 GiB'",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-1gpuA10080GB-0.25GRAM.log",
    spec: qwen2(1, "a100-80gb", "0.25"),
    observed: 14.25,
    unit: "GiB/GPU",
  },
  {
    id: "W6",
    kind: "weights",
    what: "Qwen2-7B-Instruct bf16, vLLM 0.10.1.1, TP2: 'Model loading took 7.1217 GiB'",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-2gpuA10080GB-0.5GRAM-same-node.log",
    spec: qwen2(2, "a100-80gb", "0.5"),
    observed: 7.12,
    unit: "GiB/GPU",
  },
  {
    id: "W7",
    kind: "weights",
    what: "Qwen3-30B-A3B bf16 (MoE, 128 experts), vLLM 0.8.5, TP4 on 4 × A10: 'Model loading took 14.2474 GiB'",
    source: "vllm-project/vllm#17469 (log in the issue; config.json: test/fixtures/observations/SOURCES.md)",
    hubConfig: "Qwen/Qwen3-30B-A3B",
    spec: QWEN3_30B_A10,
    observed: 14.25,
    unit: "GiB/GPU",
  },
  {
    id: "W8",
    kind: "weights",
    what: "gpt-oss-120b MXFP4 on 1 × H100, vLLM 0.10 (log of 2025-08-20): 'Model loading took 65.9651 GiB'",
    source: "vllm-project/vllm#23278",
    spec: GPT_OSS_H100,
    observed: 65.97,
    unit: "GiB/GPU",
  },
  {
    id: "W9",
    kind: "weights",
    what: "gpt-oss-120b MXFP4 on 1 × H100, vLLM 0.14.1: 'Model loading took 64.38 GiB memory'",
    source: "vllm-project/vllm#33155",
    spec: GPT_OSS_H100,
    observed: 64.38,
    unit: "GiB/GPU",
  },
  // ── KV pool: 'Available KV cache memory' ──
  {
    id: "K1",
    kind: "kv-pool",
    what: "Qwen2-7B, 1 × A100-80GB, gpu_memory_utilization 0.25",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-1gpuA10080GB-0.25GRAM.log",
    spec: qwen2(1, "a100-80gb", "0.25"),
    observed: 5.01,
    unit: "GiB",
  },
  {
    id: "K2",
    kind: "kv-pool",
    what: "Qwen2-7B, 1 × A100-80GB, gpu_memory_utilization 0.5",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-1gpuA10080GB-0.5GRAM.log",
    spec: qwen2(1, "a100-80gb", "0.5"),
    observed: 24.83,
    unit: "GiB",
  },
  {
    id: "K3",
    kind: "kv-pool",
    what: "Qwen2-7B, TP2 on A100-80GB, gpu_memory_utilization 0.25",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-2gpuA10080GB-0.25GRAM-same-node.log",
    spec: qwen2(2, "a100-80gb", "0.25"),
    observed: 12.02,
    unit: "GiB",
  },
  {
    id: "K4",
    kind: "kv-pool",
    what: "Qwen2-7B, TP2 on A100-80GB, gpu_memory_utilization 0.5",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-2gpuA10080GB-0.5GRAM-same-node.log",
    spec: qwen2(2, "a100-80gb", "0.5"),
    observed: 31.83,
    unit: "GiB",
  },
  {
    id: "K5",
    kind: "kv-pool",
    what: "gpt-oss-120b, TP4 on A100-80GB, gpu_memory_utilization 0.8",
    source: "dennislee22/vLLM-benchmarking log/vllm-120B-4gpuA10080GB-0.8GRAM-diff-nodes.log",
    spec: GPT_OSS,
    observed: 45.32,
    unit: "GiB",
  },
  // ── KV tokens: 'GPU KV cache size: N tokens' ──
  {
    id: "N1",
    kind: "kv-tokens",
    what: "Qwen2-7B, 1 × A100-80GB, gpu_memory_utilization 0.25",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-1gpuA10080GB-0.25GRAM.log",
    spec: qwen2(1, "a100-80gb", "0.25"),
    observed: 93872,
    unit: "tokens",
  },
  {
    id: "N2",
    kind: "kv-tokens",
    what: "Qwen2-7B, 1 × A100-80GB, gpu_memory_utilization 0.5",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-1gpuA10080GB-0.5GRAM.log",
    spec: qwen2(1, "a100-80gb", "0.5"),
    observed: 464848,
    unit: "tokens",
  },
  {
    id: "N3",
    kind: "kv-tokens",
    what: "Qwen2-7B, TP2 on A100-40GB, gpu_memory_utilization 0.5",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-2gpuA10040GB-0.5GRAM-diff-nodes.log",
    spec: qwen2(2, "a100-40gb", "0.5"),
    observed: 412944,
    unit: "tokens",
  },
  {
    id: "N4",
    kind: "kv-tokens",
    what: "Qwen2-7B, TP2 on A100-80GB, gpu_memory_utilization 0.25",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-2gpuA10080GB-0.25GRAM-same-node.log",
    spec: qwen2(2, "a100-80gb", "0.25"),
    observed: 450192,
    unit: "tokens",
  },
  {
    id: "N5",
    kind: "kv-tokens",
    what: "Qwen2-7B, TP2 on A100-80GB, gpu_memory_utilization 0.5",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-2gpuA10080GB-0.5GRAM-same-node.log",
    spec: qwen2(2, "a100-80gb", "0.5"),
    observed: 1192160,
    unit: "tokens",
  },
  {
    id: "N6",
    kind: "kv-tokens",
    what: "gpt-oss-120b (18 full + 18 sliding-window layers), TP4 on A100-80GB, gpu_memory_utilization 0.8",
    source: "dennislee22/vLLM-benchmarking log/vllm-120B-4gpuA10080GB-0.8GRAM-diff-nodes.log",
    spec: GPT_OSS,
    observed: 2640144,
    unit: "tokens",
  },
  // ── KV bytes per token per GPU: 'Available KV cache memory' ÷ 'GPU KV cache size', both logged ──
  {
    id: "B1",
    kind: "kv-bytes",
    what: "Qwen3-8B bf16 (36 layers, 8 KV heads × 128), vLLM 0.21.0, 1 × RTX A5000: 6.37 GiB ÷ 46,368 tokens",
    source: "LMCache/LMCache#3430 (vLLM start-up log in the issue)",
    hubConfig: "Qwen/Qwen3-8B",
    spec: {
      id: "Qwen/Qwen3-8B",
      precision: "bf16",
      gpu: "rtx-a5000",
      count: 1,
      batch: 1,
      seq: 16384,
      annotations: ANN({
        "gpu-memory-gib": "23.99",
        "gpu-memory-utilization": "0.9764",
        "engine-version": "0.21.0",
        "cuda-graph-gib": "0.52",
      }),
    },
    observed: Math.round((6.37 * GiB) / 46368),
    unit: "B",
  },
  {
    id: "B2",
    kind: "kv-bytes",
    what: "Qwen3-235B-A22B-FP8 (94 layers, 4 KV heads, 1 per GPU), TP4 on 4 × H100: 8.11 GiB ÷ 178,880 tokens",
    source: "vllm-project/vllm#21348 (config.json: test/fixtures/observations/SOURCES.md)",
    hubConfig: "Qwen/Qwen3-235B-A22B-FP8",
    spec: {
      id: "Qwen/Qwen3-235B-A22B-FP8",
      gpu: "h100-sxm",
      count: 4,
      batch: 1,
      seq: 40960,
      annotations: ANN({ "engine-version": "0.9.2" }),
    },
    observed: Math.round((8.11 * GiB) / 178880),
    unit: "B",
  },
  // ── 'Maximum concurrency for 16,384 tokens per request' ──
  {
    id: "C1",
    kind: "concurrency",
    what: "Qwen2-7B, 1 × A100-80GB, gpu_memory_utilization 0.25",
    source: "dennislee22/vLLM-benchmarking log/vllm-7B-1gpuA10080GB-0.25GRAM.log",
    spec: qwen2(1, "a100-80gb", "0.25"),
    observed: 5.73,
    unit: "×",
  },
  {
    id: "C2",
    kind: "concurrency",
    what: "gpt-oss-120b, TP4 on A100-80GB (sliding layers admitted with window − 1 + 2048 tokens)",
    source: "dennislee22/vLLM-benchmarking log/vllm-120B-4gpuA10080GB-0.8GRAM-diff-nodes.log",
    spec: GPT_OSS,
    observed: 284.25,
    unit: "×",
  },
  // ── activation peak (V0 profiling, max_num_batched_tokens = max_model_len) ──
  {
    id: "A1",
    kind: "activation",
    what: "Llama-3.1-8B vLLM V0 profile peak − weights, max_model_len 20k",
    source: "vllm-project/vllm issues #13061, #16570, #10517 (profiling logs)",
    spec: {
      id: "llama-3.1-8b",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 20480,
      annotations: ANN({ "max-num-batched-tokens": "20480", "engine-version": "0.6" }),
    },
    observed: 2.07,
    unit: "GiB",
  },
  {
    id: "A2",
    kind: "activation",
    what: "Llama-3.1-8B vLLM V0 profile peak − weights, max_model_len 29k",
    source: "vllm-project/vllm issues #13061, #16570, #10517 (profiling logs)",
    spec: {
      id: "llama-3.1-8b",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 29000,
      annotations: ANN({ "max-num-batched-tokens": "29000", "engine-version": "0.6" }),
    },
    observed: 2.99,
    unit: "GiB",
  },
  // ── fit / no-fit (published runs and failures) ──
  {
    id: "V1",
    kind: "verdict",
    what: "Mixtral-8x7B bf16 on 1×A100-80GB: reported as doesn't fit",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md",
    spec: {
      id: "mistralai/Mixtral-8x7B-Instruct-v0.1",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 4096,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: "does-not-fit",
    unit: "",
  },
  {
    id: "V2",
    kind: "verdict",
    what: "Mixtral-8x7B bf16 on 1×H100 SXM: reported as doesn't fit",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md",
    spec: {
      id: "mistralai/Mixtral-8x7B-Instruct-v0.1",
      precision: "bf16",
      gpu: "h100-sxm",
      count: 1,
      batch: 1,
      seq: 4096,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: "does-not-fit",
    unit: "",
  },
  {
    id: "V3",
    kind: "verdict",
    what: "Mixtral-8x7B bf16 on 2×A100-80GB: served (1,017 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md",
    spec: {
      id: "mistralai/Mixtral-8x7B-Instruct-v0.1",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 2,
      batch: 1,
      seq: 4096,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V4",
    kind: "verdict",
    what: "Mixtral-8x7B bf16 on 2×H100 SXM: served (1,430 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md",
    spec: {
      id: "mistralai/Mixtral-8x7B-Instruct-v0.1",
      precision: "bf16",
      gpu: "h100-sxm",
      count: 2,
      batch: 1,
      seq: 4096,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V5",
    kind: "verdict",
    what: "Llama-3.1-70B-Instruct FP8 on 1×A100-80GB at 4k context: served (209 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md, '4k ctx max'",
    spec: {
      id: "meta-llama/Llama-3.1-70B-Instruct",
      precision: "fp8",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 4096,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V6",
    kind: "verdict",
    what: "Llama-3.1-70B-Instruct FP8 on 1×A100-80GB at its full 128k context: had to be cut to 4k",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md, '4k ctx max'",
    spec: {
      id: "meta-llama/Llama-3.1-70B-Instruct",
      precision: "fp8",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 131072,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: "does-not-fit",
    unit: "",
  },
  {
    id: "V7",
    kind: "verdict",
    what: "Llama-3.1-405B FP8 (Hermes-3) on 8×A100-80GB: served (468 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md",
    spec: {
      id: "NousResearch/Hermes-3-Llama-3.1-405B-FP8",
      precision: "fp8",
      gpu: "a100-80gb",
      count: 8,
      batch: 1,
      seq: 4096,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V8",
    kind: "verdict",
    what: "Llama-3.1-405B FP8 (Hermes-3) on 8×H100 SXM: served (1,231 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md",
    spec: {
      id: "NousResearch/Hermes-3-Llama-3.1-405B-FP8",
      precision: "fp8",
      gpu: "h100-sxm",
      count: 8,
      batch: 1,
      seq: 4096,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V9",
    kind: "verdict",
    what: "Mixtral-8x22B bf16 on 4×A100-80GB: served (715 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md",
    spec: {
      id: "mistralai/Mixtral-8x22B-Instruct-v0.1",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 4,
      batch: 1,
      seq: 4096,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V10",
    kind: "verdict",
    what: "Llama-2-70B FP8 on 1×H200, batch 512, 128 in / 128 out (TensorRT-LLM): served (3,014 tok/s)",
    source: "NVIDIA TensorRT-LLM docs/source/blogs/H200launch.md",
    spec: { id: "llama-2-70b", precision: "fp8", gpu: "h200", count: 1, batch: 512, seq: 256 },
    observed: "fits",
    unit: "",
  },
  {
    id: "V11",
    kind: "verdict",
    what: "Llama-2-70B FP8 on 1×H200, batch 32, 2048 in / 128 out (TensorRT-LLM): served (303 tok/s)",
    source: "NVIDIA TensorRT-LLM docs/source/blogs/H200launch.md",
    spec: { id: "llama-2-70b", precision: "fp8", gpu: "h200", count: 1, batch: 32, seq: 2176 },
    observed: "fits",
    unit: "",
  },
  {
    id: "V12",
    kind: "verdict",
    what: "Llama-3.1-8B FP8 on 1×A100-80GB: served (1,518 tok/s)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md",
    spec: {
      id: "neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8",
      gpu: "a100-80gb",
      count: 1,
      batch: 1,
      seq: 8192,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V13",
    kind: "verdict",
    what: "gpt-oss-120b on 1 × H100, vLLM 0.11.2, gpu_memory_utilization 0.97, max_model_len 87,040 (85K), max_num_seqs 100: served",
    source: "vllm-project/vllm#33155 (the command that worked on v0.11.2)",
    spec: {
      ...GPT_OSS_H100,
      seq: 87040,
      annotations: ANN({ "gpu-memory-utilization": "0.97", "engine-version": "0.11.2" }),
    },
    observed: "fits",
    unit: "",
  },
  {
    id: "V14",
    kind: "verdict",
    what: "gpt-oss-120b on 1 × H100 at vLLM's defaults (gpu_memory_utilization 0.9, max_model_len 131,072): EngineCore failed to start",
    source:
      "vllm-project/vllm#23278 ('Available KV cache memory: -2.14 GiB'; a maintainer points to the 'Known limitations' of the vLLM GPT-OSS recipe)",
    spec: GPT_OSS_H100,
    observed: "does-not-fit",
    unit: "",
  },
  {
    id: "V15",
    kind: "verdict",
    what: "Qwen3-30B-A3B bf16, TP4 on 4 × A10, max_model_len 1024, --enforce-eager, vLLM 0.8.5: served (20 tok/s)",
    source: "vllm-project/vllm#17469",
    hubConfig: "Qwen/Qwen3-30B-A3B",
    spec: QWEN3_30B_A10,
    observed: "fits",
    unit: "",
  },
  ...[
    ["V16", 20000, "20000", "fits", "starts (kv_cache_size 3.81 GiB, 1,952 blocks)"],
    [
      "V17",
      29000,
      "29000",
      "does-not-fit",
      "refuses: max seq len 29,000 above the 23,648 tokens the KV cache holds",
    ],
    [
      "V18",
      35000,
      "512",
      "fits",
      "starts (prefill chunked above 32k, the profile peak 0.06 GiB over the weights)",
    ],
  ].map(([id, seq, mnbt, verdict, what]): Observation => ({
    id: id as string,
    kind: "verdict",
    what: `Llama-3.1-8B-Instruct bf16 on 1 × RTX 3090, vLLM V0 (Dec 2024), max_model_len ${NUM.format(seq as number)}: ${what as string}`,
    source: "vllm-project/vllm#10517 (three start-up logs in one comment)",
    spec: {
      id: "meta-llama/Llama-3.1-8B-Instruct",
      precision: "bf16",
      gpu: "rtx-3090",
      count: 1,
      batch: 1,
      seq: seq as number,
      annotations: ANN({ "engine-version": "0.6.4", "max-num-batched-tokens": mnbt as string }),
    },
    observed: verdict as "fits" | "does-not-fit",
    unit: "",
  })),
  // ── decode throughput (order of magnitude) ──
  {
    id: "T1",
    kind: "throughput",
    what: "Qwen2-7B bf16 on 2×A100-80GB (TP2), 1 request, 1024 in / 1024 out, vLLM 0.10.1",
    source: "dennislee22/vLLM-benchmarking README Test 2; a fit point of the 0.4 batch-1 efficiency",
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
    source: "dennislee22/vLLM-benchmarking; a fit point of the batch-efficiency curve",
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
    source: "dennislee22/vLLM-benchmarking; a fit point of the batch-efficiency curve",
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
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md",
    spec: {
      id: "mistralai/Mistral-7B-Instruct-v0.3",
      precision: "bf16",
      gpu: "a100-80gb",
      count: 1,
      batch: 256,
      seq: 2000,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: 1591,
    unit: "tok/s",
  },
  {
    id: "T5",
    kind: "throughput",
    what: "Mistral-7B-Instruct-v0.3 bf16 on 1×H100 SXM, 320 prompts (vLLM 0.5.4)",
    source: "LambdaLabsML/vllm-benchmark benchmark_v0.md",
    spec: {
      id: "mistralai/Mistral-7B-Instruct-v0.3",
      precision: "bf16",
      gpu: "h100-sxm",
      count: 1,
      batch: 256,
      seq: 2000,
      annotations: ANN({ "engine-version": "0.5.4" }),
    },
    observed: 3281,
    unit: "tok/s",
  },
];

/** Error bounds stated in docs/estimator-accuracy.md and asserted by the test. */
export const BOUNDS = {
  /** Weights and checkpoint sizes: |error| ≤ 5 %. */
  weightsPct: 5,
  /** KV pool, KV tokens, concurrency and activation peak: |error| ≤ 15 %. */
  memoryPct: 15,
  /** Decode throughput: within a factor of 3 either way. */
  throughputFactor: 3,
};
