import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PermissionDeniedError } from "../../src/github/port.js";
import { createReleasesPort, diffBlobMaps } from "../../src/github/releases.js";
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

const port = (name: string) =>
  createReleasesPort(getOctokit("t0ken", { baseUrl: gh.url, request: { retries: 0 } }), {
    owner: "octo",
    repo: name,
  });

describe("diffBlobMaps", () => {
  it("pairs identical content as renames and reports the rest as added/modified/removed", () => {
    const base = new Map([
      ["a.yaml", "1"],
      ["old.yaml", "2"],
      ["gone.yaml", "3"],
      ["same.yaml", "4"],
    ]);
    const head = new Map([
      ["a.yaml", "1b"],
      ["new.yaml", "2"],
      ["added.yaml", "5"],
      ["same.yaml", "4"],
    ]);
    expect(diffBlobMaps(base, head)).toEqual([
      { path: "a.yaml", status: "modified" },
      { path: "added.yaml", status: "added" },
      { path: "gone.yaml", status: "removed" },
      { path: "new.yaml", status: "renamed", previousPath: "old.yaml" },
    ]);
  });
});

describe("createReleasesPort against the fake GitHub", () => {
  it("diffs two commits' trees in two requests, however many commits lie between", async () => {
    const repo = gh.repo("octo", "trees");
    const c1 = repo.commit({
      "specs/a.modelspec.yaml": "a: 1\n",
      "specs/b.modelspec.yaml": "b: 1\n",
      "README.md": "x",
    });
    const c2 = repo.commit({ "specs/a.modelspec.yaml": "a: 2\n" }, { parent: c1 });
    const c3 = repo.commit(
      { "specs/a.modelspec.yaml": "a: 3\n", "specs/b.modelspec.yaml": null },
      { parent: c2 },
    );
    const c4 = repo.commit(
      { "specs/c.modelspec.yaml": "b: 1\n", "specs/d.modelspec.yaml": "d\n" },
      { parent: c3 },
    );
    const diff = await port("trees").diffTrees(c1, c4);
    expect(diff).toEqual({
      truncated: false,
      files: [
        { path: "specs/a.modelspec.yaml", status: "modified" },
        { path: "specs/c.modelspec.yaml", status: "renamed", previousPath: "specs/b.modelspec.yaml" },
        { path: "specs/d.modelspec.yaml", status: "added" },
      ],
    });
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.query.recursive}`)).toEqual(
      expect.arrayContaining([
        `GET /repos/octo/trees/git/trees/${c1} 1`,
        `GET /repos/octo/trees/git/trees/${c4} 1`,
      ]),
    );
    expect(gh.requests).toHaveLength(2);
  });

  it("lists, creates and updates releases", async () => {
    const repo = gh.repo("octo", "rel");
    repo.setBranch("main", repo.commit({ "x.txt": "x" }));
    const p = port("rel");
    expect(await p.listReleases()).toEqual([]);
    const created = await p.createRelease({ tagName: "next", name: "Next", body: "hello", draft: true });
    expect(created).toMatchObject({
      tagName: "next",
      name: "Next",
      body: "hello",
      draft: true,
      prerelease: false,
    });
    const updated = await p.updateRelease(created.id, { body: "hello again" });
    expect(updated.body).toBe("hello again");
    expect((await p.listReleases()).map((r) => [r.id, r.body])).toEqual([[created.id, "hello again"]]);
    expect(repo.releases()).toHaveLength(1);
  });

  it("turns a 403 on write into a PermissionDeniedError naming contents: write", async () => {
    gh.repo("octo", "ro");
    gh.forkMode();
    const err = await port("ro")
      .createRelease({ tagName: "next", name: "Next", body: "", draft: true })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermissionDeniedError);
    expect((err as Error).message).toContain("contents: write");
  });
});
