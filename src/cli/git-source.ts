/**
 * The local-git `ChangeSource`: what changed between two revisions of a repository on disk (or
 * between a revision and the working tree), and the texts at both ends, over the NUL-safe plumbing
 * of ./git.ts. The review itself is the shared flow (`reviewChange`); this file only reads.
 *
 * Guarantees (issue #15): a changed side that is a symbolic link or a submodule is never followed
 * or read, and bytes that are not UTF-8 are never decoded lossily — both become the side's finding
 * (`parse/symlink`, `parse/invalid-encoding`); other files (config, model configs, manifests) are
 * read only as regular files inside the repository, as strict UTF-8, else treated as absent.
 */
import { decodeText } from "../core/parse.js";
import type { ChangedFile, ChangedFiles } from "../core/collect.js";
import type { Finding } from "../core/types.js";
import { fileKey, type FileRequest, type FileTexts } from "../github/port.js";
import type { Change, ChangeSource } from "../ports/index.js";
import { collectGitDrift } from "./drift.js";
import {
  GITLINK_MODE,
  GitError,
  SYMLINK_MODE,
  changedFiles,
  git,
  linkFinding,
  readBlobBytes,
  readObjects,
  readWorktreeFile,
  worktreeTree,
  type ChangedFile as GitChangedFile,
} from "./git.js";

/** The full commit a revision names, or "" when it names none. */
async function commitOf(root: string, rev: string): Promise<string> {
  return (await git(root, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).catch(() => "")).trim();
}

/** A side of a changed file, known from `git diff --raw`: its blob and mode. */
interface Side {
  id: string;
  mode: string;
  path: string;
}

/**
 * A source comparing `base` with `head` (null: the working tree, untracked files included) as a
 * pull request does: from their merge base, so commits that landed on the base branch after the
 * fork are not blamed on the change (`fromMergeBase: false`: the two revisions themselves, the net
 * change of a release range). Throws `GitError` for an unknown revision or no repository.
 */
export async function localGitSource(
  cwd: string,
  opts: { base: string; head: string | null; fromMergeBase?: boolean },
): Promise<ChangeSource & { root: string }> {
  const root = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  const baseSha = await commitOf(root, opts.base);
  if (!baseSha) throw new GitError(`unknown revision ${opts.base}`);
  let headSha: string | null = null;
  if (opts.head !== null) {
    headSha = await commitOf(root, opts.head);
    if (!headSha) throw new GitError(`unknown revision ${opts.head}`);
  }
  const tip = headSha ?? (await commitOf(root, "HEAD"));
  const mergeBase =
    tip && opts.fromMergeBase !== false
      ? (await git(root, ["merge-base", baseSha, tip]).catch(() => "")).trim()
      : "";
  const compareFrom = mergeBase || baseSha;
  // The working tree as a tree object of its own (links stay links): one snapshot per run.
  const headRef = headSha ?? (await worktreeTree(root));
  const change: Change = {
    kind: "local",
    baseSha: compareFrom,
    headSha: headRef,
    pullRequest: null,
    label: `${opts.base}…${opts.head ?? "working tree"}`,
    listingCap: Number.POSITIVE_INFINITY,
    ...(headSha === null ? { worktree: true } : {}),
    reportBaseSha: baseSha,
  };
  /** Blob and mode of each changed side, by `fileKey(ref, path)`, from the listing. */
  const sides = new Map<string, Side>();

  async function listChanged(): Promise<ChangedFiles> {
    const files: ChangedFile[] = [];
    for (const f of await changedFiles(root, compareFrom, headRef)) {
      const entry: ChangedFile = { path: f.path, status: statusOf(f) };
      if (f.previousPath !== undefined) entry.previousPath = f.previousPath;
      files.push(entry);
      const from = f.previousPath ?? f.path;
      if (f.baseObject && f.baseMode)
        sides.set(fileKey(compareFrom, from), { id: f.baseObject, mode: f.baseMode, path: from });
      if (f.headObject && f.headMode)
        sides.set(fileKey(headRef, f.path), { id: f.headObject, mode: f.headMode, path: f.path });
    }
    return { files, truncated: false };
  }

  async function readTexts(requests: FileRequest[]): Promise<FileTexts> {
    const out: FileTexts = new Map();
    const problems = new Map<string, Finding>();
    out.problems = problems;
    // Changed sides by object id (one cat-file batch); links and submodules are never read.
    const known: [string, Side][] = [];
    const other: FileRequest[] = [];
    for (const r of requests) {
      const key = fileKey(r.ref, r.path);
      const side = sides.get(key);
      if (!side) other.push(r);
      else if (side.mode === SYMLINK_MODE || side.mode === GITLINK_MODE) {
        out.set(key, null);
        problems.set(key, linkFinding(side.path, side.mode === SYMLINK_MODE));
      } else known.push([key, side]);
    }
    const blobs = await readObjects(
      root,
      known.map(([, s]) => s.id),
    );
    for (const [key, side] of known) {
      const bytes = blobs.get(side.id);
      if (bytes === undefined) {
        out.set(key, null);
        continue;
      }
      const decoded = decodeText(side.path, bytes);
      if ("finding" in decoded) {
        out.set(key, null);
        problems.set(key, decoded.finding);
      } else out.set(key, decoded.text);
    }
    // Anything else (config, model configs): the working tree's regular files, or blobs by path.
    const byRef = new Map<string, string[]>();
    for (const r of other) byRef.set(r.ref, [...(byRef.get(r.ref) ?? []), r.path]);
    for (const [ref, paths] of byRef) {
      if (ref === headRef && headSha === null) {
        for (const p of paths) out.set(fileKey(ref, p), (await readWorktreeFile(root, p)) ?? null);
      } else {
        // Regular files only (links and submodules are absent), as strict UTF-8.
        const got = await readBlobBytes(
          root,
          paths.map((p) => `${ref}:${p}`),
        );
        for (const p of paths) {
          const bytes = got.get(`${ref}:${p}`);
          const decoded = bytes === undefined ? null : decodeText(p, bytes);
          out.set(fileKey(ref, p), decoded && "text" in decoded ? decoded.text : null);
        }
      }
    }
    return out;
  }

  return {
    root,
    change,
    listChanged,
    readTexts,
    async repositoryContext(config) {
      // Deployment drift: specs and manifests at both revisions (src/cli/drift.ts collects them).
      const drift = await collectGitDrift(root, compareFrom, headSha, config);
      const listing =
        headSha !== null
          ? await git(root, ["ls-tree", "-r", "--name-only", "-z", headSha])
          : await git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
      return { drift, knownPaths: new Set(listing.split("\0").filter(Boolean)) };
    },
  };
}

function statusOf(f: GitChangedFile): ChangedFile["status"] {
  return f.status === "deleted" ? "removed" : f.status;
}
