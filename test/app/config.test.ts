/**
 * Config loading as the app does it: Probot's loader (`octokit.config.get`) over a real installation
 * Octokit against the fake GitHub, then D's `parseConfig` on the text the app hands the pipeline.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Context, type Probot } from "probot";
import { CONFIG_PATH, loadConfigText } from "../../src/app/config.js";
import { parseConfig } from "../../src/core/config.js";
import type { FakeGitHub, FakeRepo } from "../support/fake-github.js";
import { createTestProbot, pullRequestPayload, startFakeGitHub } from "../support/app-harness.js";

let gh: FakeGitHub;
let probot: Probot;
let repo: FakeRepo;

beforeEach(async () => {
  gh = await startFakeGitHub();
  probot = createTestProbot(gh);
  repo = gh.repo("octo-org", "models");
});

afterEach(async () => {
  await gh.close();
});

/** A Context for a pull_request delivery on `repo`, authenticated as its installation. */
async function contextFor(files: Record<string, string>): Promise<Context> {
  const sha = repo.commit({ "a.modelspec.yaml": "kind: ModelSpec\n", ...files });
  repo.setBranch("main", sha);
  repo.openPullRequest({ number: 1, base: sha, head: sha });
  const payload = pullRequestPayload("opened", repo, 1);
  const octokit = await probot.auth(repo.installationId);
  gh.clearRequests();
  return new Context(
    { id: "delivery-1", name: "pull_request", payload } as ConstructorParameters<typeof Context>[0],
    octokit,
    probot.log,
  );
}

const ref = { owner: "octo-org", repo: "models" };
/** Requests after the installation token (fetched lazily on the first call). */
const reads = (): string[] =>
  gh.requests.filter((r) => !r.path.startsWith("/app/")).map((r) => `${r.method} ${r.path} ${r.status}`);

describe("loadConfigText", () => {
  it("no file anywhere → null (defaults), after looking in the repo and in the org's .github repo", async () => {
    const ctx = await contextFor({});
    expect(await loadConfigText(ctx, ref)).toEqual({ text: null, file: CONFIG_PATH, sources: [] });
    expect(reads()).toEqual([
      "GET /repos/octo-org/models/contents/.github/modelspec-review.yml 404",
      "GET /repos/octo-org/.github/contents/.github/modelspec-review.yml 404",
    ]);
  });

  it("the repository's file → its text exactly as stored (one request), so findings keep their lines", async () => {
    const text = "# gates\nfailOn:\n  doesNotFit: true\n  monthlyCostIncreaseUsd: lots\n";
    const ctx = await contextFor({ [CONFIG_PATH]: text });
    const loaded = await loadConfigText(ctx, ref);
    expect(loaded).toEqual({ text, file: CONFIG_PATH, sources: [`octo-org/models:${CONFIG_PATH}`] });
    expect(reads()).toEqual(["GET /repos/octo-org/models/contents/.github/modelspec-review.yml 200"]);
    const { findings } = parseConfig(loaded.text!, loaded.file);
    expect(findings).toMatchObject([
      { file: CONFIG_PATH, pointer: "/failOn/monthlyCostIncreaseUsd", line: 4 },
    ]);
  });

  it("no repository file → the organisation's .github repository provides it", async () => {
    const org = gh.repo("octo-org", ".github");
    org.setBranch("main", org.commit({ [CONFIG_PATH]: "comment:\n  tag: org-wide\n" }));
    const ctx = await contextFor({});
    const loaded = await loadConfigText(ctx, ref);
    expect(loaded.text).toBe("comment:\n  tag: org-wide\n");
    expect(loaded.file).toBe(`octo-org/.github:${CONFIG_PATH}`);
    expect(parseConfig(loaded.text!, loaded.file).config.comment.tag).toBe("org-wide");
  });

  it("`_extends` → the loader's merge of both files, validated as one document", async () => {
    const shared = gh.repo("octo-org", "policies");
    shared.setBranch(
      "main",
      shared.commit({ [CONFIG_PATH]: "comment:\n  tag: shared\nlimits:\n  maxFiles: 50\n" }),
    );
    const ctx = await contextFor({ [CONFIG_PATH]: "_extends: policies\nlimits:\n  maxFiles: 20\n" });
    const loaded = await loadConfigText(ctx, ref);
    expect(loaded.sources).toEqual([`octo-org/models:${CONFIG_PATH}`, `octo-org/policies:${CONFIG_PATH}`]);
    const { config, findings } = parseConfig(loaded.text!, loaded.file);
    expect(findings).toEqual([]);
    expect(config.comment.tag).toBe("shared");
    expect(config.limits.maxFiles).toBe(20);
  });

  it("invalid YAML → its text, for parseConfig to report with the line (the review still runs)", async () => {
    const text = "failOn:\n  doesNotFit: true\n   broken: [\n";
    const ctx = await contextFor({ [CONFIG_PATH]: text });
    const loaded = await loadConfigText(ctx, ref);
    expect(loaded).toMatchObject({ text, file: CONFIG_PATH });
    const { findings } = parseConfig(loaded.text!, loaded.file);
    expect(findings[0]).toMatchObject({ code: "config/syntax", file: CONFIG_PATH });
    expect(findings[0]!.line).toBeGreaterThan(1);
  });

  it("GitHub failing → the error propagates (no silent fallback to defaults)", async () => {
    const ctx = await contextFor({});
    gh.inject({ path: "/repos/octo-org/models/contents/.github/modelspec-review.yml", status: 500 });
    await expect(loadConfigText(ctx, ref)).rejects.toMatchObject({ status: 500 });
  });
});
