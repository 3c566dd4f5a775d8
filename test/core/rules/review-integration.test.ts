/** runRules as analyse() uses it: findings land on the spec, and restated estimate findings appear once. */
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import { analyse } from "../../../src/core/review.js";
import type { Config } from "../../../src/core/types.js";

const spec = (type: string, precision: string, extra = "") => `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: chat
${extra}spec:
  identity:
    model:
      id: llama-3-8b-instruct
      family: llama3
      task: text-generation
      framework: vllm
      precision: ${precision}
  runtime:
    accelerator:
      vendor: nvidia
      type: ${type}
      count: 1
    batch:
      maxBatchSize: 8
      maxSequenceLengthTokens: 4096
  governance:
    compliance:
      governance:
        owner: ml-platform
`;

function codesOf(head: string, config: Config = DEFAULT_CONFIG) {
  const review = analyse([{ path: "models/chat.modelspec.yaml", head }], config);
  const s = review.files[0]!.specs[0]!;
  return { active: s.findings.map((f) => f.code), suppressed: s.suppressed.map((f) => f.code) };
}

describe("rules inside analyse()", () => {
  it("reports an unknown GPU once, as MS-ACCEL-001 (estimate/unknown-gpu is dropped)", () => {
    const { active } = codesOf(spec("a100-90gb", "bf16"));
    expect(active).toContain("MS-ACCEL-001");
    expect(active).not.toContain("estimate/unknown-gpu");
  });

  it("switching MS-ACCEL-001 off silences the problem entirely", () => {
    const { active, suppressed } = codesOf(spec("a100-90gb", "bf16"), {
      ...DEFAULT_CONFIG,
      rules: { "MS-ACCEL-001": "off" },
    });
    expect(active.filter((c) => c.includes("unknown-gpu") || c === "MS-ACCEL-001")).toEqual([]);
    expect(suppressed).toContain("MS-ACCEL-001");
  });

  it("flags fp8 on an A100 at the precision field", () => {
    const review = analyse([{ path: "m.modelspec.yaml", head: spec("a100-80gb", "fp8") }], DEFAULT_CONFIG);
    const f = review.files[0]!.specs[0]!.findings.find((x) => x.code === "MS-ACCEL-002");
    expect(f).toMatchObject({ line: 12, pointer: "/spec/identity/model/precision", severity: "warning" });
  });

  it("honours the inline suppression annotation", () => {
    const annotated = spec(
      "a100-80gb",
      "fp8",
      '  annotations:\n    modelspec-review.piqc.ai/ignore: "MS-ACCEL-002: memory is what we need"\n',
    );
    const { active, suppressed } = codesOf(annotated);
    expect(active).not.toContain("MS-ACCEL-002");
    expect(suppressed).toContain("MS-ACCEL-002");
  });
});
