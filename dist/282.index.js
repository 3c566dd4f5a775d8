export const id = 282;
export const ids = [282];
export const modules = {

/***/ 1282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_REQUEST_TIMEOUT_MS: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
/* harmony export */   MAX_LISTED_FILES: () => (/* binding */ MAX_LISTED_FILES),
/* harmony export */   createOctokitPort: () => (/* binding */ createOctokitPort),
/* harmony export */   decodeBody: () => (/* binding */ decodeBody),
/* harmony export */   isTimeout: () => (/* binding */ isTimeout)
/* harmony export */ });
/* harmony import */ var _port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2224);
/* harmony import */ var _core_comment_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(197);
/**
 * `GitHubPort` over any Octokit: the Action's (`createActionOctokit`), Probot's `context.octokit`,
 * or `@actions/github`'s `getOctokit`. It needs only `request` and `graphql`, which every Octokit
 * has, so no plugin (rest endpoint methods, paginate) is assumed and the app reuses it unchanged.
 */


/** Default of `requestTimeoutMs`. */
const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;
/** Most attempts of a create (comment, check run) whose outcome is unknown; each is preceded by a lookup. */
const CREATE_ATTEMPTS = 2;
/** GitHub lists at most 3,000 files of a PR: 30 pages of 100. */
const MAX_LISTED_FILES = 3000;
const PER_PAGE = 100;
const COMMENT_MAX = 65_536;
const CHECK_TEXT_MAX = 65_535;
const CHECK_TITLE_MAX = 1000;
/**
 * The `GitHubPort` for one repository over any Octokit: file texts in batched GraphQL requests (REST
 * as fallback), the rest over REST, every request bounded by `requestTimeoutMs`. Failures surface
 * as `PermissionDeniedError` (with the permission to grant) or `GitHubApiError`, and a changed file
 * that cannot be read as `UnreadableFileError`.
 */
function createOctokitPort(octokit, repo, options = {}) {
    const { owner, repo: name } = repo;
    const log = options.log ?? (() => { });
    const batchSize = Math.max(1, options.graphqlBatchSize ?? 1000);
    const timeoutMs = Math.max(1, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
    /**
     * Per-request options for Octokit: an abort after `timeoutMs`, and (for creates, which are not
     * idempotent) `retries: 0`, so the retry plugin cannot post twice; `create` retries after a lookup.
     */
    function requestOptions(extra = {}) {
        return { signal: AbortSignal.timeout(timeoutMs), ...extra };
    }
    const req = (route, params, extra = {}) => octokit.request(route, { ...params, request: requestOptions(extra) });
    const gql = (query, vars) => octokit.graphql(query, { ...vars, request: requestOptions() });
    /**
     * A create whose answer may be lost after it succeeded (500, reset, timeout): POST once without
     * the retry plugin; on a failure that is not a refusal, look for what the POST would have made
     * (`find`) before trying again, at most `CREATE_ATTEMPTS` times. Never two of the same thing.
     */
    async function create(what, post, find) {
        let last;
        for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt++) {
            try {
                return await post();
            }
            catch (e) {
                if (e instanceof _port_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionDeniedError */ .Ll || !outcomeUnknown(e))
                    throw e;
                last = e;
            }
            const found = await find().catch((e) => {
                log(`Could not check whether ${what} was made: ${e.message}`);
                return null;
            });
            if (found !== null) {
                log(`The answer to creating ${what} was lost, but it had been made: using it.`);
                return found;
            }
            if (attempt < CREATE_ATTEMPTS)
                log(`Creating ${what} failed (${last.message}); trying once more.`);
        }
        throw last;
    }
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
        const res = await call("GET /repos/{owner}/{repo}/pulls/{pull_number}", () => req("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
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
            const res = await call("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", () => req("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
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
        let timedOut = false;
        for (const r of needRest) {
            if (timedOut) {
                // One timeout says the contents API hangs: waiting once per file would multiply it.
                unreadable.push({ file: r, detail: "not tried: the contents API gave no answer in time" });
                continue;
            }
            try {
                out.set((0,_port_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(r.ref, r.path), await readFileRest(r));
            }
            catch (e) {
                cause ??= e;
                timedOut = isTimeout(e);
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
            const res = (await gql(query, vars));
            if (!res.repository)
                return "failed";
            return chunk.map((_, j) => res.repository[`f${j}`] ?? null);
        }
        catch (e) {
            if (isTimeout(e)) {
                log(`GraphQL gave no answer within ${timeoutMs} ms; reading the files through the contents API.`);
                return "failed";
            }
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
            const res = await req("GET /repos/{owner}/{repo}/contents/{path}", {
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
            const res = await call("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", () => req("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
                owner,
                repo: name,
                issue_number: issueNumber,
                per_page: PER_PAGE,
                page,
            }));
            const data = res.data;
            for (const c of data) {
                const body = c.body ?? "";
                if ((0,_core_comment_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isOurComment */ .CZ)({ body, byBot: c.user?.type === "Bot" }, tag))
                    marked.push({ ...c, body });
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
    /**
     * Creates a comment at most once: a lost answer is followed by a look for a marked comment with
     * exactly this body that was not there before (`before`), which is then ours.
     */
    async function createComment(issueNumber, body, tag, before) {
        return create("the pull request comment", async () => {
            const res = await write("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", "comment on the pull request", "pull-requests: write", () => req("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner, repo: name, issue_number: issueNumber, body }, { retries: 0 }));
            return res.data;
        }, async () => (await listMarkedComments(issueNumber, tag)).find((c) => !before.has(c.id) && c.body === body) ??
            null);
    }
    async function updateComment(id, body) {
        const res = await write("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", "update the pull request comment", "pull-requests: write", () => req("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
            owner,
            repo: name,
            comment_id: id,
            body,
        }));
        return res.data;
    }
    async function deleteComment(id) {
        await write("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", "delete an older pull request comment", "pull-requests: write", () => req("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
            owner,
            repo: name,
            comment_id: id,
        }));
    }
    async function minimizeComment(nodeId) {
        await write("POST /graphql (minimizeComment)", "hide an older pull request comment", "pull-requests: write", () => gql("mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }", { id: nodeId }));
    }
    /** True when the reviewed head is no longer the PR's head: a newer push has (or will have) its own review. */
    async function headMoved(req) {
        return (await getPullRequest(req.issueNumber)).headSha !== req.headSha;
    }
    /**
     * Executes the comment policy (src/core/comment-policy.ts): list our comments, ask the policy,
     * do what it says. The head is looked up only when the policy asks (`ask-head`).
     */
    async function upsertComment(req) {
        if (!(0,_core_comment_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .commentWanted */ .$t)(req))
            return { outcome: "off" };
        const request = {
            ...req,
            body: (0,_core_comment_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .withMarker */ .Pe)(clip(req.body, COMMENT_MAX, "comment"), req.tag, req.headSha),
        };
        const marked = await listMarkedComments(req.issueNumber, req.tag);
        let plan = (0,_core_comment_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .planComment */ .tx)(request, marked);
        if (plan.do === "ask-head")
            plan = (0,_core_comment_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .planComment */ .tx)(request, marked, await headMoved(req));
        const ref = (c) => ({
            outcome: "updated",
            commentId: c.id,
            url: c.html_url,
        });
        switch (plan.do) {
            case "ask-head":
                throw new Error("the comment policy asked for the head twice");
            case "nothing":
                if (plan.outcome === "stale")
                    log(`Not touching comment ${plan.comment?.id}: this run reviewed ${req.headSha}, the PR head has moved on.`);
                return plan.comment ? { ...ref(plan.comment), outcome: plan.outcome } : { outcome: plan.outcome };
            case "update":
                return ref(await updateComment(plan.comment.id, request.body));
            case "hide":
                await minimizeComment(plan.comment.node_id);
                return { ...ref(plan.comment), outcome: "hidden", hidden: 1 };
            case "delete":
                for (const c of plan.comments)
                    await deleteComment(c.id);
                return { outcome: "deleted", deleted: plan.comments.length };
            case "create": {
                const existing = new Set(plan.existing.map((c) => c.id));
                const created = await createComment(req.issueNumber, request.body, req.tag, existing);
                const result = { outcome: "created", commentId: created.id, url: created.html_url };
                if (plan.then === "hide") {
                    await minimizeComment(plan.latest.node_id);
                    result.hidden = 1;
                }
                else if (plan.then === "delete") {
                    for (const c of plan.existing)
                        await deleteComment(c.id);
                    result.deleted = plan.existing.length;
                }
                else if (plan.then === "dedupe") {
                    const after = await listMarkedComments(req.issueNumber, req.tag);
                    let dedupe = (0,_core_comment_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .planDedupe */ .bp)(request, created, after);
                    if (dedupe.do === "ask-head")
                        dedupe = (0,_core_comment_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .planDedupe */ .bp)(request, created, after, await headMoved(req));
                    if (dedupe.do === "drop-ours") {
                        await deleteComment(created.id);
                        if (dedupe.update)
                            return ref(await updateComment(dedupe.comment.id, request.body));
                        return { ...ref(dedupe.comment), outcome: dedupe.outcome };
                    }
                }
                return result;
            }
        }
    }
    /** What `startCheckRun` made, so a replacement can carry the same name and head. */
    const started = new Map();
    /** Our check run with `externalId` on `headSha`, if GitHub has it. */
    async function findCheckRun(checkName, headSha, externalId) {
        const res = await call("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", () => req("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
            owner,
            repo: name,
            ref: headSha,
            check_name: checkName,
            filter: "all",
            per_page: PER_PAGE,
        }));
        const runs = res.data.check_runs ?? [];
        return runs.find((r) => r.external_id === externalId)?.id ?? null;
    }
    /**
     * POST a check run at most once: it carries a fresh `external_id`, and a lost answer is followed
     * by a look for that id before another attempt, so no orphan run is left `in_progress`.
     */
    async function postCheckRun(body) {
        const externalId = `modelspec-review:${globalThis.crypto.randomUUID()}`;
        return create(`the check run "${body.name}"`, async () => {
            const res = await write("POST /repos/{owner}/{repo}/check-runs", "create a check run", "checks: write", () => req("POST /repos/{owner}/{repo}/check-runs", { owner, repo: name, ...body, external_id: externalId }, { retries: 0 }));
            return res.data.id;
        }, () => findCheckRun(body.name, body.head_sha, externalId));
    }
    async function startCheckRun(checkName, headSha, detailsUrl) {
        const id = await postCheckRun({
            name: checkName,
            head_sha: headSha,
            status: "in_progress",
            ...(detailsUrl ? { details_url: detailsUrl } : {}),
        });
        started.set(id, { name: checkName, headSha, ...(detailsUrl ? { detailsUrl } : {}) });
        return id;
    }
    async function completeCheckRun(id, output) {
        const title = clip(output.title, CHECK_TITLE_MAX, "title");
        const summary = clip(output.summary, CHECK_TEXT_MAX, "summary");
        const batches = output.annotationBatches.filter((b) => b.length > 0);
        for (const b of batches) {
            if (b.length > 50)
                throw new Error(`annotation batch of ${b.length} exceeds GitHub's 50 per request`);
        }
        const patch = (runId, body, retries) => write("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", "update the check run", "checks: write", () => req("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { owner, repo: name, check_run_id: runId, ...body }, retries === undefined ? {} : { retries }));
        const conclusion = {
            status: "completed",
            conclusion: output.conclusion,
            ...(output.detailsUrl ? { details_url: output.detailsUrl } : {}),
            output: {
                title,
                summary,
                ...(output.text !== undefined ? { text: clip(output.text, CHECK_TEXT_MAX, "text") } : {}),
                annotations: batches[0] ?? [],
            },
        };
        let runId = id;
        try {
            await patch(id, conclusion);
        }
        catch (e) {
            if (e instanceof _port_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionDeniedError */ .Ll)
                throw e;
            // The run cannot be updated (after retries): conclude a replacement under the same name and
            // head. GitHub's checks and branch protection read the newest run of a name, so the verdict
            // stands; the old run is concluded too once its endpoint answers again.
            const known = started.get(id) ?? (await describeCheckRun(id));
            if (!known)
                throw e;
            log(`Check run ${id} could not be completed (${e.message}); publishing the result on a new run.`);
            runId = await postCheckRun({
                name: known.name,
                head_sha: known.headSha,
                ...conclusion,
                ...(conclusion.details_url === undefined && known.detailsUrl
                    ? { details_url: known.detailsUrl }
                    : {}),
            });
            await patch(id, { ...conclusion, output: { title, summary: `${summary}\n\nSuperseded by check run ${runId}.` } }, 0).catch((e2) => log(`Check run ${id} stays open: ${e2.message}`));
        }
        // Further batches append (GitHub keeps earlier annotations); the conclusion is already set.
        for (const batch of batches.slice(1))
            await patch(runId, { output: { title, summary, annotations: batch } });
    }
    /** Name and head of a check run this port did not start (e.g. the app reporting a failure). */
    async function describeCheckRun(id) {
        try {
            const res = await req("GET /repos/{owner}/{repo}/check-runs/{check_run_id}", {
                owner,
                repo: name,
                check_run_id: id,
            });
            const d = res.data;
            return d.name && d.head_sha ? { name: d.name, headSha: d.head_sha } : null;
        }
        catch {
            return null;
        }
    }
    /** Blob paths of the recursive tree at `ref` (drift context; one request). */
    async function listFiles(ref) {
        const res = await call("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", () => octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
            owner,
            repo: name,
            tree_sha: ref,
            recursive: "1",
        }));
        const d = res.data;
        return {
            paths: (d.tree ?? []).filter((e) => e.type === "blob").map((e) => e.path),
            truncated: d.truncated === true,
        };
    }
    return {
        repo: { owner, repo: name },
        getPullRequest,
        listChangedFiles,
        listFiles,
        readFiles,
        upsertComment,
        startCheckRun,
        completeCheckRun,
    };
}
/** True when a request was cut off by our per-request timeout (however Octokit wrapped it). */
function isTimeout(e) {
    for (let x = e, i = 0; x && i < 5; i++) {
        if (x.name === "TimeoutError")
            return true;
        x = x.cause;
    }
    return false;
}
/**
 * True when a failed write may still have happened: a 5xx, a reset or a timeout (no answer), as
 * opposed to a refusal (4xx), after which GitHub made nothing.
 */
function outcomeUnknown(e) {
    const status = e.status;
    return typeof status !== "number" || status >= 500 || isTimeout(e);
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

/***/ })

};

//# sourceMappingURL=282.index.js.map