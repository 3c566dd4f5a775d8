/**
 * Which webhook events the app acts on, and what it reads from each payload.
 *
 * Every event the app handles is one row of {@link ROUTES}. Adding a handler (e.g. release notes on
 * `push`) is one more row here plus the event in `app.yml` (a test checks the two agree).
 *
 * Nothing in this file talks to GitHub: it turns webhook payloads into {@link ReviewTarget}s.
 */
import type { Context } from "probot";

/** One pull request at one head commit that the app should review. */
export interface ReviewTarget {
  owner: string;
  repo: string;
  /** Pull request number. */
  number: number;
  /** The head commit the event is about (the review describes exactly this commit). */
  headSha: string;
  /** The base commit the event saw, when it says (the pipeline re-reads the PR anyway). */
  baseSha?: string;
  /** `event.action` that asked for the review, for logs and the check run. */
  trigger: string;
  /**
   * Review the PR's head as GitHub reports it when the review starts, not `headSha` (set when
   * deliveries were coalesced: the newest head wins).
   */
  latestHead?: boolean;
}

/** Minimal views of the payload fields we read; the real payloads carry many more. */
interface RepositoryPayload {
  id?: number;
  name: string;
  owner: { login: string };
}

interface PullRequestRef {
  number: number;
  head?: { sha?: string; repo?: { id?: number } | null };
  base?: { sha?: string; repo?: { id?: number } | null };
}

interface PullRequestPayload {
  action: string;
  repository: RepositoryPayload;
  pull_request: {
    number: number;
    state?: string;
    head: { sha: string };
    base: { sha: string; ref?: string };
  };
  changes?: { base?: unknown; title?: unknown; body?: unknown };
}

interface CheckPayload {
  action: string;
  repository: RepositoryPayload;
  check_run?: { head_sha: string; pull_requests?: PullRequestRef[]; name?: string };
  check_suite?: { head_sha: string; pull_requests?: PullRequestRef[] };
}

/** Reads the pull requests a payload asks to review (empty when the event needs no review). */
export type TargetsOf = (payload: unknown, event: string) => ReviewTarget[];

/** Runs one delivery. `event` is `name.action` (or just `name` for events without actions). */
export type RouteHandler = (context: Context, event: string) => Promise<void>;

/** One row of the routing table: the events it handles, why, and the handler that runs per delivery. */
export interface Route {
  /** Event names with action (`pull_request.opened`) or without (`push`). */
  events: readonly string[];
  /** Why this route exists, for logs and docs. */
  description: string;
  handle: RouteHandler;
}

function fromPullRequest(payload: unknown, event: string): ReviewTarget[] {
  const p = payload as PullRequestPayload;
  if (p.pull_request.state !== undefined && p.pull_request.state !== "open") return [];
  return [
    {
      owner: p.repository.owner.login,
      repo: p.repository.name,
      number: p.pull_request.number,
      headSha: p.pull_request.head.sha,
      baseSha: p.pull_request.base.sha,
      trigger: event,
    },
  ];
}

/**
 * `pull_request.edited` fires for title and body edits too; only a change of base branch changes
 * what the review says (GitHub sends `changes.base` then).
 */
function fromPullRequestEdited(payload: unknown, event: string): ReviewTarget[] {
  const p = payload as PullRequestPayload;
  if (p.changes?.base === undefined) return [];
  return fromPullRequest(payload, event);
}

/**
 * `check_run.rerequested` / `check_suite.rerequested`: the payload names the head SHA and the PRs
 * that have it as head. PRs from forks are not listed by GitHub (`pull_requests: []`), so a rerun on
 * a fork PR's check is logged and ignored; pushing to the PR or reopening it reviews it again.
 */
function fromCheck(payload: unknown, event: string): ReviewTarget[] {
  const p = payload as CheckPayload;
  const check = p.check_run ?? p.check_suite;
  if (!check) return [];
  const repoId = p.repository.id;
  const seen = new Set<number>();
  const out: ReviewTarget[] = [];
  for (const pr of check.pull_requests ?? []) {
    // Only PRs into this repository (a check suite can list PRs of other repos sharing the commit).
    if (repoId !== undefined && pr.base?.repo?.id !== undefined && pr.base.repo.id !== repoId) continue;
    if (seen.has(pr.number)) continue;
    seen.add(pr.number);
    out.push({
      owner: p.repository.owner.login,
      repo: p.repository.name,
      number: pr.number,
      headSha: check.head_sha,
      baseSha: pr.base?.sha,
      trigger: event,
    });
  }
  return out;
}

/** A merge queue entry to review: `base_sha`…`head_sha`, the check run on `head_sha`. */
export interface MergeGroupReviewTarget {
  owner: string;
  repo: string;
  baseSha: string;
  headSha: string;
  headRef?: string;
  trigger: string;
}

/** `merge_group.checks_requested`: the group's base and head (no pull request to comment on). */
function fromMergeGroup(payload: unknown, event: string): MergeGroupReviewTarget | null {
  const p = payload as {
    repository: RepositoryPayload;
    merge_group?: { base_sha?: string; head_sha?: string; head_ref?: string };
  };
  const g = p.merge_group;
  if (typeof g?.base_sha !== "string" || typeof g.head_sha !== "string") return null;
  return {
    owner: p.repository.owner.login,
    repo: p.repository.name,
    baseSha: g.base_sha,
    headSha: g.head_sha,
    ...(typeof g.head_ref === "string" ? { headRef: g.head_ref } : {}),
    trigger: event,
  };
}

/** What the routes need from the rest of the app (the review runner; tests may pass their own). */
export interface RouteDeps {
  /** Reviews a merge queue entry and publishes its check run (see review.ts). */
  mergeGroup?(context: Context, target: MergeGroupReviewTarget): Promise<unknown>;
  /** Reviews one pull request at one head SHA and publishes the result. */
  review(context: Context, target: ReviewTarget): Promise<unknown>;
  /** Updates the draft release's "Model changes" on a push to the default branch (see release.ts). */
  releaseNotes?(context: Context): Promise<unknown>;
}

/** Reviews, one after the other, every target a payload names. */
function reviewEach(targetsOf: TargetsOf, deps: RouteDeps): RouteHandler {
  return async (context, event) => {
    const targets = targetsOf(context.payload, event);
    if (targets.length === 0) {
      context.log.info({ event }, "nothing to review for this event");
      return;
    }
    for (const target of targets) await deps.review(context, target);
  };
}

/**
 * The routing table: one row per handled event group. To add a handler, add a row (and its event
 * to `app.yml`).
 */
export function createRoutes(deps: RouteDeps): Route[] {
  return [
    {
      events: [
        "pull_request.opened",
        "pull_request.synchronize",
        "pull_request.reopened",
        "pull_request.ready_for_review",
      ],
      description: "review the PR at its new head",
      handle: reviewEach(fromPullRequest, deps),
    },
    {
      events: ["pull_request.edited"],
      description: "review again when the PR's base branch changed",
      handle: reviewEach(fromPullRequestEdited, deps),
    },
    {
      events: ["check_run.rerequested", "check_suite.rerequested"],
      description: "rerun the review for the check's head SHA",
      handle: reviewEach(fromCheck, deps),
    },
    {
      events: ["merge_group.checks_requested"],
      description: "review the merge queue entry (base_sha…head_sha) with a check run on head_sha",
      handle: async (context, event) => {
        const target = fromMergeGroup(context.payload, event);
        if (!target || !deps.mergeGroup) {
          context.log.info({ event }, "nothing to review for this event");
          return;
        }
        await deps.mergeGroup(context, target);
      },
    },
    {
      events: ["push"],
      description: "add a version bump to the draft release's Model changes section",
      handle: async (context) => {
        if (deps.releaseNotes) await deps.releaseNotes(context);
      },
    },
  ];
}

/** Every event name (without action) the routes listen to: what `app.yml` must subscribe to. */
export function subscribedEvents(routes: readonly Route[]): string[] {
  return [...new Set(routes.flatMap((r) => r.events.map((e) => e.split(".")[0]!)))].sort();
}

/**
 * The payload readers behind the routes, by event group, exposed so they can be tested without a
 * Probot context. Each returns no target when the event needs no review.
 */
export const targetsFrom = {
  pullRequest: fromPullRequest,
  pullRequestEdited: fromPullRequestEdited,
  check: fromCheck,
  mergeGroup: fromMergeGroup,
};
