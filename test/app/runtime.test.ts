/**
 * Running vs declared through the GitHub App (issue #18, "App: a configured location"): the scan is
 * a repository file named by `runtime.factsPath` in `.github/modelspec-review.yml`, read at the
 * pull request's base commit through the same batched read as the specs. Signed deliveries with real
 * payloads go in over HTTP; every GitHub call goes to the loopback fake; the clock is fixed through
 * `createApp({ now })`, so ages in the comment are the same on every run.
 *
 * The golden scenario of the "Must show" lives here (test/golden/runtime/…): production runs
 * 2 GPUs at 16k context and misses a 1,500 ms p95 target, and the PR declares 1 GPU at 8k. The
 * comment shows the drift, the missed SLO and the observed cost per 1k tokens with their sources and
 * ages; the check run carries them as annotations on the spec's lines and, with
 * `failOn.runtimeDrift`, fails — the PR made the spec disagree with what runs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app/index.js";
import type { FakeGitHub, FakeRepo } from "../support/fake-github.js";
import { SPEC } from "../support/drift-fixtures.js";
import { expectGolden } from "../support/golden.js";
import {
  ACCEPTED,
  deliverAndSettle,
  pullRequestPayload,
  serveApp,
  startFakeGitHub,
  type AppServer,
} from "../support/app-harness.js";

const GOLDEN = fileURLToPath(new URL("../golden/runtime/", import.meta.url));
const SCAN = readFileSync(
  fileURLToPath(new URL("../fixtures/piqc/scan-2gpu-16k.json", import.meta.url)),
  "utf8",
);
/** The review's clock: the fixture's facts are 3–4 h old, its endpoint fact 36 days. */
const NOW = Date.parse("2026-12-07T01:00:00Z");
const SPEC_PATH = "models/chat.modelspec.yaml";
const FACTS = "ops/piqc/scan.json";
const CONFIG = `runtime:\n  factsPath: ${FACTS}\nfailOn:\n  runtimeDrift: true\n`;

/** `chat-8b` (schema-valid: family, task, owner) on `count` × L4 at `len` context with a p95 target. */
const spec = (count: number, len: number, p95: number): string =>
  SPEC({ count, len, max: 1 })
    .replace("      maxReplicas: 1\n", `      maxReplicas: 1\n      targetLatencyMsP95: ${p95}\n`)
    .replace(
      "      framework: vllm\n",
      "      framework: vllm\n      family: llama3\n      task: chat-completion\n",
    )
    .replace('  version: "1.0.0"\n', '  version: "1.0.0"\n  labels:\n    owner: serving-team\n');

let gh: FakeGitHub;
let repo: FakeRepo;
let server: AppServer | undefined;

/** The app as `createApp` wires it, with its clock fixed. */
async function start(): Promise<void> {
  server = await serveApp(gh, createApp({ timeoutMs: 30_000, now: () => NOW }));
}

/** main: the spec as production runs it (2 × L4, 16k, p95 target 3,000 ms), the scan, the config. */
function pr(
  headFiles: Record<string, string | null>,
  o: { config?: string; baseFiles?: Record<string, string> } = {},
): { base: string; head: string } {
  const base = repo.commit({
    [SPEC_PATH]: spec(2, 16384, 3000),
    [FACTS]: SCAN,
    ".github/modelspec-review.yml": o.config ?? CONFIG,
    "README.md": "models\n",
    ...o.baseFiles,
  });
  repo.setBranch("main", base);
  const head = repo.commit(headFiles, { parent: base });
  repo.openPullRequest({ number: 9, base, head });
  return { base, head };
}

/** The comment and check run with commit SHAs replaced, so the golden does not depend on them. */
function published(base: string, head: string) {
  const norm = (s: string): string => {
    for (const len of [40, 12, 7])
      s = s.split(head.slice(0, len)).join("<head-sha>").split(base.slice(0, len)).join("<base-sha>");
    return s;
  };
  const run = repo.checkRuns.at(-1)!;
  return {
    comment: norm(repo.comments(9).at(-1)!.body),
    check: JSON.parse(
      norm(
        JSON.stringify({
          name: run.name,
          conclusion: run.conclusion,
          output: run.output,
          annotationBatches: run.annotationBatches,
        }),
      ),
    ) as { conclusion: string; output: { summary: string }; annotationBatches: { title?: string }[][] },
  };
}

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.botLogin = "modelspec-review[bot]";
  repo = gh.repo("acme", "serving");
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await gh.close();
});

describe("the app reads the piqc scan from runtime.factsPath", () => {
  it("golden: 2 GPUs and 16k running, the PR declares 1 GPU and 8k, p95 over target", async () => {
    await start();
    const { base, head } = pr({ [SPEC_PATH]: spec(1, 8192, 1500) });
    const res = await deliverAndSettle(server!.url, "pull_request", pullRequestPayload("opened", repo, 9));
    expect(ACCEPTED).toContain(res.status);
    const got = published(base, head);
    expectGolden(join(GOLDEN, "2gpu-16k-declared-1gpu-8k", "comment.md"), got.comment);
    expectGolden(
      join(GOLDEN, "2gpu-16k-declared-1gpu-8k", "check-run.json"),
      `${JSON.stringify(got.check, null, 2)}\n`,
    );

    // What the golden must show, stated once more so a regenerated golden cannot drop it silently.
    const c = got.comment;
    expect(c).toContain("### Running vs declared");
    expect(c).toContain(`From <code>${FACTS}</code>`);
    expect(c).toMatch(
      /\| GPUs per replica \| 1 \| 2 <code>hardware\.gpuCount, pod&#95;resources<\/code> \| high, 3 h old \| ⚠️ drift \|/,
    );
    expect(c).toMatch(
      /\| Max sequence length \| 8192 \| 16384 <code>model\.maxModelLen, container&#95;args<\/code> \| high, 3 h old \| ⚠️ drift \|/,
    );
    expect(c).toMatch(
      /\| p95 latency \| 1500 ms \| 2400 ms \(observed\) <code>obs\.requestLatency\.p95Ms, prometheus<\/code> \| medium, 4 h old \| ⚠️ missed \|/,
    );
    expect(c).toMatch(/\*\*observed\*\* \(900 tokens\/s, <code>obs\.tps\.avg, prometheus<\/code>, 4 h old\)/);
    expect(c).toMatch(/Serving port \| 8000 \| 8000 .* \| low, 36 days old \| ⏳ stale \|/);

    // Gated: the PR made the spec disagree with what runs and promise a p95 production misses.
    expect(got.check.conclusion).toBe("failure");
    expect(got.check.output.summary).toMatch(/Running drift/);
    // The section sits under the table (the check run's summary, as in the comment), once.
    expect(got.check.output.summary).toContain("### Running vs declared");
    expect((got.check.output as { text?: string }).text).not.toContain("### Running vs declared");
    const titles = got.check.annotationBatches.flat().map((a) => a.title);
    for (const code of ["runtime/gpu-count", "runtime/max-model-len", "runtime/slo-latency"])
      expect(titles).toContain(code);
    // The scan is an unedited repository file: its stale fact is annotated on the scan's line.
    expect(got.check.annotationBatches.flat()).toContainEqual(
      expect.objectContaining({ path: FACTS, title: "runtime/stale" }),
    );

    // Read at the base commit, in one batched GraphQL read, never through the contents API.
    const reads = gh.requests.filter(
      (r) => r.graphql?.operation === "repository" && JSON.stringify(r.body).includes(`${base}:${FACTS}`),
    );
    expect(reads).toHaveLength(1);
    expect(JSON.stringify(gh.requests.map((r) => r.body))).not.toContain(`${head}:${FACTS}`);
    expect(gh.requestsTo("GET", /\/contents\/ops\//)).toEqual([]);
  });

  it("drift main already had does not fail the check (the PR-effect rule)", async () => {
    await start();
    // main already declares 1 GPU while 2 run; the PR only bumps the version.
    const old = spec(1, 16384, 3000);
    const { base, head } = pr(
      { [SPEC_PATH]: old.replace('version: "1.0.0"', 'version: "1.0.1"') },
      { baseFiles: { [SPEC_PATH]: old } },
    );
    await deliverAndSettle(server!.url, "pull_request", pullRequestPayload("opened", repo, 9));
    const got = published(base, head);
    expect(got.comment).toContain("### Running vs declared");
    expect(got.check.annotationBatches.flat().map((a) => a.title)).toContain("runtime/gpu-count");
    expect(got.check.conclusion).toBe("success");
  });

  it("a PR that edits the scan is still judged on the base's scan", async () => {
    await start();
    const forged = SCAN.replace('"hardware.gpuCount": { "value": 2', '"hardware.gpuCount": { "value": 1');
    expect(forged).not.toBe(SCAN);
    const { base, head } = pr({ [SPEC_PATH]: spec(1, 16384, 3000), [FACTS]: forged });
    await deliverAndSettle(server!.url, "pull_request", pullRequestPayload("opened", repo, 9));
    const got = published(base, head);
    expect(got.comment).toMatch(/GPUs per replica \| 1 \| 2 /);
    expect(got.comment).toMatch(
      /This change edits .{0,12}ops\/piqc\/scan\.json.{0,12}; the review holds the specs/,
    );
    expect(got.check.conclusion).toBe("failure");
    // The scan's lines at head are not the base's: none of its findings are annotated on it.
    expect(got.check.annotationBatches.flat().some((a) => (a as { path?: string }).path === FACTS)).toBe(
      false,
    );
  });

  it("a configured scan missing at the base is a notice, not a failed review", async () => {
    await start();
    const { base, head } = pr(
      { [SPEC_PATH]: spec(1, 8192, 1500) },
      { config: `runtime:\n  factsPath: ops/missing.json\nfailOn:\n  runtimeDrift: true\n` },
    );
    await deliverAndSettle(server!.url, "pull_request", pullRequestPayload("opened", repo, 9));
    const got = published(base, head);
    expect(got.comment).toMatch(
      /The piqc scan .{0,12}ops\/missing\.json.{0,40}runtime\.factsPath.{0,20} is not in the base commit/,
    );
    expect(got.comment).not.toContain("### Running vs declared");
    expect(got.check.conclusion).toBe("success");
  });

  it("a factsPath outside the repository is a config error and is never read", async () => {
    await start();
    const { base, head } = pr(
      { [SPEC_PATH]: spec(1, 8192, 1500) },
      { config: `runtime:\n  factsPath: ../other/${FACTS}\n` },
    );
    await deliverAndSettle(server!.url, "pull_request", pullRequestPayload("opened", repo, 9));
    const got = published(base, head);
    expect(got.comment).not.toContain("### Running vs declared");
    expect(got.comment).toContain("runtime.factsPath");
    expect(JSON.stringify(gh.requests.map((r) => r.body))).not.toContain("../other");
    // Config errors fail the check (config-errors gate), as for any broken config key.
    expect(got.check.conclusion).toBe("failure");
  });
});
