/**
 * The one review flow every front end runs (the Action, the Probot app; the CLI for local git),
 * over two ports: a `ChangeSource` (what changed, texts at two refs) and a `Publisher` (comment,
 * check run, links). See docs/architecture.md.
 *
 *   1. list the changed files (a PR's, or a comparison of two commits for merge groups);
 *   2. read, in one batched request, the config at the BASE ref (a change cannot relax its own
 *      gates) and the base and head texts of every candidate file;
 *   3. keep the ModelSpecs (the collect stage, src/core/collect.ts): files matching the `paths`
 *      globs, with the default globs also any changed YAML/JSON whose `kind` is ModelSpec; caps;
 *      renames paired by spec name;
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
import { collectPullRequestDrift } from "../github/drift.js";
import {
  PermissionDeniedError,
  UnreadableFileError,
  fileKey,
  type ChangedFile,
  type CommentResult,
  type FileRequest,
  type FileTexts,
} from "../github/port.js";
import { collectPairs, fileReads, looksLikeModelSpec, readCandidates, sideReader } from "../core/collect.js";
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
import type { Change, ChangeSource, Publisher, RepositoryContext } from "../ports/index.js";
import { CONFIG_PATH, DEFAULT_CHECK_NAME, DEFAULT_SPEC_GLOBS, HARD_READ_CAP } from "../core/settings.js";

export type { Engine } from "../engine.js";

export type { PullRequestTarget } from "../github/events.js";

/**
 * Options of `reviewChange` (shared by the Action, the app and the CLI): config source and
 * overrides, what to render and publish (comment, check run, or nothing with `dryRun`), and where
 * the engine and model configs come from. Every field is optional; unset ones come from the
 * repository config or the defaults.
 */
export interface PipelineOptions {
  /** Globs of ModelSpec files; when given they replace the config's `paths`. */
  paths?: string[];
  /** Repository config file, read at the base SHA (default `.github/modelspec-review.yml`). */
  configPath?: string;
  /**
   * Most changed YAML/JSON files read (default `HARD_READ_CAP`, which bounds API reads); a local
   * run passes `LOCAL_READ_CAP`. The config's `limits.maxFiles` applies after it.
   */
  readCap?: number;
  /**
   * Config text already loaded by the caller (the app uses Probot's loader); `null` means "no
   * config file". When absent the pipeline reads `configPath` at the base SHA itself.
   */
  configText?: {
    text: string | null;
    file: string;
    /**
     * The caller read it at the head or in the working tree (the CLI), not at the base: a change
     * that edits the config is then reviewed with its own version, so nothing is said about it.
     */
    readAtHead?: boolean;
    /** Problems the caller met reading it (an unreadable file): config findings like parse errors. */
    findings?: Finding[];
  };
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
  /**
   * `false`: the front end uses none of the rendered strings (comment, job summary, JSON, SARIF);
   * the publisher's `report` renders what it prints (the CLI). Saves the work and the memory.
   */
  renderOutputs?: boolean;
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
   * "Running vs declared" section, the check run and SARIF its findings, the JSON report a
   * `runtime` member. Replaces the config's `runtime.factsPath`.
   */
  runtimeFacts?: { file: string; text: string; now?: string };
  /**
   * The front end's clock (ISO time), for the age of scan facts: the core reads no clock. Without
   * it (and without `runtimeFacts.now`) no scan is compared.
   */
  now?: string;
}

/**
 * What `reviewChange` did: status and conclusion, the rendered outputs (comment, job summary, JSON
 * report, SARIF, release notes), what it published (comment, check run id), and the problems and
 * notices for the log.
 */
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
  /** The config the review ran with; null when no file could be a ModelSpec (none was read). */
  config: Config | null;
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

/** A cheap `kind: ModelSpec` pre-filter (src/core/collect.ts), re-exported for test engines. */
export { looksLikeModelSpec };

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
    "runtime-drift": "runtimeDrift",
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
  const candidates = readCandidates(changed.files, {
    configPath,
    globs: inputGlobs,
    ...(options.readCap !== undefined ? { readCap: options.readCap } : {}),
  });
  notices.push(...candidates.notices);
  const potential = candidates.files;
  const configChangedInPr = candidates.configChanged && options.configText?.readAtHead !== true;
  if (potential.length === 0) {
    log("No changed YAML/JSON file could be a ModelSpec: nothing to review.");
    return publishNoSpecs(source, publisher, options, { configChangedInPr, notices, config: null });
  }

  // 2. One batched read: config at base, base and head texts of every potential spec.
  const reads: FileRequest[] = fileReads(potential, pr.baseSha, pr.headSha);
  if (!options.configText) reads.unshift({ ref: pr.baseSha, path: configPath });
  let texts: FileTexts;
  try {
    texts = await source.readTexts(reads);
  } catch (e) {
    // A file that cannot be read must fail the check (naming it), never count as unchanged.
    if (e instanceof UnreadableFileError) await failCheck(publisher, pr, options, e, log);
    throw e;
  }
  const sideText = sideReader(texts, pr.baseSha, pr.headSha);
  const baseText = (f: ChangedFile): string | undefined =>
    f.status === "added" ? undefined : sideText(f, "base")?.text;
  const headText = (f: ChangedFile): string | undefined =>
    f.status === "removed" ? undefined : sideText(f, "head")?.text;

  // 3. Config (from the base ref) and the candidates.
  const engine = await (options.loadEngine ?? loadEngine)();
  const cfgSource = options.configText ?? {
    text: texts.get(fileKey(pr.baseSha, configPath)) ?? null,
    file: configPath,
  };
  let config: Config;
  const configFindings: Finding[] = [...(options.configText?.findings ?? [])];
  if (cfgSource.text === null) {
    config = engine.defaultConfig();
  } else {
    const parsed = engine.parseConfig(cfgSource.text, cfgSource.file);
    config = parsed.config;
    configFindings.push(...parsed.findings);
  }
  if (inputGlobs) config = { ...config, paths: inputGlobs };
  if (options.failOn) config = { ...config, failOn: options.failOn };
  if (configChangedInPr) {
    notices.push(
      `This ${noun} edits \`${configPath}\`; the review uses the version on the base branch, so the change takes effect after merge.`,
    );
  }
  const collected = await collectPairs(potential, sideText, config);
  // The repository around the change: the source's own (local git), else deployment drift from
  // the head's tree listing (src/github/drift.ts: unchanged specs and manifests at head).
  const around: RepositoryContext = source.repositoryContext
    ? await source.repositoryContext(config)
    : {
        drift: await collectPullRequestDrift(
          {
            readFiles: (r) => source.readTexts(r),
            ...(source.listTree ? { listFiles: source.listTree } : {}),
          },
          pr.headSha,
          config,
          potential.map((f) => ({ file: f, base: baseText(f), head: headText(f) })),
          configPath,
          notices,
        ),
      };
  const drift = around.drift;
  if (collected.pairs.length === 0) {
    // A manifest-only change is reviewed when it touches a workload linked to a spec.
    const linked =
      drift !== null &&
      engine.analyse([], config, { configFindings, configFile: cfgSource.file, drift }).drift !== undefined;
    if (!linked) {
      log("No changed file is a ModelSpec: nothing to review.");
      return publishNoSpecs(source, publisher, options, {
        configChangedInPr,
        notices,
        config,
        engine,
        configFindings,
        configFile: cfgSource.file,
      });
    }
  }
  const filesNotReviewed = collected.notReviewed;
  notices.push(...collected.notices);

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
    const pairs = collected.pairs;
    const models = await loadModels(source, pr.headSha, pairs, config, options.modelSource, log);
    const runtime = await runtimeScan(source, config, options, changed.files, notices, log);
    const review = engine.analyse(pairs, config, {
      configFindings,
      configFile: cfgSource.file,
      models,
      ...(around.knownPaths ? { knownPaths: around.knownPaths } : {}),
      ...(drift ? { drift } : {}),
      ...(runtime ? { runtime } : {}),
    });
    // Counted in the JSON report too, not only in the comment's notice (issue 15).
    if (filesNotReviewed > 0) review.summary.filesNotReviewed = filesNotReviewed;
    const ctx = renderContext(pr, publisher, options, config, { configChangedInPr, notices });
    const tag = ctx.tag;
    const render = options.renderOutputs !== false;
    // Running vs declared is a section of the rendered reports (src/core/render/model.ts), under
    // the table beside drift and inside each report's limit, like every other section.
    const commentBody = render ? engine.renderComment(review, ctx) : "";
    const check = checkRunId !== null ? engine.renderCheckRun(review, ctx) : null;
    const result: PipelineResult = {
      status: "reviewed",
      conclusion: review.conclusion.status,
      specsChanged: review.summary.specsChanged,
      monthlyCostDeltaUsd: review.summary.monthlyCost.deltaAtMax,
      review,
      config,
      configChangedInPr,
      commentBody,
      jobSummary: render ? engine.renderJobSummary(review, ctx) : "",
      reportJson: render ? engine.renderJson(review, ctx) : "",
      sarif: options.sarif && render ? engine.renderSarif(review, ctx) : null,
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
    if (checkRunId !== null && check !== null) {
      try {
        await publisher.completeCheckRun(checkRunId, {
          conclusion: check.conclusion,
          title: check.title,
          summary: check.summary,
          text: check.text ?? "",
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
    if (render && (checksDenied || checkName === null || options.dryRun))
      result.workflowAnnotations = engine.renderWorkflowAnnotations(review);
    if (publisher.report) {
      // A printed report of thousands of specs is large: let the texts go before rendering it.
      pairs.length = 0;
      await publisher.report(review, ctx);
    }

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
  found: {
    configChangedInPr: boolean;
    notices: string[];
    config: Config | null;
    engine?: Engine;
    configFindings?: Finding[];
    configFile?: string;
  },
): Promise<PipelineResult> {
  const change = source.change;
  const log = options.log ?? (() => {});
  const result = noSpecs(found.configChangedInPr, found.notices);
  const configPath = options.configPath ?? CONFIG_PATH;
  let config = found.config;
  let engine = found.engine;
  let configFindings = found.configFindings ?? options.configText?.findings ?? [];
  const configFile = found.configFile ?? options.configText?.file ?? configPath;
  const needsComment = change.pullRequest !== null && !options.dryRun && options.commentMode !== "off";
  // The comment's tag and mode may come from the repository config: read it (one batched read)
  // only when a comment could have to be retired; the core loads only when there is a config.
  if (config === null && (needsComment || options.sarif || publisher.report)) {
    const text =
      options.configText?.text ??
      (options.configText
        ? null
        : ((await source.readTexts([{ ref: change.baseSha, path: configPath }])).get(
            fileKey(change.baseSha, configPath),
          ) ?? null));
    if (text !== null || options.sarif || publisher.report) {
      engine ??= await (options.loadEngine ?? loadEngine)();
      if (text === null) config = engine.defaultConfig();
      else {
        const parsed = engine.parseConfig(text, configFile);
        config = parsed.config;
        configFindings = [...configFindings, ...parsed.findings];
      }
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
  result.config = config;
  if (publisher.report && engine && config) {
    // Nothing to review, but a printed report still says so (and shows a broken config).
    const review = engine.analyse([], config, { configFindings, configFile });
    await publisher.report(review, renderContext(change, publisher, options, config, found));
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

/** What the renderers are told about the change: the same for every output and publisher. */
function renderContext(
  change: Change,
  publisher: Publisher,
  options: PipelineOptions,
  config: Config,
  found: { configChangedInPr: boolean; notices: string[] },
): RenderContext {
  const configPath = options.configPath ?? CONFIG_PATH;
  return {
    tag: options.commentTag ?? config.comment.tag,
    // A working tree is no commit: the review names no head SHA (markers, links, the JSON report).
    ...(change.worktree ? {} : { headSha: change.headSha }),
    baseSha: change.reportBaseSha ?? change.baseSha,
    configChangedInPr: found.configChangedInPr,
    ...(configPath !== CONFIG_PATH ? { configPath } : {}),
    notices: found.notices,
    onNoChange: config.comment.onNoChange,
    ...(options.toolVersion ? { toolVersion: options.toolVersion } : {}),
    ...(publisher.repoUrl ? { repoUrl: publisher.repoUrl } : {}),
  };
}

function noSpecs(configChangedInPr: boolean, notices: string[]): PipelineResult {
  return {
    status: "no-specs",
    conclusion: "success",
    specsChanged: 0,
    monthlyCostDeltaUsd: null,
    review: null,
    config: null,
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

/**
 * The piqc scan to hold the specs against: the front end's (`runtimeFacts`), else the config's
 * `runtime.factsPath` read at the BASE commit through the same batched read as the specs (so a
 * change cannot edit the facts it is judged against; the config's schema keeps the path inside the
 * repository, the core caps the size it parses). A missing or unreadable scan is a notice, never a
 * failed review: it is context, not the change.
 */
async function runtimeScan(
  source: ChangeSource,
  config: Config,
  options: PipelineOptions,
  changed: ChangedFile[],
  notices: string[],
  log: (message: string) => void,
): Promise<{ file: string; text: string; now: string; inRepo?: boolean } | null> {
  const now = options.now ?? options.runtimeFacts?.now;
  const path = config.runtime?.factsPath;
  if (!options.runtimeFacts && !path) return null;
  if (!now) {
    log("No clock given to the review: the piqc scan is not compared (facts need an age).");
    return null;
  }
  if (options.runtimeFacts) return { file: options.runtimeFacts.file, text: options.runtimeFacts.text, now };
  const base = source.change.baseSha;
  let text: string | null;
  try {
    text = (await source.readTexts([{ ref: base, path: path! }])).get(fileKey(base, path!)) ?? null;
  } catch (e) {
    if (!(e instanceof UnreadableFileError)) throw e;
    notices.push(
      `The piqc scan \`${path}\` (\`runtime.factsPath\`) could not be read; running vs declared was skipped.`,
    );
    return null;
  }
  if (text === null) {
    notices.push(
      `The piqc scan \`${path}\` (\`runtime.factsPath\`) is not in the base commit ${base.slice(0, 7)} (or is binary); running vs declared was skipped.`,
    );
    return null;
  }
  const edited = changed.some((f) => f.path === path || f.previousPath === path);
  if (edited)
    notices.push(
      `This change edits \`${path}\`; the review holds the specs against the scan on the base branch.`,
    );
  return { file: path!, text, now, ...(edited ? {} : { inRepo: true }) };
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
