/**
 * The vocabulary of the drift stage: what a deployment manifest says will run, and how it differs
 * from the ModelSpec that describes it. Pure data; see ./index.ts for the stage itself.
 */
import type { BaselineStatus, Estimate, Finding } from "../types.js";
import type { EngineKind, SettingKey } from "./engines.js";

/** A value read from a manifest (or a spec), with where it is written. */
export interface Located<T> {
  value: T;
  file: string;
  line: number;
  column: number;
  /** JSON pointer inside the document. */
  pointer: string;
  /** Document index in a multi-document file (absent for single-document files). */
  document?: number;
  /** The flag or key that set it, as written (`--max-model-len`, `nvidia.com/gpu`, `NUM_SHARD`). */
  via?: string;
}

export type WorkloadKind =
  "Deployment" | "StatefulSet" | "LeaderWorkerSet" | "InferenceService" | "HelmValues";

/** One workload that runs a model, as the manifests describe it (after runtimes and kustomize). */
export interface Workload {
  kind: WorkloadKind;
  name: string;
  namespace: string | null;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Where `metadata.name` is written. */
  at: Located<string>;
  /** `spec.replicas` (Deployment, StatefulSet, LeaderWorkerSet); null when not written. */
  replicas: Located<number> | null;
  /** Autoscaling bounds: KServe predictor min/max, or an HPA / KEDA ScaledObject targeting it. */
  minReplicas: Located<number> | null;
  maxReplicas: Located<number> | null;
  /** GPUs one replica uses: GPU limits of its pod(s) × pods per replica (LeaderWorkerSet size). */
  gpusPerReplica: Located<number> | null;
  /** Pods per replica (LeaderWorkerSet `size`, KServe multi-node); 1 otherwise. */
  podsPerReplica: number;
  /** GPU product pinned by node selector or affinity (`nvidia.com/gpu.product`, ...) or implied by an instance type. */
  gpuProduct: Located<string> | null;
  image: string | null;
  engine: EngineKind | null;
  engineDetectedBy: string | null;
  settings: Partial<Record<SettingKey, Located<number | string>>>;
  /** Port the serving container exposes (`containerPort`), when the engine flags do not say. */
  containerPort: Located<number> | null;
  readinessPath: Located<string> | null;
  livenessPath: Located<string> | null;
  /** KServe storageUri (`hf://org/model`, `s3://…`). */
  storageUri: Located<string> | null;
}

/** A document that was not read, and why (never an error by itself). */
export interface DriftSkip {
  file: string;
  document?: number;
  reason: string;
}

/** One spec ↔ workload pair and the comparison of their fields. */
export interface DriftLink {
  spec: { name: string; file: string; line: number; document?: number };
  workload: { kind: WorkloadKind; name: string; file: string; line: number; document?: number };
  /** How the link was made. */
  via: "name" | "label" | "config" | "annotation";
  /** Field-by-field comparison, one row per compared field that both sides state. */
  rows: DriftRow[];
  /** Estimates of what the spec intends and of what the manifest will run (its engine settings). */
  intended: Estimate | null;
  running: Estimate | null;
  /** Settings the running estimate took from the manifest, in words. */
  runningFrom: string[];
  /** True when the PR changed the spec, the manifest side, or both. */
  changed: { spec: boolean; manifest: boolean };
}

export interface DriftRow {
  field: string;
  label: string;
  spec: Located<string | number> | null;
  manifest: Located<string | number> | null;
  /** "drift" rows carry a finding; "same" rows show agreement; "unknown": a side could not be read. */
  status: "same" | "drift" | "unknown";
  note?: string;
  baseline?: BaselineStatus;
}

/** The drift stage's result, carried on the Review as `drift`. */
export interface DriftReport {
  links: DriftLink[];
  /** Every drift finding (on the manifest's line, naming the spec's line), with its baseline. */
  findings: Finding[];
  /** Drift findings the base had that the head no longer has. */
  fixed: number;
  skipped: DriftSkip[];
  /** Manifest files read (head). */
  manifestsRead: number;
}
