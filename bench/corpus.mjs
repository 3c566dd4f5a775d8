// Deterministic benchmark corpus: realistic ModelSpecs (valid and invalid) and base/head pairs with
// the kinds of change PRs make. Same seed → same corpus, so runs on different days compare.

const MODELS = [
  ["meta-llama/Meta-Llama-3-8B-Instruct", "llama"],
  ["meta-llama/Llama-3.1-70B-Instruct", "llama"],
  ["mistralai/Mistral-7B-Instruct-v0.3", "mistral"],
  ["mistralai/Mixtral-8x7B-Instruct-v0.1", "mixtral"],
  ["Qwen/Qwen2.5-7B-Instruct", "qwen"],
  ["Qwen/Qwen2.5-32B-Instruct", "qwen"],
  ["google/gemma-2-9b-it", "gemma"],
  ["microsoft/Phi-3-mini-4k-instruct", "phi"],
];
const GPUS = ["a100-80gb", "h100", "l40s", "a10g", "l4", "h200", "mi300x"];
const PROVIDERS = ["aws", "gcp", "azure"];

/** Small fast PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** A spec as plain fields; `render` turns it into YAML text the way people write it. */
export function randomSpec(r, i) {
  const [id, family] = pick(r, MODELS);
  const min = 1 + Math.floor(r() * 3);
  return {
    name: `svc-${i}-${family}`,
    version: `1.${Math.floor(r() * 9)}.${Math.floor(r() * 20)}`,
    env: pick(r, ["production", "staging", "dev"]),
    id,
    family,
    precision: pick(r, ["bf16", "fp16", "fp8", "int4"]),
    gpu: pick(r, GPUS),
    count: pick(r, [1, 1, 2, 4, 8]),
    batch: pick(r, [8, 16, 32, 64]),
    seq: pick(r, [2048, 4096, 8192]),
    min,
    max: min + Math.floor(r() * 6),
    latency: pick(r, [200, 500, 1000, 2000]),
    pii: r() < 0.2,
    logsDays: pick(r, [7, 30, 90]),
    provider: pick(r, PROVIDERS),
    target: pick(r, [0.002, 0.01, 0.05]),
  };
}

export function render(s, { invalid = null, flow = false } = {}) {
  const lines = [
    "apiVersion: piqc.ai/v1alpha1",
    "kind: ModelSpec",
    "metadata:",
    `  name: ${s.name}`,
    `  version: "${s.version}"`,
    "  labels:",
    `    env: ${s.env}`,
    "spec:",
    "  identity:",
    "    model:",
    `      id: ${s.id}`,
    `      family: ${s.family}`,
    "      task: text-generation",
    "      framework: vllm",
    `      precision: ${s.precision}`,
    "      artifacts:",
    `        modelUri: hf://${s.id}`,
    "  runtime:",
    "    accelerator:",
    "      vendor: nvidia",
    `      type: ${s.gpu}`,
    `      count: ${invalid === "type" ? '"two"' : s.count}`,
    "    batch:",
    `      maxBatchSize: ${s.batch}`,
    `      maxSequenceLengthTokens: ${s.seq}`,
    "  operations:",
    "    serving:",
    "      protocol: http",
    "      port: 8000",
    ...(flow
      ? [
          "      readinessProbe: { path: /health, timeoutSeconds: 5 }",
          "      livenessProbe: { path: /health, timeoutSeconds: 5 }",
        ]
      : [
          "      readinessProbe:",
          "        path: /health",
          "        timeoutSeconds: 5",
          "      livenessProbe:",
          "        path: /ping",
          "        timeoutSeconds: 5",
        ]),
    `      maxConcurrency: ${s.batch}`,
    "      timeoutSeconds: 120",
    "    scaling:",
    `      minReplicas: ${invalid === "range" ? -1 : s.min}`,
    `      maxReplicas: ${s.max}`,
    "      strategy: reactive",
    `      targetLatencyMsP95: ${s.latency}`,
    "    observability:",
    ...(flow
      ? [
          "      metrics: { enabled: true, provider: prometheus, port: 9090 }",
          "      tracing: { enabled: true }",
        ]
      : [
          "      metrics:",
          "        enabled: true",
          "        provider: prometheus",
          "        port: 9090",
          "      tracing:",
          "        enabled: true",
        ]),
    "  governance:",
    "    compliance:",
    "      pii:",
    `        allowed: ${s.pii}`,
    ...(s.pii ? ["        policy: redact-before-logging"] : []),
    "      retention:",
    `        logsDays: ${s.logsDays}`,
    "      governance:",
    "        owner: ml-platform@example.com",
    "        changeApproval: two-reviewers",
    "    cost:",
    `      targetCostPer1kTokensUsd: ${s.target}`,
    "      pricingHints:",
    `        cloudProvider: ${s.provider}`,
  ];
  if (invalid === "unknown-key") lines.splice(4, 0, "  nmae: typo");
  if (invalid === "missing") return lines.filter((l) => !l.startsWith("kind:")).join("\n") + "\n";
  return lines.join("\n") + "\n";
}

const INVALID = ["type", "range", "unknown-key", "missing"];

/**
 * `n` spec texts; about one in ten is invalid in one of four ways. Block style by default, as the
 * upstream examples are written; `flow: true` writes probes and observability as flow mappings.
 */
export function specTexts(n, seed = 42, { flow = false } = {}) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < n; i++) {
    const s = randomSpec(r, i);
    out.push(render(s, { invalid: r() < 0.1 ? pick(r, INVALID) : null, flow }));
  }
  return out;
}

const CHANGES = [
  (s) => ({ ...s, gpu: pick(rng(s.batch), GPUS) }),
  (s) => ({ ...s, max: s.max + 4 }),
  (s) => ({ ...s, precision: "int4" }),
  (s) => ({ ...s, pii: true }),
  (s) => ({ ...s, logsDays: 1 }),
  (s) => ({ ...s, version: s.version + "-rc1", id: s.id.replace("Instruct", "Chat") }),
  (s) => ({ ...s, count: s.count * 2 }),
  (s) => s, // cosmetic: same spec
];

/** `n` file pairs {path, base, head} with a realistic change each (one in eight cosmetic). */
export function specPairs(n, seed = 7) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < n; i++) {
    const s = randomSpec(r, i);
    const change = CHANGES[i % CHANGES.length];
    out.push({ path: `deploy/${s.name}.modelspec.yaml`, base: render(s), head: render(change(s)) });
  }
  return out;
}

// ─── Mutation corpus in three styles (issue #14) ────────────────────────────────────────────────

/** The spec as a plain object: the document `render` writes, field for field. */
export function specObject(s) {
  return {
    apiVersion: "piqc.ai/v1alpha1",
    kind: "ModelSpec",
    metadata: { name: s.name, version: s.version, labels: { env: s.env } },
    spec: {
      identity: {
        model: {
          id: s.id,
          family: s.family,
          task: "text-generation",
          framework: "vllm",
          precision: s.precision,
          artifacts: { modelUri: `hf://${s.id}` },
        },
      },
      runtime: {
        accelerator: { vendor: "nvidia", type: s.gpu, count: s.count },
        batch: { maxBatchSize: s.batch, maxSequenceLengthTokens: s.seq },
      },
      operations: {
        serving: {
          protocol: "http",
          port: 8000,
          readinessProbe: { path: "/health", timeoutSeconds: 5 },
          livenessProbe: { path: "/ping", timeoutSeconds: 5 },
          maxConcurrency: s.batch,
          timeoutSeconds: 120,
        },
        scaling: {
          minReplicas: s.min,
          maxReplicas: s.max,
          strategy: "reactive",
          targetLatencyMsP95: s.latency,
        },
        observability: {
          metrics: { enabled: true, provider: "prometheus", port: 9090 },
          tracing: { enabled: true },
        },
      },
      governance: {
        compliance: {
          pii: s.pii ? { allowed: true, policy: "redact-before-logging" } : { allowed: false },
          retention: { logsDays: s.logsDays },
          governance: { owner: "ml-platform@example.com", changeApproval: "two-reviewers" },
        },
        cost: { targetCostPer1kTokensUsd: s.target, pricingHints: { cloudProvider: s.provider } },
      },
    },
  };
}

/** Mutations a reviewer sees: wrong types, out-of-range numbers, typos, missing and unknown fields. */
const MUTATIONS = [
  (o) => (o.spec.runtime.accelerator.count = "two"),
  (o) => (o.spec.operations.scaling.minReplicas = -1),
  (o) => ((o.metadata.nmae = "typo"), delete o.metadata.name),
  (o) => delete o.kind,
  (o) => (o.spec.operations.serving.protocol = "https"),
  (o) => (o.spec.operations.serving.port = 70000),
  (o) => (o.metadata.labels.replicas = 3),
  (o) => delete o.spec.identity.model.framework,
  (o) => (o.spec.runtime.batch.maxBatchSize = 0),
  (o) => (o.spec.operations.scaling.extra = true),
  (o) => (o.apiVersion = "piqc.ai/v1beta1"),
  (o) => (o.spec.operations.observability.tracing.enabled = "yes"),
];

/** Block YAML; with `flow`, every mapping whose values are all scalars is written `{ a: 1, b: x }`. */
export function emitYaml(obj, { flow = false } = {}) {
  const out = [];
  const scalar = (v) => {
    if (typeof v !== "string") return String(v);
    // Quote what YAML would read as something else (numbers, booleans) or cannot hold plain.
    return /^[A-Za-z/][A-Za-z0-9@._/:-]*$/.test(v) && !/^(?:true|false|null|yes|no)$/i.test(v)
      ? v
      : JSON.stringify(v);
  };
  const leaf = (v) =>
    v !== null && typeof v === "object" && Object.values(v).every((x) => x === null || typeof x !== "object");
  const walk = (o, indent) => {
    const pad = " ".repeat(indent);
    for (const [k, v] of Object.entries(o)) {
      if (v !== null && typeof v === "object") {
        if (flow && leaf(v)) {
          out.push(
            `${pad}${k}: { ${Object.entries(v)
              .map(([a, b]) => `${a}: ${scalar(b)}`)
              .join(", ")} }`,
          );
        } else {
          out.push(`${pad}${k}:`);
          walk(v, indent + 2);
        }
      } else out.push(`${pad}${k}: ${scalar(v)}`);
    }
  };
  walk(obj, 0);
  return out.join("\n") + "\n";
}

/**
 * `n` specs, `invalidShare` of them (default ¾) with one or two mutations, written as block YAML,
 * flow style (every leaf mapping inline) or JSON: the same documents in each style.
 */
export function mutationTexts(n, { seed = 14, style = "block", invalidShare = 0.75 } = {}) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < n; i++) {
    const o = specObject(randomSpec(r, i));
    if (r() < invalidShare) {
      const k = 1 + Math.floor(r() * 2);
      for (let m = 0; m < k; m++) pick(r, MUTATIONS)(o);
    }
    out.push(style === "json" ? JSON.stringify(o, null, 2) + "\n" : emitYaml(o, { flow: style === "flow" }));
  }
  return out;
}

/** A spec with `width` labels, in block style, flow style (labels as one flow mapping) or JSON. */
export function wideSpec(width, style) {
  const o = specObject(randomSpec(rng(1), 0));
  const labels = {};
  // Short labels (`l1ekg: v`), so 80,000 of them fit under the 1 MiB size cap in every style.
  for (let i = 0; i < width; i++) labels[`l${i.toString(36)}`] = "v";
  o.metadata.labels = labels;
  if (style === "json") return JSON.stringify(o) + "\n";
  if (style === "flow") {
    const text = emitYaml({ ...o, metadata: { ...o.metadata, labels: "LABELS" } });
    const inline = Object.entries(labels)
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ");
    return text.replace("labels: LABELS", `labels: { ${inline} }`);
  }
  return emitYaml(o);
}
