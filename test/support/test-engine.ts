/**
 * A small, transparent engine for pipeline tests that must not depend on the exact prose of the
 * real core: config parsing and release notes are the real ones; `analyse` and the renderers read
 * directives from the spec text so a test states its expectations in the fixture itself:
 *
 *   `# error: message` / `# warning: message` → a finding on that line of the head text
 *   `cost: 1200`                                 → monthly cost (USD) of that side
 *
 * The real engine (src/engine.ts) is exercised by the Action end-to-end tests.
 */
import { defaultConfig, parseConfig } from "../../src/core/config.js";
import { renderReleaseNotes } from "../../src/core/render/release-notes.js";
import type {
  Config,
  FilePair,
  FileReview,
  Finding,
  FindingCode,
  RenderContext,
  Review,
} from "../../src/core/types.js";
import { commentMarker, type CheckAnnotation } from "../../src/github/port.js";
import { looksLikeModelSpec, type Engine } from "../../src/pipeline.js";

function findings(path: string, text: string | undefined): Finding[] {
  if (text === undefined) return [];
  const out: Finding[] = [];
  text.split("\n").forEach((line, i) => {
    const m = /#\s*(error|warning):\s*(.*)$/.exec(line);
    if (m) {
      out.push({
        // Codes no real stage emits, so test output cannot be mistaken for the core's.
        code: (m[1] === "error" ? "TEST-ERR" : "TEST-WARN") as FindingCode,
        severity: m[1] as "error" | "warning",
        source: "rule",
        file: path,
        pointer: "",
        line: i + 1,
        column: 1,
        message: m[2]!,
      });
    }
  });
  return out;
}

function cost(text: string | undefined): number | null {
  const m = text === undefined ? null : /^cost:\s*(\d+)/m.exec(text);
  return m ? Number(m[1]) : null;
}

export function analyse(
  pairs: FilePair[],
  config: Config,
  options: { configFindings?: Finding[] } = {},
): Review {
  const files: FileReview[] = pairs.map((p) => ({
    path: p.path,
    ...(p.previousPath ? { previousPath: p.previousPath } : {}),
    status: p.base === undefined ? "added" : p.head === undefined ? "deleted" : "modified",
    isModelSpec: looksLikeModelSpec(p.head) || looksLikeModelSpec(p.base) || /modelspec/.test(p.path),
    specs: [],
    findings: findings(p.path, p.head),
    diff: null,
  }));
  const all = files.flatMap((f) => f.findings);
  const errors = all.filter((f) => f.severity === "error").length;
  let before: number | null = null;
  let after: number | null = null;
  for (const p of pairs) {
    const b = cost(p.base);
    const a = cost(p.head);
    if (b !== null) before = (before ?? 0) + b;
    if (a !== null) after = (after ?? 0) + a;
  }
  const delta = before !== null || after !== null ? (after ?? 0) - (before ?? 0) : null;
  const gates: Review["conclusion"]["gates"] = [];
  if (config.failOn.ruleErrors)
    gates.push({ gate: "rule-errors", failed: errors > 0, reason: `${errors} errors` });
  if (config.failOn.monthlyCostIncreaseUsd !== null && delta !== null) {
    gates.push({
      gate: "monthly-cost-increase-usd",
      failed: delta > config.failOn.monthlyCostIncreaseUsd,
      reason: `monthly cost +${delta}`,
    });
  }
  return {
    files,
    summary: {
      specsChanged: files.filter((f) => f.isModelSpec).length,
      specsWithErrors: files.filter((f) => f.findings.some((x) => x.severity === "error")).length,
      specsNotFitting: 0,
      governanceLoosened: 0,
      breakingChanges: 0,
      monthlyCost: {
        beforeAtMin: before,
        afterAtMin: after,
        beforeAtMax: before,
        afterAtMax: after,
        deltaAtMin: delta,
        deltaAtMax: delta,
        deltaPctAtMax: null,
      },
      findings: { error: errors, warning: all.length - errors, notice: 0, suppressed: 0 },
      noOperationalChange: false,
    },
    conclusion: { status: gates.some((g) => g.failed) ? "failure" : "success", gates },
    configFindings: options.configFindings ?? [],
    assumptions: [],
    releaseNotes: [],
  };
}

function annotations(review: Review): CheckAnnotation[] {
  return review.files
    .flatMap((f) => f.findings)
    .map((f) => ({
      path: f.file,
      start_line: f.line,
      end_line: f.line,
      annotation_level: f.severity === "error" ? ("failure" as const) : ("warning" as const),
      title: f.code,
      message: f.message,
    }));
}

export const testEngine: Engine = {
  defaultConfig,
  parseConfig,
  analyse,
  renderComment: (review: Review, ctx: RenderContext) =>
    [
      commentMarker(ctx.tag, ctx.headSha),
      `## test review of ${ctx.headSha}: ${review.conclusion.status}`,
      ...review.files.map(
        (f) => `- ${f.path} (${f.status}${f.previousPath ? ` from ${f.previousPath}` : ""})`,
      ),
      ...(ctx.configChangedInPr ? ["config edited in this PR"] : []),
      ...(ctx.notices ?? []).map((n) => `> ${n}`),
    ].join("\n"),
  renderCheckRun: (review: Review) => {
    const all = annotations(review);
    const annotationBatches: CheckAnnotation[][] = [];
    for (let i = 0; i < all.length; i += 50) annotationBatches.push(all.slice(i, i + 50));
    return {
      title: `${review.summary.findings.error} errors`,
      summary: `${review.summary.specsChanged} specs`,
      text: "",
      conclusion: review.conclusion.status,
      annotationBatches,
    };
  },
  renderJobSummary: (review: Review) => `# summary\n${review.files.map((f) => f.path).join("\n")}\n`,
  renderWorkflowAnnotations: (review: Review) =>
    annotations(review).map((a) => ({
      level: a.annotation_level === "failure" ? ("error" as const) : ("warning" as const),
      file: a.path,
      startLine: a.start_line,
      message: a.message,
      title: "t",
    })),
  renderJson: (review: Review) => JSON.stringify({ summary: review.summary }),
  renderSarif: () => JSON.stringify({ version: "2.1.0", runs: [] }),
  renderReleaseNotes,
};
