/**
 * The rule table: for every rule at least one spec that triggers it and one that does not.
 * `rules.test.ts` runs every row and checks that no rule is missing either kind of row.
 */
import type { Estimate } from "../../../src/core/types.js";
import { makeEstimate } from "../../support/estimate-fixture.js";

export interface RuleCase {
  rule: string;
  name: string;
  yaml: string;
  estimate?: Estimate | null;
  knownPaths?: string[];
  file?: string;
  fires: boolean;
  /** Expected JSON pointer of the (first) finding. */
  pointer?: string;
  /** Expected 1-based line of the (first) finding. */
  line?: number;
}

const HEAD = `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
`;
const PROD = `${HEAD}metadata:
  name: m
  labels:
    environment: prod
`;
const DEV = `${HEAD}metadata:
  name: m
  labels:
    environment: dev
`;

export const CASES: RuleCase[] = [
  // ─── identity ─────────────────────────────────────────────────────────────
  {
    rule: "MS-ID-001",
    name: "weights at latest",
    yaml: `${HEAD}spec:
  identity:
    model:
      artifacts:
        modelUri: s3://models/llama/latest/
        tokenizerUri: s3://models/llama/tokenizer-v3/
`,
    fires: true,
    pointer: "/spec/identity/model/artifacts/modelUri",
    line: 7,
  },
  {
    rule: "MS-ID-001",
    name: "hf main revision and a :latest tag",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      artifacts:\n        modelUri: hf://meta-llama/Llama-3-8B@main\n`,
    fires: true,
  },
  {
    rule: "MS-ID-001",
    name: "hf repository without a revision",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      artifacts:\n        modelUri: hf://meta-llama/Meta-Llama-3-8B-Instruct\n`,
    fires: true,
  },
  {
    rule: "MS-ID-001",
    name: "hf repository pinned to a commit",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      artifacts:\n        modelUri: hf://meta-llama/Meta-Llama-3-8B-Instruct@5f0b02c75b57c5855da9ae460ce51323ea669d8a\n`,
    fires: false,
  },
  {
    rule: "MS-ID-001",
    name: "pinned artifacts",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      artifacts:\n        modelUri: s3://ml-models/llama-2-70b-chat/weights-v3/\n        tokenizerUri: s3://ml-models/llama-2-70b-chat/tokenizer-v3/\n`,
    fires: false,
  },
  {
    rule: "MS-ID-001",
    name: "a path that merely contains the word",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      artifacts:\n        modelUri: s3://models/latest-research/llama-v2/\n`,
    fires: false,
  },
  {
    rule: "MS-ID-002",
    name: "weights v3, tokenizer v2",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      artifacts:\n        modelUri: s3://m/weights-v3/\n        tokenizerUri: s3://m/tokenizer-v2/\n`,
    fires: true,
    pointer: "/spec/identity/model/artifacts/tokenizerUri",
    line: 8,
  },
  {
    rule: "MS-ID-002",
    name: "same versions",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      artifacts:\n        modelUri: s3://m/weights-v3/\n        tokenizerUri: s3://m/tokenizer-v3/\n`,
    fires: false,
  },
  {
    rule: "MS-ID-002",
    name: "no version in the tokenizer URI",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      artifacts:\n        modelUri: s3://m/weights-v3/\n        tokenizerUri: s3://m/tokenizer/\n`,
    fires: false,
  },
  {
    rule: "MS-ID-003",
    name: "production without version",
    yaml: `${PROD}spec:\n  runtime: {}\n`,
    fires: true,
    pointer: "/metadata",
    line: 3,
  },
  {
    rule: "MS-ID-003",
    name: "production with version",
    yaml: `${HEAD}metadata:\n  version: "2025-01"\n  labels:\n    env: production\n`,
    fires: false,
  },

  // ─── scaling ──────────────────────────────────────────────────────────────
  {
    rule: "MS-SCALE-001",
    name: "max below min",
    yaml: `${HEAD}spec:
  operations:
    scaling:
      minReplicas: 4
      maxReplicas: 2
`,
    fires: true,
    pointer: "/spec/operations/scaling/maxReplicas",
    line: 7,
  },
  {
    rule: "MS-SCALE-001",
    name: "max equals min",
    yaml: `${HEAD}spec:\n  operations:\n    scaling:\n      minReplicas: 2\n      maxReplicas: 2\n`,
    fires: false,
  },
  {
    rule: "MS-SCALE-002",
    name: "scale to zero with SLO, no warm pool",
    yaml: `${HEAD}spec:
  operations:
    scaling:
      minReplicas: 0
      maxReplicas: 3
      targetLatencyMsP95: 500
`,
    fires: true,
    pointer: "/spec/operations/scaling/minReplicas",
    line: 6,
  },
  {
    rule: "MS-SCALE-002",
    name: "scale to zero with SLO and a warm pool",
    yaml: `${HEAD}spec:
  operations:
    scaling:
      minReplicas: 0
      maxReplicas: 3
      targetLatencyMsP95: 500
      warmPool:
        size: 1
`,
    fires: false,
  },
  {
    rule: "MS-SCALE-002",
    name: "scale to zero without SLO (batch)",
    yaml: `${HEAD}spec:\n  operations:\n    scaling:\n      minReplicas: 0\n      maxReplicas: 3\n`,
    fires: false,
  },
  {
    rule: "MS-SCALE-002",
    name: "warm pool of size 0 does not count",
    yaml: `${HEAD}spec:
  operations:
    scaling:
      minReplicas: 0
      targetLatencyMsP95: 500
      warmPool:
        size: 0
`,
    fires: true,
  },
  {
    rule: "MS-SCALE-003",
    name: "warm pool above max",
    yaml: `${HEAD}spec:
  operations:
    scaling:
      maxReplicas: 2
      warmPool:
        size: 3
`,
    fires: true,
    pointer: "/spec/operations/scaling/warmPool/size",
    line: 8,
  },
  {
    rule: "MS-SCALE-003",
    name: "warm pool equal to max",
    yaml: `${HEAD}spec:\n  operations:\n    scaling:\n      maxReplicas: 3\n      warmPool:\n        size: 3\n`,
    fires: false,
  },
  {
    rule: "MS-SCALE-004",
    name: "production with one replica",
    yaml: `${PROD}spec:\n  operations:\n    scaling:\n      minReplicas: 1\n      maxReplicas: 4\n`,
    fires: true,
    pointer: "/spec/operations/scaling/minReplicas",
  },
  {
    rule: "MS-SCALE-004",
    name: "dev with one replica",
    yaml: `${DEV}spec:\n  operations:\n    scaling:\n      minReplicas: 1\n`,
    fires: false,
  },
  {
    rule: "MS-SCALE-004",
    name: "production with two replicas",
    yaml: `${PROD}spec:\n  operations:\n    scaling:\n      minReplicas: 2\n`,
    fires: false,
  },
  {
    rule: "MS-SCALE-005",
    name: "range without target",
    yaml: `${HEAD}spec:\n  operations:\n    scaling:\n      minReplicas: 1\n      maxReplicas: 4\n`,
    fires: true,
    pointer: "/spec/operations/scaling",
  },
  {
    rule: "MS-SCALE-005",
    name: "range with RPS target",
    yaml: `${HEAD}spec:\n  operations:\n    scaling:\n      minReplicas: 1\n      maxReplicas: 4\n      targetRps: 10\n`,
    fires: false,
  },
  {
    rule: "MS-SCALE-005",
    name: "manual strategy needs no target",
    yaml: `${HEAD}spec:\n  operations:\n    scaling:\n      minReplicas: 1\n      maxReplicas: 4\n      strategy: manual\n`,
    fires: false,
  },
  {
    rule: "MS-SCALE-006",
    name: "concurrency below RPS × latency",
    yaml: `${HEAD}spec:
  operations:
    serving:
      maxConcurrency: 4
    scaling:
      maxReplicas: 2
      targetRps: 100
      targetLatencyMsP95: 1000
`,
    fires: true,
    pointer: "/spec/operations/scaling/targetRps",
  },
  {
    rule: "MS-SCALE-006",
    name: "enough concurrency",
    yaml: `${HEAD}spec:
  operations:
    serving:
      maxConcurrency: 32
    scaling:
      maxReplicas: 4
      targetRps: 100
      targetLatencyMsP95: 1000
`,
    fires: false,
  },
  {
    rule: "MS-SCALE-007",
    name: "max zero",
    yaml: `${HEAD}spec:\n  operations:\n    scaling:\n      minReplicas: 0\n      maxReplicas: 0\n`,
    fires: true,
  },
  {
    rule: "MS-SCALE-007",
    name: "max one",
    yaml: `${HEAD}spec:\n  operations:\n    scaling:\n      maxReplicas: 1\n`,
    fires: false,
  },

  // ─── batching / memory ────────────────────────────────────────────────────
  {
    rule: "MS-BATCH-001",
    name: "vllm framework without max sequence length",
    yaml: `${HEAD}spec:
  identity:
    model:
      framework: vllm
  runtime:
    batch:
      maxBatchSize: 8
`,
    fires: true,
    pointer: "/spec/runtime/batch",
    line: 8,
  },
  {
    rule: "MS-BATCH-001",
    name: "vllm runtime label without max sequence length",
    yaml: `${HEAD}metadata:\n  labels:\n    runtime: vllm\nspec:\n  runtime:\n    accelerator:\n      type: h100\n`,
    fires: true,
    pointer: "/spec/runtime",
  },
  {
    rule: "MS-BATCH-001",
    name: "VLLM_ env variables count as vLLM",
    yaml: `${HEAD}spec:\n  runtime:\n    environment:\n      variables:\n        VLLM_LOG_LEVEL: info\n`,
    fires: true,
  },
  {
    rule: "MS-BATCH-001",
    name: "vllm with max sequence length",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      framework: vllm\n  runtime:\n    batch:\n      maxSequenceLengthTokens: 8192\n`,
    fires: false,
  },
  {
    rule: "MS-BATCH-001",
    name: "transformers without max sequence length",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      framework: transformers\n`,
    fires: false,
  },
  {
    rule: "MS-BATCH-002",
    name: "the engine starts but holds fewer full-length sequences than the batch",
    yaml: `${HEAD}spec:\n  runtime:\n    batch:\n      maxBatchSize: 64\n      maxSequenceLengthTokens: 4096\n`,
    estimate: makeEstimate({
      kvCache: { tokenCapacity: 100_000, seq: 4096, declaredBatch: 64, requiredTokens: 262_144 },
    }),
    fires: true,
    pointer: "/spec/runtime/batch/maxBatchSize",
    line: 6,
  },
  {
    rule: "MS-BATCH-002",
    name: "the pool holds the whole batch",
    yaml: `${HEAD}spec:\n  runtime:\n    batch:\n      maxBatchSize: 16\n      maxSequenceLengthTokens: 4096\n`,
    estimate: makeEstimate({ kvCache: { tokenCapacity: 100_000, seq: 4096, declaredBatch: 16 } }),
    fires: false,
  },
  {
    rule: "MS-BATCH-002",
    name: "no estimate, no verdict",
    yaml: `${HEAD}spec:\n  runtime:\n    batch:\n      maxBatchSize: 64\n      maxSequenceLengthTokens: 4096\n`,
    estimate: null,
    fires: false,
  },
  {
    rule: "MS-BATCH-002",
    name: "silent when the engine does not start (estimate/does-not-fit reports it once)",
    yaml: `${HEAD}spec:\n  runtime:\n    batch:\n      maxBatchSize: 64\n      maxSequenceLengthTokens: 32768\n`,
    estimate: makeEstimate({
      kvCache: { tokenCapacity: 20_000, seq: 32768, declaredBatch: 64 },
      memory: { fits: false, verdict: "does-not-fit" },
    }),
    fires: false,
  },
  {
    rule: "MS-BATCH-002",
    name: "silent when the verdict is unknown (size parsed from a name)",
    yaml: `${HEAD}spec:\n  runtime:\n    batch:\n      maxBatchSize: 64\n      maxSequenceLengthTokens: 4096\n`,
    estimate: makeEstimate({
      kvCache: { tokenCapacity: 100_000, seq: 4096, declaredBatch: 64 },
      memory: { fits: null, verdict: "unknown" },
    }),
    fires: false,
  },
  {
    rule: "MS-BATCH-004",
    name: "concurrency above batch",
    yaml: `${HEAD}spec:
  runtime:
    batch:
      maxBatchSize: 8
  operations:
    serving:
      maxConcurrency: 32
`,
    fires: true,
    pointer: "/spec/operations/serving/maxConcurrency",
    line: 9,
  },
  {
    rule: "MS-BATCH-004",
    name: "concurrency equal to batch",
    yaml: `${HEAD}spec:\n  runtime:\n    batch:\n      maxBatchSize: 32\n  operations:\n    serving:\n      maxConcurrency: 32\n`,
    fires: false,
  },
  {
    rule: "MS-MEM-001",
    name: "tight verdict",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      type: l4\n`,
    estimate: makeEstimate({
      memory: { verdict: "tight", perGpu: { totalGiB: 20.5, usableGiB: 21.2, headroomPct: 3.3 } },
    }),
    fires: true,
    pointer: "/spec/runtime/accelerator",
    line: 5,
  },
  {
    rule: "MS-MEM-001",
    name: "fits comfortably",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      type: h100\n`,
    estimate: makeEstimate(),
    fires: false,
  },

  // ─── serving ──────────────────────────────────────────────────────────────
  {
    rule: "MS-SERVE-001",
    name: "production without readiness probe",
    yaml: `${PROD}spec:\n  operations:\n    serving:\n      port: 8000\n      livenessProbe:\n        path: /live\n`,
    fires: true,
    pointer: "/spec/operations/serving",
  },
  {
    rule: "MS-SERVE-001",
    name: "dev without readiness probe",
    yaml: `${DEV}spec:\n  operations:\n    serving:\n      port: 8000\n`,
    fires: false,
  },
  {
    rule: "MS-SERVE-001",
    name: "production with readiness probe",
    yaml: `${PROD}spec:\n  operations:\n    serving:\n      readinessProbe:\n        path: /ready\n`,
    fires: false,
  },
  {
    rule: "MS-SERVE-002",
    name: "production probe without path",
    yaml: `${PROD}spec:\n  operations:\n    serving:\n      livenessProbe:\n        timeoutSeconds: 5\n`,
    fires: true,
    pointer: "/spec/operations/serving/livenessProbe",
  },
  {
    rule: "MS-SERVE-002",
    name: "production with liveness probe",
    yaml: `${PROD}spec:\n  operations:\n    serving:\n      livenessProbe:\n        path: /live\n`,
    fires: false,
  },
  {
    rule: "MS-SERVE-003",
    name: "timeout shorter than worst-case generation",
    yaml: `${HEAD}spec:\n  operations:\n    serving:\n      timeoutSeconds: 30\n`,
    estimate: makeEstimate({ throughput: { worstCaseGenerationSeconds: 95.2 } }),
    fires: true,
    pointer: "/spec/operations/serving/timeoutSeconds",
    line: 6,
  },
  {
    rule: "MS-SERVE-003",
    name: "timeout longer than worst-case generation",
    yaml: `${HEAD}spec:\n  operations:\n    serving:\n      timeoutSeconds: 120\n`,
    estimate: makeEstimate({ throughput: { worstCaseGenerationSeconds: 95.2 } }),
    fires: false,
  },
  {
    rule: "MS-SERVE-003",
    name: "worst case unknown",
    yaml: `${HEAD}spec:\n  operations:\n    serving:\n      timeoutSeconds: 1\n`,
    estimate: makeEstimate({ throughput: { worstCaseGenerationSeconds: null } }),
    fires: false,
  },
  {
    rule: "MS-SERVE-004",
    name: "same probe path",
    yaml: `${HEAD}spec:
  operations:
    serving:
      readinessProbe:
        path: /health
      livenessProbe:
        path: /health
`,
    fires: true,
    pointer: "/spec/operations/serving/livenessProbe/path",
    line: 9,
  },
  {
    rule: "MS-SERVE-004",
    name: "distinct probe paths",
    yaml: `${HEAD}spec:\n  operations:\n    serving:\n      readinessProbe:\n        path: /ready\n      livenessProbe:\n        path: /live\n`,
    fires: false,
  },
  {
    rule: "MS-SERVE-005",
    name: "timeout below p95 target",
    yaml: `${HEAD}spec:\n  operations:\n    serving:\n      timeoutSeconds: 1\n    scaling:\n      targetLatencyMsP95: 2500\n`,
    fires: true,
    pointer: "/spec/operations/serving/timeoutSeconds",
  },
  {
    rule: "MS-SERVE-005",
    name: "timeout above p95 target",
    yaml: `${HEAD}spec:\n  operations:\n    serving:\n      timeoutSeconds: 60\n    scaling:\n      targetLatencyMsP95: 800\n`,
    fires: false,
  },

  {
    rule: "MS-SERVE-006",
    name: "readiness probe timeout 0",
    yaml: `${HEAD}spec:\n  operations:\n    serving:\n      readinessProbe:\n        path: /ready\n        timeoutSeconds: 0\n`,
    fires: true,
    pointer: "/spec/operations/serving/readinessProbe/timeoutSeconds",
    line: 8,
  },
  {
    rule: "MS-SERVE-006",
    name: "probe timeouts of 5 s",
    yaml: `${HEAD}spec:\n  operations:\n    serving:\n      readinessProbe:\n        timeoutSeconds: 5\n      livenessProbe:\n        timeoutSeconds: 5\n`,
    fires: false,
  },

  // ─── observability ────────────────────────────────────────────────────────
  {
    rule: "MS-OBS-001",
    name: "metrics off in production",
    yaml: `${PROD}spec:\n  operations:\n    observability:\n      metrics:\n        enabled: false\n`,
    fires: true,
    pointer: "/spec/operations/observability/metrics/enabled",
    line: 11,
  },
  {
    rule: "MS-OBS-001",
    name: "metrics off in dev",
    yaml: `${DEV}spec:\n  operations:\n    observability:\n      metrics:\n        enabled: false\n`,
    fires: false,
  },
  {
    rule: "MS-OBS-002",
    name: "tracing off in production",
    yaml: `${PROD}spec:\n  operations:\n    observability:\n      tracing:\n        enabled: false\n`,
    fires: true,
    pointer: "/spec/operations/observability/tracing/enabled",
  },
  {
    rule: "MS-OBS-002",
    name: "tracing on in production",
    yaml: `${PROD}spec:\n  operations:\n    observability:\n      tracing:\n        enabled: true\n`,
    fires: false,
  },
  {
    rule: "MS-OBS-003",
    name: "production without observability",
    yaml: `${PROD}spec:\n  operations:\n    serving:\n      port: 8000\n`,
    fires: true,
    pointer: "/spec/operations",
  },
  {
    rule: "MS-OBS-003",
    name: "production with observability",
    yaml: `${PROD}spec:\n  operations:\n    observability:\n      metrics:\n        enabled: true\n`,
    fires: false,
  },
  {
    rule: "MS-OBS-004",
    name: "debug logging in production",
    yaml: `${PROD}spec:\n  operations:\n    observability:\n      logging:\n        level: DEBUG\n`,
    fires: true,
    pointer: "/spec/operations/observability/logging/level",
  },
  {
    rule: "MS-OBS-004",
    name: "info logging in production",
    yaml: `${PROD}spec:\n  operations:\n    observability:\n      logging:\n        level: info\n`,
    fires: false,
  },

  // ─── governance ───────────────────────────────────────────────────────────
  {
    rule: "MS-GOV-001",
    name: "PII allowed, no policy",
    yaml: `${HEAD}spec:
  governance:
    compliance:
      pii:
        allowed: true
`,
    fires: true,
    pointer: "/spec/governance/compliance/pii/allowed",
    line: 7,
  },
  {
    rule: "MS-GOV-001",
    name: "PII allowed with policy",
    yaml: `${HEAD}spec:\n  governance:\n    compliance:\n      pii:\n        allowed: true\n        policy: gdpr-v2\n`,
    fires: false,
  },
  {
    rule: "MS-GOV-001",
    name: "PII not allowed",
    yaml: `${HEAD}spec:\n  governance:\n    compliance:\n      pii:\n        allowed: false\n`,
    fires: false,
  },
  {
    rule: "MS-GOV-002",
    name: "zero-day log retention in production",
    yaml: `${PROD}spec:\n  governance:\n    compliance:\n      retention:\n        logsDays: 0\n`,
    fires: true,
    pointer: "/spec/governance/compliance/retention/logsDays",
  },
  {
    rule: "MS-GOV-002",
    name: "zero-day log retention in dev",
    yaml: `${DEV}spec:\n  governance:\n    compliance:\n      retention:\n        logsDays: 0\n`,
    fires: false,
  },
  {
    rule: "MS-GOV-002",
    name: "30-day log retention in production",
    yaml: `${PROD}spec:\n  governance:\n    compliance:\n      retention:\n        logsDays: 30\n`,
    fires: false,
  },
  {
    rule: "MS-GOV-003",
    name: "no owner anywhere",
    yaml: `${HEAD}metadata:\n  name: m\nspec:\n  runtime: {}\n`,
    fires: true,
    pointer: "/metadata",
  },
  {
    rule: "MS-GOV-003",
    name: "governance owner",
    yaml: `${HEAD}spec:\n  governance:\n    compliance:\n      governance:\n        owner: team-ml\n`,
    fires: false,
  },
  {
    rule: "MS-GOV-003",
    name: "owner annotation",
    yaml: `${HEAD}metadata:\n  annotations:\n    owner: ml-platform-team\n`,
    fires: false,
  },
  {
    rule: "MS-GOV-004",
    name: "production without change approval",
    yaml: `${PROD}spec:\n  governance:\n    compliance:\n      governance:\n        owner: team-ml\n`,
    fires: true,
    pointer: "/spec/governance/compliance/governance",
  },
  {
    rule: "MS-GOV-004",
    name: "production with change approval",
    yaml: `${PROD}spec:\n  governance:\n    compliance:\n      governance:\n        changeApproval: ml-leads\n`,
    fires: false,
  },
  {
    rule: "MS-GOV-005",
    name: "PII without log retention",
    yaml: `${HEAD}spec:\n  governance:\n    compliance:\n      pii:\n        allowed: true\n        policy: gdpr\n`,
    fires: true,
    pointer: "/spec/governance/compliance/pii/allowed",
  },
  {
    rule: "MS-GOV-005",
    name: "PII with log retention",
    yaml: `${HEAD}spec:\n  governance:\n    compliance:\n      pii:\n        allowed: true\n        policy: gdpr\n      retention:\n        logsDays: 14\n`,
    fires: false,
  },
  {
    rule: "MS-GOV-006",
    name: "PII with debug logging",
    yaml: `${HEAD}spec:
  operations:
    observability:
      logging:
        level: debug
  governance:
    compliance:
      pii:
        allowed: true
`,
    fires: true,
    pointer: "/spec/operations/observability/logging/level",
    line: 7,
  },
  {
    rule: "MS-GOV-006",
    name: "no PII with debug logging",
    yaml: `${HEAD}spec:\n  operations:\n    observability:\n      logging:\n        level: debug\n`,
    fires: false,
  },

  // ─── host resources ───────────────────────────────────────────────────────
  {
    rule: "MS-MEM-002",
    name: "container memory below weights",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      count: 4\n    resources:\n      memoryGb: 64\n`,
    estimate: makeEstimate({ gpu: { count: 4 }, memory: { perGpu: { weightsGiB: 32.1 } } }),
    fires: true,
    pointer: "/spec/runtime/resources/memoryGb",
    line: 8,
  },
  {
    rule: "MS-MEM-002",
    name: "container memory above weights",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      count: 4\n    resources:\n      memoryGb: 256\n`,
    estimate: makeEstimate({ gpu: { count: 4 }, memory: { perGpu: { weightsGiB: 32.1 } } }),
    fires: false,
  },
  {
    rule: "MS-MEM-002",
    name: "no memory estimate",
    yaml: `${HEAD}spec:\n  runtime:\n    resources:\n      memoryGb: 1\n`,
    estimate: makeEstimate({ memory: null }),
    fires: false,
  },
  {
    rule: "MS-MEM-003",
    name: "ephemeral storage below weights",
    yaml: `${HEAD}spec:\n  runtime:\n    resources:\n      ephemeralStorageGb: 10\n`,
    estimate: makeEstimate({ memory: { perGpu: { weightsGiB: 14.96 } } }),
    fires: true,
    pointer: "/spec/runtime/resources/ephemeralStorageGb",
  },
  {
    rule: "MS-MEM-003",
    name: "ephemeral storage above weights",
    yaml: `${HEAD}spec:\n  runtime:\n    resources:\n      ephemeralStorageGb: 100\n`,
    estimate: makeEstimate({ memory: { perGpu: { weightsGiB: 14.96 } } }),
    fires: false,
  },

  // ─── pipeline ─────────────────────────────────────────────────────────────
  {
    rule: "MS-PIPE-001",
    name: "relative specRef missing from the repo",
    file: "models/chat/llm.modelspec.yaml",
    knownPaths: ["models/chat/llm.modelspec.yaml", "models/guardrails/input.modelspec.yaml"],
    yaml: `${HEAD}spec:
  pipeline:
    dependencies:
      - id: in
        role: guardrail
        specRef: ../guardrails/input.modelspec.yaml
      - id: out
        role: guardrail
        specRef: ./guardrails/output.modelspec.yaml
`,
    fires: true,
    pointer: "/spec/pipeline/dependencies/1/specRef",
    line: 11,
  },
  {
    rule: "MS-PIPE-001",
    name: "specRef climbing out of the repository",
    file: "llm.modelspec.yaml",
    knownPaths: ["llm.modelspec.yaml"],
    yaml: `${HEAD}spec:\n  pipeline:\n    dependencies:\n      - id: x\n        specRef: ../other-repo/x.yaml\n`,
    fires: true,
  },
  {
    rule: "MS-PIPE-001",
    name: "relative, root-relative and URL specRefs that resolve",
    file: "models/chat/llm.modelspec.yaml",
    knownPaths: ["models/guardrails/input.modelspec.yaml", "shared/embedder.modelspec.yaml"],
    yaml: `${HEAD}spec:
  pipeline:
    dependencies:
      - id: in
        specRef: ../guardrails/./input.modelspec.yaml
      - id: emb
        specRef: /shared/embedder.modelspec.yaml
      - id: remote
        specRef: https://example.com/specs/reranker.yaml
`,
    fires: false,
  },
  {
    rule: "MS-PIPE-001",
    name: "no knownPaths: nothing to check against",
    yaml: `${HEAD}spec:\n  pipeline:\n    dependencies:\n      - id: x\n        specRef: ./nowhere.yaml\n`,
    fires: false,
  },
  {
    rule: "MS-PIPE-002",
    name: "dependency budgets above p95",
    yaml: `${HEAD}spec:
  operations:
    scaling:
      targetLatencyMsP95: 100
  pipeline:
    dependencies:
      - id: emb
        interface:
          maxLatencyMs: 50
      - id: rr
        interface:
          maxLatencyMs: 80
`,
    fires: true,
    pointer: "/spec/pipeline/dependencies",
    line: 8,
  },
  {
    rule: "MS-PIPE-002",
    name: "dependency budgets within p95",
    yaml: `${HEAD}spec:
  operations:
    scaling:
      targetLatencyMsP95: 800
  pipeline:
    dependencies:
      - id: emb
        interface:
          maxLatencyMs: 50
      - id: rr
        interface:
          maxLatencyMs: 80
`,
    fires: false,
  },
  {
    rule: "MS-PIPE-003",
    name: "duplicate ids",
    yaml: `${HEAD}spec:\n  pipeline:\n    dependencies:\n      - id: g\n        role: guardrail\n      - id: g\n        role: reranker\n`,
    fires: true,
    pointer: "/spec/pipeline/dependencies/1/id",
  },
  {
    rule: "MS-PIPE-003",
    name: "unique ids",
    yaml: `${HEAD}spec:\n  pipeline:\n    dependencies:\n      - id: a\n      - id: b\n`,
    fires: false,
  },
  {
    rule: "MS-PIPE-004",
    name: "required dependency without budget under an SLO",
    yaml: `${HEAD}spec:
  operations:
    scaling:
      targetLatencyMsP95: 800
  pipeline:
    dependencies:
      - id: emb
        specRef: ./e.yaml
`,
    fires: true,
    pointer: "/spec/pipeline/dependencies/0",
  },
  {
    rule: "MS-PIPE-004",
    name: "optional dependency without budget",
    yaml: `${HEAD}spec:\n  operations:\n    scaling:\n      targetLatencyMsP95: 800\n  pipeline:\n    dependencies:\n      - id: emb\n        required: false\n`,
    fires: false,
  },
  {
    rule: "MS-PIPE-004",
    name: "no SLO",
    yaml: `${HEAD}spec:\n  pipeline:\n    dependencies:\n      - id: emb\n`,
    fires: false,
  },
  {
    rule: "MS-PIPE-005",
    name: "optional guardrail in production",
    yaml: `${PROD}spec:\n  pipeline:\n    dependencies:\n      - id: out\n        role: guardrail\n        required: false\n`,
    fires: true,
    pointer: "/spec/pipeline/dependencies/0/required",
  },
  {
    rule: "MS-PIPE-005",
    name: "required guardrail in production",
    yaml: `${PROD}spec:\n  pipeline:\n    dependencies:\n      - id: out\n        role: guardrail\n        required: true\n`,
    fires: false,
  },
  {
    rule: "MS-PIPE-005",
    name: "optional reranker in production",
    yaml: `${PROD}spec:\n  pipeline:\n    dependencies:\n      - id: rr\n        role: reranker\n        required: false\n`,
    fires: false,
  },
  {
    rule: "MS-PIPE-006",
    name: "dependency without specRef",
    yaml: `${HEAD}spec:\n  pipeline:\n    dependencies:\n      - id: emb\n        role: input\n`,
    fires: true,
    pointer: "/spec/pipeline/dependencies/0",
    line: 6,
  },
  {
    rule: "MS-PIPE-006",
    name: "dependency with specRef",
    yaml: `${HEAD}spec:\n  pipeline:\n    dependencies:\n      - id: emb\n        specRef: ./emb.yaml\n`,
    fires: false,
  },

  // ─── cost ─────────────────────────────────────────────────────────────────
  {
    rule: "MS-COST-001",
    name: "cost above target",
    yaml: `${HEAD}spec:\n  governance:\n    cost:\n      targetCostPer1kTokensUsd: 0.0002\n`,
    estimate: makeEstimate({ cost: { usdPer1kTokens: 0.00064 } }),
    fires: true,
    pointer: "/spec/governance/cost/targetCostPer1kTokensUsd",
    line: 6,
  },
  {
    rule: "MS-COST-001",
    name: "cost within target",
    yaml: `${HEAD}spec:\n  governance:\n    cost:\n      targetCostPer1kTokensUsd: 0.001\n`,
    estimate: makeEstimate({ cost: { usdPer1kTokens: 0.00064 } }),
    fires: false,
  },
  {
    rule: "MS-COST-001",
    name: "no cost estimate",
    yaml: `${HEAD}spec:\n  governance:\n    cost:\n      targetCostPer1kTokensUsd: 0.0001\n`,
    estimate: makeEstimate({ cost: null }),
    fires: false,
  },
  {
    rule: "MS-COST-002",
    name: "a cheaper setup saves a lot",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      type: h100\n`,
    estimate: makeEstimate({
      recommendation: {
        gpu: "l40s",
        count: 1,
        provider: "aws",
        hourlyUsdPerReplica: 1.86,
        monthlyUsdAtMinReplicas: 1357.8,
        monthlySavingUsd: 3664.6,
        reason: "fits with 40% headroom",
      },
    }),
    fires: true,
    pointer: "/spec/runtime/accelerator",
  },
  {
    rule: "MS-COST-002",
    name: "saving of 20% (below the 25% bar)",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      type: h100\n`,
    estimate: makeEstimate({
      recommendation: {
        gpu: "h100-pcie",
        count: 1,
        provider: "aws",
        hourlyUsdPerReplica: 6.5,
        monthlyUsdAtMinReplicas: 4745,
        monthlySavingUsd: 1004.5,
        reason: "slightly cheaper",
      },
    }),
    fires: false,
  },
  {
    rule: "MS-COST-002",
    name: "no recommendation",
    yaml: `${HEAD}spec:\n  runtime: {}\n`,
    estimate: makeEstimate({ recommendation: null }),
    fires: false,
  },
  {
    rule: "MS-COST-003",
    name: "spot in production with one replica",
    yaml: `${PROD}spec:
  operations:
    scaling:
      minReplicas: 1
  governance:
    cost:
      pricingHints:
        spotAllowed: true
`,
    fires: true,
    pointer: "/spec/governance/cost/pricingHints/spotAllowed",
  },
  {
    rule: "MS-COST-003",
    name: "spot in production with three replicas",
    yaml: `${PROD}spec:\n  operations:\n    scaling:\n      minReplicas: 3\n  governance:\n    cost:\n      pricingHints:\n        spotAllowed: true\n`,
    fires: false,
  },
  {
    rule: "MS-COST-003",
    name: "spot in dev",
    yaml: `${DEV}spec:\n  governance:\n    cost:\n      pricingHints:\n        spotAllowed: true\n`,
    fires: false,
  },
  {
    rule: "MS-COST-004",
    name: "target without a price",
    yaml: `${HEAD}spec:\n  governance:\n    cost:\n      targetCostPer1kTokensUsd: 0.001\n`,
    estimate: makeEstimate({ cost: null }),
    fires: true,
    pointer: "/spec/governance/cost/targetCostPer1kTokensUsd",
  },
  {
    rule: "MS-COST-004",
    name: "target with a price",
    yaml: `${HEAD}spec:\n  governance:\n    cost:\n      targetCostPer1kTokensUsd: 0.001\n`,
    estimate: makeEstimate(),
    fires: false,
  },

  // ─── accelerator ──────────────────────────────────────────────────────────
  {
    rule: "MS-ACCEL-001",
    name: "unknown GPU",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      vendor: nvidia\n      type: a100-90gb\n`,
    estimate: makeEstimate({
      gpu: { declared: "a100-90gb", resolvedAs: null, confidence: "unknown", memoryGiB: null },
    }),
    fires: true,
    pointer: "/spec/runtime/accelerator/type",
    line: 7,
  },
  {
    rule: "MS-ACCEL-001",
    name: "catalogued GPU",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      type: h100\n`,
    estimate: makeEstimate(),
    fires: false,
  },
  {
    rule: "MS-ACCEL-001",
    name: "no GPU declared at all",
    yaml: `${HEAD}spec:\n  runtime: {}\n`,
    estimate: makeEstimate({ gpu: { declared: null, resolvedAs: null, confidence: "unknown" } }),
    fires: false,
  },
  {
    rule: "MS-ACCEL-002",
    name: "fp8 on A100 (weight-only kernels)",
    yaml: `${HEAD}spec:
  identity:
    model:
      precision: fp8
  runtime:
    accelerator:
      type: a100-80gb
`,
    estimate: null,
    fires: true,
    pointer: "/spec/identity/model/precision",
    line: 6,
  },
  {
    rule: "MS-ACCEL-002",
    name: "bf16 on T4 (no bf16)",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      precision: bfloat16\n  runtime:\n    accelerator:\n      type: t4\n`,
    estimate: null,
    fires: true,
  },
  {
    rule: "MS-ACCEL-002",
    name: "fp8 on MI250 (unsupported)",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      precision: fp8\n  runtime:\n    accelerator:\n      vendor: amd\n      type: mi250\n`,
    estimate: null,
    fires: true,
  },
  {
    rule: "MS-ACCEL-002",
    name: "fp8 on H100",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      precision: fp8\n  runtime:\n    accelerator:\n      type: h100\n`,
    estimate: null,
    fires: false,
  },
  {
    rule: "MS-ACCEL-002",
    name: "AWQ on A100",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      precision: awq\n  runtime:\n    accelerator:\n      type: a100-80gb\n`,
    estimate: null,
    fires: false,
  },
  {
    rule: "MS-ACCEL-002",
    name: "unknown GPU: nothing to compare with",
    yaml: `${HEAD}spec:\n  identity:\n    model:\n      precision: fp8\n  runtime:\n    accelerator:\n      type: zz-9000\n`,
    estimate: null,
    fires: false,
  },
  {
    rule: "MS-ACCEL-003",
    name: "AMD vendor with an NVIDIA GPU",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      vendor: AMD\n      type: a100-80gb\n`,
    estimate: null,
    fires: true,
    pointer: "/spec/runtime/accelerator/vendor",
    line: 6,
  },
  {
    rule: "MS-ACCEL-003",
    name: "habana means intel",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      vendor: habana\n      type: gaudi2\n`,
    estimate: null,
    fires: false,
  },
  {
    rule: "MS-ACCEL-003",
    name: "matching vendor",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      vendor: nvidia\n      type: h100\n`,
    estimate: null,
    fires: false,
  },
  {
    rule: "MS-ACCEL-004",
    name: "six GPUs",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      type: a100-80gb\n      count: 6\n`,
    fires: true,
    pointer: "/spec/runtime/accelerator/count",
    line: 7,
  },
  {
    rule: "MS-ACCEL-004",
    name: "four GPUs",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      count: 4\n`,
    fires: false,
  },
  {
    rule: "MS-ACCEL-004",
    name: "one GPU",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      count: 1\n`,
    fires: false,
  },
  {
    rule: "MS-ACCEL-005",
    name: "sixteen GPUs",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      type: h100\n      count: 16\n`,
    fires: true,
    pointer: "/spec/runtime/accelerator/count",
  },
  {
    rule: "MS-ACCEL-005",
    name: "eight GPUs",
    yaml: `${HEAD}spec:\n  runtime:\n    accelerator:\n      count: 8\n`,
    fires: false,
  },

  // ─── suppression ──────────────────────────────────────────────────────────
  {
    rule: "MS-SUPPRESS-001",
    name: "suppression without reason",
    yaml: `${HEAD}metadata:
  annotations:
    modelspec-review.piqc.ai/ignore: "MS-SCALE-007"
spec:
  operations:
    scaling:
      maxReplicas: 0
`,
    fires: true,
    pointer: "/metadata/annotations/modelspec-review.piqc.ai~1ignore",
    line: 5,
  },
  {
    rule: "MS-SUPPRESS-001",
    name: "suppression with reason",
    yaml: `${HEAD}metadata:\n  annotations:\n    modelspec-review.piqc.ai/ignore: "MS-SCALE-007: retired, kept for history"\nspec:\n  operations:\n    scaling:\n      maxReplicas: 0\n`,
    fires: false,
  },
  {
    rule: "MS-SUPPRESS-002",
    name: "unknown rule id",
    yaml: `${HEAD}metadata:\n  annotations:\n    modelspec-review.piqc.ai/ignore: "MS-SCALE-999: typo"\n`,
    fires: true,
  },
  {
    rule: "MS-SUPPRESS-002",
    name: "entry without a rule id",
    yaml: `${HEAD}metadata:\n  annotations:\n    modelspec-review.piqc.ai/ignore: "everything please"\n`,
    fires: true,
  },
  {
    rule: "MS-SUPPRESS-002",
    name: "known rule id",
    yaml: `${HEAD}metadata:\n  annotations:\n    modelspec-review.piqc.ai/ignore: "MS-SCALE-007: retired"\nspec:\n  operations:\n    scaling:\n      maxReplicas: 0\n`,
    fires: false,
  },
  {
    rule: "MS-SUPPRESS-003",
    name: "stale suppression",
    yaml: `${HEAD}metadata:\n  annotations:\n    modelspec-review.piqc.ai/ignore: "MS-SCALE-007: retired"\nspec:\n  operations:\n    scaling:\n      maxReplicas: 2\n`,
    fires: true,
  },
  {
    rule: "MS-SUPPRESS-003",
    name: "suppression in use",
    yaml: `${HEAD}metadata:\n  annotations:\n    modelspec-review.piqc.ai/ignore: "MS-SCALE-007: retired"\nspec:\n  operations:\n    scaling:\n      maxReplicas: 0\n`,
    fires: false,
  },
];
