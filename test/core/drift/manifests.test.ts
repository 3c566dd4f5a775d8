import { describe, expect, it } from "vitest";
import { commandTokens, expandK8sVars, shellWords } from "../../../src/core/drift/args.js";
import { humanInt, readEngine } from "../../../src/core/drift/engines.js";
import { readManifest } from "../../../src/core/drift/manifests.js";
import { resolveWorkloads, type ResolvedWorkload } from "../../../src/core/drift/resolve.js";

/** Reads manifest files and resolves their workloads, as the drift stage does. */
function workloads(files: Record<string, string>): {
  list: ResolvedWorkload[];
  codes: string[];
  skipped: string[];
} {
  const reads = Object.entries(files).map(([f, t]) => readManifest(f, t));
  const r = resolveWorkloads(reads, (f) => files[f]);
  return {
    list: r.workloads,
    codes: [...reads.flatMap((x) => x.findings), ...r.findings].map((f) => `${f.code}@${f.line}`),
    skipped: reads.flatMap((x) => x.skipped.map((s) => s.reason)),
  };
}

const deployment = (container: string, extra = "") => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: llm
  labels:
    app.kubernetes.io/name: llm
spec:
  replicas: 2
  template:
    spec:
${extra}      containers:
${container}`;

const settingsOf = (w: ResolvedWorkload) =>
  Object.fromEntries(Object.entries(w.settings).map(([k, v]) => [k, v!.value]));

describe("engine flags, per form", () => {
  const cases: {
    name: string;
    container: string;
    engine: string;
    settings: Record<string, unknown>;
    lines?: Record<string, number>;
  }[] = [
    {
      name: "vLLM --flag value (args list)",
      container: `        - name: vllm
          image: vllm/vllm-openai:v0.6.4
          args:
            - --model
            - meta-llama/Llama-3.1-8B-Instruct
            - --max-model-len
            - "8192"
            - --tensor-parallel-size
            - "2"
            - --gpu-memory-utilization
            - "0.85"
`,
      engine: "vllm",
      settings: {
        model: "meta-llama/Llama-3.1-8B-Instruct",
        maxModelLen: 8192,
        tensorParallel: 2,
        gpuMemoryUtilization: 0.85,
      },
      lines: { maxModelLen: 18, tensorParallel: 20 },
    },
    {
      name: "vLLM --flag=value, -tp, underscores, human-readable 32k",
      container: `        - name: vllm
          image: vllm/vllm-openai:latest
          args: ["--model=Qwen/Qwen2.5-7B-Instruct", "-tp", "4", "--max_model_len=32k", "--max-num-seqs=64", "--dtype=bfloat16", "--kv-cache-dtype", "fp8"]
`,
      engine: "vllm",
      settings: {
        model: "Qwen/Qwen2.5-7B-Instruct",
        tensorParallel: 4,
        maxModelLen: 32000,
        maxNumSeqs: 64,
        dtype: "bfloat16",
        kvCacheDtype: "fp8",
      },
    },
    {
      name: "vllm serve MODEL inside sh -c with quoted words",
      container: `        - name: server
          image: python:3.11
          command: ["/bin/sh", "-c"]
          args:
            - |
              pip list >/dev/null && exec vllm serve "meta-llama/Llama-3.1-70B-Instruct" \\
                --served-model-name 'llama 70b' \\
                --max-model-len 16384 --pipeline-parallel-size 2 -tp 4
`,
      engine: "vllm",
      settings: {
        model: "meta-llama/Llama-3.1-70B-Instruct",
        maxModelLen: 16384,
        tensorParallel: 4,
        pipelineParallel: 2,
      },
      lines: { model: 17, maxModelLen: 19 },
    },
    {
      name: "python -m vllm.entrypoints.openai.api_server with $(VAR) from env",
      container: `        - name: vllm
          image: registry.example.com/llm:1.0
          command: ["python3", "-m", "vllm.entrypoints.openai.api_server"]
          args: ["--model", "$(MODEL)", "--max-model-len", "$(MAX_LEN)", "--quantization", "awq", "--port", "8080"]
          env:
            - name: MODEL
              value: mistralai/Mistral-7B-Instruct-v0.3
            - name: MAX_LEN
              value: "4096"
`,
      engine: "vllm",
      settings: {
        model: "mistralai/Mistral-7B-Instruct-v0.3",
        maxModelLen: 4096,
        quantization: "awq",
        port: 8080,
      },
    },
    {
      name: "SGLang launch_server",
      container: `        - name: sglang
          image: lmsysorg/sglang:v0.4.0
          command: ["python3", "-m", "sglang.launch_server", "--model-path", "meta-llama/Llama-3.1-8B-Instruct", "--tp", "2", "--context-length", "16384", "--mem-fraction-static", "0.8", "--max-running-requests", "128", "--port", "30000"]
`,
      engine: "sglang",
      settings: {
        model: "meta-llama/Llama-3.1-8B-Instruct",
        tensorParallel: 2,
        maxModelLen: 16384,
        gpuMemoryUtilization: 0.8,
        maxNumSeqs: 128,
        port: 30000,
      },
    },
    {
      name: "TGI from environment variables only",
      container: `        - name: tgi
          image: ghcr.io/huggingface/text-generation-inference:2.4.0
          env:
            - name: MODEL_ID
              value: meta-llama/Llama-3.1-8B-Instruct
            - name: NUM_SHARD
              value: "2"
            - name: MAX_TOTAL_TOKENS
              value: "8192"
            - name: QUANTIZE
              value: awq
            - name: HF_TOKEN
              valueFrom: { secretKeyRef: { name: hf, key: token } }
`,
      engine: "tgi",
      settings: {
        model: "meta-llama/Llama-3.1-8B-Instruct",
        tensorParallel: 2,
        maxModelLen: 8192,
        quantization: "awq",
      },
      lines: { maxModelLen: 20 },
    },
    {
      name: "TGI flags win over its env",
      container: `        - name: tgi
          image: ghcr.io/huggingface/text-generation-inference:2.4.0
          args: ["--model-id", "bigscience/bloom-560m", "--num-shard", "1", "--max-total-tokens", "2048", "--max-input-length", "1024", "--max-batch-prefill-tokens", "4096"]
          env:
            - name: NUM_SHARD
              value: "4"
`,
      engine: "tgi",
      settings: {
        model: "bigscience/bloom-560m",
        tensorParallel: 1,
        maxModelLen: 2048,
        maxInputLength: 1024,
        maxNumBatchedTokens: 4096,
      },
    },
    {
      name: "an unknown engine reads nothing (no guess)",
      container: `        - name: app
          image: myorg/inference:1.0
          args: ["--workers", "4", "--max-len", "8192"]
`,
      engine: "null",
      settings: {},
    },
  ];
  it.each(cases)("$name", (c) => {
    const { list } = workloads({ "deploy.yaml": deployment(c.container) });
    expect(list).toHaveLength(1);
    const w = list[0]!;
    expect(String(w.engine)).toBe(c.engine);
    expect(settingsOf(w)).toEqual(c.settings);
    for (const [k, line] of Object.entries(c.lines ?? {}))
      expect({ k, line: w.settings[k as keyof typeof w.settings]!.line }).toEqual({ k, line });
  });
});

describe("manifest kinds", () => {
  it("Deployment: replicas, GPU limits across containers, GPU product from node selector and affinity, port and probes", () => {
    const { list } = workloads({
      "d.yaml": deployment(
        `        - name: vllm
          image: vllm/vllm-openai:v0.6.4
          args: ["--model", "m/x"]
          ports: [{ containerPort: 8000 }]
          readinessProbe: { httpGet: { path: /health, port: 8000 } }
          livenessProbe: { httpGet: { path: /live, port: 8000 } }
          resources:
            limits:
              nvidia.com/gpu: "2"
        - name: sidecar
          image: busybox
`,
        `      nodeSelector:
        cloud.google.com/gke-accelerator: nvidia-l4
`,
      ),
    });
    const w = list[0]!;
    expect(w.replicas?.value).toBe(2);
    expect(w.gpusPerReplica).toMatchObject({ value: 2, line: 22, via: "nvidia.com/gpu" });
    expect(w.gpuProduct).toMatchObject({ value: "nvidia-l4", via: "cloud.google.com/gke-accelerator" });
    expect(w.containerPort?.value).toBe(8000);
    expect(w.readinessPath?.value).toBe("/health");
    expect(w.livenessPath?.value).toBe("/live");

    const aff = workloads({
      "d.yaml": deployment(
        `        - name: vllm
          image: vllm/vllm-openai:v0.6.4
          resources: { limits: { amd.com/gpu: 8 } }
`,
        `      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - { key: nvidia.com/gpu.product, operator: In, values: [NVIDIA-H100-80GB-HBM3] }
`,
      ),
    }).list[0]!;
    expect(aff.gpusPerReplica?.value).toBe(8);
    expect(aff.gpuProduct?.value).toBe("NVIDIA-H100-80GB-HBM3");
  });

  it("StatefulSet with an HPA in the same multi-document file", () => {
    const { list } = workloads({
      "s.yaml": `apiVersion: v1
kind: Service
metadata: { name: llm }
spec: { ports: [{ port: 80 }] }
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: llm }
spec:
  template:
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.6.4
          resources: { limits: { nvidia.com/gpu: 1 } }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: llm-hpa }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: StatefulSet, name: llm }
  minReplicas: 2
  maxReplicas: 6
`,
    });
    expect(list).toHaveLength(1);
    expect(list[0]!.kind).toBe("StatefulSet");
    expect(list[0]!.minReplicas).toMatchObject({ value: 2, line: 22, document: 2 });
    expect(list[0]!.maxReplicas).toMatchObject({ value: 6, line: 23 });
    expect(list[0]!.files).toEqual(["s.yaml"]);
  });

  it("LeaderWorkerSet: GPUs per replica are leader + (size − 1) workers", () => {
    const { list } = workloads({
      "lws.yaml": `apiVersion: leaderworkerset.x-k8s.io/v1
kind: LeaderWorkerSet
metadata: { name: big }
spec:
  replicas: 1
  leaderWorkerTemplate:
    size: 2
    leaderTemplate:
      spec:
        containers:
          - name: leader
            image: vllm/vllm-openai:v0.6.4
            command: ["sh", "-c", "vllm serve deepseek-ai/DeepSeek-V3 --tensor-parallel-size 8 --pipeline-parallel-size 2"]
            resources: { limits: { nvidia.com/gpu: "8" } }
    workerTemplate:
      spec:
        containers:
          - name: worker
            image: vllm/vllm-openai:v0.6.4
            resources: { limits: { nvidia.com/gpu: "8" } }
`,
    });
    const w = list[0]!;
    expect(w.gpusPerReplica?.value).toBe(16);
    expect(w.podsPerReplica).toBe(2);
    expect(settingsOf(w)).toMatchObject({
      tensorParallel: 8,
      pipelineParallel: 2,
      model: "deepseek-ai/DeepSeek-V3",
    });
  });

  it("KServe InferenceService takes its ServingRuntime's args, then its own model args", () => {
    const { list } = workloads({
      "runtime.yaml": `apiVersion: serving.kserve.io/v1alpha1
kind: ClusterServingRuntime
metadata: { name: kserve-vllm }
spec:
  supportedModelFormats: [{ name: vLLM, autoSelect: true }]
  containers:
    - name: kserve-container
      image: kserve/vllmserver:latest
      args: ["--port=8080", "--model=/mnt/models", "--max-model-len=4096"]
      resources: { limits: { nvidia.com/gpu: "1" } }
`,
      "isvc.yaml": `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata: { name: llama }
spec:
  predictor:
    minReplicas: 1
    maxReplicas: 3
    model:
      modelFormat: { name: vLLM }
      storageUri: hf://meta-llama/Llama-3.1-8B-Instruct
      args: ["--max-model-len=8192", "--max-num-seqs", "32"]
      resources: { limits: { nvidia.com/gpu: "2" } }
`,
    });
    expect(list).toHaveLength(1);
    const w = list[0]!;
    expect(w.kind).toBe("InferenceService");
    expect(settingsOf(w)).toMatchObject({ maxModelLen: 8192, maxNumSeqs: 32, port: 8080 });
    expect(w.settings.maxModelLen).toMatchObject({ file: "isvc.yaml", line: 11 });
    expect(w.settings.port).toMatchObject({ file: "runtime.yaml", line: 9 });
    expect(w.gpusPerReplica).toMatchObject({ value: 2, file: "isvc.yaml" });
    expect([w.minReplicas?.value, w.maxReplicas?.value]).toEqual([1, 3]);
    expect(w.storageUri?.value).toBe("hf://meta-llama/Llama-3.1-8B-Instruct");
    expect(w.files.sort()).toEqual(["isvc.yaml", "runtime.yaml"]);
  });

  it("KEDA ScaledObject bounds its Deployment", () => {
    const { list } = workloads({
      "d.yaml": deployment(`        - name: vllm
          image: vllm/vllm-openai:v0.6.4
`),
      "keda.yaml": `apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: { name: llm-scaler }
spec:
  scaleTargetRef: { name: llm }
  minReplicaCount: 1
  maxReplicaCount: 4
`,
    });
    expect([list[0]!.minReplicas?.value, list[0]!.maxReplicas?.value]).toEqual([1, 4]);
    expect(list[0]!.maxReplicas?.file).toBe("keda.yaml");
  });

  it("kustomization.yaml: namePrefix and replicas apply to its resources", () => {
    const { list } = workloads({
      "base/deploy.yaml": deployment(`        - name: vllm
          image: vllm/vllm-openai:v0.6.4
`),
      "base/kustomization.yaml": `resources: [deploy.yaml]\n`,
      "overlays/prod/kustomization.yaml": `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namePrefix: prod-
resources: [../../base]
replicas:
  - name: llm
    count: 5
`,
    });
    const names = list.map((w) => `${w.name}:${w.replicas?.value}`).sort();
    expect(names).toEqual(["llm:2", "prod-llm:5"]);
    expect(list.find((w) => w.name === "prod-llm")!.replicas).toMatchObject({
      file: "overlays/prod/kustomization.yaml",
      line: 7,
    });
  });

  it("documents that are not workloads are ignored, with a reason", () => {
    const r = workloads({
      "misc.yaml": `apiVersion: v1
kind: ConfigMap
metadata: { name: llm }
data: { a: b }
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: { name: llm }
spec:
  template:
    spec:
      containers: [{ name: c, image: vllm/vllm-openai }]
---
plain: values
`,
    });
    expect(r.list).toEqual([]);
    expect(r.codes).toEqual([]);
    expect(r.skipped).toEqual([
      "ConfigMap is not a workload",
      "Rollout (argoproj.io/v1alpha1) runs pods but is not a kind drift reads (Deployment, StatefulSet, LeaderWorkerSet, InferenceService)",
      "no `kind`: not a Kubernetes object",
    ]);
  });
});

describe("bad manifests never throw", () => {
  const cases: { name: string; text: string; codes: string[]; skipped: RegExp[] }[] = [
    {
      name: "invalid YAML in a Kubernetes manifest is a finding",
      text: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: [llm\n",
      codes: ["drift/manifest-unreadable@5"],
      skipped: [],
    },
    {
      name: "Helm template text outside a chart render is skipped with a reason",
      text: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicas }}\n",
      codes: [],
      skipped: [/^templated text/],
    },
    {
      name: "a templated value inside valid YAML is a notice, the rest is read",
      text: deployment(`        - name: vllm
          image: vllm/vllm-openai:v0.6.4
          resources: { limits: { nvidia.com/gpu: "{{ .Values.gpus }}" } }
`).replace("replicas: 2", 'replicas: "{{ .Values.replicas }}"'),
      codes: ["drift/unreadable-value@8", "drift/unreadable-value@14"],
      skipped: [],
    },
    {
      name: "a flag without a value, or a value that is not a number",
      text: deployment(`        - name: vllm
          image: vllm/vllm-openai:v0.6.4
          args: ["--max-model-len", "lots", "--tensor-parallel-size"]
`),
      codes: ["drift/unreadable-value@14", "drift/unreadable-value@14"],
      skipped: [],
    },
    {
      name: "a non-mapping document and an empty file",
      text: "- just\n- a list\n",
      codes: [],
      skipped: [],
    },
    {
      name: "binary-ish garbage",
      text: "\u0000\u0001kind: Deployment",
      codes: ["drift/manifest-unreadable@1"],
      skipped: [],
    },
  ];
  it.each(cases)("$name", (c) => {
    const r = workloads({ "bad.yaml": c.text });
    expect(r.codes).toEqual(c.codes);
    expect(r.skipped.length).toBe(c.skipped.length);
    c.skipped.forEach((re, i) => expect(r.skipped[i]).toMatch(re));
  });
});

describe("helpers", () => {
  it.each([
    ["8192", 8192],
    ["32k", 32000],
    ["32K", 32768],
    ["25.6k", 25600],
    ["1.5K", null],
    ["abc", null],
  ])("humanInt(%s) = %s", (raw, want) => expect(humanInt(raw)).toBe(want));

  it("shellWords keeps quoted words whole and drops comments", () => {
    expect(shellWords(`vllm serve "a b" 'c d' e\\ f # comment`).map((w) => w.text)).toEqual([
      "vllm",
      "serve",
      "a b",
      "c d",
      "e f",
    ]);
  });
  it("commandTokens splits only what follows a shell's -c", () => {
    expect(commandTokens(["bash", "-lc", "vllm serve m --tp 2"]).map((t) => t.text)).toEqual([
      "bash",
      "-lc",
      "vllm",
      "serve",
      "m",
      "--tp",
      "2",
    ]);
    expect(commandTokens(["vllm", "serve", "a b"]).map((t) => t.text)).toEqual(["vllm", "serve", "a b"]);
  });
  it("expandK8sVars expands $(VAR), leaves $$(VAR) and unknown names", () => {
    expect(expandK8sVars("$(A)-$$(A)-$(B)", new Map([["A", "1"]]))).toBe("1-$(A)-$(B)");
  });
  it("readEngine: a repeated flag keeps its last value", () => {
    const t = commandTokens(["vllm", "serve", "m", "--max-model-len", "1024", "--max-model-len=2048"]);
    expect(readEngine(null, t, []).settings.maxModelLen?.value).toBe(2048);
  });
});
