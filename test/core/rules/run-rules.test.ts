import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import { isProduction, parseSuppressions, RULES, runRules } from "../../../src/core/rules/index.js";
import type { Config, ModelSpec } from "../../../src/core/types.js";
import { makeEstimate } from "../../support/estimate-fixture.js";
import { yamlDoc } from "../../support/yaml-locator.js";

const withRules = (rules: Config["rules"]): Config => ({ ...DEFAULT_CONFIG, rules });

// Fires MS-SCALE-001 (error, line 11) and MS-SCALE-003 (error, line 13).
const BAD_SCALING = `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: m
  annotations:
    owner: team
spec:
  operations:
    scaling:
      minReplicas: 4
      maxReplicas: 2
      warmPool:
        size: 3
`;

function review(text: string, config: Config = DEFAULT_CONFIG, document?: number) {
  const doc = yamlDoc(text);
  return runRules(
    doc.value as ModelSpec,
    makeEstimate(),
    { file: "m.yaml", locate: doc.locate, ...(document === undefined ? {} : { document }) },
    config,
  );
}
const codes = (fs: { code: string }[]) => fs.map((f) => f.code);

describe("runRules: repo config", () => {
  it("uses the default severity without overrides", () => {
    const { findings } = review(BAD_SCALING);
    expect(findings.find((f) => f.code === "MS-SCALE-001")?.severity).toBe("error");
  });

  it.each([["warning"], ["notice"], ["error"]] as const)("overrides the severity to %s", (sev) => {
    const { findings } = review(BAD_SCALING, withRules({ "MS-SCALE-001": sev }));
    expect(findings.find((f) => f.code === "MS-SCALE-001")?.severity).toBe(sev);
  });

  it('moves a rule set to "off" into suppressed, attributed to the config', () => {
    const { findings, suppressed } = review(BAD_SCALING, withRules({ "MS-SCALE-001": "off" }));
    expect(codes(findings)).not.toContain("MS-SCALE-001");
    expect(suppressed).toEqual([
      expect.objectContaining({ code: "MS-SCALE-001", suppressedBy: "config", severity: "error" }),
    ]);
  });

  it("ignores settings for unknown ids and junk values", () => {
    const cfg = withRules({ "MS-NOPE-001": "off", "MS-SCALE-001": "loud" as never });
    const { findings } = review(BAD_SCALING, cfg);
    expect(findings.find((f) => f.code === "MS-SCALE-001")?.severity).toBe("error");
  });
});

describe("runRules: inline suppression", () => {
  const annotated = (value: string) =>
    BAD_SCALING.replace(
      "    owner: team\n",
      `    owner: team\n    modelspec-review.piqc.ai/ignore: ${JSON.stringify(value)}\n`,
    );

  it("suppresses the named rules and keeps the reason", () => {
    const { findings, suppressed } = review(
      annotated("MS-SCALE-001: migration in two steps, fixed in #42, MS-SCALE-003: pool shrinks next PR"),
    );
    expect(codes(findings)).toEqual([]);
    expect(suppressed.map((s) => [s.code, s.suppressedBy, s.reason])).toEqual([
      ["MS-SCALE-001", "annotation", "migration in two steps, fixed in #42"],
      ["MS-SCALE-003", "annotation", "pool shrinks next PR"],
    ]);
  });

  it("accepts semicolons and newlines and lower-case ids", () => {
    const entries = parseSuppressions(
      yamlDoc(annotated("ms-scale-001: a; MS-SCALE-005: b\nMS-OBS-001: c, d")).value as ModelSpec,
    );
    expect(entries.map((e) => [e.id, e.reason])).toEqual([
      ["MS-SCALE-001", "a"],
      ["MS-SCALE-005", "b"],
      ["MS-OBS-001", "c, d"],
    ]);
  });

  it("does not apply a suppression without a reason and reports it", () => {
    const { findings, suppressed } = review(annotated("MS-SCALE-001"));
    expect(codes(findings)).toContain("MS-SCALE-001");
    expect(codes(findings)).toContain("MS-SUPPRESS-001");
    expect(suppressed).toEqual([]);
  });

  it("cannot silence the suppression rules themselves", () => {
    const { findings } = review(annotated("MS-SUPPRESS-002: nope, MS-BOGUS-001: x"));
    expect(codes(findings)).toContain("MS-SUPPRESS-002");
  });

  it("lets the config switch the suppression rules off", () => {
    const { findings } = review(annotated("MS-SCALE-001"), withRules({ "MS-SUPPRESS-001": "off" }));
    expect(codes(findings)).not.toContain("MS-SUPPRESS-001");
  });
});

describe("runRules: findings", () => {
  it("carries the document index of multi-document files and sorts by line", () => {
    const { findings } = review(BAD_SCALING, DEFAULT_CONFIG, 2);
    expect(findings.every((f) => f.document === 2)).toBe(true);
    const lines = findings.map((f) => f.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it("omits the document index for single-document files", () => {
    const { findings } = review(BAD_SCALING);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => !("document" in f))).toBe(true);
  });

  it("never throws, whatever the document holds (specs that failed validation reach the rules too)", () => {
    const estimate = fc.option(fc.constant(makeEstimate()), { nil: null });
    fc.assert(
      fc.property(fc.anything({ maxDepth: 6 }), estimate, (junk, est) => {
        const out = runRules(
          junk as ModelSpec,
          est,
          { file: "x", locate: () => ({ line: 1, column: 1 }) },
          DEFAULT_CONFIG,
        );
        expect(Array.isArray(out.findings)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // Shapes close to a spec, with wrong types in every place.
    const wrong = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string()),
      fc.object(),
    );
    const specLike = fc.record({
      metadata: fc.record({ labels: wrong, annotations: wrong }),
      spec: fc.record({
        identity: fc.record({ model: fc.record({ framework: wrong, precision: wrong }) }),
        runtime: fc.record({
          accelerator: wrong,
          batch: wrong,
          environment: fc.record({ variables: wrong }),
        }),
        operations: fc.record({ serving: wrong, scaling: wrong, observability: wrong }),
        pipeline: fc.record({ dependencies: wrong }),
        governance: fc.record({ compliance: wrong, cost: wrong }),
      }),
    });
    fc.assert(
      fc.property(specLike, (s) => {
        runRules(
          s as ModelSpec,
          makeEstimate(),
          { file: "x", locate: () => ({ line: 1, column: 1 }) },
          DEFAULT_CONFIG,
          {
            knownPaths: new Set(),
          },
        );
      }),
      { numRuns: 300 },
    );
  });

  it("reports nothing for a complete, well-run production spec", () => {
    const text = `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: good
  version: "2025-01"
  labels:
    environment: production
spec:
  identity:
    model:
      id: llama-3-8b-instruct
      framework: vllm
      precision: bf16
  runtime:
    accelerator:
      vendor: nvidia
      type: h100
      count: 1
    batch:
      maxBatchSize: 32
      maxSequenceLengthTokens: 8192
  operations:
    serving:
      readinessProbe:
        path: /ready
      livenessProbe:
        path: /live
      maxConcurrency: 32
      timeoutSeconds: 120
    scaling:
      minReplicas: 2
      maxReplicas: 6
      targetLatencyMsP95: 800
      targetRps: 40
    observability:
      metrics:
        enabled: true
      logging:
        level: info
      tracing:
        enabled: true
  governance:
    compliance:
      pii:
        allowed: false
      retention:
        logsDays: 30
      governance:
        owner: ml-platform
        changeApproval: ml-leads
`;
    const { findings } = review(text);
    expect(findings).toEqual([]);
  });
});

describe("runRules: estimate findings restated as rules", () => {
  const unknownGpu = makeEstimate({
    gpu: { declared: "a100-90gb", resolvedAs: null, confidence: "unknown" },
  });
  unknownGpu.findings.push({
    code: "estimate/unknown-gpu",
    severity: "warning",
    source: "estimate",
    file: "m.yaml",
    pointer: "/spec/runtime/accelerator/type",
    line: 1,
    column: 1,
    message: "unknown",
    hint: 'Did you mean "a100-80gb"?',
  });
  const text = "spec:\n  runtime:\n    accelerator:\n      type: a100-90gb\n";
  const at = () => ({ file: "m.yaml", locate: yamlDoc(text).locate });

  it("reports the superseded estimate code and reuses the estimate's hint", () => {
    const out = runRules(yamlDoc(text).value as ModelSpec, unknownGpu, at(), DEFAULT_CONFIG);
    expect(out.supersededEstimateCodes).toEqual(["estimate/unknown-gpu"]);
    expect(out.findings.find((f) => f.code === "MS-ACCEL-001")?.hint).toBe('Did you mean "a100-80gb"?');
  });

  it("still supersedes when the rule is switched off, so the problem disappears entirely", () => {
    const out = runRules(
      yamlDoc(text).value as ModelSpec,
      unknownGpu,
      at(),
      withRules({ "MS-ACCEL-001": "off" }),
    );
    expect(out.supersededEstimateCodes).toEqual(["estimate/unknown-gpu"]);
    expect(codes(out.findings)).not.toContain("MS-ACCEL-001");
  });

  it("supersedes nothing when the GPU is known", () => {
    const out = runRules(yamlDoc(text).value as ModelSpec, makeEstimate(), at(), DEFAULT_CONFIG);
    expect(out.supersededEstimateCodes).toEqual([]);
  });
});

describe("isProduction", () => {
  it.each([
    [{ env: "production" }, true],
    [{ environment: "prod" }, true],
    [{ Environment: "PROD" }, true],
    [{ stage: "prd" }, true],
    [{ "app.kubernetes.io/environment": "production" }, true],
    [{ env: "staging" }, false],
    [{ team: "production" }, false],
    [{}, false],
  ])("%o → %s", (labels, expected) => {
    expect(isProduction({ metadata: { labels } })).toBe(expected);
  });

  it("is false without labels or with junk labels", () => {
    expect(isProduction({})).toBe(false);
    expect(isProduction({ metadata: { labels: "prod" as never } })).toBe(false);
  });
});

describe("RULES and runRules agree", () => {
  it("every finding code is a registered rule", () => {
    const ids = new Set<string>(RULES.map((r) => r.id));
    const { findings } = review(BAD_SCALING);
    for (const f of findings) expect(ids.has(f.code)).toBe(true);
  });
});
