/**
 * The fast path of the loader: a small, line-based reader for the block-YAML subset that ModelSpec
 * files are written in (block mappings and sequences, plain / simply quoted one-line scalars,
 * comments, CRLF). It never guesses: on anything outside that subset — anchors, tags, flow
 * collections, block scalars, multi-line scalars, escapes, duplicate or odd keys, several documents,
 * non-mapping roots — it returns `undefined` and the caller uses the full `yaml` parser instead.
 * When it returns a value, that value is exactly what `yaml` (YAML 1.2 core schema) would produce;
 * test/core/parse-fast.test.ts checks this on examples, mutations and generated documents.
 *
 * It exists for speed: it is ~50× cheaper than building a YAML AST, and this module imports nothing,
 * so `modelspec-review validate` does not load the `yaml` package at all while every file is valid.
 * Positions are not recorded here: they are computed (by the full parser) only when a finding needs
 * one.
 */

/** Sentinel for "outside the fast subset". */
const BAIL = Symbol("bail");
type Bail = typeof BAIL;

interface Line {
  indent: number;
  /** Text after the indentation, without the line break. Never empty, never a comment. */
  content: string;
}

// YAML 1.2 core schema, exactly as the `yaml` package resolves plain scalars (schema/core/*.js).
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const INT_HEX_RE = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Resolve a plain scalar the way the YAML 1.2 core schema does. */
export function resolvePlainScalar(s: string): string | number | boolean | null {
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  // Most values start with a letter that cannot begin a null, a bool or a number: strings.
  const lower = c | 0x20;
  if (
    lower >= 0x61 &&
    lower <= 0x7a &&
    lower !== 0x6e /* n */ &&
    lower !== 0x74 /* t */ &&
    lower !== 0x66 /* f */
  ) {
    return s;
  }
  if (NULL_RE.test(s)) return null;
  if (BOOL_RE.test(s)) return s[0] === "t" || s[0] === "T";
  if (lower >= 0x61 && lower <= 0x7a) return s; // n/t/f words that are not null/bool
  if (INT_OCT_RE.test(s)) return parseInt(s.substring(2), 8);
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (INT_HEX_RE.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN_RE.test(s)) {
    return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity;
  }
  if (FLOAT_EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s);
  return s;
}

/** Keys the fast path accepts: plain, string-valued, never special to YAML or to JavaScript. */
const KEY_RE = /^[A-Za-z_][A-Za-z0-9_.\-/]*$/;
const KEY_SPECIAL_RE = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
/** First characters of the special keys above (n N t T f F _), to skip the regex for the rest. */
const SPECIAL_KEY_START = new Uint8Array(128);
for (const c of "nNtTfF_") SPECIAL_KEY_START[c.charCodeAt(0)] = 1;

function splitLines(text: string): Line[] | Bail {
  const lines: Line[] = [];
  const n = text.length;
  let pos = 0;
  let first = true;
  while (pos < n) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = n;
    let stop = end;
    if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--;
    let indent = 0;
    while (pos + indent < stop && text.charCodeAt(pos + indent) === 32) indent++;
    const start = pos + indent;
    pos = end + 1;
    if (start >= stop) continue; // blank line
    const c = text.charCodeAt(start);
    if (c === 0x23 /* # */) continue; // comment line
    const content = text.slice(start, stop);
    if (
      indent === 0 &&
      (c === 0x2d /* - */ || c === 0x2e) /* . */ &&
      /^(?:---|\.\.\.)(?:\s|$)/.test(content)
    ) {
      // A leading `---` (alone) starts the only document; any other marker means multi-doc / end.
      if (first && /^---\s*(?:#.*)?$/.test(content)) {
        first = false;
        continue;
      }
      return BAIL;
    }
    if (indent === 0 && c === 0x25 /* % directive */) return BAIL;
    first = false;
    lines.push({ indent, content });
  }
  return lines;
}

/** Where a trailing comment starts in a plain scalar (" #"), or -1. */
function commentStart(s: string, from: number): number {
  const i = s.indexOf(" #", from);
  return i;
}

/** Characters that may not start a plain scalar (or start something the fast path leaves alone). */
function badScalarStart(c: number): boolean {
  // & * ! | > { [ ] } , % @ ` ' " ? : - #  (quotes are handled before this check)
  return (
    c === 0x26 ||
    c === 0x2a ||
    c === 0x21 ||
    c === 0x7c ||
    c === 0x3e ||
    c === 0x7b ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0x7d ||
    c === 0x2c ||
    c === 0x25 ||
    c === 0x40 ||
    c === 0x60 ||
    c === 0x3f ||
    c === 0x3a ||
    c === 0x23
  );
}

/** A one-line scalar value (text after `key: ` or `- `), comment allowed after it. */
function parseScalar(v: string): unknown {
  const c = v.charCodeAt(0);
  if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
    const close = v.indexOf(c === 0x22 ? '"' : "'", 1);
    if (close === -1) return BAIL; // multi-line quoted scalar
    const body = v.slice(1, close);
    if (c === 0x22 && body.includes("\\")) return BAIL; // escapes
    if (c === 0x27 && v.charCodeAt(close + 1) === 0x27) return BAIL; // '' escape
    const rest = v.slice(close + 1).trimEnd();
    if (rest.length > 0 && !/^ +#/.test(rest)) return BAIL;
    return body;
  }
  if (badScalarStart(c)) return BAIL;
  if (c === 0x2d /* - */ && (v.length === 1 || v.charCodeAt(1) === 0x20)) return BAIL;
  let s = v;
  const hash = commentStart(s, 0);
  if (hash !== -1) s = s.slice(0, hash);
  s = s.trimEnd();
  if (s.includes(": ") || s.endsWith(":")) return BAIL; // a mapping inside a plain scalar: an error
  return resolvePlainScalar(s);
}

class FastParser {
  i = 0;
  constructor(
    private readonly lines: Line[],
    private readonly maxDepth: number,
  ) {}

  /** Parse the block collection starting at line i (indent given), or BAIL. */
  block(indent: number, depth: number): unknown {
    if (depth > this.maxDepth) return BAIL;
    const line = this.lines[this.i];
    if (line === undefined) return BAIL;
    return isSeqItem(line.content) ? this.seq(indent, depth) : this.map(indent, depth);
  }

  map(indent: number, depth: number): unknown {
    const obj: Record<string, unknown> = {};
    const lines = this.lines;
    while (this.i < lines.length) {
      const line = lines[this.i]!;
      if (line.indent < indent) break;
      if (line.indent > indent) return BAIL;
      const content = line.content;
      const colon = content.indexOf(":");
      if (colon <= 0) return BAIL;
      const key = content.slice(0, colon);
      if (
        key.length > 1024 ||
        !KEY_RE.test(key) ||
        (SPECIAL_KEY_START[key.charCodeAt(0)] === 1 && KEY_SPECIAL_RE.test(key))
      ) {
        return BAIL;
      }
      if (Object.prototype.hasOwnProperty.call(obj, key)) return BAIL; // duplicate: full parser reports it
      const after = content.charCodeAt(colon + 1);
      this.i++;
      let value: unknown;
      if (Number.isNaN(after)) {
        value = this.nested(indent, depth);
      } else if (after !== 0x20) {
        return BAIL; // `key:value` is a plain scalar, not a pair
      } else {
        let j = colon + 2;
        while (content.charCodeAt(j) === 0x20) j++;
        if (j >= content.length || content.charCodeAt(j) === 0x23 /* # comment */) {
          value = this.nested(indent, depth);
        } else {
          value = parseScalar(content.slice(j));
          // A following, deeper line would continue a multi-line scalar (or be an error).
          const next = lines[this.i];
          if (next !== undefined && next.indent > indent) return BAIL;
        }
      }
      if (value === BAIL) return BAIL;
      obj[key] = value;
    }
    return obj;
  }

  /** The value of `key:` with nothing after it: a nested block, a same-indent sequence, or null. */
  nested(indent: number, depth: number): unknown {
    const next = this.lines[this.i];
    if (next === undefined) return null;
    if (next.indent > indent) return this.block(next.indent, depth + 1);
    if (next.indent === indent && isSeqItem(next.content)) return this.seq(indent, depth + 1);
    return null;
  }

  seq(indent: number, depth: number): unknown {
    if (depth > this.maxDepth) return BAIL;
    const arr: unknown[] = [];
    const lines = this.lines;
    while (this.i < lines.length) {
      const line = lines[this.i]!;
      if (line.indent < indent) break;
      if (line.indent > indent) return BAIL;
      const content = line.content;
      if (!isSeqItem(content)) break; // the parent mapping continues at this indent
      let j = 1;
      while (content.charCodeAt(j) === 0x20) j++;
      if (j >= content.length || content.charCodeAt(j) === 0x23) return BAIL; // "-" alone: nested block
      const rest = content.slice(j);
      if (isSeqItem(rest)) return BAIL; // "- - x"
      const colon = rest.indexOf(":");
      const looksLikePair =
        colon > 0 &&
        (colon === rest.length - 1 || rest.charCodeAt(colon + 1) === 0x20) &&
        KEY_RE.test(rest.slice(0, colon));
      let value: unknown;
      if (looksLikePair) {
        // "- key: value": a mapping whose keys sit at the column of `key`.
        const col = indent + j;
        lines[this.i] = { indent: col, content: rest };
        value = this.map(col, depth + 1);
      } else {
        this.i++;
        value = parseScalar(rest);
        const next = lines[this.i];
        if (next !== undefined && next.indent > indent) return BAIL;
      }
      if (value === BAIL) return BAIL;
      arr.push(value);
    }
    return arr;
  }
}

function isSeqItem(content: string): boolean {
  return content.charCodeAt(0) === 0x2d && (content.length === 1 || content.charCodeAt(1) === 0x20);
}

/**
 * Parse `text` (BOM already removed) if it is a single block-mapping document inside the fast subset.
 * Returns the plain value, or `undefined` when the full parser must decide.
 */
export function fastParse(text: string, maxDepth = 64): Record<string, unknown> | undefined {
  // Characters whose YAML meaning the fast path does not model (indexOf is far cheaper than a regex
  // over the whole text). CRs are fine when every one ends a line.
  if (
    text.indexOf("\t") !== -1 ||
    text.indexOf("\u0085") !== -1 ||
    text.indexOf("\u2028") !== -1 ||
    text.indexOf("\u2029") !== -1 ||
    text.indexOf("\uFEFF") !== -1
  ) {
    return undefined;
  }
  if (text.indexOf("\r") !== -1 && /\r(?!\n)/.test(text)) return undefined;
  const lines = splitLines(text);
  if (lines === BAIL || lines.length === 0) return undefined;
  if (lines[0]!.indent !== 0 || isSeqItem(lines[0]!.content)) return undefined;
  const parser = new FastParser(lines, maxDepth);
  const value = parser.map(0, 1);
  if (value === BAIL || parser.i !== lines.length) return undefined;
  return value as Record<string, unknown>;
}

// ─── Preflight checks shared by the fast and the full path ──────────────────────────────────────

/** UTF-8 length of a JS string without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Characters YAML does not allow in a stream (C0 controls except TAB/LF/CR, DEL, lone surrogates,
 * U+FFFE/U+FFFF). Returns the offset of the first one, or -1.
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
const FORBIDDEN_RE =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SUSPICIOUS_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uD800-\uDFFF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

export function findForbiddenCharacter(text: string): number {
  // One cheap scan for the common case (nothing suspicious), the precise one only when needed.
  if (!SUSPICIOUS_RE.test(text)) return -1;
  const m = FORBIDDEN_RE.exec(text);
  return m === null ? -1 : m.index;
}

/**
 * The whole fast path as the CLI uses it: the same preflight as `parseFile` (size cap, BOM,
 * forbidden characters), then `fastParse`. `undefined` means "ask `parseFile`".
 */
export function quickParse(
  text: string,
  opts: { maxBytes?: number; maxDepth?: number } = {},
): Record<string, unknown> | undefined {
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  if (text.length * 3 > maxBytes && utf8Length(text) > maxBytes) return undefined;
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (findForbiddenCharacter(t) !== -1) return undefined;
  return fastParse(t, opts.maxDepth ?? 64);
}

/**
 * A cheap, linear upper-bound estimate of nesting depth, run before the full YAML parser sees the
 * text: the `yaml` package recurses once per nesting level and, thousands of levels deep, takes
 * seconds or exhausts the stack (which has been seen to abort the whole process). Counts block
 * levels with an indentation stack plus, on each line, leading `- `/`? ` indicators, unquoted
 * `: ` outside flow collections, and flow brackets. Returns the offset where the estimate first
 * exceeds `limit`, or -1. It over-estimates rather than under-estimates; callers use a limit well
 * above the real depth cap and check the exact depth on the AST afterwards.
 */
export function findExcessiveNesting(text: string, limit: number): number {
  const stack: number[] = [];
  let flow = 0;
  let pos = 0;
  let scalarIndent = -1; // inside a block scalar (| or >) whose header line had this indent
  const n = text.length;
  while (pos < n) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = n;
    const lineStart = pos;
    pos = end + 1;
    let i = lineStart;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const indent = i - lineStart;
    const first = text.charCodeAt(i);
    const blank = i >= end || first === 0x23 || first === 13;
    if (scalarIndent >= 0) {
      if (blank || indent > scalarIndent) continue; // block scalar content: text, not structure
      scalarIndent = -1;
    }
    if (!blank && flow === 0) {
      while (stack.length > 0 && stack[stack.length - 1]! >= indent) stack.pop();
      stack.push(indent);
    }
    let depth = stack.length + flow;
    let quote = 0;
    let leading = true; // only indicators so far on this line
    let prev = 0x20; // previous character; a quote opens a scalar only after a space or an indicator
    let last = 0; // last significant character outside quotes and comments
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
        else if (c === 0x5c && quote === 0x22) i++;
        prev = c;
        continue;
      }
      if (
        (c === 0x27 || c === 0x22) &&
        (prev === 0x20 ||
          prev === 0x5b ||
          prev === 0x7b ||
          prev === 0x2c ||
          prev === 0x3a ||
          prev === 0x2d ||
          prev === 0x3f)
      ) {
        quote = c;
        leading = false;
        last = c;
        prev = c;
        continue;
      }
      if (c === 0x23 && prev === 0x20) break; // comment
      if (c === 0x5b || c === 0x7b) {
        flow++;
        depth++;
      } else if (c === 0x5d || c === 0x7d) {
        if (flow > 0) flow--;
      } else if (c === 0x20 && (prev === 0x2d || prev === 0x3f) && leading) {
        depth++; // "- " / "? " opening a nested block collection on the same line
      } else if (c === 0x20 && prev === 0x3a && flow === 0) {
        depth++; // ": " of an implicit key (a plain scalar may not contain one)
      } else if (c !== 0x20 && c !== 0x2d && c !== 0x3f && c !== 13) {
        leading = false;
      }
      if (depth > limit) return i;
      if (c !== 0x20 && c !== 13) last = c;
      prev = c;
    }
    if (depth > limit) return end;
    if (quote === 0 && flow === 0) {
      // A block scalar header ends the line: "key: |", "- >-", "key: |2+".
      let j = end - 1;
      while (j > lineStart && (text.charCodeAt(j) === 13 || text.charCodeAt(j) === 32)) j--;
      while (j > lineStart && /[-+0-9]/.test(text[j]!)) j--;
      const h = text.charCodeAt(j);
      if ((h === 0x7c || h === 0x3e) && (last === h || /[-+0-9]/.test(String.fromCharCode(last)))) {
        const before = text.charCodeAt(j - 1);
        if (j === lineStart + indent || before === 0x20) scalarIndent = indent;
      }
    }
  }
  return -1;
}
