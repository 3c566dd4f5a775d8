// Every finding code the review can emit is documented (issue #13): users suppress findings by
// code, so each one needs a place in docs/ that says what it means. Rule ids are checked against
// docs/rules.md by rules-docs.test.ts; this covers the rest of the FindingCode union.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DRIFT_FIELDS } from "../../src/core/drift/compare.js";
import { DRIFT_CODES } from "../../src/core/drift/index.js";
import { DRIFT_FIELD_IDS, FINDING_CODES } from "../../src/core/findings.js";

const DOCS = fileURLToPath(new URL("../../docs/", import.meta.url));
const read = (name: string) => readFileSync(DOCS + name, "utf8");
const ALL = readdirSync(DOCS)
  .filter((f) => f.endsWith(".md"))
  .map(read)
  .join("\n");

/** Where a code is documented: per-field drift and runtime codes in their field tables. */
function documented(code: string): boolean {
  const field = /^(drift|runtime)\/(.+)$/.exec(code);
  if (field && (DRIFT_FIELD_IDS as readonly string[]).includes(field[2]!)) {
    return field[1] === "drift"
      ? read("drift.md").includes(`| \`${field[2]}\``)
      : read("runtime.md").includes("`runtime/<field>`") && read("drift.md").includes(`| \`${field[2]}\``);
  }
  return ALL.includes(`\`${code}\``);
}

describe("finding codes", () => {
  it.each([...FINDING_CODES])("%s is documented in docs/", (code) => {
    expect(documented(code)).toBe(true);
  });

  it("lists each code once", () => {
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
  });

  it("names the drift fields DRIFT_FIELDS compares, in its order", () => {
    expect(DRIFT_FIELDS.map((f) => f.id)).toEqual([...DRIFT_FIELD_IDS]);
    for (const c of DRIFT_CODES) expect(FINDING_CODES).toContain(c);
  });

  it("refuses an undocumented code", () => {
    expect(documented("estimate/no-such-code")).toBe(false);
    expect(documented("drift/no-such-field")).toBe(false);
  });
});
