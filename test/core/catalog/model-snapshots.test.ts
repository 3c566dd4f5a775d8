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
import { HAND_ROWS, MODELS, SNAPSHOT_NAMES, SNAPSHOT_ROWS } from "../../../src/core/catalog/models.js";
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
    expect(SNAPSHOT_ROWS.length).toBe(repos.length);
    const snapKeys = new Set(SNAPSHOT_ROWS.flatMap((m) => [m.id, m.name, ...m.aliases].map(modelKey)));
    for (const h of HAND_ROWS)
      for (const n of [h.id, h.name, ...h.aliases])
        expect(snapKeys.has(modelKey(n)), `hand row ${h.id} (${n}) shadows a snapshot row`).toBe(false);
    expect(new Set(MODELS.map((m) => m.id)).size).toBe(MODELS.length);
  });
});

/**
 * Published parameter counts (billions) from each model card, and the tolerance the count computed
 * from the config must meet. Cards round to two or three significant figures; the tolerance is the
 * rounding plus small tensors the generic count does not model (Qwen3's per-head q/k norms).
 */
const PUBLISHED: Array<{ repo: string; totalB: number; activeB?: number; tol: number; card: string }> = [
  { repo: "meta-llama/Llama-3.1-8B", totalB: 8.03, tol: 0.005, card: "https://huggingface.co/meta-llama/Llama-3.1-8B (safetensors: 8.03B params)" },
  { repo: "meta-llama/Llama-3.2-3B", totalB: 3.21, tol: 0.005, card: "https://huggingface.co/meta-llama/Llama-3.2-3B (model card: 3.21B)" },
  { repo: "Qwen/Qwen2.5-3B", totalB: 3.09, tol: 0.005, card: "https://huggingface.co/Qwen/Qwen2.5-3B (Number of Parameters: 3.09B)" },
  { repo: "Qwen/Qwen2.5-7B", totalB: 7.61, tol: 0.005, card: "https://huggingface.co/Qwen/Qwen2.5-7B (Number of Parameters: 7.61B)" },
  { repo: "Qwen/Qwen2.5-14B", totalB: 14.7, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen2.5-14B (Number of Parameters: 14.7B)" },
  { repo: "Qwen/Qwen2.5-32B", totalB: 32.5, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen2.5-32B (Number of Parameters: 32.5B)" },
  { repo: "Qwen/Qwen3-4B", totalB: 4.0, tol: 0.02, card: "https://huggingface.co/Qwen/Qwen3-4B (Number of Parameters: 4.0B)" },
  { repo: "Qwen/Qwen3-8B", totalB: 8.2, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen3-8B (Number of Parameters: 8.2B)" },
  { repo: "Qwen/Qwen3-14B", totalB: 14.8, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen3-14B (Number of Parameters: 14.8B)" },
  { repo: "Qwen/Qwen3-32B", totalB: 32.8, tol: 0.01, card: "https://huggingface.co/Qwen/Qwen3-32B (Number of Parameters: 32.8B)" },
  { repo: "Qwen/Qwen3-30B-A3B", totalB: 30.5, activeB: 3.3, tol: 0.02, card: "https://huggingface.co/Qwen/Qwen3-30B-A3B (30.5B total, 3.3B activated)" },
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
    if (p.activeB !== undefined)
      expect(
        off(arch!.activeParamsB, p.activeB),
        `active ${arch!.activeParamsB} B vs ${p.activeB} B (${p.card})`,
      ).toBeLessThan(Math.max(p.tol, 0.03));
  });
});
