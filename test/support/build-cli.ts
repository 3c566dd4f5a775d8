/**
 * Builds a runnable copy of src/ for tests that must run the CLI as a real process (exit codes,
 * closed pipes): each .ts file is transpiled on its own (isolatedModules) into a cache folder inside
 * node_modules, so package imports resolve. No type check here; `npm run typecheck` does that.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export function buildCli(): string {
  const out = join(ROOT, "node_modules", ".cache", "modelspec-review-test", `cli-${process.pid}`);
  const src = join(ROOT, "src");
  const stack = [src];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) stack.push(abs);
      else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) {
        const js = ts.transpileModule(readFileSync(abs, "utf8"), {
          compilerOptions: {
            module: ts.ModuleKind.ESNext,
            target: ts.ScriptTarget.ES2022,
            esModuleInterop: true,
          },
          fileName: abs,
        }).outputText;
        const target = join(out, "src", relative(src, abs)).replace(/\.ts$/, ".js");
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, js);
      }
    }
  }
  writeFileSync(join(out, "package.json"), JSON.stringify({ type: "module", version: "0.0.0-test" }));
  return join(out, "src", "cli", "main.js");
}
