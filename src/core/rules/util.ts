import type { ModelSpec } from "../types.js";

/** Label keys that name a deployment environment, and the values that mean "production". */
const ENV_LABEL_KEYS = ["env", "environment", "stage", "tier", "deployment-environment"];
const PRODUCTION_VALUES = new Set(["prod", "production", "prd", "live"]);

/**
 * True when the spec declares itself production through `metadata.labels`
 * (`env: production`, `environment: prod`, `stage: prd`, `tier: live`, any case; keys may carry a
 * domain prefix such as `app.kubernetes.io/environment`). Rules that only matter in production use this.
 * Worked out once per labels object (several rules ask, and a spec may carry 80,000 labels), with
 * no allocation for a key whose last segment cannot be one of the environment keys.
 */
export function isProduction(spec: ModelSpec): boolean {
  const labels = spec.metadata?.labels;
  if (!isRecord(labels)) return false;
  let production = PRODUCTION.get(labels);
  if (production === undefined) {
    production = declaresProduction(labels);
    PRODUCTION.set(labels, production);
  }
  return production;
}

const PRODUCTION = new WeakMap<object, boolean>();
const ENV_KEY_MIN = Math.min(...ENV_LABEL_KEYS.map((k) => k.length));
const ENV_KEY_MAX = Math.max(...ENV_LABEL_KEYS.map((k) => k.length));

function declaresProduction(labels: Record<string, unknown>): boolean {
  for (const rawKey of Object.keys(labels)) {
    const segment = rawKey.length - rawKey.lastIndexOf("/") - 1;
    if (segment < ENV_KEY_MIN || segment > ENV_KEY_MAX) continue;
    const rawValue = labels[rawKey];
    if (typeof rawValue !== "string") continue;
    const key = rawKey.toLowerCase().split("/").pop() ?? "";
    if (ENV_LABEL_KEYS.includes(key) && PRODUCTION_VALUES.has(rawValue.trim().toLowerCase())) return true;
  }
  return false;
}

/** Whether a value is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A finite number, or undefined for anything else (the core also sees specs that failed validation). */
export function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** A non-blank string, else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** A boolean, else undefined. */
export function bool(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

/** Formats a number for messages: integers as is, others with up to `digits` significant decimals. */
export function fmt(value: number, digits = 2): string {
  if (Number.isInteger(value)) return value.toLocaleString("en-US");
  return value.toLocaleString("en-US", { maximumFractionDigits: digits });
}

/** True when the spec is served by vLLM (framework, a `runtime` label, or VLLM_* environment variables). */
export function usesVllm(spec: ModelSpec): boolean {
  const framework = str(spec.spec?.identity?.model?.framework)?.toLowerCase();
  if (framework !== undefined && framework.includes("vllm")) return true;
  const labels = spec.metadata?.labels;
  if (isRecord(labels)) {
    for (const [key, value] of Object.entries(labels)) {
      if (
        /(^|\/)(runtime|engine|serving-runtime)$/i.test(key) &&
        typeof value === "string" &&
        /vllm/i.test(value)
      )
        return true;
    }
  }
  const vars = spec.spec?.runtime?.environment?.variables;
  return isRecord(vars) && Object.keys(vars).some((k) => k.toUpperCase().startsWith("VLLM_"));
}
