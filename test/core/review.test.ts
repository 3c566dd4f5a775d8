/** analyse(): config overrides, suppression, odd files and every gate, over small hand-made pairs. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mergeConfig, parseConfig } from "../../src/core/config.js";
import { analyse } from "../../src/core/review.js";
import type { FilePair } from "../../src/core/types.js";
import { GOLDEN_DIR } from "../support/review-cases.js";

const BASE = readFileSync(`${GOLDEN_DIR}/gpu-downsized-no-fit/base.yaml`, "utf8");
const PATH = "models/chat.modelspec.yaml";
const edit = (text: string, from: string, to: string): string => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
const pair = (head: string | undefined, base: string | undefined = BASE, path = PATH): FilePair => ({
  path,
  ...(base !== undefined ? { base } : {}),
  ...(head !== undefined ? { head } : {}),
});
const gate = (r: ReturnType<typeof analyse>, id: string) => r.conclusion.gates.find((g) => g.gate === id);

describe("analyse: files that are not ModelSpecs", () => {
  it("a YAML file of another kind is left out and the conclusion is neutral", () => {
    const other = "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n";
    const r = analyse([pair(other, other.replace("x", "y"))], mergeConfig({}));
    expect(r.files[0]!.isModelSpec).toBe(false);
    expect(r.files[0]!.specs).toEqual([]);
    expect(r.conclusion).toEqual({ status: "neutral", gates: expect.any(Array) });
    expect(r.summary.specsChanged).toBe(0);
  });
  it("no pairs at all is neutral, not a crash", () => {
    expect(analyse([], mergeConfig({})).conclusion.status).toBe("neutral");
  });
});

describe("analyse: a head that cannot be parsed", () => {
  it("keeps the spec (not 'deleted'), reports the parse error and fails the schema gate", () => {
    const broken = edit(BASE, "      minReplicas: 2", "      minReplicas: [2");
    const r = analyse([pair(broken)], mergeConfig({}));
    const f = r.files[0]!;
    expect(f.isModelSpec).toBe(true);
    const errors = [...f.findings, ...f.specs.flatMap((s) => s.findings)].filter((x) => x.source === "parse");
    expect(errors.length).toBeGreaterThan(0);
    expect(f.specs.map((s) => s.status)).not.toContain("deleted");
    expect(f.specs.every((s) => s.changes.length === 0)).toBe(true);
    expect(gate(r, "schema-errors")).toMatchObject({ failed: true });
    expect(r.conclusion.status).toBe("failure");
    expect(r.summary.noOperationalChange).toBe(false);
  });
  it("a file that is not even YAML still gets a review entry, never an exception", () => {
    const r = analyse([pair("\u0000\u0001binary", BASE)], mergeConfig({}));
    expect(r.files[0]!.isModelSpec).toBe(true);
    expect(r.conclusion.status).toBe("failure");
  });
});

describe("analyse: config rules apply to every finding", () => {
  const invalid = edit(BASE, "      targetRps: 20", "      targetRPS: 20");
  it("'off' moves a schema finding to suppressed and lifts the gate", () => {
    const r = analyse([pair(invalid)], mergeConfig({ rules: { "schema/additional-property": "off" } }));
    const s = r.files[0]!.specs[0]!;
    expect(s.findings.map((f) => f.code)).not.toContain("schema/additional-property");
    expect(s.suppressed).toEqual([
      expect.objectContaining({ code: "schema/additional-property", suppressedBy: "config" }),
    ]);
    expect(r.summary.findings.suppressed).toBe(1);
    expect(gate(r, "schema-errors")!.failed).toBe(false);
  });
  it("a severity override downgrades the finding", () => {
    const r = analyse([pair(invalid)], mergeConfig({ rules: { "schema/additional-property": "warning" } }));
    const f = r.files[0]!.specs[0]!.findings.find((x) => x.code === "schema/additional-property");
    expect(f?.severity).toBe("warning");
    expect(gate(r, "schema-errors")!.failed).toBe(false);
  });
  it("rule findings honour the spec's suppression annotation (R's syntax)", () => {
    const noWarm = edit(BASE, "      minReplicas: 2", "      minReplicas: 1");
    const plain = analyse([pair(noWarm)], mergeConfig({})).files[0]!.specs[0]!;
    const code = plain.findings.find((f) => f.source === "rule")?.code;
    expect(code).toBeDefined();
    const annotated = edit(
      noWarm,
      "  labels:",
      `  annotations:\n    modelspec-review.piqc.ai/ignore: "${code}: accepted for this test"\n  labels:`,
    );
    const s = analyse([pair(annotated)], mergeConfig({})).files[0]!.specs[0]!;
    expect(s.findings.map((f) => f.code)).not.toContain(code);
    expect(s.suppressed).toContainEqual(expect.objectContaining({ code, suppressedBy: "annotation" }));
  });
  it("a config rule id that names no rule is a config warning with a suggestion", () => {
    const r = analyse([pair(BASE)], mergeConfig({ rules: { "MS-SCALE-0001": "off" } }));
    expect(r.configFindings).toEqual([
      expect.objectContaining({
        code: "config/unknown-rule",
        severity: "warning",
        hint: "Did you mean `MS-SCALE-001`?",
      }),
    ]);
    expect(gate(r, "config-errors")).toMatchObject({ failed: false });
  });
  it("config findings from parseConfig are carried and an error fails the config gate", () => {
    const { config, findings } = parseConfig(
      "failOn:\n  doesNotFitt: false\n",
      ".github/modelspec-review.yml",
    );
    const r = analyse([pair(BASE)], config, { configFindings: findings });
    expect(r.configFindings.map((f) => f.code)).toEqual(["config/unknown-key"]);
    expect(gate(r, "config-errors")).toMatchObject({ failed: true });
    expect(gate(r, "config-errors")!.reason).toMatch(/doesNotFitt/);
  });
});

describe("analyse: optional gates", () => {
  it("breaking changes fail only when failOn.breakingChanges is set", () => {
    const grpc = edit(BASE, "      protocol: http", "      protocol: grpc");
    expect(gate(analyse([pair(grpc)], mergeConfig({})), "breaking-changes")).toBeUndefined();
    const r = analyse([pair(grpc)], mergeConfig({ failOn: { breakingChanges: true } }));
    expect(gate(r, "breaking-changes")).toMatchObject({ failed: true });
    expect(gate(r, "breaking-changes")!.reason).toMatch(/Protocol http → grpc/);
    expect(r.summary.breakingChanges).toBe(1);
  });
  it("the percentage gate compares total monthly cost at max replicas", () => {
    const more = edit(BASE, "      maxReplicas: 4", "      maxReplicas: 5");
    const within = analyse([pair(more)], mergeConfig({ failOn: { monthlyCostIncreasePct: 30 } }));
    expect(within.summary.monthlyCost.deltaPctAtMax).toBe(25);
    expect(gate(within, "monthly-cost-increase-pct")).toMatchObject({ failed: false });
    const over = analyse([pair(more)], mergeConfig({ failOn: { monthlyCostIncreasePct: 20 } }));
    expect(gate(over, "monthly-cost-increase-pct")).toMatchObject({ failed: true });
    expect(gate(over, "monthly-cost-increase-pct")!.reason).toBe(
      "monthly cost at max replicas +25 % exceeds the 20 % limit",
    );
  });
  it("a new spec has no baseline: the percentage gate does not fail, the USD gate does", () => {
    const r = analyse(
      [{ path: PATH, head: BASE }],
      mergeConfig({ failOn: { monthlyCostIncreasePct: 1, monthlyCostIncreaseUsd: 100 } }),
    );
    expect(gate(r, "monthly-cost-increase-pct")).toMatchObject({ failed: false });
    expect(gate(r, "monthly-cost-increase-usd")).toMatchObject({ failed: true });
  });
  it("a failed gate names the specs that tripped it, each once (the comment's headline clause)", () => {
    const l4 = edit(BASE, "type: a100-80gb", "type: l4");
    const r = analyse(
      [pair(l4, BASE, "b/chat.modelspec.yaml"), pair(BASE, BASE, "a/same.modelspec.yaml")],
      mergeConfig({}),
    );
    expect(gate(r, "does-not-fit")).toMatchObject({ failed: true, subjects: ["support-chat"] });
    const grpc = edit(BASE, "      protocol: http", "      protocol: grpc");
    const both = edit(grpc, "      maxBatchSize: 16", "      maxBatchSize: 17");
    const b = analyse([pair(both)], mergeConfig({ failOn: { breakingChanges: true } }));
    expect(gate(b, "breaking-changes")!.subjects).toEqual(["support-chat"]);
  });
  it("does-not-fit can be switched off", () => {
    const l4 = edit(BASE, "type: a100-80gb", "type: l4");
    const r = analyse([pair(l4)], mergeConfig({ failOn: { doesNotFit: false } }));
    expect(gate(r, "does-not-fit")).toBeUndefined();
    expect(r.summary.specsNotFitting).toBe(1);
    expect(r.conclusion.status).toBe("success");
  });
});

describe("analyse: several files", () => {
  it("sorts files by path, sums cost over them and lists global price assumptions once", () => {
    const more = edit(BASE, "      maxReplicas: 4", "      maxReplicas: 8");
    const r = analyse(
      [pair(more, BASE, "z/b.modelspec.yaml"), pair(more, BASE, "a/a.modelspec.yaml")],
      mergeConfig({}),
    );
    expect(r.files.map((f) => f.path)).toEqual(["a/a.modelspec.yaml", "z/b.modelspec.yaml"]);
    const one = r.files[0]!.specs[0]!.changes.find((c) => c.key === "cost.monthlyAtMax")!;
    expect(r.summary.monthlyCost.deltaAtMax).toBeCloseTo(2 * one.delta!.abs, 1);
    expect(r.summary.specsChanged).toBe(2);
    expect(r.assumptions.filter((a) => a.startsWith("Prices:"))).toHaveLength(1);
    expect(r.assumptions).toContain("A month is 730 hours; replicas are assumed to run all month.");
  });
  it("an unpriced spec is left out of the totals and says so", () => {
    const unknown = edit(BASE, "type: a100-80gb", "type: mystery-gpu-9000");
    const r = analyse(
      [
        pair(unknown, unknown, "u.modelspec.yaml"),
        pair(BASE.replace("maxReplicas: 4", "maxReplicas: 8"), BASE),
      ],
      mergeConfig({}),
    );
    expect(r.summary.monthlyCost.deltaPctAtMax).toBe(100);
    expect(r.assumptions.some((a) => a.includes("could not be priced"))).toBe(false);
    const r2 = analyse([pair(unknown, BASE, "u.modelspec.yaml")], mergeConfig({}));
    expect(r2.summary.monthlyCost.deltaAtMax).toBeNull();
    expect(r2.assumptions.some((a) => a.startsWith("1 changed spec could not be priced"))).toBe(true);
  });
});
