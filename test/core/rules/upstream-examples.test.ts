/**
 * The rules over the upstream ModelSpec examples, with the real estimator: nothing throws, and the
 * estimate-independent findings are exactly the ones a reviewer would expect of each example.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import { estimate } from "../../../src/core/estimate/index.js";
import { RULES, runRules } from "../../../src/core/rules/index.js";
import type { ModelSpec } from "../../../src/core/types.js";
import { yamlDoc } from "../../support/yaml-locator.js";

const DIR = new URL("../../../../shared/modelspec-upstream/examples/", import.meta.url);
const present = existsSync(DIR);

// Rules whose outcome does not depend on estimator figures (those are tested with hand-built estimates).
const NUMBERS = new Set(["MS-BATCH-002", "MS-MEM-001", "MS-MEM-002", "MS-MEM-003", "MS-SERVE-003"]);
const COST = /^MS-COST-/;

const EXPECTED: Record<string, string[]> = {
  "00-minimal.modelspec.yaml": ["MS-GOV-003"],
  // hf:// URIs without a revision follow main.
  "01-artifacts.modelspec.yaml": ["MS-GOV-003", "MS-ID-001", "MS-ID-001"],
  "02-serving.modelspec.yaml": ["MS-BATCH-001", "MS-GOV-003", "MS-SERVE-004"],
  "03-batching.modelspec.yaml": ["MS-GOV-003"],
  "04-scaling.modelspec.yaml": ["MS-GOV-003"],
  "05-observability.modelspec.yaml": ["MS-GOV-003"],
  // specRefs point at files the examples directory does not contain.
  "06-dependencies-rag.modelspec.yaml": ["MS-GOV-003", "MS-PIPE-001", "MS-PIPE-001"],
  // Labelled environment: prod; the output guardrail is optional; no changeApproval.
  "08-full-production.modelspec.yaml": ["MS-GOV-004", "MS-PIPE-001", "MS-PIPE-001", "MS-PIPE-005"],
  "07-governance-minimal.modelspec.yaml": ["MS-GOV-003"],
};

describe.skipIf(!present)("rules on the upstream examples (needs ../shared/modelspec-upstream)", () => {
  const files = present ? readdirSync(DIR).filter((f) => f.endsWith(".yaml")) : [];

  it("covers every example", () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files.map((f) => [f] as const))("%s", (file) => {
    const doc = yamlDoc(readFileSync(new URL(file, DIR), "utf8"));
    const at = { file, locate: doc.locate };
    const spec = doc.value as ModelSpec;
    const est = estimate(spec, DEFAULT_CONFIG, at);
    const { findings } = runRules(spec, est, at, DEFAULT_CONFIG, { knownPaths: new Set(files) });
    const codes = findings.map((f) => f.code).filter((c) => !NUMBERS.has(c) && !COST.test(c));
    expect(codes.sort()).toEqual(EXPECTED[file]);
    for (const f of findings) {
      expect(RULES.some((r) => r.id === f.code)).toBe(true);
      expect(f.line).toBeGreaterThan(0);
    }
  });
});
