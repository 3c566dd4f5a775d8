import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "../../src/github/client.js";
import { createNodeFetch } from "../../src/github/node-fetch.js";
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
});

describe("the Action's Octokit (createClient)", () => {
  it("waits out a secondary rate limit (403 + retry-after) and logs it, with production throttling on", async () => {
    const repo = gh.repo("octo", "client-rl");
    const sha = repo.commit({ "a.yaml": "a\n" });
    const logs: string[] = [];
    const octokit = createClient({ token: "t", baseUrl: gh.url, log: (m) => logs.push(m) });
    gh.inject({
      method: "POST",
      path: "/repos/octo/client-rl/check-runs",
      status: 403,
      headers: { "retry-after": "1" },
      body: {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      },
    });
    const started = Date.now();
    const res = await octokit.request("POST /repos/{owner}/{repo}/check-runs", {
      owner: "octo",
      repo: "client-rl",
      name: "x",
      head_sha: sha,
    });
    expect(res.status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(gh.requestsTo("POST", "/repos/octo/client-rl/check-runs").map((r) => r.status)).toEqual([
      403, 201,
    ]);
    expect(logs.join("\n")).toMatch(/secondary rate limit hit by POST .*check-runs; retrying after 1 s/);
  });

  it("sends the token and a user agent, and parses JSON and raw bodies", async () => {
    const repo = gh.repo("octo", "client-basic");
    const sha = repo.commit({ "a.yaml": "x: é\n" });
    const octokit = createClient({ token: "ghs_abc", baseUrl: `${gh.url}/`, throttle: false });
    const raw = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner: "octo",
      repo: "client-basic",
      path: "a.yaml",
      ref: sha,
      headers: { accept: "application/vnd.github.raw" },
    });
    expect(raw.data).toBe("x: é\n");
    const req = gh.requests.at(-1)!;
    expect(req.headers.authorization).toBe("token ghs_abc");
    expect(req.headers["user-agent"]).toMatch(/^modelspec-review/);
  });
});

describe("createNodeFetch", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/moved") {
        res.writeHead(301, { location: "/here" }).end();
      } else if (req.url === "/here") {
        res.writeHead(200, { "content-type": "application/json", "x-a": "1" }).end('{"ok":true}');
      } else if (req.url === "/slow") {
        setTimeout(() => res.writeHead(200).end("late"), 2000);
      } else if (req.url === "/echo") {
        let body = "";
        req.on("data", (c: Buffer) => (body += c.toString()));
        req.on("end", () => res.writeHead(200).end(`${req.method} ${body}`));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it("follows redirects and exposes status, url, iterable headers and the body", async () => {
    const res = await createNodeFetch()(`${base}/moved`);
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${base}/here`);
    expect(res.headers.get("X-A")).toBe("1");
    expect([...res.headers].find(([k]) => k === "content-type")?.[1]).toBe("application/json");
    expect(await res.json()).toEqual({ ok: true });
  });

  it("sends the body with its method", async () => {
    const res = await createNodeFetch()(`${base}/echo`, { method: "PATCH", body: '{"a":"é"}' });
    expect(await res.text()).toBe('PATCH {"a":"é"}');
  });

  it("fails like fetch on timeouts and refused connections; honours AbortSignal", async () => {
    await expect(createNodeFetch({ timeoutMs: 100 })(`${base}/slow`)).rejects.toMatchObject({
      message: "fetch failed",
      cause: { message: expect.stringContaining("within 100 ms") },
    });
    await expect(createNodeFetch()("http://127.0.0.1:1/")).rejects.toMatchObject({ message: "fetch failed" });
    const ctrl = new AbortController();
    const p = createNodeFetch()(`${base}/slow`, { signal: ctrl.signal });
    ctrl.abort();
    await expect(p).rejects.toMatchObject({ name: "AbortError" });
  });
});
