/**
 * Hostile input at the parse level: every case must come back as a finding (never an exception,
 * never a hang, never a polluted prototype). The time bound here is only a hang guard: how fast each
 * case is (well under a second) is measured by `npm run bench` and recorded in BENCHMARKS.md, not
 * asserted by a wall-clock test that a loaded CI machine could fail.
 */
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/core/parse.js";
import { validateDocument } from "../../src/core/validate.js";

const BUDGET_MS = 5000; // hang guard, see above
const MiB = 1024 * 1024;

const billionLaughs =
  "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
  Array.from({ length: 9 }, (_, i) => {
    const prev = i === 0 ? "a" : `b${i - 1}`;
    return `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(", ")}]`;
  }).join("\n") +
  "\n";

const aliasChain =
  "a0: &a0 [x]\n" +
  Array.from({ length: 1500 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]`).join("\n") +
  "\n";

// [name, text, expected code]
const CASES: Array<[string, () => string, string]> = [
  ["billion laughs (alias bomb)", () => billionLaughs, "parse/alias-limit"],
  ["alias chain deeper than the depth limit", () => aliasChain, "parse/alias-limit"],
  ["10 MB file", () => `a: ${"x".repeat(10 * MiB)}\n`, "parse/too-large"],
  ["10,000-deep flow nesting", () => `${"[".repeat(10000)}${"]".repeat(10000)}\n`, "parse/too-deep"],
  ["10,000-deep block sequence", () => `${"- ".repeat(10000)}x\n`, "parse/too-deep"],
  [
    "1,400-deep block mapping",
    () => Array.from({ length: 1400 }, (_, i) => `${" ".repeat(i)}k:`).join("\n") + " 1\n",
    "parse/too-deep",
  ],
  ["nested implicit keys on one line", () => `${"a: ".repeat(5000)}1\n`, "parse/too-deep"],
  [
    "65-deep mapping (just over the limit)",
    () => Array.from({ length: 65 }, (_, i) => `${" ".repeat(i)}k:`).join("\n") + " 1\n",
    "parse/too-deep",
  ],
  [
    "__proto__ key",
    () => "__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n",
    "parse/forbidden-key",
  ],
  ["__proto__ in flow style", () => '{"__proto__": {"polluted": true}}\n', "parse/forbidden-key"],
  ["NUL byte", () => "apiVersion: piqc.ai/v1alpha1\nkind: Model\u0000Spec\n", "parse/invalid-character"],
  ["lone surrogate (invalid UTF-16)", () => "a: \ud800x\n", "parse/invalid-character"],
  ["!!js/function tag", () => "a: !!js/function 'function () { return process }'\n", "parse/unknown-tag"],
  ["!!python/object tag", () => "a: !!python/object/apply:os.system ['id']\n", "parse/unknown-tag"],
  ["custom local tag", () => "spec: !include other.yaml\n", "parse/unknown-tag"],
  ["thousands of documents", () => "a: 1\n---\n".repeat(5000), "parse/too-many-documents"],
  ["binary garbage", () => "\u0001\u0002\u0003\u00ff\u00fe", "parse/invalid-character"],
  ["unterminated quote", () => 'a: "never closed\nb: 1\n', "parse/syntax"],
  ["tab indentation", () => "a:\n\tb: 1\n", "parse/syntax"],
];

describe("hostile input → findings, fast", () => {
  it.each(CASES)("%s", (_name, make, code) => {
    const text = make();
    const start = performance.now();
    const parsed = parseFile("hostile.yaml", text);
    const findings = [
      ...parsed.findings,
      ...parsed.documents.flatMap((d) => validateDocument("hostile.yaml", d, false)),
    ];
    const ms = performance.now() - start;
    expect(findings.map((f) => f.code)).toContain(code);
    expect(ms).toBeLessThan(BUDGET_MS);
    for (const f of findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.message.length).toBeGreaterThan(10);
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("huge numbers, NaN and infinities are values the schema rejects with a finding", () => {
    const spec = (count: string) =>
      `apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata:\n  name: n\nspec:\n  identity:\n    model: {id: a, family: b, task: c, framework: d}\n  runtime:\n    accelerator: {vendor: nvidia, type: h100, count: ${count}}\n`;
    for (const [count, got] of [
      [".nan", "NaN (.nan)"],
      [".inf", "infinity (.inf)"],
      ["1e400", "infinity (.inf)"],
      ["-123456789012345678901234567890", "-1.2345678901234568e+29"],
    ] as const) {
      const parsed = parseFile("n.yaml", spec(count));
      expect(parsed.findings).toEqual([]);
      const findings = validateDocument("n.yaml", parsed.documents[0]!, false);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toContain(`got ${got}`);
      expect(findings[0]!.line).toBe(9);
    }
    // A huge integer is still an integer (JSON Schema and the upstream schema agree): no finding,
    // and the value is a finite number, not a crash or a BigInt.
    const huge = parseFile("n.yaml", spec("123456789012345678901234567890"));
    expect(validateDocument("n.yaml", huge.documents[0]!, false)).toEqual([]);
  });

  it("a 1 MB string value is read within the budget", () => {
    const text = `apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata:\n  name: big\n  description: "${"x".repeat(1000 * 1000)}"\n`;
    const start = performance.now();
    const parsed = parseFile("big.yaml", text);
    expect(performance.now() - start).toBeLessThan(BUDGET_MS);
    expect(parsed.findings).toEqual([]);
    expect(
      (parsed.documents[0]!.value as { metadata: { description: string } }).metadata.description,
    ).toHaveLength(1000 * 1000);
  });

  it("a file of exactly the size cap is read; one byte more is refused", () => {
    const body = "a: ";
    const text = `${body}${"x".repeat(MiB - body.length - 1)}\n`;
    expect(parseFile("cap.yaml", text).findings).toEqual([]);
    expect(parseFile("cap.yaml", `${text}x`).findings.map((f) => f.code)).toEqual(["parse/too-large"]);
    expect(parseFile("cap.yaml", "é".repeat(600 * 1024)).findings.map((f) => f.code)).toEqual([
      "parse/too-large",
    ]);
  });

  it("never throws, whatever the bytes (random soup)", () => {
    let seed = 1;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = "ab: -?[]{},&*!|>'\"#\n\t %@`\\0x1.~";
    for (let n = 0; n < 3000; n++) {
      const len = Math.floor(rand() * 80);
      let t = "";
      for (let i = 0; i < len; i++) t += alphabet[Math.floor(rand() * alphabet.length)];
      expect(() => parseFile("soup.yaml", t)).not.toThrow();
    }
  });
});
