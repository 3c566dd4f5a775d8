/** The streamed JSON report is byte for byte the one-string report (issue #14). */
import { describe, expect, it } from "vitest";
import { renderJson, renderJsonChunks } from "../../../src/core/render/json.js";
import { review, typicalReview } from "../../support/review-fixtures.js";

const CTX = { tag: "default", headSha: "b".repeat(40), toolVersion: "0.1.0" };

describe("renderJsonChunks", () => {
  it.each([
    ["a typical review", typicalReview()],
    ["a review with no files", review([])],
  ])("joins to exactly renderJson for %s", (_name, r) => {
    const chunks = [...renderJsonChunks(r, CTX)];
    expect(chunks.join("")).toBe(renderJson(r, CTX));
    expect(JSON.parse(chunks.join(""))).toEqual(JSON.parse(renderJson(r, CTX)));
  });

  it("yields one piece per file, so no piece holds the whole report", () => {
    const r = typicalReview();
    const chunks = [...renderJsonChunks(r, CTX)];
    expect(r.files.length).toBeGreaterThan(0);
    expect(chunks.length).toBeGreaterThanOrEqual(r.files.length + 3);
    for (const c of chunks) expect(c.length).toBeLessThan(renderJson(r, CTX).length);
  });
});
