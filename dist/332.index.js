export const id = 332;
export const ids = [332];
export const modules = {

/***/ 8593:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QG: () => (/* binding */ mayBeManifest),
/* harmony export */   Wd: () => (/* binding */ DEFAULT_DRIFT),
/* harmony export */   qR: () => (/* binding */ driftCandidates)
/* harmony export */ });
/* unused harmony export MAX_MANIFEST_FILES */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/**
 * Which repository files the drift stage reads (pure: paths and texts in). Adapters list the tree
 * at both refs, pass the paths here, read what it returns (both sides) and hand the texts to
 * `analyse(…, { drift })`. Bounded: at most MAX_MANIFEST_FILES manifest candidates per side.
 */

/** The drift settings in force when the config has none. */
const DEFAULT_DRIFT = {
    enabled: true,
    manifests: ["**/*.yaml", "**/*.yml"],
    links: [],
    tolerancePct: 0,
    values: [],
};
/** Most manifest candidates read per review (a constant cost per change). */
const MAX_MANIFEST_FILES = 500;
const YAML = /\.ya?ml$/i;
/** Splits repository paths into spec files and manifest candidates. */
function driftCandidates(paths, config, configPath) {
    const dc = { ...DEFAULT_DRIFT, ...(config.drift ?? {}) };
    const isSpec = picomatch__WEBPACK_IMPORTED_MODULE_0__(config.paths, { dot: true });
    const globs = dc.manifests.length ? dc.manifests : DEFAULT_DRIFT.manifests;
    const isManifest = picomatch__WEBPACK_IMPORTED_MODULE_0__(globs, { dot: true });
    const values = new Set(dc.values.map((v) => v.file));
    const specs = [];
    const manifests = [];
    for (const p of [...new Set(paths)].sort()) {
        if (p === configPath || p.startsWith(".github/workflows/"))
            continue;
        if (isSpec(p))
            specs.push(p);
        else if (values.has(p) || (YAML.test(p) && isManifest(p) && !/(^|\/)node_modules\//.test(p)))
            manifests.push(p);
    }
    // Values files and kustomizations first, then by path: the cap drops plain YAML last.
    manifests.sort((a, b) => rank(a, values) - rank(b, values) || (a < b ? -1 : a > b ? 1 : 0));
    const dropped = Math.max(0, manifests.length - MAX_MANIFEST_FILES);
    return { specs, manifests: manifests.slice(0, MAX_MANIFEST_FILES), dropped };
}
function rank(p, values) {
    return values.has(p) ? 0 : /(^|\/)kustomization\.ya?ml$/.test(p) ? 1 : 2;
}
/** A cheap pre-filter on text: could this be a Kubernetes object, a kustomization or mapped values? */
function mayBeManifest(path, text, config) {
    if ((config.drift?.values ?? []).some((v) => v.file === path))
        return true;
    if (/(^|\/)kustomization\.ya?ml$/.test(path))
        return true;
    return /(^|\n)\s*kind\s*:\s*["']?(Deployment|StatefulSet|LeaderWorkerSet|InferenceService|ServingRuntime|ClusterServingRuntime|HorizontalPodAutoscaler|ScaledObject|Kustomization)\b/.test(text);
}
//# sourceMappingURL=collect.js.map

/***/ }),

/***/ 5332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CHECK_NAME: () => (/* reexport */ settings/* DEFAULT_CHECK_NAME */.nV),
  DEFAULT_CONFIG_PATH: () => (/* reexport */ settings/* CONFIG_PATH */.tF),
  DEFAULT_SPEC_GLOBS: () => (/* reexport */ settings/* DEFAULT_SPEC_GLOBS */.Ce),
  HARD_READ_CAP: () => (/* reexport */ settings/* HARD_READ_CAP */.m$),
  looksLikeModelSpec: () => (/* reexport */ core_collect/* looksLikeModelSpec */.MS),
  parseFailOn: () => (/* binding */ parseFailOn),
  reviewChange: () => (/* binding */ reviewChange)
});

// EXTERNAL MODULE: ./lib/core/drift/collect.js
var collect = __webpack_require__(8593);
// EXTERNAL MODULE: ./lib/github/port.js
var github_port = __webpack_require__(2224);
;// CONCATENATED MODULE: ./lib/github/drift.js
/**
 * The drift collector for pull requests on GitHub (the Action and the app): the unchanged specs
 * and manifests a change must be held against, found through one recursive tree listing of the
 * head and read in one batched request. Changed files reuse the texts the pipeline already read.
 * Thin on purpose: the choice of files and everything after is the pure core (src/core/drift/).
 * When the flow's ChangeSource port lands, this becomes its `listFiles` + `readTexts` call.
 */


/**
 * Collects the drift context, or null when drift is off or the port cannot list files. Never
 * throws: a failed listing or read is a notice and the review goes on without drift.
 */
async function collectPullRequestDrift(port, headSha, config, changed, configPath, notices = []) {
    if (config.drift?.enabled === false || !port.listFiles)
        return null;
    try {
        const listing = await port.listFiles(headSha);
        const skipped = [];
        if (listing.truncated)
            notices.push("GitHub truncated the repository tree listing: some manifests were not compared with their specs.");
        const byPath = new Map(changed.map((c) => [c.file.path, c]));
        const removed = changed.filter((c) => c.file.status === "removed").map((c) => c.file.path);
        const cand = (0,collect/* driftCandidates */.qR)([...listing.paths, ...removed], config, configPath);
        if (cand.dropped > 0)
            skipped.push({
                file: ".",
                reason: `${cand.dropped} more YAML files were not read as manifests (cap of ${cand.manifests.length})`,
            });
        const unchanged = [...cand.specs, ...cand.manifests].filter((p) => !byPath.has(p));
        const texts = unchanged.length
            ? await port.readFiles(unchanged.map((path) => ({ ref: headSha, path })))
            : new Map();
        const pair = (p) => {
            const c = byPath.get(p);
            if (c) {
                const out = { path: p };
                if (c.file.previousPath !== undefined)
                    out.previousPath = c.file.previousPath;
                if (c.base !== undefined)
                    out.base = c.base;
                if (c.head !== undefined)
                    out.head = c.head;
                return out;
            }
            const t = texts.get((0,github_port/* fileKey */.wm)(headSha, p)) ?? undefined;
            return t === undefined ? { path: p } : { path: p, base: t, head: t };
        };
        const manifests = cand.manifests
            .map(pair)
            .filter((m) => (m.head !== undefined && (0,collect/* mayBeManifest */.QG)(m.path, m.head, config)) ||
            (m.base !== undefined && (0,collect/* mayBeManifest */.QG)(m.path, m.base, config)));
        if (listing.paths.some((p) => /(^|\/)Chart\.yaml$/.test(p)))
            skipped.push({
                file: "Chart.yaml",
                reason: "Helm charts are not rendered in a pull request review; map their values.yaml keys in drift.values, or run `modelspec-review drift` where helm is installed",
            });
        return { manifests, contextSpecs: cand.specs.map(pair), skipped };
    }
    catch (e) {
        notices.push(`Deployment drift was not checked: ${e.message}`);
        return null;
    }
}
//# sourceMappingURL=drift.js.map
// EXTERNAL MODULE: ./lib/core/collect.js
var core_collect = __webpack_require__(3018);
;// CONCATENATED MODULE: ./lib/core/render/no-change.js
/**
 * What a run says when no ModelSpec changed: the check run's title and summary (a `success`, so a
 * required check never blocks such a change), and the text an earlier sticky comment is updated
 * to when a pull request's specs are back to their base state. Pure; no heavy imports, so the
 * flow's no-op path can use it without loading the renderers.
 */
/** Title, summary and retired-comment body for a change without ModelSpec changes. */
function noSpecChange(change) {
    const head = change.headSha.slice(0, 7);
    const base = change.baseSha.slice(0, 7);
    return {
        title: "No ModelSpec changed",
        summary: [
            `No ModelSpec file differs between the base (\`${base}\`) and the head (\`${head}\`) of this ${change.subject}, so there is nothing to review.`,
            "",
            "This check passes so that a required `ModelSpec review` check does not block changes that touch no ModelSpec.",
        ].join("\n"),
        comment: [
            "### ModelSpec review",
            "",
            `The ModelSpec files of this pull request are back to their state on the base branch (head \`${head}\`): no ModelSpec changes remain, so the earlier review no longer applies.`,
        ].join("\n"),
    };
}
//# sourceMappingURL=no-change.js.map
// EXTERNAL MODULE: ./lib/core/settings.js
var settings = __webpack_require__(7726);
;// CONCATENATED MODULE: ./lib/flow/review-change.js
/**
 * The one review flow every front end runs (the Action, the Probot app; the CLI for local git),
 * over two ports: a `ChangeSource` (what changed, texts at two refs) and a `Publisher` (comment,
 * check run, links). See docs/architecture.md.
 *
 *   1. list the changed files (a PR's, or a comparison of two commits for merge groups);
 *   2. read, in one batched request, the config at the BASE ref (a change cannot relax its own
 *      gates) and the base and head texts of every candidate file;
 *   3. keep the ModelSpecs (the collect stage, src/core/collect.ts): files matching the `paths`
 *      globs, with the default globs also any changed YAML/JSON whose `kind` is ModelSpec; caps;
 *      renames paired by spec name;
 *   4. analyse (pure core) and render (pure renderers);
 *   5. publish: check run on the head SHA (annotations in batches of 50), sticky comment when the
 *      change is a pull request; on 403 (fork PRs, missing permissions) fall back to
 *      workflow-command annotations and the job summary, explaining which permission is missing.
 *
 * Every run ends with a concluded check run on the head SHA, also when no ModelSpec changed
 * (`success`, so a required check never blocks such a change); when a pull request's specs are
 * back to the base state its earlier comment is retired (updated to say so, hidden or deleted,
 * per mode). The no-op path loads none of the core unless a config or SARIF needs it.
 */





/** The shared settings (src/core/settings.ts), re-exported under the names the flow has used. */

/** A cheap `kind: ModelSpec` pre-filter (src/core/collect.ts), re-exported for test engines. */

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
        drift: "drift",
        "runtime-drift": "runtimeDrift",
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
/**
 * Reviews one change: lists what changed through `source`, reads the texts, runs the core and
 * publishes through `publisher`. Used by the Action, the app and the CLI alike.
 */
async function reviewChange(source, publisher, options = {}) {
    const pr = source.change;
    const log = options.log ?? (() => { });
    const configPath = options.configPath ?? settings/* CONFIG_PATH */.tF;
    const inputGlobs = options.paths && options.paths.length > 0 ? options.paths : null;
    const notices = [];
    const problems = [];
    // 1. Changed files.
    const changed = await source.listChanged();
    const noun = pr.pullRequest !== null ? "pull request" : "change";
    if (changed.truncated) {
        notices.push(`GitHub lists at most ${pr.listingCap.toLocaleString("en-US")} changed files per ${pr.pullRequest !== null ? "pull request" : "comparison"}; files past that were not reviewed.`);
    }
    const candidates = (0,core_collect/* readCandidates */.lH)(changed.files, {
        configPath,
        globs: inputGlobs,
        ...(options.readCap !== undefined ? { readCap: options.readCap } : {}),
    });
    notices.push(...candidates.notices);
    const potential = candidates.files;
    const configChangedInPr = candidates.configChanged && options.configText?.readAtHead !== true;
    if (potential.length === 0) {
        log("No changed YAML/JSON file could be a ModelSpec: nothing to review.");
        return publishNoSpecs(source, publisher, options, { configChangedInPr, notices, config: null });
    }
    // 2. One batched read: config at base, base and head texts of every potential spec.
    const reads = (0,core_collect/* fileReads */.Mv)(potential, pr.baseSha, pr.headSha);
    if (!options.configText)
        reads.unshift({ ref: pr.baseSha, path: configPath });
    let texts;
    try {
        texts = await source.readTexts(reads);
    }
    catch (e) {
        // A file that cannot be read must fail the check (naming it), never count as unchanged.
        if (e instanceof github_port/* UnreadableFileError */.o2)
            await failCheck(publisher, pr, options, e, log);
        throw e;
    }
    const sideText = (0,core_collect/* sideReader */.Xl)(texts, pr.baseSha, pr.headSha);
    const baseText = (f) => f.status === "added" ? undefined : sideText(f, "base")?.text;
    const headText = (f) => f.status === "removed" ? undefined : sideText(f, "head")?.text;
    // 3. Config (from the base ref) and the candidates.
    const engine = await (options.loadEngine ?? loadEngine)();
    const cfgSource = options.configText ?? {
        text: texts.get((0,github_port/* fileKey */.wm)(pr.baseSha, configPath)) ?? null,
        file: configPath,
    };
    let config;
    const configFindings = [...(options.configText?.findings ?? [])];
    if (cfgSource.text === null) {
        config = engine.defaultConfig();
    }
    else {
        const parsed = engine.parseConfig(cfgSource.text, cfgSource.file);
        config = parsed.config;
        configFindings.push(...parsed.findings);
    }
    if (inputGlobs)
        config = { ...config, paths: inputGlobs };
    if (options.failOn)
        config = { ...config, failOn: options.failOn };
    if (configChangedInPr) {
        notices.push(`This ${noun} edits \`${configPath}\`; the review uses the version on the base branch, so the change takes effect after merge.`);
    }
    const collected = await (0,core_collect/* collectPairs */.oy)(potential, sideText, config);
    // The repository around the change: the source's own (local git), else deployment drift from
    // the head's tree listing (src/github/drift.ts: unchanged specs and manifests at head).
    const around = source.repositoryContext
        ? await source.repositoryContext(config)
        : {
            drift: await collectPullRequestDrift({
                readFiles: (r) => source.readTexts(r),
                ...(source.listTree ? { listFiles: source.listTree } : {}),
            }, pr.headSha, config, potential.map((f) => ({ file: f, base: baseText(f), head: headText(f) })), configPath, notices),
        };
    const drift = around.drift;
    if (collected.pairs.length === 0) {
        // A manifest-only change is reviewed when it touches a workload linked to a spec.
        const linked = drift !== null &&
            engine.analyse([], config, { configFindings, configFile: cfgSource.file, drift }).drift !== undefined;
        if (!linked) {
            log("No changed file is a ModelSpec: nothing to review.");
            return publishNoSpecs(source, publisher, options, {
                configChangedInPr,
                notices,
                config,
                engine,
                configFindings,
                configFile: cfgSource.file,
            });
        }
    }
    const filesNotReviewed = collected.notReviewed;
    notices.push(...collected.notices);
    // 4. Check run in progress, then analyse and render.
    const checkName = options.checkName === undefined ? settings/* DEFAULT_CHECK_NAME */.nV : options.checkName;
    let checkRunId = null;
    let checksDenied = false;
    /** True once the check run carries the review's conclusion (a later failure must not replace it). */
    let concluded = false;
    if (checkName !== null && !options.dryRun) {
        try {
            checkRunId = await publisher.startCheckRun(checkName, pr.headSha, options.detailsUrl);
        }
        catch (e) {
            if (!(e instanceof github_port/* PermissionDeniedError */.Ll))
                throw e;
            checksDenied = true;
            problems.push(explain(e, "annotations are printed as workflow commands and the report is in the job summary"));
        }
    }
    try {
        const pairs = collected.pairs;
        const models = await loadModels(source, pr.headSha, pairs, config, options.modelSource, log);
        const runtime = await runtimeScan(source, config, options, changed.files, notices, log);
        const review = engine.analyse(pairs, config, {
            configFindings,
            configFile: cfgSource.file,
            models,
            ...(around.knownPaths ? { knownPaths: around.knownPaths } : {}),
            ...(drift ? { drift } : {}),
            ...(runtime ? { runtime } : {}),
        });
        // Counted in the JSON report too, not only in the comment's notice (issue 15).
        if (filesNotReviewed > 0)
            review.summary.filesNotReviewed = filesNotReviewed;
        const ctx = renderContext(pr, publisher, options, config, { configChangedInPr, notices });
        const tag = ctx.tag;
        const render = options.renderOutputs !== false;
        // Running vs declared is a section of the rendered reports (src/core/render/model.ts), under
        // the table beside drift and inside each report's limit, like every other section.
        const commentBody = render ? engine.renderComment(review, ctx) : "";
        const check = checkRunId !== null ? engine.renderCheckRun(review, ctx) : null;
        const result = {
            status: "reviewed",
            conclusion: review.conclusion.status,
            specsChanged: review.summary.specsChanged,
            monthlyCostDeltaUsd: review.summary.monthlyCost.deltaAtMax,
            review,
            config,
            configChangedInPr,
            commentBody,
            jobSummary: render ? engine.renderJobSummary(review, ctx) : "",
            reportJson: render ? engine.renderJson(review, ctx) : "",
            sarif: options.sarif && render ? engine.renderSarif(review, ctx) : null,
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
        if (checkRunId !== null && check !== null) {
            try {
                await publisher.completeCheckRun(checkRunId, {
                    conclusion: check.conclusion,
                    title: check.title,
                    summary: check.summary,
                    text: check.text ?? "",
                    annotationBatches: check.annotationBatches,
                    ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
                });
                concluded = true;
            }
            catch (e) {
                if (!(e instanceof github_port/* PermissionDeniedError */.Ll))
                    throw e;
                checksDenied = true;
                problems.push(explain(e, "annotations are printed as workflow commands"));
            }
            checkRunId = checksDenied ? null : checkRunId;
        }
        if (render && (checksDenied || checkName === null || options.dryRun))
            result.workflowAnnotations = engine.renderWorkflowAnnotations(review);
        if (publisher.report) {
            // A printed report of thousands of specs is large: let the texts go before rendering it.
            pairs.length = 0;
            await publisher.report(review, ctx);
        }
        const mode = options.commentMode ?? config.comment.mode;
        if (options.dryRun) {
            log(`Dry run: not publishing the comment (mode ${mode}) or a check run.`);
        }
        else if (mode === "off") {
            result.comment = { outcome: "off" };
        }
        else if (pr.pullRequest === null) {
            log(`No pull request to comment on (${pr.label}): the check run carries the review.`);
        }
        else if (commentBody.trim() === "") {
            log("The renderer produced no comment (nothing operational changed and `comment.onNoChange` is none).");
        }
        else {
            try {
                result.comment = await publisher.upsertComment({
                    issueNumber: pr.pullRequest,
                    body: commentBody,
                    tag,
                    headSha: pr.headSha,
                    mode,
                });
                log(`Comment ${result.comment.outcome}${result.comment.url ? `: ${result.comment.url}` : ""}.`);
            }
            catch (e) {
                if (!(e instanceof github_port/* PermissionDeniedError */.Ll))
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
                await publisher.completeCheckRun(checkRunId, {
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
    const checkName = options.checkName === undefined ? settings/* DEFAULT_CHECK_NAME */.nV : options.checkName;
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
/**
 * The end of a run in which no ModelSpec changed: a `success` check run on the head (a required
 * check must not block the change), an earlier comment retired (the PR's specs are back to the
 * base state: updated to say so, or hidden / deleted per mode), and an empty SARIF log when one
 * was asked for (so an upload step always finds its file).
 */
async function publishNoSpecs(source, publisher, options, found) {
    const change = source.change;
    const log = options.log ?? (() => { });
    const result = noSpecs(found.configChangedInPr, found.notices);
    const configPath = options.configPath ?? settings/* CONFIG_PATH */.tF;
    let config = found.config;
    let engine = found.engine;
    let configFindings = found.configFindings ?? options.configText?.findings ?? [];
    const configFile = found.configFile ?? options.configText?.file ?? configPath;
    const needsComment = change.pullRequest !== null && !options.dryRun && options.commentMode !== "off";
    // The comment's tag and mode may come from the repository config: read it (one batched read)
    // only when a comment could have to be retired; the core loads only when there is a config.
    if (config === null && (needsComment || options.sarif || publisher.report)) {
        const text = options.configText?.text ??
            (options.configText
                ? null
                : ((await source.readTexts([{ ref: change.baseSha, path: configPath }])).get((0,github_port/* fileKey */.wm)(change.baseSha, configPath)) ?? null));
        if (text !== null || options.sarif || publisher.report) {
            engine ??= await (options.loadEngine ?? loadEngine)();
            if (text === null)
                config = engine.defaultConfig();
            else {
                const parsed = engine.parseConfig(text, configFile);
                config = parsed.config;
                configFindings = [...configFindings, ...parsed.findings];
            }
        }
    }
    const tag = options.commentTag ?? config?.comment.tag ?? "default";
    const mode = options.commentMode ?? config?.comment.mode ?? "update";
    const words = noSpecChange({
        headSha: change.headSha,
        baseSha: change.baseSha,
        subject: change.pullRequest !== null ? "pull request" : change.label,
    });
    if (options.sarif && engine && config) {
        result.sarif = engine.renderSarif(engine.analyse([], config), {
            tag,
            headSha: change.headSha,
            baseSha: change.baseSha,
            ...(options.toolVersion ? { toolVersion: options.toolVersion } : {}),
        });
    }
    result.config = config;
    if (publisher.report && engine && config) {
        // Nothing to review, but a printed report still says so (and shows a broken config).
        const review = engine.analyse([], config, { configFindings, configFile });
        await publisher.report(review, renderContext(change, publisher, options, config, found));
    }
    const checkName = options.checkName === undefined ? settings/* DEFAULT_CHECK_NAME */.nV : options.checkName;
    if (checkName !== null && !options.dryRun) {
        try {
            const id = await publisher.startCheckRun(checkName, change.headSha, options.detailsUrl);
            await publisher.completeCheckRun(id, {
                conclusion: "success",
                title: words.title,
                summary: words.summary,
                annotationBatches: [],
                ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
            });
            result.checkRunId = id;
        }
        catch (e) {
            if (!(e instanceof github_port/* PermissionDeniedError */.Ll))
                throw e;
            result.problems.push(explain(e, "the result is in the job summary"));
        }
    }
    if (needsComment && mode !== "off") {
        try {
            result.comment = await publisher.upsertComment({
                issueNumber: change.pullRequest,
                body: words.comment,
                tag,
                headSha: change.headSha,
                mode,
                retire: true,
            });
            if (result.comment.outcome !== "none")
                log(`Earlier comment ${result.comment.outcome}: no ModelSpec changes remain.`);
        }
        catch (e) {
            if (!(e instanceof github_port/* PermissionDeniedError */.Ll))
                throw e;
            result.problems.push(explain(e, "an earlier comment may still describe changes that were reverted"));
        }
    }
    return result;
}
/** What the renderers are told about the change: the same for every output and publisher. */
function renderContext(change, publisher, options, config, found) {
    const configPath = options.configPath ?? settings/* CONFIG_PATH */.tF;
    return {
        tag: options.commentTag ?? config.comment.tag,
        // A working tree is no commit: the review names no head SHA (markers, links, the JSON report).
        ...(change.worktree ? {} : { headSha: change.headSha }),
        baseSha: change.reportBaseSha ?? change.baseSha,
        configChangedInPr: found.configChangedInPr,
        ...(configPath !== settings/* CONFIG_PATH */.tF ? { configPath } : {}),
        notices: found.notices,
        onNoChange: config.comment.onNoChange,
        ...(options.toolVersion ? { toolVersion: options.toolVersion } : {}),
        ...(publisher.repoUrl ? { repoUrl: publisher.repoUrl } : {}),
    };
}
function noSpecs(configChangedInPr, notices) {
    return {
        status: "no-specs",
        conclusion: "success",
        specsChanged: 0,
        monthlyCostDeltaUsd: null,
        review: null,
        config: null,
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
/**
 * The piqc scan to hold the specs against: the front end's (`runtimeFacts`), else the config's
 * `runtime.factsPath` read at the BASE commit through the same batched read as the specs (so a
 * change cannot edit the facts it is judged against; the config's schema keeps the path inside the
 * repository, the core caps the size it parses). A missing or unreadable scan is a notice, never a
 * failed review: it is context, not the change.
 */
async function runtimeScan(source, config, options, changed, notices, log) {
    const now = options.now ?? options.runtimeFacts?.now;
    const path = config.runtime?.factsPath;
    if (!options.runtimeFacts && !path)
        return null;
    if (!now) {
        log("No clock given to the review: the piqc scan is not compared (facts need an age).");
        return null;
    }
    if (options.runtimeFacts)
        return { file: options.runtimeFacts.file, text: options.runtimeFacts.text, now };
    const base = source.change.baseSha;
    let text;
    try {
        text = (await source.readTexts([{ ref: base, path: path }])).get((0,github_port/* fileKey */.wm)(base, path)) ?? null;
    }
    catch (e) {
        if (!(e instanceof github_port/* UnreadableFileError */.o2))
            throw e;
        notices.push(`The piqc scan \`${path}\` (\`runtime.factsPath\`) could not be read; running vs declared was skipped.`);
        return null;
    }
    if (text === null) {
        notices.push(`The piqc scan \`${path}\` (\`runtime.factsPath\`) is not in the base commit ${base.slice(0, 7)} (or is binary); running vs declared was skipped.`);
        return null;
    }
    const edited = changed.some((f) => f.path === path || f.previousPath === path);
    if (edited)
        notices.push(`This change edits \`${path}\`; the review holds the specs against the scan on the base branch.`);
    return { file: path, text, now, ...(edited ? {} : { inRepo: true }) };
}
async function loadEngine() {
    return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(395), __webpack_require__.e(251), __webpack_require__.e(560), __webpack_require__.e(877)]).then(__webpack_require__.bind(__webpack_require__, 1877))).engine;
}
/** Model configs for the changed specs (issue #12): committed files at head, the cache, the Hub. */
async function loadModels(source, headSha, pairs, config, modelSource, log) {
    if (modelSource === false)
        return {};
    const { loadModelTexts } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(251), __webpack_require__.e(560), __webpack_require__.e(70)]).then(__webpack_require__.bind(__webpack_require__, 5551));
    return loadModelTexts(pairs, config, {
        ...(modelSource ?? {}),
        log,
        readRepoFiles: async (paths) => {
            const texts = await source.readTexts(paths.map((path) => ({ ref: headSha, path })));
            return new Map(paths.map((p) => [p, texts.get((0,github_port/* fileKey */.wm)(headSha, p)) ?? null]));
        },
    });
}
//# sourceMappingURL=review-change.js.map

/***/ })

};

//# sourceMappingURL=332.index.js.map