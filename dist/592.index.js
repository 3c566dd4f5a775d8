export const id = 592;
export const ids = [592];
export const modules = {

/***/ 2592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* binding */ createClient)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./lib/github/node-fetch.js
/**
 * A `fetch` for Octokit over `node:http`/`node:https`, used by the Action's client.
 *
 * Why not the global `fetch`: on first use Node loads and initialises undici (its WASM HTTP
 * parser, the connection pool) and then keeps the process alive until the idle keep-alive socket
 * times out. Measured on the Action's no-op path that was most of its run time (BENCHMARKS.md);
 * `node:http` is already in the snapshot, and its idle pooled sockets do not hold the process.
 *
 * Implements what `@octokit/request` uses: method, headers, string body, redirect following,
 * AbortSignal; a response with status, statusText, url, iterable headers, `text()`, `json()`,
 * `arrayBuffer()`. Proxies are not supported (neither does Node's global fetch without flags).
 */


class ResponseHeaders {
    map = new Map();
    constructor(raw) {
        for (const [k, v] of Object.entries(raw)) {
            if (v !== undefined)
                this.map.set(k.toLowerCase(), Array.isArray(v) ? v.join(", ") : v);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
function createNodeFetch(options = {}) {
    const timeoutMs = options.timeoutMs ?? 60_000;
    const maxRedirects = options.maxRedirects ?? 5;
    const agents = { http: new external_node_http_.Agent({ keepAlive: true }), https: new external_node_https_.Agent({ keepAlive: true }) };
    async function fetchOnce(url, init) {
        const isHttps = url.protocol === "https:";
        const send = isHttps ? external_node_https_.request : external_node_http_.request;
        const body = init.body === undefined || init.body === null
            ? undefined
            : typeof init.body === "string" || init.body instanceof Uint8Array
                ? init.body
                : String(init.body);
        const headers = { ...init.headers };
        if (body !== undefined)
            headers["content-length"] = String(Buffer.byteLength(body));
        return new Promise((resolve, reject) => {
            const req = send(url, { method: init.method ?? "GET", headers, agent: isHttps ? agents.https : agents.http }, (res) => {
                const chunks = [];
                res.on("data", (c) => chunks.push(c));
                res.on("end", () => resolve({ res, buf: Buffer.concat(chunks) }));
                res.on("error", reject);
            });
            req.setTimeout(timeoutMs, () => req.destroy(new Error(`no response from ${url.host} within ${timeoutMs} ms`)));
            req.on("error", reject);
            const signal = init.signal;
            if (signal) {
                if (signal.aborted)
                    req.destroy(abortError());
                else
                    signal.addEventListener("abort", () => req.destroy(abortError()), { once: true });
            }
            req.end(body);
        });
    }
    return async function nodeFetch(input, init = {}) {
        let url = new URL(input);
        let current = init;
        for (let hop = 0;; hop++) {
            let res;
            let buf;
            try {
                ({ res, buf } = await fetchOnce(url, current));
            }
            catch (e) {
                if (e.name === "AbortError")
                    throw e;
                // Same shape as undici's network errors, which @octokit/request unwraps for the message.
                throw Object.assign(new TypeError("fetch failed"), { cause: e });
            }
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            if ([301, 302, 303, 307, 308].includes(status) &&
                location &&
                (current.redirect ?? "follow") === "follow") {
                if (hop >= maxRedirects)
                    throw Object.assign(new TypeError("fetch failed"), { cause: new Error("too many redirects") });
                url = new URL(location, url);
                if (status === 303 || ((status === 301 || status === 302) && current.method === "POST")) {
                    current = { ...current, method: "GET", body: undefined };
                }
                continue;
            }
            return {
                status,
                statusText: res.statusMessage ?? "",
                url: url.toString(),
                ok: status >= 200 && status < 300,
                headers: new ResponseHeaders(res.headers),
                body: null,
                text: async () => buf.toString("utf8"),
                json: async () => JSON.parse(buf.toString("utf8")),
                arrayBuffer: async () => buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
            };
        }
    };
}
function abortError() {
    const e = new Error("This operation was aborted");
    e.name = "AbortError";
    return e;
}
//# sourceMappingURL=node-fetch.js.map
;// CONCATENATED MODULE: ./lib/github/client.js
/**
 * The Octokit the Action (and the CLI, if it wants one) uses: `@octokit/core` with retries on 5xx
 * and network errors (`@octokit/plugin-retry`) and primary/secondary rate-limit handling
 * (`@octokit/plugin-throttling`). Deliberately not `@actions/github`: that adds the REST endpoint
 * table, pagination and an HTTP proxy agent we do not use, and costs start-up time on every run
 * (measured in BENCHMARKS.md). The Probot app does not load this file: it passes `context.octokit`.
 */




const ReviewOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
function createClient(options) {
    const log = options.log ?? (() => { });
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
        if (retryCount < rateLimitRetries) {
            log(`GitHub ${kind} hit by ${req.method} ${req.url}; retrying after ${retryAfter} s.`);
            return true;
        }
        log(`GitHub ${kind} hit by ${req.method} ${req.url}; giving up after ${retryCount} retries.`);
        return false;
    };
    return new ReviewOctokit({
        auth: options.token,
        ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, "") } : {}),
        userAgent: options.userAgent ?? "modelspec-review",
        request: { fetch: options.fetch ?? createNodeFetch() },
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
        },
        throttle: {
            onRateLimit: onLimit("rate limit"),
            onSecondaryRateLimit: onLimit("secondary rate limit"),
            enabled: options.throttle ?? true,
        },
    });
}
//# sourceMappingURL=client.js.map

/***/ })

};

//# sourceMappingURL=592.index.js.map