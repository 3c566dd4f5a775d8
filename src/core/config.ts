/**
 * Repository configuration (`.github/modelspec-review.yml`): defaults, schema validation and merge.
 *
 * `parseConfig` never throws: a syntax error, an unknown key or a value of the wrong type becomes a
 * `Finding` (source "config") with line and column, the offending value is dropped and the default
 * stays in force, so one typo never stops the review of the specs.
 */
import { escapeToken, pointerTokens } from "./pointer.js";
import { makeFinding, type ConfigCode } from "./findings.js";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { closest, distance } from "fastest-levenshtein";
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import { CONFIG_SCHEMA } from "./schema/config.v1.js";
import { CONFIG_PATH, DEFAULT_LIMITS, DEFAULT_SPEC_GLOBS } from "./settings.js";
import type { Config, Finding, Position } from "./types.js";

/** The configuration in force when a repository has no `.github/modelspec-review.yml`. */
export const DEFAULT_CONFIG: Config = {
  paths: [...DEFAULT_SPEC_GLOBS],
  failOn: {
    schemaErrors: true,
    ruleErrors: true,
    doesNotFit: true,
    governanceLoosening: false,
    breakingChanges: false,
    monthlyCostIncreaseUsd: null,
    monthlyCostIncreasePct: null,
    mode: "new",
    strict: [],
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
  limits: { ...DEFAULT_LIMITS },
  drift: { enabled: true, manifests: ["**/*.yaml", "**/*.yml"], links: [], tolerancePct: 0, values: [] },
};

/** Where repositories keep the configuration (defined in ./settings.ts). */
export { CONFIG_PATH };

let validator: ReturnType<Ajv2020["compile"]> | undefined;
function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(CONFIG_SCHEMA);
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A fresh copy of the defaults (callers may mutate their config freely). */
export function defaultConfig(): Config {
  return structuredClone(DEFAULT_CONFIG);
}

/**
 * Merges a partial config over DEFAULT_CONFIG: objects merge key by key, arrays and scalars
 * replace. The input must already be valid against the schema.
 */
export function mergeConfig(partial: Record<string, unknown>, base: Config = DEFAULT_CONFIG): Config {
  const out = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(partial)) {
    if (key === "$schema" || key === "version") continue;
    const current = out[key];
    if (isPlainObject(value) && isPlainObject(current)) {
      out[key] = { ...current, ...structuredClone(value) };
    } else {
      out[key] = structuredClone(value);
    }
  }
  return out as unknown as Config;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Read the repository config: defaults merged with what the file validly says, and a finding with line
 * and column for everything else.
 */
export function parseConfig(text: string, file: string): { config: Config; findings: Finding[] } {
  const findings: Finding[] = [];
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    // parseDocument reports problems as errors; a throw here means a bug in the input handling.
    findings.push(
      finding(
        file,
        "config/syntax",
        "error",
        "",
        { line: 1, column: 1 },
        `The configuration could not be read: ${String(err)}`,
      ),
    );
    return { config: defaultConfig(), findings };
  }
  for (const e of doc.errors) {
    const { line, column } = pos(lineCounter, e.pos[0]);
    findings.push(
      finding(
        file,
        "config/syntax",
        "error",
        "",
        { line, column },
        `YAML syntax error: ${firstLine(e.message)}`,
        "The defaults apply until the file parses.",
      ),
    );
  }
  if (findings.length) return { config: defaultConfig(), findings };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    findings.push(
      finding(
        file,
        "config/syntax",
        "error",
        "",
        { line: 1, column: 1 },
        `The configuration could not be read: ${firstLine(String(err))}`,
      ),
    );
    return { config: defaultConfig(), findings };
  }
  if (value === null || value === undefined) return { config: defaultConfig(), findings };
  if (!isPlainObject(value)) {
    findings.push(
      finding(
        file,
        "config/not-a-mapping",
        "error",
        "",
        { line: 1, column: 1 },
        "The configuration must be a mapping of keys (paths, failOn, rules…).",
        "The defaults apply.",
      ),
    );
    return { config: defaultConfig(), findings };
  }

  const locate = (pointer: string, key?: string): Position => locateIn(doc, lineCounter, pointer, key);
  const data = structuredClone(value) as Record<string, Json>;
  // Validate, report, drop what is wrong, repeat: each round removes at least one bad value.
  const reported = new Set<string>();
  for (let round = 0; round < 50; round++) {
    const errors = validate(data);
    if (errors.length === 0) break;
    let removed = false;
    for (const e of errors) {
      const { pointer, message, hint, code, severity, key } = describe(e);
      const id = `${code}:${pointer}`;
      if (!reported.has(id)) {
        reported.add(id);
        findings.push(finding(file, code, severity, pointer, locate(pointer, key), message, hint));
      }
      removed = removeAt(data, pointer) || removed;
    }
    if (!removed) break;
  }
  if (validate(data).length) return { config: defaultConfig(), findings };
  return { config: mergeConfig(data), findings };
}

function describe(e: ErrorObject): {
  pointer: string;
  message: string;
  hint?: string;
  code: ConfigCode;
  severity: Finding["severity"];
  key?: string;
} {
  const at = e.instancePath;
  const where = at ? `\`${pointerToPath(at)}\`` : "the configuration";
  if (e.keyword === "additionalProperties") {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const allowed = allowedKeys(at);
    const guess = allowed.length ? closest(key, allowed) : undefined;
    return {
      pointer: `${at}/${escapeToken(key)}`,
      key,
      code: "config/unknown-key",
      severity: "error",
      message: `Unknown key \`${key}\` in ${where}; it is ignored.`,
      hint:
        guess && distance(key.toLowerCase(), guess.toLowerCase()) <= 3
          ? `Did you mean \`${guess}\`?`
          : `Known keys: ${allowed.join(", ")}.`,
    };
  }
  if (e.keyword === "required") {
    const missing = String((e.params as { missingProperty: string }).missingProperty);
    return {
      pointer: at,
      code: "config/invalid",
      severity: "error",
      message: `${capital(where)} is missing \`${missing}\`; the entry is ignored.`,
    };
  }
  if (e.keyword === "propertyNames") {
    const name = String((e.params as { propertyName?: string }).propertyName ?? "");
    return {
      pointer: `${at}/${escapeToken(name)}`,
      key: name,
      code: "config/invalid",
      severity: "error",
      message: `\`${name}\` is not a valid rule id in ${where}; it is ignored.`,
    };
  }
  let expected = e.message ?? "is invalid";
  if (e.keyword === "enum")
    expected = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  if (e.keyword === "type")
    expected = `must be ${String((e.params as { type: string | string[] }).type).replace(",", " or ")}`;
  return {
    pointer: at,
    code: "config/invalid",
    severity: "error",
    message: `${capital(where)} ${expected}; the default applies.`,
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const firstLine = (s: string) => s.split("\n")[0]!.trim();
const pointerToPath = (pointer: string) =>
  pointerTokens(pointer)
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join("")
    .replace(/^\./, "");

/** Keys the schema allows in the object at `pointer` (for "did you mean"). */
function allowedKeys(pointer: string): string[] {
  let node: Record<string, unknown> | undefined = CONFIG_SCHEMA as unknown as Record<string, unknown>;
  for (const seg of pointerTokens(pointer)) {
    if (!node) return [];
    if (/^\d+$/.test(seg) && node.items) node = node.items as Record<string, unknown>;
    else node = (node.properties as Record<string, Record<string, unknown>> | undefined)?.[seg];
  }
  const props = node?.properties as Record<string, unknown> | undefined;
  return props ? Object.keys(props).filter((k) => k !== "$schema") : [];
}

function removeAt(root: Record<string, Json>, pointer: string): boolean {
  const segs = pointerTokens(pointer);
  if (segs.length === 0) return false;
  let cur: Json = root;
  for (const seg of segs.slice(0, -1)) {
    if (cur === null || typeof cur !== "object") return false;
    cur = Array.isArray(cur) ? (cur[Number(seg)] ?? null) : (cur[seg] ?? null);
  }
  const last = segs[segs.length - 1]!;
  if (Array.isArray(cur)) {
    const i = Number(last);
    if (!(i < cur.length)) return false;
    cur.splice(i, 1);
    return true;
  }
  if (cur !== null && typeof cur === "object" && Object.prototype.hasOwnProperty.call(cur, last)) {
    delete cur[last];
    return true;
  }
  return false;
}

/** Line and column of the value at `pointer` (or of its key when `key` is given), else the nearest ancestor. */
function locateIn(doc: Document, lc: LineCounter, pointer: string, key?: string): Position {
  const segs = pointerTokens(pointer);
  const path: (string | number)[] = segs.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = path.length; n >= 0; n--) {
    const parentPath = path.slice(0, Math.max(0, n - 1));
    if (n === path.length && key !== undefined) {
      const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        const range = (pair?.key as YamlNode | undefined)?.range;
        if (range) return pos(lc, range[0]);
      }
    }
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as YamlNode | null | undefined;
    if (node && typeof node === "object" && "range" in node && node.range) return pos(lc, node.range[0]);
  }
  return { line: 1, column: 1 };
}

function pos(lc: LineCounter, offset: number): Position {
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}

function finding(
  file: string,
  code: ConfigCode,
  severity: Finding["severity"],
  pointer: string,
  at: Position,
  message: string,
  hint?: string,
): Finding {
  return makeFinding(code, severity, "config", { file, pointer, line: at.line, column: at.column }, message, {
    hint,
  });
}
