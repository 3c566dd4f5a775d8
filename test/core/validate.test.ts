import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/core/parse.js";
import { fieldName, isModelSpec, nearest, validateDocument } from "../../src/core/validate.js";

const VALID = `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: demo
spec:
  identity:
    model:
      id: llama-3-8b-instruct
      family: llama3
      task: text-generation
      framework: vllm
  runtime:
    accelerator:
      vendor: nvidia
      type: h100
      count: 1
  operations:
    serving:
      protocol: http
      port: 8000
    scaling:
      minReplicas: 1
      maxReplicas: 4
  pipeline:
    dependencies:
      - id: embedder
        role: input
`;

function check(text: string) {
  const parsed = parseFile("spec.modelspec.yaml", text);
  expect(parsed.findings).toEqual([]);
  return validateDocument("spec.modelspec.yaml", parsed.documents[0]!, false);
}

describe("validateDocument", () => {
  it("accepts a valid spec", () => {
    expect(check(VALID)).toEqual([]);
  });

  // [name, edit, code, line, column, message fragment]
  const cases: Array<[string, (t: string) => string, string, number, number, string]> = [
    [
      "count below minimum",
      (t) => t.replace("count: 1", "count: 0"),
      "schema/minimum",
      16,
      7,
      "spec.runtime.accelerator.count must be an integer ≥ 1, got 0.",
    ],
    [
      "count not an integer",
      (t) => t.replace("count: 1", "count: 1.5"),
      "schema/type",
      16,
      7,
      "spec.runtime.accelerator.count must be an integer ≥ 1, got 1.5.",
    ],
    [
      "quoted number",
      (t) => t.replace("port: 8000", 'port: "8000"'),
      "schema/type",
      20,
      7,
      'spec.operations.serving.port must be an integer from 1 to 65535, got "8000".',
    ],
    [
      "port above maximum",
      (t) => t.replace("port: 8000", "port: 70000"),
      "schema/maximum",
      20,
      7,
      "spec.operations.serving.port must be an integer from 1 to 65535, got 70000.",
    ],
    [
      "typo in a key",
      (t) => t.replace("maxReplicas: 4", "maxReplica: 4"),
      "schema/additional-property",
      23,
      7,
      'spec.operations.scaling has an unknown field "maxReplica": did you mean "maxReplicas"?',
    ],
    [
      "missing required field",
      (t) => t.replace("      vendor: nvidia\n", ""),
      "schema/required",
      13,
      5,
      'spec.runtime.accelerator is missing the required field "vendor".',
    ],
    [
      "bad enum",
      (t) => t.replace("protocol: http", "protocol: https"),
      "schema/enum",
      19,
      7,
      'spec.operations.serving.protocol must be one of "http", "grpc", got "https" (did you mean "http"?).',
    ],
    [
      "bad enum in a list item",
      (t) => t.replace("role: input", "role: inputs"),
      "schema/enum",
      27,
      9,
      'spec.pipeline.dependencies[0].role must be one of "input", "guardrail", "reranker", "postprocess", "custom", got "inputs" (did you mean "input"?).',
    ],
    [
      "wrong apiVersion",
      (t) => t.replace("piqc.ai/v1alpha1", "piqc.ai/v1"),
      "schema/const",
      1,
      1,
      'apiVersion must be "piqc.ai/v1alpha1", got "piqc.ai/v1".',
    ],
    [
      "missing metadata",
      (t) => t.replace("metadata:\n  name: demo\n", ""),
      "schema/required",
      1,
      1,
      'The document is missing the required field "metadata".',
    ],
  ];
  it.each(cases)("%s", (_name, edit, code, line, column, message) => {
    const findings = check(edit(VALID));
    expect(findings.map((f) => f.code)).toEqual([code]);
    expect(findings[0]).toMatchObject({
      line,
      column,
      message,
      severity: "error",
      source: "schema",
      file: "spec.modelspec.yaml",
    });
  });

  it("reports a wrong-type enum value once (type, not enum as well)", () => {
    const findings = check(VALID.replace("protocol: http", "protocol: 5"));
    expect(findings.map((f) => f.code)).toEqual(["schema/type"]);
  });

  it("lists the allowed keys in the hint", () => {
    const [f] = check(VALID.replace("maxReplicas: 4", "maxReplica: 4"));
    expect(f!.hint).toBe(
      "Allowed fields: minReplicas, maxReplicas, strategy, targetLatencyMsP95, targetRps, warmPool.",
    );
    expect(f!.pointer).toBe("/spec/operations/scaling/maxReplica");
  });

  it("sets the document index only for multi-document files", () => {
    const parsed = parseFile("f.yaml", `${VALID}---\n${VALID.replace("count: 1", "count: 0")}`);
    const findings = parsed.documents.flatMap((d) => validateDocument("f.yaml", d, true));
    expect(findings).toMatchObject([
      { code: "schema/minimum", document: 1, line: 16 + VALID.split("\n").length },
    ]);
  });
});

describe("helpers", () => {
  it("isModelSpec needs both apiVersion and kind", () => {
    expect(isModelSpec({ apiVersion: "piqc.ai/v1alpha1", kind: "ModelSpec" })).toBe(true);
    expect(isModelSpec({ apiVersion: "piqc.ai/v1alpha1", kind: "Other" })).toBe(false);
    expect(isModelSpec({ apiVersion: "v1", kind: "ModelSpec" })).toBe(false);
    expect(isModelSpec([])).toBe(false);
    expect(isModelSpec(null)).toBe(false);
  });
  it.each([
    ["/spec/pipeline/dependencies/0/role", "spec.pipeline.dependencies[0].role"],
    ["/metadata/labels/app.kubernetes.io~1name", 'metadata.labels["app.kubernetes.io/name"]'],
    ["", ""],
  ])("fieldName(%s)", (p, name) => expect(fieldName(p)).toBe(name));
  it.each([
    ["maxReplica", "maxReplicas"],
    ["MINREPLICAS", "minReplicas"],
    ["replicas", "minReplicas"],
    ["zzz", undefined],
  ])("nearest(%s)", (w, s) => expect(nearest(w, ["minReplicas", "maxReplicas", "strategy"])).toBe(s));
});
