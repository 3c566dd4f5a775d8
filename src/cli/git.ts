/**
 * The few git operations `modelspec-review review` needs, over `git` itself (child_process), all of
 * them NUL-safe: no path ever travels on a newline-separated channel, so a file named `a\nb.yaml`
 * cannot shift what is read for the files after it.
 *
 * - `changedFiles` lists what differs between two trees with `git diff --raw -z -M`: statuses,
 *   renames, modes and the blob ids of both sides. The working tree is first snapshotted into a
 *   tree of its own (a throw-away index, `git add -A`, `git write-tree`), so worktree mode sees
 *   renames, modifications and untracked files exactly as a commit would, and a symlink is a link
 *   (mode 120000), never the file it points to.
 * - `readObjects` reads blobs by object id in one `git cat-file --batch` (ids are hex: no quoting).
 *
 * No shell: arguments are passed as an array.
 */
import { makeFinding } from "../core/findings.js";
import { execFile, spawn } from "node:child_process";
import { copyFile, mkdtemp, rm, stat, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { promisify } from "node:util";
import type { Finding } from "../core/types.js";

const run = promisify(execFile);

/** A git command failed; the message is git's stderr. */
export class GitError extends Error {
  override name = "GitError";
}

/** Run git in `cwd` and resolve to its stdout; a failure rejects with a GitError. */
export async function git(cwd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await run("git", args, {
      cwd,
      maxBuffer: 256 * 1024 * 1024,
      encoding: "utf8",
      ...(env ? { env } : {}),
    });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message?: string };
    throw new GitError((e.stderr || e.message || String(err)).trim());
  }
}

/** Git file modes that are not a regular file's text: a symbolic link and a submodule (gitlink). */
export const SYMLINK_MODE = "120000";
/** Git file mode of a submodule (gitlink). */
export const GITLINK_MODE = "160000";

/** One file changed between two git revisions, with its object ids and modes at both ends. */
export interface ChangedFile {
  status: "added" | "modified" | "deleted" | "renamed";
  path: string;
  previousPath?: string;
  /** Blob id and mode at the base side (absent when added). */
  baseObject?: string;
  baseMode?: string;
  /** Blob id and mode at the head side (absent when deleted). */
  headObject?: string;
  headMode?: string;
}

const NULL_OID = /^0+$/;

/**
 * A tree object of the working tree as `git add -A` would stage it (untracked files that git does
 * not ignore included), built in a temporary copy of the index so the user's index is untouched.
 * The blobs it writes are ordinary loose objects (git gc removes them if nothing refers to them).
 */
export async function worktreeTree(root: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "msr-index-"));
  try {
    const index = join(dir, "index");
    const real = (await git(root, ["rev-parse", "--git-path", "index"])).trim();
    // Starting from the real index keeps its stat cache: only changed files are hashed again. The
    // copy keeps the index's own mtime, which git's racy-clean check compares entries against
    // (a fresh mtime would make a same-size edit made in the index's second look unchanged).
    const source = isAbsolute(real) ? real : join(root, real);
    const copied = await copyFile(source, index).then(
      () => true,
      () => false,
    );
    if (copied) {
      const st = await stat(source);
      await utimes(index, st.atime, st.mtime);
    }
    const env = { ...process.env, GIT_INDEX_FILE: index };
    await git(root, ["add", "-A", "--", "."], env);
    return (await git(root, ["write-tree"], env)).trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Files that differ between `base` and `head` (a revision or tree; null for the working tree),
 * with rename detection, from `git diff --raw -z` (NUL-separated, full object ids).
 */
export async function changedFiles(cwd: string, base: string, head: string | null): Promise<ChangedFile[]> {
  const to = head ?? (await worktreeTree(cwd));
  const out = await git(cwd, [
    "-c",
    "core.quotepath=off",
    "diff",
    "--raw",
    "-z",
    "-M",
    "--no-abbrev",
    "--no-ext-diff",
    "--no-textconv",
    base,
    to,
    "--",
  ]);
  const parts = out.split("\0");
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length;) {
    const meta = parts[i++]!;
    if (meta === "") continue;
    // ":100644 100644 <old> <new> M" (R and C carry a score: "R086").
    const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(meta);
    if (!m) throw new GitError(`unexpected git diff --raw record: ${JSON.stringify(meta.slice(0, 200))}`);
    const [, oldMode, newMode, oldId, newId, kind] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const base = NULL_OID.test(oldId) ? {} : { baseObject: oldId, baseMode: oldMode };
    const head = NULL_OID.test(newId) ? {} : { headObject: newId, headMode: newMode };
    if (kind === "R" || kind === "C") {
      const from = parts[i++]!;
      const path = parts[i++]!;
      files.push(
        kind === "R"
          ? { status: "renamed", path, previousPath: from, ...base, ...head }
          : { status: "added", path, ...head },
      );
      continue;
    }
    const path = parts[i++]!;
    if (kind === "A") files.push({ status: "added", path, ...head });
    else if (kind === "D") files.push({ status: "deleted", path, ...base });
    else if (kind === "M" || kind === "T") files.push({ status: "modified", path, ...base, ...head });
  }
  return files;
}

/** Reads blobs by object id in one `git cat-file --batch`; a missing object maps to undefined. */
export async function readObjects(cwd: string, ids: string[]): Promise<Map<string, Buffer | undefined>> {
  const result = new Map<string, Buffer | undefined>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return result;
  for (const id of unique) if (!/^[0-9a-f]{4,64}$/.test(id)) throw new GitError(`not an object id: ${id}`);
  const buf = await catFileBatch(cwd, unique.map((id) => `${id}\n`).join(""));
  let pos = 0;
  for (const id of unique) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl === -1) throw new GitError(`unexpected end of git cat-file output at ${id}`);
    const header = buf.subarray(pos, nl).toString("utf8");
    pos = nl + 1;
    if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
      result.set(id, undefined);
      continue;
    }
    const size = Number(header.split(" ")[2]);
    if (!Number.isFinite(size)) throw new GitError(`unexpected git cat-file header: ${header}`);
    result.set(id, buf.subarray(pos, pos + size));
    pos += size + 1;
  }
  return result;
}

async function catFileBatch(cwd: string, input: string): Promise<Buffer> {
  const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
  const chunks: Buffer[] = [];
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => chunks.push(c));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new GitError(stderr.trim() || `git cat-file exited ${code}`)),
    );
  });
  child.stdin.end(input);
  await done;
  return Buffer.concat(chunks);
}

/**
 * The bytes of `rev:path` blobs. Paths are resolved to object ids with `git ls-tree -z` (literal
 * pathspecs), never written on cat-file's line-based input, so a newline in a name cannot shift the
 * answers; links and submodules map to undefined.
 */
export async function readBlobBytes(cwd: string, specs: string[]): Promise<Map<string, Buffer | undefined>> {
  const byRev = new Map<string, string[]>();
  for (const s of specs) {
    const colon = s.indexOf(":");
    if (colon < 1) throw new GitError(`not a rev:path: ${s}`);
    const rev = s.slice(0, colon);
    byRev.set(rev, [...(byRev.get(rev) ?? []), s.slice(colon + 1)]);
  }
  const ids = new Map<string, string>();
  for (const [rev, paths] of byRev) {
    const out = await git(cwd, ["--literal-pathspecs", "ls-tree", "-z", "--full-tree", rev, "--", ...paths]);
    for (const entry of out.split("\0")) {
      const m = /^(\d{6}) (\w+) ([0-9a-f]+)\t([\s\S]*)$/.exec(entry);
      if (m && m[2] === "blob" && m[1] !== SYMLINK_MODE) ids.set(`${rev}:${m[4]}`, m[3]!);
    }
  }
  const blobs = await readObjects(cwd, [...ids.values()]);
  const result = new Map<string, Buffer | undefined>();
  for (const s of specs) {
    const id = ids.get(s);
    result.set(s, id === undefined ? undefined : blobs.get(id));
  }
  return result;
}

/** `readBlobBytes` as text (drift's manifests and the release notes' config). */
export async function readBlobs(cwd: string, specs: string[]): Promise<Map<string, string | undefined>> {
  const bytes = await readBlobBytes(cwd, specs);
  return new Map(specs.map((s) => [s, bytes.get(s)?.toString("utf8")]));
}

/** The finding that stands for a changed side that is a symbolic link or a submodule. */
export function linkFinding(file: string, symlink: boolean): Finding {
  return makeFinding(
    "parse/symlink",
    "error",
    "parse",
    { file, pointer: "", line: 1, column: 1 },
    symlink
      ? "This path is a symbolic link; modelspec-review does not follow links (its target could be outside the repository)."
      : "This path is a submodule, not a file.",
    { hint: "Commit the ModelSpec itself at this path instead of a link to it." },
  );
}

/**
 * Reads `path` (relative to `root`) from the working tree the way the review may: only a regular
 * file whose real location is inside `root`, decoded as strict UTF-8. A symbolic link (or a path
 * through one that leaves the repository), a missing file or undecodable bytes give `undefined`, so a
 * link to `/etc/passwd` or to a YAML file outside the repository is never read (issue #15, defect 2,
 * for the drift manifests and committed model configs that worktree mode reads besides the specs).
 */
export async function readWorktreeFile(root: string, path: string): Promise<string | undefined> {
  const { lstat, readFile, realpath } = await import("node:fs/promises");
  const { join, relative, isAbsolute } = await import("node:path");
  try {
    const abs = join(root, path);
    if (!(await lstat(abs)).isFile()) return undefined;
    const rel = relative(await realpath(root), await realpath(abs));
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return undefined;
    return new TextDecoder("utf-8", { fatal: true }).decode(await readFile(abs));
  } catch {
    return undefined;
  }
}
