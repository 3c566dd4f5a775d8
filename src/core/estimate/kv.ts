/**
 * KV-cache sizing the way vLLM V1 does it (`vllm/v1/core/kv_cache_utils.py`, vllm-project/vllm):
 *
 * - Every attention layer keeps K and V for each token: `2 · kv_heads_per_rank · head_dim · bytes`
 *   per layer per token (MLA: one compressed vector `kv_lora_rank + qk_rope_head_dim`, replicated on
 *   every tensor-parallel rank).
 * - Layers are grouped by attention type (`_get_kv_cache_groups_uniform_page_size`): with F full and
 *   S sliding-window layers the group size is min(F, S) (max(F, S) when that is under 1.5 × min),
 *   each type fills ⌈n / group⌉ groups (the last one padded), and every group shares one block pool.
 * - The pool holds ⌊pool / page / group_size⌋ blocks of 16 tokens; vLLM logs
 *   "GPU KV cache size: ⌊blocks / groups⌋ · 16 tokens" — i.e. pool ÷ bytes per token over ALL
 *   (padded) attention layers, sliding ones included.
 * - A request is admitted (`max_memory_usage_bytes`, checked at start-up by
 *   `_check_enough_kv_cache_memory`) with ⌈max_model_len / 16⌉ blocks per full-attention group and
 *   ⌈min(window − 1 + max_num_batched_tokens, max_model_len) / 16⌉ + 1 per sliding-window group.
 * - "Maximum concurrency for N tokens per request" = blocks ÷ blocks one max-length request needs.
 * - Chunked local attention (Llama 4) is admitted like a sliding window of the chunk size.
 *
 * Pure arithmetic on numbers; no I/O.
 */
import type { ModelArch } from "../catalog/models.js";

/** vLLM's default `block_size` (tokens per KV block). */
export const BLOCK_SIZE = 16;

/** How one GPU's share of the model keeps KV cache. */
export interface KvLayout {
  /** KV bytes of one token in one attention layer on one GPU. */
  perLayerBytes: number;
  /** Full-attention layers on one GPU (pipeline stage). */
  fullLayers: number;
  /** Sliding-window layers on one GPU (pipeline stage). */
  slidingLayers: number;
  /** Sliding window, tokens (null when the model has none). */
  window: number | null;
}

/** The KV layout of `model` on one GPU at tensor parallel `tp` × pipeline parallel `pp`. */
export function kvLayout(model: ModelArch, kvBytes: number, tp: number, pp: number): KvLayout {
  if (model.kind === "encoder") return { perLayerBytes: 0, fullLayers: 0, slidingLayers: 0, window: null };
  const stages = Math.max(1, pp);
  const sw = model.slidingWindow;
  // Layers that keep KV at all (hybrids with linear-attention / state-space layers keep fewer).
  const attn = Math.max(0, Math.min(model.layers, model.kvLayers ?? model.layers));
  const full = sw ? Math.max(0, Math.min(attn, sw.fullLayers)) : attn;
  const sliding = attn - full;
  const perLayerBytes = model.mla
    ? (model.mla.kvLoraRank + model.mla.ropeDim) * kvBytes
    : 2 * Math.max(1, Math.ceil(model.kvHeads / Math.max(1, tp))) * model.headDim * kvBytes;
  return {
    perLayerBytes,
    fullLayers: Math.ceil(full / stages),
    slidingLayers: Math.ceil(sliding / stages),
    window: sw && sliding > 0 ? sw.window : null,
  };
}

/** vLLM's KV-cache groups: the shared group size and the attention type of each group. */
export function kvGroups(l: KvLayout): { groupSize: number; groups: Array<"full" | "sliding"> } {
  const types: Array<["full" | "sliding", number]> = [];
  if (l.fullLayers > 0) types.push(["full", l.fullLayers]);
  if (l.slidingLayers > 0) types.push(["sliding", l.slidingLayers]);
  if (types.length === 0) return { groupSize: 0, groups: [] };
  if (types.length === 1) {
    const [kind, n] = types[0] as ["full" | "sliding", number];
    return { groupSize: n, groups: [kind] };
  }
  const min = Math.min(l.fullLayers, l.slidingLayers);
  const max = Math.max(l.fullLayers, l.slidingLayers);
  const groupSize = max < min * 1.5 ? max : min;
  const groups: Array<"full" | "sliding"> = [];
  for (const [kind, n] of types) for (let i = 0; i < Math.ceil(n / groupSize); i++) groups.push(kind);
  return { groupSize, groups };
}

/** KV bytes per token on one GPU over all (padded) attention layers: the denominator of vLLM's token count. */
export function kvBytesPerToken(l: KvLayout): number {
  const { groupSize, groups } = kvGroups(l);
  return l.perLayerBytes * groupSize * groups.length;
}

/** Blocks one group needs to admit one request of `maxModelLen` tokens. */
function blocksPerRequest(
  kind: "full" | "sliding",
  window: number | null,
  maxModelLen: number,
  batchedTokens: number,
): number {
  if (kind === "full" || window === null) return Math.ceil(maxModelLen / BLOCK_SIZE);
  const tokens = Math.min(window - 1 + batchedTokens, maxModelLen);
  return Math.ceil(tokens / BLOCK_SIZE) + 1;
}

/** The KV cache of one GPU: bytes per token, tokens and blocks, admission size and concurrency. */
export interface KvCapacityResult {
  /** KV bytes per token on one GPU over all attention layers (as vLLM counts tokens). */
  bytesPerToken: number;
  /** vLLM's "GPU KV cache size" in tokens. */
  tokens: number;
  /** Blocks in the pool (per group). */
  blocks: number;
  /** KV bytes per GPU one max-length request needs to be admitted. */
  admissionBytes: number;
  /** Blocks one max-length request needs, summed over groups. */
  blocksPerRequest: number;
  /** vLLM's "Maximum concurrency for max_model_len tokens per request", unrounded. */
  concurrency: number;
}

/**
 * KV capacity of a pool of `poolBytes` per GPU, for requests of `maxModelLen` tokens with
 * `batchedTokens` per scheduler step (vLLM `max_num_batched_tokens`).
 */
export function kvCapacity(
  l: KvLayout,
  poolBytes: number,
  maxModelLen: number,
  batchedTokens: number,
): KvCapacityResult {
  const { groupSize, groups } = kvGroups(l);
  const bytesPerToken = l.perLayerBytes * groupSize * groups.length;
  if (bytesPerToken <= 0) {
    return { bytesPerToken: 0, tokens: 0, blocks: 0, admissionBytes: 0, blocksPerRequest: 0, concurrency: 0 };
  }
  const page = BLOCK_SIZE * l.perLayerBytes;
  const blocks = poolBytes > 0 ? Math.floor(poolBytes / page / groupSize) : 0;
  const tokens = Math.floor(blocks / groups.length) * BLOCK_SIZE;
  const perRequest = groups.reduce(
    (sum, kind) => sum + blocksPerRequest(kind, l.window, maxModelLen, batchedTokens),
    0,
  );
  return {
    bytesPerToken,
    tokens,
    blocks,
    admissionBytes: groupSize * page * perRequest,
    blocksPerRequest: perRequest,
    concurrency: perRequest > 0 ? blocks / perRequest : 0,
  };
}
