/**
 * The fit step: runs the engine's start-up rule (./memory.ts) for the declared setup, reports the
 * verdict (one finding when the engine would not start) and the KV capacity the way vLLM logs it.
 * Capacity below the declared batch is not reported here: MS-BATCH-002 (src/core/rules/batching.ts)
 * owns that warning, so each condition yields one finding.
 */
import type { GpuSpec } from "../catalog/gpus.js";
import type { Estimate } from "../types.js";
import { GiB, memoryFor, round2, type MemoryResult } from "./memory.js";
import { kvCapacity } from "./kv.js";
import { isQuantised } from "./precision.js";
import { finding, fmtInt, P, type EstimateLocation, type Workload } from "./util.js";
import { loadedWeights } from "./weights.js";

/** The longest max_model_len whose one request the pool admits (0 when not even 16 tokens fit). */
export function longestAdmitted(m: MemoryResult, batchedTokens: number, upTo: number): number {
  const pool = m.kvPoolGiB * GiB;
  if (pool <= 0) return 0;
  const fits = (len: number) => kvCapacity(m.layout, pool, len, batchedTokens).admissionBytes <= pool;
  let lo = 0;
  let hi = Math.max(0, Math.floor(upTo / 16));
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid * 16)) lo = mid;
    else hi = mid - 1;
  }
  return lo * 16;
}

/**
 * Work out the memory fit of the workload on `count` × `gpu` onto `out`, with its findings and
 * assumptions.
 */
export function fitStep(
  out: Estimate,
  w: Workload,
  gpu: GpuSpec,
  count: number,
  at: EstimateLocation,
): MemoryResult {
  const A = out.assumptions;
  const { model, precision, settings, batch, seq } = w;
  const mem = memoryFor(w, gpu, settings.tp, settings.pp);
  out.memory = { perGpu: mem.perGpu, fits: mem.fits, verdict: mem.verdict };
  out.fits = mem.fits;
  const pg = mem.perGpu;
  if (mem.verdict === "does-not-fit") {
    const nonKv = round2(pg.weightsGiB + pg.activationGiB + pg.overheadGiB);
    const longest = longestAdmitted(mem, settings.batchedTokens, seq);
    const why =
      mem.kvPoolGiB <= 0
        ? `weights ${pg.weightsGiB} GiB + activation peak ${pg.activationGiB} GiB + overhead ${pg.overheadGiB} GiB = ${nonKv} GiB per GPU leave no KV cache within the ${pg.usableGiB} GiB usable`
        : `after ${nonKv} GiB per GPU of weights (${pg.weightsGiB} GiB), activations and overhead, the ${round2(mem.kvPoolGiB)} GiB KV pool cannot admit one ${fmtInt(seq)}-token request, which needs ${pg.kvCacheGiB} GiB; the engine refuses to start`;
    out.findings.push(
      finding(
        at,
        "estimate/does-not-fit",
        // A warning, not an error: the does-not-fit gate (config failOn.doesNotFit) decides whether it blocks.
        "warning",
        P.gpuType,
        `${model.name} (${precision}) does not start on ${count} × ${gpu.name}: ${why}`,
        (longest > 0
          ? `The longest maxSequenceLengthTokens this setup starts with is about ${fmtInt(longest)}. `
          : "") +
          "More or larger GPUs, a quantised checkpoint, an fp8 KV cache or a shorter maxSequenceLengthTokens would help; see the recommendation.",
      ),
    );
  }
  if (model.kind === "decoder") {
    const concurrency = Math.floor(mem.kv.concurrency * 100) / 100;
    out.kvCache = {
      bytesPerTokenPerGpu: mem.kv.bytesPerToken,
      tokenCapacity: mem.kv.tokens,
      poolGiB: round2(Math.max(0, mem.kvPoolGiB)),
      admissionBytesPerGpu: mem.kv.admissionBytes,
      concurrency,
      fullLengthSequences: mem.fullLengthSequences,
      maxConcurrentSequences: mem.fullLengthSequences,
      declaredBatch: batch,
      belowDeclaredBatch: mem.fullLengthSequences < batch,
      requiredTokens: mem.requiredTokens,
    };
  }

  // ── how the figures were made ──
  const weights = loadedWeights(model, precision, settings.tp);
  const budget =
    settings.framework.budget === "sglang"
      ? "the static fraction holds weights and the KV pool; activations, CUDA graphs and non-torch memory use the rest"
      : `non-KV memory = weights + activation peak of a ${fmtInt(settings.batchedTokens)}-token profile step + non-torch overhead (${pg.overheadGiB} GiB per GPU incl. CUDA graphs); the rest is the KV pool`;
  A.push(
    `Fit = the engine starts: per GPU, usable = ${gpu.memoryGiB} GiB × ${settings.utilization} (${settings.utilizationFrom}); ${budget}; the pool must admit one ${fmtInt(seq)}-token request (vllm-project/vllm vllm/v1/core/kv_cache_utils.py, check_enough_kv_cache_memory). ${settings.parallelFrom[0]?.toUpperCase() ?? ""}${settings.parallelFrom.slice(1)}.`,
    `${settings.kvDtypeFrom}; 16-token KV blocks; ${settings.batchedTokensFrom}; ${settings.cudaGraphFrom}; non-torch memory 0.25 GiB per GPU (+0.15 GiB NCCL when split), the low end of the 0.25–0.43 GiB vLLM logs (vllm-project/vllm issues #13061, #16570, #10517).`,
  );
  A.push(`Weights: ${weights.basis}.`);
  if (weights.moePaddingBytes > 0) {
    A.push(
      `vLLM pads ${precision} expert weights for its MoE kernels (intermediate size per rank to a multiple of 128, hidden size to 256; vllm-project/vllm vllm/model_executor/layers/quantization/mxfp4.py): +${round2(weights.moePaddingBytes / GiB)} GiB per replica.`,
    );
  }
  if (weights.visionBytes > 0) {
    A.push(`Vision tower: ${round2(weights.visionBytes / GiB)} GiB of 16-bit weights per replica included.`);
  }
  if (isQuantised(precision)) {
    A.push(
      `Quantised ${precision} weights keep embeddings and the LM head at 16 bit${model.quant?.unquantised?.length ? ", and the modules the checkpoint's quantization_config leaves unquantised" : model.keep16 ? ` (this checkpoint also keeps ${model.keep16.join(" and ")} at 16 bit)` : precision === "mxfp4" ? " (attention too: MXFP4 covers the MoE experts)" : ""}.`,
    );
  }
  if (model.kind === "decoder") {
    const l = mem.layout;
    A.push(
      l.slidingLayers > 0
        ? `KV tokens counted as vLLM logs them ("GPU KV cache size"): pool ÷ ${fmtInt(mem.kv.bytesPerToken)} bytes per token per GPU over all ${l.fullLayers + l.slidingLayers} attention layers (grouped and padded as vLLM does); one request is admitted with ${l.fullLayers} full-attention layers × ${fmtInt(seq)} tokens + ${l.slidingLayers} sliding-window layers × min(${l.window ?? 0} − 1 + ${fmtInt(settings.batchedTokens)}, ${fmtInt(seq)}) tokens.`
        : `KV tokens counted as vLLM logs them ("GPU KV cache size"): pool ÷ ${fmtInt(mem.kv.bytesPerToken)} bytes per token per GPU over all ${l.fullLayers} attention layers.`,
    );
    if (mem.fits === true && mem.fullLengthSequences < batch) {
      A.push(
        `Capacity: the KV pool holds ${mem.fullLengthSequences} full-length sequences (concurrency ${Math.floor(mem.kv.concurrency * 100) / 100}×), fewer than maxBatchSize ${batch}: the engine starts and queues the rest.`,
      );
    }
  }
  if (model.mla)
    A.push("MLA: the compressed KV vector is replicated on every tensor-parallel rank (not split).");
  if (model.kind === "encoder")
    A.push("Encoder model: no KV cache; memory = weights + activations of one batch.");
  return mem;
}
