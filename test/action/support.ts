/**
 * Shared set-up for the Action tests: a fake repository with a PR built from the golden review
 * cases, the real `pull_request` payload written to a file, and the runner's environment
 * (`GITHUB_EVENT_PATH`, `GITHUB_API_URL`, `INPUT_*`, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { run, type RunOverrides } from "../../src/action/main.js";
import { pullRequestPayload } from "../support/app-harness.js";
import type { FakeGitHub, FakeRepo } from "../support/fake-github.js";

export const GOLDEN = new URL("../golden/", import.meta.url).pathname;

export function golden(name: string, side: "base" | "head"): string {
  return readFileSync(join(GOLDEN, name, `${side}.yaml`), "utf8");
}

export interface ActionRun {
  env: Record<string, string>;
  dir: string;
  outputs(): Record<string, string>;
  summary(): string;
}

/** Reads `name<<delim\nvalue\ndelim` entries of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join("\n");
  }
  return out;
}

/** The runner environment for a `pull_request` event of `repo`'s PR `number`. */
export function actionEnv(
  gh: FakeGitHub,
  repo: FakeRepo,
  number: number,
  inputs: Record<string, string> = {},
  options: { event?: string; payload?: unknown } = {},
): ActionRun {
  const dir = mkdtempSync(join(tmpdir(), "msr-action-"));
  const eventPath = join(dir, "event.json");
  writeFileSync(eventPath, JSON.stringify(options.payload ?? pullRequestPayload("opened", repo, number)));
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.event ?? "pull_request",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repo.fullName,
    GITHUB_API_URL: gh.url,
    GITHUB_GRAPHQL_URL: gh.graphqlUrl,
    GITHUB_SERVER_URL: "https://github.example",
    GITHUB_RUN_ID: "4242",
    GITHUB_SHA: "0".repeat(40), // the merge commit on pull_request: must NOT be reviewed
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    HF_HUB_OFFLINE: "1", // no real Hugging Face Hub in tests (issue #12)
    HF_HUB_CACHE: join(dir, "hf-cache"),
    "INPUT_GITHUB-TOKEN": "ghs_test",
    INPUT_PATHS: "",
    INPUT_CONFIG: ".github/modelspec-review.yml",
    INPUT_COMMENT: "",
    "INPUT_COMMENT-TAG": "",
    "INPUT_CHECK-NAME": "ModelSpec review",
    "INPUT_FAIL-ON": "",
    "INPUT_SARIF-FILE": "",
    "INPUT_RELEASE-NOTES-FILE": "",
    "INPUT_DRY-RUN": "false",
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return {
    env,
    dir,
    outputs: () => parseOutputFile(readFileSync(outputFile, "utf8")),
    summary: () => readFileSync(summaryFile, "utf8"),
  };
}

/**
 * Runs the Action in-process as the runner would: `process.env` is exactly `a.env` for the run
 * (`@actions/core` reads inputs, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY from it), the context is a
 * fresh `@actions/github` Context read from that environment, and stdout (workflow commands,
 * logs) is captured line by line. Throttling pauses are off; everything else is production.
 */
export async function runActionInProcess(
  a: ActionRun,
  overrides: Omit<RunOverrides, "context"> = {},
): Promise<{ code: number; stdout: string[] }> {
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) delete process.env[k];
  Object.assign(process.env, a.env);
  const stdout: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout.push(
      ...String(chunk)
        .split(/\r?\n/)
        .filter((l) => l !== ""),
    );
    return true;
  }) as typeof process.stdout.write;
  // `core.summary` remembers the first summary path it saw; each run has its own file.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  try {
    const Context = github.context.constructor as new () => typeof github.context;
    const code = await run({
      context: new Context(),
      client: { retryBaseMs: 1, throttle: false },
      ...overrides,
    });
    return { code, stdout };
  } finally {
    process.stdout.write = write;
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, saved);
    // `core.setFailed` sets the exit code of the process; the test runner's must stay clean.
    process.exitCode = undefined;
  }
}
