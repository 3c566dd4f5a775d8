/**
 * The core as the pipeline uses it, in one module so the pipeline can `import()` it lazily: the
 * no-op path (no ModelSpec changed) never loads ajv, the catalog or the renderers, and ncc keeps
 * this as a separate chunk of the Action bundle.
 */
import type { Engine } from "./pipeline.js";
import { defaultConfig, parseConfig } from "./core/config.js";
import { renderReleaseNotes } from "./core/render/release-notes.js";
import { renderComment } from "./core/render/comment.js";
import { renderCheckRun } from "./core/render/check-run.js";
import { renderJobSummary, renderWorkflowCommands } from "./core/render/job-summary.js";
import { renderJson } from "./core/render/json.js";
import { renderSarif } from "./core/render/sarif.js";

function notLanded(what: string): never {
  throw new Error(`${what} is not wired into the engine yet (waiting for it to land on main).`);
}

export const engine: Engine = {
  defaultConfig,
  parseConfig,
  analyse: () => notLanded("analyse()"),
  renderComment,
  renderCheckRun,
  renderJobSummary,
  renderWorkflowCommands: (review) => renderWorkflowCommands(review),
  renderJson,
  renderSarif: (review, ctx) => renderSarif(review, ctx),
  renderReleaseNotes,
};
