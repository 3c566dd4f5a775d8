import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/core/config.js";
import { analyseDrift, DRIFT_FIELDS } from "../../../src/core/drift/index.js";
import type { Config, FilePair } from "../../../src/core/types.js";

const SPEC = (over: Partial<Record<string, string>> = {}) => `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: ${over.name ?? "llama-8b"}
${over.annotations ?? ""}spec:
  identity:
    model:
      id: ${over.model ?? "meta-llama/Llama-3.1-8B-Instruct"}
      framework: vllm
      precision: ${over.precision ?? "bf16"}
  runtime:
    accelerator:
      type: ${over.gpu ?? "l4"}
      count: ${over.count ?? "2"}
    batch:
      maxBatchSize: ${over.batch ?? "32"}
      maxSequenceLengthTokens: ${over.len ?? "8192"}
  operations:
    serving:
      port: ${over.port ?? "8000"}
      readinessProbe: { path: /health }
    scaling:
      minReplicas: ${over.min ?? "1"}
      maxReplicas: ${over.max ?? "4"}
`;

const DEPLOY = (over: Partial<Record<string, string>> = {}) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${over.name ?? "llama-8b"}
spec:
  template:
    spec:
      nodeSelector:
        cloud.google.com/gke-accelerator: ${over.gpu ?? "nvidia-l4"}
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.6.4
          args:
            - --model=${over.model ?? "meta-llama/Llama-3.1-8B-Instruct"}
            - --max-model-len=${over.len ?? "8192"}
            - --max-num-seqs=${over.batch ?? "32"}
            - --tensor-parallel-size=${over.tp ?? "2"}
            - --dtype=${over.dtype ?? "bfloat16"}
            - --port=${over.port ?? "8000"}
          readinessProbe: { httpGet: { path: ${over.probe ?? "/health"}, port: 8000 } }
          resources:
            limits:
              nvidia.com/gpu: "${over.gpus ?? "2"}"
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: llama-8b }
spec:
  scaleTargetRef: { kind: Deployment, name: ${over.name ?? "llama-8b"} }
  minReplicas: ${over.min ?? "1"}
  maxReplicas: ${over.max ?? "4"}
`;

const same = (path: string, text: string): FilePair => ({ path, base: text, head: text });
const codes = (r: ReturnType<typeof analyseDrift>) =>
  r.findings.map((f) => `${f.code}@${f.file}:${f.line}${f.baseline ? `:${f.baseline}` : ""}`);

describe("compare: one row per field", () => {
  const cases: {
    name: string;
    spec?: Partial<Record<string, string>>;
    deploy?: Partial<Record<string, string>>;
    codes: string[];
  }[] = [
    { name: "consistent", codes: [] },
    { name: "GPU count", deploy: { gpus: "1", tp: "1" }, codes: ["drift/gpu-count@deploy.yaml:23"] },
    {
      name: "GPU layout inside the manifest",
      deploy: { tp: "4" },
      codes: ["drift/gpu-layout@deploy.yaml:17"],
    },
    { name: "GPU type", deploy: { gpu: "nvidia-h100-80gb" }, codes: ["drift/gpu-type@deploy.yaml:9"] },
    { name: "GPU type through an alias is the same", spec: { gpu: "nvidia-l4-24gb" }, codes: [] },
    { name: "max model len", deploy: { len: "16k" }, codes: ["drift/max-model-len@deploy.yaml:15"] },
    { name: "max batch", deploy: { batch: "64" }, codes: ["drift/max-batch@deploy.yaml:16"] },
    {
      name: "min and max replicas from the HPA",
      deploy: { min: "2", max: "8" },
      codes: ["drift/max-replicas@deploy.yaml:31", "drift/min-replicas@deploy.yaml:30"],
    },
    { name: "model id, normalised", spec: { model: "llama-3.1-8b-instruct" }, codes: [] },
    {
      name: "model id differs",
      deploy: { model: "Qwen/Qwen2.5-7B-Instruct" },
      codes: ["drift/model@deploy.yaml:14"],
    },
    {
      name: "precision: fp8 spec vs bfloat16",
      spec: { precision: "fp8" },
      codes: ["drift/precision@deploy.yaml:18"],
    },
    { name: "port", spec: { port: "8080" }, codes: ["drift/port@deploy.yaml:19"] },
    { name: "readiness probe", deploy: { probe: "/ready" }, codes: ["drift/readiness-probe@deploy.yaml:20"] },
  ];
  it.each(cases)("$name", (c) => {
    const r = analyseDrift(
      {
        specs: [{ path: "llama.modelspec.yaml", head: SPEC(c.spec) }],
        manifests: [{ path: "deploy.yaml", head: DEPLOY(c.deploy) }],
      },
      defaultConfig(),
      { all: true },
    );
    expect(r.links).toHaveLength(1);
    expect(codes(r).sort()).toEqual([...c.codes].sort());
    for (const f of r.findings) {
      expect(f.source).toBe("drift");
      if (f.code !== "drift/gpu-layout") expect(f.message).toMatch(/llama\.modelspec\.yaml:\d+/);
    }
  });

  it("every field is documented", () => {
    for (const f of DRIFT_FIELDS) {
      expect(f.doc.length, f.id).toBeGreaterThan(10);
      expect(f.manifestSide.length, f.id).toBeGreaterThan(10);
    }
  });

  it("tolerance applies to max model length", () => {
    const config: Config = {
      ...defaultConfig(),
      drift: { enabled: true, manifests: [], links: [], tolerancePct: 10, values: [] },
    };
    const r = analyseDrift(
      {
        specs: [{ path: "s.modelspec.yaml", head: SPEC() }],
        manifests: [{ path: "deploy.yaml", head: DEPLOY({ len: "8500" }) }],
      },
      config,
      { all: true },
    );
    expect(codes(r)).toEqual([]);
    expect(r.links[0]!.rows.find((x) => x.field === "max-model-len")!.status).toBe("same");
  });
});

describe("linking", () => {
  it("no workload with the spec's name: says nothing", () => {
    const r = analyseDrift(
      {
        specs: [{ path: "s.modelspec.yaml", head: SPEC() }],
        manifests: [{ path: "d.yaml", head: DEPLOY({ name: "other" }) }],
      },
      defaultConfig(),
      { all: true },
    );
    expect(r.links).toEqual([]);
    expect(r.findings).toEqual([]);
  });
  it("by the app.kubernetes.io/name label", () => {
    const m = DEPLOY({ name: "llm-server", gpus: "1", tp: "1" }).replace(
      "  name: llm-server\n",
      "  name: llm-server\n  labels: { app.kubernetes.io/name: llama-8b }\n",
    );
    const r = analyseDrift(
      { specs: [{ path: "s.modelspec.yaml", head: SPEC() }], manifests: [{ path: "d.yaml", head: m }] },
      defaultConfig(),
      { all: true },
    );
    expect(r.links[0]!.via).toBe("label");
    expect(codes(r)).toEqual(["drift/gpu-count@d.yaml:24"]);
  });
  it("two workloads with the name are ambiguous: a finding on the spec, no comparison", () => {
    const r = analyseDrift(
      {
        specs: [{ path: "s.modelspec.yaml", head: SPEC() }],
        manifests: [
          { path: "a.yaml", head: DEPLOY({ gpus: "1" }) },
          { path: "b.yaml", head: DEPLOY({ gpus: "8" }) },
        ],
      },
      defaultConfig(),
      { all: true },
    );
    expect(r.links).toEqual([]);
    expect(codes(r)).toEqual(["drift/ambiguous-link@s.modelspec.yaml:4"]);
    expect(r.findings[0]!.message).toContain("a.yaml:4");
  });
  it("an explicit config link resolves the ambiguity", () => {
    const config: Config = {
      ...defaultConfig(),
      drift: {
        enabled: true,
        manifests: [],
        links: [{ spec: "llama-8b", manifests: ["prod/**"] }],
        tolerancePct: 0,
        values: [],
      },
    };
    const r = analyseDrift(
      {
        specs: [{ path: "s.modelspec.yaml", head: SPEC() }],
        manifests: [
          { path: "dev/d.yaml", head: DEPLOY({ gpus: "1" }) },
          { path: "prod/d.yaml", head: DEPLOY({ gpus: "8", tp: "8" }) },
        ],
      },
      config,
      { all: true },
    );
    expect(r.links.map((l) => `${l.via}:${l.workload.file}`)).toEqual(["config:prod/d.yaml"]);
    expect(codes(r)).toEqual(["drift/gpu-count@prod/d.yaml:23"]);
  });
  it("a spec annotation links to a differently named workload (relative glob)", () => {
    const spec = SPEC({
      annotations: "  annotations:\n    modelspec-review.piqc.ai/manifests: ./deploy/*.yaml\n",
    });
    const r = analyseDrift(
      {
        specs: [{ path: "models/s.modelspec.yaml", head: spec }],
        manifests: [{ path: "models/deploy/x.yaml", head: DEPLOY({ name: "srv", len: "4096" }) }],
      },
      defaultConfig(),
      { all: true },
    );
    expect(r.links[0]!.via).toBe("annotation");
    expect(codes(r)).toEqual(["drift/max-model-len@models/deploy/x.yaml:15"]);
  });
  it("an explicit link to nothing is a notice", () => {
    const spec = SPEC({
      annotations: "  annotations:\n    modelspec-review.piqc.ai/manifests: k8s/*.yaml\n",
    });
    const r = analyseDrift(
      { specs: [{ path: "s.modelspec.yaml", head: spec }], manifests: [] },
      defaultConfig(),
      { all: true },
    );
    expect(codes(r)).toEqual(["drift/link-not-found@s.modelspec.yaml:6"]);
  });
});

describe("base vs head", () => {
  it("a manifest-only change: the unchanged spec is held against the new manifest; findings are new", () => {
    const r = analyseDrift(
      {
        specs: [same("s.modelspec.yaml", SPEC())],
        manifests: [{ path: "d.yaml", base: DEPLOY(), head: DEPLOY({ gpus: "1", tp: "1", len: "16384" }) }],
      },
      defaultConfig(),
    );
    expect(codes(r).sort()).toEqual(["drift/gpu-count@d.yaml:23:new", "drift/max-model-len@d.yaml:15:new"]);
    expect(r.links[0]!.changed).toEqual({ spec: false, manifest: true });
    expect(r.links[0]!.running?.gpu.count).toBe(1);
    expect(r.links[0]!.intended?.gpu.count).toBe(2);
    expect(r.links[0]!.runningFrom.join("; ")).toMatch(/GPUs per replica 1 .*max sequence length 16384/);
  });
  it("drift already on the base is unchanged; a wider gap is worsened; a fixed one is counted", () => {
    const r = analyseDrift(
      {
        specs: [same("s.modelspec.yaml", SPEC())],
        manifests: [
          {
            path: "d.yaml",
            base: DEPLOY({ len: "16384", batch: "64", port: "9000" }),
            head: DEPLOY({ len: "16384", batch: "128" }),
          },
        ],
      },
      defaultConfig(),
    );
    expect(codes(r).sort()).toEqual([
      "drift/max-batch@d.yaml:16:worsened",
      "drift/max-model-len@d.yaml:15:unchanged",
    ]);
    expect(r.fixed).toBe(1);
  });
  it("untouched spec and manifest: nothing is reported", () => {
    const r = analyseDrift(
      {
        specs: [same("s.modelspec.yaml", SPEC())],
        manifests: [same("d.yaml", DEPLOY({ gpus: "1", tp: "1" }))],
      },
      defaultConfig(),
    );
    expect(r.links).toEqual([]);
    expect(r.findings).toEqual([]);
  });
  it("a spec-only change is checked against the unchanged manifest", () => {
    const r = analyseDrift(
      {
        specs: [{ path: "s.modelspec.yaml", base: SPEC(), head: SPEC({ len: "32768" }) }],
        manifests: [same("d.yaml", DEPLOY())],
      },
      defaultConfig(),
    );
    expect(codes(r)).toEqual(["drift/max-model-len@d.yaml:15:new"]);
    expect(r.links[0]!.changed).toEqual({ spec: true, manifest: false });
  });
  it("drift off in config reads nothing", () => {
    const config: Config = {
      ...defaultConfig(),
      drift: { enabled: false, manifests: [], links: [], tolerancePct: 0, values: [] },
    };
    const r = analyseDrift(
      {
        specs: [{ path: "s.modelspec.yaml", head: SPEC() }],
        manifests: [{ path: "d.yaml", head: DEPLOY({ gpus: "1" }) }],
      },
      config,
      { all: true },
    );
    expect(r.links).toEqual([]);
  });
});

describe("Helm values mapped by config (no helm binary needed)", () => {
  it("reads the mapped keys as a workload linked to the named spec", () => {
    const config: Config = {
      ...defaultConfig(),
      drift: {
        enabled: true,
        manifests: [],
        links: [],
        tolerancePct: 0,
        values: [
          {
            file: "chart/values.yaml",
            spec: "llama-8b",
            keys: {
              replicaCount: "replicas",
              'resources.limits."nvidia.com/gpu"': "gpus",
              "vllm.args": "args",
              "vllm.maxLen": "maxModelLen",
            },
          },
        ],
      },
    };
    const values = `replicaCount: 1
resources:
  limits:
    nvidia.com/gpu: 4
vllm:
  maxLen: 4096
  args: ["--max-num-seqs", "16", "--max-model-len", "2048"]
`;
    const r = analyseDrift(
      {
        specs: [{ path: "s.modelspec.yaml", head: SPEC() }],
        manifests: [
          { path: "chart/values.yaml", head: values },
          {
            path: "chart/templates/d.yaml",
            head: "kind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n",
          },
        ],
      },
      config,
      { all: true },
    );
    expect(codes(r).sort()).toEqual([
      "drift/gpu-count@chart/values.yaml:4",
      "drift/max-batch@chart/values.yaml:7",
      "drift/max-model-len@chart/values.yaml:6",
      "drift/max-replicas@chart/values.yaml:1",
      "drift/templated@chart/templates/d.yaml:1",
    ]);
  });
});
