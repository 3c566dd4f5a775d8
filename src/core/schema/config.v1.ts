/**
 * JSON Schema (draft 2020-12) of the repository configuration `.github/modelspec-review.yml`.
 * `schema/config.v1.json` is this object written out for editors and other tools; a test keeps the
 * two identical (`UPDATE_GOLDEN=1` rewrites the file). It lives in TypeScript so the pure core can
 * compile it without reading files.
 */
const nullableNumber = (minimum: number, maximum?: number) => ({
  type: ["number", "null"],
  minimum,
  ...(maximum === undefined ? {} : { maximum }),
});

const source = { type: "string", description: "Where the figure comes from (URL, datasheet, measurement)." };

/** The JSON Schema of the repository config (schema/config.v1.json). */
export const CONFIG_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "modelspec-review configuration",
  description:
    "Repository configuration for modelspec-review, read from .github/modelspec-review.yml on the base branch. Every key is optional; missing keys take the documented defaults.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    version: { const: 1, description: "Configuration format version." },
    paths: {
      type: "array",
      description: "Glob patterns (picomatch) of ModelSpec files. Default: **/*.modelspec.{yaml,yml,json}.",
      items: { type: "string", minLength: 1 },
      minItems: 1,
    },
    failOn: {
      type: "object",
      description: "Which gates fail the check run.",
      additionalProperties: false,
      properties: {
        schemaErrors: {
          type: "boolean",
          description: "Parse or schema errors in a changed spec (default true).",
        },
        ruleErrors: { type: "boolean", description: "Best-practice rules at error severity (default true)." },
        doesNotFit: {
          type: "boolean",
          description: "A changed spec does not fit in GPU memory (default true).",
        },
        governanceLoosening: {
          type: "boolean",
          description: "Any governance control relaxed (default false).",
        },
        breakingChanges: { type: "boolean", description: "Any change classified breaking (default false)." },
        monthlyCostIncreaseUsd: {
          ...nullableNumber(0),
          description: "Fail when total monthly cost at max replicas rises by more than this many USD.",
        },
        monthlyCostIncreasePct: {
          ...nullableNumber(0),
          description: "Fail when total monthly cost at max replicas rises by more than this percentage.",
        },
        mode: {
          enum: ["new", "strict"],
          description:
            "new (default): gates fail only on what the pull request introduced or worsened against its base (a spec that stops fitting, a new error); strict: on every condition of a changed spec's head, including those main already had.",
        },
        strict: {
          type: "array",
          description: "Gates that judge strictly even when mode is new, e.g. [schema-errors].",
          items: { enum: ["schema-errors", "rule-errors", "does-not-fit", "drift", "runtime-drift"] },
          uniqueItems: true,
        },
        drift: {
          type: "boolean",
          description:
            "Deployment drift between a spec and the manifests that run it (default false: drift warns). Fails only on drift the pull request introduced or worsened, unless strict.",
        },
        runtimeDrift: {
          type: "boolean",
          description:
            "Running drift or a missed promise against a piqc scan (docs/runtime.md; default false: it warns). Fails only on what the pull request introduced or worsened, unless strict; stale and low-confidence facts never fail it.",
        },
      },
    },
    rules: {
      type: "object",
      description: "Per-rule severity override or `off`, keyed by rule id (e.g. MS-SCALE-001).",
      propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_./-]*$" },
      additionalProperties: { enum: ["off", "error", "warning", "notice"] },
    },
    estimate: {
      type: "object",
      additionalProperties: false,
      properties: {
        provider: {
          type: ["string", "null"],
          description: "Cloud whose prices are used (aws, gcp, azure…).",
        },
        spot: { type: ["boolean", "null"], description: "Price spot capacity instead of on-demand." },
        hoursPerMonth: { type: "number", exclusiveMinimum: 0, maximum: 744, description: "Default 730." },
        gpuMemoryUtilization: {
          type: ["number", "null"],
          exclusiveMinimum: 0,
          maximum: 1,
          description: "Fraction of GPU memory the engine may use (vLLM default 0.9).",
        },
        kvCacheDtype: { type: ["string", "null"], description: "KV-cache precision, e.g. fp8." },
        tensorParallel: { type: ["integer", "null"], minimum: 1 },
        pipelineParallel: { type: ["integer", "null"], minimum: 1 },
      },
    },
    catalog: {
      type: "object",
      description: "Extra or overriding catalog entries for in-house GPUs, models and negotiated prices.",
      additionalProperties: false,
      properties: {
        gpus: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["id", "memoryGiB", "bandwidthGBs"],
            properties: {
              id: { type: "string", minLength: 1 },
              aliases: { type: "array", items: { type: "string", minLength: 1 } },
              memoryGiB: { type: "number", exclusiveMinimum: 0 },
              bandwidthGBs: { type: "number", exclusiveMinimum: 0 },
              bf16Tflops: { type: "number", exclusiveMinimum: 0 },
              fp8Tflops: { type: "number", exclusiveMinimum: 0 },
              precisions: { type: "array", items: { type: "string" } },
              source,
            },
          },
        },
        models: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["id", "paramsB"],
            properties: {
              id: { type: "string", minLength: 1 },
              aliases: { type: "array", items: { type: "string", minLength: 1 } },
              paramsB: { type: "number", exclusiveMinimum: 0 },
              activeParamsB: { type: "number", exclusiveMinimum: 0 },
              layers: { type: "integer", minimum: 1 },
              hiddenSize: { type: "integer", minimum: 1 },
              attentionHeads: { type: "integer", minimum: 1 },
              kvHeads: { type: "integer", minimum: 1 },
              headDim: { type: "integer", minimum: 1 },
              vocabSize: { type: "integer", minimum: 1 },
              maxContext: { type: "integer", minimum: 1 },
              source,
            },
          },
        },
        prices: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["provider", "gpu", "usdPerGpuHour"],
            properties: {
              provider: { type: "string", minLength: 1 },
              gpu: { type: "string", minLength: 1 },
              usdPerGpuHour: { type: "number", minimum: 0 },
              spotFactor: { type: "number", exclusiveMinimum: 0, maximum: 1 },
              source,
              asOf: { type: "string" },
            },
          },
        },
      },
    },
    comment: {
      type: "object",
      additionalProperties: false,
      properties: {
        mode: { enum: ["update", "new", "hide-and-new", "delete-and-new", "off"] },
        tag: {
          type: "string",
          pattern: "^[A-Za-z0-9_.-]{1,64}$",
          description: "Distinguishes several modelspec-review comments on one PR.",
        },
        onNoChange: { enum: ["short", "none"] },
      },
    },
    limits: {
      type: "object",
      additionalProperties: false,
      properties: {
        maxFiles: { type: "integer", minimum: 1, maximum: 3000 },
        maxFileBytes: { type: "integer", minimum: 1, maximum: 10485760 },
      },
    },
    drift: {
      type: "object",
      description:
        "Deployment drift: ModelSpecs held against the Kubernetes manifests that run them (docs/drift.md).",
      additionalProperties: false,
      properties: {
        enabled: { type: "boolean", description: "Read manifests and compare (default true)." },
        manifests: {
          type: "array",
          description:
            "Globs of files that may be manifests (default every .yaml/.yml outside the spec globs).",
          items: { type: "string", minLength: 1 },
        },
        links: {
          type: "array",
          description:
            "Explicit links: a spec (metadata.name or path glob) and the manifest globs that run it.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["spec", "manifests"],
            properties: {
              spec: { type: "string", minLength: 1 },
              manifests: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
            },
          },
        },
        tolerancePct: {
          type: "number",
          minimum: 0,
          maximum: 100,
          description: "Tolerance for max sequence length and batch size, percent (default 0).",
        },
        values: {
          type: "array",
          description:
            "Helm values files read without helm: dotted key → setting (gpus, replicas, minReplicas, maxReplicas, gpuType, args, maxModelLen, maxNumSeqs, tensorParallel…).",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["file", "spec", "keys"],
            properties: {
              file: { type: "string", minLength: 1 },
              spec: { type: "string", minLength: 1 },
              keys: { type: "object", additionalProperties: { type: "string", minLength: 1 } },
            },
          },
        },
      },
    },
    runtime: {
      type: "object",
      description:
        "Running vs declared: a piqc scan of the live cluster held against the specs (docs/runtime.md).",
      additionalProperties: false,
      properties: {
        factsPath: {
          type: "string",
          minLength: 1,
          maxLength: 1024,
          // Relative, inside the repository: no leading slash, no `.` or `..` segment, no
          // backslash or NUL, not under .git.
          pattern: "^(?!/)(?!.*(?:^|/)\\.{1,2}(?:/|$))(?!\\.git(?:/|$))[^\\\\\\u0000]+$",
          description:
            "Repository path of a piqc scan (JSON), read at the pull request's base commit, so a change cannot edit the facts it is judged against. The Action's runtime-facts input replaces it.",
        },
        maxAgeHours: {
          type: "number",
          exclusiveMinimum: 0,
          description:
            "Facts older than this many hours are reported as stale, never as drift (default 168).",
        },
        links: {
          type: "object",
          description: "Workload (workloadId or name) → spec metadata.name, for workloads named differently.",
          additionalProperties: { type: "string", minLength: 1 },
        },
      },
    },
  },
} as const;
