/**
 * The few GitHub calls the release-notes handler needs, over any Octokit (only `request` is used):
 * list releases, create and update one, and the files that differ between two commits.
 *
 * Changed files come from the two commits' recursive git trees (two requests, however many files
 * changed or commits the push held), compared by blob SHA: that is the net change between the two
 * commits, with exact-content renames paired up, which is what release notes describe.
 */
import type { ChangedFile, RepoRef } from "./port.js";
import { GitHubApiError, PermissionDeniedError } from "./port.js";
import type { OctokitLike } from "./octokit.js";

/** A GitHub release as the draft-release flow reads it (REST fields in camelCase). */
export interface ReleaseInfo {
  id: number;
  tagName: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  htmlUrl?: string;
}

/** The fields of a release to create (`createRelease`). */
export interface NewRelease {
  tagName: string;
  name: string;
  body: string;
  draft: boolean;
  targetCommitish?: string;
}

/** The files that differ between two commits' trees, as `diffTrees` returns them. */
export interface TreeDiff {
  files: ChangedFile[];
  /** True when GitHub cut either tree listing short (very large repositories): files may be missing. */
  truncated: boolean;
}

/** What the draft-release flow asks of GitHub: list, create and update releases, and diff two commits' trees. */
export interface ReleasesPort {
  readonly repo: RepoRef;
  /** The newest releases, drafts included (one page of 100: drafts are the newest). */
  listReleases(): Promise<ReleaseInfo[]>;
  createRelease(release: NewRelease): Promise<ReleaseInfo>;
  updateRelease(id: number, patch: { body: string }): Promise<ReleaseInfo>;
  /** Files that differ between two commits (net change), with renames of identical content paired. */
  diffTrees(base: string, head: string): Promise<TreeDiff>;
}

/** GitHub's limit on a release body. */
export const RELEASE_BODY_MAX = 125_000;

interface RestRelease {
  id: number;
  tag_name: string;
  name?: string | null;
  body?: string | null;
  draft: boolean;
  prerelease: boolean;
  html_url?: string;
}

interface RestTree {
  truncated?: boolean;
  tree: { path: string; type: string; sha: string }[];
}

function toRelease(r: RestRelease): ReleaseInfo {
  const out: ReleaseInfo = {
    id: r.id,
    tagName: r.tag_name,
    name: r.name ?? null,
    body: r.body ?? null,
    draft: r.draft,
    prerelease: r.prerelease,
  };
  if (r.html_url) out.htmlUrl = r.html_url;
  return out;
}

function failure(label: string, permission: string, e: unknown): Error {
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const detail = err.response?.data?.message ?? err.message ?? String(e);
  if (err.status === 403 && !/rate limit/i.test(detail))
    return new PermissionDeniedError(label, permission, 403, detail);
  return new GitHubApiError(label, typeof err.status === "number" ? err.status : null, detail, { cause: e });
}

/** Compares two path → blob SHA maps: added, modified, removed, and renamed (identical content). */
export function diffBlobMaps(base: Map<string, string>, head: Map<string, string>): ChangedFile[] {
  const removed = [...base.keys()].filter((p) => !head.has(p)).sort();
  const added = [...head.keys()].filter((p) => !base.has(p)).sort();
  const renamedFrom = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of added) {
    const old = removed.find((r) => !taken.has(r) && base.get(r) === head.get(p));
    if (old) {
      renamedFrom.set(p, old);
      taken.add(old);
    }
  }
  const out: ChangedFile[] = [];
  for (const p of [...new Set([...base.keys(), ...head.keys()])].sort()) {
    const b = base.get(p);
    const h = head.get(p);
    if (h !== undefined && renamedFrom.has(p))
      out.push({ path: p, status: "renamed", previousPath: renamedFrom.get(p)! });
    else if (b === undefined && h !== undefined) out.push({ path: p, status: "added" });
    else if (b !== undefined && h === undefined) {
      if (!taken.has(p)) out.push({ path: p, status: "removed" });
    } else if (b !== h) out.push({ path: p, status: "modified" });
  }
  return out;
}

/**
 * The `ReleasesPort` for one repository over any Octokit (REST). Failures surface as
 * `PermissionDeniedError` (403 other than rate limiting, naming the `contents` permission) or `GitHubApiError`.
 */
export function createReleasesPort(octokit: OctokitLike, repo: RepoRef): ReleasesPort {
  const { owner, repo: name } = repo;

  async function tree(sha: string): Promise<{ blobs: Map<string, string>; truncated: boolean }> {
    const label = "GET /repos/{owner}/{repo}/git/trees/{tree_sha}";
    try {
      const res = await octokit.request(label, { owner, repo: name, tree_sha: sha, recursive: "1" });
      const data = res.data as RestTree;
      const blobs = new Map<string, string>();
      for (const e of data.tree) if (e.type === "blob") blobs.set(e.path, e.sha);
      return { blobs, truncated: data.truncated === true };
    } catch (e) {
      throw failure("read the repository tree", "contents: read", e);
    }
  }

  return {
    repo: { owner, repo: name },

    async listReleases() {
      try {
        const res = await octokit.request("GET /repos/{owner}/{repo}/releases", {
          owner,
          repo: name,
          per_page: 100,
        });
        return (res.data as RestRelease[]).map(toRelease);
      } catch (e) {
        throw failure("list releases", "contents: read", e);
      }
    },

    async createRelease(r) {
      try {
        const res = await octokit.request("POST /repos/{owner}/{repo}/releases", {
          owner,
          repo: name,
          tag_name: r.tagName,
          name: r.name,
          body: r.body,
          draft: r.draft,
          ...(r.targetCommitish ? { target_commitish: r.targetCommitish } : {}),
        });
        return toRelease(res.data as RestRelease);
      } catch (e) {
        throw failure("create the draft release", "contents: write", e);
      }
    },

    async updateRelease(id, patch) {
      try {
        const res = await octokit.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
          owner,
          repo: name,
          release_id: id,
          body: patch.body,
        });
        return toRelease(res.data as RestRelease);
      } catch (e) {
        throw failure("update the draft release", "contents: write", e);
      }
    },

    async diffTrees(base, head) {
      const [b, h] = await Promise.all([tree(base), tree(head)]);
      return { files: diffBlobMaps(b.blobs, h.blobs), truncated: b.truncated || h.truncated };
    },
  };
}
