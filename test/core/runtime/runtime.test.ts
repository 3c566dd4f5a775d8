import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config.js";
import { compareRuntime, readScan } from "../../../src/core/runtime/index.js";
import { SPEC } from "../../support/drift-fixtures.js";

const SCAN = readFileSync(
  fileURLToPath(new URL("../../fixtures/piqc/scan-2gpu-16k.json", import.meta.url)),
  "utf8",
);
const NOW = "2026-12-07T01:00:00Z";
/** The spec: 1 × L4 at 8k, p95 target 1,500 ms. */
const spec = SPEC({ count: 1 })
  .replace("      maxReplicas: 4\n", "      maxReplicas: 1\n      targetLatencyMsP95: 1500\n")
  .replace("minReplicas: 1", "minReplicas: 1");
const specs = [{ path: "models/chat.modelspec.yaml", head: spec }];

/** A scan with one workload and the given facts (value, confidence, observedAt). */
function scanWith(
  facts: Record<string, [unknown, string?, string?]>,
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    schemaVersion: "piqc-scan.v0.1",
    objects: [
      {
        workloadId: "ns/llm/deployment/chat-8b",
        kind: "Deployment",
        name: "chat-8b",
        facts: Object.fromEntries(
          Object.entries(facts).map(([k, [value, conf, at]]) => [
            k,
            {
              value,
              source: { type: "k8s_api", method: "test" },
              dataConfidence: conf ?? "high",
              observedAt: at ?? "2026-12-06T23:00:00Z",
            },
          ]),
        ),
      },
    ],
    ...extra,
  });
}
const codes = (r: ReturnType<typeof compareRuntime>) =>
  r.findings.map((f) => `${f.code}:${f.severity}`).sort();

describe("declared vs running: every compared key", () => {
  const cases: [string, Record<string, [unknown, string?, string?]>, string[]][] = [
    ["hardware.gpuCount", { "hardware.gpuCount": [2] }, ["runtime/gpu-count:warning"]],
    ["hardware.gpuType", { "hardware.gpuType": ["NVIDIA H100 80GB HBM3"] }, ["runtime/gpu-type:warning"]],
    ["hardware.gpuType (same GPU)", { "hardware.gpuType": ["NVIDIA L4"] }, []],
    [
      "runtime.tensorParallel (no gpuCount)",
      { "runtime.tensorParallel": [2] },
      ["runtime/gpu-count:warning"],
    ],
    ["model.maxModelLen", { "model.maxModelLen": [16384] }, ["runtime/max-model-len:warning"]],
    ["model.name", { "model.name": ["Qwen/Qwen2.5-7B-Instruct"] }, ["runtime/model:warning"]],
    ["runtime.dtype", { "runtime.dtype": ["float16"] }, ["runtime/precision:warning"]],
    ["model.quantization", { "model.quantization": ["awq"] }, ["runtime/precision:warning"]],
    ["vllm.maxNumSeqs", { "vllm.maxNumSeqs": [64] }, ["runtime/max-batch:warning"]],
    [
      "k8s.replicas",
      { "k8s.replicas": [3], "autoscaling.enabled": [false] },
      ["runtime/max-replicas:warning", "runtime/min-replicas:warning"],
    ],
    [
      "k8s.replicas under autoscaling is not compared",
      { "k8s.replicas": [3], "autoscaling.enabled": [true] },
      [],
    ],
    ["endpoint.httpPort", { "endpoint.httpPort": [9000] }, ["runtime/port:warning"]],
    ["low confidence is a notice", { "hardware.gpuCount": [2, "low"] }, ["runtime/gpu-count:notice"]],
    [
      "a stale fact is stale, not drift",
      { "hardware.gpuCount": [2, "high", "2026-10-01T00:00:00Z"] },
      ["runtime/stale:notice"],
    ],
    ["a missing fact says nothing", {}, []],
  ];
  it.each(cases)("%s", (_name, facts, want) => {
    const r = compareRuntime("scan.json", scanWith(facts), specs, defaultConfig(), { now: NOW });
    expect(codes(r)).toEqual(want);
  });
});

describe("reading the scan", () => {
  it("factErrors are facts not collected, not drift", () => {
    const r = compareRuntime(
      "scan.json",
      scanWith(
        {},
        {
          factErrors: [
            {
              workloadId: "ns/llm/deployment/chat-8b",
              factKey: "vllm.maxNumSeqs",
              error: "could not be collected",
            },
          ],
        },
      ),
      specs,
      defaultConfig(),
      { now: NOW },
    );
    expect(r.findings).toEqual([]);
    expect(r.links[0]!.missing).toEqual(["vllm.maxNumSeqs"]);
  });
  it("an unknown schema version is read, with a notice", () => {
    const text = scanWith({ "hardware.gpuCount": [2] }).replace("piqc-scan.v0.1", "piqc-scan.v0.9");
    expect(codes(compareRuntime("scan.json", text, specs, defaultConfig(), { now: NOW }))).toEqual([
      "runtime/gpu-count:warning",
      "runtime/unknown-version:notice",
    ]);
  });
  it.each([
    ["not JSON", "{ nope"],
    ["not an object", "[1, 2]"],
    ["no objects list", '{"schemaVersion": "piqc-scan.v0.1"}'],
  ])("malformed input (%s) is a finding, never a throw", (_n, text) => {
    const r = compareRuntime("scan.json", text, specs, defaultConfig(), { now: NOW });
    expect(r.findings.map((f) => f.code)).toContain("runtime/malformed");
    expect(r.links).toEqual([]);
  });
  it("workloads with no spec and specs with no workload are listed, not findings", () => {
    const r = compareRuntime(
      "scan.json",
      SCAN,
      [
        ...specs,
        { path: "models/other.modelspec.yaml", head: SPEC().replace("name: chat-8b", "name: other") },
      ],
      defaultConfig(),
      { now: NOW },
    );
    expect(r.unlinkedWorkloads).toEqual(["ns/llm/deployment/batch-embedder"]);
    expect(r.specsWithoutWorkload).toEqual(["other"]);
  });
  it("an explicit mapping links a differently named workload", () => {
    const text = scanWith({ "hardware.gpuCount": [2] }).replace('"name":"chat-8b"', '"name":"llm-prod"');
    const r = compareRuntime("scan.json", text, specs, defaultConfig(), {
      now: NOW,
      links: { "llm-prod": "chat-8b" },
    });
    expect(r.links).toHaveLength(1);
  });
  it("unknown keys are tolerated", () => {
    expect(readScan("s.json", SCAN).workloads[0]!.facts.has("some.futureKey")).toBe(true);
  });
});

describe("golden scenario: 2 GPUs and 16k running against a spec of 1 GPU and 8k, p95 over target", () => {
  it("reports the drift, the missed SLO and the observed cost per 1k tokens with sources and ages", () => {
    const r = compareRuntime("prod/scan.json", SCAN, specs, defaultConfig(), { now: NOW });
    const l = r.links[0]!;
    const msg = (code: string) => r.findings.find((f) => f.code === code)!.message;
    expect(msg("runtime/gpu-count")).toBe(
      "GPUs per replica: `chat-8b` runs 2 (`hardware.gpuCount`, observed 3 h ago, high confidence, via pod_resources), but the ModelSpec `chat-8b` declares 1.",
    );
    expect(msg("runtime/max-model-len")).toContain(
      "runs 16384 (`model.maxModelLen`, observed 3 h ago, high confidence, via container_args)",
    );
    expect(msg("runtime/slo-latency")).toBe(
      "p95 latency of `chat-8b` was 2400 ms (`obs.requestLatency.p95Ms`, observed 4 h ago, medium confidence, via prometheus), against 1500 ms.",
    );
    // Effective batch p95 12 is within maxBatchSize 16: observed, no finding.
    expect(l.observations.find((o) => o.code === "runtime/effective-batch")!.ok).toBe(true);
    expect(codes(r)).toEqual([
      "runtime/gpu-count:warning",
      "runtime/gpu-underused:notice",
      "runtime/kv-cache-full:warning",
      "runtime/max-model-len:warning",
      "runtime/slo-latency:warning",
      "runtime/stale:notice",
    ]);
    expect(l.rows.find((x) => x.field === "port")!.status).toBe("stale");
    expect(l.missing).toEqual(["vllm.maxNumSeqs"]);
    expect(l.costPer1k.observedTps).toBe(900);
    expect(l.costPer1k.observed).not.toBeNull();
    expect(l.costPer1k.estimated).not.toBeNull();
    // Observed: hourly price of one replica / tokens per hour × 1000.
    expect(l.costPer1k.observed!).toBeGreaterThan(0);
  });
});
