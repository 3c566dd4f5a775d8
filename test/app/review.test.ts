/**
 * The app running the shared pipeline, end to end over HTTP: signed deliveries in, every GitHub
 * call against the loopback fake server (JWT → installation token → REST/GraphQL), and what was
 * published asserted on the fake's state and request log. These cases need no rendered review:
 * the ordering pre-check, nothing to review, and failures that must still complete a check run.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app/index.js";
import { createReviewRunner, type ReviewOutcome } from "../../src/app/review.js";
import type { FakeGitHub, FakeRepo } from "../support/fake-github.js";
import { golden } from "../action/support.js";
import {
  ACCEPTED,
  deliverAndSettle,
  mergeGroupPayload,
  pullRequestPayload,
  recordingLogger,
  serveApp,
  startFakeGitHub,
  type AppServer,
  type LogRecord,
} from "../support/app-harness.js";

const SPEC = (replicas: number): string => `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: chat
  version: 1.0.0
spec:
  identity:
    model:
      id: meta-llama/Llama-3.1-8B-Instruct
      precision: bf16
  runtime:
    accelerator:
      vendor: nvidia
      type: H100-80GB
      count: 1
  operations:
    scaling:
      minReplicas: 1
      maxReplicas: ${replicas}
`;

let gh: FakeGitHub;
let repo: FakeRepo;
let server: AppServer | undefined;
let outcomes: ReviewOutcome[];
let logs: LogRecord[];
let base: string;
let head: string;

async function start(timeoutMs = 30_000): Promise<void> {
  const runner = createReviewRunner({ timeoutMs });
  server = await serveApp(
    gh,
    createApp({
      review: async (context, target) => {
        const outcome = await runner(context, target);
        outcomes.push(outcome);
        return outcome;
      },
    }),
    { log: recordingLogger(logs) },
  );
}

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.botLogin = "modelspec-review[bot]";
  repo = gh.repo("octo-org", "models");
  base = repo.commit({ "models/chat.modelspec.yaml": SPEC(2), "README.md": "hi\n" });
  head = repo.commit({ "models/chat.modelspec.yaml": SPEC(4) }, { parent: base });
  repo.setBranch("main", base);
  repo.openPullRequest({ number: 7, base, head });
  outcomes = [];
  logs = [];
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await gh.close();
});

const paths = (): string[] =>
  gh.requests.map((r) => `${r.method} ${r.path}${r.graphql ? ` (${r.graphql.operation})` : ""}`);

describe("ordering: the PR's current head decides", () => {
  it("a synchronize for a head the PR has already left is dropped after one read", async () => {
    await start();
    const newer = repo.commit({ "models/chat.modelspec.yaml": SPEC(8) }, { parent: head });
    const payload = pullRequestPayload("synchronize", repo, 7); // describes `head`
    repo.pushToPullRequest(7, newer);
    expect(ACCEPTED).toContain((await deliverAndSettle(server!.url, "pull_request", payload)).status);
    expect(outcomes).toEqual([{ status: "skipped", reason: "stale" }]);
    expect(paths()).toEqual([
      `POST /app/installations/${repo.installationId}/access_tokens`,
      "GET /repos/octo-org/models/pulls/7",
    ]);
    expect(repo.comments(7)).toEqual([]);
    expect(repo.checkRuns).toEqual([]);
    // Structured: who, what, and why it stopped.
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: "info",
        repository: "octo-org/models",
        pr: 7,
        headSha: head,
        trigger: "pull_request.synchronize",
        outcome: "stale",
        currentHead: newer,
      }),
    );
  });

  it("a PR closed before the review starts is not reviewed", async () => {
    await start();
    const payload = pullRequestPayload("reopened", repo, 7);
    repo.closePullRequest(7);
    await deliverAndSettle(server!.url, "pull_request", payload);
    expect(outcomes).toEqual([{ status: "skipped", reason: "closed" }]);
    expect(repo.checkRuns).toEqual([]);
  });
});

describe("nothing to review", () => {
  it("a PR that changes no YAML gets a success check run on its head and no comment", async () => {
    await start();
    const docs = repo.commit({ "README.md": "hello\n" }, { parent: base });
    repo.openPullRequest({ number: 8, base, head: docs });
    await deliverAndSettle(server!.url, "pull_request", pullRequestPayload("opened", repo, 8));
    expect(outcomes).toMatchObject([{ status: "reviewed", result: { status: "no-specs" } }]);
    expect(repo.comments(8)).toEqual([]);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({
      head_sha: docs,
      status: "completed",
      conclusion: "success",
      output: { title: "No ModelSpec changed" },
    });
    expect(gh.requestsTo("POST", /comments/)).toEqual([]);
  });
});

describe("a failed review still completes its check run", () => {
  it("GitHub failing before the check run exists → a completed `failure` run naming the call", async () => {
    await start();
    gh.inject({ method: "GET", path: "/repos/octo-org/models/pulls/7/files", status: 500, times: Infinity });
    const res = await deliverAndSettle(server!.url, "pull_request", pullRequestPayload("opened", repo, 7));
    expect(ACCEPTED).toContain(res.status); // handled: the failure is on the check run, not a failed delivery
    expect(outcomes).toMatchObject([{ status: "failed" }]);
    expect(repo.checkRuns).toHaveLength(1);
    const run = repo.checkRuns[0]!;
    expect(run).toMatchObject({
      name: "ModelSpec review",
      head_sha: head,
      status: "completed",
      conclusion: "failure",
    });
    expect(run.output.title).toBe("modelspec-review could not finish");
    expect(run.output.summary).toContain("GET /repos/{owner}/{repo}/pulls/{pull_number}/files");
    expect(run.output.summary).toContain("HTTP 500");
    expect(repo.comments(7)).toEqual([]);
    expect(logs).toContainEqual(
      expect.objectContaining({ level: "error", msg: "review failed", pr: 7, headSha: head }),
    );
  });

  it.each([
    ["the batched file read", { method: "POST", path: "/graphql" }],
    ["the config read", { method: "GET", path: /\/contents\/\.github\/modelspec-review\.yml$/ }],
  ])(
    "a review stuck in %s is aborted at its time budget and its check run ends `timed_out`",
    async (_l, where) => {
      await start(800);
      gh.inject({ ...where, hang: true, times: Infinity });
      const t0 = Date.now();
      await deliverAndSettle(server!.url, "pull_request", pullRequestPayload("opened", repo, 7));
      expect(Date.now() - t0).toBeLessThan(8_000);
      expect(outcomes).toMatchObject([{ status: "failed" }]);
      const run = repo.checkRuns.at(-1)!;
      expect(run).toMatchObject({ status: "completed", conclusion: "timed_out", head_sha: head });
      expect(run.output.summary).toContain("time budget of 1 s");
      expect(repo.checkRuns.every((r) => r.status === "completed")).toBe(true);
    },
  );
});

describe("merge queues: merge_group.checks_requested", () => {
  it("a spec that stops fitting → a failing check run on the group's head_sha, no comment", async () => {
    await start();
    const b = repo.commit(
      { "models/chat.modelspec.yaml": golden("gpu-downsized-no-fit", "base") },
      { parent: head },
    );
    repo.setBranch("main", b);
    const h = repo.commit(
      { "models/chat.modelspec.yaml": golden("gpu-downsized-no-fit", "head") },
      { parent: b },
    );
    gh.clearRequests();
    const res = await deliverAndSettle(server!.url, "merge_group", mergeGroupPayload(repo, b, h));
    expect(ACCEPTED).toContain(res.status);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({
      name: "ModelSpec review",
      head_sha: h,
      status: "completed",
      conclusion: "failure",
    });
    expect(gh.requestsTo("GET", `/repos/octo-org/models/compare/${b}...${h}`)).toHaveLength(1);
    expect(gh.requests.some((r) => /comments/.test(r.path))).toBe(false);
  });

  it("a group that changes no ModelSpec → a success check run on head_sha", async () => {
    await start();
    const h = repo.commit({ "README.md": "queued\n" }, { parent: base });
    const res = await deliverAndSettle(server!.url, "merge_group", mergeGroupPayload(repo, base, h));
    expect(ACCEPTED).toContain(res.status);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({ head_sha: h, status: "completed", conclusion: "success" });
    expect(repo.checkRuns[0]!.output).toMatchObject({ title: "No ModelSpec changed" });
  });
});
