export const id = 251;
export const ids = [251];
export const modules = {

/***/ 9901:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MH: () => (/* binding */ makeFinding),
/* harmony export */   _f: () => (/* binding */ DRIFT_FIELD_IDS),
/* harmony export */   oL: () => (/* binding */ DRIFT_STAGE_CODES)
/* harmony export */ });
/* unused harmony exports PARSE_CODES, SCHEMA_CODES, ESTIMATE_CODES, MODEL_CODES, CONFIG_CODES, RUNTIME_STAGE_CODES, FINDING_CODES */
/**
 * Every finding code the review emits, in one union, and the one factory that builds a `Finding`.
 * A code that is not listed here is a compile error wherever a finding is made, so users can rely
 * on codes to suppress findings and tests can match codes, not prose. Each code is documented in
 * docs/ (test/docs/finding-codes-docs.test.ts refuses one that is not).
 */
/** Ids of the fields drift compares (DRIFT_FIELDS); each gives `drift/<id>` and `runtime/<id>`. */
const DRIFT_FIELD_IDS = [
    "gpu-count",
    "gpu-type",
    "max-model-len",
    "max-batch",
    "min-replicas",
    "max-replicas",
    "model",
    "precision",
    "port",
    "readiness-probe",
    "liveness-probe",
];
/** The YAML reader's codes: the text could not be read as a ModelSpec document (docs/schema.md). */
const PARSE_CODES = [
    "parse/too-large",
    "parse/invalid-encoding",
    "parse/invalid-character",
    "parse/syntax",
    "parse/duplicate-key",
    "parse/unknown-tag",
    "parse/alias-limit",
    "parse/too-deep",
    "parse/too-many-documents",
    "parse/too-many-entries",
    "parse/empty",
    "parse/not-a-mapping",
    "parse/forbidden-key",
    "parse/warning",
    "parse/internal",
    "parse/symlink",
];
/** JSON Schema violations of a ModelSpec, one per schema keyword the schema uses (docs/schema.md). */
const SCHEMA_CODES = [
    "schema/required",
    "schema/additional-property",
    "schema/type",
    "schema/enum",
    "schema/const",
    "schema/minimum",
    "schema/maximum",
    "schema/invalid",
];
/** The estimator's codes (docs/estimation.md). */
const ESTIMATE_CODES = [
    "estimate/context-exceeds-model",
    "estimate/does-not-fit",
    "estimate/instance-mismatch",
    "estimate/internal-error",
    "estimate/invalid-annotation",
    "estimate/invalid-setting",
    "estimate/missing-gpu",
    "estimate/no-price",
    "estimate/parallelism-mismatch",
    "estimate/spot-unavailable",
    "estimate/unknown-gpu",
    "estimate/unknown-model",
    "estimate/unknown-precision",
    "estimate/unsupported-precision",
];
/** Reading a model's config.json (committed, cached or from the Hub) (docs/models.md). */
const MODEL_CODES = [
    "model/config-incomplete",
    "model/config-invalid-json",
    "model/config-not-object",
    "model/config-too-large",
    "model/index-invalid",
    "model/hub-error",
    "model/hub-gated",
    "model/hub-not-found",
    "model/hub-offline",
    "model/hub-timeout",
    "model/hub-unreachable",
];
/** The repository config `.github/modelspec-review.yml` (docs/review.md). */
const CONFIG_CODES = [
    "config/syntax",
    "config/not-a-mapping",
    "config/invalid",
    "config/unknown-key",
    "config/unknown-rule",
    "config/unreadable",
];
/** Deployment manifests vs the spec, besides the per-field `drift/<field>` codes (docs/drift.md). */
const DRIFT_STAGE_CODES = [
    "drift/gpu-layout",
    "drift/ambiguous-link",
    "drift/link-not-found",
    "drift/manifest-unreadable",
    "drift/unreadable-value",
    "drift/templated",
];
/** A running workload (piqc scan) vs its spec, besides `runtime/<field>` (docs/runtime.md). */
const RUNTIME_STAGE_CODES = [
    "runtime/malformed",
    "runtime/unknown-version",
    "runtime/stale",
    "runtime/slo-latency",
    "runtime/effective-batch",
    "runtime/kv-cache-full",
    "runtime/gpu-underused",
];
/** Every code except rule ids (those are listed by RULES), in a stable order. */
const FINDING_CODES = [
    ...PARSE_CODES,
    ...SCHEMA_CODES,
    ...ESTIMATE_CODES,
    ...MODEL_CODES,
    ...CONFIG_CODES,
    ...DRIFT_FIELD_IDS.map((id) => `drift/${id}`),
    ...DRIFT_STAGE_CODES,
    ...RUNTIME_STAGE_CODES,
    ...DRIFT_FIELD_IDS.map((id) => `runtime/${id}`),
];
/**
 * Build a finding. Optional members are set only when given, in one order, so every stage's
 * findings serialise alike.
 */
function makeFinding(code, severity, source, at, message, more = {}) {
    const f = {
        code,
        severity,
        source,
        file: at.file,
        pointer: at.pointer,
        line: at.line,
        column: at.column,
        message,
    };
    if (at.document !== undefined)
        f.document = at.document;
    if (at.endLine !== undefined)
        f.endLine = at.endLine;
    if (at.endColumn !== undefined)
        f.endColumn = at.endColumn;
    if (more.hint)
        f.hint = more.hint;
    if (more.docsUrl)
        f.docsUrl = more.docsUrl;
    return f;
}
//# sourceMappingURL=findings.js.map

/***/ }),

/***/ 2251:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CJ: () => (/* binding */ parseFile)
});

// UNUSED EXPORTS: DEFAULT_PARSE_OPTIONS, LineIndex, decodeText, locateInDocument, locatePos, parseFileFull, pointerTokens, resolvePlainScalar, utf8Length

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/core/pointer.js
var core_pointer = __webpack_require__(698);
;// CONCATENATED MODULE: ./lib/core/parse-fast.js
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

/** Sentinel for "outside the fast subset". */
const BAIL = Symbol("bail");
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
function resolvePlainScalar(s) {
    if (s.length === 0)
        return null;
    const c = s.charCodeAt(0);
    // Most values start with a letter that cannot begin a null, a bool or a number: strings.
    const lower = c | 0x20;
    if (lower >= 0x61 &&
        lower <= 0x7a &&
        lower !== 0x6e /* n */ &&
        lower !== 0x74 /* t */ &&
        lower !== 0x66 /* f */) {
        return s;
    }
    if (NULL_RE.test(s))
        return null;
    if (BOOL_RE.test(s))
        return s[0] === "t" || s[0] === "T";
    if (lower >= 0x61 && lower <= 0x7a)
        return s; // n/t/f words that are not null/bool
    if (INT_OCT_RE.test(s))
        return parseInt(s.substring(2), 8);
    if (INT_RE.test(s))
        return parseInt(s, 10);
    if (INT_HEX_RE.test(s))
        return parseInt(s.substring(2), 16);
    if (FLOAT_NAN_RE.test(s)) {
        return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? -Infinity : Infinity;
    }
    if (FLOAT_EXP_RE.test(s) || FLOAT_RE.test(s))
        return parseFloat(s);
    return s;
}
/** Keys the fast path accepts: plain, string-valued, never special to YAML or to JavaScript. */
const KEY_RE = /^[A-Za-z_][A-Za-z0-9_.\-/]*$/;
const KEY_SPECIAL_RE = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
/** First characters of the special keys above (n N t T f F _), to skip the regex for the rest. */
const SPECIAL_KEY_START = new Uint8Array(128);
for (const c of "nNtTfF_")
    SPECIAL_KEY_START[c.charCodeAt(0)] = 1;
/** A key the fast path may take (yaml's implicit keys end at most 1024 characters before their `:`). */
function plainKeyOk(key) {
    return (key.length <= 1024 &&
        KEY_RE.test(key) &&
        !(SPECIAL_KEY_START[key.charCodeAt(0)] === 1 && KEY_SPECIAL_RE.test(key)));
}
/** A document marker line (`---` or `...` followed by a YAML space, i.e. space or tab, or the end). */
const MARKER_RE = /^(?:---|\.\.\.)(?:[ \t]|$)/;
const LONE_START_MARKER_RE = /^---[ \t]*(?:#.*)?$/;
function splitLines(text, withTrivia) {
    const lines = [];
    const n = text.length;
    let pos = 0;
    let first = true;
    let trivia;
    while (pos < n) {
        let end = text.indexOf("\n", pos);
        if (end === -1)
            end = n;
        const eol = end < n ? end + 1 : n;
        let stop = end;
        if (stop > pos && text.charCodeAt(stop - 1) === 13)
            stop--;
        let indent = 0;
        while (pos + indent < stop && text.charCodeAt(pos + indent) === 32)
            indent++;
        const start = pos + indent;
        pos = eol;
        if (start >= stop || text.charCodeAt(start) === 0x23 /* # */) {
            // Blank or comment line.
            if (withTrivia && lines.length > 0) {
                trivia ??= lines[lines.length - 1].trivia = [];
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
        if (indent === 0 && c === 0x25 /* % directive */)
            return BAIL;
        first = false;
        trivia = undefined;
        lines.push({ indent, content, start, eol, trivia: undefined });
    }
    return lines;
}
/** Offset of the first character after trailing YAML spaces (only U+0020 here: tabs never reach). */
function trimSpacesEnd(s, end) {
    while (end > 0 && s.charCodeAt(end - 1) === 0x20)
        end--;
    return end;
}
/** Characters that may not start a plain scalar (or start something the fast path leaves alone). */
function badScalarStart(c) {
    // & * ! | > { [ ] } , % @ ` ' " ? : - #  (quotes and flow openers are handled before this check)
    return (c === 0x26 ||
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
        c === 0x23);
}
/** Flow indicators: , [ ] { } */
function isFlowIndicator(c) {
    return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}
/** Only spaces, or spaces then a comment, from `i` to the end of `s`. */
function onlyCommentAfter(s, i) {
    let j = i;
    while (s.charCodeAt(j) === 0x20)
        j++;
    if (j >= s.length)
        return true;
    return s.charCodeAt(j) === 0x23 && j > i;
}
class FastParser {
    lines;
    maxDepth;
    pos;
    i = 0;
    /** Positions mode: the position of the value the last call returned. */
    p;
    /** Positions mode: trivia left over by the collection that just closed (see Pending). */
    pending;
    /** End (relative to the value's start) of the scalar the last parseScalar call read. */
    scalarEnd = 0;
    /** Index just past the flow collection the last parseFlow call read. */
    flowEnd = 0;
    constructor(lines, maxDepth, pos) {
        this.lines = lines;
        this.maxDepth = maxDepth;
        this.pos = pos;
    }
    /** Parse the block collection starting at line i (indent given), or BAIL. */
    block(indent, depth) {
        const line = this.lines[this.i];
        if (line === undefined)
            return BAIL;
        return isSeqItem(line.content) ? this.seq(indent, depth) : this.map(indent, depth);
    }
    map(indent, depth) {
        if (depth > this.maxDepth)
            return BAIL;
        const obj = {};
        const lines = this.lines;
        const pos = this.pos;
        const keys = pos ? new Map() : undefined;
        const first = lines[this.i];
        const node = pos ? { s: first ? first.start : 0, e: 0, ne: 0, keys } : undefined;
        let last;
        let lastIsCollection = false;
        while (this.i < lines.length) {
            const line = lines[this.i];
            if (line.indent < indent)
                break;
            if (line.indent > indent)
                return BAIL;
            const content = line.content;
            const colon = content.indexOf(":");
            if (colon <= 0)
                return BAIL;
            const key = content.slice(0, colon);
            if (!plainKeyOk(key))
                return BAIL;
            if (Object.prototype.hasOwnProperty.call(obj, key))
                return BAIL; // duplicate: full parser reports it
            const after = content.charCodeAt(colon + 1);
            this.i++;
            this.pending = undefined;
            let value;
            let vpos;
            let nested = false;
            if (Number.isNaN(after)) {
                value = this.nested(indent, depth, line, colon + 1);
                vpos = this.p;
                nested = this.nestedWasCollection;
            }
            else if (after !== 0x20) {
                return BAIL; // `key:value` is a plain scalar, not a pair
            }
            else {
                let j = colon + 2;
                while (content.charCodeAt(j) === 0x20)
                    j++;
                if (j >= content.length || content.charCodeAt(j) === 0x23 /* # comment */) {
                    if (pos && j < content.length && !this.nextIsDeeper(indent))
                        return BAIL; // `key: # c`, empty
                    value = this.nested(indent, depth, line, j);
                    vpos = this.p;
                    nested = this.nestedWasCollection;
                }
                else {
                    value = this.inlineValue(content, j, depth, line);
                    vpos = this.p;
                    // A following, deeper line would continue a multi-line scalar (or be an error).
                    const next = lines[this.i];
                    if (next !== undefined && next.indent > indent)
                        return BAIL;
                }
            }
            if (value === BAIL)
                return BAIL;
            obj[key] = value;
            if (pos) {
                keys.set(key, { ks: line.start, v: vpos });
                last = vpos;
                lastIsCollection = nested;
            }
        }
        if (pos)
            this.close(node, indent, last, lastIsCollection);
        this.p = node;
        return obj;
    }
    /** Set by `nested`: whether the value it read is a block collection (not an empty value). */
    nestedWasCollection = false;
    /** True when the next content line is deeper than `indent` (a nested block follows). */
    nextIsDeeper(indent) {
        const next = this.lines[this.i];
        return next !== undefined && next.indent > indent;
    }
    /**
     * The value of `key:` with nothing after it: a nested block, a same-indent sequence, or null.
     * `at` is where, in the key's line, the empty value would sit (after the `:` and any spaces).
     */
    nested(indent, depth, line, at) {
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
            if (line.content.length !== at && line.content.charCodeAt(at) === 0x23)
                return BAIL;
            if (line.trivia !== undefined)
                return BAIL;
            if (next !== undefined && next.indent > 0 && next.indent < indent)
                return BAIL;
            const p = line.start + at;
            this.p = { s: p, e: p, ne: p };
        }
        return null;
    }
    seq(indent, depth) {
        if (depth > this.maxDepth)
            return BAIL;
        const arr = [];
        const lines = this.lines;
        const pos = this.pos;
        const items = pos ? [] : undefined;
        const first = lines[this.i];
        const node = pos ? { s: first ? first.start : 0, e: 0, ne: 0, items } : undefined;
        let last;
        let lastIsCollection = false;
        while (this.i < lines.length) {
            const line = lines[this.i];
            if (line.indent < indent)
                break;
            if (line.indent > indent)
                return BAIL;
            const content = line.content;
            if (!isSeqItem(content))
                break; // the parent mapping continues at this indent
            this.pending = undefined;
            let j = 1;
            while (content.charCodeAt(j) === 0x20)
                j++;
            if (j >= content.length || content.charCodeAt(j) === 0x23)
                return BAIL; // "-" alone: nested block
            const rest = content.slice(j);
            if (isSeqItem(rest))
                return BAIL; // "- - x"
            const colon = rest.indexOf(":");
            const looksLikePair = colon > 0 &&
                (colon === rest.length - 1 || rest.charCodeAt(colon + 1) === 0x20) &&
                KEY_RE.test(rest.slice(0, colon));
            let value;
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
            }
            else {
                this.i++;
                value = this.inlineValue(content, j, depth, line);
                lastIsCollection = false;
                const next = lines[this.i];
                if (next !== undefined && next.indent > indent)
                    return BAIL;
            }
            if (value === BAIL)
                return BAIL;
            arr.push(value);
            if (pos) {
                items.push(this.p);
                last = this.p;
            }
        }
        if (pos)
            this.close(node, indent, last, lastIsCollection);
        this.p = node;
        return arr;
    }
    /**
     * A value that starts on the line of its key or dash, at `j` in `content`: a one-line flow
     * collection or a one-line scalar (a comment may follow either).
     */
    inlineValue(content, j, depth, line) {
        const c = content.charCodeAt(j);
        if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            const v = this.parseFlow(content, j, depth + 1, line.start);
            if (v === BAIL || !onlyCommentAfter(content, this.flowEnd))
                return BAIL;
            if (this.pos)
                this.p.ne = line.eol;
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
    parseScalar(v) {
        const c = v.charCodeAt(0);
        if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
            const close = v.indexOf(c === 0x22 ? '"' : "'", 1);
            if (close === -1)
                return BAIL; // multi-line quoted scalar
            const body = v.slice(1, close);
            if (c === 0x22 && body.includes("\\"))
                return BAIL; // escapes
            if (c === 0x27 && v.charCodeAt(close + 1) === 0x27)
                return BAIL; // '' escape
            // After the closing quote: nothing, or spaces then a comment. Only U+0020 is a YAML space
            // here; anything else (NBSP included) is an error yaml reports, so it is left to yaml.
            if (!onlyCommentAfter(v, close + 1))
                return BAIL;
            this.scalarEnd = close + 1;
            return body;
        }
        if (badScalarStart(c))
            return BAIL;
        if (c === 0x2d /* - */ && (v.length === 1 || v.charCodeAt(1) === 0x20))
            return BAIL;
        const hash = v.indexOf(" #");
        // Trailing YAML spaces only: U+00A0 and other Unicode spaces are content to YAML.
        const end = trimSpacesEnd(v, hash === -1 ? v.length : hash);
        const s = end === v.length ? v : v.slice(0, end);
        if (s.includes(": ") || s.endsWith(":"))
            return BAIL; // a mapping inside a plain scalar: an error
        this.scalarEnd = end;
        return resolvePlainScalar(s);
    }
    /**
     * A flow collection that closes on the same line: `{a: 1, b: [x, "y"]}`. Plain and simply quoted
     * scalars, nested flow collections; anything else (empty values, pairs in sequences, trailing
     * commas, escapes, comments inside) is left to the full parser.
     */
    parseFlow(s, i, depth, base) {
        if (depth > this.maxDepth)
            return BAIL;
        const pos = this.pos;
        const open = s.charCodeAt(i);
        const isMap = open === 0x7b;
        const closer = isMap ? 0x7d : 0x5d;
        const obj = isMap ? {} : undefined;
        const arr = isMap ? undefined : [];
        const keys = pos && isMap ? new Map() : undefined;
        const items = pos && !isMap ? [] : undefined;
        let j = i + 1;
        while (s.charCodeAt(j) === 0x20)
            j++;
        if (s.charCodeAt(j) === closer) {
            j++;
        }
        else {
            for (;;) {
                let key;
                let ks = 0;
                if (isMap) {
                    ks = j;
                    const q = s.charCodeAt(j);
                    if (q === 0x22 || q === 0x27) {
                        const close = s.indexOf(q === 0x22 ? '"' : "'", j + 1);
                        if (close === -1)
                            return BAIL;
                        key = s.slice(j + 1, close);
                        if ((q === 0x22 && key.includes("\\")) || (q === 0x27 && s.charCodeAt(close + 1) === 0x27))
                            return BAIL;
                        if (key === "__proto__")
                            return BAIL;
                        j = close + 1;
                        if (s.charCodeAt(j) !== 0x3a)
                            return BAIL; // `"a" : 1` and friends
                        j++;
                    }
                    else {
                        const colon = s.indexOf(":", j);
                        if (colon === -1)
                            return BAIL;
                        key = s.slice(j, colon);
                        if (!plainKeyOk(key))
                            return BAIL;
                        j = colon + 1;
                    }
                    if (s.charCodeAt(j) !== 0x20)
                        return BAIL;
                    if (Object.prototype.hasOwnProperty.call(obj, key))
                        return BAIL;
                    while (s.charCodeAt(j) === 0x20)
                        j++;
                }
                // The value (or the item).
                const c = s.charCodeAt(j);
                let value;
                let vpos;
                if (c === 0x7b || c === 0x5b) {
                    value = this.parseFlow(s, j, depth + 1, base);
                    if (value === BAIL)
                        return BAIL;
                    j = this.flowEnd;
                    vpos = this.p;
                }
                else if (c === 0x22 || c === 0x27) {
                    const close = s.indexOf(c === 0x22 ? '"' : "'", j + 1);
                    if (close === -1)
                        return BAIL;
                    const body = s.slice(j + 1, close);
                    if ((c === 0x22 && body.includes("\\")) || (c === 0x27 && s.charCodeAt(close + 1) === 0x27))
                        return BAIL;
                    value = body;
                    if (pos)
                        vpos = { s: base + j, e: base + close + 1, ne: base + close + 1 };
                    j = close + 1;
                }
                else {
                    if (Number.isNaN(c) || badScalarStart(c))
                        return BAIL;
                    if (c === 0x2d) {
                        const e = s.charCodeAt(j + 1);
                        if (Number.isNaN(e) || e === 0x20 || isFlowIndicator(e))
                            return BAIL; // `- ` or a lone `-`
                    }
                    let k = j;
                    for (; k < s.length; k++) {
                        const d = s.charCodeAt(k);
                        if (isFlowIndicator(d) || d === 0x23)
                            break;
                        if (d === 0x3a) {
                            const e = s.charCodeAt(k + 1);
                            if (Number.isNaN(e) || e === 0x20 || isFlowIndicator(e))
                                return BAIL; // a pair or an error
                        }
                    }
                    const end = trimSpacesEnd(s, k);
                    if (end <= j || s.charCodeAt(k) === 0x23)
                        return BAIL;
                    value = resolvePlainScalar(s.slice(j, end));
                    if (pos)
                        vpos = { s: base + j, e: base + end, ne: base + end };
                    j = end;
                }
                while (s.charCodeAt(j) === 0x20)
                    j++;
                if (isMap) {
                    obj[key] = value;
                    if (pos)
                        keys.set(key, { ks: base + ks, v: vpos });
                }
                else {
                    if (s.charCodeAt(j) === 0x3a)
                        return BAIL; // `[a: 1]`: a pair in a sequence
                    arr.push(value);
                    if (pos)
                        items.push(vpos);
                }
                const d = s.charCodeAt(j);
                if (d === closer) {
                    j++;
                    break;
                }
                if (d !== 0x2c)
                    return BAIL;
                j++;
                while (s.charCodeAt(j) === 0x20)
                    j++;
                if (s.charCodeAt(j) === closer || s.charCodeAt(j) === 0x2c)
                    return BAIL; // trailing or double comma
            }
        }
        this.flowEnd = j;
        if (pos)
            this.p = { s: base + i, e: base + j, ne: base + j, keys, items };
        return isMap ? obj : arr;
    }
    /**
     * Positions mode, when a block collection ends: its end is its last value's node end, and its
     * node end includes the blank and comment lines yaml gives it. Mirrors yaml's parser: comment
     * lines deeper than the collection right after a scalar extend that scalar; the rest stays with
     * the innermost collection that has a comment at or beyond its own indentation (or moves up).
     */
    close(node, indent, last, lastIsCollection) {
        if (!lastIsCollection) {
            // The innermost collection: the trivia after its last line are its to sort out.
            const line = this.lines[this.i - 1];
            const trivia = line.trivia ?? [];
            let k = 0;
            let ext = -1;
            for (; k < trivia.length; k++) {
                const t = trivia[k];
                if (!t.comment)
                    continue;
                if (t.indent > indent)
                    ext = k;
                else
                    break;
            }
            if (ext !== -1)
                last.ne = trivia[ext].eol;
            const rest = trivia.slice(ext + 1);
            const next = this.lines[this.i];
            const end = next !== undefined && next.indent > 0
                ? next.start
                : rest.length > 0
                    ? rest[rest.length - 1].eol
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
function isSeqItem(content) {
    return content.charCodeAt(0) === 0x2d && (content.length === 1 || content.charCodeAt(1) === 0x20);
}
/** Characters whose YAML meaning the block reader does not model. CRs are fine when each ends a line. */
function blockReaderDeclines(text) {
    return (text.indexOf("\t") !== -1 ||
        text.indexOf("\u0085") !== -1 ||
        text.indexOf("\u2028") !== -1 ||
        text.indexOf("\u2029") !== -1 ||
        text.indexOf("\uFEFF") !== -1 ||
        (text.indexOf("\r") !== -1 && /\r(?!\n)/.test(text)));
}
function readBlock(text, maxDepth, pos) {
    if (blockReaderDeclines(text))
        return undefined;
    const lines = splitLines(text, pos);
    if (lines === BAIL || lines.length === 0)
        return undefined;
    if (lines[0].indent !== 0 || isSeqItem(lines[0].content))
        return undefined;
    const parser = new FastParser(lines, maxDepth, pos);
    const value = parser.map(0, 1);
    if (value === BAIL || parser.i !== lines.length)
        return undefined;
    return { value: value, pos: parser.p };
}
/**
 * Parse `text` (BOM already removed) if it is a single block-mapping document inside the fast subset.
 * Returns the plain value, or `undefined` when the full parser must decide.
 */
function fastParse(text, maxDepth = 64) {
    return readBlock(text, maxDepth, false)?.value;
}
/**
 * The same reading as `fastParse`, with the position of every node (the ranges `yaml` would give).
 * `undefined` exactly when `fastParse` declines.
 */
function fastParsePositions(text, maxDepth = 64) {
    return readBlock(text, maxDepth, true)?.pos;
}
// ─── JSON ────────────────────────────────────────────────────────────────────────────────────────
/** First non-space character is `{`: worth trying JSON.parse. */
function looksLikeJson(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x7b)
            return true;
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d)
            return false;
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
function jsonParse(text, maxDepth = 64, pos = false) {
    if (text.indexOf("\t") !== -1 || (text.indexOf("\r") !== -1 && /\r(?!\n)/.test(text)))
        return undefined;
    if (text.indexOf("\u2028") !== -1 || text.indexOf("\u2029") !== -1)
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
        return undefined;
    const scan = new JsonScan(text, maxDepth, pos);
    const start = scan.ws(0);
    const root = scan.value(start, 1);
    if (root === BAIL)
        return undefined;
    // Value mode keeps no keys: a duplicate shows as JSON.parse keeping fewer keys than the text has.
    if (!pos && ownKeyCount(value) !== scan.keyCount)
        return undefined;
    return { value: value, pos: scan.p };
}
/**
 * Own keys of every object in a `JSON.parse` result. Equal to the number of keys in the text
 * exactly when no object repeats a key (JSON.parse keeps the last of equal keys and drops the
 * subtrees of the others, so a repeat only ever lowers the count).
 */
function ownKeyCount(value) {
    let n = 0;
    const stack = [value];
    while (stack.length > 0) {
        const v = stack.pop();
        if (Array.isArray(v)) {
            for (const x of v)
                if (x !== null && typeof x === "object")
                    stack.push(x);
            continue;
        }
        const o = v;
        for (const k in o) {
            n++;
            const x = o[k];
            if (x !== null && typeof x === "object")
                stack.push(x);
        }
    }
    return n;
}
/** The JSON string token at [ks, ke) (quotes included) is the key `__proto__`, escaped or not. */
function isProtoKey(t, ks, ke) {
    for (let i = ks + 1; i < ke - 1; i++) {
        if (t.charCodeAt(i) === 0x5c)
            return JSON.parse(t.slice(ks, ke)) === "__proto__";
    }
    return ke - ks - 2 === 9 && t.startsWith("__proto__", ks + 1);
}
class JsonScan {
    t;
    maxDepth;
    pos;
    p;
    /** Keys read, over every object (value mode compares it with the parsed value's own keys). */
    keyCount = 0;
    /** Index just past the value the last `value` call read. */
    end = 0;
    constructor(t, maxDepth, pos) {
        this.t = t;
        this.maxDepth = maxDepth;
        this.pos = pos;
    }
    /** Skip JSON whitespace (space, LF, CR; tabs were ruled out). */
    ws(i) {
        const t = this.t;
        for (;;) {
            const c = t.charCodeAt(i);
            if (c === 0x20 || c === 0x0a || c === 0x0d)
                i++;
            else
                return i;
        }
    }
    /** Index just past the string whose opening quote is at i. */
    stringEnd(i) {
        const t = this.t;
        let j = i + 1;
        for (;;) {
            const q = t.indexOf('"', j);
            // JSON.parse accepted the text, so the string closes.
            let b = q - 1;
            while (t.charCodeAt(b) === 0x5c)
                b--;
            if ((q - 1 - b) % 2 === 0)
                return q + 1;
            j = q + 1;
        }
    }
    value(i, depth) {
        const t = this.t;
        const c = t.charCodeAt(i);
        if (c === 0x7b || c === 0x5b) {
            if (depth > this.maxDepth)
                return BAIL;
            return c === 0x7b ? this.object(i, depth) : this.array(i, depth);
        }
        let j;
        if (c === 0x22)
            j = this.stringEnd(i);
        else {
            j = i + 1;
            for (;;) {
                const d = t.charCodeAt(j);
                if (d === 0x2c ||
                    d === 0x7d ||
                    d === 0x5d ||
                    d === 0x20 ||
                    d === 0x0a ||
                    d === 0x0d ||
                    Number.isNaN(d))
                    break;
                j++;
            }
        }
        this.end = j;
        if (this.pos)
            this.p = { s: i, e: j, ne: j };
        return true;
    }
    object(i, depth) {
        const t = this.t;
        // Positions mode keeps every key (a Map per object, which also finds a repeated key); value
        // mode allocates nothing per key and only counts them (see jsonParse).
        const keys = this.pos ? new Map() : undefined;
        let key = "";
        let j = this.ws(i + 1);
        if (t.charCodeAt(j) !== 0x7d) {
            for (;;) {
                const ks = j;
                const ke = this.stringEnd(j);
                if (keys) {
                    const raw = t.slice(j + 1, ke - 1);
                    key = raw.indexOf("\\") === -1 ? raw : JSON.parse(t.slice(j, ke));
                    if (key === "__proto__" || keys.has(key))
                        return BAIL;
                }
                else {
                    if (isProtoKey(t, j, ke))
                        return BAIL;
                    this.keyCount++;
                }
                // YAML wants an implicit key and its `:` on one line.
                j = ke;
                while (t.charCodeAt(j) === 0x20)
                    j++;
                if (t.charCodeAt(j) !== 0x3a)
                    return BAIL;
                j = this.ws(j + 1);
                if (this.value(j, depth + 1) === BAIL)
                    return BAIL;
                if (keys)
                    keys.set(key, { ks, v: this.p });
                j = this.ws(this.end);
                if (t.charCodeAt(j) === 0x7d)
                    break;
                j = this.ws(j + 1); // the comma
            }
        }
        this.end = j + 1;
        if (this.pos)
            this.p = { s: i, e: j + 1, ne: j + 1, keys };
        return true;
    }
    array(i, depth) {
        const t = this.t;
        const items = this.pos ? [] : undefined;
        let j = this.ws(i + 1);
        if (t.charCodeAt(j) !== 0x5d) {
            for (;;) {
                if (this.value(j, depth + 1) === BAIL)
                    return BAIL;
                if (items)
                    items.push(this.p);
                j = this.ws(this.end);
                if (t.charCodeAt(j) === 0x5d)
                    break;
                j = this.ws(j + 1);
            }
        }
        this.end = j + 1;
        if (this.pos)
            this.p = { s: i, e: j + 1, ne: j + 1, items };
        return true;
    }
}
/**
 * The cheapest exact reading of one single-document text: JSON first when it looks like JSON, then
 * the block reader. `undefined` when neither takes it (the full parser decides).
 */
function readFast(text, maxDepth = 64) {
    if (looksLikeJson(text)) {
        const j = jsonParse(text, maxDepth, false);
        if (j !== undefined)
            return { value: j.value, positions: () => jsonParse(text, maxDepth, true)?.pos };
    }
    const value = fastParse(text, maxDepth);
    if (value === undefined)
        return undefined;
    return { value, positions: () => fastParsePositions(text, maxDepth) };
}
// ─── Positions ───────────────────────────────────────────────────────────────────────────────────
/** Offset → 1-based line/column over one text; line starts are computed once, on first use. */
class parse_fast_LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    lineStarts() {
        if (this.starts)
            return this.starts;
        const starts = [0];
        const t = this.text;
        for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1))
            starts.push(i + 1);
        this.starts = starts;
        return starts;
    }
    at(offset) {
        const starts = this.lineStarts();
        const off = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= off)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: off - starts[lo] + 1 };
    }
    span(start, end) {
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
function locatePos(root, index, pointer) {
    let node = root;
    let best = index.span(root.s, root.e);
    for (const token of (0,core_pointer/* pointerTokens */.Mr)(pointer)) {
        if (node.keys) {
            const pair = node.keys.get(token);
            if (!pair)
                return best;
            best = index.span(pair.ks, pair.v.e);
            node = pair.v;
        }
        else if (node.items) {
            if (!/^(0|[1-9][0-9]*)$/.test(token))
                return best;
            const item = node.items[Number(token)];
            if (item === undefined)
                return best;
            best = index.span(item.s, item.e);
            node = item;
        }
        else
            return best;
    }
    return best;
}
/**
 * The CLI's one reading of a file: the preflight of `parseFile` (size cap, BOM, forbidden
 * characters), then the fast readers. Gives the value and, on demand, exact positions — what
 * `parseFile` would give for this text — without loading the `yaml` package. `undefined` means
 * "ask `parseFile`".
 */
function quickDocument(text, opts = {}) {
    const maxBytes = opts.maxBytes ?? 1024 * 1024;
    if (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)
        return undefined;
    const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (findForbiddenCharacter(t) !== -1)
        return undefined;
    const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
    if (countEntries(t, maxEntries) > maxEntries)
        return undefined;
    const fast = readFast(t, opts.maxDepth ?? 64);
    if (fast === undefined)
        return undefined;
    let located;
    return {
        index: 0,
        value: fast.value,
        locate(pointer) {
            if (!located) {
                const root = fast.positions();
                const lines = new parse_fast_LineIndex(t);
                // The same reader took the text once, so it takes it again; the fallback is unreachable.
                located = root ? (ptr) => locatePos(root, lines, ptr) : () => ({ line: 1, column: 1 });
            }
            return located(pointer);
        },
    };
}
// ─── Preflight checks shared by the fast and the full path ──────────────────────────────────────
/** UTF-8 length of a JS string without allocating. */
function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            const d = text.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                bytes += 4;
                i++;
            }
            else
                bytes += 3;
        }
        else
            bytes += 3;
    }
    return bytes;
}
/**
 * Characters YAML does not allow in a stream (C0 controls except TAB/LF/CR, DEL, lone surrogates,
 * U+FFFE/U+FFFF). Returns the offset of the first one, or -1.
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
const FORBIDDEN_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SUSPICIOUS_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uD800-\uDFFF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */
/**
 * Offset of the first character YAML forbids in a stream (controls, lone surrogates, U+FFFE/U+FFFF), or
 * -1.
 */
function findForbiddenCharacter(text) {
    // One cheap scan for the common case (nothing suspicious), the precise one only when needed.
    if (!SUSPICIOUS_RE.test(text))
        return -1;
    const m = FORBIDDEN_RE.exec(text);
    return m === null ? -1 : m.index;
}
/** `parseFile`'s default entry cap (`ParseOptions.maxEntries`). */
const DEFAULT_MAX_ENTRIES = 100_000;
/**
 * Entries of a text as the entry cap counts them: the larger of its LF and CR counts (its lines,
 * whichever line breaks it uses) plus its commas (flow-collection and JSON separators), plus one.
 * Every value a reader builds is on its own line or after its own comma, but for a bounded number
 * nested on one line (the depth cap), so this bounds the work of every reader. Native `indexOf`
 * scans; counting stops once the count passes `limit`.
 */
function countEntries(text, limit) {
    const lines = Math.max(countChar(text, "\n", limit), countChar(text, "\r", limit));
    if (lines > limit)
        return lines + 1;
    return lines + countChar(text, ",", limit - lines) + 1;
}
function countChar(text, ch, limit) {
    let n = 0;
    for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1))
        if (++n > limit)
            break;
    return n;
}
/**
 * The whole fast path as the CLI uses it: the same preflight as `parseFile` (size cap, BOM,
 * forbidden characters), then `fastParse`. `undefined` means "ask `parseFile`".
 */
function quickParse(text, opts = {}) {
    const maxBytes = opts.maxBytes ?? 1024 * 1024;
    if (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)
        return undefined;
    const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (findForbiddenCharacter(t) !== -1)
        return undefined;
    const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
    if (countEntries(t, maxEntries) > maxEntries)
        return undefined;
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
function findExcessiveNesting(text, limit) {
    const stack = [];
    let flow = 0;
    let pos = 0;
    let scalarIndent = -1; // inside a block scalar (| or >) whose header line had this indent
    const n = text.length;
    while (pos < n) {
        let end = text.indexOf("\n", pos);
        if (end === -1)
            end = n;
        const lineStart = pos;
        pos = end + 1;
        let i = lineStart;
        while (i < end && text.charCodeAt(i) === 32)
            i++;
        const indent = i - lineStart;
        const first = text.charCodeAt(i);
        const blank = i >= end || first === 0x23 || first === 13;
        if (scalarIndent >= 0) {
            if (blank || indent > scalarIndent)
                continue; // block scalar content: text, not structure
            scalarIndent = -1;
        }
        if (!blank && flow === 0) {
            while (stack.length > 0 && stack[stack.length - 1] >= indent)
                stack.pop();
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
                if (c === quote)
                    quote = 0;
                else if (c === 0x5c && quote === 0x22)
                    i++;
                prev = c;
                continue;
            }
            if ((c === 0x27 || c === 0x22) &&
                (prev === 0x20 ||
                    prev === 0x5b ||
                    prev === 0x7b ||
                    prev === 0x2c ||
                    prev === 0x3a ||
                    prev === 0x2d ||
                    prev === 0x3f)) {
                quote = c;
                leading = false;
                last = c;
                prev = c;
                continue;
            }
            if (c === 0x23 && prev === 0x20)
                break; // comment
            if (c === 0x5b || c === 0x7b) {
                flow++;
                depth++;
            }
            else if (c === 0x5d || c === 0x7d) {
                if (flow > 0)
                    flow--;
            }
            else if (c === 0x20 && (prev === 0x2d || prev === 0x3f) && leading) {
                depth++; // "- " / "? " opening a nested block collection on the same line
            }
            else if (c === 0x20 && prev === 0x3a && flow === 0) {
                depth++; // ": " of an implicit key (a plain scalar may not contain one)
            }
            else if (c !== 0x20 && c !== 0x2d && c !== 0x3f && c !== 13) {
                leading = false;
            }
            if (depth > limit)
                return i;
            if (c !== 0x20 && c !== 13)
                last = c;
            prev = c;
        }
        if (depth > limit)
            return end;
        if (quote === 0 && flow === 0) {
            // A block scalar header ends the line: "key: |", "- >-", "key: |2+".
            let j = end - 1;
            while (j > lineStart && (text.charCodeAt(j) === 13 || text.charCodeAt(j) === 32))
                j--;
            while (j > lineStart && /[-+0-9]/.test(text[j]))
                j--;
            const h = text.charCodeAt(j);
            if ((h === 0x7c || h === 0x3e) && (last === h || /[-+0-9]/.test(String.fromCharCode(last)))) {
                const before = text.charCodeAt(j - 1);
                if (j === lineStart + indent || before === 0x20)
                    scalarIndent = indent;
            }
        }
    }
    return -1;
}
//# sourceMappingURL=parse-fast.js.map
// EXTERNAL MODULE: ./lib/core/findings.js
var findings = __webpack_require__(9901);
;// CONCATENATED MODULE: ./lib/core/parse.js
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






/** The parse limits in force when the config sets none. */
const DEFAULT_PARSE_OPTIONS = {
    maxBytes: 1024 * 1024,
    maxDepth: 64,
    maxAliasCount: 1000,
    maxDocuments: 100,
    maxEntries: DEFAULT_MAX_ENTRIES,
};
// ─── Positions ───────────────────────────────────────────────────────────────────────────────────
function keyString(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return key.value === null ? "" : String(key.value);
    return undefined;
}
/**
 * Where a pointer lies in one document's AST. For a mapping member the position starts at its key
 * and ends where its value ends (so a type error on `count: 0` points at `count`, line of the value);
 * for a sequence item it is the item itself. A pointer that does not exist resolves to its nearest
 * existing ancestor; the root is the start of the document's content.
 */
function locateInDocument(doc, index, pointer) {
    const tokens = (0,core_pointer/* pointerTokens */.Mr)(pointer);
    let node = doc.contents;
    let best = rangePosition(index, node?.range) ?? index.span(0, 0);
    const seen = new Set();
    for (const token of tokens) {
        while ((0,dist/* isAlias */.Vj)(node)) {
            if (seen.has(node))
                return best;
            seen.add(node);
            node = node.resolve(doc);
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = pairsByKey(node).get(token);
            if (!pair)
                return best;
            const keyRange = pair.key?.range;
            const valueRange = pair.value?.range;
            if (keyRange) {
                const end = valueRange ? valueRange[1] : keyRange[1];
                best = index.span(keyRange[0], end);
            }
            else if (valueRange)
                best = index.span(valueRange[0], valueRange[1]);
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            if (!/^(0|[1-9][0-9]*)$/.test(token))
                return best;
            const item = node.items[Number(token)];
            if (item === undefined)
                return best;
            const r = rangePosition(index, item?.range);
            if (r)
                best = r;
            node = item;
        }
        else {
            return best;
        }
    }
    return best;
}
/** A mapping's members by key string (the first of equal keys wins, as `find` would), built once. */
const PAIRS = new WeakMap();
function pairsByKey(map) {
    let byKey = PAIRS.get(map);
    if (!byKey) {
        byKey = new Map();
        for (const p of map.items) {
            const k = keyString(p.key);
            if (k !== undefined && !byKey.has(k))
                byKey.set(k, p);
        }
        PAIRS.set(map, byKey);
    }
    return byKey;
}
function rangePosition(index, range) {
    return range ? index.span(range[0], range[1]) : undefined;
}
// ─── Findings ────────────────────────────────────────────────────────────────────────────────────
function finding(code, file, pos, message, extra = {}) {
    const severity = code === "parse/warning" ? "warning" : "error";
    return (0,findings/* makeFinding */.MH)(code, severity, "parse", { file, pointer: "", ...pos, document: extra.document }, message, {
        hint: extra.hint,
    });
}
const START = { line: 1, column: 1 };
/** Decode raw bytes as UTF-8 (BOM allowed); invalid UTF-8 is a finding, not mojibake. */
function decodeText(file, bytes) {
    try {
        return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
    }
    catch {
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
            }
            catch {
                hi = mid - 1;
            }
        }
        good = lo;
        // A prefix can end mid-character; back up to the last complete line for a precise position.
        const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, good));
        const pos = new LineIndex(prefix).at(prefix.length);
        return {
            finding: finding("parse/invalid-encoding", file, pos, `File is not valid UTF-8 (bad byte at offset ${good}).`, { hint: "Save the file as UTF-8." }),
        };
    }
}
// ─── Parsing ─────────────────────────────────────────────────────────────────────────────────────
/**
 * Parse one file. Never throws. Documents that are empty, not a mapping, or have syntax errors are
 * left out of `documents` (with a finding); a document with only duplicate keys stays in (the last
 * value wins, as in most YAML readers) so the rest of the review can run.
 */
function parseFile(file, text, opts = {}) {
    return parseWith(file, text, opts, true);
}
/**
 * `parseFile` without the fast readers: every text goes through the `yaml` package. The reference
 * that test/property/differential.property.test.ts holds the fast readers to; not for production use.
 */
function parseFileFull(file, text, opts = {}) {
    return parseWith(file, text, opts, false);
}
function parseWith(file, text, opts, fastReaders) {
    const o = { ...DEFAULT_PARSE_OPTIONS, ...opts };
    try {
        return parseUnsafe(file, text, o, fastReaders);
    }
    catch (err) {
        // A bug or an engine limit we did not foresee (e.g. stack exhaustion): still a finding.
        const deep = err instanceof RangeError;
        return {
            file,
            documents: [],
            findings: [
                finding(deep ? "parse/too-deep" : "parse/internal", file, START, deep
                    ? "The file is nested too deeply to be read safely."
                    : `The file could not be read: ${err instanceof Error ? err.message : String(err)}`),
            ],
        };
    }
}
function parseUnsafe(file, rawText, o, fastReaders) {
    const findings = [];
    // Cheap bound first: a UTF-16 string of n units is at most 3n UTF-8 bytes.
    if (rawText.length * 3 > o.maxBytes) {
        const bytes = Buffer.byteLength(rawText, "utf8"); // native: a 10 MB string in milliseconds
        if (bytes > o.maxBytes) {
            findings.push(finding("parse/too-large", file, START, `File is ${bytes} bytes, over the ${o.maxBytes}-byte limit; it was not parsed.`, { hint: "ModelSpecs are small; raise limits.maxFileBytes in the config if this one is genuine." }));
            return { file, documents: [], findings };
        }
    }
    const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    const bad = findForbiddenCharacter(text);
    if (bad !== -1) {
        const index = new parse_fast_LineIndex(text);
        const code = text.charCodeAt(bad);
        findings.push(finding("parse/invalid-character", file, index.span(bad, bad + 1), `File contains a character YAML does not allow (U+${code.toString(16).toUpperCase().padStart(4, "0")}).`, { hint: "Remove control characters (NUL and friends); is this a binary file?" }));
        return { file, documents: [], findings };
    }
    // Bound the work whatever the shape: every reader is linear in the entries this counts.
    const entries = countEntries(text, o.maxEntries);
    if (entries > o.maxEntries) {
        findings.push(finding("parse/too-many-entries", file, START, `File has more than ${o.maxEntries} entries (lines plus commas); it was not parsed.`, { hint: "ModelSpecs hold a few hundred entries; is this file generated?" }));
        return { file, documents: [], findings };
    }
    if (!fastReaders)
        return parseFull(file, text, o, findings);
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
function fastDocument(index, value, positions, segment, firstLine) {
    let located;
    return {
        index,
        value,
        locate(pointer) {
            if (!located) {
                const root = positions();
                const lines = new parse_fast_LineIndex(segment);
                located = root ? (ptr) => locatePos(root, lines, ptr) : lazyLocator(segment);
            }
            const p = located(pointer);
            if (firstLine === 0)
                return p;
            const shifted = { ...p, line: p.line + firstLine };
            if (p.endLine !== undefined)
                shifted.endLine = p.endLine + firstLine;
            return shifted;
        },
    };
}
/** Positions from the full parser (only if the fast reader cannot give them, which it always can). */
function lazyLocator(text) {
    const index = new parse_fast_LineIndex(text);
    const docs = (0,dist/* parseAllDocuments */.hR)(text, yamlOptions);
    const doc = Array.isArray(docs) ? docs[0] : undefined;
    if (!doc)
        return () => START;
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
function fastParseMulti(file, text, o) {
    const findings = [];
    let source = text;
    const cut = nthDocumentStart(text, o.maxDocuments);
    if (cut !== -1) {
        source = text.slice(0, cut);
        const index = new parse_fast_LineIndex(text);
        findings.push(finding("parse/too-many-documents", file, index.span(cut, cut + 3), `File holds more than ${o.maxDocuments} YAML documents; only the first ${o.maxDocuments} were read.`));
    }
    // Marker lines and where they are.
    const starts = [];
    ANY_MARKER.lastIndex = 0;
    let m;
    while ((m = ANY_MARKER.exec(source)) !== null) {
        let end = source.indexOf("\n", m.index);
        if (end === -1)
            end = source.length;
        const line = source.slice(m.index, end).replace(/\r$/, "");
        if (!MARKER_LINE.test(line))
            return undefined; // "...", "%YAML", "--- value"
        starts.push(m.index);
    }
    if (starts.length === 0)
        return undefined;
    // Segments: [text before the first marker], then one per marker (the lines after it).
    const segments = [];
    if (!ONLY_COMMENTS.test(source.slice(0, starts[0])))
        segments.push({ start: 0, end: starts[0] });
    for (let i = 0; i < starts.length; i++) {
        const nl = source.indexOf("\n", starts[i]);
        const start = nl === -1 ? source.length : nl + 1;
        segments.push({ start, end: i + 1 < starts.length ? starts[i + 1] : source.length });
    }
    const documents = [];
    let lineOfOffset;
    for (let d = 0; d < segments.length; d++) {
        const { start, end } = segments[d];
        const segment = source.slice(start, end);
        if (ONLY_COMMENTS.test(segment))
            continue; // empty document
        const value = fastParse(segment, o.maxDepth);
        if (value === undefined)
            return undefined;
        lineOfOffset ??= new parse_fast_LineIndex(source);
        const positions = () => fastParsePositions(segment, o.maxDepth);
        documents.push(fastDocument(d, value, positions, segment, lineOfOffset.at(start).line - 1));
    }
    if (documents.length === 0)
        return undefined; // let the full path say "empty"
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
};
function parseFull(file, text, o, findings) {
    const index = new parse_fast_LineIndex(text);
    // The yaml parser recurses per nesting level: never hand it thousands of levels.
    const deep = findExcessiveNesting(text, o.maxDepth * 2);
    if (deep !== -1) {
        findings.push(finding("parse/too-deep", file, index.span(deep, deep + 1), `Nesting is deeper than ${o.maxDepth} levels; the file was not read.`));
        return { file, documents: [], findings };
    }
    // The yaml composer's cost grows with anchors and aliases; bound them before parsing.
    const aliasTokens = countAliasTokens(text, o.maxAliasCount);
    if (aliasTokens > o.maxAliasCount) {
        findings.push(finding("parse/alias-limit", file, START, `The file uses more than ${o.maxAliasCount} anchors and aliases: this looks like an alias bomb; it was not read.`));
        return { file, documents: [], findings };
    }
    // Only the first maxDocuments documents are parsed: cut the text at the next document marker.
    let source = text;
    const cut = nthDocumentStart(text, o.maxDocuments);
    if (cut !== -1) {
        source = text.slice(0, cut);
        findings.push(finding("parse/too-many-documents", file, index.span(cut, cut + 3), `File holds more than ${o.maxDocuments} YAML documents; only the first ${o.maxDocuments} were read.`));
    }
    const all = (0,dist/* parseAllDocuments */.hR)(source, yamlOptions);
    // parseAllDocuments returns an EmptyStream (not an array) when there is no document at all.
    const docs = Array.isArray(all) ? all : [];
    const documents = [];
    const multi = docs.length > 1;
    let nonEmpty = 0;
    const limit = Math.min(docs.length, o.maxDocuments);
    for (let d = 0; d < limit; d++) {
        const doc = docs[d];
        const docExtra = multi ? { document: d } : {};
        let hardError = false;
        for (const e of withDuplicateKeyErrors(doc)) {
            const dup = e.code === "DUPLICATE_KEY";
            if (!dup)
                hardError = true;
            const pos = index.span(e.pos[0], e.pos[1]);
            if (e.code === "RESOURCE_EXHAUSTION") {
                findings.push(finding("parse/too-deep", file, pos, `The document is too deeply nested to read (${yamlMessage(e.message)}).`, docExtra));
                continue;
            }
            findings.push(finding(dup ? "parse/duplicate-key" : "parse/syntax", file, pos, dup
                ? `Duplicate key ${duplicateKeyName(text, e.pos)}: a key may appear only once in a mapping.`
                : yamlMessage(e.message), dup
                ? { ...docExtra, hint: "Remove one of the two entries; YAML readers disagree on which one wins." }
                : docExtra));
        }
        for (const w of doc.warnings) {
            const pos = index.span(w.pos[0], w.pos[1]);
            if (w.code === "TAG_RESOLVE_FAILED") {
                hardError = true;
                findings.push(finding("parse/unknown-tag", file, pos, `${yamlMessage(w.message)}: ModelSpecs use plain YAML values, no custom tags.`, {
                    ...docExtra,
                    hint: "Remove the tag (the `!…` before the value).",
                }));
            }
            else {
                findings.push(finding("parse/warning", file, pos, yamlMessage(w.message), docExtra));
            }
        }
        if (hardError)
            continue;
        const contents = doc.contents;
        if (contents === null || ((0,dist/* isScalar */.jn)(contents) && contents.value === null && contents.source === ""))
            continue; // empty document
        nonEmpty++;
        // Bound the depth before any recursive conversion; also find __proto__ keys.
        const scan = scanTree(contents, o.maxDepth);
        if (scan.tooDeep) {
            findings.push(finding("parse/too-deep", file, rangePosition(index, scan.deepRange) ?? START, `Nesting is deeper than ${o.maxDepth} levels; the document was not read.`, docExtra));
            continue;
        }
        let value;
        try {
            value = doc.toJS({ maxAliasCount: o.maxAliasCount });
        }
        catch (err) {
            if (err instanceof ReferenceError || (err instanceof Error && /alias/i.test(err.message))) {
                findings.push(finding("parse/alias-limit", file, rangePosition(index, contents.range) ?? START, `Aliases expand to too many nodes (limit ${o.maxAliasCount}): this looks like an alias bomb; the document was not read.`, docExtra));
                continue;
            }
            throw err;
        }
        // Aliases can build depth the AST does not show (each anchor wrapping the previous one).
        if (valueDepthExceeds(value, o.maxDepth)) {
            findings.push(finding("parse/too-deep", file, rangePosition(index, contents.range) ?? START, `Nesting (through aliases) is deeper than ${o.maxDepth} levels; the document was not read.`, docExtra));
            continue;
        }
        for (const r of scan.protoKeys) {
            findings.push(finding("parse/forbidden-key", file, index.span(r[0], r[1]), "The key `__proto__` is not allowed; it was ignored.", docExtra));
        }
        if (scan.protoKeys.length > 0)
            stripProto(value);
        if (value === null || typeof value !== "object" || Array.isArray(value)) {
            findings.push(finding("parse/not-a-mapping", file, rangePosition(index, contents.range) ?? START, `The document is ${describeRoot(value)}, not a mapping: a ModelSpec starts with \`apiVersion:\` and \`kind:\`.`, docExtra));
            continue;
        }
        documents.push({ index: d, value, locate: (pointer) => locateInDocument(doc, index, pointer) });
    }
    if (nonEmpty === 0 && findings.length === 0) {
        findings.push(finding("parse/empty", file, START, "The file holds no YAML document (it is empty or only comments)."));
    }
    return { file, documents, findings };
}
/**
 * The document's errors plus its duplicate keys, in text order, as yaml reports them with
 * `uniqueKeys: true` (DUPLICATE_KEY at the repeated key's first character): two scalar keys are
 * equal when their values are (`===`, so `1` and `1.0` collide and NaN never does). Linear: one Set
 * per mapping, one iterative walk over the AST.
 */
function withDuplicateKeyErrors(doc) {
    const dups = [];
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                if ((0,dist/* isScalar */.jn)(key) && !(typeof key.value === "number" && Number.isNaN(key.value))) {
                    if (seen.has(key.value) && key.range) {
                        const at = key.range[0];
                        dups.push({ code: "DUPLICATE_KEY", message: "Map keys must be unique", pos: [at, at + 1] });
                    }
                    seen.add(key.value);
                }
                else if (key !== null && typeof key === "object")
                    stack.push(key);
                stack.push(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                stack.push(item);
        }
        else if ((0,dist/* isPair */.tO)(node)) {
            stack.push(node.key, node.value);
        }
    }
    if (dups.length === 0)
        return doc.errors;
    dups.sort((a, b) => a.pos[0] - b.pos[0]);
    // Merge by position, keeping yaml's own order among its errors.
    const out = [];
    let k = 0;
    for (const e of doc.errors) {
        while (k < dups.length && dups[k].pos[0] < e.pos[0])
            out.push(dups[k++]);
        out.push(e);
    }
    while (k < dups.length)
        out.push(dups[k++]);
    return out;
}
/** Number of `&anchor` / `*alias` tokens, counting stops just past `limit`. */
function countAliasTokens(text, limit) {
    const re = /(?:^|[\s[{,])[&*][^\s[\]{},]/g;
    let count = 0;
    while (re.exec(text) !== null)
        if (++count > limit)
            break;
    return count;
}
/**
 * Offset of the `---` marker that starts document number `n` (0-based; document 0 may start
 * without a marker), or -1 when the file has no more than `n` documents.
 */
function nthDocumentStart(text, n) {
    const re = /^---(?=[ \t\r\n]|$)/gm;
    let m;
    let docs = 0;
    let sawContent = false;
    while ((m = re.exec(text)) !== null) {
        // A first marker with nothing (but comments/blank lines) before it opens document 0.
        if (!sawContent) {
            sawContent = true;
            if (/^(?:\s|#[^\n]*)*$/.test(text.slice(0, m.index)))
                continue;
        }
        docs++;
        if (docs === n)
            return m.index;
    }
    return -1;
}
function describeRoot(v) {
    if (Array.isArray(v))
        return "a list";
    if (v === null)
        return "null";
    if (typeof v === "string")
        return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 37) + "..." : v)}`;
    return `the ${typeof v} ${String(v)}`;
}
function yamlMessage(m) {
    // yaml appends " at line L, column C:\n\n<excerpt>" when prettyErrors is on; keep the first line only.
    return m.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function duplicateKeyName(text, pos) {
    const s = text.slice(pos[0], Math.min(pos[1], pos[0] + 80));
    const key = s.split(/[:\n]/)[0].trim();
    return key ? `"${key}"` : "";
}
/** Iterative walk over the AST: depth bound and `__proto__` keys. Aliases are not followed. */
function scanTree(root, maxDepth) {
    const protoKeys = [];
    const stack = [[root, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            if (depth > maxDepth)
                return { tooDeep: true, deepRange: node.range, protoKeys };
            for (const item of node.items) {
                if ((0,dist/* isPair */.tO)(item)) {
                    if ((0,dist/* isScalar */.jn)(item.key) && item.key.value === "__proto__" && item.key.range) {
                        protoKeys.push([item.key.range[0], item.key.range[1]]);
                    }
                    if (item.key !== null && typeof item.key === "object")
                        stack.push([item.key, depth + 1]);
                    stack.push([item.value, depth + 1]);
                }
                else
                    stack.push([item, depth + 1]);
            }
        }
    }
    return { tooDeep: false, deepRange: undefined, protoKeys };
}
/**
 * True when the value nests deeper than maxDepth (recursion stops at maxDepth + 1, so it is safe).
 * Shared subtrees (aliases) are re-checked only when reached deeper than before.
 */
function valueDepthExceeds(value, maxDepth, depth = 1, okAt = new Map()) {
    if (value === null || typeof value !== "object")
        return false;
    if (depth > maxDepth)
        return true;
    const before = okAt.get(value);
    if (before !== undefined && depth <= before)
        return false; // verified with at least this much room
    for (const child of Object.values(value)) {
        if (valueDepthExceeds(child, maxDepth, depth + 1, okAt))
            return true;
    }
    okAt.set(value, Math.max(before ?? 0, depth));
    return false;
}
/** Remove own `__proto__` properties (yaml defines them as own data properties) everywhere. */
function stripProto(value) {
    const stack = [value];
    const seen = new Set();
    while (stack.length > 0) {
        const v = stack.pop();
        if (v === null || typeof v !== "object" || seen.has(v))
            continue;
        seen.add(v);
        if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, "__proto__")) {
            delete v["__proto__"];
        }
        for (const child of Object.values(v))
            stack.push(child);
    }
}
//# sourceMappingURL=parse.js.map

/***/ }),

/***/ 698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ pointerTokens),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   ko: () => (/* binding */ unescapeToken),
/* harmony export */   tj: () => (/* binding */ escapeToken)
/* harmony export */ });
/**
 * JSON pointers (RFC 6901), the one implementation every stage shares: the readers locate findings
 * by pointer, the validator names fields by it, the config drops invalid values by it, the diff and
 * drift read values by it. A token escapes `~` as `~0` and `/` as `~1`.
 */
/** One reference token, escaped for a pointer: `a/b` → `a~1b`, `~` → `~0`. */
function escapeToken(token) {
    return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
/** One escaped reference token read back: `a~1b` → `a/b`. */
function unescapeToken(token) {
    return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
/** RFC 6901 pointer → reference tokens ("" is the root, "/" the empty key). */
function pointerTokens(pointer) {
    if (pointer === "" || pointer === "/")
        return pointer === "/" ? [""] : [];
    return pointer
        .slice(pointer.startsWith("/") ? 1 : 0)
        .split("/")
        .map(unescapeToken);
}
/** The value at `pointer` inside a parsed document: own members and array items only, else undefined. */
function valueAt(value, pointer) {
    let cur = value;
    for (const token of pointerTokens(pointer)) {
        if (Array.isArray(cur))
            cur = cur[Number(token)];
        else if (typeof cur === "object" && cur !== null)
            cur = Object.prototype.hasOwnProperty.call(cur, token)
                ? cur[token]
                : undefined;
        else
            return undefined;
    }
    return cur;
}
//# sourceMappingURL=pointer.js.map

/***/ })

};

//# sourceMappingURL=251.index.js.map