// Every export in src/ carries a JSDoc comment (issue #13): a short, true sentence saying what it
// is, so a reader of any module learns its vocabulary without opening the implementation.
// Exports not yet documented are listed in undocumented-exports.json; the list may only shrink:
// a new undocumented export fails, and so does a listed one that has since been documented.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BASELINE: string[] = JSON.parse(
  readFileSync(fileURLToPath(new URL("./undocumented-exports.json", import.meta.url)), "utf8"),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    // Generated code documents itself in its generator.
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

const hasJsDoc = (node: ts.Node): boolean =>
  ts.getJSDocCommentsAndTags(node).some((d) => ts.isJSDoc(d) && (d.comment !== undefined || d.tags?.length));

/** `file:name` of each exported declaration of `text` that has no JSDoc comment. */
function undocumented(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: string[] = [];
  for (const st of sf.statements) {
    const exported =
      ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (!hasJsDoc(st) && !hasJsDoc(d)) out.push(`${file}:${d.name.getText(sf)}`);
      }
    } else if (!hasJsDoc(st)) {
      const name = (st as ts.DeclarationStatement).name?.getText(sf) ?? "default";
      out.push(`${file}:${name}`);
    }
  }
  return out;
}

describe("JSDoc on every export in src/", () => {
  const found = sourceFiles(join(ROOT, "src")).flatMap((f) =>
    undocumented(relative(ROOT, f), readFileSync(f, "utf8")),
  );

  it("no export is undocumented beyond the shrinking list", () => {
    expect(found.filter((x) => !BASELINE.includes(x))).toEqual([]);
  });

  it("the list names only exports that still lack JSDoc (remove documented ones)", () => {
    expect(BASELINE.filter((x) => !found.includes(x))).toEqual([]);
  });

  it("the walker tells documented from undocumented exports", () => {
    const text = [
      "/** Documented. */",
      "export function a(): void {}",
      "// A line comment is not JSDoc.",
      "export const b = 1;",
      "export interface C {}",
      "/** Documented too. */",
      "export type D = string;",
      "function e(): void {}",
    ].join("\n");
    expect(undocumented("x.ts", text)).toEqual(["x.ts:b", "x.ts:C"]);
  });
});
