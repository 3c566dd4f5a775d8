/**
 * Reads Kubernetes manifests: Deployment, StatefulSet, LeaderWorkerSet, KServe InferenceService
 * (with ServingRuntime / ClusterServingRuntime), HorizontalPodAutoscaler, KEDA ScaledObject and
 * Kustomization, from multi-document YAML. Pure and total: a file that cannot be read is a finding
 * or a skip with a reason, never an exception.
 *
 * Field names follow the upstream APIs: Kubernetes apps/v1 and autoscaling/v2, LeaderWorkerSet
 * `leaderworkerset.x-k8s.io/v1` (`spec.leaderWorkerTemplate.size`, `leaderTemplate`, `workerTemplate`),
 * KServe `serving.kserve.io/v1beta1` (`spec.predictor.model.{runtime,args,env,resources,storageUri}`,
 * `minReplicas`, `maxReplicas`, `workerSpec.{tensorParallelSize,pipelineParallelSize}`) and
 * `serving.kserve.io/v1alpha1` ServingRuntime (`spec.containers`, `supportedModelFormats`), KEDA
 * `keda.sh/v1alpha1` ScaledObject (`scaleTargetRef`, `minReplicaCount`, `maxReplicaCount`).
 */
import { escapeToken, valueAt } from "../pointer.js";
import { makeFinding } from "../findings.js";
import { parseFile } from "../parse.js";
import type { Finding, ParsedDocument, DriftSkip, Located, WorkloadBase } from "../types.js";
import { commandTokens, expandK8sVars, type Token } from "./args.js";
import { readEngine, type SettingKey, type SettingSource } from "./engines.js";

/** Node labels that pin a GPU product or an instance type (which implies one). */
export const GPU_NODE_LABELS = [
  "nvidia.com/gpu.product",
  "cloud.google.com/gke-accelerator",
  "node.kubernetes.io/instance-type",
  "beta.kubernetes.io/instance-type",
] as const;

/** Extended resources that count GPUs. */
export const GPU_RESOURCES = ["nvidia.com/gpu", "amd.com/gpu"] as const;

/** A pod template, as read from a workload or a runtime. */
export interface PodRead {
  gpus: Located<number> | null;
  gpuProduct: Located<string> | null;
  image: string | null;
  /** Command-line elements of the serving container with where each is written. */
  elements: Located<string>[];
  env: { name: string; value: string | null; at: Located<string> }[];
  containerPort: Located<number> | null;
  readinessPath: Located<string> | null;
  livenessPath: Located<string> | null;
  problems: Finding[];
}

/** A workload as one manifest document describes it, before runtimes, scalers and kustomize are applied. */
export interface RawWorkload extends WorkloadBase {
  apiVersion: string;
  /** The pod that runs the engine (LWS leader, or the only pod). */
  pod: PodRead | null;
  /** LeaderWorkerSet: worker pod and size; KServe: worker pods from workerSpec. */
  workerPod: PodRead | null;
  size: Located<number> | null;
  /** KServe: runtime named by the predictor, model format, model args/env/resources in the ISVC. */
  runtime: string | null;
  modelFormat: string | null;
  storageUri: Located<string> | null;
  workerTp: Located<number> | null;
  workerPp: Located<number> | null;
}

/** A KServe ServingRuntime or ClusterServingRuntime read from a manifest. */
export interface RawRuntime {
  kind: "ServingRuntime" | "ClusterServingRuntime";
  name: string;
  formats: { name: string; autoSelect: boolean }[];
  pod: PodRead | null;
  workerTp: Located<number> | null;
  workerPp: Located<number> | null;
}

/** A HorizontalPodAutoscaler or KEDA ScaledObject read from a manifest. */
export interface RawScaler {
  kind: "HorizontalPodAutoscaler" | "ScaledObject";
  name: string;
  namespace: string | null;
  target: { kind: string | null; name: string };
  min: Located<number> | null;
  max: Located<number> | null;
  at: Located<string>;
}

/** A kustomization.yaml read for the resources and name changes it applies. */
export interface RawKustomization {
  file: string;
  resources: string[];
  namePrefix: string;
  nameSuffix: string;
  namespace: string | null;
  replicas: { name: string; count: Located<number> }[];
}

/** Everything drift read from one manifest file, and its findings and skips. */
export interface ManifestRead {
  file: string;
  workloads: RawWorkload[];
  runtimes: RawRuntime[];
  scalers: RawScaler[];
  kustomizations: RawKustomization[];
  /** Problems worth telling the author (unreadable YAML, values we could not read). */
  findings: Finding[];
  skipped: DriftSkip[];
  /** True when at least one document is a Kubernetes object we read. */
  relevant: boolean;
}

const TEMPLATE = /\{\{-?\s*[^}]*\}\}/;
const UNQUOTED_TEMPLATE = /(^|[:\-[,]\s*|^\s*)\{\{/m;

/** Kinds we know carry no model-serving fields: ignored without a word. */
const QUIET_KINDS = new Set([
  "Service",
  "ConfigMap",
  "Secret",
  "Ingress",
  "Namespace",
  "ServiceAccount",
  "Role",
  "RoleBinding",
  "ClusterRole",
  "ClusterRoleBinding",
  "PersistentVolumeClaim",
  "PersistentVolume",
  "PodDisruptionBudget",
  "NetworkPolicy",
  "ServiceMonitor",
  "PodMonitor",
  "PrometheusRule",
  "HTTPRoute",
  "Gateway",
  "VirtualService",
  "DestinationRule",
  "CustomResourceDefinition",
  "StorageClass",
  "PriorityClass",
  "ModelSpec",
]);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : null;

class Reader {
  readonly findings: Finding[] = [];
  constructor(
    readonly file: string,
    readonly text: string,
    readonly doc: ParsedDocument,
    readonly multiDoc: boolean,
  ) {}

  loc<T>(value: T, pointer: string, via?: string): Located<T> {
    const p = this.doc.locate(pointer);
    return {
      value,
      file: this.file,
      line: p.line,
      column: p.column,
      pointer,
      ...(this.multiDoc ? { document: this.doc.index } : {}),
      ...(via !== undefined ? { via } : {}),
    };
  }

  get(pointer: string): unknown {
    return valueAt(this.doc.value, pointer);
  }

  problem(pointer: string, message: string, hint?: string): void {
    const { line, column } = this.doc.locate(pointer);
    const document = this.multiDoc ? this.doc.index : undefined;
    this.findings.push(
      makeFinding(
        "drift/unreadable-value",
        "notice",
        "drift",
        { file: this.file, pointer, line, column, document },
        message,
        {
          hint,
        },
      ),
    );
  }

  /** A non-negative integer (Kubernetes quantities like `"2"` included); a problem otherwise. */
  int(pointer: string, label: string, via?: string): Located<number> | null {
    const v = this.get(pointer);
    if (v === undefined || v === null) return null;
    const s = str(v);
    if (s !== null && /^\d+$/.test(s.trim())) return this.loc(Number(s), pointer, via);
    this.problem(
      pointer,
      `${label} is \`${String(s ?? JSON.stringify(v))}\`, which is not a whole number; it is left out of the drift check.`,
      s !== null && TEMPLATE.test(s)
        ? "Templated values are read only from rendered manifests (`helm template`)."
        : undefined,
    );
    return null;
  }

  strAt(pointer: string, via?: string): Located<string> | null {
    const s = str(this.get(pointer));
    return s === null ? null : this.loc(s, pointer, via);
  }

  /** A pod spec at `base` (…/spec of a template). */
  pod(base: string): PodRead | null {
    const spec = this.get(base);
    if (!isObj(spec)) return null;
    const out: PodRead = {
      gpus: null,
      gpuProduct: null,
      image: null,
      elements: [],
      env: [],
      containerPort: null,
      readinessPath: null,
      livenessPath: null,
      problems: [],
    };
    const containers = Array.isArray(spec.containers) ? spec.containers : [];
    const cbase = `${base}/containers`;
    // GPUs: every container's limits (requests when a container has no limits) add up for the pod.
    let total = 0;
    let first: Located<number> | null = null;
    containers.forEach((_c, i) => {
      for (const res of GPU_RESOURCES) {
        for (const part of ["limits", "requests"] as const) {
          const p = `${cbase}/${i}/resources/${part}/${escapeToken(res)}`;
          const n = this.int(p, `\`resources.${part}["${res}"]\``, res);
          if (n) {
            total += n.value;
            first ??= n;
            break;
          }
        }
      }
    });
    if (first) out.gpus = { ...(first as Located<number>), value: total };
    out.gpuProduct = this.gpuPin(base);
    // The serving container: the one running a known engine, else the one with GPUs, else the first.
    let serving = 0;
    let best = -1;
    containers.forEach((c, i) => {
      if (!isObj(c)) return;
      const words = [
        ...(Array.isArray(c.command) ? c.command : []),
        ...(Array.isArray(c.args) ? c.args : []),
      ].map((w) => String(w));
      const tokens = commandTokens(words);
      const hit = readEngine(str(c.image), tokens, []).engine
        ? 2
        : isObj(c.resources) && JSON.stringify(c.resources).includes("gpu")
          ? 1
          : 0;
      if (hit > best) {
        best = hit;
        serving = i;
      }
    });
    if (containers.length > 0) this.container(`${cbase}/${serving}`, out);
    return out;
  }

  /** Reads one container's command line, env, port and probes into `out`. */
  container(p: string, out: PodRead, readGpus = false): void {
    const c = this.get(p);
    if (!isObj(c)) return;
    out.image = str(c.image) ?? out.image;
    for (const field of ["command", "args"] as const) {
      const list = c[field];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        this.problem(`${p}/${field}`, `\`${field}\` must be a list of strings; it was not read.`);
        continue;
      }
      list.forEach((w, i) => {
        const s = str(w);
        if (s !== null) out.elements.push(this.loc(s, `${p}/${field}/${i}`));
      });
    }
    if (Array.isArray(c.env)) {
      c.env.forEach((e, i) => {
        if (!isObj(e) || typeof e.name !== "string") return;
        const v = str(e.value);
        out.env.push({
          name: e.name,
          value: v ?? (e.valueFrom !== undefined ? null : ""),
          at: this.loc(e.name, `${p}/env/${i}/value`, e.name),
        });
      });
    }
    if (Array.isArray(c.ports)) {
      const i = c.ports.findIndex((x) => isObj(x) && x.containerPort !== undefined);
      if (i !== -1)
        out.containerPort = this.int(`${p}/ports/${i}/containerPort`, "`containerPort`") ?? out.containerPort;
    }
    for (const [probe, key] of [
      ["readinessProbe", "readinessPath"],
      ["livenessProbe", "livenessPath"],
    ] as const) {
      const path = this.strAt(`${p}/${probe}/httpGet/path`);
      if (path) out[key] = path;
    }
    if (readGpus)
      for (const part of ["limits", "requests"] as const)
        for (const res of GPU_RESOURCES) {
          const n = this.int(
            `${p}/resources/${part}/${escapeToken(res)}`,
            `\`resources.${part}["${res}"]\``,
            res,
          );
          if (n && !out.gpus) out.gpus = n;
        }
  }

  /** A GPU product pinned by nodeSelector or a required node affinity with one value. */
  gpuPin(base: string): Located<string> | null {
    const sel = this.get(`${base}/nodeSelector`);
    if (isObj(sel))
      for (const key of GPU_NODE_LABELS) {
        const v = this.strAt(`${base}/nodeSelector/${escapeToken(key)}`, key);
        if (v) return v;
      }
    const terms = this.get(
      `${base}/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms`,
    );
    if (Array.isArray(terms))
      for (let t = 0; t < terms.length; t++) {
        const exprs = isObj(terms[t]) ? (terms[t] as Obj).matchExpressions : undefined;
        if (!Array.isArray(exprs)) continue;
        for (let e = 0; e < exprs.length; e++) {
          const x = exprs[e];
          if (!isObj(x) || !GPU_NODE_LABELS.includes(x.key as (typeof GPU_NODE_LABELS)[number])) continue;
          if (x.operator !== "In" || !Array.isArray(x.values) || x.values.length !== 1) continue;
          const v = this.strAt(
            `${base}/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms/${t}/matchExpressions/${e}/values/0`,
            String(x.key),
          );
          if (v) return v;
        }
      }
    return null;
  }

  meta(): {
    name: string | null;
    namespace: string | null;
    labels: Record<string, string>;
    annotations: Record<string, string>;
  } {
    const m = this.get("/metadata");
    const rec = (v: unknown) =>
      isObj(v)
        ? Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (str(x) !== null ? [[k, str(x)!]] : [])))
        : {};
    return {
      name: isObj(m) ? str(m.name) : null,
      namespace: isObj(m) ? str(m.namespace) : null,
      labels: isObj(m) ? rec(m.labels) : {},
      annotations: isObj(m) ? rec(m.annotations) : {},
    };
  }
}

/**
 * Reads one manifest file. `helmRendered` marks text produced by `helm template` (its `{{ }}` are
 * gone; any left are literal strings).
 */
export function readManifest(file: string, text: string, opts: { maxBytes?: number } = {}): ManifestRead {
  const out: ManifestRead = {
    file,
    workloads: [],
    runtimes: [],
    scalers: [],
    kustomizations: [],
    findings: [],
    skipped: [],
    relevant: false,
  };
  const parsed = parseFile(file, text, opts.maxBytes ? { maxBytes: opts.maxBytes } : {});
  const errors = parsed.findings.filter(
    (f) => f.severity === "error" && f.code !== "parse/empty" && f.code !== "parse/not-a-mapping",
  );
  // Template text where YAML values or lines start (Helm's `name: {{ .Release.Name }}`, `{{- if }}`)
  // makes the file a template; `{{.Name}}` inside a KServe runtime arg (`--model_name={{.Name}}`) does not.
  const templated = UNQUOTED_TEMPLATE.test(text);
  if (templated) {
    out.skipped.push({
      file,
      reason: "templated text (`{{ }}`): only manifests rendered by `helm template` are read",
    });
    return out;
  }
  if (errors.length > 0) {
    if (TEMPLATE.test(text)) {
      out.skipped.push({
        file,
        reason: "templated text (`{{ }}`): only manifests rendered by `helm template` are read",
      });
      return out;
    }
    // Only a file that looks like a Kubernetes manifest is worth a finding; other YAML is not ours.
    if (/\b(apiVersion|kind)\s*:/.test(text)) {
      const e = errors[0]!;
      out.findings.push(
        makeFinding(
          "drift/manifest-unreadable",
          "warning",
          "drift",
          { file, pointer: "", line: e.line, column: e.column },
          `This manifest could not be read (${e.message}); it is left out of the drift check.`,
        ),
      );
      out.relevant = true;
    } else out.skipped.push({ file, reason: "not valid YAML and not a Kubernetes manifest" });
    // Documents before the error may still have been read.
  }
  const multiDoc = parsed.documents.length > 1 || (text.trimStart().startsWith("---") && /\n---/.test(text));
  for (const doc of parsed.documents) {
    const r = new Reader(file, text, doc, multiDoc);
    readDocument(r, out);
    out.findings.push(...r.findings);
  }
  return out;
}

function readDocument(r: Reader, out: ManifestRead): void {
  const v = r.doc.value;
  if (!isObj(v)) return;
  const kind = str(v.kind);
  const apiVersion = str(v.apiVersion) ?? "";
  const skip = (reason: string): void => {
    out.skipped.push({ file: r.file, ...(r.multiDoc ? { document: r.doc.index } : {}), reason });
  };
  if (kind === null) {
    if (/(^|\/)kustomization\.ya?ml$/.test(r.file)) return readKustomization(r, out);
    return skip("no `kind`: not a Kubernetes object");
  }
  const meta = r.meta();
  const at = r.loc(meta.name ?? "", "/metadata/name");
  switch (kind) {
    case "Deployment":
    case "StatefulSet": {
      if (!meta.name) return skip(`${kind} without metadata.name`);
      out.relevant = true;
      out.workloads.push({
        kind,
        apiVersion,
        ...meta,
        name: meta.name,
        at,
        replicas: r.int("/spec/replicas", "`spec.replicas`"),
        minReplicas: null,
        maxReplicas: null,
        pod: r.pod("/spec/template/spec"),
        workerPod: null,
        size: null,
        runtime: null,
        modelFormat: null,
        storageUri: null,
        workerTp: null,
        workerPp: null,
      });
      return;
    }
    case "LeaderWorkerSet": {
      if (!meta.name) return skip(`${kind} without metadata.name`);
      out.relevant = true;
      const lwt = "/spec/leaderWorkerTemplate";
      const worker = r.pod(`${lwt}/workerTemplate/spec`);
      const leader =
        r.get(`${lwt}/leaderTemplate`) !== undefined ? r.pod(`${lwt}/leaderTemplate/spec`) : null;
      out.workloads.push({
        kind,
        apiVersion,
        ...meta,
        name: meta.name,
        at,
        replicas: r.int("/spec/replicas", "`spec.replicas`"),
        minReplicas: null,
        maxReplicas: null,
        pod: leader ?? worker,
        workerPod: worker,
        size: r.int(`${lwt}/size`, "`leaderWorkerTemplate.size`"),
        runtime: null,
        modelFormat: null,
        storageUri: null,
        workerTp: null,
        workerPp: null,
      });
      return;
    }
    case "InferenceService": {
      if (!meta.name) return skip(`${kind} without metadata.name`);
      out.relevant = true;
      const p = "/spec/predictor";
      const model = r.get(`${p}/model`);
      let pod: PodRead | null;
      if (isObj(model)) {
        // The model block is a container (args, env, resources) inside the predictor's pod.
        const c = emptyPod();
        r.container(`${p}/model`, c, true);
        c.gpuProduct = r.gpuPin(p);
        pod = c;
      } else pod = r.pod(p);
      const format = isObj(model) && isObj(model.modelFormat) ? str(model.modelFormat.name) : null;
      out.workloads.push({
        kind,
        apiVersion,
        ...meta,
        name: meta.name,
        at,
        replicas: null,
        minReplicas: r.int(`${p}/minReplicas`, "`predictor.minReplicas`"),
        maxReplicas: r.int(`${p}/maxReplicas`, "`predictor.maxReplicas`"),
        pod,
        workerPod: r.get(`${p}/workerSpec`) !== undefined ? r.pod(`${p}/workerSpec`) : null,
        size: null,
        runtime: isObj(model) ? str(model.runtime) : null,
        modelFormat: format,
        storageUri: r.strAt(`${p}/model/storageUri`),
        workerTp: r.int(`${p}/workerSpec/tensorParallelSize`, "`workerSpec.tensorParallelSize`"),
        workerPp: r.int(`${p}/workerSpec/pipelineParallelSize`, "`workerSpec.pipelineParallelSize`"),
      });
      return;
    }
    case "ServingRuntime":
    case "ClusterServingRuntime": {
      if (!meta.name) return skip(`${kind} without metadata.name`);
      out.relevant = true;
      const formats = r.get("/spec/supportedModelFormats");
      out.runtimes.push({
        kind,
        name: meta.name,
        formats: Array.isArray(formats)
          ? formats.flatMap((f) =>
              isObj(f) && str(f.name) ? [{ name: str(f.name)!, autoSelect: f.autoSelect === true }] : [],
            )
          : [],
        pod: r.pod("/spec"),
        workerTp: r.int("/spec/workerSpec/tensorParallelSize", "`workerSpec.tensorParallelSize`"),
        workerPp: r.int("/spec/workerSpec/pipelineParallelSize", "`workerSpec.pipelineParallelSize`"),
      });
      return;
    }
    case "HorizontalPodAutoscaler":
    case "ScaledObject": {
      const target = r.get("/spec/scaleTargetRef");
      const tname = isObj(target) ? str(target.name) : null;
      if (!meta.name || !tname) return skip(`${kind} without a scaleTargetRef name`);
      out.relevant = true;
      const hpa = kind === "HorizontalPodAutoscaler";
      out.scalers.push({
        kind,
        name: meta.name,
        namespace: meta.namespace,
        target: { kind: isObj(target) ? str(target.kind) : null, name: tname },
        min: hpa
          ? (r.int("/spec/minReplicas", "`spec.minReplicas`") ?? {
              ...r.loc(1, "/spec"),
              via: "default minReplicas",
            })
          : (r.int("/spec/minReplicaCount", "`spec.minReplicaCount`") ?? {
              ...r.loc(0, "/spec"),
              via: "default minReplicaCount",
            }),
        max: hpa
          ? r.int("/spec/maxReplicas", "`spec.maxReplicas`")
          : (r.int("/spec/maxReplicaCount", "`spec.maxReplicaCount`") ?? {
              ...r.loc(100, "/spec"),
              via: "default maxReplicaCount",
            }),
        at,
      });
      return;
    }
    case "Kustomization":
      return readKustomization(r, out);
    default: {
      if (QUIET_KINDS.has(kind)) return skip(`${kind} is not a workload`);
      const hasPod = isObj(r.get("/spec/template/spec")) || isObj(r.get("/spec/jobTemplate"));
      skip(
        hasPod
          ? `${kind} (${apiVersion || "no apiVersion"}) runs pods but is not a kind drift reads (Deployment, StatefulSet, LeaderWorkerSet, InferenceService)`
          : `${kind} is not a workload drift reads`,
      );
    }
  }
}

function readKustomization(r: Reader, out: ManifestRead): void {
  const v = r.doc.value as Obj;
  const list = (x: unknown) => (Array.isArray(x) ? x.flatMap((e) => (typeof e === "string" ? [e] : [])) : []);
  const replicas: RawKustomization["replicas"] = [];
  if (Array.isArray(v.replicas))
    v.replicas.forEach((e, i) => {
      if (!isObj(e) || typeof e.name !== "string") return;
      const n = r.int(`/replicas/${i}/count`, "`replicas[].count`");
      if (n) replicas.push({ name: e.name, count: n });
    });
  out.kustomizations.push({
    file: r.file,
    resources: [...list(v.resources), ...list(v.bases)],
    namePrefix: str(v.namePrefix) ?? "",
    nameSuffix: str(v.nameSuffix) ?? "",
    namespace: str(v.namespace),
    replicas,
  });
}

function emptyPod(): PodRead {
  return {
    gpus: null,
    gpuProduct: null,
    image: null,
    elements: [],
    env: [],
    containerPort: null,
    readinessPath: null,
    livenessPath: null,
    problems: [],
  };
}

// ─── Engine settings from a pod's command line ─────────────────────────────────────────────────

/**
 * Engine settings of a pod (optionally with extra args/env appended, as KServe appends the
 * InferenceService's `model.args` to its runtime's container args), each with where it is written.
 */
export function podEngine(
  pods: PodRead[],
  textOf: (file: string) => string | undefined,
): {
  engine: ReturnType<typeof readEngine>["engine"];
  detectedBy: string | null;
  settings: Partial<Record<SettingKey, Located<number | string>>>;
  problems: Finding[];
  image: string | null;
} {
  const elements = pods.flatMap((p) => p.elements);
  const env = pods.flatMap((p) => p.env);
  const envMap = new Map(env.flatMap((e) => (e.value !== null ? [[e.name, e.value] as const] : [])));
  const expanded = elements.map((e) => expandK8sVars(e.value, envMap));
  const tokens = commandTokens(expanded);
  const image = pods.map((p) => p.image).find((i) => i !== null) ?? null;
  const read = readEngine(
    image,
    tokens,
    env.map((e) => ({ name: e.name, value: e.value })),
  );
  const where = (src: SettingSource, via: string): Located<number | string> => {
    if (src.kind === "env") return { ...env[src.index]!.at, via };
    const el = elements[src.token.element]!;
    return { ...tokenPosition(el, src.token, textOf(el.file)), via };
  };
  const settings: Partial<Record<SettingKey, Located<number | string>>> = {};
  for (const [k, s] of Object.entries(read.settings) as [
    SettingKey,
    NonNullable<(typeof read.settings)[SettingKey]>,
  ][])
    settings[k] = { ...where(s.source, s.flag), value: s.value };
  const problems: Finding[] = read.problems.map((p) => {
    const { file, pointer, line, column, document } = where(p.source, p.flag);
    return makeFinding(
      "drift/unreadable-value",
      "notice",
      "drift",
      { file, pointer, line, column, document },
      `\`${p.flag}${p.raw ? ` ${p.raw}` : ""}\` could not be read: ${p.reason}; it is left out of the drift check.`,
    );
  });
  return { engine: read.engine, detectedBy: read.detectedBy, settings, problems, image };
}

/** The line of a token inside a (possibly multi-line, block-scalar) script element. */
function tokenPosition(el: Located<string>, token: Token, text: string | undefined): Located<string> {
  if (token.offset === 0 || !text) return el;
  const before = el.value.slice(0, token.offset);
  const newlines = before.split("\n").length - 1;
  const lines = text.split("\n");
  const lineText = lines[el.line - 1] ?? "";
  // A block scalar (`|`, `>-`…) starts on the line after its indicator.
  if (/[|>][-+]?\d*\s*(#.*)?$/.test(lineText)) {
    const line = el.line + 1 + newlines;
    const indent = (/^\s*/.exec(lines[line - 1] ?? "")?.[0].length ?? 0) + 1;
    const col = before.length - (before.lastIndexOf("\n") + 1);
    return { ...el, line, column: indent + col };
  }
  return newlines === 0
    ? { ...el, column: el.column + token.offset + (/^["']/.test(lineText.slice(el.column - 1)) ? 1 : 0) }
    : el;
}
