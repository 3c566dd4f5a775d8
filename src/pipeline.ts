/**
 * Former home of the review flow, now `src/flow/review-change.ts` (`reviewChange` over a
 * ChangeSource and a Publisher) and `src/github/review.ts` (`reviewPullRequest`,
 * `reviewMergeGroup`). Re-exported so imports written against the old path keep working.
 */
export * from "./flow/review-change.js";
export { reviewPullRequest, reviewMergeGroup } from "./github/review.js";
export { pullRequestFromPayload, mergeGroupFromPayload } from "./github/events.js";
