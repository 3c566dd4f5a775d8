export const id = 360;
export const ids = [360];
export const modules = {

/***/ 1360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubPublisher: () => (/* binding */ githubPublisher),
  reviewMergeGroup: () => (/* binding */ reviewMergeGroup),
  reviewPullRequest: () => (/* binding */ reviewPullRequest)
});

// EXTERNAL MODULE: ./lib/flow/review-change.js + 2 modules
var review_change = __webpack_require__(5332);
// EXTERNAL MODULE: ./lib/github/octokit.js
var octokit = __webpack_require__(1282);
// EXTERNAL MODULE: ./lib/github/port.js
var github_port = __webpack_require__(2224);
;// CONCATENATED MODULE: ./lib/github/sources.js


/** GitHub's compare API lists at most 300 files (in pages of up to 100). */
const MAX_COMPARED_FILES = 300;
/** The changed files of pull request `number`, compared `baseSha`…`headSha`. */
function pullRequestSource(port, pr) {
    const change = {
        kind: "pull-request",
        baseSha: pr.baseSha,
        headSha: pr.headSha,
        pullRequest: pr.number,
        label: `pull request #${pr.number}`,
        listingCap: octokit.MAX_LISTED_FILES,
    };
    return {
        change,
        listChanged: () => port.listChangedFiles(pr.number),
        readTexts: (files) => port.readFiles(files),
        ...(port.listFiles ? { listTree: (ref) => port.listFiles(ref) } : {}),
    };
}
/**
 * Two commits compared (`GET /repos/{owner}/{repo}/compare/{base}...{head}`): a merge group's
 * `base_sha`…`head_sha`, or a push's `before`…`after`. No pull request: the review is a check run.
 */
function compareSource(octokit, port, range) {
    const { owner, repo } = port.repo;
    const change = {
        kind: range.kind,
        baseSha: range.baseSha,
        headSha: range.headSha,
        pullRequest: null,
        label: range.label ??
            `${range.kind === "merge-group" ? "merge group" : "push"} ${range.baseSha.slice(0, 7)}…${range.headSha.slice(0, 7)}`,
        listingCap: MAX_COMPARED_FILES,
    };
    async function listChanged() {
        const files = [];
        for (let page = 1; page <= MAX_COMPARED_FILES / 100; page++) {
            let res;
            try {
                res = await octokit.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
                    owner,
                    repo,
                    basehead: `${range.baseSha}...${range.headSha}`,
                    per_page: 100,
                    page,
                });
            }
            catch (e) {
                const err = e;
                throw new github_port/* GitHubApiError */.OS("GET /repos/{owner}/{repo}/compare/{basehead}", typeof err.status === "number" ? err.status : null, err.message ?? String(e), { cause: e });
            }
            const data = res.data;
            const batch = data.files ?? [];
            for (const f of batch) {
                const entry = { path: f.filename, status: f.status };
                if (f.previous_filename !== undefined)
                    entry.previousPath = f.previous_filename;
                files.push(entry);
            }
            const link = typeof res.headers.link === "string" ? res.headers.link : "";
            if (batch.length < 100 || !/rel="next"/.test(link))
                break;
        }
        return { files, truncated: files.length >= MAX_COMPARED_FILES };
    }
    return {
        change,
        listChanged,
        readTexts: (files) => port.readFiles(files),
        ...(port.listFiles ? { listTree: (ref) => port.listFiles(ref) } : {}),
    };
}
//# sourceMappingURL=sources.js.map
;// CONCATENATED MODULE: ./lib/github/review.js
/**
 * The review flow wired for GitHub: a pull request, or a merge group, over a `GitHubPort`
 * (the Action's Octokit or Probot's `context.octokit`). Wiring only; the flow is `reviewChange`.
 */


/** The GitHub publisher: the port's comment and check-run writes, plus links under `serverUrl`. */
function githubPublisher(port, serverUrl) {
    const repoUrl = serverUrl
        ? `${serverUrl.replace(/\/+$/, "")}/${port.repo.owner}/${port.repo.repo}`
        : undefined;
    return {
        ...(repoUrl ? { repoUrl } : {}),
        upsertComment: (request) => port.upsertComment(request),
        startCheckRun: (name, headSha, detailsUrl) => port.startCheckRun(name, headSha, detailsUrl),
        completeCheckRun: (id, output) => port.completeCheckRun(id, output),
    };
}
/** Reviews pull request `pr` (head SHA, not the merge commit): comment + check run. */
function reviewPullRequest(port, pr, options = {}) {
    return (0,review_change.reviewChange)(pullRequestSource(port, pr), githubPublisher(port, options.serverUrl), options);
}
/**
 * Reviews a merge queue entry: `base_sha`…`head_sha` compared, the check run on `head_sha`
 * (what the queue waits for), no comment (there is no single pull request to put it on).
 */
function reviewMergeGroup(octokit, port, group, options = {}) {
    const source = compareSource(octokit, port, { ...group, kind: "merge-group" });
    return (0,review_change.reviewChange)(source, githubPublisher(port, options.serverUrl), options);
}
//# sourceMappingURL=review.js.map

/***/ })

};

//# sourceMappingURL=360.index.js.map