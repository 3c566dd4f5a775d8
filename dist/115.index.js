export const id = 115;
export const ids = [115];
export const modules = {

/***/ 8115:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_LISTED_FILES: () => (/* binding */ MAX_LISTED_FILES),
/* harmony export */   createOctokitPort: () => (/* binding */ createOctokitPort),
/* harmony export */   decodeBody: () => (/* binding */ decodeBody)
/* harmony export */ });
/* harmony import */ var _port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4047);
/**
 * `GitHubPort` over any Octokit: the Action's (`createActionOctokit`), Probot's `context.octokit`,
 * or `@actions/github`'s `getOctokit`. It needs only `request` and `graphql`, which every Octokit
 * has, so no plugin (rest endpoint methods, paginate) is assumed and the app reuses it unchanged.
 */

/** GitHub lists at most 3,000 files of a PR: 30 pages of 100. */
const MAX_LISTED_FILES = 3000;
const PER_PAGE = 100;
const COMMENT_MAX = 65_536;
const CHECK_TEXT_MAX = 65_535;
const CHECK_TITLE_MAX = 1000;
function createOctokitPort(octokit, repo, options = {}) {
    const { owner, repo: name } = repo;
    const log = options.log ?? (() => { });
    const batchSize = Math.max(1, options.graphqlBatchSize ?? 1000);
    /** Runs one API call, turning failures into errors that name the call. */
    async function call(label, fn) {
        try {
            return await fn();
        }
        catch (e) {
            throw apiError(label, e);
        }
    }
    async function getPullRequest(number) {
        const res = await call("GET /repos/{owner}/{repo}/pulls/{pull_number}", () => octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
            owner,
            repo: name,
            pull_number: number,
        }));
        const d = res.data;
        const headRepo = d.head.repo?.full_name ?? null;
        return {
            number: d.number,
            headSha: d.head.sha,
            baseSha: d.base.sha,
            baseRef: d.base.ref,
            state: d.state,
            headRepo: headRepo && headRepo.toLowerCase() !== `${owner}/${name}`.toLowerCase() ? headRepo : null,
        };
    }
    async function listChangedFiles(number) {
        const files = [];
        for (let page = 1; page <= MAX_LISTED_FILES / PER_PAGE; page++) {
            const res = await call("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", () => octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
                owner,
                repo: name,
                pull_number: number,
                per_page: PER_PAGE,
                page,
            }));
            const data = res.data;
            for (const f of data) {
                const entry = { path: f.filename, status: f.status };
                if (f.previous_filename !== undefined)
                    entry.previousPath = f.previous_filename;
                files.push(entry);
            }
            const link = typeof res.headers.link === "string" ? res.headers.link : "";
            if (data.length < PER_PAGE || !/rel="next"/.test(link))
                break;
        }
        // GitHub gives no sign of the cap but the count: at 3,000 entries assume more were left out.
        return { files, truncated: files.length >= MAX_LISTED_FILES };
    }
    async function readFiles(requests) {
        const out = new Map();
        const unique = new Map();
        for (const r of requests)
            unique.set((0,_port_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(r.ref, r.path), r);
        const all = [...unique.values()];
        const needRest = [];
        let size = batchSize;
        for (let i = 0; i < all.length;) {
            const chunk = all.slice(i, i + size);
            const result = await readChunkGraphql(chunk);
            if (result === "too-large" && size > 1) {
                size = Math.max(1, Math.floor(size / 2));
                log(`GraphQL refused ${chunk.length} objects in one query; retrying with ${size}.`);
                continue;
            }
            if (result === "too-large" || result === "failed") {
                needRest.push(...chunk);
            }
            else {
                chunk.forEach((r, j) => {
                    const blob = result[j];
                    if (!blob)
                        out.set((0,_port_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(r.ref, r.path), null);
                    else if (blob.isBinary)
                        out.set((0,_port_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(r.ref, r.path), null);
                    else if (typeof blob.text !== "string" || blob.isTruncated)
                        needRest.push(r);
                    else
                        out.set((0,_port_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(r.ref, r.path), blob.text);
                });
            }
            i += chunk.length;
        }
        // REST fallback, one request per file: only for what GraphQL could not give (large blobs, or
        // GraphQL unavailable). Raw media type so files over 1 MB still come back.
        const unreadable = [];
        let cause;
        for (const r of needRest) {
            try {
                out.set((0,_port_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(r.ref, r.path), await readFileRest(r));
            }
            catch (e) {
                cause ??= e;
                unreadable.push({ file: r, detail: e.message });
            }
        }
        if (unreadable.length > 0)
            throw new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .UnreadableFileError */ .o2(unreadable, { cause });
        return out;
    }
    async function readChunkGraphql(chunk) {
        const vars = { owner, name };
        const decls = ["$owner: String!", "$name: String!"];
        const fields = [];
        chunk.forEach((r, j) => {
            vars[`e${j}`] = `${r.ref}:${r.path}`;
            decls.push(`$e${j}: String!`);
            fields.push(`f${j}: object(expression: $e${j}) { ... on Blob { text isBinary isTruncated } }`);
        });
        const query = `query(${decls.join(", ")}) {\n  repository(owner: $owner, name: $name) {\n    ${fields.join("\n    ")}\n  }\n}`;
        try {
            const res = (await octokit.graphql(query, vars));
            if (!res.repository)
                return "failed";
            return chunk.map((_, j) => res.repository[`f${j}`] ?? null);
        }
        catch (e) {
            const err = e;
            const text = `${(err.errors ?? []).map((x) => `${x.type ?? ""} ${x.message ?? ""}`).join("; ")} ${err.message ?? ""}`;
            if (/MAX_NODE_LIMIT|exceeds the maximum|too (large|many)|timeout|timed out/i.test(text) ||
                err.status === 502) {
                return "too-large";
            }
            log(`GraphQL file read failed (${text.trim().slice(0, 200)}); falling back to the contents API.`);
            return "failed";
        }
    }
    async function readFileRest(r) {
        const label = "GET /repos/{owner}/{repo}/contents/{path}";
        let data;
        try {
            const res = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
                owner,
                repo: name,
                path: r.path,
                ref: r.ref,
                headers: { accept: "application/vnd.github.raw" },
            });
            data = res.data;
        }
        catch (e) {
            if (e.status === 404)
                return null;
            throw apiError(label, e);
        }
        // Octokit hands the raw media type over as a string only when the answer names a UTF-8
        // charset; GitHub's `application/vnd.github.raw` (no charset) arrives as an ArrayBuffer.
        const text = decodeBody(data);
        if (text === null)
            throw new Error("the contents API did not answer with the file's UTF-8 text (a directory, a submodule or a link?)");
        return text;
    }
    async function listMarkedComments(issueNumber, tag) {
        const marked = [];
        for (let page = 1;; page++) {
            const res = await call("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", () => octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
                owner,
                repo: name,
                issue_number: issueNumber,
                per_page: PER_PAGE,
                page,
            }));
            const data = res.data;
            for (const c of data) {
                if (c.user?.type !== "Bot")
                    continue; // a person quoting our marker is not our comment
                if ((0,_port_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarkerFor */ .WI)(c.body ?? "", tag))
                    marked.push(c);
            }
            const link = typeof res.headers.link === "string" ? res.headers.link : "";
            if (data.length < PER_PAGE || !/rel="next"/.test(link))
                break;
        }
        return marked;
    }
    /** Writes guarded against 403 "Resource not accessible by integration" (fork PRs, missing scopes). */
    async function write(label, operation, permission, fn) {
        try {
            return await fn();
        }
        catch (e) {
            const denied = permissionDenied(e);
            if (denied)
                throw new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionDeniedError */ .Ll(operation, permission, denied.status, denied.message);
            throw apiError(label, e);
        }
    }
    async function createComment(issueNumber, body) {
        const res = await write("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", "comment on the pull request", "pull-requests: write", () => octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
            owner,
            repo: name,
            issue_number: issueNumber,
            body,
        }));
        return res.data;
    }
    async function updateComment(id, body) {
        const res = await write("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", "update the pull request comment", "pull-requests: write", () => octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
            owner,
            repo: name,
            comment_id: id,
            body,
        }));
        return res.data;
    }
    async function deleteComment(id) {
        await write("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", "delete an older pull request comment", "pull-requests: write", () => octokit.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
            owner,
            repo: name,
            comment_id: id,
        }));
    }
    async function minimizeComment(nodeId) {
        await write("POST /graphql (minimizeComment)", "hide an older pull request comment", "pull-requests: write", () => octokit.graphql("mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }", { id: nodeId }));
    }
    /** True when `headSha` is no longer the PR's head: a newer push has (or will have) its own review. */
    async function isStale(issueNumber, headSha) {
        const pr = await getPullRequest(issueNumber);
        return pr.headSha !== headSha;
    }
    async function upsertComment(req) {
        if (req.mode === "off")
            return { outcome: "off" };
        const body = (0,_port_js__WEBPACK_IMPORTED_MODULE_0__/* .withMarker */ .Pe)(clip(req.body, COMMENT_MAX, "comment"), req.tag, req.headSha);
        const marked = await listMarkedComments(req.issueNumber, req.tag);
        const latest = marked.at(-1);
        if (latest) {
            const describes = (0,_port_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommentMarker */ .Zv)(latest.body ?? "")?.headSha ?? null;
            if (describes !== req.headSha && (await isStale(req.issueNumber, req.headSha))) {
                log(`Not touching comment ${latest.id}: this run reviewed ${req.headSha}, the PR head has moved on.`);
                return { outcome: "stale", commentId: latest.id, url: latest.html_url };
            }
            if (latest.body === body)
                return { outcome: "unchanged", commentId: latest.id, url: latest.html_url };
        }
        if (req.mode === "update") {
            if (latest) {
                const updated = await updateComment(latest.id, body);
                return { outcome: "updated", commentId: updated.id, url: updated.html_url };
            }
            const created = await createComment(req.issueNumber, body);
            // Two runs may both have found no comment and both created one: keep the oldest, drop ours.
            const after = await listMarkedComments(req.issueNumber, req.tag);
            const first = after[0];
            if (first && first.id !== created.id) {
                await deleteComment(created.id);
                const firstHead = (0,_port_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommentMarker */ .Zv)(first.body ?? "")?.headSha ?? null;
                if (firstHead !== req.headSha && !(await isStale(req.issueNumber, req.headSha))) {
                    const updated = await updateComment(first.id, body);
                    return { outcome: "updated", commentId: updated.id, url: updated.html_url };
                }
                return {
                    outcome: firstHead === req.headSha ? "unchanged" : "stale",
                    commentId: first.id,
                    url: first.html_url,
                };
            }
            return { outcome: "created", commentId: created.id, url: created.html_url };
        }
        const created = await createComment(req.issueNumber, body);
        const result = { outcome: "created", commentId: created.id, url: created.html_url };
        if (req.mode === "hide-and-new" && latest) {
            // Earlier runs hid the ones before it; REST cannot tell us which are hidden, so hide the last.
            await minimizeComment(latest.node_id);
            result.hidden = 1;
        }
        else if (req.mode === "delete-and-new") {
            for (const c of marked)
                await deleteComment(c.id);
            result.deleted = marked.length;
        }
        return result;
    }
    async function startCheckRun(checkName, headSha, detailsUrl) {
        const res = await write("POST /repos/{owner}/{repo}/check-runs", "create a check run", "checks: write", () => octokit.request("POST /repos/{owner}/{repo}/check-runs", {
            owner,
            repo: name,
            name: checkName,
            head_sha: headSha,
            status: "in_progress",
            ...(detailsUrl ? { details_url: detailsUrl } : {}),
        }));
        return res.data.id;
    }
    async function completeCheckRun(id, output) {
        const title = clip(output.title, CHECK_TITLE_MAX, "title");
        const summary = clip(output.summary, CHECK_TEXT_MAX, "summary");
        const batches = output.annotationBatches.filter((b) => b.length > 0);
        for (const b of batches) {
            if (b.length > 50)
                throw new Error(`annotation batch of ${b.length} exceeds GitHub's 50 per request`);
        }
        const patch = (body) => write("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", "update the check run", "checks: write", () => octokit.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
            owner,
            repo: name,
            check_run_id: id,
            ...body,
        }));
        await patch({
            status: "completed",
            conclusion: output.conclusion,
            ...(output.detailsUrl ? { details_url: output.detailsUrl } : {}),
            output: {
                title,
                summary,
                ...(output.text !== undefined ? { text: clip(output.text, CHECK_TEXT_MAX, "text") } : {}),
                annotations: batches[0] ?? [],
            },
        });
        // Further batches append (GitHub keeps earlier annotations); the conclusion is already set.
        for (const batch of batches.slice(1))
            await patch({ output: { title, summary, annotations: batch } });
    }
    return {
        repo: { owner, repo: name },
        getPullRequest,
        listChangedFiles,
        readFiles,
        upsertComment,
        startCheckRun,
        completeCheckRun,
    };
}
/** 403/404-style "not allowed" answers, told apart from 403 rate limits. */
function permissionDenied(e) {
    const err = e;
    const gqlForbidden = err.errors?.find((x) => x.type === "FORBIDDEN");
    if (gqlForbidden)
        return { status: 403, message: gqlForbidden.message ?? "Forbidden" };
    if (err.status !== 403)
        return null;
    const message = err.response?.data?.message ?? err.message ?? "Forbidden";
    if (/rate limit/i.test(message))
        return null;
    return { status: 403, message };
}
function apiError(label, e) {
    if (e instanceof _port_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS || e instanceof _port_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionDeniedError */ .Ll)
        return e;
    const err = e;
    const detail = err.response?.data?.message ?? err.message ?? String(e);
    return new _port_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS(label, typeof err.status === "number" ? err.status : null, detail, { cause: e });
}
/**
 * The text of a contents-API answer: a string as is; an ArrayBuffer or byte view decoded as
 * strict UTF-8 (a bad byte is not silently replaced); anything else (JSON for a directory) is null.
 */
function decodeBody(data) {
    if (typeof data === "string")
        return data;
    let bytes = null;
    if (data instanceof ArrayBuffer)
        bytes = new Uint8Array(data);
    else if (ArrayBuffer.isView(data))
        bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (bytes === null)
        return null;
    try {
        return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return null;
    }
}
/** Keeps a string under a GitHub limit (the renderer should already have; this is the last guard). */
function clip(s, max, what) {
    if (s.length <= max)
        return s;
    const note = `\n\n… ${what} cut to GitHub's ${max}-character limit.`;
    return s.slice(0, max - note.length) + note;
}
//# sourceMappingURL=octokit.js.map

/***/ }),

/***/ 4047:
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

//# sourceMappingURL=115.index.js.map