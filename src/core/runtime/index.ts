/**
 * Running vs declared (issue #18): a `piqc scan` report (schemaVersion `piqc-scan.v0.1`, the
 * paralleliq/piqc project) read as facts about live workloads, held against the ModelSpecs by the
 * same field table as manifest drift (src/core/drift/compare.ts), plus what was observed against
 * what the spec promises (p95 latency, effective batch, KV-cache use, GPU utilisation) and the
 * observed cost per 1k tokens. Pure: the scan text, the specs and "now" in; a RuntimeReport out.
 *
 * Fact keys follow piqc's docs/runtime_fact_schema.md: `runtime.engineType`, `runtime.dtype`,
 * `runtime.tensorParallel`, `model.name`, `model.maxModelLen`, `model.quantization`,
 * `vllm.maxNumSeqs`, `vllm.gpuMemoryUtilization`, `hardware.gpuCount`, `hardware.gpuType`,
 * `k8s.replicas`, `endpoint.httpPort`, `autoscaling.enabled`, `obs.*`. A fact is
 * `{ value, source { type, method, ref }, dataConfidence, observedAt, units }`; `factErrors` are
 * facts that could not be collected (never drift).
 */
import { escapeToken } from "../pointer.js";
import { estimate } from "../estimate/index.js";
import { makeFinding, type RuntimeCode } from "../findings.js";
import { DRIFT_FIELDS } from "../drift/compare.js";
import type { ResolvedWorkload } from "../drift/resolve.js";
import type {
  Config,
  Estimate,
  FilePair,
  Finding,
  Located,
  ModelSpec,
  ParsedDocument,
  RuntimeLink,
  RuntimeObservation,
  RuntimeReport,
  RuntimeRow,
} from "../types.js";
import { parseFile } from "../parse.js";
import { isModelSpec } from "../validate.js";

/** The piqc scan report version this reader is written for. */
export const SCAN_VERSION = "piqc-scan.v0.1";
/** Facts older than this many hours are stale (reported as such, never as drift). Default 7 days. */
export const DEFAULT_MAX_AGE_HOURS = 168;
/** A scan larger than this is not read (a `runtime/malformed` finding says so). 8 MiB. */
export const MAX_SCAN_BYTES = 8 * 1024 * 1024;

/** One fact of a piqc scan: key, value, how it was collected, when and how sure. */
export interface Fact {
  key: string;
  value: unknown;
  source: { type?: string; method?: string; ref?: string };
  confidence: string | null;
  observedAt: string | null;
  units: string | null;
  line: number;
  pointer: string;
}

/** A workload of a piqc scan with its facts. */
export interface ScanWorkload {
  workloadId: string;
  kind: string;
  name: string;
  namespace: string | null;
  facts: Map<string, Fact>;
  /** Fact keys the scanner could not collect, with its words. */
  errors: { key: string; error: string }[];
  line: number;
}

// The report's vocabulary lives in core/types.ts (a Review carries it; no import circle).
export type { RuntimeLink, RuntimeObservation, RuntimeReport, RuntimeRow } from "../types.js";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function finding(
  file: string,
  code: RuntimeCode,
  severity: Finding["severity"],
  line: number,
  pointer: string,
  message: string,
  hint?: string,
): Finding {
  return makeFinding(code, severity, "drift", { file, pointer, line, column: 1 }, message, { hint });
}

/** The finding on the spec's own key (its column, not the line's first). */
const at = (f: Finding, column: number): Finding => ({ ...f, column: Math.max(1, column) });

/** Reads a scan report. Malformed input is findings; unknown keys and versions are tolerated. */
export function readScan(
  file: string,
  text: string,
): { workloads: ScanWorkload[]; findings: Finding[]; version: string | null; generatedAt: string | null } {
  const findings: Finding[] = [];
  const parsed = parseFile(file, text, { maxBytes: MAX_SCAN_BYTES });
  const doc: ParsedDocument | undefined = parsed.documents[0];
  if (!doc || !isObj(doc.value)) {
    const e = parsed.findings[0];
    findings.push(
      finding(
        file,
        "runtime/malformed",
        "warning",
        e?.line ?? 1,
        "",
        `The piqc scan could not be read${e ? ` (${e.message})` : ""}; nothing was compared.`,
      ),
    );
    return { workloads: [], findings, version: null, generatedAt: null };
  }
  const v = doc.value;
  const version = typeof v.schemaVersion === "string" ? v.schemaVersion : null;
  if (version !== SCAN_VERSION)
    findings.push(
      finding(
        file,
        "runtime/unknown-version",
        "notice",
        doc.locate("/schemaVersion").line,
        "/schemaVersion",
        `schemaVersion is ${version === null ? "missing" : `\`${version}\``}; it is read as ${SCAN_VERSION} (unknown keys are ignored).`,
      ),
    );
  const objects = Array.isArray(v.objects) ? v.objects : [];
  if (!Array.isArray(v.objects))
    findings.push(
      finding(
        file,
        "runtime/malformed",
        "warning",
        1,
        "/objects",
        "The scan has no `objects` list; nothing was compared.",
      ),
    );
  const workloads: ScanWorkload[] = [];
  objects.forEach((o, i) => {
    if (!isObj(o) || typeof o.name !== "string") {
      findings.push(
        finding(
          file,
          "runtime/malformed",
          "warning",
          doc.locate(`/objects/${i}`).line,
          `/objects/${i}`,
          `objects[${i}] has no name; it is skipped.`,
        ),
      );
      return;
    }
    const facts = new Map<string, Fact>();
    if (isObj(o.facts))
      for (const [key, f] of Object.entries(o.facts)) {
        const pointer = `/objects/${i}/facts/${escapeToken(key)}`;
        if (!isObj(f) || !("value" in f)) {
          findings.push(
            finding(
              file,
              "runtime/malformed",
              "notice",
              doc.locate(pointer).line,
              pointer,
              `Fact \`${key}\` has no value; it is ignored.`,
            ),
          );
          continue;
        }
        facts.set(key, {
          key,
          value: f.value,
          source: isObj(f.source) ? (f.source as Fact["source"]) : {},
          confidence: typeof f.dataConfidence === "string" ? f.dataConfidence : null,
          observedAt: typeof f.observedAt === "string" ? f.observedAt : null,
          units: typeof f.units === "string" ? f.units : null,
          line: doc.locate(`${pointer}/value`).line,
          pointer: `${pointer}/value`,
        });
      }
    workloads.push({
      workloadId: typeof o.workloadId === "string" ? o.workloadId : `${String(o.kind ?? "?")}/${o.name}`,
      kind: typeof o.kind === "string" ? o.kind : "Workload",
      name: o.name,
      namespace: typeof o.namespace === "string" ? o.namespace : null,
      facts,
      errors: [],
      line: doc.locate(`/objects/${i}/name`).line,
    });
  });
  if (Array.isArray(v.factErrors))
    for (const e of v.factErrors) {
      if (!isObj(e) || typeof e.factKey !== "string") continue;
      const w = workloads.find((x) => x.workloadId === e.workloadId);
      w?.errors.push({ key: e.factKey, error: typeof e.error === "string" ? e.error : "not collected" });
    }
  return {
    workloads,
    findings,
    version,
    generatedAt: typeof v.generatedAt === "string" ? v.generatedAt : null,
  };
}

const num = (f: Fact | undefined): number | null =>
  f && typeof f.value === "number" && Number.isFinite(f.value) ? f.value : null;
const str = (f: Fact | undefined): string | null =>
  f && (typeof f.value === "string" || typeof f.value === "number") ? String(f.value) : null;

/** The scan's facts as a workload the drift field table can read. */
function asWorkload(file: string, w: ScanWorkload): ResolvedWorkload {
  const at = (f: Fact, value: number | string): Located<number | string> => ({
    value,
    file,
    line: f.line,
    column: 1,
    pointer: f.pointer,
    via: `${f.key}${f.source.method ? `, ${f.source.method}` : ""}`,
  });
  const first = (...keys: string[]) => keys.map((k) => w.facts.get(k)).find((f) => f !== undefined);
  const n = (...keys: string[]) => {
    const f = first(...keys);
    const v = num(f);
    return f && v !== null ? (at(f, v) as Located<number>) : null;
  };
  const s = (...keys: string[]) => {
    const f = first(...keys);
    const v = str(f);
    return f && v !== null ? (at(f, v) as Located<string>) : null;
  };
  const settings: ResolvedWorkload["settings"] = {};
  const put = (k: keyof ResolvedWorkload["settings"], v: Located<number | string> | null) => {
    if (v) settings[k] = v;
  };
  put("model", s("model.name"));
  put("maxModelLen", n("model.maxModelLen", "vllm.maxModelLen"));
  put("maxNumSeqs", n("vllm.maxNumSeqs"));
  put("tensorParallel", n("runtime.tensorParallel", "vllm.tensorParallelSize"));
  put("gpuMemoryUtilization", n("vllm.gpuMemoryUtilization"));
  put("dtype", s("runtime.dtype", "vllm.dtype"));
  put("quantization", s("model.quantization"));
  put("port", n("endpoint.httpPort"));
  const replicas = n("k8s.replicas");
  const autoscaled = w.facts.get("autoscaling.enabled")?.value === true;
  const engine = str(w.facts.get("runtime.engineType"));
  return {
    kind: "Deployment",
    name: w.name,
    namespace: w.namespace,
    labels: {},
    annotations: {},
    at: { value: w.name, file, line: w.line, column: 1, pointer: "" },
    replicas: autoscaled ? null : replicas,
    minReplicas: autoscaled ? null : replicas,
    maxReplicas: autoscaled ? null : replicas,
    gpusPerReplica: n("hardware.gpuCount"),
    podsPerReplica: 1,
    gpuProduct: s("hardware.gpuType"),
    image: null,
    engine: engine === "vllm" || engine === "sglang" || engine === "tgi" ? engine : null,
    engineDetectedBy: engine ? "runtime.engineType" : null,
    settings,
    containerPort: null,
    readinessPath: null,
    livenessPath: null,
    storageUri: null,
    files: [file],
  };
}

/** Options of `compareRuntime`: the review's clock, the maximum fact age and explicit links. */
export interface RuntimeOptions {
  /** ISO time of the review (the adapter's clock; the core has none). */
  now: string;
  maxAgeHours?: number;
  /** Explicit workload → spec mapping (`workloadId` or name → spec metadata.name). */
  links?: Record<string, string>;
}

function ageHours(observedAt: string | null, now: string): number | null {
  if (!observedAt) return null;
  const a = Date.parse(observedAt);
  const b = Date.parse(now);
  return Number.isFinite(a) && Number.isFinite(b) ? Math.max(0, (b - a) / 3_600_000) : null;
}

const ageText = (h: number | null) =>
  h === null ? "at an unknown time" : h < 48 ? `${Math.round(h)} h ago` : `${Math.round(h / 24)} days ago`;

/** Compares a scan with the specs (spec files as FilePairs; their head side is read). */
export function compareRuntime(
  scanFile: string,
  scanText: string,
  specs: FilePair[],
  config: Config,
  options: RuntimeOptions,
): RuntimeReport {
  return compareKeyed(scanFile, scanText, specs, config, options).report;
}

/**
 * What a finding is across base and head (src/core/runtime/gate.ts): its identity (code, spec,
 * workload, pointer; never a line or a value), the spec it is about, and how far the running or
 * observed value is from the spec's (null when not a number), so a wider gap counts as worsened.
 */
export interface FindingMeta {
  key: string;
  subject: string;
  gap: number | null;
}

/** {@link compareRuntime}, with what each finding is (for classifying it against the base). */
export function compareKeyed(
  scanFile: string,
  scanText: string,
  specs: FilePair[],
  config: Config,
  options: RuntimeOptions,
): { report: RuntimeReport; meta: Map<Finding, FindingMeta> } {
  const scan = readScan(scanFile, scanText);
  const findings = [...scan.findings];
  const meta = new Map<Finding, FindingMeta>();
  for (const f of scan.findings)
    meta.set(f, { key: `${f.code}\0${f.pointer}`, subject: scanFile, gap: null });
  /** Pushes a finding about one link (spec ↔ workload). */
  const about = (f: Finding, spec: string, workload: string, gap: number | null = null) => {
    findings.push(f);
    meta.set(f, { key: `${f.code}\0${spec}\0${workload}\0${f.pointer}`, subject: spec, gap });
  };
  // The option (the CLI's --max-age-hours, a caller's mapping) over the config's `runtime:` block.
  const maxAge = options.maxAgeHours ?? config.runtime?.maxAgeHours ?? DEFAULT_MAX_AGE_HOURS;
  const mapping = options.links ?? config.runtime?.links;
  const specEntries: { name: string; file: string; spec: ModelSpec; doc: ParsedDocument }[] = [];
  for (const p of specs) {
    if (p.head === undefined) continue;
    for (const d of parseFile(p.path, p.head).documents) {
      if (!isModelSpec(d.value)) continue;
      const spec = d.value as ModelSpec;
      if (typeof spec.metadata?.name === "string")
        specEntries.push({ name: spec.metadata.name, file: p.path, spec, doc: d });
    }
  }
  const links: RuntimeLink[] = [];
  const linkedSpecs = new Set<string>();
  const unlinked: string[] = [];
  for (const w of scan.workloads) {
    const target = mapping?.[w.workloadId] ?? mapping?.[w.name] ?? w.name;
    const s = specEntries.find((e) => e.name === target);
    if (!s) {
      unlinked.push(w.workloadId);
      continue;
    }
    linkedSpecs.add(s.name);
    const wl = asWorkload(scanFile, w);
    const rows: RuntimeRow[] = [];
    for (const field of DRIFT_FIELDS) {
      const v = field.spec(s.spec);
      if (v === undefined) continue;
      const cmp = field.compare(v, wl, config);
      if (!cmp?.manifest) continue;
      const factKey = (cmp.manifest.via ?? "").split(",")[0]!;
      const fact = w.facts.get(factKey);
      const age = ageHours(fact?.observedAt ?? null, options.now);
      const stale = age !== null && age > maxAge;
      const p = s.doc.locate(field.specPointer);
      const row: RuntimeRow = {
        field: field.id,
        label: field.label,
        spec: { value: v, file: s.file, line: p.line, column: p.column, pointer: field.specPointer },
        running: cmp.manifest,
        status: stale ? "stale" : cmp.status,
        confidence: fact?.confidence ?? null,
        observedAt: fact?.observedAt ?? null,
        ageHours: age,
      };
      rows.push(row);
      const how = `observed ${ageText(age)}${fact?.confidence ? `, ${fact.confidence} confidence` : ""}${fact?.source.method ? `, via ${fact.source.method}` : ""}`;
      const gap =
        typeof v === "number" && typeof cmp.manifest.value === "number"
          ? Math.abs(v - cmp.manifest.value)
          : null;
      if (stale)
        about(
          finding(
            scanFile,
            "runtime/stale",
            "notice",
            cmp.manifest.line,
            cmp.manifest.pointer,
            `${field.label}: the scan's \`${factKey}\` was observed ${ageText(age)} (older than ${maxAge} h); not compared.`,
            "Run piqc scan again.",
          ),
          s.name,
          w.workloadId,
        );
      else if (cmp.status === "drift")
        about(
          at(
            finding(
              s.file,
              `runtime/${field.id}`,
              fact?.confidence === "low" ? "notice" : "warning",
              p.line,
              field.specPointer,
              `${field.label}: \`${w.name}\` runs ${String(cmp.manifest.value)} (\`${factKey}\`, ${how}), but the ModelSpec \`${s.name}\` declares ${String(v)}.`,
            ),
            p.column,
          ),
          s.name,
          w.workloadId,
          gap,
        );
    }
    // Observed vs promised: each on the line of the promise it is held against.
    const obs: RuntimeObservation[] = [];
    const promises: {
      code: RuntimeCode;
      label: string;
      key: string;
      promise: number | undefined | "fixed";
      pointer: string;
      show: (n: number) => string;
      promised: (p: number) => string;
      ok: (n: number, p: number) => boolean;
    }[] = [
      {
        code: "runtime/slo-latency",
        label: "p95 latency",
        key: "obs.requestLatency.p95Ms",
        promise: s.spec.spec?.operations?.scaling?.targetLatencyMsP95,
        pointer: "/spec/operations/scaling/targetLatencyMsP95",
        show: (n) => `${n} ms`,
        promised: (p) => `${p} ms`,
        ok: (n, p) => n <= p,
      },
      {
        code: "runtime/effective-batch",
        label: "effective batch (p95)",
        key: "obs.effectiveBatch.p95",
        promise: s.spec.spec?.runtime?.batch?.maxBatchSize,
        pointer: "/spec/runtime/batch/maxBatchSize",
        show: String,
        promised: String,
        ok: (n, p) => n <= p,
      },
      {
        code: "runtime/kv-cache-full",
        label: "KV-cache use",
        key: "obs.vllm.kvCacheUsagePct",
        promise: "fixed",
        pointer: "/spec/runtime/batch/maxSequenceLengthTokens",
        show: (n) => `${n} %`,
        promised: () => "< 95 %",
        ok: (n) => n < 95,
      },
      {
        code: "runtime/gpu-underused",
        label: "GPU utilisation",
        key: "obs.gpu.utilAvgPct",
        promise: "fixed",
        pointer: "/spec/runtime/accelerator/type",
        show: (n) => `${n} %`,
        promised: () => "≥ 30 % (else a cheaper GPU may do)",
        ok: (n) => n >= 30,
      },
    ];
    for (const pr of promises) {
      const f = w.facts.get(pr.key);
      const n = num(f);
      if (!f || n === null || (pr.promise !== "fixed" && typeof pr.promise !== "number")) continue;
      const promise = pr.promise === "fixed" ? 0 : pr.promise;
      const age = ageHours(f.observedAt, options.now);
      const o: RuntimeObservation = {
        code: pr.code,
        label: pr.label,
        observed: pr.show(n),
        promised: pr.promised(promise),
        observedAt: f.observedAt,
        confidence: f.confidence,
        ok: pr.ok(n, promise),
        factKey: pr.key,
        via: f.source.method ?? f.source.type ?? null,
        ageHours: age,
      };
      obs.push(o);
      if (age !== null && age > maxAge) {
        about(
          finding(
            scanFile,
            "runtime/stale",
            "notice",
            f.line,
            f.pointer,
            `${pr.label}: the scan's \`${pr.key}\` was observed ${ageText(age)} (older than ${maxAge} h); not held against the spec.`,
            "Run piqc scan again.",
          ),
          s.name,
          w.workloadId,
        );
        continue;
      }
      if (o.ok) continue;
      // On the promise's own line (the nearest key the spec has when it states none).
      const p = s.doc.locate(pr.pointer);
      about(
        at(
          finding(
            s.file,
            pr.code,
            pr.code === "runtime/gpu-underused" || f.confidence === "low" ? "notice" : "warning",
            p.line,
            pr.pointer,
            `${pr.label} of \`${w.name}\` was ${o.observed} (\`${pr.key}\`, observed ${ageText(age)}, ${f.confidence ?? "unknown"} confidence${o.via ? `, via ${o.via}` : ""}), against ${o.promised}.`,
          ),
          p.column,
        ),
        s.name,
        w.workloadId,
        pr.promise === "fixed" ? null : Math.abs(n - promise),
      );
    }
    // Cost per 1k tokens: roofline vs observed throughput.
    let est: Estimate | null = null;
    try {
      est = estimate(s.spec, config, { file: s.file, locate: () => ({ line: 1, column: 1 }) });
    } catch {
      est = null;
    }
    const tpsFact = w.facts.get("obs.tps.avg");
    const tps = num(tpsFact);
    const hourly = est?.cost?.hourlyUsdPerReplica ?? null;
    links.push({
      spec: { name: s.name, file: s.file, line: s.doc.locate("/metadata/name").line },
      workload: { workloadId: w.workloadId, name: w.name, kind: w.kind, line: w.line },
      rows,
      observations: obs,
      costPer1k: {
        estimated: est?.cost?.usdPer1kTokens ?? null,
        observed:
          tps && tps > 0 && hourly !== null ? Math.round((hourly / (tps * 3600)) * 1000 * 1e6) / 1e6 : null,
        observedTps: tps,
        via: tpsFact ? (tpsFact.source.method ?? tpsFact.source.type ?? null) : null,
        ageHours: tpsFact ? ageHours(tpsFact.observedAt, options.now) : null,
      },
      missing: w.errors.map((e) => e.key),
    });
  }
  const report: RuntimeReport = {
    file: scanFile,
    scanVersion: scan.version,
    generatedAt: scan.generatedAt,
    links,
    findings,
    unlinkedWorkloads: unlinked,
    specsWithoutWorkload: specEntries.filter((e) => !linkedSpecs.has(e.name)).map((e) => e.name),
  };
  return { report, meta };
}
