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
import { commentWanted, isOurComment, planComment, planDedupe, withMarker } from "../core/comment-policy.js";

/** The part of an Octokit this port uses (structural, so any Octokit version or flavour fits). */
export interface OctokitLike {
  request(
    route: string,
    parameters?: Record<string, unknown>,
  ): Promise<{ status: number; headers: Record<string, unknown>; data: unknown }>;
  graphql(query: string, parameters?: Record<string, unknown>): Promise<unknown>;
}

/** Options of `createOctokitPort`: GraphQL batch size, logging, and the per-request timeout. */
export interface OctokitPortOptions {
  /** Most `object(expression:)` aliases per GraphQL request (default 1000, so 300 specs at two refs fit in one; halved on node-limit errors or timeouts). */
  graphqlBatchSize?: number;
  /** Where to say what happened (fallbacks, skipped writes). Defaults to nothing. */
  log?: (message: string) => void;
  /**
   * Longest wait for one answer (default 20 s). A request past it is aborted, and an aborted
   * request is not retried by Octokit's retry plugin, so a hanging endpoint costs one timeout per
   * call instead of retries × the transport's own timeout.
   */
  requestTimeoutMs?: number;
}

/** Default of `requestTimeoutMs`. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;
/** Most attempts of a create (comment, check run) whose outcome is unknown; each is preceded by a lookup. */
const CREATE_ATTEMPTS = 2;

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

/** A marked comment of ours: the policy's `MarkedComment` plus what the REST API adds. */
type OurComment = RestComment & { body: string };

interface Blob {
  text: string | null;
  isBinary: boolean | null;
  isTruncated: boolean;
}

/**
 * The `GitHubPort` for one repository over any Octokit: file texts in batched GraphQL requests (REST
 * as fallback), the rest over REST, every request bounded by `requestTimeoutMs`. Failures surface
 * as `PermissionDeniedError` (with the permission to grant) or `GitHubApiError`, and a changed file
 * that cannot be read as `UnreadableFileError`.
 */
export function createOctokitPort(
  octokit: OctokitLike,
  repo: RepoRef,
  options: OctokitPortOptions = {},
): GitHubPort {
  const { owner, repo: name } = repo;
  const log = options.log ?? (() => {});
  const batchSize = Math.max(1, options.graphqlBatchSize ?? 1000);
  const timeoutMs = Math.max(1, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);

  /**
   * Per-request options for Octokit: an abort after `timeoutMs`, and (for creates, which are not
   * idempotent) `retries: 0`, so the retry plugin cannot post twice; `create` retries after a lookup.
   */
  function requestOptions(extra: { retries?: number } = {}): Record<string, unknown> {
    return { signal: AbortSignal.timeout(timeoutMs), ...extra };
  }
  const req = (route: string, params: Record<string, unknown>, extra: { retries?: number } = {}) =>
    octokit.request(route, { ...params, request: requestOptions(extra) });
  const gql = (query: string, vars: Record<string, unknown>) =>
    octokit.graphql(query, { ...vars, request: requestOptions() });

  /**
   * A create whose answer may be lost after it succeeded (500, reset, timeout): POST once without
   * the retry plugin; on a failure that is not a refusal, look for what the POST would have made
   * (`find`) before trying again, at most `CREATE_ATTEMPTS` times. Never two of the same thing.
   */
  async function create<T>(what: string, post: () => Promise<T>, find: () => Promise<T | null>): Promise<T> {
    let last: unknown;
    for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt++) {
      try {
        return await post();
      } catch (e) {
        if (e instanceof PermissionDeniedError || !outcomeUnknown(e)) throw e;
        last = e;
      }
      const found = await find().catch((e: unknown) => {
        log(`Could not check whether ${what} was made: ${(e as Error).message}`);
        return null;
      });
      if (found !== null) {
        log(`The answer to creating ${what} was lost, but it had been made: using it.`);
        return found;
      }
      if (attempt < CREATE_ATTEMPTS)
        log(`Creating ${what} failed (${(last as Error).message}); trying once more.`);
    }
    throw last;
  }

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
      req("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
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
        req("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
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
    let timedOut = false;
    for (const r of needRest) {
      if (timedOut) {
        // One timeout says the contents API hangs: waiting once per file would multiply it.
        unreadable.push({ file: r, detail: "not tried: the contents API gave no answer in time" });
        continue;
      }
      try {
        out.set(fileKey(r.ref, r.path), await readFileRest(r));
      } catch (e) {
        cause ??= e;
        timedOut = isTimeout(e);
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
      const res = (await gql(query, vars)) as { repository: Record<string, Blob | null> | null };
      if (!res.repository) return "failed";
      return chunk.map((_, j) => res.repository![`f${j}`] ?? null);
    } catch (e) {
      if (isTimeout(e)) {
        log(`GraphQL gave no answer within ${timeoutMs} ms; reading the files through the contents API.`);
        return "failed";
      }
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
      const res = await req("GET /repos/{owner}/{repo}/contents/{path}", {
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

  async function listMarkedComments(issueNumber: number, tag: string): Promise<OurComment[]> {
    const marked: OurComment[] = [];
    for (let page = 1; ; page++) {
      const res = await call("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", () =>
        req("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          owner,
          repo: name,
          issue_number: issueNumber,
          per_page: PER_PAGE,
          page,
        }),
      );
      const data = res.data as RestComment[];
      for (const c of data) {
        const body = c.body ?? "";
        if (isOurComment({ body, byBot: c.user?.type === "Bot" }, tag)) marked.push({ ...c, body });
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

  /**
   * Creates a comment at most once: a lost answer is followed by a look for a marked comment with
   * exactly this body that was not there before (`before`), which is then ours.
   */
  async function createComment(
    issueNumber: number,
    body: string,
    tag: string,
    before: ReadonlySet<number>,
  ): Promise<RestComment> {
    return create(
      "the pull request comment",
      async () => {
        const res = await write(
          "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
          "comment on the pull request",
          "pull-requests: write",
          () =>
            req(
              "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
              { owner, repo: name, issue_number: issueNumber, body },
              { retries: 0 },
            ),
        );
        return res.data as RestComment;
      },
      async () =>
        (await listMarkedComments(issueNumber, tag)).find((c) => !before.has(c.id) && c.body === body) ??
        null,
    );
  }

  async function updateComment(id: number, body: string): Promise<RestComment> {
    const res = await write(
      "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      "update the pull request comment",
      "pull-requests: write",
      () =>
        req("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
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
        req("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
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
        gql(
          "mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }",
          { id: nodeId },
        ),
    );
  }

  /** True when the reviewed head is no longer the PR's head: a newer push has (or will have) its own review. */
  async function headMoved(req: CommentRequest): Promise<boolean> {
    return (await getPullRequest(req.issueNumber)).headSha !== req.headSha;
  }

  /**
   * Executes the comment policy (src/core/comment-policy.ts): list our comments, ask the policy,
   * do what it says. The head is looked up only when the policy asks (`ask-head`).
   */
  async function upsertComment(req: CommentRequest): Promise<CommentResult> {
    if (!commentWanted(req)) return { outcome: "off" };
    const request = {
      ...req,
      body: withMarker(clip(req.body, COMMENT_MAX, "comment"), req.tag, req.headSha),
    };
    const marked = await listMarkedComments(req.issueNumber, req.tag);
    let plan = planComment(request, marked);
    if (plan.do === "ask-head") plan = planComment(request, marked, await headMoved(req));
    const ref = (c: { id: number; html_url?: string }): CommentResult => ({
      outcome: "updated",
      commentId: c.id,
      url: c.html_url,
    });
    switch (plan.do) {
      case "ask-head":
        throw new Error("the comment policy asked for the head twice");
      case "nothing":
        if (plan.outcome === "stale")
          log(
            `Not touching comment ${plan.comment?.id}: this run reviewed ${req.headSha}, the PR head has moved on.`,
          );
        return plan.comment ? { ...ref(plan.comment), outcome: plan.outcome } : { outcome: plan.outcome };
      case "update":
        return ref(await updateComment(plan.comment.id, request.body));
      case "hide":
        await minimizeComment(plan.comment.node_id);
        return { ...ref(plan.comment), outcome: "hidden", hidden: 1 };
      case "delete":
        for (const c of plan.comments) await deleteComment(c.id);
        return { outcome: "deleted", deleted: plan.comments.length };
      case "create": {
        const existing = new Set(plan.existing.map((c) => c.id));
        const created = await createComment(req.issueNumber, request.body, req.tag, existing);
        const result: CommentResult = { outcome: "created", commentId: created.id, url: created.html_url };
        if (plan.then === "hide") {
          await minimizeComment(plan.latest.node_id);
          result.hidden = 1;
        } else if (plan.then === "delete") {
          for (const c of plan.existing) await deleteComment(c.id);
          result.deleted = plan.existing.length;
        } else if (plan.then === "dedupe") {
          const after = await listMarkedComments(req.issueNumber, req.tag);
          let dedupe = planDedupe(request, created, after);
          if (dedupe.do === "ask-head") dedupe = planDedupe(request, created, after, await headMoved(req));
          if (dedupe.do === "drop-ours") {
            await deleteComment(created.id);
            if (dedupe.update) return ref(await updateComment(dedupe.comment.id, request.body));
            return { ...ref(dedupe.comment), outcome: dedupe.outcome };
          }
        }
        return result;
      }
    }
  }

  /** What `startCheckRun` made, so a replacement can carry the same name and head. */
  const started = new Map<number, { name: string; headSha: string; detailsUrl?: string }>();

  /** Our check run with `externalId` on `headSha`, if GitHub has it. */
  async function findCheckRun(
    checkName: string,
    headSha: string,
    externalId: string,
  ): Promise<number | null> {
    const res = await call("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", () =>
      req("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
        owner,
        repo: name,
        ref: headSha,
        check_name: checkName,
        filter: "all",
        per_page: PER_PAGE,
      }),
    );
    const runs =
      (res.data as { check_runs?: { id: number; external_id?: string | null }[] }).check_runs ?? [];
    return runs.find((r) => r.external_id === externalId)?.id ?? null;
  }

  /**
   * POST a check run at most once: it carries a fresh `external_id`, and a lost answer is followed
   * by a look for that id before another attempt, so no orphan run is left `in_progress`.
   */
  async function postCheckRun(
    body: Record<string, unknown> & { name: string; head_sha: string },
  ): Promise<number> {
    const externalId = `modelspec-review:${globalThis.crypto.randomUUID()}`;
    return create(
      `the check run "${body.name}"`,
      async () => {
        const res = await write(
          "POST /repos/{owner}/{repo}/check-runs",
          "create a check run",
          "checks: write",
          () =>
            req(
              "POST /repos/{owner}/{repo}/check-runs",
              { owner, repo: name, ...body, external_id: externalId },
              { retries: 0 },
            ),
        );
        return (res.data as { id: number }).id;
      },
      () => findCheckRun(body.name, body.head_sha, externalId),
    );
  }

  async function startCheckRun(checkName: string, headSha: string, detailsUrl?: string): Promise<number> {
    const id = await postCheckRun({
      name: checkName,
      head_sha: headSha,
      status: "in_progress",
      ...(detailsUrl ? { details_url: detailsUrl } : {}),
    });
    started.set(id, { name: checkName, headSha, ...(detailsUrl ? { detailsUrl } : {}) });
    return id;
  }

  async function completeCheckRun(id: number, output: CheckRunOutput): Promise<void> {
    const title = clip(output.title, CHECK_TITLE_MAX, "title");
    const summary = clip(output.summary, CHECK_TEXT_MAX, "summary");
    const batches = output.annotationBatches.filter((b) => b.length > 0);
    for (const b of batches) {
      if (b.length > 50) throw new Error(`annotation batch of ${b.length} exceeds GitHub's 50 per request`);
    }
    const patch = (runId: number, body: Record<string, unknown>, retries?: number): Promise<unknown> =>
      write(
        "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
        "update the check run",
        "checks: write",
        () =>
          req(
            "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
            { owner, repo: name, check_run_id: runId, ...body },
            retries === undefined ? {} : { retries },
          ),
      );
    const conclusion = {
      status: "completed",
      conclusion: output.conclusion,
      ...(output.detailsUrl ? { details_url: output.detailsUrl } : {}),
      output: {
        title,
        summary,
        ...(output.text !== undefined ? { text: clip(output.text, CHECK_TEXT_MAX, "text") } : {}),
        annotations: batches[0] ?? [],
      },
    };
    let runId = id;
    try {
      await patch(id, conclusion);
    } catch (e) {
      if (e instanceof PermissionDeniedError) throw e;
      // The run cannot be updated (after retries): conclude a replacement under the same name and
      // head. GitHub's checks and branch protection read the newest run of a name, so the verdict
      // stands; the old run is concluded too once its endpoint answers again.
      const known = started.get(id) ?? (await describeCheckRun(id));
      if (!known) throw e;
      log(
        `Check run ${id} could not be completed (${(e as Error).message}); publishing the result on a new run.`,
      );
      runId = await postCheckRun({
        name: known.name,
        head_sha: known.headSha,
        ...conclusion,
        ...(conclusion.details_url === undefined && known.detailsUrl
          ? { details_url: known.detailsUrl }
          : {}),
      });
      await patch(
        id,
        { ...conclusion, output: { title, summary: `${summary}\n\nSuperseded by check run ${runId}.` } },
        0,
      ).catch((e2: unknown) => log(`Check run ${id} stays open: ${(e2 as Error).message}`));
    }
    // Further batches append (GitHub keeps earlier annotations); the conclusion is already set.
    for (const batch of batches.slice(1))
      await patch(runId, { output: { title, summary, annotations: batch } });
  }

  /** Name and head of a check run this port did not start (e.g. the app reporting a failure). */
  async function describeCheckRun(
    id: number,
  ): Promise<{ name: string; headSha: string; detailsUrl?: string } | null> {
    try {
      const res = await req("GET /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        owner,
        repo: name,
        check_run_id: id,
      });
      const d = res.data as { name?: string; head_sha?: string };
      return d.name && d.head_sha ? { name: d.name, headSha: d.head_sha } : null;
    } catch {
      return null;
    }
  }

  /** Blob paths of the recursive tree at `ref` (drift context; one request). */
  async function listFiles(ref: string): Promise<{ paths: string[]; truncated: boolean }> {
    const res = await call("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", () =>
      octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
        owner,
        repo: name,
        tree_sha: ref,
        recursive: "1",
      }),
    );
    const d = res.data as { tree?: { path: string; type: string }[]; truncated?: boolean };
    return {
      paths: (d.tree ?? []).filter((e) => e.type === "blob").map((e) => e.path),
      truncated: d.truncated === true,
    };
  }

  return {
    repo: { owner, repo: name },
    getPullRequest,
    listChangedFiles,
    listFiles,
    readFiles,
    upsertComment,
    startCheckRun,
    completeCheckRun,
  };
}

/** True when a request was cut off by our per-request timeout (however Octokit wrapped it). */
export function isTimeout(e: unknown): boolean {
  for (let x = e as { name?: string; cause?: unknown } | undefined, i = 0; x && i < 5; i++) {
    if (x.name === "TimeoutError") return true;
    x = x.cause as typeof x;
  }
  return false;
}

/**
 * True when a failed write may still have happened: a 5xx, a reset or a timeout (no answer), as
 * opposed to a refusal (4xx), after which GitHub made nothing.
 */
function outcomeUnknown(e: unknown): boolean {
  const status = (e as { status?: number }).status;
  return typeof status !== "number" || status >= 500 || isTimeout(e);
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
