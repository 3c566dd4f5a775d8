export const id = 70;
export const ids = [70];
export const modules = {

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = exports.kp = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
exports.kp = closest;


/***/ }),

/***/ 5551:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadModelTexts: () => (/* binding */ loadModelTexts)
});

// UNUSED EXPORTS: DEFAULT_HF_ENDPOINT, DEFAULT_TIMEOUT_MS, INDEX_PREFIX_BYTES, MAX_CONFIG_BYTES, createModelSource

// EXTERNAL MODULE: ./lib/core/models/sources.js
var sources = __webpack_require__(8560);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/hub/cache.js
/**
 * The on-disk Hugging Face cache, in huggingface_hub's own layout so a cache the user already has
 * (or restores with actions/cache) serves us and what we write serves them:
 *
 *   <hub cache>/models--<org>--<name>/refs/<revision>            → commit hash
 *   <hub cache>/models--<org>--<name>/snapshots/<commit>/<file>
 *
 * (huggingface_hub stores blobs and symlinks snapshot files to them; plain files in `snapshots/`
 * are what it writes where symlinks are unavailable, and what it reads either way.)
 * Location: HF_HUB_CACHE, else HF_HOME/hub, else XDG_CACHE_HOME/huggingface/hub, else
 * ~/.cache/huggingface/hub — huggingface_hub's constants.py order.
 */



/** The hub cache directory the environment names (huggingface_hub's resolution order). */
function hubCacheDir(env) {
    if (env.HF_HUB_CACHE)
        return env.HF_HUB_CACHE;
    if (env.HF_HOME)
        return (0,external_node_path_.join)(env.HF_HOME, "hub");
    if (env.XDG_CACHE_HOME)
        return (0,external_node_path_.join)(env.XDG_CACHE_HOME, "huggingface", "hub");
    return (0,external_node_path_.join)((0,external_node_os_.homedir)(), ".cache", "huggingface", "hub");
}
function repoDir(cache, repo) {
    return (0,external_node_path_.join)(cache, `models--${repo.split("/").join("--")}`);
}
const COMMIT = /^[0-9a-f]{40}$/;
async function readText(path) {
    try {
        return await (0,promises_.readFile)(path, "utf8");
    }
    catch {
        return null;
    }
}
/** Cached files of `repo` at `revision` (a branch, tag or commit), or null when config.json is not cached. */
async function readCached(cache, repo, revision) {
    const dir = repoDir(cache, repo);
    const commit = COMMIT.test(revision) ? revision : (await readText((0,external_node_path_.join)(dir, "refs", revision)))?.trim();
    if (!commit || !COMMIT.test(commit))
        return null;
    const snap = (0,external_node_path_.join)(dir, "snapshots", commit);
    const config = await readText((0,external_node_path_.join)(snap, "config.json"));
    if (config === null)
        return null;
    return {
        commit,
        config,
        index: await readText((0,external_node_path_.join)(snap, "model.safetensors.index.json")),
        path: (0,external_node_path_.join)(snap, "config.json"),
    };
}
async function atomicWrite(path, text) {
    const tmp = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, text, "utf8");
    await (0,promises_.rename)(tmp, path);
}
/** Store fetched files. Best effort: a read-only or full disk only costs the next run a download. */
async function writeCached(cache, repo, revision, commit, files) {
    try {
        const dir = repoDir(cache, repo);
        const id = commit && COMMIT.test(commit) ? commit : COMMIT.test(revision) ? revision : null;
        if (!id)
            return; // without a commit hash the snapshot could not be addressed again
        const snap = (0,external_node_path_.join)(dir, "snapshots", id);
        await (0,promises_.mkdir)(snap, { recursive: true });
        for (const [name, text] of Object.entries(files))
            await atomicWrite((0,external_node_path_.join)(snap, name), text);
        if (id !== revision) {
            const refPath = (0,external_node_path_.join)(dir, "refs", revision);
            await (0,promises_.mkdir)((0,external_node_path_.join)(refPath, ".."), { recursive: true });
            await atomicWrite(refPath, id);
        }
    }
    catch {
        // best effort
    }
}
//# sourceMappingURL=cache.js.map
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./lib/hub/http.js
/**
 * One bounded GET against the Hub, through `@actions/http-client` so HTTPS_PROXY / HTTP_PROXY /
 * NO_PROXY are honoured the way every Actions toolkit package honours them (loopback is never
 * proxied). Bounded three ways: a socket timeout until the response starts, an overall deadline for
 * the whole body, and a byte cap (the body is cut off there). Never throws: every outcome is a value.
 */

function readCapped(res, maxBytes, deadline) {
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let settled = false;
        const finish = (v) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(v);
        };
        const timer = setTimeout(() => {
            res.destroy();
            finish({ timeout: true });
        }, Math.max(1, deadline - Date.now()));
        res.on("data", (c) => {
            if (settled)
                return;
            const room = maxBytes - size;
            if (c.length > room) {
                if (room > 0)
                    chunks.push(c.subarray(0, room));
                size = maxBytes;
                res.destroy();
                finish({ text: Buffer.concat(chunks).toString("utf8"), truncated: true });
                return;
            }
            chunks.push(c);
            size += c.length;
        });
        res.on("end", () => finish({ text: Buffer.concat(chunks).toString("utf8"), truncated: false }));
        res.on("error", () => finish({ text: Buffer.concat(chunks).toString("utf8"), truncated: true }));
        res.on("close", () => finish({ text: Buffer.concat(chunks).toString("utf8"), truncated: !res.complete }));
    });
}
/**
 * GET `url` with the bounds in `options`, following up to 5 redirects. The Hub answers a renamed
 * repository with a *relative* `Location` (which @actions/http-client's own follower rejects), so
 * redirects are followed here; the Authorization header goes only to the host it was meant for.
 */
async function boundedGet(url, options) {
    const deadline = Date.now() + options.timeoutMs;
    let current = url;
    let headers = options.headers;
    for (let hop = 0; hop <= 5; hop++) {
        const left = deadline - Date.now();
        if (left <= 0)
            return { kind: "timeout", message: `no answer within ${Math.round(options.timeoutMs / 1000)} s` };
        const out = await getOnce(current, { ...options, headers, timeoutMs: left }, deadline);
        if (out.kind !== "status" ||
            out.status < 300 ||
            out.status >= 400 ||
            typeof out.headers.location !== "string")
            return out;
        const next = new URL(out.headers.location, current);
        if (next.host !== new URL(current).host) {
            headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== "authorization"));
        }
        current = next.href;
    }
    return { kind: "network", message: "too many redirects" };
}
async function getOnce(url, options, deadline) {
    const client = new lib/* HttpClient */.Qq("modelspec-review", [], {
        socketTimeout: options.timeoutMs,
        allowRedirects: false,
        keepAlive: false,
    });
    let timer;
    try {
        const started = client.get(url, options.headers);
        const overall = new Promise((resolve) => {
            timer = setTimeout(() => resolve("timeout"), options.timeoutMs);
        });
        const res = await Promise.race([started, overall]);
        if (res === "timeout") {
            started.then((r) => r.message.destroy()).catch(() => undefined);
            return { kind: "timeout", message: `no answer within ${Math.round(options.timeoutMs / 1000)} s` };
        }
        clearTimeout(timer);
        const status = res.message.statusCode ?? 0;
        if (status < 200 || status >= 300) {
            res.message.resume();
            const code = res.message.headers["x-error-code"];
            return {
                kind: "status",
                status,
                errorCode: typeof code === "string" ? code : null,
                headers: res.message.headers,
            };
        }
        const body = await readCapped(res.message, options.maxBytes, deadline);
        if ("timeout" in body) {
            return {
                kind: "timeout",
                message: `the body did not arrive within ${Math.round(options.timeoutMs / 1000)} s`,
            };
        }
        return { kind: "ok", status, text: body.text, truncated: body.truncated, headers: res.message.headers };
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        if (/timeout/i.test(msg))
            return { kind: "timeout", message: `no answer within ${Math.round(options.timeoutMs / 1000)} s` };
        return { kind: "network", message: msg };
    }
    finally {
        clearTimeout(timer);
        client.dispose();
    }
}
//# sourceMappingURL=http.js.map
;// CONCATENATED MODULE: ./lib/hub/index.js



/** The Hugging Face Hub used when HF_ENDPOINT is unset. */
const DEFAULT_HF_ENDPOINT = "https://huggingface.co";
/** A config.json is a few KiB; anything past this is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Only the head of the safetensors index is read: `metadata.total_size` comes first. */
const INDEX_PREFIX_BYTES = 64 * 1024;
/** Time budget of one Hub request, in milliseconds. */
const DEFAULT_TIMEOUT_MS = 10_000;
const CONCURRENCY = 4;
function truthy(v) {
    return v !== undefined && /^(1|true|yes|on)$/i.test(v.trim());
}
function fail(ref, code, message, status) {
    return { repo: ref.repo, revision: ref.revision, error: { code, message, ...(status ? { status } : {}) } };
}
function statusError(ref, o, token) {
    const s = o.status;
    if (o.errorCode === "GatedRepo" || ((s === 401 || s === 403) && o.errorCode !== "RepoNotFound")) {
        return fail(ref, "model/hub-gated", `the Hub answered ${s}: ${ref.repo} is gated or private${token ? " and the token given has no access to it" : " and no HF_TOKEN was given"}`, s);
    }
    if (s === 404 ||
        o.errorCode === "RepoNotFound" ||
        o.errorCode === "RevisionNotFound" ||
        o.errorCode === "EntryNotFound") {
        return fail(ref, "model/hub-not-found", `the Hub answered ${s}${o.errorCode ? ` (${o.errorCode})` : ""}: no config.json in ${ref.repo} at revision ${ref.revision}`, s);
    }
    return fail(ref, "model/hub-error", `the Hub answered ${s}`, s);
}
/** The model source over committed files, the cache and the Hub. */
function createModelSource(options = {}) {
    const env = options.env ?? process.env;
    const endpoint = (env.HF_ENDPOINT?.trim() || DEFAULT_HF_ENDPOINT).replace(/\/+$/, "");
    const token = (env.HF_TOKEN ?? env.HUGGING_FACE_HUB_TOKEN)?.trim() || null;
    const offline = truthy(env.HF_HUB_OFFLINE);
    const cache = options.cacheDir === undefined ? hubCacheDir(env) : options.cacheDir;
    const etag = Number(env.HF_HUB_ETAG_TIMEOUT);
    const timeoutMs = options.timeoutMs ?? (Number.isFinite(etag) && etag > 0 ? etag * 1000 : DEFAULT_TIMEOUT_MS);
    const repoFiles = new Map();
    const repoPath = (ref, file) => `${sources/* MODEL_CONFIG_DIR */.ZU}/${ref.repo}/${file}`;
    async function prefetchRepoFiles(refs) {
        if (!options.readRepoFiles)
            return;
        const paths = refs
            .flatMap((r) => [repoPath(r, "config.json"), repoPath(r, "model.safetensors.index.json")])
            .filter((p) => !repoFiles.has(p));
        if (paths.length === 0)
            return;
        try {
            const got = await options.readRepoFiles(paths);
            for (const p of paths)
                repoFiles.set(p, got.get(p) ?? null);
        }
        catch (e) {
            options.log?.(`Could not read committed model configs: ${e instanceof Error ? e.message : String(e)}`);
            for (const p of paths)
                repoFiles.set(p, null);
        }
    }
    async function config(ref) {
        // 1. committed in the reviewed repository
        await prefetchRepoFiles([ref]);
        const committed = repoFiles.get(repoPath(ref, "config.json"));
        if (committed) {
            const index = repoFiles.get(repoPath(ref, "model.safetensors.index.json"));
            return {
                repo: ref.repo,
                revision: ref.revision,
                origin: { kind: "repo-file", ref: repoPath(ref, "config.json") },
                config: committed,
                ...(index ? { index } : {}),
            };
        }
        if (!ref.hub)
            return null;
        // 2. the on-disk cache
        if (cache) {
            const hit = await readCached(cache, ref.repo, ref.revision);
            if (hit) {
                return {
                    repo: ref.repo,
                    revision: ref.revision,
                    origin: { kind: "cache", ref: `${DEFAULT_HF_ENDPOINT}/${ref.repo}/blob/${hit.commit}/config.json` },
                    config: hit.config,
                    ...(hit.index ? { index: hit.index } : {}),
                };
            }
        }
        if (offline) {
            return fail(ref, "model/hub-offline", `HF_HUB_OFFLINE is set and ${ref.repo}@${ref.revision} is not in the cache${cache ? ` (${cache})` : ""}`);
        }
        // 3. the Hub
        const rev = encodeURIComponent(ref.revision);
        const url = (file) => `${endpoint}/${ref.repo}/resolve/${rev}/${file}`;
        const headers = { accept: "application/json" };
        if (token)
            headers.authorization = `Bearer ${token}`;
        const got = await boundedGet(url("config.json"), { headers, timeoutMs, maxBytes: MAX_CONFIG_BYTES });
        if (got.kind === "timeout")
            return fail(ref, "model/hub-timeout", `${endpoint}: ${got.message}`);
        if (got.kind === "network")
            return fail(ref, "model/hub-unreachable", `${endpoint} could not be reached (${got.message})`);
        if (got.kind === "status")
            return statusError(ref, got, token !== null);
        if (got.truncated) {
            return fail(ref, "model/config-too-large", `config.json of ${ref.repo} is over ${MAX_CONFIG_BYTES / 1024} KiB; that is not a model config`);
        }
        const commitHeader = got.headers["x-repo-commit"];
        const commit = typeof commitHeader === "string" ? commitHeader : null;
        const out = {
            repo: ref.repo,
            revision: ref.revision,
            origin: { kind: "hub", ref: `${endpoint}/${ref.repo}/blob/${commit ?? rev}/config.json` },
            config: got.text,
        };
        const idx = await boundedGet(url("model.safetensors.index.json"), {
            headers,
            timeoutMs,
            maxBytes: INDEX_PREFIX_BYTES,
        });
        const files = { "config.json": got.text };
        if (idx.kind === "ok") {
            out.index = idx.text;
            if (!idx.truncated)
                files["model.safetensors.index.json"] = idx.text;
        }
        else if (idx.kind !== "status" || idx.status !== 404) {
            out.notes = [
                `model.safetensors.index.json of ${ref.repo} could not be read; weights sized from the parameter count`,
            ];
        }
        if (cache)
            await writeCached(cache, ref.repo, ref.revision, commit, files);
        return out;
    }
    return { config, prefetchRepoFiles };
}
/**
 * The edge step before `analyse()`: which models the changed specs need (`modelsNeeded`), fetched
 * from committed files, the cache or the Hub, at most `CONCURRENCY` at a time. Never throws.
 *
 *     const models = await loadModelTexts(pairs, config, { env: process.env, readRepoFiles });
 *     const review = analyse(pairs, config, { ...options, models });
 */
async function loadModelTexts(pairs, config, options = {}) {
    const refs = (0,sources/* modelsNeeded */.Y8)(pairs, config);
    const out = {};
    if (refs.length === 0)
        return out;
    const own = options.source ? null : createModelSource(options);
    const source = options.source ?? own;
    if (own)
        await own.prefetchRepoFiles(refs);
    let next = 0;
    const worker = async () => {
        while (next < refs.length) {
            const ref = refs[next++];
            try {
                const got = await source.config(ref);
                if (got)
                    out[(0,sources/* refKey */.XF)(ref)] = got;
            }
            catch (e) {
                out[(0,sources/* refKey */.XF)(ref)] = fail(ref, "model/hub-error", e instanceof Error ? e.message : String(e));
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, refs.length) }, worker));
    for (const f of Object.values(out)) {
        if (f.error)
            options.log?.(`Model ${(0,sources/* refKey */.XF)(f)}: ${f.error.message}`);
    }
    return out;
}
//# sourceMappingURL=index.js.map

/***/ })

};

//# sourceMappingURL=70.index.js.map