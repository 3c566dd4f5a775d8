/**
 * The GitHubPort: everything the pipeline needs from GitHub, as one small interface.
 *
 * The Action and the Probot app differ only in how they build one (`createOctokitPort` over the
 * Action's Octokit or over `context.octokit`); tests drive it against the loopback fake server.
 * Every operation costs a fixed, small number of requests, however many specs changed:
 * reading N files at two refs is one GraphQL request (batched `object(expression:)` aliases),
 * publishing is a handful of requests plus one per 50 annotations.
 */
import type { CommentMode } from "../core/types.js";

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Status of a changed file as `pulls.listFiles` reports it. */
export type ChangedFileStatus =
  "added" | "modified" | "removed" | "renamed" | "copied" | "changed" | "unchanged";

export interface ChangedFile {
  path: string;
  status: ChangedFileStatus;
  /** The path at the base ref, for renames (and copies). */
  previousPath?: string;
}

export interface ChangedFiles {
  files: ChangedFile[];
  /** True when GitHub's 3,000-file listing cap (or our own page cap) cut the list short. */
  truncated: boolean;
}

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

/** `ref:path` key used in the map `readFiles` returns. */
export function fileKey(ref: string, path: string): string {
  return `${ref}:${path}`;
}

export interface FileRequest {
  /** A commit SHA (preferred: immutable) or a branch name. */
  ref: string;
  path: string;
}

/** A file's text, or null when the path does not exist at that ref (or is binary). */
export type FileTexts = Map<string, string | null>;

// ─── Comments ───────────────────────────────────────────────────────────────────────────────────

export interface CommentRequest {
  issueNumber: number;
  /** Full body; must carry the hidden marker for `tag` (see `commentMarker`), else one is prepended. */
  body: string;
  tag: string;
  /** Head SHA the body describes; compared with existing comments' markers and the PR's head. */
  headSha: string;
  mode: CommentMode;
  /**
   * The change no longer touches any ModelSpec (its specs are back to the base state): never
   * create a comment; retire the latest marked one instead — `update` / `new` update it to `body`,
   * `hide-and-new` hides it, `delete-and-new` deletes every marked one.
   */
  retire?: boolean;
}

export type CommentOutcome =
  /** A comment was created (modes new, hide-and-new, delete-and-new; update when none existed). */
  | "created"
  | "updated"
  /** An identical body is already there: nothing was written. */
  | "unchanged"
  /** The review describes an older head than the PR's current one: nothing was written. */
  | "stale"
  /** Mode `off`. */
  | "off"
  /** `retire`: there was no comment to retire. */
  | "none"
  /** `retire` in mode hide-and-new / delete-and-new: the earlier comment(s) were hidden / deleted. */
  | "hidden"
  | "deleted";

export interface CommentResult {
  outcome: CommentOutcome;
  commentId?: number;
  url?: string;
  /** Older marked comments hidden (minimized) or deleted by hide-and-new / delete-and-new. */
  hidden?: number;
  deleted?: number;
}

// ─── Check runs ─────────────────────────────────────────────────────────────────────────────────

/** One check-run annotation, as the REST API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

export type CheckConclusion =
  "success" | "neutral" | "failure" | "cancelled" | "timed_out" | "action_required";

export interface CheckRunOutput {
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  /** At most 50 per batch; each batch is one request. */
  annotationBatches: CheckAnnotation[][];
  detailsUrl?: string;
}

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

// ─── The hidden comment marker ──────────────────────────────────────────────────────────────────

/**
 * `<!-- modelspec-review tag="default" head="abc123…" -->`: finds our comment and what it describes.
 * Same format as the comment renderer's marker (src/core/render/comment.ts); kept here too so the
 * port can recognise and add markers without loading the renderers.
 */
export function commentMarker(tag: string, headSha?: string): string {
  const sha = headSha && /^[0-9a-f]{7,64}$/i.test(headSha) ? ` head="${headSha}"` : "";
  return `<!-- modelspec-review tag="${safeTag(tag)}"${sha} -->`;
}

/** Tags are limited to characters that cannot end an HTML comment or attribute (as the renderer does). */
export function safeTag(tag: string): string {
  const t = tag.replace(/[^A-Za-z0-9._/-]/g, "_").slice(0, 100);
  return t.length > 0 ? t : "default";
}

const MARKER_RE = /<!--\s*modelspec-review\b([^>]*?)-->/;

/**
 * Reads the marker of a comment body: null when there is none. Tolerant of attribute spelling
 * (`tag="x"`, `tag=x`, `tag: x`; `head` or `sha`) so older or hand-written markers still match.
 */
export function parseCommentMarker(body: string): { tag: string; headSha: string | null } | null {
  const m = MARKER_RE.exec(body);
  if (!m) return null;
  const attrs = new Map<string, string>();
  for (const a of m[1]!.matchAll(/([\w-]+)\s*[=:]\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
    attrs.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? "");
  }
  return {
    tag: attrs.get("tag") ?? "default",
    headSha: attrs.get("head") ?? attrs.get("sha") ?? attrs.get("head-sha") ?? null,
  };
}

/** True when a body carries our marker for `tag` (compared after the same sanitising). */
export function hasMarkerFor(body: string, tag: string): boolean {
  const m = parseCommentMarker(body);
  return m !== null && safeTag(m.tag) === safeTag(tag);
}

/** Puts our marker first when the body does not already carry one for this tag. */
export function withMarker(body: string, tag: string, headSha: string): string {
  return hasMarkerFor(body, tag) ? body : `${commentMarker(tag, headSha)}\n${body}`;
}
