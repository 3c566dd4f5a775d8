/**
 * The GPU and price catalogs (issue #12, Build item 5): GPUs deployed in 2026 resolve by the names
 * people write, and every entry names a public source and a date — never our private notebook.
 */
import { describe, expect, it } from "vitest";
import { GPUS, resolveGpu } from "../../../src/core/catalog/gpus.js";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import { PRICES, findOffer, findPrice } from "../../../src/core/catalog/prices.js";

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

  // GCP prices added for issue #12 (Build item 5): whole machine (GPUs + vCPU + RAM) ÷ its GPUs,
  // us-central1; the 8-GPU A100 row and the L4/T4 rows sum SkyPilot's VM and GPU rows.
  it.each([
    ["l4", 1, false, 0.85362, "g2-standard-8"],
    ["l4", 1, true, 0.34057, "g2-standard-8"],
    ["l4", 4, false, 1.000415, "g2-standard-48"],
    ["l4", 8, false, 1.000416, "g2-standard-96"],
    ["t4", 1, false, 0.73, "nvidia-tesla-t4"],
    ["t4", 1, true, 0.27946, "nvidia-tesla-t4"],
    ["a100-40gb", 1, false, 3.673385, "a2-highgpu-1g"],
    ["a100-40gb", 2, true, 1.293355, "a2-highgpu-2g"],
    ["a100-40gb", 8, false, 3.673385, "a2-highgpu-8g"],
    ["a100-80gb", 1, false, 5.068798, "a2-ultragpu-1g"],
    ["a100-80gb", 4, true, 2.027468, "a2-ultragpu-4g"],
    // no 8-GPU A2 Ultra row: two 4-GPU machines, at the same per-GPU price
    ["a100-80gb", 8, false, 5.068798, "a2-ultragpu-4g"],
  ])("GCP %s ×%i spot=%s → $%s per GPU-hour (%s)", (gpu, count, spot, usd, offer) => {
    const q = findPrice(gpu, "gcp", DEFAULT_CONFIG, { count, spot });
    expect(q?.usdPerGpuHour).toBeCloseTo(usd, 6);
    expect(q?.spot).toBe(spot);
    expect(q?.offer.split(" ")[0]).toBe(offer);
    expect(q?.source).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\//);
  });

  it("prices the GCP machine types people write, and an N1 type implies no GPU", () => {
    expect(findOffer("g2-standard-8")?.gpu).toBe("l4");
    expect(findOffer("a2-ultragpu-1g")?.gpu).toBe("a100-80gb");
    expect(findOffer("a2-highgpu-8g")?.gpusPerInstance).toBe(8);
    expect(findOffer("n1-standard-8")).toBeNull();
  });

  it("prices the Azure A100 80GB SXM (ND96amsr_A100_v4), not only the PCIe and 40 GB parts", () => {
    const q = findPrice("a100-80gb", "azure", DEFAULT_CONFIG, { count: 8 });
    expect(q).toMatchObject({ offer: "Standard_ND96amsr_A100_v4", usdPerGpuHour: 4.09625 });
    expect(findOffer("Standard_ND96amsr_A100_v4")?.gpusPerInstance).toBe(8);
    // no documented Azure spot price or factor: on-demand, and said so
    expect(findPrice("a100-80gb", "azure", DEFAULT_CONFIG, { spot: true })?.spotUnavailable).toBe(true);
  });

  it("has Azure A100 and H100 prices", () => {
    expect(PRICES.some((p) => p.provider === "azure" && p.gpu.startsWith("a100"))).toBe(true);
    expect(PRICES.some((p) => p.provider === "azure" && p.gpu.startsWith("h100"))).toBe(true);
  });
});
