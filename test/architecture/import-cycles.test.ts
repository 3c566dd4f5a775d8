// No import circle in src/ (issue #13): the import graph points one way (front ends → flow → ports ←
// adapters; flow and adapters → core). Every relative import counts: value, `import type`,
// `export … from` and dynamic `import()` alike, so a circle cannot hide behind a lazy load or a
// type-only edge (engine.ts ↔ pipeline.ts was one of each).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Relative module specifiers of one file: imports, re-exports and `import()` calls. */
function specifiers(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const lit = node.argument.literal;
      if (ts.isStringLiteral(lit)) out.push(lit.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.filter((s) => s.startsWith("."));
}

/** The import graph of `dir`: file (relative to the repo) → files it imports. */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const deps = specifiers(file, readFileSync(file, "utf8")).map((s) =>
      relative(ROOT, join(dirname(file), s.replace(/\.js$/, ".ts"))),
    );
    graph.set(relative(ROOT, file), [...new Set(deps)]);
  }
  return graph;
}

/** Every circle a depth-first walk meets, each as the path that closes it (first node repeated). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const found: string[][] = [];
  const walk = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const dep of graph.get(node) ?? []) {
      if (!graph.has(dep)) continue;
      const s = state.get(dep);
      if (s === "open") found.push([...stack.slice(stack.indexOf(dep)), dep]);
      else if (s === undefined) walk(dep);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) walk(node);
  return found;
}

describe("import graph of src/", () => {
  const graph = importGraph(SRC);

  it("finds the files and their relative imports", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get("src/core/review.ts")).toContain("src/core/types.ts");
    // The lazy engine load is an edge too.
    expect(graph.get("src/flow/review-change.ts")).toContain("src/engine.ts");
  });

  it("has no circle (value, type-only or dynamic imports)", () => {
    const found = cycles(graph).map((c) => c.join(" → "));
    expect(found).toEqual([]);
  });

  it("the detector sees type-only, re-export and dynamic edges", () => {
    const text = [
      'import type { A } from "./a.js";',
      'export { b } from "../b.js";',
      'const c = await import("./c.js");',
      'type D = import("./d.js").D;',
      'import { readFileSync } from "node:fs";',
    ].join("\n");
    expect(specifiers("x.ts", text)).toEqual(["./a.js", "../b.js", "./c.js", "./d.js"]);
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cycles(graph)).toEqual([["a", "b", "c", "a"]]);
  });
});
