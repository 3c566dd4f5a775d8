/**
 * Small helpers every estimate step shares: where a finding points, number coercion, rounding,
 * and the workload the memory, throughput, cost and recommendation steps read.
 */
import type { ModelArch } from "../catalog/models.js";
import { makeFinding, type EstimateCode, type ModelCode } from "../findings.js";
import type { Finding, Position, Severity } from "../types.js";
import type { Precision } from "./precision.js";
import type { EngineSettings } from "./settings.js";

/** Where the spec being estimated lives, so findings carry a file, line and column. */
export interface EstimateLocation {
  file: string;
  document?: number;
  locate(pointer: string): Position;
}

/** JSON pointers of the spec fields estimate findings point at. */
export const P = {
  id: "/spec/identity/model/id",
  precision: "/spec/identity/model/precision",
  gpuType: "/spec/runtime/accelerator/type",
  gpuCount: "/spec/runtime/accelerator/count",
  batch: "/spec/runtime/batch/maxBatchSize",
  seq: "/spec/runtime/batch/maxSequenceLengthTokens",
  provider: "/spec/governance/cost/pricingHints/cloudProvider",
  spot: "/spec/governance/cost/pricingHints/spotAllowed",
} as const;

/** An estimate finding at `pointer` (position from the locator; 1:1 when it fails). */
export function finding(
  at: EstimateLocation,
  code: EstimateCode | ModelCode,
  severity: Severity,
  pointer: string,
  message: string,
  hint?: string,
): Finding {
  let pos: Position;
  try {
    pos = at.locate(pointer);
  } catch {
    pos = { line: 1, column: 1 };
  }
  return makeFinding(
    code,
    severity,
    "estimate",
    { file: at.file, pointer, ...pos, document: at.document },
    message,
    { hint },
  );
}

/** A finite number, else null. */
export function num(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
/** A trimmed non-empty string, else null. */
export function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}
/** Round to four decimals. */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
/** Round to 4 significant digits (small $/1k-token figures). */
export function sig4(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(4));
}
const USD = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** US dollars with two decimals ("$1,234.50"). */
export function fmtUsd(x: number): string {
  return `$${USD.format(x)}`;
}
const INT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
/** A whole number with grouping ("131,072"). */
export function fmtInt(x: number): string {
  return INT.format(x);
}

/** What the spec asks the engine to serve, once model, precision and settings are known. */
export interface Workload {
  model: ModelArch;
  precision: Precision;
  kvBytes: number;
  settings: EngineSettings;
  batch: number;
  seq: number;
  /** The model is only a hint (size parsed from its name): no verdict, no recommendation. */
  hintOnly: boolean;
}
