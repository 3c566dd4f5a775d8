/**
 * The machine-readable report: the whole Review plus who/what/when it describes, versioned by
 * `schema/report.v1.json` (`schemaVersion: 1`; a breaking change bumps both).
 */
import type { RenderContext, Review } from "../types.js";
import { TOOL_NAME } from "./model.js";
import { headlineSentence } from "./model.js";

export const REPORT_SCHEMA_ID = "https://modelspec-review.dev/schema/report.v1.json";

export interface JsonReport {
  $schema: string;
  schemaVersion: 1;
  tool: { name: string; version: string | null };
  tag: string;
  headSha: string | null;
  baseSha: string | null;
  headline: string;
  conclusion: Review["conclusion"];
  summary: Review["summary"];
  files: Review["files"];
  configFindings: Review["configFindings"];
  assumptions: string[];
  releaseNotes: Review["releaseNotes"];
  /** Deployment drift (absent when no manifest was collected). */
  drift?: Review["drift"];
}

export function buildJsonReport(review: Review, ctx: RenderContext): JsonReport {
  return {
    $schema: REPORT_SCHEMA_ID,
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: ctx.toolVersion ?? null },
    tag: ctx.tag,
    headSha: ctx.headSha ?? null,
    baseSha: ctx.baseSha ?? null,
    headline: headlineSentence(review),
    conclusion: review.conclusion,
    summary: review.summary,
    files: review.files,
    configFindings: review.configFindings,
    assumptions: review.assumptions,
    releaseNotes: review.releaseNotes,
    ...(review.drift ? { drift: review.drift } : {}),
  };
}

/** Pretty-printed JSON; `undefined` members vanish and non-finite numbers become null (JSON rules). */
export function renderJson(review: Review, ctx: RenderContext): string {
  return JSON.stringify(buildJsonReport(review, ctx), null, 2) + "\n";
}
