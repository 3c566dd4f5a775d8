import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import { RULES, runRules } from "../../../src/core/rules/index.js";
import type { ModelSpec } from "../../../src/core/types.js";
import { makeEstimate } from "../../support/estimate-fixture.js";
import { yamlDoc } from "../../support/yaml-locator.js";
import { CASES, type RuleCase } from "./cases.js";

function run(c: RuleCase) {
  const doc = yamlDoc(c.yaml);
  const estimate = c.estimate === undefined ? makeEstimate() : c.estimate;
  return runRules(
    doc.value as ModelSpec,
    estimate,
    { file: c.file ?? "models/m.modelspec.yaml", locate: doc.locate },
    DEFAULT_CONFIG,
    c.knownPaths ? { knownPaths: new Set(c.knownPaths) } : undefined,
  );
}

describe("rule table", () => {
  it.each(CASES.map((c) => [`${c.rule} ${c.fires ? "fires" : "stays quiet"}: ${c.name}`, c] as const))(
    "%s",
    (_title, c) => {
      const { findings, suppressed } = run(c);
      const hits = findings.filter((f) => f.code === c.rule);
      if (!c.fires) {
        expect(hits).toEqual([]);
        expect(suppressed.filter((f) => f.code === c.rule)).toEqual([]);
        return;
      }
      expect(hits.length).toBeGreaterThan(0);
      const first = hits[0]!;
      const rule = RULES.find((r) => r.id === c.rule)!;
      expect(first).toMatchObject({
        severity: rule.defaultSeverity,
        source: "rule",
        file: c.file ?? "models/m.modelspec.yaml",
        docsUrl: `docs/rules.md#${c.rule.toLowerCase()}`,
      });
      expect(first.message.length).toBeGreaterThan(10);
      if (c.pointer !== undefined) expect(first.pointer).toBe(c.pointer);
      if (c.line !== undefined) expect(first.line).toBe(c.line);
    },
  );

  it("has a triggering and a non-triggering row for every rule", () => {
    const missing = RULES.flatMap((r) => {
      const rows = CASES.filter((c) => c.rule === r.id);
      const out: string[] = [];
      if (!rows.some((c) => c.fires)) out.push(`${r.id}: no row that triggers it`);
      if (!rows.some((c) => !c.fires)) out.push(`${r.id}: no row that stays quiet`);
      return out;
    });
    expect(missing).toEqual([]);
    const unknown = CASES.filter((c) => !RULES.some((r) => r.id === c.rule)).map((c) => c.rule);
    expect(unknown).toEqual([]);
  });
});

describe("RULES registry", () => {
  it("has at least 25 rules with unique, well-formed ids and one-line texts", () => {
    expect(RULES.length).toBeGreaterThanOrEqual(25);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^MS-[A-Z]+-\d{3}$/);
      expect(r.docsAnchor).toBe(r.id.toLowerCase());
      expect(["error", "warning", "notice"]).toContain(r.defaultSeverity);
      expect(r.title.length).toBeGreaterThan(5);
      expect(r.rationale).not.toContain("\n");
      expect(r.rationale.length).toBeGreaterThan(20);
    }
  });
});
