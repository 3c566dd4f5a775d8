/**
 * Model resolution: from what a spec says (`identity.model.id`, `family`, `artifacts.modelUri`,
 * annotations, repo config) to an architecture, with how sure we are.
 *
 * Order: annotation `modelspec-review.piqc.ai/model` → annotation-declared architecture → repo config
 * `catalog.models` → catalog id (exact) → catalog alias or id with suffixes such as `-Instruct` dropped
 * (alias) → size parsed from the id (`70b`, `8x7b`, `0.5B`) scaled within the family (parsed-size) →
 * unknown. Unknown is never guessed.
 */
import type { Confidence, Config, ModelOverride, ModelSpec } from "../types.js";
import { readAnnotations, type SpecAnnotations } from "./annotations.js";
import { FAMILY_ALIASES, MODELS, modelFromOverride, scaleArch, type ModelArch } from "./models.js";
import { modelKey, squash } from "./normalize.js";

export interface ModelResolution {
  model: ModelArch | null;
  confidence: Confidence;
  /** The name the spec declared (id, else the model URI), for reports. */
  declared: string | null;
  reason: string;
  /** Precision implied by the checkpoint name (`-AWQ`, `-FP8`…) or the catalog entry, if any. */
  impliedPrecision: string | null;
}

/** Words in a model name that do not change the architecture. */
const NOISE = new Set([
  "instruct", "chat", "hf", "it", "base", "pretrained", "model", "weights", "checkpoint", "latest",
  "awq", "gptq", "int4", "int8", "fp8", "fp16", "bf16", "mxfp4", "w4a16", "w8a8", "w8a16", "gguf",
  "4bit", "8bit", "bnb", "dynamic", "quantized", "marlin",
]); // prettier-ignore

const QUANT_WORDS: Record<string, string> = {
  awq: "awq",
  gptq: "gptq",
  int4: "int4",
  w4a16: "int4",
  "4bit": "int4",
  int8: "int8",
  w8a8: "int8",
  w8a16: "int8",
  "8bit": "int8",
  fp8: "fp8",
  mxfp4: "mxfp4",
};

interface Index {
  byKey: Map<string, { model: ModelArch; exact: boolean }>;
  byFamily: Map<string, ModelArch[]>;
}

function buildIndex(models: readonly ModelArch[]): Index {
  const byKey = new Map<string, { model: ModelArch; exact: boolean }>();
  const byFamily = new Map<string, ModelArch[]>();
  for (const model of models) {
    const k = modelKey(model.id);
    if (!byKey.has(k)) byKey.set(k, { model, exact: true });
  }
  for (const model of models) {
    for (const alias of [model.name, ...model.aliases]) {
      const k = modelKey(alias);
      if (k && !byKey.has(k)) byKey.set(k, { model, exact: false });
    }
    if (model.kind === "decoder" && !model.checkpointPrecision && !model.keep16) {
      const list = byFamily.get(model.family) ?? [];
      list.push(model);
      byFamily.set(model.family, list);
    }
  }
  return { byKey, byFamily };
}

const INDEX = buildIndex(MODELS);

function tokens(name: string): string[] {
  const last = name.trim().replace(/\/+$/, "").split("/").pop() ?? "";
  return last
    .toLowerCase()
    .split(/[-_\s:]+/)
    .filter(Boolean);
}

/** Candidate keys for a name: as written, without noise words, without version words too. */
function candidateKeys(name: string): string[] {
  const t = tokens(name);
  const a = t.join("");
  const b = t.filter((w) => !NOISE.has(w)).join("");
  const c = t.filter((w) => !NOISE.has(w) && !/^v\d+(\.\d+)*$/.test(w)).join("");
  return [...new Set([a, b, c].map((k) => k.replace(/^meta(?=llama)/, "")))].filter(Boolean);
}

function impliedQuant(name: string): string | null {
  for (const w of tokens(name)) if (QUANT_WORDS[w]) return QUANT_WORDS[w];
  return null;
}

/** Names to try: the id, then the repo name inside an `hf://org/name` or huggingface.co URI, then URI segments. */
function namesOf(spec: ModelSpec): string[] {
  const model = spec.spec?.identity?.model;
  const names: string[] = [];
  if (typeof model?.id === "string" && model.id.trim()) names.push(model.id);
  const uri = model?.artifacts?.modelUri;
  if (typeof uri === "string" && uri.trim()) {
    const hf = /^(?:hf:\/\/|https?:\/\/(?:www\.)?huggingface\.co\/)([^/]+\/[^/?#]+)/i.exec(uri.trim());
    if (hf?.[1]) names.push(hf[1]);
    else {
      const segments = uri
        .replace(/^[a-z0-9+.-]+:\/\//i, "")
        .split("/")
        .filter(Boolean)
        .slice(1) // the bucket / host
        .reverse();
      names.push(...segments);
    }
  }
  return names;
}

function familyOf(spec: ModelSpec, name: string | null): string | null {
  const fam = spec.spec?.identity?.model?.family;
  const keys = Object.keys(FAMILY_ALIASES).sort((x, y) => y.length - x.length);
  if (typeof fam === "string" && fam.trim()) {
    const f = squash(fam);
    if (FAMILY_ALIASES[f]) return FAMILY_ALIASES[f];
    for (const k of keys) if (f.startsWith(k)) return FAMILY_ALIASES[k] ?? null;
  }
  if (name) {
    const n = squash(tokens(name).join("")).replace(/^meta(?=llama)/, "");
    for (const k of keys) if (n.startsWith(k)) return FAMILY_ALIASES[k] ?? null;
  }
  return null;
}

export interface ParsedSize {
  totalB: number;
  /** For `8x7b`: experts and per-expert size. */
  moe?: { experts: number; expertB: number };
  text: string;
}

/** Parse a parameter count out of a model name: `70b`, `8x7b`, `0.5B`, `350m`. */
export function parseSize(name: string): ParsedSize | null {
  const s = name.toLowerCase();
  const moe = /(?:^|[^a-z0-9.])(\d+)x(\d+(?:\.\d+)?)b(?![a-z])/.exec(s);
  if (moe?.[1] && moe[2]) {
    const experts = Number(moe[1]);
    const expertB = Number(moe[2]);
    if (experts > 0 && expertB > 0)
      return { totalB: experts * expertB, moe: { experts, expertB }, text: `${moe[1]}x${moe[2]}B` };
  }
  const dense = /(?:^|[^a-z0-9.])(\d+(?:\.\d+)?)([bm])(?![a-z])/.exec(s);
  if (dense?.[1] && dense[2]) {
    const v = Number(dense[1]);
    const totalB = dense[2] === "m" ? v / 1000 : v;
    if (totalB > 0 && totalB < 10_000) return { totalB, text: `${dense[1]}${dense[2].toUpperCase()}` };
  }
  return null;
}

function declaredIndex(list: ModelOverride[]): Map<string, ModelOverride> {
  const map = new Map<string, ModelOverride>();
  for (const o of list) {
    for (const n of [o.id, ...(o.aliases ?? [])]) {
      for (const k of candidateKeys(n)) if (!map.has(k)) map.set(k, o);
    }
  }
  return map;
}

const declaredCache = new WeakMap<ModelOverride[], Map<string, ModelOverride>>();

function lookupDeclared(config: Config | undefined, name: string): ModelOverride | null {
  const list = config?.catalog?.models;
  if (!list || list.length === 0) return null;
  let idx = declaredCache.get(list);
  if (!idx) {
    idx = declaredIndex(list);
    declaredCache.set(list, idx);
  }
  for (const k of candidateKeys(name)) {
    const hit = idx.get(k);
    if (hit) return hit;
  }
  return null;
}

function lookupCatalog(name: string): { model: ModelArch; exact: boolean; viaStrip: boolean } | null {
  const keys = candidateKeys(name);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === undefined) continue;
    const hit = INDEX.byKey.get(k);
    if (hit) return { ...hit, viaStrip: i > 0 };
  }
  // Derivatives name their base after a prefix: `Hermes-3-Llama-3.1-405B-FP8`, `acme-mistral-7b-v0.3`.
  const t = tokens(name);
  for (let drop = 1; drop <= Math.min(3, t.length - 2); drop++) {
    for (const k of candidateKeys(t.slice(drop).join("-"))) {
      const hit = INDEX.byKey.get(k);
      if (hit) return { model: hit.model, exact: false, viaStrip: true };
    }
  }
  return null;
}

/** Nearest member of a family by log-distance of parameter count. */
function nearestMember(family: string, totalB: number): ModelArch | null {
  const members = INDEX.byFamily.get(family);
  if (!members || members.length === 0) return null;
  let best: ModelArch | null = null;
  let bestD = Infinity;
  for (const m of members) {
    const d = Math.abs(Math.log(m.paramsB / totalB));
    if (d < bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

/** Parsed-size resolution: a family member if the size matches one within 15%, else a scaled member. */
function fromParsedSize(size: ParsedSize, family: string | null, name: string): ModelArch | null {
  if (size.moe) {
    const fam = family ?? "mixtral";
    const members = (INDEX.byFamily.get(fam) ?? []).filter((m) => m.moe?.experts === size.moe?.experts);
    const tag = `${size.moe.experts}x${size.moe.expertB}b`;
    const same = members.find((m) => m.id.endsWith(tag));
    if (same) return same;
    const ref = members[0] ?? MODELS.find((m) => m.id === "mixtral-8x7b");
    if (!ref) return null;
    // Mixtral: 8 × 7B nominal = 56 B, 46.7 B real (attention and embeddings are shared).
    const ratio = ref.paramsB / ((ref.moe?.experts ?? 8) * 7);
    return scaleArch(ref, size.totalB * ratio, null, name);
  }
  if (!family) return null;
  const member = nearestMember(family, size.totalB);
  if (!member) return null;
  if (Math.abs(member.paramsB / size.totalB - 1) <= 0.15) return member;
  return scaleArch(member, size.totalB, null, name);
}

function fromAnnotations(ann: SpecAnnotations, base: ModelArch | null, name: string): ModelArch | null {
  const v = ann.values;
  if (typeof v["params-b"] !== "number") return null;
  const num = (k: keyof typeof v): number | undefined =>
    typeof v[k] === "number" ? (v[k] as number) : undefined;
  const o: ModelOverride = {
    id: name,
    paramsB: v["params-b"],
    activeParamsB: num("active-params-b"),
    layers: num("layers"),
    hiddenSize: num("hidden-size"),
    attentionHeads: num("attention-heads"),
    kvHeads: num("kv-heads"),
    headDim: num("head-dim"),
    vocabSize: num("vocab-size"),
    maxContext: num("max-context"),
    source: "declared in metadata.annotations",
  };
  const scaledBase = base ? scaleArch(base, o.paramsB, o.activeParamsB ?? null, name) : null;
  return modelFromOverride(o, scaledBase);
}

const UNKNOWN_HOW =
  "declare it in .github/modelspec-review.yml under catalog.models (id, paramsB, layers, kvHeads, headDim, hiddenSize) " +
  "or with the annotations modelspec-review.piqc.ai/params-b, modelspec-review.piqc.ai/layers, modelspec-review.piqc.ai/kv-heads, " +
  "modelspec-review.piqc.ai/head-dim and modelspec-review.piqc.ai/hidden-size";

export const HOW_TO_DECLARE_MODEL = UNKNOWN_HOW;

/** Resolve a spec's model. Never throws; unknown stays unknown. */
export function resolveModel(spec: ModelSpec | null | undefined, config?: Config): ModelResolution {
  if (!spec || typeof spec !== "object") {
    return { model: null, confidence: "unknown", declared: null, reason: "no spec", impliedPrecision: null };
  }
  const names = namesOf(spec);
  const declared = names[0] ?? null;
  const ann = readAnnotations(spec);
  const quant = names.map(impliedQuant).find((q) => q !== null) ?? null;

  // 1. annotation naming a catalog model
  const annModel = ann.values.model;
  if (typeof annModel === "string") {
    const hit = lookupCatalog(annModel);
    const decl = lookupDeclared(config, annModel);
    const model = decl ? modelFromOverride(decl, hit?.model ?? null) : (hit?.model ?? null);
    if (model) {
      return {
        model,
        confidence: "declared",
        declared,
        reason: `annotation modelspec-review.piqc.ai/model names ${model.id}`,
        impliedPrecision: model.checkpointPrecision ?? quant,
      };
    }
  }

  // Best resolution by name (used directly, or as the base for declared figures).
  let byName: ModelResolution | null = null;
  for (const name of names) {
    const decl = lookupDeclared(config, name);
    if (decl) {
      const base = lookupCatalog(decl.id)?.model ?? null;
      const family = familyOf(spec, name);
      const size = parseSize(name);
      const fam = base ?? (size ? fromParsedSize(size, family, name) : null);
      const model = modelFromOverride(
        decl,
        fam ? scaleArch(fam, decl.paramsB, decl.activeParamsB ?? null, decl.id) : null,
      );
      if (model) {
        byName = {
          model,
          confidence: "declared",
          declared,
          reason: `"${name}" is declared in the repository config (catalog.models ${decl.id})`,
          impliedPrecision: quant,
        };
      } else {
        byName = {
          model: null,
          confidence: "unknown",
          declared,
          reason: `catalog.models entry ${decl.id} lacks layers, kvHeads, headDim or hiddenSize and no family member can supply them`,
          impliedPrecision: quant,
        };
      }
      break;
    }
    const hit = lookupCatalog(name);
    if (hit) {
      const exact = hit.exact && !hit.viaStrip;
      byName = {
        model: hit.model,
        confidence: exact ? "exact" : "alias",
        declared,
        reason: exact
          ? `"${name}" is catalog entry ${hit.model.id}`
          : `"${name}" matches catalog entry ${hit.model.id} (${hit.model.name})${hit.viaStrip ? " once words such as -instruct or a fine-tune prefix are dropped (same architecture assumed)" : ""}`,
        impliedPrecision: hit.model.checkpointPrecision ?? quant,
      };
      break;
    }
  }
  if (!byName) {
    for (const name of names) {
      const size = parseSize(name);
      if (!size) continue;
      const family = familyOf(spec, name);
      const model = fromParsedSize(size, family, name);
      if (!model) continue;
      const scaled = model.id === name;
      byName = {
        model,
        confidence: "parsed-size",
        declared,
        reason: scaled
          ? `size ${size.text} parsed from "${name}"; architecture scaled from the ${model.family} family (layers and hidden size × (P/P₀)^⅓, same KV heads and head size)`
          : `size ${size.text} parsed from "${name}" matches ${model.id} of the ${model.family} family`,
        impliedPrecision: quant,
      };
      break;
    }
  }

  // 2. annotation-declared architecture (on top of whatever the name gave)
  if (typeof ann.values["params-b"] === "number") {
    const model = fromAnnotations(ann, byName?.model ?? null, declared ?? "declared-model");
    if (model) {
      return {
        model,
        confidence: "declared",
        declared,
        reason: `declared through metadata.annotations (modelspec-review.piqc.ai/params-b = ${ann.values["params-b"]})`,
        impliedPrecision: quant,
      };
    }
    return {
      model: null,
      confidence: "unknown",
      declared,
      reason:
        "modelspec-review.piqc.ai/params-b is declared but the architecture is unknown: add modelspec-review.piqc.ai/layers, kv-heads, head-dim and hidden-size",
      impliedPrecision: quant,
    };
  }
  if (byName) return byName;

  const family = familyOf(spec, declared);
  return {
    model: null,
    confidence: "unknown",
    declared,
    reason: declared
      ? `"${declared}" is not in the model catalog${family ? ` (family ${family} recognised, but no size such as 8b or 70b in the name)` : ""}`
      : "no model id or model URI declared",
    impliedPrecision: quant,
  };
}
