/**
 * What a run says when no ModelSpec changed: the check run's title and summary (a `success`, so a
 * required check never blocks such a change), and the text an earlier sticky comment is updated
 * to when a pull request's specs are back to their base state. Pure; no heavy imports, so the
 * flow's no-op path can use it without loading the renderers.
 */

/** Title, summary and retired-comment body for a change without ModelSpec changes. */
export function noSpecChange(change: { headSha: string; baseSha: string; subject: string }): {
  title: string;
  summary: string;
  comment: string;
} {
  const head = change.headSha.slice(0, 7);
  const base = change.baseSha.slice(0, 7);
  return {
    title: "No ModelSpec changed",
    summary: [
      `No ModelSpec file differs between the base (\`${base}\`) and the head (\`${head}\`) of this ${change.subject}, so there is nothing to review.`,
      "",
      "This check passes so that a required `ModelSpec review` check does not block changes that touch no ModelSpec.",
    ].join("\n"),
    comment: [
      "### ModelSpec review",
      "",
      `The ModelSpec files of this pull request are back to their state on the base branch (head \`${head}\`): no ModelSpec changes remain, so the earlier review no longer applies.`,
    ].join("\n"),
  };
}
