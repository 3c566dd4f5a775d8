/**
 * What the edge fetches for model resolution, and which models a set of specs needs. Pure.
 *
 * The edge (`src/hub/`) reads, for every `ModelRef` this module lists, the committed
 * `.modelspec/models/<repo>/config.json` (+ `model.safetensors.index.json`), else the on-disk
 * Hugging Face cache, else the Hub, and hands the texts back as `ModelTexts`; `analyse()` passes them
 * to the resolver. Nothing here performs I/O.
 */
import { parseFile } from "../parse.js";
import type { Config, FilePair, ModelSpec } from "../types.js";
import { isModelSpec } from "../validate.js";
import { ANNOTATION_PREFIX } from "../catalog/annotations.js";

/** Where the edge looks for a committed config: `<MODEL_CONFIG_DIR>/<org>/<name>/config.json`. */
export const MODEL_CONFIG_DIR = ".modelspec/models";
/** Most model repositories one review fetches (cost per PR stays constant). */
export const MAX_MODEL_REFS = 20;

/** A model repository at a revision: `Qwen/Qwen3-8B@main`, or a bare name for a committed config. */
export interface ModelRef {
  /** `org/name` on the Hub, or a bare model id (only a committed config can serve that). */
  repo: string;
  /** Branch, tag or commit; `main` unless `hf://org/name@rev` says otherwise. */
  revision: string;
  /** True when `repo` is Hub-shaped (`org/name`), so the cache and the Hub may serve it. */
  hub: boolean;
}

/** Stable codes of model-source failures; each becomes a finding with this code. */
export type ModelSourceErrorCode =
  | "model/hub-not-found"
  | "model/hub-gated"
  | "model/hub-timeout"
  | "model/hub-unreachable"
  | "model/hub-error"
  | "model/hub-offline"
  | "model/config-too-large";

/** What the edge obtained for one `ModelRef`. */
export interface FetchedModel {
  repo: string;
  revision: string;
  /** Where `config` came from: a URL or repository path a user can open. */
  origin?: { kind: "repo-file" | "cache" | "hub"; ref: string };
  /** `config.json` text. */
  config?: string;
  /** `model.safetensors.index.json` text, when the repository has one. */
  index?: string;
  /** Why no config could be had (the Hub said 404, 401, timed out…). */
  error?: { code: ModelSourceErrorCode; message: string; status?: number };
  /** Non-fatal notes (index missing or too large), shown as assumptions. */
  notes?: string[];
}

/** Fetched models keyed by `refKey(ref)`. */
export type ModelTexts = Readonly<Record<string, FetchedModel>>;

/** `org/name@revision`. */
export function refKey(ref: { repo: string; revision: string }): string {
  return `${ref.repo}@${ref.revision}`;
}

const SEGMENT = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?$/;
const REVISION = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;

/** Is `name` a Hub repository id (`org/name`, no `..`, as huggingface_hub validates them)? */
export function isHubRepoId(name: string): boolean {
  const parts = name.split("/");
  return parts.length === 2 && parts.every((p) => SEGMENT.test(p) && !p.includes("..") && !p.includes("--"));
}

function validRevision(rev: string): boolean {
  return REVISION.test(rev) && !rev.includes("..") && !rev.endsWith("/");
}

/**
 * Parse `hf://org/name@rev`, `hf://org/name`, `https://huggingface.co/org/name[/tree/rev]` or a bare
 * `org/name` into a ref. Null for anything else (S3 paths, local paths, bare names).
 */
export function parseHubRef(text: string): ModelRef | null {
  const s = text.trim();
  let repo: string | undefined;
  let revision = "main";
  const hf = /^hf:\/\/([^@?#\s]+?)(?:@([^?#\s]+))?\/?$/i.exec(s);
  const url =
    /^https?:\/\/(?:www\.)?huggingface\.co\/([^/?#\s]+\/[^/?#\s]+)(?:\/(?:tree|blob|resolve)\/([^?#\s]+?))?\/?(?:[?#].*)?$/i.exec(
      s,
    );
  if (hf?.[1]) {
    repo = hf[1];
    if (hf[2]) revision = decodeURIComponent(hf[2]);
  } else if (url?.[1]) {
    repo = url[1];
    if (url[2]) revision = decodeURIComponent(url[2]);
  } else if (/^[^/:\s]+\/[^/:\s]+$/.test(s)) {
    const at = s.indexOf("@");
    repo = at > 0 ? s.slice(0, at) : s;
    if (at > 0) revision = s.slice(at + 1);
  }
  if (!repo || !isHubRepoId(repo) || !validRevision(revision)) return null;
  return { repo, revision, hub: true };
}

/**
 * The model repositories a spec names, most specific first: the annotation
 * `modelspec-review.piqc.ai/model` when it is a repo id, `artifacts.modelUri` (`hf://…`, a
 * huggingface.co URL), `identity.model.id` when it is `org/name`; else the bare id (a committed
 * config under `.modelspec/models/<id>/` can still serve it).
 */
export function modelRefsOf(spec: ModelSpec | null | undefined): ModelRef[] {
  if (!spec || typeof spec !== "object") return [];
  const out: ModelRef[] = [];
  const add = (r: ModelRef | null) => {
    if (r && !out.some((o) => o.repo === r.repo && o.revision === r.revision)) out.push(r);
  };
  const ann = spec.metadata?.annotations;
  const annModel = ann && typeof ann === "object" ? ann[`${ANNOTATION_PREFIX}model`] : undefined;
  if (typeof annModel === "string") add(parseHubRef(annModel));
  const model = spec.spec?.identity?.model;
  const uri = model?.artifacts?.modelUri;
  if (typeof uri === "string") add(parseHubRef(uri));
  const id = model?.id;
  if (typeof id === "string") {
    const r = parseHubRef(id);
    if (r) add(r);
    else if (SEGMENT.test(id.trim())) add({ repo: id.trim(), revision: "main", hub: false });
  }
  return out;
}

/** The fetched config for a spec: the first of its refs the edge could serve, and every failure seen. */
export function fetchedFor(
  spec: ModelSpec | null | undefined,
  models: ModelTexts | undefined,
): { hit: FetchedModel | null; failures: FetchedModel[] } {
  const failures: FetchedModel[] = [];
  if (!models) return { hit: null, failures };
  for (const ref of modelRefsOf(spec)) {
    const got = models[refKey(ref)];
    if (!got) continue;
    if (got.config !== undefined) return { hit: got, failures };
    if (got.error) failures.push(got);
  }
  return { hit: null, failures };
}

/**
 * Which model repositories the specs in `pairs` need (both sides), deduplicated, capped at
 * `MAX_MODEL_REFS`. A name the repo config declares under `catalog.models` needs nothing: the
 * declaration wins. Pure (parses the texts); the edge calls it before fetching.
 */
export function modelsNeeded(pairs: readonly FilePair[], config: Config): ModelRef[] {
  const declared = new Set(
    (config.catalog?.models ?? []).flatMap((m) => [m.id, ...(m.aliases ?? [])].map((n) => n.toLowerCase())),
  );
  const out = new Map<string, ModelRef>();
  for (const pair of pairs) {
    for (const text of [pair.base, pair.head]) {
      if (text === undefined) continue;
      const parsed = parseFile(pair.path, text, { maxBytes: config.limits?.maxFileBytes });
      for (const doc of parsed.documents) {
        if (!isModelSpec(doc.value)) continue;
        const spec = doc.value as ModelSpec;
        const id = spec.spec?.identity?.model?.id;
        if (typeof id === "string" && declared.has(id.toLowerCase())) continue;
        for (const ref of modelRefsOf(spec)) {
          if (out.size >= MAX_MODEL_REFS) break;
          out.set(refKey(ref), ref);
        }
      }
    }
  }
  return [...out.values()];
}
