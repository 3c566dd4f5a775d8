/**
 * The collect stage: changed files + their texts + the config → the `FilePair[]` the review
 * analyses. Pure, and the only place that decides which changed files are ModelSpecs, for every
 * front end and every kind of change (pull request, merge group, push, release range, local git):
 *
 *   1. `readCandidates`: which changed files to read at all — YAML/JSON (or files matching the
 *      front end's globs), never the config file; likely specs first, at most `HARD_READ_CAP`;
 *   2. `fileReads`: the batched read of both sides of each candidate;
 *   3. `collectPairs`: the ModelSpecs among them — matching the config's `paths`, or (with the
 *      default globs) a YAML/JSON file whose text says `kind: ModelSpec` — at most
 *      `limits.maxFiles`, sorted by path, each
 *      with its base and head text (or the side's finding), then paired by spec name
 *      (`pairBySpecName`: a rename that changes every spec is a deletion plus an addition, a
 *      deletion and an addition of the same spec are a rename).
 */
import picomatch from "picomatch";
import { DEFAULT_SPEC_GLOBS, HARD_READ_CAP } from "./settings.js";
import type { Config, FilePair, Finding } from "./types.js";

/** Status of a changed file, as GitHub's APIs report it (local git maps onto the same words). */
export type ChangedFileStatus =
  "added" | "modified" | "removed" | "renamed" | "copied" | "changed" | "unchanged";

/** One changed file of a change. */
export interface ChangedFile {
  path: string;
  status: ChangedFileStatus;
  /** The path at the base ref, for renames (and copies). */
  previousPath?: string;
}

/** What a change source lists. */
export interface ChangedFiles {
  files: ChangedFile[];
  /** True when the listing cap (GitHub's 3,000 files of a PR, 300 of a compare) cut the list short. */
  truncated: boolean;
}

/** One side of a file as read: its text, or the finding that stands for it (a link, bad bytes). */
export type SideText = { text: string; problem?: Finding } | undefined;

const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** A top-level `kind: ModelSpec` (YAML) or `"kind": "ModelSpec"` (JSON): a cheap pre-filter only. */
const KIND_MODELSPEC = /^(?:kind|"kind"|'kind')\s*:\s*["']?ModelSpec["']?\s*(?:[,#].*)?$/m;
const KIND_MODELSPEC_JSON = /"kind"\s*:\s*"ModelSpec"/;

/** True when a text says it is a ModelSpec (`kind: ModelSpec`); the parser decides for certain. */
export function looksLikeModelSpec(text: string | null | undefined): boolean {
  return typeof text === "string" && (KIND_MODELSPEC.test(text) || KIND_MODELSPEC_JSON.test(text));
}

const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/** Either end of a changed file matches. */
function eitherPath(f: ChangedFile, match: (p: string) => boolean): boolean {
  return match(f.path) || (f.previousPath !== undefined && match(f.previousPath));
}

/**
 * Step 1's result: the changed files worth reading, whether the config itself changed, and what was
 * left out.
 */
export interface ReadCandidates {
  /** The files to read, likely specs first. */
  files: ChangedFile[];
  /** The change edits the config file itself. */
  configChanged: boolean;
  /** What was left out, in words. */
  notices: string[];
}

/**
 * Step 1: the changed files that could be ModelSpecs, before any text is read. `globs`: the front
 * end's override of the config's `paths` (the Action's `paths:` input), or null.
 */
export function readCandidates(
  changed: readonly ChangedFile[],
  opts: { configPath: string; globs: readonly string[] | null; readCap?: number },
): ReadCandidates {
  const cap = opts.readCap ?? HARD_READ_CAP;
  const configChanged = changed.some((f) => f.path === opts.configPath || f.previousPath === opts.configPath);
  const matchInput = opts.globs ? picomatch([...opts.globs], { dot: true }) : null;
  const potential = (p: string): boolean =>
    p !== opts.configPath && (YAML_OR_JSON.test(p) || (matchInput?.(p) ?? false));
  const likely = picomatch([...(opts.globs ?? DEFAULT_SPEC_GLOBS)], { dot: true });
  // Files matching the globs first, so the read cap drops plain YAML before likely specs.
  let files = changed
    .filter((f) => eitherPath(f, potential))
    .sort((a, b) => Number(likely(b.path)) - Number(likely(a.path)));
  const notices: string[] = [];
  if (files.length > cap) {
    notices.push(`${files.length} changed YAML/JSON files; only the first ${cap} were read.`);
    files = files.slice(0, cap);
  }
  return { files, configChanged, notices };
}

/** Step 2: both sides of every candidate, as one batch of reads (`base` / `head` are refs). */
export function fileReads(
  files: readonly ChangedFile[],
  base: string,
  head: string,
): { ref: string; path: string }[] {
  const reads: { ref: string; path: string }[] = [];
  for (const f of files) {
    if (f.status !== "added") reads.push({ ref: base, path: f.previousPath ?? f.path });
    if (f.status !== "removed") reads.push({ ref: head, path: f.path });
  }
  return reads;
}

/** Step 3's result: the ModelSpec pairs to analyse, how many were left out by the cap, and notices. */
export interface Collected {
  /** The ModelSpec pairs to analyse, by path, paired by spec name. */
  pairs: FilePair[];
  /** Changed ModelSpec files left out by `limits.maxFiles`. */
  notReviewed: number;
  notices: string[];
}

/**
 * Step 3 (async only to load the parser lazily): the ModelSpecs among the read candidates. `read(file, side)` gives a side's text (or its
 * finding), undefined when that side does not exist.
 */
export async function collectPairs(
  files: readonly ChangedFile[],
  read: (file: ChangedFile, side: "base" | "head") => SideText,
  config: Pick<Config, "paths" | "limits">,
): Promise<Collected> {
  const side = (f: ChangedFile, s: "base" | "head"): SideText =>
    s === "base"
      ? f.status === "added"
        ? undefined
        : read(f, s)
      : f.status === "removed"
        ? undefined
        : read(f, s);
  const inPaths = picomatch(config.paths, { dot: true });
  // Globs someone chose are the set of ModelSpec files (a repository can keep some out); with the
  // default globs, a YAML/JSON file that says `kind: ModelSpec` is one whatever its name.
  const sniff = sameGlobs(config.paths, DEFAULT_SPEC_GLOBS);
  let specs = files.filter(
    (f) =>
      eitherPath(f, inPaths) ||
      (sniff && (looksLikeModelSpec(side(f, "base")?.text) || looksLikeModelSpec(side(f, "head")?.text))),
  );
  const notices: string[] = [];
  const max = config.limits.maxFiles;
  const notReviewed = Math.max(0, specs.length - max);
  if (notReviewed > 0) {
    notices.push(
      `${specs.length} ModelSpec files changed; only the first ${max} were reviewed (\`limits.maxFiles\`).`,
    );
    specs = specs.slice(0, max);
  }
  const pairs = [...specs].sort(byPath).map((f) => filePair(f, read));
  // Loaded here, not with the module: the first two steps run on every change, and a change
  // without candidates must not load the YAML parser (the Action's no-op start-up).
  const { pairBySpecName } = await import("./diff/renames.js");
  return { pairs: pairBySpecName(pairs), notReviewed, notices };
}

function sameGlobs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((g, i) => g === [...b].sort()[i]);
}

/** One changed file as the pair `analyse` takes: its texts (or their findings) at both ends. */
export function filePair(
  f: ChangedFile,
  read: (file: ChangedFile, side: "base" | "head") => SideText,
): FilePair {
  const pair: FilePair = { path: f.path };
  if (f.previousPath !== undefined && f.previousPath !== f.path) pair.previousPath = f.previousPath;
  const b = f.status === "added" ? undefined : read(f, "base");
  const h = f.status === "removed" ? undefined : read(f, "head");
  if (b !== undefined) pair.base = b.text;
  if (b?.problem) pair.baseProblem = b.problem;
  if (h !== undefined) pair.head = h.text;
  if (h?.problem) pair.headProblem = h.problem;
  return pair;
}

/** The key of a file at a ref in a batch of texts: `ref:path`. */
export function fileKey(ref: string, path: string): string {
  return `${ref}:${path}`;
}

/** Texts as a batched read returns them: by `fileKey`; null when absent; per-side problems. */
export interface TextsRead {
  get(key: string): string | null | undefined;
  readonly problems?: ReadonlyMap<string, Finding>;
}

/** Reads a side of a changed file out of a batch read at `base` / `head` (see `fileReads`). */
export function sideReader(
  texts: TextsRead,
  base: string,
  head: string,
): (file: ChangedFile, side: "base" | "head") => SideText {
  return (f, s) => {
    const key = s === "base" ? fileKey(base, f.previousPath ?? f.path) : fileKey(head, f.path);
    const problem = texts.problems?.get(key);
    if (problem) return { text: "", problem };
    const text = texts.get(key);
    return typeof text === "string" ? { text } : undefined;
  };
}
