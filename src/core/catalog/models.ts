/**
 * Model architecture catalog.
 *
 * Most rows come from real config.json snapshots (scripts/model-configs/<org>--<name>/, each with a
 * SOURCE.json naming the public copy it was taken from), parsed by the same parser the product runs
 * on a Hub config and written to `generated/model-snapshots.ts` by `npm run gen:models`;
 * `SNAPSHOT_ROWS` below only gives them the ids, families and aliases people write. A hand-written
 * row remains only where no snapshot exists yet, and names its public source.
 */
import type { Config, ModelOverride } from "../types.js";
import type { ModelArch } from "./model-arch.js";
import { MODEL_SNAPSHOTS } from "./generated/model-snapshots.js";

export type { ModelArch, MoeSpec } from "./model-arch.js";

const MAXTEXT = "AI-Hypercomputer/maxtext hf_model_configs.py (copies of HF config.json)";
const GENZ = "abhibambhaniya/GenZ-LLM-Analyzer model sets (cite HF config.json)";
const FACTS_DATE = "2026-11-09";

type Row = Omit<ModelArch, "activeParamsB" | "kind" | "aliases" | "asOf"> &
  Partial<Pick<ModelArch, "activeParamsB" | "kind" | "aliases" | "asOf">>;

function m(row: Row): ModelArch {
  return {
    kind: "decoder",
    aliases: [],
    asOf: FACTS_DATE,
    activeParamsB: row.paramsB,
    ...row,
  };
}

const SNAPSHOTS = new Map(MODEL_SNAPSHOTS.map((x) => [x.repo, x]));

/** How people name a snapshot's model: catalog id, family, extra aliases (the repo id is always one). */
export interface SnapshotNames {
  id: string;
  family: string;
  aliases?: string[];
}

/** A catalog row from the config.json snapshot of `repo`, under the names people write. */
function fromSnapshot(repo: string, names: SnapshotNames): ModelArch {
  const snap = SNAPSHOTS.get(repo);
  // A programming error, caught by test/core/catalog/model-snapshots.test.ts: every row has its file.
  if (!snap) throw new Error(`no config.json snapshot for ${repo} in scripts/model-configs`);
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
export const SNAPSHOT_NAMES: Readonly<Record<string, SnapshotNames>> = {
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

/**
 * Models whose model card names the base model whose architecture they keep, and whose own
 * config.json has no public copy yet: the base's snapshot row under the derived model's names, its
 * source saying so. Nothing beyond the base's config is assumed.
 */
export interface DerivedNames extends SnapshotNames {
  /** The model's Hub repository. */
  repo: string;
  /** The snapshotted repository whose architecture it keeps. */
  base: string;
  /** Where the model's publisher says so. */
  card: string;
}

// prettier-ignore
/** The derived models (see `DerivedNames`), each citing the model card that names its base. */
export const DERIVED_NAMES: readonly DerivedNames[] = [
  { repo: "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B", base: "Qwen/Qwen2.5-14B", id: "deepseek-r1-distill-qwen-14b", family: "deepseek-r1-distill",
    card: "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-14B (model card: distilled from DeepSeek-R1 on base model Qwen2.5-14B)" },
  { repo: "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", base: "Qwen/Qwen2.5-32B", id: "deepseek-r1-distill-qwen-32b", family: "deepseek-r1-distill",
    card: "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B (model card: distilled from DeepSeek-R1 on base model Qwen2.5-32B)" },
  { repo: "deepseek-ai/DeepSeek-R1-Distill-Llama-70B", base: "meta-llama/Llama-3.3-70B-Instruct", id: "deepseek-r1-distill-llama-70b", family: "deepseek-r1-distill",
    card: "https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Llama-70B (model card: distilled from DeepSeek-R1 on base model Llama-3.3-70B-Instruct)" },
];

function derived(d: DerivedNames): ModelArch {
  const row = fromSnapshot(d.base, d);
  return {
    ...row,
    name: d.repo.slice(d.repo.indexOf("/") + 1),
    aliases: [d.repo, ...(d.aliases ?? [])],
    source: `architecture of ${d.base} as ${d.card}; ${row.source}`,
  };
}

/** Rows read from config.json snapshots (see the module comment). */
export const SNAPSHOT_ROWS: readonly ModelArch[] = [
  ...Object.entries(SNAPSHOT_NAMES).map(([repo, names]) => fromSnapshot(repo, names)),
  ...DERIVED_NAMES.map(derived),
];

/** Hand-written rows, only for models without a snapshot yet; each names its public source. */
// prettier-ignore
export const HAND_ROWS: readonly ModelArch[] = [
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
export const MODELS: readonly ModelArch[] = [...SNAPSHOT_ROWS, ...HAND_ROWS];

/**
 * Families as people write them (`llama3`, `Llama-3.1`, `qwen2`, `Qwen3`) → catalog family. Matched on
 * the squashed name's longest prefix, so each new generation needs its own key: without `qwen3`, an
 * unknown `Qwen3-27B` would be read as the `qwen` family, Qwen2.5. A family only labels a name; it
 * never supplies an architecture (a size parsed from a name stays a hint).
 */
export const FAMILY_ALIASES: Record<string, string> = {
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
export function modelFromOverride(o: ModelOverride, base: ModelArch | null): ModelArch | null {
  const layers = o.layers ?? base?.layers;
  const kvHeads = o.kvHeads ?? base?.kvHeads;
  const headDim = o.headDim ?? base?.headDim;
  const hiddenSize = o.hiddenSize ?? base?.hiddenSize;
  if (layers === undefined || kvHeads === undefined || headDim === undefined || hiddenSize === undefined) {
    return null;
  }
  const attentionHeads =
    o.attentionHeads ?? base?.attentionHeads ?? Math.max(1, Math.round(hiddenSize / headDim));
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

/** Parameter split used to model which parts a quantised checkpoint keeps at 16 bit. */
export interface ParamSplit {
  embeddings: number;
  attention: number;
  /** Vision tower and projector (part of `paramsB`, loaded at 16 bit). */
  vision: number;
  /** MLP or experts plus norms of the language model: everything that is not one of the above. */
  rest: number;
  /** One transformer layer's MLP (for checkpoints that keep the first and last layers at 16 bit). */
  mlpPerLayer: number;
}

/**
 * Splits a model's total parameters (absolute counts, not billions) into embeddings (twice when the
 * LM head is untied), attention projections, vision tower, and the rest (MLP, experts, norms: what
 * remains of `paramsB`); `mlpPerLayer` is `rest` spread evenly over the layers.
 */
export function paramSplit(a: ModelArch): ParamSplit {
  const total = a.paramsB * 1e9;
  const embeddings = Math.min(total, a.vocabSize * a.hiddenSize * (a.tiedEmbeddings ? 1 : 2));
  const attnPerLayer =
    a.hiddenSize * a.attentionHeads * a.headDim * 2 + 2 * a.hiddenSize * a.kvHeads * a.headDim;
  const vision = Math.min(total, (a.visionParamsB ?? 0) * 1e9);
  const attention = Math.min(total - vision - embeddings, a.layers * attnPerLayer);
  const rest = Math.max(0, total - vision - embeddings - attention);
  return { embeddings, attention, vision, rest, mlpPerLayer: a.layers > 0 ? rest / a.layers : 0 };
}

/** Scale a family member to another parameter count: layers and hidden size by (P/P₀)^(1/3). */
export function scaleArch(
  ref: ModelArch,
  paramsB: number,
  activeParamsB: number | null,
  id: string,
): ModelArch {
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
export function allModels(config?: Config): readonly ModelArch[] {
  void config;
  return MODELS;
}
