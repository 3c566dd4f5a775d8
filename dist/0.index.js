export const id = 0;
export const ids = [0];
export const modules = {

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

/***/ }),

/***/ 8000:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CHECK_NAME: () => (/* binding */ DEFAULT_CHECK_NAME),
/* harmony export */   DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   DEFAULT_SPEC_GLOBS: () => (/* binding */ DEFAULT_SPEC_GLOBS),
/* harmony export */   HARD_READ_CAP: () => (/* binding */ HARD_READ_CAP),
/* harmony export */   looksLikeModelSpec: () => (/* binding */ looksLikeModelSpec),
/* harmony export */   parseFailOn: () => (/* binding */ parseFailOn),
/* harmony export */   pullRequestFromPayload: () => (/* binding */ pullRequestFromPayload),
/* harmony export */   reviewPullRequest: () => (/* binding */ reviewPullRequest)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(636);
/* harmony import */ var _github_port_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4047);
/**
 * The one review flow every GitHub front end runs (the Action, the Probot app):
 *
 *   1. list the PR's changed files (paged, up to GitHub's 3,000-file cap);
 *   2. read, in one batched request, the config at the BASE ref (a PR cannot relax its own gates)
 *      and the base and head texts of every candidate file;
 *   3. keep the ModelSpecs: files matching the `paths` globs, plus any changed YAML/JSON whose
 *      `kind` is ModelSpec;
 *   4. analyse (pure core) and render (pure renderers);
 *   5. publish: check run on the head SHA (annotations in batches of 50), sticky comment;
 *      on 403 (fork PRs, missing permissions) fall back to workflow-command annotations and the
 *      job summary, explaining which permission is missing.
 *
 * The no-op path (no candidate file changed) loads none of the core: the engine (ajv, the
 * renderers, the catalog) is imported lazily only when there is something to review.
 */


const DEFAULT_CONFIG_PATH = ".github/modelspec-review.yml";
const DEFAULT_CHECK_NAME = "ModelSpec review";
/** Mirrors DEFAULT_CONFIG.paths (kept here so the no-op path need not load the core; a test pins it). */
const DEFAULT_SPEC_GLOBS = ["**/*.modelspec.yaml", "**/*.modelspec.yml", "**/*.modelspec.json"];
/** Most candidate files read before the config's own `limits.maxFiles` applies. */
const HARD_READ_CAP = 1000;
const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** A top-level `kind: ModelSpec` (YAML) or `"kind": "ModelSpec"` (JSON): a cheap pre-filter only. */
const KIND_MODELSPEC = /^(?:kind|"kind"|'kind')\s*:\s*["']?ModelSpec["']?\s*(?:[,#].*)?$/m;
const KIND_MODELSPEC_JSON = /"kind"\s*:\s*"ModelSpec"/;
function looksLikeModelSpec(text) {
    return typeof text === "string" && (KIND_MODELSPEC.test(text) || KIND_MODELSPEC_JSON.test(text));
}
/**
 * Parses the `fail-on` input: comma/newline-separated gate ids, `monthly-cost-increase-usd=500`
 * and `monthly-cost-increase-pct=20` take a threshold, `none` switches every gate off, `strict`
 * makes the gates fail on every condition of a changed spec (not only what the PR introduced).
 * Returns the failOn block and problems for unknown entries.
 */
function parseFailOn(input) {
    const failOn = {
        schemaErrors: false,
        ruleErrors: false,
        doesNotFit: false,
        governanceLoosening: false,
        breakingChanges: false,
        monthlyCostIncreaseUsd: null,
        monthlyCostIncreasePct: null,
    };
    const problems = [];
    const flags = {
        "schema-errors": "schemaErrors",
        "rule-errors": "ruleErrors",
        "does-not-fit": "doesNotFit",
        "governance-loosening": "governanceLoosening",
        "breaking-changes": "breakingChanges",
    };
    for (const raw of input.split(/[\n,]/)) {
        const item = raw.trim();
        if (item === "" || item === "none")
            continue;
        if (item === "strict") {
            failOn.mode = "strict";
            continue;
        }
        const [id, value] = item.split("=").map((s) => s.trim());
        const flag = flags[id];
        if (flag && value === undefined) {
            failOn[flag] = true;
        }
        else if (id === "monthly-cost-increase-usd" || id === "monthly-cost-increase-pct") {
            const n = Number(value);
            if (value === undefined || value === "" || !Number.isFinite(n) || n < 0) {
                problems.push(`fail-on: "${item}" needs a non-negative number, e.g. ${id}=500`);
            }
            else if (id === "monthly-cost-increase-usd")
                failOn.monthlyCostIncreaseUsd = n;
            else
                failOn.monthlyCostIncreasePct = n;
        }
        else {
            problems.push(`fail-on: unknown gate "${item}" (known: ${[...Object.keys(flags), "monthly-cost-increase-usd=N", "monthly-cost-increase-pct=N", "strict", "none"].join(", ")})`);
        }
    }
    return { failOn, problems };
}
async function reviewPullRequest(port, pr, options = {}) {
    const log = options.log ?? (() => { });
    const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
    const inputGlobs = options.paths && options.paths.length > 0 ? options.paths : null;
    const notices = [];
    const problems = [];
    // 1. Changed files.
    const changed = await port.listChangedFiles(pr.number);
    if (changed.truncated) {
        notices.push("GitHub lists at most 3,000 changed files per pull request; files past that were not reviewed.");
    }
    const configChangedInPr = changed.files.some((f) => f.path === configPath || f.previousPath === configPath);
    const matchInput = inputGlobs ? picomatch__WEBPACK_IMPORTED_MODULE_1__(inputGlobs, { dot: true }) : null;
    const isPotential = (p) => p !== configPath && (YAML_OR_JSON.test(p) || (matchInput?.(p) ?? false));
    let potential = changed.files.filter((f) => isPotential(f.path) || (f.previousPath !== undefined && isPotential(f.previousPath)));
    if (potential.length === 0) {
        log("No changed YAML/JSON file could be a ModelSpec: nothing to review.");
        return noSpecs(configChangedInPr, notices);
    }
    // Files matching the globs first, so the read cap drops plain YAML before likely specs.
    const likely = picomatch__WEBPACK_IMPORTED_MODULE_1__(inputGlobs ?? DEFAULT_SPEC_GLOBS, { dot: true });
    potential = [...potential].sort((a, b) => Number(likely(b.path)) - Number(likely(a.path)));
    if (potential.length > HARD_READ_CAP) {
        notices.push(`${potential.length} changed YAML/JSON files; only the first ${HARD_READ_CAP} were read.`);
        potential = potential.slice(0, HARD_READ_CAP);
    }
    // 2. One batched read: config at base, base and head texts of every potential spec.
    const reads = [];
    if (!options.configText)
        reads.push({ ref: pr.baseSha, path: configPath });
    for (const f of potential) {
        if (f.status !== "added")
            reads.push({ ref: pr.baseSha, path: f.previousPath ?? f.path });
        if (f.status !== "removed")
            reads.push({ ref: pr.headSha, path: f.path });
    }
    let texts;
    try {
        texts = await port.readFiles(reads);
    }
    catch (e) {
        // A file that cannot be read must fail the check (naming it), never count as unchanged.
        if (e instanceof _github_port_js__WEBPACK_IMPORTED_MODULE_0__/* .UnreadableFileError */ .o2)
            await failCheck(port, pr, options, e, log);
        throw e;
    }
    const baseText = (f) => f.status === "added"
        ? undefined
        : (texts.get((0,_github_port_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(pr.baseSha, f.previousPath ?? f.path)) ?? undefined);
    const headText = (f) => f.status === "removed" ? undefined : (texts.get((0,_github_port_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(pr.headSha, f.path)) ?? undefined);
    // 3. Config (from the base ref) and the candidates.
    const engine = await (options.loadEngine ?? loadEngine)();
    const cfgSource = options.configText ?? {
        text: texts.get((0,_github_port_js__WEBPACK_IMPORTED_MODULE_0__/* .fileKey */ .wm)(pr.baseSha, configPath)) ?? null,
        file: configPath,
    };
    let config;
    let configFindings = [];
    if (cfgSource.text === null) {
        config = engine.defaultConfig();
    }
    else {
        const parsed = engine.parseConfig(cfgSource.text, cfgSource.file);
        config = parsed.config;
        configFindings = parsed.findings;
    }
    if (inputGlobs)
        config = { ...config, paths: inputGlobs };
    if (options.failOn)
        config = { ...config, failOn: options.failOn };
    if (configChangedInPr) {
        notices.push(`This pull request edits \`${configPath}\`; the review uses the version on the base branch, so the change takes effect after merge.`);
    }
    const inPaths = picomatch__WEBPACK_IMPORTED_MODULE_1__(config.paths, { dot: true });
    let candidates = potential.filter((f) => inPaths(f.path) ||
        (f.previousPath !== undefined && inPaths(f.previousPath)) ||
        looksLikeModelSpec(baseText(f)) ||
        looksLikeModelSpec(headText(f)));
    if (candidates.length === 0) {
        log("No changed file is a ModelSpec: nothing to review.");
        return noSpecs(configChangedInPr, notices);
    }
    if (candidates.length > config.limits.maxFiles) {
        notices.push(`${candidates.length} ModelSpec files changed; only the first ${config.limits.maxFiles} were reviewed (\`limits.maxFiles\`).`);
        candidates = candidates.slice(0, config.limits.maxFiles);
    }
    candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    // 4. Check run in progress, then analyse and render.
    const checkName = options.checkName === undefined ? DEFAULT_CHECK_NAME : options.checkName;
    let checkRunId = null;
    let checksDenied = false;
    /** True once the check run carries the review's conclusion (a later failure must not replace it). */
    let concluded = false;
    if (checkName !== null && !options.dryRun) {
        try {
            checkRunId = await port.startCheckRun(checkName, pr.headSha, options.detailsUrl);
        }
        catch (e) {
            if (!(e instanceof _github_port_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionDeniedError */ .Ll))
                throw e;
            checksDenied = true;
            problems.push(explain(e, "annotations are printed as workflow commands and the report is in the job summary"));
        }
    }
    try {
        const pairs = candidates.map((f) => {
            const pair = { path: f.path };
            if (f.previousPath !== undefined && f.previousPath !== f.path)
                pair.previousPath = f.previousPath;
            const b = baseText(f);
            const h = headText(f);
            if (b !== undefined)
                pair.base = b;
            if (h !== undefined)
                pair.head = h;
            return pair;
        });
        const review = engine.analyse(pairs, config, { configFindings });
        const tag = options.commentTag ?? config.comment.tag;
        const ctx = {
            tag,
            headSha: pr.headSha,
            baseSha: pr.baseSha,
            configChangedInPr,
            notices,
            onNoChange: config.comment.onNoChange,
            ...(options.toolVersion ? { toolVersion: options.toolVersion } : {}),
            ...(options.serverUrl
                ? { repoUrl: `${options.serverUrl.replace(/\/+$/, "")}/${port.repo.owner}/${port.repo.repo}` }
                : {}),
        };
        const commentBody = engine.renderComment(review, ctx);
        const check = engine.renderCheckRun(review, ctx);
        const result = {
            status: "reviewed",
            conclusion: review.conclusion.status,
            specsChanged: review.summary.specsChanged,
            monthlyCostDeltaUsd: review.summary.monthlyCost.deltaAtMax,
            review,
            configChangedInPr,
            commentBody,
            jobSummary: engine.renderJobSummary(review, ctx),
            reportJson: engine.renderJson(review, ctx),
            sarif: options.sarif ? engine.renderSarif(review, ctx) : null,
            releaseNotes: review.releaseNotes.length > 0
                ? engine.renderReleaseNotes(review.releaseNotes, { format: "markdown" })
                : "",
            comment: null,
            checkRunId,
            workflowAnnotations: [],
            problems,
            notices,
        };
        // 5. Publish.
        if (checkRunId !== null) {
            try {
                await port.completeCheckRun(checkRunId, {
                    conclusion: check.conclusion,
                    title: check.title,
                    summary: check.summary,
                    text: check.text,
                    annotationBatches: check.annotationBatches,
                    ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
                });
                concluded = true;
            }
            catch (e) {
                if (!(e instanceof _github_port_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionDeniedError */ .Ll))
                    throw e;
                checksDenied = true;
                problems.push(explain(e, "annotations are printed as workflow commands"));
            }
            checkRunId = checksDenied ? null : checkRunId;
        }
        if (checksDenied || checkName === null || options.dryRun)
            result.workflowAnnotations = engine.renderWorkflowAnnotations(review);
        const mode = options.commentMode ?? config.comment.mode;
        if (options.dryRun) {
            log(`Dry run: not publishing the comment (mode ${mode}) or a check run.`);
        }
        else if (mode === "off") {
            result.comment = { outcome: "off" };
        }
        else if (commentBody.trim() === "") {
            log("The renderer produced no comment (nothing operational changed and `comment.onNoChange` is none).");
        }
        else {
            try {
                result.comment = await port.upsertComment({
                    issueNumber: pr.number,
                    body: commentBody,
                    tag,
                    headSha: pr.headSha,
                    mode,
                });
                log(`Comment ${result.comment.outcome}${result.comment.url ? `: ${result.comment.url}` : ""}.`);
            }
            catch (e) {
                if (!(e instanceof _github_port_js__WEBPACK_IMPORTED_MODULE_0__/* .PermissionDeniedError */ .Ll))
                    throw e;
                problems.push(explain(e, "the report is in the job summary instead"));
            }
        }
        result.checkRunId = checkRunId;
        return result;
    }
    catch (e) {
        // Never leave the check run in progress: close it with the error, then let the caller fail.
        if (checkRunId !== null && !concluded) {
            try {
                await port.completeCheckRun(checkRunId, {
                    conclusion: "failure",
                    title: "modelspec-review could not finish",
                    summary: `The review stopped with an error:\n\n\`\`\`\n${String(e.message ?? e).slice(0, 4000)}\n\`\`\``,
                    annotationBatches: [],
                });
            }
            catch (closeError) {
                log(`Could not close check run ${checkRunId}: ${closeError.message}`);
            }
        }
        throw e;
    }
}
/** Publishes a failed check run saying why the review could not run (best effort). */
async function failCheck(port, pr, options, e, log) {
    const checkName = options.checkName === undefined ? DEFAULT_CHECK_NAME : options.checkName;
    if (checkName === null || options.dryRun)
        return;
    try {
        const id = await port.startCheckRun(checkName, pr.headSha, options.detailsUrl);
        await port.completeCheckRun(id, {
            conclusion: "failure",
            title: "modelspec-review could not read a changed file",
            summary: `${e.message}\n\nThe review did not run, so it cannot pass. Re-run the check to try again.`,
            annotationBatches: [],
        });
    }
    catch (closeError) {
        log(`Could not publish the failed check run: ${closeError.message}`);
    }
}
function noSpecs(configChangedInPr, notices) {
    return {
        status: "no-specs",
        conclusion: "success",
        specsChanged: 0,
        monthlyCostDeltaUsd: null,
        review: null,
        configChangedInPr,
        commentBody: "",
        jobSummary: "",
        reportJson: "",
        sarif: null,
        releaseNotes: "",
        comment: null,
        checkRunId: null,
        workflowAnnotations: [],
        problems: [],
        notices,
    };
}
function explain(e, instead) {
    const hint = e.permission === "checks: write" || e.permission === "pull-requests: write"
        ? ` Grant \`${e.permission}\` under \`permissions:\` in the workflow; on pull requests from forks GitHub makes the token read-only whatever it asks for, so ${instead}.`
        : "";
    return `${e.message}${hint}`;
}
async function loadEngine() {
    return (await Promise.all(/* import() */[__webpack_require__.e(337), __webpack_require__.e(855)]).then(__webpack_require__.bind(__webpack_require__, 8855))).engine;
}
/**
 * The PR a webhook payload is about: `pull_request` / `pull_request_target` events carry it in
 * `pull_request` (head SHA, never the merge SHA). Returns null for payloads without one.
 */
function pullRequestFromPayload(payload) {
    const pr = payload?.pull_request;
    if (!pr || typeof pr.number !== "number")
        return null;
    const headSha = pr.head?.sha;
    const baseSha = pr.base?.sha;
    if (typeof headSha !== "string" || typeof baseSha !== "string")
        return null;
    return { number: pr.number, headSha, baseSha };
}
//# sourceMappingURL=pipeline.js.map

/***/ })

};

//# sourceMappingURL=0.index.js.map