/**
 * The field table: every ModelSpec field drift compares with what a manifest runs, how each side
 * is read and how they are compared (units, tolerance). One entry per field; docs/drift.md lists the
 * same table and a test refuses an entry without docs.
 */
import type { DriftFieldId } from "../findings.js";
import { resolveGpu } from "../catalog/gpus.js";
import { modelKey } from "../catalog/normalize.js";
import { findOffer } from "../catalog/prices.js";
import type { Config, ModelSpec, Located } from "../types.js";
import type { ResolvedWorkload } from "./resolve.js";

/** A spec field's value and where it is written. */
export type SpecValue = Located<string | number>;

/** A spec value compared with what a workload runs. */
export interface FieldCompare {
  /** The manifest's value (null: the manifest does not say → no row). */
  manifest: Located<string | number> | null;
  status: "same" | "drift" | "unknown";
  note?: string;
}

/** One field drift compares: the spec value, the manifest side and how the two are compared. */
export interface DriftField {
  /** Stable id; the finding code is `drift/<id>` (and `runtime/<id>` for a running workload). */
  id: DriftFieldId;
  label: string;
  /** JSON pointer of the spec field. */
  specPointer: string;
  /** What the manifest side is, for the docs. */
  manifestSide: string;
  /** One sentence for docs/drift.md. */
  doc: string;
  spec(s: ModelSpec): string | number | undefined;
  compare(specValue: string | number, w: ResolvedWorkload, config: Config): FieldCompare | null;
}

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const text = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);

function withinTolerance(a: number, b: number, pct: number): boolean {
  if (a === b) return true;
  return pct > 0 && Math.abs(a - b) <= (Math.max(Math.abs(a), Math.abs(b)) * pct) / 100;
}

function numeric(
  manifest: Located<number | string> | null | undefined,
  specValue: string | number,
  tolerancePct = 0,
  note?: string,
): FieldCompare | null {
  if (!manifest || typeof manifest.value !== "number" || typeof specValue !== "number") return null;
  return {
    manifest,
    status: withinTolerance(manifest.value, specValue, tolerancePct) ? "same" : "drift",
    ...(note ? { note } : {}),
  };
}

/** The manifest's GPU product as a catalog id (null when it names none we know). */
export function manifestGpu(
  w: ResolvedWorkload,
  config: Config,
): { id: string | null; written: string } | null {
  const p = w.gpuProduct;
  if (!p) return null;
  const written = String(p.value);
  if (p.via === "node.kubernetes.io/instance-type" || p.via === "beta.kubernetes.io/instance-type") {
    const offer = findOffer(written);
    return { id: offer?.gpu ?? null, written };
  }
  // `NVIDIA-H100-80GB-HBM3`, `nvidia-tesla-a100`, `nvidia-l4`.
  const tries = [
    written,
    written.replace(/-(hbm\d?e?|pcie|sxm\d?)$/i, ""),
    written.replace(/^nvidia-tesla-/i, ""),
  ];
  for (const t of tries) {
    const r = resolveGpu(t, config);
    if (r.gpu) return { id: r.gpu.id, written };
  }
  return { id: null, written };
}

/** Weights precision a manifest runs with, as spec words; null when it does not say (dtype auto). */
export function manifestPrecision(
  w: ResolvedWorkload,
): { words: string[]; from: Located<number | string> } | null {
  const q = w.settings.quantization;
  if (q && typeof q.value === "string") {
    const v = q.value.toLowerCase();
    const map: Record<string, string[]> = {
      fp8: ["fp8"],
      "fbgemm-fp8": ["fp8"],
      "fp8-e4m3": ["fp8"],
      awq: ["int4"],
      "awq-marlin": ["int4"],
      awq_marlin: ["int4"],
      gptq: ["int4", "int8"],
      gptq_marlin: ["int4", "int8"],
      "gptq-marlin": ["int4", "int8"],
      marlin: ["int4"],
      "bitsandbytes-nf4": ["int4"],
      "bitsandbytes-fp4": ["int4"],
      bitsandbytes: w.engine === "tgi" ? ["int8"] : ["int4", "int8"],
      eetq: ["int8"],
      exl2: ["int4"],
      gguf: ["int4", "int8"],
    };
    const words = map[v];
    return words ? { words, from: q } : null;
  }
  const d = w.settings.dtype;
  if (d && typeof d.value === "string") {
    const v = d.value.toLowerCase();
    const map: Record<string, string> = {
      bfloat16: "bf16",
      bf16: "bf16",
      float16: "fp16",
      half: "fp16",
      fp16: "fp16",
      float32: "fp32",
      float: "fp32",
      fp32: "fp32",
    };
    return map[v] ? { words: [map[v]], from: d } : null;
  }
  return null;
}

function specPrecisionWord(p: string): string {
  const v = p.toLowerCase().replace(/[^a-z0-9]/g, "");
  const map: Record<string, string> = {
    bfloat16: "bf16",
    float16: "fp16",
    half: "fp16",
    float32: "fp32",
    fp8e4m3: "fp8",
    e4m3: "fp8",
    int4awq: "int4",
    awq: "int4",
    gptq: "int4",
  };
  return map[v] ?? v;
}

/** Model id as a manifest runs it: engine `--model`/`MODEL_ID`/`vllm serve X`, or a KServe `hf://` storageUri. */
function manifestModel(w: ResolvedWorkload): Located<string | number> | null {
  if (w.settings.model) return w.settings.model;
  const s = w.storageUri;
  if (s && /^hf:\/\//i.test(String(s.value)))
    return { ...s, value: String(s.value).replace(/^hf:\/\//i, ""), via: "storageUri" };
  return null;
}

/** The fields drift compares, in report order; ids are DRIFT_FIELD_IDS (src/core/findings.ts). */
export const DRIFT_FIELDS: readonly DriftField[] = [
  {
    id: "gpu-count",
    label: "GPUs per replica",
    specPointer: "/spec/runtime/accelerator/count",
    manifestSide:
      "GPU limits (`nvidia.com/gpu`, `amd.com/gpu`) per pod × pods per replica; TP × PP when no limits are set",
    doc: "Equal counts. A LeaderWorkerSet counts leader + (size − 1) workers; KServe multi-node counts tensorParallelSize × pipelineParallelSize.",
    spec: (s) => num(s.spec?.runtime?.accelerator?.count),
    compare(v, w) {
      if (w.gpusPerReplica) return numeric(w.gpusPerReplica, v);
      const tp = w.settings.tensorParallel;
      if (tp && typeof tp.value === "number") {
        const pp = w.settings.pipelineParallel;
        const n = tp.value * (typeof pp?.value === "number" ? pp.value : 1);
        return numeric(
          { ...tp, value: n, via: pp ? `${tp.via} × ${pp.via}` : tp.via },
          v,
          0,
          "no GPU limits are set: the count is the engine's TP × PP",
        );
      }
      return null;
    },
  },
  {
    id: "gpu-type",
    label: "GPU type",
    specPointer: "/spec/runtime/accelerator/type",
    manifestSide:
      "node selector or required node affinity on `nvidia.com/gpu.product`, `cloud.google.com/gke-accelerator` or an instance type",
    doc: "Both sides are resolved through the GPU catalog (aliases included); an instance type counts as the GPU it carries. A name the catalog does not know is reported as not comparable, never as drift.",
    spec: (s) => text(s.spec?.runtime?.accelerator?.type),
    compare(v, w, config) {
      const m = manifestGpu(w, config);
      if (!m) return null;
      const s = resolveGpu(String(v), config);
      if (!m.id || !s.gpu)
        return {
          manifest: w.gpuProduct!,
          status: "unknown",
          note: `${!m.id ? `\`${m.written}\`` : `\`${String(v)}\``} is not in the GPU catalog, so the two cannot be compared`,
        };
      return {
        manifest: { ...w.gpuProduct!, value: m.written },
        status: m.id === s.gpu.id ? "same" : "drift",
        ...(m.id !== s.gpu.id ? { note: `the manifest's GPU is ${m.id}, the spec's is ${s.gpu.id}` } : {}),
      };
    },
  },
  {
    id: "max-model-len",
    label: "Max sequence length",
    specPointer: "/spec/runtime/batch/maxSequenceLengthTokens",
    manifestSide:
      "vLLM `--max-model-len`, SGLang `--context-length`, TGI `--max-total-tokens` / `MAX_TOTAL_TOKENS` (tokens; `32k` = 32,000, `32K` = 32,768)",
    doc: "Equal token counts, within `drift.tolerancePct` (default 0).",
    spec: (s) => num(s.spec?.runtime?.batch?.maxSequenceLengthTokens),
    compare: (v, w, config) => numeric(w.settings.maxModelLen, v, config.drift?.tolerancePct ?? 0),
  },
  {
    id: "max-batch",
    label: "Max batch size",
    specPointer: "/spec/runtime/batch/maxBatchSize",
    manifestSide: "vLLM `--max-num-seqs`, SGLang `--max-running-requests`, TGI `--max-batch-size`",
    doc: "Equal sequence counts, within `drift.tolerancePct`.",
    spec: (s) => num(s.spec?.runtime?.batch?.maxBatchSize),
    compare: (v, w, config) => numeric(w.settings.maxNumSeqs, v, config.drift?.tolerancePct ?? 0),
  },
  {
    id: "min-replicas",
    label: "Min replicas",
    specPointer: "/spec/operations/scaling/minReplicas",
    manifestSide:
      "KServe `predictor.minReplicas`, an HPA's `minReplicas` or a ScaledObject's `minReplicaCount` for the workload; else its fixed `replicas`",
    doc: "Equal counts. Without an autoscaler the workload runs its fixed `replicas` (Kubernetes default 1).",
    spec: (s) => num(s.spec?.operations?.scaling?.minReplicas),
    compare(v, w) {
      if (w.minReplicas) return numeric(w.minReplicas, v);
      if (w.kind === "InferenceService") return null;
      const r = w.replicas ?? { ...w.at, value: 1, via: "default replicas 1" };
      return numeric(r, v, 0, "no autoscaler targets this workload: it runs a fixed replica count");
    },
  },
  {
    id: "max-replicas",
    label: "Max replicas",
    specPointer: "/spec/operations/scaling/maxReplicas",
    manifestSide:
      "KServe `predictor.maxReplicas`, an HPA's `maxReplicas` or a ScaledObject's `maxReplicaCount`; else the fixed `replicas`",
    doc: "Equal counts, read like min replicas.",
    spec: (s) => num(s.spec?.operations?.scaling?.maxReplicas),
    compare(v, w) {
      if (w.maxReplicas) return numeric(w.maxReplicas, v);
      if (w.kind === "InferenceService") return null;
      const r = w.replicas ?? { ...w.at, value: 1, via: "default replicas 1" };
      return numeric(r, v, 0, "no autoscaler targets this workload: it runs a fixed replica count");
    },
  },
  {
    id: "model",
    label: "Model",
    specPointer: "/spec/identity/model/id",
    manifestSide:
      "vLLM `--model` / `vllm serve MODEL`, SGLang `--model-path`, TGI `--model-id` / `MODEL_ID`, KServe `storageUri: hf://…`",
    doc: "Same model after normalisation (organisation prefix, case and separators ignored). A local path (`/mnt/models`) or object-store URI is not comparable and says nothing, unless it equals the spec's `artifacts.modelUri`.",
    spec: (s) => text(s.spec?.identity?.model?.id),
    compare(v, w) {
      const m = manifestModel(w);
      if (!m) return null;
      const written = String(m.value);
      if (/^(\/|\.|[a-z0-9]+:\/\/)/i.test(written)) return null;
      return { manifest: m, status: modelKey(written) === modelKey(String(v)) ? "same" : "drift" };
    },
  },
  {
    id: "precision",
    label: "Precision",
    specPointer: "/spec/identity/model/precision",
    manifestSide:
      "`--quantization` / TGI `--quantize` (fp8, awq, gptq, bitsandbytes…), else `--dtype` (bfloat16, float16, float32); `auto` says nothing",
    doc: "The spec's precision must be one the manifest's quantisation or dtype can mean (GPTQ: int4 or int8).",
    spec: (s) => text(s.spec?.identity?.model?.precision),
    compare(v, w) {
      const m = manifestPrecision(w);
      if (!m) return null;
      const want = specPrecisionWord(String(v));
      return {
        manifest: m.from,
        status: m.words.includes(want) ? "same" : "drift",
        note: `the manifest runs ${m.words.join(" or ")}`,
      };
    },
  },
  {
    id: "port",
    label: "Serving port",
    specPointer: "/spec/operations/serving/port",
    manifestSide: "the engine's `--port` (TGI `PORT`), else the serving container's first `containerPort`",
    doc: "Equal port numbers.",
    spec: (s) => num(s.spec?.operations?.serving?.port),
    compare: (v, w) => numeric(w.settings.port ?? w.containerPort, v),
  },
  {
    id: "readiness-probe",
    label: "Readiness probe path",
    specPointer: "/spec/operations/serving/readinessProbe/path",
    manifestSide: "the serving container's `readinessProbe.httpGet.path`",
    doc: "Equal paths.",
    spec: (s) => text(s.spec?.operations?.serving?.readinessProbe?.path),
    compare: (v, w) =>
      w.readinessPath
        ? { manifest: w.readinessPath, status: w.readinessPath.value === v ? "same" : "drift" }
        : null,
  },
  {
    id: "liveness-probe",
    label: "Liveness probe path",
    specPointer: "/spec/operations/serving/livenessProbe/path",
    manifestSide: "the serving container's `livenessProbe.httpGet.path`",
    doc: "Equal paths.",
    spec: (s) => text(s.spec?.operations?.serving?.livenessProbe?.path),
    compare: (v, w) =>
      w.livenessPath
        ? { manifest: w.livenessPath, status: w.livenessPath.value === v ? "same" : "drift" }
        : null,
  },
];
