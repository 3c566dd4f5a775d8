/**
 * Release notes for a change, over the same ChangeSource and collect stage as `reviewChange`: the
 * CLI's `release-notes` (two git refs) and the app's draft release (a push's `before`…`after`).
 *
 *   1. list the changed files; 2. read, in one batch, the config at the HEAD (notes describe what
 *   a release ships) and both sides of every candidate; 3. collect the ModelSpecs (globs, `kind`
 *   sniffing, caps, pairing by spec name); 4. analyse; 5. the notes — the ones `analyse` made
 *   (specs whose version changed), or every changed spec's with `includeUnversioned`.
 */
import { collectPairs, fileKey, fileReads, readCandidates, sideReader } from "../core/collect.js";
import { releaseNoteFor } from "../core/diff/release.js";
import { CONFIG_PATH } from "../core/settings.js";
import type { Config, Finding, ReleaseNote, Review } from "../core/types.js";
import type { ChangeSource } from "../ports/index.js";

/** Options of `notesForChange`: where the config comes from, whether unbumped specs get notes, logging. */
export interface NotesOptions {
  /** Config text the caller already has (the app's loader, the CLI's `--config`); else read at head. */
  configText?: { text: string | null; file: string };
  /** Where the config is read at the head when `configText` is absent (default CONFIG_PATH). */
  configPath?: string;
  /** Notes for every changed spec, bumped or not (a range's notes); default: version changes only. */
  includeUnversioned?: boolean;
  log?: (message: string) => void;
}

/** What `notesForChange` found: the notes, how many ModelSpecs changed, and the config used with its problems. */
export interface NotesResult {
  notes: ReleaseNote[];
  /** Changed ModelSpec files (after caps). */
  specsChanged: number;
  /** Problems in the config (it is used for what is valid). */
  configFindings: Finding[];
  config: Config;
}

/** The release notes of the change `source` describes. */
export async function notesForChange(source: ChangeSource, options: NotesOptions = {}): Promise<NotesResult> {
  const { baseSha, headSha } = source.change;
  const log = options.log ?? (() => {});
  const configPath = options.configPath ?? CONFIG_PATH;
  const [{ defaultConfig, parseConfig }, { analyse }] = await Promise.all([
    import("../core/config.js"),
    import("../core/review.js"),
  ]);

  // 1. What changed.
  const changed = await source.listChanged();
  if (changed.truncated) log("the listing of changed files was cut short: some specs may be missing");
  const candidates = readCandidates(changed.files, { configPath, globs: null });
  for (const n of candidates.notices) log(n);
  const reads = fileReads(candidates.files, baseSha, headSha);
  if (!options.configText) reads.unshift({ ref: headSha, path: configPath });
  if (candidates.files.length === 0 && options.configText)
    return { notes: [], specsChanged: 0, configFindings: [], config: defaultConfig() };

  // 2. One batched read: the config at head, both sides of every candidate.
  const texts = reads.length > 0 ? await source.readTexts(reads) : new Map<string, string | null>();
  const cfg = options.configText ?? {
    text: texts.get(fileKey(headSha, configPath)) ?? null,
    file: configPath,
  };
  let config = defaultConfig();
  let configFindings: Finding[] = [];
  if (cfg.text !== null) ({ config, findings: configFindings } = parseConfig(cfg.text, cfg.file));

  // 3. The ModelSpecs among them.
  const collected = await collectPairs(candidates.files, sideReader(texts, baseSha, headSha), config);
  for (const n of collected.notices) log(n);
  if (collected.pairs.length === 0) return { notes: [], specsChanged: 0, configFindings, config };

  // 4–5. Analyse; the notes it made, or every changed spec's.
  const review = analyse(collected.pairs, config);
  return {
    notes: options.includeUnversioned ? everyNote(review) : review.releaseNotes,
    specsChanged: collected.pairs.length,
    configFindings,
    config,
  };
}

/** The notes of every changed spec, bumped or not. */
function everyNote(review: Review): ReleaseNote[] {
  const notes: ReleaseNote[] = [];
  for (const file of review.files) {
    if (!file.isModelSpec) continue;
    for (const spec of file.specs) {
      const note = releaseNoteFor(spec.name, spec.base, spec.head, spec.changes, {
        includeUnversioned: true,
      });
      if (note) notes.push(note);
    }
  }
  return notes;
}
