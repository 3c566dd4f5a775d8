/**
 * `startServer` as `npm run app` runs it: Probot's `run` reading the standard environment, listening
 * on loopback, with GitHub played by the fake server reached through GITHUB_API_URL.
 */
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ProbotOctokit, type Context } from "probot";
import { createServer as createHttpServer } from "node:http";
import { app as defaultApp, createApp, createMiddleware, type ReviewTarget } from "../../src/app/index.js";
import { apiUrlOverride, startServer, type RunningServer } from "../../src/app/server.js";
import type { FakeGitHub } from "../support/fake-github.js";
import {
  APP_ID,
  WEBHOOK_SECRET,
  appKeys,
  createTestProbot,
  deliverAndSettle,
  pullRequestPayload,
  startFakeGitHub,
} from "../support/app-harness.js";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe("apiUrlOverride", () => {
  it.each([
    [{}, undefined],
    [{ GITHUB_API_URL: "https://api.github.com" }, undefined],
    [{ GITHUB_API_URL: "https://api.github.com/" }, undefined],
    [{ GITHUB_API_URL: "https://ghe.example.com/api/v3/" }, "https://ghe.example.com/api/v3"],
    [{ GITHUB_API_URL: "https://api.acme.ghe.com" }, "https://api.acme.ghe.com"],
    // GHE_HOST is Probot's own variable and wins.
    [{ GHE_HOST: "ghe.example.com", GITHUB_API_URL: "https://other.example.com/api/v3" }, undefined],
  ])("%j → %s", (env, expected) => {
    expect(apiUrlOverride(env)).toBe(expected);
  });
});

describe("the webhook server (npm run app)", () => {
  let gh: FakeGitHub | undefined;
  let server: RunningServer | undefined;

  afterEach(async () => {
    await server?.stop();
    await gh?.close();
    server = undefined;
    gh = undefined;
  });

  it("serves signed deliveries, /healthz and /ping on HOST:PORT, talking to GITHUB_API_URL", async () => {
    gh = await startFakeGitHub();
    const repo = gh.repo("octo-org", "models");
    const base = repo.commit({ "a.modelspec.yaml": "x: 1\n" });
    const head = repo.commit({ "a.modelspec.yaml": "x: 2\n" }, { parent: base });
    repo.openPullRequest({ number: 3, base, head });
    const seen: ReviewTarget[] = [];
    const app = createApp({
      review: async (context: Context, target: ReviewTarget) => {
        await context.octokit.rest.pulls.get({
          owner: target.owner,
          repo: target.repo,
          pull_number: target.number,
        });
        seen.push(target);
      },
    });
    const port = await freePort();
    server = await startServer({
      app,
      env: {
        APP_ID: String(APP_ID),
        // As people paste it into a single-line env var.
        PRIVATE_KEY: appKeys().privateKey.replace(/\n/g, "\\n"),
        WEBHOOK_SECRET,
        PORT: String(port),
        HOST: "127.0.0.1",
        GITHUB_API_URL: gh.url,
        LOG_LEVEL: "fatal",
      },
      Octokit: ProbotOctokit.defaults({
        retry: { enabled: false },
        throttle: { enabled: false },
      }) as typeof ProbotOctokit,
    });
    const url = `http://127.0.0.1:${port}`;

    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });
    expect(await (await fetch(`${url}/ping`)).text()).toBe("PONG");

    const bad = await deliverAndSettle(url, "pull_request", pullRequestPayload("opened", repo, 3), {
      secret: "wrong",
    });
    expect(bad.status).toBe(400);
    expect(gh.requests).toEqual([]);

    const ok = await deliverAndSettle(url, "pull_request", pullRequestPayload("synchronize", repo, 3));
    expect(ok.status).toBe(202);
    expect(seen).toMatchObject([{ number: 3, headSha: head, trigger: "pull_request.synchronize" }]);
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /app/installations/${repo.installationId}/access_tokens`,
      "GET /repos/octo-org/models/pulls/3",
    ]);
  });
});

describe("createMiddleware in a plain node:http server (the serverless recipe in docs/app.md)", () => {
  it("serves the default app's webhooks and /healthz, and hands every other path to next()", async () => {
    const gh = await startFakeGitHub();
    const repo = gh.repo("octo-org", "docs-only");
    const base = repo.commit({ "README.md": "a\n" });
    repo.setBranch("main", base);
    repo.openPullRequest({ number: 4, base, head: repo.commit({ "README.md": "b\n" }, { parent: base }) });
    const middleware = await createMiddleware(defaultApp, { probot: createTestProbot(gh) });
    const server = createHttpServer((req, res) => {
      void middleware(req, res, () => res.writeHead(418).end());
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/elsewhere`)).status).toBe(418);
      const res = await deliverAndSettle(url, "pull_request", pullRequestPayload("opened", repo, 4));
      expect(res.status).toBe(202);
      // No ModelSpec changed: the PR, the config lookups and the file list, then the report every
      // PR gets: a `success` check run on the head, and no earlier comment to retire.
      expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `POST /app/installations/${repo.installationId}/access_tokens`,
        "GET /repos/octo-org/docs-only/pulls/4",
        "GET /repos/octo-org/docs-only/contents/.github/modelspec-review.yml",
        "GET /repos/octo-org/.github/contents/.github/modelspec-review.yml",
        "GET /repos/octo-org/docs-only/pulls/4/files",
        "POST /repos/octo-org/docs-only/check-runs",
        `PATCH /repos/octo-org/docs-only/check-runs/${repo.checkRuns[0]?.id ?? "?"}`,
        "GET /repos/octo-org/docs-only/issues/4/comments",
      ]);
      expect(repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "success" });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await gh.close();
    }
  });
});
