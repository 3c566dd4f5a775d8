/**
 * The work one file may cost is bounded whatever its shape (issue #14): the size cap
 * (`maxBytes`, config `limits.maxFileBytes`, at most 10 MiB) and the entry cap (`maxEntries`,
 * 100,000 lines plus commas) are checked on the text before any reader runs, and every reader is
 * linear in the entries. Adversarial shapes over the entry cap are refused before the YAML parser
 * sees them (asserted through a pass-through spy, not the clock); the time bound here is only a hang
 * guard, the figures are in BENCHMARKS.md (`node bench/run.mjs hostile`).
 */
import { describe, expect, it, vi } from "vitest";

const calls = vi.hoisted(() => ({ yaml: 0 }));
vi.mock("yaml", async (importOriginal) => {
  const yaml = await importOriginal<typeof import("yaml")>();
  return {
    ...yaml,
    parseAllDocuments: (...args: Parameters<typeof yaml.parseAllDocuments>) => {
      calls.yaml++;
      return yaml.parseAllDocuments(...args);
    },
  };
});

const { parseFile } = await import("../../src/core/parse.js");
const { validateDocument } = await import("../../src/core/validate.js");

const BUDGET_MS = 5000; // hang guard
const MAX_CONFIG_BYTES = 10 * 1024 * 1024; // the largest limits.maxFileBytes the config accepts

const HEAD = "apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata:\n  name: wide\n";
const labels = (n: number) => Array.from({ length: n }, (_, i) => `l${i.toString(36)}`);

function read(text: string, maxBytes = MAX_CONFIG_BYTES) {
  calls.yaml = 0;
  const start = performance.now();
  const parsed = parseFile("w.yaml", text, { maxBytes });
  const findings = [
    ...parsed.findings,
    ...parsed.documents.flatMap((d) => validateDocument("w.yaml", d, parsed.documents.length > 1)),
  ];
  return { parsed, findings, ms: performance.now() - start, yamlCalls: calls.yaml };
}

// Shapes over the entry cap, each under the largest size cap a config may set.
const OVER: Array<[string, () => string]> = [
  [
    "200,000 keys, block style",
    () =>
      `${HEAD}  labels:\n${labels(200_000)
        .map((k) => `    ${k}: v\n`)
        .join("")}`,
  ],
  [
    "200,000 keys, flow style",
    () =>
      `${HEAD}  labels: { ${labels(200_000)
        .map((k) => `${k}: v`)
        .join(", ")} }\n`,
  ],
  [
    "200,000 keys, JSON",
    () =>
      JSON.stringify({
        apiVersion: "piqc.ai/v1alpha1",
        kind: "ModelSpec",
        metadata: { name: "wide", labels: Object.fromEntries(labels(200_000).map((k) => [k, "v"])) },
      }),
  ],
  ["one 4 MiB line of a flow sequence", () => `${HEAD}x: [${"0,".repeat(2 * 1024 * 1024)}0]\n`],
  [
    "a multi-line flow sequence with an anchor (the yaml path)",
    () => `${HEAD}a: &a 1\nx: [${"0,\n".repeat(60_000)}0]\n`,
  ],
  [
    "100 documents of 1,100 keys",
    () =>
      Array.from(
        { length: 100 },
        () =>
          `${HEAD}${labels(1100)
            .map((k) => `${k}: 1\n`)
            .join("")}`,
      ).join("---\n"),
  ],
  ["10,000-deep flow nesting", () => `${"[".repeat(10_000)}${"]".repeat(10_000)}\n`],
];

describe("adversarial shapes stay within the work bound", () => {
  it.each(OVER)("%s: refused before any YAML parsing", (_name, make) => {
    const text = make();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_CONFIG_BYTES);
    const r = read(text);
    const codes = r.findings.map((f) => f.code);
    // Deep nesting is caught by the depth check before the entry count is reached.
    expect(codes).toEqual([_name.includes("deep") ? "parse/too-deep" : "parse/too-many-entries"]);
    expect(r.parsed.documents).toEqual([]);
    expect(r.yamlCalls).toBe(0);
    expect(r.ms).toBeLessThan(BUDGET_MS);
  });

  it("a 1 MiB line holding one key is a syntax error (yaml's 1,024-character key limit), read once", () => {
    const r = read(`${"k".repeat(1_000_000)}: 1\n`);
    expect(r.findings.map((f) => f.code)).toEqual(["parse/syntax"]);
    expect(r.yamlCalls).toBe(1);
    expect(r.ms).toBeLessThan(BUDGET_MS);
  });

  it("a 1 MiB plain scalar of many words is one value, read by the fast reader", () => {
    const r = read(`${HEAD}  description: ${"word ".repeat(200_000)}\n`, 1024 * 1024);
    expect(r.parsed.findings).toEqual([]);
    expect(r.yamlCalls).toBe(0);
    expect(r.ms).toBeLessThan(BUDGET_MS);
  });

  it("the 1 MB spec with 80,000 labels is under both caps and valid, without the yaml package", () => {
    const spec = {
      apiVersion: "piqc.ai/v1alpha1",
      kind: "ModelSpec",
      metadata: { name: "wide", labels: Object.fromEntries(labels(80_000).map((k) => [k, "v"])) },
      spec: {
        identity: {
          model: { id: "llama-3-8b", family: "llama3", task: "text-generation", framework: "vllm" },
        },
        runtime: { accelerator: { vendor: "nvidia", type: "h100", count: 1 } },
      },
    };
    for (const text of [
      JSON.stringify(spec),
      `${HEAD}  labels:\n${labels(80_000)
        .map((k) => `    ${k}: v\n`)
        .join(
          "",
        )}spec:\n  identity:\n    model: {id: a, family: b, task: c, framework: d}\n  runtime:\n    accelerator: {vendor: nvidia, type: h100, count: 1}\n`,
    ]) {
      const r = read(text, 1024 * 1024);
      expect(r.findings).toEqual([]);
      expect(r.yamlCalls).toBe(0);
      expect(r.ms).toBeLessThan(BUDGET_MS);
    }
  });
});
