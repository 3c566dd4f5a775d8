/**
 * The built-in model rows generated from real config.json snapshots (scripts/model-configs/, see
 * scripts/gen-models.mjs): the committed file is what the product's own parser makes of the
 * snapshots today, every snapshot names a public origin, and the parameter count the parser computes
 * from each config is within a stated tolerance of the count its publisher states on the model card.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIG_DIR, OUTPUT_PATH, generate, readSnapshots } from "../../../scripts/gen-models.mjs";
import { parseHfConfig } from "../../../src/core/models/hf-config.js";
import { MODEL_SNAPSHOTS } from "../../../src/core/catalog/generated/model-snapshots.js";
import {
  DERIVED_NAMES,
  HAND_ROWS,
  MODELS,
  SNAPSHOT_NAMES,
  SNAPSHOT_ROWS,
} from "../../../src/core/catalog/models.js";
import { modelKey } from "../../../src/core/catalog/normalize.js";

describe("generated model snapshots", () => {
  it("are a fresh generation from scripts/model-configs (run `npm run gen:models` if this fails)", async () => {
    const fresh = await generate(parseHfConfig);
    expect(readFileSync(OUTPUT_PATH, "utf8") === fresh).toBe(true);
  });

  it("name the Hub repository and a public https copy for every row", () => {
    expect(MODEL_SNAPSHOTS.length).toBe(readSnapshots(CONFIG_DIR).length);
    for (const s of MODEL_SNAPSHOTS) {
      expect(s.hub).toBe(`https://huggingface.co/${s.repo}`);
      expect(s.copiedFrom, s.repo).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
      expect(s.arch.source).toContain(s.hub);
      expect(s.arch.source).toContain(s.copiedFrom);
      expect(s.arch.origin).toEqual({ kind: "builtin", ref: s.copiedFrom });
      expect(s.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(`${s.arch.source} ${s.copiedFrom}`).not.toMatch(/gpu-facts/i);
    }
  });

  it("are each used by exactly one catalog row, and no hand row duplicates a snapshot", () => {
    const repos = MODEL_SNAPSHOTS.map((s) => s.repo).sort();
    expect(Object.keys(SNAPSHOT_NAMES).sort()).toEqual(repos);
    expect(SNAPSHOT_ROWS.length).toBe(repos.length + DERIVED_NAMES.length);
    for (const d of DERIVED_NAMES) expect(repos, d.id).toContain(d.base);
    const snapKeys = new Set(SNAPSHOT_ROWS.flatMap((m) => [m.id, m.name, ...m.aliases].map(modelKey)));
    for (const h of HAND_ROWS)
      for (const n of [h.id, h.name, ...h.aliases])
        expect(snapKeys.has(modelKey(n)), `hand row ${h.id} (${n}) shadows a snapshot row`).toBe(false);
    expect(new Set(MODELS.map((m) => m.id)).size).toBe(MODELS.length);
  });
});

/**
 * Published parameter counts (billions) from each model card, and the tolerance the count computed
 * from the config must meet. Cards round (Kimi-K2's "1T" is 1.03 T; gemma-3-4b's "4B" is 4.3 B on its
 * Hub page): `tol` is that rounding plus small tensors the generic count does not model (Qwen3's q/k
 * norms, gpt-oss's biases and attention sinks). Active counts are compared the way the card counts
 * them: `all` (every parameter a token touches, as ours), `text` (vision tower left out: Llama 4),
 * `no-input-embeddings` (the embedding table left out: gpt-oss).
 */
type Basis = "all" | "text" | "no-input-embeddings";
const PUBLISHED: Array<{ repo: string; totalB: number; activeB?: number; basis?: Basis; tol: number; card: string }> = [
  { repo: "meta-llama/Llama-3.1-8B", totalB: 8.03, tol: 0.005, card: "https://huggingface.co/meta-llama/Llama-3.1-8B (8.03B params)" },
  { repo: "meta-llama/Llama-3.1-70B-Instruct", totalB: 70.6, tol: 0.005, card: "https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct (70.6B params)" },
  { repo: "meta-llama/Llama-3.1-405B", totalB: 405, tol: 0.005, card: "https://huggingface.co/meta-llama/Llama-3.1-405B (405B)" },
  { repo: "meta-llama/Llama-3.2-3B", totalB: 3.21, tol: 0.005, card: "https://huggingface.co/meta-llama/Llama-3.2-3B (model card: 3.21B)" },
  { repo: "meta-llama/Llama-3.3-70B-Instruct", totalB: 70.6, tol: 0.005, card: "https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct (70.6B params)" },
  { repo: "meta-llama/Llama-4-Scout-17B-16E-Instruct", totalB: 109, activeB: 17, basis: "text", tol: 0.02, card: "https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct (17B active, 109B total)" },
  { repo: "meta-llama/Llama-4-Maverick-17B-128E-Instruct", totalB: 400, activeB: 17, basis: "text", tol: 0.02, card: "https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct (17B active, 400B total)" },
  { repo: "mistralai/Mistral-7B-Instruct-v0.3", totalB: 7.25, tol: 0.005, card: "https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3 (7.25B params)" },
  { repo: "mistralai/Mistral-Nemo-Instruct-2407", totalB: 12.2, tol: 0.01, card: "https://huggingface.co/mistralai/Mistral-Nemo-Instruct-2407 (12.2B params)" },
  { repo: "mistralai/Mistral-Small-3.1-24B-Instruct-2503", totalB: 24, tol: 0.01, card: "https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503 (24B)" },
  { repo: "mistralai/Mixtral-8x7B-Instruct-v0.1", totalB: 46.7, activeB: 12.9, tol: 0.005, card: "https://mistral.ai/news/mixtral-of-experts (46.7B total, 12.9B per token)" },
  { repo: "Qwen/Qwen2.5-0.5B-Instruct", totalB: 0.49, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct (Number of Parameters: 0.49B)" },
  { repo: "Qwen/Qwen2.5-1.5B-Instruct", totalB: 1.54, tol: 0.005, card: "https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct (Number of Parameters: 1.54B)" },
  { repo: "Qwen/Qwen2.5-3B", totalB: 3.09, tol: 0.005, card: "https://huggingface.co/Qwen/Qwen2.5-3B (Number of Parameters: 3.09B)" },
  { repo: "Qwen/Qwen2.5-7B", totalB: 7.61, tol: 0.005, card: "https://huggingface.co/Qwen/Qwen2.5-7B (Number of Parameters: 7.61B)" },
  { repo: "Qwen/Qwen2.5-14B", totalB: 14.7, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen2.5-14B (Number of Parameters: 14.7B)" },
  { repo: "Qwen/Qwen2.5-32B", totalB: 32.5, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen2.5-32B (Number of Parameters: 32.5B)" },
  { repo: "Qwen/Qwen3-0.6B", totalB: 0.6, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen3-0.6B (Number of Parameters: 0.6B)" },
  { repo: "Qwen/Qwen3-1.7B", totalB: 1.7, tol: 0.02, card: "https://huggingface.co/Qwen/Qwen3-1.7B (Number of Parameters: 1.7B)" },
  { repo: "Qwen/Qwen3-4B", totalB: 4.0, tol: 0.02, card: "https://huggingface.co/Qwen/Qwen3-4B (Number of Parameters: 4.0B)" },
  { repo: "Qwen/Qwen3-8B", totalB: 8.2, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen3-8B (Number of Parameters: 8.2B)" },
  { repo: "Qwen/Qwen3-14B", totalB: 14.8, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen3-14B (Number of Parameters: 14.8B)" },
  { repo: "Qwen/Qwen3-32B", totalB: 32.8, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen3-32B (Number of Parameters: 32.8B)" },
  { repo: "Qwen/Qwen3-30B-A3B", totalB: 30.5, activeB: 3.3, tol: 0.02, card: "https://huggingface.co/Qwen/Qwen3-30B-A3B (30.5B total, 3.3B activated)" },
  { repo: "Qwen/Qwen3-235B-A22B", totalB: 235, activeB: 22, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen3-235B-A22B (235B total, 22B activated)" },
  { repo: "Qwen/Qwen3-235B-A22B-FP8", totalB: 235, activeB: 22, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen3-235B-A22B-FP8 (235B total, 22B activated)" },
  { repo: "google/gemma-3-4b-it", totalB: 4.3, tol: 0.01, card: "https://huggingface.co/google/gemma-3-4b-it (4.3B params)" },
  { repo: "google/gemma-3-12b-it", totalB: 12.2, tol: 0.01, card: "https://huggingface.co/google/gemma-3-12b-it (12.2B params)" },
  { repo: "google/gemma-3-27b-it", totalB: 27.4, tol: 0.01, card: "https://huggingface.co/google/gemma-3-27b-it (27.4B params)" },
  { repo: "microsoft/phi-4", totalB: 14.7, tol: 0.005, card: "https://huggingface.co/microsoft/phi-4 (14.7B params)" },
  { repo: "deepseek-ai/DeepSeek-V3", totalB: 671, activeB: 37, tol: 0.02, card: "https://huggingface.co/deepseek-ai/DeepSeek-V3 (671B total, 37B activated)" },
  { repo: "deepseek-ai/DeepSeek-R1", totalB: 671, activeB: 37, tol: 0.02, card: "https://huggingface.co/deepseek-ai/DeepSeek-R1 (671B total, 37B activated)" },
  { repo: "deepseek-ai/DeepSeek-R1-Distill-Llama-8B", totalB: 8.03, tol: 0.005, card: "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Llama-8B (8.03B params)" },
  { repo: "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B", totalB: 1.78, tol: 0.005, card: "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B (1.78B params)" },
  { repo: "moonshotai/Kimi-K2-Instruct", totalB: 1000, activeB: 32, tol: 0.03, card: "https://huggingface.co/moonshotai/Kimi-K2-Instruct (1T total, 32B activated)" },
  { repo: "openai/gpt-oss-20b", totalB: 20.91, activeB: 3.61, basis: "no-input-embeddings", tol: 0.005, card: "https://openai.com/index/gpt-oss-model-card/ (20.91B total, 3.61B active)" },
  { repo: "openai/gpt-oss-120b", totalB: 116.83, activeB: 5.13, basis: "no-input-embeddings", tol: 0.005, card: "https://openai.com/index/gpt-oss-model-card/ (116.83B total, 5.13B active)" },
]; // prettier-ignore

describe("generated rows against the published parameter counts", () => {
  it("cover every snapshot with a published count (add the card's figure with a new snapshot)", () => {
    expect(PUBLISHED.map((p) => p.repo).sort()).toEqual(MODEL_SNAPSHOTS.map((s) => s.repo).sort());
  });

  it.each(PUBLISHED.map((p) => [p.repo, p] as const))("%s", (repo, p) => {
    const arch = MODEL_SNAPSHOTS.find((s) => s.repo === repo)?.arch;
    expect(arch, repo).toBeDefined();
    const off = (got: number, want: number) => Math.abs(got / want - 1);
    expect(off(arch!.paramsB, p.totalB), `${arch!.paramsB} B vs ${p.totalB} B (${p.card})`).toBeLessThan(
      p.tol,
    );
    if (p.activeB !== undefined) {
      const active =
        p.basis === "text"
          ? arch!.activeParamsB - (arch!.visionParamsB ?? 0)
          : p.basis === "no-input-embeddings"
            ? arch!.activeParamsB - (arch!.vocabSize * arch!.hiddenSize) / 1e9
            : arch!.activeParamsB;
      expect(
        off(active, p.activeB),
        `active ${arch!.activeParamsB} B vs ${p.activeB} B (${p.card})`,
      ).toBeLessThan(Math.max(p.tol, 0.03));
    }
  });

  it("derived rows (a distill on a named base) carry the base's count: DeepSeek-R1-Distill-Qwen-32B has 32,763,876,352", () => {
    // Hub API safetensors total of deepseek-ai/DeepSeek-R1-Distill-Qwen-32B (BF16), the same as Qwen2.5-32B's.
    const r = MODELS.find((m) => m.id === "deepseek-r1-distill-qwen-32b");
    expect(r?.paramsB).toBeCloseTo(32.763876, 5);
    expect(r?.source).toMatch(
      /^architecture of Qwen\/Qwen2\.5-32B as https:\/\/huggingface\.co\/deepseek-ai\/DeepSeek-R1-Distill-Qwen-32B/,
    );
  });
});
