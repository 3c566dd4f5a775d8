/**
 * The BUILT Action (dist/index.js) run as GitHub runs it: a child `node` process with the runner's
 * environment (GITHUB_EVENT_PATH with a real webhook payload, GITHUB_API_URL at the loopback fake
 * GitHub, INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). Production settings throughout, including
 * GitHub's recommended pacing of writes (so each run takes a few seconds).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommentMarker } from "../../src/github/port.js";
import { mergeGroupPayload, pullRequestPayload } from "../support/app-harness.js";
import { sarifValidator } from "../support/report-schemas.js";
import { FakeGitHub, type FakeRepo } from "../support/fake-github.js";
import { ForwardProxy } from "../support/forward-proxy.js";
import { actionEnv, golden, type ActionRun } from "./support.js";

const DIST = new URL("../../dist/index.js", import.meta.url).pathname;
const built = existsSync(DIST);
const title = built
  ? "dist/index.js end to end"
  : "dist/index.js end to end — SKIPPED: dist/index.js is missing, run `npm run build` first";

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await FakeGitHub.start();
});
afterAll(async () => {
  await gh?.close();
});
beforeEach(() => {
  gh.clearRequests();
  gh.clearFaults();
  gh.permissions = { comments: true, checks: true, releases: true };
});

/**
 * The runner environment with the API at a host name that does not resolve (`.invalid` is
 * reserved, RFC 2606), so the only way to reach the fake GitHub is through `proxy`.
 */
function behindProxy(a: ActionRun, proxy: ForwardProxy | null): ActionRun {
  const port = new URL(gh.url).port;
  const api = `http://api.github.invalid:${port}`;
  const env: Record<string, string> = { ...a.env, GITHUB_API_URL: api, GITHUB_GRAPHQL_URL: `${api}/graphql` };
  if (proxy) {
    // The fake GitHub speaks plain HTTP, so the variable for http:// URLs is the one consulted;
    // HTTPS_PROXY is set as a runner behind a proxy has it (real API URLs are https://).
    env.HTTPS_PROXY = proxy.url;
    env.HTTP_PROXY = proxy.url;
    env.NO_PROXY = "example.internal";
  }
  return { ...a, env };
}

function runDist(a: ActionRun): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST], { env: a.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

let n = 0;
function prRepo(base: Record<string, string>, edits: Record<string, string | null>): FakeRepo {
  const repo = gh.repo("acme", `dist-${++n}`);
  const b = repo.commit(base);
  repo.setBranch("main", b);
  repo.openPullRequest({ number: 3, base: b, head: repo.commit(edits, { parent: b }) });
  return repo;
}

describe.skipIf(!built)(title, () => {
  it("reviews the head SHA, comments, publishes check run and annotations, sets outputs, exits 1 on a failed gate", async () => {
    const repo = prRepo(
      { "models/chat.modelspec.yaml": golden("invalid-head", "base") },
      { "models/chat.modelspec.yaml": golden("invalid-head", "head") },
    );
    const a = actionEnv(gh, repo, 3);
    const res = await runDist(a);
    expect(res.stderr).toBe("");
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^::error::ModelSpec review failed: /m);
    const head = repo.pull(3).headSha;
    const [comment] = repo.comments(3);
    expect(parseCommentMarker(comment!.body)).toEqual({ tag: "default", headSha: head });
    const check = repo.checkRuns[0]!;
    expect(check).toMatchObject({ head_sha: head, status: "completed", conclusion: "failure" });
    expect(check.annotations.length).toBeGreaterThan(0);
    expect(check.annotationBatches.every((b) => b.length <= 50)).toBe(true);
    expect(a.outputs()).toMatchObject({ conclusion: "failure", "specs-changed": "1" });
    expect(a.summary()).toContain("models/chat.modelspec.yaml");
    // Rerun on the same head: still one comment, not edited (identical body).
    gh.clearRequests();
    expect((await runDist(a)).code).toBe(1);
    expect(repo.comments(3)).toHaveLength(1);
    expect(gh.requestsTo("PATCH", /\/issues\/comments\//)).toHaveLength(0);
  });

  it("fork run: 403 on comment and checks → workflow-command annotations, job summary, same exit code", async () => {
    const repo = prRepo(
      { "models/chat.modelspec.yaml": golden("invalid-head", "base") },
      { "models/chat.modelspec.yaml": golden("invalid-head", "head") },
    );
    gh.forkMode();
    const a = actionEnv(gh, repo, 3);
    const res = await runDist(a);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^::warning::Cannot create a check run: .*checks: write/m);
    expect(res.stdout).toMatch(/^::warning::Cannot comment on the pull request: .*pull-requests: write/m);
    expect(res.stdout).toMatch(/^::error (?:\S*,)?file=models\/chat\.modelspec\.yaml,line=\d+/m);
    expect(a.summary()).toContain("[!WARNING]");
    expect(a.outputs().conclusion).toBe("failure");
    expect(repo.checkRuns).toHaveLength(0);
  });

  it("API requests do not grow with the number of changed specs (1, 10, 100)", async () => {
    const counts: Record<string, number>[] = [];
    for (const count of [1, 10, 100]) {
      const base: Record<string, string> = {};
      const edits: Record<string, string> = {};
      for (let i = 0; i < count; i++) {
        const name = `specs/m${String(i).padStart(3, "0")}.modelspec.yaml`;
        base[name] = golden("cosmetic-only", "base").replace(/name: (\S+)/, `name: $1-${i}`);
        edits[name] = golden("cosmetic-only", "head").replace(/name: (\S+)/, `name: $1-${i}`);
      }
      const repo = prRepo(base, edits);
      gh.clearRequests();
      const res = await runDist(actionEnv(gh, repo, 3));
      expect(res.code).toBe(0);
      const summary: Record<string, number> = {};
      for (const [k, v] of Object.entries(gh.requestSummary())) summary[k.replace(repo.name, ":repo")] = v;
      // Annotations go out 50 per request (GitHub's limit): the one PATCH that concludes the run
      // carries the first batch, each further batch of 50 costs one more. That part may grow; the
      // rest of the requests must not.
      const annotations = repo.checkRuns.reduce((n, r) => n + r.annotations.length, 0);
      const patch = "PATCH /repos/acme/:repo/check-runs/:n";
      expect(summary[patch]).toBe(Math.max(1, Math.ceil(annotations / 50)));
      summary[patch] = 1;
      counts.push(summary);
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[2]).toEqual(counts[0]);
    // 7 for the review, drift's one tree listing of the head (issue 16) and the one batched read of
    // committed model configs at head (issue 12) — the same bound as test/action/main.test.ts.
    expect(Object.values(counts[0]!).reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(9);
  }, 60_000);

  it("behind a forward proxy, with the API host not resolvable directly, publishes the review through the proxy", async () => {
    const port = new URL(gh.url).port;
    const proxy = await ForwardProxy.start({ "api.github.invalid": "127.0.0.1" });
    try {
      const repo = prRepo(
        { "models/chat.modelspec.yaml": golden("invalid-head", "base") },
        { "models/chat.modelspec.yaml": golden("invalid-head", "head") },
      );
      const a = behindProxy(actionEnv(gh, repo, 3), proxy);
      const res = await runDist(a);
      expect(res.stderr).toBe("");
      expect(res.code).toBe(1);
      const head = repo.pull(3).headSha;
      expect(repo.comments(3)).toHaveLength(1);
      expect(repo.checkRuns[0]).toMatchObject({ head_sha: head, status: "completed", conclusion: "failure" });
      // Every request went through the proxy: tunnels to the unresolvable host, nothing direct.
      expect(proxy.seen.length).toBeGreaterThan(0);
      expect(new Set(proxy.seen.map((p) => p.target))).toEqual(new Set([`api.github.invalid:${port}`]));
      expect(gh.requests.length).toBeGreaterThan(0);
      expect(gh.requests.every((r) => r.headers.host === `api.github.invalid:${port}`)).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it("without the proxy the same run fails with a one-line error naming the call, not a stack trace", async () => {
    const repo = prRepo(
      { "models/chat.modelspec.yaml": golden("invalid-head", "base") },
      { "models/chat.modelspec.yaml": golden("invalid-head", "head") },
    );
    const a = behindProxy(actionEnv(gh, repo, 3), null);
    const res = await runDist({ ...a, env: { ...a.env } });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe("");
    expect(res.stdout).toMatch(/^::error::modelspec-review failed: GitHub API call GET \/repos\/\{owner\}/m);
    expect(gh.requests).toEqual([]);
  }, 60_000);

  it("a PR without ModelSpec changes: a success check run on its head and a valid, empty SARIF file", async () => {
    const repo = prRepo({ "README.md": "a\n" }, { "README.md": "b\n" });
    const a = actionEnv(gh, repo, 3, { "sarif-file": "results/modelspec.sarif" });
    const res = await runDist(a);
    expect(res.stderr).toBe("");
    expect(res.code).toBe(0);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({
      head_sha: repo.pull(3).headSha,
      status: "completed",
      conclusion: "success",
      output: { title: "No ModelSpec changed" },
    });
    expect(repo.comments(3)).toEqual([]);
    const sarif = JSON.parse(readFileSync(join(a.dir, "results/modelspec.sarif"), "utf8")) as {
      version: string;
      $schema: string;
      runs: { tool: { driver: { name: string } }; results: unknown[] }[];
    };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.$schema).toMatch(/sarif/);
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]!.tool.driver.name).toBe("modelspec-review");
    expect(sarif.runs[0]!.results).toEqual([]);
  });

  it("merge_group: a spec that stops fitting fails the check on head_sha (and the step)", async () => {
    const repo = gh.repo("acme", `dist-mq-${++n}`);
    const b = repo.commit({ "models/chat.modelspec.yaml": golden("gpu-downsized-no-fit", "base") });
    repo.setBranch("main", b);
    const h = repo.commit(
      { "models/chat.modelspec.yaml": golden("gpu-downsized-no-fit", "head") },
      { parent: b },
    );
    const a = actionEnv(gh, repo, 3, {}, { event: "merge_group", payload: mergeGroupPayload(repo, b, h) });
    const res = await runDist(a);
    expect(res.stderr).toBe("");
    expect(res.code).toBe(1);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({ head_sha: h, status: "completed", conclusion: "failure" });
    expect(gh.requestsTo("GET", `/repos/${repo.fullName}/compare/${b}...${h}`)).toHaveLength(1);
    expect(a.outputs()).toMatchObject({ conclusion: "failure", "specs-changed": "1" });
  });

  it("after a revert: no stale comment, and the new head's check run is concluded", async () => {
    const repo = prRepo(
      { "models/chat.modelspec.yaml": golden("gpu-downsized-no-fit", "base") },
      { "models/chat.modelspec.yaml": golden("gpu-downsized-no-fit", "head") },
    );
    expect((await runDist(actionEnv(gh, repo, 3))).code).toBe(1);
    expect(repo.comments(3)).toHaveLength(1);
    const pr = repo.pull(3);
    const reverted = repo.commit(
      { "models/chat.modelspec.yaml": golden("gpu-downsized-no-fit", "base") },
      { parent: pr.headSha },
    );
    repo.pushToPullRequest(3, reverted);
    const a = actionEnv(gh, repo, 3, {}, { payload: pullRequestPayload("synchronize", repo, 3) });
    const res = await runDist(a);
    expect(res.stderr).toBe("");
    expect(res.code).toBe(0);
    const comments = repo.comments(3);
    expect(comments).toHaveLength(1);
    expect(parseCommentMarker(comments[0]!.body)?.headSha).toBe(reverted);
    expect(comments[0]!.body).toContain("back to their state on the base branch");
    expect(comments[0]!.body).not.toMatch(/does not fit/i);
    const onNewHead = repo.checkRuns.filter((c) => c.head_sha === reverted);
    expect(onNewHead).toHaveLength(1);
    expect(onNewHead[0]).toMatchObject({ status: "completed", conclusion: "success" });
  });
});
