/**
 * Model resolution: from what a spec says (`identity.model.id`, `family`, `artifacts.modelUri`,
 * annotations, repo config) to an architecture, with how sure we are.
 *
 * Order: annotation `modelspec-review.piqc.ai/model` → repo config `catalog.models` → annotation-declared
 * architecture → the model's real config.json (committed under `.modelspec/models/`, cached, or from the
 * Hugging Face Hub; fetched by the edge) → built-in catalog id (exact) → catalog alias or id with
 * suffixes such as `-Instruct` dropped (alias, by analogy) → unknown. A size parsed from the name
 * (`70b`, `8x7b`) is a labelled hint only (`parsed-size`, no model). Unknown is never guessed.
 */
import type { ModelCode } from "../findings.js";
import type { Confidence, Config, ModelOverride, ModelSpec } from "../types.js";
import { readAnnotations, type SpecAnnotations } from "./annotations.js";
import { FAMILY_ALIASES, MODELS, modelFromOverride, type ModelArch } from "./models.js";
import { parseHfConfig } from "../models/hf-config.js";
import {
  MODEL_CONFIG_DIR,
  fetchedFor,
  refKey,
  type FetchedModel,
  type ModelTexts,
} from "../models/sources.js";
import { modelKey, squash } from "./normalize.js";
import { own } from "../lookup.js";

/** What a spec's model resolved to, how sure the match is, and the problems met on the way. */
export interface ModelResolution {
  model: ModelArch | null;
  confidence: Confidence;
  /** The name the spec declared (id, else the model URI), for reports. */
  declared: string | null;
  reason: string;
  /** Precision implied by the checkpoint name (`-AWQ`, `-FP8`…) or the catalog entry, if any. */
  impliedPrecision: string | null;
  /** Problems met on the way (Hub failures, a config.json that does not parse); become findings. */
  problems: ModelProblem[];
  /** Parameters (billions) read from the name, when that is all there is: a labelled hint, never a verdict. */
  sizeHintB?: number;
}

/** A resolution problem with a stable code, for the estimator to turn into a finding at the model id. */
export interface ModelProblem {
  code: ModelCode;
  severity: "warning" | "notice";
  message: string;
  hint: string;
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
  for (const w of tokens(name)) if (own(QUANT_WORDS, w)) return own(QUANT_WORDS, w)!;
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
    if (own(FAMILY_ALIASES, f)) return own(FAMILY_ALIASES, f)!;
    for (const k of keys) if (f.startsWith(k)) return own(FAMILY_ALIASES, k) ?? null;
  }
  if (name) {
    const n = squash(tokens(name).join("")).replace(/^meta(?=llama)/, "");
    for (const k of keys) if (n.startsWith(k)) return own(FAMILY_ALIASES, k) ?? null;
  }
  return null;
}

/** A parameter count read from a model name (`8b`, `8x7b`). */
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

/**
 * A family member whose published size matches a parsed size within 15 % (a fine-tune named after its
 * base). Never scaled: an architecture is not invented from a size.
 */
function familyMemberOfSize(size: ParsedSize, family: string | null): ModelArch | null {
  if (size.moe) {
    const tag = `${size.moe.experts}x${size.moe.expertB}b`;
    return MODELS.find((m) => m.moe?.experts === size.moe?.experts && m.id.endsWith(tag)) ?? null;
  }
  if (!family) return null;
  const member = nearestMember(family, size.totalB);
  if (!member) return null;
  return Math.abs(member.paramsB / size.totalB - 1) <= 0.15 ? member : null;
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
  return modelFromOverride(o, base);
}

const UNKNOWN_HOW =
  `commit its Hugging Face config.json as ${MODEL_CONFIG_DIR}/<org>/<name>/config.json, name its Hub repository ` +
  "(identity.model.id org/name or artifacts.modelUri hf://org/name@revision; set HF_TOKEN for gated repos), " +
  "declare it in .github/modelspec-review.yml under catalog.models (id, paramsB, layers, kvHeads, headDim, hiddenSize) " +
  "or with the annotations modelspec-review.piqc.ai/params-b, modelspec-review.piqc.ai/layers, modelspec-review.piqc.ai/kv-heads, " +
  "modelspec-review.piqc.ai/head-dim and modelspec-review.piqc.ai/hidden-size";

/** How a user declares a model the resolver cannot find (shown in the unknown-model finding's hint). */
export const HOW_TO_DECLARE_MODEL = UNKNOWN_HOW;

/** The architecture of a fetched config.json, with its origin and the problems parsing it raised. */
function fromFetched(got: FetchedModel): { model: ModelArch | null; problems: ModelProblem[] } {
  const origin = got.origin ?? { kind: "hub" as const, ref: refKey(got) };
  const parsed = parseHfConfig(got.config ?? "", {
    id: got.repo,
    indexText: got.index ?? null,
    origin,
    source: `config.json of ${got.repo}@${got.revision} (${origin.kind === "repo-file" ? "committed at " : origin.kind === "cache" ? "Hugging Face cache, " : ""}${origin.ref})`,
    asOf: got.revision,
  });
  const problems: ModelProblem[] = parsed.problems.map((p) => ({
    code: p.code,
    severity: p.code === "model/index-invalid" ? "notice" : "warning",
    message: `${got.repo}@${got.revision}: ${p.message}`,
    hint:
      p.code === "model/config-incomplete"
        ? `The resolver needs num_hidden_layers, hidden_size, num_attention_heads, vocab_size and intermediate_size; ${UNKNOWN_HOW}.`
        : `Check ${origin.ref}; otherwise ${UNKNOWN_HOW}.`,
  }));
  return { model: parsed.arch, problems };
}

function failureProblem(f: FetchedModel, resolved: boolean): ModelProblem {
  const e = f.error ?? { code: "model/hub-error" as const, message: "unknown failure" };
  const how: Record<string, string> = {
    "model/hub-gated": "set HF_TOKEN (a token with access to the gated repository) for the review",
    "model/hub-not-found": "check the repository id and revision",
    "model/hub-offline": "unset HF_HUB_OFFLINE, warm the cache (HF_HOME), or commit the config",
    "model/hub-timeout": "retry, or set HF_ENDPOINT to a reachable mirror",
    "model/hub-unreachable": "check network access, HTTPS_PROXY / NO_PROXY or HF_ENDPOINT",
  };
  return {
    code: e.code,
    severity: resolved ? "notice" : "warning",
    message: `config.json of ${f.repo}@${f.revision} could not be read: ${e.message}${resolved ? "" : "; the model stays unresolved"}`,
    hint: `${own(how, e.code) ?? "retry later"}; or commit it as ${MODEL_CONFIG_DIR}/${f.repo}/config.json.`,
  };
}

/**
 * Resolve a spec's model. Never throws; unknown stays unknown.
 *
 * Order: annotation `modelspec-review.piqc.ai/model` naming a declared or catalog model → repo config
 * `catalog.models` → annotation-declared architecture → the model's real config.json (committed,
 * cached or from the Hub; handed in as `models` by the edge) → built-in catalog (exact, then alias) →
 * unknown. A size parsed from the name is only a hint (`sizeHintB`), never an architecture.
 */
export function resolveModel(
  spec: ModelSpec | null | undefined,
  config?: Config,
  models?: ModelTexts,
): ModelResolution {
  if (!spec || typeof spec !== "object") {
    return {
      model: null,
      confidence: "unknown",
      declared: null,
      reason: "no spec",
      impliedPrecision: null,
      problems: [],
    };
  }
  const names = namesOf(spec);
  const declared = names[0] ?? null;
  const ann = readAnnotations(spec);
  const quant = names.map(impliedQuant).find((q) => q !== null) ?? null;
  const problems: ModelProblem[] = [];
  const done = (r: Omit<ModelResolution, "problems">): ModelResolution => {
    const { failures } = fetchedFor(spec, models);
    for (const f of failures) {
      // Offline by choice and resolved anyway: nothing worth telling.
      if (r.model !== null && f.error?.code === "model/hub-offline") continue;
      problems.push(failureProblem(f, r.model !== null));
    }
    return { ...r, problems };
  };

  // The real config.json, when the edge fetched one.
  const { hit } = fetchedFor(spec, models);
  let fromConfig: ModelArch | null = null;
  if (hit) {
    const r = fromFetched(hit);
    problems.push(...r.problems);
    fromConfig = r.model;
  }

  // 1. annotation naming a declared or catalog model
  const annModel = ann.values.model;
  if (typeof annModel === "string") {
    const hitCat = lookupCatalog(annModel);
    const decl = lookupDeclared(config, annModel);
    const model = decl
      ? modelFromOverride(decl, fromConfig ?? hitCat?.model ?? null)
      : fromConfig && hit && annModel === hit.repo.toLowerCase()
        ? fromConfig
        : (hitCat?.model ?? null);
    if (model) {
      return done({
        model,
        confidence: "declared",
        declared,
        reason: `annotation modelspec-review.piqc.ai/model names ${model.id}`,
        impliedPrecision: model.checkpointPrecision ?? quant,
      });
    }
  }

  // 2. the repository config's catalog.models
  for (const name of names) {
    const decl = lookupDeclared(config, name);
    if (!decl) continue;
    const exact = lookupCatalog(decl.id);
    const size = parseSize(decl.id);
    const member = size ? familyMemberOfSize(size, familyOf(spec, decl.id)) : null;
    const base = fromConfig ?? (exact && exact.exact && !exact.viaStrip ? exact.model : null) ?? member;
    const complete = modelFromOverride(decl, null);
    const model = complete ?? modelFromOverride(decl, base);
    if (model) {
      const borrowed =
        !complete && base
          ? base === fromConfig
            ? `; missing fields read from the config.json of ${base.id}`
            : `; missing fields taken from ${base.id} by analogy (the name and declared size match it)`
          : "";
      return done({
        model,
        confidence: "declared",
        declared,
        reason: `"${name}" is declared in the repository config (catalog.models ${decl.id})${borrowed}`,
        impliedPrecision: quant,
      });
    }
    return done({
      model: null,
      confidence: "unknown",
      declared,
      reason: `catalog.models entry ${decl.id} lacks layers, kvHeads, headDim or hiddenSize, and no config.json or catalog entry of the same model supplies them`,
      impliedPrecision: quant,
    });
  }

  // 3. annotation-declared architecture
  if (typeof ann.values["params-b"] === "number") {
    const exact = declared ? lookupCatalog(declared) : null;
    const base = fromConfig ?? (exact && exact.exact && !exact.viaStrip ? exact.model : null);
    const model = fromAnnotations(ann, base, declared ?? "declared-model");
    if (model) {
      return done({
        model,
        confidence: "declared",
        declared,
        reason: `declared through metadata.annotations (modelspec-review.piqc.ai/params-b = ${ann.values["params-b"]})${base && !fromAnnotations(ann, null, "x") ? `; other fields from ${base.id}` : ""}`,
        impliedPrecision: quant,
      });
    }
    return done({
      model: null,
      confidence: "unknown",
      declared,
      reason:
        "modelspec-review.piqc.ai/params-b is declared but the architecture is unknown: add modelspec-review.piqc.ai/layers, kv-heads, head-dim and hidden-size",
      impliedPrecision: quant,
    });
  }

  // 4. the model's own config.json
  if (fromConfig && hit) {
    const where =
      hit.origin?.kind === "repo-file"
        ? `committed at ${hit.origin.ref}`
        : hit.origin?.kind === "cache"
          ? "from the Hugging Face cache"
          : `from ${hit.origin?.ref ?? "the Hugging Face Hub"}`;
    return done({
      model: fromConfig,
      confidence: "config",
      declared,
      reason: `architecture read from the config.json of ${hit.repo}@${hit.revision} (${where})`,
      impliedPrecision: fromConfig.checkpointPrecision ?? quant,
    });
  }

  // 5. built-in catalog
  for (const name of names) {
    const hitCat = lookupCatalog(name);
    if (!hitCat) continue;
    const exact = hitCat.exact && !hitCat.viaStrip;
    return done({
      model: hitCat.model,
      confidence: exact ? "exact" : "alias",
      declared,
      reason: exact
        ? `"${name}" is built-in catalog entry ${hitCat.model.id}`
        : `"${name}" matches built-in catalog entry ${hitCat.model.id} (${hitCat.model.name})${hitCat.viaStrip ? " once words such as -instruct or a fine-tune prefix are dropped: by analogy, same architecture assumed" : ""}`,
      impliedPrecision: hitCat.model.checkpointPrecision ?? quant,
    });
  }

  // 6. a size in the name is a hint only
  for (const name of names) {
    const size = parseSize(name);
    if (!size) continue;
    return done({
      model: null,
      confidence: "parsed-size",
      declared,
      reason: `"${name}" is not a model the resolver knows: the size ${size.text} in its name is only a hint (names mislead: Llama-4-Scout-17B-16E has 109 B parameters), so no memory fit is judged`,
      impliedPrecision: quant,
      sizeHintB: size.totalB,
    });
  }

  const family = familyOf(spec, declared);
  return done({
    model: null,
    confidence: "unknown",
    declared,
    reason: declared
      ? `"${declared}" is not in the model catalog${family ? ` (family ${family} recognised, but the family alone does not give an architecture)` : ""} and no config.json was found for it`
      : "no model id or model URI declared",
    impliedPrecision: quant,
  });
}
