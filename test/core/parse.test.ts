import { describe, expect, it } from "vitest";
import { parse as yamlParse } from "yaml";
import { countEntries, jsonParse, quickDocument } from "../../src/core/parse-fast.js";
import { decodeText, parseFile, parseFileFull } from "../../src/core/parse.js";

const SPEC = `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: demo # a comment
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
      count: 2
  pipeline:
    dependencies:
      - id: embedder
        role: input
      - id: reranker
        role: reranker
`;

function codes(text: string) {
  return parseFile("f.yaml", text).findings.map((f) => f.code);
}

describe("parseFile: values", () => {
  const cases: Array<[string, string]> = [
    ["plain block YAML", SPEC],
    ["CRLF line endings", SPEC.replace(/\n/g, "\r\n")],
    ["a BOM", `\uFEFF${SPEC}`],
    [
      "flow style",
      `{apiVersion: piqc.ai/v1alpha1, kind: ModelSpec, metadata: {name: x}, list: [1, 2, {a: b}]}`,
    ],
    [
      "JSON",
      JSON.stringify({ apiVersion: "piqc.ai/v1alpha1", kind: "ModelSpec", n: [1, 2.5, null, true] }, null, 2),
    ],
    ["anchors and aliases", `base: &b {vendor: nvidia, type: h100}\ncopy: *b\n`],
    ["block scalars", `description: |\n  line one\n  line two\nfolded: >\n  a\n  b\n`],
    ["leading document marker", `---\n${SPEC}`],
  ];
  it.each(cases)("reads %s exactly as YAML 1.2 does", (_name, text) => {
    const parsed = parseFile("f.yaml", text);
    expect(parsed.findings).toEqual([]);
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0]!.value).toEqual(yamlParse(text.replace(/^\uFEFF/, "")));
  });

  it("reads each document of a multi-document file, keeping indices", () => {
    const parsed = parseFile("f.yaml", `${SPEC}---\n${SPEC.replace("demo", "second")}`);
    expect(parsed.findings).toEqual([]);
    expect(parsed.documents.map((d) => d.index)).toEqual([0, 1]);
    expect((parsed.documents[1]!.value as { metadata: { name: string } }).metadata.name).toBe("second");
  });
});

describe("parseFile: problems are findings with positions", () => {
  const cases: Array<[string, string, string, number, number]> = [
    ["empty file", "", "parse/empty", 1, 1],
    ["comments only", "# nothing here\n", "parse/empty", 1, 1],
    ["a list root", "- a\n- b\n", "parse/not-a-mapping", 1, 1],
    ["a scalar root", "hello\n", "parse/not-a-mapping", 1, 1],
    ["duplicate keys", "a: 1\nb: 2\na: 3\n", "parse/duplicate-key", 3, 1],
    ["bad indentation", "a:\n  b: 1\n c: 2\n", "parse/syntax", 3, 1],
    ["unclosed flow", "a: [1, 2\n", "parse/syntax", 2, 1],
    ["a custom tag", "a: 1\nb: !!js/function 'x'\n", "parse/unknown-tag", 2, 4],
    ["NUL byte", "a: 1\nb: x\u0000y\n", "parse/invalid-character", 2, 5],
    ["__proto__ key", "a: 1\n__proto__: {polluted: true}\n", "parse/forbidden-key", 2, 1],
  ];
  it.each(cases)("%s", (_name, text, code, line, column) => {
    const parsed = parseFile("f.yaml", text);
    const f = parsed.findings.find((x) => x.code === code);
    expect(f, JSON.stringify(parsed.findings)).toBeDefined();
    expect({ line: f!.line, column: f!.column }).toEqual({ line, column });
    expect(f!.source).toBe("parse");
    expect(f!.file).toBe("f.yaml");
  });

  it("keeps a document with duplicate keys (last wins) but reports them", () => {
    const parsed = parseFile("f.yaml", "a: 1\na: 2\n");
    expect(parsed.documents[0]!.value).toEqual({ a: 2 });
    expect(codes("a: 1\na: 2\n")).toEqual(["parse/duplicate-key"]);
  });

  it("drops __proto__ keys from the value and never pollutes prototypes", () => {
    const parsed = parseFile("f.yaml", "__proto__:\n  polluted: true\nb: 1\n");
    const v = parsed.documents[0]!.value as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(v, "__proto__")).toBe(false);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(v).toEqual({ b: 1 });
  });

  it("marks findings of multi-document files with the document index", () => {
    const parsed = parseFile("f.yaml", "a: 1\n---\n- x\n");
    expect(parsed.findings).toMatchObject([{ code: "parse/not-a-mapping", document: 1, line: 3 }]);
    expect(parsed.documents.map((d) => d.index)).toEqual([0]);
  });

  it("reads exactly maxDocuments documents and reports the rest", () => {
    const doc = (i: number) => `n: ${i}\n`;
    const five = ["---\n", ...[0, 1, 2, 3, 4].map((i) => `${doc(i)}---\n`)].join("").replace(/---\n$/, "");
    const atLimit = parseFile("f.yaml", five, { maxDocuments: 5 });
    expect(atLimit.findings).toEqual([]);
    expect(atLimit.documents.map((d) => d.value)).toEqual([0, 1, 2, 3, 4].map((n) => ({ n })));
    const over = parseFile("f.yaml", five, { maxDocuments: 3 });
    expect(over.findings).toMatchObject([{ code: "parse/too-many-documents", line: 7, column: 1 }]);
    expect(over.documents.map((d) => d.value)).toEqual([0, 1, 2].map((n) => ({ n })));
  });

  it("reports invalid UTF-8 from bytes", () => {
    const r = decodeText("f.yaml", new Uint8Array([0x61, 0x3a, 0x20, 0x0a, 0x62, 0x3a, 0xff]));
    expect("finding" in r && r.finding).toMatchObject({ code: "parse/invalid-encoding", line: 2 });
    expect(decodeText("f.yaml", new TextEncoder().encode("a: é"))).toEqual({ text: "a: é" });
  });
});

describe("locate", () => {
  const paths: Array<[string, number, number]> = [
    ["", 1, 1],
    ["/metadata/name", 4, 3],
    ["/spec/runtime/accelerator/count", 16, 7],
    ["/spec/runtime/accelerator", 13, 5],
    ["/spec/pipeline/dependencies/1", 21, 9],
    ["/spec/pipeline/dependencies/1/role", 22, 9],
    ["/spec/runtime/accelerator/missing", 13, 5],
    ["/spec/pipeline/dependencies/7/x", 18, 5],
  ];
  for (const [variant, text] of [
    ["fast path", SPEC],
    ["full path (CRLF + anchor)", `${SPEC.replace(/\n/g, "\r\n")}x: &a 1\r\n`],
  ] as const) {
    it.each(paths)(`${variant}: %s → %i:%i`, (pointer, line, column) => {
      const pos = parseFile("f.yaml", text).documents[0]!.locate(pointer);
      expect({ line: pos.line, column: pos.column }).toEqual({ line, column });
    });
  }

  it("ends a scalar member's range at the end of its value", () => {
    const pos = parseFile("f.yaml", SPEC).documents[0]!.locate("/metadata/name");
    expect(pos).toEqual({ line: 4, column: 3, endLine: 4, endColumn: 13 });
  });

  it("follows aliases", () => {
    const pos = parseFile("f.yaml", "base: &b\n  count: 1\ncopy: *b\n").documents[0]!.locate("/copy/count");
    expect(pos.line).toBe(2);
  });
});

describe("the fast readers and the full parser agree on the cases issue #14 found", () => {
  const NBSP = "\u00a0";
  it("keeps a trailing NBSP as content of a plain scalar, as YAML does", () => {
    const parsed = parseFile("f.yaml", `replicas: 2${NBSP}\n`);
    expect(parsed.documents[0]!.value).toEqual({ replicas: `2${NBSP}` });
    expect(parsed.documents[0]!.value).toEqual(yamlParse(`replicas: 2${NBSP}\n`));
  });

  it("reports content after a closing quote (an NBSP is not a space) as a syntax error", () => {
    expect(codes(`name: 'x'${NBSP}\n`)).toEqual(["parse/syntax"]);
  });

  it("reports keys longer than 1,024 characters as yaml does, at any indentation", () => {
    for (const [prefix, indent] of [
      ["", ""],
      ["a:\n", "  "],
      ["a:\n- x: 1\n", "  "],
    ] as const) {
      expect(codes(`${prefix}${indent}${"k".repeat(1024)}: 1\n`)).toEqual([]);
      expect(codes(`${prefix}${indent}${"k".repeat(1025)}: 1\n`)).toEqual(["parse/syntax"]);
    }
  });

  it("finds duplicate keys in JSON and in flow style, at the repeated key", () => {
    const json = parseFile("f.json", '{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}\n');
    expect(json.findings).toMatchObject([{ code: "parse/duplicate-key", line: 4, column: 3 }]);
    expect(json.documents[0]!.value).toEqual({ a: 3, b: 2 });
    const flow = parseFile("f.yaml", "m: {x: 1, y: 2, x: 3}\n");
    expect(flow.findings).toMatchObject([{ code: "parse/duplicate-key", line: 1, column: 17 }]);
  });

  it.each([
    ["nested", '{"a": {"b": 1, "c": 2, "b": 3}}\n', { a: { b: 3, c: 2 } }],
    ["whose first value was an object", '{"a": {"x": 1, "y": 2}, "a": 1}\n', { a: 1 }],
    ["inside a list", '{"l": [{"k": 1}, {"k": 1, "k": 2}]}\n', { l: [{ k: 1 }, { k: 2 }] }],
    ["written with an escape", '{"a": 1, "\\u0061": 2}\n', { a: 2 }],
  ])("a JSON key repeated %s is left to the full path, which reports it", (_name, text, value) => {
    expect(jsonParse(text)).toBeUndefined();
    const parsed = parseFile("f.json", text);
    expect(parsed.findings.map((f) => f.code)).toEqual(["parse/duplicate-key"]);
    expect(parsed.documents[0]!.value).toEqual(value);
  });

  it("an escaped __proto__ key in JSON is caught without slicing every key", () => {
    const text = '{"ok": {"\\u005f_proto__": {"polluted": true}}}\n';
    expect(jsonParse(text)).toBeUndefined();
    expect(parseFile("f.json", text).findings.map((f) => f.code)).toEqual(["parse/forbidden-key"]);
    expect(jsonParse('{"a": {"__proto_": 1, "__proto__x": 2}}\n')?.value).toEqual({
      a: { __proto_: 1, __proto__x: 2 },
    });
  });

  it("locates members of JSON documents at their key, to the end of their value", () => {
    const text = '{\n  "spec": {\n    "count": 0\n  }\n}\n';
    const doc = parseFile("f.json", text).documents[0]!;
    expect(doc.locate("/spec/count")).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 15 });
    expect(doc.locate("/spec")).toEqual({ line: 2, column: 3, endLine: 4, endColumn: 4 });
  });
});

describe("the entry cap (lines plus commas) bounds every reader", () => {
  it("counts lines whichever line breaks a file uses, plus commas, plus one", () => {
    expect(countEntries("", 10)).toBe(1);
    expect(countEntries("a: 1\nb: 2\n", 10)).toBe(3);
    expect(countEntries("a: 1\r\nb: 2\r\n", 10)).toBe(3); // CRLF is one line break
    expect(countEntries("a: 1\rb: 2\r", 10)).toBe(3); // CR-only lines count too
    expect(countEntries('{"a": [1, 2, 3], "b": 4}', 10)).toBe(4);
    // Counting stops just past the limit, whatever the size of the text.
    expect(countEntries("\n".repeat(1000), 10)).toBe(12);
    expect(countEntries(",".repeat(1000), 10)).toBeGreaterThan(10);
  });

  // Six entries: five lines of content and their final line break, plus one.
  const six = "a: 1\nb: 2\nc: [3]\nd: 4\ne: 5\n";

  it.each([
    ["block", six],
    ["flow", "{a: 1, b: 2, c: [3], d: 4, e: 5}\n"],
    ["JSON", '{"a": 1, "b": 2, "c": [3], "d": 4, "e": 5}\n'],
    ["a yaml-path text (anchor)", "a: &x 1\nb: *x\nc: [3]\nd: 4\ne: 5\n"],
  ])("%s: read at the cap, refused one entry over it, the same on both paths", (_name, text) => {
    expect(countEntries(text, 100)).toBe(6);
    for (const parse of [parseFile, parseFileFull]) {
      const at = parse("f.yaml", text, { maxEntries: 6 });
      expect(at.findings).toEqual([]);
      expect(at.documents).toHaveLength(1);
      const over = parse("f.yaml", text, { maxEntries: 5 });
      expect(over.documents).toEqual([]);
      expect(over.findings).toMatchObject([
        { code: "parse/too-many-entries", severity: "error", line: 1, column: 1 },
      ]);
      expect(over.findings[0]!.message).toContain("more than 5 entries");
    }
  });

  it("lines that end in a lone CR count as lines", () => {
    for (const parse of [parseFile, parseFileFull]) {
      const over = parse("f.yaml", six.replace(/\n/g, "\r"), { maxEntries: 5 });
      expect(over.findings.map((f) => f.code)).toEqual(["parse/too-many-entries"]);
    }
  });

  it("the CLI's quick reading leaves an over-cap file to parseFile, which reports it", () => {
    expect(quickDocument(six, { maxEntries: 6 })?.value).toEqual({ a: 1, b: 2, c: [3], d: 4, e: 5 });
    expect(quickDocument(six, { maxEntries: 5 })).toBeUndefined();
  });

  it("the default cap is 100,000 entries", () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: v\n`).join("");
    expect(parseFile("f.yaml", keys(99_999)).findings).toEqual([]);
    expect(parseFile("f.yaml", keys(100_000)).findings.map((f) => f.code)).toEqual([
      "parse/too-many-entries",
    ]);
  });
});
