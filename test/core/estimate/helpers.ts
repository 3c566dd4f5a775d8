import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import type { EstimateLocation } from "../../../src/core/estimate/index.js";
import type { Config, ModelSpec } from "../../../src/core/types.js";

export interface SpecInput {
  id?: string;
  family?: string;
  framework?: string;
  precision?: string;
  modelUri?: string;
  gpu?: string;
  count?: number;
  batch?: number;
  seq?: number;
  min?: number;
  max?: number;
  provider?: string;
  spot?: boolean;
  target?: number;
  annotations?: Record<string, string>;
}

/** A ModelSpec built from a few fields (absent inputs stay absent). */
export function mkSpec(i: SpecInput): ModelSpec {
  const model: Record<string, unknown> = {};
  if (i.id !== undefined) model.id = i.id;
  if (i.family !== undefined) model.family = i.family;
  model.framework = i.framework ?? "vllm";
  if (i.precision !== undefined) model.precision = i.precision;
  if (i.modelUri !== undefined) model.artifacts = { modelUri: i.modelUri };
  const runtime: Record<string, unknown> = {};
  if (i.gpu !== undefined || i.count !== undefined)
    runtime.accelerator = { vendor: "nvidia", type: i.gpu, count: i.count };
  if (i.batch !== undefined || i.seq !== undefined)
    runtime.batch = { maxBatchSize: i.batch, maxSequenceLengthTokens: i.seq };
  const scaling: Record<string, unknown> = {};
  if (i.min !== undefined) scaling.minReplicas = i.min;
  if (i.max !== undefined) scaling.maxReplicas = i.max;
  const cost: Record<string, unknown> = {};
  if (i.target !== undefined) cost.targetCostPer1kTokensUsd = i.target;
  if (i.provider !== undefined || i.spot !== undefined)
    cost.pricingHints = { cloudProvider: i.provider, spotAllowed: i.spot };
  return {
    apiVersion: "piqc.ai/v1alpha1",
    kind: "ModelSpec",
    metadata: { name: "t", ...(i.annotations ? { annotations: i.annotations } : {}) },
    spec: {
      identity: { model },
      runtime,
      operations: { scaling },
      governance: { cost },
    },
  } as ModelSpec;
}

export const AT: EstimateLocation = {
  file: "models/t.modelspec.yaml",
  locate: (pointer: string) => ({ line: pointer.split("/").length, column: 3 }),
};

export function cfg(
  estimate: Partial<Config["estimate"]> = {},
  catalog: Partial<Config["catalog"]> = {},
): Config {
  return {
    ...DEFAULT_CONFIG,
    estimate: { ...DEFAULT_CONFIG.estimate, ...estimate },
    catalog: { ...DEFAULT_CONFIG.catalog, ...catalog },
  };
}
