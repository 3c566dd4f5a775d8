import { describe, expect, it } from "vitest";
import { escapeToken, pointerTokens, unescapeToken, valueAt } from "../../src/core/pointer.js";

describe("JSON pointers (RFC 6901)", () => {
  it("escapes and unescapes tokens, ~ before /", () => {
    expect(escapeToken("modelspec-review.piqc.ai/ignore")).toBe("modelspec-review.piqc.ai~1ignore");
    expect(escapeToken("a~/b")).toBe("a~0~1b");
    expect(unescapeToken("a~0~1b")).toBe("a~/b");
    // ~01 is "~1" escaped, not "/".
    expect(unescapeToken("~01")).toBe("~1");
  });

  it("splits pointers into tokens", () => {
    expect(pointerTokens("")).toEqual([]);
    expect(pointerTokens("/")).toEqual([""]);
    expect(pointerTokens("/spec/pipeline/dependencies/0/role")).toEqual([
      "spec",
      "pipeline",
      "dependencies",
      "0",
      "role",
    ]);
    expect(pointerTokens("/metadata/annotations/a~1b")).toEqual(["metadata", "annotations", "a/b"]);
  });

  it("reads own members and array items only", () => {
    const doc = { spec: { items: [{ id: "x" }], "a/b": 1 } };
    expect(valueAt(doc, "")).toBe(doc);
    expect(valueAt(doc, "/spec/items/0/id")).toBe("x");
    expect(valueAt(doc, "/spec/a~1b")).toBe(1);
    expect(valueAt(doc, "/spec/items/1/id")).toBeUndefined();
    expect(valueAt(doc, "/spec/constructor")).toBeUndefined();
    expect(valueAt(doc, "/spec/items/0/id/length")).toBeUndefined();
  });
});
