/**
 * The GitHubPort: everything the pipeline needs from GitHub, as one small interface.
 *
 * The Action and the Probot app differ only in how they build one (`createOctokitPort` over the
 * Action's Octokit or over `context.octokit`); tests drive it against the loopback fake server.
 * Every operation costs a fixed, small number of requests, however many specs changed:
 * reading N files at two refs is one GraphQL request (batched `object(expression:)` aliases),
 * publishing is a handful of requests plus one per 50 annotations.
 */
import type { ChangedFiles } from "../core/collect.js";
import type { CheckRunOutput, Finding } from "../core/types.js";
import type { CommentRequest, CommentResult } from "../core/comment-policy.js";

/** The repository a port works on: owner login and repository name. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** Changed files as `pulls.listFiles` and `compare` report them (the collect stage's vocabulary). */
export type { ChangedFile, ChangedFileStatus, ChangedFiles } from "../core/collect.js";

/** A pull request as far as the pipeline cares: where it points and what it compares. */
export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  state: "open" | "closed";
  /** Full name of the head repository when it differs from the base (a fork PR). */
  headRepo: string | null;
}

/** `ref:path` key used in the map `readFiles` returns (defined with the collect stage). */
export { fileKey } from "../core/collect.js";

/** One file to read: a path at a ref (`readFiles` keys the result by `fileKey(ref, path)`). */
export interface FileRequest {
  /** A commit SHA (preferred: immutable) or a branch name. */
  ref: string;
  path: string;
}

/**
 * A file's text, or null when the path does not exist at that ref (or is binary). `problems`: sides
 * that exist but have no text to review (a symbolic link, bytes that are not UTF-8), each with the
 * finding that stands for it (local git reports these; GitHub's API does not).
 */
export type FileTexts = Map<string, string | null> & { problems?: Map<string, Finding> };

// ─── Comments and check runs (one definition each, in the core) ───────────────────────────────

export type { CommentOutcome, CommentRequest, CommentResult } from "../core/comment-policy.js";
export type { Annotation as CheckAnnotation, CheckConclusion, CheckRunOutput } from "../core/types.js";

// ─── Errors ─────────────────────────────────────────────────────────────────────────────────────

/** The token may not do this (403 "Resource not accessible by integration", e.g. a fork PR). */
export class PermissionDeniedError extends Error {
  override readonly name = "PermissionDeniedError";
  constructor(
    /** What we tried, e.g. "create a check run". */
    readonly operation: string,
    /** The workflow permission that grants it, e.g. "checks: write". */
    readonly permission: string,
    readonly status: number,
    detail: string,
  ) {
    super(`Cannot ${operation}: ${detail} (the token needs \`${permission}\`).`);
  }
}

/** A GitHub API call failed after retries; the message names the call. */
export class GitHubApiError extends Error {
  override readonly name = "GitHubApiError";
  constructor(
    /** e.g. "GET /repos/{owner}/{repo}/pulls/{pull_number}/files". */
    readonly call: string,
    readonly status: number | null,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`GitHub API call ${call} failed${status ? ` with HTTP ${status}` : ""}: ${detail}`, options);
  }
}

/**
 * A changed file whose text could not be read (GitHub errors, an answer that is not the file's
 * text). The review must fail rather than treat the file as unchanged; the message names the file.
 */
export class UnreadableFileError extends Error {
  override readonly name = "UnreadableFileError";
  constructor(
    /** Every file that could not be read, each with why. */
    readonly files: { file: FileRequest; detail: string }[],
    options?: { cause?: unknown },
  ) {
    super(
      `Could not read ${files.length === 1 ? "a changed file" : `${files.length} files`}: ${files
        .slice(0, 20)
        .map((f) => `${f.file.path} at ${f.file.ref.slice(0, 12)} (${f.detail})`)
        .join("; ")}${files.length > 20 ? `; and ${files.length - 20} more` : ""}`,
      options,
    );
  }
}

// ─── The port ───────────────────────────────────────────────────────────────────────────────────

/**
 * Everything the pipeline asks of GitHub for one repository (read the PR and its files, write the
 * comment and check run), so the flow never touches Octokit; `createOctokitPort` implements it.
 */
export interface GitHubPort {
  readonly repo: RepoRef;
  /** The PR as GitHub sees it now (the authoritative head SHA, which may be newer than an event's). */
  getPullRequest(number: number): Promise<PullRequestInfo>;
  /** Every changed file (paged, 100 per request, up to GitHub's 3,000-file cap). */
  listChangedFiles(number: number): Promise<ChangedFiles>;
  /**
   * Every file path at `ref` (one recursive git-tree request). Optional: the drift stage uses it to
   * find the unchanged specs and manifests a change must be held against.
   */
  listFiles?(ref: string): Promise<{ paths: string[]; truncated: boolean }>;
  /**
   * Texts of many files in a constant number of requests (batched GraphQL; REST only as a
   * fallback). Keys are `fileKey(ref, path)`; missing and binary files map to null. A file that
   * exists but cannot be read rejects with `UnreadableFileError` (never null: null means absent).
   */
  readFiles(files: FileRequest[]): Promise<FileTexts>;
  /** Creates, updates, hides or deletes the sticky comment according to `mode`. */
  upsertComment(request: CommentRequest): Promise<CommentResult>;
  /** Creates a check run `in_progress` on `headSha`; returns its id. */
  startCheckRun(name: string, headSha: string, detailsUrl?: string): Promise<number>;
  /**
   * Completes a check run: the conclusion goes with the first request (so the run is never left
   * `in_progress` when a later annotation batch fails), further batches of ≤ 50 annotations follow.
   */
  completeCheckRun(id: number, output: CheckRunOutput): Promise<void>;
}

// ─── The hidden comment marker (src/core/comment-policy.ts) ──────────────────────────────────────

export {
  commentMarker,
  hasMarkerFor,
  parseCommentMarker,
  safeTag,
  withMarker,
} from "../core/comment-policy.js";
