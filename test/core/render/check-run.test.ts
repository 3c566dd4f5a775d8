import { describe, expect, it } from "vitest";
import {
  ANNOTATIONS_PER_REQUEST,
  CHECK_TEXT_LIMIT,
  annotationBatches,
  renderCheckRun,
  toAnnotation,
} from "../../../src/core/render/check-run.js";
import {
  renderJobSummary,
  renderWorkflowCommands,
  workflowCommand,
} from "../../../src/core/render/job-summary.js";
import { utf8Length } from "../../../src/core/render/format.js";
import type { Finding, FindingCode, Review } from "../../../src/core/types.js";
import {
  change,
  fileReview,
  finding,
  review,
  specReview,
  typicalReview,
} from "../../support/review-fixtures.js";

/** 120 findings spread over 4 files in a scrambled order. */
function withFindings(n: number, shuffleSeed = 1): Review {
  const fs: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const file = `models/f${i % 4}.modelspec.yaml`;
    fs.push(
      finding({
        file,
        line: 1 + ((i * 7) % 90),
        column: 1 + (i % 3),
        severity: (["error", "warning", "notice"] as const)[i % 3],
        code: `MS-T-${String(i % 10).padStart(3, "0")}` as FindingCode,
        message: `m${i}`,
      }),
    );
  }
  // Deterministic scramble.
  let x = shuffleSeed;
  const scrambled = fs
    .map((f) => ({ f, k: (x = (x * 1103515245 + 12345) % 2 ** 31) }))
    .sort((a, b) => a.k - b.k)
    .map((e) => e.f);
  const byFile = new Map<string, Finding[]>();
  for (const f of scrambled) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const files = [...byFile.entries()].map(([path, findings]) =>
    fileReview(path, [specReview({ name: path, findings, changes: [change({ key: "k" })] })]),
  );
  return review(files.reverse());
}

describe("annotations", () => {
  it("puts 120 findings into 3 batches of at most 50", () => {
    const { batches, dropped } = annotationBatches(withFindings(120));
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(dropped).toBe(0);
    expect(ANNOTATIONS_PER_REQUEST).toBe(50);
  });

  it("orders them deterministically by path, line, column, severity, code", () => {
    const a = annotationBatches(withFindings(120, 1)).batches.flat();
    const b = annotationBatches(withFindings(120, 99)).batches.flat();
    expect(a).toEqual(b);
    const keys = a.map((x) => [x.path, x.start_line, x.start_column ?? 0] as const);
    const sorted = [...keys].sort((p, q) =>
      p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] - q[1] || p[2] - q[2],
    );
    expect(keys).toEqual(sorted);
  });

  it("maps a finding onto the exact head lines and levels", () => {
    const f = finding({
      file: "a.yaml",
      line: 7,
      column: 3,
      endColumn: 9,
      severity: "error",
      hint: "fix it",
      docsUrl: "https://x/docs#r",
    });
    expect(toAnnotation(f)).toEqual({
      path: "a.yaml",
      start_line: 7,
      end_line: 7,
      start_column: 3,
      end_column: 9,
      annotation_level: "failure",
      title: "MS-SCALE-001",
      message: "maxReplicas is lower than minReplicas.\nfix it",
      raw_details: "at /spec/operations/scaling/maxReplicas\ndocs: https://x/docs#r",
    });
    const multi = toAnnotation(
      finding({ file: "a.yaml", line: 7, endLine: 9, column: 3, severity: "notice" }),
    );
    expect(multi).toMatchObject({ start_line: 7, end_line: 9, annotation_level: "notice" });
    expect(multi.start_column).toBeUndefined();
  });

  it("skips deleted files and findings without a line", () => {
    const r = review([
      fileReview("gone.yaml", [
        specReview({ name: "g", status: "deleted", findings: [finding({ file: "gone.yaml" })] }),
      ]),
      fileReview("a.yaml", [specReview({ name: "a", findings: [finding({ file: "a.yaml", line: 0 })] })]),
    ]);
    expect(annotationBatches(r).batches).toEqual([]);
  });
});

describe("renderCheckRun", () => {
  it("carries title, summary, text, conclusion and batches", () => {
    const out = renderCheckRun(typicalReview(), { tag: "default", headSha: "a".repeat(40) });
    expect(out.name).toBe("ModelSpec review");
    expect(out.title).toBe("Failed: rule errors: 1 spec · cost +$13,140/month (+300%)");
    expect(out.conclusion).toBe("failure");
    expect(out.summary).toContain("| Spec | Change |");
    expect(out.summary).not.toContain("<!-- modelspec-review");
    expect(out.summary).not.toContain("<details>");
    expect(out.text).toContain("<details><summary><strong>chat</strong>");
    expect(out.annotationBatches.flat().map((a) => a.start_line)).toEqual([14, 31]);
    expect(renderCheckRun(typicalReview(), { tag: "prod" }).name).toBe("ModelSpec review (prod)");
  });

  it("maps the review's conclusion through", () => {
    const r = typicalReview();
    r.conclusion.status = "neutral";
    expect(renderCheckRun(r, { tag: "default" }).conclusion).toBe("neutral");
  });

  it("keeps summary and text within 65,535 characters for 300 specs", () => {
    const files = Array.from({ length: 300 }, (_, i) =>
      fileReview(`models/s${i}.modelspec.yaml`, [
        specReview({
          name: `s${i}`,
          changes: [change({ key: "k", label: "Max replicas", before: 1, after: 2 })],
        }),
      ]),
    );
    const out = renderCheckRun(review(files), { tag: "default" });
    expect(out.summary.length).toBeLessThanOrEqual(CHECK_TEXT_LIMIT);
    expect(out.text.length).toBeLessThanOrEqual(CHECK_TEXT_LIMIT);
    expect(out.text).toContain("leaves out");
  });
});

describe("workflow commands (fork fallback)", () => {
  it("escapes properties and data", () => {
    const f = finding({
      file: "dir,x/a:b.yaml",
      line: 3,
      column: 2,
      code: "MS:1,2" as FindingCode,
      message: "50% off\r\nnext",
      severity: "error",
    });
    expect(workflowCommand(f)).toBe(
      "::error file=dir%2Cx/a%3Ab.yaml,line=3,col=2,title=MS%3A1%2C2::50%25 off%0D%0Anext",
    );
  });

  it("emits errors first and at most 50", () => {
    const lines = renderWorkflowCommands(withFindings(120));
    expect(lines).toHaveLength(50);
    expect(lines.slice(0, 40).every((l) => l.startsWith("::error "))).toBe(true);
    expect(lines[40]!.startsWith("::warning ")).toBe(true);
  });
});

describe("job summary", () => {
  it("is the full report without the marker, under 1 MiB", () => {
    const s = renderJobSummary(typicalReview(), { tag: "default" });
    expect(s.startsWith("## ❌ ModelSpec review failed")).toBe(true);
    expect(s).toContain("```diff");
    expect(utf8Length(s)).toBeLessThan(1024 * 1024);
  });
});

describe("config findings", () => {
  const withConfigFinding = () => {
    const r = typicalReview();
    r.configFindings.push(
      finding({ file: ".github/modelspec-review.yml", line: 3, code: "config/unknown-rule" }),
    );
    return r;
  };
  it("are annotated on the config file", () => {
    const paths = renderCheckRun(withConfigFinding(), { tag: "default" })
      .annotationBatches.flat()
      .map((a) => a.path);
    expect(paths).toContain(".github/modelspec-review.yml");
  });
  it("are not annotated when the PR edits the config (their lines are the base ref's)", () => {
    const out = renderCheckRun(withConfigFinding(), { tag: "default", configChangedInPr: true });
    expect(out.annotationBatches.flat().map((a) => a.path)).not.toContain(".github/modelspec-review.yml");
  });
});
