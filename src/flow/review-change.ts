/**
 * The one review flow every front end runs (the Action, the Probot app; the CLI for local git),
 * over two ports: a `ChangeSource` (what changed, texts at two refs) and a `Publisher` (comment,
 * check run, links). See docs/architecture.md.
 *
 *   1. list the changed files (a PR's, or a comparison of two commits for merge groups);
 *   2. read, in one batched request, the config at the BASE ref (a change cannot relax its own
 *      gates) and the base and head texts of every candidate file;
 *   3. keep the ModelSpecs: files matching the `paths` globs, plus any changed YAML/JSON whose
 *      `kind` is ModelSpec;
 *   4. analyse (pure core) and render (pure renderers);
 *   5. publish: check run on the head SHA (annotations in batches of 50), sticky comment when the
 *      change is a pull request; on 403 (fork PRs, missing permissions) fall back to
 *      workflow-command annotations and the job summary, explaining which permission is missing.
 *
 * Every run ends with a concluded check run on the head SHA, also when no ModelSpec changed
 * (`success`, so a required check never blocks such a change); when a pull request's specs are
 * back to the base state its earlier comment is retired (updated to say so, hidden or deleted,
 * per mode). The no-op path loads none of the core unless a config or SARIF needs it.
 */
import picomatch from "picomatch";
import { collectPullRequestDrift } from "../github/drift.js";
import {
  PermissionDeniedError,
  UnreadableFileError,
  fileKey,
  type ChangedFile,
  type CheckConclusion,
  type CommentResult,
  type FileRequest,
} from "../github/port.js";
import type {
  CommentMode,
  ConclusionStatus,
  Config,
  FilePair,
  Finding,
  GateId,
  RenderContext,
  Review,
} from "../core/types.js";
import type { WorkflowAnnotation } from "../core/render/job-summary.js";
import { noSpecChange } from "../core/render/no-change.js";
import type { Engine } from "../engine.js";
import type { ModelTexts } from "../core/models/sources.js";
import type { ModelSourceOptions } from "../hub/index.js";
import type { Change, ChangeSource, Publisher } from "../ports/index.js";
import { CONFIG_PATH, DEFAULT_CHECK_NAME, DEFAULT_SPEC_GLOBS, HARD_READ_CAP } from "../core/settings.js";

export type { Engine } from "../engine.js";

export type { PullRequestTarget } from "../github/events.js";

export interface PipelineOptions {
  /** Globs of ModelSpec files; when given they replace the config's `paths`. */
  paths?: string[];
  /** Repository config file, read at the base SHA (default `.github/modelspec-review.yml`). */
  configPath?: string;
  /**
   * Config text already loaded by the caller (the app uses Probot's loader); `null` means "no
   * config file". When absent the pipeline reads `configPath` at the base SHA itself.
   */
  configText?: { text: string | null; file: string };
  /** Overrides `comment.mode` / `comment.tag` from the config. */
  commentMode?: CommentMode;
  commentTag?: string;
  /** Check run name (default "ModelSpec review"); `null` publishes no check run. */
  checkName?: string | null;
  /** Gates that fail the review, replacing the config's `failOn` (see `parseFailOn`). */
  failOn?: Config["failOn"];
  /** Compute everything, write nothing to GitHub. */
  dryRun?: boolean;
  /** e.g. https://github.com — for links to file lines in the comment. */
  serverUrl?: string;
  /** Link shown on the check run (the workflow run URL). */
  detailsUrl?: string;
  /** Also render SARIF (the Action's `sarif-file` input). */
  sarif?: boolean;
  toolVersion?: string;
  log?: (message: string) => void;
  /** Loads the core; defaults to a lazy `import("../engine.js")`. */
  loadEngine?: () => Promise<Engine>;
  /**
   * Where model configs come from (src/hub: committed `.modelspec/models/…` at head, the Hugging Face
   * cache, the Hub). Default: HF_* from `process.env`; `false` skips model loading (built-in catalog only).
   */
  modelSource?: Omit<ModelSourceOptions, "readRepoFiles"> | false;
  /**
   * A piqc scan of the live cluster (the Action's `runtime-facts` input): the comment gets a
   * "Running vs declared" section and the JSON report a `runtime` member. `now` is the adapter's clock.
   */
  runtimeFacts?: { file: string; text: string; now: string };
}

export interface PipelineResult {
  /**
   * "no-specs": no ModelSpec changed; the check run (when one was asked for) concluded `success`
   * and an earlier comment was retired.
   */
  status: "reviewed" | "no-specs";
  conclusion: ConclusionStatus;
  specsChanged: number;
  /** Total monthly cost change at max replicas (USD), null when no spec could be priced. */
  monthlyCostDeltaUsd: number | null;
  review: Review | null;
  configChangedInPr: boolean;
  /** Rendered outputs (empty strings for the no-op). */
  commentBody: string;
  jobSummary: string;
  reportJson: string;
  sarif: string | null;
  releaseNotes: string;
  comment: CommentResult | null;
  checkRunId: number | null;
  /**
   * Annotations to print as workflow commands (`core.error(message, { file, startLine })`) when no
   * check run could carry them (fork PRs, missing `checks: write`, or `checkName: null`).
   */
  workflowAnnotations: WorkflowAnnotation[];
  /** Missing permissions and what was done instead, in words for the log and the summary. */
  problems: string[];
  notices: string[];
}

/** The shared settings (src/core/settings.ts), re-exported under the names the flow has used. */
export { CONFIG_PATH as DEFAULT_CONFIG_PATH, DEFAULT_CHECK_NAME, DEFAULT_SPEC_GLOBS, HARD_READ_CAP };

const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** A top-level `kind: ModelSpec` (YAML) or `"kind": "ModelSpec"` (JSON): a cheap pre-filter only. */
const KIND_MODELSPEC = /^(?:kind|"kind"|'kind')\s*:\s*["']?ModelSpec["']?\s*(?:[,#].*)?$/m;
const KIND_MODELSPEC_JSON = /"kind"\s*:\s*"ModelSpec"/;

export function looksLikeModelSpec(text: string | null | undefined): boolean {
  return typeof text === "string" && (KIND_MODELSPEC.test(text) || KIND_MODELSPEC_JSON.test(text));
}

/**
 * Parses the `fail-on` input: comma/newline-separated gate ids, `monthly-cost-increase-usd=500`
 * and `monthly-cost-increase-pct=20` take a threshold, `none` switches every gate off, `strict`
 * makes the gates fail on every condition of a changed spec (not only what the PR introduced).
 * Returns the failOn block and problems for unknown entries.
 */
export function parseFailOn(input: string): { failOn: Config["failOn"]; problems: string[] } {
  const failOn: Config["failOn"] = {
    schemaErrors: false,
    ruleErrors: false,
    doesNotFit: false,
    governanceLoosening: false,
    breakingChanges: false,
    monthlyCostIncreaseUsd: null,
    monthlyCostIncreasePct: null,
  };
  const problems: string[] = [];
  const flags: Partial<Record<GateId, keyof Config["failOn"]>> = {
    "schema-errors": "schemaErrors",
    "rule-errors": "ruleErrors",
    "does-not-fit": "doesNotFit",
    "governance-loosening": "governanceLoosening",
    "breaking-changes": "breakingChanges",
    drift: "drift",
  };
  for (const raw of input.split(/[\n,]/)) {
    const item = raw.trim();
    if (item === "" || item === "none") continue;
    if (item === "strict") {
      failOn.mode = "strict";
      continue;
    }
    const [id, value] = item.split("=").map((s) => s.trim()) as [string, string | undefined];
    const flag = flags[id as GateId];
    if (flag && value === undefined) {
      (failOn as unknown as Record<string, boolean>)[flag] = true;
    } else if (id === "monthly-cost-increase-usd" || id === "monthly-cost-increase-pct") {
      const n = Number(value);
      if (value === undefined || value === "" || !Number.isFinite(n) || n < 0) {
        problems.push(`fail-on: "${item}" needs a non-negative number, e.g. ${id}=500`);
      } else if (id === "monthly-cost-increase-usd") failOn.monthlyCostIncreaseUsd = n;
      else failOn.monthlyCostIncreasePct = n;
    } else {
      problems.push(
        `fail-on: unknown gate "${item}" (known: ${[...Object.keys(flags), "monthly-cost-increase-usd=N", "monthly-cost-increase-pct=N", "strict", "none"].join(", ")})`,
      );
    }
  }
  return { failOn, problems };
}

/**
 * Reviews one change: lists what changed through `source`, reads the texts, runs the core and
 * publishes through `publisher`. Used by the Action, the app and the CLI alike.
 */
export async function reviewChange(
  source: ChangeSource,
  publisher: Publisher,
  options: PipelineOptions = {},
): Promise<PipelineResult> {
  const pr = source.change;
  const log = options.log ?? (() => {});
  const configPath = options.configPath ?? CONFIG_PATH;
  const inputGlobs = options.paths && options.paths.length > 0 ? options.paths : null;
  const notices: string[] = [];
  const problems: string[] = [];

  // 1. Changed files.
  const changed = await source.listChanged();
  const noun = pr.pullRequest !== null ? "pull request" : "change";
  if (changed.truncated) {
    notices.push(
      `GitHub lists at most ${pr.listingCap.toLocaleString("en-US")} changed files per ${pr.pullRequest !== null ? "pull request" : "comparison"}; files past that were not reviewed.`,
    );
  }
  const configChangedInPr = changed.files.some((f) => f.path === configPath || f.previousPath === configPath);
  const matchInput = inputGlobs ? picomatch(inputGlobs, { dot: true }) : null;
  const isPotential = (p: string): boolean =>
    p !== configPath && (YAML_OR_JSON.test(p) || (matchInput?.(p) ?? false));
  let potential = changed.files.filter(
    (f) => isPotential(f.path) || (f.previousPath !== undefined && isPotential(f.previousPath)),
  );
  if (potential.length === 0) {
    log("No changed YAML/JSON file could be a ModelSpec: nothing to review.");
    return publishNoSpecs(source, publisher, options, { configChangedInPr, notices, config: null });
  }
  // Files matching the globs first, so the read cap drops plain YAML before likely specs.
  const likely = picomatch(inputGlobs ?? [...DEFAULT_SPEC_GLOBS], { dot: true });
  potential = [...potential].sort((a, b) => Number(likely(b.path)) - Number(likely(a.path)));
  if (potential.length > HARD_READ_CAP) {
    notices.push(`${potential.length} changed YAML/JSON files; only the first ${HARD_READ_CAP} were read.`);
    potential = potential.slice(0, HARD_READ_CAP);
  }

  // 2. One batched read: config at base, base and head texts of every potential spec.
  const reads: FileRequest[] = [];
  if (!options.configText) reads.push({ ref: pr.baseSha, path: configPath });
  for (const f of potential) {
    if (f.status !== "added") reads.push({ ref: pr.baseSha, path: f.previousPath ?? f.path });
    if (f.status !== "removed") reads.push({ ref: pr.headSha, path: f.path });
  }
  let texts: Map<string, string | null>;
  try {
    texts = await source.readTexts(reads);
  } catch (e) {
    // A file that cannot be read must fail the check (naming it), never count as unchanged.
    if (e instanceof UnreadableFileError) await failCheck(publisher, pr, options, e, log);
    throw e;
  }
  const baseText = (f: ChangedFile): string | undefined =>
    f.status === "added"
      ? undefined
      : (texts.get(fileKey(pr.baseSha, f.previousPath ?? f.path)) ?? undefined);
  const headText = (f: ChangedFile): string | undefined =>
    f.status === "removed" ? undefined : (texts.get(fileKey(pr.headSha, f.path)) ?? undefined);

  // 3. Config (from the base ref) and the candidates.
  const engine = await (options.loadEngine ?? loadEngine)();
  const cfgSource = options.configText ?? {
    text: texts.get(fileKey(pr.baseSha, configPath)) ?? null,
    file: configPath,
  };
  let config: Config;
  let configFindings: Finding[] = [];
  if (cfgSource.text === null) {
    config = engine.defaultConfig();
  } else {
    const parsed = engine.parseConfig(cfgSource.text, cfgSource.file);
    config = parsed.config;
    configFindings = parsed.findings;
  }
  if (inputGlobs) config = { ...config, paths: inputGlobs };
  if (options.failOn) config = { ...config, failOn: options.failOn };
  if (configChangedInPr) {
    notices.push(
      `This ${noun} edits \`${configPath}\`; the review uses the version on the base branch, so the change takes effect after merge.`,
    );
  }
  const inPaths = picomatch(config.paths, { dot: true });
  let candidates = potential.filter(
    (f) =>
      inPaths(f.path) ||
      (f.previousPath !== undefined && inPaths(f.previousPath)) ||
      looksLikeModelSpec(baseText(f)) ||
      looksLikeModelSpec(headText(f)),
  );
  // Deployment drift context (src/github/drift.ts): unchanged specs and manifests at head.
  const drift = await collectPullRequestDrift(
    { readFiles: (r) => source.readTexts(r), ...(source.listTree ? { listFiles: source.listTree } : {}) },
    pr.headSha,
    config,
    potential.map((f) => ({ file: f, base: baseText(f), head: headText(f) })),
    configPath,
    notices,
  );
  if (candidates.length === 0) {
    // A manifest-only change is reviewed when it touches a workload linked to a spec.
    const linked =
      drift !== null &&
      engine.analyse([], config, { configFindings, configFile: cfgSource.file, drift }).drift !== undefined;
    if (!linked) {
      log("No changed file is a ModelSpec: nothing to review.");
      return publishNoSpecs(source, publisher, options, { configChangedInPr, notices, config, engine });
    }
  }
  const filesNotReviewed = Math.max(0, candidates.length - config.limits.maxFiles);
  if (candidates.length > config.limits.maxFiles) {
    notices.push(
      `${candidates.length} ModelSpec files changed; only the first ${config.limits.maxFiles} were reviewed (\`limits.maxFiles\`).`,
    );
    candidates = candidates.slice(0, config.limits.maxFiles);
  }
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // 4. Check run in progress, then analyse and render.
  const checkName = options.checkName === undefined ? DEFAULT_CHECK_NAME : options.checkName;
  let checkRunId: number | null = null;
  let checksDenied = false;
  /** True once the check run carries the review's conclusion (a later failure must not replace it). */
  let concluded = false;
  if (checkName !== null && !options.dryRun) {
    try {
      checkRunId = await publisher.startCheckRun(checkName, pr.headSha, options.detailsUrl);
    } catch (e) {
      if (!(e instanceof PermissionDeniedError)) throw e;
      checksDenied = true;
      problems.push(
        explain(e, "annotations are printed as workflow commands and the report is in the job summary"),
      );
    }
  }

  try {
    const pairs: FilePair[] = candidates.map((f) => {
      const pair: FilePair = { path: f.path };
      if (f.previousPath !== undefined && f.previousPath !== f.path) pair.previousPath = f.previousPath;
      const b = baseText(f);
      const h = headText(f);
      if (b !== undefined) pair.base = b;
      if (h !== undefined) pair.head = h;
      return pair;
    });
    const models = await loadModels(source, pr.headSha, pairs, config, options.modelSource, log);
    const review = engine.analyse(pairs, config, {
      configFindings,
      configFile: cfgSource.file,
      models,
      ...(drift ? { drift } : {}),
    });
    // Counted in the JSON report too, not only in the comment's notice (issue 15).
    if (filesNotReviewed > 0) review.summary.filesNotReviewed = filesNotReviewed;
    const tag = options.commentTag ?? config.comment.tag;
    const ctx: RenderContext = {
      tag,
      headSha: pr.headSha,
      baseSha: pr.baseSha,
      configChangedInPr,
      ...(configPath !== CONFIG_PATH ? { configPath } : {}),
      notices,
      onNoChange: config.comment.onNoChange,
      ...(options.toolVersion ? { toolVersion: options.toolVersion } : {}),
      ...(publisher.repoUrl ? { repoUrl: publisher.repoUrl } : {}),
    };
    let commentBody = engine.renderComment(review, ctx);
    // Running vs declared (src/core/runtime): appended after the review, within the comment limit.
    const runtime =
      options.runtimeFacts && engine.compareRuntime
        ? engine.compareRuntime(
            options.runtimeFacts.file,
            options.runtimeFacts.text,
            [...pairs, ...(drift?.contextSpecs ?? [])],
            config,
            { now: options.runtimeFacts.now },
          )
        : null;
    const runtimeSection = runtime && engine.renderRuntimeSection ? engine.renderRuntimeSection(runtime) : "";
    if (runtimeSection && commentBody && commentBody.length + runtimeSection.length + 2 < 65_000)
      commentBody = `${commentBody.trimEnd()}\n\n${runtimeSection}\n`;
    const check = engine.renderCheckRun(review, ctx);
    const result: PipelineResult = {
      status: "reviewed",
      conclusion: review.conclusion.status,
      specsChanged: review.summary.specsChanged,
      monthlyCostDeltaUsd: review.summary.monthlyCost.deltaAtMax,
      review,
      configChangedInPr,
      commentBody,
      jobSummary: engine.renderJobSummary(review, ctx),
      reportJson: runtime
        ? `${JSON.stringify({ ...(JSON.parse(engine.renderJson(review, ctx)) as object), runtime }, null, 2)}\n`
        : engine.renderJson(review, ctx),
      sarif: options.sarif ? engine.renderSarif(review, ctx) : null,
      releaseNotes:
        review.releaseNotes.length > 0
          ? engine.renderReleaseNotes(review.releaseNotes, { format: "markdown" })
          : "",
      comment: null,
      checkRunId,
      workflowAnnotations: [],
      problems,
      notices,
    };

    // 5. Publish.
    if (checkRunId !== null) {
      try {
        await publisher.completeCheckRun(checkRunId, {
          conclusion: check.conclusion as CheckConclusion,
          title: check.title,
          summary: check.summary,
          text: check.text,
          annotationBatches: check.annotationBatches,
          ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
        });
        concluded = true;
      } catch (e) {
        if (!(e instanceof PermissionDeniedError)) throw e;
        checksDenied = true;
        problems.push(explain(e, "annotations are printed as workflow commands"));
      }
      checkRunId = checksDenied ? null : checkRunId;
    }
    if (checksDenied || checkName === null || options.dryRun)
      result.workflowAnnotations = engine.renderWorkflowAnnotations(review);

    const mode = options.commentMode ?? config.comment.mode;
    if (options.dryRun) {
      log(`Dry run: not publishing the comment (mode ${mode}) or a check run.`);
    } else if (mode === "off") {
      result.comment = { outcome: "off" };
    } else if (pr.pullRequest === null) {
      log(`No pull request to comment on (${pr.label}): the check run carries the review.`);
    } else if (commentBody.trim() === "") {
      log("The renderer produced no comment (nothing operational changed and `comment.onNoChange` is none).");
    } else {
      try {
        result.comment = await publisher.upsertComment({
          issueNumber: pr.pullRequest,
          body: commentBody,
          tag,
          headSha: pr.headSha,
          mode,
        });
        log(`Comment ${result.comment.outcome}${result.comment.url ? `: ${result.comment.url}` : ""}.`);
      } catch (e) {
        if (!(e instanceof PermissionDeniedError)) throw e;
        problems.push(explain(e, "the report is in the job summary instead"));
      }
    }
    result.checkRunId = checkRunId;
    return result;
  } catch (e) {
    // Never leave the check run in progress: close it with the error, then let the caller fail.
    if (checkRunId !== null && !concluded) {
      try {
        await publisher.completeCheckRun(checkRunId, {
          conclusion: "failure",
          title: "modelspec-review could not finish",
          summary: `The review stopped with an error:\n\n\`\`\`\n${String((e as Error).message ?? e).slice(0, 4000)}\n\`\`\``,
          annotationBatches: [],
        });
      } catch (closeError) {
        log(`Could not close check run ${checkRunId}: ${(closeError as Error).message}`);
      }
    }
    throw e;
  }
}

/** Publishes a failed check run saying why the review could not run (best effort). */
async function failCheck(
  port: Publisher,
  pr: Change,
  options: PipelineOptions,
  e: Error,
  log: (message: string) => void,
): Promise<void> {
  const checkName = options.checkName === undefined ? DEFAULT_CHECK_NAME : options.checkName;
  if (checkName === null || options.dryRun) return;
  try {
    const id = await port.startCheckRun(checkName, pr.headSha, options.detailsUrl);
    await port.completeCheckRun(id, {
      conclusion: "failure",
      title: "modelspec-review could not read a changed file",
      summary: `${e.message}\n\nThe review did not run, so it cannot pass. Re-run the check to try again.`,
      annotationBatches: [],
    });
  } catch (closeError) {
    log(`Could not publish the failed check run: ${(closeError as Error).message}`);
  }
}

/**
 * The end of a run in which no ModelSpec changed: a `success` check run on the head (a required
 * check must not block the change), an earlier comment retired (the PR's specs are back to the
 * base state: updated to say so, or hidden / deleted per mode), and an empty SARIF log when one
 * was asked for (so an upload step always finds its file).
 */
async function publishNoSpecs(
  source: ChangeSource,
  publisher: Publisher,
  options: PipelineOptions,
  found: { configChangedInPr: boolean; notices: string[]; config: Config | null; engine?: Engine },
): Promise<PipelineResult> {
  const change = source.change;
  const log = options.log ?? (() => {});
  const result = noSpecs(found.configChangedInPr, found.notices);
  const configPath = options.configPath ?? CONFIG_PATH;
  let config = found.config;
  let engine = found.engine;
  const needsComment = change.pullRequest !== null && !options.dryRun && options.commentMode !== "off";
  // The comment's tag and mode may come from the repository config: read it (one batched read)
  // only when a comment could have to be retired; the core loads only when there is a config.
  if (config === null && (needsComment || options.sarif)) {
    const text =
      options.configText?.text ??
      (options.configText
        ? null
        : ((await source.readTexts([{ ref: change.baseSha, path: configPath }])).get(
            fileKey(change.baseSha, configPath),
          ) ?? null));
    if (text !== null || options.sarif) {
      engine ??= await (options.loadEngine ?? loadEngine)();
      config =
        text === null
          ? engine.defaultConfig()
          : engine.parseConfig(text, options.configText?.file ?? configPath).config;
    }
  }
  const tag = options.commentTag ?? config?.comment.tag ?? "default";
  const mode = options.commentMode ?? config?.comment.mode ?? "update";
  const words = noSpecChange({
    headSha: change.headSha,
    baseSha: change.baseSha,
    subject: change.pullRequest !== null ? "pull request" : change.label,
  });
  if (options.sarif && engine && config) {
    result.sarif = engine.renderSarif(engine.analyse([], config), {
      tag,
      headSha: change.headSha,
      baseSha: change.baseSha,
      ...(options.toolVersion ? { toolVersion: options.toolVersion } : {}),
    });
  }
  const checkName = options.checkName === undefined ? DEFAULT_CHECK_NAME : options.checkName;
  if (checkName !== null && !options.dryRun) {
    try {
      const id = await publisher.startCheckRun(checkName, change.headSha, options.detailsUrl);
      await publisher.completeCheckRun(id, {
        conclusion: "success",
        title: words.title,
        summary: words.summary,
        annotationBatches: [],
        ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
      });
      result.checkRunId = id;
    } catch (e) {
      if (!(e instanceof PermissionDeniedError)) throw e;
      result.problems.push(explain(e, "the result is in the job summary"));
    }
  }
  if (needsComment && mode !== "off") {
    try {
      result.comment = await publisher.upsertComment({
        issueNumber: change.pullRequest!,
        body: words.comment,
        tag,
        headSha: change.headSha,
        mode,
        retire: true,
      });
      if (result.comment.outcome !== "none")
        log(`Earlier comment ${result.comment.outcome}: no ModelSpec changes remain.`);
    } catch (e) {
      if (!(e instanceof PermissionDeniedError)) throw e;
      result.problems.push(explain(e, "an earlier comment may still describe changes that were reverted"));
    }
  }
  return result;
}

function noSpecs(configChangedInPr: boolean, notices: string[]): PipelineResult {
  return {
    status: "no-specs",
    conclusion: "success",
    specsChanged: 0,
    monthlyCostDeltaUsd: null,
    review: null,
    configChangedInPr,
    commentBody: "",
    jobSummary: "",
    reportJson: "",
    sarif: null,
    releaseNotes: "",
    comment: null,
    checkRunId: null,
    workflowAnnotations: [],
    problems: [],
    notices,
  };
}

function explain(e: PermissionDeniedError, instead: string): string {
  const hint =
    e.permission === "checks: write" || e.permission === "pull-requests: write"
      ? ` Grant \`${e.permission}\` under \`permissions:\` in the workflow; on pull requests from forks GitHub makes the token read-only whatever it asks for, so ${instead}.`
      : "";
  return `${e.message}${hint}`;
}

async function loadEngine(): Promise<Engine> {
  return (await import("../engine.js")).engine;
}

/** Model configs for the changed specs (issue #12): committed files at head, the cache, the Hub. */
async function loadModels(
  source: ChangeSource,
  headSha: string,
  pairs: FilePair[],
  config: Config,
  modelSource: PipelineOptions["modelSource"],
  log: (message: string) => void,
): Promise<ModelTexts> {
  if (modelSource === false) return {};
  const { loadModelTexts } = await import("../hub/index.js");
  return loadModelTexts(pairs, config, {
    ...(modelSource ?? {}),
    log,
    readRepoFiles: async (paths) => {
      const texts = await source.readTexts(paths.map((path) => ({ ref: headSha, path })));
      return new Map(paths.map((p) => [p, texts.get(fileKey(headSha, p)) ?? null]));
    },
  });
}
