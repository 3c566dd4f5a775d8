import { getOctokit } from "@actions/github";
import { generateKeyPairSync, createSign } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeGitHub, gitBlobSha } from "../support/fake-github.js";

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

const octokit = () => getOctokit("t0ken", { baseUrl: gh.url });

describe("fake GitHub: repository state", () => {
  it("computes git blob SHAs as git does", () => {
    // `printf 'hello\n' | git hash-object --stdin`
    expect(gitBlobSha("hello\n")).toBe("ce013625030ba8dba906f756967f9e9ca394464a");
  });

  it("lists PR files with added/modified/removed/renamed statuses, paged with Link headers", async () => {
    const repo = gh.repo("octo", "paging");
    const files: Record<string, string> = {};
    for (let i = 0; i < 250; i++) files[`specs/m${String(i).padStart(3, "0")}.yaml`] = `i: ${i}\n`;
    files["old.yaml"] = "same: true\n";
    files["gone.yaml"] = "x: 1\n";
    const base = repo.commit(files);
    const headFiles: Record<string, string | null> = {
      "old.yaml": null,
      "new.yaml": "same: true\n",
      "gone.yaml": null,
    };
    headFiles["specs/m000.yaml"] = "i: changed\n";
    headFiles["added.yaml"] = "a: 1\n";
    for (let i = 1; i < 250; i++) headFiles[`specs/m${String(i).padStart(3, "0")}.yaml`] = `i: ${i}\nv: 2\n`;
    const head = repo.commit(headFiles, { parent: base });
    repo.openPullRequest({ number: 3, base, head });

    const listed = await octokit().paginate(octokit().rest.pulls.listFiles, {
      owner: "octo",
      repo: "paging",
      pull_number: 3,
      per_page: 100,
    });
    expect(listed).toHaveLength(253);
    const byName = new Map(listed.map((f) => [f.filename, f]));
    expect(byName.get("new.yaml")).toMatchObject({ status: "renamed", previous_filename: "old.yaml" });
    expect(byName.get("gone.yaml")).toMatchObject({ status: "removed" });
    expect(byName.get("added.yaml")).toMatchObject({ status: "added", sha: gitBlobSha("a: 1\n") });
    expect(byName.get("specs/m000.yaml")).toMatchObject({ status: "modified" });
    expect(byName.has("old.yaml")).toBe(false);
    const pages = gh.requestsTo("GET", "/repos/octo/paging/pulls/3/files");
    expect(pages.map((r) => r.query.page ?? "1")).toEqual(["1", "2", "3"]);
  });

  it("caps the PR file list at 3,000 entries while the PR reports the true count", async () => {
    const repo = gh.repo("octo", "huge");
    const files: Record<string, string> = {};
    for (let i = 0; i < 3005; i++) files[`f${i}.yaml`] = `n: ${i}\n`;
    const base = repo.commit({});
    const head = repo.commit(files, { parent: base });
    repo.openPullRequest({ number: 1, base, head });
    const o = octokit();
    const listed = await o.paginate(o.rest.pulls.listFiles, {
      owner: "octo",
      repo: "huge",
      pull_number: 1,
      per_page: 100,
    });
    expect(listed).toHaveLength(3000);
    const pr = await o.rest.pulls.get({ owner: "octo", repo: "huge", pull_number: 1 });
    expect(pr.data.changed_files).toBe(3005);
    expect(pr.data.head.sha).toBe(head);
  });

  it("serves contents as JSON base64 and raw, by SHA and by branch; 404 when missing", async () => {
    const repo = gh.repo("octo", "contents");
    const base = repo.commit({ "dir/a b.yaml": "kind: ModelSpec\nname: é\n" });
    repo.setBranch("main", base);
    const o = octokit();
    const json = await o.rest.repos.getContent({
      owner: "octo",
      repo: "contents",
      path: "dir/a b.yaml",
      ref: base,
    });
    const data = json.data as { content: string; encoding: string; sha: string };
    expect(data.encoding).toBe("base64");
    expect(Buffer.from(data.content, "base64").toString("utf8")).toBe("kind: ModelSpec\nname: é\n");
    const raw = await o.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner: "octo",
      repo: "contents",
      path: "dir/a b.yaml",
      headers: { accept: "application/vnd.github.raw" },
    });
    expect(raw.data).toBe("kind: ModelSpec\nname: é\n");
    await expect(
      o.rest.repos.getContent({ owner: "octo", repo: "contents", path: "nope.yaml", ref: "main" }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("answers batched GraphQL object(expression:) aliases with text, null for missing, no text for binary", async () => {
    const repo = gh.repo("octo", "gql");
    const sha = repo.commit({ "a.yaml": "a: 1\n", "bin.dat": Buffer.from([0, 1, 2, 255]) });
    const res = await octokit().graphql<{ repository: Record<string, unknown> }>(
      `query($owner: String!, $name: String!, $e1: String!) {
        repository(owner: $owner, name: $name) {
          f0: object(expression: "${sha}:a.yaml") { ... on Blob { text byteSize isBinary } }
          f1: object(expression: $e1) { ... on Blob { text byteSize isBinary } }
          f2: object(expression: "${sha}:bin.dat") { ... on Blob { text byteSize isBinary } }
        }
      }`,
      { owner: "octo", name: "gql", e1: `${sha}:missing.yaml` },
    );
    expect(res.repository.f0).toMatchObject({ text: "a: 1\n", byteSize: 5, isBinary: false });
    expect(res.repository.f1).toBeNull();
    expect(res.repository.f2).toMatchObject({ text: null, isBinary: true, byteSize: 4 });
    expect(gh.requests.at(-1)?.graphql).toEqual({ operation: "repository", objects: 3 });
  });
});

describe("fake GitHub: comments, check runs, releases", () => {
  it("creates, lists, updates, minimizes and deletes comments", async () => {
    const repo = gh.repo("octo", "comments");
    const sha = repo.commit({ "a.yaml": "a\n" });
    repo.openPullRequest({ number: 9, base: sha, head: sha });
    const o = octokit();
    const created = await o.rest.issues.createComment({
      owner: "octo",
      repo: "comments",
      issue_number: 9,
      body: "one",
    });
    await o.rest.issues.updateComment({
      owner: "octo",
      repo: "comments",
      comment_id: created.data.id,
      body: "two",
    });
    const list = await o.paginate(o.rest.issues.listComments, {
      owner: "octo",
      repo: "comments",
      issue_number: 9,
    });
    expect(list.map((c) => c.body)).toEqual(["two"]);
    const min = await o.graphql<{ minimizeComment: { minimizedComment: { isMinimized: boolean } } }>(
      `mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }`,
      { id: created.data.node_id },
    );
    expect(min.minimizeComment.minimizedComment.isMinimized).toBe(true);
    expect(repo.comments(9)[0]?.minimized).toEqual({ reason: "OUTDATED" });
    await o.rest.issues.deleteComment({ owner: "octo", repo: "comments", comment_id: created.data.id });
    expect(repo.comments(9)).toHaveLength(0);
    await expect(
      o.rest.issues.createComment({
        owner: "octo",
        repo: "comments",
        issue_number: 9,
        body: "x".repeat(65_537),
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it("validates check runs like GitHub: 50 annotations per request, conclusion to complete", async () => {
    const repo = gh.repo("octo", "checks");
    const sha = repo.commit({ "a.yaml": "a\n" });
    const o = octokit();
    const ann = (i: number) => ({
      path: "a.yaml",
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: "warning" as const,
      message: `m${i}`,
    });
    const run = await o.rest.checks.create({
      owner: "octo",
      repo: "checks",
      name: "modelspec",
      head_sha: sha,
      status: "in_progress",
      output: { title: "t", summary: "s", annotations: Array.from({ length: 50 }, (_, i) => ann(i)) },
    });
    await expect(
      o.rest.checks.update({
        owner: "octo",
        repo: "checks",
        check_run_id: run.data.id,
        output: { title: "t", summary: "s", annotations: Array.from({ length: 51 }, (_, i) => ann(i)) },
      }),
    ).rejects.toMatchObject({ status: 422 });
    await o.rest.checks.update({
      owner: "octo",
      repo: "checks",
      check_run_id: run.data.id,
      conclusion: "failure",
      output: { title: "t2", summary: "s2", annotations: [ann(60)] },
    });
    const stored = repo.checkRuns[0]!;
    expect(stored.status).toBe("completed");
    expect(stored.conclusion).toBe("failure");
    expect(stored.annotationBatches.map((b) => b.length)).toEqual([50, 1]);
    expect(stored.output.title).toBe("t2");
    await expect(
      o.rest.checks.create({ owner: "octo", repo: "checks", name: "x", head_sha: "f".repeat(40) }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it("answers 403 'Resource not accessible by integration' to writes in fork mode", async () => {
    const repo = gh.repo("octo", "fork");
    const sha = repo.commit({ "a.yaml": "a\n" });
    repo.openPullRequest({ number: 2, base: sha, head: sha });
    gh.forkMode();
    const o = octokit();
    await expect(
      o.rest.issues.createComment({ owner: "octo", repo: "fork", issue_number: 2, body: "x" }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("Resource not accessible by integration"),
    });
    await expect(
      o.rest.checks.create({ owner: "octo", repo: "fork", name: "x", head_sha: sha }),
    ).rejects.toMatchObject({
      status: 403,
    });
    // Reads still work.
    const pr = await o.rest.pulls.get({ owner: "octo", repo: "fork", pull_number: 2 });
    expect(pr.data.state).toBe("open");
  });

  it("creates, lists and updates releases", async () => {
    const repo = gh.repo("octo", "rel");
    repo.setBranch("main", repo.commit({ "a.yaml": "a\n" }));
    const o = octokit();
    const r = await o.rest.repos.createRelease({
      owner: "octo",
      repo: "rel",
      tag_name: "v1",
      name: "v1",
      draft: true,
      body: "b",
    });
    await o.rest.repos.updateRelease({ owner: "octo", repo: "rel", release_id: r.data.id, body: "b2" });
    const list = await o.paginate(o.rest.repos.listReleases, { owner: "octo", repo: "rel" });
    expect(list.map((x) => [x.tag_name, x.body, x.draft])).toEqual([["v1", "b2", true]]);
  });
});

describe("fake GitHub: faults and apps", () => {
  it("answers injected faults the given number of times, then behaves", async () => {
    const repo = gh.repo("octo", "faults");
    const sha = repo.commit({ "a.yaml": "a\n" });
    repo.openPullRequest({ number: 1, base: sha, head: sha });
    gh.inject({ method: "GET", path: /\/pulls\/1$/, status: 502, times: 2 });
    gh.inject({ method: "GET", path: "/repos/octo/faults", truncate: true });
    const url = `${gh.url}/repos/octo/faults/pulls/1`;
    expect((await fetch(url)).status).toBe(502);
    expect((await fetch(url)).status).toBe(502);
    expect((await fetch(url)).status).toBe(200);
    const truncated = await (await fetch(`${gh.url}/repos/octo/faults`)).text();
    expect(() => JSON.parse(truncated) as unknown).toThrow();
    expect(gh.requests.map((r) => r.fault ?? null)).toEqual(["status 502", "status 502", null, "truncate"]);
  });

  it("sends secondary rate limits with retry-after", async () => {
    gh.inject({
      path: /.*/,
      status: 403,
      headers: { "retry-after": "7" },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      },
    });
    const res = await fetch(`${gh.url}/repos/x/y`);
    expect(res.status).toBe(403);
    expect(res.headers.get("retry-after")).toBe("7");
  });

  it("issues installation tokens only for a JWT signed by the app key, then accepts them", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const app = await FakeGitHub.start({
      appPublicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
      appId: 42,
      tokens: [],
    });
    try {
      app.repo("octo", "app").commit({});
      const jwt = (iss: number): string => {
        const h = Buffer.from(JSON.stringify({ alg: "RS256", typ: "JWT" })).toString("base64url");
        const p = Buffer.from(JSON.stringify({ iss, iat: 0, exp: 4_000_000_000 })).toString("base64url");
        const s = createSign("RSA-SHA256").update(`${h}.${p}`).sign(privateKey).toString("base64url");
        return `${h}.${p}.${s}`;
      };
      const bad = await fetch(`${app.url}/app/installations/5/access_tokens`, {
        method: "POST",
        headers: { authorization: `bearer ${jwt(41)}` },
      });
      expect(bad.status).toBe(401);
      const ok = await fetch(`${app.url}/app/installations/5/access_tokens`, {
        method: "POST",
        headers: { authorization: `bearer ${jwt(42)}` },
      });
      expect(ok.status).toBe(201);
      const { token } = (await ok.json()) as { token: string };
      expect((await fetch(`${app.url}/repos/octo/app`)).status).toBe(401);
      expect(
        (await fetch(`${app.url}/repos/octo/app`, { headers: { authorization: `token ${token}` } })).status,
      ).toBe(200);
    } finally {
      await app.close();
    }
  });
});
