/**
 * End to end, as deployed: `startServer()` (what `npm run app` runs) with the default app and the
 * real core, on loopback, configured only through the environment (a generated RSA key, the webhook
 * secret, GITHUB_API_URL pointing at the fake GitHub). Signed deliveries with real payloads go in;
 * the comment, the check run with every annotation batch, and every request made come out.
 *
 * The app adds no review logic, so it must publish exactly what the Action publishes for the same
 * files: both run on the shared golden inputs (test/golden/<case>/base.yaml, head.yaml) and are held
 * to one golden of what lands on GitHub (test/golden/<case>/published/, `UPDATE_GOLDEN=1` rewrites it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProbotOctokit } from "probot";
import { startServer, type RunningServer } from "../../src/app/server.js";
import { parseCommentMarker } from "../../src/github/port.js";
import { actionEnv, golden, GOLDEN, runActionInProcess } from "../action/support.js";
import { FakeGitHub, type FakeCheckRun, type FakeRepo } from "../support/fake-github.js";
import {
  APP_ID,
  WEBHOOK_SECRET,
  appKeys,
  checkPayload,
  ACCEPTED,
  deliverAndSettle,
  pullRequestPayload,
  startFakeGitHub,
} from "../support/app-harness.js";

const PATH = "models/support-chat.modelspec.yaml";
const CASES = ["gpu-downsized-no-fit", "invalid-head"] as const;

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

/** The same repository history on any fake GitHub (same name, same commits → same SHAs). */
function setUpRepo(gh: FakeGitHub, name: string): { repo: FakeRepo; base: string; head: string } {
  const repo = gh.repo("acme", name);
  const base = repo.commit({ [PATH]: golden(name, "base"), "README.md": "models\n" });
  const head = repo.commit({ [PATH]: golden(name, "head") }, { parent: base });
  repo.setBranch("main", base);
  repo.openPullRequest({ number: 21, base, head });
  return { repo, base, head };
}

interface Published {
  comment: string;
  check: Pick<FakeCheckRun, "name" | "head_sha" | "status" | "conclusion" | "output" | "annotationBatches">;
}

/** What landed on GitHub, with the commit SHAs replaced so the golden does not depend on them. */
function published(repo: FakeRepo, base: string, head: string): Published {
  const norm = (s: string): string => {
    // Full SHAs, then the short forms the comment uses (12 and 7 characters).
    for (const len of [40, 12, 7]) {
      s = s.split(head.slice(0, len)).join("<head-sha>").split(base.slice(0, len)).join("<base-sha>");
    }
    return s;
  };
  const comments = repo.comments(21);
  expect(comments).toHaveLength(1);
  expect(repo.checkRuns).toHaveLength(1);
  const run = repo.checkRuns[0]!;
  return JSON.parse(
    norm(
      JSON.stringify({
        comment: comments[0]!.body,
        check: {
          name: run.name,
          head_sha: run.head_sha,
          status: run.status,
          conclusion: run.conclusion,
          output: run.output,
          annotationBatches: run.annotationBatches,
        },
      }),
    ),
  ) as Published;
}

/** Compares with test/golden/<case>/published/ (or writes it under UPDATE_GOLDEN=1). */
function expectGolden(name: string, got: Published): void {
  const dir = join(GOLDEN, name, "published");
  const commentFile = join(dir, "comment.md");
  const checkFile = join(dir, "check-run.json");
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(commentFile)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(commentFile, got.comment);
    writeFileSync(checkFile, `${JSON.stringify(got.check, null, 2)}\n`);
  }
  const hint = `${dir} is out of date; if the change is intended: UPDATE_GOLDEN=1 npx vitest run test/app/e2e.test.ts`;
  expect(got.comment, hint).toBe(readFileSync(commentFile, "utf8"));
  expect(got.check, hint).toEqual(JSON.parse(readFileSync(checkFile, "utf8")));
}

let gh: FakeGitHub;
let server: RunningServer;
let url: string;

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.botLogin = "modelspec-review[bot]";
  const port = await freePort();
  server = await startServer({
    env: {
      APP_ID: String(APP_ID),
      PRIVATE_KEY: appKeys().privateKey,
      WEBHOOK_SECRET,
      HOST: "127.0.0.1",
      PORT: String(port),
      GITHUB_API_URL: gh.url,
      LOG_LEVEL: "fatal",
    },
    Octokit: ProbotOctokit.defaults({
      retry: { enabled: false },
      throttle: { enabled: false },
    }) as typeof ProbotOctokit,
  });
  url = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.stop();
  await gh?.close();
});

describe.each(CASES)("the app end to end (npm run app, real core): %s", (name) => {
  let repo: FakeRepo;
  let base: string;
  let head: string;

  it("pull_request.opened → one comment and one completed check run with annotations", async () => {
    ({ repo, base, head } = setUpRepo(gh, name));
    gh.clearRequests();
    const res = await deliverAndSettle(url, "pull_request", pullRequestPayload("opened", repo, 21));
    expect(ACCEPTED).toContain(res.status);

    const comments = repo.comments(21);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.user.login).toBe("modelspec-review[bot]");
    expect(parseCommentMarker(comments[0]!.body)).toEqual({ tag: "default", headSha: head });
    expect(repo.checkRuns).toHaveLength(1);
    const run = repo.checkRuns[0]!;
    expect(run).toMatchObject({ name: "ModelSpec review", head_sha: head, status: "completed" });
    expect(run.annotations.length).toBeGreaterThan(0);
    for (const a of run.annotations) expect(a.path).toBe(PATH);

    // Every request, in order: token, PR, config (repo, then org .github), files, one batched read,
    // check run create + complete (+ one per further annotation batch), comment lookup, create, re-check.
    const n = `/repos/acme/${name}`;
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /app/installations/${repo.installationId}/access_tokens`,
      `GET ${n}/pulls/21`,
      `GET ${n}/contents/.github/modelspec-review.yml`,
      "GET /repos/acme/.github/contents/.github/modelspec-review.yml",
      `GET ${n}/pulls/21/files`,
      "POST /graphql",
      `GET ${n}/git/trees/${head}`, // drift context: the head's tree, one request
      `POST ${n}/check-runs`,
      "POST /graphql", // committed model configs at head (.modelspec/models/…, issue #12): one batched read
      ...run.annotationBatches.map(() => `PATCH ${n}/check-runs/${run.id}`),
      `GET ${n}/issues/21/comments`,
      `POST ${n}/issues/21/comments`,
      `GET ${n}/issues/21/comments`,
    ]);
    // Every API call carried the installation token, never the app JWT.
    for (const r of gh.requests.slice(1)) expect(r.headers.authorization).toMatch(/^token ghs_fake\d+$/);
  });

  it("publishes exactly what the Action publishes for the same files (one shared golden)", async () => {
    const fromApp = published(repo, base, head);
    // The Action, in-process, on its own fake GitHub holding the same history.
    const actionGh = await FakeGitHub.start();
    try {
      const a = setUpRepo(actionGh, name);
      expect([a.base, a.head]).toEqual([base, head]);
      const env = actionEnv(actionGh, a.repo, 21);
      env.env.GITHUB_SERVER_URL = "https://github.com"; // where the app's payloads point
      const { code } = await runActionInProcess(env);
      expect(code).toBe(fromApp.check.conclusion === "failure" ? 1 : 0);
      expect(published(a.repo, a.base, a.head)).toEqual(fromApp);
    } finally {
      await actionGh.close();
    }
    expectGolden(name, fromApp);
  });

  it("check_run.rerequested → a fresh check run for that SHA; the unchanged comment is not rewritten", async () => {
    gh.clearRequests();
    const before = { ...repo.comments(21)[0]! };
    const res = await deliverAndSettle(url, "check_run", checkPayload("check_run", repo, head, [21]));
    expect(ACCEPTED).toContain(res.status);
    expect(repo.checkRuns).toHaveLength(2);
    const [first, rerun] = repo.checkRuns as [FakeCheckRun, FakeCheckRun];
    expect(rerun).toMatchObject({ head_sha: head, status: "completed", conclusion: first.conclusion });
    expect(rerun.output).toEqual(first.output);
    expect(rerun.annotations).toEqual(first.annotations);
    expect(repo.comments(21)).toEqual([before]);
    expect(gh.requestsTo("PATCH", /\/issues\/comments\//)).toEqual([]);
    expect(gh.requestsTo("POST", /\/issues\/21\/comments$/)).toEqual([]);
  });
});

describe("the app end to end: signatures", () => {
  it("a delivery with a bad signature is rejected and makes no API call", async () => {
    const repo = gh.repo("acme", "signed");
    const sha = repo.commit({ [PATH]: "kind: ModelSpec\n" });
    repo.openPullRequest({ number: 1, base: sha, head: sha });
    gh.clearRequests();
    const res = await deliverAndSettle(url, "pull_request", pullRequestPayload("synchronize", repo, 1), {
      secret: "someone-else",
    });
    expect(res.status).toBe(400);
    expect(gh.requests).toEqual([]);
  });
});
