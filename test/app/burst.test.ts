/**
 * Issue 15, defect 7: a burst of 50 deliveries for one PR — 49 `check_run.rerequested` and one
 * `synchronize` for a new push, sent at once. Deliveries for one PR coalesce: at most one review
 * runs and one waits, the waiting one reviews the head GitHub reports when it starts, so the end
 * state is exactly one comment describing the newest head and every check run concluded (none
 * `timed_out`), within one review budget.
 *
 * Everything is real (Probot, signed deliveries, installation tokens, port, pipeline) except the core,
 * which is the pipeline tests' transparent engine (its comment names the head it saw).
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { createApp } from "../../src/app/index.js";
import { parseCommentMarker } from "../../src/github/port.js";
import type { FakeGitHub, FakeRepo } from "../support/fake-github.js";
import {
  checkPayload,
  deliver,
  pullRequestPayload,
  serveApp,
  settle,
  startFakeGitHub,
  type AppServer,
} from "../support/app-harness.js";
import { testEngine as engine } from "../support/test-engine.js";

const spec = (n: number): string =>
  `apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata:\n  name: chat-${n}\ncost: ${100 + n}\n`;
const BUDGET_MS = 60_000;

let gh: FakeGitHub;
let repo: FakeRepo;
let server: AppServer;
let shas: string[];

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
  // Every GitHub answer takes a little while, as on the real API, so the deliveries overlap.
  gh.inject({ delayMs: 20, times: Infinity });
  server = await serveApp(
    gh,
    createApp({ timeoutMs: BUDGET_MS, pipeline: { loadEngine: async () => engine } }),
  );
});

afterEach(async () => {
  await settle();
  await server.close();
  await gh.close();
});

it("49 reruns + 1 push at once: one comment for the newest head, every check run concluded", async () => {
  repo.pushToPullRequest(7, shas[2]!);
  const started = performance.now();
  const deliveries = [
    ...Array.from({ length: 24 }, () =>
      deliver(server.url, "check_run", checkPayload("check_run", repo, shas[1]!, [7])),
    ),
    deliver(server.url, "pull_request", pullRequestPayload("synchronize", repo, 7)),
    ...Array.from({ length: 25 }, () =>
      deliver(server.url, "check_run", checkPayload("check_run", repo, shas[2]!, [7])),
    ),
  ];
  const statuses = (await Promise.all(deliveries)).map((d) => d.status);
  expect(statuses.every((s) => s === 202)).toBe(true);
  await settle();
  const ms = performance.now() - started;
  console.info(
    `burst of 50: settled in ${Math.round(ms)} ms; ${repo.checkRuns.length} check run(s), ${repo.comments(7).length} comment(s)`,
  );

  const comments = repo.comments(7);
  expect(comments).toHaveLength(1);
  expect(parseCommentMarker(comments[0]!.body)?.headSha).toBe(shas[2]);
  expect(repo.checkRuns.length).toBeGreaterThan(0);
  for (const run of repo.checkRuns) {
    expect(run.status).toBe("completed");
    expect(run.conclusion).not.toBe("timed_out");
  }
  // The newest head has a concluded run; the burst cost two reviews, not fifty.
  expect(repo.checkRuns.some((r) => r.head_sha === shas[2] && r.status === "completed")).toBe(true);
  expect(gh.requestsTo("POST", /\/check-runs$/).length).toBeLessThanOrEqual(2);
  expect(ms).toBeLessThan(BUDGET_MS);
});
