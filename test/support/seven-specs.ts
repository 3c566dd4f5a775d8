/**
 * The seven-spec scenario of issue #12 (test/fixtures/seven-specs/, see its README): a repository of
 * seven late-2026 ModelSpecs on `base/`, a mixed PR on `head/` and a replicas-only PR on
 * `head-replicas-only/`. Loads a variant as the FilePairs the core reviews, or as file trees for a
 * real git repository.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { FilePair } from "../../src/core/types.js";

export const SEVEN_SPECS_DIR = fileURLToPath(new URL("../fixtures/seven-specs/", import.meta.url));
export const SEVEN_SPECS_HEADS = ["head", "head-replicas-only"] as const;
export type SevenSpecsHead = (typeof SEVEN_SPECS_HEADS)[number];

/** Every file of one variant folder, by repository-relative path (sorted). */
export function sevenSpecsTree(variant: "base" | SevenSpecsHead): Map<string, string> {
  const root = join(SEVEN_SPECS_DIR, variant);
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else out.set(relative(root, abs).split("\\").join("/"), readFileSync(abs, "utf8"));
    }
  };
  walk(root);
  return out;
}

/** The changed files of a PR from `base/` to `head`, as the pipeline would hand them to the core. */
export function sevenSpecsPairs(head: SevenSpecsHead): FilePair[] {
  const base = sevenSpecsTree("base");
  const next = sevenSpecsTree(head);
  const paths = [...new Set([...base.keys(), ...next.keys()])].sort();
  return paths
    .filter((p) => base.get(p) !== next.get(p))
    .map((path) => {
      const pair: FilePair = { path };
      const b = base.get(path);
      const h = next.get(path);
      if (b !== undefined) pair.base = b;
      if (h !== undefined) pair.head = h;
      return pair;
    });
}
