import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7414:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4748);
/** Entry point of the Action bundle (dist/index.js): only runs the Action and sets the exit code. */

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
//# sourceMappingURL=index.js.map
__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./lib/action/toolkit.js
/**
 * The few runner protocols the Action needs, written out instead of loading `@actions/core`:
 * inputs (`INPUT_*`), outputs (`$GITHUB_OUTPUT`), the job summary (`$GITHUB_STEP_SUMMARY`) and
 * workflow commands (`::error …::`). `@actions/core` also pulls in `@actions/http-client` (undici,
 * for OIDC) which the Action never uses; on the no-op path that load dominated start-up time
 * (numbers in BENCHMARKS.md). Formats follow the runner docs and actions/toolkit's implementation.
 */



function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function createToolkit(env, write = (l) => process.stdout.write(l + external_node_os_namespaceObject.EOL)) {
    const input = (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
    return {
        getInput: input,
        getBooleanInput(name) {
            const v = input(name);
            if (["true", "True", "TRUE"].includes(v))
                return true;
            if (["false", "False", "FALSE", ""].includes(v))
                return false;
            throw new TypeError(`Input "${name}" must be true or false (got "${v}").`);
        },
        setOutput(name, value) {
            const file = env.GITHUB_OUTPUT;
            if (!file) {
                write(`Output ${name}=${value.length > 200 ? `${value.slice(0, 200)}…` : value} (no GITHUB_OUTPUT file)`);
                return;
            }
            // Multi-line safe heredoc form, with a delimiter that cannot occur in the value.
            let delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
            while (value.includes(delimiter))
                delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
            (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, "utf8");
        },
        appendSummary(markdown) {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file) {
                write("(no GITHUB_STEP_SUMMARY file: the job summary is not written)");
                return;
            }
            (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`, "utf8");
        },
        info: (m) => write(m),
        warning: (m) => write(`::warning::${escapeData(m)}`),
        error: (m) => write(`::error::${escapeData(m)}`),
        raw: (line) => write(line),
    };
}
//# sourceMappingURL=toolkit.js.map
;// CONCATENATED MODULE: ./lib/action/main.js
/**
 * The Action: read inputs and the event, run the shared pipeline, set outputs and the job summary,
 * and fail the step when a gate fails so branch protection blocks the merge. One catch, at the end.
 */




const COMMENT_MODES = ["update", "new", "hide-and-new", "delete-and-new", "off"];
const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);
/** Runs the Action; returns the process exit code (0 pass, 1 a gate failed or the run broke). */
async function run(env = process.env, toolkit = createToolkit(env), overrides = {}) {
    const core = toolkit;
    try {
        // 1. The event: only pull requests are reviewed.
        const eventName = env.GITHUB_EVENT_NAME ?? "";
        const payload = env.GITHUB_EVENT_PATH
            ? JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(env.GITHUB_EVENT_PATH, "utf8"))
            : null;
        const pr = PR_EVENTS.has(eventName) ? prFromPayload(payload) : null;
        if (!pr) {
            core.info(`modelspec-review reviews pull requests; "${eventName || "unknown"}" events carry none, so there is nothing to do.`);
            setOutputs(core, null, "skipped");
            return 0;
        }
        // 2. Inputs.
        const token = core.getInput("github-token");
        if (!token)
            throw new UserError("Input github-token is empty: pass `github-token: ${{ github.token }}`.");
        const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
        if (!owner || !repo)
            throw new UserError(`GITHUB_REPOSITORY is "${env.GITHUB_REPOSITORY ?? ""}", not owner/repo.`);
        const mode = core.getInput("comment");
        if (mode !== "" && !COMMENT_MODES.includes(mode)) {
            throw new UserError(`Input comment is "${mode}"; use one of ${COMMENT_MODES.join(", ")}.`);
        }
        // Loaded only for pull requests: other events never pay for the pipeline or the Octokit.
        const [{ parseFailOn, reviewPullRequest }, { createOctokitPort }, { createClient }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(1)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1)),
            __nccwpck_require__.e(/* import() */ 282).then(__nccwpck_require__.bind(__nccwpck_require__, 1282)),
            Promise.all(/* import() */[__nccwpck_require__.e(339), __nccwpck_require__.e(592)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2592)),
        ]);
        let failOn;
        const failOnInput = core.getInput("fail-on");
        if (failOnInput !== "") {
            const parsed = parseFailOn(failOnInput);
            // A typo must not silently weaken the gates.
            if (parsed.problems.length > 0)
                throw new UserError(parsed.problems.join("\n"));
            failOn = parsed.failOn;
        }
        const paths = core
            .getInput("paths")
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== "");
        const sarifFile = core.getInput("sarif-file");
        const releaseNotesFile = core.getInput("release-notes-file");
        const dryRun = core.getBooleanInput("dry-run");
        const checkName = core.getInput("check-name");
        const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
        const detailsUrl = env.GITHUB_RUN_ID
            ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined;
        // 3. The pipeline.
        const octokit = createClient({
            token,
            baseUrl: env.GITHUB_API_URL ?? "https://api.github.com",
            userAgent: "modelspec-review-action",
            log: (m) => core.warning(m),
            ...overrides.client,
        });
        const port = createOctokitPort(octokit, { owner, repo }, { log: (m) => core.info(m) });
        const configPath = core.getInput("config");
        const tag = core.getInput("comment-tag");
        const result = await reviewPullRequest(port, pr, {
            ...(paths.length > 0 ? { paths } : {}),
            ...(configPath ? { configPath } : {}),
            ...(mode ? { commentMode: mode } : {}),
            ...(tag ? { commentTag: tag } : {}),
            ...(checkName ? { checkName } : {}),
            ...(failOn ? { failOn } : {}),
            ...(detailsUrl ? { detailsUrl } : {}),
            dryRun,
            serverUrl,
            sarif: sarifFile !== "",
            log: (m) => core.info(m),
        });
        // 4. Report: fallbacks first (so a fork run explains itself), then summary and outputs.
        for (const p of result.problems)
            core.warning(p);
        for (const line of result.workflowCommands)
            core.raw(line);
        for (const n of result.notices)
            core.info(n);
        if (result.status === "no-specs") {
            core.info("No ModelSpec file changed in this pull request.");
            core.appendSummary("### ModelSpec review\n\nNo ModelSpec file changed in this pull request.\n");
        }
        else {
            const preface = result.problems.length > 0
                ? `> [!WARNING]\n${result.problems.map((p) => `> ${p}`).join("\n>\n")}\n\n`
                : "";
            core.appendSummary(preface + result.jobSummary);
        }
        let reportPath = "";
        if (result.reportJson) {
            reportPath = (0,external_node_path_namespaceObject.join)(env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), "modelspec-review", "report.json");
            writeText(reportPath, result.reportJson);
        }
        if (sarifFile && result.sarif !== null)
            writeText((0,external_node_path_namespaceObject.resolve)(env.GITHUB_WORKSPACE ?? ".", sarifFile), result.sarif);
        if (releaseNotesFile && result.releaseNotes)
            writeText((0,external_node_path_namespaceObject.resolve)(env.GITHUB_WORKSPACE ?? ".", releaseNotesFile), result.releaseNotes);
        setOutputs(core, result, result.conclusion, reportPath);
        // 5. The gate: a failed review fails the step, so a required check blocks the merge.
        if (result.conclusion === "failure") {
            const failed = result.review?.conclusion.gates.filter((g) => g.failed).map((g) => g.reason) ?? [];
            core.error(`ModelSpec review failed: ${failed.length > 0 ? failed.join("; ") : "see the report"}.`);
            return 1;
        }
        core.info(`ModelSpec review: ${result.conclusion} (${result.specsChanged} spec(s) changed).`);
        return 0;
    }
    catch (e) {
        core.error(e instanceof UserError ? e.message : `modelspec-review failed: ${e.message ?? String(e)}`);
        if (!(e instanceof UserError) && e instanceof Error && e.stack)
            core.info(e.stack);
        return 1;
    }
}
class UserError extends Error {
}
/** `pull_request.number`, `.head.sha` (not the merge SHA) and `.base.sha` of the event payload. */
function prFromPayload(payload) {
    const pr = payload?.pull_request;
    const head = pr?.head?.sha;
    const base = pr?.base?.sha;
    if (!pr || typeof pr.number !== "number" || typeof head !== "string" || typeof base !== "string")
        return null;
    return { number: pr.number, headSha: head, baseSha: base };
}
function setOutputs(core, result, conclusion, reportPath = "") {
    core.setOutput("conclusion", conclusion);
    core.setOutput("specs-changed", String(result?.specsChanged ?? 0));
    const delta = result?.monthlyCostDeltaUsd;
    core.setOutput("monthly-cost-delta-usd", delta === null || delta === undefined ? "" : String(Math.round(delta * 100) / 100));
    core.setOutput("report-json", reportPath);
    core.setOutput("release-notes", result?.releaseNotes ?? "");
}
function writeText(path, text) {
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(path, text, "utf8");
}
//# sourceMappingURL=main.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7414);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map