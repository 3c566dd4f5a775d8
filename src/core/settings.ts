/**
 * The settings every front end, the flow and the core share, each defined once: where the
 * repository config lives, which files are ModelSpecs by default, and the caps that keep a review's
 * cost constant. Imports nothing, so the flow's no-op path can use it without loading the core.
 */

/** Where repositories keep the configuration (read at the base ref of a change). */
export const CONFIG_PATH = ".github/modelspec-review.yml";

/** Globs of ModelSpec files when the config names none (`paths`). */
export const DEFAULT_SPEC_GLOBS: readonly string[] = [
  "**/*.modelspec.yaml",
  "**/*.modelspec.yml",
  "**/*.modelspec.json",
];

/** `limits` when the config sets none: changed spec files reviewed per change, bytes per file. */
export const DEFAULT_LIMITS: { readonly maxFiles: number; readonly maxFileBytes: number } = {
  maxFiles: 300,
  maxFileBytes: 1024 * 1024,
};

/** Most candidate files (changed YAML/JSON) read before the config's own `limits.maxFiles` applies. */
export const HARD_READ_CAP = 1000;

/**
 * The read cap of a local run (the CLI over local git): the largest `limits.maxFiles` the config
 * schema accepts, so a local review can cover every spec its config allows; reads are local, not
 * API calls, which is what `HARD_READ_CAP` bounds.
 */
export const LOCAL_READ_CAP = 3000;

/** Name of the check run (and of the check to mark required) when the front end sets none. */
export const DEFAULT_CHECK_NAME = "ModelSpec review";
