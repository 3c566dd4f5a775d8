/**
 * The model-source port: where the edge gets a model's `config.json` (+ safetensors index) from.
 * Implemented by `src/hub/` (committed repo files → on-disk Hugging Face cache → the Hub over HTTP).
 * Never throws: a failure is a `FetchedModel` with an `error` the core turns into a finding.
 */
import type { FetchedModel, ModelRef } from "../core/models/sources.js";

export type { FetchedModel, ModelRef, ModelTexts } from "../core/models/sources.js";

/** Finds a model's config by reference; resolves null when no source knows it, and never rejects (see the module comment). */
export interface ModelSource {
  /** The config of `ref`, or null when no source knows it (a bare name with no committed config). */
  config(ref: ModelRef): Promise<FetchedModel | null>;
}

/** Reads files of the reviewed repository at the head ref, in one batch; absent files map to null. */
export type RepoFileReader = (paths: string[]) => Promise<Map<string, string | null>>;
