/**
 * Schema validation of one parsed document against schema/modelspec.v1alpha1.json.
 *
 * The validator is ajv "standalone" code generated at build time (src/core/generated/, `npm run gen`):
 * nothing is compiled at run time and ajv itself is never loaded. Each ajv error becomes a `Finding`
 * with a stable code, the exact line and column of the offending key or value, and a sentence that
 * names the field and what was expected ("spec.runtime.accelerator.count must be an integer ≥ 1,
 * got 0"). Unknown keys get the allowed keys and the nearest one ("did you mean maxReplicas?").
 */
import { escapeToken, unescapeToken } from "./pointer.js";
import { distance } from "fastest-levenshtein";
import generatedValidate from "./generated/modelspec-validator.js";
import { makeFinding, type SchemaCode } from "./findings.js";
import type { Finding, ParsedDocument } from "./types.js";

/** The apiVersion of the ModelSpecs this tool reviews. */
export const API_VERSION = "piqc.ai/v1alpha1";
/** The kind of the documents this tool reviews. */
export const KIND = "ModelSpec";

/** The subset of an ajv error object (with `verbose: true`) that findings are built from. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: SchemaNode;
  data?: unknown;
}

interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  $ref?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
}

type GeneratedValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
const validator = generatedValidate as unknown as GeneratedValidator;

/** Schema check only: `null` when valid, else the raw ajv errors. Cheap; no positions. */
export function schemaErrors(value: unknown): SchemaError[] | null {
  if (validator(value)) return null;
  return validator.errors ?? [];
}

/** True when the value declares itself a ModelSpec of the version we know (apiVersion and kind). */
export function isModelSpec(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return v["apiVersion"] === API_VERSION && v["kind"] === KIND;
}

/** Validate one document; findings are sorted by position and carry `document` when `multiDoc`. */
export function validateDocument(file: string, doc: ParsedDocument, multiDoc: boolean): Finding[] {
  const errors = schemaErrors(doc.value);
  if (errors === null) return [];
  return errorsToFindings(file, doc, multiDoc, errors);
}

/** Schema errors of one document as findings, one per problem, sorted by position. */
export function errorsToFindings(
  file: string,
  doc: ParsedDocument,
  multiDoc: boolean,
  errors: SchemaError[],
): Finding[] {
  // A type error makes other keyword errors on the same value noise (e.g. enum after type).
  const typeErrorAt = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (
      e.keyword !== "type" &&
      typeErrorAt.has(e.instancePath) &&
      e.keyword !== "required" &&
      e.keyword !== "additionalProperties"
    ) {
      continue;
    }
    const f = toFinding(file, doc, e);
    const key = `${f.code}\u0000${f.pointer}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (multiDoc) f.document = doc.index;
    findings.push(f);
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  return findings;
}

/** The code of each schema keyword the ModelSpec schema uses; any other keyword is `schema/invalid`. */
const CODES: Partial<Record<string, SchemaCode>> = {
  required: "schema/required",
  additionalProperties: "schema/additional-property",
  type: "schema/type",
  enum: "schema/enum",
  const: "schema/const",
  minimum: "schema/minimum",
  maximum: "schema/maximum",
};

function toFinding(file: string, doc: ParsedDocument, e: SchemaError): Finding {
  const code = CODES[e.keyword] ?? "schema/invalid";
  let pointer = e.instancePath;
  let message: string;
  let hint: string | undefined;
  const where = fieldName(e.instancePath);
  switch (e.keyword) {
    case "required": {
      const missing = String(e.params["missingProperty"]);
      const child = e.parentSchema?.properties?.[missing];
      message = `${where === "" ? "The document" : where} is missing the required field "${missing}".`;
      hint = child?.description ? `${missing}: ${child.description}` : undefined;
      break;
    }
    case "additionalProperties": {
      const extra = String(e.params["additionalProperty"]);
      pointer = `${e.instancePath}/${escapeToken(extra)}`;
      const allowed = Object.keys(e.parentSchema?.properties ?? {});
      const suggestion = nearest(extra, allowed);
      message = `${where === "" ? "The document" : where} has an unknown field "${extra}"${suggestion ? `: did you mean "${suggestion}"?` : "."}`;
      hint = allowed.length > 0 ? `Allowed fields: ${allowed.join(", ")}.` : undefined;
      break;
    }
    case "const":
      message = `${where} must be ${JSON.stringify(e.params["allowedValue"])}, got ${describeValue(e.data)}.`;
      break;
    case "enum": {
      const values = (e.params["allowedValues"] as unknown[] | undefined) ?? [];
      const suggestion = typeof e.data === "string" ? nearest(e.data, values.map(String)) : undefined;
      message = `${where} must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(e.data)}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}.`;
      break;
    }
    case "type":
    case "minimum":
    case "maximum":
      message = `${where === "" ? "The document" : where} must be ${expected(e.parentSchema, e.keyword === "type" ? e.params["type"] : undefined)}, got ${describeValue(e.data)}.`;
      if (e.keyword === "type" && typeof e.data === "string" && /^[-+]?[0-9.]+$/.test(e.data)) {
        hint = "Remove the quotes to make it a number.";
      } else if (e.keyword === "type" && typeof e.data === "number" && expectsString(e.parentSchema)) {
        hint = `Quote it ("${String(e.data)}") to make it a string.`;
      } else if (e.keyword === "type" && typeof e.data === "boolean" && expectsString(e.parentSchema)) {
        hint = `Quote it ("${String(e.data)}") to make it a string.`;
      }
      break;
    default:
      message = `${where === "" ? "The document" : where} ${e.message ?? "is invalid"}.`;
  }
  const pos = doc.locate(pointer);
  return makeFinding(code, "error", "schema", { file, pointer, ...pos }, message, { hint });
}

function expectsString(s: SchemaNode | undefined): boolean {
  return s?.type === "string";
}

/** "an integer ≥ 1", "an integer from 1 to 65535", "a string", "a mapping"... */
function expected(s: SchemaNode | undefined, typeParam: unknown): string {
  const type = typeof typeParam === "string" ? typeParam : typeof s?.type === "string" ? s.type : undefined;
  const noun: Record<string, string> = {
    integer: "an integer",
    number: "a number",
    string: "a string",
    boolean: "true or false",
    object: "a mapping",
    array: "a list",
    null: "null",
  };
  let text = type ? (noun[type] ?? `of type ${type}`) : "valid";
  if (s && (type === "integer" || type === "number")) {
    if (s.minimum !== undefined && s.maximum !== undefined) text += ` from ${s.minimum} to ${s.maximum}`;
    else if (s.minimum !== undefined) text += ` ≥ ${s.minimum}`;
    else if (s.maximum !== undefined) text += ` ≤ ${s.maximum}`;
  }
  if (s?.enum && type === "string") text += ` (one of ${s.enum.map((v) => JSON.stringify(v)).join(", ")})`;
  return text;
}

/** How a found value reads in a message: 0, 1.5, "abc", true, null, a mapping, a list. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === "number")
    return Number.isNaN(v)
      ? "NaN (.nan)"
      : Number.isFinite(v)
        ? String(v)
        : v > 0
          ? "infinity (.inf)"
          : "-infinity (-.inf)";
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return "a list";
  return "a mapping";
}

/** "/spec/pipeline/dependencies/0/role" → "spec.pipeline.dependencies[0].role". */
export function fieldName(pointer: string): string {
  if (pointer === "") return "";
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const t = unescapeToken(raw);
    if (/^(0|[1-9][0-9]*)$/.test(t)) out += `[${t}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(t)) out += out === "" ? t : `.${t}`;
    else out += `[${JSON.stringify(t)}]`;
  }
  return out;
}

/** The closest candidate when it is plausibly a typo (or differs only in case). */
export function nearest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    if (c.toLowerCase() === lower) return c;
    const d = distance(lower, c.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(Math.max(word.length, best.length) / 3)));
  if (bestScore <= limit) return best;
  // Prefix / substring matches ("replicas" → "maxReplicas") are also worth suggesting.
  const hit = candidates.find((c) => lower.length >= 4 && c.toLowerCase().includes(lower));
  return hit;
}
