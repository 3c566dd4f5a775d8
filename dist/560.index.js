export const id = 560;
export const ids = [560];
export const modules = {

/***/ 725:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lz: () => (/* binding */ ANNOTATION_PREFIX),
/* harmony export */   ti: () => (/* binding */ readAnnotations)
/* harmony export */ });
/* unused harmony export ANNOTATION_KEYS */
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(698);
/**
 * Per-spec declarations through `metadata.annotations`. Annotation values are strings (Kubernetes
 * style); each key below is parsed to a number or a word and checked. Documented in docs/estimation.md.
 */

/** Prefix of the spec annotations modelspec-review reads (`modelspec-review.piqc.ai/<key>`). */
const ANNOTATION_PREFIX = "modelspec-review.piqc.ai/";
/** Every annotation the estimator reads, with what it declares. */
const ANNOTATION_KEYS = {
    model: { kind: "word", doc: "catalog model id to use, e.g. `llama-3.1-8b` (wins over the id)" },
    "params-b": { kind: "positive", doc: "total parameters in billions (declares the model)" },
    "active-params-b": { kind: "positive", doc: "parameters active per token, billions (MoE)" },
    layers: { kind: "integer", doc: "transformer layers" },
    "hidden-size": { kind: "integer", doc: "hidden size" },
    "attention-heads": { kind: "integer", doc: "attention heads" },
    "kv-heads": { kind: "integer", doc: "key/value heads (GQA)" },
    "head-dim": { kind: "integer", doc: "head dimension" },
    "vocab-size": { kind: "integer", doc: "vocabulary size" },
    "max-context": { kind: "integer", doc: "model's maximum context, tokens" },
    "gpu-memory-gib": { kind: "positive", doc: "memory of the declared GPU type, GiB (declares the GPU)" },
    "gpu-bandwidth-gbs": { kind: "positive", doc: "memory bandwidth of the declared GPU, GB/s" },
    "gpu-tflops": { kind: "positive", doc: "dense BF16/FP16 TFLOPS of the declared GPU" },
    "gpu-memory-utilization": {
        kind: "fraction",
        doc: "engine memory fraction (vLLM --gpu-memory-utilization)",
    },
    "kv-cache-dtype": { kind: "word", doc: "KV-cache dtype: auto, fp16, bf16, fp8, int8" },
    "tensor-parallel": { kind: "integer", doc: "tensor-parallel degree (default: accelerator.count)" },
    "pipeline-parallel": { kind: "integer", doc: "pipeline-parallel degree (default 1)" },
    "max-num-batched-tokens": {
        kind: "integer",
        doc: "tokens per scheduler step (vLLM --max-num-batched-tokens; sizes activations and sliding-window admission)",
    },
    "engine-version": {
        kind: "word",
        doc: "serving engine version, e.g. `0.10.1` (vLLM before 0.21 does not budget CUDA-graph memory)",
    },
    "cuda-graph-gib": {
        kind: "positive",
        doc: "CUDA-graph memory per GPU, GiB (vLLM logs it as 'Estimated CUDA graph memory')",
    },
    "enforce-eager": {
        kind: "word",
        doc: "`true` when the engine runs without CUDA graphs (vLLM --enforce-eager)",
    },
    "usd-per-gpu-hour": { kind: "positive", doc: "price of one GPU-hour in USD (declares the price)" },
    provider: {
        kind: "word",
        doc: "cloud provider to price with (aws, gcp, azure, lambda, runpod, coreweave…)",
    },
};
function pointerFor(fullKey) {
    return `/metadata/annotations/${(0,_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeToken */ .tj)(fullKey)}`;
}
const EMPTY = { values: {}, problems: [] };
/** Read a spec's modelspec-review annotations; a malformed value becomes a problem, never a throw. */
function readAnnotations(spec) {
    const raw = spec?.metadata?.annotations;
    if (!raw || typeof raw !== "object")
        return EMPTY;
    let out = null;
    for (const [fullKey, rawValue] of Object.entries(raw)) {
        if (!fullKey.startsWith(ANNOTATION_PREFIX))
            continue;
        out ??= { values: {}, problems: [] };
        const key = fullKey.slice(ANNOTATION_PREFIX.length);
        if (!Object.hasOwn(ANNOTATION_KEYS, key)) {
            // Other modules (rules, suppressions) own other keys under the same prefix: leave them alone.
            continue;
        }
        const def = ANNOTATION_KEYS[key];
        const text = String(rawValue).trim();
        if (def.kind === "word") {
            if (text)
                out.values[key] = text.toLowerCase();
            else
                out.problems.push({ key, pointer: pointerFor(fullKey), message: `annotation ${fullKey} is empty` });
            continue;
        }
        const n = Number(text);
        const ok = text !== "" &&
            Number.isFinite(n) &&
            n > 0 &&
            (def.kind !== "integer" || Number.isInteger(n)) &&
            (def.kind !== "fraction" || n <= 1);
        if (ok)
            out.values[key] = n;
        else {
            const want = def.kind === "integer"
                ? "a positive integer"
                : def.kind === "fraction"
                    ? "a number in (0, 1]"
                    : "a positive number";
            out.problems.push({
                key,
                pointer: pointerFor(fullKey),
                message: `annotation ${fullKey} is "${text}"; expected ${want} (${def.doc})`,
            });
        }
    }
    return out ?? EMPTY;
}
//# sourceMappingURL=annotations.js.map

/***/ }),

/***/ 8560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ fetchedFor),
/* harmony export */   XF: () => (/* binding */ refKey),
/* harmony export */   Y8: () => (/* binding */ modelsNeeded),
/* harmony export */   ZU: () => (/* binding */ MODEL_CONFIG_DIR)
/* harmony export */ });
/* unused harmony exports MAX_MODEL_REFS, isHubRepoId, parseHubRef, modelRefsOf */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2251);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1240);
/* harmony import */ var _catalog_annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(725);
/**
 * What the edge fetches for model resolution, and which models a set of specs needs. Pure.
 *
 * The edge (`src/hub/`) reads, for every `ModelRef` this module lists, the committed
 * `.modelspec/models/<repo>/config.json` (+ `model.safetensors.index.json`), else the on-disk
 * Hugging Face cache, else the Hub, and hands the texts back as `ModelTexts`; `analyse()` passes them
 * to the resolver. Nothing here performs I/O.
 */



/** Where the edge looks for a committed config: `<MODEL_CONFIG_DIR>/<org>/<name>/config.json`. */
const MODEL_CONFIG_DIR = ".modelspec/models";
/** Most model repositories one review fetches (cost per PR stays constant). */
const MAX_MODEL_REFS = 20;
/** `org/name@revision`. */
function refKey(ref) {
    return `${ref.repo}@${ref.revision}`;
}
const SEGMENT = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?$/;
const REVISION = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;
/** Is `name` a Hub repository id (`org/name`, no `..`, as huggingface_hub validates them)? */
function isHubRepoId(name) {
    const parts = name.split("/");
    return parts.length === 2 && parts.every((p) => SEGMENT.test(p) && !p.includes("..") && !p.includes("--"));
}
function validRevision(rev) {
    return REVISION.test(rev) && !rev.includes("..") && !rev.endsWith("/");
}
/**
 * Parse `hf://org/name@rev`, `hf://org/name`, `https://huggingface.co/org/name[/tree/rev]` or a bare
 * `org/name` into a ref. Null for anything else (S3 paths, local paths, bare names).
 */
function parseHubRef(text) {
    const s = text.trim();
    let repo;
    let revision = "main";
    const hf = /^hf:\/\/([^@?#\s]+?)(?:@([^?#\s]+))?\/?$/i.exec(s);
    const url = /^https?:\/\/(?:www\.)?huggingface\.co\/([^/?#\s]+\/[^/?#\s]+)(?:\/(?:tree|blob|resolve)\/([^?#\s]+?))?\/?(?:[?#].*)?$/i.exec(s);
    if (hf?.[1]) {
        repo = hf[1];
        if (hf[2])
            revision = decodeURIComponent(hf[2]);
    }
    else if (url?.[1]) {
        repo = url[1];
        if (url[2])
            revision = decodeURIComponent(url[2]);
    }
    else if (/^[^/:\s]+\/[^/:\s]+$/.test(s)) {
        const at = s.indexOf("@");
        repo = at > 0 ? s.slice(0, at) : s;
        if (at > 0)
            revision = s.slice(at + 1);
    }
    if (!repo || !isHubRepoId(repo) || !validRevision(revision))
        return null;
    return { repo, revision, hub: true };
}
/**
 * The model repositories a spec names, most specific first: the annotation
 * `modelspec-review.piqc.ai/model` when it is a repo id, `artifacts.modelUri` (`hf://…`, a
 * huggingface.co URL), `identity.model.id` when it is `org/name`; else the bare id (a committed
 * config under `.modelspec/models/<id>/` can still serve it).
 */
function modelRefsOf(spec) {
    if (!spec || typeof spec !== "object")
        return [];
    const out = [];
    const add = (r) => {
        if (r && !out.some((o) => o.repo === r.repo && o.revision === r.revision))
            out.push(r);
    };
    const ann = spec.metadata?.annotations;
    const annModel = ann && typeof ann === "object" ? ann[`${_catalog_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_PREFIX */ .Lz}model`] : undefined;
    if (typeof annModel === "string")
        add(parseHubRef(annModel));
    const model = spec.spec?.identity?.model;
    const uri = model?.artifacts?.modelUri;
    if (typeof uri === "string")
        add(parseHubRef(uri));
    const id = model?.id;
    if (typeof id === "string") {
        const r = parseHubRef(id);
        if (r)
            add(r);
        else if (SEGMENT.test(id.trim()))
            add({ repo: id.trim(), revision: "main", hub: false });
    }
    return out;
}
/** The fetched config for a spec: the first of its refs the edge could serve, and every failure seen. */
function fetchedFor(spec, models) {
    const failures = [];
    if (!models)
        return { hit: null, failures };
    for (const ref of modelRefsOf(spec)) {
        const got = models[refKey(ref)];
        if (!got)
            continue;
        if (got.config !== undefined)
            return { hit: got, failures };
        if (got.error)
            failures.push(got);
    }
    return { hit: null, failures };
}
/**
 * Which model repositories the specs in `pairs` need (both sides), deduplicated, capped at
 * `MAX_MODEL_REFS`. A name the repo config declares under `catalog.models` needs nothing: the
 * declaration wins. Pure (parses the texts); the edge calls it before fetching.
 */
function modelsNeeded(pairs, config) {
    const declared = new Set((config.catalog?.models ?? []).flatMap((m) => [m.id, ...(m.aliases ?? [])].map((n) => n.toLowerCase())));
    const out = new Map();
    for (const pair of pairs) {
        for (const text of [pair.base, pair.head]) {
            if (text === undefined)
                continue;
            const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFile */ .CJ)(pair.path, text, { maxBytes: config.limits?.maxFileBytes });
            for (const doc of parsed.documents) {
                if (!(0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .isModelSpec */ .RA)(doc.value))
                    continue;
                const spec = doc.value;
                const id = spec.spec?.identity?.model?.id;
                if (typeof id === "string" && declared.has(id.toLowerCase()))
                    continue;
                for (const ref of modelRefsOf(spec)) {
                    if (out.size >= MAX_MODEL_REFS)
                        break;
                    out.set(refKey(ref), ref);
                }
            }
        }
    }
    return [...out.values()];
}
//# sourceMappingURL=sources.js.map

/***/ }),

/***/ 1240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RA: () => (/* binding */ isModelSpec),
  mv: () => (/* binding */ validateDocument)
});

// UNUSED EXPORTS: API_VERSION, KIND, describeValue, errorsToFindings, fieldName, nearest, schemaErrors

// EXTERNAL MODULE: ./lib/core/pointer.js
var core_pointer = __webpack_require__(698);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./lib/core/generated/modelspec-validator.js
// @ts-nocheck
/* eslint-disable */
// GENERATED by scripts/gen-validator.mjs from schema/modelspec.v1alpha1.json — do not edit; run `npm run gen`.

const validate = (/* unused pure expression or super */ null && (validate20));
/* harmony default export */ const modelspec_validator = (validate20);
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:modelspec-review:schema:modelspec.v1alpha1", "title": "ModelSpec (piqc.ai/v1alpha1)", "description": "Declares how one ML model is identified, run, served, scaled, wired into a pipeline and governed. Accepts exactly what the public ModelSpec v0.1 schema accepts; written for modelspec-review with help text on every field.", "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "additionalProperties": false, "properties": { "apiVersion": { "description": "Version of the ModelSpec API this document follows. Must be exactly \"piqc.ai/v1alpha1\".", "type": "string", "const": "piqc.ai/v1alpha1" }, "kind": { "description": "Kind of document. Must be exactly \"ModelSpec\".", "type": "string", "const": "ModelSpec" }, "metadata": { "description": "Who this spec is: its name, version and free-form labels and annotations.", "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "description": "Human-friendly identifier of this spec, unique within the repository (e.g. \"llama3-8b-chat-prod\").", "type": "string" }, "version": { "description": "Version of this spec, as the team numbers it (e.g. \"2025-01\" or \"1.4.0\"). Quote it in YAML so it stays a string.", "type": "string" }, "description": { "description": "One or two sentences on what this deployment is for.", "type": "string" }, "labels": { "description": "Informational key/value labels (team, environment, region...). Values must be strings.", "$ref": "#/$defs/stringMap" }, "annotations": { "description": "Free-form key/value annotations for tools and people (owner, support channel...). Values must be strings.", "$ref": "#/$defs/stringMap" } } }, "spec": { "description": "The model's identity, runtime needs, operations, pipeline and governance.", "type": "object", "required": ["identity", "runtime"], "additionalProperties": false, "properties": { "identity": { "description": "What model is deployed.", "type": "object", "required": ["model"], "additionalProperties": false, "properties": { "model": { "description": "The model: logical id, family, task, framework, precision and where its artifacts live.", "type": "object", "required": ["id", "family", "task", "framework"], "additionalProperties": false, "properties": { "id": { "description": "Logical model identifier, not a deployment name (e.g. \"llama-3-8b-instruct\"). Used to look up the model's size.", "type": "string" }, "family": { "description": "Model family, for grouping and compatibility (e.g. \"llama3\", \"qwen2.5\").", "type": "string" }, "task": { "description": "Primary task the model performs (e.g. \"text-generation\", \"chat-completion\", \"embedding\").", "type": "string" }, "framework": { "description": "Runtime framework that loads and serves the model (e.g. \"transformers\", \"vllm\").", "type": "string" }, "precision": { "description": "Numeric precision of the weights at runtime (e.g. \"bf16\", \"fp16\", \"fp8\", \"int4\").", "type": "string" }, "artifacts": { "description": "Where the weights and tokenizer are stored.", "type": "object", "additionalProperties": false, "properties": { "modelUri": { "description": "URI of the model weights (e.g. \"hf://org/model\" or \"s3://bucket/path/\").", "type": "string" }, "tokenizerUri": { "description": "URI of the tokenizer files.", "type": "string" } } } } } } }, "runtime": { "description": "What one replica needs to run: accelerators, batch limits, CPU/memory/disk and environment.", "type": "object", "required": ["accelerator"], "additionalProperties": false, "properties": { "accelerator": { "description": "The accelerators (GPUs) one replica uses.", "type": "object", "required": ["vendor", "type", "count"], "additionalProperties": false, "properties": { "vendor": { "description": "Accelerator vendor (e.g. \"nvidia\", \"amd\").", "type": "string" }, "type": { "description": "Accelerator model (e.g. \"a10\", \"a100-80gb\", \"h100\", \"l40s\").", "type": "string" }, "count": { "description": "Number of accelerators per replica; an integer of at least 1.", "type": "integer", "minimum": 1 } } }, "batch": { "description": "Batching limits; they drive KV-cache memory.", "type": "object", "additionalProperties": false, "properties": { "maxBatchSize": { "description": "Upper bound of sequences processed together; an integer of at least 1.", "type": "integer", "minimum": 1 }, "maxSequenceLengthTokens": { "description": "Longest sequence (prompt plus output) in tokens; an integer of at least 1. Drives KV-cache size.", "type": "integer", "minimum": 1 } } }, "resources": { "description": "CPU, memory and disk per replica, besides the accelerators.", "type": "object", "additionalProperties": false, "properties": { "cpuCores": { "description": "CPU cores per replica; an integer of at least 0.", "type": "integer", "minimum": 0 }, "memoryGb": { "description": "Host memory per replica in GB; a number of at least 0.", "type": "number", "minimum": 0 }, "ephemeralStorageGb": { "description": "Local scratch disk per replica in GB; a number of at least 0.", "type": "number", "minimum": 0 } } }, "environment": { "description": "Environment of the serving process.", "type": "object", "additionalProperties": false, "properties": { "variables": { "description": "Environment variables; values must be strings (quote \"true\", \"false\" and numbers in YAML).", "$ref": "#/$defs/stringMap" } } } } }, "operations": { "description": "How the model is served, scaled and observed.", "type": "object", "additionalProperties": false, "properties": { "serving": { "description": "The serving endpoint: protocol, port, health probes, concurrency and timeouts.", "type": "object", "additionalProperties": false, "properties": { "protocol": { "description": "How clients talk to the model: \"http\" or \"grpc\".", "type": "string", "enum": ["http", "grpc"] }, "port": { "description": "Service port; an integer from 1 to 65535.", "$ref": "#/$defs/port" }, "readinessProbe": { "description": "Probe that tells when a replica is ready to take traffic.", "$ref": "#/$defs/probe" }, "livenessProbe": { "description": "Probe that tells when a replica must be restarted.", "$ref": "#/$defs/probe" }, "maxConcurrency": { "description": "Most requests one replica handles at once; an integer of at least 1.", "type": "integer", "minimum": 1 }, "timeoutSeconds": { "description": "Upper bound for handling one request, in seconds; an integer of at least 0.", "type": "integer", "minimum": 0 } } }, "scaling": { "description": "Replica bounds, autoscaling strategy and the service-level targets that drive it.", "type": "object", "additionalProperties": false, "properties": { "minReplicas": { "description": "Availability floor: replicas always running; an integer of at least 0.", "type": "integer", "minimum": 0 }, "maxReplicas": { "description": "Cost and capacity ceiling: most replicas ever running; an integer of at least 0.", "type": "integer", "minimum": 0 }, "strategy": { "description": "How replicas are scaled: \"reactive\", \"predictive\" or \"manual\".", "type": "string", "enum": ["reactive", "predictive", "manual"] }, "targetLatencyMsP95": { "description": "Desired 95th-percentile latency in milliseconds; a number of at least 0.", "type": "number", "minimum": 0 }, "targetRps": { "description": "Requests per second the deployment must sustain; a number of at least 0.", "type": "number", "minimum": 0 }, "warmPool": { "description": "Pre-warmed spare replicas that cut cold-start time.", "type": "object", "additionalProperties": false, "properties": { "size": { "description": "Number of warm spare replicas; an integer of at least 0.", "type": "integer", "minimum": 0 }, "strategy": { "description": "How the warm pool is kept (free text).", "type": "string" } } } } }, "observability": { "description": "Metrics, logging and tracing.", "type": "object", "additionalProperties": false, "properties": { "metrics": { "description": "Metrics export.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "description": "Whether metrics are exported.", "type": "boolean" }, "provider": { "description": "Metrics system (e.g. \"prometheus\").", "type": "string" }, "port": { "description": "Port metrics are served on; an integer from 1 to 65535.", "$ref": "#/$defs/port" } } }, "logging": { "description": "Logging.", "type": "object", "additionalProperties": false, "properties": { "level": { "description": "Expected log verbosity (e.g. \"info\", \"debug\").", "type": "string" } } }, "tracing": { "description": "Distributed tracing.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "description": "Whether requests are traced. Declaring false states intent.", "type": "boolean" } } } } } } }, "pipeline": { "description": "Processing steps around the model and the other models it depends on.", "type": "object", "additionalProperties": false, "properties": { "preprocess": { "description": "Steps run on each request before the model.", "$ref": "#/$defs/stage" }, "postprocess": { "description": "Steps run on each response after the model.", "$ref": "#/$defs/stage" }, "dependencies": { "description": "Other models this one calls or is guarded by (embedders, rerankers, guardrails...).", "type": "array", "items": { "$ref": "#/$defs/dependency" } } } }, "governance": { "description": "Compliance rules and cost targets.", "type": "object", "additionalProperties": false, "properties": { "compliance": { "description": "PII handling, data retention and change control.", "type": "object", "additionalProperties": false, "properties": { "pii": { "description": "Whether personal data may pass through the model, and under which policy.", "type": "object", "additionalProperties": false, "properties": { "allowed": { "description": "Whether personally identifiable information may be processed.", "type": "boolean" }, "policy": { "description": "Name of the policy that governs PII handling.", "type": "string" } } }, "retention": { "description": "How long logs and artifacts are kept.", "type": "object", "additionalProperties": false, "properties": { "logsDays": { "description": "Days logs are kept; an integer of at least 0.", "type": "integer", "minimum": 0 }, "artifactsDays": { "description": "Days artifacts are kept; an integer of at least 0.", "type": "integer", "minimum": 0 } } }, "governance": { "description": "Who owns the model and how changes are approved.", "type": "object", "additionalProperties": false, "properties": { "changeApproval": { "description": "How a change is approved (e.g. \"two-person-review\").", "type": "string" }, "owner": { "description": "Accountable owner (team or person).", "type": "string" } } } } }, "cost": { "description": "Cost targets and pricing hints.", "type": "object", "additionalProperties": false, "properties": { "targetCostPer1kTokensUsd": { "description": "Cost target in USD per 1,000 tokens; a number of at least 0.", "type": "number", "minimum": 0 }, "pricingHints": { "description": "Where the model runs, for pricing.", "type": "object", "additionalProperties": false, "properties": { "cloudProvider": { "description": "Cloud provider (e.g. \"aws\", \"gcp\", \"azure\").", "type": "string" }, "instanceType": { "description": "Instance type (e.g. \"p4d.24xlarge\").", "type": "string" }, "spotAllowed": { "description": "Whether spot/preemptible capacity may be used.", "type": "boolean" } } } } } } } } } }, "$defs": { "stringMap": { "description": "A mapping of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "port": { "description": "A TCP port: an integer from 1 to 65535.", "type": "integer", "minimum": 1, "maximum": 65535 }, "probe": { "description": "An HTTP health probe.", "type": "object", "additionalProperties": false, "properties": { "path": { "description": "HTTP path probed (e.g. \"/health\").", "type": "string" }, "timeoutSeconds": { "description": "Seconds before the probe counts as failed; an integer of at least 0.", "type": "integer", "minimum": 0 } } }, "stage": { "description": "An ordered list of processing steps.", "type": "object", "additionalProperties": false, "properties": { "steps": { "description": "The steps, run in order.", "type": "array", "items": { "$ref": "#/$defs/step" } } } }, "step": { "description": "One processing step.", "type": "object", "required": ["name", "type"], "additionalProperties": false, "properties": { "name": { "description": "Name of the step, unique within its stage.", "type": "string" }, "type": { "description": "Kind of step (e.g. \"tokenize\", \"pii-redaction\").", "type": "string" }, "enabled": { "description": "Whether the step runs.", "type": "boolean" } } }, "dependency": { "description": "Another model this one depends on.", "type": "object", "required": ["id", "role"], "additionalProperties": false, "properties": { "id": { "description": "Identifier of the dependency, unique within this spec.", "type": "string" }, "role": { "description": "Role of the dependency: \"input\", \"guardrail\", \"reranker\", \"postprocess\" or \"custom\".", "type": "string", "enum": ["input", "guardrail", "reranker", "postprocess", "custom"] }, "specRef": { "description": "Path of the dependency's own ModelSpec, relative to this file.", "type": "string" }, "required": { "description": "Whether this model cannot serve without the dependency. Defaults to true.", "type": "boolean", "default": true }, "interface": { "description": "What passes between this model and the dependency, and its latency budget.", "type": "object", "additionalProperties": false, "properties": { "inputType": { "description": "Type of data sent to the dependency (e.g. \"text\").", "type": "string" }, "outputType": { "description": "Type of data the dependency returns (e.g. \"embedding\").", "type": "string" }, "maxLatencyMs": { "description": "Latency budget of the dependency in milliseconds; a number of at least 0.", "type": "number", "minimum": 0 } } } } } } };
const schema32 = { "description": "A mapping of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } };
const schema35 = { "description": "A TCP port: an integer from 1 to 65535.", "type": "integer", "minimum": 1, "maximum": 65535 };
const schema36 = { "description": "An HTTP health probe.", "type": "object", "additionalProperties": false, "properties": { "path": { "description": "HTTP path probed (e.g. \"/health\").", "type": "string" }, "timeoutSeconds": { "description": "Seconds before the probe counts as failed; an integer of at least 0.", "type": "integer", "minimum": 0 } } };
const schema41 = { "description": "Another model this one depends on.", "type": "object", "required": ["id", "role"], "additionalProperties": false, "properties": { "id": { "description": "Identifier of the dependency, unique within this spec.", "type": "string" }, "role": { "description": "Role of the dependency: \"input\", \"guardrail\", \"reranker\", \"postprocess\" or \"custom\".", "type": "string", "enum": ["input", "guardrail", "reranker", "postprocess", "custom"] }, "specRef": { "description": "Path of the dependency's own ModelSpec, relative to this file.", "type": "string" }, "required": { "description": "Whether this model cannot serve without the dependency. Defaults to true.", "type": "boolean", "default": true }, "interface": { "description": "What passes between this model and the dependency, and its latency budget.", "type": "object", "additionalProperties": false, "properties": { "inputType": { "description": "Type of data sent to the dependency (e.g. \"text\").", "type": "string" }, "outputType": { "description": "Type of data the dependency returns (e.g. \"embedding\").", "type": "string" }, "maxLatencyMs": { "description": "Latency budget of the dependency in milliseconds; a number of at least 0.", "type": "number", "minimum": 0 } } } } };
const schema39 = { "description": "An ordered list of processing steps.", "type": "object", "additionalProperties": false, "properties": { "steps": { "description": "The steps, run in order.", "type": "array", "items": { "$ref": "#/$defs/step" } } } };
const schema40 = { "description": "One processing step.", "type": "object", "required": ["name", "type"], "additionalProperties": false, "properties": { "name": { "description": "Name of the step, unique within its stage.", "type": "string" }, "type": { "description": "Kind of step (e.g. \"tokenize\", \"pii-redaction\").", "type": "string" }, "enabled": { "description": "Whether the step runs.", "type": "boolean" } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "steps")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.steps !== undefined) {
            let data0 = data.steps;
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                        if (data1.name === undefined) {
                            const err1 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/$defs/step/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema40.required, parentSchema: schema40, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                        if (data1.type === undefined) {
                            const err2 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/$defs/step/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema40.required, parentSchema: schema40, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                        for (const key1 in data1) {
                            if (!(((key1 === "name") || (key1 === "type")) || (key1 === "enabled"))) {
                                const err3 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/$defs/step/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data: data1 };
                                if (vErrors === null) {
                                    vErrors = [err3];
                                }
                                else {
                                    vErrors.push(err3);
                                }
                                errors++;
                            }
                        }
                        if (data1.name !== undefined) {
                            let data2 = data1.name;
                            if (typeof data2 !== "string") {
                                const err4 = { instancePath: instancePath + "/steps/" + i0 + "/name", schemaPath: "#/$defs/step/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.name.type, parentSchema: schema40.properties.name, data: data2 };
                                if (vErrors === null) {
                                    vErrors = [err4];
                                }
                                else {
                                    vErrors.push(err4);
                                }
                                errors++;
                            }
                        }
                        if (data1.type !== undefined) {
                            let data3 = data1.type;
                            if (typeof data3 !== "string") {
                                const err5 = { instancePath: instancePath + "/steps/" + i0 + "/type", schemaPath: "#/$defs/step/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.type.type, parentSchema: schema40.properties.type, data: data3 };
                                if (vErrors === null) {
                                    vErrors = [err5];
                                }
                                else {
                                    vErrors.push(err5);
                                }
                                errors++;
                            }
                        }
                        if (data1.enabled !== undefined) {
                            let data4 = data1.enabled;
                            if (typeof data4 !== "boolean") {
                                const err6 = { instancePath: instancePath + "/steps/" + i0 + "/enabled", schemaPath: "#/$defs/step/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema40.properties.enabled.type, parentSchema: schema40.properties.enabled, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err7 = { instancePath: instancePath + "/steps/" + i0, schemaPath: "#/$defs/step/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.steps.type, parentSchema: schema39.properties.steps, data: data0 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
    }
    else {
        const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    /*# sourceURL="urn:modelspec-review:schema:modelspec.v1alpha1" */ ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate20.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.apiVersion === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property '" + "apiVersion" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.kind === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.metadata === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property '" + "metadata" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.spec === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property '" + "spec" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))) {
                const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.apiVersion !== undefined) {
            let data0 = data.apiVersion;
            if (typeof data0 !== "string") {
                const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.apiVersion.type, parentSchema: schema31.properties.apiVersion, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if ("piqc.ai/v1alpha1" !== data0) {
                const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "piqc.ai/v1alpha1" }, message: "must be equal to constant", schema: "piqc.ai/v1alpha1", parentSchema: schema31.properties.apiVersion, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.kind !== undefined) {
            let data1 = data.kind;
            if (typeof data1 !== "string") {
                const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.kind.type, parentSchema: schema31.properties.kind, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if ("ModelSpec" !== data1) {
                const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ModelSpec" }, message: "must be equal to constant", schema: "ModelSpec", parentSchema: schema31.properties.kind, data: data1 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.metadata !== undefined) {
            let data2 = data.metadata;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.name === undefined) {
                    const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema31.properties.metadata.required, parentSchema: schema31.properties.metadata, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                for (const key1 in data2) {
                    if (!(((((key1 === "name") || (key1 === "version")) || (key1 === "description")) || (key1 === "labels")) || (key1 === "annotations"))) {
                        const err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.metadata, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                if (data2.name !== undefined) {
                    let data3 = data2.name;
                    if (typeof data3 !== "string") {
                        const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.metadata.properties.name.type, parentSchema: schema31.properties.metadata.properties.name, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (data2.version !== undefined) {
                    let data4 = data2.version;
                    if (typeof data4 !== "string") {
                        const err12 = { instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.metadata.properties.version.type, parentSchema: schema31.properties.metadata.properties.version, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                if (data2.description !== undefined) {
                    let data5 = data2.description;
                    if (typeof data5 !== "string") {
                        const err13 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/properties/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.metadata.properties.description.type, parentSchema: schema31.properties.metadata.properties.description, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data2.labels !== undefined) {
                    let data6 = data2.labels;
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        for (const key2 in data6) {
                            let data7 = data6[key2];
                            if (typeof data7 !== "string") {
                                const err14 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.additionalProperties.type, parentSchema: schema32.additionalProperties, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err15 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/$defs/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                if (data2.annotations !== undefined) {
                    let data8 = data2.annotations;
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        for (const key3 in data8) {
                            let data9 = data8[key3];
                            if (typeof data9 !== "string") {
                                const err16 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.additionalProperties.type, parentSchema: schema32.additionalProperties, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err17 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/$defs/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err18 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.metadata.type, parentSchema: schema31.properties.metadata, data: data2 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.spec !== undefined) {
            let data10 = data.spec;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.identity === undefined) {
                    const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property '" + "identity" + "'", schema: schema31.properties.spec.required, parentSchema: schema31.properties.spec, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                if (data10.runtime === undefined) {
                    const err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "runtime" }, message: "must have required property '" + "runtime" + "'", schema: schema31.properties.spec.required, parentSchema: schema31.properties.spec, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                for (const key4 in data10) {
                    if (!(((((key4 === "identity") || (key4 === "runtime")) || (key4 === "operations")) || (key4 === "pipeline")) || (key4 === "governance"))) {
                        const err21 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                if (data10.identity !== undefined) {
                    let data11 = data10.identity;
                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        if (data11.model === undefined) {
                            const err22 = { instancePath: instancePath + "/spec/identity", schemaPath: "#/properties/spec/properties/identity/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property '" + "model" + "'", schema: schema31.properties.spec.properties.identity.required, parentSchema: schema31.properties.spec.properties.identity, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                        for (const key5 in data11) {
                            if (!(key5 === "model")) {
                                const err23 = { instancePath: instancePath + "/spec/identity", schemaPath: "#/properties/spec/properties/identity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.identity, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data11.model !== undefined) {
                            let data12 = data11.model;
                            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                if (data12.id === undefined) {
                                    const err24 = { instancePath: instancePath + "/spec/identity/model", schemaPath: "#/properties/spec/properties/identity/properties/model/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema31.properties.spec.properties.identity.properties.model.required, parentSchema: schema31.properties.spec.properties.identity.properties.model, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err24];
                                    }
                                    else {
                                        vErrors.push(err24);
                                    }
                                    errors++;
                                }
                                if (data12.family === undefined) {
                                    const err25 = { instancePath: instancePath + "/spec/identity/model", schemaPath: "#/properties/spec/properties/identity/properties/model/required", keyword: "required", params: { missingProperty: "family" }, message: "must have required property '" + "family" + "'", schema: schema31.properties.spec.properties.identity.properties.model.required, parentSchema: schema31.properties.spec.properties.identity.properties.model, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err25];
                                    }
                                    else {
                                        vErrors.push(err25);
                                    }
                                    errors++;
                                }
                                if (data12.task === undefined) {
                                    const err26 = { instancePath: instancePath + "/spec/identity/model", schemaPath: "#/properties/spec/properties/identity/properties/model/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property '" + "task" + "'", schema: schema31.properties.spec.properties.identity.properties.model.required, parentSchema: schema31.properties.spec.properties.identity.properties.model, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                                if (data12.framework === undefined) {
                                    const err27 = { instancePath: instancePath + "/spec/identity/model", schemaPath: "#/properties/spec/properties/identity/properties/model/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property '" + "framework" + "'", schema: schema31.properties.spec.properties.identity.properties.model.required, parentSchema: schema31.properties.spec.properties.identity.properties.model, data: data12 };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                                for (const key6 in data12) {
                                    if (!((((((key6 === "id") || (key6 === "family")) || (key6 === "task")) || (key6 === "framework")) || (key6 === "precision")) || (key6 === "artifacts"))) {
                                        const err28 = { instancePath: instancePath + "/spec/identity/model", schemaPath: "#/properties/spec/properties/identity/properties/model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.identity.properties.model, data: data12 };
                                        if (vErrors === null) {
                                            vErrors = [err28];
                                        }
                                        else {
                                            vErrors.push(err28);
                                        }
                                        errors++;
                                    }
                                }
                                if (data12.id !== undefined) {
                                    let data13 = data12.id;
                                    if (typeof data13 !== "string") {
                                        const err29 = { instancePath: instancePath + "/spec/identity/model/id", schemaPath: "#/properties/spec/properties/identity/properties/model/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.identity.properties.model.properties.id.type, parentSchema: schema31.properties.spec.properties.identity.properties.model.properties.id, data: data13 };
                                        if (vErrors === null) {
                                            vErrors = [err29];
                                        }
                                        else {
                                            vErrors.push(err29);
                                        }
                                        errors++;
                                    }
                                }
                                if (data12.family !== undefined) {
                                    let data14 = data12.family;
                                    if (typeof data14 !== "string") {
                                        const err30 = { instancePath: instancePath + "/spec/identity/model/family", schemaPath: "#/properties/spec/properties/identity/properties/model/properties/family/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.identity.properties.model.properties.family.type, parentSchema: schema31.properties.spec.properties.identity.properties.model.properties.family, data: data14 };
                                        if (vErrors === null) {
                                            vErrors = [err30];
                                        }
                                        else {
                                            vErrors.push(err30);
                                        }
                                        errors++;
                                    }
                                }
                                if (data12.task !== undefined) {
                                    let data15 = data12.task;
                                    if (typeof data15 !== "string") {
                                        const err31 = { instancePath: instancePath + "/spec/identity/model/task", schemaPath: "#/properties/spec/properties/identity/properties/model/properties/task/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.identity.properties.model.properties.task.type, parentSchema: schema31.properties.spec.properties.identity.properties.model.properties.task, data: data15 };
                                        if (vErrors === null) {
                                            vErrors = [err31];
                                        }
                                        else {
                                            vErrors.push(err31);
                                        }
                                        errors++;
                                    }
                                }
                                if (data12.framework !== undefined) {
                                    let data16 = data12.framework;
                                    if (typeof data16 !== "string") {
                                        const err32 = { instancePath: instancePath + "/spec/identity/model/framework", schemaPath: "#/properties/spec/properties/identity/properties/model/properties/framework/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.identity.properties.model.properties.framework.type, parentSchema: schema31.properties.spec.properties.identity.properties.model.properties.framework, data: data16 };
                                        if (vErrors === null) {
                                            vErrors = [err32];
                                        }
                                        else {
                                            vErrors.push(err32);
                                        }
                                        errors++;
                                    }
                                }
                                if (data12.precision !== undefined) {
                                    let data17 = data12.precision;
                                    if (typeof data17 !== "string") {
                                        const err33 = { instancePath: instancePath + "/spec/identity/model/precision", schemaPath: "#/properties/spec/properties/identity/properties/model/properties/precision/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.identity.properties.model.properties.precision.type, parentSchema: schema31.properties.spec.properties.identity.properties.model.properties.precision, data: data17 };
                                        if (vErrors === null) {
                                            vErrors = [err33];
                                        }
                                        else {
                                            vErrors.push(err33);
                                        }
                                        errors++;
                                    }
                                }
                                if (data12.artifacts !== undefined) {
                                    let data18 = data12.artifacts;
                                    if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                        for (const key7 in data18) {
                                            if (!((key7 === "modelUri") || (key7 === "tokenizerUri"))) {
                                                const err34 = { instancePath: instancePath + "/spec/identity/model/artifacts", schemaPath: "#/properties/spec/properties/identity/properties/model/properties/artifacts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.identity.properties.model.properties.artifacts, data: data18 };
                                                if (vErrors === null) {
                                                    vErrors = [err34];
                                                }
                                                else {
                                                    vErrors.push(err34);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data18.modelUri !== undefined) {
                                            let data19 = data18.modelUri;
                                            if (typeof data19 !== "string") {
                                                const err35 = { instancePath: instancePath + "/spec/identity/model/artifacts/modelUri", schemaPath: "#/properties/spec/properties/identity/properties/model/properties/artifacts/properties/modelUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.identity.properties.model.properties.artifacts.properties.modelUri.type, parentSchema: schema31.properties.spec.properties.identity.properties.model.properties.artifacts.properties.modelUri, data: data19 };
                                                if (vErrors === null) {
                                                    vErrors = [err35];
                                                }
                                                else {
                                                    vErrors.push(err35);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data18.tokenizerUri !== undefined) {
                                            let data20 = data18.tokenizerUri;
                                            if (typeof data20 !== "string") {
                                                const err36 = { instancePath: instancePath + "/spec/identity/model/artifacts/tokenizerUri", schemaPath: "#/properties/spec/properties/identity/properties/model/properties/artifacts/properties/tokenizerUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.identity.properties.model.properties.artifacts.properties.tokenizerUri.type, parentSchema: schema31.properties.spec.properties.identity.properties.model.properties.artifacts.properties.tokenizerUri, data: data20 };
                                                if (vErrors === null) {
                                                    vErrors = [err36];
                                                }
                                                else {
                                                    vErrors.push(err36);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err37 = { instancePath: instancePath + "/spec/identity/model/artifacts", schemaPath: "#/properties/spec/properties/identity/properties/model/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.identity.properties.model.properties.artifacts.type, parentSchema: schema31.properties.spec.properties.identity.properties.model.properties.artifacts, data: data18 };
                                        if (vErrors === null) {
                                            vErrors = [err37];
                                        }
                                        else {
                                            vErrors.push(err37);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err38 = { instancePath: instancePath + "/spec/identity/model", schemaPath: "#/properties/spec/properties/identity/properties/model/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.identity.properties.model.type, parentSchema: schema31.properties.spec.properties.identity.properties.model, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err39 = { instancePath: instancePath + "/spec/identity", schemaPath: "#/properties/spec/properties/identity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.identity.type, parentSchema: schema31.properties.spec.properties.identity, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                }
                if (data10.runtime !== undefined) {
                    let data21 = data10.runtime;
                    if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                        if (data21.accelerator === undefined) {
                            const err40 = { instancePath: instancePath + "/spec/runtime", schemaPath: "#/properties/spec/properties/runtime/required", keyword: "required", params: { missingProperty: "accelerator" }, message: "must have required property '" + "accelerator" + "'", schema: schema31.properties.spec.properties.runtime.required, parentSchema: schema31.properties.spec.properties.runtime, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                        for (const key8 in data21) {
                            if (!((((key8 === "accelerator") || (key8 === "batch")) || (key8 === "resources")) || (key8 === "environment"))) {
                                const err41 = { instancePath: instancePath + "/spec/runtime", schemaPath: "#/properties/spec/properties/runtime/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.runtime, data: data21 };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                        }
                        if (data21.accelerator !== undefined) {
                            let data22 = data21.accelerator;
                            if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                if (data22.vendor === undefined) {
                                    const err42 = { instancePath: instancePath + "/spec/runtime/accelerator", schemaPath: "#/properties/spec/properties/runtime/properties/accelerator/required", keyword: "required", params: { missingProperty: "vendor" }, message: "must have required property '" + "vendor" + "'", schema: schema31.properties.spec.properties.runtime.properties.accelerator.required, parentSchema: schema31.properties.spec.properties.runtime.properties.accelerator, data: data22 };
                                    if (vErrors === null) {
                                        vErrors = [err42];
                                    }
                                    else {
                                        vErrors.push(err42);
                                    }
                                    errors++;
                                }
                                if (data22.type === undefined) {
                                    const err43 = { instancePath: instancePath + "/spec/runtime/accelerator", schemaPath: "#/properties/spec/properties/runtime/properties/accelerator/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema31.properties.spec.properties.runtime.properties.accelerator.required, parentSchema: schema31.properties.spec.properties.runtime.properties.accelerator, data: data22 };
                                    if (vErrors === null) {
                                        vErrors = [err43];
                                    }
                                    else {
                                        vErrors.push(err43);
                                    }
                                    errors++;
                                }
                                if (data22.count === undefined) {
                                    const err44 = { instancePath: instancePath + "/spec/runtime/accelerator", schemaPath: "#/properties/spec/properties/runtime/properties/accelerator/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property '" + "count" + "'", schema: schema31.properties.spec.properties.runtime.properties.accelerator.required, parentSchema: schema31.properties.spec.properties.runtime.properties.accelerator, data: data22 };
                                    if (vErrors === null) {
                                        vErrors = [err44];
                                    }
                                    else {
                                        vErrors.push(err44);
                                    }
                                    errors++;
                                }
                                for (const key9 in data22) {
                                    if (!(((key9 === "vendor") || (key9 === "type")) || (key9 === "count"))) {
                                        const err45 = { instancePath: instancePath + "/spec/runtime/accelerator", schemaPath: "#/properties/spec/properties/runtime/properties/accelerator/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.runtime.properties.accelerator, data: data22 };
                                        if (vErrors === null) {
                                            vErrors = [err45];
                                        }
                                        else {
                                            vErrors.push(err45);
                                        }
                                        errors++;
                                    }
                                }
                                if (data22.vendor !== undefined) {
                                    let data23 = data22.vendor;
                                    if (typeof data23 !== "string") {
                                        const err46 = { instancePath: instancePath + "/spec/runtime/accelerator/vendor", schemaPath: "#/properties/spec/properties/runtime/properties/accelerator/properties/vendor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.runtime.properties.accelerator.properties.vendor.type, parentSchema: schema31.properties.spec.properties.runtime.properties.accelerator.properties.vendor, data: data23 };
                                        if (vErrors === null) {
                                            vErrors = [err46];
                                        }
                                        else {
                                            vErrors.push(err46);
                                        }
                                        errors++;
                                    }
                                }
                                if (data22.type !== undefined) {
                                    let data24 = data22.type;
                                    if (typeof data24 !== "string") {
                                        const err47 = { instancePath: instancePath + "/spec/runtime/accelerator/type", schemaPath: "#/properties/spec/properties/runtime/properties/accelerator/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.runtime.properties.accelerator.properties.type.type, parentSchema: schema31.properties.spec.properties.runtime.properties.accelerator.properties.type, data: data24 };
                                        if (vErrors === null) {
                                            vErrors = [err47];
                                        }
                                        else {
                                            vErrors.push(err47);
                                        }
                                        errors++;
                                    }
                                }
                                if (data22.count !== undefined) {
                                    let data25 = data22.count;
                                    if (!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) {
                                        const err48 = { instancePath: instancePath + "/spec/runtime/accelerator/count", schemaPath: "#/properties/spec/properties/runtime/properties/accelerator/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.runtime.properties.accelerator.properties.count.type, parentSchema: schema31.properties.spec.properties.runtime.properties.accelerator.properties.count, data: data25 };
                                        if (vErrors === null) {
                                            vErrors = [err48];
                                        }
                                        else {
                                            vErrors.push(err48);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data25 == "number") && (isFinite(data25))) {
                                        if (data25 < 1 || isNaN(data25)) {
                                            const err49 = { instancePath: instancePath + "/spec/runtime/accelerator/count", schemaPath: "#/properties/spec/properties/runtime/properties/accelerator/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.runtime.properties.accelerator.properties.count, data: data25 };
                                            if (vErrors === null) {
                                                vErrors = [err49];
                                            }
                                            else {
                                                vErrors.push(err49);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err50 = { instancePath: instancePath + "/spec/runtime/accelerator", schemaPath: "#/properties/spec/properties/runtime/properties/accelerator/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.runtime.properties.accelerator.type, parentSchema: schema31.properties.spec.properties.runtime.properties.accelerator, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                        }
                        if (data21.batch !== undefined) {
                            let data26 = data21.batch;
                            if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                for (const key10 in data26) {
                                    if (!((key10 === "maxBatchSize") || (key10 === "maxSequenceLengthTokens"))) {
                                        const err51 = { instancePath: instancePath + "/spec/runtime/batch", schemaPath: "#/properties/spec/properties/runtime/properties/batch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.runtime.properties.batch, data: data26 };
                                        if (vErrors === null) {
                                            vErrors = [err51];
                                        }
                                        else {
                                            vErrors.push(err51);
                                        }
                                        errors++;
                                    }
                                }
                                if (data26.maxBatchSize !== undefined) {
                                    let data27 = data26.maxBatchSize;
                                    if (!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))) {
                                        const err52 = { instancePath: instancePath + "/spec/runtime/batch/maxBatchSize", schemaPath: "#/properties/spec/properties/runtime/properties/batch/properties/maxBatchSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.runtime.properties.batch.properties.maxBatchSize.type, parentSchema: schema31.properties.spec.properties.runtime.properties.batch.properties.maxBatchSize, data: data27 };
                                        if (vErrors === null) {
                                            vErrors = [err52];
                                        }
                                        else {
                                            vErrors.push(err52);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data27 == "number") && (isFinite(data27))) {
                                        if (data27 < 1 || isNaN(data27)) {
                                            const err53 = { instancePath: instancePath + "/spec/runtime/batch/maxBatchSize", schemaPath: "#/properties/spec/properties/runtime/properties/batch/properties/maxBatchSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.runtime.properties.batch.properties.maxBatchSize, data: data27 };
                                            if (vErrors === null) {
                                                vErrors = [err53];
                                            }
                                            else {
                                                vErrors.push(err53);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data26.maxSequenceLengthTokens !== undefined) {
                                    let data28 = data26.maxSequenceLengthTokens;
                                    if (!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))) {
                                        const err54 = { instancePath: instancePath + "/spec/runtime/batch/maxSequenceLengthTokens", schemaPath: "#/properties/spec/properties/runtime/properties/batch/properties/maxSequenceLengthTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.runtime.properties.batch.properties.maxSequenceLengthTokens.type, parentSchema: schema31.properties.spec.properties.runtime.properties.batch.properties.maxSequenceLengthTokens, data: data28 };
                                        if (vErrors === null) {
                                            vErrors = [err54];
                                        }
                                        else {
                                            vErrors.push(err54);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data28 == "number") && (isFinite(data28))) {
                                        if (data28 < 1 || isNaN(data28)) {
                                            const err55 = { instancePath: instancePath + "/spec/runtime/batch/maxSequenceLengthTokens", schemaPath: "#/properties/spec/properties/runtime/properties/batch/properties/maxSequenceLengthTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.runtime.properties.batch.properties.maxSequenceLengthTokens, data: data28 };
                                            if (vErrors === null) {
                                                vErrors = [err55];
                                            }
                                            else {
                                                vErrors.push(err55);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err56 = { instancePath: instancePath + "/spec/runtime/batch", schemaPath: "#/properties/spec/properties/runtime/properties/batch/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.runtime.properties.batch.type, parentSchema: schema31.properties.spec.properties.runtime.properties.batch, data: data26 };
                                if (vErrors === null) {
                                    vErrors = [err56];
                                }
                                else {
                                    vErrors.push(err56);
                                }
                                errors++;
                            }
                        }
                        if (data21.resources !== undefined) {
                            let data29 = data21.resources;
                            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                for (const key11 in data29) {
                                    if (!(((key11 === "cpuCores") || (key11 === "memoryGb")) || (key11 === "ephemeralStorageGb"))) {
                                        const err57 = { instancePath: instancePath + "/spec/runtime/resources", schemaPath: "#/properties/spec/properties/runtime/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.runtime.properties.resources, data: data29 };
                                        if (vErrors === null) {
                                            vErrors = [err57];
                                        }
                                        else {
                                            vErrors.push(err57);
                                        }
                                        errors++;
                                    }
                                }
                                if (data29.cpuCores !== undefined) {
                                    let data30 = data29.cpuCores;
                                    if (!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))) {
                                        const err58 = { instancePath: instancePath + "/spec/runtime/resources/cpuCores", schemaPath: "#/properties/spec/properties/runtime/properties/resources/properties/cpuCores/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.runtime.properties.resources.properties.cpuCores.type, parentSchema: schema31.properties.spec.properties.runtime.properties.resources.properties.cpuCores, data: data30 };
                                        if (vErrors === null) {
                                            vErrors = [err58];
                                        }
                                        else {
                                            vErrors.push(err58);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data30 == "number") && (isFinite(data30))) {
                                        if (data30 < 0 || isNaN(data30)) {
                                            const err59 = { instancePath: instancePath + "/spec/runtime/resources/cpuCores", schemaPath: "#/properties/spec/properties/runtime/properties/resources/properties/cpuCores/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.runtime.properties.resources.properties.cpuCores, data: data30 };
                                            if (vErrors === null) {
                                                vErrors = [err59];
                                            }
                                            else {
                                                vErrors.push(err59);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data29.memoryGb !== undefined) {
                                    let data31 = data29.memoryGb;
                                    if ((typeof data31 == "number") && (isFinite(data31))) {
                                        if (data31 < 0 || isNaN(data31)) {
                                            const err60 = { instancePath: instancePath + "/spec/runtime/resources/memoryGb", schemaPath: "#/properties/spec/properties/runtime/properties/resources/properties/memoryGb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.runtime.properties.resources.properties.memoryGb, data: data31 };
                                            if (vErrors === null) {
                                                vErrors = [err60];
                                            }
                                            else {
                                                vErrors.push(err60);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err61 = { instancePath: instancePath + "/spec/runtime/resources/memoryGb", schemaPath: "#/properties/spec/properties/runtime/properties/resources/properties/memoryGb/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.spec.properties.runtime.properties.resources.properties.memoryGb.type, parentSchema: schema31.properties.spec.properties.runtime.properties.resources.properties.memoryGb, data: data31 };
                                        if (vErrors === null) {
                                            vErrors = [err61];
                                        }
                                        else {
                                            vErrors.push(err61);
                                        }
                                        errors++;
                                    }
                                }
                                if (data29.ephemeralStorageGb !== undefined) {
                                    let data32 = data29.ephemeralStorageGb;
                                    if ((typeof data32 == "number") && (isFinite(data32))) {
                                        if (data32 < 0 || isNaN(data32)) {
                                            const err62 = { instancePath: instancePath + "/spec/runtime/resources/ephemeralStorageGb", schemaPath: "#/properties/spec/properties/runtime/properties/resources/properties/ephemeralStorageGb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.runtime.properties.resources.properties.ephemeralStorageGb, data: data32 };
                                            if (vErrors === null) {
                                                vErrors = [err62];
                                            }
                                            else {
                                                vErrors.push(err62);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err63 = { instancePath: instancePath + "/spec/runtime/resources/ephemeralStorageGb", schemaPath: "#/properties/spec/properties/runtime/properties/resources/properties/ephemeralStorageGb/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.spec.properties.runtime.properties.resources.properties.ephemeralStorageGb.type, parentSchema: schema31.properties.spec.properties.runtime.properties.resources.properties.ephemeralStorageGb, data: data32 };
                                        if (vErrors === null) {
                                            vErrors = [err63];
                                        }
                                        else {
                                            vErrors.push(err63);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err64 = { instancePath: instancePath + "/spec/runtime/resources", schemaPath: "#/properties/spec/properties/runtime/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.runtime.properties.resources.type, parentSchema: schema31.properties.spec.properties.runtime.properties.resources, data: data29 };
                                if (vErrors === null) {
                                    vErrors = [err64];
                                }
                                else {
                                    vErrors.push(err64);
                                }
                                errors++;
                            }
                        }
                        if (data21.environment !== undefined) {
                            let data33 = data21.environment;
                            if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                for (const key12 in data33) {
                                    if (!(key12 === "variables")) {
                                        const err65 = { instancePath: instancePath + "/spec/runtime/environment", schemaPath: "#/properties/spec/properties/runtime/properties/environment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.runtime.properties.environment, data: data33 };
                                        if (vErrors === null) {
                                            vErrors = [err65];
                                        }
                                        else {
                                            vErrors.push(err65);
                                        }
                                        errors++;
                                    }
                                }
                                if (data33.variables !== undefined) {
                                    let data34 = data33.variables;
                                    if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                                        for (const key13 in data34) {
                                            let data35 = data34[key13];
                                            if (typeof data35 !== "string") {
                                                const err66 = { instancePath: instancePath + "/spec/runtime/environment/variables/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.additionalProperties.type, parentSchema: schema32.additionalProperties, data: data35 };
                                                if (vErrors === null) {
                                                    vErrors = [err66];
                                                }
                                                else {
                                                    vErrors.push(err66);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err67 = { instancePath: instancePath + "/spec/runtime/environment/variables", schemaPath: "#/$defs/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data34 };
                                        if (vErrors === null) {
                                            vErrors = [err67];
                                        }
                                        else {
                                            vErrors.push(err67);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err68 = { instancePath: instancePath + "/spec/runtime/environment", schemaPath: "#/properties/spec/properties/runtime/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.runtime.properties.environment.type, parentSchema: schema31.properties.spec.properties.runtime.properties.environment, data: data33 };
                                if (vErrors === null) {
                                    vErrors = [err68];
                                }
                                else {
                                    vErrors.push(err68);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err69 = { instancePath: instancePath + "/spec/runtime", schemaPath: "#/properties/spec/properties/runtime/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.runtime.type, parentSchema: schema31.properties.spec.properties.runtime, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                }
                if (data10.operations !== undefined) {
                    let data36 = data10.operations;
                    if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                        for (const key14 in data36) {
                            if (!(((key14 === "serving") || (key14 === "scaling")) || (key14 === "observability"))) {
                                const err70 = { instancePath: instancePath + "/spec/operations", schemaPath: "#/properties/spec/properties/operations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.operations, data: data36 };
                                if (vErrors === null) {
                                    vErrors = [err70];
                                }
                                else {
                                    vErrors.push(err70);
                                }
                                errors++;
                            }
                        }
                        if (data36.serving !== undefined) {
                            let data37 = data36.serving;
                            if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                                for (const key15 in data37) {
                                    if (!((((((key15 === "protocol") || (key15 === "port")) || (key15 === "readinessProbe")) || (key15 === "livenessProbe")) || (key15 === "maxConcurrency")) || (key15 === "timeoutSeconds"))) {
                                        const err71 = { instancePath: instancePath + "/spec/operations/serving", schemaPath: "#/properties/spec/properties/operations/properties/serving/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.operations.properties.serving, data: data37 };
                                        if (vErrors === null) {
                                            vErrors = [err71];
                                        }
                                        else {
                                            vErrors.push(err71);
                                        }
                                        errors++;
                                    }
                                }
                                if (data37.protocol !== undefined) {
                                    let data38 = data37.protocol;
                                    if (typeof data38 !== "string") {
                                        const err72 = { instancePath: instancePath + "/spec/operations/serving/protocol", schemaPath: "#/properties/spec/properties/operations/properties/serving/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.operations.properties.serving.properties.protocol.type, parentSchema: schema31.properties.spec.properties.operations.properties.serving.properties.protocol, data: data38 };
                                        if (vErrors === null) {
                                            vErrors = [err72];
                                        }
                                        else {
                                            vErrors.push(err72);
                                        }
                                        errors++;
                                    }
                                    if (!((data38 === "http") || (data38 === "grpc"))) {
                                        const err73 = { instancePath: instancePath + "/spec/operations/serving/protocol", schemaPath: "#/properties/spec/properties/operations/properties/serving/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema31.properties.spec.properties.operations.properties.serving.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.spec.properties.operations.properties.serving.properties.protocol.enum, parentSchema: schema31.properties.spec.properties.operations.properties.serving.properties.protocol, data: data38 };
                                        if (vErrors === null) {
                                            vErrors = [err73];
                                        }
                                        else {
                                            vErrors.push(err73);
                                        }
                                        errors++;
                                    }
                                }
                                if (data37.port !== undefined) {
                                    let data39 = data37.port;
                                    if (!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))) {
                                        const err74 = { instancePath: instancePath + "/spec/operations/serving/port", schemaPath: "#/$defs/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data39 };
                                        if (vErrors === null) {
                                            vErrors = [err74];
                                        }
                                        else {
                                            vErrors.push(err74);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data39 == "number") && (isFinite(data39))) {
                                        if (data39 > 65535 || isNaN(data39)) {
                                            const err75 = { instancePath: instancePath + "/spec/operations/serving/port", schemaPath: "#/$defs/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema35, data: data39 };
                                            if (vErrors === null) {
                                                vErrors = [err75];
                                            }
                                            else {
                                                vErrors.push(err75);
                                            }
                                            errors++;
                                        }
                                        if (data39 < 1 || isNaN(data39)) {
                                            const err76 = { instancePath: instancePath + "/spec/operations/serving/port", schemaPath: "#/$defs/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35, data: data39 };
                                            if (vErrors === null) {
                                                vErrors = [err76];
                                            }
                                            else {
                                                vErrors.push(err76);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data37.readinessProbe !== undefined) {
                                    let data40 = data37.readinessProbe;
                                    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                        for (const key16 in data40) {
                                            if (!((key16 === "path") || (key16 === "timeoutSeconds"))) {
                                                const err77 = { instancePath: instancePath + "/spec/operations/serving/readinessProbe", schemaPath: "#/$defs/probe/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data40 };
                                                if (vErrors === null) {
                                                    vErrors = [err77];
                                                }
                                                else {
                                                    vErrors.push(err77);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data40.path !== undefined) {
                                            let data41 = data40.path;
                                            if (typeof data41 !== "string") {
                                                const err78 = { instancePath: instancePath + "/spec/operations/serving/readinessProbe/path", schemaPath: "#/$defs/probe/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.path.type, parentSchema: schema36.properties.path, data: data41 };
                                                if (vErrors === null) {
                                                    vErrors = [err78];
                                                }
                                                else {
                                                    vErrors.push(err78);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data40.timeoutSeconds !== undefined) {
                                            let data42 = data40.timeoutSeconds;
                                            if (!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))) {
                                                const err79 = { instancePath: instancePath + "/spec/operations/serving/readinessProbe/timeoutSeconds", schemaPath: "#/$defs/probe/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.timeoutSeconds.type, parentSchema: schema36.properties.timeoutSeconds, data: data42 };
                                                if (vErrors === null) {
                                                    vErrors = [err79];
                                                }
                                                else {
                                                    vErrors.push(err79);
                                                }
                                                errors++;
                                            }
                                            if ((typeof data42 == "number") && (isFinite(data42))) {
                                                if (data42 < 0 || isNaN(data42)) {
                                                    const err80 = { instancePath: instancePath + "/spec/operations/serving/readinessProbe/timeoutSeconds", schemaPath: "#/$defs/probe/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.timeoutSeconds, data: data42 };
                                                    if (vErrors === null) {
                                                        vErrors = [err80];
                                                    }
                                                    else {
                                                        vErrors.push(err80);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        const err81 = { instancePath: instancePath + "/spec/operations/serving/readinessProbe", schemaPath: "#/$defs/probe/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data40 };
                                        if (vErrors === null) {
                                            vErrors = [err81];
                                        }
                                        else {
                                            vErrors.push(err81);
                                        }
                                        errors++;
                                    }
                                }
                                if (data37.livenessProbe !== undefined) {
                                    let data43 = data37.livenessProbe;
                                    if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                                        for (const key17 in data43) {
                                            if (!((key17 === "path") || (key17 === "timeoutSeconds"))) {
                                                const err82 = { instancePath: instancePath + "/spec/operations/serving/livenessProbe", schemaPath: "#/$defs/probe/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data43 };
                                                if (vErrors === null) {
                                                    vErrors = [err82];
                                                }
                                                else {
                                                    vErrors.push(err82);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data43.path !== undefined) {
                                            let data44 = data43.path;
                                            if (typeof data44 !== "string") {
                                                const err83 = { instancePath: instancePath + "/spec/operations/serving/livenessProbe/path", schemaPath: "#/$defs/probe/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.path.type, parentSchema: schema36.properties.path, data: data44 };
                                                if (vErrors === null) {
                                                    vErrors = [err83];
                                                }
                                                else {
                                                    vErrors.push(err83);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data43.timeoutSeconds !== undefined) {
                                            let data45 = data43.timeoutSeconds;
                                            if (!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))) {
                                                const err84 = { instancePath: instancePath + "/spec/operations/serving/livenessProbe/timeoutSeconds", schemaPath: "#/$defs/probe/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties.timeoutSeconds.type, parentSchema: schema36.properties.timeoutSeconds, data: data45 };
                                                if (vErrors === null) {
                                                    vErrors = [err84];
                                                }
                                                else {
                                                    vErrors.push(err84);
                                                }
                                                errors++;
                                            }
                                            if ((typeof data45 == "number") && (isFinite(data45))) {
                                                if (data45 < 0 || isNaN(data45)) {
                                                    const err85 = { instancePath: instancePath + "/spec/operations/serving/livenessProbe/timeoutSeconds", schemaPath: "#/$defs/probe/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema36.properties.timeoutSeconds, data: data45 };
                                                    if (vErrors === null) {
                                                        vErrors = [err85];
                                                    }
                                                    else {
                                                        vErrors.push(err85);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        const err86 = { instancePath: instancePath + "/spec/operations/serving/livenessProbe", schemaPath: "#/$defs/probe/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data43 };
                                        if (vErrors === null) {
                                            vErrors = [err86];
                                        }
                                        else {
                                            vErrors.push(err86);
                                        }
                                        errors++;
                                    }
                                }
                                if (data37.maxConcurrency !== undefined) {
                                    let data46 = data37.maxConcurrency;
                                    if (!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))) {
                                        const err87 = { instancePath: instancePath + "/spec/operations/serving/maxConcurrency", schemaPath: "#/properties/spec/properties/operations/properties/serving/properties/maxConcurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.operations.properties.serving.properties.maxConcurrency.type, parentSchema: schema31.properties.spec.properties.operations.properties.serving.properties.maxConcurrency, data: data46 };
                                        if (vErrors === null) {
                                            vErrors = [err87];
                                        }
                                        else {
                                            vErrors.push(err87);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data46 == "number") && (isFinite(data46))) {
                                        if (data46 < 1 || isNaN(data46)) {
                                            const err88 = { instancePath: instancePath + "/spec/operations/serving/maxConcurrency", schemaPath: "#/properties/spec/properties/operations/properties/serving/properties/maxConcurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.spec.properties.operations.properties.serving.properties.maxConcurrency, data: data46 };
                                            if (vErrors === null) {
                                                vErrors = [err88];
                                            }
                                            else {
                                                vErrors.push(err88);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data37.timeoutSeconds !== undefined) {
                                    let data47 = data37.timeoutSeconds;
                                    if (!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))) {
                                        const err89 = { instancePath: instancePath + "/spec/operations/serving/timeoutSeconds", schemaPath: "#/properties/spec/properties/operations/properties/serving/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.operations.properties.serving.properties.timeoutSeconds.type, parentSchema: schema31.properties.spec.properties.operations.properties.serving.properties.timeoutSeconds, data: data47 };
                                        if (vErrors === null) {
                                            vErrors = [err89];
                                        }
                                        else {
                                            vErrors.push(err89);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data47 == "number") && (isFinite(data47))) {
                                        if (data47 < 0 || isNaN(data47)) {
                                            const err90 = { instancePath: instancePath + "/spec/operations/serving/timeoutSeconds", schemaPath: "#/properties/spec/properties/operations/properties/serving/properties/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.operations.properties.serving.properties.timeoutSeconds, data: data47 };
                                            if (vErrors === null) {
                                                vErrors = [err90];
                                            }
                                            else {
                                                vErrors.push(err90);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err91 = { instancePath: instancePath + "/spec/operations/serving", schemaPath: "#/properties/spec/properties/operations/properties/serving/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.operations.properties.serving.type, parentSchema: schema31.properties.spec.properties.operations.properties.serving, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err91];
                                }
                                else {
                                    vErrors.push(err91);
                                }
                                errors++;
                            }
                        }
                        if (data36.scaling !== undefined) {
                            let data48 = data36.scaling;
                            if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                                for (const key18 in data48) {
                                    if (!((((((key18 === "minReplicas") || (key18 === "maxReplicas")) || (key18 === "strategy")) || (key18 === "targetLatencyMsP95")) || (key18 === "targetRps")) || (key18 === "warmPool"))) {
                                        const err92 = { instancePath: instancePath + "/spec/operations/scaling", schemaPath: "#/properties/spec/properties/operations/properties/scaling/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.operations.properties.scaling, data: data48 };
                                        if (vErrors === null) {
                                            vErrors = [err92];
                                        }
                                        else {
                                            vErrors.push(err92);
                                        }
                                        errors++;
                                    }
                                }
                                if (data48.minReplicas !== undefined) {
                                    let data49 = data48.minReplicas;
                                    if (!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))) {
                                        const err93 = { instancePath: instancePath + "/spec/operations/scaling/minReplicas", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/minReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.operations.properties.scaling.properties.minReplicas.type, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.minReplicas, data: data49 };
                                        if (vErrors === null) {
                                            vErrors = [err93];
                                        }
                                        else {
                                            vErrors.push(err93);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data49 == "number") && (isFinite(data49))) {
                                        if (data49 < 0 || isNaN(data49)) {
                                            const err94 = { instancePath: instancePath + "/spec/operations/scaling/minReplicas", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/minReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.minReplicas, data: data49 };
                                            if (vErrors === null) {
                                                vErrors = [err94];
                                            }
                                            else {
                                                vErrors.push(err94);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data48.maxReplicas !== undefined) {
                                    let data50 = data48.maxReplicas;
                                    if (!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))) {
                                        const err95 = { instancePath: instancePath + "/spec/operations/scaling/maxReplicas", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/maxReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.operations.properties.scaling.properties.maxReplicas.type, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.maxReplicas, data: data50 };
                                        if (vErrors === null) {
                                            vErrors = [err95];
                                        }
                                        else {
                                            vErrors.push(err95);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data50 == "number") && (isFinite(data50))) {
                                        if (data50 < 0 || isNaN(data50)) {
                                            const err96 = { instancePath: instancePath + "/spec/operations/scaling/maxReplicas", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/maxReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.maxReplicas, data: data50 };
                                            if (vErrors === null) {
                                                vErrors = [err96];
                                            }
                                            else {
                                                vErrors.push(err96);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data48.strategy !== undefined) {
                                    let data51 = data48.strategy;
                                    if (typeof data51 !== "string") {
                                        const err97 = { instancePath: instancePath + "/spec/operations/scaling/strategy", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.operations.properties.scaling.properties.strategy.type, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.strategy, data: data51 };
                                        if (vErrors === null) {
                                            vErrors = [err97];
                                        }
                                        else {
                                            vErrors.push(err97);
                                        }
                                        errors++;
                                    }
                                    if (!(((data51 === "reactive") || (data51 === "predictive")) || (data51 === "manual"))) {
                                        const err98 = { instancePath: instancePath + "/spec/operations/scaling/strategy", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema31.properties.spec.properties.operations.properties.scaling.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.spec.properties.operations.properties.scaling.properties.strategy.enum, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.strategy, data: data51 };
                                        if (vErrors === null) {
                                            vErrors = [err98];
                                        }
                                        else {
                                            vErrors.push(err98);
                                        }
                                        errors++;
                                    }
                                }
                                if (data48.targetLatencyMsP95 !== undefined) {
                                    let data52 = data48.targetLatencyMsP95;
                                    if ((typeof data52 == "number") && (isFinite(data52))) {
                                        if (data52 < 0 || isNaN(data52)) {
                                            const err99 = { instancePath: instancePath + "/spec/operations/scaling/targetLatencyMsP95", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/targetLatencyMsP95/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.targetLatencyMsP95, data: data52 };
                                            if (vErrors === null) {
                                                vErrors = [err99];
                                            }
                                            else {
                                                vErrors.push(err99);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err100 = { instancePath: instancePath + "/spec/operations/scaling/targetLatencyMsP95", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/targetLatencyMsP95/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.spec.properties.operations.properties.scaling.properties.targetLatencyMsP95.type, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.targetLatencyMsP95, data: data52 };
                                        if (vErrors === null) {
                                            vErrors = [err100];
                                        }
                                        else {
                                            vErrors.push(err100);
                                        }
                                        errors++;
                                    }
                                }
                                if (data48.targetRps !== undefined) {
                                    let data53 = data48.targetRps;
                                    if ((typeof data53 == "number") && (isFinite(data53))) {
                                        if (data53 < 0 || isNaN(data53)) {
                                            const err101 = { instancePath: instancePath + "/spec/operations/scaling/targetRps", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/targetRps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.targetRps, data: data53 };
                                            if (vErrors === null) {
                                                vErrors = [err101];
                                            }
                                            else {
                                                vErrors.push(err101);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err102 = { instancePath: instancePath + "/spec/operations/scaling/targetRps", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/targetRps/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.spec.properties.operations.properties.scaling.properties.targetRps.type, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.targetRps, data: data53 };
                                        if (vErrors === null) {
                                            vErrors = [err102];
                                        }
                                        else {
                                            vErrors.push(err102);
                                        }
                                        errors++;
                                    }
                                }
                                if (data48.warmPool !== undefined) {
                                    let data54 = data48.warmPool;
                                    if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                                        for (const key19 in data54) {
                                            if (!((key19 === "size") || (key19 === "strategy"))) {
                                                const err103 = { instancePath: instancePath + "/spec/operations/scaling/warmPool", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/warmPool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.warmPool, data: data54 };
                                                if (vErrors === null) {
                                                    vErrors = [err103];
                                                }
                                                else {
                                                    vErrors.push(err103);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data54.size !== undefined) {
                                            let data55 = data54.size;
                                            if (!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))) {
                                                const err104 = { instancePath: instancePath + "/spec/operations/scaling/warmPool/size", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/warmPool/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.operations.properties.scaling.properties.warmPool.properties.size.type, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.warmPool.properties.size, data: data55 };
                                                if (vErrors === null) {
                                                    vErrors = [err104];
                                                }
                                                else {
                                                    vErrors.push(err104);
                                                }
                                                errors++;
                                            }
                                            if ((typeof data55 == "number") && (isFinite(data55))) {
                                                if (data55 < 0 || isNaN(data55)) {
                                                    const err105 = { instancePath: instancePath + "/spec/operations/scaling/warmPool/size", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/warmPool/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.warmPool.properties.size, data: data55 };
                                                    if (vErrors === null) {
                                                        vErrors = [err105];
                                                    }
                                                    else {
                                                        vErrors.push(err105);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data54.strategy !== undefined) {
                                            let data56 = data54.strategy;
                                            if (typeof data56 !== "string") {
                                                const err106 = { instancePath: instancePath + "/spec/operations/scaling/warmPool/strategy", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/warmPool/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.operations.properties.scaling.properties.warmPool.properties.strategy.type, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.warmPool.properties.strategy, data: data56 };
                                                if (vErrors === null) {
                                                    vErrors = [err106];
                                                }
                                                else {
                                                    vErrors.push(err106);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err107 = { instancePath: instancePath + "/spec/operations/scaling/warmPool", schemaPath: "#/properties/spec/properties/operations/properties/scaling/properties/warmPool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.operations.properties.scaling.properties.warmPool.type, parentSchema: schema31.properties.spec.properties.operations.properties.scaling.properties.warmPool, data: data54 };
                                        if (vErrors === null) {
                                            vErrors = [err107];
                                        }
                                        else {
                                            vErrors.push(err107);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err108 = { instancePath: instancePath + "/spec/operations/scaling", schemaPath: "#/properties/spec/properties/operations/properties/scaling/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.operations.properties.scaling.type, parentSchema: schema31.properties.spec.properties.operations.properties.scaling, data: data48 };
                                if (vErrors === null) {
                                    vErrors = [err108];
                                }
                                else {
                                    vErrors.push(err108);
                                }
                                errors++;
                            }
                        }
                        if (data36.observability !== undefined) {
                            let data57 = data36.observability;
                            if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                                for (const key20 in data57) {
                                    if (!(((key20 === "metrics") || (key20 === "logging")) || (key20 === "tracing"))) {
                                        const err109 = { instancePath: instancePath + "/spec/operations/observability", schemaPath: "#/properties/spec/properties/operations/properties/observability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.operations.properties.observability, data: data57 };
                                        if (vErrors === null) {
                                            vErrors = [err109];
                                        }
                                        else {
                                            vErrors.push(err109);
                                        }
                                        errors++;
                                    }
                                }
                                if (data57.metrics !== undefined) {
                                    let data58 = data57.metrics;
                                    if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                                        for (const key21 in data58) {
                                            if (!(((key21 === "enabled") || (key21 === "provider")) || (key21 === "port"))) {
                                                const err110 = { instancePath: instancePath + "/spec/operations/observability/metrics", schemaPath: "#/properties/spec/properties/operations/properties/observability/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.operations.properties.observability.properties.metrics, data: data58 };
                                                if (vErrors === null) {
                                                    vErrors = [err110];
                                                }
                                                else {
                                                    vErrors.push(err110);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data58.enabled !== undefined) {
                                            let data59 = data58.enabled;
                                            if (typeof data59 !== "boolean") {
                                                const err111 = { instancePath: instancePath + "/spec/operations/observability/metrics/enabled", schemaPath: "#/properties/spec/properties/operations/properties/observability/properties/metrics/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.spec.properties.operations.properties.observability.properties.metrics.properties.enabled.type, parentSchema: schema31.properties.spec.properties.operations.properties.observability.properties.metrics.properties.enabled, data: data59 };
                                                if (vErrors === null) {
                                                    vErrors = [err111];
                                                }
                                                else {
                                                    vErrors.push(err111);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data58.provider !== undefined) {
                                            let data60 = data58.provider;
                                            if (typeof data60 !== "string") {
                                                const err112 = { instancePath: instancePath + "/spec/operations/observability/metrics/provider", schemaPath: "#/properties/spec/properties/operations/properties/observability/properties/metrics/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.operations.properties.observability.properties.metrics.properties.provider.type, parentSchema: schema31.properties.spec.properties.operations.properties.observability.properties.metrics.properties.provider, data: data60 };
                                                if (vErrors === null) {
                                                    vErrors = [err112];
                                                }
                                                else {
                                                    vErrors.push(err112);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data58.port !== undefined) {
                                            let data61 = data58.port;
                                            if (!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))) {
                                                const err113 = { instancePath: instancePath + "/spec/operations/observability/metrics/port", schemaPath: "#/$defs/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data61 };
                                                if (vErrors === null) {
                                                    vErrors = [err113];
                                                }
                                                else {
                                                    vErrors.push(err113);
                                                }
                                                errors++;
                                            }
                                            if ((typeof data61 == "number") && (isFinite(data61))) {
                                                if (data61 > 65535 || isNaN(data61)) {
                                                    const err114 = { instancePath: instancePath + "/spec/operations/observability/metrics/port", schemaPath: "#/$defs/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema35, data: data61 };
                                                    if (vErrors === null) {
                                                        vErrors = [err114];
                                                    }
                                                    else {
                                                        vErrors.push(err114);
                                                    }
                                                    errors++;
                                                }
                                                if (data61 < 1 || isNaN(data61)) {
                                                    const err115 = { instancePath: instancePath + "/spec/operations/observability/metrics/port", schemaPath: "#/$defs/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35, data: data61 };
                                                    if (vErrors === null) {
                                                        vErrors = [err115];
                                                    }
                                                    else {
                                                        vErrors.push(err115);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        const err116 = { instancePath: instancePath + "/spec/operations/observability/metrics", schemaPath: "#/properties/spec/properties/operations/properties/observability/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.operations.properties.observability.properties.metrics.type, parentSchema: schema31.properties.spec.properties.operations.properties.observability.properties.metrics, data: data58 };
                                        if (vErrors === null) {
                                            vErrors = [err116];
                                        }
                                        else {
                                            vErrors.push(err116);
                                        }
                                        errors++;
                                    }
                                }
                                if (data57.logging !== undefined) {
                                    let data62 = data57.logging;
                                    if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                                        for (const key22 in data62) {
                                            if (!(key22 === "level")) {
                                                const err117 = { instancePath: instancePath + "/spec/operations/observability/logging", schemaPath: "#/properties/spec/properties/operations/properties/observability/properties/logging/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.operations.properties.observability.properties.logging, data: data62 };
                                                if (vErrors === null) {
                                                    vErrors = [err117];
                                                }
                                                else {
                                                    vErrors.push(err117);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data62.level !== undefined) {
                                            let data63 = data62.level;
                                            if (typeof data63 !== "string") {
                                                const err118 = { instancePath: instancePath + "/spec/operations/observability/logging/level", schemaPath: "#/properties/spec/properties/operations/properties/observability/properties/logging/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.operations.properties.observability.properties.logging.properties.level.type, parentSchema: schema31.properties.spec.properties.operations.properties.observability.properties.logging.properties.level, data: data63 };
                                                if (vErrors === null) {
                                                    vErrors = [err118];
                                                }
                                                else {
                                                    vErrors.push(err118);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err119 = { instancePath: instancePath + "/spec/operations/observability/logging", schemaPath: "#/properties/spec/properties/operations/properties/observability/properties/logging/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.operations.properties.observability.properties.logging.type, parentSchema: schema31.properties.spec.properties.operations.properties.observability.properties.logging, data: data62 };
                                        if (vErrors === null) {
                                            vErrors = [err119];
                                        }
                                        else {
                                            vErrors.push(err119);
                                        }
                                        errors++;
                                    }
                                }
                                if (data57.tracing !== undefined) {
                                    let data64 = data57.tracing;
                                    if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                                        for (const key23 in data64) {
                                            if (!(key23 === "enabled")) {
                                                const err120 = { instancePath: instancePath + "/spec/operations/observability/tracing", schemaPath: "#/properties/spec/properties/operations/properties/observability/properties/tracing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.operations.properties.observability.properties.tracing, data: data64 };
                                                if (vErrors === null) {
                                                    vErrors = [err120];
                                                }
                                                else {
                                                    vErrors.push(err120);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data64.enabled !== undefined) {
                                            let data65 = data64.enabled;
                                            if (typeof data65 !== "boolean") {
                                                const err121 = { instancePath: instancePath + "/spec/operations/observability/tracing/enabled", schemaPath: "#/properties/spec/properties/operations/properties/observability/properties/tracing/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.spec.properties.operations.properties.observability.properties.tracing.properties.enabled.type, parentSchema: schema31.properties.spec.properties.operations.properties.observability.properties.tracing.properties.enabled, data: data65 };
                                                if (vErrors === null) {
                                                    vErrors = [err121];
                                                }
                                                else {
                                                    vErrors.push(err121);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err122 = { instancePath: instancePath + "/spec/operations/observability/tracing", schemaPath: "#/properties/spec/properties/operations/properties/observability/properties/tracing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.operations.properties.observability.properties.tracing.type, parentSchema: schema31.properties.spec.properties.operations.properties.observability.properties.tracing, data: data64 };
                                        if (vErrors === null) {
                                            vErrors = [err122];
                                        }
                                        else {
                                            vErrors.push(err122);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err123 = { instancePath: instancePath + "/spec/operations/observability", schemaPath: "#/properties/spec/properties/operations/properties/observability/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.operations.properties.observability.type, parentSchema: schema31.properties.spec.properties.operations.properties.observability, data: data57 };
                                if (vErrors === null) {
                                    vErrors = [err123];
                                }
                                else {
                                    vErrors.push(err123);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err124 = { instancePath: instancePath + "/spec/operations", schemaPath: "#/properties/spec/properties/operations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.operations.type, parentSchema: schema31.properties.spec.properties.operations, data: data36 };
                        if (vErrors === null) {
                            vErrors = [err124];
                        }
                        else {
                            vErrors.push(err124);
                        }
                        errors++;
                    }
                }
                if (data10.pipeline !== undefined) {
                    let data66 = data10.pipeline;
                    if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                        for (const key24 in data66) {
                            if (!(((key24 === "preprocess") || (key24 === "postprocess")) || (key24 === "dependencies"))) {
                                const err125 = { instancePath: instancePath + "/spec/pipeline", schemaPath: "#/properties/spec/properties/pipeline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.pipeline, data: data66 };
                                if (vErrors === null) {
                                    vErrors = [err125];
                                }
                                else {
                                    vErrors.push(err125);
                                }
                                errors++;
                            }
                        }
                        if (data66.preprocess !== undefined) {
                            if (!(validate21(data66.preprocess, { instancePath: instancePath + "/spec/pipeline/preprocess", parentData: data66, parentDataProperty: "preprocess", rootData, dynamicAnchors }))) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data66.postprocess !== undefined) {
                            if (!(validate21(data66.postprocess, { instancePath: instancePath + "/spec/pipeline/postprocess", parentData: data66, parentDataProperty: "postprocess", rootData, dynamicAnchors }))) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data66.dependencies !== undefined) {
                            let data69 = data66.dependencies;
                            if (Array.isArray(data69)) {
                                const len0 = data69.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data70 = data69[i0];
                                    if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                                        if (data70.id === undefined) {
                                            const err126 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0, schemaPath: "#/$defs/dependency/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema41.required, parentSchema: schema41, data: data70 };
                                            if (vErrors === null) {
                                                vErrors = [err126];
                                            }
                                            else {
                                                vErrors.push(err126);
                                            }
                                            errors++;
                                        }
                                        if (data70.role === undefined) {
                                            const err127 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0, schemaPath: "#/$defs/dependency/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property '" + "role" + "'", schema: schema41.required, parentSchema: schema41, data: data70 };
                                            if (vErrors === null) {
                                                vErrors = [err127];
                                            }
                                            else {
                                                vErrors.push(err127);
                                            }
                                            errors++;
                                        }
                                        for (const key25 in data70) {
                                            if (!(((((key25 === "id") || (key25 === "role")) || (key25 === "specRef")) || (key25 === "required")) || (key25 === "interface"))) {
                                                const err128 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0, schemaPath: "#/$defs/dependency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data: data70 };
                                                if (vErrors === null) {
                                                    vErrors = [err128];
                                                }
                                                else {
                                                    vErrors.push(err128);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.id !== undefined) {
                                            let data71 = data70.id;
                                            if (typeof data71 !== "string") {
                                                const err129 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0 + "/id", schemaPath: "#/$defs/dependency/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.id.type, parentSchema: schema41.properties.id, data: data71 };
                                                if (vErrors === null) {
                                                    vErrors = [err129];
                                                }
                                                else {
                                                    vErrors.push(err129);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.role !== undefined) {
                                            let data72 = data70.role;
                                            if (typeof data72 !== "string") {
                                                const err130 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0 + "/role", schemaPath: "#/$defs/dependency/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.role.type, parentSchema: schema41.properties.role, data: data72 };
                                                if (vErrors === null) {
                                                    vErrors = [err130];
                                                }
                                                else {
                                                    vErrors.push(err130);
                                                }
                                                errors++;
                                            }
                                            if (!(((((data72 === "input") || (data72 === "guardrail")) || (data72 === "reranker")) || (data72 === "postprocess")) || (data72 === "custom"))) {
                                                const err131 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0 + "/role", schemaPath: "#/$defs/dependency/properties/role/enum", keyword: "enum", params: { allowedValues: schema41.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.role.enum, parentSchema: schema41.properties.role, data: data72 };
                                                if (vErrors === null) {
                                                    vErrors = [err131];
                                                }
                                                else {
                                                    vErrors.push(err131);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.specRef !== undefined) {
                                            let data73 = data70.specRef;
                                            if (typeof data73 !== "string") {
                                                const err132 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0 + "/specRef", schemaPath: "#/$defs/dependency/properties/specRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.specRef.type, parentSchema: schema41.properties.specRef, data: data73 };
                                                if (vErrors === null) {
                                                    vErrors = [err132];
                                                }
                                                else {
                                                    vErrors.push(err132);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.required !== undefined) {
                                            let data74 = data70.required;
                                            if (typeof data74 !== "boolean") {
                                                const err133 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0 + "/required", schemaPath: "#/$defs/dependency/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.required.type, parentSchema: schema41.properties.required, data: data74 };
                                                if (vErrors === null) {
                                                    vErrors = [err133];
                                                }
                                                else {
                                                    vErrors.push(err133);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data70.interface !== undefined) {
                                            let data75 = data70.interface;
                                            if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                                for (const key26 in data75) {
                                                    if (!(((key26 === "inputType") || (key26 === "outputType")) || (key26 === "maxLatencyMs"))) {
                                                        const err134 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0 + "/interface", schemaPath: "#/$defs/dependency/properties/interface/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.interface, data: data75 };
                                                        if (vErrors === null) {
                                                            vErrors = [err134];
                                                        }
                                                        else {
                                                            vErrors.push(err134);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data75.inputType !== undefined) {
                                                    let data76 = data75.inputType;
                                                    if (typeof data76 !== "string") {
                                                        const err135 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0 + "/interface/inputType", schemaPath: "#/$defs/dependency/properties/interface/properties/inputType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.interface.properties.inputType.type, parentSchema: schema41.properties.interface.properties.inputType, data: data76 };
                                                        if (vErrors === null) {
                                                            vErrors = [err135];
                                                        }
                                                        else {
                                                            vErrors.push(err135);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data75.outputType !== undefined) {
                                                    let data77 = data75.outputType;
                                                    if (typeof data77 !== "string") {
                                                        const err136 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0 + "/interface/outputType", schemaPath: "#/$defs/dependency/properties/interface/properties/outputType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.interface.properties.outputType.type, parentSchema: schema41.properties.interface.properties.outputType, data: data77 };
                                                        if (vErrors === null) {
                                                            vErrors = [err136];
                                                        }
                                                        else {
                                                            vErrors.push(err136);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data75.maxLatencyMs !== undefined) {
                                                    let data78 = data75.maxLatencyMs;
                                                    if ((typeof data78 == "number") && (isFinite(data78))) {
                                                        if (data78 < 0 || isNaN(data78)) {
                                                            const err137 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0 + "/interface/maxLatencyMs", schemaPath: "#/$defs/dependency/properties/interface/properties/maxLatencyMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema41.properties.interface.properties.maxLatencyMs, data: data78 };
                                                            if (vErrors === null) {
                                                                vErrors = [err137];
                                                            }
                                                            else {
                                                                vErrors.push(err137);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    else {
                                                        const err138 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0 + "/interface/maxLatencyMs", schemaPath: "#/$defs/dependency/properties/interface/properties/maxLatencyMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema41.properties.interface.properties.maxLatencyMs.type, parentSchema: schema41.properties.interface.properties.maxLatencyMs, data: data78 };
                                                        if (vErrors === null) {
                                                            vErrors = [err138];
                                                        }
                                                        else {
                                                            vErrors.push(err138);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err139 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0 + "/interface", schemaPath: "#/$defs/dependency/properties/interface/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.interface.type, parentSchema: schema41.properties.interface, data: data75 };
                                                if (vErrors === null) {
                                                    vErrors = [err139];
                                                }
                                                else {
                                                    vErrors.push(err139);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err140 = { instancePath: instancePath + "/spec/pipeline/dependencies/" + i0, schemaPath: "#/$defs/dependency/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data70 };
                                        if (vErrors === null) {
                                            vErrors = [err140];
                                        }
                                        else {
                                            vErrors.push(err140);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err141 = { instancePath: instancePath + "/spec/pipeline/dependencies", schemaPath: "#/properties/spec/properties/pipeline/properties/dependencies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.spec.properties.pipeline.properties.dependencies.type, parentSchema: schema31.properties.spec.properties.pipeline.properties.dependencies, data: data69 };
                                if (vErrors === null) {
                                    vErrors = [err141];
                                }
                                else {
                                    vErrors.push(err141);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err142 = { instancePath: instancePath + "/spec/pipeline", schemaPath: "#/properties/spec/properties/pipeline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.pipeline.type, parentSchema: schema31.properties.spec.properties.pipeline, data: data66 };
                        if (vErrors === null) {
                            vErrors = [err142];
                        }
                        else {
                            vErrors.push(err142);
                        }
                        errors++;
                    }
                }
                if (data10.governance !== undefined) {
                    let data79 = data10.governance;
                    if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                        for (const key27 in data79) {
                            if (!((key27 === "compliance") || (key27 === "cost"))) {
                                const err143 = { instancePath: instancePath + "/spec/governance", schemaPath: "#/properties/spec/properties/governance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.governance, data: data79 };
                                if (vErrors === null) {
                                    vErrors = [err143];
                                }
                                else {
                                    vErrors.push(err143);
                                }
                                errors++;
                            }
                        }
                        if (data79.compliance !== undefined) {
                            let data80 = data79.compliance;
                            if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                                for (const key28 in data80) {
                                    if (!(((key28 === "pii") || (key28 === "retention")) || (key28 === "governance"))) {
                                        const err144 = { instancePath: instancePath + "/spec/governance/compliance", schemaPath: "#/properties/spec/properties/governance/properties/compliance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.governance.properties.compliance, data: data80 };
                                        if (vErrors === null) {
                                            vErrors = [err144];
                                        }
                                        else {
                                            vErrors.push(err144);
                                        }
                                        errors++;
                                    }
                                }
                                if (data80.pii !== undefined) {
                                    let data81 = data80.pii;
                                    if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                                        for (const key29 in data81) {
                                            if (!((key29 === "allowed") || (key29 === "policy"))) {
                                                const err145 = { instancePath: instancePath + "/spec/governance/compliance/pii", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/pii/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.pii, data: data81 };
                                                if (vErrors === null) {
                                                    vErrors = [err145];
                                                }
                                                else {
                                                    vErrors.push(err145);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data81.allowed !== undefined) {
                                            let data82 = data81.allowed;
                                            if (typeof data82 !== "boolean") {
                                                const err146 = { instancePath: instancePath + "/spec/governance/compliance/pii/allowed", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/pii/properties/allowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.spec.properties.governance.properties.compliance.properties.pii.properties.allowed.type, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.pii.properties.allowed, data: data82 };
                                                if (vErrors === null) {
                                                    vErrors = [err146];
                                                }
                                                else {
                                                    vErrors.push(err146);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data81.policy !== undefined) {
                                            let data83 = data81.policy;
                                            if (typeof data83 !== "string") {
                                                const err147 = { instancePath: instancePath + "/spec/governance/compliance/pii/policy", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/pii/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.governance.properties.compliance.properties.pii.properties.policy.type, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.pii.properties.policy, data: data83 };
                                                if (vErrors === null) {
                                                    vErrors = [err147];
                                                }
                                                else {
                                                    vErrors.push(err147);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err148 = { instancePath: instancePath + "/spec/governance/compliance/pii", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/pii/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.governance.properties.compliance.properties.pii.type, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.pii, data: data81 };
                                        if (vErrors === null) {
                                            vErrors = [err148];
                                        }
                                        else {
                                            vErrors.push(err148);
                                        }
                                        errors++;
                                    }
                                }
                                if (data80.retention !== undefined) {
                                    let data84 = data80.retention;
                                    if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                                        for (const key30 in data84) {
                                            if (!((key30 === "logsDays") || (key30 === "artifactsDays"))) {
                                                const err149 = { instancePath: instancePath + "/spec/governance/compliance/retention", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/retention/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.retention, data: data84 };
                                                if (vErrors === null) {
                                                    vErrors = [err149];
                                                }
                                                else {
                                                    vErrors.push(err149);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data84.logsDays !== undefined) {
                                            let data85 = data84.logsDays;
                                            if (!(((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85))) && (isFinite(data85)))) {
                                                const err150 = { instancePath: instancePath + "/spec/governance/compliance/retention/logsDays", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/retention/properties/logsDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.governance.properties.compliance.properties.retention.properties.logsDays.type, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.retention.properties.logsDays, data: data85 };
                                                if (vErrors === null) {
                                                    vErrors = [err150];
                                                }
                                                else {
                                                    vErrors.push(err150);
                                                }
                                                errors++;
                                            }
                                            if ((typeof data85 == "number") && (isFinite(data85))) {
                                                if (data85 < 0 || isNaN(data85)) {
                                                    const err151 = { instancePath: instancePath + "/spec/governance/compliance/retention/logsDays", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/retention/properties/logsDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.retention.properties.logsDays, data: data85 };
                                                    if (vErrors === null) {
                                                        vErrors = [err151];
                                                    }
                                                    else {
                                                        vErrors.push(err151);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        if (data84.artifactsDays !== undefined) {
                                            let data86 = data84.artifactsDays;
                                            if (!(((typeof data86 == "number") && (!(data86 % 1) && !isNaN(data86))) && (isFinite(data86)))) {
                                                const err152 = { instancePath: instancePath + "/spec/governance/compliance/retention/artifactsDays", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/retention/properties/artifactsDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.spec.properties.governance.properties.compliance.properties.retention.properties.artifactsDays.type, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.retention.properties.artifactsDays, data: data86 };
                                                if (vErrors === null) {
                                                    vErrors = [err152];
                                                }
                                                else {
                                                    vErrors.push(err152);
                                                }
                                                errors++;
                                            }
                                            if ((typeof data86 == "number") && (isFinite(data86))) {
                                                if (data86 < 0 || isNaN(data86)) {
                                                    const err153 = { instancePath: instancePath + "/spec/governance/compliance/retention/artifactsDays", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/retention/properties/artifactsDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.retention.properties.artifactsDays, data: data86 };
                                                    if (vErrors === null) {
                                                        vErrors = [err153];
                                                    }
                                                    else {
                                                        vErrors.push(err153);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        const err154 = { instancePath: instancePath + "/spec/governance/compliance/retention", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/retention/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.governance.properties.compliance.properties.retention.type, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.retention, data: data84 };
                                        if (vErrors === null) {
                                            vErrors = [err154];
                                        }
                                        else {
                                            vErrors.push(err154);
                                        }
                                        errors++;
                                    }
                                }
                                if (data80.governance !== undefined) {
                                    let data87 = data80.governance;
                                    if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                                        for (const key31 in data87) {
                                            if (!((key31 === "changeApproval") || (key31 === "owner"))) {
                                                const err155 = { instancePath: instancePath + "/spec/governance/compliance/governance", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/governance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.governance, data: data87 };
                                                if (vErrors === null) {
                                                    vErrors = [err155];
                                                }
                                                else {
                                                    vErrors.push(err155);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data87.changeApproval !== undefined) {
                                            let data88 = data87.changeApproval;
                                            if (typeof data88 !== "string") {
                                                const err156 = { instancePath: instancePath + "/spec/governance/compliance/governance/changeApproval", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/governance/properties/changeApproval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.governance.properties.compliance.properties.governance.properties.changeApproval.type, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.governance.properties.changeApproval, data: data88 };
                                                if (vErrors === null) {
                                                    vErrors = [err156];
                                                }
                                                else {
                                                    vErrors.push(err156);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data87.owner !== undefined) {
                                            let data89 = data87.owner;
                                            if (typeof data89 !== "string") {
                                                const err157 = { instancePath: instancePath + "/spec/governance/compliance/governance/owner", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/governance/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.governance.properties.compliance.properties.governance.properties.owner.type, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.governance.properties.owner, data: data89 };
                                                if (vErrors === null) {
                                                    vErrors = [err157];
                                                }
                                                else {
                                                    vErrors.push(err157);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err158 = { instancePath: instancePath + "/spec/governance/compliance/governance", schemaPath: "#/properties/spec/properties/governance/properties/compliance/properties/governance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.governance.properties.compliance.properties.governance.type, parentSchema: schema31.properties.spec.properties.governance.properties.compliance.properties.governance, data: data87 };
                                        if (vErrors === null) {
                                            vErrors = [err158];
                                        }
                                        else {
                                            vErrors.push(err158);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err159 = { instancePath: instancePath + "/spec/governance/compliance", schemaPath: "#/properties/spec/properties/governance/properties/compliance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.governance.properties.compliance.type, parentSchema: schema31.properties.spec.properties.governance.properties.compliance, data: data80 };
                                if (vErrors === null) {
                                    vErrors = [err159];
                                }
                                else {
                                    vErrors.push(err159);
                                }
                                errors++;
                            }
                        }
                        if (data79.cost !== undefined) {
                            let data90 = data79.cost;
                            if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                                for (const key32 in data90) {
                                    if (!((key32 === "targetCostPer1kTokensUsd") || (key32 === "pricingHints"))) {
                                        const err160 = { instancePath: instancePath + "/spec/governance/cost", schemaPath: "#/properties/spec/properties/governance/properties/cost/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.governance.properties.cost, data: data90 };
                                        if (vErrors === null) {
                                            vErrors = [err160];
                                        }
                                        else {
                                            vErrors.push(err160);
                                        }
                                        errors++;
                                    }
                                }
                                if (data90.targetCostPer1kTokensUsd !== undefined) {
                                    let data91 = data90.targetCostPer1kTokensUsd;
                                    if ((typeof data91 == "number") && (isFinite(data91))) {
                                        if (data91 < 0 || isNaN(data91)) {
                                            const err161 = { instancePath: instancePath + "/spec/governance/cost/targetCostPer1kTokensUsd", schemaPath: "#/properties/spec/properties/governance/properties/cost/properties/targetCostPer1kTokensUsd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.spec.properties.governance.properties.cost.properties.targetCostPer1kTokensUsd, data: data91 };
                                            if (vErrors === null) {
                                                vErrors = [err161];
                                            }
                                            else {
                                                vErrors.push(err161);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err162 = { instancePath: instancePath + "/spec/governance/cost/targetCostPer1kTokensUsd", schemaPath: "#/properties/spec/properties/governance/properties/cost/properties/targetCostPer1kTokensUsd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.spec.properties.governance.properties.cost.properties.targetCostPer1kTokensUsd.type, parentSchema: schema31.properties.spec.properties.governance.properties.cost.properties.targetCostPer1kTokensUsd, data: data91 };
                                        if (vErrors === null) {
                                            vErrors = [err162];
                                        }
                                        else {
                                            vErrors.push(err162);
                                        }
                                        errors++;
                                    }
                                }
                                if (data90.pricingHints !== undefined) {
                                    let data92 = data90.pricingHints;
                                    if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                                        for (const key33 in data92) {
                                            if (!(((key33 === "cloudProvider") || (key33 === "instanceType")) || (key33 === "spotAllowed"))) {
                                                const err163 = { instancePath: instancePath + "/spec/governance/cost/pricingHints", schemaPath: "#/properties/spec/properties/governance/properties/cost/properties/pricingHints/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.spec.properties.governance.properties.cost.properties.pricingHints, data: data92 };
                                                if (vErrors === null) {
                                                    vErrors = [err163];
                                                }
                                                else {
                                                    vErrors.push(err163);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data92.cloudProvider !== undefined) {
                                            let data93 = data92.cloudProvider;
                                            if (typeof data93 !== "string") {
                                                const err164 = { instancePath: instancePath + "/spec/governance/cost/pricingHints/cloudProvider", schemaPath: "#/properties/spec/properties/governance/properties/cost/properties/pricingHints/properties/cloudProvider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.governance.properties.cost.properties.pricingHints.properties.cloudProvider.type, parentSchema: schema31.properties.spec.properties.governance.properties.cost.properties.pricingHints.properties.cloudProvider, data: data93 };
                                                if (vErrors === null) {
                                                    vErrors = [err164];
                                                }
                                                else {
                                                    vErrors.push(err164);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data92.instanceType !== undefined) {
                                            let data94 = data92.instanceType;
                                            if (typeof data94 !== "string") {
                                                const err165 = { instancePath: instancePath + "/spec/governance/cost/pricingHints/instanceType", schemaPath: "#/properties/spec/properties/governance/properties/cost/properties/pricingHints/properties/instanceType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.properties.governance.properties.cost.properties.pricingHints.properties.instanceType.type, parentSchema: schema31.properties.spec.properties.governance.properties.cost.properties.pricingHints.properties.instanceType, data: data94 };
                                                if (vErrors === null) {
                                                    vErrors = [err165];
                                                }
                                                else {
                                                    vErrors.push(err165);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data92.spotAllowed !== undefined) {
                                            let data95 = data92.spotAllowed;
                                            if (typeof data95 !== "boolean") {
                                                const err166 = { instancePath: instancePath + "/spec/governance/cost/pricingHints/spotAllowed", schemaPath: "#/properties/spec/properties/governance/properties/cost/properties/pricingHints/properties/spotAllowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.spec.properties.governance.properties.cost.properties.pricingHints.properties.spotAllowed.type, parentSchema: schema31.properties.spec.properties.governance.properties.cost.properties.pricingHints.properties.spotAllowed, data: data95 };
                                                if (vErrors === null) {
                                                    vErrors = [err166];
                                                }
                                                else {
                                                    vErrors.push(err166);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err167 = { instancePath: instancePath + "/spec/governance/cost/pricingHints", schemaPath: "#/properties/spec/properties/governance/properties/cost/properties/pricingHints/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.governance.properties.cost.properties.pricingHints.type, parentSchema: schema31.properties.spec.properties.governance.properties.cost.properties.pricingHints, data: data92 };
                                        if (vErrors === null) {
                                            vErrors = [err167];
                                        }
                                        else {
                                            vErrors.push(err167);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err168 = { instancePath: instancePath + "/spec/governance/cost", schemaPath: "#/properties/spec/properties/governance/properties/cost/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.governance.properties.cost.type, parentSchema: schema31.properties.spec.properties.governance.properties.cost, data: data90 };
                                if (vErrors === null) {
                                    vErrors = [err168];
                                }
                                else {
                                    vErrors.push(err168);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err169 = { instancePath: instancePath + "/spec/governance", schemaPath: "#/properties/spec/properties/governance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.properties.governance.type, parentSchema: schema31.properties.spec.properties.governance, data: data79 };
                        if (vErrors === null) {
                            vErrors = [err169];
                        }
                        else {
                            vErrors.push(err169);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err170 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.spec.type, parentSchema: schema31.properties.spec, data: data10 };
                if (vErrors === null) {
                    vErrors = [err170];
                }
                else {
                    vErrors.push(err170);
                }
                errors++;
            }
        }
    }
    else {
        const err171 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err171];
        }
        else {
            vErrors.push(err171);
        }
        errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
//# sourceMappingURL=modelspec-validator.js.map
// EXTERNAL MODULE: ./lib/core/findings.js
var findings = __webpack_require__(9901);
;// CONCATENATED MODULE: ./lib/core/validate.js
/**
 * Schema validation of one parsed document against schema/modelspec.v1alpha1.json.
 *
 * The validator is ajv "standalone" code generated at build time (src/core/generated/, `npm run gen`):
 * nothing is compiled at run time and ajv itself is never loaded. Each ajv error becomes a `Finding`
 * with a stable code, the exact line and column of the offending key or value, and a sentence that
 * names the field and what was expected ("spec.runtime.accelerator.count must be an integer ≥ 1,
 * got 0"). Unknown keys get the allowed keys and the nearest one ("did you mean maxReplicas?").
 */




/** The apiVersion of the ModelSpecs this tool reviews. */
const API_VERSION = "piqc.ai/v1alpha1";
/** The kind of the documents this tool reviews. */
const KIND = "ModelSpec";
const validator = modelspec_validator;
/** Schema check only: `null` when valid, else the raw ajv errors. Cheap; no positions. */
function schemaErrors(value) {
    if (validator(value))
        return null;
    return validator.errors ?? [];
}
/** True when the value declares itself a ModelSpec of the version we know (apiVersion and kind). */
function isModelSpec(value) {
    if (value === null || typeof value !== "object" || Array.isArray(value))
        return false;
    const v = value;
    return v["apiVersion"] === API_VERSION && v["kind"] === KIND;
}
/** Validate one document; findings are sorted by position and carry `document` when `multiDoc`. */
function validateDocument(file, doc, multiDoc) {
    const errors = schemaErrors(doc.value);
    if (errors === null)
        return [];
    return errorsToFindings(file, doc, multiDoc, errors);
}
/** Schema errors of one document as findings, one per problem, sorted by position. */
function errorsToFindings(file, doc, multiDoc, errors) {
    // A type error makes other keyword errors on the same value noise (e.g. enum after type).
    const typeErrorAt = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
    const findings = [];
    const seen = new Set();
    for (const e of errors) {
        if (e.keyword !== "type" &&
            typeErrorAt.has(e.instancePath) &&
            e.keyword !== "required" &&
            e.keyword !== "additionalProperties") {
            continue;
        }
        const f = toFinding(file, doc, e);
        const key = `${f.code}\u0000${f.pointer}\u0000${f.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (multiDoc)
            f.document = doc.index;
        findings.push(f);
    }
    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
    return findings;
}
/** The code of each schema keyword the ModelSpec schema uses; any other keyword is `schema/invalid`. */
const CODES = {
    required: "schema/required",
    additionalProperties: "schema/additional-property",
    type: "schema/type",
    enum: "schema/enum",
    const: "schema/const",
    minimum: "schema/minimum",
    maximum: "schema/maximum",
};
function toFinding(file, doc, e) {
    const code = CODES[e.keyword] ?? "schema/invalid";
    let pointer = e.instancePath;
    let message;
    let hint;
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
            pointer = `${e.instancePath}/${(0,core_pointer/* escapeToken */.tj)(extra)}`;
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
            const values = e.params["allowedValues"] ?? [];
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
            }
            else if (e.keyword === "type" && typeof e.data === "number" && expectsString(e.parentSchema)) {
                hint = `Quote it ("${String(e.data)}") to make it a string.`;
            }
            else if (e.keyword === "type" && typeof e.data === "boolean" && expectsString(e.parentSchema)) {
                hint = `Quote it ("${String(e.data)}") to make it a string.`;
            }
            break;
        default:
            message = `${where === "" ? "The document" : where} ${e.message ?? "is invalid"}.`;
    }
    const pos = doc.locate(pointer);
    return (0,findings/* makeFinding */.MH)(code, "error", "schema", { file, pointer, ...pos }, message, { hint });
}
function expectsString(s) {
    return s?.type === "string";
}
/** "an integer ≥ 1", "an integer from 1 to 65535", "a string", "a mapping"... */
function expected(s, typeParam) {
    const type = typeof typeParam === "string" ? typeParam : typeof s?.type === "string" ? s.type : undefined;
    const noun = {
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
        if (s.minimum !== undefined && s.maximum !== undefined)
            text += ` from ${s.minimum} to ${s.maximum}`;
        else if (s.minimum !== undefined)
            text += ` ≥ ${s.minimum}`;
        else if (s.maximum !== undefined)
            text += ` ≤ ${s.maximum}`;
    }
    if (s?.enum && type === "string")
        text += ` (one of ${s.enum.map((v) => JSON.stringify(v)).join(", ")})`;
    return text;
}
/** How a found value reads in a message: 0, 1.5, "abc", true, null, a mapping, a list. */
function describeValue(v) {
    if (v === null || v === undefined)
        return "null";
    if (typeof v === "string")
        return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
    if (typeof v === "number")
        return Number.isNaN(v)
            ? "NaN (.nan)"
            : Number.isFinite(v)
                ? String(v)
                : v > 0
                    ? "infinity (.inf)"
                    : "-infinity (-.inf)";
    if (typeof v === "boolean")
        return String(v);
    if (Array.isArray(v))
        return "a list";
    return "a mapping";
}
/** "/spec/pipeline/dependencies/0/role" → "spec.pipeline.dependencies[0].role". */
function fieldName(pointer) {
    if (pointer === "")
        return "";
    let out = "";
    for (const raw of pointer.slice(1).split("/")) {
        const t = (0,core_pointer/* unescapeToken */.ko)(raw);
        if (/^(0|[1-9][0-9]*)$/.test(t))
            out += `[${t}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(t))
            out += out === "" ? t : `.${t}`;
        else
            out += `[${JSON.stringify(t)}]`;
    }
    return out;
}
/** The closest candidate when it is plausibly a typo (or differs only in case). */
function nearest(word, candidates) {
    let best;
    let bestScore = Infinity;
    const lower = word.toLowerCase();
    for (const c of candidates) {
        if (c.toLowerCase() === lower)
            return c;
        const d = (0,mod/* distance */.Io)(lower, c.toLowerCase());
        if (d < bestScore) {
            bestScore = d;
            best = c;
        }
    }
    if (best === undefined)
        return undefined;
    const limit = Math.max(1, Math.min(3, Math.floor(Math.max(word.length, best.length) / 3)));
    if (bestScore <= limit)
        return best;
    // Prefix / substring matches ("replicas" → "maxReplicas") are also worth suggesting.
    const hit = candidates.find((c) => lower.length >= 4 && c.toLowerCase().includes(lower));
    return hit;
}
//# sourceMappingURL=validate.js.map

/***/ })

};

//# sourceMappingURL=560.index.js.map