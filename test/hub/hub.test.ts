/**
 * The Hub adapter against a Hub-shaped HTTP server on 127.0.0.1 (HF_ENDPOINT), serving the real
 * config.json files of test/fixtures/hub (origins in its SOURCES.md). Covers HF_ENDPOINT, HF_TOKEN
 * (the server checks the bearer), HF_HUB_OFFLINE with cache hit and miss, a gated repo without a
 * token, a Hub that never answers (bounded), 404, bad JSON, an oversize body and a redirect.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveModel } from "../../src/core/catalog/resolve-model.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { refKey, type ModelRef } from "../../src/core/models/sources.js";
import { analyse } from "../../src/core/review.js";
import type { ModelSpec } from "../../src/core/types.js";
import { createModelSource, loadModelTexts } from "../../src/hub/index.js";

const FIXTURES = new URL("../fixtures/hub/", import.meta.url).pathname;
const REPOS = readdirSync(FIXTURES)
  .filter((o) => !o.includes("."))
  .flatMap((org) => readdirSync(join(FIXTURES, org)).map((name) => `${org}/${name}`))
  .sort();
const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const TOKEN = "hf_loopback_test_token";
/** Gated on the real Hub too (Gemma's licence gate): the server wants the bearer. */
const GATED = "google/gemma-3-1b-it";

interface Seen {
  path: string;
  auth: string | undefined;
}
let server: Server;
let endpoint = "";
const seen: Seen[] = [];
const sockets = new Set<Socket>();

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? "";
  seen.push({ path: url, auth: req.headers.authorization });
  const m = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(url);
  if (!m) {
    res.writeHead(404).end();
    return;
  }
  const [, repo, , file] = m as unknown as [string, string, string, string];
  if (repo === "slow/never-answers") return; // hold the socket: the client must give up by itself
  if (repo === "old-org/renamed-model") {
    res.writeHead(307, {
      location: url.replace("old-org/renamed-model", "TinyLlama/TinyLlama-1.1B-Chat-v1.0"),
    });
    res.end();
    return;
  }
  if (repo === "broken/returns-html") {
    res
      .writeHead(200, { "content-type": "text/html", "x-repo-commit": COMMIT })
      .end("<html>rate limited</html>");
    return;
  }
  if (repo === "huge/oversize-config") {
    res.writeHead(200, { "x-repo-commit": COMMIT });
    res.end("{" + " ".repeat(2 * 1024 * 1024) + "}");
    return;
  }
  if (repo === GATED && req.headers.authorization !== `Bearer ${TOKEN}`) {
    const status = req.headers.authorization ? 403 : 401;
    res.writeHead(status, { "x-error-code": "GatedRepo" }).end("gated");
    return;
  }
  const path = join(FIXTURES, repo, file);
  if (!REPOS.includes(repo) || !existsSync(path)) {
    res.writeHead(404, { "x-error-code": REPOS.includes(repo) ? "EntryNotFound" : "RepoNotFound" }).end();
    return;
  }
  res.writeHead(200, { "content-type": "application/json", "x-repo-commit": COMMIT });
  res.end(readFileSync(path));
}

beforeAll(async () => {
  server = createServer(handle);
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const addr = server.address();
  endpoint = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => server.close(() => r()));
});

function freshCache(): string {
  return mkdtempSync(join(tmpdir(), "msr-hf-"));
}
const ref = (repo: string, revision = "main"): ModelRef => ({ repo, revision, hub: true });
function spec(id: string): ModelSpec {
  return {
    apiVersion: "piqc.ai/v1alpha1",
    kind: "ModelSpec",
    metadata: { name: id },
    spec: { identity: { model: { id } } },
  };
}

describe("Hub fixtures", () => {
  it("are at least 8 real models, none of them in the built-in catalog", () => {
    expect(REPOS.length).toBeGreaterThanOrEqual(8);
    const sources = readFileSync(join(FIXTURES, "SOURCES.md"), "utf8");
    for (const repo of REPOS) {
      expect(sources, `SOURCES.md names ${repo}`).toContain(`\`${repo}\``);
      const r = resolveModel(spec(repo), DEFAULT_CONFIG);
      expect(["exact", "alias"], `${repo} resolves without its config as ${r.model?.id}`).not.toContain(
        r.confidence,
      );
    }
  });
});

describe("createModelSource against a loopback Hub", () => {
  it.each(REPOS.filter((r) => r !== GATED))(
    "HF_ENDPOINT serves %s; the config resolves the model",
    async (repo) => {
      const cache = freshCache();
      try {
        const src = createModelSource({ env: { HF_ENDPOINT: endpoint }, cacheDir: cache, timeoutMs: 2000 });
        const got = await src.config(ref(repo));
        expect(got?.error).toBeUndefined();
        expect(got?.origin).toEqual({ kind: "hub", ref: `${endpoint}/${repo}/blob/${COMMIT}/config.json` });
        const r = resolveModel(spec(repo), DEFAULT_CONFIG, { [refKey(ref(repo))]: got! });
        expect(r.confidence).toBe("config");
        expect(r.model?.paramsB).toBeGreaterThan(0.1);
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    },
  );

  it("sends HF_TOKEN as a bearer and gets the gated repo; without it the gate is a finding", async () => {
    const cache = freshCache();
    try {
      const withToken = createModelSource({
        env: { HF_ENDPOINT: endpoint, HF_TOKEN: TOKEN },
        cacheDir: cache,
      });
      const ok = await withToken.config(ref(GATED));
      expect(ok?.config).toBeDefined();
      expect(seen.filter((s) => s.path.startsWith(`/${GATED}/`)).at(-1)?.auth).toBe(`Bearer ${TOKEN}`);

      const noToken = createModelSource({ env: { HF_ENDPOINT: endpoint }, cacheDir: null });
      const gated = await noToken.config(ref(GATED));
      expect(gated?.error).toMatchObject({ code: "model/hub-gated", status: 401 });
      expect(gated?.error?.message).toContain("no HF_TOKEN");
      const wrong = createModelSource({
        env: { HF_ENDPOINT: endpoint, HF_TOKEN: "hf_wrong" },
        cacheDir: null,
      });
      expect((await wrong.config(ref(GATED)))?.error).toMatchObject({ code: "model/hub-gated", status: 403 });
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it("HF_HUB_OFFLINE=1 serves from the cache a previous run filled, and misses without network", async () => {
    const cache = freshCache();
    try {
      const repo = "allenai/OLMo-2-1124-7B";
      await createModelSource({ env: { HF_ENDPOINT: endpoint }, cacheDir: cache }).config(ref(repo));
      // huggingface_hub's layout: refs/main → commit, snapshots/<commit>/config.json
      const dir = join(cache, "models--allenai--OLMo-2-1124-7B");
      expect(readFileSync(join(dir, "refs", "main"), "utf8")).toBe(COMMIT);
      expect(existsSync(join(dir, "snapshots", COMMIT, "config.json"))).toBe(true);

      const before = seen.length;
      const offline = createModelSource({
        env: { HF_ENDPOINT: endpoint, HF_HUB_OFFLINE: "1" },
        cacheDir: cache,
      });
      const hit = await offline.config(ref(repo));
      expect(hit?.origin?.kind).toBe("cache");
      expect(hit?.config).toBe(readFileSync(join(FIXTURES, repo, "config.json"), "utf8"));
      const miss = await offline.config(ref("bigcode/starcoder2-7b"));
      expect(miss?.error?.code).toBe("model/hub-offline");
      expect(seen.length, "offline made no request").toBe(before);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it("reads the cache by HF_HOME (huggingface_hub's location rules)", async () => {
    const home = freshCache();
    try {
      const repo = "internlm/internlm2_5-7b-chat";
      await createModelSource({ env: { HF_ENDPOINT: endpoint, HF_HOME: home } }).config(ref(repo));
      expect(existsSync(join(home, "hub", "models--internlm--internlm2_5-7b-chat", "refs", "main"))).toBe(
        true,
      );
      const hit = await createModelSource({ env: { HF_HOME: home, HF_HUB_OFFLINE: "true" } }).config(
        ref(repo),
      );
      expect(hit?.origin?.kind).toBe("cache");
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it("gives up on a Hub that never answers, within its bound", async () => {
    const src = createModelSource({ env: { HF_ENDPOINT: endpoint }, cacheDir: null, timeoutMs: 300 });
    const got = await src.config(ref("slow/never-answers"));
    expect(got?.error?.code).toBe("model/hub-timeout");
  });

  it.each([
    ["no-such/model", "model/hub-not-found"],
    ["broken/returns-html", undefined],
    ["huge/oversize-config", "model/config-too-large"],
  ])("%s → %s", async (repo, code) => {
    const src = createModelSource({ env: { HF_ENDPOINT: endpoint }, cacheDir: null, timeoutMs: 2000 });
    const got = await src.config(ref(repo));
    expect(got?.error?.code).toBe(code);
    if (repo === "broken/returns-html") {
      // the text arrives; the core's parser says it is not JSON, as a finding
      const r = resolveModel(spec(repo), DEFAULT_CONFIG, { [refKey(ref(repo))]: got! });
      expect(r.problems.map((p) => p.code)).toEqual(["model/config-invalid-json"]);
    }
  });

  it("follows the Hub's redirect for a renamed repository", async () => {
    const src = createModelSource({ env: { HF_ENDPOINT: endpoint }, cacheDir: null });
    const got = await src.config(ref("old-org/renamed-model"));
    expect(got?.config).toContain("LlamaForCausalLM");
  });

  it("reports an unreachable endpoint as a finding code, not an exception", async () => {
    const src = createModelSource({
      env: { HF_ENDPOINT: "http://127.0.0.1:1" },
      cacheDir: null,
      timeoutMs: 2000,
    });
    expect((await src.config(ref("a/b")))?.error?.code).toBe("model/hub-unreachable");
  });

  it("takes a config committed in the repository before the cache and the Hub", async () => {
    const reads: string[][] = [];
    const src = createModelSource({
      env: { HF_ENDPOINT: "http://127.0.0.1:1" },
      cacheDir: null,
      readRepoFiles: async (paths) => {
        reads.push(paths);
        return new Map(
          paths.map((p) => [
            p,
            p === ".modelspec/models/acme/house-llm/config.json"
              ? readFileSync(join(FIXTURES, "TinyLlama/TinyLlama-1.1B-Chat-v1.0/config.json"), "utf8")
              : null,
          ]),
        );
      },
    });
    const got = await src.config({ repo: "acme/house-llm", revision: "main", hub: true });
    expect(got?.origin).toEqual({ kind: "repo-file", ref: ".modelspec/models/acme/house-llm/config.json" });
    expect(reads).toHaveLength(1);
    expect(await src.config({ repo: "bare-name", revision: "main", hub: false })).toBeNull();
  });
});

describe("loadModelTexts → analyse", () => {
  it("resolves every spec of a PR from the Hub, with failures as findings and the review complete", async () => {
    const yaml = (id: string, n: number) =>
      `apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata: {name: m${n}}\nspec:\n  identity:\n    model: {id: ${id}, family: x, task: text-generation, framework: vllm}\n  runtime:\n    accelerator: {vendor: nvidia, type: h100, count: 1}\n    batch: {maxBatchSize: 1, maxSequenceLengthTokens: 2048}\n`;
    const ids = [...REPOS.filter((r) => r !== GATED), GATED, "no-such/model"];
    const pairs = ids.map((id, i) => ({ path: `specs/m${i}.yaml`, head: yaml(id, i) }));
    const cache = freshCache();
    try {
      const models = await loadModelTexts(pairs, DEFAULT_CONFIG, {
        env: { HF_ENDPOINT: endpoint },
        cacheDir: cache,
      });
      const review = analyse(pairs, DEFAULT_CONFIG, { models });
      const byId = new Map(
        review.files.map((f) => [f.specs[0]?.head?.spec?.spec?.identity?.model?.id, f.specs[0]] as const),
      );
      for (const repo of REPOS.filter((r) => r !== GATED)) {
        expect(byId.get(repo)?.head?.estimate?.model.confidence, repo).toBe("config");
      }
      const gated = byId.get(GATED);
      expect(gated?.head?.estimate?.memory).toBeNull();
      expect(gated?.findings.map((f) => f.code)).toContain("model/hub-gated");
      expect(byId.get("no-such/model")?.findings.map((f) => f.code)).toContain("model/hub-not-found");
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
