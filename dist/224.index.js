export const id = 224;
export const ids = [224];
export const modules = {

/***/ 2224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ PermissionDeniedError),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   WI: () => (/* binding */ hasMarkerFor),
/* harmony export */   Zv: () => (/* binding */ parseCommentMarker),
/* harmony export */   o2: () => (/* binding */ UnreadableFileError),
/* harmony export */   wm: () => (/* binding */ fileKey)
/* harmony export */ });
/* unused harmony exports commentMarker, safeTag */
/** `ref:path` key used in the map `readFiles` returns. */
function fileKey(ref, path) {
    return `${ref}:${path}`;
}
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
// ─── The hidden comment marker ──────────────────────────────────────────────────────────────────
/**
 * `<!-- modelspec-review tag="default" head="abc123…" -->`: finds our comment and what it describes.
 * Same format as the comment renderer's marker (src/core/render/comment.ts); kept here too so the
 * port can recognise and add markers without loading the renderers.
 */
function commentMarker(tag, headSha) {
    const sha = headSha && /^[0-9a-f]{7,64}$/i.test(headSha) ? ` head="${headSha}"` : "";
    return `<!-- modelspec-review tag="${safeTag(tag)}"${sha} -->`;
}
/** Tags are limited to characters that cannot end an HTML comment or attribute (as the renderer does). */
function safeTag(tag) {
    const t = tag.replace(/[^A-Za-z0-9._/-]/g, "_").slice(0, 100);
    return t.length > 0 ? t : "default";
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
    for (const a of m[1].matchAll(/([\w-]+)\s*[=:]\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
        attrs.set(a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? "");
    }
    return {
        tag: attrs.get("tag") ?? "default",
        headSha: attrs.get("head") ?? attrs.get("sha") ?? attrs.get("head-sha") ?? null,
    };
}
/** True when a body carries our marker for `tag` (compared after the same sanitising). */
function hasMarkerFor(body, tag) {
    const m = parseCommentMarker(body);
    return m !== null && safeTag(m.tag) === safeTag(tag);
}
/** Puts our marker first when the body does not already carry one for this tag. */
function withMarker(body, tag, headSha) {
    return hasMarkerFor(body, tag) ? body : `${commentMarker(tag, headSha)}\n${body}`;
}
//# sourceMappingURL=port.js.map

/***/ })

};

//# sourceMappingURL=224.index.js.map