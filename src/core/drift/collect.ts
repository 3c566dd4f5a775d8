/**
 * Which repository files the drift stage reads (pure: paths and texts in). Adapters list the tree
 * at both refs, pass the paths here, read what it returns (both sides) and hand the texts to
 * `analyse(…, { drift })`. Bounded: at most MAX_MANIFEST_FILES manifest candidates per side.
 */
import picomatch from "picomatch";
import type { Config, DriftConfig } from "../types.js";

/** The drift settings in force when the config has none. */
export const DEFAULT_DRIFT: DriftConfig = {
  enabled: true,
  manifests: ["**/*.yaml", "**/*.yml"],
  links: [],
  tolerancePct: 0,
  values: [],
};

/** Most manifest candidates read per review (a constant cost per change). */
export const MAX_MANIFEST_FILES = 500;

const YAML = /\.ya?ml$/i;

/** The files drift reads: spec files and files that may be manifests. */
export interface DriftCandidates {
  /** Spec files (config `paths`). */
  specs: string[];
  /** Files that may be manifests (drift.manifests globs, YAML, not specs, not the config). */
  manifests: string[];
  /** Candidates dropped by the cap. */
  dropped: number;
}

/** Splits repository paths into spec files and manifest candidates. */
export function driftCandidates(
  paths: Iterable<string>,
  config: Config,
  configPath: string,
): DriftCandidates {
  const dc = { ...DEFAULT_DRIFT, ...(config.drift ?? {}) };
  const isSpec = picomatch(config.paths, { dot: true });
  const globs = dc.manifests.length ? dc.manifests : DEFAULT_DRIFT.manifests;
  const isManifest = picomatch(globs, { dot: true });
  const values = new Set(dc.values.map((v) => v.file));
  const specs: string[] = [];
  const manifests: string[] = [];
  for (const p of [...new Set(paths)].sort()) {
    if (p === configPath || p.startsWith(".github/workflows/")) continue;
    if (isSpec(p)) specs.push(p);
    else if (values.has(p) || (YAML.test(p) && isManifest(p) && !/(^|\/)node_modules\//.test(p)))
      manifests.push(p);
  }
  // Values files and kustomizations first, then by path: the cap drops plain YAML last.
  manifests.sort((a, b) => rank(a, values) - rank(b, values) || (a < b ? -1 : a > b ? 1 : 0));
  const dropped = Math.max(0, manifests.length - MAX_MANIFEST_FILES);
  return { specs, manifests: manifests.slice(0, MAX_MANIFEST_FILES), dropped };
}

function rank(p: string, values: Set<string>): number {
  return values.has(p) ? 0 : /(^|\/)kustomization\.ya?ml$/.test(p) ? 1 : 2;
}

/** A cheap pre-filter on text: could this be a Kubernetes object, a kustomization or mapped values? */
export function mayBeManifest(path: string, text: string, config: Config): boolean {
  if ((config.drift?.values ?? []).some((v) => v.file === path)) return true;
  if (/(^|\/)kustomization\.ya?ml$/.test(path)) return true;
  return /(^|\n)\s*kind\s*:\s*["']?(Deployment|StatefulSet|LeaderWorkerSet|InferenceService|ServingRuntime|ClusterServingRuntime|HorizontalPodAutoscaler|ScaledObject|Kustomization)\b/.test(
    text,
  );
}
