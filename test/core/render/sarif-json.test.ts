import { describe, expect, it } from "vitest";
import { reportValidator, sarifSchemaText, sarifValidator } from "../../support/report-schemas.js";
import { renderSarif } from "../../../src/core/render/sarif.js";
import { renderJson } from "../../../src/core/render/json.js";
import { HOSTILE } from "../../support/hostile.js";
import {
  estimateFor,
  fileReview,
  finding,
  review,
  side,
  specDoc,
  specReview,
  typicalReview,
} from "../../support/review-fixtures.js";

const validateSarif = sarifValidator();

it("the SARIF schema uses no draft-04-only keywords Ajv 8 would misread", () => {
  expect(sarifSchemaText).not.toMatch(/"exclusiveM(in|ax)imum":\s*true/);
});
const CTX = {
  tag: "default",
  headSha: "b".repeat(40),
  repoUrl: "https://github.com/acme/models",
  toolVersion: "0.1.0",
};

function hostileReview() {
  const files = HOSTILE.map((h, i) => {
    const path = `models/x${i}.modelspec.yaml`;
    return fileReview(path, [
      specReview({
        name: h,
        findings: [
          finding({
            file: path,
            code: `MS-H-${i}`,
            message: h,
            hint: h,
            line: i + 1,
            endLine: i + 2,
            endColumn: 4,
          }),
        ],
      }),
    ]);
  });
  return review(files);
}

describe("SARIF 2.1.0", () => {
  it.each([
    ["typical", typicalReview()],
    ["hostile", hostileReview()],
    ["empty", review([])],
  ])("validates against the official schema (%s)", (_name, r) => {
    const log = JSON.parse(renderSarif(r, CTX));
    const ok = validateSarif(log);
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("the validator is not a pushover", () => {
    const log = JSON.parse(renderSarif(typicalReview(), CTX));
    log.runs[0].results[0].level = "fatal";
    expect(validateSarif(log)).toBe(false);
  });

  it("has rules with help and results with regions on head files", () => {
    const log = JSON.parse(renderSarif(typicalReview(), CTX));
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: "modelspec-review", version: "0.1.0" });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["MS-GOV-002", "MS-SCALE-001"]);
    expect(run.tool.driver.rules[1].help.text).toContain("rules: { MS-SCALE-001: off }");
    expect(run.results).toHaveLength(2);
    expect(run.results[0]).toMatchObject({
      ruleId: "MS-SCALE-001",
      ruleIndex: 1,
      level: "warning",
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "models/chat.modelspec.yaml" },
            region: { startLine: 14, startColumn: 7 },
          },
        },
      ],
    });
    expect(run.results[1]).toMatchObject({ ruleId: "MS-GOV-002", level: "error" });
    expect(run.versionControlProvenance).toEqual([
      { repositoryUri: "https://github.com/acme/models", revisionId: "b".repeat(40) },
    ]);
    expect(run.automationDetails.id).toBe("modelspec-review/default/");
  });
});

describe("JSON report", () => {
  const validate = reportValidator();

  it.each([
    ["typical", typicalReview()],
    ["hostile", hostileReview()],
    [
      "unknown model",
      review([
        fileReview("a.yaml", [
          specReview({ name: "a", head: side(specDoc("a"), estimateFor({ unknown: true })) }),
        ]),
      ]),
    ],
  ])("validates against schema/report.v1.json (%s)", (_n, r) => {
    const doc = JSON.parse(renderJson(r, CTX));
    validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(doc).toMatchObject({
      schemaVersion: 1,
      tool: { name: "modelspec-review", version: "0.1.0" },
      headSha: "b".repeat(40),
    });
  });

  it("rejects a report missing its summary", () => {
    const doc = JSON.parse(renderJson(typicalReview(), CTX));
    delete doc.summary;
    expect(validate(doc)).toBe(false);
  });
});
