/**
 * Deployment drift through the Action, end to end against the local fake GitHub (issue #16 Must
 * show): a pull request that changes only a manifest gets the PR comment with a "Deployment drift"
 * section and check-run annotations on the manifest's lines; with `fail-on: drift` it fails.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub } from "../support/fake-github.js";
import { DEPLOYMENT, SPEC } from "../support/drift-fixtures.js";
import { actionEnv, runActionInProcess } from "./support.js";

/** The review's clock: facts in the fixture are 3–4 h old (never stale, whatever day the test runs). */
const NOW = Date.parse("2026-12-07T01:00:00Z");

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
function manifestOnlyPr() {
  const repo = gh.repo("acme", `drift-${++n}`);
  const b = repo.commit({
    "models/chat.modelspec.yaml": SPEC(),
    "deploy/chat.yaml": DEPLOYMENT(),
    "README.md": "hi\n",
  });
  repo.setBranch("main", b);
  repo.openPullRequest({
    number: 3,
    base: b,
    head: repo.commit({ "deploy/chat.yaml": DEPLOYMENT({ gpus: 1, len: 16384 }) }, { parent: b }),
  });
  return repo;
}

describe("running vs declared through the Action (runtime-facts)", () => {
  it("a PR's comment gets the Running vs declared section and the report a runtime member", async () => {
    const repo = gh.repo("acme", `drift-${++n}`);
    const spec = SPEC({ count: 1, max: 1 }).replace(
      "      maxReplicas: 1\n",
      "      maxReplicas: 1\n      targetLatencyMsP95: 1500\n",
    );
    const b = repo.commit({ "models/chat.modelspec.yaml": spec });
    repo.setBranch("main", b);
    repo.openPullRequest({
      number: 5,
      base: b,
      head: repo.commit(
        { "models/chat.modelspec.yaml": spec.replace('version: "1.0.0"', 'version: "1.0.1"') },
        { parent: b },
      ),
    });
    const a = actionEnv(gh, repo, 5, { "runtime-facts": "scan.json" });
    copyFileSync(
      fileURLToPath(new URL("../fixtures/piqc/scan-2gpu-16k.json", import.meta.url)),
      join(a.dir, "scan.json"),
    );
    a.env.GITHUB_WORKSPACE = a.dir;
    const { code } = await runActionInProcess(a, { now: () => NOW });
    expect(code).toBe(0);
    const body = repo.comments(5)[0]!.body;
    expect(body).toContain("### Running vs declared");
    expect(body).toContain("ns/llm/deployment/chat-8b");
    expect(body).toMatch(
      /GPUs per replica \| 1 \| 2 <code>hardware\.gpuCount, pod&#95;resources<\/code> \| high, /,
    );
    expect(body).toMatch(/p95 latency \| 1500 ms \| 2400 ms \(observed\)/);
    expect(body).toContain("**observed** (900 tokens/s, <code>obs.tps.avg, prometheus</code>, 4 h old)");
    const report = JSON.parse(readFileSync(a.outputs()["report-json"]!, "utf8")) as {
      runtime: { links: unknown[]; findings: { code: string; baseline?: string }[] };
    };
    expect(report.runtime.links).toHaveLength(1);
    // The spec declared 1 GPU on main already: the drift is not this PR's, so nothing gates.
    expect(report.runtime.findings.find((f) => f.code === "runtime/gpu-count")?.baseline).toBe("unchanged");
    // Annotated on the spec's lines; the scan is a workspace file, so its own findings are not.
    const check = repo.checkRuns[0]!;
    const runtime = check.annotations.filter((x) => (x.title ?? "").startsWith("runtime/"));
    expect(runtime.map((x) => `${x.path}:${x.start_line}:${x.title}`).sort()).toEqual(
      [
        "models/chat.modelspec.yaml:16:runtime/gpu-count",
        "models/chat.modelspec.yaml:19:runtime/max-model-len",
        "models/chat.modelspec.yaml:19:runtime/kv-cache-full",
        "models/chat.modelspec.yaml:29:runtime/slo-latency", // targetLatencyMsP95
        "models/chat.modelspec.yaml:15:runtime/gpu-underused", // accelerator type
      ].sort(),
    );
  });
  it("with fail-on: runtime-drift a PR that halves the GPUs production runs on fails the check", async () => {
    const repo = gh.repo("acme", `drift-${++n}`);
    const spec = SPEC({ count: 2, max: 1, len: 16384 });
    const b = repo.commit({ "models/chat.modelspec.yaml": spec });
    repo.setBranch("main", b);
    repo.openPullRequest({
      number: 6,
      base: b,
      head: repo.commit(
        { "models/chat.modelspec.yaml": spec.replace("count: 2", "count: 1") },
        { parent: b },
      ),
    });
    const a = actionEnv(gh, repo, 6, { "runtime-facts": "scan.json", "fail-on": "runtime-drift" });
    copyFileSync(
      fileURLToPath(new URL("../fixtures/piqc/scan-2gpu-16k.json", import.meta.url)),
      join(a.dir, "scan.json"),
    );
    const { code } = await runActionInProcess(a, { now: () => NOW });
    expect(code).toBe(1);
    const check = repo.checkRuns[0]!;
    expect(check.conclusion).toBe("failure");
    expect(check.output?.summary ?? "").toMatch(/Running drift/);
    expect(check.annotations.find((x) => x.title === "runtime/gpu-count")).toMatchObject({
      path: "models/chat.modelspec.yaml",
      start_line: 16,
      annotation_level: "warning",
    });
  });
  it("a missing runtime-facts file fails the step with a clear message", async () => {
    const repo = manifestOnlyPr();
    const a = actionEnv(gh, repo, 3, { "runtime-facts": "nope.json" });
    a.env.GITHUB_WORKSPACE = a.dir;
    const { code, stdout } = await runActionInProcess(a);
    expect(code).toBe(1);
    expect(stdout.join("\n")).toMatch(/runtime-facts.*cannot read nope\.json/);
  });
});

describe("drift through the Action", () => {
  it("a manifest-only PR gets a comment and annotations on the manifest lines (warning by default)", async () => {
    const repo = manifestOnlyPr();
    const a = actionEnv(gh, repo, 3);
    const { code } = await runActionInProcess(a);
    expect(code).toBe(0);
    const comments = repo.comments(3);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("### Deployment drift");
    expect(comments[0]!.body).toMatch(
      /GPUs per replica \| 2 · .*models\/chat\.modelspec\.yaml:16.* \| 1 .*deploy\/chat\.yaml:29.* \| ⚠️ drift/,
    );
    const check = repo.checkRuns[0]!;
    expect(check.conclusion).toBe("success");
    const drift = check.annotations.filter(
      (x) => (x.title ?? "").includes("drift/") || x.message.includes("ModelSpec `chat-8b`"),
    );
    expect(drift.map((x) => `${x.path}:${x.start_line}:${x.annotation_level}`).sort()).toEqual([
      "deploy/chat.yaml:20:warning",
      "deploy/chat.yaml:29:warning",
    ]);
    for (const x of drift) expect(x.message).toMatch(/models\/chat\.modelspec\.yaml:\d+/);
    // One tree listing of the head, whatever the repository size.
    expect(gh.requestsTo("GET", /\/git\/trees\//)).toHaveLength(1);
  });

  it("with fail-on: drift the same PR fails the check", async () => {
    const repo = manifestOnlyPr();
    const a = actionEnv(gh, repo, 3, { "fail-on": "drift" });
    const { code } = await runActionInProcess(a);
    expect(code).toBe(1);
    expect(repo.checkRuns[0]!.conclusion).toBe("failure");
  });

  it("a PR touching a manifest no spec is linked to: no comment, only the success check every PR gets", async () => {
    const repo = gh.repo("acme", `drift-${++n}`);
    const b = repo.commit({
      "models/chat.modelspec.yaml": SPEC(),
      "deploy/other.yaml": DEPLOYMENT().replace(/chat-8b/g, "other"),
    });
    repo.setBranch("main", b);
    repo.openPullRequest({
      number: 4,
      base: b,
      head: repo.commit(
        { "deploy/other.yaml": DEPLOYMENT({ gpus: 1 }).replace(/chat-8b/g, "other") },
        { parent: b },
      ),
    });
    const { code } = await runActionInProcess(actionEnv(gh, repo, 4));
    expect(code).toBe(0);
    expect(repo.comments(4)).toHaveLength(0);
    // Issue 13: a required check reports on every PR — `success`, "No ModelSpec changed".
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "success" });
  });
});
