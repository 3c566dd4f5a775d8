import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ANNOTATION_KEYS, ANNOTATION_PREFIX } from "../../../src/core/catalog/annotations.js";

const doc = readFileSync(new URL("../../../docs/estimation.md", import.meta.url), "utf8");

describe("docs/estimation.md", () => {
  it("documents every annotation the estimator reads, with the text the code uses", () => {
    const block = doc.slice(
      doc.indexOf("<!-- annotations:start -->"),
      doc.indexOf("<!-- annotations:end -->"),
    );
    for (const [key, def] of Object.entries(ANNOTATION_KEYS)) {
      expect(block).toContain(`| \`${ANNOTATION_PREFIX}${key}\` | ${def.doc} |`);
    }
    const rows = block.split("\n").filter((l) => l.startsWith("| `"));
    expect(rows).toHaveLength(Object.keys(ANNOTATION_KEYS).length);
  });

  it("lists every finding code the estimator emits", () => {
    const dir = new URL("../../../src/core/estimate/", import.meta.url);
    const src = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => readFileSync(new URL(f, dir), "utf8"))
      .join("\n");
    const codes = new Set([...src.matchAll(/"(estimate\/[a-z-]+)"/g)].map((m) => m[1]));
    expect(codes.size).toBeGreaterThan(8);
    for (const code of codes) expect(doc, String(code)).toContain(`\`${code}\``);
  });
});
