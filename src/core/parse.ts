/**
 * The loader: YAML 1.2 (and therefore JSON) text → plain values, one per document, each with a way
 * to find any JSON pointer's line and column in the original text. Never throws: every problem with
 * the text is a `Finding` with a stable `parse/*` code.
 *
 * Two paths, one result:
 *  - the fast path (`parse-fast.ts`) reads the plain block-YAML that specs are written in without
 *    building an AST; positions are computed lazily (by the full parser) when `locate` is first called;
 *  - the full path (`yaml`'s `parseAllDocuments`) handles everything else: anchors, flow style, tags,
 *    block scalars, multi-document files, and all the error cases.
 *
 * Hostile input is bounded: a size cap before anything else, forbidden characters, an entry cap
 * (lines plus commas: the work of every reader is linear in it), an AST depth limit
 * checked iteratively before converting to JS, yaml's alias-expansion limit, a document-count limit,
 * and `__proto__` keys removed (and reported).
 */
import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from "yaml";
import type { Node as YamlNode, Pair, ParsedNode, YAMLMap } from "yaml";
import {
  countEntries,
  DEFAULT_MAX_ENTRIES,
  fastParse,
  fastParsePositions,
  findExcessiveNesting,
  findForbiddenCharacter,
  LineIndex,
  locatePos,
  readFast,
} from "./parse-fast.js";
import { makeFinding, type ParseCode } from "./findings.js";
import { pointerTokens } from "./pointer.js";
import type { PosNode } from "./parse-fast.js";
import type { Finding, ParseOptions, ParsedDocument, ParsedFile, Position } from "./types.js";

export { LineIndex, locatePos, resolvePlainScalar, utf8Length } from "./parse-fast.js";
export { pointerTokens } from "./pointer.js";

/** The parse limits in force when the config sets none. */
export const DEFAULT_PARSE_OPTIONS: Required<ParseOptions> = {
  maxBytes: 1024 * 1024,
  maxDepth: 64,
  maxAliasCount: 1000,
  maxDocuments: 100,
  maxEntries: DEFAULT_MAX_ENTRIES,
};

// ─── Positions ───────────────────────────────────────────────────────────────────────────────────

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? "" : String(key.value);
  return undefined;
}

type Range = [number, number, number] | undefined;

/**
 * Where a pointer lies in one document's AST. For a mapping member the position starts at its key
 * and ends where its value ends (so a type error on `count: 0` points at `count`, line of the value);
 * for a sequence item it is the item itself. A pointer that does not exist resolves to its nearest
 * existing ancestor; the root is the start of the document's content.
 */
export function locateInDocument(doc: Document.Parsed, index: LineIndex, pointer: string): Position {
  const tokens = pointerTokens(pointer);
  let node: unknown = doc.contents;
  let best: Position = rangePosition(index, (node as { range?: Range } | null)?.range) ?? index.span(0, 0);
  const seen = new Set<unknown>();
  for (const token of tokens) {
    while (isAlias(node)) {
      if (seen.has(node)) return best;
      seen.add(node);
      node = node.resolve(doc);
    }
    if (isMap(node)) {
      const pair = pairsByKey(node).get(token);
      if (!pair) return best;
      const keyRange = (pair.key as { range?: Range } | null)?.range;
      const valueRange = (pair.value as { range?: Range } | null)?.range;
      if (keyRange) {
        const end = valueRange ? valueRange[1] : keyRange[1];
        best = index.span(keyRange[0], end);
      } else if (valueRange) best = index.span(valueRange[0], valueRange[1]);
      node = pair.value;
    } else if (isSeq(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return best;
      const item = node.items[Number(token)];
      if (item === undefined) return best;
      const r = rangePosition(index, (item as { range?: Range } | null)?.range);
      if (r) best = r;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

/** A mapping's members by key string (the first of equal keys wins, as `find` would), built once. */
const PAIRS = new WeakMap<object, Map<string, Pair<unknown, unknown>>>();
function pairsByKey(map: YAMLMap<unknown, unknown>): Map<string, Pair<unknown, unknown>> {
  let byKey = PAIRS.get(map);
  if (!byKey) {
    byKey = new Map();
    for (const p of map.items) {
      const k = keyString(p.key);
      if (k !== undefined && !byKey.has(k)) byKey.set(k, p);
    }
    PAIRS.set(map, byKey);
  }
  return byKey;
}

function rangePosition(index: LineIndex, range: Range): Position | undefined {
  return range ? index.span(range[0], range[1]) : undefined;
}

// ─── Findings ────────────────────────────────────────────────────────────────────────────────────

function finding(
  code: ParseCode,
  file: string,
  pos: Position,
  message: string,
  extra: { document?: number; hint?: string } = {},
): Finding {
  const severity = code === "parse/warning" ? "warning" : "error";
  return makeFinding(
    code,
    severity,
    "parse",
    { file, pointer: "", ...pos, document: extra.document },
    message,
    {
      hint: extra.hint,
    },
  );
}

const START: Position = { line: 1, column: 1 };

/** Decode raw bytes as UTF-8 (BOM allowed); invalid UTF-8 is a finding, not mojibake. */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { finding: Finding } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Find the first bad byte so the finding can point at it.
    let good = 0;
    const decoder = new TextDecoder("utf-8", { fatal: true });
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      try {
        decoder.decode(bytes.subarray(0, mid));
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    good = lo;
    // A prefix can end mid-character; back up to the last complete line for a precise position.
    const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, good));
    const pos = new LineIndex(prefix).at(prefix.length);
    return {
      finding: finding(
        "parse/invalid-encoding",
        file,
        pos,
        `File is not valid UTF-8 (bad byte at offset ${good}).`,
        { hint: "Save the file as UTF-8." },
      ),
    };
  }
}

// ─── Parsing ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Parse one file. Never throws. Documents that are empty, not a mapping, or have syntax errors are
 * left out of `documents` (with a finding); a document with only duplicate keys stays in (the last
 * value wins, as in most YAML readers) so the rest of the review can run.
 */
export function parseFile(file: string, text: string, opts: ParseOptions = {}): ParsedFile {
  return parseWith(file, text, opts, true);
}

/**
 * `parseFile` without the fast readers: every text goes through the `yaml` package. The reference
 * that test/property/differential.property.test.ts holds the fast readers to; not for production use.
 */
export function parseFileFull(file: string, text: string, opts: ParseOptions = {}): ParsedFile {
  return parseWith(file, text, opts, false);
}

function parseWith(file: string, text: string, opts: ParseOptions, fastReaders: boolean): ParsedFile {
  const o = { ...DEFAULT_PARSE_OPTIONS, ...opts };
  try {
    return parseUnsafe(file, text, o, fastReaders);
  } catch (err) {
    // A bug or an engine limit we did not foresee (e.g. stack exhaustion): still a finding.
    const deep = err instanceof RangeError;
    return {
      file,
      documents: [],
      findings: [
        finding(
          deep ? "parse/too-deep" : "parse/internal",
          file,
          START,
          deep
            ? "The file is nested too deeply to be read safely."
            : `The file could not be read: ${err instanceof Error ? err.message : String(err)}`,
        ),
      ],
    };
  }
}

function parseUnsafe(
  file: string,
  rawText: string,
  o: Required<ParseOptions>,
  fastReaders: boolean,
): ParsedFile {
  const findings: Finding[] = [];
  // Cheap bound first: a UTF-16 string of n units is at most 3n UTF-8 bytes.
  if (rawText.length * 3 > o.maxBytes) {
    const bytes = Buffer.byteLength(rawText, "utf8"); // native: a 10 MB string in milliseconds
    if (bytes > o.maxBytes) {
      findings.push(
        finding(
          "parse/too-large",
          file,
          START,
          `File is ${bytes} bytes, over the ${o.maxBytes}-byte limit; it was not parsed.`,
          { hint: "ModelSpecs are small; raise limits.maxFileBytes in the config if this one is genuine." },
        ),
      );
      return { file, documents: [], findings };
    }
  }
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const bad = findForbiddenCharacter(text);
  if (bad !== -1) {
    const index = new LineIndex(text);
    const code = text.charCodeAt(bad);
    findings.push(
      finding(
        "parse/invalid-character",
        file,
        index.span(bad, bad + 1),
        `File contains a character YAML does not allow (U+${code.toString(16).toUpperCase().padStart(4, "0")}).`,
        { hint: "Remove control characters (NUL and friends); is this a binary file?" },
      ),
    );
    return { file, documents: [], findings };
  }
  // Bound the work whatever the shape: every reader is linear in the entries this counts.
  const entries = countEntries(text, o.maxEntries);
  if (entries > o.maxEntries) {
    findings.push(
      finding(
        "parse/too-many-entries",
        file,
        START,
        `File has more than ${o.maxEntries} entries (lines plus commas); it was not parsed.`,
        { hint: "ModelSpecs hold a few hundred entries; is this file generated?" },
      ),
    );
    return { file, documents: [], findings };
  }

  if (!fastReaders) return parseFull(file, text, o, findings);
  const fast = readFast(text, o.maxDepth);
  if (fast !== undefined)
    return { file, documents: [fastDocument(0, fast.value, fast.positions, text, 0)], findings };
  const multi = fastParseMulti(file, text, o);
  if (multi !== undefined)
    return { file, documents: multi.documents, findings: [...findings, ...multi.findings] };
  return parseFull(file, text, o, findings);
}

/**
 * A fast-read document. Positions come from the same reader run once more in positions mode, on
 * first use (a valid file never pays for them); the `yaml` package is not involved.
 */
function fastDocument(
  index: number,
  value: unknown,
  positions: () => PosNode | undefined,
  segment: string,
  firstLine: number,
): ParsedDocument {
  let located: ((pointer: string) => Position) | undefined;
  return {
    index,
    value,
    locate(pointer: string): Position {
      if (!located) {
        const root = positions();
        const lines = new LineIndex(segment);
        located = root ? (ptr) => locatePos(root, lines, ptr) : lazyLocator(segment);
      }
      const p = located(pointer);
      if (firstLine === 0) return p;
      const shifted: Position = { ...p, line: p.line + firstLine };
      if (p.endLine !== undefined) shifted.endLine = p.endLine + firstLine;
      return shifted;
    },
  };
}

/** Positions from the full parser (only if the fast reader cannot give them, which it always can). */
function lazyLocator(text: string): (pointer: string) => Position {
  const index = new LineIndex(text);
  const docs = parseAllDocuments(text, yamlOptions);
  const doc = Array.isArray(docs) ? docs[0] : undefined;
  if (!doc) return () => START;
  return (pointer) => locateInDocument(doc, index, pointer);
}

const MARKER_LINE = /^---[ \t]*(?:#[^\n]*)?$/;
const ANY_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)|^%/gm;
const ONLY_COMMENTS = /^(?:[ \t\r\n]|#[^\n]*)*$/;

/**
 * The fast path for multi-document files: split at `---` lines (nothing else on them but a comment)
 * and read each document with `fastParse`. Any other marker, a directive, or a document outside the
 * fast subset sends the whole file to the full parser. Document numbering follows `yaml`: text
 * before the first marker is document 0 unless it is only blank lines and comments; every marker
 * opens a document, empty ones included (they are skipped, as in the full path).
 */
function fastParseMulti(
  file: string,
  text: string,
  o: Required<ParseOptions>,
): { documents: ParsedDocument[]; findings: Finding[] } | undefined {
  const findings: Finding[] = [];
  let source = text;
  const cut = nthDocumentStart(text, o.maxDocuments);
  if (cut !== -1) {
    source = text.slice(0, cut);
    const index = new LineIndex(text);
    findings.push(
      finding(
        "parse/too-many-documents",
        file,
        index.span(cut, cut + 3),
        `File holds more than ${o.maxDocuments} YAML documents; only the first ${o.maxDocuments} were read.`,
      ),
    );
  }
  // Marker lines and where they are.
  const starts: number[] = [];
  ANY_MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_MARKER.exec(source)) !== null) {
    let end = source.indexOf("\n", m.index);
    if (end === -1) end = source.length;
    const line = source.slice(m.index, end).replace(/\r$/, "");
    if (!MARKER_LINE.test(line)) return undefined; // "...", "%YAML", "--- value"
    starts.push(m.index);
  }
  if (starts.length === 0) return undefined;
  // Segments: [text before the first marker], then one per marker (the lines after it).
  const segments: Array<{ start: number; end: number }> = [];
  if (!ONLY_COMMENTS.test(source.slice(0, starts[0]))) segments.push({ start: 0, end: starts[0]! });
  for (let i = 0; i < starts.length; i++) {
    const nl = source.indexOf("\n", starts[i]!);
    const start = nl === -1 ? source.length : nl + 1;
    segments.push({ start, end: i + 1 < starts.length ? starts[i + 1]! : source.length });
  }
  const documents: ParsedDocument[] = [];
  let lineOfOffset: LineIndex | undefined;
  for (let d = 0; d < segments.length; d++) {
    const { start, end } = segments[d]!;
    const segment = source.slice(start, end);
    if (ONLY_COMMENTS.test(segment)) continue; // empty document
    const value = fastParse(segment, o.maxDepth);
    if (value === undefined) return undefined;
    lineOfOffset ??= new LineIndex(source);
    const positions = () => fastParsePositions(segment, o.maxDepth);
    documents.push(fastDocument(d, value, positions, segment, lineOfOffset.at(start).line - 1));
  }
  if (documents.length === 0) return undefined; // let the full path say "empty"
  return { documents, findings };
}

/**
 * `uniqueKeys` is off: yaml's own check compares every key with every earlier one (40,000 keys took
 * 18 s); `duplicateKeyErrors` finds the same duplicates with a Set per mapping and reports them
 * where yaml would.
 */
const yamlOptions = {
  version: "1.2",
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  merge: false,
  intAsBigInt: false,
  keepSourceTokens: false,
} as const;

function parseFull(file: string, text: string, o: Required<ParseOptions>, findings: Finding[]): ParsedFile {
  const index = new LineIndex(text);
  // The yaml parser recurses per nesting level: never hand it thousands of levels.
  const deep = findExcessiveNesting(text, o.maxDepth * 2);
  if (deep !== -1) {
    findings.push(
      finding(
        "parse/too-deep",
        file,
        index.span(deep, deep + 1),
        `Nesting is deeper than ${o.maxDepth} levels; the file was not read.`,
      ),
    );
    return { file, documents: [], findings };
  }
  // The yaml composer's cost grows with anchors and aliases; bound them before parsing.
  const aliasTokens = countAliasTokens(text, o.maxAliasCount);
  if (aliasTokens > o.maxAliasCount) {
    findings.push(
      finding(
        "parse/alias-limit",
        file,
        START,
        `The file uses more than ${o.maxAliasCount} anchors and aliases: this looks like an alias bomb; it was not read.`,
      ),
    );
    return { file, documents: [], findings };
  }
  // Only the first maxDocuments documents are parsed: cut the text at the next document marker.
  let source = text;
  const cut = nthDocumentStart(text, o.maxDocuments);
  if (cut !== -1) {
    source = text.slice(0, cut);
    findings.push(
      finding(
        "parse/too-many-documents",
        file,
        index.span(cut, cut + 3),
        `File holds more than ${o.maxDocuments} YAML documents; only the first ${o.maxDocuments} were read.`,
      ),
    );
  }
  const all = parseAllDocuments(source, yamlOptions);
  // parseAllDocuments returns an EmptyStream (not an array) when there is no document at all.
  const docs: Document.Parsed[] = Array.isArray(all) ? all : [];
  const documents: ParsedDocument[] = [];
  const multi = docs.length > 1;
  let nonEmpty = 0;
  const limit = Math.min(docs.length, o.maxDocuments);
  for (let d = 0; d < limit; d++) {
    const doc = docs[d]!;
    const docExtra: { document?: number } = multi ? { document: d } : {};
    let hardError = false;
    for (const e of withDuplicateKeyErrors(doc)) {
      const dup = e.code === "DUPLICATE_KEY";
      if (!dup) hardError = true;
      const pos = index.span(e.pos[0], e.pos[1]);
      if (e.code === "RESOURCE_EXHAUSTION") {
        findings.push(
          finding(
            "parse/too-deep",
            file,
            pos,
            `The document is too deeply nested to read (${yamlMessage(e.message)}).`,
            docExtra,
          ),
        );
        continue;
      }
      findings.push(
        finding(
          dup ? "parse/duplicate-key" : "parse/syntax",
          file,
          pos,
          dup
            ? `Duplicate key ${duplicateKeyName(text, e.pos)}: a key may appear only once in a mapping.`
            : yamlMessage(e.message),
          dup
            ? { ...docExtra, hint: "Remove one of the two entries; YAML readers disagree on which one wins." }
            : docExtra,
        ),
      );
    }
    for (const w of doc.warnings) {
      const pos = index.span(w.pos[0], w.pos[1]);
      if (w.code === "TAG_RESOLVE_FAILED") {
        hardError = true;
        findings.push(
          finding(
            "parse/unknown-tag",
            file,
            pos,
            `${yamlMessage(w.message)}: ModelSpecs use plain YAML values, no custom tags.`,
            {
              ...docExtra,
              hint: "Remove the tag (the `!…` before the value).",
            },
          ),
        );
      } else {
        findings.push(finding("parse/warning", file, pos, yamlMessage(w.message), docExtra));
      }
    }
    if (hardError) continue;
    const contents = doc.contents as ParsedNode | null;
    if (contents === null || (isScalar(contents) && contents.value === null && contents.source === ""))
      continue; // empty document
    nonEmpty++;
    // Bound the depth before any recursive conversion; also find __proto__ keys.
    const scan = scanTree(contents, o.maxDepth);
    if (scan.tooDeep) {
      findings.push(
        finding(
          "parse/too-deep",
          file,
          rangePosition(index, scan.deepRange) ?? START,
          `Nesting is deeper than ${o.maxDepth} levels; the document was not read.`,
          docExtra,
        ),
      );
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: o.maxAliasCount });
    } catch (err) {
      if (err instanceof ReferenceError || (err instanceof Error && /alias/i.test(err.message))) {
        findings.push(
          finding(
            "parse/alias-limit",
            file,
            rangePosition(index, contents.range) ?? START,
            `Aliases expand to too many nodes (limit ${o.maxAliasCount}): this looks like an alias bomb; the document was not read.`,
            docExtra,
          ),
        );
        continue;
      }
      throw err;
    }
    // Aliases can build depth the AST does not show (each anchor wrapping the previous one).
    if (valueDepthExceeds(value, o.maxDepth)) {
      findings.push(
        finding(
          "parse/too-deep",
          file,
          rangePosition(index, contents.range) ?? START,
          `Nesting (through aliases) is deeper than ${o.maxDepth} levels; the document was not read.`,
          docExtra,
        ),
      );
      continue;
    }
    for (const r of scan.protoKeys) {
      findings.push(
        finding(
          "parse/forbidden-key",
          file,
          index.span(r[0], r[1]),
          "The key `__proto__` is not allowed; it was ignored.",
          docExtra,
        ),
      );
    }
    if (scan.protoKeys.length > 0) stripProto(value);
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      findings.push(
        finding(
          "parse/not-a-mapping",
          file,
          rangePosition(index, contents.range) ?? START,
          `The document is ${describeRoot(value)}, not a mapping: a ModelSpec starts with \`apiVersion:\` and \`kind:\`.`,
          docExtra,
        ),
      );
      continue;
    }
    documents.push({ index: d, value, locate: (pointer) => locateInDocument(doc, index, pointer) });
  }
  if (nonEmpty === 0 && findings.length === 0) {
    findings.push(
      finding("parse/empty", file, START, "The file holds no YAML document (it is empty or only comments)."),
    );
  }
  return { file, documents, findings };
}

interface DocError {
  code: string;
  message: string;
  pos: [number, number];
}

/**
 * The document's errors plus its duplicate keys, in text order, as yaml reports them with
 * `uniqueKeys: true` (DUPLICATE_KEY at the repeated key's first character): two scalar keys are
 * equal when their values are (`===`, so `1` and `1.0` collide and NaN never does). Linear: one Set
 * per mapping, one iterative walk over the AST.
 */
function withDuplicateKeyErrors(doc: Document.Parsed): DocError[] {
  const dups: DocError[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !(typeof key.value === "number" && Number.isNaN(key.value))) {
          if (seen.has(key.value) && key.range) {
            const at = key.range[0];
            dups.push({ code: "DUPLICATE_KEY", message: "Map keys must be unique", pos: [at, at + 1] });
          }
          seen.add(key.value);
        } else if (key !== null && typeof key === "object") stack.push(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
  if (dups.length === 0) return doc.errors as DocError[];
  dups.sort((a, b) => a.pos[0] - b.pos[0]);
  // Merge by position, keeping yaml's own order among its errors.
  const out: DocError[] = [];
  let k = 0;
  for (const e of doc.errors as DocError[]) {
    while (k < dups.length && dups[k]!.pos[0] < e.pos[0]) out.push(dups[k++]!);
    out.push(e);
  }
  while (k < dups.length) out.push(dups[k++]!);
  return out;
}

/** Number of `&anchor` / `*alias` tokens, counting stops just past `limit`. */
function countAliasTokens(text: string, limit: number): number {
  const re = /(?:^|[\s[{,])[&*][^\s[\]{},]/g;
  let count = 0;
  while (re.exec(text) !== null) if (++count > limit) break;
  return count;
}

/**
 * Offset of the `---` marker that starts document number `n` (0-based; document 0 may start
 * without a marker), or -1 when the file has no more than `n` documents.
 */
function nthDocumentStart(text: string, n: number): number {
  const re = /^---(?=[ \t\r\n]|$)/gm;
  let m: RegExpExecArray | null;
  let docs = 0;
  let sawContent = false;
  while ((m = re.exec(text)) !== null) {
    // A first marker with nothing (but comments/blank lines) before it opens document 0.
    if (!sawContent) {
      sawContent = true;
      if (/^(?:\s|#[^\n]*)*$/.test(text.slice(0, m.index))) continue;
    }
    docs++;
    if (docs === n) return m.index;
  }
  return -1;
}

function describeRoot(v: unknown): string {
  if (Array.isArray(v)) return "a list";
  if (v === null) return "null";
  if (typeof v === "string")
    return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 37) + "..." : v)}`;
  return `the ${typeof v} ${String(v)}`;
}

function yamlMessage(m: string): string {
  // yaml appends " at line L, column C:\n\n<excerpt>" when prettyErrors is on; keep the first line only.
  return m.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

function duplicateKeyName(text: string, pos: [number, number]): string {
  const s = text.slice(pos[0], Math.min(pos[1], pos[0] + 80));
  const key = s.split(/[:\n]/)[0]!.trim();
  return key ? `"${key}"` : "";
}

interface Scan {
  tooDeep: boolean;
  deepRange: Range;
  protoKeys: Array<[number, number]>;
}

/** Iterative walk over the AST: depth bound and `__proto__` keys. Aliases are not followed. */
function scanTree(root: YamlNode, maxDepth: number): Scan {
  const protoKeys: Array<[number, number]> = [];
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth > maxDepth) return { tooDeep: true, deepRange: (node as { range?: Range }).range, protoKeys };
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          if (isScalar(item.key) && item.key.value === "__proto__" && item.key.range) {
            protoKeys.push([item.key.range[0], item.key.range[1]]);
          }
          if (item.key !== null && typeof item.key === "object") stack.push([item.key, depth + 1]);
          stack.push([item.value, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    }
  }
  return { tooDeep: false, deepRange: undefined, protoKeys };
}

/**
 * True when the value nests deeper than maxDepth (recursion stops at maxDepth + 1, so it is safe).
 * Shared subtrees (aliases) are re-checked only when reached deeper than before.
 */
function valueDepthExceeds(
  value: unknown,
  maxDepth: number,
  depth = 1,
  okAt = new Map<object, number>(),
): boolean {
  if (value === null || typeof value !== "object") return false;
  if (depth > maxDepth) return true;
  const before = okAt.get(value);
  if (before !== undefined && depth <= before) return false; // verified with at least this much room
  for (const child of Object.values(value)) {
    if (valueDepthExceeds(child, maxDepth, depth + 1, okAt)) return true;
  }
  okAt.set(value, Math.max(before ?? 0, depth));
  return false;
}

/** Remove own `__proto__` properties (yaml defines them as own data properties) everywhere. */
function stripProto(value: unknown): void {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, "__proto__")) {
      delete (v as Record<string, unknown>)["__proto__"];
    }
    for (const child of Object.values(v as object)) stack.push(child);
  }
}
