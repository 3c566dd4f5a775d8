/**
 * Release notes on push, end to end: signed `push` deliveries (real payload from
 * @octokit/webhooks-examples) to a real Probot app authenticated against the loopback fake GitHub,
 * running the real core. Two pushes that bump versions update ONE draft release whose "Model changes"
 * section is replaced in place, never duplicated; a replayed delivery writes nothing.
 */
import { join } from "node:path";
import examples from "@octokit/webhooks-examples";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app/index.js";
import { SECTION_END, SECTION_START, readReleaseSection } from "../../src/core/render/release-section.js";
import type { FakeGitHub, FakeRepo } from "../support/fake-github.js";
import { deliverAndSettle, serveApp, startFakeGitHub, type AppServer } from "../support/app-harness.js";
import { expectGolden } from "../support/golden.js";

const GOLDEN = join(import.meta.dirname, "../golden/release-notes/app-draft");

function spec(o: {
  name: string;
  version: string;
  id?: string;
  precision?: string;
  weights?: string;
  max?: number;
  min?: number;
}): string {
  return `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: ${o.name}
  version: "${o.version}"
spec:
  identity:
    model:
      id: ${o.id ?? "llama-3.1-8b"}
      task: chat-completion
      framework: vllm
      precision: ${o.precision ?? "bf16"}
      artifacts:
        modelUri: ${o.weights ?? "s3://models/llama-3.1-8b/weights-a/"}
  runtime:
    accelerator:
      vendor: nvidia
      type: l40s
      count: 1
    batch:
      maxBatchSize: 8
      maxSequenceLengthTokens: 4096
  operations:
    scaling:
      minReplicas: ${o.min ?? 1}
      maxReplicas: ${o.max ?? 4}
`;
}

interface ExampleGroup {
  name: string;
  examples: Record<string, unknown>[];
}

/** The real `push` example payload, pointed at the fake repo. */
function pushPayload(
  repo: FakeRepo,
  before: string,
  after: string,
  ref = "refs/heads/main",
): Record<string, unknown> {
  const group = (examples as unknown as ExampleGroup[]).find((g) => g.name === "push")!;
  const payload = structuredClone(group.examples[0]!);
  Object.assign(payload, {
    ref,
    before,
    after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
  });
  const r = payload.repository as Record<string, unknown>;
  Object.assign(r, {
    id: repo.id,
    name: repo.name,
    full_name: repo.fullName,
    default_branch: repo.defaultBranch,
  });
  Object.assign(r.owner as Record<string, unknown>, { login: repo.owner, name: repo.owner });
  payload.installation = { id: repo.installationId, node_id: `MDIz${repo.installationId}` };
  return payload;
}

let gh: FakeGitHub;
let server: AppServer;
let repo: FakeRepo;
let head: string;

/** Commits on main and delivers the push; returns the delivery's HTTP status. */
async function push(files: Record<string, string | null>, ref = "refs/heads/main"): Promise<number> {
  const before = head;
  const after = repo.commit(files, { parent: before });
  if (ref === "refs/heads/main") {
    repo.setBranch("main", after);
    head = after;
  }
  return (await deliverAndSettle(server.url, "push", pushPayload(repo, before, after, ref))).status;
}

const releaseCalls = () => gh.requests.filter((r) => r.path.includes("/releases"));
const count = (s: string, part: string) => s.split(part).length - 1;

beforeEach(async () => {
  gh = await startFakeGitHub();
  repo = gh.repo("octo-org", "models");
  head = repo.commit({
    "specs/chat.modelspec.yaml": spec({ name: "support-chat", version: "1.4.0" }),
    "specs/embed.modelspec.yaml": spec({ name: "embedder", version: "2.0.0", id: "qwen2.5-1.5b" }),
    "README.md": "models\n",
  });
  repo.setBranch("main", head);
  server = await serveApp(gh, createApp({ review: async () => {} }));
});

afterEach(async () => {
  await server.close();
  await gh.close();
});

describe("push to the default branch → draft release 'Model changes'", () => {
  it("two pushes update one draft release without duplicating the section", async () => {
    // Push 1: new weights for support-chat → a draft is created.
    expect(
      await push({
        "specs/chat.modelspec.yaml": spec({
          name: "support-chat",
          version: "1.5.0",
          weights: "s3://models/llama-3.1-8b/weights-b/",
        }),
      }),
    ).toBe(202);
    expect(repo.releases()).toHaveLength(1);
    const draft = repo.releases()[0]!;
    expect(draft).toMatchObject({ draft: true, tag_name: "next", name: "Next release" });
    expect(draft.body).toContain("#### support-chat `1.4.0` → `1.5.0` · new weights");
    expect(releaseCalls().map((r) => `${r.method} ${r.status}`)).toEqual(["GET 200", "POST 201"]);

    // Someone writes their own notes into the draft.
    draft.body = `## What's changed\n\n- Faster tokenizer (#12)\n\n${draft.body!}`;

    // Push 2: re-quantise support-chat and add a new model, in one push of one commit.
    gh.clearRequests();
    expect(
      await push({
        "specs/chat.modelspec.yaml": spec({
          name: "support-chat",
          version: "1.6.0",
          precision: "fp8",
          weights: "s3://models/llama-3.1-8b/weights-b-fp8/",
          max: 6,
        }),
        "specs/vision.modelspec.yaml": spec({ name: "vision-qa", version: "0.1.0", id: "qwen2.5-7b" }),
      }),
    ).toBe(202);
    expect(repo.releases()).toHaveLength(1);
    const body = repo.releases()[0]!.body!;
    expect(count(body, SECTION_START)).toBe(1);
    expect(count(body, SECTION_END)).toBe(1);
    expect(count(body, "## Model changes")).toBe(1);
    expect(body.startsWith("## What's changed\n\n- Faster tokenizer (#12)\n\n")).toBe(true);
    // The net change since the draft was started: 1.4.0 → 1.6.0, no trace of the 1.5.0 step.
    expect(body).toContain("#### support-chat `1.4.0` → `1.6.0` · re-quantisation");
    expect(body).not.toContain("· new weights");
    expect(body).toContain("#### vision-qa `0.1.0` · new model");
    expect(readReleaseSection(body)!.map((n) => [n.name, n.kind, n.versionBefore, n.versionAfter])).toEqual([
      ["support-chat", "re-quantisation", "1.4.0", "1.6.0"],
      ["vision-qa", "new-model", null, "0.1.0"],
    ]);
    expectGolden(join(GOLDEN, "body.md"), body);
    // A constant number of requests (the installation token is cached from push 1): config (repo,
    // then the org's .github defaults), two trees, one batched GraphQL read, list, update.
    expect(
      gh.requests
        .map((r) => `${r.method} ${r.path.replace(/[0-9a-f]{40}/, ":sha").replace(/\/\d+$/, "/:id")}`)
        .sort(),
    ).toEqual([
      "GET /repos/octo-org/.github/contents/.github/modelspec-review.yml",
      "GET /repos/octo-org/models/contents/.github/modelspec-review.yml",
      "GET /repos/octo-org/models/git/trees/:sha",
      "GET /repos/octo-org/models/git/trees/:sha",
      "GET /repos/octo-org/models/releases",
      "PATCH /repos/octo-org/models/releases/:id",
      "POST /graphql",
    ]);

    // A replayed delivery of push 2 writes nothing.
    gh.clearRequests();
    const before2 = repo.commits.get(head) ? head : "";
    const parent = [...repo.commits.keys()].at(-2)!;
    expect((await deliverAndSettle(server.url, "push", pushPayload(repo, parent, before2))).status).toBe(202);
    expect(releaseCalls().map((r) => r.method)).toEqual(["GET"]);
    expect(repo.releases()[0]!.body).toBe(body);
  });

  it("a push that bumps no version touches no release", async () => {
    expect(
      await push({
        "specs/embed.modelspec.yaml": spec({
          name: "embedder",
          version: "2.0.0",
          id: "qwen2.5-1.5b",
          min: 2,
        }),
      }),
    ).toBe(202);
    expect(await push({ "README.md": "models, documented\n" })).toBe(202);
    expect(releaseCalls()).toEqual([]);
    expect(repo.releases()).toEqual([]);
  });

  it("a push to another branch makes no API call at all", async () => {
    gh.clearRequests();
    expect(
      await push(
        { "specs/chat.modelspec.yaml": spec({ name: "support-chat", version: "9.9.9" }) },
        "refs/heads/feature",
      ),
    ).toBe(202);
    expect(gh.requests).toEqual([]);
  });

  it("retiring a model is announced; a draft that already exists is reused", async () => {
    const existing = repo.releaseList;
    expect(existing).toHaveLength(0);
    await push({ "README.md": "x\n" }); // nothing
    // A draft release-drafter (or a person) already made.
    gh.clearRequests();
    const res = await fetch(`${gh.url}/repos/octo-org/models/releases`, {
      method: "POST",
      headers: { authorization: `token ${gh.issueToken()}`, "content-type": "application/json" },
      body: JSON.stringify({ tag_name: "v2.0.0", name: "v2.0.0", body: "Draft by hand.", draft: true }),
    });
    expect(res.status).toBe(201);
    expect(await push({ "specs/embed.modelspec.yaml": null })).toBe(202);
    expect(repo.releases()).toHaveLength(1);
    const body = repo.releases()[0]!.body!;
    expect(body.startsWith("Draft by hand.\n\n")).toBe(true);
    expect(body).toContain("### Retired models");
    expect(body).toContain("#### embedder `2.0.0` · retired");
  });
});
