/** For arbitrary text the loader and validator never throw, and every finding points inside the text. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/core/parse.js";
import { validateDocument } from "../../src/core/validate.js";
import type { Finding } from "../../src/core/types.js";
import { RUNS, TIMEOUT_MS } from "./runs.js";

/** Text that looks like YAML often enough to reach the validator, plus raw unicode noise. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "apiVersion: piqc.ai/v1alpha1",
        "kind: ModelSpec",
        "metadata:",
        "  name: x",
        "spec:",
        "  runtime:",
        "    accelerator: {type: h100, count: 2}",
        "---",
        "- a",
        "&a [*a, *a]",
        "__proto__: {polluted: true}",
        "constructor: {prototype: {x: 1}}",
        "key: !!js/function 'f(){}'",
        "x: .nan",
        "y: 1e999",
        "\t",
        '"unterminated',
        "",
      ),
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.string({ unit: "binary", maxLength: 10 }),
    ),
    { maxLength: 12 },
  )
  .chain((lines) => fc.constantFrom("\n", "\r\n").map((eol) => lines.join(eol)));

function expectInside(text: string, f: Finding): void {
  // Lines as GitHub numbers them for annotations and blob links: split at LF only (a lone CR, as in
  // "\r\u0000", stays inside its line, which is how the loader counts too).
  const lines = text.split("\n");
  expect(Number.isInteger(f.line), `${f.code} line ${f.line}`).toBe(true);
  expect(f.line).toBeGreaterThanOrEqual(1);
  expect(f.line).toBeLessThanOrEqual(Math.max(1, lines.length));
  expect(f.column).toBeGreaterThanOrEqual(1);
  expect(f.column).toBeLessThanOrEqual((lines[f.line - 1]?.length ?? 0) + 1);
}

describe("loader + validator over arbitrary text", () => {
  it(
    `never throw; findings lie inside the text (${RUNS} cases)`,
    () => {
      fc.assert(
        fc.property(fc.oneof(yamlish, fc.string({ unit: "binary", maxLength: 200 })), (text) => {
          const parsed = parseFile("spec.yaml", text);
          const all: Finding[] = [...parsed.findings];
          for (const doc of parsed.documents) {
            all.push(...validateDocument("spec.yaml", doc, parsed.documents.length > 1));
          }
          for (const f of all) expectInside(text, f);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(({} as Record<string, unknown>).x).toBeUndefined();
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
