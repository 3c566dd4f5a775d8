/**
 * The drift stage: every ModelSpec held against the deployment manifests that run it.
 *
 *   1. read the manifests (./manifests.ts) and resolve what will run (./resolve.ts);
 *   2. link workloads to specs: explicit links (config `drift.links`, spec annotation
 *      `modelspec-review.piqc.ai/manifests`) first, else by name or `app.kubernetes.io/name`/`app`
 *      label; more than one candidate is an `drift/ambiguous-link` finding; none says nothing;
 *   3. compare field by field (./compare.ts DRIFT_FIELDS): each difference is a finding on the
 *      manifest's line that names the spec's line;
 *   4. estimate what will run: the spec with the manifest's engine settings (GPUs, TP/PP, max model
 *      length, max sequences, memory utilisation, KV-cache dtype, precision) through the same
 *      estimator as the spec;
 *   5. with a base side: classify each head finding against the base (new / worsened / unchanged)
 *      and count the fixed ones; only links whose spec or manifests the change touched are reported.
 *
 * Pure: texts in, a DriftReport out. Never throws on user input.
 */
import { escapeToken } from "../pointer.js";
import { DRIFT_FIELD_IDS, DRIFT_STAGE_CODES, makeFinding, type DriftCode } from "../findings.js";
import picomatch from "picomatch";
import { ANNOTATION_PREFIX } from "../catalog/annotations.js";
import { estimate } from "../estimate/index.js";
import { parseFile } from "../parse.js";
import type {
  Config,
  DriftConfig,
  Estimate,
  FilePair,
  Finding,
  ModelSpec,
  ParsedDocument,
  DriftLink,
  DriftReport,
  DriftRow,
  DriftSkip,
  Located,
} from "../types.js";
import type { ModelTexts } from "../models/sources.js";
import { isModelSpec } from "../validate.js";
import { DEFAULT_DRIFT } from "./collect.js";
import { DRIFT_FIELDS, manifestGpu, manifestPrecision } from "./compare.js";
import { readManifest, type ManifestRead } from "./manifests.js";
import { resolveWorkloads, type ResolvedWorkload } from "./resolve.js";
import { readValuesWorkload } from "./values.js";

export type { DriftLink, DriftReport, DriftRow, DriftSkip, Located, Workload } from "../types.js";
export { DRIFT_FIELDS } from "./compare.js";
export { DEFAULT_DRIFT } from "./collect.js";
export { ENGINE_FLAGS } from "./engines.js";
export { readManifest } from "./manifests.js";

/** Spec annotation naming the manifests that run the spec (comma-separated globs). */
export const MANIFESTS_ANNOTATION = `${ANNOTATION_PREFIX}manifests`;

/** Finding codes the drift stage emits, each documented in docs/drift.md. */
export const DRIFT_CODES: readonly DriftCode[] = [
  ...DRIFT_FIELD_IDS.map((id) => `drift/${id}` as const),
  ...DRIFT_STAGE_CODES,
];

/** The texts drift compares: spec files and candidate manifests, both with base and head. */
export interface DriftInput {
  /** Spec files: changed ones with both sides, unchanged ones with the same text on both. */
  specs: FilePair[];
  /** Candidate manifest files, the same way. */
  manifests: FilePair[];
}

/** Options of `analyseDrift`. */
export interface DriftOptions {
  /** Report every link, not only those the change touched (the `drift` command). */
  all?: boolean;
  /** Extra skip reasons from the collector (file caps, `helm` missing). */
  skipped?: DriftSkip[];
  /** Model config.json texts, as the review's estimate gets them. */
  models?: ModelTexts;
}

interface SpecEntry {
  name: string;
  file: string;
  doc: ParsedDocument;
  multiDoc: boolean;
  spec: ModelSpec;
}

interface SideResult {
  links: (DriftLink & { findings: Finding[] })[];
  findings: Finding[];
  skipped: DriftSkip[];
  manifestFiles: number;
}

type Side = "base" | "head";

function textOn(p: FilePair, side: Side): { path: string; text: string } | null {
  const t = side === "head" ? p.head : p.base;
  if (t === undefined) return null;
  return { path: side === "base" ? (p.previousPath ?? p.path) : p.path, text: t };
}

function specsOn(pairs: FilePair[], side: Side, config: Config): SpecEntry[] {
  const out: SpecEntry[] = [];
  for (const p of pairs) {
    const t = textOn(p, side);
    if (!t) continue;
    const parsed = parseFile(t.path, t.text, { maxBytes: config.limits.maxFileBytes });
    const docs = parsed.documents.filter((d) => isModelSpec(d.value));
    for (const d of docs) {
      const spec = d.value as ModelSpec;
      const name = spec.metadata?.name;
      if (typeof name !== "string" || name === "") continue;
      out.push({ name, file: t.path, doc: d, multiDoc: parsed.documents.length > 1, spec });
    }
  }
  return out;
}

function specLoc(s: SpecEntry, pointer: string): { line: number; column: number } {
  const p = s.doc.locate(pointer);
  return { line: p.line, column: p.column };
}

function driftConfig(config: Config): DriftConfig {
  return { ...DEFAULT_DRIFT, ...(config.drift ?? {}) };
}

function globsMatch(globs: string[], baseDir: string): (path: string) => boolean {
  const list = globs
    .map((g) => g.trim())
    .filter((g) => g !== "")
    .map((g) => (g.startsWith("./") || g.startsWith("../") ? joinPath(baseDir, g) : g));
  if (list.length === 0) return () => false;
  const m = picomatch(list, { dot: true });
  return (p) => m(p);
}

function joinPath(dir: string, rel: string): string {
  const out: string[] = dir ? dir.split("/") : [];
  for (const part of rel.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}

const dirOf = (p: string) => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");

function nameMatch(w: ResolvedWorkload, name: string): "name" | "label" | null {
  if (w.name === name) return "name";
  if (w.labels["app.kubernetes.io/name"] === name || w.labels.app === name) return "label";
  return null;
}

function finding(
  code: DriftCode,
  severity: Finding["severity"],
  at: { file: string; line: number; column: number; pointer: string; document?: number },
  message: string,
  hint?: string,
): Finding {
  const { file, line, column, pointer, document } = at;
  return makeFinding(code, severity, "drift", { file, pointer, line, column, document }, message, { hint });
}

const fmtValue = (v: string | number) => (typeof v === "number" ? v.toLocaleString("en-US") : `\`${v}\``);
const where = (l: { file: string; line: number }) => `${l.file}:${l.line}`;

/** Links one side's specs to its workloads, compares, estimates. */
function evaluate(
  specs: SpecEntry[],
  reads: ManifestRead[],
  texts: Map<string, string>,
  config: Config,
  models?: ModelTexts,
): SideResult {
  const dc = driftConfig(config);
  const resolved = resolveWorkloads(reads, (f) => texts.get(f));
  const workloads = [...resolved.workloads];
  const findings: Finding[] = [...reads.flatMap((r) => r.findings), ...resolved.findings];
  for (const v of dc.values) {
    const t = texts.get(v.file);
    if (t === undefined) continue;
    const w = readValuesWorkload(v, t, config);
    findings.push(...w.findings);
    if (w.workload) workloads.push(w.workload);
  }
  const links: SideResult["links"] = [];
  for (const s of specs) {
    const ann = s.spec.metadata?.annotations?.[MANIFESTS_ANNOTATION];
    const configured = dc.links.filter((l) => l.spec === s.name || picomatch(l.spec, { dot: true })(s.file));
    let candidates: { w: ResolvedWorkload; via: DriftLink["via"] }[];
    const explicit = configured.length > 0 || typeof ann === "string";
    const valuesFor = workloads.filter((w) => w.kind === "HelmValues" && w.name === s.name);
    if (explicit) {
      const byConfig = configured.length
        ? globsMatch(
            configured.flatMap((l) => l.manifests),
            "",
          )
        : () => false;
      const byAnn = typeof ann === "string" ? globsMatch(ann.split(","), dirOf(s.file)) : () => false;
      const inFiles = workloads.flatMap((w): { w: ResolvedWorkload; via: DriftLink["via"] }[] => {
        const primary = w.at.file;
        if (byConfig(primary)) return [{ w, via: "config" }];
        if (byAnn(primary)) return [{ w, via: "annotation" }];
        return [];
      });
      candidates = inFiles.length > 1 ? inFiles.filter((c) => nameMatch(c.w, s.name) !== null) : inFiles;
      if (inFiles.length > 1 && candidates.length === 0) candidates = inFiles;
      if (inFiles.length === 0) {
        const at = specLoc(
          s,
          typeof ann === "string"
            ? `/metadata/annotations/${escapeToken(MANIFESTS_ANNOTATION)}`
            : "/metadata/name",
        );
        findings.push(
          finding(
            "drift/link-not-found",
            "notice",
            {
              file: s.file,
              ...at,
              pointer: "/metadata/name",
              ...(s.multiDoc ? { document: s.doc.index } : {}),
            },
            `The ModelSpec \`${s.name}\` is linked explicitly (${typeof ann === "string" ? `annotation ${MANIFESTS_ANNOTATION}` : "drift.links in the config"}) but no workload was found in those files.`,
            "Check the globs; they are repository paths (a leading ./ is relative to the spec in the annotation).",
          ),
        );
      }
    } else if (valuesFor.length > 0) {
      candidates = valuesFor.map((w) => ({ w, via: "config" as const }));
    } else {
      candidates = workloads.flatMap((w) => {
        const m = w.kind === "HelmValues" ? null : nameMatch(w, s.name);
        return m ? [{ w, via: m }] : [];
      });
    }
    if (candidates.length > 1) {
      const at = specLoc(s, "/metadata/name");
      findings.push(
        finding(
          "drift/ambiguous-link",
          "warning",
          {
            file: s.file,
            ...at,
            pointer: "/metadata/name",
            ...(s.multiDoc ? { document: s.doc.index } : {}),
          },
          `The ModelSpec \`${s.name}\` matches ${candidates.length} workloads (${candidates
            .slice(0, 4)
            .map((c) => `${c.w.kind} ${c.w.name} at ${where(c.w.at)}`)
            .join("; ")}${candidates.length > 4 ? "; …" : ""}); none is compared.`,
          `Name the manifests that run it: \`drift.links\` in the review config, or the annotation \`${MANIFESTS_ANNOTATION}\` on the spec.`,
        ),
      );
      continue;
    }
    const c = candidates[0];
    if (!c) continue;
    links.push(compareLink(s, c.w, c.via, config, models));
  }
  const skipped = reads.flatMap((r) => r.skipped);
  return { links, findings, skipped, manifestFiles: reads.filter((r) => r.relevant).length };
}

function compareLink(
  s: SpecEntry,
  w: ResolvedWorkload,
  via: DriftLink["via"],
  config: Config,
  models?: ModelTexts,
): DriftLink & { findings: Finding[] } {
  const rows: DriftRow[] = [];
  const findings: Finding[] = [];
  const specAt = (pointer: string) => ({
    file: s.file,
    ...specLoc(s, pointer),
    pointer,
    ...(s.multiDoc ? { document: s.doc.index } : {}),
  });
  for (const field of DRIFT_FIELDS) {
    const v = field.spec(s.spec);
    if (v === undefined) continue;
    const cmp = field.compare(v, w, config);
    if (!cmp || !cmp.manifest) continue;
    const specSide: Located<string | number> = { ...specAt(field.specPointer), value: v };
    const row: DriftRow = {
      field: field.id,
      label: field.label,
      spec: specSide,
      manifest: cmp.manifest,
      status: cmp.status,
      ...(cmp.note ? { note: cmp.note } : {}),
    };
    rows.push(row);
    if (cmp.status !== "drift") continue;
    const m = cmp.manifest;
    findings.push(
      finding(
        `drift/${field.id}`,
        "warning",
        m,
        `${field.label}: ${w.kind} \`${w.name}\` runs ${fmtValue(m.value)}${m.via ? ` (${m.via})` : ""}, but the ModelSpec \`${s.name}\` declares ${fmtValue(v)} at ${where(specSide)}.${cmp.note ? ` ${cap(cmp.note)}.` : ""}`,
        `Make the two agree: change the manifest, or the spec's \`${field.specPointer.split("/").slice(2).join(".")}\` if the manifest is what you intend.`,
      ),
    );
  }
  // The manifest against itself: GPUs requested vs the engine's TP × PP.
  const tp = w.settings.tensorParallel;
  if (w.gpusPerReplica && tp && typeof tp.value === "number") {
    const pp = w.settings.pipelineParallel;
    const need = tp.value * (typeof pp?.value === "number" ? pp.value : 1);
    if (need !== w.gpusPerReplica.value && tp.via !== "workerSpec.tensorParallelSize") {
      findings.push(
        finding(
          "drift/gpu-layout",
          "warning",
          tp,
          `${w.kind} \`${w.name}\` asks for ${w.gpusPerReplica.value} GPU${w.gpusPerReplica.value === 1 ? "" : "s"} per replica (${where(w.gpusPerReplica)}) but \`${tp.via}\` ${tp.value}${pp ? ` × \`${pp.via}\` ${String(pp.value)}` : ""} needs ${need}.`,
          "The engine fails to start or leaves GPUs idle: make the tensor × pipeline parallel sizes equal the GPUs per replica.",
        ),
      );
    }
  }
  const { running, from } = runningEstimate(s, w, config, models);
  const intended = safeEstimate(s.spec, config, s.file, models);
  return {
    spec: {
      name: s.name,
      file: s.file,
      line: specLoc(s, "/metadata/name").line,
      ...(s.multiDoc ? { document: s.doc.index } : {}),
    },
    workload: {
      kind: w.kind,
      name: w.name,
      file: w.at.file,
      line: w.at.line,
      ...(w.at.document !== undefined ? { document: w.at.document } : {}),
    },
    via,
    rows,
    intended,
    running: from.length > 0 ? running : null,
    runningFrom: from,
    changed: { spec: false, manifest: false },
    findings,
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function safeEstimate(spec: ModelSpec, config: Config, file: string, models?: ModelTexts): Estimate | null {
  try {
    return estimate(spec, config, { file, locate: () => ({ line: 1, column: 1 }) }, models);
  } catch {
    return null;
  }
}

/**
 * The spec as the manifest will run it: the manifest's GPUs, GPU type, max model length, max
 * sequences, precision, replicas and engine memory settings replace the declared ones (through
 * the estimator's own inputs: spec fields and its `modelspec-review.piqc.ai/*` annotations).
 */
export function runningSpec(
  spec: ModelSpec,
  w: ResolvedWorkload,
  config: Config,
): { spec: ModelSpec; from: string[] } {
  const s = structuredClone(spec);
  const from: string[] = [];
  s.spec ??= {};
  s.spec.runtime ??= {};
  s.spec.runtime.accelerator ??= {};
  s.spec.runtime.batch ??= {};
  s.metadata ??= {};
  const ann: Record<string, string> = { ...(s.metadata.annotations ?? {}) };
  const note = (label: string, l: Located<unknown>) =>
    from.push(`${label} ${String(l.value)} (${l.via ? `${l.via}, ` : ""}${where(l)})`);
  const tp = w.settings.tensorParallel;
  const pp = w.settings.pipelineParallel;
  const gpus =
    w.gpusPerReplica?.value ??
    (typeof tp?.value === "number" ? tp.value * (typeof pp?.value === "number" ? pp.value : 1) : undefined);
  if (gpus !== undefined && gpus !== s.spec.runtime.accelerator.count) {
    s.spec.runtime.accelerator.count = gpus;
    note("GPUs per replica", w.gpusPerReplica ?? { ...tp!, value: gpus });
  }
  const gpu = manifestGpu(w, config);
  if (gpu?.id && gpu.id !== s.spec.runtime.accelerator.type) {
    s.spec.runtime.accelerator.type = gpu.id;
    note("GPU", { ...w.gpuProduct!, value: gpu.id });
  }
  const num = (k: "maxModelLen" | "maxNumSeqs") => {
    const v = w.settings[k];
    return v && typeof v.value === "number" ? v : null;
  };
  const len = num("maxModelLen");
  if (len && len.value !== s.spec.runtime.batch.maxSequenceLengthTokens) {
    s.spec.runtime.batch.maxSequenceLengthTokens = len.value as number;
    note("max sequence length", len);
  }
  const seqs = num("maxNumSeqs");
  if (seqs && seqs.value !== s.spec.runtime.batch.maxBatchSize) {
    s.spec.runtime.batch.maxBatchSize = seqs.value as number;
    note("max batch", seqs);
  }
  const prec = manifestPrecision(w);
  if (
    prec &&
    prec.words.length === 1 &&
    s.spec.identity?.model &&
    prec.words[0] !== s.spec.identity.model.precision
  ) {
    s.spec.identity.model.precision = prec.words[0]!;
    note("precision", { ...prec.from, value: prec.words[0] });
  }
  if (w.engine && s.spec.identity?.model) s.spec.identity.model.framework = w.engine;
  const setAnn = (key: string, v: Located<number | string> | undefined, label: string) => {
    if (!v) return;
    const value = String(v.value).toLowerCase();
    if (key === "kv-cache-dtype" && value === "auto") return;
    ann[`${ANNOTATION_PREFIX}${key}`] =
      key === "kv-cache-dtype" ? value.replace(/^fp8[_-]e[45]m[23]$/, "fp8") : value;
    note(label, v);
  };
  setAnn("gpu-memory-utilization", w.settings.gpuMemoryUtilization, "memory utilisation");
  setAnn("kv-cache-dtype", w.settings.kvCacheDtype, "KV-cache dtype");
  setAnn("tensor-parallel", tp, "tensor parallel");
  setAnn("pipeline-parallel", pp, "pipeline parallel");
  setAnn("max-num-batched-tokens", w.settings.maxNumBatchedTokens, "batched tokens");
  s.metadata.annotations = ann;
  const scaling = (s.spec.operations ??= {}).scaling ?? {};
  s.spec.operations.scaling = scaling;
  const min = w.minReplicas ?? (w.maxReplicas ? null : w.replicas);
  const max = w.maxReplicas ?? (w.minReplicas ? null : w.replicas);
  if (min && min.value !== scaling.minReplicas) {
    scaling.minReplicas = min.value;
    note("min replicas", min);
  }
  if (max && max.value !== scaling.maxReplicas) {
    scaling.maxReplicas = max.value;
    note("max replicas", max);
  }
  return { spec: s, from };
}

function runningEstimate(
  s: SpecEntry,
  w: ResolvedWorkload,
  config: Config,
  models?: ModelTexts,
): { running: Estimate | null; from: string[] } {
  const r = runningSpec(s.spec, w, config);
  return { running: r.from.length ? safeEstimate(r.spec, config, s.file, models) : null, from: r.from };
}

/** One side's manifests, read. */
function manifestsOn(
  pairs: FilePair[],
  side: Side,
  config: Config,
): { reads: ManifestRead[]; texts: Map<string, string> } {
  const reads: ManifestRead[] = [];
  const texts = new Map<string, string>();
  const values = new Set(driftConfig(config).values.map((v) => v.file));
  for (const p of pairs) {
    const t = textOn(p, side);
    if (!t) continue;
    texts.set(t.path, t.text);
    if (values.has(t.path)) continue;
    reads.push(readManifest(t.path, t.text, { maxBytes: config.limits.maxFileBytes }));
  }
  return { reads, texts };
}

function linkKey(l: DriftLink): string {
  return `${l.spec.name}\0${l.workload.kind}\0${l.workload.name}`;
}

function findingKey(f: Finding, l?: DriftLink): string {
  return l ? `${f.code}\0${linkKey(l)}` : `${f.code}\0${f.file}\0${f.message}`;
}

/**
 * The drift stage. Specs and manifests come with both sides (base/head) when a change is reviewed;
 * only head is needed for a plain check (`all: true`).
 */
export function analyseDrift(input: DriftInput, config: Config, options: DriftOptions = {}): DriftReport {
  const dc = driftConfig(config);
  const empty: DriftReport = {
    links: [],
    findings: [],
    fixed: 0,
    skipped: [...(options.skipped ?? [])],
    manifestsRead: 0,
  };
  if (!dc.enabled) return empty;
  const head = (() => {
    const m = manifestsOn(input.manifests, "head", config);
    return evaluate(specsOn(input.specs, "head", config), m.reads, m.texts, config, options.models);
  })();
  const hasBase = [...input.specs, ...input.manifests].some((p) => p.base !== undefined);
  const base =
    hasBase && !options.all
      ? (() => {
          const m = manifestsOn(input.manifests, "base", config);
          return evaluate(specsOn(input.specs, "base", config), m.reads, m.texts, config, options.models);
        })()
      : null;

  const changedFiles = new Set<string>();
  for (const p of [...input.specs, ...input.manifests])
    if (p.base !== p.head || (p.previousPath && p.previousPath !== p.path)) changedFiles.add(p.path);
  const touched = (file: string) => options.all === true || changedFiles.has(file);

  const links: DriftLink[] = [];
  const findings: Finding[] = [];
  const baseLinks = new Map((base?.links ?? []).map((l) => [linkKey(l), l]));
  const baseFindingKeys = new Map<string, { f: Finding; l?: DriftLink }>();
  for (const l of base?.links ?? [])
    for (const f of l.findings) baseFindingKeys.set(findingKey(f, l), { f, l });
  for (const f of base?.findings ?? []) baseFindingKeys.set(findingKey(f), { f });

  const classify = (f: Finding, key: string, l?: DriftLink): Finding => {
    if (!base) return f;
    const b = baseFindingKeys.get(key);
    if (!b) return { ...f, baseline: "new" };
    const row = l?.rows.find((r) => `drift/${r.field}` === f.code);
    const brow = b.l?.rows.find((r) => `drift/${r.field}` === f.code);
    if (
      row &&
      brow &&
      typeof row.spec?.value === "number" &&
      typeof row.manifest?.value === "number" &&
      typeof brow.spec?.value === "number" &&
      typeof brow.manifest?.value === "number"
    ) {
      const gap = Math.abs(row.spec.value - row.manifest.value);
      const bgap = Math.abs(brow.spec.value - brow.manifest.value);
      if (gap > bgap) return { ...f, baseline: "worsened" };
    }
    return { ...f, baseline: "unchanged" };
  };

  const reported = new Set<string>();
  for (const l of head.links) {
    const workloadFiles = new Set([l.workload.file]);
    const specTouched = touched(l.spec.file);
    const manifestTouched =
      touched(l.workload.file) ||
      l.rows.some((r) => r.manifest && touched(r.manifest.file)) ||
      l.findings.some((f) => touched(f.file));
    if (!specTouched && !manifestTouched) continue;
    void workloadFiles;
    const { findings: lf, ...link } = l;
    link.changed = { spec: specTouched, manifest: manifestTouched };
    const classified = lf.map((f) => classify(f, findingKey(f, l), l));
    link.rows = link.rows.map((r) => {
      const f = classified.find((x) => x.code === `drift/${r.field}`);
      return f?.baseline ? { ...r, baseline: f.baseline } : r;
    });
    links.push(link);
    reported.add(linkKey(l));
    findings.push(...classified);
  }
  for (const f of head.findings) {
    if (!touched(f.file)) continue;
    findings.push(classify(f, findingKey(f)));
  }
  let fixed = 0;
  if (base) {
    const headKeys = new Set([
      ...head.links.flatMap((l) => l.findings.map((f) => findingKey(f, l))),
      ...head.findings.map((f) => findingKey(f)),
    ]);
    for (const [k, b] of baseFindingKeys) {
      if (headKeys.has(k)) continue;
      if (b.l && !reported.has(linkKey(b.l)) && !baseLinks.has(linkKey(b.l))) continue;
      if (
        b.l
          ? reported.has(linkKey(b.l)) || touched(b.l.workload.file) || touched(b.l.spec.file)
          : touched(b.f.file)
      )
        fixed++;
    }
  }
  const skipped = [...(options.skipped ?? []), ...head.skipped.filter((s) => touched(s.file))];
  const templated = head.skipped.filter((s) => touched(s.file) && s.reason.startsWith("templated"));
  for (const s of templated)
    findings.push(
      classify(
        finding(
          "drift/templated",
          "notice",
          { file: s.file, line: 1, column: 1, pointer: "" },
          `This file holds template text (\`{{ }}\`) and was not read as a manifest.`,
          "Render Helm charts with `helm template` (the Action does when helm is installed), or map the chart's values.yaml keys in `drift.values`.",
        ),
        `drift/templated\0${s.file}`,
      ),
    );
  findings.sort((a, b) =>
    a.file < b.file
      ? -1
      : a.file > b.file
        ? 1
        : a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
  return { links, findings, fixed, skipped, manifestsRead: head.manifestFiles };
}

/** True when a finding is drift between a spec and a manifest (not a notice about reading files). */
export function isDrift(f: Finding): boolean {
  return f.source === "drift" && f.severity !== "notice";
}
