/**
 * The comment of whole PRs (issue #17), from the shared seven-spec fixture: goldens of the PR
 * comment, the check-run summary and text, and (for seven specs) the job summary, under
 * test/golden/scenarios/<scenario>/. On an intended change:
 * `UPDATE_GOLDEN=1 npx vitest run test/core/render-scenarios.test.ts`, then review the diff.
 * Also holds the first screen (everything above the summary table) of the 7-spec comment under
 * 1,200 characters and the 300-spec comment under GitHub's 65,536.
 */
import { join } from "node:path";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { mergeConfig } from "../../src/core/config.js";
import { analyse } from "../../src/core/review.js";
import { COMMENT_LIMIT, commentFirstScreen, renderCommentDetailed } from "../../src/core/render/comment.js";
import { CHECK_TEXT_LIMIT, renderCheckRun } from "../../src/core/render/check-run.js";
import { renderJobSummary } from "../../src/core/render/job-summary.js";
import type { RenderContext } from "../../src/core/types.js";
import { expectGolden } from "../support/golden.js";
import { SCENARIOS, SCENARIO_GOLDEN_DIR, scenarioPairs } from "../support/scenarios.js";

const SHA = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
const REPO = "https://github.com/acme/models";
const CTX: RenderContext = {
  tag: "default",
  headSha: SHA,
  baseSha: "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391",
  repoUrl: REPO,
};
const html = (s: string) => marked.parse(s, { gfm: true, async: false });
const balanced = (s: string) => {
  const h = html(s);
  return (h.match(/<details>/g)?.length ?? 0) === (h.match(/<\/details>/g)?.length ?? 0);
};

describe.each(SCENARIOS)("scenario %s", (name) => {
  const review = analyse(scenarioPairs(name), mergeConfig({}));
  const dir = join(SCENARIO_GOLDEN_DIR, name);
  const comment = renderCommentDetailed(review, CTX);

  it("comment.md", () => {
    expect(comment.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(balanced(comment.body)).toBe(true);
    expectGolden(join(dir, "comment.md"), comment.body);
  });

  it("check-run.md (summary, then text)", () => {
    const cr = renderCheckRun(review, CTX);
    expect(cr.summary.length).toBeLessThanOrEqual(CHECK_TEXT_LIMIT);
    expect(cr.text.length).toBeLessThanOrEqual(CHECK_TEXT_LIMIT);
    expect(balanced(cr.summary) && balanced(cr.text)).toBe(true);
    expectGolden(
      join(dir, "check-run.md"),
      `<!-- title: ${cr.title} -->\n<!-- summary -->\n${cr.summary}\n<!-- text -->\n${cr.text}`,
    );
  });

  it("every summary-table row has six cells and no spec name can wrap", () => {
    const h = html(comment.body);
    const table = h.slice(h.indexOf("<table>"), h.indexOf("</table>"));
    const rows = table.split("<tr>").slice(1);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]!.match(/<th/g)).toHaveLength(6);
    for (const row of rows.slice(1)) {
      expect(row.match(/<td/g)).toHaveLength(6);
      const name = /<td><code>([^<]*)<\/code><\/td>/.exec(row)?.[1] ?? "";
      // Every hyphen, dot, slash or underscore is followed by a word joiner (U+2060).
      expect(name.replace(/[-./_]\u2060/g, "")).not.toMatch(/[-./_]/);
    }
  });
});

describe("the first ten seconds", () => {
  const review = analyse(scenarioPairs("seven-specs"), mergeConfig({}));
  const body = renderCommentDetailed(review, CTX).body;
  const first = commentFirstScreen(review, CTX);

  it("everything above the summary table stays under 1,200 characters for the 7-spec PR", () => {
    expect(body.startsWith(first)).toBe(true);
    expect(body.slice(first.length).trimStart().startsWith("| Spec |")).toBe(true);
    expect(first.length).toBeLessThan(1200);
  });

  it("states the outcome first, then the money", () => {
    const lines = first.split("\n").filter(Boolean);
    expect(lines[1]).toMatch(/^## (❌|✅) ModelSpec review (failed|passed)$/);
    const money = lines.findIndex((l) => l.startsWith("💵"));
    expect(money).toBeGreaterThan(1);
    // One short clause per failed gate, each on its own line before the money.
    const failed = review.conclusion.gates.filter((g) => g.failed).length;
    expect(lines.slice(2, money).length).toBe(failed === 0 ? 1 : failed);
    for (const l of lines.slice(2, money)) expect(l.length).toBeLessThan(200);
  });

  it("has one collapsible block per spec (the diff inside it) and a footer of two lines", () => {
    const top = body.match(/^<details><summary><strong>/gm)?.length ?? 0;
    expect(top).toBe(review.summary.specsChanged);
    const footer = body
      .slice(body.lastIndexOf("\n---\n") + 5)
      .trim()
      .split("\n");
    expect(footer).toHaveLength(2);
    expect(footer[0]).toContain(`[check run and job summary](${REPO}/commit/${SHA}/checks)`);
  });

  it("shows no percentage of a headroom, token count or replica count", () => {
    expect(body).not.toMatch(/(GiB|tokens|sequences?|replicas?|GPUs?)\s*\([+-]?[\d.,]+\s?%\)/);
  });

  it("the job summary keeps the same order and adds the sources in full", () => {
    const s = renderJobSummary(review, CTX);
    expect(s.startsWith(first.slice(first.indexOf("\n") + 1).trimStart())).toBe(true);
    expect(s).toContain("<details><summary>Sources and assumptions</summary>");
    expect(s.indexOf("| Spec |")).toBeLessThan(s.indexOf("<details><summary><strong>"));
  });
});

describe("300 specs", () => {
  const review = analyse(scenarioPairs("three-hundred-specs"), mergeConfig({}));
  const out = renderCommentDetailed(review, CTX);

  it("stay under 65,536 characters with a row (or the folded row) for every spec", () => {
    expect(out.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const rows = out.body.match(/^\| <code>/gm)?.length ?? 0;
    const folded = /\| … (\d+) more specs \|/.exec(out.body);
    expect(rows + (folded ? Number(folded[1]) : 0)).toBe(300);
    expect(out.body).toContain("| **Total** (300 specs)");
    expect(out.body).toContain("leaves out");
  });
});
