import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveModel } from "../../../src/core/catalog/resolve-model.js";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import {
  modelRefsOf,
  modelsNeeded,
  parseHubRef,
  refKey,
  type FetchedModel,
} from "../../../src/core/models/sources.js";
import { analyse } from "../../../src/core/review.js";
import type { ModelSpec } from "../../../src/core/types.js";

const hub = (repo: string) =>
  readFileSync(new URL(`../../fixtures/hub/${repo}/config.json`, import.meta.url), "utf8");

function spec(model: Record<string, unknown>, annotations?: Record<string, string>): ModelSpec {
  return {
    apiVersion: "piqc.ai/v1alpha1",
    kind: "ModelSpec",
    metadata: { name: "t", ...(annotations ? { annotations } : {}) },
    spec: { identity: { model } },
  } as ModelSpec;
}

describe("parseHubRef", () => {
  it.each([
    ["hf://Qwen/Qwen3-8B", "Qwen/Qwen3-8B", "main"],
    ["hf://Qwen/Qwen3-8B@v1.0", "Qwen/Qwen3-8B", "v1.0"],
    ["hf://org/name@refs%2Fpr%2F1", "org/name", "refs/pr/1"],
    ["https://huggingface.co/meta-llama/Llama-3.1-8B", "meta-llama/Llama-3.1-8B", "main"],
    ["https://huggingface.co/meta-llama/Llama-3.1-8B/tree/abc123", "meta-llama/Llama-3.1-8B", "abc123"],
    ["TinyLlama/TinyLlama-1.1B-Chat-v1.0", "TinyLlama/TinyLlama-1.1B-Chat-v1.0", "main"],
  ])("%s → %s @ %s", (text, repo, revision) => {
    expect(parseHubRef(text)).toEqual({ repo, revision, hub: true });
  });

  it.each([
    "s3://bucket/llama/",
    "hf://../etc@main",
    "hf://a/b/c",
    "org--x/name",
    "llama-3-8b",
    "hf://a/b@..",
    "",
  ])("refuses %j", (text) => {
    expect(parseHubRef(text)).toBeNull();
  });
});

describe("modelRefsOf / modelsNeeded", () => {
  it("lists the annotation, the URI and the id, most specific first", () => {
    const refs = modelRefsOf(
      spec(
        { id: "support-bot", artifacts: { modelUri: "hf://Qwen/Qwen3-8B@rev1" } },
        { "modelspec-review.piqc.ai/model": "org/other" },
      ),
    );
    expect(refs.map(refKey)).toEqual(["org/other@main", "Qwen/Qwen3-8B@rev1", "support-bot@main"]);
    expect(refs.map((r) => r.hub)).toEqual([true, true, false]);
  });

  it("collects both sides once and skips names the repo config declares", () => {
    const text = (id: string) =>
      `apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata: {name: a}\nspec:\n  identity:\n    model: {id: ${id}, family: x, task: t, framework: vllm}\n  runtime:\n    accelerator: {vendor: nvidia, type: l4, count: 1}\n`;
    const pairs = [
      { path: "a.yaml", base: text("org/a"), head: text("org/b") },
      { path: "b.yaml", head: text("org/b") },
      { path: "c.yaml", head: text("declared-one") },
    ];
    const config = {
      ...DEFAULT_CONFIG,
      catalog: { ...DEFAULT_CONFIG.catalog, models: [{ id: "declared-one", paramsB: 1 }] },
    };
    expect(modelsNeeded(pairs, config).map(refKey)).toEqual(["org/a@main", "org/b@main"]);
  });
});

describe("resolveModel with fetched configs", () => {
  const repo = "TinyLlama/TinyLlama-1.1B-Chat-v1.0";
  const ok: FetchedModel = {
    repo,
    revision: "main",
    origin: { kind: "hub", ref: `https://huggingface.co/${repo}/blob/main/config.json` },
    config: hub(repo),
  };

  it("reads the architecture from the config (confidence config) and says where from", () => {
    const r = resolveModel(spec({ id: repo }), DEFAULT_CONFIG, { [refKey(ok)]: ok });
    expect(r.confidence).toBe("config");
    expect(r.model?.layers).toBe(22);
    expect(r.model?.origin).toEqual(ok.origin);
    expect(r.reason).toContain("huggingface.co");
    expect(r.problems).toEqual([]);
  });

  it("turns a Hub failure into a warning problem and leaves the model unknown", () => {
    const gated: FetchedModel = {
      repo: "acme/private-20b",
      revision: "main",
      error: { code: "model/hub-gated", message: "the Hub answered 401", status: 401 },
    };
    const r = resolveModel(spec({ id: "acme/private-20b" }), DEFAULT_CONFIG, { [refKey(gated)]: gated });
    expect(r.model).toBeNull();
    expect(r.confidence).toBe("parsed-size");
    expect(r.problems).toMatchObject([{ code: "model/hub-gated", severity: "warning" }]);
    expect(r.problems[0]?.hint).toContain("HF_TOKEN");
  });

  it("keeps the built-in catalog as the fallback and lowers a failure to a notice", () => {
    const failed: FetchedModel = {
      repo: "meta-llama/Llama-3.1-8B",
      revision: "main",
      error: { code: "model/hub-timeout", message: "no answer within 10 s" },
    };
    const r = resolveModel(spec({ id: "meta-llama/Llama-3.1-8B" }), DEFAULT_CONFIG, {
      [refKey(failed)]: failed,
    });
    expect(r.model).not.toBeNull();
    expect(r.problems).toMatchObject([{ code: "model/hub-timeout", severity: "notice" }]);
  });

  it("reports a config that is not JSON and falls back", () => {
    const bad: FetchedModel = { ...ok, config: "<html>rate limited</html>" };
    const r = resolveModel(spec({ id: repo }), DEFAULT_CONFIG, { [refKey(bad)]: bad });
    expect(r.confidence).not.toBe("config");
    expect(r.problems.map((p) => p.code)).toEqual(["model/config-invalid-json"]);
  });

  it("lets the repo config win over a fetched config", () => {
    const config = {
      ...DEFAULT_CONFIG,
      catalog: {
        ...DEFAULT_CONFIG.catalog,
        models: [{ id: repo, paramsB: 1.1, layers: 20, kvHeads: 4, headDim: 64, hiddenSize: 2048 }],
      },
    };
    const r = resolveModel(spec({ id: repo }), config, { [refKey(ok)]: ok });
    expect(r.confidence).toBe("declared");
    expect(r.model?.layers).toBe(20);
  });

  it("flows through analyse(): the estimate names the config and Hub findings carry stable codes", () => {
    const text = `apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata: {name: a}\nspec:\n  identity:\n    model: {id: ${repo}, family: llama, task: t, framework: vllm}\n  runtime:\n    accelerator: {vendor: nvidia, type: l4, count: 1}\n    batch: {maxBatchSize: 1, maxSequenceLengthTokens: 2048}\n`;
    const review = analyse([{ path: "a.yaml", head: text }], DEFAULT_CONFIG, {
      models: { [refKey(ok)]: ok },
    });
    const est = review.files[0]?.specs[0]?.head?.estimate;
    expect(est?.model.confidence).toBe("config");
    expect(est?.memory?.verdict).toBe("fits");
    const missing: FetchedModel = {
      repo,
      revision: "main",
      error: { code: "model/hub-not-found", message: "404" },
    };
    const r2 = analyse([{ path: "a.yaml", head: text }], DEFAULT_CONFIG, {
      models: { [refKey(missing)]: missing },
    });
    const f = r2.files[0]?.specs[0]?.findings.find((x) => x.code === "model/hub-not-found");
    expect(f).toMatchObject({ severity: "warning", pointer: "/spec/identity/model/id", line: 6 });
  });
});
