/**
 * The review flow wired for GitHub: a pull request, or a merge group, over a `GitHubPort`
 * (the Action's Octokit or Probot's `context.octokit`). Wiring only; the flow is `reviewChange`.
 */
import {
  reviewChange,
  type PipelineOptions,
  type PipelineResult,
  type PullRequestTarget,
} from "../flow/review-change.js";
import type { Publisher } from "../ports/index.js";
import type { OctokitLike } from "./octokit.js";
import type { MergeGroupTarget } from "./events.js";
import type { GitHubPort } from "./port.js";
import { compareSource, pullRequestSource } from "./sources.js";

/** The GitHub publisher: the port's comment and check-run writes, plus links under `serverUrl`. */
export function githubPublisher(port: GitHubPort, serverUrl?: string): Publisher {
  const repoUrl = serverUrl
    ? `${serverUrl.replace(/\/+$/, "")}/${port.repo.owner}/${port.repo.repo}`
    : undefined;
  return {
    ...(repoUrl ? { repoUrl } : {}),
    upsertComment: (request) => port.upsertComment(request),
    startCheckRun: (name, headSha, detailsUrl) => port.startCheckRun(name, headSha, detailsUrl),
    completeCheckRun: (id, output) => port.completeCheckRun(id, output),
  };
}

/** Reviews pull request `pr` (head SHA, not the merge commit): comment + check run. */
export function reviewPullRequest(
  port: GitHubPort,
  pr: PullRequestTarget,
  options: PipelineOptions = {},
): Promise<PipelineResult> {
  return reviewChange(pullRequestSource(port, pr), githubPublisher(port, options.serverUrl), options);
}

/**
 * Reviews a merge queue entry: `base_sha`…`head_sha` compared, the check run on `head_sha`
 * (what the queue waits for), no comment (there is no single pull request to put it on).
 */
export function reviewMergeGroup(
  octokit: OctokitLike,
  port: GitHubPort,
  group: MergeGroupTarget,
  options: PipelineOptions = {},
): Promise<PipelineResult> {
  const source = compareSource(octokit, port, { ...group, kind: "merge-group" });
  return reviewChange(source, githubPublisher(port, options.serverUrl), options);
}
