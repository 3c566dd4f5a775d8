/**
 * The architecture vocabulary of the model catalog, in a module of its own so that the generated
 * snapshot rows (`generated/model-snapshots.ts`) and the catalog (`models.ts`) share it without an
 * import circle.
 */

export interface MoeSpec {
  /** Routed experts per MoE layer. */
  experts: number;
  /** Routed experts each token goes through. */
  topK: number;
  /** Shared (always-on) experts per MoE layer. */
  shared: number;
  /** Intermediate size of one routed expert. */
  expertFfn: number;
  /**
   * Layers that carry experts; the others are dense with `ffn` (DeepSeek's `first_k_dense_replace`,
   * Qwen's `decoder_sparse_step`/`mlp_only_layers`, Llama 4's `interleave_moe_layer_step`). Absent: all.
   */
  moeLayers?: number;
  /** Intermediate size of all shared experts of one layer together (absent: `shared × expertFfn`). */
  sharedFfn?: number;
}

/**
 * One model's architecture, as the memory, cost and throughput estimates read it: sizes from its
 * config.json (parameter counts in billions), plus where the facts came from (`source`, `origin`)
 * and as of when (`asOf`).
 */
export interface ModelArch {
  /** Canonical id, e.g. `llama-3.1-8b`. */
  id: string;
  name: string;
  family: string;
  aliases: string[];
  kind: "decoder" | "encoder";
  /** Total parameters, billions. */
  paramsB: number;
  /** Parameters used per token (MoE), billions; equals paramsB for dense models. */
  activeParamsB: number;
  layers: number;
  hiddenSize: number;
  attentionHeads: number;
  kvHeads: number;
  headDim: number;
  ffn: number;
  vocabSize: number;
  maxContext: number;
  tiedEmbeddings: boolean;
  moe?: MoeSpec;
  /** Multi-head latent attention (DeepSeek): one compressed KV vector per layer, replicated over TP. */
  mla?: { kvLoraRank: number; ropeDim: number };
  /**
   * Sliding-window (or chunked local) attention: `fullLayers` of the attention layers keep the whole
   * context, the rest keep at most `window` tokens (gpt-oss alternating, Gemma 2/3 interleaved, Mistral
   * v0.1 all-sliding with `fullLayers` 0, Llama 4 chunked with `kind: "chunked"`).
   */
  slidingWindow?: { window: number; fullLayers: number; kind?: "sliding" | "chunked" };
  /**
   * Layers that keep a KV cache, when fewer than `layers` (hybrid models whose other layers are linear
   * attention or state-space blocks, or share another layer's KV). Absent: every layer.
   */
  kvLayers?: number;
  /** `torch_dtype` / `dtype` of the published checkpoint (`bfloat16`, `float16`, `float32`), when known. */
  torchDtype?: string;
  /** Precision the published checkpoint ships in, when it is not 16-bit. */
  checkpointPrecision?: string;
  /** Parts a quantised checkpoint keeps at 16 bit besides embeddings and the LM head. */
  keep16?: Array<"attention" | "edge-layers">;
  /**
   * Bytes of the published checkpoint (`metadata.total_size` of `model.safetensors.index.json`), when
   * known. When present it is the weight size; the parameter count is then only a cross-check.
   */
  checkpointBytes?: number;
  /**
   * Parameters of a vision tower / multimodal projector (vision-language models), billions. Counted
   * in `paramsB` (as model cards count them) and loaded at 16 bit whatever the weight precision.
   */
  visionParamsB?: number;
  /**
   * `quantization_config` of the checkpoint, normalised: method (`fp8`, `mxfp4`, `gptq`, `awq`, …),
   * weight bits, and the module name patterns it leaves unquantised (`modules_to_not_convert`, `ignore`).
   */
  quant?: { method: string; bits?: number; unquantised?: string[] };
  /**
   * Where this architecture was read from: a public URL or repository path a user can open
   * (`https://huggingface.co/org/name/blob/rev/config.json`, `models/x/config.json` in this repo, …).
   */
  origin?: { kind: "repo-config" | "annotation" | "repo-file" | "cache" | "hub" | "builtin"; ref: string };
  source: string;
  asOf: string;
}
