import { describe, expect, it } from "vitest";
import { targetsFrom } from "../../src/app/routes.js";
import { examplePayload } from "../support/app-harness.js";

// Real payloads from @octokit/webhooks-examples (Codertocat/Hello-World PR #2).
const HEAD = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const BASE = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";

describe("targets read from real webhook payloads", () => {
  it.each(["opened", "synchronize", "reopened", "ready_for_review"])(
    "pull_request.%s → its head",
    (action) => {
      const payload = examplePayload("pull_request", action);
      const [t, ...rest] = targetsFrom.pullRequest(payload, `pull_request.${action}`);
      expect(rest).toEqual([]);
      expect(t).toMatchObject({
        owner: "Codertocat",
        repo: "Hello-World",
        number: 2,
        trigger: `pull_request.${action}`,
      });
      expect(t!.headSha).toMatch(/^[0-9a-f]{40}$/);
      expect(t!.headSha).toBe((payload.pull_request as { head: { sha: string } }).head.sha);
    },
  );

  it("a closed PR is not reviewed", () => {
    const payload = examplePayload("pull_request", "opened");
    (payload.pull_request as { state: string }).state = "closed";
    expect(targetsFrom.pullRequest(payload, "pull_request.reopened")).toEqual([]);
  });

  it.each([
    ["base changed", { base: { ref: { from: "develop" }, sha: { from: BASE } } }, 1],
    ["title changed", { title: { from: "Old title" } }, 0],
    ["body changed", { body: { from: "" } }, 0],
    ["no changes key", undefined, 0],
  ])("pull_request.edited with %s → %i target(s)", (_label, changes, count) => {
    const payload = examplePayload("pull_request", "opened");
    payload.action = "edited";
    if (changes) payload.changes = changes;
    expect(targetsFrom.pullRequestEdited(payload, "pull_request.edited")).toHaveLength(count);
  });

  it("check_suite.rerequested → every listed PR at the suite's head SHA", () => {
    const payload = examplePayload("check_suite", "rerequested");
    expect(targetsFrom.check(payload, "check_suite.rerequested")).toEqual([
      {
        owner: "Codertocat",
        repo: "Hello-World",
        number: 2,
        headSha: HEAD,
        baseSha: BASE,
        trigger: "check_suite.rerequested",
      },
    ]);
  });

  it("check_run.rerequested with no listed PR (a fork's check) → nothing to review", () => {
    const payload = examplePayload("check_run", "rerequested");
    expect((payload.check_run as { pull_requests: unknown[] }).pull_requests).toEqual([]);
    expect(targetsFrom.check(payload, "check_run.rerequested")).toEqual([]);
  });

  it("check_run.rerequested skips PRs into other repositories and duplicates", () => {
    const payload = examplePayload("check_run", "rerequested");
    const repoId = (payload.repository as { id: number }).id;
    const pr = (n: number, baseRepo: number) => ({
      number: n,
      head: { sha: "h" },
      base: { sha: "b", repo: { id: baseRepo } },
    });
    (payload.check_run as { pull_requests: unknown[] }).pull_requests = [
      pr(5, repoId),
      pr(5, repoId),
      pr(6, repoId + 1),
    ];
    const targets = targetsFrom.check(payload, "check_run.rerequested");
    expect(targets.map((t) => t.number)).toEqual([5]);
    expect(targets[0]!.headSha).toBe((payload.check_run as { head_sha: string }).head_sha);
  });
});
