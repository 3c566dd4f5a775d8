/**
 * The drift collector for pull requests on GitHub (the Action and the app): the unchanged specs
 * and manifests a change must be held against, found through one recursive tree listing of the
 * head and read in one batched request. Changed files reuse the texts the pipeline already read.
 * Thin on purpose: the choice of files and everything after is the pure core (src/core/drift/).
 * When the flow's ChangeSource port lands, this becomes its `listFiles` + `readTexts` call.
 */
import { driftCandidates, mayBeManifest } from "../core/drift/collect.js";
import type { DriftSkip, Config, FilePair } from "../core/types.js";
import { fileKey, type ChangedFile, type GitHubPort } from "./port.js";

/**
 * What the drift check compares in a pull request: the deployment manifests, the repository's
 * ModelSpecs they may deploy (the unchanged ones read at head), and what was left out and why.
 */
export interface DriftContext {
  manifests: FilePair[];
  contextSpecs: FilePair[];
  skipped: DriftSkip[];
}

/**
 * Collects the drift context, or null when drift is off or the port cannot list files. Never
 * throws: a failed listing or read is a notice and the review goes on without drift.
 */
export async function collectPullRequestDrift(
  port: Pick<GitHubPort, "readFiles" | "listFiles">,
  headSha: string,
  config: Config,
  changed: { file: ChangedFile; base: string | undefined; head: string | undefined }[],
  configPath: string,
  notices: string[] = [],
): Promise<DriftContext | null> {
  if (config.drift?.enabled === false || !port.listFiles) return null;
  try {
    const listing = await port.listFiles(headSha);
    const skipped: DriftSkip[] = [];
    if (listing.truncated)
      notices.push(
        "GitHub truncated the repository tree listing: some manifests were not compared with their specs.",
      );
    const byPath = new Map(changed.map((c) => [c.file.path, c]));
    const removed = changed.filter((c) => c.file.status === "removed").map((c) => c.file.path);
    const cand = driftCandidates([...listing.paths, ...removed], config, configPath);
    if (cand.dropped > 0)
      skipped.push({
        file: ".",
        reason: `${cand.dropped} more YAML files were not read as manifests (cap of ${cand.manifests.length})`,
      });
    const unchanged = [...cand.specs, ...cand.manifests].filter((p) => !byPath.has(p));
    const texts = unchanged.length
      ? await port.readFiles(unchanged.map((path) => ({ ref: headSha, path })))
      : new Map<string, string | null>();
    const pair = (p: string): FilePair => {
      const c = byPath.get(p);
      if (c) {
        const out: FilePair = { path: p };
        if (c.file.previousPath !== undefined) out.previousPath = c.file.previousPath;
        if (c.base !== undefined) out.base = c.base;
        if (c.head !== undefined) out.head = c.head;
        return out;
      }
      const t = texts.get(fileKey(headSha, p)) ?? undefined;
      return t === undefined ? { path: p } : { path: p, base: t, head: t };
    };
    const manifests = cand.manifests
      .map(pair)
      .filter(
        (m) =>
          (m.head !== undefined && mayBeManifest(m.path, m.head, config)) ||
          (m.base !== undefined && mayBeManifest(m.path, m.base, config)),
      );
    if (listing.paths.some((p) => /(^|\/)Chart\.yaml$/.test(p)))
      skipped.push({
        file: "Chart.yaml",
        reason:
          "Helm charts are not rendered in a pull request review; map their values.yaml keys in drift.values, or run `modelspec-review drift` where helm is installed",
      });
    return { manifests, contextSpecs: cand.specs.map(pair), skipped };
  } catch (e) {
    notices.push(`Deployment drift was not checked: ${(e as Error).message}`);
    return null;
  }
}
