/**
 * The app's configuration: `.github/modelspec-review.yml` on the repository's default branch, read
 * with Probot's config loading (`context.octokit.config.get`, what `context.config` uses), so an
 * organisation-wide `.github` repository provides defaults and `_extends: other-repo` works.
 *
 * The result is handed to the pipeline as text (`configText`), which validates it with
 * `parseConfig` against `schema/config.v1.json`: problems become findings and the review still
 * runs. To keep those findings on the right lines, the text is the file exactly as stored whenever
 * one file supplies the whole config (the usual case), captured from the loader's own request, so
 * reading it costs no extra API call. Several files (org defaults + `_extends`) are merged by the
 * loader and validated as one document.
 *
 * Reading from the default branch, never from the PR, means a PR cannot relax its own gates.
 */
import type { Context } from "probot";
import { stringify } from "yaml";
import { CONFIG_PATH } from "../core/settings.js";

/** The repository config's path (src/core/settings.ts); Probot's loader takes it as is. */
export { CONFIG_PATH };

/** What `loadConfigText` found: the config as text for `parseConfig`, the path findings cite, and its sources. */
export interface LoadedConfigText {
  /** YAML text for `parseConfig`, or null when no file exists anywhere (defaults apply). */
  text: string | null;
  /** Path the findings name: the repository's own file, or `owner/repo:path` for another repo's. */
  file: string;
  /** Where the config came from, for logs (`octo/.github:.github/modelspec-review.yml + …`). */
  sources: string[];
}

type RequestOptions = { url?: string; owner?: string; repo?: string; path?: string };
type AfterHook = (response: { data: unknown }, options: RequestOptions) => void;

/**
 * Loads the config text. Never throws for a user's mistake (invalid YAML comes back as the text,
 * for the pipeline to report with its line); API failures other than "not found" propagate.
 */
export async function loadConfigText(
  context: Context,
  { owner, repo }: { owner: string; repo: string },
): Promise<LoadedConfigText> {
  const label = (o: string, r: string, p: string): string =>
    o.toLowerCase() === owner.toLowerCase() && r.toLowerCase() === repo.toLowerCase() ? p : `${o}/${r}:${p}`;

  // The loader's raw responses, by `owner/repo:path` (this Octokit belongs to this delivery only).
  const raw = new Map<string, { owner: string; repo: string; path: string; text: string }>();
  const capture: AfterHook = (response, options) => {
    if (typeof response.data !== "string" || !options.url?.includes("/contents/")) return;
    if (!options.owner || !options.repo || !options.path) return;
    raw.set(`${options.owner}/${options.repo}:${options.path}`.toLowerCase(), {
      owner: options.owner,
      repo: options.repo,
      path: options.path,
      text: response.data,
    });
  };
  const hook = context.octokit.hook as unknown as {
    after(name: "request", fn: AfterHook): void;
    remove(name: "request", fn: AfterHook): void;
  };
  hook.after("request", capture);
  try {
    const { config, files } = await context.octokit.config.get({ owner, repo, path: CONFIG_PATH });
    const found = files.filter((f) => f.config !== null);
    const sources = found.map((f) => `${f.owner}/${f.repo}:${f.path}`);
    if (found.length === 0) return { text: null, file: CONFIG_PATH, sources };
    if (found.length === 1) {
      const f = found[0]!;
      const text = raw.get(`${f.owner}/${f.repo}:${f.path}`.toLowerCase())?.text;
      // A file that `_extends` another is merged by the loader: validate the merged result instead.
      if (text !== undefined && !/^_extends\s*:/m.test(text))
        return { text, file: label(f.owner, f.repo, f.path), sources };
    }
    return { text: stringify(config ?? {}), file: CONFIG_PATH, sources };
  } catch (e) {
    if (typeof (e as { status?: unknown }).status === "number") throw e;
    // @probot/octokit-plugin-config throws a plain Error when a file is not valid YAML (or is a
    // directory): hand the file's text to the pipeline so parseConfig reports it with its line.
    const broken = [...raw.values()].at(-1);
    if (broken) {
      return {
        text: broken.text,
        file: label(broken.owner, broken.repo, broken.path),
        sources: [`${broken.owner}/${broken.repo}:${broken.path}`],
      };
    }
    throw e;
  } finally {
    hook.remove("request", capture);
  }
}
