/**
 * Drift golden scenarios on real temporary git repositories (issue #16 Must show): a manifest-only
 * PR that halves the GPUs and raises --max-model-len, a spec-only PR against an unchanged KServe
 * InferenceService, a consistent repository that reports no drift, and a Helm chart (only where
 * `helm` is on PATH). Outputs are compared with test/golden/drift/*; UPDATE_GOLDEN=1 rewrites them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findHelm, run as driftRun } from "../../src/cli/drift.js";
import { run as reviewRun } from "../../src/cli/review.js";
import { DEPLOYMENT, SPEC } from "../support/drift-fixtures.js";

const GOLDEN = fileURLToPath(new URL("../golden/drift/", import.meta.url));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
  // Fixed dates: the commit ids (in the comment's marker and line links) are then the same every run.
  GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
  GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
  HOME: tmpdir(),
};
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, env, encoding: "utf8" });
const repos: string[] = [];
afterAll(() => repos.forEach((r) => rmSync(r, { recursive: true, force: true })));

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "msr-drift-"));
  repos.push(dir);
  git(dir, "init", "-q", "-b", "main");
  commit(dir, files, "base");
  return dir;
}
function commit(dir: string, files: Record<string, string>, message: string): void {
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", message);
}
/** The commands' clock: the piqc fixture's facts are then 3–4 h old whatever day the test runs. */
const NOW = Date.parse("2026-12-07T01:00:00Z");
async function cli(runFn: typeof driftRun, cwd: string, ...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runFn(argv, { out: (t) => (out += t), err: (t) => (err += t), cwd, now: () => NOW });
  return { code, out, err };
}
function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("drift golden scenarios", () => {
  it("a manifest-only PR that halves the GPUs and raises --max-model-len", async () => {
    const dir = repo({ "models/chat.modelspec.yaml": SPEC(), "deploy/chat.yaml": DEPLOYMENT() });
    git(dir, "checkout", "-q", "-b", "feature");
    commit(dir, { "deploy/chat.yaml": DEPLOYMENT({ gpus: 1, len: 16384 }) }, "halve GPUs, longer context");
    const md = await cli(reviewRun, dir, "--base", "main", "--head", "feature", "--format", "markdown");
    expect(md.code).toBe(0); // drift warns by default
    golden("manifest-only/comment.md", md.out);
    const json = JSON.parse(
      (await cli(reviewRun, dir, "--base", "main", "--head", "feature", "--format", "json")).out,
    );
    const codes = json.drift.findings.map(
      (f: { code: string; file: string; line: number; baseline: string }) =>
        `${f.code}@${f.file}:${f.line}:${f.baseline}`,
    );
    expect(codes.sort()).toEqual([
      "drift/gpu-count@deploy/chat.yaml:29:new",
      "drift/max-model-len@deploy/chat.yaml:20:new",
    ]);
    expect(json.drift.links[0].running.gpu.count).toBe(1);
    const text = await cli(reviewRun, dir, "--base", "main", "--head", "feature");
    golden("manifest-only/review.txt", text.out);
    // With the gate on, the same PR fails.
    commit(dir, { ".github/modelspec-review.yml": "failOn:\n  drift: true\n" }, "gate on");
    const gated = await cli(
      reviewRun,
      dir,
      "--base",
      "main",
      "--head",
      "feature",
      "--config",
      ".github/modelspec-review.yml",
      "--format",
      "json",
    );
    expect(gated.code).toBe(1);
    expect(
      JSON.parse(gated.out).conclusion.gates.find((g: { gate: string }) => g.gate === "drift").failed,
    ).toBe(true);
  });

  it("a spec-only PR against an unchanged InferenceService", async () => {
    const isvc = `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: chat-8b
spec:
  predictor:
    minReplicas: 1
    maxReplicas: 4
    nodeSelector:
      nvidia.com/gpu.product: NVIDIA-L4
    model:
      modelFormat: { name: huggingface }
      runtime: vllm-runtime
      storageUri: hf://meta-llama/Llama-3.1-8B-Instruct
      args:
        - --max_model_len=8192
        - --tensor_parallel_size=2
      resources:
        limits:
          nvidia.com/gpu: "2"
`;
    const runtime = `apiVersion: serving.kserve.io/v1alpha1
kind: ServingRuntime
metadata:
  name: vllm-runtime
spec:
  supportedModelFormats: [{ name: huggingface, autoSelect: true }]
  containers:
    - name: kserve-container
      image: kserve/huggingfaceserver:v0.14.0
      args: ["--model_name={{.Name}}", "--backend=vllm", "--port=8000"]
`;
    const dir = repo({
      "models/chat.modelspec.yaml": SPEC(),
      "kserve/isvc.yaml": isvc,
      "kserve/runtime.yaml": runtime,
    });
    git(dir, "checkout", "-q", "-b", "feature");
    commit(
      dir,
      { "models/chat.modelspec.yaml": SPEC({ len: 32768, max: 8 }) },
      "longer context, more replicas",
    );
    const md = await cli(reviewRun, dir, "--base", "main", "--head", "feature", "--format", "markdown");
    golden("spec-only-kserve/comment.md", md.out);
    const json = JSON.parse(
      (await cli(reviewRun, dir, "--base", "main", "--head", "feature", "--format", "json")).out,
    );
    expect(
      json.drift.findings
        .map((f: { code: string; file: string; line: number }) => `${f.code}@${f.file}:${f.line}`)
        .sort(),
    ).toEqual(["drift/max-model-len@kserve/isvc.yaml:16", "drift/max-replicas@kserve/isvc.yaml:8"]);
    expect(json.drift.links[0].changed).toEqual({ spec: true, manifest: false });
  });

  it("a consistent repository reports no drift (exit 0)", async () => {
    const dir = repo({
      "models/chat.modelspec.yaml": SPEC(),
      "deploy/chat.yaml": DEPLOYMENT(),
      "deploy/kustomization.yaml": "resources: [chat.yaml]\n",
    });
    const r = await cli(driftRun, dir);
    expect(r.code).toBe(0);
    golden("consistent/drift.txt", r.out);
    const drifted = await cli(driftRun, dir, "--cwd", ".", "deploy", "models");
    expect(drifted.code).toBe(0);
    writeFileSync(join(dir, "deploy/chat.yaml"), DEPLOYMENT({ len: 4096 }));
    const bad = await cli(driftRun, dir, "--format", "sarif");
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual([
      "drift/max-model-len",
    ]);
  });

  it("drift --runtime: the specs against a piqc scan of the live cluster", async () => {
    const scan = readFileSync(
      fileURLToPath(new URL("../fixtures/piqc/scan-2gpu-16k.json", import.meta.url)),
      "utf8",
    );
    const spec = SPEC({ count: 1, max: 1 }).replace(
      "      maxReplicas: 1\n",
      "      maxReplicas: 1\n      targetLatencyMsP95: 1500\n",
    );
    const dir = repo({ "models/chat.modelspec.yaml": spec, "scans/prod.json": scan });
    const r = await cli(driftRun, dir, "models", "--runtime", "scans/prod.json");
    expect(r.code).toBe(1);
    expect(r.out).toContain("Running vs declared: scans/prod.json (piqc-scan.v0.1");
    expect(r.out).toMatch(
      /DRIFT GPUs per replica: spec 1, running 2 \(hardware\.gpuCount, pod_resources; high confidence, 3 h old\)/,
    );
    expect(r.out).toMatch(/DRIFT Max sequence length: spec 8192, running 16384/);
    expect(r.out).toMatch(
      /MISS {2}p95 latency: observed 2400 ms \(obs\.requestLatency\.p95Ms, prometheus; medium confidence, 4 h old\), promised 1500 ms/,
    );
    expect(r.out).toMatch(
      /cost per 1k tokens: estimated \$\d+\.\d{4}, observed \$\d+\.\d{4} \(at 900 tokens\/s observed; obs\.tps\.avg, prometheus, 4 h old\)/,
    );
    expect(r.out).toContain("not collected by the scan: vllm.maxNumSeqs");
    // The endpoint fact is 36 days old: stale, not compared (the default window is a week).
    expect(r.out).toMatch(/STALE Serving port: .*low confidence, 36 days old\)/);
    expect(r.out).toContain("workloads no spec describes: ns/llm/deployment/batch-embedder");
    const json = JSON.parse(
      (await cli(driftRun, dir, "models", "--runtime", "scans/prod.json", "--format", "json")).out,
    );
    expect(json.runtime.links[0].costPer1k.observedTps).toBe(900);
    const md = (await cli(driftRun, dir, "models", "--runtime", "scans/prod.json", "--format", "markdown"))
      .out;
    expect(md).toContain("### Running vs declared");
    expect(md).toContain("**observed** (900 tokens/s, <code>obs.tps.avg, prometheus</code>, ");
  });

  const helm = findHelm();
  it.skipIf(!helm)(
    `a Helm chart rendered with helm template${helm ? "" : " — SKIPPED: helm is not on PATH on this machine"}`,
    async () => {
      const dir = repo({
        "models/chat.modelspec.yaml": SPEC(),
        "charts/chat/Chart.yaml": "apiVersion: v2\nname: chat\nversion: 0.1.0\n",
        "charts/chat/values.yaml": "gpus: 1\nmaxModelLen: 16384\n",
        "charts/chat/templates/deployment.yaml": DEPLOYMENT()
          .split("\n---\n")[0]!
          .replace('nvidia.com/gpu: "2"', "nvidia.com/gpu: {{ .Values.gpus | quote }}")
          .replace("--max-model-len=8192", "--max-model-len={{ .Values.maxModelLen }}")
          .replace('- "2"', "- {{ .Values.gpus | quote }}"),
      });
      const r = await cli(driftRun, dir);
      expect(r.code).toBe(1);
      expect(r.out).toContain("charts/chat/templates/deployment.yaml");
      expect(r.out).toMatch(/DRIFT GPUs per replica/);
      expect(r.out).toMatch(/DRIFT Max sequence length/);
    },
  );
  it("without helm, a chart is a visible skip and its templates are not read as manifests", async () => {
    const dir = repo({
      "models/chat.modelspec.yaml": SPEC(),
      "charts/chat/Chart.yaml": "apiVersion: v2\nname: chat\nversion: 0.1.0\n",
      "charts/chat/templates/deployment.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n",
    });
    const r = await cli(driftRun, dir, "--format", "json");
    const report = JSON.parse(r.out);
    if (!helm)
      expect(report.drift.skipped.map((s: { reason: string }) => s.reason).join("\n")).toMatch(
        /helm is not on PATH/,
      );
    expect(r.code).toBe(0);
  });
});
