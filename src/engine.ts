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
  renderWorkflowCommands,
} from "./core/render/index.js";
import { renderReleaseNotes } from "./core/render/release-notes.js";

export const engine: Engine = {
  defaultConfig,
  parseConfig,
  analyse,
  renderComment,
  renderCheckRun,
  renderJobSummary,
  renderWorkflowCommands: (review) => renderWorkflowCommands(review),
  renderJson,
  renderSarif: (review, ctx) => renderSarif(review, ctx),
  renderReleaseNotes,
};
