/**
 * modelspec-review as a library: the pure core's entry points and shared types.
 * Each owner adds the exports of their module here.
 */
export type * from "./core/types.js";
export { DEFAULT_PARSE_OPTIONS, decodeText, locateInDocument, parseFile } from "./core/parse.js";
export { API_VERSION, KIND, isModelSpec, schemaErrors, validateDocument } from "./core/validate.js";
export { CONFIG_PATH, DEFAULT_CONFIG, defaultConfig, mergeConfig, parseConfig } from "./core/config.js";
export { diffSpecs, unifiedDiff } from "./core/diff/index.js";
export { analyse, type AnalyseOptions } from "./core/review.js";
