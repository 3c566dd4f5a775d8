export const id = 224;
export const ids = [224];
export const modules = {

/***/ 3018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MS: () => (/* binding */ looksLikeModelSpec),
/* harmony export */   Mv: () => (/* binding */ fileReads),
/* harmony export */   Xl: () => (/* binding */ sideReader),
/* harmony export */   lH: () => (/* binding */ readCandidates),
/* harmony export */   oy: () => (/* binding */ collectPairs),
/* harmony export */   wm: () => (/* binding */ fileKey)
/* harmony export */ });
/* unused harmony export filePair */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7726);
/**
 * The collect stage: changed files + their texts + the config → the `FilePair[]` the review
 * analyses. Pure, and the only place that decides which changed files are ModelSpecs, for every
 * front end and every kind of change (pull request, merge group, push, release range, local git):
 *
 *   1. `readCandidates`: which changed files to read at all — YAML/JSON (or files matching the
 *      front end's globs), never the config file; likely specs first, at most `HARD_READ_CAP`;
 *   2. `fileReads`: the batched read of both sides of each candidate;
 *   3. `collectPairs`: the ModelSpecs among them — matching the config's `paths`, or (with the
 *      default globs) a YAML/JSON file whose text says `kind: ModelSpec` — at most
 *      `limits.maxFiles`, sorted by path, each
 *      with its base and head text (or the side's finding), then paired by spec name
 *      (`pairBySpecName`: a rename that changes every spec is a deletion plus an addition, a
 *      deletion and an addition of the same spec are a rename).
 */


const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** A top-level `kind: ModelSpec` (YAML) or `"kind": "ModelSpec"` (JSON): a cheap pre-filter only. */
const KIND_MODELSPEC = /^(?:kind|"kind"|'kind')\s*:\s*["']?ModelSpec["']?\s*(?:[,#].*)?$/m;
const KIND_MODELSPEC_JSON = /"kind"\s*:\s*"ModelSpec"/;
/** True when a text says it is a ModelSpec (`kind: ModelSpec`); the parser decides for certain. */
function looksLikeModelSpec(text) {
    return typeof text === "string" && (KIND_MODELSPEC.test(text) || KIND_MODELSPEC_JSON.test(text));
}
const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
/** Either end of a changed file matches. */
function eitherPath(f, match) {
    return match(f.path) || (f.previousPath !== undefined && match(f.previousPath));
}
/**
 * Step 1: the changed files that could be ModelSpecs, before any text is read. `globs`: the front
 * end's override of the config's `paths` (the Action's `paths:` input), or null.
 */
function readCandidates(changed, opts) {
    const cap = opts.readCap ?? _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .HARD_READ_CAP */ .m$;
    const configChanged = changed.some((f) => f.path === opts.configPath || f.previousPath === opts.configPath);
    const matchInput = opts.globs ? picomatch__WEBPACK_IMPORTED_MODULE_1__([...opts.globs], { dot: true }) : null;
    const potential = (p) => p !== opts.configPath && (YAML_OR_JSON.test(p) || (matchInput?.(p) ?? false));
    const likely = picomatch__WEBPACK_IMPORTED_MODULE_1__([...(opts.globs ?? _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SPEC_GLOBS */ .Ce)], { dot: true });
    // Files matching the globs first, so the read cap drops plain YAML before likely specs.
    let files = changed
        .filter((f) => eitherPath(f, potential))
        .sort((a, b) => Number(likely(b.path)) - Number(likely(a.path)));
    const notices = [];
    if (files.length > cap) {
        notices.push(`${files.length} changed YAML/JSON files; only the first ${cap} were read.`);
        files = files.slice(0, cap);
    }
    return { files, configChanged, notices };
}
/** Step 2: both sides of every candidate, as one batch of reads (`base` / `head` are refs). */
function fileReads(files, base, head) {
    const reads = [];
    for (const f of files) {
        if (f.status !== "added")
            reads.push({ ref: base, path: f.previousPath ?? f.path });
        if (f.status !== "removed")
            reads.push({ ref: head, path: f.path });
    }
    return reads;
}
/**
 * Step 3 (async only to load the parser lazily): the ModelSpecs among the read candidates. `read(file, side)` gives a side's text (or its
 * finding), undefined when that side does not exist.
 */
async function collectPairs(files, read, config) {
    const side = (f, s) => s === "base"
        ? f.status === "added"
            ? undefined
            : read(f, s)
        : f.status === "removed"
            ? undefined
            : read(f, s);
    const inPaths = picomatch__WEBPACK_IMPORTED_MODULE_1__(config.paths, { dot: true });
    // Globs someone chose are the set of ModelSpec files (a repository can keep some out); with the
    // default globs, a YAML/JSON file that says `kind: ModelSpec` is one whatever its name.
    const sniff = sameGlobs(config.paths, _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SPEC_GLOBS */ .Ce);
    let specs = files.filter((f) => eitherPath(f, inPaths) ||
        (sniff && (looksLikeModelSpec(side(f, "base")?.text) || looksLikeModelSpec(side(f, "head")?.text))));
    const notices = [];
    const max = config.limits.maxFiles;
    const notReviewed = Math.max(0, specs.length - max);
    if (notReviewed > 0) {
        notices.push(`${specs.length} ModelSpec files changed; only the first ${max} were reviewed (\`limits.maxFiles\`).`);
        specs = specs.slice(0, max);
    }
    const pairs = [...specs].sort(byPath).map((f) => filePair(f, read));
    // Loaded here, not with the module: the first two steps run on every change, and a change
    // without candidates must not load the YAML parser (the Action's no-op start-up).
    const { pairBySpecName } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(251), __webpack_require__.e(216)]).then(__webpack_require__.bind(__webpack_require__, 2216));
    return { pairs: pairBySpecName(pairs), notReviewed, notices };
}
function sameGlobs(a, b) {
    return a.length === b.length && [...a].sort().every((g, i) => g === [...b].sort()[i]);
}
/** One changed file as the pair `analyse` takes: its texts (or their findings) at both ends. */
function filePair(f, read) {
    const pair = { path: f.path };
    if (f.previousPath !== undefined && f.previousPath !== f.path)
        pair.previousPath = f.previousPath;
    const b = f.status === "added" ? undefined : read(f, "base");
    const h = f.status === "removed" ? undefined : read(f, "head");
    if (b !== undefined)
        pair.base = b.text;
    if (b?.problem)
        pair.baseProblem = b.problem;
    if (h !== undefined)
        pair.head = h.text;
    if (h?.problem)
        pair.headProblem = h.problem;
    return pair;
}
/** The key of a file at a ref in a batch of texts: `ref:path`. */
function fileKey(ref, path) {
    return `${ref}:${path}`;
}
/** Reads a side of a changed file out of a batch read at `base` / `head` (see `fileReads`). */
function sideReader(texts, base, head) {
    return (f, s) => {
        const key = s === "base" ? fileKey(base, f.previousPath ?? f.path) : fileKey(head, f.path);
        const problem = texts.problems?.get(key);
        if (problem)
            return { text: "", problem };
        const text = texts.get(key);
        return typeof text === "string" ? { text } : undefined;
    };
}
//# sourceMappingURL=collect.js.map

/***/ }),

/***/ 197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ commentWanted),
/* harmony export */   CZ: () => (/* binding */ isOurComment),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   bp: () => (/* binding */ planDedupe),
/* harmony export */   tx: () => (/* binding */ planComment)
/* harmony export */ });
/* unused harmony exports MARKER_PREFIX, parseCommentMarker, hasMarkerFor */
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5729);
/**
 * The sticky-comment update policy, pure and forge-neutral: which comment is ours (the hidden
 * marker), and what to do with it for each mode — update in place, post a new one (hiding or
 * deleting the older ones), leave it when its body is already there or when the pull request has
 * moved on to a newer head, retire it when the change no longer touches a ModelSpec. An adapter
 * (src/github/octokit.ts) lists the comments, asks this module, and only executes the answer.
 *
 * The decision is taken in steps so that an adapter never makes a request it does not need: a
 * plan may say `ask-head` ("is the reviewed head still the pull request's head?"), and the adapter
 * calls again with the answer. One marker format, written and read here and nowhere else.
 */


// ─── The hidden marker ──────────────────────────────────────────────────────────────────────────
/** Start of the hidden marker that identifies this tool's PR comments. */
const MARKER_PREFIX = "<!-- modelspec-review";
/** `<!-- modelspec-review tag="default" head="abc123…" -->`: finds our comment and what it describes. */
function commentMarker(tag, headSha) {
    const sha = headSha && /^[0-9a-f]{7,64}$/i.test(headSha) ? ` head="${headSha}"` : "";
    return `${MARKER_PREFIX} tag="${(0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeTag */ .eg)(tag)}"${sha} -->`;
}
const MARKER_RE = /<!--\s*modelspec-review\b([^>]*?)-->/;
/**
 * Reads the marker of a comment body: null when there is none. Tolerant of attribute spelling
 * (`tag="x"`, `tag=x`, `tag: x`; `head` or `sha`) so older or hand-written markers still match.
 */
function parseCommentMarker(body) {
    const m = MARKER_RE.exec(body);
    if (!m)
        return null;
    const attrs = new Map();
    for (const a of (m[1] ?? "").matchAll(/([\w-]+)\s*[=:]\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
        attrs.set((a[1] ?? "").toLowerCase(), a[2] ?? a[3] ?? a[4] ?? "");
    }
    return {
        tag: attrs.get("tag") ?? "default",
        headSha: attrs.get("head") ?? attrs.get("sha") ?? attrs.get("head-sha") ?? null,
    };
}
/** True when a body carries our marker for `tag` (compared after the same sanitising). */
function hasMarkerFor(body, tag) {
    const m = parseCommentMarker(body);
    return m !== null && (0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeTag */ .eg)(m.tag) === (0,_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeTag */ .eg)(tag);
}
/** Puts our marker first when the body does not already carry one for this tag. */
function withMarker(body, tag, headSha) {
    return hasMarkerFor(body, tag) ? body : `${commentMarker(tag, headSha)}\n${body}`;
}
/** Ours: written by a bot (a person quoting our marker is not our comment) and marked for `tag`. */
function isOurComment(comment, tag) {
    return comment.byBot && hasMarkerFor(comment.body, tag);
}
/** Whether the comments need listing at all (mode `off` never reads or writes). */
function commentWanted(request) {
    return request.mode !== "off";
}
/**
 * The plan for `request` (its body already final: marker added, clipped to the forge's limit)
 * given our marked comments, oldest first. `headMoved` is the answer to an earlier `ask-head`.
 */
function planComment(request, marked, headMoved) {
    if (!commentWanted(request))
        return { do: "nothing", outcome: "off" };
    const latest = marked.at(-1);
    if (latest) {
        if (describedHead(latest) !== request.headSha) {
            if (headMoved === undefined)
                return { do: "ask-head" };
            if (headMoved)
                return { do: "nothing", outcome: "stale", comment: latest };
        }
        if (latest.body === request.body)
            return { do: "nothing", outcome: "unchanged", comment: latest };
    }
    if (request.retire) {
        // No ModelSpec changes remain: say so on the earlier comment, or take it away; never add one.
        if (!latest)
            return { do: "nothing", outcome: "none" };
        if (request.mode === "hide-and-new")
            return { do: "hide", comment: latest };
        if (request.mode === "delete-and-new")
            return { do: "delete", comments: [...marked] };
        return { do: "update", comment: latest };
    }
    if (request.mode === "update") {
        return latest ? { do: "update", comment: latest } : { do: "create", existing: [], then: "dedupe" };
    }
    const existing = [...marked];
    // Earlier runs hid the ones before it; a listing cannot tell which are hidden, so hide the last.
    if (request.mode === "hide-and-new" && latest)
        return { do: "create", existing, then: "hide", latest };
    if (request.mode === "delete-and-new")
        return { do: "create", existing, then: "delete" };
    return { do: "create", existing, then: "nothing" };
}
/**
 * Two runs may both have found no comment and both created one: the oldest marked comment wins.
 * `after`: our marked comments listed again after the create, oldest first.
 */
function planDedupe(request, created, after, headMoved) {
    const first = after[0];
    if (!first || first.id === created.id)
        return { do: "keep" };
    const firstHead = describedHead(first);
    if (firstHead === request.headSha)
        return { do: "drop-ours", comment: first, update: false, outcome: "unchanged" };
    if (headMoved === undefined)
        return { do: "ask-head" };
    return headMoved
        ? { do: "drop-ours", comment: first, update: false, outcome: "stale" }
        : { do: "drop-ours", comment: first, update: true };
}
function describedHead(c) {
    return parseCommentMarker(c.body)?.headSha ?? null;
}
//# sourceMappingURL=comment-policy.js.map

/***/ }),

/***/ 5729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   eg: () => (/* binding */ safeTag),
/* harmony export */   lz: () => (/* binding */ lineLink),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   uH: () => (/* binding */ clean),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports MAX_INLINE, encodePath, escapeCommandData, escapeCommandProperty */
/**
 * Escaping for every user-controlled string that reaches a report (spec names, labels, paths, values,
 * finding messages, hints, gate reasons, assumptions).
 *
 * The threat model: a PR author controls the YAML, so any of those strings may try to break the
 * markdown (tables, emphasis, headings), open raw HTML (`<img onerror>`, `</details>`), ping people
 * (`@org/team`), reference issues (`#1`), inject links (`[x](https://…)`, bare `https://…`,
 * `www.…`), render math (`$…$`), smuggle bidi overrides (Trojan Source) or blow the size budget.
 *
 * `md()` neutralises all of that with one encoding that is valid in *both* contexts we emit:
 * markdown inline text (table cells included) and the inside of HTML blocks such as `<summary>`,
 * where backslash escapes would show literally. ASCII punctuation that markdown or HTML could act
 * on becomes a numeric character reference (decoded to a literal character, never to syntax), and
 * a zero-width space is placed after `@` and `#` and inside `://` / `www.` so GitHub's mention,
 * issue-reference and autolink filters, which run on the rendered text, find nothing to act on.
 */
const ZWSP = "\u200b";
/** Characters markdown (CommonMark + GFM + GitHub math) or HTML could interpret. */
const ENCODE = new Set([..."\\`*_{}[]()<>#+!|~$&\"'=^:@"]);
/**
 * C0/C1 controls, bidi embeddings/overrides/isolates, zero-width joiners and the BOM:
 * replaced by U+FFFD so they can neither hide nor reorder text.
 */
const INVISIBLE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Default cap for one user string inside a report (keeps hostile 1 MB names from eating the budget). */
const MAX_INLINE = 300;
/** Strip invisible/control characters, fold newlines to spaces and cap the length. */
function clean(value, max = MAX_INLINE) {
    const s = String(value ?? "")
        .replace(/\r\n?|\n|\t/g, " ")
        .replace(INVISIBLE, "\ufffd");
    return truncate(s, max);
}
/** Truncate to `max` UTF-16 units without splitting a surrogate pair, marking the cut with "…". */
function truncate(s, max) {
    if (s.length <= max)
        return s;
    let cut = Math.max(0, max - 1);
    const code = s.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return s.slice(0, cut) + "…";
}
/** Escape user text for markdown and HTML-block contexts (see the module comment). */
function md(value, max = MAX_INLINE) {
    const s = clean(value, max);
    let out = "";
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (ENCODE.has(ch)) {
            out += `&#${ch.charCodeAt(0)};`;
            if (ch === "@" || ch === "#")
                out += ZWSP;
            else if (ch === ":" && s.startsWith("//", i + 1))
                out += ZWSP;
        }
        else if (ch === "." && /www$/i.test(s.slice(Math.max(0, i - 3), i))) {
            out += ZWSP + ".";
        }
        else {
            out += ch;
        }
    }
    return out;
}
/** User text shown as an identifier in monospace: `<code>` with `md()` content (safe in tables and HTML). */
function code(value, max = MAX_INLINE) {
    return `<code>${md(value, max)}</code>`;
}
/** A fenced code block whose fence is longer than any backtick run in the content. */
function fence(content, info = "") {
    const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
    const f = "`".repeat(Math.max(3, longest + 1));
    const body = content.replace(INVISIBLE, (c) => (c === "\t" ? c : "\ufffd"));
    return `${f}${info}\n${body}${body.endsWith("\n") ? "" : "\n"}${f}`;
}
/** Plain text for places GitHub shows verbatim (annotation title/message): no markup, just cleaned. */
function plain(value, max = 2000) {
    const s = String(value ?? "").replace(INVISIBLE, "\ufffd");
    return truncate(s, max);
}
/** Percent-encode a repository path for a blob URL, segment by segment (parentheses too). */
function encodePath(path) {
    return path
        .split("/")
        .map((seg) => encodeURIComponent(seg).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join("/");
}
/**
 * A link to `line` of `path` at the head commit (`label` as its text), or the bare label when the
 * context has no valid head SHA or repository URL, or the line is unknown.
 */
function lineLink(path, line, ctx, label = `line ${line}`) {
    const sha = ctx.headSha && /^[0-9a-f]{7,64}$/i.test(ctx.headSha) ? ctx.headSha : null;
    const repo = ctx.repoUrl && /^https?:\/\/[^\s()<>]+$/.test(ctx.repoUrl) ? ctx.repoUrl.replace(/\/+$/, "") : null;
    if (!sha || !repo || line < 1)
        return label;
    return `[${label}](${repo}/blob/${sha}/${encodePath(path)}#L${line})`;
}
/**
 * Escape a value for a GitHub workflow command (`::error file=…,line=…::message`).
 * Message data: `%`, `\r`, `\n`. Property values additionally `:` and `,`
 * (actions/toolkit `escapeData` / `escapeProperty`).
 */
function escapeCommandData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Escape a value for a workflow command property (`file=…,line=…`): the data escapes plus `:` and `,`. */
function escapeCommandProperty(s) {
    return escapeCommandData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/** Tag for the hidden marker: limited to characters that cannot end an HTML comment or attribute. */
function safeTag(tag) {
    const t = tag.replace(/[^A-Za-z0-9._/-]/g, "_").slice(0, 100);
    return t.length > 0 ? t : "default";
}
//# sourceMappingURL=escape.js.map

/***/ }),

/***/ 7726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ DEFAULT_SPEC_GLOBS),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   m$: () => (/* binding */ HARD_READ_CAP),
/* harmony export */   nV: () => (/* binding */ DEFAULT_CHECK_NAME),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH)
/* harmony export */ });
/* unused harmony export LOCAL_READ_CAP */
/**
 * The settings every front end, the flow and the core share, each defined once: where the
 * repository config lives, which files are ModelSpecs by default, and the caps that keep a review's
 * cost constant. Imports nothing, so the flow's no-op path can use it without loading the core.
 */
/** Where repositories keep the configuration (read at the base ref of a change). */
const CONFIG_PATH = ".github/modelspec-review.yml";
/** Globs of ModelSpec files when the config names none (`paths`). */
const DEFAULT_SPEC_GLOBS = [
    "**/*.modelspec.yaml",
    "**/*.modelspec.yml",
    "**/*.modelspec.json",
];
/** `limits` when the config sets none: changed spec files reviewed per change, bytes per file. */
const DEFAULT_LIMITS = {
    maxFiles: 300,
    maxFileBytes: 1024 * 1024,
};
/** Most candidate files (changed YAML/JSON) read before the config's own `limits.maxFiles` applies. */
const HARD_READ_CAP = 1000;
/**
 * The read cap of a local run (the CLI over local git): the largest `limits.maxFiles` the config
 * schema accepts, so a local review can cover every spec its config allows; reads are local, not
 * API calls, which is what `HARD_READ_CAP` bounds.
 */
const LOCAL_READ_CAP = 3000;
/** Name of the check run (and of the check to mark required) when the front end sets none. */
const DEFAULT_CHECK_NAME = "ModelSpec review";
//# sourceMappingURL=settings.js.map

/***/ }),

/***/ 2224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ PermissionDeniedError),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   o2: () => (/* binding */ UnreadableFileError),
/* harmony export */   wm: () => (/* reexport safe */ _core_collect_js__WEBPACK_IMPORTED_MODULE_0__.wm)
/* harmony export */ });
/* harmony import */ var _core_collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3018);
/* harmony import */ var _core_comment_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(197);
/** `ref:path` key used in the map `readFiles` returns (defined with the collect stage). */

// ─── Errors ─────────────────────────────────────────────────────────────────────────────────────
/** The token may not do this (403 "Resource not accessible by integration", e.g. a fork PR). */
class PermissionDeniedError extends Error {
    operation;
    permission;
    status;
    name = "PermissionDeniedError";
    constructor(
    /** What we tried, e.g. "create a check run". */
    operation, 
    /** The workflow permission that grants it, e.g. "checks: write". */
    permission, status, detail) {
        super(`Cannot ${operation}: ${detail} (the token needs \`${permission}\`).`);
        this.operation = operation;
        this.permission = permission;
        this.status = status;
    }
}
/** A GitHub API call failed after retries; the message names the call. */
class GitHubApiError extends Error {
    call;
    status;
    name = "GitHubApiError";
    constructor(
    /** e.g. "GET /repos/{owner}/{repo}/pulls/{pull_number}/files". */
    call, status, detail, options) {
        super(`GitHub API call ${call} failed${status ? ` with HTTP ${status}` : ""}: ${detail}`, options);
        this.call = call;
        this.status = status;
    }
}
/**
 * A changed file whose text could not be read (GitHub errors, an answer that is not the file's
 * text). The review must fail rather than treat the file as unchanged; the message names the file.
 */
class UnreadableFileError extends Error {
    files;
    name = "UnreadableFileError";
    constructor(
    /** Every file that could not be read, each with why. */
    files, options) {
        super(`Could not read ${files.length === 1 ? "a changed file" : `${files.length} files`}: ${files
            .slice(0, 20)
            .map((f) => `${f.file.path} at ${f.file.ref.slice(0, 12)} (${f.detail})`)
            .join("; ")}${files.length > 20 ? `; and ${files.length - 20} more` : ""}`, options);
        this.files = files;
    }
}
// ─── The hidden comment marker (src/core/comment-policy.ts) ──────────────────────────────────────

//# sourceMappingURL=port.js.map

/***/ })

};

//# sourceMappingURL=224.index.js.map