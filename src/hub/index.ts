/**
 * The Hugging Face model source (adapter of `ModelSource`), following huggingface_hub's conventions:
 *
 *   - files at `{HF_ENDPOINT}/{repo}/resolve/{revision}/{file}` (HF_ENDPOINT default https://huggingface.co);
 *   - `HF_TOKEN` (or the legacy `HUGGING_FACE_HUB_TOKEN`) sent as `Authorization: Bearer` for gated repos;
 *   - `HF_HUB_OFFLINE=1`: no network, the cache only;
 *   - the cache under HF_HUB_CACHE / HF_HOME (see ./cache.ts);
 *   - proxies from HTTPS_PROXY / NO_PROXY (through @actions/http-client).
 *
 * For each model the order is: a config committed in the reviewed repository at
 * `.modelspec/models/<org>/<name>/config.json` (+ `model.safetensors.index.json`) → the cache → the Hub.
 * `loadModelTexts` is the one edge function every front end calls before `analyse()`.
 */
import type { Config, FilePair } from "../core/types.js";
import {
  MODEL_CONFIG_DIR,
  modelsNeeded,
  refKey,
  type FetchedModel,
  type ModelRef,
  type ModelSourceErrorCode,
  type ModelTexts,
} from "../core/models/sources.js";
import type { ModelSource, RepoFileReader } from "../ports/model-source.js";
import { hubCacheDir, readCached, writeCached } from "./cache.js";
import { boundedGet, type HttpOutcome } from "./http.js";

/** The Hugging Face Hub used when HF_ENDPOINT is unset. */
export const DEFAULT_HF_ENDPOINT = "https://huggingface.co";
/** A config.json is a few KiB; anything past this is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Only the head of the safetensors index is read: `metadata.total_size` comes first. */
export const INDEX_PREFIX_BYTES = 64 * 1024;
/** Time budget of one Hub request, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;
const CONCURRENCY = 4;

/** Options of the Hub model source: environment, repository file reader, cache directory, timeout and log. */
export interface ModelSourceOptions {
  /** Environment to read HF_* from (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Reads repository files at the head ref, batched (the front end's ChangeSource). */
  readRepoFiles?: RepoFileReader;
  /** Hub cache directory; default from the environment (HF_HUB_CACHE, HF_HOME…); null: no cache. */
  cacheDir?: string | null;
  /** Per-request bound, ms (default 10 s, or HF_HUB_ETAG_TIMEOUT seconds when set). */
  timeoutMs?: number;
  log?: (message: string) => void;
}

function truthy(v: string | undefined): boolean {
  return v !== undefined && /^(1|true|yes|on)$/i.test(v.trim());
}

function fail(ref: ModelRef, code: ModelSourceErrorCode, message: string, status?: number): FetchedModel {
  return { repo: ref.repo, revision: ref.revision, error: { code, message, ...(status ? { status } : {}) } };
}

function statusError(
  ref: ModelRef,
  o: Extract<HttpOutcome, { kind: "status" }>,
  token: boolean,
): FetchedModel {
  const s = o.status;
  if (o.errorCode === "GatedRepo" || ((s === 401 || s === 403) && o.errorCode !== "RepoNotFound")) {
    return fail(
      ref,
      "model/hub-gated",
      `the Hub answered ${s}: ${ref.repo} is gated or private${token ? " and the token given has no access to it" : " and no HF_TOKEN was given"}`,
      s,
    );
  }
  if (
    s === 404 ||
    o.errorCode === "RepoNotFound" ||
    o.errorCode === "RevisionNotFound" ||
    o.errorCode === "EntryNotFound"
  ) {
    return fail(
      ref,
      "model/hub-not-found",
      `the Hub answered ${s}${o.errorCode ? ` (${o.errorCode})` : ""}: no config.json in ${ref.repo} at revision ${ref.revision}`,
      s,
    );
  }
  return fail(ref, "model/hub-error", `the Hub answered ${s}`, s);
}

/** The model source over committed files, the cache and the Hub. */
export function createModelSource(options: ModelSourceOptions = {}): ModelSource & {
  /** Batch lookup of committed configs (one read for all refs). */
  prefetchRepoFiles(refs: ModelRef[]): Promise<void>;
} {
  const env = options.env ?? process.env;
  const endpoint = (env.HF_ENDPOINT?.trim() || DEFAULT_HF_ENDPOINT).replace(/\/+$/, "");
  const token = (env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN)?.trim() || null;
  const offline = truthy(env.HF_HUB_OFFLINE);
  const cache = options.cacheDir === undefined ? hubCacheDir(env) : options.cacheDir;
  const etag = Number(env.HF_HUB_ETAG_TIMEOUT);
  const timeoutMs =
    options.timeoutMs ?? (Number.isFinite(etag) && etag > 0 ? etag * 1000 : DEFAULT_TIMEOUT_MS);
  const repoFiles = new Map<string, string | null>();

  const repoPath = (ref: ModelRef, file: string) => `${MODEL_CONFIG_DIR}/${ref.repo}/${file}`;

  async function prefetchRepoFiles(refs: ModelRef[]): Promise<void> {
    if (!options.readRepoFiles) return;
    const paths = refs
      .flatMap((r) => [repoPath(r, "config.json"), repoPath(r, "model.safetensors.index.json")])
      .filter((p) => !repoFiles.has(p));
    if (paths.length === 0) return;
    try {
      const got = await options.readRepoFiles(paths);
      for (const p of paths) repoFiles.set(p, got.get(p) ?? null);
    } catch (e) {
      options.log?.(`Could not read committed model configs: ${e instanceof Error ? e.message : String(e)}`);
      for (const p of paths) repoFiles.set(p, null);
    }
  }

  async function config(ref: ModelRef): Promise<FetchedModel | null> {
    // 1. committed in the reviewed repository
    await prefetchRepoFiles([ref]);
    const committed = repoFiles.get(repoPath(ref, "config.json"));
    if (committed) {
      const index = repoFiles.get(repoPath(ref, "model.safetensors.index.json"));
      return {
        repo: ref.repo,
        revision: ref.revision,
        origin: { kind: "repo-file", ref: repoPath(ref, "config.json") },
        config: committed,
        ...(index ? { index } : {}),
      };
    }
    if (!ref.hub) return null;
    // 2. the on-disk cache
    if (cache) {
      const hit = await readCached(cache, ref.repo, ref.revision);
      if (hit) {
        return {
          repo: ref.repo,
          revision: ref.revision,
          origin: { kind: "cache", ref: `${DEFAULT_HF_ENDPOINT}/${ref.repo}/blob/${hit.commit}/config.json` },
          config: hit.config,
          ...(hit.index ? { index: hit.index } : {}),
        };
      }
    }
    if (offline) {
      return fail(
        ref,
        "model/hub-offline",
        `HF_HUB_OFFLINE is set and ${ref.repo}@${ref.revision} is not in the cache${cache ? ` (${cache})` : ""}`,
      );
    }
    // 3. the Hub
    const rev = encodeURIComponent(ref.revision);
    const url = (file: string) => `${endpoint}/${ref.repo}/resolve/${rev}/${file}`;
    const headers: Record<string, string> = { accept: "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    const got = await boundedGet(url("config.json"), { headers, timeoutMs, maxBytes: MAX_CONFIG_BYTES });
    if (got.kind === "timeout") return fail(ref, "model/hub-timeout", `${endpoint}: ${got.message}`);
    if (got.kind === "network")
      return fail(ref, "model/hub-unreachable", `${endpoint} could not be reached (${got.message})`);
    if (got.kind === "status") return statusError(ref, got, token !== null);
    if (got.truncated) {
      return fail(
        ref,
        "model/config-too-large",
        `config.json of ${ref.repo} is over ${MAX_CONFIG_BYTES / 1024} KiB; that is not a model config`,
      );
    }
    const commitHeader = got.headers["x-repo-commit"];
    const commit = typeof commitHeader === "string" ? commitHeader : null;
    const out: FetchedModel = {
      repo: ref.repo,
      revision: ref.revision,
      origin: { kind: "hub", ref: `${endpoint}/${ref.repo}/blob/${commit ?? rev}/config.json` },
      config: got.text,
    };
    const idx = await boundedGet(url("model.safetensors.index.json"), {
      headers,
      timeoutMs,
      maxBytes: INDEX_PREFIX_BYTES,
    });
    const files: Record<string, string> = { "config.json": got.text };
    if (idx.kind === "ok") {
      out.index = idx.text;
      if (!idx.truncated) files["model.safetensors.index.json"] = idx.text;
    } else if (idx.kind !== "status" || idx.status !== 404) {
      out.notes = [
        `model.safetensors.index.json of ${ref.repo} could not be read; weights sized from the parameter count`,
      ];
    }
    if (cache) await writeCached(cache, ref.repo, ref.revision, commit, files);
    return out;
  }

  return { config, prefetchRepoFiles };
}

/**
 * The edge step before `analyse()`: which models the changed specs need (`modelsNeeded`), fetched
 * from committed files, the cache or the Hub, at most `CONCURRENCY` at a time. Never throws.
 *
 *     const models = await loadModelTexts(pairs, config, { env: process.env, readRepoFiles });
 *     const review = analyse(pairs, config, { ...options, models });
 */
export async function loadModelTexts(
  pairs: readonly FilePair[],
  config: Config,
  options: ModelSourceOptions & { source?: ModelSource } = {},
): Promise<ModelTexts> {
  const refs = modelsNeeded(pairs, config);
  const out: Record<string, FetchedModel> = {};
  if (refs.length === 0) return out;
  const own = options.source ? null : createModelSource(options);
  const source = options.source ?? own!;
  if (own) await own.prefetchRepoFiles(refs);
  let next = 0;
  const worker = async () => {
    while (next < refs.length) {
      const ref = refs[next++]!;
      try {
        const got = await source.config(ref);
        if (got) out[refKey(ref)] = got;
      } catch (e) {
        out[refKey(ref)] = fail(ref, "model/hub-error", e instanceof Error ? e.message : String(e));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, refs.length) }, worker));
  for (const f of Object.values(out)) {
    if (f.error) options.log?.(`Model ${refKey(f)}: ${f.error.message}`);
  }
  return out;
}
