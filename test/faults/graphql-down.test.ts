/**
 * Issue 15, defect 8 at the port: with GraphQL failing, `readFiles` over a stock Octokit
 * (`@octokit/core` + retry + throttling, what `@actions/github` builds) reads every file through the
 * contents API, whatever body type Octokit hands over, and a file it cannot read rejects with
 * `UnreadableFileError` naming it — never a null (null means "absent", which the review would count
 * as unchanged or deleted).
 */
import { Octokit } from "@octokit/core";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOctokitPort, decodeBody } from "../../src/github/octokit.js";
import { UnreadableFileError, fileKey } from "../../src/github/port.js";
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

const Stock = Octokit.plugin(retry, throttling);
function stockOctokit() {
  return new Stock({
    auth: "t",
    baseUrl: gh.url,
    retry: { retries: 2, retryAfterBaseValue: 1 },
    throttle: { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false },
  });
}

let n = 0;
function setup() {
  const repo = gh.repo("octo", `gql-down-${++n}`);
  const sha = repo.commit({ "a.modelspec.yaml": "name: é ünïcode\n", "b.yaml": "x: 1\n" });
  const port = createOctokitPort(stockOctokit(), { owner: repo.owner, repo: repo.name });
  return { repo, sha, port };
}

describe("readFiles with GraphQL down", () => {
  it.each(["application/vnd.github.raw", "application/octet-stream", "text/plain; charset=utf-8"])(
    "reads the texts from the contents API answered as %s",
    async (type) => {
      const { sha, port } = setup();
      gh.inject({ method: "POST", path: "/graphql", status: 500, times: Infinity });
      gh.inject({ method: "GET", path: /\/contents\//, headers: { "content-type": type }, times: Infinity });
      const texts = await port.readFiles([
        { ref: sha, path: "a.modelspec.yaml" },
        { ref: sha, path: "b.yaml" },
        { ref: sha, path: "missing.yaml" },
      ]);
      expect(texts.get(fileKey(sha, "a.modelspec.yaml"))).toBe("name: é ünïcode\n");
      expect(texts.get(fileKey(sha, "b.yaml"))).toBe("x: 1\n");
      expect(texts.get(fileKey(sha, "missing.yaml"))).toBeNull();
    },
  );

  it("a file the contents API fails on rejects naming it (not null, not unchanged)", async () => {
    const { sha, port } = setup();
    gh.inject({ method: "POST", path: "/graphql", status: 500, times: Infinity });
    gh.inject({ method: "GET", path: /\/contents\/a\.modelspec\.yaml$/, status: 500, times: Infinity });
    const p = port.readFiles([
      { ref: sha, path: "a.modelspec.yaml" },
      { ref: sha, path: "b.yaml" },
    ]);
    await expect(p).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(p).rejects.toThrow(/a\.modelspec\.yaml/);
    await expect(p).rejects.not.toThrow(/b\.yaml/);
  });

  it("a JSON answer (a directory listing) is not a file's text", async () => {
    const { sha, port } = setup();
    gh.inject({ method: "POST", path: "/graphql", status: 500, times: Infinity });
    gh.inject({
      method: "GET",
      path: /\/contents\//,
      status: 200,
      body: [{ type: "file", name: "x" }],
      times: Infinity,
    });
    await expect(port.readFiles([{ ref: sha, path: "a.modelspec.yaml" }])).rejects.toThrow(
      /a\.modelspec\.yaml/,
    );
  });
});

describe("decodeBody", () => {
  it.each([
    ["a string", "abc", "abc"],
    ["an ArrayBuffer", new TextEncoder().encode("é").buffer, "é"],
    ["a Uint8Array view", new TextEncoder().encode("xéy").subarray(1), "éy"],
    ["bytes that are not UTF-8", new Uint8Array([0x61, 0xff, 0xfe]).buffer, null],
    ["a JSON object", { type: "dir" }, null],
    ["nothing", undefined, null],
  ])("%s", (_n, data, expected) => {
    expect(decodeBody(data)).toBe(expected);
  });
});
