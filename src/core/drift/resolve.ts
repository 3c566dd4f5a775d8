/**
 * From what the files say to what will run: ServingRuntimes joined to the InferenceServices that
 * use them, HPAs and ScaledObjects to their targets, Kustomization prefixes and replica overrides
 * applied, engine settings read from the combined command line. Pure.
 */
import type { Finding, Located, Workload } from "../types.js";
import {
  podEngine,
  type ManifestRead,
  type PodRead,
  type RawRuntime,
  type RawWorkload,
} from "./manifests.js";

/** A workload with the manifest files it was read from (to tell whether a PR touched it). */
export interface ResolvedWorkload extends Workload {
  files: string[];
}

function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  return i === -1 ? "" : p.slice(0, i);
}

/** `a/b/../c` → `a/c`; leading `./` dropped. */
export function normalisePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}

interface Transform {
  prefix: string;
  suffix: string;
  replicas: Map<string, Located<number>>;
  via: string;
}

/** For each manifest file, the kustomize transforms that apply to it (through nested kustomizations). */
function kustomizeTransforms(reads: ManifestRead[]): Map<string, Transform[]> {
  const byDir = new Map<string, ManifestRead["kustomizations"][number]>();
  for (const r of reads) for (const k of r.kustomizations) byDir.set(dirname(k.file), k);
  const out = new Map<string, Transform[]>();
  const files = new Set(reads.map((r) => r.file));
  const visit = (k: ManifestRead["kustomizations"][number], outer: Transform, depth: number) => {
    if (depth > 10) return;
    const t: Transform = {
      prefix: outer.prefix + k.namePrefix,
      suffix: k.nameSuffix + outer.suffix,
      replicas: new Map([...k.replicas.map((r) => [r.name, r.count] as const), ...outer.replicas]),
      via: outer.via || k.file,
    };
    for (const res of k.resources) {
      if (/^[a-z]+:\/\//i.test(res)) continue; // remote bases are not in the repository
      const p = normalisePath(`${dirname(k.file)}/${res}`);
      if (files.has(p)) {
        const list = out.get(p) ?? [];
        list.push(t);
        out.set(p, list);
      } else {
        const sub = byDir.get(p);
        if (sub && sub !== k) visit(sub, t, depth + 1);
      }
    }
  };
  // Start from the kustomizations no other kustomization includes (the overlays).
  const included = new Set<string>();
  for (const k of byDir.values())
    for (const res of k.resources) included.add(normalisePath(`${dirname(k.file)}/${res}`));
  for (const [dir, k] of byDir)
    if (!included.has(dir)) visit(k, { prefix: "", suffix: "", replicas: new Map(), via: "" }, 0);
  return out;
}

function pickRuntime<R extends RawRuntime>(w: RawWorkload, runtimes: R[]): R | null {
  if (w.kind !== "InferenceService") return null;
  if (w.runtime)
    return (
      runtimes.find((r) => r.name === w.runtime && r.kind === "ServingRuntime") ??
      runtimes.find((r) => r.name === w.runtime) ??
      null
    );
  if (!w.modelFormat) return null;
  const f = w.modelFormat.toLowerCase();
  const auto = runtimes.filter((r) => r.formats.some((x) => x.autoSelect && x.name.toLowerCase() === f));
  return auto.length === 1 ? auto[0]! : null;
}

/**
 * Every workload in the given manifests, resolved. `textOf` returns a file's text (for positions
 * inside multi-line scripts). Problems met on the way are returned as findings.
 */
export function resolveWorkloads(
  reads: ManifestRead[],
  textOf: (file: string) => string | undefined,
): { workloads: ResolvedWorkload[]; findings: Finding[] } {
  const runtimes = reads.flatMap((r) => r.runtimes.map((x) => ({ ...x, file: r.file })));
  const scalers = reads.flatMap((r) => r.scalers.map((x) => ({ ...x, file: r.file })));
  const transforms = kustomizeTransforms(reads);
  const findings: Finding[] = [];
  const out: ResolvedWorkload[] = [];
  const seen = new Set<string>();
  for (const r of reads) {
    for (const w of r.workloads) {
      const runtime = pickRuntime(w, runtimes);
      const pods: PodRead[] = [];
      if (runtime?.pod) pods.push(runtime.pod);
      if (w.pod) pods.push(w.pod);
      const eng = podEngine(pods, textOf);
      findings.push(...eng.problems);
      const settings = { ...eng.settings };
      const tp = w.workerTp ?? runtime?.workerTp ?? null;
      const pp = w.workerPp ?? runtime?.workerPp ?? null;
      if (tp && !settings.tensorParallel)
        settings.tensorParallel = { ...tp, via: "workerSpec.tensorParallelSize" };
      if (pp && !settings.pipelineParallel)
        settings.pipelineParallel = { ...pp, via: "workerSpec.pipelineParallelSize" };

      // GPUs per replica.
      const podGpus = w.pod?.gpus ?? runtime?.pod?.gpus ?? null;
      let gpus: Located<number> | null = podGpus;
      let podsPerReplica = 1;
      if (w.kind === "LeaderWorkerSet") {
        const size = w.size?.value ?? 1;
        podsPerReplica = size;
        const leader = w.pod?.gpus?.value ?? 0;
        const worker = w.workerPod?.gpus?.value ?? 0;
        const at = w.workerPod?.gpus ?? w.pod?.gpus ?? null;
        gpus = at
          ? {
              ...at,
              value: leader + (size - 1) * worker,
              via: `${at.via ?? "GPU limits"} × leaderWorkerTemplate.size ${size}`,
            }
          : null;
      } else if (w.kind === "InferenceService" && (tp || pp) && w.workerPod) {
        // KServe multi-node: pipelineParallelSize nodes of tensorParallelSize GPUs each.
        podsPerReplica = pp?.value ?? 1;
        const at = tp ?? pp!;
        gpus = {
          ...at,
          value: (tp?.value ?? 1) * (pp?.value ?? 1),
          via: "workerSpec tensorParallelSize × pipelineParallelSize",
        };
      }

      // Scalers targeting this workload (same name; same kind when the ref names one).
      const scaler = scalers.find(
        (s) =>
          s.target.name === w.name &&
          (s.target.kind === null || s.target.kind === w.kind) &&
          (s.namespace === null || w.namespace === null || s.namespace === w.namespace),
      );
      const base: ResolvedWorkload = {
        kind: w.kind,
        name: w.name,
        namespace: w.namespace,
        labels: w.labels,
        annotations: w.annotations,
        at: w.at,
        replicas: w.replicas,
        minReplicas:
          w.minReplicas ??
          (scaler ? { ...scaler.min!, via: scaler.min!.via ?? `${scaler.kind} ${scaler.name}` } : null),
        maxReplicas:
          w.maxReplicas ??
          (scaler?.max ? { ...scaler.max, via: scaler.max.via ?? `${scaler.kind} ${scaler.name}` } : null),
        gpusPerReplica: gpus,
        podsPerReplica,
        gpuProduct: w.pod?.gpuProduct ?? runtime?.pod?.gpuProduct ?? null,
        image: eng.image,
        engine: eng.engine,
        engineDetectedBy: eng.detectedBy,
        settings,
        containerPort: w.pod?.containerPort ?? runtime?.pod?.containerPort ?? null,
        readinessPath: w.pod?.readinessPath ?? runtime?.pod?.readinessPath ?? null,
        livenessPath: w.pod?.livenessPath ?? runtime?.pod?.livenessPath ?? null,
        storageUri: w.storageUri,
        files: [...new Set([r.file, ...(runtime ? [runtime.file] : []), ...(scaler ? [scaler.file] : [])])],
      };
      const key = `${base.kind}\0${base.namespace}\0${base.name}\0${r.file}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(base);
      }
      for (const t of transforms.get(r.file) ?? []) {
        const override = t.replicas.get(w.name);
        if (!t.prefix && !t.suffix && !override) continue;
        const name = `${t.prefix}${w.name}${t.suffix}`;
        const k = `${base.kind}\0${base.namespace}\0${name}\0${r.file}\0${t.via}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({
          ...base,
          name,
          replicas: override ? { ...override, via: `replicas in ${t.via}` } : base.replicas,
          files: [...base.files, t.via],
        });
      }
    }
  }
  return { workloads: out, findings };
}
