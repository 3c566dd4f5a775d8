/**
 * The on-disk Hugging Face cache, in huggingface_hub's own layout so a cache the user already has
 * (or restores with actions/cache) serves us and what we write serves them:
 *
 *   <hub cache>/models--<org>--<name>/refs/<revision>            → commit hash
 *   <hub cache>/models--<org>--<name>/snapshots/<commit>/<file>
 *
 * (huggingface_hub stores blobs and symlinks snapshot files to them; plain files in `snapshots/`
 * are what it writes where symlinks are unavailable, and what it reads either way.)
 * Location: HF_HUB_CACHE, else HF_HOME/hub, else XDG_CACHE_HOME/huggingface/hub, else
 * ~/.cache/huggingface/hub — huggingface_hub's constants.py order.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

/** The hub cache directory the environment names (huggingface_hub's resolution order). */
export function hubCacheDir(env: Record<string, string | undefined>): string {
  if (env.HF_HUB_CACHE) return env.HF_HUB_CACHE;
  if (env.HF_HOME) return join(env.HF_HOME, "hub");
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "huggingface", "hub");
  return join(homedir(), ".cache", "huggingface", "hub");
}

function repoDir(cache: string, repo: string): string {
  return join(cache, `models--${repo.split("/").join("--")}`);
}

const COMMIT = /^[0-9a-f]{40}$/;

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

/** Cached files of `repo` at `revision` (a branch, tag or commit), or null when config.json is not cached. */
export async function readCached(
  cache: string,
  repo: string,
  revision: string,
): Promise<{ commit: string; config: string; index: string | null; path: string } | null> {
  const dir = repoDir(cache, repo);
  const commit = COMMIT.test(revision) ? revision : (await readText(join(dir, "refs", revision)))?.trim();
  if (!commit || !COMMIT.test(commit)) return null;
  const snap = join(dir, "snapshots", commit);
  const config = await readText(join(snap, "config.json"));
  if (config === null) return null;
  return {
    commit,
    config,
    index: await readText(join(snap, "model.safetensors.index.json")),
    path: join(snap, "config.json"),
  };
}

async function atomicWrite(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text, "utf8");
  await rename(tmp, path);
}

/** Store fetched files. Best effort: a read-only or full disk only costs the next run a download. */
export async function writeCached(
  cache: string,
  repo: string,
  revision: string,
  commit: string | null,
  files: Record<string, string>,
): Promise<void> {
  try {
    const dir = repoDir(cache, repo);
    const id = commit && COMMIT.test(commit) ? commit : COMMIT.test(revision) ? revision : null;
    if (!id) return; // without a commit hash the snapshot could not be addressed again
    const snap = join(dir, "snapshots", id);
    await mkdir(snap, { recursive: true });
    for (const [name, text] of Object.entries(files)) await atomicWrite(join(snap, name), text);
    if (id !== revision) {
      const refPath = join(dir, "refs", revision);
      await mkdir(join(refPath, ".."), { recursive: true });
      await atomicWrite(refPath, id);
    }
  } catch {
    // best effort
  }
}
