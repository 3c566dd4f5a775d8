/**
 * Hostile values through the whole review (analyse + renderers): prototype-polluting keys, huge
 * numbers, .nan/.inf and odd paths yield findings or clear output — never a crash, never a printed
 * NaN/Infinity, never a polluted Object.prototype.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { renderCheckRun, renderComment, renderJobSummary } from "../../src/core/render/index.js";
import { analyse } from "../../src/core/review.js";
import { GOLDEN_DIR } from "../support/review-cases.js";

const BASE = readFileSync(`${GOLDEN_DIR}/replicas-raised/base.yaml`, "utf8");
const set = (t: string, key: string, v: string): string =>
  t.replace(new RegExp(`^(\\s*${key}:) .*$`, "m"), `$1 ${v}`);
const CTX = { tag: "default", headSha: "b".repeat(40), repoUrl: "https://github.com/o/r" };

const cases: [string, string][] = [
  ["huge GPU count", set(BASE, "count", "1e308")],
  ["infinite replicas", set(BASE, "maxReplicas", ".inf")],
  ["NaN batch", set(BASE, "maxBatchSize", ".nan")],
  ["negative infinity sequence", set(BASE, "maxSequenceLengthTokens", "-.inf")],
  [
    "2^64 replicas",
    set(set(BASE, "minReplicas", "18446744073709551616"), "maxReplicas", "18446744073709551617"),
  ],
  [
    "__proto__ keys",
    BASE.replace(/^spec:/m, "__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\nspec:"),
  ],
  [
    "__proto__ under runtime",
    BASE.replace(/^(\s*)accelerator:/m, "$1__proto__: {polluted: yes}\n$1accelerator:"),
  ],
];
const paths = [
  "models/with space/ü ñ 模型.modelspec.yaml",
  "../../etc/passwd.modelspec.yaml",
  "a/./b/../c.yaml",
];

describe("hostile values through analyse and the renderers", () => {
  it.each(cases)("%s", (_name, head) => {
    const pairs = paths.map((path) => ({ path, base: BASE, head }));
    const review = analyse(pairs, DEFAULT_CONFIG);
    expect(review.files).toHaveLength(paths.length);
    const outputs = [
      renderComment(review, CTX),
      renderJobSummary(review, CTX),
      ...Object.values(renderCheckRun(review, CTX)).filter((v): v is string => typeof v === "string"),
    ];
    for (const out of outputs) {
      // A finding may quote the offending value ("got NaN (.nan)"); nothing else may print one.
      const unquoted = out.replace(/got -?(NaN|Infinity)/g, "");
      expect(unquoted).not.toMatch(/\bNaN\b|\bInfinity\b|undefined|\[object Object\]/);
      expect(out.length).toBeLessThanOrEqual(65_536);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});
