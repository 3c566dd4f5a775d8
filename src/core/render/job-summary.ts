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

/** One `::error file=…,line=…,col=…,title=…::message` line (actions/toolkit escaping rules). */
export function workflowCommand(f: Finding): string {
  const props: string[] = [`file=${escapeCommandProperty(f.file)}`, `line=${f.line}`];
  const endLine = f.endLine !== undefined && f.endLine >= f.line ? f.endLine : f.line;
  if (endLine !== f.line) props.push(`endLine=${endLine}`);
  if (f.column >= 1) {
    props.push(`col=${f.column}`);
    if (endLine === f.line && f.endColumn !== undefined && f.endColumn >= f.column)
      props.push(`endColumn=${f.endColumn}`);
  }
  props.push(`title=${escapeCommandProperty(plain(f.code, 255))}`);
  const message = plain(f.hint ? `${f.message}\n${f.hint}` : f.message, 4000);
  return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeCommandData(message)}`;
}

/**
 * Workflow-command lines for the fork fallback: errors first, then warnings, then notices (so the
 * per-step display caps keep the most important), each group in file/line order; at most `max`.
 */
export function renderWorkflowCommands(review: Review, max = MAX_WORKFLOW_ANNOTATIONS): string[] {
  const fs = annotatableFindings(review);
  const ordered = fs
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
  return ordered.slice(0, max).map(workflowCommand);
}
