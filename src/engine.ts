/**
 * The core as the pipeline uses it, in one module so the pipeline can `import()` it lazily: the
 * no-op path (no ModelSpec changed) never loads ajv, the catalog or the renderers, and ncc keeps
 * this as a separate chunk of the Action bundle.
 */
import type { Engine } from "./pipeline.js";
import { defaultConfig, parseConfig } from "./core/config.js";
import { analyse } from "./core/review.js";
import {
  renderCheckRun,
  renderComment,
  renderJobSummary,
  renderJson,
  renderSarif,
  renderWorkflowAnnotations,
} from "./core/render/index.js";
import { renderReleaseNotes } from "./core/render/release-notes.js";
import { defang } from "./core/render/release-preview.js";

export const engine: Engine = {
  defaultConfig,
  parseConfig,
  analyse,
  renderComment,
  renderCheckRun,
  renderJobSummary,
  renderWorkflowAnnotations: (review) => renderWorkflowAnnotations(review),
  renderJson,
  renderSarif: (review, ctx) => renderSarif(review, ctx),
  // The Action's `release-notes` output is pasted into release bodies by workflows: spec authors
  // control names, versions and values, so markdown notes are defanged (no HTML, links, mentions).
  renderReleaseNotes: (notes, opts) =>
    renderReleaseNotes(opts.format === "markdown" ? notes.map(defang) : notes, opts),
};
