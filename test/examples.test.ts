/**
 * Our own examples (examples/*.modelspec.yaml) stay valid, editor-ready and progressive: each one
 * declares everything the previous one did, plus something new.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFile } from "../src/core/parse.js";
import { isModelSpec, validateDocument } from "../src/core/validate.js";
import { analyse } from "../src/core/review.js";
import { DEFAULT_CONFIG } from "../src/core/config.js";

const DIR = new URL("../examples/", import.meta.url);
const names = readdirSync(DIR)
  .filter((n) => n.endsWith(".modelspec.yaml"))
  .sort();

function load(name: string) {
  const text = readFileSync(new URL(name, DIR), "utf8");
  const parsed = parseFile(`examples/${name}`, text);
  return { text, parsed };
}

/** Every leaf path of a value, e.g. "spec.runtime.accelerator.count". */
function paths(v: unknown, prefix = ""): string[] {
  if (v === null || typeof v !== "object") return [prefix];
  if (Array.isArray(v)) return v.length === 0 ? [prefix] : [`${prefix}[]`];
  return Object.entries(v).flatMap(([k, x]) => paths(x, prefix ? `${prefix}.${k}` : k));
}

describe("examples/", () => {
  it("has a progressive set from minimal to full production, with a RAG pipeline", () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(names[0]).toMatch(/^00-minimal\./);
    expect(names.some((n) => /rag/.test(n))).toBe(true);
    expect(names[names.length - 1]).toMatch(/full-production/);
  });

  it.each(names)("%s is a valid ModelSpec with no findings", (name) => {
    const { parsed } = load(name);
    expect(parsed.findings).toEqual([]);
    expect(parsed.documents).toHaveLength(1);
    const doc = parsed.documents[0]!;
    expect(isModelSpec(doc.value)).toBe(true);
    expect(validateDocument(name, doc, false)).toEqual([]);
  });

  it.each(names)("%s points editors at our schema", (name) => {
    expect(load(name).text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../schema/modelspec.v1alpha1.json",
    );
  });

  it("grows: the full-production example declares every field the minimal one does, and far more", () => {
    const first = new Set(paths(load(names[0]!).parsed.documents[0]!.value));
    const last = new Set(paths(load(names[names.length - 1]!).parsed.documents[0]!.value));
    for (const p of first) expect(last.has(p), p).toBe(true);
    expect(last.size).toBeGreaterThan(first.size * 4);
  });

  it("the RAG example wires dependencies with roles and latency budgets", () => {
    const rag = names.find((n) => /rag/.test(n))!;
    const value = load(rag).parsed.documents[0]!.value as {
      spec: { pipeline: { dependencies: Array<{ role: string; interface?: { maxLatencyMs?: number } }> } };
    };
    const deps = value.spec.pipeline.dependencies;
    expect(deps.map((d) => d.role).sort()).toEqual(["guardrail", "input", "reranker"]);
    expect(deps.every((d) => typeof d.interface?.maxLatencyMs === "number")).toBe(true);
  });

  it("every relative specRef between examples resolves, and the whole folder reviews with no findings", () => {
    const all = ["", "guardrails/", "embedders/", "rerankers/"].flatMap((sub) =>
      readdirSync(new URL(sub || ".", DIR))
        .filter((n) => n.endsWith(".modelspec.yaml"))
        .map((n) => `examples/${sub}${n}`),
    );
    const pairs = all.map((path) => ({ path, head: readFileSync(new URL(`../${path}`, DIR), "utf8") }));
    const review = analyse(pairs, DEFAULT_CONFIG, { knownPaths: new Set(all) });
    const findings = review.files.flatMap((f) => [...f.findings, ...f.specs.flatMap((s) => s.findings)]);
    expect(findings.filter((f) => f.code === "MS-PIPE-001")).toEqual([]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(all).toContain("examples/guardrails/input-safety.modelspec.yaml");
  });
});
