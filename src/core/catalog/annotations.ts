/**
 * Per-spec declarations through `metadata.annotations`. Annotation values are strings (Kubernetes
 * style); each key below is parsed to a number or a word and checked. Documented in docs/estimation.md.
 */
import { escapeToken } from "../pointer.js";
import type { ModelSpec } from "../types.js";

/** Prefix of the spec annotations modelspec-review reads (`modelspec-review.piqc.ai/<key>`). */
export const ANNOTATION_PREFIX = "modelspec-review.piqc.ai/";

type Kind = "positive" | "fraction" | "integer" | "word";

/** Every annotation the estimator reads, with what it declares. */
export const ANNOTATION_KEYS = {
  model: { kind: "word", doc: "catalog model id to use, e.g. `llama-3.1-8b` (wins over the id)" },
  "params-b": { kind: "positive", doc: "total parameters in billions (declares the model)" },
  "active-params-b": { kind: "positive", doc: "parameters active per token, billions (MoE)" },
  layers: { kind: "integer", doc: "transformer layers" },
  "hidden-size": { kind: "integer", doc: "hidden size" },
  "attention-heads": { kind: "integer", doc: "attention heads" },
  "kv-heads": { kind: "integer", doc: "key/value heads (GQA)" },
  "head-dim": { kind: "integer", doc: "head dimension" },
  "vocab-size": { kind: "integer", doc: "vocabulary size" },
  "max-context": { kind: "integer", doc: "model's maximum context, tokens" },
  "gpu-memory-gib": { kind: "positive", doc: "memory of the declared GPU type, GiB (declares the GPU)" },
  "gpu-bandwidth-gbs": { kind: "positive", doc: "memory bandwidth of the declared GPU, GB/s" },
  "gpu-tflops": { kind: "positive", doc: "dense BF16/FP16 TFLOPS of the declared GPU" },
  "gpu-memory-utilization": {
    kind: "fraction",
    doc: "engine memory fraction (vLLM --gpu-memory-utilization)",
  },
  "kv-cache-dtype": { kind: "word", doc: "KV-cache dtype: auto, fp16, bf16, fp8, int8" },
  "tensor-parallel": { kind: "integer", doc: "tensor-parallel degree (default: accelerator.count)" },
  "pipeline-parallel": { kind: "integer", doc: "pipeline-parallel degree (default 1)" },
  "max-num-batched-tokens": {
    kind: "integer",
    doc: "tokens per scheduler step (vLLM --max-num-batched-tokens; sizes activations and sliding-window admission)",
  },
  "engine-version": {
    kind: "word",
    doc: "serving engine version, e.g. `0.10.1` (vLLM before 0.21 does not budget CUDA-graph memory)",
  },
  "cuda-graph-gib": {
    kind: "positive",
    doc: "CUDA-graph memory per GPU, GiB (vLLM logs it as 'Estimated CUDA graph memory')",
  },
  "enforce-eager": {
    kind: "word",
    doc: "`true` when the engine runs without CUDA graphs (vLLM --enforce-eager)",
  },
  "usd-per-gpu-hour": { kind: "positive", doc: "price of one GPU-hour in USD (declares the price)" },
  provider: {
    kind: "word",
    doc: "cloud provider to price with (aws, gcp, azure, lambda, runpod, coreweave…)",
  },
} as const satisfies Record<string, { kind: Kind; doc: string }>;

/** A key of a spec annotation the estimator reads. */
export type AnnotationKey = keyof typeof ANNOTATION_KEYS;

/** An annotation whose value could not be read, with its pointer. */
export interface AnnotationProblem {
  key: string;
  pointer: string;
  message: string;
}

/** The annotations a spec declares, read into values, and the ones that could not be read. */
export interface SpecAnnotations {
  values: Partial<Record<AnnotationKey, number | string>>;
  problems: AnnotationProblem[];
}

function pointerFor(fullKey: string): string {
  return `/metadata/annotations/${escapeToken(fullKey)}`;
}

const EMPTY: SpecAnnotations = { values: {}, problems: [] };

/** Read a spec's modelspec-review annotations; a malformed value becomes a problem, never a throw. */
export function readAnnotations(spec: ModelSpec | null | undefined): SpecAnnotations {
  const raw = spec?.metadata?.annotations;
  if (!raw || typeof raw !== "object") return EMPTY;
  let out: SpecAnnotations | null = null;
  for (const [fullKey, rawValue] of Object.entries(raw)) {
    if (!fullKey.startsWith(ANNOTATION_PREFIX)) continue;
    out ??= { values: {}, problems: [] };
    const key = fullKey.slice(ANNOTATION_PREFIX.length);
    if (!Object.hasOwn(ANNOTATION_KEYS, key)) {
      // Other modules (rules, suppressions) own other keys under the same prefix: leave them alone.
      continue;
    }
    const def = ANNOTATION_KEYS[key as AnnotationKey];
    const text = String(rawValue).trim();
    if (def.kind === "word") {
      if (text) out.values[key as AnnotationKey] = text.toLowerCase();
      else
        out.problems.push({ key, pointer: pointerFor(fullKey), message: `annotation ${fullKey} is empty` });
      continue;
    }
    const n = Number(text);
    const ok =
      text !== "" &&
      Number.isFinite(n) &&
      n > 0 &&
      (def.kind !== "integer" || Number.isInteger(n)) &&
      (def.kind !== "fraction" || n <= 1);
    if (ok) out.values[key as AnnotationKey] = n;
    else {
      const want =
        def.kind === "integer"
          ? "a positive integer"
          : def.kind === "fraction"
            ? "a number in (0, 1]"
            : "a positive number";
      out.problems.push({
        key,
        pointer: pointerFor(fullKey),
        message: `annotation ${fullKey} is "${text}"; expected ${want} (${def.doc})`,
      });
    }
  }
  return out ?? EMPTY;
}
