/**
 * Whole-PR scenarios for the renderer goldens (test/golden/scenarios/<name>/), built from the shared
 * seven-spec fixture (test/fixtures/seven-specs/, see its README for where each spec comes from):
 *
 * - `seven-specs`: base → head, the mixed PR of issue #12 (GPUs, precision and replicas change);
 * - `seven-specs-replicas-only`: base → head-replicas-only, a PR that only raises maxReplicas;
 * - `three-hundred-specs`: the mixed PR replicated over 300 files (spec k of the seven in file i,
 *   k = i mod 7, renamed `<name>-<i>`), with every 37th file also allowing PII and every 61st
 *   switching its protocol to grpc, so governance and breaking markers appear at scale.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { FilePair } from "../../src/core/types.js";

export const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/seven-specs/", import.meta.url));
export const SCENARIO_GOLDEN_DIR = fileURLToPath(new URL("../golden/scenarios/", import.meta.url));

export const SCENARIOS = ["seven-specs", "seven-specs-replicas-only", "three-hundred-specs"] as const;
export type Scenario = (typeof SCENARIOS)[number];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith(".yaml"))
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/** Pairs of the fixture's base tree against one of its head trees (same relative paths). */
export function fixturePairs(head: "head" | "head-replicas-only"): FilePair[] {
  const baseDir = join(FIXTURE_DIR, "base");
  const headDir = join(FIXTURE_DIR, head);
  return files(baseDir).map((p) => ({
    path: p,
    base: readFileSync(join(baseDir, p), "utf8"),
    head: readFileSync(join(headDir, p), "utf8"),
  }));
}

function rename(text: string, i: number): string {
  return text.replace(/^(metadata:\n {2}name: )(\S+)$/m, (_, a: string, n: string) => `${a}${n}-${i}`);
}

/** The mixed PR replicated over `n` files (see the module comment). */
export function replicatedPairs(n: number): FilePair[] {
  const seven = fixturePairs("head");
  return Array.from({ length: n }, (_, i) => {
    const src = seven[i % seven.length]!;
    const name = src.path.split("/").pop()!;
    let head = rename(src.head!, i);
    if (i % 37 === 5) head = head.replace(/^(\s+allowed:) false$/m, "$1 true");
    if (i % 61 === 9) head = head.replace(/^(\s+protocol:) http$/m, "$1 grpc");
    return {
      path: `models/team-${String(i).padStart(3, "0")}/${name}`,
      base: rename(src.base!, i),
      head,
    };
  });
}

export function scenarioPairs(s: Scenario): FilePair[] {
  if (s === "seven-specs") return fixturePairs("head");
  if (s === "seven-specs-replicas-only") return fixturePairs("head-replicas-only");
  return replicatedPairs(300);
}
