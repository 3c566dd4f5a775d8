/**
 * Issue 15, defect 3: names that are also Object.prototype members (`constructor`, `__proto__`,
 * `toString`, …) used as the model id, family, framework, precision, GPU type or cloud provider are
 * plain unknown names to every catalog and lookup table: the estimate never turns into an
 * `estimate/internal-error`, nothing resolves to a prototype function, and no prototype is polluted.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { renderComment } from "../../src/core/render/index.js";
import { analyse } from "../../src/core/review.js";
import { GOLDEN_DIR } from "../support/review-cases.js";

const BASE = readFileSync(`${GOLDEN_DIR}/replicas-raised/base.yaml`, "utf8");
const set = (t: string, key: string, v: string): string => {
  const out = t.replace(new RegExp(`^(\\s*${key}:) .*$`, "m"), `$1 ${v}`);
  if (out === t) throw new Error(`fixture has no ${key}`);
  return out;
};

const NAMES = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "prototype",
  "__defineGetter__",
];
const FIELDS = ["id", "family", "framework", "precision", "vendor", "type", "cloudProvider"];

describe.each(FIELDS)("%s", (field) => {
  it.each(NAMES)("named %s is a plain (unknown) name", (name) => {
    const head = set(BASE, field, JSON.stringify(name));
    const review = analyse([{ path: "m.modelspec.yaml", base: BASE, head }], DEFAULT_CONFIG);
    const spec = review.files[0]!.specs[0]!;
    const codes = spec.findings.map((f) => f.code);
    expect(codes.filter((c) => /internal-error/.test(c))).toEqual([]);
    expect(JSON.stringify(review)).not.toMatch(/is not a function|\[native code\]|TypeError/);
    const comment = renderComment(review, { tag: "default", headSha: "b".repeat(40) });
    expect(comment).not.toMatch(/internal-error|native code|TypeError/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
