/** The sourced catalogs (GPUs, models, prices) and how names resolve against them. */
export {
  GPUS,
  resolveGpu,
  allGpus,
  gpuById,
  gpuFromOverride,
  type GpuSpec,
  type GpuResolution,
} from "./gpus.js";
export { MODELS, FAMILY_ALIASES, paramSplit, scaleArch, type ModelArch, type MoeSpec } from "./models.js";
export { resolveModel, parseSize, HOW_TO_DECLARE_MODEL, type ModelResolution } from "./resolve-model.js";
export {
  PRICES,
  SPOT_FACTORS,
  findPrice,
  providersFor,
  normaliseProvider,
  type PriceEntry,
  type PriceQuote,
} from "./prices.js";
export { ANNOTATION_KEYS, ANNOTATION_PREFIX, readAnnotations, type SpecAnnotations } from "./annotations.js";
