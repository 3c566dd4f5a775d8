/**
 * The fast path must never disagree with the full YAML parser: for any text it either declines
 * (undefined) or returns exactly the value `yaml` produces for a clean, single-document file.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, parse as yamlParse } from "yaml";
import { LineIndex, locateInDocument, parseFile } from "../../src/core/parse.js";
import { fastParse, resolvePlainScalar } from "../../src/core/parse-fast.js";

const UPSTREAM = fileURLToPath(new URL("../../../shared/modelspec-upstream/examples/", import.meta.url));
const OURS = fileURLToPath(new URL("../../examples/", import.meta.url));

/** What the full parser says, or undefined when the text is not one clean document. */
function reference(text: string): unknown {
  const docs = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false });
  if (!Array.isArray(docs) || docs.length !== 1) return undefined;
  const doc = docs[0]!;
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return doc.toJS();
}

function agrees(text: string): boolean {
  const fast = fastParse(text);
  if (fast === undefined) return true;
  const ref = reference(text);
  expect(fast, JSON.stringify(text)).toEqual(ref);
  // toEqual treats -0 and 0 alike only with Object.is semantics off; check numbers exactly too.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(ref));
  return true;
}

function filesIn(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.(ya?ml)$/.test(n))
        .map((n) => `${dir}${n}`)
    : [];
}

describe("fastParse", () => {
  const files = [...filesIn(UPSTREAM), ...filesIn(OURS)];
  it.skipIf(files.length === 0)("takes the fast path on every example and agrees with yaml", () => {
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      const fast = fastParse(text);
      expect(fast, f).toBeDefined();
      expect(fast, f).toEqual(yamlParse(text));
      expect(fastParse(text.replace(/\n/g, "\r\n")), `${f} (CRLF)`).toEqual(yamlParse(text));
    }
  });

  const declines: Array<[string, string]> = [
    ["anchors", "a: &x 1\nb: *x\n"],
    ["tags", "a: !!str 1\n"],
    ["multi-line flow map", "a: {b: 1,\n  c: 2}\n"],
    ["flow map with an empty value", "a: {b: }\n"],
    ["pair in a flow sequence", "a: [b: 1]\n"],
    ["trailing comma", "a: [1, 2,]\n"],
    ["duplicate flow key", "a: {b: 1, b: 2}\n"],
    ["NBSP after a quoted scalar", "a: 'x'\u00a0\n"],
    ["NBSP after a document marker", "---\u00a0\na: 1\n"],
    ["block scalar", "a: |\n  x\n"],
    ["multi-line plain", "a: one\n  two\n"],
    ["escapes", 'a: "x\\ny"\n'],
    ["single-quote escape", "a: 'it''s'\n"],
    ["duplicate key", "a: 1\na: 2\n"],
    ["__proto__", "__proto__: 1\n"],
    ["null key", "null: 1\n"],
    ["two documents", "a: 1\n---\nb: 2\n"],
    ["document end", "a: 1\n...\n"],
    ["directive", "%YAML 1.2\n---\na: 1\n"],
    ["tab", "a:\t1\n"],
    ["list root", "- a\n"],
    ["scalar root", "hello\n"],
    ["empty", ""],
    ["nested mapping in a scalar", "a: b: c\n"],
    ["bad indentation", "a:\n  b: 1\n c: 2\n"],
    ["lone CR", "a: 1\rb: 2\n"],
    ["quoted key", '"a": 1\n'],
  ];
  it.each(declines)("declines %s", (_n, text) => {
    expect(fastParse(text)).toBeUndefined();
  });

  const takes: Array<[string, string, unknown]> = [
    ["one-line flow map", "a: {b: 1, c: [x, 'y', \"z\"]} # c\n", { a: { b: 1, c: ["x", "y", "z"] } }],
    ["flow items", "a:\n  - {b: 1}\n  - [2, 3]\n", { a: [{ b: 1 }, [2, 3]] }],
    ["NBSP inside a plain scalar is content", "replicas: 2\u00a0\n", { replicas: "2\u00a0" }],
  ];
  it.each(takes)("takes %s, as yaml reads it", (_n, text, value) => {
    expect(fastParse(text)).toEqual(value);
    expect(fastParse(text)).toEqual(yamlParse(text));
  });

  it("counts a mapping in a sequence item towards the depth limit", () => {
    // 63 nested keys, then a list whose item is a mapping: that mapping is at depth 65.
    let text = "";
    for (let i = 0; i < 63; i++) text += `${" ".repeat(i * 2)}k:\n`;
    const deep = `${text}${" ".repeat(126)}- a: 1\n`;
    const ok = `${text}${" ".repeat(126)}- 1\n`;
    expect(fastParse(ok, 64)).toBeDefined();
    expect(fastParse(deep, 64)).toBeUndefined();
    expect(parseFile("d.yaml", deep).findings.map((f) => f.code)).toEqual(["parse/too-deep"]);
  });

  it("resolves plain scalars exactly like the YAML 1.2 core schema", () => {
    const alphabet = fc.constantFrom(..."0123456789.+-eExXoO_abcfinINFnaNtrueTRUEFalsNul~ :#".split(""));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 10 }).map((a) => a.join("")),
        (s) => {
          const text = `k: ${s}\n`;
          const fast = fastParse(text);
          if (fast === undefined) return true;
          const ref = reference(text) as { k: unknown };
          expect(Object.is(fast["k"], ref.k) || (Number.isNaN(fast["k"]) && Number.isNaN(ref.k)), s).toBe(
            true,
          );
          return true;
        },
      ),
      { numRuns: 4000, seed: 7 },
    );
    expect(resolvePlainScalar("0o17")).toBe(15);
    expect(resolvePlainScalar("0x1F")).toBe(31);
    expect(resolvePlainScalar("-.inf")).toBe(-Infinity);
    expect(resolvePlainScalar("2025-01")).toBe("2025-01");
  });

  it("agrees with yaml on random line soup (valid and invalid)", () => {
    const common = <T>(usual: T[], odd: T[]) =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...usual), weight: 6 },
        { arbitrary: fc.constantFrom(...odd), weight: 1 },
      );
    const key = common(
      ["a", "b", "c", "name", "x.y", "k/v", "_"],
      ["null", "True", "__proto__", "a b", "-", "?", "1"],
    );
    const sep = common([": ", ":"], [":  ", " :", ":x"]);
    const value = common(
      [
        "",
        "1",
        "-1",
        "1.5",
        "word",
        "two words",
        "a#b",
        "s3://bucket/x",
        '"q"',
        '"q" # c',
        "'s'",
        "true",
        "~",
        "v # c",
      ],
      [
        "0x10",
        "1e3",
        ".inf",
        "null",
        "yes",
        "'s' x",
        '"a\\"b"',
        "&a 1",
        "*a",
        "[1, 2]",
        "{a: 1}",
        "|",
        ">-",
        "- x",
        "a: b",
        "x:",
        "@x",
        "`x",
        "%x",
        "!t x",
        "# c",
        "'it''s'",
        '"open',
      ],
    );
    const depth = fc.integer({ min: 0, max: 3 });
    const extra = common([0], [1, 3]);
    const line = fc.tuple(
      depth,
      extra,
      fc.oneof(
        { arbitrary: fc.tuple(key, sep, value).map(([k, s, v]) => `${k}${s}${v}`), weight: 6 },
        { arbitrary: value.map((v) => `- ${v}`), weight: 2 },
        { arbitrary: fc.tuple(key, value).map(([k, v]) => `- ${k}: ${v}`), weight: 2 },
        { arbitrary: fc.constantFrom("", "# comment", "---", "...", "-"), weight: 1 },
      ),
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), fc.boolean(), (parts, crlf) => {
        // Indent follows the previous line's depth at most one level deeper, as people write YAML.
        let prev = 0;
        const lines = parts.map(([d, x, body], i) => {
          const level = i === 0 ? 0 : Math.min(d, prev + 1);
          prev = level;
          return " ".repeat(level * 2 + x) + body;
        });
        const text = lines.join(crlf ? "\r\n" : "\n") + (crlf ? "\r\n" : "\n");
        if (fastParse(text) !== undefined) taken++;
        return agrees(text);
      }),
      { numRuns: 20000, seed: 42 },
    );
    expect(taken).toBeGreaterThan(300);
  });

  it("agrees with yaml on generated well-formed documents (mostly taken by the fast path)", () => {
    const scalar = fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.string({ maxLength: 12 }),
    );
    const keyArb = fc.stringMatching(/^[a-z][a-zA-Z0-9_.-]{0,8}$/);
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("map"), tie("seq")),
      map: fc.dictionary(keyArb, tie("node"), { minKeys: 1, maxKeys: 4 }),
      seq: fc.array(tie("node"), { minLength: 1, maxLength: 3 }),
    }));
    let taken = 0;
    fc.assert(
      fc.property(
        tree.map as fc.Arbitrary<Record<string, unknown>>,
        fc.integer({ min: 1, max: 4 }),
        (obj, ind) => {
          const text = emit(obj, ind);
          if (fastParse(text) !== undefined) taken++;
          return agrees(text);
        },
      ),
      { numRuns: 3000, seed: 3 },
    );
    expect(taken).toBeGreaterThan(1000);
  });
});

/** A simple block-style emitter (plain or quoted scalars), so generated documents look hand-written. */
function emit(value: Record<string, unknown>, step: number): string {
  const out: string[] = [];
  const scalarText = (v: unknown): string => {
    if (typeof v === "string") {
      if (/^[A-Za-z][A-Za-z0-9 _./-]*$/.test(v) && !/ $/.test(v)) return v; // plain, may still resolve as bool/null
      return JSON.stringify(v);
    }
    return v === null ? "null" : String(v);
  };
  const walk = (v: unknown, indent: number, out: string[]) => {
    const pad = " ".repeat(indent);
    if (Array.isArray(v)) {
      for (const item of v) {
        if (
          item !== null &&
          typeof item === "object" &&
          !Array.isArray(item) &&
          Object.keys(item).length > 0
        ) {
          const sub: string[] = [];
          walk(item, indent + 2, sub);
          sub[0] = `${pad}- ${sub[0]!.trimStart()}`;
          out.push(...sub);
        } else if (Array.isArray(item) || (item !== null && typeof item === "object")) {
          out.push(`${pad}- ${Array.isArray(item) ? "[]" : "{}"}`);
        } else out.push(`${pad}- ${scalarText(item)}`);
      }
      return;
    }
    for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
      if (
        child !== null &&
        typeof child === "object" &&
        (Array.isArray(child) ? child.length : Object.keys(child).length)
      ) {
        out.push(`${pad}${k}:`);
        walk(child, indent + step, out);
      } else if (child !== null && typeof child === "object") {
        out.push(`${pad}${k}: ${Array.isArray(child) ? "[]" : "{}"}`);
      } else out.push(`${pad}${k}: ${scalarText(child)}`);
    }
  };
  walk(value, 0, out);
  return out.join("\n") + "\n";
}

describe("multi-document files on the fast path", () => {
  const pieces = [
    "a: 1\n",
    "b:\n  c: [1, 2]\n",
    "name: x\nlist:\n  - id: 1\n    role: input\n",
    "# only a comment\n",
    "",
    "\n",
    "k: v # trailing\n",
    "x: 'q'\ny: \"z\"\n",
    "- not a mapping\n",
    "deep:\n  deeper:\n    deepest: true\n",
  ];
  const marker = fc.constantFrom("---\n", "---\n", "--- # c\n", "---\r\n", "---");
  it("gives the same documents and positions as the full parser", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pieces),
        fc.array(fc.tuple(marker, fc.constantFrom(...pieces)), { minLength: 1, maxLength: 6 }),
        (first, rest) => {
          const text = first + rest.map(([m, p]) => (m.endsWith("\n") ? m + p : `${m}\n${p}`)).join("");
          const ours = parseFile("m.yaml", text);
          const all = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false });
          const docs = Array.isArray(all) ? all : [];
          if (docs.some((d) => d.errors.length > 0)) return true;
          const index = new LineIndex(text);
          const expected = docs
            .map((d, i) => ({ d, i, v: d.toJS() as unknown }))
            .filter(({ v }) => v !== null && typeof v === "object" && !Array.isArray(v));
          expect(ours.documents.map((d) => [d.index, d.value])).toEqual(expected.map(({ i, v }) => [i, v]));
          for (const [k, doc] of ours.documents.entries()) {
            for (const pointer of ["", "/a", "/b/c/1", "/list/0/role", "/deep/deeper/deepest", "/missing"]) {
              expect(doc.locate(pointer), `${JSON.stringify(text)} ${pointer}`).toEqual(
                locateInDocument(expected[k]!.d, index, pointer),
              );
            }
          }
          return true;
        },
      ),
      { numRuns: 1500, seed: 11 },
    );
  });
});
