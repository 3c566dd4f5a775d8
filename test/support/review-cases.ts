/**
 * Review scenarios under test/golden/<case>/: `base.yaml` (absent for an added spec), `head.yaml`
 * (absent for a deleted one) and optional `case.json` ({ "path", "previousPath", "config" }).
 * The review-scenario test checks facts of `analyse` on them; renderer goldens (comment.md,
 * annotations.json) live next to them and reuse the same pairs through `loadReviewCase`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mergeConfig } from "../../src/core/config.js";
import type { Config, FilePair } from "../../src/core/types.js";

export const GOLDEN_DIR = fileURLToPath(new URL("../golden/", import.meta.url));

export const REVIEW_CASES = [
  "added",
  "deleted",
  "renamed",
  "gpu-downsized-no-fit",
  "replicas-raised",
  "precision-fp16-to-int4",
  "pii-allowed",
  "retention-shortened",
  "invalid-head",
  "unchanged",
  "cosmetic-only",
  "multi-document",
] as const;
export type ReviewCase = (typeof REVIEW_CASES)[number];

export interface LoadedCase {
  name: string;
  dir: string;
  pairs: FilePair[];
  config: Config;
}

export function loadReviewCase(name: string): LoadedCase {
  const dir = join(GOLDEN_DIR, name);
  const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : undefined);
  const meta = JSON.parse(read("case.json") ?? "{}") as {
    path?: string;
    previousPath?: string;
    config?: Record<string, unknown>;
  };
  const pair: FilePair = { path: meta.path ?? `models/${name}.modelspec.yaml` };
  if (meta.previousPath) pair.previousPath = meta.previousPath;
  const base = read("base.yaml");
  const head = read("head.yaml");
  if (base !== undefined) pair.base = base;
  if (head !== undefined) pair.head = head;
  return { name, dir, pairs: [pair], config: mergeConfig(meta.config ?? {}) };
}

/** Every folder under test/golden that holds a base.yaml or head.yaml. */
export function listReviewCases(): string[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter(
      (d) =>
        d.isDirectory() &&
        (existsSync(join(GOLDEN_DIR, d.name, "base.yaml")) ||
          existsSync(join(GOLDEN_DIR, d.name, "head.yaml"))),
    )
    .map((d) => d.name)
    .sort();
}
