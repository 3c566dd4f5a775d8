import type { Config } from "./types.js";

/** The configuration in force when a repository has no `.github/modelspec-review.yml`. */
export const DEFAULT_CONFIG: Config = {
  paths: ["**/*.modelspec.yaml", "**/*.modelspec.yml", "**/*.modelspec.json"],
  failOn: {
    schemaErrors: true,
    ruleErrors: true,
    doesNotFit: true,
    governanceLoosening: false,
    breakingChanges: false,
    monthlyCostIncreaseUsd: null,
    monthlyCostIncreasePct: null,
  },
  rules: {},
  estimate: {
    provider: null,
    spot: null,
    hoursPerMonth: 730,
    gpuMemoryUtilization: null,
    kvCacheDtype: null,
    tensorParallel: null,
    pipelineParallel: null,
  },
  catalog: { gpus: [], models: [], prices: [] },
  comment: { mode: "update", tag: "default", onNoChange: "short" },
  limits: { maxFiles: 300, maxFileBytes: 1024 * 1024 },
};
