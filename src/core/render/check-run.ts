/**
 * Check-run output: title, summary and text (each ≤ 65,535 characters), the conclusion from the
 * gates, and annotations on the exact head lines in deterministic batches of 50.
 */
import { DEFAULT_CHECK_NAME } from "../settings.js";
import type { Annotation, Finding, RenderContext, RenderedCheckRun, Review } from "../types.js";
import { plain, safeTag } from "./escape.js";
import { buildModel, compose, headlineSentence } from "./model.js";

/** Check-run output.summary and output.text limit (each). */
export const CHECK_TEXT_LIMIT = 65_535;
/** Annotations accepted per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** A constant-cost cap: at most this many annotations (20 requests); the rest are counted in the summary. */
export const MAX_ANNOTATIONS = 1000;

const LEVEL: Record<Finding["severity"], Annotation["annotation_level"]> = {
  error: "failure",
  warning: "warning",
  notice: "notice",
};

/**
 * Every finding that belongs on a line of a head file, in a stable order. Config findings are left
 * out when the PR edits the config: they describe the base ref's file, whose lines differ at head.
 */
export function annotatableFindings(review: Review, opts: { configChangedInPr?: boolean } = {}): Finding[] {
  const out: Finding[] = [];
  for (const file of review.files) {
    if (!file.isModelSpec || file.status === "deleted" || file.status === "unchanged") continue;
    out.push(...file.findings);
    for (const s of file.specs) if (s.status !== "deleted") out.push(...s.findings);
  }
  if (!opts.configChangedInPr) out.push(...review.configFindings);
  // Drift findings sit on the manifest's line (they name the spec's line in the message).
  if (review.drift) out.push(...review.drift.findings);
  // Running vs declared: on the spec's line; the scan's own findings (stale, malformed) only when
  // the scan is a repository file the change left alone (else its lines are not the head's).
  if (review.runtime) {
    const r = review.runtime;
    out.push(...r.findings.filter((f) => f.file !== r.file || r.inRepo === true));
  }
  return dedupe(out.filter((f) => f.file && f.line >= 1)).sort(compareFindings);
}

function dedupe(fs: Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.file}\0${f.line}\0${f.column}\0${f.code}\0${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const SEVERITY_ORDER: Record<Finding["severity"], number> = { error: 0, warning: 1, notice: 2 };

/** Report order of findings: by file, line, column, then severity and code. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    cmp(a.code, b.code) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A finding as a check-run annotation (path, lines, level, title, message). */
export function toAnnotation(f: Finding): Annotation {
  const endLine = f.endLine !== undefined && f.endLine >= f.line ? f.endLine : f.line;
  const a: Annotation = {
    path: f.file,
    start_line: f.line,
    end_line: endLine,
    annotation_level: LEVEL[f.severity],
    title: plain(f.code, 255),
    message: plain(f.hint ? `${f.message}\n${f.hint}` : f.message, 4000),
  };
  if (endLine === f.line && f.column >= 1) {
    a.start_column = f.column;
    if (f.endColumn !== undefined && f.endColumn >= f.column) a.end_column = f.endColumn;
  }
  const raw = [f.pointer ? `at ${f.pointer}` : "", f.docsUrl ? `docs: ${f.docsUrl}` : ""]
    .filter(Boolean)
    .join("\n");
  if (raw) a.raw_details = plain(raw, 4000);
  return a;
}

/**
 * The findings to annotate, capped at `max`, in batches of one request each, and how many the cap
 * dropped.
 */
export function annotationBatches(
  review: Review,
  max = MAX_ANNOTATIONS,
  opts: { configChangedInPr?: boolean } = {},
): { batches: Annotation[][]; dropped: number } {
  const all = annotatableFindings(review, opts);
  const kept = all.slice(0, max).map(toAnnotation);
  const batches: Annotation[][] = [];
  for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return { batches, dropped: all.length - kept.length };
}

/**
 * The check run of a review: title, summary (outcome, money, table), text (per-spec blocks), conclusion
 * and annotation batches.
 */
export function renderCheckRun(review: Review, ctx: RenderContext): RenderedCheckRun {
  const model = buildModel(review, ctx);
  const { batches, dropped } = annotationBatches(review, MAX_ANNOTATIONS, {
    configChangedInPr: ctx.configChangedInPr === true,
  });
  const base = { limit: CHECK_TEXT_LIMIT, measure: (s: string) => s.length };
  // The summary is the comment's first half (outcome, money, table, drift, running vs declared, footer); the text holds
  // the per-spec blocks with their diffs, so the hierarchy matches the comment within 65,535 each.
  const summary = compose(model, {
    ...base,
    include: { table: true, details: false, diffs: false, extras: false, footer: true },
    prefix: dropped
      ? `> ${dropped} more findings were not annotated (cap of ${MAX_ANNOTATIONS}); see SARIF or the job summary.`
      : undefined,
  }).text;
  const text = compose(
    { ...model, title: "", outcome: "", money: "", notices: "", drift: "", runtime: "", configProblems: "" },
    {
      ...base,
      include: { table: false, details: true, diffs: true, extras: true, footer: false },
      elsewhere: "Run the CLI with --format markdown for the full report.",
    },
  ).text.replace(/^(\n)+/, "");
  const tag = safeTag(ctx.tag);
  return {
    name: tag === "default" ? DEFAULT_CHECK_NAME : `${DEFAULT_CHECK_NAME} (${tag})`,
    title: plain(headlineSentence(review), 255).replace(/\n/g, " "),
    summary,
    text,
    conclusion: review.conclusion.status,
    annotationBatches: batches,
  };
}
