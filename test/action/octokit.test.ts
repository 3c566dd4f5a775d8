import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createActionOctokit } from "../../src/action/octokit.js";
import { FakeGitHub } from "../support/fake-github.js";

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
});

describe("the Action's Octokit (createActionOctokit: @actions/github getOctokit + retry + throttling)", () => {
  it("waits out a secondary rate limit (403 + retry-after) and logs it, with production throttling on", async () => {
    const repo = gh.repo("octo", "client-rl");
    const sha = repo.commit({ "a.yaml": "a\n" });
    const logs: string[] = [];
    const octokit = createActionOctokit("t", { baseUrl: gh.url, log: (m) => logs.push(m) });
    gh.inject({
      method: "POST",
      path: "/repos/octo/client-rl/check-runs",
      status: 403,
      headers: { "retry-after": "1" },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      },
    });
    const started = Date.now();
    const res = await octokit.request("POST /repos/{owner}/{repo}/check-runs", {
      owner: "octo",
      repo: "client-rl",
      name: "x",
      head_sha: sha,
    });
    expect(res.status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(gh.requestsTo("POST", "/repos/octo/client-rl/check-runs").map((r) => r.status)).toEqual([
      403, 201,
    ]);
    expect(logs.join("\n")).toMatch(/secondary rate limit hit by POST .*check-runs; retrying after 1 s/);
  });

  it("sends the token and a user agent, and parses JSON and raw bodies", async () => {
    const repo = gh.repo("octo", "client-basic");
    const sha = repo.commit({ "a.yaml": "x: é\n" });
    const octokit = createActionOctokit("ghs_abc", { baseUrl: `${gh.url}/`, throttle: false });
    const raw = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner: "octo",
      repo: "client-basic",
      path: "a.yaml",
      ref: sha,
      headers: { accept: "application/vnd.github.raw" },
    });
    expect(raw.data).toBe("x: é\n");
    const req = gh.requests.at(-1)!;
    expect(req.headers.authorization).toBe("token ghs_abc");
    expect(req.headers["user-agent"]).toMatch(/^modelspec-review/);
  });
});
