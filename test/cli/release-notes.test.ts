/**
 * `release-notes` over a real temporary git repository with two tags: several commits between the
 * tags touch the same spec (the notes show the net change), and specs are added, deleted, renamed
 * and edited-then-reverted.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filePairsInRange, run as releaseNotesCommand } from "../../src/cli/release-notes.js";
import { changedFiles } from "../../src/cli/git.js";
import { main } from "../../src/cli/main.js";
import { pairBySpecName } from "../../src/core/diff/renames.js";
import { expectGolden } from "../support/golden.js";

const GOLDEN = join(import.meta.dirname, "../golden/release-notes/git-range");

function spec(o: {
  name: string;
  version: string;
  id?: string;
  precision?: string;
  weights?: string;
  gpu?: string;
  count?: number;
  min?: number;
  max?: number;
  pii?: boolean;
}): string {
  return `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: ${o.name}
  version: "${o.version}"
  description: test spec
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
      type: ${o.gpu ?? "l40s"}
      count: ${o.count ?? 1}
    batch:
      maxBatchSize: 8
      maxSequenceLengthTokens: 4096
  operations:
    scaling:
      minReplicas: ${o.min ?? 1}
      maxReplicas: ${o.max ?? 4}
      targetLatencyMsP95: 900
  governance:
    compliance:
      pii:
        allowed: ${o.pii ?? false}
        policy: pii-v2
`;
}

let dir: string;
const run = (...args: string[]): string =>
  execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.com",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.com",
    },
  });
function write(files: Record<string, string | null>): void {
  for (const [p, text] of Object.entries(files)) {
    const abs = join(dir, p);
    if (text === null) rmSync(abs);
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
}
function commit(message: string, files: Record<string, string | null>): void {
  write(files);
  run("add", "-A");
  run("commit", "-q", "-m", message);
}

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await releaseNotesCommand(args, {
    cwd: dir,
    out: (s) => (out += s),
    err: (s) => (err += s),
  });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "release-notes-"));
  run("init", "-q", "-b", "main");
  commit("v1.0", {
    "specs/chat.modelspec.yaml": spec({ name: "support-chat", version: "1.4.0" }),
    "specs/summariser.modelspec.yaml": spec({ name: "summariser", version: "0.9.0", id: "mistral-7b-v0.3" }),
    "specs/embed.modelspec.yaml": spec({ name: "embedder", version: "2.0.0", id: "qwen2.5-1.5b" }),
    "specs/steady.modelspec.yaml": spec({ name: "steady", version: "1.0.0" }),
    "README.md": "models\n",
  });
  run("tag", "v1.0");
  // Three commits touch support-chat: new weights, then a re-quantisation with more replicas.
  commit("chat: new weights", {
    "specs/chat.modelspec.yaml": spec({
      name: "support-chat",
      version: "1.5.0",
      weights: "s3://models/llama-3.1-8b/weights-b/",
    }),
  });
  commit("steady: try more replicas", {
    "specs/steady.modelspec.yaml": spec({ name: "steady", version: "1.0.0", max: 8 }),
  });
  commit("chat: fp8 and more replicas", {
    "specs/chat.modelspec.yaml": spec({
      name: "support-chat",
      version: "1.6.0",
      weights: "s3://models/llama-3.1-8b/weights-b-fp8/",
      precision: "fp8",
      max: 6,
    }),
    "specs/summariser.modelspec.yaml": null,
  });
  commit("steady: revert", { "specs/steady.modelspec.yaml": spec({ name: "steady", version: "1.0.0" }) });
  commit("embedder moves and scales", {
    "specs/embed.modelspec.yaml": null,
    "specs/embedding/embed.modelspec.yaml": spec({
      name: "embedder",
      version: "2.0.0",
      id: "qwen2.5-1.5b",
      min: 2,
    }),
    "specs/vision.modelspec.yaml": spec({
      name: "vision-qa",
      version: "0.1.0",
      id: "qwen2.5-7b",
      gpu: "a10g",
    }),
    "README.md": "models and more\n",
  });
  commit("chat: version 1.6.1 with pii", {
    "specs/chat.modelspec.yaml": spec({
      name: "support-chat",
      version: "1.6.1",
      weights: "s3://models/llama-3.1-8b/weights-b-fp8/",
      precision: "fp8",
      max: 6,
      pii: true,
    }),
  });
  run("tag", "v1.1");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("git range plumbing", () => {
  it("lists the net change between two tags, renames included, and skips what was reverted", async () => {
    const entries = (await changedFiles(dir, "v1.0", "v1.1")).map(({ status, path, previousPath }) =>
      previousPath === undefined ? { status, path } : { status, path, previousPath },
    );
    expect(entries).toEqual([
      { status: "modified", path: "README.md" },
      { status: "modified", path: "specs/chat.modelspec.yaml" },
      {
        status: "renamed",
        path: "specs/embedding/embed.modelspec.yaml",
        previousPath: "specs/embed.modelspec.yaml",
      },
      // git's similarity guess: two specs from one template look like a rename (see pairBySpecName).
      {
        status: "renamed",
        path: "specs/vision.modelspec.yaml",
        previousPath: "specs/summariser.modelspec.yaml",
      },
    ]);
  });

  it("reads both ends of each matching file and pairs them by spec name, not by git's guess", async () => {
    const raw = await filePairsInRange(dir, "v1.0", "v1.1", ["**/*.modelspec.yaml"]);
    expect(raw).toHaveLength(3);
    const pairs = pairBySpecName(raw);
    expect(
      pairs.map((p) => [p.path, p.previousPath ?? null, p.base !== undefined, p.head !== undefined]),
    ).toEqual([
      ["specs/chat.modelspec.yaml", null, true, true],
      ["specs/embedding/embed.modelspec.yaml", "specs/embed.modelspec.yaml", true, true],
      ["specs/summariser.modelspec.yaml", null, true, false],
      ["specs/vision.modelspec.yaml", null, false, true],
    ]);
    expect(pairs[0]!.base).toContain('version: "1.4.0"');
    expect(pairs[0]!.head).toContain('version: "1.6.1"');
  });
});

describe("modelspec-review release-notes --from v1.0 --to v1.1", () => {
  it.each([
    ["markdown", "notes.md"],
    ["text", "notes.txt"],
    ["json", "notes.json"],
  ])("--format %s matches the golden file", async (format, file) => {
    const r = await cli("--from", "v1.0", "--to", "v1.1", "--format", format);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expectGolden(join(GOLDEN, file), r.out);
  });

  it("describes the net change of support-chat across its three commits", async () => {
    const { out } = await cli("--from", "v1.0", "--to", "v1.1", "--format", "json");
    const notes = JSON.parse(out) as Record<
      string,
      {
        name: string;
        kind: string;
        versionBefore: string;
        versionAfter: string;
        changes: { key: string; before: unknown; after: unknown }[];
      }[]
    >;
    const chat = notes.versionBumps!.find((n) => n.name === "support-chat")!;
    expect(chat).toMatchObject({ kind: "re-quantisation", versionBefore: "1.4.0", versionAfter: "1.6.1" });
    const by = new Map(chat.changes.map((c) => [c.key, c]));
    expect(by.get("identity.artifacts.modelUri")).toMatchObject({
      before: "s3://models/llama-3.1-8b/weights-a/",
      after: "s3://models/llama-3.1-8b/weights-b-fp8/",
    });
    expect(by.get("scaling.maxReplicas")).toMatchObject({ before: 4, after: 6 });
    expect(by.get("governance.pii.allowed")).toMatchObject({ before: false, after: true });
    expect(notes.newModels!.map((n) => n.name)).toEqual(["vision-qa"]);
    expect(notes.retiredModels!.map((n) => n.name)).toEqual(["summariser"]);
    expect(notes.operationalChanges!.map((n) => n.name)).toEqual(["embedder"]);
    // "steady" was edited and reverted between the tags: no note.
    expect(out).not.toContain("steady");
  });

  it("writes to a file with --output and defaults --to to HEAD", async () => {
    const r = await cli("--from", "v1.0", "--output", "notes.md");
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/wrote release notes for 4 spec\(s\) to notes.md/);
    rmSync(join(dir, "notes.md"));
  });

  it("takes the spec paths from --config (here: one spec only)", async () => {
    writeFileSync(join(dir, "..", "rn-config.yml"), 'paths: ["specs/chat.modelspec.yaml"]\n');
    const r = await cli("--from", "v1.0", "--to", "v1.1", "--format", "text", "--config", "../rn-config.yml");
    rmSync(join(dir, "..", "rn-config.yml"));
    expect(r.code).toBe(0);
    expect(r.out.split("\n").filter((l) => l.startsWith("- "))).toEqual([
      expect.stringMatching(/^- support-chat 1\.4\.0 → 1\.6\.1 \(re-quantisation\)/),
    ]);
  });

  it("runs through the modelspec-review dispatcher", async () => {
    let out = "";
    let err = "";
    const io = {
      cwd: dir,
      color: false,
      out: (s: string) => void (out += s),
      err: (s: string) => void (err += s),
      flush: async () => {},
    };
    const code = await main(["release-notes", "--from", "v1.0", "--to", "v1.1", "--format", "text"], io);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toContain("- support-chat 1.4.0 → 1.6.1 (re-quantisation)");
  });

  it("reports an empty range plainly", async () => {
    const r = await cli("--from", "v1.1", "--to", "v1.1", "--format", "text");
    expect(r).toEqual({ code: 0, out: "Model changes\nNo model version changes.\n", err: "" });
  });

  it.each([
    [["--to", "v1.1"], 2, /--from <ref> is required/],
    [["--from", "v1.0", "--format", "html"], 2, /--format must be one of markdown, json, text/],
    [["--from", "v1.0", "--bogus"], 2, /Unknown option '--bogus'/],
    [["--from", "no-such-tag"], 1, /"no-such-tag" is not a commit/],
  ])("fails clearly on %j", async (args, code, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.out).toBe("");
  });
});
