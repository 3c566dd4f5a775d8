/**
 * The job summary (`$GITHUB_STEP_SUMMARY`): the comment's layout without the marker, plus the
 * release notes of version bumps and every source and assumption in full, under 1 MiB of UTF-8, and the workflow-command annotations used when no check run can be created (fork PRs).
 */
import type { Finding, RenderContext, Review } from "../types.js";
import { escapeCommandData, escapeCommandProperty, plain } from "./escape.js";
import { utf8Length } from "./format.js";
import { buildModel, compose } from "./model.js";
import { annotatableFindings } from "./check-run.js";

/** GitHub accepts up to 1 MiB per step summary; keep a little slack for other writers. */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024 - 1024;

/** The Actions job summary of a review: the full report within the job summary's 1 MiB limit. */
export function renderJobSummary(review: Review, ctx: RenderContext): string {
  return compose(buildModel(review, ctx), {
    limit: JOB_SUMMARY_LIMIT_BYTES,
    measure: utf8Length,
    include: { table: true, details: true, diffs: true, extras: true, footer: true },
  }).text;
}

/** GitHub shows 10 errors, 10 warnings and 10 notices per step, 50 annotations per job. */
export const MAX_WORKFLOW_ANNOTATIONS = 50;

const COMMAND: Record<Finding["severity"], string> = { error: "error", warning: "warning", notice: "notice" };
const SEVERITY_ORDER: Record<Finding["severity"], number> = { error: 0, warning: 1, notice: 2 };

/**
 * One workflow-command annotation as data: what `@actions/core`'s `error` / `warning` / `notice`
 * take (message plus `AnnotationProperties`), already sanitised and cut to GitHub's sizes.
 */
export interface WorkflowAnnotation {
  level: "error" | "warning" | "notice";
  message: string;
  title: string;
  file: string;
  startLine: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The annotation of one finding (line/column ranges only where GitHub accepts them). */
export function workflowAnnotation(f: Finding): WorkflowAnnotation {
  const endLine = f.endLine !== undefined && f.endLine >= f.line ? f.endLine : f.line;
  const a: WorkflowAnnotation = {
    level: COMMAND[f.severity] as WorkflowAnnotation["level"],
    message: plain(f.hint ? `${f.message}\n${f.hint}` : f.message, 4000),
    title: plain(f.code, 255),
    file: f.file,
    startLine: f.line,
  };
  if (endLine !== f.line) a.endLine = endLine;
  if (f.column >= 1) {
    a.startColumn = f.column;
    if (endLine === f.line && f.endColumn !== undefined && f.endColumn >= f.column) a.endColumn = f.endColumn;
  }
  return a;
}

/** One `::error file=…,line=…,col=…,title=…::message` line (actions/toolkit escaping rules). */
export function workflowCommand(f: Finding): string {
  const a = workflowAnnotation(f);
  const props: string[] = [`file=${escapeCommandProperty(a.file)}`, `line=${a.startLine}`];
  if (a.endLine !== undefined) props.push(`endLine=${a.endLine}`);
  if (a.startColumn !== undefined) props.push(`col=${a.startColumn}`);
  if (a.endColumn !== undefined) props.push(`endColumn=${a.endColumn}`);
  props.push(`title=${escapeCommandProperty(a.title)}`);
  return `::${a.level} ${props.join(",")}::${escapeCommandData(a.message)}`;
}

/**
 * The findings the fork fallback annotates: errors first, then warnings, then notices (so the
 * per-step display caps keep the most important), each group in file/line order; at most `max`.
 */
export function workflowFindings(review: Review, max = MAX_WORKFLOW_ANNOTATIONS): Finding[] {
  return annotatableFindings(review)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f)
    .slice(0, max);
}

/** {@link workflowFindings} as annotation data, for `@actions/core`. */
export function renderWorkflowAnnotations(
  review: Review,
  max = MAX_WORKFLOW_ANNOTATIONS,
): WorkflowAnnotation[] {
  return workflowFindings(review, max).map(workflowAnnotation);
}

/** {@link workflowFindings} as workflow-command lines. */
export function renderWorkflowCommands(review: Review, max = MAX_WORKFLOW_ANNOTATIONS): string[] {
  return workflowFindings(review, max).map(workflowCommand);
}
