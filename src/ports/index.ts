/**
 * The two ports of the review flow (`reviewChange` in src/flow/review-change.ts). A front end
 * builds one of each and calls the flow; nothing else differs between the Action, the app and the
 * CLI. GitHub implements both (src/github/sources.ts, src/github/review.ts); local git and the
 * terminal implement them for the CLI (src/cli/git-source.ts, `terminalPublisher` in
 * src/cli/review.ts).
 */
import type { ChangedFiles } from "../core/collect.js";
import type { CommentRequest, CommentResult } from "../core/comment-policy.js";
import type { CheckRunOutput, Config, RenderContext, Review } from "../core/types.js";
import type { DriftContext } from "../github/drift.js";
import type { FileRequest, FileTexts } from "../github/port.js";

export type { ChangedFile, ChangedFiles } from "../core/collect.js";
export type { CommentRequest, CommentResult } from "../core/comment-policy.js";
export type { CheckRunOutput } from "../core/types.js";
export type { FileRequest, FileTexts } from "../github/port.js";

/** What a change compares, and where its review goes. */
export interface Change {
  /** `pull-request`: a PR (comment + check); `merge-group`: a merge queue entry; `push`: two commits. */
  kind: "pull-request" | "merge-group" | "push" | "local";
  /** The commit the config and the "before" texts are read at. */
  baseSha: string;
  /** The commit reviewed; the check run goes on it (never a PR's merge commit). */
  headSha: string;
  /** The pull request the comment belongs to; null when there is none (merge group, push). */
  pullRequest: number | null;
  /** In words, for logs and notices: "pull request #7", "merge group main…abc1234". */
  label: string;
  /** Most files the listing can return; past it `ChangedFiles.truncated` is true. */
  listingCap: number;
  /** The head is a working tree, not a commit (local git): the review names no head SHA. */
  worktree?: boolean;
  /**
   * The base the report names when it differs from `baseSha` (local git: the `--base` the user
   * gave, while texts are read at its merge base with the head, as a pull request compares).
   */
  reportBaseSha?: string;
}

/** What the review needs of the repository beyond the changed files. */
export interface RepositoryContext {
  /** Deployment manifests and unchanged specs (the drift stage); null: no drift. */
  drift: DriftContext | null;
  /** Every path at the head, so rules can check that dependency `specRef`s point at real files. */
  knownPaths?: Set<string>;
}

/** Lists what changed and reads texts at the two refs (a GitHub PR, a compare, local git). */
export interface ChangeSource {
  readonly change: Change;
  /** Every changed file (renames carry `previousPath`). */
  listChanged(): Promise<ChangedFiles>;
  /**
   * Texts of many files in a constant number of requests. Keys are `fileKey(ref, path)`; a missing
   * file maps to null; a file that exists but cannot be read rejects (`UnreadableFileError`).
   */
  readTexts(files: FileRequest[]): Promise<FileTexts>;
  /** Every file path at `ref` (deployment drift finds manifests and unchanged specs); optional. */
  listTree?(ref: string): Promise<{ paths: string[]; truncated: boolean }>;
  /**
   * The repository around the change, when the source gathers it itself (local git: drift at both
   * refs, Helm charts rendered, every path at head). Absent: the flow builds drift from `listTree`.
   */
  repositoryContext?(config: Config): Promise<RepositoryContext>;
}

/** Publishes a review: the sticky comment, the check run, and links to files. */
export interface Publisher {
  /** e.g. https://github.com/acme/models — for links to file lines; absent when there is none. */
  readonly repoUrl?: string;
  /** Creates, updates, hides or deletes the sticky comment according to the request's mode. */
  upsertComment(request: CommentRequest): Promise<CommentResult>;
  /** Creates a check run `in_progress` on `headSha`; returns its id. */
  startCheckRun(name: string, headSha: string, detailsUrl?: string): Promise<number>;
  /** Completes a check run: conclusion first, then further annotation batches. */
  completeCheckRun(id: number, output: CheckRunOutput): Promise<void>;
  /**
   * Prints or writes the whole report (the terminal, files): called once per run with the review
   * and the context every renderer gets, also when nothing changed. GitHub publishers have none.
   */
  report?(review: Review, ctx: RenderContext): Promise<void>;
}
