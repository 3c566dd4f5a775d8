/**
 * The app over real HTTP: signed deliveries with real payloads, a real Probot authenticating as a
 * GitHub App against the loopback fake GitHub (JWT → installation token → API call).
 * The review itself is replaced here by a recorder so these tests pin the routing and transport;
 * test/app/review.e2e.test.ts runs the real pipeline.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Context } from "probot";
import { createApp, type ReviewTarget } from "../../src/app/index.js";
import type { FakeGitHub, FakeRepo } from "../support/fake-github.js";
import {
  checkPayload,
  deliverAndSettle,
  pullRequestPayload,
  serveApp,
  sign,
  startFakeGitHub,
  type AppServer,
} from "../support/app-harness.js";

let gh: FakeGitHub;
let server: AppServer;
let repo: FakeRepo;
let reviewed: ReviewTarget[];

async function recordingReview(context: Context, target: ReviewTarget): Promise<void> {
  // One real API call with the installation token, so the auth chain is exercised.
  const { data } = await context.octokit.rest.pulls.get({
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
  });
  expect(data.number).toBe(target.number);
  reviewed.push(target);
}

beforeEach(async () => {
  gh = await startFakeGitHub();
  repo = gh.repo("octo-org", "models");
  const base = repo.commit({ "a.modelspec.yaml": "kind: ModelSpec\n" });
  const head = repo.commit({ "a.modelspec.yaml": "kind: ModelSpec\n# changed\n" }, { parent: base });
  repo.setBranch("main", base);
  repo.openPullRequest({ number: 7, base, head });
  reviewed = [];
  server = await serveApp(gh, createApp({ review: recordingReview }));
});

afterEach(async () => {
  await server.close();
  await gh.close();
});

describe("webhook deliveries", () => {
  it("a signed pull_request.opened authenticates as the installation and reviews the head SHA", async () => {
    const res = await deliverAndSettle(server.url, "pull_request", pullRequestPayload("opened", repo, 7));
    expect(res.status).toBe(202);
    expect(reviewed).toEqual([
      {
        owner: "octo-org",
        repo: "models",
        number: 7,
        headSha: repo.pull(7).headSha,
        baseSha: repo.pull(7).baseSha,
        trigger: "pull_request.opened",
      },
    ]);
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `POST /app/installations/${repo.installationId}/access_tokens 201`,
      "GET /repos/octo-org/models/pulls/7 200",
    ]);
    // The API call carried the installation token the fake issued, not the JWT.
    expect(gh.requests[1]!.headers.authorization).toMatch(/^token ghs_fake\d+$/);
  });

  it.each([
    ["a wrong secret", { secret: "not-the-secret" }],
    ["a forged signature", { signature: `sha256=${"0".repeat(64)}` }],
    ["a sha1-style signature", { signature: "sha1=0123" }],
  ])("a delivery signed with %s is rejected with 4xx and makes no API call", async (_label, opts) => {
    const res = await deliverAndSettle(
      server.url,
      "pull_request",
      pullRequestPayload("opened", repo, 7),
      opts,
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(reviewed).toEqual([]);
    expect(gh.requests).toEqual([]);
  });

  it("a body altered after signing is rejected", async () => {
    const payload = pullRequestPayload("opened", repo, 7);
    const signature = sign(JSON.stringify(payload));
    (payload.pull_request as { number: number }).number = 8;
    const res = await deliverAndSettle(server.url, "pull_request", payload, { signature });
    expect(res.status).toBe(400);
    expect(gh.requests).toEqual([]);
  });

  it.each([
    ["pull_request", "closed"],
    ["pull_request", "labeled"],
    ["pull_request", "edited"],
  ])("%s.%s is acknowledged and reviews nothing", async (event, action) => {
    const res = await deliverAndSettle(server.url, event, pullRequestPayload(action, repo, 7));
    expect(res.status).toBe(202);
    expect(reviewed).toEqual([]);
    expect(gh.requests).toEqual([]);
  });

  it("pull_request.edited with a new base reviews again", async () => {
    const payload = pullRequestPayload("edited", repo, 7, { changes: { base: { ref: { from: "old" } } } });
    expect((await deliverAndSettle(server.url, "pull_request", payload)).status).toBe(202);
    expect(reviewed.map((t) => t.trigger)).toEqual(["pull_request.edited"]);
  });

  it.each(["check_run", "check_suite"] as const)(
    "%s.rerequested reviews the listed PR at that SHA",
    async (event) => {
      const sha = repo.pull(7).headSha;
      const res = await deliverAndSettle(server.url, event, checkPayload(event, repo, sha, [7]));
      expect(res.status).toBe(202);
      expect(reviewed).toMatchObject([{ number: 7, headSha: sha, trigger: `${event}.rerequested` }]);
    },
  );

  it("answers /healthz without touching GitHub, and 404 elsewhere", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", name: "modelspec-review" });
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect(gh.requests).toEqual([]);
  });
});
