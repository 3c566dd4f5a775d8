/**
 * The core as the review flow (src/flow/review-change.ts) uses it, in one module so the pipeline can `import()` it lazily: the
 * no-op path (no ModelSpec changed) never loads ajv, the catalog or the renderers, and ncc keeps
 * this as a separate chunk of the Action bundle.
 */
import type { DriftContext } from "./github/drift.js";
import type { ModelTexts } from "./core/models/sources.js";
import type { WorkflowAnnotation } from "./core/render/job-summary.js";
import type {
  CheckRunOutput,
  Config,
  FilePair,
  Finding,
  ReleaseNote,
  RenderContext,
  Review,
} from "./core/types.js";
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
import { compareRuntime } from "./core/runtime/index.js";

/** What the pipeline needs from the core. Loaded lazily; tests may pass their own. */
export interface Engine {
  defaultConfig(): Config;
  parseConfig(text: string, file: string): { config: Config; findings: Finding[] };
  analyse(
    pairs: FilePair[],
    config: Config,
    options?: {
      configFindings?: Finding[];
      configFile?: string;
      knownPaths?: Set<string>;
      drift?: DriftContext;
      models?: ModelTexts;
      runtime?: { file: string; text: string; now: string; inRepo?: boolean };
    },
  ): Review;
  renderComment(review: Review, ctx: RenderContext): string;
  renderCheckRun(review: Review, ctx: RenderContext): CheckRunOutput;
  renderJobSummary(review: Review, ctx: RenderContext): string;
  renderWorkflowAnnotations(review: Review): WorkflowAnnotation[];
  renderJson(review: Review, ctx: RenderContext): string;
  renderSarif(review: Review, ctx: RenderContext): string;
  renderReleaseNotes(notes: ReleaseNote[], opts: { format: "markdown" | "text" | "json" }): string;
  /** Running vs declared (issue #18): a piqc scan against the specs. Optional for test engines. */
  compareRuntime?: typeof compareRuntime;
}

/** The real core behind {@link Engine}. */
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
  compareRuntime,
  renderReleaseNotes: (notes, opts) =>
    renderReleaseNotes(opts.format === "markdown" ? notes.map(defang) : notes, opts),
};
