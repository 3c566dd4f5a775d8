/**
 * Several replicas, one PR: deliveries for the same PR handled at the same time must leave exactly
 * one comment, describing the newest head, whichever review finishes last.
 *
 * The races are made deterministic with the fake server's delay faults. The review content does not
 * matter here, so the core is the pipeline tests' transparent engine (its comment names the head SHA it saw);
 * everything else — Probot, signed deliveries, installation tokens, the port, the pipeline — is real.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app/index.js";
import { drainReviews } from "../../src/app/review.js";
import { parseCommentMarker } from "../../src/github/port.js";
import type { Engine } from "../../src/pipeline.js";
import type { FakeGitHub, FakeRepo } from "../support/fake-github.js";
import {
  ACCEPTED,
  deliver,
  pullRequestPayload,
  serveApp,
  settle,
  startFakeGitHub,
  type AppServer,
} from "../support/app-harness.js";
import { testEngine as engine } from "../support/test-engine.js";

const spec = (n: number): string =>
  `apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata:\n  name: chat-${n}\n`;

let gh: FakeGitHub;
let repo: FakeRepo;
let server: AppServer;
let shas: string[];
/** The first review to reach the core waits here until the test opens the gate. */
let openGate: () => void;
let gateUsed: boolean;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.botLogin = "modelspec-review[bot]";
  repo = gh.repo("octo-org", "models");
  const base = repo.commit({ "chat.modelspec.yaml": spec(0) });
  repo.setBranch("main", base);
  shas = [base];
  for (let i = 1; i <= 2; i++)
    shas.push(repo.commit({ "chat.modelspec.yaml": spec(i) }, { parent: shas[i - 1] }));
  repo.openPullRequest({ number: 7, base, head: shas[1]! });
  const gate = new Promise<void>((resolve) => (openGate = resolve));
  gateUsed = false;
  let loads = 0;
  const loadEngine = async (): Promise<Engine> => {
    if (++loads === 1 && gateUsed) await gate;
    return engine;
  };
  server = await serveApp(gh, createApp({ pipeline: { loadEngine } }));
});

afterEach(async () => {
  openGate();
  await settle();
  await server.close();
  await gh.close();
});

/** Resolves once the fake server has seen a matching request. */
async function seen(method: string, path: RegExp, count = 1): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (gh.requestsTo(method, path).length >= count) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`never saw ${method} ${String(path)}`);
}

function commentHeads(): (string | null)[] {
  return repo.comments(7).map((c) => parseCommentMarker(c.body)?.headSha ?? null);
}

describe("two synchronize events for different head SHAs", () => {
  it("delivered at once after the second push: one comment, for the newer SHA", async () => {
    const [older, newer] = [pullRequestPayload("synchronize", repo, 7), null];
    repo.pushToPullRequest(7, shas[2]!);
    const newerPayload = newer ?? pullRequestPayload("synchronize", repo, 7);
    const results = await Promise.all([
      deliver(server.url, "pull_request", older),
      deliver(server.url, "pull_request", newerPayload),
    ]);
    await settle();
    for (const r of results) expect(ACCEPTED).toContain(r.status);
    expect(commentHeads()).toEqual([shas[2]]);
    expect(repo.comments(7)[0]!.body).toContain(`test review of ${shas[2]}`);
  });

  it("the older review finishing last (after the newer one published) changes nothing", async () => {
    // The older review has read its files and is held before it publishes...
    gateUsed = true;
    const older = deliver(server.url, "pull_request", pullRequestPayload("synchronize", repo, 7));
    await seen("POST", /^\/graphql$/);
    // ...while a push moves the PR on and the newer review publishes — on another replica (one
    // process coalesces deliveries for a PR and would wait for the held review; see burst.test.ts).
    repo.pushToPullRequest(7, shas[2]!);
    const replica = await serveApp(gh, createApp({ pipeline: { loadEngine: async () => engine } }));
    const newer = await deliver(replica.url, "pull_request", pullRequestPayload("synchronize", repo, 7));
    await settle(1); // the newer review is done; the held-back one is still running
    await replica.close();
    expect(ACCEPTED).toContain(newer.status);
    expect(commentHeads()).toEqual([shas[2]]);
    const published = { ...repo.comments(7)[0]! };
    gh.clearRequests();
    openGate();
    expect(ACCEPTED).toContain((await older).status);
    await settle();
    // The older review saw the newer comment, checked the PR head and gave up on the comment.
    expect(commentHeads()).toEqual([shas[2]]);
    expect(repo.comments(7)[0]).toEqual(published);
    expect(gh.requestsTo("PATCH", /\/issues\/comments\//)).toEqual([]);
    expect(gh.requestsTo("POST", /\/issues\/7\/comments$/)).toEqual([]);
    expect(gh.requestsTo("GET", "/repos/octo-org/models/pulls/7")).toHaveLength(1);
    // Each commit keeps its own completed check run.
    expect(repo.checkRuns.map((r) => [r.head_sha, r.status, r.conclusion]).sort()).toEqual(
      [
        [shas[1], "completed", "success"],
        [shas[2], "completed", "success"],
      ].sort(),
    );
  });

  it("the older review creating its comment after the newer one did: it removes its own", async () => {
    // Both see no comment; the older one's create is held back until the newer one has created its own.
    // (Whichever way the timing falls on a busy machine, the end state must be the same.)
    gh.inject({ method: "POST", path: "/repos/octo-org/models/issues/7/comments", delayMs: 4000, times: 1 });
    const older = deliver(server.url, "pull_request", pullRequestPayload("synchronize", repo, 7));
    await seen("POST", /\/issues\/7\/comments$/);
    repo.pushToPullRequest(7, shas[2]!);
    await deliver(server.url, "pull_request", pullRequestPayload("synchronize", repo, 7));
    await older;
    await settle();
    expect(commentHeads()).toEqual([shas[2]]);
    expect(repo.comments(7)[0]!.body).toContain(shas[2]);
  });

  it("the same delivery twice at once (a redelivery, two replicas): one comment", async () => {
    const payload = pullRequestPayload("synchronize", repo, 7);
    await Promise.all([
      deliver(server.url, "pull_request", payload),
      deliver(server.url, "pull_request", payload),
    ]);
    await settle();
    expect(commentHeads()).toEqual([shas[1]]);
  });
});

describe("shutdown", () => {
  it("drainReviews waits for reviews in flight (their webhook answer may already have gone)", async () => {
    await settle();
    gateUsed = true;
    const delivery = deliver(server.url, "pull_request", pullRequestPayload("synchronize", repo, 7));
    await seen("POST", /^\/graphql$/);
    expect(await drainReviews(50)).toBe(1);
    setTimeout(() => openGate(), 100);
    expect(await drainReviews(20_000)).toBe(0);
    expect(repo.checkRuns.map((r) => r.status)).toEqual(["completed"]);
    expect(ACCEPTED).toContain((await delivery).status);
  });
});
