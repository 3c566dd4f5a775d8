/**
 * The machine-readable report: the whole Review plus who/what/when it describes, versioned by
 * `schema/report.v1.json` (`schemaVersion: 1`; a breaking change bumps both).
 */
import type { RenderContext, Review } from "../types.js";
import { TOOL_NAME } from "./model.js";
import { headlineSentence } from "./model.js";

/** The `$schema` of the JSON report (schema/report.v1.json). */
export const REPORT_SCHEMA_ID = "https://modelspec-review.dev/schema/report.v1.json";

/** The JSON report (CLI --format json, the Action's report file), versioned by schema/report.v1.json. */
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
  /** Running vs declared (absent when no piqc scan was given or configured). */
  runtime?: Review["runtime"];
}

/** The JSON report of a review as an object (renderJson serialises it). */
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
    ...(review.runtime ? { runtime: review.runtime } : {}),
  };
}

/** Pretty-printed JSON; `undefined` members vanish and non-finite numbers become null (JSON rules). */
export function renderJson(review: Review, ctx: RenderContext): string {
  return JSON.stringify(buildJsonReport(review, ctx), null, 2) + "\n";
}

/**
 * The same text as `renderJson`, in pieces: the report's head, then one piece per file, then the
 * tail. A front end writes each piece as it comes, so a 3,000-spec report (tens of MB) is never one
 * string in memory. `renderJsonChunks(r, c).join("") === renderJson(r, c)` (tested).
 */
export function* renderJsonChunks(review: Review, ctx: RenderContext): Generator<string> {
  const report = buildJsonReport(review, ctx) as unknown as Record<string, unknown>;
  const keys = Object.keys(report).filter((k) => stringifiable(report[k]));
  yield "{\n";
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = report[k];
    const sep = i + 1 < keys.length ? ",\n" : "\n";
    if (k === "files" && Array.isArray(v) && v.length > 0) {
      yield `  ${JSON.stringify(k)}: [\n`;
      for (let j = 0; j < v.length; j++) {
        const item = JSON.stringify(v[j], null, 2) ?? "null";
        yield `    ${item.replace(/\n/g, "\n    ")}${j + 1 < v.length ? ",\n" : "\n"}`;
      }
      yield `  ]${sep}`;
    } else {
      yield `  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2)!.replace(/\n/g, "\n  ")}${sep}`;
    }
  }
  yield "}\n";
}

/** What JSON.stringify keeps as an object member (it drops undefined, functions and symbols). */
function stringifiable(v: unknown): boolean {
  return v !== undefined && typeof v !== "function" && typeof v !== "symbol";
}
