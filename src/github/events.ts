/**
 * What the Action and the app read from webhook payloads: the pull request (head SHA, never the
 * merge commit) or the merge group. No dependencies, so the Action's no-op path stays small.
 */

/** The PR to review, as the triggering event describes it. */
export interface PullRequestTarget {
  number: number;
  /** `pull_request.head.sha` — the PR head, not the merge commit (`GITHUB_SHA`). */
  headSha: string;
  /** `pull_request.base.sha` — config and "before" texts are read here. */
  baseSha: string;
}

/** A merge group's `base_sha` and `head_sha` (`merge_group.checks_requested`). */
export interface MergeGroupTarget {
  baseSha: string;
  /** The queue's temporary commit: the check run goes here, and the queue waits for it. */
  headSha: string;
  /** `refs/heads/gh-readonly-queue/main/pr-7-…`, for logs. */
  headRef?: string;
}

/**
 * The PR a webhook payload is about: `pull_request` / `pull_request_target` events carry it in
 * `pull_request` (head SHA, never the merge SHA). Returns null for payloads without one.
 */
export function pullRequestFromPayload(payload: unknown): PullRequestTarget | null {
  const pr = (payload as { pull_request?: unknown } | null)?.pull_request as
    { number?: unknown; head?: { sha?: unknown }; base?: { sha?: unknown } } | undefined;
  if (!pr || typeof pr.number !== "number") return null;
  const headSha = pr.head?.sha;
  const baseSha = pr.base?.sha;
  if (typeof headSha !== "string" || typeof baseSha !== "string") return null;
  return { number: pr.number, headSha, baseSha };
}

/** `merge_group.base_sha` / `.head_sha` of a `merge_group` event payload; null when absent. */
export function mergeGroupFromPayload(payload: unknown): MergeGroupTarget | null {
  const g = (
    payload as { merge_group?: { base_sha?: unknown; head_sha?: unknown; head_ref?: unknown } } | null
  )?.merge_group;
  if (!g || typeof g.base_sha !== "string" || typeof g.head_sha !== "string") return null;
  return {
    baseSha: g.base_sha,
    headSha: g.head_sha,
    ...(typeof g.head_ref === "string" ? { headRef: g.head_ref } : {}),
  };
}
