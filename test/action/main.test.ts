import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseCommentMarker } from "../../src/github/port.js";
import { pullRequestPayload } from "../support/app-harness.js";
import { sarifValidator } from "../support/report-schemas.js";
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
function prRepo(base: Record<string, string>, edits: Record<string, string | null>): FakeRepo {
  const repo = gh.repo("acme", `action-${++n}`);
  const b = repo.commit(base);
  repo.setBranch("main", b);
  repo.openPullRequest({ number: 7, base: b, head: repo.commit(edits, { parent: b }) });
  return repo;
}

/** Runs the Action in-process (no throttling pauses) and captures what it prints. */
function runAction(a: ActionRun): Promise<{ code: number; stdout: string[] }> {
  return runActionInProcess(a);
}

const NO_FIT = "gpu-downsized-no-fit";
/** Schema errors in the head: annotations on exact lines. */
const INVALID = "invalid-head";

describe("the Action (in-process, real engine)", () => {
  it("reviews the PR head, comments, publishes the check run, sets outputs and fails the gate", async () => {
    const repo = prRepo(
      { "models/chat.modelspec.yaml": golden(INVALID, "base") },
      { "models/chat.modelspec.yaml": golden(INVALID, "head") },
    );
    const a = actionEnv(gh, repo, 7);
    const { code, stdout } = await runAction(a);
    const head = repo.pull(7).headSha;
    expect(code).toBe(1);
    expect(stdout.at(-1)).toMatch(/^::error::ModelSpec review failed: /);

    const comments = repo.comments(7);
    expect(comments).toHaveLength(1);
    expect(parseCommentMarker(comments[0]!.body)).toEqual({ tag: "default", headSha: head });
    expect(comments[0]!.body).toContain("models/chat.modelspec.yaml");

    expect(repo.checkRuns).toHaveLength(1);
    const check = repo.checkRuns[0]!;
    expect(check).toMatchObject({
      head_sha: head,
      name: "ModelSpec review",
      status: "completed",
      conclusion: "failure",
    });
    expect(check.details_url).toBe(`https://github.example/${repo.fullName}/actions/runs/4242`);
    expect(check.annotations.length).toBeGreaterThan(0);
    expect(check.annotations.some((x) => x.annotation_level === "failure")).toBe(true);
    for (const batch of check.annotationBatches) expect(batch.length).toBeLessThanOrEqual(50);
    for (const ann of check.annotations) expect(ann.path).toBe("models/chat.modelspec.yaml");

    const out = a.outputs();
    expect(out.conclusion).toBe("failure");
    expect(out["specs-changed"]).toBe("1");
    expect(out["monthly-cost-delta-usd"]).toMatch(/^-?\d+(\.\d+)?$|^$/);
    expect(out["report-json"]).toBe(join(a.dir, "modelspec-review", "report.json"));
    const report = JSON.parse(readFileSync(out["report-json"]!, "utf8")) as Record<string, unknown>;
    expect(report).toHaveProperty("conclusion");
    expect(a.summary()).toContain("models/chat.modelspec.yaml");
    // Never the merge commit.
    expect(gh.requests.some((r) => JSON.stringify(r.body ?? "").includes("0".repeat(40)))).toBe(false);
  });

  it("uses the same number of API requests for 1, 10 and 100 changed specs", async () => {
    const counts: number[] = [];
    const kinds: string[] = [];
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
      const { code } = await runAction(actionEnv(gh, repo, 7));
      expect(code).toBe(0);
      const batches = repo.checkRuns[0]!.annotationBatches.length;
      counts.push(gh.requests.length - Math.max(0, batches - 1));
      kinds.push(
        Object.keys(gh.requestSummary())
          .map((k) => k.replace(repo.name, ":repo"))
          .sort()
          .join(","),
      );
    }
    expect(new Set(counts).size).toBe(1);
    expect(new Set(kinds).size).toBe(1);
    // +1 since drift: one tree listing of the head to find the manifests and unchanged specs.
    // +1 for the one batched read of committed model configs (.modelspec/models/…, issue #12).
    expect(counts[0]).toBeLessThanOrEqual(9);
  });

  it("a fork run (403 on comment and checks) prints workflow-command annotations, writes the summary and still fails the gate", async () => {
    const repo = prRepo(
      { "models/chat.modelspec.yaml": golden(INVALID, "base") },
      { "models/chat.modelspec.yaml": golden(INVALID, "head") },
    );
    gh.forkMode();
    const a = actionEnv(gh, repo, 7);
    const { code, stdout } = await runAction(a);
    expect(code).toBe(1);
    expect(repo.checkRuns).toHaveLength(0);
    expect(repo.comments(7)).toHaveLength(0);
    const warnings = stdout.filter((l) => l.startsWith("::warning::"));
    expect(warnings.some((w) => /create a check run.*checks: write/.test(w))).toBe(true);
    expect(warnings.some((w) => /comment on the pull request.*pull-requests: write/.test(w))).toBe(true);
    const commands = stdout.filter((l) =>
      /^::(error|warning|notice) (?:\S*,)?file=models\/chat\.modelspec\.yaml,line=\d+/.test(l),
    );
    expect(commands.length).toBeGreaterThan(0);
    expect(a.summary()).toContain("[!WARNING]");
    expect(a.summary()).toContain("checks: write");
    expect(a.outputs().conclusion).toBe("failure");
  });

  it("a rerun on the same head leaves one comment; an older head never overwrites a newer comment", async () => {
    const repo = prRepo(
      { "m.modelspec.yaml": golden(NO_FIT, "base") },
      { "m.modelspec.yaml": golden(NO_FIT, "head") },
    );
    const first = actionEnv(gh, repo, 7);
    await runAction(first);
    await runAction(first);
    expect(repo.comments(7)).toHaveLength(1);
    const oldHead = repo.pull(7).headSha;
    const newHead = repo.commit(
      { "m.modelspec.yaml": `${golden(NO_FIT, "head")}# second push\n` },
      { parent: oldHead },
    );
    repo.pushToPullRequest(7, newHead);
    await runAction(actionEnv(gh, repo, 7, {}, { payload: pullRequestPayload("synchronize", repo, 7) }));
    const newer = repo.comments(7)[0]!.body;
    expect(parseCommentMarker(newer)?.headSha).toBe(newHead);
    await runAction(first); // the re-run of the old event
    expect(repo.comments(7).map((c) => c.body)).toEqual([newer]);
  });

  it("inputs: fail-on none passes, comment off posts nothing, sarif-file and release-notes-file are written, dry-run writes nothing", async () => {
    const repo = prRepo(
      { "m.modelspec.yaml": golden(NO_FIT, "base") },
      { "m.modelspec.yaml": golden(NO_FIT, "head") },
    );
    const a = actionEnv(gh, repo, 7, {
      "fail-on": "none",
      comment: "off",
      "sarif-file": "out/review.sarif",
      "release-notes-file": "out/release-notes.md",
    });
    expect((await runAction(a)).code).toBe(0);
    expect(repo.comments(7)).toHaveLength(0);
    expect(repo.checkRuns[0]!.conclusion).toBe("success");
    const sarif = JSON.parse(readFileSync(join(a.dir, "out/review.sarif"), "utf8")) as { version: string };
    expect(sarif.version).toBe("2.1.0");
    // The spec's version bump (1.4.0 → 1.4.1) yields notes: the file holds exactly the output.
    const notes = readFileSync(join(a.dir, "out/release-notes.md"), "utf8");
    expect(notes).toContain("support-chat");
    expect(notes).toBe(a.outputs()["release-notes"]);

    gh.clearRequests();
    const dry = actionEnv(gh, repo, 7, { "dry-run": "true" });
    expect((await runAction(dry)).code).toBe(1);
    expect(gh.requests.filter((r) => r.method !== "GET" && r.path !== "/graphql")).toEqual([]);
  });

  it("rejects bad inputs with a clear message instead of weakening the gates", async () => {
    const repo = prRepo({ "m.modelspec.yaml": "a" }, { "m.modelspec.yaml": "b" });
    for (const [inputs, message] of [
      [{ "fail-on": "does-not-fti" }, 'unknown gate "does-not-fti"'],
      [{ comment: "sticky" }, 'Input comment is "sticky"'],
      [{ "dry-run": "yes" }, 'Input "dry-run" must be true or false'],
    ] as const) {
      const { code, stdout } = await runAction(actionEnv(gh, repo, 7, inputs));
      expect(code).toBe(1);
      expect(stdout.join("\n")).toContain(message);
    }
    expect(repo.comments(7)).toHaveLength(0);
  });

  it("events without a pull request are skipped without any API call", async () => {
    const repo = prRepo({ "a.yaml": "a" }, { "a.yaml": "b" });
    const a = actionEnv(gh, repo, 7, {}, { event: "push", payload: { ref: "refs/heads/main" } });
    gh.clearRequests();
    expect((await runAction(a)).code).toBe(0);
    expect(gh.requests).toEqual([]);
    expect(a.outputs()).toMatchObject({ conclusion: "skipped", "specs-changed": "0" });
  });

  it("a PR without ModelSpec changes gets a success check run on its head and a valid empty SARIF", async () => {
    const repo = prRepo({ "README.md": "a" }, { "README.md": "b" });
    const a = actionEnv(gh, repo, 7, { "sarif-file": "out/review.sarif" });
    gh.clearRequests();
    expect((await runAction(a)).code).toBe(0);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({
      head_sha: repo.pull(7).headSha,
      status: "completed",
      conclusion: "success",
    });
    expect(repo.comments(7)).toHaveLength(0);
    expect(a.outputs()).toMatchObject({ conclusion: "success", "specs-changed": "0", "report-json": "" });
    expect(a.summary()).toContain("No ModelSpec file changed");
    expect(existsSync(join(a.dir, "modelspec-review"))).toBe(false);
    const sarif = JSON.parse(readFileSync(join(a.dir, "out/review.sarif"), "utf8")) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(sarif.version).toBe("2.1.0");
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]!.results).toEqual([]);
  });

  it("with a custom config: input, config findings are annotated on that file (not on .github/modelspec-review.yml)", async () => {
    const repo = prRepo(
      {
        "ci/review-config.yml": "rules:\n  MS-NOT-A-RULE: off\n",
        "m.modelspec.yaml": golden(NO_FIT, "base"),
      },
      { "m.modelspec.yaml": golden(NO_FIT, "head") },
    );
    const a = actionEnv(gh, repo, 7, { config: "ci/review-config.yml" });
    await runAction(a);
    const annotations = repo.checkRuns[0]!.annotations;
    const unknown = annotations.filter((x) => x.title === "config/unknown-rule");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.path).toBe("ci/review-config.yml");
    expect(annotations.some((x) => x.path === ".github/modelspec-review.yml")).toBe(false);
    // The comment names the file that was read, too.
    const body = repo.comments(7)[0]!.body;
    expect(body).toContain("ci/review-config.yml");
    expect(body).not.toContain(".github/modelspec-review.yml</code></summary>");
  });

  it("merge_group checks_requested: base_sha…head_sha reviewed, a failing check on head_sha, no comment", async () => {
    const repo = gh.repo("acme", `action-mq-${++n}`);
    const b = repo.commit({ "m.modelspec.yaml": golden(NO_FIT, "base") });
    repo.setBranch("main", b);
    const h = repo.commit({ "m.modelspec.yaml": golden(NO_FIT, "head") }, { parent: b });
    const payload = {
      action: "checks_requested",
      merge_group: {
        head_sha: h,
        head_ref: "refs/heads/gh-readonly-queue/main/pr-7-x",
        base_sha: b,
        base_ref: "refs/heads/main",
      },
      repository: { name: repo.name, owner: { login: repo.owner }, full_name: repo.fullName },
    };
    const a = actionEnv(gh, repo, 7, {}, { event: "merge_group", payload });
    gh.clearRequests();
    const { code, stdout } = await runAction(a);
    expect(code).toBe(1);
    expect(stdout.join("\n")).toMatch(/::error::ModelSpec review failed/);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({ head_sha: h, status: "completed", conclusion: "failure" });
    expect(gh.requestsTo("GET", /\/compare\//)).toHaveLength(1);
    expect(gh.requests.some((r) => /comments/.test(r.path))).toBe(false);
    expect(a.outputs()).toMatchObject({ conclusion: "failure", "specs-changed": "1" });
  });
});
