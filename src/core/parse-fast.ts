/**
 * The fast readers of the loader, exact by construction, and what they share with the full path.
 *
 *  - JSON (`jsonParse`): `JSON.parse` for the value, plus one linear pass for what JSON allows and
 *    YAML does not (duplicate keys, a key and its `:` on different lines, tabs, `__proto__`, depth);
 *  - block YAML (`fastParse`): a line-based reader for block mappings and sequences, plain and
 *    simply quoted one-line scalars, one-line flow collections, comments, CRLF.
 *
 * They never guess: on anything outside their subset — anchors, tags, multi-line flow, block
 * scalars, multi-line scalars, escapes, duplicate or odd keys, tabs, lone CRs, Unicode line breaks,
 * several documents, non-mapping roots — they return `undefined` and the caller uses the full
 * `yaml` parser. When they return a value, it is exactly what `yaml` (YAML 1.2 core schema) gives,
 * and positions are the ranges yaml would record: test/property/differential.property.test.ts
 * holds them to that on generated texts of every shape.
 *
 * Positions are recorded in a second pass of the same reader (`fastParsePositions`, `jsonParse`
 * with `pos`), only when a finding needs one. This module imports nothing at run time, so
 * `modelspec-review validate` never loads the `yaml` package for a file these readers take.
 */
import { pointerTokens } from "./pointer.js";
import type { ParsedDocument, Position } from "./types.js";

/** Sentinel for "outside the fast subset". */
const BAIL = Symbol("bail");
type Bail = typeof BAIL;

/**
 * Where one node of a fast-read document lies in its text, as the `yaml` package records it:
 * `s`/`e` are its range[0]/range[1] (start and end of the node itself), `ne` its range[2] (end of
 * the node including what follows it on its line and the comments yaml attaches to it). A mapping
 * keeps its members by key (one `Map` lookup per pointer token, whatever its width); a sequence
 * its items.
 */
export interface PosNode {
  s: number;
  e: number;
  ne: number;
  keys?: Map<string, PosPair>;
  items?: PosNode[];
}

/** One mapping member: where its key starts and its value's node. */
export interface PosPair {
  ks: number;
  v: PosNode;
}

interface Line {
  indent: number;
  /** Text after the indentation, without the line break. Never empty, never a comment. */
  content: string;
  /** Offset of `content` in the text. */
  start: number;
  /** Offset just past this line's line break (or the end of the text). */
  eol: number;
  /** Blank and comment lines that follow this line (positions mode only). */
  trivia: Trivia[] | undefined;
}

/** A blank or comment-only line, as far as positions care. */
interface Trivia {
  comment: boolean;
  indent: number;
  eol: number;
}

/**
 * Blank and comment lines (and the indentation of the next line) left over when a block
 * collection closes: `yaml` attaches them to the innermost collection that contains a comment at
 * or beyond its own indentation, and that collection's end then includes them.
 */
interface Pending {
  trivia: Trivia[];
  /** Offset where they end: the next content line's first character, or the last line's end. */
  end: number;
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

/** A key the fast path may take (yaml's implicit keys end at most 1024 characters before their `:`). */
function plainKeyOk(key: string): boolean {
  return (
    key.length <= 1024 &&
    KEY_RE.test(key) &&
    !(SPECIAL_KEY_START[key.charCodeAt(0)] === 1 && KEY_SPECIAL_RE.test(key))
  );
}

/** A document marker line (`---` or `...` followed by a YAML space, i.e. space or tab, or the end). */
const MARKER_RE = /^(?:---|\.\.\.)(?:[ \t]|$)/;
const LONE_START_MARKER_RE = /^---[ \t]*(?:#.*)?$/;

function splitLines(text: string, withTrivia: boolean): Line[] | Bail {
  const lines: Line[] = [];
  const n = text.length;
  let pos = 0;
  let first = true;
  let trivia: Trivia[] | undefined;
  while (pos < n) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = n;
    const eol = end < n ? end + 1 : n;
    let stop = end;
    if (stop > pos && text.charCodeAt(stop - 1) === 13) stop--;
    let indent = 0;
    while (pos + indent < stop && text.charCodeAt(pos + indent) === 32) indent++;
    const start = pos + indent;
    pos = eol;
    if (start >= stop || text.charCodeAt(start) === 0x23 /* # */) {
      // Blank or comment line.
      if (withTrivia && lines.length > 0) {
        trivia ??= lines[lines.length - 1]!.trivia = [];
        trivia.push({ comment: start < stop, indent, eol });
      }
      continue;
    }
    const c = text.charCodeAt(start);
    const content = text.slice(start, stop);
    if (indent === 0 && (c === 0x2d /* - */ || c === 0x2e) /* . */ && MARKER_RE.test(content)) {
      // A leading `---` (alone) starts the only document; any other marker means multi-doc / end.
      if (first && LONE_START_MARKER_RE.test(content)) {
        first = false;
        continue;
      }
      return BAIL;
    }
    if (indent === 0 && c === 0x25 /* % directive */) return BAIL;
    first = false;
    trivia = undefined;
    lines.push({ indent, content, start, eol, trivia: undefined });
  }
  return lines;
}

/** Offset of the first character after trailing YAML spaces (only U+0020 here: tabs never reach). */
function trimSpacesEnd(s: string, end: number): number {
  while (end > 0 && s.charCodeAt(end - 1) === 0x20) end--;
  return end;
}

/** Characters that may not start a plain scalar (or start something the fast path leaves alone). */
function badScalarStart(c: number): boolean {
  // & * ! | > { [ ] } , % @ ` ' " ? : - #  (quotes and flow openers are handled before this check)
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

/** Flow indicators: , [ ] { } */
function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

/** Only spaces, or spaces then a comment, from `i` to the end of `s`. */
function onlyCommentAfter(s: string, i: number): boolean {
  let j = i;
  while (s.charCodeAt(j) === 0x20) j++;
  if (j >= s.length) return true;
  return s.charCodeAt(j) === 0x23 && j > i;
}

class FastParser {
  i = 0;
  /** Positions mode: the position of the value the last call returned. */
  p: PosNode | undefined;
  /** Positions mode: trivia left over by the collection that just closed (see Pending). */
  pending: Pending | undefined;
  /** End (relative to the value's start) of the scalar the last parseScalar call read. */
  private scalarEnd = 0;
  /** Index just past the flow collection the last parseFlow call read. */
  private flowEnd = 0;

  constructor(
    private readonly lines: Line[],
    private readonly maxDepth: number,
    private readonly pos: boolean,
  ) {}

  /** Parse the block collection starting at line i (indent given), or BAIL. */
  block(indent: number, depth: number): unknown {
    const line = this.lines[this.i];
    if (line === undefined) return BAIL;
    return isSeqItem(line.content) ? this.seq(indent, depth) : this.map(indent, depth);
  }

  map(indent: number, depth: number): unknown {
    if (depth > this.maxDepth) return BAIL;
    const obj: Record<string, unknown> = {};
    const lines = this.lines;
    const pos = this.pos;
    const keys = pos ? new Map<string, PosPair>() : undefined;
    const first = lines[this.i];
    const node: PosNode | undefined = pos ? { s: first ? first.start : 0, e: 0, ne: 0, keys } : undefined;
    let last: PosNode | undefined;
    let lastIsCollection = false;
    while (this.i < lines.length) {
      const line = lines[this.i]!;
      if (line.indent < indent) break;
      if (line.indent > indent) return BAIL;
      const content = line.content;
      const colon = content.indexOf(":");
      if (colon <= 0) return BAIL;
      const key = content.slice(0, colon);
      if (!plainKeyOk(key)) return BAIL;
      if (Object.prototype.hasOwnProperty.call(obj, key)) return BAIL; // duplicate: full parser reports it
      const after = content.charCodeAt(colon + 1);
      this.i++;
      this.pending = undefined;
      let value: unknown;
      let vpos: PosNode | undefined;
      let nested = false;
      if (Number.isNaN(after)) {
        value = this.nested(indent, depth, line, colon + 1);
        vpos = this.p;
        nested = this.nestedWasCollection;
      } else if (after !== 0x20) {
        return BAIL; // `key:value` is a plain scalar, not a pair
      } else {
        let j = colon + 2;
        while (content.charCodeAt(j) === 0x20) j++;
        if (j >= content.length || content.charCodeAt(j) === 0x23 /* # comment */) {
          if (pos && j < content.length && !this.nextIsDeeper(indent)) return BAIL; // `key: # c`, empty
          value = this.nested(indent, depth, line, j);
          vpos = this.p;
          nested = this.nestedWasCollection;
        } else {
          value = this.inlineValue(content, j, depth, line);
          vpos = this.p;
          // A following, deeper line would continue a multi-line scalar (or be an error).
          const next = lines[this.i];
          if (next !== undefined && next.indent > indent) return BAIL;
        }
      }
      if (value === BAIL) return BAIL;
      obj[key] = value;
      if (pos) {
        keys!.set(key, { ks: line.start, v: vpos! });
        last = vpos;
        lastIsCollection = nested;
      }
    }
    if (pos) this.close(node!, indent, last!, lastIsCollection);
    this.p = node;
    return obj;
  }

  /** Set by `nested`: whether the value it read is a block collection (not an empty value). */
  private nestedWasCollection = false;

  /** True when the next content line is deeper than `indent` (a nested block follows). */
  private nextIsDeeper(indent: number): boolean {
    const next = this.lines[this.i];
    return next !== undefined && next.indent > indent;
  }

  /**
   * The value of `key:` with nothing after it: a nested block, a same-indent sequence, or null.
   * `at` is where, in the key's line, the empty value would sit (after the `:` and any spaces).
   */
  nested(indent: number, depth: number, line: Line, at: number): unknown {
    const next = this.lines[this.i];
    this.nestedWasCollection = false;
    if (next !== undefined && next.indent > indent) {
      this.nestedWasCollection = true;
      return this.block(next.indent, depth + 1);
    }
    if (next !== undefined && next.indent === indent && isSeqItem(next.content)) {
      this.nestedWasCollection = true;
      return this.seq(indent, depth + 1);
    }
    if (this.pos) {
      // An empty value: yaml places it right after the `:` and its spaces. Blank or comment lines
      // after it, or a closing collection with an indented next line, move tokens around in ways
      // not modelled here: leave those files to the full parser.
      if (line.content.length !== at && line.content.charCodeAt(at) === 0x23) return BAIL;
      if (line.trivia !== undefined) return BAIL;
      if (next !== undefined && next.indent > 0 && next.indent < indent) return BAIL;
      const p = line.start + at;
      this.p = { s: p, e: p, ne: p };
    }
    return null;
  }

  seq(indent: number, depth: number): unknown {
    if (depth > this.maxDepth) return BAIL;
    const arr: unknown[] = [];
    const lines = this.lines;
    const pos = this.pos;
    const items: PosNode[] | undefined = pos ? [] : undefined;
    const first = lines[this.i];
    const node: PosNode | undefined = pos ? { s: first ? first.start : 0, e: 0, ne: 0, items } : undefined;
    let last: PosNode | undefined;
    let lastIsCollection = false;
    while (this.i < lines.length) {
      const line = lines[this.i]!;
      if (line.indent < indent) break;
      if (line.indent > indent) return BAIL;
      const content = line.content;
      if (!isSeqItem(content)) break; // the parent mapping continues at this indent
      this.pending = undefined;
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
        lines[this.i] = {
          indent: col,
          content: rest,
          start: line.start + j,
          eol: line.eol,
          trivia: line.trivia,
        };
        value = this.map(col, depth + 1);
        lastIsCollection = true;
      } else {
        this.i++;
        value = this.inlineValue(content, j, depth, line);
        lastIsCollection = false;
        const next = lines[this.i];
        if (next !== undefined && next.indent > indent) return BAIL;
      }
      if (value === BAIL) return BAIL;
      arr.push(value);
      if (pos) {
        items!.push(this.p!);
        last = this.p;
      }
    }
    if (pos) this.close(node!, indent, last!, lastIsCollection);
    this.p = node;
    return arr;
  }

  /**
   * A value that starts on the line of its key or dash, at `j` in `content`: a one-line flow
   * collection or a one-line scalar (a comment may follow either).
   */
  private inlineValue(content: string, j: number, depth: number, line: Line): unknown {
    const c = content.charCodeAt(j);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const v = this.parseFlow(content, j, depth + 1, line.start);
      if (v === BAIL || !onlyCommentAfter(content, this.flowEnd)) return BAIL;
      if (this.pos) this.p!.ne = line.eol;
      return v;
    }
    const v = this.parseScalar(content.slice(j));
    if (v !== BAIL && this.pos) {
      const s = line.start + j;
      this.p = { s, e: s + this.scalarEnd, ne: line.eol };
    }
    return v;
  }

  /** A one-line scalar value (text after `key: ` or `- `), comment allowed after it. */
  private parseScalar(v: string): unknown {
    const c = v.charCodeAt(0);
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const close = v.indexOf(c === 0x22 ? '"' : "'", 1);
      if (close === -1) return BAIL; // multi-line quoted scalar
      const body = v.slice(1, close);
      if (c === 0x22 && body.includes("\\")) return BAIL; // escapes
      if (c === 0x27 && v.charCodeAt(close + 1) === 0x27) return BAIL; // '' escape
      // After the closing quote: nothing, or spaces then a comment. Only U+0020 is a YAML space
      // here; anything else (NBSP included) is an error yaml reports, so it is left to yaml.
      if (!onlyCommentAfter(v, close + 1)) return BAIL;
      this.scalarEnd = close + 1;
      return body;
    }
    if (badScalarStart(c)) return BAIL;
    if (c === 0x2d /* - */ && (v.length === 1 || v.charCodeAt(1) === 0x20)) return BAIL;
    const hash = v.indexOf(" #");
    // Trailing YAML spaces only: U+00A0 and other Unicode spaces are content to YAML.
    const end = trimSpacesEnd(v, hash === -1 ? v.length : hash);
    const s = end === v.length ? v : v.slice(0, end);
    if (s.includes(": ") || s.endsWith(":")) return BAIL; // a mapping inside a plain scalar: an error
    this.scalarEnd = end;
    return resolvePlainScalar(s);
  }

  /**
   * A flow collection that closes on the same line: `{a: 1, b: [x, "y"]}`. Plain and simply quoted
   * scalars, nested flow collections; anything else (empty values, pairs in sequences, trailing
   * commas, escapes, comments inside) is left to the full parser.
   */
  private parseFlow(s: string, i: number, depth: number, base: number): unknown {
    if (depth > this.maxDepth) return BAIL;
    const pos = this.pos;
    const open = s.charCodeAt(i);
    const isMap = open === 0x7b;
    const closer = isMap ? 0x7d : 0x5d;
    const obj: Record<string, unknown> | undefined = isMap ? {} : undefined;
    const arr: unknown[] | undefined = isMap ? undefined : [];
    const keys = pos && isMap ? new Map<string, PosPair>() : undefined;
    const items: PosNode[] | undefined = pos && !isMap ? [] : undefined;
    let j = i + 1;
    while (s.charCodeAt(j) === 0x20) j++;
    if (s.charCodeAt(j) === closer) {
      j++;
    } else {
      for (;;) {
        let key: string | undefined;
        let ks = 0;
        if (isMap) {
          ks = j;
          const q = s.charCodeAt(j);
          if (q === 0x22 || q === 0x27) {
            const close = s.indexOf(q === 0x22 ? '"' : "'", j + 1);
            if (close === -1) return BAIL;
            key = s.slice(j + 1, close);
            if ((q === 0x22 && key.includes("\\")) || (q === 0x27 && s.charCodeAt(close + 1) === 0x27))
              return BAIL;
            if (key === "__proto__") return BAIL;
            j = close + 1;
            if (s.charCodeAt(j) !== 0x3a) return BAIL; // `"a" : 1` and friends
            j++;
          } else {
            const colon = s.indexOf(":", j);
            if (colon === -1) return BAIL;
            key = s.slice(j, colon);
            if (!plainKeyOk(key)) return BAIL;
            j = colon + 1;
          }
          if (s.charCodeAt(j) !== 0x20) return BAIL;
          if (Object.prototype.hasOwnProperty.call(obj, key)) return BAIL;
          while (s.charCodeAt(j) === 0x20) j++;
        }
        // The value (or the item).
        const c = s.charCodeAt(j);
        let value: unknown;
        let vpos: PosNode | undefined;
        if (c === 0x7b || c === 0x5b) {
          value = this.parseFlow(s, j, depth + 1, base);
          if (value === BAIL) return BAIL;
          j = this.flowEnd;
          vpos = this.p;
        } else if (c === 0x22 || c === 0x27) {
          const close = s.indexOf(c === 0x22 ? '"' : "'", j + 1);
          if (close === -1) return BAIL;
          const body = s.slice(j + 1, close);
          if ((c === 0x22 && body.includes("\\")) || (c === 0x27 && s.charCodeAt(close + 1) === 0x27))
            return BAIL;
          value = body;
          if (pos) vpos = { s: base + j, e: base + close + 1, ne: base + close + 1 };
          j = close + 1;
        } else {
          if (Number.isNaN(c) || badScalarStart(c)) return BAIL;
          if (c === 0x2d) {
            const e = s.charCodeAt(j + 1);
            if (Number.isNaN(e) || e === 0x20 || isFlowIndicator(e)) return BAIL; // `- ` or a lone `-`
          }
          let k = j;
          for (; k < s.length; k++) {
            const d = s.charCodeAt(k);
            if (isFlowIndicator(d) || d === 0x23) break;
            if (d === 0x3a) {
              const e = s.charCodeAt(k + 1);
              if (Number.isNaN(e) || e === 0x20 || isFlowIndicator(e)) return BAIL; // a pair or an error
            }
          }
          const end = trimSpacesEnd(s, k);
          if (end <= j || s.charCodeAt(k) === 0x23) return BAIL;
          value = resolvePlainScalar(s.slice(j, end));
          if (pos) vpos = { s: base + j, e: base + end, ne: base + end };
          j = end;
        }
        while (s.charCodeAt(j) === 0x20) j++;
        if (isMap) {
          obj![key!] = value;
          if (pos) keys!.set(key!, { ks: base + ks, v: vpos! });
        } else {
          if (s.charCodeAt(j) === 0x3a) return BAIL; // `[a: 1]`: a pair in a sequence
          arr!.push(value);
          if (pos) items!.push(vpos!);
        }
        const d = s.charCodeAt(j);
        if (d === closer) {
          j++;
          break;
        }
        if (d !== 0x2c) return BAIL;
        j++;
        while (s.charCodeAt(j) === 0x20) j++;
        if (s.charCodeAt(j) === closer || s.charCodeAt(j) === 0x2c) return BAIL; // trailing or double comma
      }
    }
    this.flowEnd = j;
    if (pos) this.p = { s: base + i, e: base + j, ne: base + j, keys, items };
    return isMap ? obj : arr;
  }

  /**
   * Positions mode, when a block collection ends: its end is its last value's node end, and its
   * node end includes the blank and comment lines yaml gives it. Mirrors yaml's parser: comment
   * lines deeper than the collection right after a scalar extend that scalar; the rest stays with
   * the innermost collection that has a comment at or beyond its own indentation (or moves up).
   */
  private close(node: PosNode, indent: number, last: PosNode, lastIsCollection: boolean): void {
    if (!lastIsCollection) {
      // The innermost collection: the trivia after its last line are its to sort out.
      const line = this.lines[this.i - 1]!;
      const trivia = line.trivia ?? [];
      let k = 0;
      let ext = -1;
      for (; k < trivia.length; k++) {
        const t = trivia[k]!;
        if (!t.comment) continue;
        if (t.indent > indent) ext = k;
        else break;
      }
      if (ext !== -1) last.ne = trivia[ext]!.eol;
      const rest = trivia.slice(ext + 1);
      const next = this.lines[this.i];
      const end =
        next !== undefined && next.indent > 0
          ? next.start
          : rest.length > 0
            ? rest[rest.length - 1]!.eol
            : -1;
      this.pending = end === -1 ? undefined : { trivia: rest, end };
    }
    node.e = last.ne;
    node.ne = node.e;
    const p = this.pending;
    if (p !== undefined && indent !== 0 && p.trivia.some((t) => t.comment && t.indent >= indent)) {
      node.ne = p.end;
      this.pending = undefined;
    }
  }
}

function isSeqItem(content: string): boolean {
  return content.charCodeAt(0) === 0x2d && (content.length === 1 || content.charCodeAt(1) === 0x20);
}

/** Characters whose YAML meaning the block reader does not model. CRs are fine when each ends a line. */
function blockReaderDeclines(text: string): boolean {
  return (
    text.indexOf("\t") !== -1 ||
    text.indexOf("\u0085") !== -1 ||
    text.indexOf("\u2028") !== -1 ||
    text.indexOf("\u2029") !== -1 ||
    text.indexOf("\uFEFF") !== -1 ||
    (text.indexOf("\r") !== -1 && /\r(?!\n)/.test(text))
  );
}

function readBlock(
  text: string,
  maxDepth: number,
  pos: boolean,
): { value: Record<string, unknown>; pos: PosNode | undefined } | undefined {
  if (blockReaderDeclines(text)) return undefined;
  const lines = splitLines(text, pos);
  if (lines === BAIL || lines.length === 0) return undefined;
  if (lines[0]!.indent !== 0 || isSeqItem(lines[0]!.content)) return undefined;
  const parser = new FastParser(lines, maxDepth, pos);
  const value = parser.map(0, 1);
  if (value === BAIL || parser.i !== lines.length) return undefined;
  return { value: value as Record<string, unknown>, pos: parser.p };
}

/**
 * Parse `text` (BOM already removed) if it is a single block-mapping document inside the fast subset.
 * Returns the plain value, or `undefined` when the full parser must decide.
 */
export function fastParse(text: string, maxDepth = 64): Record<string, unknown> | undefined {
  return readBlock(text, maxDepth, false)?.value;
}

/**
 * The same reading as `fastParse`, with the position of every node (the ranges `yaml` would give).
 * `undefined` exactly when `fastParse` declines.
 */
export function fastParsePositions(text: string, maxDepth = 64): PosNode | undefined {
  return readBlock(text, maxDepth, true)?.pos;
}

// ─── JSON ────────────────────────────────────────────────────────────────────────────────────────

/** First non-space character is `{`: worth trying JSON.parse. */
export function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) return true;
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d) return false;
  }
  return false;
}

/**
 * A JSON object document: `JSON.parse` for the value, then one linear pass that checks what JSON
 * allows and YAML does not (duplicate keys, a key and its `:` on different lines, tabs, lone CRs,
 * `__proto__`, nesting past the depth limit) and, on request, records every node's position.
 * Duplicate keys are never compared pairwise: the value pass counts the keys of the text and
 * compares the count with the own keys of the parsed value (no allocation per key); the positions
 * pass keeps a Map per object anyway. `undefined` when the full parser must decide.
 */
export function jsonParse(
  text: string,
  maxDepth = 64,
  pos = false,
): { value: Record<string, unknown>; pos: PosNode | undefined } | undefined {
  if (text.indexOf("\t") !== -1 || (text.indexOf("\r") !== -1 && /\r(?!\n)/.test(text))) return undefined;
  if (text.indexOf("\u2028") !== -1 || text.indexOf("\u2029") !== -1) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const scan = new JsonScan(text, maxDepth, pos);
  const start = scan.ws(0);
  const root = scan.value(start, 1);
  if (root === BAIL) return undefined;
  // Value mode keeps no keys: a duplicate shows as JSON.parse keeping fewer keys than the text has.
  if (!pos && ownKeyCount(value) !== scan.keyCount) return undefined;
  return { value: value as Record<string, unknown>, pos: scan.p };
}

/**
 * Own keys of every object in a `JSON.parse` result. Equal to the number of keys in the text
 * exactly when no object repeats a key (JSON.parse keeps the last of equal keys and drops the
 * subtrees of the others, so a repeat only ever lowers the count).
 */
function ownKeyCount(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === "object") stack.push(x);
      continue;
    }
    const o = v as Record<string, unknown>;
    for (const k in o) {
      n++;
      const x = o[k];
      if (x !== null && typeof x === "object") stack.push(x);
    }
  }
  return n;
}

/** The JSON string token at [ks, ke) (quotes included) is the key `__proto__`, escaped or not. */
function isProtoKey(t: string, ks: number, ke: number): boolean {
  for (let i = ks + 1; i < ke - 1; i++) {
    if (t.charCodeAt(i) === 0x5c) return JSON.parse(t.slice(ks, ke)) === "__proto__";
  }
  return ke - ks - 2 === 9 && t.startsWith("__proto__", ks + 1);
}

class JsonScan {
  p: PosNode | undefined;
  /** Keys read, over every object (value mode compares it with the parsed value's own keys). */
  keyCount = 0;
  /** Index just past the value the last `value` call read. */
  end = 0;
  constructor(
    private readonly t: string,
    private readonly maxDepth: number,
    private readonly pos: boolean,
  ) {}

  /** Skip JSON whitespace (space, LF, CR; tabs were ruled out). */
  ws(i: number): number {
    const t = this.t;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d) i++;
      else return i;
    }
  }

  /** Index just past the string whose opening quote is at i. */
  private stringEnd(i: number): number {
    const t = this.t;
    let j = i + 1;
    for (;;) {
      const q = t.indexOf('"', j);
      // JSON.parse accepted the text, so the string closes.
      let b = q - 1;
      while (t.charCodeAt(b) === 0x5c) b--;
      if ((q - 1 - b) % 2 === 0) return q + 1;
      j = q + 1;
    }
  }

  value(i: number, depth: number): true | Bail {
    const t = this.t;
    const c = t.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      if (depth > this.maxDepth) return BAIL;
      return c === 0x7b ? this.object(i, depth) : this.array(i, depth);
    }
    let j: number;
    if (c === 0x22) j = this.stringEnd(i);
    else {
      j = i + 1;
      for (;;) {
        const d = t.charCodeAt(j);
        if (
          d === 0x2c ||
          d === 0x7d ||
          d === 0x5d ||
          d === 0x20 ||
          d === 0x0a ||
          d === 0x0d ||
          Number.isNaN(d)
        )
          break;
        j++;
      }
    }
    this.end = j;
    if (this.pos) this.p = { s: i, e: j, ne: j };
    return true;
  }

  private object(i: number, depth: number): true | Bail {
    const t = this.t;
    // Positions mode keeps every key (a Map per object, which also finds a repeated key); value
    // mode allocates nothing per key and only counts them (see jsonParse).
    const keys = this.pos ? new Map<string, PosPair>() : undefined;
    let key = "";
    let j = this.ws(i + 1);
    if (t.charCodeAt(j) !== 0x7d) {
      for (;;) {
        const ks = j;
        const ke = this.stringEnd(j);
        if (keys) {
          const raw = t.slice(j + 1, ke - 1);
          key = raw.indexOf("\\") === -1 ? raw : (JSON.parse(t.slice(j, ke)) as string);
          if (key === "__proto__" || keys.has(key)) return BAIL;
        } else {
          if (isProtoKey(t, j, ke)) return BAIL;
          this.keyCount++;
        }
        // YAML wants an implicit key and its `:` on one line.
        j = ke;
        while (t.charCodeAt(j) === 0x20) j++;
        if (t.charCodeAt(j) !== 0x3a) return BAIL;
        j = this.ws(j + 1);
        if (this.value(j, depth + 1) === BAIL) return BAIL;
        if (keys) keys.set(key, { ks, v: this.p! });
        j = this.ws(this.end);
        if (t.charCodeAt(j) === 0x7d) break;
        j = this.ws(j + 1); // the comma
      }
    }
    this.end = j + 1;
    if (this.pos) this.p = { s: i, e: j + 1, ne: j + 1, keys };
    return true;
  }

  private array(i: number, depth: number): true | Bail {
    const t = this.t;
    const items: PosNode[] | undefined = this.pos ? [] : undefined;
    let j = this.ws(i + 1);
    if (t.charCodeAt(j) !== 0x5d) {
      for (;;) {
        if (this.value(j, depth + 1) === BAIL) return BAIL;
        if (items) items.push(this.p!);
        j = this.ws(this.end);
        if (t.charCodeAt(j) === 0x5d) break;
        j = this.ws(j + 1);
      }
    }
    this.end = j + 1;
    if (this.pos) this.p = { s: i, e: j + 1, ne: j + 1, items };
    return true;
  }
}

/**
 * The cheapest exact reading of one single-document text: JSON first when it looks like JSON, then
 * the block reader. `undefined` when neither takes it (the full parser decides).
 */
export function readFast(
  text: string,
  maxDepth = 64,
): { value: Record<string, unknown>; positions: () => PosNode | undefined } | undefined {
  if (looksLikeJson(text)) {
    const j = jsonParse(text, maxDepth, false);
    if (j !== undefined) return { value: j.value, positions: () => jsonParse(text, maxDepth, true)?.pos };
  }
  const value = fastParse(text, maxDepth);
  if (value === undefined) return undefined;
  return { value, positions: () => fastParsePositions(text, maxDepth) };
}

// ─── Positions ───────────────────────────────────────────────────────────────────────────────────

/** Offset → 1-based line/column over one text; line starts are computed once, on first use. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const t = this.text;
    for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
    return starts;
  }

  at(offset: number): { line: number; column: number } {
    const starts = this.lineStarts();
    const off = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: off - starts[lo]! + 1 };
  }

  span(start: number, end: number): Position {
    const a = this.at(start);
    const b = this.at(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/**
 * Where a pointer lies, from the fast readers' positions: the same rule as `locateInDocument`
 * (a member spans its key to its value's end, an item itself; a missing pointer resolves to its
 * nearest existing ancestor), with one map lookup per token.
 */
export function locatePos(root: PosNode, index: LineIndex, pointer: string): Position {
  let node = root;
  let best = index.span(root.s, root.e);
  for (const token of pointerTokens(pointer)) {
    if (node.keys) {
      const pair = node.keys.get(token);
      if (!pair) return best;
      best = index.span(pair.ks, pair.v.e);
      node = pair.v;
    } else if (node.items) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return best;
      const item = node.items[Number(token)];
      if (item === undefined) return best;
      best = index.span(item.s, item.e);
      node = item;
    } else return best;
  }
  return best;
}

/**
 * The CLI's one reading of a file: the preflight of `parseFile` (size cap, BOM, forbidden
 * characters), then the fast readers. Gives the value and, on demand, exact positions — what
 * `parseFile` would give for this text — without loading the `yaml` package. `undefined` means
 * "ask `parseFile`".
 */
export function quickDocument(
  text: string,
  opts: { maxBytes?: number; maxDepth?: number; maxEntries?: number } = {},
): ParsedDocument | undefined {
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  if (text.length * 3 > maxBytes && utf8Length(text) > maxBytes) return undefined;
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (findForbiddenCharacter(t) !== -1) return undefined;
  const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
  if (countEntries(t, maxEntries) > maxEntries) return undefined;
  const fast = readFast(t, opts.maxDepth ?? 64);
  if (fast === undefined) return undefined;
  let located: ((pointer: string) => Position) | undefined;
  return {
    index: 0,
    value: fast.value,
    locate(pointer: string): Position {
      if (!located) {
        const root = fast.positions();
        const lines = new LineIndex(t);
        // The same reader took the text once, so it takes it again; the fallback is unreachable.
        located = root ? (ptr) => locatePos(root, lines, ptr) : () => ({ line: 1, column: 1 });
      }
      return located(pointer);
    },
  };
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

/**
 * Offset of the first character YAML forbids in a stream (controls, lone surrogates, U+FFFE/U+FFFF), or
 * -1.
 */
export function findForbiddenCharacter(text: string): number {
  // One cheap scan for the common case (nothing suspicious), the precise one only when needed.
  if (!SUSPICIOUS_RE.test(text)) return -1;
  const m = FORBIDDEN_RE.exec(text);
  return m === null ? -1 : m.index;
}

/** `parseFile`'s default entry cap (`ParseOptions.maxEntries`). */
export const DEFAULT_MAX_ENTRIES = 100_000;

/**
 * Entries of a text as the entry cap counts them: the larger of its LF and CR counts (its lines,
 * whichever line breaks it uses) plus its commas (flow-collection and JSON separators), plus one.
 * Every value a reader builds is on its own line or after its own comma, but for a bounded number
 * nested on one line (the depth cap), so this bounds the work of every reader. Native `indexOf`
 * scans; counting stops once the count passes `limit`.
 */
export function countEntries(text: string, limit: number): number {
  const lines = Math.max(countChar(text, "\n", limit), countChar(text, "\r", limit));
  if (lines > limit) return lines + 1;
  return lines + countChar(text, ",", limit - lines) + 1;
}

function countChar(text: string, ch: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) if (++n > limit) break;
  return n;
}

/**
 * The whole fast path as the CLI uses it: the same preflight as `parseFile` (size cap, BOM,
 * forbidden characters), then `fastParse`. `undefined` means "ask `parseFile`".
 */
export function quickParse(
  text: string,
  opts: { maxBytes?: number; maxDepth?: number; maxEntries?: number } = {},
): Record<string, unknown> | undefined {
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  if (text.length * 3 > maxBytes && utf8Length(text) > maxBytes) return undefined;
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (findForbiddenCharacter(t) !== -1) return undefined;
  const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
  if (countEntries(t, maxEntries) > maxEntries) return undefined;
  return readFast(t, opts.maxDepth ?? 64)?.value;
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
