/**
 * `ChangeSource`s over GitHub: a pull request (`pulls.listFiles`), and a comparison of two commits
 * (`repos.compareCommitsWithBasehead`) for merge groups and pushes. Texts are read through the
 * port's batched GraphQL read in both cases, so the request count stays constant.
 */
import type { Change, ChangeSource } from "../ports/index.js";
import type { ReleasesPort } from "./releases.js";
import { MAX_LISTED_FILES, type OctokitLike } from "./octokit.js";
import {
  GitHubApiError,
  type ChangedFile,
  type ChangedFileStatus,
  type ChangedFiles,
  type GitHubPort,
} from "./port.js";

/** GitHub's compare API lists at most 300 files (in pages of up to 100). */
export const MAX_COMPARED_FILES = 300;

/** The changed files of pull request `number`, compared `baseSha`…`headSha`. */
export function pullRequestSource(
  port: GitHubPort,
  pr: { number: number; baseSha: string; headSha: string },
): ChangeSource {
  const change: Change = {
    kind: "pull-request",
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    pullRequest: pr.number,
    label: `pull request #${pr.number}`,
    listingCap: MAX_LISTED_FILES,
  };
  return {
    change,
    listChanged: () => port.listChangedFiles(pr.number),
    readTexts: (files) => port.readFiles(files),
    ...(port.listFiles ? { listTree: (ref: string) => port.listFiles!(ref) } : {}),
  };
}

/**
 * Two commits compared (`GET /repos/{owner}/{repo}/compare/{base}...{head}`): a merge group's
 * `base_sha`…`head_sha`, or a push's `before`…`after`. No pull request: the review is a check run.
 */
export function compareSource(
  octokit: OctokitLike,
  port: GitHubPort,
  range: { baseSha: string; headSha: string; kind: "merge-group" | "push"; label?: string },
): ChangeSource {
  const { owner, repo } = port.repo;
  const change: Change = {
    kind: range.kind,
    baseSha: range.baseSha,
    headSha: range.headSha,
    pullRequest: null,
    label:
      range.label ??
      `${range.kind === "merge-group" ? "merge group" : "push"} ${range.baseSha.slice(0, 7)}…${range.headSha.slice(0, 7)}`,
    listingCap: MAX_COMPARED_FILES,
  };
  async function listChanged(): Promise<ChangedFiles> {
    const files: ChangedFile[] = [];
    for (let page = 1; page <= MAX_COMPARED_FILES / 100; page++) {
      let res: Awaited<ReturnType<OctokitLike["request"]>>;
      try {
        res = await octokit.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
          owner,
          repo,
          basehead: `${range.baseSha}...${range.headSha}`,
          per_page: 100,
          page,
        });
      } catch (e) {
        const err = e as { status?: number; message?: string };
        throw new GitHubApiError(
          "GET /repos/{owner}/{repo}/compare/{basehead}",
          typeof err.status === "number" ? err.status : null,
          err.message ?? String(e),
          { cause: e },
        );
      }
      const data = res.data as {
        files?: { filename: string; status: ChangedFileStatus; previous_filename?: string }[];
      };
      const batch = data.files ?? [];
      for (const f of batch) {
        const entry: ChangedFile = { path: f.filename, status: f.status };
        if (f.previous_filename !== undefined) entry.previousPath = f.previous_filename;
        files.push(entry);
      }
      const link = typeof res.headers.link === "string" ? res.headers.link : "";
      if (batch.length < 100 || !/rel="next"/.test(link)) break;
    }
    return { files, truncated: files.length >= MAX_COMPARED_FILES };
  }
  return {
    change,
    listChanged,
    readTexts: (files) => port.readFiles(files),
    ...(port.listFiles ? { listTree: (ref: string) => port.listFiles!(ref) } : {}),
  };
}

/**
 * A push's net change from two tree listings (`ReleasesPort.diffTrees`, two requests; renames of
 * identical content paired), texts through the port's batched read. No pull request, no check run:
 * the draft release's notes are read from it (src/app/release.ts).
 */
export function treeDiffSource(
  releases: Pick<ReleasesPort, "diffTrees">,
  files: Pick<GitHubPort, "readFiles">,
  range: { baseSha: string; headSha: string },
): ChangeSource {
  return {
    change: {
      kind: "push",
      baseSha: range.baseSha,
      headSha: range.headSha,
      pullRequest: null,
      label: `push ${range.baseSha.slice(0, 7)}…${range.headSha.slice(0, 7)}`,
      listingCap: Number.POSITIVE_INFINITY,
    },
    listChanged: () => releases.diffTrees(range.baseSha, range.headSha),
    readTexts: (requests) => files.readFiles(requests),
  };
}
