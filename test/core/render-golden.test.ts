/**
 * Golden files for every review scenario under test/golden/<case>/: analyse() over the case's
 * base/head, then the renderers. comment.md is the PR comment, annotations.json the check-run
 * annotation batches. Any change to them fails until regenerated on purpose with
 * `UPDATE_GOLDEN=1 npx vitest run test/core/render-golden.test.ts` (and reviewed in the diff).
 * Each case's SARIF and JSON report are validated against their schemas on the way.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { marked } from "marked";
import { analyse } from "../../src/core/review.js";
import { COMMENT_LIMIT, renderComment } from "../../src/core/render/comment.js";
import { renderCheckRun } from "../../src/core/render/check-run.js";
import { renderSarif } from "../../src/core/render/sarif.js";
import { renderJson } from "../../src/core/render/json.js";
import type { RenderContext } from "../../src/core/types.js";
import { expectGolden } from "../support/golden.js";
import { listReviewCases, loadReviewCase } from "../support/review-cases.js";
import { reportValidator, sarifValidator } from "../support/report-schemas.js";

const cases = listReviewCases();
const validateSarif = sarifValidator();
const validateReport = reportValidator();

function contextFor(c: ReturnType<typeof loadReviewCase>): RenderContext {
  return {
    tag: c.config.comment.tag,
    headSha: "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
    baseSha: "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391",
    repoUrl: "https://github.com/acme/models",
    onNoChange: c.config.comment.onNoChange,
  };
}

describe("golden review scenarios (on an intended change: UPDATE_GOLDEN=1 npx vitest run test/core/render-golden.test.ts, then review the diff)", () => {
  it("has scenarios to render", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(cases)("%s", (name) => {
    const c = loadReviewCase(name);
    const review = analyse(c.pairs, c.config);
    const ctx = contextFor(c);

    it("comment.md", () => {
      const body = renderComment(review, ctx);
      expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      if (body) {
        const html = marked.parse(body, { gfm: true, async: false });
        expect(html.match(/<details>/g)?.length ?? 0).toBe(html.match(/<\/details>/g)?.length ?? 0);
      }
      expectGolden(join(c.dir, "comment.md"), body);
    });

    it("annotations.json", () => {
      const check = renderCheckRun(review, ctx);
      for (const batch of check.annotationBatches) expect(batch.length).toBeLessThanOrEqual(50);
      expectGolden(join(c.dir, "annotations.json"), JSON.stringify(check.annotationBatches, null, 2) + "\n");
    });

    it("SARIF and JSON report validate", () => {
      expect(validateSarif(JSON.parse(renderSarif(review, ctx))), JSON.stringify(validateSarif.errors)).toBe(
        true,
      );
      expect(validateReport(JSON.parse(renderJson(review, ctx))), JSON.stringify(validateReport.errors)).toBe(
        true,
      );
    });
  });
});
