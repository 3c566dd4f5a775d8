import { Ajv2020 } from "ajv/dist/2020.js";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, type EstimateCliReport } from "../../src/cli/estimate.js";
import { main } from "../../src/cli/main.js";

const EXAMPLES = new URL("../../../shared/modelspec-upstream/examples/", import.meta.url).pathname;
const HAVE_EXAMPLES = existsSync(join(EXAMPLES, "08-full-production.modelspec.yaml"));

function io(cwd: string) {
  const o = { out: "", err: "", cwd };
  return {
    o,
    io: { out: (t: string) => void (o.out += t), err: (t: string) => void (o.err += t), cwd },
  };
}

const schema = JSON.parse(readFileSync(new URL("../../schema/report.v1.json", import.meta.url), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
ajv.addSchema(schema);
const validateReport = ajv.getSchema(
  "https://modelspec-review.dev/schema/report.v1.json#/$defs/estimateCliReport",
);

const SPEC = `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: chat
spec:
  identity:
    model:
      id: llama-3.1-8b-instruct
      framework: vllm
      precision: bf16
  runtime:
    accelerator:
      type: l4
      count: 1
    batch:
      maxBatchSize: 4
      maxSequenceLengthTokens: 4096
  operations:
    scaling:
      minReplicas: 1
      maxReplicas: 3
`;

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "msr-est-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("modelspec-review estimate", () => {
  it("is wired into the dispatcher", async () => {
    const dir = tmp({ "a.modelspec.yaml": SPEC });
    let out = "";
    const cli = {
      out: (t: string) => void (out += t),
      err: () => {},
      flush: async () => {},
      cwd: dir,
      color: false,
    };
    expect(await main(["estimate", "--format", "json", "a.modelspec.yaml"], cli)).toBe(0);
    expect((JSON.parse(out) as EstimateCliReport).specs[0]?.estimate.model.resolvedAs).toBe("llama-3.1-8b");
  });

  it("prints JSON that validates against $defs/estimateCliReport and carries the issue's fields", async () => {
    const dir = tmp({ "models/chat.modelspec.yaml": SPEC });
    const { o, io: cli } = io(dir);
    const code = await run(["--format", "json", "models"], cli);
    expect(o.err).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(o.out) as EstimateCliReport;
    expect(validateReport).toBeDefined();
    validateReport?.(report);
    expect(validateReport?.errors ?? []).toEqual([]);
    expect(report.specs).toHaveLength(1);
    const e = report.specs[0]?.estimate;
    expect(report.specs[0]).toMatchObject({
      file: "models/chat.modelspec.yaml",
      document: null,
      name: "chat",
    });
    expect(e?.model).toMatchObject({ resolvedAs: "llama-3.1-8b", confidence: "alias" });
    expect(e?.memory).toMatchObject({ fits: true, verdict: "fits" });
    expect(e?.memory?.perGpu.capacityGiB).toBe(22.32);
    expect(Number.isInteger(e?.kvCache?.tokenCapacity)).toBe(true);
    expect(e?.cost).toMatchObject({
      provider: "aws",
      hourlyUsdPerReplica: 0.8048,
      monthlyUsd: { atMinReplicas: 587.5, atMaxReplicas: 1762.51 },
    });
    expect(e?.assumptions.length).toBeGreaterThan(3);
  });

  it("reads the repo config and honours --provider / --spot", async () => {
    const dir = tmp({
      "m.modelspec.yaml": SPEC.replace("type: l4", "type: h100"),
      ".github/modelspec-review.yml": "estimate:\n  hoursPerMonth: 720\n",
    });
    const { o, io: cli } = io(dir);
    expect(await run(["--format", "json", "--provider", "gcp", "--spot", "m.modelspec.yaml"], cli)).toBe(0);
    const e = (JSON.parse(o.out) as EstimateCliReport).specs[0]?.estimate;
    expect(e?.cost).toMatchObject({ provider: "gcp", spot: true, usdPerGpuHour: 6.571, hoursPerMonth: 720 });
  });

  it("exits 1 when a spec does not fit, and prints the verdict in text", async () => {
    const dir = tmp({ "big.modelspec.yaml": SPEC.replace("llama-3.1-8b-instruct", "llama-2-70b-chat") });
    const { o, io: cli } = io(dir);
    expect(await run(["big.modelspec.yaml"], cli)).toBe(1);
    expect(o.out).toMatch(/DOES-NOT-FIT/);
    expect(o.out).toMatch(/estimate\/does-not-fit/);
  });

  it("exits 2 on usage errors and unreadable paths, still estimating the rest", async () => {
    const dir = tmp({ "a.modelspec.yaml": SPEC });
    const a = io(dir);
    expect(await run([], a.io)).toBe(2);
    const b = io(dir);
    expect(await run(["--format", "xml", "a.modelspec.yaml"], b.io)).toBe(2);
    const c = io(dir);
    expect(await run(["missing.yaml", "a.modelspec.yaml"], c.io)).toBe(2);
    expect(c.o.err).toMatch(/cannot read missing\.yaml/);
    expect(c.o.out).toMatch(/llama-3\.1-8b/);
  });

  it("estimates every ModelSpec document of a multi-document file with its index", async () => {
    const dir = tmp({
      "two.yaml": `${SPEC}---\n${SPEC.replace("name: chat", "name: chat-2")}---\nkind: ConfigMap\n`,
    });
    const { o, io: cli } = io(dir);
    await run(["--format", "json", "two.yaml"], cli);
    const r = JSON.parse(o.out) as EstimateCliReport;
    expect(r.specs.map((s) => [s.document, s.name])).toEqual([
      [0, "chat"],
      [1, "chat-2"],
    ]);
  });

  describe.skipIf(!HAVE_EXAMPLES)("upstream example 08-full-production (needs ../shared)", () => {
    it("prints a fit verdict, KV capacity and the monthly cost range; no recommendation when already cheapest", async () => {
      const { o, io: cli } = io(EXAMPLES);
      expect(await run(["08-full-production.modelspec.yaml"], cli)).toBe(0);
      // the engine's rule: weights + activations + overhead + ONE 4,096-token request's KV
      expect(o.out).toMatch(/Memory {6}FITS: 33\.52 of 71\.37 GiB usable per GPU/);
      expect(o.out).toMatch(/KV cache {4}500,192 tokens per replica → 122 full-length sequences/);
      expect(o.out).toMatch(/\$20,036\.46 – \$100,182\.28 per month/);
      expect(o.out).not.toMatch(/Recommend {3}/);
    });
  });
});
