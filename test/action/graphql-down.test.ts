/**
 * Issue 15, defect 8: the Action must fail closed when GraphQL is down. The contents-API fallback
 * has to read the file (GitHub answers the raw media type with a body Octokit hands over as an
 * ArrayBuffer), and a spec that cannot be read at all fails the check naming the file — it must
 * never count as "unchanged" (0 specs changed, neutral, exit 0).
 *
 * End to end: the Action in-process against the loopback fake GitHub, real engine, real Octokit.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub, type FakeRepo } from "../support/fake-github.js";
import { actionEnv, golden, runActionInProcess, type ActionRun } from "./support.js";

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

let n = 0;
/** A PR whose spec no longer fits its GPU: the correct review fails the gate (exit 1). */
function noFitRepo(): FakeRepo {
  const repo = gh.repo("acme", `graphql-down-${++n}`);
  const b = repo.commit({ "models/chat.modelspec.yaml": golden("gpu-downsized-no-fit", "base") });
  repo.setBranch("main", b);
  const h = repo.commit(
    { "models/chat.modelspec.yaml": golden("gpu-downsized-no-fit", "head") },
    { parent: b },
  );
  repo.openPullRequest({ number: 7, base: b, head: h });
  return repo;
}

function runAction(a: ActionRun): Promise<{ code: number; stdout: string[] }> {
  return runActionInProcess(a);
}

const GRAPHQL_DOWN = { method: "POST", path: "/graphql", status: 500, times: Infinity } as const;

describe("GraphQL down: the contents-API fallback", () => {
  // What GitHub sends for `Accept: application/vnd.github.raw` (no charset): Octokit gives an
  // ArrayBuffer. With a charset it gives a string. Both must be read as the file's text.
  it.each([
    ["application/vnd.github.raw (an ArrayBuffer for Octokit)", "application/vnd.github.raw"],
    ["application/octet-stream", "application/octet-stream"],
    ["application/vnd.github.raw; charset=utf-8 (a string)", "application/vnd.github.raw; charset=utf-8"],
  ])("reads the spec when the raw body is %s: the gate fails as it should", async (_n, type) => {
    const repo = noFitRepo();
    gh.inject(GRAPHQL_DOWN);
    gh.inject({ method: "GET", path: /\/contents\//, headers: { "content-type": type }, times: Infinity });
    const a = actionEnv(gh, repo, 7);
    const { code } = await runAction(a);
    expect(gh.requests.some((r) => r.path === "/graphql" && r.fault !== undefined)).toBe(true);
    expect(a.outputs()["specs-changed"]).toBe("1");
    expect(a.outputs().conclusion).toBe("failure");
    expect(code).toBe(1);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "failure" });
  });

  it("a spec the contents API cannot serve either fails the check, naming the file — never a pass", async () => {
    const repo = noFitRepo();
    gh.inject(GRAPHQL_DOWN);
    gh.inject({ method: "GET", path: /\/contents\//, status: 500, times: Infinity });
    const a = actionEnv(gh, repo, 7);
    const { code, stdout } = await runAction(a);
    expect(code).toBe(1);
    expect(a.outputs().conclusion ?? "").not.toMatch(/success|neutral/);
    expect(repo.checkRuns).toHaveLength(1);
    const check = repo.checkRuns[0]!;
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(`${check.output.title ?? ""}\n${check.output.summary ?? ""}`).toContain(
      "models/chat.modelspec.yaml",
    );
    expect(stdout.join("\n")).toContain("models/chat.modelspec.yaml");
  });
});

describe("the file cap is counted in the report, not only in a log line (issue 15, defect 4)", () => {
  it("maxFiles 2 of 5 changed specs: summary.filesNotReviewed is 3 in report.json, and the comment says so", async () => {
    const repo = gh.repo("acme", `cap-${++n}`);
    const spec = golden("gpu-downsized-no-fit", "base");
    const files: Record<string, string> = { ".github/modelspec-review.yml": "limits:\n  maxFiles: 2\n" };
    const b = repo.commit(files);
    repo.setBranch("main", b);
    const edits: Record<string, string> = {};
    for (let i = 0; i < 5; i++)
      edits[`models/m${i}.modelspec.yaml`] = spec.replace("name: support-chat", `name: m${i}`);
    repo.openPullRequest({ number: 7, base: b, head: repo.commit(edits, { parent: b }) });
    const a = actionEnv(gh, repo, 7);
    await runAction(a);
    const report = JSON.parse(readFileSync(a.outputs()["report-json"]!, "utf8")) as {
      summary: { filesNotReviewed?: number };
      files: unknown[];
    };
    expect(report.files).toHaveLength(2);
    expect(report.summary.filesNotReviewed).toBe(3);
    expect(repo.comments(7)[0]?.body ?? "").toMatch(
      /5 ModelSpec files changed; only the first 2 were reviewed/,
    );
  });
});
