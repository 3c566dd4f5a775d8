import type { RuleDef } from "./types.js";
import { defineRule } from "./types.js";
import { fmt, num, usesVllm } from "./util.js";

const B = "/spec/runtime/batch";

/** Rules on batching, sequence length and GPU memory headroom. */
export const BATCHING_RULES: RuleDef[] = [
  defineRule({
    id: "MS-BATCH-001",
    area: "batching",
    defaultSeverity: "warning",
    title: "vLLM without maxSequenceLengthTokens",
    rationale:
      "vLLM otherwise uses the model's full context (up to 128k tokens) as max_model_len, which sizes the KV cache and may refuse to start.",
    check({ spec }) {
      if (!usesVllm(spec)) return [];
      if (num(spec.spec?.runtime?.batch?.maxSequenceLengthTokens) !== undefined) return [];
      return [
        {
          pointer: spec.spec?.runtime?.batch ? B : "/spec/runtime",
          message: "The model is served by vLLM but runtime.batch.maxSequenceLengthTokens is not set.",
          hint: "Declare runtime.batch.maxSequenceLengthTokens (vLLM max_model_len) at the longest prompt + answer you serve.",
        },
      ];
    },
  }),
  defineRule({
    id: "MS-BATCH-002",
    area: "batching",
    defaultSeverity: "warning",
    title: "KV cache holds fewer full-length sequences than maxBatchSize",
    rationale:
      "The engine starts, but its KV pool holds fewer max-length sequences than the declared batch: it queues or preempts the rest, so the declared batch is never reached at full length. (When not even one sequence fits, the engine does not start and estimate/does-not-fit reports that instead.)",
    check({ spec, estimate }) {
      const kv = estimate?.kvCache;
      const batch = num(spec.spec?.runtime?.batch?.maxBatchSize);
      const seq = num(spec.spec?.runtime?.batch?.maxSequenceLengthTokens);
      if (!kv || batch === undefined || seq === undefined) return [];
      if (estimate?.fits !== true) return []; // does not start, or unknown: estimate/does-not-fit owns that
      if (!kv.belowDeclaredBatch) return [];
      return [
        {
          pointer: `${B}/maxBatchSize`,
          message: `The KV cache holds about ${fmt(kv.tokenCapacity)} tokens per replica (as vLLM logs "GPU KV cache size"), ${kv.fullLengthSequences} full-length sequences of ${fmt(seq)} tokens at once (concurrency ${fmt(kv.concurrency, 2)}×), fewer than maxBatchSize ${batch}: the engine starts and queues the rest.`,
          hint: `Lower maxBatchSize to ${Math.max(1, kv.fullLengthSequences)}, shorten maxSequenceLengthTokens, use an fp8 KV cache, or use more/larger GPUs; suppress it if most requests are short.`,
        },
      ];
    },
  }),
  defineRule({
    id: "MS-BATCH-004",
    area: "batching",
    defaultSeverity: "warning",
    title: "maxConcurrency above maxBatchSize",
    rationale:
      "Requests admitted beyond the batch size wait inside the server, adding queueing latency the autoscaler cannot see.",
    check({ spec }) {
      const conc = num(spec.spec?.operations?.serving?.maxConcurrency);
      const batch = num(spec.spec?.runtime?.batch?.maxBatchSize);
      if (conc === undefined || batch === undefined || conc <= batch) return [];
      return [
        {
          pointer: "/spec/operations/serving/maxConcurrency",
          message: `serving.maxConcurrency (${conc}) is above runtime.batch.maxBatchSize (${batch}): ${conc - batch} requests per replica would queue.`,
          hint: `Lower maxConcurrency to ${batch} (let the autoscaler add replicas) or raise maxBatchSize if memory allows.`,
        },
      ];
    },
  }),
  defineRule({
    id: "MS-MEM-001",
    area: "batching",
    defaultSeverity: "warning",
    title: "Tight GPU memory headroom",
    rationale:
      "With little headroom, activation peaks, CUDA graphs or a runtime upgrade push the server out of memory at load time.",
    check({ estimate }) {
      const mem = estimate?.memory;
      if (!mem || mem.verdict !== "tight") return [];
      return [
        {
          pointer: "/spec/runtime/accelerator",
          message: `Estimated use is ${fmt(mem.perGpu.totalGiB, 1)} of ${fmt(mem.perGpu.usableGiB, 1)} GiB usable per GPU (${fmt(mem.perGpu.headroomPct, 1)}% headroom).`,
          hint: "Shorten sequences, lower the batch, quantise, or add GPUs before this reaches production.",
        },
      ];
    },
  }),
];

const GIB_IN_GB = 1.073741824;

/** Total weight bytes across the replica's GPUs, in GB (10^9), from the estimate; undefined when unknown. */
function weightsGb(
  estimate: { memory: { perGpu: { weightsGiB: number } } | null; gpu: { count: number } } | null,
) {
  const perGpu = num(estimate?.memory?.perGpu.weightsGiB);
  const count = num(estimate?.gpu.count);
  if (perGpu === undefined || count === undefined || perGpu <= 0) return undefined;
  return perGpu * Math.max(1, count) * GIB_IN_GB;
}

/** Rules on the container's memory and ephemeral storage against the model's weight size. */
export const RESOURCE_RULES: RuleDef[] = [
  defineRule({
    id: "MS-MEM-002",
    area: "batching",
    defaultSeverity: "notice",
    title: "Container memory below the model's weight size",
    rationale:
      "Loaders that stage weights through host memory (CPU copies, format conversion) need RAM for them; a smaller container risks an OOM kill while loading.",
    check({ spec, estimate }) {
      const mem = num(spec.spec?.runtime?.resources?.memoryGb);
      const weights = weightsGb(estimate);
      if (mem === undefined || weights === undefined || mem >= weights) return [];
      return [
        {
          pointer: "/spec/runtime/resources/memoryGb",
          message: `runtime.resources.memoryGb is ${fmt(mem)} GB but the weights alone are about ${fmt(weights, 1)} GB: loaders that copy weights through CPU memory will be OOM-killed.`,
          hint: `Give the container at least ${Math.ceil(weights * 1.2)} GB (weights + 20%).`,
        },
      ];
    },
  }),
  defineRule({
    id: "MS-MEM-003",
    area: "batching",
    defaultSeverity: "warning",
    title: "Ephemeral storage below the model's weight size",
    rationale:
      "Weights downloaded at start-up land on local disk; too little ephemeral storage evicts the pod before it serves.",
    check({ spec, estimate }) {
      const disk = num(spec.spec?.runtime?.resources?.ephemeralStorageGb);
      const weights = weightsGb(estimate);
      if (disk === undefined || weights === undefined || disk >= weights) return [];
      return [
        {
          pointer: "/spec/runtime/resources/ephemeralStorageGb",
          message: `runtime.resources.ephemeralStorageGb is ${fmt(disk)} GB but the weights are about ${fmt(weights, 1)} GB.`,
          hint: `Request at least ${Math.ceil(weights * 1.2)} GB, or mount the weights from a volume and say so by suppressing this rule.`,
        },
      ];
    },
  }),
];
