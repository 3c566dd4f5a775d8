/**
 * The few git operations `modelspec-review review` needs, over `git` itself (child_process): list
 * changed files between two revisions (renames detected) and read many blobs in one
 * `git cat-file --batch` round trip. No shell: arguments are passed as an array.
 */
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export class GitError extends Error {
  override name = "GitError";
}

export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message?: string };
    throw new GitError((e.stderr || e.message || String(err)).trim());
  }
}

export interface ChangedFile {
  status: "added" | "modified" | "deleted" | "renamed";
  path: string;
  previousPath?: string;
}

/**
 * Files that differ between `base` and `head` (a revision, or null for the working tree), with
 * rename detection. For the working tree, untracked files that git does not ignore count as added.
 */
export async function changedFiles(cwd: string, base: string, head: string | null): Promise<ChangedFile[]> {
  const range = head === null ? [base] : [base, head];
  const out = await git(cwd, [
    "-c",
    "core.quotepath=off",
    "diff",
    "--name-status",
    "-M",
    "-z",
    "--no-ext-diff",
    ...range,
    "--",
  ]);
  const parts = out.split("\0").filter((p, i, all) => !(p === "" && i === all.length - 1));
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length;) {
    const code = parts[i++]!;
    const kind = code.charAt(0);
    if (kind === "R" || kind === "C") {
      const from = parts[i++]!;
      const to = parts[i++]!;
      files.push(
        kind === "R" ? { status: "renamed", path: to, previousPath: from } : { status: "added", path: to },
      );
    } else {
      const path = parts[i++]!;
      if (kind === "A") files.push({ status: "added", path });
      else if (kind === "D") files.push({ status: "deleted", path });
      else if (kind === "M" || kind === "T") files.push({ status: "modified", path });
    }
  }
  if (head === null) {
    const untracked = await git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]);
    for (const path of untracked.split("\0").filter(Boolean)) files.push({ status: "added", path });
  }
  return files;
}

/** Reads `rev:path` blobs in one `git cat-file --batch`; a missing object maps to undefined. */
export async function readBlobs(cwd: string, specs: string[]): Promise<Map<string, string | undefined>> {
  const result = new Map<string, string | undefined>();
  if (specs.length === 0) return result;
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
  child.stdin.end(specs.map((s) => `${s}\n`).join(""));
  await done;
  const buf = Buffer.concat(chunks);
  let pos = 0;
  for (const spec of specs) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl === -1) throw new GitError(`unexpected end of git cat-file output at ${spec}`);
    const header = buf.subarray(pos, nl).toString("utf8");
    pos = nl + 1;
    if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
      result.set(spec, undefined);
      continue;
    }
    const size = Number(header.split(" ")[2]);
    if (!Number.isFinite(size)) throw new GitError(`unexpected git cat-file header: ${header}`);
    result.set(spec, buf.subarray(pos, pos + size).toString("utf8"));
    pos += size + 1;
  }
  return result;
}
