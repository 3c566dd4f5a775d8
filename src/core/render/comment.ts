/**
 * The sticky PR comment: hidden marker, the outcome with one clause per failed gate, the money,
 * the six-column summary table, drift, one collapsible block per spec (its diff inside) and a
 * two-line footer, always ≤ 65,536 characters. See model.ts for the layout.
 */
import type { RenderContext, Review } from "../types.js";
import { code, md } from "./escape.js";
import { MARKER_PREFIX, commentMarker, hasMarkerFor, parseCommentMarker } from "../comment-policy.js";
import { buildModel, configPathOf, compose, firstScreen, modelSpecFiles, type Composed } from "./model.js";
import { plural } from "./format.js";

/** GitHub rejects issue/PR comment bodies longer than this ("Body is too long (maximum is 65536 characters)"). */
export const COMMENT_LIMIT = 65_536;

/** The hidden marker: one format, in the comment policy (src/core/comment-policy.ts). */
export { MARKER_PREFIX, commentMarker, parseCommentMarker };

/** True when the body carries our marker for `tag`. */
export function isOurComment(body: string, tag: string): boolean {
  return hasMarkerFor(body, tag);
}

/** Nothing operational changed and nothing needs attention: the short variant (or nothing). */
export function isQuiet(review: Review): boolean {
  const f = review.summary.findings;
  return (
    review.summary.noOperationalChange &&
    f.error === 0 &&
    f.warning === 0 &&
    review.configFindings.length === 0 &&
    !review.conclusion.gates.some((g) => g.failed) &&
    review.releaseNotes.length === 0 &&
    !(review.drift && review.drift.findings.length > 0) &&
    !(review.runtime && review.runtime.findings.length > 0)
  );
}

/** The PR comment body with what was left out to fit GitHub's limit. */
export interface CommentRender extends Composed {
  body: string;
}

/** Like `renderComment` but also reports what was left out (for logs and tests). */
export function renderCommentDetailed(
  review: Review,
  ctx: RenderContext,
  limit = COMMENT_LIMIT,
): CommentRender {
  const marker = commentMarker(ctx.tag, ctx.headSha);
  if (isQuiet(review)) {
    if ((ctx.onNoChange ?? "short") === "none") {
      return { body: "", text: "", omitted: { diffs: 0, details: 0, rows: 0, truncated: false } };
    }
    const files = modelSpecFiles(review);
    const n = files.length;
    const what = n
      ? `${plural(n, "ModelSpec file")} changed without operational effect (formatting, comments, descriptions or a move).`
      : "No ModelSpec file changed.";
    const list = files
      .slice(0, 10)
      .map(
        (f) =>
          `\n- ${code(f.path, 200)} ${f.status}${f.previousPath ? ` from ${code(f.previousPath, 200)}` : ""}`,
      )
      .join("");
    const more = n > 10 ? `\n- … and ${n - 10} more` : "";
    const notices = (ctx.notices ?? []).map((x) => `\n\n> ${md(x, 500)}`).join("");
    const body = `${marker}\n## ModelSpec review\n\n✅ **No operational change.** ${what}${list ? `\n${list}${more}` : ""}${notices}\n\n<sub>Configure with ${"`comment.onNoChange: none`"} in ${code(configPathOf(ctx))} to skip this comment.</sub>\n`;
    return { body, text: body, omitted: { diffs: 0, details: 0, rows: 0, truncated: false } };
  }
  const composed = compose(buildModel(review, ctx), {
    limit,
    measure: (s) => s.length,
    prefix: marker,
    include: { table: true, details: true, diffs: true, extras: false, footer: true },
    elsewhere: "The check run and the job summary carry the full report.",
  });
  return { ...composed, body: composed.text };
}

/**
 * The PR comment markdown, ≤ 65,536 characters. Returns "" when nothing should be posted
 * (no operational change and `onNoChange: "none"`).
 */
export function renderComment(review: Review, ctx: RenderContext): string {
  return renderCommentDetailed(review, ctx).body;
}

/**
 * What a reviewer sees before the summary table: the marker, heading, outcome clauses, money line
 * and notices (kept short on purpose; a test holds the 7-spec scenario under 1,200 characters).
 */
export function commentFirstScreen(review: Review, ctx: RenderContext): string {
  return firstScreen(buildModel(review, ctx), commentMarker(ctx.tag, ctx.headSha));
}
