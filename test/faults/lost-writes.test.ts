/**
 * Issue 15, defect 9: writes whose response is lost after they succeeded, persistently failing
 * updates, and hanging endpoints. The pipeline runs through `createOctokitPort` over a stock Octokit
 * with the retry plugin ON (what `@actions/github` and Probot build), against the loopback fake
 * GitHub, whose `afterSuccess` faults run the real handler and then answer 500 / hang / reset.
 *
 * End state required in every case: no check run left `in_progress`, the newest check run of the
 * name concluded, at most one comment, and a bounded number of attempts (so bounded time).
 */
import { Octokit } from "@octokit/core";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOctokitPort } from "../../src/github/octokit.js";
import { pullRequestFromPayload, reviewPullRequest } from "../../src/pipeline.js";
import { pullRequestPayload } from "../support/app-harness.js";
import { FakeGitHub, type FakeRepo, type FaultSpec } from "../support/fake-github.js";
import { testEngine } from "../support/test-engine.js";

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

const Stock = Octokit.plugin(retry, throttling);
/** A stock Octokit: 3 retries on 5xx and network errors, as the Action's and Probot's are. */
const stockOctokit = () =>
  new Stock({
    auth: "t",
    baseUrl: gh.url,
    retry: { retries: 3, retryAfterBaseValue: 1 },
    throttle: { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false },
  });

const spec = (name: string, extra = ""): string =>
  `apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata:\n  name: ${name}\n${extra}`;

let n = 0;
function scenario(): { repo: FakeRepo; payload: Record<string, unknown> } {
  const repo = gh.repo("octo", `lost-${++n}`);
  const baseSha = repo.commit({ "m.modelspec.yaml": spec("m", "cost: 100\n") });
  const headSha = repo.commit(
    { "m.modelspec.yaml": spec("m", "cost: 120\n# error: broken\n") },
    {
      parent: baseSha,
    },
  );
  repo.setBranch("main", baseSha);
  repo.openPullRequest({ number: 7, base: baseSha, head: headSha });
  return { repo, payload: pullRequestPayload("opened", repo, 7) };
}

const TIMEOUT_MS = 300;

async function run(repo: FakeRepo, payload: unknown) {
  const port = createOctokitPort(
    stockOctokit(),
    { owner: repo.owner, repo: repo.name },
    { requestTimeoutMs: TIMEOUT_MS },
  );
  const pr = pullRequestFromPayload(payload)!;
  const started = performance.now();
  let error: unknown = null;
  let result: Awaited<ReturnType<typeof reviewPullRequest>> | null = null;
  try {
    result = await reviewPullRequest(port, pr, { loadEngine: async () => testEngine });
  } catch (e) {
    error = e;
  }
  return { result, error, ms: performance.now() - started };
}

/** No run left in progress; the newest run of the name carries the review's conclusion. */
function expectConcludedAs(repo: FakeRepo, conclusion: string): void {
  for (const c of repo.checkRuns) expect(c.status, `check run ${c.id}`).toBe("completed");
  expect(repo.checkRuns.at(-1)?.conclusion).toBe(conclusion);
}

const POST_CHECK = { method: "POST", path: /\/check-runs$/ } as const;
const POST_COMMENT = { method: "POST", path: /\/issues\/\d+\/comments$/ } as const;
const PATCH_CHECK = { method: "PATCH", path: /\/check-runs\/\d+$/ } as const;

describe("a write that succeeded but whose answer was lost", () => {
  const cases: [string, FaultSpec][] = [
    ["POST check-runs answers 500 once", { ...POST_CHECK, afterSuccess: true, status: 500 }],
    [
      "POST check-runs answers 500 every time",
      { ...POST_CHECK, afterSuccess: true, status: 500, times: Infinity },
    ],
    ["POST check-runs connection reset", { ...POST_CHECK, afterSuccess: true, reset: true }],
    ["POST check-runs never answers", { ...POST_CHECK, afterSuccess: true, hang: true }],
  ];
  it.each(cases)("%s: one check run, concluded", async (_n, fault) => {
    const { repo, payload } = scenario();
    gh.inject(fault);
    const { error } = await run(repo, payload);
    expect(error).toBeNull();
    expect(gh.requests.some((r) => r.fault !== undefined && r.handledStatus === 201)).toBe(true);
    expect(repo.checkRuns).toHaveLength(1);
    expectConcludedAs(repo, "failure");
    expect(repo.comments(7)).toHaveLength(1);
  });

  const commentCases: [string, FaultSpec][] = [
    [
      "POST comment answers 500 every time",
      { ...POST_COMMENT, afterSuccess: true, status: 500, times: Infinity },
    ],
    ["POST comment answers 502 once", { ...POST_COMMENT, afterSuccess: true, status: 502 }],
    ["POST comment never answers", { ...POST_COMMENT, afterSuccess: true, hang: true, times: Infinity }],
  ];
  it.each(commentCases)("%s: exactly one comment", async (_n, fault) => {
    const { repo, payload } = scenario();
    gh.inject(fault);
    const { error, result } = await run(repo, payload);
    expect(error).toBeNull();
    expect(repo.comments(7)).toHaveLength(1);
    expect(result?.comment?.outcome).toBe("created");
    expect(result?.comment?.commentId).toBe(repo.comments(7)[0]!.id);
    expectConcludedAs(repo, "failure");
    // Bounded: the comment is POSTed at most twice, whatever the fault.
    expect(gh.requestsTo("POST", /\/issues\/\d+\/comments$/).length).toBeLessThanOrEqual(2);
  });
});

describe("a check-run update that fails every time", () => {
  it("still concludes the check under the same name and posts the comment", async () => {
    const { repo, payload } = scenario();
    gh.inject({ ...PATCH_CHECK, status: 500, times: Infinity });
    const { error } = await run(repo, payload);
    expect(error).toBeNull();
    expect(repo.comments(7)).toHaveLength(1);
    const latest = repo.checkRuns.at(-1)!;
    expect(latest).toMatchObject({ name: "ModelSpec review", status: "completed", conclusion: "failure" });
    // The in-progress run could not be updated: no run is left in progress but that one, and its
    // replacement (the newest, which GitHub's required checks read) carries the verdict.
    expect(repo.checkRuns.filter((c) => c.status !== "completed").length).toBeLessThanOrEqual(1);
    expect(gh.requestsTo("PATCH", /\/check-runs\/\d+$/).length).toBeLessThanOrEqual(8);
  });
});

describe("hanging endpoints cost a bounded time", () => {
  it("GraphQL never answers: one timeout, then the contents API; the review is right", async () => {
    const { repo, payload } = scenario();
    gh.inject({ method: "POST", path: "/graphql", hang: true, times: Infinity });
    const { error, result, ms } = await run(repo, payload);
    expect(error).toBeNull();
    expect(result?.specsChanged).toBe(1);
    expect(result?.conclusion).toBe("failure");
    expect(gh.requestsTo("POST", /^\/graphql$/).length).toBe(1);
    // Hang guard, not a benchmark: a handful of timeouts, never retries × timeouts.
    expect(ms).toBeLessThan(TIMEOUT_MS * 10);
  });

  it("the comment endpoint never answers at all: the run ends, naming the call, check concluded", async () => {
    const { repo, payload } = scenario();
    gh.inject({ ...POST_COMMENT, hang: true, times: Infinity });
    const { error, ms } = await run(repo, payload);
    expect(String(error)).toMatch(/comments/);
    expect(repo.comments(7)).toHaveLength(0);
    expectConcludedAs(repo, "failure");
    expect(gh.requestsTo("POST", /\/issues\/\d+\/comments$/).length).toBeLessThanOrEqual(2);
    expect(ms).toBeLessThan(TIMEOUT_MS * 12);
  });
});
