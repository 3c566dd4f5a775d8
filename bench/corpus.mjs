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
