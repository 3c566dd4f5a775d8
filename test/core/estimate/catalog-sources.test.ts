/**
 * The GPU and price catalogs (issue #12, Build item 5): GPUs deployed in 2026 resolve by the names
 * people write, and every entry names a public source and a date — never our private notebook.
 */
import { describe, expect, it } from "vitest";
import { GPUS, resolveGpu } from "../../../src/core/catalog/gpus.js";
import { PRICES } from "../../../src/core/catalog/prices.js";

describe("GPU catalog", () => {
  it.each([
    ["RTX 3090", "rtx-3090"],
    ["geforce-rtx-4090", "rtx-4090"],
    ["RTX 5090", "rtx-5090"],
    ["NVIDIA RTX 6000 Ada Generation", "rtx-6000-ada"],
    ["RTX PRO 6000 Blackwell", "rtx-pro-6000"],
    ["A6000", "rtx-a6000"],
    ["L20", "l20"],
    ["H20", "h20"],
    ["H800", "h800"],
    ["GB200", "gb200"],
    ["B300", "b300"],
    ["MI355X", "mi355x"],
  ])("%s resolves to %s", (name, id) => {
    expect(resolveGpu(name).gpu?.id).toBe(id);
  });

  it.each(GPUS.map((g) => [g.id, g] as const))("%s names a public source and a date", (_id, g) => {
    expect(g.source.length).toBeGreaterThan(10);
    expect(g.source).not.toMatch(/gpu-facts|shared\/reference|§/);
    expect(g.memoryBasis).not.toMatch(/gpu-facts|§/);
    expect(g.asOf).toMatch(/\S/);
    expect(g.memoryGiB).toBeGreaterThan(0);
    expect(g.memoryGiB).toBeLessThanOrEqual(g.labelGB * 1.074); // GiB never above the GB label in bytes
  });
});

describe("price catalog", () => {
  it.each(PRICES.map((p, i) => [`${p.provider} ${p.offer} #${i}`, p] as const))(
    "%s names a public source and a date",
    (_n, p) => {
      expect(p.source).not.toMatch(/gpu-facts|shared\/reference|§/);
      expect(p.asOf).toMatch(/\S/);
      expect(p.usdPerGpuHour).toBeGreaterThan(0);
      expect(GPUS.some((g) => g.id === p.gpu)).toBe(true);
    },
  );

  it("has Azure A100 and H100 prices", () => {
    expect(PRICES.some((p) => p.provider === "azure" && p.gpu.startsWith("a100"))).toBe(true);
    expect(PRICES.some((p) => p.provider === "azure" && p.gpu.startsWith("h100"))).toBe(true);
  });
});
