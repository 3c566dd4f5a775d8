/**
 * Serving-engine settings read from a container's command line and environment: vLLM, SGLang and
 * Hugging Face TGI. One table (ENGINE_FLAGS) names every flag and environment variable we read, the
 * setting it feeds and how its value is parsed; docs/drift.md lists the same table.
 *
 * Flag spellings come from the engines' own sources:
 *  - vLLM `vllm/engine/arg_utils.py` (`--tensor-parallel-size`/`-tp`, `--pipeline-parallel-size`/`-pp`,
 *    `--quantization`/`-q`, human-readable integers such as `32k` via `human_readable_int`), and
 *    `FlexibleArgumentParser`, which accepts `--max_model_len` for `--max-model-len`;
 *  - SGLang `python/sglang/srt/server_args.py` (`--tp-size`/`--tp`, `--context-length`,
 *    `--mem-fraction-static`, `--max-running-requests`, `--model-path`);
 *  - TGI `launcher/src/main.rs` (clap `#[clap(long, env)]`: every flag also reads its upper-case
 *    environment variable, e.g. `--num-shard` / `NUM_SHARD`, `--max-total-tokens` / `MAX_TOTAL_TOKENS`).
 */
import type { Token } from "./args.js";

/** Serving engines whose flags drift reads. */
export type EngineKind = "vllm" | "sglang" | "tgi";

/** The settings drift compares or feeds into the estimate. */
export type SettingKey =
  | "model"
  | "tensorParallel"
  | "pipelineParallel"
  | "maxModelLen"
  | "maxNumSeqs"
  | "maxNumBatchedTokens"
  | "gpuMemoryUtilization"
  | "dtype"
  | "quantization"
  | "kvCacheDtype"
  | "port"
  | "maxInputLength";

type Parse = "int" | "human-int" | "fraction" | "string";

interface FlagDef {
  key: SettingKey;
  /** Long and short spellings, canonical (dashes) form. */
  flags: string[];
  /** Environment variables the engine reads for the same setting. */
  env?: string[];
  parse: Parse;
}

/** Every flag read, per engine. Exported for docs and for the docs test. */
export const ENGINE_FLAGS: Record<EngineKind, FlagDef[]> = {
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

/** Where a setting was read: a command-line token, or an `env` entry of the container. */
export type SettingSource = { kind: "arg"; token: Token } | { kind: "env"; index: number; name: string };

/** One engine setting as a manifest writes it: value, raw text and where. */
export interface RawSetting {
  value: number | string;
  /** The text as written (`32k`, `"0.9"`). */
  raw: string;
  /** The flag or variable that set it, as written (`-tp`, `--max_model_len`, `NUM_SHARD`). */
  flag: string;
  source: SettingSource;
}

/** What a container's command, arguments and environment say about its engine and settings. */
export interface EngineRead {
  engine: EngineKind | null;
  /** How the engine was recognised, in words ("command `vllm serve`", "image vllm/vllm-openai"). */
  detectedBy: string | null;
  settings: Partial<Record<SettingKey, RawSetting>>;
  /** Values we could not read (`--max-model-len $(LEN)` with LEN unset, `--tp two`). */
  problems: { flag: string; raw: string; source: SettingSource; reason: string }[];
}

/** vLLM's `human_readable_int`: `8192`, `32k` (×1000), `32K` (×1024), `25.6k`. */
export function humanInt(raw: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([kmgtKMGT]?)$/.exec(raw.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const suffix = m[2]!;
  const dec: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12 };
  const bin: Record<string, number> = { K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };
  if (suffix === "") return Number.isInteger(n) ? n : null;
  if (suffix in dec) return Math.trunc(n * dec[suffix]!);
  return Number.isInteger(n) ? n * bin[suffix]! : null;
}

function parseValue(parse: Parse, raw: string): number | string | null {
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
function canonicalFlag(flag: string): string {
  return flag.startsWith("--") ? "--" + flag.slice(2).replace(/_/g, "-").toLowerCase() : flag;
}

const SIGNATURE_FLAGS: Record<EngineKind, string[]> = {
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
export function detectEngine(
  image: string | null,
  tokens: readonly Token[],
  envNames: readonly string[],
): { engine: EngineKind; by: string } | null {
  const words = tokens.map((t) => t.text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/(^|\/)vllm$/.test(w) && words[i + 1] === "serve")
      return { engine: "vllm", by: "command `vllm serve`" };
    if (/^vllm\.entrypoints\./.test(w)) return { engine: "vllm", by: `command \`python -m ${w}\`` };
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
  if (img.includes("sglang")) return { engine: "sglang", by: `image ${image}` };
  if (img.includes("text-generation-inference") || /(^|\/)tgi[-:]/.test(img))
    return { engine: "tgi", by: `image ${image}` };
  if (img.includes("huggingfaceserver"))
    return { engine: "vllm", by: `image ${image} (KServe's Hugging Face server runs vLLM)` };
  const flags = new Set(words.filter((w) => w.startsWith("-")).map((w) => canonicalFlag(w.split("=")[0]!)));
  const hits = (Object.keys(SIGNATURE_FLAGS) as EngineKind[]).filter((e) =>
    SIGNATURE_FLAGS[e].some((f) => flags.has(f)),
  );
  if (hits.length === 1) return { engine: hits[0]!, by: `flags only ${hits[0]} takes` };
  if (
    hits.length === 0 &&
    envNames.some((n) =>
      ENGINE_FLAGS.tgi.some((d) => d.env?.includes(n) && d.key !== "port" && d.key !== "dtype"),
    )
  )
    return { engine: "tgi", by: "TGI environment variables" };
  return null;
}

/**
 * Reads an engine's settings from the command-line tokens and the container env (name → value, in
 * order). Flags win over environment variables (TGI: clap prefers the command line); a repeated
 * flag keeps its last value, as argparse and clap do.
 */
export function readEngine(
  image: string | null,
  tokens: readonly Token[],
  env: readonly { name: string; value: string | null }[],
): EngineRead {
  const detected = detectEngine(
    image,
    tokens,
    env.map((e) => e.name),
  );
  const read: EngineRead = {
    engine: detected?.engine ?? null,
    detectedBy: detected?.by ?? null,
    settings: {},
    problems: [],
  };
  if (!detected) return read;
  const defs = ENGINE_FLAGS[detected.engine];
  const byFlag = new Map<string, FlagDef>();
  for (const d of defs) for (const f of d.flags) byFlag.set(f, d);

  // Environment first (flags override it below).
  env.forEach((e, index) => {
    const def = defs.find((d) => d.env?.includes(e.name));
    if (!def) return;
    const source: SettingSource = { kind: "env", index, name: e.name };
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
    else read.settings[def.key] = { value, raw: e.value, flag: e.name, source };
  });

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
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
    if (!t.text.startsWith("-")) continue;
    const eq = t.text.indexOf("=");
    const written = eq === -1 ? t.text : t.text.slice(0, eq);
    const def = byFlag.get(canonicalFlag(written)) ?? (written.length <= 3 ? byFlag.get(written) : undefined);
    if (!def) continue;
    let raw: string;
    let at: Token = t;
    if (eq !== -1) raw = t.text.slice(eq + 1);
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
    const source: SettingSource = { kind: "arg", token: at };
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
    } else read.settings[def.key] = { value, raw, flag: written, source };
  }
  return read;
}
