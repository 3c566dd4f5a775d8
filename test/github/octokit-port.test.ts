import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createActionOctokit } from "../../src/action/octokit.js";
import { createOctokitPort } from "../../src/github/octokit.js";
import {
  GitHubApiError,
  PermissionDeniedError,
  commentMarker,
  fileKey,
  hasMarkerFor,
  parseCommentMarker,
  type CheckAnnotation,
  type GitHubPort,
} from "../../src/github/port.js";
import { FakeGitHub } from "../support/fake-github.js";

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

let repoCounter = 0;
function setup(options: { graphqlBatchSize?: number } = {}): {
  port: GitHubPort;
  repo: ReturnType<FakeGitHub["repo"]>;
  logs: string[];
} {
  const repo = gh.repo("octo", `port-${++repoCounter}`);
  const logs: string[] = [];
  const octokit = createActionOctokit("t", { baseUrl: gh.url, retryBaseMs: 1, throttle: false });
  const port = createOctokitPort(
    octokit,
    { owner: repo.owner, repo: repo.name },
    { ...options, log: (m) => logs.push(m) },
  );
  return { port, repo, logs };
}

describe("comment marker", () => {
  it("round-trips tag and head SHA, sanitising what could close the comment", () => {
    const m = commentMarker('env "prod" -->', "abc1234");
    expect(m).toBe('<!-- modelspec-review tag="env__prod__--_" head="abc1234" -->');
    expect(parseCommentMarker(`hello\n${m}\nbody`)).toEqual({ tag: "env__prod__--_", headSha: "abc1234" });
    expect(hasMarkerFor(m, 'env "prod" -->')).toBe(true);
    expect(hasMarkerFor(m, "prod")).toBe(false);
  });
  it("accepts other attribute spellings and reports none when absent", () => {
    expect(parseCommentMarker("<!-- modelspec-review tag=x sha=deadbeef -->")).toEqual({
      tag: "x",
      headSha: "deadbeef",
    });
    expect(parseCommentMarker("<!-- modelspec-review -->")).toEqual({ tag: "default", headSha: null });
    expect(parseCommentMarker("no marker")).toBeNull();
  });
});

describe("listChangedFiles", () => {
  it("pages 100 at a time and reports renames and removals", async () => {
    const { port, repo } = setup();
    const files: Record<string, string> = { "old.yaml": "same\n", "gone.yaml": "x\n" };
    for (let i = 0; i < 150; i++) files[`s/${i}.yaml`] = `${i}\n`;
    const base = repo.commit(files);
    const edits: Record<string, string | null> = {
      "old.yaml": null,
      "new.yaml": "same\n",
      "gone.yaml": null,
    };
    for (let i = 0; i < 150; i++) edits[`s/${i}.yaml`] = `${i} v2\n`;
    const head = repo.commit(edits, { parent: base });
    repo.openPullRequest({ number: 1, base, head });
    const res = await port.listChangedFiles(1);
    expect(res.truncated).toBe(false);
    expect(res.files).toHaveLength(152);
    expect(res.files.find((f) => f.path === "new.yaml")).toEqual({
      path: "new.yaml",
      status: "renamed",
      previousPath: "old.yaml",
    });
    expect(res.files.find((f) => f.path === "gone.yaml")?.status).toBe("removed");
    expect(
      gh.requestsTo("GET", `/repos/${repo.fullName}/pulls/1/files`).map((r) => r.query.per_page),
    ).toEqual(["100", "100"]);
  });

  it("stops at GitHub's 3,000-file cap and says the list is truncated", async () => {
    const { port, repo } = setup();
    const files: Record<string, string> = {};
    for (let i = 0; i < 3010; i++) files[`f${i}.yaml`] = `${i}\n`;
    const base = repo.commit({});
    repo.openPullRequest({ number: 2, base, head: repo.commit(files, { parent: base }) });
    const res = await port.listChangedFiles(2);
    expect(res.files).toHaveLength(3000);
    expect(res.truncated).toBe(true);
    expect(gh.requestsTo("GET", `/repos/${repo.fullName}/pulls/2/files`)).toHaveLength(30);
  });
});

describe("readFiles", () => {
  it("reads 300 files at two refs in one GraphQL request; missing and binary files are null", async () => {
    const { port, repo } = setup();
    const files: Record<string, string | Buffer> = { "bin.dat": Buffer.from([0, 255, 1]) };
    for (let i = 0; i < 300; i++) files[`specs/m ${i}.yaml`] = `name: base-${i}\n`;
    const base = repo.commit(files);
    const edits: Record<string, string> = {};
    for (let i = 0; i < 300; i++) edits[`specs/m ${i}.yaml`] = `name: head-${i}\n`;
    const head = repo.commit(edits, { parent: base });
    const wanted = [];
    for (let i = 0; i < 300; i++)
      wanted.push({ ref: base, path: `specs/m ${i}.yaml` }, { ref: head, path: `specs/m ${i}.yaml` });
    wanted.push({ ref: head, path: "missing.yaml" }, { ref: head, path: "bin.dat" });
    const texts = await port.readFiles(wanted);
    expect(texts.get(fileKey(base, "specs/m 7.yaml"))).toBe("name: base-7\n");
    expect(texts.get(fileKey(head, "specs/m 299.yaml"))).toBe("name: head-299\n");
    expect(texts.get(fileKey(head, "missing.yaml"))).toBeNull();
    expect(texts.get(fileKey(head, "bin.dat"))).toBeNull();
    expect(gh.requests).toHaveLength(1); // 602 objects in one query
    expect(gh.requests.every((r) => r.graphql?.operation === "repository")).toBe(true);
  });

  it("splits the batch when GitHub refuses that many objects in one query", async () => {
    const gh2 = await FakeGitHub.start({ graphqlMaxObjects: 40 });
    try {
      const repo = gh2.repo("octo", "split");
      const files: Record<string, string> = {};
      for (let i = 0; i < 100; i++) files[`f${i}.yaml`] = `${i}\n`;
      const sha = repo.commit(files);
      const logs: string[] = [];
      const port = createOctokitPort(
        createActionOctokit("t", { baseUrl: gh2.url, retryBaseMs: 1, throttle: false }),
        { owner: "octo", repo: "split" },
        { graphqlBatchSize: 100, log: (m) => logs.push(m) },
      );
      const texts = await port.readFiles(Object.keys(files).map((path) => ({ ref: sha, path })));
      expect([...texts.values()].filter((t) => t !== null)).toHaveLength(100);
      expect(gh2.requests.map((r) => r.graphql?.objects)).toEqual([100, 50, 25, 25, 25, 25]);
      expect(logs.some((l) => l.includes("retrying with 50"))).toBe(true);
    } finally {
      await gh2.close();
    }
  });

  it("falls back to the contents API (raw) for blobs GraphQL truncates, and when GraphQL fails", async () => {
    const gh2 = await FakeGitHub.start({ graphqlMaxTextBytes: 10 });
    try {
      const repo = gh2.repo("octo", "big");
      const sha = repo.commit({ "small.yaml": "a: 1\n", "large.yaml": "a: 123456789012345\n" });
      const port = createOctokitPort(
        createActionOctokit("t", { baseUrl: gh2.url, retryBaseMs: 1, throttle: false }),
        { owner: "octo", repo: "big" },
      );
      const texts = await port.readFiles([
        { ref: sha, path: "small.yaml" },
        { ref: sha, path: "large.yaml" },
      ]);
      expect(texts.get(fileKey(sha, "large.yaml"))).toBe("a: 123456789012345\n");
      const raw = gh2.requestsTo("GET", "/repos/octo/big/contents/large.yaml");
      expect(raw).toHaveLength(1);
      expect(raw[0]!.headers.accept).toContain("application/vnd.github.raw");

      gh2.clearRequests();
      gh2.inject({ path: "/graphql", status: 400, body: { message: "GraphQL is disabled" } });
      const again = await port.readFiles([
        { ref: sha, path: "small.yaml" },
        { ref: sha, path: "nope.yaml" },
      ]);
      expect(again.get(fileKey(sha, "small.yaml"))).toBe("a: 1\n");
      expect(again.get(fileKey(sha, "nope.yaml"))).toBeNull();
      expect(gh2.requestsTo("GET", /\/contents\//)).toHaveLength(2);
    } finally {
      await gh2.close();
    }
  });
});

describe("upsertComment", () => {
  function pr(repo: ReturnType<FakeGitHub["repo"]>, number: number): { base: string; head: string } {
    const base = repo.commit({ "a.yaml": "a\n" });
    const head = repo.commit({ "a.yaml": "b\n" }, { parent: base });
    repo.openPullRequest({ number, base, head });
    return { base, head };
  }
  const body = (tag: string, sha: string, text: string): string => `${commentMarker(tag, sha)}\n${text}`;

  it("creates once, skips an identical body, then edits in place; ignores people quoting the marker", async () => {
    const { port, repo } = setup();
    const { head } = pr(repo, 5);
    repo.addComment(5, `${commentMarker("default", head)}\nquoted by a person`, "octocat");
    const req = { issueNumber: 5, tag: "default", headSha: head, mode: "update" as const };
    expect((await port.upsertComment({ ...req, body: body("default", head, "one") })).outcome).toBe(
      "created",
    );
    gh.clearRequests();
    expect((await port.upsertComment({ ...req, body: body("default", head, "one") })).outcome).toBe(
      "unchanged",
    );
    expect(gh.requests.map((r) => r.method)).toEqual(["GET"]);
    expect((await port.upsertComment({ ...req, body: body("default", head, "two") })).outcome).toBe(
      "updated",
    );
    const ours = repo.comments(5).filter((c) => c.user.type === "Bot");
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain("two");
  });

  it("keeps separate comments per tag and prepends a marker when the body has none", async () => {
    const { port, repo } = setup();
    const { head } = pr(repo, 6);
    await port.upsertComment({
      issueNumber: 6,
      tag: "prod",
      headSha: head,
      mode: "update",
      body: "prod report",
    });
    await port.upsertComment({
      issueNumber: 6,
      tag: "dev",
      headSha: head,
      mode: "update",
      body: "dev report",
    });
    const bodies = repo.comments(6).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    expect(parseCommentMarker(bodies[0]!)).toEqual({ tag: "prod", headSha: head });
    expect(parseCommentMarker(bodies[1]!)).toEqual({ tag: "dev", headSha: head });
  });

  it("never overwrites a comment describing a newer head SHA", async () => {
    const { port, repo } = setup();
    const { base, head: oldHead } = pr(repo, 7);
    const newHead = repo.commit({ "a.yaml": "c\n" }, { parent: oldHead });
    repo.pushToPullRequest(7, newHead);
    const newer = repo.addComment(7, body("default", newHead, "newer review"));
    const res = await port.upsertComment({
      issueNumber: 7,
      tag: "default",
      headSha: oldHead,
      mode: "update",
      body: body("default", oldHead, "older review"),
    });
    expect(res.outcome).toBe("stale");
    expect(repo.comments(7).map((c) => c.body)).toEqual([newer.body]);
    expect(gh.requests.filter((r) => r.method !== "GET")).toEqual([]);
    // The current head's run does overwrite an older comment.
    const ok = await port.upsertComment({
      issueNumber: 7,
      tag: "default",
      headSha: newHead,
      mode: "update",
      body: body("default", newHead, "newest"),
    });
    expect(ok.outcome).toBe("updated");
    void base;
  });

  it("new, hide-and-new and delete-and-new modes", async () => {
    const { port, repo } = setup();
    const { head } = pr(repo, 8);
    const req = { issueNumber: 8, tag: "default", headSha: head };
    await port.upsertComment({ ...req, mode: "new", body: body("default", head, "1") });
    await port.upsertComment({ ...req, mode: "new", body: body("default", head, "2") });
    expect(repo.comments(8)).toHaveLength(2);
    const hidden = await port.upsertComment({
      ...req,
      mode: "hide-and-new",
      body: body("default", head, "3"),
    });
    expect(hidden).toMatchObject({ outcome: "created", hidden: 1 });
    expect(repo.comments(8).map((c) => c.minimized?.reason ?? null)).toEqual([null, "OUTDATED", null]);
    const del = await port.upsertComment({
      ...req,
      mode: "delete-and-new",
      body: body("default", head, "4"),
    });
    expect(del).toMatchObject({ outcome: "created", deleted: 3 });
    expect(repo.comments(8).map((c) => c.body)).toEqual([body("default", head, "4")]);
    expect((await port.upsertComment({ ...req, mode: "off", body: "x" })).outcome).toBe("off");
    expect(repo.comments(8)).toHaveLength(1);
  });

  it("turns a fork's read-only 403 into a PermissionDeniedError naming the permission", async () => {
    const { port, repo } = setup();
    const { head } = pr(repo, 9);
    gh.forkMode();
    const err = await port
      .upsertComment({ issueNumber: 9, tag: "default", headSha: head, mode: "update", body: "x" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermissionDeniedError);
    expect((err as PermissionDeniedError).permission).toBe("pull-requests: write");
    expect((err as Error).message).toContain("Resource not accessible by integration");
  });
});

describe("check runs", () => {
  const annotations = (n: number): CheckAnnotation[] =>
    Array.from({ length: n }, (_, i) => ({
      path: "a.yaml",
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: "warning" as const,
      message: `finding ${i}`,
    }));
  const batches = (a: CheckAnnotation[]): CheckAnnotation[][] => {
    const out: CheckAnnotation[][] = [];
    for (let i = 0; i < a.length; i += 50) out.push(a.slice(i, i + 50));
    return out;
  };

  it("starts in progress, completes with the conclusion first, then appends batches of 50", async () => {
    const { port, repo } = setup();
    const sha = repo.commit({ "a.yaml": "a\n" });
    const id = await port.startCheckRun("ModelSpec review", sha);
    expect(repo.checkRuns[0]).toMatchObject({ id, status: "in_progress", head_sha: sha });
    await port.completeCheckRun(id, {
      conclusion: "failure",
      title: "2 errors",
      summary: "summary",
      text: "details",
      annotationBatches: batches(annotations(120)),
    });
    const run = repo.checkRuns[0]!;
    expect(run.status).toBe("completed");
    expect(run.conclusion).toBe("failure");
    expect(run.annotationBatches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(run.annotations.map((a) => a.start_line)).toEqual(annotations(120).map((a) => a.start_line));
    expect(run.history[1]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run.output.text).toBe("details");
  });

  it("refuses a batch over 50 before sending anything", async () => {
    const { port, repo } = setup();
    const id = await port.startCheckRun("x", repo.commit({ "a.yaml": "a\n" }));
    gh.clearRequests();
    await expect(
      port.completeCheckRun(id, {
        conclusion: "success",
        title: "t",
        summary: "s",
        annotationBatches: [annotations(51)],
      }),
    ).rejects.toThrow(/50/);
    expect(gh.requests).toHaveLength(0);
  });

  it("a create is not retried blindly: after a 5xx it looks for its external_id, then tries once more", async () => {
    const { port, repo } = setup();
    const sha = repo.commit({ "a.yaml": "a\n" });
    gh.inject({ path: /\/check-runs$/, status: 502, times: 1 });
    const id = await port.startCheckRun("x", sha);
    expect(gh.requestsTo("POST", /\/check-runs$/).map((r) => r.status)).toEqual([502, 201]);
    expect(gh.requestsTo("GET", /\/commits\/[^/]+\/check-runs$/)).toHaveLength(1);
    expect(repo.checkRuns.map((c) => c.id)).toEqual([id]);
    gh.inject({ path: /\/check-runs$/, status: 502, times: Infinity });
    const err = await port.startCheckRun("x", sha).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as Error).message).toContain("POST /repos/{owner}/{repo}/check-runs");
    expect(gh.requestsTo("POST", /\/check-runs$/)).toHaveLength(4); // 2 attempts, no plugin retries
  });

  it("an update that keeps failing is retried, then the result goes on a replacement run", async () => {
    const { port, repo } = setup();
    const sha = repo.commit({ "a.yaml": "a\n" });
    const id = await port.startCheckRun("x", sha);
    gh.inject({ path: /\/check-runs\/\d+$/, method: "PATCH", status: 500, times: Infinity });
    await port.completeCheckRun(id, {
      conclusion: "success",
      title: "t",
      summary: "s",
      annotationBatches: [],
    });
    expect(gh.requestsTo("PATCH", /\/check-runs\/\d+$/)).toHaveLength(5); // 1 + 3 retries, 1 late close
    expect(repo.checkRuns).toHaveLength(2);
    expect(repo.checkRuns[1]).toMatchObject({
      name: "x",
      head_sha: sha,
      status: "completed",
      conclusion: "success",
    });
  });

  it("turns 403 on check creation into a PermissionDeniedError for checks: write", async () => {
    const { port, repo } = setup();
    gh.permissions = { comments: true, checks: false, releases: true };
    const err = await port.startCheckRun("x", repo.commit({ "a.yaml": "a\n" })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermissionDeniedError);
    expect((err as PermissionDeniedError).permission).toBe("checks: write");
  });
});

describe("over any Octokit", () => {
  it("works over @actions/github's getOctokit as well as our client", async () => {
    const repo = gh.repo("octo", "any-octokit");
    const base = repo.commit({ "a.yaml": "a\n" });
    const head = repo.commit({ "a.yaml": "b\n" }, { parent: base });
    repo.openPullRequest({ number: 1, base, head });
    const port = createOctokitPort(getOctokit("t", { baseUrl: gh.url }), {
      owner: "octo",
      repo: "any-octokit",
    });
    expect((await port.getPullRequest(1)).headSha).toBe(head);
    expect((await port.readFiles([{ ref: head, path: "a.yaml" }])).get(fileKey(head, "a.yaml"))).toBe("b\n");
  });
});
