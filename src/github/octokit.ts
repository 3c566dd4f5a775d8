/**
 * `GitHubPort` over any Octokit: the Action's (`createActionOctokit`), Probot's `context.octokit`,
 * or `@actions/github`'s `getOctokit`. It needs only `request` and `graphql`, which every Octokit
 * has, so no plugin (rest endpoint methods, paginate) is assumed and the app reuses it unchanged.
 */
import {
  GitHubApiError,
  PermissionDeniedError,
  UnreadableFileError,
  fileKey,
  hasMarkerFor,
  parseCommentMarker,
  withMarker,
  type ChangedFile,
  type ChangedFileStatus,
  type ChangedFiles,
  type CheckRunOutput,
  type CommentRequest,
  type CommentResult,
  type FileRequest,
  type FileTexts,
  type GitHubPort,
  type PullRequestInfo,
  type RepoRef,
} from "./port.js";

/** The part of an Octokit this port uses (structural, so any Octokit version or flavour fits). */
export interface OctokitLike {
  request(
    route: string,
    parameters?: Record<string, unknown>,
  ): Promise<{ status: number; headers: Record<string, unknown>; data: unknown }>;
  graphql(query: string, parameters?: Record<string, unknown>): Promise<unknown>;
}

export interface OctokitPortOptions {
  /** Most `object(expression:)` aliases per GraphQL request (default 1000, so 300 specs at two refs fit in one; halved on node-limit errors or timeouts). */
  graphqlBatchSize?: number;
  /** Where to say what happened (fallbacks, skipped writes). Defaults to nothing. */
  log?: (message: string) => void;
}

/** GitHub lists at most 3,000 files of a PR: 30 pages of 100. */
export const MAX_LISTED_FILES = 3000;
const PER_PAGE = 100;
const COMMENT_MAX = 65_536;
const CHECK_TEXT_MAX = 65_535;
const CHECK_TITLE_MAX = 1000;

interface RestComment {
  id: number;
  node_id: string;
  body?: string | null;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
}

interface Blob {
  text: string | null;
  isBinary: boolean | null;
  isTruncated: boolean;
}

export function createOctokitPort(
  octokit: OctokitLike,
  repo: RepoRef,
  options: OctokitPortOptions = {},
): GitHubPort {
  const { owner, repo: name } = repo;
  const log = options.log ?? (() => {});
  const batchSize = Math.max(1, options.graphqlBatchSize ?? 1000);

  /** Runs one API call, turning failures into errors that name the call. */
  async function call<T>(label: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw apiError(label, e);
    }
  }

  async function getPullRequest(number: number): Promise<PullRequestInfo> {
    const res = await call("GET /repos/{owner}/{repo}/pulls/{pull_number}", () =>
      octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
        owner,
        repo: name,
        pull_number: number,
      }),
    );
    const d = res.data as {
      number: number;
      state: "open" | "closed";
      head: { sha: string; repo?: { full_name?: string } | null };
      base: { sha: string; ref: string };
    };
    const headRepo = d.head.repo?.full_name ?? null;
    return {
      number: d.number,
      headSha: d.head.sha,
      baseSha: d.base.sha,
      baseRef: d.base.ref,
      state: d.state,
      headRepo: headRepo && headRepo.toLowerCase() !== `${owner}/${name}`.toLowerCase() ? headRepo : null,
    };
  }

  async function listChangedFiles(number: number): Promise<ChangedFiles> {
    const files: ChangedFile[] = [];
    for (let page = 1; page <= MAX_LISTED_FILES / PER_PAGE; page++) {
      const res = await call("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", () =>
        octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
          owner,
          repo: name,
          pull_number: number,
          per_page: PER_PAGE,
          page,
        }),
      );
      const data = res.data as { filename: string; status: ChangedFileStatus; previous_filename?: string }[];
      for (const f of data) {
        const entry: ChangedFile = { path: f.filename, status: f.status };
        if (f.previous_filename !== undefined) entry.previousPath = f.previous_filename;
        files.push(entry);
      }
      const link = typeof res.headers.link === "string" ? res.headers.link : "";
      if (data.length < PER_PAGE || !/rel="next"/.test(link)) break;
    }
    // GitHub gives no sign of the cap but the count: at 3,000 entries assume more were left out.
    return { files, truncated: files.length >= MAX_LISTED_FILES };
  }

  async function readFiles(requests: FileRequest[]): Promise<FileTexts> {
    const out: FileTexts = new Map();
    const unique = new Map<string, FileRequest>();
    for (const r of requests) unique.set(fileKey(r.ref, r.path), r);
    const all = [...unique.values()];
    const needRest: FileRequest[] = [];
    let size = batchSize;
    for (let i = 0; i < all.length;) {
      const chunk = all.slice(i, i + size);
      const result = await readChunkGraphql(chunk);
      if (result === "too-large" && size > 1) {
        size = Math.max(1, Math.floor(size / 2));
        log(`GraphQL refused ${chunk.length} objects in one query; retrying with ${size}.`);
        continue;
      }
      if (result === "too-large" || result === "failed") {
        needRest.push(...chunk);
      } else {
        chunk.forEach((r, j) => {
          const blob = result[j];
          if (!blob) out.set(fileKey(r.ref, r.path), null);
          else if (blob.isBinary) out.set(fileKey(r.ref, r.path), null);
          else if (typeof blob.text !== "string" || blob.isTruncated) needRest.push(r);
          else out.set(fileKey(r.ref, r.path), blob.text);
        });
      }
      i += chunk.length;
    }
    // REST fallback, one request per file: only for what GraphQL could not give (large blobs, or
    // GraphQL unavailable). Raw media type so files over 1 MB still come back.
    const unreadable: { file: FileRequest; detail: string }[] = [];
    let cause: unknown;
    for (const r of needRest) {
      try {
        out.set(fileKey(r.ref, r.path), await readFileRest(r));
      } catch (e) {
        cause ??= e;
        unreadable.push({ file: r, detail: (e as Error).message });
      }
    }
    if (unreadable.length > 0) throw new UnreadableFileError(unreadable, { cause });
    return out;
  }

  async function readChunkGraphql(chunk: FileRequest[]): Promise<(Blob | null)[] | "too-large" | "failed"> {
    const vars: Record<string, unknown> = { owner, name };
    const decls = ["$owner: String!", "$name: String!"];
    const fields: string[] = [];
    chunk.forEach((r, j) => {
      vars[`e${j}`] = `${r.ref}:${r.path}`;
      decls.push(`$e${j}: String!`);
      fields.push(`f${j}: object(expression: $e${j}) { ... on Blob { text isBinary isTruncated } }`);
    });
    const query = `query(${decls.join(", ")}) {\n  repository(owner: $owner, name: $name) {\n    ${fields.join("\n    ")}\n  }\n}`;
    try {
      const res = (await octokit.graphql(query, vars)) as { repository: Record<string, Blob | null> | null };
      if (!res.repository) return "failed";
      return chunk.map((_, j) => res.repository![`f${j}`] ?? null);
    } catch (e) {
      const err = e as { errors?: { type?: string; message?: string }[]; status?: number; message?: string };
      const text = `${(err.errors ?? []).map((x) => `${x.type ?? ""} ${x.message ?? ""}`).join("; ")} ${err.message ?? ""}`;
      if (
        /MAX_NODE_LIMIT|exceeds the maximum|too (large|many)|timeout|timed out/i.test(text) ||
        err.status === 502
      ) {
        return "too-large";
      }
      log(`GraphQL file read failed (${text.trim().slice(0, 200)}); falling back to the contents API.`);
      return "failed";
    }
  }

  async function readFileRest(r: FileRequest): Promise<string | null> {
    const label = "GET /repos/{owner}/{repo}/contents/{path}";
    let data: unknown;
    try {
      const res = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
        owner,
        repo: name,
        path: r.path,
        ref: r.ref,
        headers: { accept: "application/vnd.github.raw" },
      });
      data = res.data;
    } catch (e) {
      if ((e as { status?: number }).status === 404) return null;
      throw apiError(label, e);
    }
    // Octokit hands the raw media type over as a string only when the answer names a UTF-8
    // charset; GitHub's `application/vnd.github.raw` (no charset) arrives as an ArrayBuffer.
    const text = decodeBody(data);
    if (text === null)
      throw new Error(
        "the contents API did not answer with the file's UTF-8 text (a directory, a submodule or a link?)",
      );
    return text;
  }

  async function listMarkedComments(issueNumber: number, tag: string): Promise<RestComment[]> {
    const marked: RestComment[] = [];
    for (let page = 1; ; page++) {
      const res = await call("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", () =>
        octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          owner,
          repo: name,
          issue_number: issueNumber,
          per_page: PER_PAGE,
          page,
        }),
      );
      const data = res.data as RestComment[];
      for (const c of data) {
        if (c.user?.type !== "Bot") continue; // a person quoting our marker is not our comment
        if (hasMarkerFor(c.body ?? "", tag)) marked.push(c);
      }
      const link = typeof res.headers.link === "string" ? res.headers.link : "";
      if (data.length < PER_PAGE || !/rel="next"/.test(link)) break;
    }
    return marked;
  }

  /** Writes guarded against 403 "Resource not accessible by integration" (fork PRs, missing scopes). */
  async function write<T>(
    label: string,
    operation: string,
    permission: string,
    fn: () => Promise<T>,
  ): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      const denied = permissionDenied(e);
      if (denied) throw new PermissionDeniedError(operation, permission, denied.status, denied.message);
      throw apiError(label, e);
    }
  }

  async function createComment(issueNumber: number, body: string): Promise<RestComment> {
    const res = await write(
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      "comment on the pull request",
      "pull-requests: write",
      () =>
        octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          owner,
          repo: name,
          issue_number: issueNumber,
          body,
        }),
    );
    return res.data as RestComment;
  }

  async function updateComment(id: number, body: string): Promise<RestComment> {
    const res = await write(
      "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      "update the pull request comment",
      "pull-requests: write",
      () =>
        octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          owner,
          repo: name,
          comment_id: id,
          body,
        }),
    );
    return res.data as RestComment;
  }

  async function deleteComment(id: number): Promise<void> {
    await write(
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
      "delete an older pull request comment",
      "pull-requests: write",
      () =>
        octokit.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          owner,
          repo: name,
          comment_id: id,
        }),
    );
  }

  async function minimizeComment(nodeId: string): Promise<void> {
    await write(
      "POST /graphql (minimizeComment)",
      "hide an older pull request comment",
      "pull-requests: write",
      () =>
        octokit.graphql(
          "mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }",
          { id: nodeId },
        ),
    );
  }

  /** True when `headSha` is no longer the PR's head: a newer push has (or will have) its own review. */
  async function isStale(issueNumber: number, headSha: string): Promise<boolean> {
    const pr = await getPullRequest(issueNumber);
    return pr.headSha !== headSha;
  }

  async function upsertComment(req: CommentRequest): Promise<CommentResult> {
    if (req.mode === "off") return { outcome: "off" };
    const body = withMarker(clip(req.body, COMMENT_MAX, "comment"), req.tag, req.headSha);
    const marked = await listMarkedComments(req.issueNumber, req.tag);
    const latest = marked.at(-1);
    if (latest) {
      const describes = parseCommentMarker(latest.body ?? "")?.headSha ?? null;
      if (describes !== req.headSha && (await isStale(req.issueNumber, req.headSha))) {
        log(`Not touching comment ${latest.id}: this run reviewed ${req.headSha}, the PR head has moved on.`);
        return { outcome: "stale", commentId: latest.id, url: latest.html_url };
      }
      if (latest.body === body) return { outcome: "unchanged", commentId: latest.id, url: latest.html_url };
    }

    if (req.mode === "update") {
      if (latest) {
        const updated = await updateComment(latest.id, body);
        return { outcome: "updated", commentId: updated.id, url: updated.html_url };
      }
      const created = await createComment(req.issueNumber, body);
      // Two runs may both have found no comment and both created one: keep the oldest, drop ours.
      const after = await listMarkedComments(req.issueNumber, req.tag);
      const first = after[0];
      if (first && first.id !== created.id) {
        await deleteComment(created.id);
        const firstHead = parseCommentMarker(first.body ?? "")?.headSha ?? null;
        if (firstHead !== req.headSha && !(await isStale(req.issueNumber, req.headSha))) {
          const updated = await updateComment(first.id, body);
          return { outcome: "updated", commentId: updated.id, url: updated.html_url };
        }
        return {
          outcome: firstHead === req.headSha ? "unchanged" : "stale",
          commentId: first.id,
          url: first.html_url,
        };
      }
      return { outcome: "created", commentId: created.id, url: created.html_url };
    }

    const created = await createComment(req.issueNumber, body);
    const result: CommentResult = { outcome: "created", commentId: created.id, url: created.html_url };
    if (req.mode === "hide-and-new" && latest) {
      // Earlier runs hid the ones before it; REST cannot tell us which are hidden, so hide the last.
      await minimizeComment(latest.node_id);
      result.hidden = 1;
    } else if (req.mode === "delete-and-new") {
      for (const c of marked) await deleteComment(c.id);
      result.deleted = marked.length;
    }
    return result;
  }

  async function startCheckRun(checkName: string, headSha: string, detailsUrl?: string): Promise<number> {
    const res = await write(
      "POST /repos/{owner}/{repo}/check-runs",
      "create a check run",
      "checks: write",
      () =>
        octokit.request("POST /repos/{owner}/{repo}/check-runs", {
          owner,
          repo: name,
          name: checkName,
          head_sha: headSha,
          status: "in_progress",
          ...(detailsUrl ? { details_url: detailsUrl } : {}),
        }),
    );
    return (res.data as { id: number }).id;
  }

  async function completeCheckRun(id: number, output: CheckRunOutput): Promise<void> {
    const title = clip(output.title, CHECK_TITLE_MAX, "title");
    const summary = clip(output.summary, CHECK_TEXT_MAX, "summary");
    const batches = output.annotationBatches.filter((b) => b.length > 0);
    for (const b of batches) {
      if (b.length > 50) throw new Error(`annotation batch of ${b.length} exceeds GitHub's 50 per request`);
    }
    const patch = (body: Record<string, unknown>): Promise<unknown> =>
      write(
        "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
        "update the check run",
        "checks: write",
        () =>
          octokit.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
            owner,
            repo: name,
            check_run_id: id,
            ...body,
          }),
      );
    await patch({
      status: "completed",
      conclusion: output.conclusion,
      ...(output.detailsUrl ? { details_url: output.detailsUrl } : {}),
      output: {
        title,
        summary,
        ...(output.text !== undefined ? { text: clip(output.text, CHECK_TEXT_MAX, "text") } : {}),
        annotations: batches[0] ?? [],
      },
    });
    // Further batches append (GitHub keeps earlier annotations); the conclusion is already set.
    for (const batch of batches.slice(1)) await patch({ output: { title, summary, annotations: batch } });
  }

  return {
    repo: { owner, repo: name },
    getPullRequest,
    listChangedFiles,
    readFiles,
    upsertComment,
    startCheckRun,
    completeCheckRun,
  };
}

/** 403/404-style "not allowed" answers, told apart from 403 rate limits. */
function permissionDenied(e: unknown): { status: number; message: string } | null {
  const err = e as {
    status?: number;
    message?: string;
    errors?: { type?: string; message?: string }[];
    response?: { data?: { message?: string } };
  };
  const gqlForbidden = err.errors?.find((x) => x.type === "FORBIDDEN");
  if (gqlForbidden) return { status: 403, message: gqlForbidden.message ?? "Forbidden" };
  if (err.status !== 403) return null;
  const message = err.response?.data?.message ?? err.message ?? "Forbidden";
  if (/rate limit/i.test(message)) return null;
  return { status: 403, message };
}

function apiError(label: string, e: unknown): Error {
  if (e instanceof GitHubApiError || e instanceof PermissionDeniedError) return e;
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const detail = err.response?.data?.message ?? err.message ?? String(e);
  return new GitHubApiError(label, typeof err.status === "number" ? err.status : null, detail, { cause: e });
}

/**
 * The text of a contents-API answer: a string as is; an ArrayBuffer or byte view decoded as
 * strict UTF-8 (a bad byte is not silently replaced); anything else (JSON for a directory) is null.
 */
export function decodeBody(data: unknown): string | null {
  if (typeof data === "string") return data;
  let bytes: Uint8Array | null = null;
  if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
  else if (ArrayBuffer.isView(data)) bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (bytes === null) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Keeps a string under a GitHub limit (the renderer should already have; this is the last guard). */
function clip(s: string, max: number, what: string): string {
  if (s.length <= max) return s;
  const note = `\n\n… ${what} cut to GitHub's ${max}-character limit.`;
  return s.slice(0, max - note.length) + note;
}
