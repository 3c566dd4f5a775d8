/**
 * The sticky-comment update policy, pure and forge-neutral: which comment is ours (the hidden
 * marker), and what to do with it for each mode — update in place, post a new one (hiding or
 * deleting the older ones), leave it when its body is already there or when the pull request has
 * moved on to a newer head, retire it when the change no longer touches a ModelSpec. An adapter
 * (src/github/octokit.ts) lists the comments, asks this module, and only executes the answer.
 *
 * The decision is taken in steps so that an adapter never makes a request it does not need: a
 * plan may say `ask-head` ("is the reviewed head still the pull request's head?"), and the adapter
 * calls again with the answer. One marker format, written and read here and nowhere else.
 */
import { safeTag } from "./render/escape.js";
import type { CommentMode } from "./types.js";

export { safeTag };

// ─── Requests and outcomes ──────────────────────────────────────────────────────────────────────

/**
 * What to publish as the sticky PR comment: issue number, body, tag, head SHA, mode and whether to
 * retire.
 */
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

/** What publishing the sticky comment did. */
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

/**
 * The outcome of publishing the sticky comment, with the comment's id and URL and what was hidden or
 * deleted.
 */
export interface CommentResult {
  outcome: CommentOutcome;
  commentId?: number;
  url?: string;
  /** Older marked comments hidden (minimized) or deleted by hide-and-new / delete-and-new. */
  hidden?: number;
  deleted?: number;
}

// ─── The hidden marker ──────────────────────────────────────────────────────────────────────────

/** Start of the hidden marker that identifies this tool's PR comments. */
export const MARKER_PREFIX = "<!-- modelspec-review";

/** `<!-- modelspec-review tag="default" head="abc123…" -->`: finds our comment and what it describes. */
export function commentMarker(tag: string, headSha?: string): string {
  const sha = headSha && /^[0-9a-f]{7,64}$/i.test(headSha) ? ` head="${headSha}"` : "";
  return `${MARKER_PREFIX} tag="${safeTag(tag)}"${sha} -->`;
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
  for (const a of (m[1] ?? "").matchAll(/([\w-]+)\s*[=:]\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
    attrs.set((a[1] ?? "").toLowerCase(), a[2] ?? a[3] ?? a[4] ?? "");
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

/** Ours: written by a bot (a person quoting our marker is not our comment) and marked for `tag`. */
export function isOurComment(comment: { body: string; byBot: boolean }, tag: string): boolean {
  return comment.byBot && hasMarkerFor(comment.body, tag);
}

// ─── The decision ───────────────────────────────────────────────────────────────────────────────

/** A comment of ours already on the pull request. */
export interface MarkedComment {
  id: number;
  body: string;
}

/**
 * What to do with the sticky comment. `ask-head`: answer whether the pull request's head has moved
 * past `request.headSha`, then plan again with that answer.
 */
export type CommentPlan<C extends MarkedComment> =
  | { do: "nothing"; outcome: "off" | "none" | "stale" | "unchanged"; comment?: C }
  | { do: "ask-head" }
  | { do: "update"; comment: C }
  /** Retire: hide the latest comment. */
  | { do: "hide"; comment: C }
  /** Retire: delete every marked comment. */
  | { do: "delete"; comments: C[] }
  /**
   * Post a new comment (`existing`: the ids that were there before, so a lost answer can find it),
   * then `dedupe` (mode update: two runs may both have created one), hide `latest`, or delete
   * `existing`.
   */
  | { do: "create"; existing: C[]; then: "dedupe" }
  | { do: "create"; existing: C[]; then: "hide"; latest: C }
  | { do: "create"; existing: C[]; then: "delete" }
  | { do: "create"; existing: C[]; then: "nothing" };

/** Whether the comments need listing at all (mode `off` never reads or writes). */
export function commentWanted(request: Pick<CommentRequest, "mode">): boolean {
  return request.mode !== "off";
}

/**
 * The plan for `request` (its body already final: marker added, clipped to the forge's limit)
 * given our marked comments, oldest first. `headMoved` is the answer to an earlier `ask-head`.
 */
export function planComment<C extends MarkedComment>(
  request: CommentRequest,
  marked: readonly C[],
  headMoved?: boolean,
): CommentPlan<C> {
  if (!commentWanted(request)) return { do: "nothing", outcome: "off" };
  const latest = marked.at(-1);
  if (latest) {
    if (describedHead(latest) !== request.headSha) {
      if (headMoved === undefined) return { do: "ask-head" };
      if (headMoved) return { do: "nothing", outcome: "stale", comment: latest };
    }
    if (latest.body === request.body) return { do: "nothing", outcome: "unchanged", comment: latest };
  }
  if (request.retire) {
    // No ModelSpec changes remain: say so on the earlier comment, or take it away; never add one.
    if (!latest) return { do: "nothing", outcome: "none" };
    if (request.mode === "hide-and-new") return { do: "hide", comment: latest };
    if (request.mode === "delete-and-new") return { do: "delete", comments: [...marked] };
    return { do: "update", comment: latest };
  }
  if (request.mode === "update") {
    return latest ? { do: "update", comment: latest } : { do: "create", existing: [], then: "dedupe" };
  }
  const existing = [...marked];
  // Earlier runs hid the ones before it; a listing cannot tell which are hidden, so hide the last.
  if (request.mode === "hide-and-new" && latest) return { do: "create", existing, then: "hide", latest };
  if (request.mode === "delete-and-new") return { do: "create", existing, then: "delete" };
  return { do: "create", existing, then: "nothing" };
}

/** After a `dedupe` create: keep ours, or delete it and keep (or update) the oldest one. */
export type DedupePlan<C extends MarkedComment> =
  | { do: "keep" }
  | { do: "ask-head" }
  /** Delete ours; update `comment` to the body (outcome updated) or leave it (unchanged / stale). */
  | { do: "drop-ours"; comment: C; update: true }
  | { do: "drop-ours"; comment: C; update: false; outcome: "unchanged" | "stale" };

/**
 * Two runs may both have found no comment and both created one: the oldest marked comment wins.
 * `after`: our marked comments listed again after the create, oldest first.
 */
export function planDedupe<C extends MarkedComment>(
  request: CommentRequest,
  created: { id: number },
  after: readonly C[],
  headMoved?: boolean,
): DedupePlan<C> {
  const first = after[0];
  if (!first || first.id === created.id) return { do: "keep" };
  const firstHead = describedHead(first);
  if (firstHead === request.headSha)
    return { do: "drop-ours", comment: first, update: false, outcome: "unchanged" };
  if (headMoved === undefined) return { do: "ask-head" };
  return headMoved
    ? { do: "drop-ours", comment: first, update: false, outcome: "stale" }
    : { do: "drop-ours", comment: first, update: true };
}

function describedHead(c: MarkedComment): string | null {
  return parseCommentMarker(c.body)?.headSha ?? null;
}
