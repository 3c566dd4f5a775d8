/**
 * Fault injection end to end: `reviewPullRequest` through `createOctokitPort` over the Action's client
 * (src/action/octokit.ts: @actions/github getOctokit + retry + throttling), against the loopback fake GitHub. Whatever GitHub does, the run retries
 * within bounds, ends with a clear result or error naming the call, leaves a concluded check run, and
 * never posts a second comment. (Single-call faults of the port and client live in test/github/.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createActionOctokit } from "../../src/action/octokit.js";
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

const spec = (name: string, extra = ""): string =>
  `apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata:\n  name: ${name}\n${extra}`;

let n = 0;
function scenario(): { repo: FakeRepo; payload: Record<string, unknown> } {
  const repo = gh.repo("octo", `faults-${++n}`);
  const baseSha = repo.commit({ "m.modelspec.yaml": spec("m", "cost: 100\n") });
  const headSha = repo.commit({ "m.modelspec.yaml": spec("m", "cost: 120\n") }, { parent: baseSha });
  repo.setBranch("main", baseSha);
  repo.openPullRequest({ number: 7, base: baseSha, head: headSha });
  return { repo, payload: pullRequestPayload("opened", repo, 7) };
}

/** The Action's client; throttling off here (its 403 retry-after handling is in test/github/client.test.ts). */
async function run(repo: FakeRepo, payload: unknown) {
  const octokit = createActionOctokit("t", { baseUrl: gh.url, retryBaseMs: 1, throttle: false });
  const port = createOctokitPort(octokit, { owner: repo.owner, repo: repo.name });
  const pr = pullRequestFromPayload(payload)!;
  return reviewPullRequest(port, pr, { loadEngine: async () => testEngine });
}

/** Every run must end like this, whatever the fault. */
function expectConcluded(repo: FakeRepo): void {
  expect(repo.checkRuns.length).toBeLessThanOrEqual(1);
  for (const c of repo.checkRuns) expect(c.status).toBe("completed");
  expect(repo.comments(7).length).toBeLessThanOrEqual(1);
}

const transient: [string, FaultSpec][] = [
  ["500 on the comment list", { method: "GET", path: /\/issues\/\d+\/comments$/, status: 500, times: 2 }],
  ["502 on posting the comment", { method: "POST", path: /\/issues\/\d+\/comments$/, status: 502 }],
  ["502 on creating the check run", { method: "POST", path: /\/check-runs$/, status: 502 }],
  ["500 on completing the check run", { method: "PATCH", path: /\/check-runs\/\d+$/, status: 500 }],
  ["500 on the PR file list", { method: "GET", path: /\/pulls\/\d+\/files$/, status: 500 }],
];

describe("transient GitHub faults are retried and the run completes normally", () => {
  it.each(transient)("%s", async (_name, fault) => {
    const { repo, payload } = scenario();
    gh.inject(fault);
    const res = await run(repo, payload);
    expect(res.status).toBe("reviewed");
    expectConcluded(repo);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.comments(7)).toHaveLength(1);
    expect(gh.requests.some((r) => r.fault !== undefined)).toBe(true); // the fault did fire
  });
});

describe("persistent or malformed answers end with a clear error and a concluded check run", () => {
  const hard: [string, FaultSpec][] = [
    [
      "truncated JSON on the comment list",
      { method: "GET", path: /\/issues\/\d+\/comments$/, truncate: true, times: Infinity },
    ],
    [
      "404 for the files of a deleted branch",
      { method: "GET", path: /\/pulls\/\d+\/files$/, status: 404, times: Infinity },
    ],
    [
      "502 forever on posting the comment",
      { method: "POST", path: /\/issues\/\d+\/comments$/, status: 502, times: Infinity },
    ],
  ];
  it.each(hard)("%s", async (_name, fault) => {
    const { repo, payload } = scenario();
    gh.inject(fault);
    let error: unknown = null;
    try {
      await run(repo, payload);
    } catch (e) {
      error = e;
    }
    if (error !== null) expect(String(error)).toMatch(/GitHub API call|HTTP|JSON|404|502/);
    expectConcluded(repo);
    // Bounded retries: no endless hammering of the failing call.
    expect(gh.requests.filter((r) => r.fault !== undefined).length).toBeLessThanOrEqual(10);
  });
});

describe("a PR closed mid-review", () => {
  it("still concludes the check run and posts at most one comment", async () => {
    const { repo, payload } = scenario();
    // Close the PR while the review reads its files (the read is slowed down to open the window).
    gh.inject({ method: "GET", path: /\/pulls\/\d+\/files$/, delayMs: 50 });
    const p = run(repo, payload);
    setTimeout(() => repo.closePullRequest?.(7), 10);
    await p.catch((e: unknown) => expect(String(e)).toMatch(/GitHub|HTTP/));
    expectConcluded(repo);
  });
});
