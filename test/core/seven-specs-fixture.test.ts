/**
 * The shared seven-spec fixture stays what its README says: 7 valid ModelSpecs per variant, the
 * mixed PR changes GPUs, precision and replicas, the replicas-only PR changes nothing but maxReplicas.
 */
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/core/parse.js";
import type { ModelSpec } from "../../src/core/types.js";
import { validateDocument } from "../../src/core/validate.js";
import { SEVEN_SPECS_HEADS, sevenSpecsPairs, sevenSpecsTree } from "../support/seven-specs.js";

const specOf = (path: string, text: string): ModelSpec =>
  parseFile(path, text).documents[0]!.value as ModelSpec;

describe("test/fixtures/seven-specs", () => {
  for (const variant of ["base", ...SEVEN_SPECS_HEADS] as const) {
    it(`${variant}: seven specs, each valid against the schema`, () => {
      const tree = sevenSpecsTree(variant);
      expect([...tree.keys()].filter((p) => p.endsWith(".modelspec.yaml"))).toHaveLength(7);
      for (const [path, text] of tree) {
        const parsed = parseFile(path, text);
        expect(parsed.findings, path).toEqual([]);
        expect(validateDocument(path, parsed.documents[0]!, false), path).toEqual([]);
      }
    });
  }

  it("the mixed PR changes GPUs, precision and replicas", () => {
    const pairs = sevenSpecsPairs("head");
    const changed = pairs.map((p) => {
      const b = specOf(p.path, p.base!).spec!;
      const h = specOf(p.path, p.head!).spec!;
      return {
        gpu: JSON.stringify(b.runtime?.accelerator) !== JSON.stringify(h.runtime?.accelerator),
        precision: b.identity?.model?.precision !== h.identity?.model?.precision,
        replicas: JSON.stringify(b.operations?.scaling) !== JSON.stringify(h.operations?.scaling),
      };
    });
    expect(pairs).toHaveLength(7);
    expect(changed.filter((c) => c.gpu).length).toBeGreaterThanOrEqual(3);
    expect(changed.filter((c) => c.precision).length).toBeGreaterThanOrEqual(2);
    expect(changed.filter((c) => c.replicas).length).toBeGreaterThanOrEqual(3);
  });

  it("the replicas-only PR differs from base in maxReplicas only", () => {
    const pairs = sevenSpecsPairs("head-replicas-only");
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) {
      const b = specOf(p.path, p.base!);
      const h = specOf(p.path, p.head!);
      expect(h.spec!.operations!.scaling!.maxReplicas).not.toBe(b.spec!.operations!.scaling!.maxReplicas);
      h.spec!.operations!.scaling!.maxReplicas = b.spec!.operations!.scaling!.maxReplicas;
      expect(h, p.path).toEqual(b);
    }
  });
});
