/** analyse never throws: any edit of a real spec, any bytes, any pairing yields a Review. */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mergeConfig } from "../../src/core/config.js";
import { analyse } from "../../src/core/review.js";
import { GOLDEN_DIR } from "../support/review-cases.js";

const BASE = readFileSync(`${GOLDEN_DIR}/multi-document/base.yaml`, "utf8");
const LINES = BASE.split("\n");
const config = mergeConfig({
  failOn: { monthlyCostIncreasePct: 5, governanceLoosening: true, breakingChanges: true },
});

const lineEdit = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({
    op: fc.constant("value" as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.constantFrom("0", "-1", "null", "[]", "{}", "true", "1e309", "&a x", "*a", "'", "l4", "int4", "''"),
      fc.string({ maxLength: 12 }),
    ),
  }),
  fc.record({ op: fc.constant("indent" as const), at: fc.nat() }),
);

function apply(edits: { op: string; at: number; value?: string }[]): string {
  const lines = [...LINES];
  for (const e of edits) {
    const i = e.at % lines.length;
    if (e.op === "delete") lines.splice(i, 1);
    else if (e.op === "duplicate") lines.splice(i, 0, lines[i]!);
    else if (e.op === "indent") lines[i] = ` ${lines[i]}`;
    else if (lines[i]!.includes(":"))
      lines[i] = `${lines[i]!.slice(0, lines[i]!.indexOf(":") + 1)} ${e.value}`;
  }
  return lines.join("\n");
}

describe("analyse never throws", () => {
  it("on random line edits of a multi-document spec, on both sides", () => {
    fc.assert(
      fc.property(fc.array(lineEdit, { maxLength: 6 }), fc.array(lineEdit, { maxLength: 6 }), (b, h) => {
        const review = analyse([{ path: "m.modelspec.yaml", base: apply(b), head: apply(h) }], config);
        expect(["success", "neutral", "failure"]).toContain(review.conclusion.status);
        for (const f of review.files)
          for (const s of f.specs) for (const c of s.changes) expect(typeof c.key).toBe("string");
        JSON.stringify(review);
      }),
      { numRuns: 80 },
    );
  });
  it("on arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ maxLength: 300 })),
        fc.option(fc.string({ maxLength: 300 })),
        (b, h) => {
          const pair = {
            path: "x.modelspec.yaml",
            ...(b !== null ? { base: b } : {}),
            ...(h !== null ? { head: h } : {}),
          };
          analyse([pair], config);
        },
      ),
      { numRuns: 150 },
    );
  });
});
