import { describe, expect, it } from "vitest";
import { pairBySpecName } from "../../../src/core/diff/renames.js";

const spec = (name: string, version = "1"): string =>
  `apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata:\n  name: ${name}\n  version: "${version}"\n`;

describe("pairBySpecName", () => {
  it("splits a git rename whose two ends hold different specs", () => {
    expect(
      pairBySpecName([{ path: "b.yaml", previousPath: "a.yaml", base: spec("a"), head: spec("b") }]),
    ).toEqual([
      { path: "a.yaml", base: spec("a") },
      { path: "b.yaml", head: spec("b") },
    ]);
  });

  it("keeps a rename of the same spec, even when edited", () => {
    const p = { path: "new/a.yaml", previousPath: "a.yaml", base: spec("a"), head: spec("a", "2") };
    expect(pairBySpecName([p])).toEqual([p]);
  });

  it("joins a deletion and an addition of the same spec into a rename (tree diffs pair only identical files)", () => {
    expect(
      pairBySpecName([
        { path: "old/a.yaml", base: spec("a") },
        { path: "new/a.yaml", head: spec("a", "2") },
        { path: "c.yaml", head: spec("c") },
      ]),
    ).toEqual([
      { path: "c.yaml", head: spec("c") },
      { path: "new/a.yaml", previousPath: "old/a.yaml", base: spec("a"), head: spec("a", "2") },
    ]);
  });

  it("leaves ambiguous or nameless files alone", () => {
    const pairs = [
      { path: "x1.yaml", base: spec("a") },
      { path: "x2.yaml", base: spec("a") },
      { path: "y.yaml", head: spec("a") },
      { path: "broken.yaml", head: "::: not yaml" },
    ];
    expect(pairBySpecName(pairs)).toEqual([...pairs].sort((a, b) => (a.path < b.path ? -1 : 1)));
  });
});
