/**
 * One review, as the app runs it: the shared pipeline (`reviewPullRequest`) over a `GitHubPort`
 * built on the delivery's `context.octokit`. The app adds no review logic; what it adds is what a
 * long-running, horizontally scaled server needs:
 *
 * 1. **Ordering**: it reads the PR first and gives up quietly when the event's head SHA is no longer
 *    the PR's head (a newer push has its own delivery); the port's comment upsert re-checks the head
 *    before writing, so a slow review of an old commit never overwrites a newer one.
 * 2. **Bounded time**: every API call of the review carries an abort signal that fires after the
 *    time budget; memory and work are bounded by the config's `limits` (file count and size).
 * 3. **A check run that always ends**: when the review fails (GitHub errors, the budget, a bug), the
 *    check run is completed with a conclusion and the reason — never left `in_progress` — and a
 *    failure before the check run existed still leaves one saying why.
 */
import type { Context } from "probot";
import { createOctokitPort, type OctokitLike } from "../github/octokit.js";
import { PermissionDeniedError, type CheckConclusion, type GitHubPort } from "../github/port.js";
import { DEFAULT_CHECK_NAME, type PipelineOptions, type PipelineResult } from "../flow/review-change.js";
import { reviewMergeGroup, reviewPullRequest } from "../github/review.js";
import { loadConfigText } from "./config.js";
import type { MergeGroupReviewTarget, ReviewTarget } from "./routes.js";

/** Options of `createReviewRunner` and `createMergeGroupRunner`: check run name, time budget, pipeline extras. */
export interface ReviewRunnerOptions {
  /** Check run name (default the pipeline's, "ModelSpec review"). */
  checkName?: string;
  /** Time budget of one review in milliseconds (default 120 s; env `REVIEW_TIMEOUT_SECONDS`). */
  timeoutMs?: number;
  /** Extra pipeline options (tests: `loadEngine`). */
  pipeline?: Omit<PipelineOptions, "configText" | "checkName" | "log">;
  /** The clock, for the age of piqc scan facts (`runtime.factsPath`; default `Date.now`). */
  now?: () => number;
}

/**
 * How one run ended: skipped (e.g. the PR is closed), reviewed with the pipeline's result, or failed
 * (error or time budget), with the check run that reports the failure, or null if none could be written.
 */
export type ReviewOutcome =
  | { status: "skipped"; reason: string }
  | { status: "reviewed"; result: PipelineResult }
  | { status: "failed"; error: unknown; checkRunId: number | null };

/** Time budget of one review when neither `timeoutMs` nor `REVIEW_TIMEOUT_SECONDS` sets one: 120 s. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** Reviews in flight in this process, so a shutdown can let them finish (see `drainReviews`). */
const inFlight = new Set<Promise<unknown>>();

/** How many reviews this process is running now. */
export function reviewsInFlight(): number {
  return inFlight.size;
}

/**
 * Resolves when every review in flight has finished, or after `timeoutMs`. Webhook answers do not
 * wait for long reviews (the middleware answers 202 after 9 s), so closing the HTTP server is not
 * enough to finish them before the process exits. Returns how many were still running at the end.
 */
export async function drainReviews(timeoutMs: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([Promise.allSettled([...inFlight]), deadline]);
  clearTimeout(timer);
  return inFlight.size;
}

/** The time budget from `REVIEW_TIMEOUT_SECONDS`, else the default. */
export function timeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const s = Number(env.REVIEW_TIMEOUT_SECONDS);
  return Number.isFinite(s) && s > 0 ? Math.round(s * 1000) : DEFAULT_TIMEOUT_MS;
}

class ReviewTimeoutError extends Error {
  override readonly name = "ReviewTimeoutError";
  constructor(readonly ms: number) {
    super(`the review did not finish within its time budget of ${Math.round(ms / 1000)} s`);
  }
}

/** An Octokit view whose every request is aborted by `signal` (GraphQL and REST alike). */
function abortable(octokit: OctokitLike, signal: AbortSignal): OctokitLike {
  const withSignal = (params: Record<string, unknown> | undefined): Record<string, unknown> => {
    const request = (params?.request ?? {}) as Record<string, unknown>;
    // Keep the port's own per-request timeout: either signal aborts the request.
    const own = request.signal as AbortSignal | undefined;
    return { ...params, request: { ...request, signal: own ? AbortSignal.any([own, signal]) : signal } };
  };
  return {
    request: (route, params) => {
      if (signal.aborted) return Promise.reject(signal.reason as Error);
      return octokit.request(route, withSignal(params));
    },
    graphql: (query, params) => {
      if (signal.aborted) return Promise.reject(signal.reason as Error);
      return octokit.graphql(query, withSignal(params));
    },
  };
}

/** `promise`, or a rejection with the signal's reason once it aborts (for calls we cannot pass it to). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(e as Error);
      },
    );
  });
}

/** Remembers the check run the pipeline starts, so a failure can be reported on it. */
function trackCheckRun(port: GitHubPort): { port: GitHubPort; started: () => number | null } {
  let id: number | null = null;
  return {
    port: {
      ...port,
      repo: port.repo,
      startCheckRun: async (name, headSha, detailsUrl) => {
        id = await port.startCheckRun(name, headSha, detailsUrl);
        return id;
      },
    },
    started: () => id,
  };
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** What a bounded run hands its body: ports whose requests stop at the time budget. */
interface BoundedRun {
  octokit: OctokitLike;
  port: GitHubPort;
  log: Context["log"];
  portLog: (message: string) => void;
  /** Fires when the budget runs out (for calls that take no signal). */
  signal: AbortSignal;
  /** The head a failure is reported on, once the body knows a newer one (coalesced deliveries). */
  reportOn(headSha: string): void;
}

/**
 * Runs `body` within the time budget, counted in `inFlight`: every request it makes through the
 * given ports is aborted when the budget runs out, and a failure (an error or the budget) is
 * reported on the check run the body started — or on a new one — never left `in_progress`.
 */
function bounded(
  context: Context,
  target: { owner: string; repo: string; headSha: string },
  opts: { checkName: string; timeoutMs: number; logFields: Record<string, unknown>; what: string },
  body: (run: BoundedRun) => Promise<ReviewOutcome>,
): Promise<ReviewOutcome> {
  const run = (async (): Promise<ReviewOutcome> => {
    const log = context.log.child(opts.logFields);
    const repo = { owner: target.owner, repo: target.repo };
    const octokit = context.octokit as unknown as OctokitLike;
    const portLog = (message: string): void => log.info(message);
    // Publishing a failure must work even after the budget aborted everything else.
    const direct = createOctokitPort(octokit, repo, { log: portLog });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new ReviewTimeoutError(opts.timeoutMs)), opts.timeoutMs);
    timer.unref?.();
    const limited = abortable(octokit, controller.signal);
    const tracked = trackCheckRun(createOctokitPort(limited, repo, { log: portLog }));
    const started = Date.now();
    let head = target.headSha;
    try {
      return await body({
        octokit: limited,
        port: tracked.port,
        log,
        portLog,
        signal: controller.signal,
        reportOn: (sha) => (head = sha),
      });
    } catch (e) {
      const timedOut = controller.signal.aborted && controller.signal.reason instanceof ReviewTimeoutError;
      const error = timedOut ? (controller.signal.reason as ReviewTimeoutError) : e;
      log.error({ err: error, ms: Date.now() - started }, `${opts.what} failed`);
      const checkRunId = await reportFailure(
        direct,
        tracked.started(),
        opts.checkName,
        { headSha: head },
        error,
        timedOut,
        log,
      );
      return { status: "failed", error, checkRunId };
    } finally {
      clearTimeout(timer);
    }
  })();
  inFlight.add(run);
  void run.finally(() => inFlight.delete(run));
  return run;
}

const repoOf = (t: { owner: string; repo: string }) => ({ owner: t.owner, repo: t.repo });

/** The pipeline options both runners pass: the runner's, the config from Probot's loader, links. */
function flowOptions(
  options: ReviewRunnerOptions,
  context: Context,
  checkName: string,
  cfg: { text: string | null; file: string },
  portLog: (message: string) => void,
): PipelineOptions {
  const serverUrl = serverUrlOf(context.payload);
  return {
    ...options.pipeline,
    checkName,
    configText: { text: cfg.text, file: cfg.file },
    log: portLog,
    now: new Date((options.now ?? Date.now)()).toISOString(),
    ...(serverUrl ? { serverUrl } : {}),
  };
}

/** Builds the app's `review` dependency. */
export function createReviewRunner(options: ReviewRunnerOptions = {}) {
  const checkName = options.checkName ?? DEFAULT_CHECK_NAME;
  const timeoutMs = options.timeoutMs ?? timeoutFromEnv();

  return function review(context: Context, initial: ReviewTarget): Promise<ReviewOutcome> {
    const logFields = {
      repository: `${initial.owner}/${initial.repo}`,
      pr: initial.number,
      headSha: initial.headSha,
      trigger: initial.trigger,
    };
    return bounded(context, initial, { checkName, timeoutMs, logFields, what: "review" }, async (run) => {
      const { port, log, portLog } = run;
      const started = Date.now();
      let target = initial;
      // 1. The PR as it is now: closed, or moved on to a newer head → nothing to do here.
      const pr = await port.getPullRequest(target.number);
      if (pr.state !== "open") {
        log.info({ outcome: "skipped" }, "pull request is closed: not reviewed");
        return { status: "skipped", reason: "closed" };
      }
      // Coalesced deliveries review whatever the head is now (src/app/coalesce.ts).
      if (target.latestHead && pr.headSha !== target.headSha) {
        target = { ...target, headSha: pr.headSha };
        run.reportOn(pr.headSha);
      }
      if (pr.headSha !== target.headSha && target.trigger.startsWith("pull_request.")) {
        log.info(
          { outcome: "stale", currentHead: pr.headSha },
          "the PR head has moved on: this event is stale",
        );
        return { status: "skipped", reason: "stale" };
      }

      // 2. Config from the default branch (Probot's loader: org `.github` defaults, `_extends`).
      const cfg = await untilAborted(loadConfigText(context, repoOf(target)), run.signal);
      log.debug({ configSources: cfg.sources }, "configuration loaded");

      // 3. The shared pipeline.
      const result = await reviewPullRequest(
        port,
        { number: pr.number, headSha: target.headSha, baseSha: pr.baseSha },
        flowOptions(options, context, checkName, cfg, portLog),
      );
      for (const p of result.problems) log.warn(p);
      log.info(
        {
          outcome: result.status,
          conclusion: result.conclusion,
          specsChanged: result.specsChanged,
          comment: result.comment?.outcome ?? null,
          checkRunId: result.checkRunId,
          ms: Date.now() - started,
        },
        result.status === "no-specs" ? "no ModelSpec changed" : "review published",
      );
      return { status: "reviewed", result };
    });
  };
}

/**
 * Builds the app's `mergeGroup` dependency: `merge_group.checks_requested` → the shared flow over
 * the group's `base_sha`…`head_sha`, the check run on `head_sha` (what the queue waits for), config
 * from the default branch like pull requests. Same time budget and failure reporting as reviews.
 */
export function createMergeGroupRunner(options: ReviewRunnerOptions = {}) {
  const checkName = options.checkName ?? DEFAULT_CHECK_NAME;
  const timeoutMs = options.timeoutMs ?? timeoutFromEnv();
  return function mergeGroup(context: Context, target: MergeGroupReviewTarget): Promise<ReviewOutcome> {
    const logFields = {
      repository: `${target.owner}/${target.repo}`,
      mergeGroup: target.headRef ?? null,
      headSha: target.headSha,
      trigger: target.trigger,
    };
    return bounded(
      context,
      target,
      { checkName, timeoutMs, logFields, what: "merge group review" },
      async (run) => {
        const started = Date.now();
        const cfg = await untilAborted(loadConfigText(context, repoOf(target)), run.signal);
        const result = await reviewMergeGroup(
          run.octokit,
          run.port,
          { baseSha: target.baseSha, headSha: target.headSha },
          flowOptions(options, context, checkName, cfg, run.portLog),
        );
        run.log.info(
          {
            outcome: result.status,
            conclusion: result.conclusion,
            specsChanged: result.specsChanged,
            checkRunId: result.checkRunId,
            ms: Date.now() - started,
          },
          "merge group reviewed",
        );
        return { status: "reviewed", result };
      },
    );
  };
}

/**
 * Completes (or creates, then completes) the check run of a failed review. `timed_out` when the
 * budget ran out, `failure` otherwise: a required check must not pass on a review that did not run.
 */
async function reportFailure(
  port: GitHubPort,
  checkRunId: number | null,
  checkName: string,
  target: { headSha: string },
  error: unknown,
  timedOut: boolean,
  log: Context["log"],
): Promise<number | null> {
  const conclusion: CheckConclusion = timedOut ? "timed_out" : "failure";
  const output = {
    conclusion,
    title: timedOut ? "modelspec-review ran out of time" : "modelspec-review could not finish",
    summary: [
      `The review of \`${target.headSha.slice(0, 7)}\` stopped: ${errorText(error)}.`,
      "",
      timedOut
        ? "Large pull requests can be reviewed in parts with `limits.maxFiles`; re-run the check to try again."
        : "This is not a verdict on the pull request. Re-run the check to try again; if it keeps failing, the app's logs have the details.",
    ].join("\n"),
    annotationBatches: [],
  };
  try {
    const id = checkRunId ?? (await port.startCheckRun(checkName, target.headSha));
    await port.completeCheckRun(id, output);
    return id;
  } catch (e) {
    const why = e instanceof PermissionDeniedError ? e.message : errorText(e);
    log.error({ err: e }, `could not report the failure on a check run: ${why}`);
    return checkRunId;
  }
}

/** `https://github.com` (or the GHE host) from the payload's repository URL. */
function serverUrlOf(payload: unknown): string | undefined {
  const repo = (payload as { repository?: { html_url?: string; full_name?: string } }).repository;
  if (!repo?.html_url || !repo.full_name) return undefined;
  const suffix = `/${repo.full_name}`;
  return repo.html_url.endsWith(suffix) ? repo.html_url.slice(0, -suffix.length) : undefined;
}
