export const id = 883;
export const ids = [883];
export const modules = {

/***/ 7883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createActionOctokit: () => (/* binding */ createActionOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * The Action's Octokit: `@actions/github`'s `getOctokit` (so `GITHUB_API_URL` for GHES, and
 * `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY` through `@actions/http-client`'s undici ProxyAgent,
 * behave as in every other action) with retries on 5xx and network errors
 * (`@octokit/plugin-retry`) and primary/secondary rate-limit handling (`@octokit/plugin-throttling`).
 * The Probot app does not load this file: it passes Probot's `context.octokit`.
 */



/** `getOctokit` with the retry and throttling plugins, configured for a review run. */
function createActionOctokit(token, options = {}) {
    const log = options.log ?? (() => { });
    const debug = options.debug ?? (() => { });
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
        if (retryCount < rateLimitRetries) {
            log(`GitHub ${kind} hit by ${req.method} ${req.url}; retrying after ${retryAfter} s.`);
            return true;
        }
        log(`GitHub ${kind} hit by ${req.method} ${req.url}; giving up after ${retryCount} retries.`);
        return false;
    };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        // `@actions/github` read GITHUB_API_URL when it was loaded; pass it again so a caller's value wins.
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, "") } : {}),
        userAgent: options.userAgent ?? "modelspec-review",
        log: { debug, info: debug, warn: log, error: log },
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
        },
        throttle: {
            onRateLimit: onLimit("rate limit"),
            onSecondaryRateLimit: onLimit("secondary rate limit"),
            enabled: options.throttle ?? true,
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
    octokit.hook.after("request", (response, request) => {
        debug(`${request.method} ${request.url} → ${response.status}`);
    });
    octokit.hook.error("request", (error, request) => {
        debug(`${request.method} ${request.url} failed: ${error.message}`);
        throw error;
    });
    return octokit;
}
//# sourceMappingURL=octokit.js.map

/***/ })

};

//# sourceMappingURL=883.index.js.map