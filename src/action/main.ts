/**
 * The Action: read inputs and the event, run the shared pipeline, set outputs and the job summary,
 * and fail the step when a gate fails so branch protection blocks the merge. One catch, at the end.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { CommentMode, Config } from "../core/types.js";
import type { PipelineResult, PullRequestTarget } from "../pipeline.js";
import { createToolkit, type Env, type Toolkit } from "./toolkit.js";

const COMMENT_MODES: readonly CommentMode[] = ["update", "new", "hide-and-new", "delete-and-new", "off"];
const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);

/** Seams for tests: client options (e.g. no throttling pauses) on top of the Action's defaults. */
export interface RunOverrides {
  client?: { retryBaseMs?: number; throttle?: boolean };
}

/** Runs the Action; returns the process exit code (0 pass, 1 a gate failed or the run broke). */
export async function run(
  env: Env = process.env,
  toolkit: Toolkit = createToolkit(env),
  overrides: RunOverrides = {},
): Promise<number> {
  const core = toolkit;
  try {
    // 1. The event: only pull requests are reviewed.
    const eventName = env.GITHUB_EVENT_NAME ?? "";
    const payload = env.GITHUB_EVENT_PATH
      ? (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as unknown)
      : null;
    const pr = PR_EVENTS.has(eventName) ? prFromPayload(payload) : null;
    if (!pr) {
      core.info(
        `modelspec-review reviews pull requests; "${eventName || "unknown"}" events carry none, so there is nothing to do.`,
      );
      setOutputs(core, null, "skipped");
      return 0;
    }

    // 2. Inputs.
    const token = core.getInput("github-token");
    if (!token) throw new UserError("Input github-token is empty: pass `github-token: ${{ github.token }}`.");
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
    if (!owner || !repo)
      throw new UserError(`GITHUB_REPOSITORY is "${env.GITHUB_REPOSITORY ?? ""}", not owner/repo.`);
    const mode = core.getInput("comment");
    if (mode !== "" && !COMMENT_MODES.includes(mode as CommentMode)) {
      throw new UserError(`Input comment is "${mode}"; use one of ${COMMENT_MODES.join(", ")}.`);
    }
    // Loaded only for pull requests: other events never pay for the pipeline or the Octokit.
    const [{ parseFailOn, reviewPullRequest }, { createOctokitPort }, { createClient }] = await Promise.all([
      import("../pipeline.js"),
      import("../github/octokit.js"),
      import("../github/client.js"),
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
    const dryRun = core.getBooleanInput("dry-run");
    const checkName = core.getInput("check-name");
    const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
    const detailsUrl = env.GITHUB_RUN_ID
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;

    // 3. The pipeline.
    const octokit = createClient({
      token,
      baseUrl: env.GITHUB_API_URL ?? "https://api.github.com",
      userAgent: "modelspec-review-action",
      log: (m) => core.warning(m),
      ...overrides.client,
    });
    const port = createOctokitPort(octokit, { owner, repo }, { log: (m) => core.info(m) });
    const configPath = core.getInput("config");
    const tag = core.getInput("comment-tag");
    const result = await reviewPullRequest(port, pr, {
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
      log: (m) => core.info(m),
    });

    // 4. Report: fallbacks first (so a fork run explains itself), then summary and outputs.
    for (const p of result.problems) core.warning(p);
    for (const line of result.workflowCommands) core.raw(line);
    for (const n of result.notices) core.info(n);
    if (result.status === "no-specs") {
      core.info("No ModelSpec file changed in this pull request.");
      core.appendSummary("### ModelSpec review\n\nNo ModelSpec file changed in this pull request.\n");
    } else {
      const preface =
        result.problems.length > 0
          ? `> [!WARNING]\n${result.problems.map((p) => `> ${p}`).join("\n>\n")}\n\n`
          : "";
      core.appendSummary(preface + result.jobSummary);
    }
    let reportPath = "";
    if (result.reportJson) {
      reportPath = join(env.RUNNER_TEMP || tmpdir(), "modelspec-review", "report.json");
      writeText(reportPath, result.reportJson);
    }
    if (sarifFile && result.sarif !== null)
      writeText(resolve(env.GITHUB_WORKSPACE ?? ".", sarifFile), result.sarif);
    if (releaseNotesFile && result.releaseNotes)
      writeText(resolve(env.GITHUB_WORKSPACE ?? ".", releaseNotesFile), result.releaseNotes);
    setOutputs(core, result, result.conclusion, reportPath);

    // 5. The gate: a failed review fails the step, so a required check blocks the merge.
    if (result.conclusion === "failure") {
      const failed = result.review?.conclusion.gates.filter((g) => g.failed).map((g) => g.reason) ?? [];
      core.error(`ModelSpec review failed: ${failed.length > 0 ? failed.join("; ") : "see the report"}.`);
      return 1;
    }
    core.info(`ModelSpec review: ${result.conclusion} (${result.specsChanged} spec(s) changed).`);
    return 0;
  } catch (e) {
    core.error(
      e instanceof UserError ? e.message : `modelspec-review failed: ${(e as Error).message ?? String(e)}`,
    );
    if (!(e instanceof UserError) && e instanceof Error && e.stack) core.info(e.stack);
    return 1;
  }
}

class UserError extends Error {}

/** `pull_request.number`, `.head.sha` (not the merge SHA) and `.base.sha` of the event payload. */
function prFromPayload(payload: unknown): PullRequestTarget | null {
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request;
  const head = (pr?.head as { sha?: unknown } | undefined)?.sha;
  const base = (pr?.base as { sha?: unknown } | undefined)?.sha;
  if (!pr || typeof pr.number !== "number" || typeof head !== "string" || typeof base !== "string")
    return null;
  return { number: pr.number, headSha: head, baseSha: base };
}

function setOutputs(core: Toolkit, result: PipelineResult | null, conclusion: string, reportPath = ""): void {
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
