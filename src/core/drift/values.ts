/**
 * Helm charts without `helm`: a values file read as a workload, through the keys the repo config
 * maps (`drift.values[].keys`: dotted values key → setting). Quote a segment that holds dots:
 * `resources.limits."nvidia.com/gpu"`.
 */
import { escapeToken } from "../pointer.js";
import { makeFinding } from "../findings.js";
import { parseFile } from "../parse.js";
import type { Config, DriftValuesConfig, Finding, Located } from "../types.js";
import { commandTokens } from "./args.js";
import { readEngine, type SettingKey } from "./engines.js";
import type { ResolvedWorkload } from "./resolve.js";

const SETTINGS: readonly SettingKey[] = [
  "model",
  "tensorParallel",
  "pipelineParallel",
  "maxModelLen",
  "maxNumSeqs",
  "maxNumBatchedTokens",
  "gpuMemoryUtilization",
  "dtype",
  "quantization",
  "kvCacheDtype",
  "port",
  "maxInputLength",
];
const NUMERIC = new Set<SettingKey>([
  "tensorParallel",
  "pipelineParallel",
  "maxModelLen",
  "maxNumSeqs",
  "maxNumBatchedTokens",
  "gpuMemoryUtilization",
  "port",
  "maxInputLength",
]);

/** Every setting a values key may map to. */
export const VALUES_SETTINGS = [
  "gpus",
  "replicas",
  "minReplicas",
  "maxReplicas",
  "gpuType",
  "args",
  ...SETTINGS,
] as const;

function segments(key: string): string[] {
  const out: string[] = [];
  for (const m of key.matchAll(/"([^"]+)"|([^.]+)/g)) out.push(m[1] ?? m[2]!);
  return out;
}

/** The workload a values file describes, or findings saying why it could not be read. */
export function readValuesWorkload(
  entry: DriftValuesConfig,
  text: string,
  config: Config,
): { workload: ResolvedWorkload | null; findings: Finding[] } {
  const parsed = parseFile(entry.file, text, { maxBytes: config.limits.maxFileBytes });
  const doc = parsed.documents[0];
  const findings: Finding[] = [];
  if (!doc) {
    const e = parsed.findings[0];
    findings.push(
      makeFinding(
        "drift/manifest-unreadable",
        "warning",
        "drift",
        { file: entry.file, pointer: "", line: e?.line ?? 1, column: e?.column ?? 1 },
        `The values file mapped in drift.values could not be read${e ? ` (${e.message})` : ""}.`,
      ),
    );
    return { workload: null, findings };
  }
  const at = (pointer: string, value: number | string, via: string): Located<number | string> => {
    const p = doc.locate(pointer);
    return { value, file: entry.file, line: p.line, column: p.column, pointer, via };
  };
  const w: ResolvedWorkload = {
    kind: "HelmValues",
    name: entry.spec,
    namespace: null,
    labels: {},
    annotations: {},
    at: { value: entry.spec, file: entry.file, line: 1, column: 1, pointer: "" },
    replicas: null,
    minReplicas: null,
    maxReplicas: null,
    gpusPerReplica: null,
    podsPerReplica: 1,
    gpuProduct: null,
    image: null,
    engine: null,
    engineDetectedBy: null,
    settings: {},
    containerPort: null,
    readinessPath: null,
    livenessPath: null,
    storageUri: null,
    files: [entry.file],
  };
  for (const [key, setting] of Object.entries(entry.keys)) {
    const segs = segments(key);
    let v: unknown = doc.value;
    for (const s of segs)
      v =
        v !== null && typeof v === "object" && !Array.isArray(v)
          ? (v as Record<string, unknown>)[s]
          : undefined;
    if (v === undefined || v === null) continue;
    const pointer = "/" + segs.map(escapeToken).join("/");
    const n =
      typeof v === "number" ? v : typeof v === "string" && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : null;
    const bad = () => {
      const { line, column } = doc.locate(pointer);
      findings.push(
        makeFinding(
          "drift/unreadable-value",
          "notice",
          "drift",
          { file: entry.file, pointer, line, column },
          `\`${key}\` (mapped to ${setting}) is ${JSON.stringify(v)}, which could not be read; it is left out of the drift check.`,
        ),
      );
    };
    switch (setting) {
      case "gpus":
      case "replicas":
      case "minReplicas":
      case "maxReplicas": {
        if (n === null || !Number.isInteger(n)) {
          bad();
          break;
        }
        const l = at(pointer, n, key) as Located<number>;
        if (setting === "gpus") w.gpusPerReplica = l;
        else w[setting] = l;
        break;
      }
      case "gpuType":
        w.gpuProduct = at(pointer, String(v), key) as Located<string>;
        break;
      case "args": {
        const list = Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : null;
        if (!list) {
          bad();
          break;
        }
        const tokens = commandTokens(list);
        const read = readEngine(null, tokens, []);
        w.engine = read.engine;
        w.engineDetectedBy = read.detectedBy;
        for (const [k, s] of Object.entries(read.settings) as [
          SettingKey,
          NonNullable<(typeof read.settings)[SettingKey]>,
        ][]) {
          const el = s.source.kind === "arg" ? s.source.token.element : 0;
          w.settings[k] = at(Array.isArray(v) ? `${pointer}/${el}` : pointer, s.value, s.flag);
        }
        break;
      }
      default: {
        if (!(SETTINGS as readonly string[]).includes(setting)) {
          bad();
          break;
        }
        const k = setting as SettingKey;
        if (NUMERIC.has(k)) {
          if (n === null) bad();
          else w.settings[k] = at(pointer, n, key);
        } else w.settings[k] = at(pointer, String(v), key);
      }
    }
  }
  return { workload: w, findings };
}
