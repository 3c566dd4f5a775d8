/**
 * The Action: read inputs and the event (`@actions/core`, `@actions/github`'s context), run the
 * shared review flow, set outputs and the job summary, and fail the step when a gate fails so
 * branch protection blocks the merge. One catch, at the end.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import * as core from "@actions/core";
import * as github from "@actions/github";
import type { CommentMode, Config } from "../core/types.js";
import type { PipelineResult } from "../flow/review-change.js";
import { mergeGroupFromPayload, pullRequestFromPayload } from "../github/events.js";

const COMMENT_MODES: readonly CommentMode[] = ["update", "new", "hide-and-new", "delete-and-new", "off"];
const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);
const MERGE_GROUP_EVENT = "merge_group";

/** The part of `@actions/github`'s context the Action reads. */
export type ActionContext = Pick<
  typeof github.context,
  "eventName" | "payload" | "repo" | "serverUrl" | "apiUrl" | "runId"
>;

/** Seams for tests: another context (read from the current environment) and client options. */
export interface RunOverrides {
  /** Default: `@actions/github`'s `context`, read from the environment when the bundle loaded. */
  context?: ActionContext;
  /** Client options on top of the Action's defaults (tests: no throttling pauses). */
  client?: { retryBaseMs?: number; throttle?: boolean };
  /** The clock, for the age of piqc scan facts (default `Date.now`; tests fix it). */
  now?: () => number;
}

/**
 * Runs the Action; returns the exit code (0 pass, 1 a gate failed or the run broke) and, on 1,
 * marks the step failed through `core.setFailed`.
 */
export async function run(overrides: RunOverrides = {}): Promise<number> {
  try {
    const context = overrides.context ?? github.context;
    // 1. The event: pull requests and merge queue entries are reviewed.
    const eventName = context.eventName ?? "";
    const pr = PR_EVENTS.has(eventName) ? pullRequestFromPayload(context.payload) : null;
    const group = eventName === MERGE_GROUP_EVENT ? mergeGroupFromPayload(context.payload) : null;
    if (!pr && !group) {
      core.info(
        `modelspec-review reviews pull requests and merge groups; "${eventName || "unknown"}" events carry neither, so there is nothing to do.`,
      );
      setOutputs(null, "skipped");
      return 0;
    }

    // 2. Inputs.
    const token = core.getInput("github-token");
    if (!token) throw new UserError("Input github-token is empty: pass `github-token: ${{ github.token }}`.");
    core.setSecret(token);
    let owner: string;
    let repo: string;
    try {
      ({ owner, repo } = context.repo);
    } catch {
      throw new UserError(`GITHUB_REPOSITORY is "${process.env.GITHUB_REPOSITORY ?? ""}", not owner/repo.`);
    }
    if (!owner || !repo)
      throw new UserError(`GITHUB_REPOSITORY is "${process.env.GITHUB_REPOSITORY ?? ""}", not owner/repo.`);
    const mode = core.getInput("comment");
    if (mode !== "" && !COMMENT_MODES.includes(mode as CommentMode)) {
      throw new UserError(`Input comment is "${mode}"; use one of ${COMMENT_MODES.join(", ")}.`);
    }
    // Loaded only for pull requests: other events never pay for the pipeline or the Octokit.
    const [
      { parseFailOn },
      { reviewPullRequest, reviewMergeGroup },
      { createOctokitPort },
      { createActionOctokit },
    ] = await Promise.all([
      import("../flow/review-change.js"),
      import("../github/review.js"),
      import("../github/octokit.js"),
      import("./octokit.js"),
    ]);
    let failOn: Config["failOn"] | undefined;
    const failOnInput = core.getInput("fail-on");
    if (failOnInput !== "") {
      const parsed = parseFailOn(failOnInput);
      // A typo must not silently weaken the gates.
      if (parsed.problems.length > 0) throw new UserError(parsed.problems.join("\n"));
      failOn = parsed.failOn;
    }
    const paths = core
      .getInput("paths")
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const sarifFile = core.getInput("sarif-file");
    const releaseNotesFile = core.getInput("release-notes-file");
    const runtimeFactsFile = core.getInput("runtime-facts");
    const runtimeFacts = runtimeFactsFile ? readRuntimeFacts(runtimeFactsFile) : null;
    const now = new Date((overrides.now ?? Date.now)()).toISOString();
    const dryRun = booleanInput("dry-run");
    const checkName = core.getInput("check-name");
    const serverUrl = context.serverUrl;
    const detailsUrl = Number.isFinite(context.runId)
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`
      : undefined;

    // 3. The review.
    const octokit = createActionOctokit(token, {
      baseUrl: context.apiUrl,
      userAgent: "modelspec-review-action",
      log: (m) => core.warning(m),
      debug: (m) => core.debug(m),
      ...overrides.client,
    });
    const port = createOctokitPort(octokit, { owner, repo }, { log: (m) => core.info(m) });
    const configPath = core.getInput("config");
    const tag = core.getInput("comment-tag");
    const options = {
      ...(paths.length > 0 ? { paths } : {}),
      ...(configPath ? { configPath } : {}),
      ...(mode ? { commentMode: mode as CommentMode } : {}),
      ...(tag ? { commentTag: tag } : {}),
      ...(checkName ? { checkName } : {}),
      ...(failOn ? { failOn } : {}),
      ...(detailsUrl ? { detailsUrl } : {}),
      dryRun,
      serverUrl,
      sarif: sarifFile !== "",
      log: (m: string) => core.info(m),
      ...(runtimeFacts ? { runtimeFacts } : {}),
      now,
    };
    const result = pr
      ? await core.group(`Review of pull request #${pr.number} at ${pr.headSha.slice(0, 7)}`, () =>
          reviewPullRequest(port, pr, options),
        )
      : await core.group(
          `Review of merge group ${group!.baseSha.slice(0, 7)}…${group!.headSha.slice(0, 7)}`,
          () => reviewMergeGroup(octokit, port, group!, options),
        );

    // 4. Report: fallbacks first (so a fork run explains itself), then summary and outputs.
    for (const p of result.problems) core.warning(p);
    for (const a of result.workflowAnnotations) {
      const { level, message, ...properties } = a;
      core[level](message, properties);
    }
    for (const n of result.notices) core.info(n);
    if (result.status === "no-specs") {
      const what = pr ? "this pull request" : "this merge group";
      core.info(`No ModelSpec file changed in ${what}.`);
      await writeSummary(`### ModelSpec review\n\nNo ModelSpec file changed in ${what}.\n`);
    } else {
      const preface =
        result.problems.length > 0
          ? `> [!WARNING]\n${result.problems.map((p) => `> ${p}`).join("\n>\n")}\n\n`
          : "";
      await writeSummary(preface + result.jobSummary);
    }
    const workspace = process.env.GITHUB_WORKSPACE ?? ".";
    let reportPath = "";
    if (result.reportJson) {
      reportPath = join(process.env.RUNNER_TEMP || tmpdir(), "modelspec-review", "report.json");
      writeText(reportPath, result.reportJson);
    }
    if (sarifFile && result.sarif !== null) writeText(resolve(workspace, sarifFile), result.sarif);
    if (releaseNotesFile && result.releaseNotes)
      writeText(resolve(workspace, releaseNotesFile), result.releaseNotes);
    setOutputs(result, result.conclusion, reportPath);

    // 5. The gate: a failed review fails the step, so a required check blocks the merge.
    if (result.conclusion === "failure") {
      const failed = result.review?.conclusion.gates.filter((g) => g.failed).map((g) => g.reason) ?? [];
      core.setFailed(`ModelSpec review failed: ${failed.length > 0 ? failed.join("; ") : "see the report"}.`);
      return 1;
    }
    core.info(`ModelSpec review: ${result.conclusion} (${result.specsChanged} spec(s) changed).`);
    return 0;
  } catch (e) {
    if (!(e instanceof UserError) && e instanceof Error && e.stack) core.debug(e.stack);
    core.setFailed(
      e instanceof UserError ? e.message : `modelspec-review failed: ${(e as Error).message ?? String(e)}`,
    );
    return 1;
  }
}

class UserError extends Error {}

/** `core.getBooleanInput`, with unset meaning false and a message that names the input. */
function booleanInput(name: string): boolean {
  if (core.getInput(name) === "") return false;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UserError(`Input "${name}" must be true or false (got "${core.getInput(name)}").`);
  }
}

/** The job summary through `core.summary`; without `$GITHUB_STEP_SUMMARY` (local runs) it is skipped. */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info("(no GITHUB_STEP_SUMMARY file: the job summary is not written)");
    return;
  }
  await core.summary.addRaw(markdown, !markdown.endsWith("\n")).write();
}

function setOutputs(result: PipelineResult | null, conclusion: string, reportPath = ""): void {
  core.setOutput("conclusion", conclusion);
  core.setOutput("specs-changed", String(result?.specsChanged ?? 0));
  const delta = result?.monthlyCostDeltaUsd;
  core.setOutput(
    "monthly-cost-delta-usd",
    delta === null || delta === undefined ? "" : String(Math.round(delta * 100) / 100),
  );
  core.setOutput("report-json", reportPath);
  core.setOutput("release-notes", result?.releaseNotes ?? "");
}

function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, "utf8");
}

/** The `runtime-facts` input: a piqc scan file in the workspace (e.g. a scheduled scan's artifact). */
function readRuntimeFacts(path: string): { file: string; text: string } {
  const full = resolve(process.env.GITHUB_WORKSPACE ?? ".", path);
  try {
    return { file: path, text: readFileSync(full, "utf8") };
  } catch (e) {
    throw new UserError(`Input "runtime-facts": cannot read ${path} (${(e as Error).message}).`);
  }
}
