/**
 * The fast readers (JSON.parse + its checks, the block line reader with one-line flow collections)
 * and the full `yaml` path must never disagree: for every generated text, `parseFile` and
 * `parseFileFull` give the same documents (index and value, -0 and NaN included, key order too), the
 * same findings (code, message and every position), the same position for every pointer into each
 * document (and for pointers that miss), and the same schema verdict with the same findings.
 *
 * The texts: ModelSpec-shaped documents with mutations (so schema findings carry positions) and
 * random trees, written in block style, flow style, block/flow mixes and as JSON, with every quoting
 * style, comments at every indentation, blank lines, anchors and aliases, duplicate keys, keys
 * around yaml's 1,024-character limit, nesting around the depth limit, Unicode whitespace (NBSP,
 * U+2000, U+3000, U+FEFF, U+2028, U+0085), tabs, LF / CRLF / CR-only line endings, several documents
 * and truncations. `FC_RUNS=10000` is the full strength (docs/testing.md); CI runs fewer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { LineIndex, parseFile, parseFileFull } from "../../src/core/parse.js";
import { readFast } from "../../src/core/parse-fast.js";
import { validateDocument } from "../../src/core/validate.js";
import type { Finding, ParsedFile } from "../../src/core/types.js";
import { RUNS, TIMEOUT_MS } from "./runs.js";

const CASES = Math.max(RUNS, 1000);

/** Small PRNG (mulberry32): every stylistic choice of the emitter comes from one generated seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNICODE_SPACES = ["\u00a0", "\u2000", "\u3000", "\ufeff", "\u2028", "\u0085", "\u200b", "\u2009"];

type Tree = null | boolean | number | string | Tree[] | { [k: string]: Tree };

const SPEC: { [k: string]: Tree } = {
  apiVersion: "piqc.ai/v1alpha1",
  kind: "ModelSpec",
  metadata: { name: "svc", version: "1.2.3", labels: { env: "prod", team: "ml" } },
  spec: {
    identity: {
      model: {
        id: "meta-llama/Meta-Llama-3-8B-Instruct",
        family: "llama",
        task: "text-generation",
        framework: "vllm",
        precision: "bf16",
        artifacts: { modelUri: "hf://meta-llama/Meta-Llama-3-8B-Instruct" },
      },
    },
    runtime: {
      accelerator: { vendor: "nvidia", type: "h100", count: 2 },
      batch: { maxBatchSize: 16, maxSequenceLengthTokens: 4096 },
    },
    operations: {
      serving: {
        protocol: "http",
        port: 8000,
        readinessProbe: { path: "/health", timeoutSeconds: 5 },
      },
      scaling: { minReplicas: 1, maxReplicas: 4, strategy: "reactive" },
    },
    pipeline: {
      dependencies: [
        { id: "embedder", role: "input" },
        { id: "guard", role: "guardrail" },
      ],
    },
  },
};

const ODD_VALUES: Tree[] = [0, -0, -1, 1.5, 1e21, "1", "0x1F", "true", "", "two", null, true, [], {}, "a: b"];

/** A ModelSpec with a few random mutations: deleted, retyped, renamed and unknown fields. */
function mutateSpec(r: () => number): { [k: string]: Tree } {
  const copy = JSON.parse(JSON.stringify(SPEC)) as { [k: string]: Tree };
  const n = Math.floor(r() * 4);
  for (let m = 0; m < n; m++) {
    // Walk to a random mapping.
    let node: { [k: string]: Tree } = copy;
    for (let d = 0; d < 4; d++) {
      const kids = Object.entries(node).filter(
        ([, v]) => v !== null && typeof v === "object" && !Array.isArray(v),
      );
      if (kids.length === 0 || r() < 0.3) break;
      node = kids[Math.floor(r() * kids.length)]![1] as { [k: string]: Tree };
    }
    const keys = Object.keys(node);
    const key = keys[Math.floor(r() * keys.length)];
    const what = r();
    if (key === undefined) continue;
    if (what < 0.3) delete node[key];
    else if (what < 0.7) node[key] = ODD_VALUES[Math.floor(r() * ODD_VALUES.length)]!;
    else if (what < 0.85) {
      node[`${key}x`] = node[key]!;
      delete node[key];
    } else node["unknownField"] = "x";
  }
  return copy;
}

const scalarArb: fc.Arbitrary<Tree> = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noDefaultInfinity: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    "x",
    "two words",
    "s3://b/k",
    "a#b",
    "1.0",
    "-",
    "~",
    "null",
    "True",
    ".inf",
    "0o17",
    "1e3",
  ),
  fc.string({ maxLength: 8, unit: fc.constantFrom(..."ab :#'\"-,[]{}\\\u00a0\u3000é\n".split("")) }),
);
const keyArb = fc.oneof(
  { arbitrary: fc.constantFrom("a", "b", "c", "name", "x.y", "k/v", "_z", "count", "labels"), weight: 8 },
  { arbitrary: fc.constantFrom("null", "true", "1", "a b", "-x", "__proto__", "é", "a:b", "<<"), weight: 1 },
);
const treeArb = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalarArb, tie("map"), tie("seq")),
  map: fc.dictionary(keyArb, tie("node"), { minKeys: 0, maxKeys: 4 }),
  seq: fc.array(tie("node"), { minLength: 0, maxLength: 3 }),
})).map as fc.Arbitrary<{ [k: string]: Tree }>;

interface Style {
  r: () => number;
  flow: number;
  comments: number;
  odd: number;
  step: number;
  anchors: string[];
}

function isColl(v: Tree): v is Tree[] | { [k: string]: Tree } {
  return v !== null && typeof v === "object";
}

function sprinkle(s: Style, text: string): string {
  // Unicode whitespace or a tab at the start or end of a token, now and then.
  if (s.r() < s.odd) {
    const ws = s.r() < 0.2 ? "\t" : UNICODE_SPACES[Math.floor(s.r() * UNICODE_SPACES.length)]!;
    return s.r() < 0.5 ? text + ws : ws + text;
  }
  return text;
}

function scalarText(s: Style, v: Tree, inFlow: boolean): string {
  const r = s.r();
  if (s.anchors.length > 0 && r < 0.03) return `*${s.anchors[Math.floor(s.r() * s.anchors.length)]}`;
  if (typeof v === "string") {
    if (r < 0.45) return sprinkle(s, v); // plain: yaml may read it as something else; both paths must agree
    if (r < 0.7) return `'${v.replace(/'/g, "''")}'`;
    if (r < 0.95) return sprinkle(s, JSON.stringify(v));
    return `"${v}"`;
  }
  if (v === null) return s.r() < 0.5 ? "null" : s.r() < 0.5 ? "~" : inFlow ? "null" : "";
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  return String(v);
}

function keyText(s: Style, k: string): string {
  const r = s.r();
  if (r < 0.8) return sprinkle(s, k);
  if (r < 0.9) return JSON.stringify(k);
  return `'${k.replace(/'/g, "''")}'`;
}

function flowText(s: Style, v: Tree): string {
  if (!isColl(v)) return scalarText(s, v, true);
  const sp = s.r() < 0.8 ? " " : "";
  if (Array.isArray(v)) return `[${v.map((x) => flowText(s, x)).join(`,${sp}`)}]`;
  return `{${sp}${Object.entries(v)
    .map(([k, x]) => `${keyText(s, k)}: ${flowText(s, x)}`)
    .join(`,${sp}`)}${sp}}`;
}

function comment(s: Style, out: string[], indent: number): void {
  if (s.r() < s.comments) {
    const r = s.r();
    const at = r < 0.3 ? 0 : r < 0.6 ? indent : Math.max(0, indent + Math.floor(s.r() * 7) - 3);
    out.push(s.r() < 0.3 ? " ".repeat(Math.floor(s.r() * 3)) : `${" ".repeat(at)}# note`);
  }
}

function trailing(s: Style): string {
  const r = s.r();
  if (r < s.comments / 2) return "  # c";
  if (r < s.comments / 2 + 0.03) return " ".repeat(1 + Math.floor(s.r() * 2));
  return "";
}

function anchor(s: Style): string {
  if (s.r() < 0.02) {
    const name = `a${s.anchors.length}`;
    s.anchors.push(name);
    return `&${name} `;
  }
  return "";
}

function blockMap(s: Style, v: { [k: string]: Tree }, indent: number, out: string[]): void {
  const pad = " ".repeat(indent);
  const entries = Object.entries(v);
  if (entries.length > 0 && s.r() < 0.02) entries.push(entries[0]!); // duplicate key
  for (const [k, x] of entries) {
    comment(s, out, indent);
    const key = `${pad}${keyText(s, k)}:`;
    if (isColl(x) && (Array.isArray(x) ? x.length > 0 : Object.keys(x).length > 0) && s.r() >= s.flow) {
      out.push(`${key}${s.r() < 0.05 ? " # c" : ""}`);
      if (Array.isArray(x)) blockSeq(s, x, s.r() < 0.4 ? indent : indent + s.step, out);
      else blockMap(s, x, indent + s.step, out);
    } else {
      out.push(`${key} ${anchor(s)}${flowText(s, x)}${trailing(s)}`);
    }
  }
}

function blockSeq(s: Style, v: Tree[], indent: number, out: string[]): void {
  const pad = " ".repeat(indent);
  for (const x of v) {
    comment(s, out, indent);
    if (isColl(x) && !Array.isArray(x) && Object.keys(x).length > 0 && s.r() >= s.flow) {
      const sub: string[] = [];
      blockMap(s, x, indent + 2, sub);
      const firstContent = sub.findIndex((l) => !/^\s*(#.*)?$/.test(l));
      sub[firstContent] = `${pad}- ${sub[firstContent]!.trimStart()}`;
      out.push(...sub);
    } else if (Array.isArray(x) && x.length > 0 && s.r() < 0.3) {
      out.push(`${pad}-`);
      blockSeq(s, x, indent + 2, out);
    } else out.push(`${pad}- ${anchor(s)}${flowText(s, x)}${trailing(s)}`);
  }
}

/** Nest `v` inside `levels` mappings, every third level a one-item list of a mapping. */
function deepen(v: { [k: string]: Tree }, levels: number): { [k: string]: Tree } {
  let out: { [k: string]: Tree } = v;
  for (let i = 0; i < levels; i++) out = i % 3 === 2 ? { k: [out] } : { k: out };
  return out;
}

function emitDocument(tree: { [k: string]: Tree }, s: Style, asJson: boolean): string {
  if (asJson) return JSON.stringify(tree, null, [0, 1, 2, 4][Math.floor(s.r() * 4)]);
  if (s.r() < 0.05) return flowText(s, tree);
  const out: string[] = [];
  if (s.r() < 0.1) out.push(s.r() < 0.5 ? "---" : "# header");
  blockMap(s, tree, 0, out);
  return out.join("\n");
}

const textArb = fc
  .record({
    seed: fc.integer(),
    spec: fc.boolean(),
    tree: treeArb,
    json: fc.constantFrom(false, false, true),
    eol: fc.constantFrom("\n", "\n", "\n", "\r\n", "\r"),
    flow: fc.constantFrom(0, 0.2, 0.5, 1),
    comments: fc.constantFrom(0, 0.1, 0.3, 0.5),
    odd: fc.constantFrom(0, 0, 0, 0, 0.02, 0.1),
    step: fc.integer({ min: 1, max: 4 }),
    extra: fc.constantFrom("none", "none", "none", "truncate", "multi", "deep", "longkey", "bom"),
  })
  .map((o) => {
    const r = rng(o.seed);
    const s: Style = { r, flow: o.flow, comments: o.comments, odd: o.odd, step: o.step, anchors: [] };
    let tree = o.spec ? mutateSpec(r) : o.tree;
    if (o.extra === "deep") tree = deepen(tree, 58 + Math.floor(r() * 8));
    if (o.extra === "longkey") tree = { ...tree, ["k".repeat(1021 + Math.floor(r() * 6))]: 1 };
    let text = emitDocument(tree, s, o.json);
    if (o.extra === "multi") text += `${o.eol}---${o.eol}${emitDocument(mutateSpec(r), s, false)}`;
    text = text.split("\n").join(o.eol) + (r() < 0.8 ? o.eol : "");
    if (o.extra === "truncate") text = text.slice(0, Math.floor(r() * text.length));
    if (o.extra === "bom") text = `\ufeff${text}`;
    return text;
  });

/** Every pointer into a value (capped), plus pointers that miss. */
function pointers(v: unknown, base = "", out: string[] = []): string[] {
  out.push(base);
  if (out.length > 400) return out;
  if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      pointers(x, `${base}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`, out);
    }
    out.push(`${base}/missing`, `${base}/0`);
  }
  return out;
}

function view(parsed: ParsedFile): unknown {
  const multi = parsed.documents.length > 1 || parsed.findings.some((f) => f.document !== undefined);
  return {
    findings: parsed.findings,
    documents: parsed.documents.map((d) => ({
      index: d.index,
      value: d.value,
      order: JSON.stringify(d.value),
      positions: pointers(d.value).map((p) => [p, d.locate(p)]),
      schema: validateDocument(parsed.file, d, multi) satisfies Finding[],
    })),
  };
}

/** Findings after which the full path stops before yaml's duplicate check would run. */
const UNCHECKED = new Set([
  "parse/invalid-character",
  "parse/too-deep",
  "parse/alias-limit",
  "parse/too-many-documents",
  "parse/too-many-entries",
  "parse/too-large",
]);

describe("fast readers vs the full yaml path", () => {
  it(
    `agree on value, findings, positions and verdict (${CASES} generated texts)`,
    () => {
      let fastTaken = 0;
      fc.assert(
        fc.property(textArb, (text) => {
          const full = parseFileFull("t.yaml", text);
          const fast = parseFile("t.yaml", text);
          expect(view(fast), JSON.stringify(text)).toEqual(view(full));
          // Duplicate keys are found with a Set per mapping (yaml's own check is quadratic): the same
          // duplicates, at the same places, as yaml's uniqueKeys check.
          if (!full.findings.some((f) => UNCHECKED.has(f.code))) {
            const t = text.replace(/^\ufeff/, "");
            const index = new LineIndex(t);
            const all = parseAllDocuments(t, {
              version: "1.2",
              uniqueKeys: true,
              strict: true,
              merge: false,
            });
            // Where a document also has syntax errors, yaml's recovery decides what the mappings
            // are; the comparison is about well-formed documents.
            const every = Array.isArray(all) ? all : [];
            const docs = every.filter((d) => d.errors.every((e) => e.code === "DUPLICATE_KEY"));
            const theirs = docs.flatMap((d) =>
              d.errors.filter((e) => e.code === "DUPLICATE_KEY").map((e) => e.pos[0]),
            );
            const lineStarts = [0, ...[...t.matchAll(/\n/g)].map((m) => m.index + 1)];
            const checked = new Set(every.flatMap((d, i) => (docs.includes(d) ? [i] : [])));
            const ours = full.findings
              .filter((f) => f.code === "parse/duplicate-key" && checked.has(f.document ?? 0))
              .map((f) => lineStarts[f.line - 1]! + f.column - 1);
            expect(ours.length, JSON.stringify(text)).toBe(theirs.length);
            // Ours is the repeated key's first character. yaml's is the same, except after an empty
            // value, where it points back to the end of the previous line: only blanks and
            // comments may lie between the two.
            ours.forEach((at, i) => {
              const between = t.slice(theirs[i], at);
              expect(theirs[i]! <= at && /^(?:\s|#[^\n]*)*$/.test(between), JSON.stringify(text)).toBe(true);
              void index;
            });
          }
          if (readFast(text.replace(/^\ufeff/, "")) !== undefined) fastTaken++;
        }),
        { numRuns: CASES },
      );
      // The fast readers must actually take a good share, or the comparison proves little.
      expect(fastTaken).toBeGreaterThan(CASES / 6);
    },
    TIMEOUT_MS,
  );
});
