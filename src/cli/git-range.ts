/**
 * Reads a git range for the CLI: which files differ between two refs (the net change, whatever
 * commits lie between) and their texts at both ends, as the core's `FilePair`s.
 *
 * Two git processes per range, however many files changed: `git diff --name-status -z -M` for the
 * list and one `git cat-file --batch` for every blob.
 */
import { execFile, spawn } from "node:child_process";
import picomatch from "picomatch";
import type { FilePair } from "../core/types.js";

export class GitError extends Error {
  override readonly name = "GitError";
}

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err) {
        const detail = (stderr || err.message).trim().split("\n")[0] ?? "";
        reject(new GitError(`git ${args[0]} failed: ${detail}`));
      } else resolve(stdout);
    });
  });
}

/** The full commit SHA a ref names; a GitError saying which ref when it names no commit. */
export async function resolveCommit(cwd: string, ref: string): Promise<string> {
  try {
    return (
      await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])
    ).trim();
  } catch {
    throw new GitError(`"${ref}" is not a commit in ${cwd} (a tag, branch or SHA was expected)`);
  }
}

export interface RangeEntry {
  status: "added" | "modified" | "deleted" | "renamed";
  path: string;
  previousPath?: string;
}

/** Files that differ between two commits, renames detected as git does (`-M`, 50 % similarity). */
export async function diffRange(cwd: string, from: string, to: string): Promise<RangeEntry[]> {
  const out = await git(cwd, [
    "diff",
    "--name-status",
    "-z",
    "-M",
    "--no-ext-diff",
    "--no-textconv",
    from,
    to,
    "--",
  ]);
  const parts = out.split("\0");
  const entries: RangeEntry[] = [];
  for (let i = 0; i < parts.length;) {
    const code = parts[i++];
    if (!code) continue;
    const letter = code[0];
    if (letter === "R" || letter === "C") {
      const previousPath = parts[i++]!;
      const path = parts[i++]!;
      if (letter === "R") entries.push({ status: "renamed", path, previousPath });
      else entries.push({ status: "added", path });
    } else {
      const path = parts[i++]!;
      if (letter === "A") entries.push({ status: "added", path });
      else if (letter === "D") entries.push({ status: "deleted", path });
      else entries.push({ status: "modified", path }); // M, T (type change)
    }
  }
  return entries;
}

/** Texts of `ref:path` objects in one `git cat-file --batch`; null for missing objects. */
export function readBlobs(cwd: string, specs: string[]): Promise<(string | null)[]> {
  if (specs.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("error", (e) => reject(new GitError(`git cat-file failed: ${e.message}`)));
    child.on("close", (code) => {
      if (code !== 0) return reject(new GitError(`git cat-file failed: ${stderr.trim()}`));
      const buf = Buffer.concat(chunks);
      const texts: (string | null)[] = [];
      let pos = 0;
      for (let k = 0; k < specs.length; k++) {
        const nl = buf.indexOf(10, pos);
        if (nl === -1) return reject(new GitError("git cat-file: output ended early"));
        const header = buf.subarray(pos, nl).toString("utf8");
        pos = nl + 1;
        const m = /^\S+ (\w+) (\d+)$/.exec(header);
        if (!m) {
          texts.push(null); // "<spec> missing" / "ambiguous"
          continue;
        }
        const size = Number(m[2]);
        texts.push(m[1] === "blob" ? buf.subarray(pos, pos + size).toString("utf8") : null);
        pos += size + 1;
      }
      resolve(texts);
    });
    // Paths with newlines cannot be named on a batch line; they read as missing.
    child.stdin.end(specs.map((s) => s.replace(/\n/g, "?")).join("\n") + "\n");
  });
}

/**
 * The changed files of a range whose path (or previous path) matches one of `globs`, with their texts
 * at both ends. `from` and `to` should be full SHAs (see `resolveCommit`).
 */
export async function filePairsInRange(
  cwd: string,
  from: string,
  to: string,
  globs: string[],
): Promise<FilePair[]> {
  const match = picomatch(globs, { dot: true });
  const entries = (await diffRange(cwd, from, to)).filter(
    (e) => match(e.path) || (e.previousPath !== undefined && match(e.previousPath)),
  );
  const specs: string[] = [];
  for (const e of entries) {
    if (e.status !== "added") specs.push(`${from}:${e.previousPath ?? e.path}`);
    if (e.status !== "deleted") specs.push(`${to}:${e.path}`);
  }
  const texts = await readBlobs(cwd, specs);
  let k = 0;
  return entries.map((e) => {
    const pair: FilePair = { path: e.path };
    if (e.previousPath !== undefined) pair.previousPath = e.previousPath;
    if (e.status !== "added") {
      const t = texts[k++];
      if (t !== null && t !== undefined) pair.base = t;
    }
    if (e.status !== "deleted") {
      const t = texts[k++];
      if (t !== null && t !== undefined) pair.head = t;
    }
    return pair;
  });
}
