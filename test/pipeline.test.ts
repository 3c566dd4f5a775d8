import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_CONFIG } from "../src/core/config.js";
import { createActionOctokit } from "../src/action/octokit.js";
import { createOctokitPort } from "../src/github/octokit.js";
import { commentMarker, parseCommentMarker } from "../src/github/port.js";
import {
  DEFAULT_SPEC_GLOBS,
  parseFailOn,
  pullRequestFromPayload,
  reviewPullRequest,
  type Engine,
  type PipelineOptions,
} from "../src/pipeline.js";
import { pullRequestPayload } from "./support/app-harness.js";
import { FakeGitHub, type FakeRepo } from "./support/fake-github.js";
import { testEngine } from "./support/test-engine.js";

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start();
});
afterAll(async () => {
  await gh.close();
});
beforeEach(() => {
  gh.clearRequests();
  gh.clearFaults();
  gh.permissions = { comments: true, checks: true, releases: true };
});

const spec = (name: string, extra = ""): string =>
  `apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata:\n  name: ${name}\n${extra}`;

/** Requests by `METHOD path` with the repository name and numbers generalised. */
function requestSummary(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(gh.requestSummary())) {
    const key = k.replace(/^(\w+ \/repos\/octo\/)[^/]+/, "$1:repo");
    out[key] = (out[key] ?? 0) + v;
  }
  return out;
}

let n = 0;
/** A fake repo with a PR from `base` files to `base + edits`, and the real `opened` payload for it. */
function scenario(
  base: Record<string, string>,
  edits: Record<string, string | null>,
  init: { renames?: Record<string, string> } = {},
): { repo: FakeRepo; payload: Record<string, unknown>; baseSha: string; headSha: string } {
  const repo = gh.repo("octo", `pipeline-${++n}`);
  const baseSha = repo.commit(base);
  const headSha = repo.commit(edits, { parent: baseSha });
  repo.setBranch("main", baseSha);
  repo.openPullRequest({ number: 12, base: baseSha, head: headSha, ...init });
  return { repo, payload: pullRequestPayload("opened", repo, 12), baseSha, headSha };
}

function run(repo: FakeRepo, payload: unknown, options: PipelineOptions = {}) {
  const octokit = createActionOctokit("t", { baseUrl: gh.url, retryBaseMs: 1, throttle: false });
  const port = createOctokitPort(octokit, { owner: repo.owner, repo: repo.name });
  const pr = pullRequestFromPayload(payload);
  if (!pr) throw new Error("payload has no pull request");
  return reviewPullRequest(port, pr, { loadEngine: async () => testEngine, ...options });
}

describe("pullRequestFromPayload", () => {
  it("takes the head SHA (not the merge SHA) from a real pull_request payload", () => {
    const { repo, headSha, baseSha } = scenario({ "a.yaml": "x\n" }, { "a.yaml": "y\n" });
    const payload = pullRequestPayload("synchronize", repo, 12);
    expect(pullRequestFromPayload(payload)).toEqual({ number: 12, headSha, baseSha });
    expect(pullRequestFromPayload({ action: "created", issue: {} })).toBeNull();
  });
});

describe("reviewPullRequest", () => {
  it("reviews, creates a check run on the head SHA with annotations, and comments", async () => {
    const { repo, payload, headSha } = scenario(
      { "models/a.modelspec.yaml": spec("a", "cost: 100\n") },
      { "models/a.modelspec.yaml": spec("a", "cost: 250\n# error: too big\n") },
    );
    const res = await run(repo, payload);
    expect(res).toMatchObject({
      status: "reviewed",
      conclusion: "failure",
      specsChanged: 1,
      monthlyCostDeltaUsd: 150,
    });
    expect(repo.checkRuns).toHaveLength(1);
    const runRecord = repo.checkRuns[0]!;
    expect(runRecord).toMatchObject({
      head_sha: headSha,
      name: "ModelSpec review",
      status: "completed",
      conclusion: "failure",
    });
    expect(runRecord.annotations).toEqual([
      expect.objectContaining({
        path: "models/a.modelspec.yaml",
        start_line: 6,
        annotation_level: "failure",
        message: "too big",
      }),
    ]);
    const comments = repo.comments(12);
    expect(comments).toHaveLength(1);
    expect(parseCommentMarker(comments[0]!.body)).toEqual({ tag: "default", headSha });
    expect(res.comment?.outcome).toBe("created");
    expect(res.workflowAnnotations).toEqual([]);
    expect(res.problems).toEqual([]);
  });

  it("selects specs by glob or by kind, with renames and deletions, and ignores other files", async () => {
    const { repo, payload } = scenario(
      {
        "deploy/old-name.yaml": spec("renamed"),
        "deploy/retired.yml": spec("retired"),
        "a.modelspec.yaml": "not even yaml: [",
        "values.yaml": "replicas: 2\n",
      },
      {
        "deploy/old-name.yaml": null,
        "deploy/new-name.yaml": spec("renamed", "# warning: moved\n"),
        "deploy/retired.yml": null,
        "a.modelspec.yaml": "still not yaml: [[",
        "values.yaml": "replicas: 3\n",
        "specs/json.json": JSON.stringify({ apiVersion: "piqc.ai/v1alpha1", kind: "ModelSpec" }),
        "README.md": "kind: ModelSpec\n",
      },
      { renames: { "deploy/new-name.yaml": "deploy/old-name.yaml" } },
    );
    const res = await run(repo, payload);
    const files = res.review!.files.map((f) => [f.path, f.status, f.previousPath ?? null]);
    expect(files).toEqual([
      ["a.modelspec.yaml", "modified", null],
      ["deploy/new-name.yaml", "modified", "deploy/old-name.yaml"],
      ["deploy/retired.yml", "deleted", null],
      ["specs/json.json", "added", null],
    ]);
  });

  it("no YAML/JSON changed: a success check run on the head, no comment, and the core never loads", async () => {
    const { repo, payload, headSha } = scenario(
      { "README.md": "a\n" },
      { "README.md": "b\n", "src/x.ts": "x\n" },
    );
    const loadEngine = vi.fn(async (): Promise<Engine> => testEngine);
    const res = await run(repo, payload, { loadEngine });
    expect(res.status).toBe("no-specs");
    expect(res.conclusion).toBe("success");
    expect(loadEngine).not.toHaveBeenCalled();
    // A required "ModelSpec review" check must report on every PR: one concluded run on the head.
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({
      name: "ModelSpec review",
      head_sha: headSha,
      status: "completed",
      conclusion: "success",
      output: { title: "No ModelSpec changed" },
    });
    expect(res.checkRunId).toBe(repo.checkRuns[0]!.id);
    expect(repo.comments(12)).toHaveLength(0);
    // listFiles, the config at base (its comment tag/mode), our comments (none), the check run.
    expect(requestSummary()).toEqual({
      "GET /repos/octo/:repo/pulls/:n/files": 1,
      "POST /graphql (repository)": 1,
      "GET /repos/octo/:repo/issues/:n/comments": 1,
      "POST /repos/octo/:repo/check-runs": 1,
      "PATCH /repos/octo/:repo/check-runs/:n": 1,
    });
  });

  it("a PR whose spec returns to the base state: the comment says so and the new head's check concludes", async () => {
    const { repo, payload, baseSha, headSha } = scenario(
      { "m.modelspec.yaml": spec("m") },
      { "m.modelspec.yaml": spec("m", "# warning: w\n") },
    );
    await run(repo, payload);
    expect(repo.comments(12)).toHaveLength(1);
    expect(repo.comments(12)[0]!.body).toContain("m.modelspec.yaml");
    // The author reverts: the PR's head now has the base's spec, so GitHub lists no spec change.
    const reverted = repo.commit({ "m.modelspec.yaml": spec("m"), "README.md": "x\n" }, { parent: headSha });
    repo.pushToPullRequest(12, reverted, baseSha);
    const res = await run(repo, pullRequestPayload("synchronize", repo, 12));
    expect(res.status).toBe("no-specs");
    expect(res.comment?.outcome).toBe("updated");
    const [comment] = repo.comments(12);
    expect(parseCommentMarker(comment!.body)?.headSha).toBe(reverted);
    expect(comment!.body).toContain("back to their state on the base branch");
    expect(comment!.body).not.toContain("m.modelspec.yaml");
    const last = repo.checkRuns.at(-1)!;
    expect(last).toMatchObject({ head_sha: reverted, status: "completed", conclusion: "success" });
    // Run again on the same head: nothing to write.
    gh.clearRequests();
    expect((await run(repo, pullRequestPayload("synchronize", repo, 12))).comment?.outcome).toBe("unchanged");
    expect(gh.requestsTo("PATCH", /\/issues\/comments\//)).toEqual([]);
  });

  it("after a revert in mode delete-and-new the old comment is removed, none is added", async () => {
    const { repo, payload, baseSha, headSha } = scenario(
      { "m.modelspec.yaml": spec("m") },
      { "m.modelspec.yaml": spec("m", "# warning: w\n") },
    );
    await run(repo, payload, { commentMode: "delete-and-new" });
    expect(repo.comments(12)).toHaveLength(1);
    const reverted = repo.commit({ "m.modelspec.yaml": spec("m") }, { parent: headSha });
    repo.pushToPullRequest(12, reverted, baseSha);
    const res = await run(repo, pullRequestPayload("synchronize", repo, 12), {
      commentMode: "delete-and-new",
    });
    expect(res.comment).toMatchObject({ outcome: "deleted", deleted: 1 });
    expect(repo.comments(12)).toEqual([]);
    expect(repo.checkRuns.at(-1)).toMatchObject({ head_sha: reverted, conclusion: "success" });
  });

  it("reads the config from the base ref, so a PR cannot relax its own gates, and says so", async () => {
    const strict = "failOn:\n  ruleErrors: true\n";
    const relaxed = "failOn:\n  ruleErrors: false\n";
    const { repo, payload } = scenario(
      { ".github/modelspec-review.yml": strict, "m.modelspec.yaml": spec("m") },
      { ".github/modelspec-review.yml": relaxed, "m.modelspec.yaml": spec("m", "# error: bad\n") },
    );
    const res = await run(repo, payload);
    expect(res.configChangedInPr).toBe(true);
    expect(res.conclusion).toBe("failure");
    expect(res.notices.join("\n")).toMatch(/edits `\.github\/modelspec-review\.yml`.*base branch/);
    expect(repo.comments(12)[0]!.body).toContain("config edited in this PR");
    // Only the base copy of the config was read.
    const gql = gh.requestsTo("POST", "/graphql").map((r) => JSON.stringify(r.body));
    expect(gql.join()).toContain(`${repo.pull(12).baseSha}:.github/modelspec-review.yml`);
    expect(gql.join()).not.toContain(`${repo.pull(12).headSha}:.github/modelspec-review.yml`);
  });

  it("fail-on from the caller replaces the config's gates", async () => {
    const { repo, payload } = scenario(
      { "m.modelspec.yaml": spec("m", "cost: 10\n") },
      { "m.modelspec.yaml": spec("m", "cost: 900\n# error: x\n") },
    );
    const { failOn, problems } = parseFailOn("monthly-cost-increase-usd=1000");
    expect(problems).toEqual([]);
    const res = await run(repo, payload, { failOn });
    expect(res.conclusion).toBe("success");
    expect(res.review!.conclusion.gates.map((g) => g.gate)).toEqual(["monthly-cost-increase-usd"]);
  });

  it("uses a constant number of requests for 1, 10, 100 and 300 changed specs", async () => {
    const summaries: Record<string, number>[] = [];
    for (const count of [1, 10, 100, 300]) {
      const base: Record<string, string> = {};
      const edits: Record<string, string> = {};
      for (let i = 0; i < count; i++) {
        base[`specs/s${i}.modelspec.yaml`] = spec(`s${i}`, "cost: 1\n");
        edits[`specs/s${i}.modelspec.yaml`] = spec(`s${i}`, "cost: 2\n");
      }
      const { repo, payload } = scenario(base, edits);
      gh.clearRequests();
      const res = await run(repo, payload);
      expect(res.specsChanged).toBe(count);
      summaries.push(requestSummary());
    }
    const expected = {
      "GET /repos/octo/:repo/pulls/:n/files": 1,
      "POST /graphql (repository)": 1,
      // Deployment drift: one tree listing of the head (src/github/drift.ts), whatever the size.
      "GET /repos/octo/:repo/git/trees/:sha": 1,
      "POST /repos/octo/:repo/check-runs": 1,
      "PATCH /repos/octo/:repo/check-runs/:n": 1,
      "GET /repos/octo/:repo/issues/:n/comments": 2,
      "POST /repos/octo/:repo/issues/:n/comments": 1,
    };
    expect(summaries[0]).toEqual(expected);
    expect(summaries[1]).toEqual(expected);
    // 100 and 300 files need more pages of the file list (100 per page) — that is GitHub's paging,
    // not one request per spec; the file reads stay one GraphQL request.
    expect(summaries[2]).toEqual(expected);
    expect(summaries[3]).toEqual({ ...expected, "GET /repos/octo/:repo/pulls/:n/files": 3 });
  });

  it("sends annotations in batches of 50 (120 findings → 3 requests)", async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `# error: finding ${i}`).join("\n");
    const { repo, payload } = scenario(
      { "m.modelspec.yaml": spec("m") },
      { "m.modelspec.yaml": spec("m", `${lines}\n`) },
    );
    await run(repo, payload);
    expect(repo.checkRuns[0]!.annotationBatches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(gh.requestsTo("PATCH", /\/check-runs\/\d+$/)).toHaveLength(3);
  });

  it("on a fork (403 on checks and comments) falls back to workflow commands and still concludes", async () => {
    const { repo, payload } = scenario(
      { "m.modelspec.yaml": spec("m") },
      { "m.modelspec.yaml": spec("m", "# error: e\n# warning: w\n") },
    );
    gh.forkMode();
    const res = await run(repo, payload);
    expect(res.conclusion).toBe("failure");
    expect(res.checkRunId).toBeNull();
    expect(res.workflowAnnotations).toEqual([
      { level: "error", file: "m.modelspec.yaml", startLine: 5, message: "e", title: "t" },
      { level: "warning", file: "m.modelspec.yaml", startLine: 6, message: "w", title: "t" },
    ]);
    expect(res.problems).toHaveLength(2);
    expect(res.problems[0]).toMatch(
      /create a check run.*Resource not accessible by integration.*checks: write/,
    );
    expect(res.problems[1]).toMatch(/comment on the pull request.*pull-requests: write/);
    expect(res.jobSummary).toContain("# summary");
    expect(repo.checkRuns).toHaveLength(0);
    expect(repo.comments(12)).toHaveLength(0);
  });

  it("a rerun on the same head edits nothing when the body is unchanged, and updates in place when it changed", async () => {
    const { repo, payload } = scenario(
      { "m.modelspec.yaml": spec("m") },
      { "m.modelspec.yaml": spec("m", "cost: 5\n") },
    );
    await run(repo, payload);
    gh.clearRequests();
    const again = await run(repo, payload);
    expect(again.comment?.outcome).toBe("unchanged");
    expect(gh.requestsTo("PATCH", /\/issues\/comments\//)).toHaveLength(0);
    expect(gh.requestsTo("POST", /\/issues\/\d+\/comments$/)).toHaveLength(0);
    const third = await run(repo, payload, { paths: ["**/*.yaml"] }); // different notices? same body
    expect(third.comment?.outcome).toBe("unchanged");
    const tagged = await run(repo, payload, { commentTag: "prod" });
    expect(tagged.comment?.outcome).toBe("created");
    expect(repo.comments(12)).toHaveLength(2);
  });

  it("a run for an older head SHA never overwrites the comment for a newer one", async () => {
    const {
      repo,
      payload,
      headSha: oldHead,
    } = scenario({ "m.modelspec.yaml": spec("m") }, { "m.modelspec.yaml": spec("m", "cost: 5\n") });
    const newHead = repo.commit({ "m.modelspec.yaml": spec("m", "cost: 6\n") }, { parent: oldHead });
    repo.pushToPullRequest(12, newHead);
    const newer = await run(repo, pullRequestPayload("synchronize", repo, 12));
    expect(newer.comment?.outcome).toBe("created");
    const before = repo.comments(12).map((c) => c.body);
    const older = await run(repo, payload); // the `opened` payload still names oldHead
    expect(older.comment?.outcome).toBe("stale");
    expect(repo.comments(12).map((c) => c.body)).toEqual(before);
    expect(parseCommentMarker(before[0]!)?.headSha).toBe(newHead);
    // Its check run belongs to its own commit, so that is still published.
    expect(repo.checkRuns.map((r) => r.head_sha)).toEqual([newHead, oldHead]);
  });

  it("closes the check run with a failure when the review itself throws", async () => {
    const { repo, payload } = scenario(
      { "m.modelspec.yaml": spec("m") },
      { "m.modelspec.yaml": spec("m", "x: 1\n") },
    );
    const broken: Engine = {
      ...testEngine,
      analyse: () => {
        throw new Error("boom");
      },
    };
    await expect(run(repo, payload, { loadEngine: async () => broken })).rejects.toThrow("boom");
    expect(repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(repo.checkRuns[0]!.output.summary).toContain("boom");
  });

  it("names the API call when GitHub keeps failing, and still closes the check run", async () => {
    const { repo, payload } = scenario(
      { "m.modelspec.yaml": spec("m") },
      { "m.modelspec.yaml": spec("m", "x: 1\n") },
    );
    gh.inject({ method: "GET", path: /\/issues\/\d+\/comments$/, status: 503, times: Infinity });
    await expect(run(repo, payload)).rejects.toThrow(
      "GitHub API call GET /repos/{owner}/{repo}/issues/{issue_number}/comments failed with HTTP 503",
    );
    // The check run was concluded before the comment failed: its result is kept.
    expect(repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "success" });
    expect(repo.checkRuns[0]!.output.title).not.toContain("could not finish");
  });

  it("dry run writes nothing and prints annotations instead", async () => {
    const { repo, payload } = scenario(
      { "m.modelspec.yaml": spec("m") },
      { "m.modelspec.yaml": spec("m", "# error: e\n") },
    );
    const res = await run(repo, payload, { dryRun: true });
    expect(gh.requests.filter((r) => r.method !== "GET" && r.path !== "/graphql")).toEqual([]);
    expect(res.commentBody).toContain(commentMarker("default", repo.pull(12).headSha));
    expect(res.workflowAnnotations).toHaveLength(1);
  });
});

describe("parseFailOn", () => {
  it.each([
    ["schema-errors, does-not-fit", { schemaErrors: true, doesNotFit: true }, []],
    ["none", {}, []],
    ["does-not-fit, strict", { doesNotFit: true, mode: "strict" }, []],
    [
      "monthly-cost-increase-pct=20\nbreaking-changes",
      { monthlyCostIncreasePct: 20, breakingChanges: true },
      [],
    ],
    [
      "monthly-cost-increase-usd=abc",
      {},
      ['fail-on: "monthly-cost-increase-usd=abc" needs a non-negative number'],
    ],
    ["does-not-fti", {}, ['fail-on: unknown gate "does-not-fti"']],
  ])("%j", (input, set, problems) => {
    const res = parseFailOn(input);
    const expected = {
      schemaErrors: false,
      ruleErrors: false,
      doesNotFit: false,
      governanceLoosening: false,
      breakingChanges: false,
      monthlyCostIncreaseUsd: null,
      monthlyCostIncreasePct: null,
      ...set,
    };
    expect(res.failOn).toEqual(expected);
    expect(res.problems.length).toBe(problems.length);
    problems.forEach((p, i) => expect(res.problems[i]).toContain(p));
  });
});

it("the no-op path's default globs mirror DEFAULT_CONFIG.paths", () => {
  expect(DEFAULT_SPEC_GLOBS).toEqual(DEFAULT_CONFIG.paths);
});
