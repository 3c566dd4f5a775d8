/**
 * Running vs declared in a change's review (issue #18): findings classified by the change's effect
 * (the scan is the same snapshot on both sides; only the specs move), the `runtime-drift` gate that
 * fails only on what the change made new or worse, and the findings in the check run's
 * annotations, SARIF and the JSON report.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "../../../src/core/config.js";
import { renderCheckRun, renderJson, renderSarif } from "../../../src/core/render/index.js";
import { analyse } from "../../../src/core/review.js";
import { analyseRuntime } from "../../../src/core/runtime/gate.js";
import { compareRuntime } from "../../../src/core/runtime/index.js";
import type { Config, FilePair } from "../../../src/core/types.js";
import { parseFailOn } from "../../../src/flow/review-change.js";
import { SPEC } from "../../support/drift-fixtures.js";

const NOW = "2026-12-07T01:00:00Z";
const PATH = "models/chat.modelspec.yaml";
/** `chat-8b` with a p95 target; `count` GPUs, `len` context. */
const spec = (o: { count?: number; len?: number; p95?: number; version?: string } = {}) =>
  SPEC({ count: o.count ?? 2, max: 1, len: o.len ?? 16384 })
    .replace("      maxReplicas: 1\n", `      maxReplicas: 1\n      targetLatencyMsP95: ${o.p95 ?? 3000}\n`)
    .replace('version: "1.0.0"', `version: "${o.version ?? "1.0.0"}"`);

/** A scan of `chat-8b`: 2 GPUs, 16k context, p95 2,400 ms (facts 3 h old unless `at`). */
function scan(o: { at?: string; confidence?: string } = {}): string {
  const fact = (value: unknown, method: string) => ({
    value,
    source: { type: "k8s_api", method },
    dataConfidence: o.confidence ?? "high",
    observedAt: o.at ?? "2026-12-06T22:00:00Z",
  });
  return JSON.stringify(
    {
      schemaVersion: "piqc-scan.v0.1",
      objects: [
        {
          workloadId: "ns/llm/deployment/chat-8b",
          kind: "Deployment",
          name: "chat-8b",
          facts: {
            "hardware.gpuCount": fact(2, "pod_resources"),
            "model.maxModelLen": fact(16384, "container_args"),
            "obs.requestLatency.p95Ms": fact(2400, "prometheus"),
          },
        },
      ],
    },
    null,
    2,
  );
}

const gated = (extra: Partial<Config["failOn"]> = {}): Config => {
  const c = defaultConfig();
  c.failOn = { ...c.failOn, runtimeDrift: true, ...extra };
  return c;
};
const pair = (base: string | undefined, head: string): FilePair =>
  base === undefined ? { path: PATH, head } : { path: PATH, base, head };
const run = (p: FilePair, config = gated(), s = scan()) =>
  analyseRuntime({ file: "ops/scan.json", text: s }, [p], config, { now: NOW });
const classes = (r: ReturnType<typeof run>) =>
  r.report.findings.map((f) => `${f.code}:${f.baseline ?? "-"}`).sort();

describe("classified by the change's effect", () => {
  it("a PR that halves the GPUs while production runs 2: new, and the gate fails", () => {
    const r = run(pair(spec(), spec({ count: 1 })));
    expect(classes(r)).toEqual(["runtime/gpu-count:new"]);
    expect(r.gate?.failed).toBe(true);
    expect(r.gate?.subjects).toEqual(["chat-8b"]);
    expect(r.gate?.reason).toMatch(/^1 running drift or missed promise new or worsened in this change/);
  });
  it("drift main already had is unchanged and does not gate (strict gates it)", () => {
    const p = pair(spec({ count: 1 }), spec({ count: 1, version: "1.0.1" }));
    const r = run(p);
    expect(classes(r)).toEqual(["runtime/gpu-count:unchanged"]);
    expect(r.gate?.failed).toBe(false);
    expect(r.gate?.reason).toBe("no new running drift (1 already on base, not gated)");
    expect(run(p, gated({ mode: "strict" })).gate?.failed).toBe(true);
    expect(run(p, gated({ strict: ["runtime-drift"] })).gate?.failed).toBe(true);
  });
  it("a PR that widens an existing gap worsens it", () => {
    const r = run(pair(spec({ len: 12288 }), spec({ len: 8192 })));
    expect(classes(r)).toEqual(["runtime/max-model-len:worsened"]);
    expect(r.gate?.failed).toBe(true);
  });
  it("a PR that narrows a gap leaves it unchanged, one that closes it fixes it", () => {
    expect(classes(run(pair(spec({ len: 8192 }), spec({ len: 12288 }))))).toEqual([
      "runtime/max-model-len:unchanged",
    ]);
    const fixed = run(pair(spec({ count: 1 }), spec()));
    expect(fixed.report.findings).toEqual([]);
    expect(fixed.fixed).toBe(1);
    expect(fixed.gate?.failed).toBe(false);
  });
  it("a PR that tightens the p95 target below what production shows: a new missed promise", () => {
    const r = run(pair(spec(), spec({ p95: 1500 })));
    expect(classes(r)).toEqual(["runtime/slo-latency:new"]);
    expect(r.gate?.failed).toBe(true);
    // Tightened further while already missed: the gap grew.
    expect(classes(run(pair(spec({ p95: 2000 }), spec({ p95: 1500 }))))).toEqual([
      "runtime/slo-latency:worsened",
    ]);
  });
  it("an added spec that disagrees with what runs is new", () => {
    expect(classes(run(pair(undefined, spec({ count: 1 }))))).toEqual(["runtime/gpu-count:-"]);
    expect(run(pair(undefined, spec({ count: 1 }))).gate?.failed).toBe(true);
  });
});

describe("what never gates", () => {
  it("stale facts: reported as stale, never drift, never gated", () => {
    const r = run(pair(spec(), spec({ count: 1, p95: 1500 })), gated(), scan({ at: "2026-10-01T00:00:00Z" }));
    expect(classes(r)).toEqual([
      "runtime/stale:unchanged",
      "runtime/stale:unchanged",
      "runtime/stale:unchanged",
    ]);
    expect(r.report.findings.every((f) => f.severity === "notice")).toBe(true);
    expect(r.gate?.failed).toBe(false);
    expect(r.gate?.conditions).toEqual([]);
    expect(
      run(pair(undefined, spec({ count: 1 })), gated(), scan({ at: "2026-10-01T00:00:00Z" })).gate?.failed,
    ).toBe(false);
  });
  it("low-confidence facts are notices and do not gate", () => {
    const r = run(pair(spec(), spec({ count: 1 })), gated(), scan({ confidence: "low" }));
    expect(r.report.findings.map((f) => f.severity)).toEqual(["notice"]);
    expect(r.gate?.failed).toBe(false);
  });
  it("a malformed scan does not gate", () => {
    const r = run(pair(spec(), spec({ count: 1 })), gated(), "{ nope");
    expect(r.report.findings.map((f) => f.code)).toEqual(["runtime/malformed"]);
    expect(r.gate?.failed).toBe(false);
  });
  it("the gate is off by default (running drift warns)", () => {
    expect(run(pair(spec(), spec({ count: 1 })), defaultConfig()).gate).toBeNull();
  });
  it("rules: a runtime code turned off is dropped, a severity override applies", () => {
    const c = gated();
    c.rules = { "runtime/gpu-count": "off" };
    expect(run(pair(spec(), spec({ count: 1 })), c).report.findings).toEqual([]);
    c.rules = { "runtime/gpu-count": "notice" };
    expect(run(pair(spec(), spec({ count: 1 })), c).gate?.failed).toBe(false);
  });
});

describe("in the review: conclusion, annotations, SARIF, JSON", () => {
  const ctx = { tag: "default", headSha: "h".repeat(40), baseSha: "b".repeat(40) };
  const review = (config: Config, inRepo = false, s = scan()) =>
    analyse([pair(spec(), spec({ count: 1 }))], config, {
      runtime: { file: "ops/scan.json", text: s, now: NOW, ...(inRepo ? { inRepo } : {}) },
    });

  it("fails the conclusion when the gate is on, with the gate in the JSON report", () => {
    const r = review(gated());
    expect(r.conclusion.status).toBe("failure");
    const json = JSON.parse(renderJson(r, ctx));
    expect(json.conclusion.gates.find((g: { gate: string }) => g.gate === "runtime-drift").failed).toBe(true);
    expect(json.runtime.findings[0]).toMatchObject({ code: "runtime/gpu-count", baseline: "new" });
    expect(review(defaultConfig()).conclusion.status).toBe("success");
  });
  it("annotates the spec's line (accelerator count) and carries the finding in SARIF", () => {
    const r = review(defaultConfig());
    const head = spec({ count: 1 }).split("\n");
    const line = head.findIndex((l) => l.includes("count: 1")) + 1;
    const annotations = renderCheckRun(r, ctx).annotationBatches.flat();
    expect(annotations).toContainEqual(
      expect.objectContaining({ path: PATH, start_line: line, title: "runtime/gpu-count" }),
    );
    expect(annotations.find((a) => a.title === "runtime/gpu-count")!.message).toContain(
      "`hardware.gpuCount`, observed 3 h ago, high confidence, via pod_resources",
    );
    const sarif = JSON.parse(renderSarif(r, ctx));
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === "runtime/gpu-count");
    expect(result.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: PATH },
      region: { startLine: line },
    });
  });
  it("the scan's own findings are annotated on it only when it is an unedited repository file", () => {
    const stale = scan({ at: "2026-10-01T00:00:00Z" });
    const titles = (inRepo: boolean) =>
      renderCheckRun(review(defaultConfig(), inRepo, stale), ctx)
        .annotationBatches.flat()
        .filter((a) => a.path === "ops/scan.json")
        .map((a) => a.title);
    expect(titles(false)).toEqual([]);
    expect(titles(true)).toEqual(["runtime/stale", "runtime/stale", "runtime/stale"]);
  });
});

describe("configuration", () => {
  it("runtime.factsPath, maxAgeHours, links and failOn.runtimeDrift are read", () => {
    const { config, findings } = parseConfig(
      "failOn:\n  runtimeDrift: true\n  strict: [runtime-drift]\nruntime:\n  factsPath: ops/piqc/scan.json\n  maxAgeHours: 24\n  links: { llm-prod: chat-8b }\n",
      ".github/modelspec-review.yml",
    );
    expect(findings).toEqual([]);
    expect(config.failOn.runtimeDrift).toBe(true);
    expect(config.runtime).toEqual({
      factsPath: "ops/piqc/scan.json",
      maxAgeHours: 24,
      links: { "llm-prod": "chat-8b" },
    });
  });
  it.each(["/etc/passwd", "../other-repo/scan.json", "ops/../../x.json", ".git/config", "ops\\\\scan.json"])(
    "a factsPath outside the repository (%s) is a config error and is not used",
    (path) => {
      const { config, findings } = parseConfig(
        `runtime:\n  factsPath: ${JSON.stringify(path)}\n`,
        ".github/modelspec-review.yml",
      );
      expect(findings.map((f) => f.code)).toEqual(["config/invalid"]);
      expect(config.runtime?.factsPath).toBeUndefined();
    },
  );
  it("maxAgeHours from the config sets the stale window", () => {
    const c = gated();
    c.runtime = { maxAgeHours: 1 };
    const r = run(pair(spec(), spec({ count: 1 })), c);
    expect(classes(r)).toEqual([
      "runtime/stale:unchanged",
      "runtime/stale:unchanged",
      "runtime/stale:unchanged",
    ]);
    expect(r.gate?.failed).toBe(false);
  });
  it("runtime.links in the config links a differently named workload (the CLI reads it too)", () => {
    const renamed = scan().replace('"name": "chat-8b"', '"name": "llm-prod"');
    expect(run(pair(spec(), spec({ count: 1 })), gated(), renamed).report.links).toEqual([]);
    const c = gated();
    c.runtime = { links: { "llm-prod": "chat-8b" } };
    expect(classes(run(pair(spec(), spec({ count: 1 })), c, renamed))).toEqual(["runtime/gpu-count:new"]);
    expect(
      compareRuntime("s.json", renamed, [pair(spec(), spec({ count: 1 }))], c, { now: NOW }).links,
    ).toHaveLength(1);
  });
  it("fail-on: runtime-drift turns the gate on", () => {
    const { failOn, problems } = parseFailOn("runtime-drift");
    expect(problems).toEqual([]);
    expect(failOn.runtimeDrift).toBe(true);
  });
  it("a scan over the size cap is not parsed", () => {
    const big = `{"schemaVersion":"piqc-scan.v0.1","pad":"${"x".repeat(8 * 1024 * 1024)}","objects":[]}`;
    const r = run(pair(spec(), spec({ count: 1 })), gated(), big);
    expect(r.report.findings.map((f) => f.code)).toEqual(["runtime/malformed"]);
    expect(r.report.findings[0]!.message).toMatch(/limit/);
  });
});

// The fixture the golden scenario and the Action e2e share is valid for this reader.
it("the shared fixture links chat-8b", () => {
  const text = readFileSync(
    fileURLToPath(new URL("../../fixtures/piqc/scan-2gpu-16k.json", import.meta.url)),
    "utf8",
  );
  expect(run(pair(spec(), spec()), gated(), text).report.links).toHaveLength(1);
});
