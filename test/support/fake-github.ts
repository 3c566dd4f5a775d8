/**
 * A real HTTP server on 127.0.0.1 that plays the parts of GitHub's REST and GraphQL APIs that
 * modelspec-review uses, with in-memory state and a record of every request.
 *
 * Used by the pipeline, Action (spawned dist/index.js), app, release-notes and fault-injection tests:
 *
 * ```ts
 * const gh = await FakeGitHub.start();
 * const repo = gh.repo("octo", "models");
 * const base = repo.commit({ "a.modelspec.yaml": "..." });
 * const head = repo.commit({ "a.modelspec.yaml": "... changed" }, { parent: base });
 * repo.setBranch("main", base);
 * repo.openPullRequest({ number: 7, base, head });
 * // point an Octokit at gh.url (baseUrl) — GraphQL is served at `${gh.url}/graphql`
 * gh.requests; repo.comments(7); repo.checkRuns; gh.inject({ path: /\/check-runs/, status: 502 });
 * await gh.close();
 * ```
 *
 * Faithful where our code depends on it: paging with `Link` headers, the 3,000-file cap of
 * `pulls.listFiles`, rename/removal statuses, raw vs JSON (base64) contents, GraphQL `object(expression:)`
 * aliases (null for missing paths, `text: null` for binary blobs), 65,536-character comment bodies,
 * 50 annotations per check-run request, 422 on invalid check-run bodies, 403 "Resource not accessible by
 * integration" for a read-only (fork) token, git blob SHAs computed as git does.
 */
import { createHash, createPublicKey, verify as verifySignature } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

// ─── Public types ───────────────────────────────────────────────────────────────────────────────

export interface RecordedRequest {
  /** Sequence number over the server's life (0-based). */
  seq: number;
  method: string;
  /** Decoded path without the query string, e.g. `/repos/o/r/pulls/1/files`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw string when it is not JSON, or undefined when empty. */
  body: unknown;
  /** Status the server answered with (0 when the request was left hanging or reset). */
  status: number;
  /** For POST /graphql: which operation the query performs and how many `object(...)` aliases it holds. */
  graphql?: { operation: "repository" | "minimizeComment" | "unknown"; objects: number };
  /** Name of the injected fault that answered this request, if any. */
  fault?: string;
  /** For `afterSuccess` faults: the status the real handler produced before the fault answered. */
  handledStatus?: number;
}

export interface FaultSpec {
  /** A label for the recorded request (defaults to a description of the fault). */
  name?: string;
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Exact path or a RegExp tested against the path (any when absent). */
  path?: string | RegExp;
  /** For POST /graphql: a RegExp the query text must match. */
  graphql?: RegExp;
  /** How many matching requests this fault answers (default 1; `Infinity` for all). */
  times?: number;
  /** Answer with this status instead of running the real handler. */
  status?: number;
  headers?: Record<string, string>;
  /** Body for `status` (an object is sent as JSON). Defaults to a GitHub-style `{ message }`. */
  body?: unknown;
  /** Wait this long before answering (the real handler runs unless `status` is set). */
  delayMs?: number;
  /** Run the real handler, then send only the first half of its JSON body (truncated JSON). */
  truncate?: boolean;
  /** Never answer (the socket stays open until the client gives up or the server closes). */
  hang?: boolean;
  /** Destroy the socket without answering (connection reset). */
  reset?: boolean;
  /**
   * Run the real handler first (the write succeeds), then answer with `status`, `hang` or `reset`
   * instead of its reply: a response lost after a successful write.
   */
  afterSuccess?: boolean;
}

export interface Permissions {
  /** Create/update/delete issue comments and minimize them (pull-requests/issues: write). */
  comments: boolean;
  /** Create/update check runs (checks: write). */
  checks: boolean;
  /** Create/update releases (contents: write). */
  releases: boolean;
}

export interface FakeGitHubOptions {
  /** When set, every `/app*` request must carry an RS256 JWT signed by this key's private half. */
  appPublicKey?: string;
  /** App id expected in the JWT `iss` claim (string or number compare). */
  appId?: number | string;
  /** When set, non-`/app` requests must carry one of these tokens (or one issued by access_tokens). */
  tokens?: string[];
  /** Largest number of `object(expression:)` aliases one GraphQL query may hold (default unlimited). */
  graphqlMaxObjects?: number;
  /** Blobs larger than this have `text` null and `isTruncated` true in GraphQL (default 512 KiB). */
  graphqlMaxTextBytes?: number;
}

export interface FakeFile {
  sha: string;
  text: string;
  binary: boolean;
}

export interface FakePullRequestInit {
  number?: number;
  base: string;
  head: string;
  baseRef?: string;
  headRef?: string;
  title?: string;
  state?: "open" | "closed";
  draft?: boolean;
  /** `newPath → oldPath`; exact-content renames are also detected automatically. */
  renames?: Record<string, string>;
  /** Head repository full name when the PR comes from a fork (e.g. "someone/models"). */
  headRepo?: string;
}

export interface FakePullRequest {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  title: string;
  state: "open" | "closed";
  merged: boolean;
  draft: boolean;
  renames: Record<string, string>;
  headRepo: string | null;
}

export interface FakeComment {
  id: number;
  node_id: string;
  issueNumber: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  /** Set by the GraphQL `minimizeComment` mutation (REST does not show it, as on GitHub). */
  minimized: { reason: string } | null;
  deleted: boolean;
}

export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

export interface FakeCheckRun {
  id: number;
  node_id: string;
  name: string;
  head_sha: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** Every annotation appended, in order. */
  annotations: FakeAnnotation[];
  /** The annotations of each request (create or update) that carried any, in order. */
  annotationBatches: FakeAnnotation[][];
  /** Every request body (create first, then updates). */
  history: Record<string, unknown>[];
}

export interface FakeRelease {
  id: number;
  node_id: string;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  deleted: boolean;
}

// ─── Helpers ────────────────────────────────────────────────────────────────────────────────────

const COMMENT_MAX = 65_536;
const CHECK_TEXT_MAX = 65_535;

/** The git blob SHA of a text, as `git hash-object` computes it. */
export function gitBlobSha(text: string | Buffer): string {
  const buf = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  return createHash("sha1").update(`blob ${buf.length}\0`).update(buf).digest("hex");
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const notFound = (): HttpError => new HttpError(404, "Not Found");
const forbidden = (): HttpError => new HttpError(403, "Resource not accessible by integration");
const invalid = (message: string, extra: Record<string, unknown> = {}): HttpError =>
  new HttpError(422, message, extra);

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Send this string as the body verbatim (raw media types). */
  raw?: string;
}

type Handler = (req: Ctx) => Reply | Promise<Reply>;

interface Ctx {
  method: string;
  path: string;
  params: string[];
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  record: RecordedRequest;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function b64(s: string): string {
  return Buffer.from(s, "utf8").toString("base64");
}

function decodeGraphqlString(token: string, variables: Record<string, unknown>): unknown {
  if (token.startsWith("$")) return variables[token.slice(1)];
  if (token.startsWith('"')) return JSON.parse(token) as unknown;
  return token;
}

const STRING_OR_VAR = String.raw`("(?:[^"\\]|\\.)*"|\$\w+)`;

// ─── Repository state ───────────────────────────────────────────────────────────────────────────

export class FakeRepo {
  readonly commits = new Map<string, Map<string, FakeFile>>();
  readonly branches = new Map<string, string>();
  readonly pulls = new Map<number, FakePullRequest>();
  readonly issueComments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly releaseList: FakeRelease[] = [];
  defaultBranch = "main";
  installationId: number;
  private commitCounter = 0;

  constructor(
    private readonly gh: FakeGitHub,
    readonly owner: string,
    readonly name: string,
    readonly id: number,
  ) {
    this.installationId = 1000 + id;
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /**
   * Creates a commit whose tree is the parent's (if any) with `files` applied (`null` deletes a path;
   * a Buffer is stored as a binary blob). Returns its SHA.
   */
  commit(files: Record<string, string | Buffer | null>, options: { parent?: string } = {}): string {
    const tree = new Map<string, FakeFile>(options.parent ? this.tree(options.parent) : []);
    for (const [path, content] of Object.entries(files)) {
      if (content === null) tree.delete(path);
      else if (typeof content === "string")
        tree.set(path, { sha: gitBlobSha(content), text: content, binary: false });
      else tree.set(path, { sha: gitBlobSha(content), text: content.toString("latin1"), binary: true });
    }
    const sha = createHash("sha1")
      .update(`${this.fullName}\0${++this.commitCounter}\0${options.parent ?? ""}`)
      .update(JSON.stringify([...tree].map(([p, f]) => [p, f.sha])))
      .digest("hex");
    this.commits.set(sha, tree);
    return sha;
  }

  setBranch(name: string, sha: string): void {
    if (!this.commits.has(sha)) throw new Error(`unknown commit ${sha}`);
    this.branches.set(name, sha);
  }

  tree(ref: string): Map<string, FakeFile> {
    const t = this.resolve(ref);
    if (!t) throw new Error(`unknown ref ${ref} in ${this.fullName}`);
    return this.commits.get(t)!;
  }

  /** Resolves a branch name, full SHA or unique SHA prefix (≥ 7 chars) to a commit SHA. */
  resolve(ref: string | undefined): string | null {
    const r = ref === undefined || ref === "" ? this.defaultBranch : ref.replace(/^refs\/heads\//, "");
    if (this.branches.has(r)) return this.branches.get(r)!;
    if (this.commits.has(r)) return r;
    if (/^[0-9a-f]{7,40}$/.test(r)) {
      const hits = [...this.commits.keys()].filter((s) => s.startsWith(r));
      if (hits.length === 1) return hits[0]!;
    }
    return null;
  }

  file(ref: string | undefined, path: string): FakeFile | null {
    const sha = this.resolve(ref);
    if (!sha) return null;
    return this.commits.get(sha)!.get(path) ?? null;
  }

  openPullRequest(init: FakePullRequestInit): FakePullRequest {
    for (const sha of [init.base, init.head]) {
      if (!this.commits.has(sha)) throw new Error(`unknown commit ${sha}`);
    }
    const number = init.number ?? this.gh.nextIssueNumber();
    const pr: FakePullRequest = {
      number,
      baseSha: init.base,
      headSha: init.head,
      baseRef: init.baseRef ?? this.defaultBranch,
      headRef: init.headRef ?? `feature-${number}`,
      title: init.title ?? `Pull request ${number}`,
      state: init.state ?? "open",
      merged: false,
      draft: init.draft ?? false,
      renames: init.renames ?? {},
      headRepo: init.headRepo ?? null,
    };
    this.pulls.set(number, pr);
    return pr;
  }

  /** Moves the PR head (a push to the PR branch), optionally moving its base too. */
  pushToPullRequest(number: number, head: string, base?: string): void {
    const pr = this.pull(number);
    if (!this.commits.has(head)) throw new Error(`unknown commit ${head}`);
    pr.headSha = head;
    if (base) pr.baseSha = base;
  }

  closePullRequest(number: number, merged = false): void {
    const pr = this.pull(number);
    pr.state = "closed";
    pr.merged = merged;
  }

  pull(number: number): FakePullRequest {
    const pr = this.pulls.get(number);
    if (!pr) throw new Error(`no PR #${number} in ${this.fullName}`);
    return pr;
  }

  /** Live (not deleted) comments on an issue or PR, oldest first. */
  comments(issueNumber: number): FakeComment[] {
    return this.issueComments.filter((c) => c.issueNumber === issueNumber && !c.deleted);
  }

  /** Adds a comment directly (e.g. one left by a person or by an earlier run). */
  addComment(issueNumber: number, body: string, user = "github-actions[bot]"): FakeComment {
    return this.gh.createComment(this, issueNumber, body, user);
  }

  releases(): FakeRelease[] {
    return this.releaseList.filter((r) => !r.deleted);
  }

  /** Changed files of a PR as GitHub lists them (before the 3,000 cap), sorted by path. */
  changedFiles(number: number): Record<string, unknown>[] {
    const pr = this.pull(number);
    return this.diffFiles(pr.baseSha, pr.headSha, pr.renames);
  }

  /** Files changed between two commits (`compare` and `pulls.listFiles` entries), sorted by path. */
  diffFiles(
    baseSha: string,
    headSha: string,
    declared: Record<string, string> = {},
  ): Record<string, unknown>[] {
    const base = this.tree(baseSha);
    const head = this.tree(headSha);
    const renames = new Map(Object.entries(declared)); // new → old
    const removed = [...base.keys()].filter((p) => !head.has(p));
    const added = [...head.keys()].filter((p) => !base.has(p));
    // Exact-content rename detection for pairs not declared explicitly.
    const takenOld = new Set(renames.values());
    for (const p of added) {
      if (renames.has(p)) continue;
      const old = removed.find((r) => !takenOld.has(r) && base.get(r)!.sha === head.get(p)!.sha);
      if (old) {
        renames.set(p, old);
        takenOld.add(old);
      }
    }
    const out: Record<string, unknown>[] = [];
    const paths = new Set([...base.keys(), ...head.keys()]);
    for (const path of [...paths].sort()) {
      const b = base.get(path);
      const h = head.get(path);
      if (h && renames.has(path)) {
        const old = renames.get(path)!;
        const bo = base.get(old);
        out.push(this.fileEntry(path, "renamed", bo?.text ?? "", h, old));
      } else if (!b && h) {
        out.push(this.fileEntry(path, "added", "", h));
      } else if (b && !h) {
        if (takenOld.has(path)) continue;
        out.push(this.fileEntry(path, "removed", b.text, { sha: "0".repeat(40), text: "", binary: false }));
      } else if (b && h && b.sha !== h.sha) {
        out.push(this.fileEntry(path, "modified", b.text, h));
      }
    }
    return out;
  }

  private fileEntry(
    path: string,
    status: string,
    before: string,
    after: FakeFile,
    previous?: string,
  ): Record<string, unknown> {
    const a = before === "" ? [] : before.split("\n");
    const b = after.text === "" ? [] : after.text.split("\n");
    const setA = new Set(a);
    const setB = new Set(b);
    const additions = b.filter((l) => !setA.has(l)).length;
    const deletions = a.filter((l) => !setB.has(l)).length;
    const base = this.gh.url;
    const entry: Record<string, unknown> = {
      sha: after.sha,
      filename: path,
      status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${base}/${this.fullName}/blob/${after.sha}/${path}`,
      raw_url: `${base}/${this.fullName}/raw/${after.sha}/${path}`,
      contents_url: `${base}/repos/${this.fullName}/contents/${encodeURIComponent(path)}?ref=${after.sha}`,
    };
    if (previous !== undefined) entry.previous_filename = previous;
    return entry;
  }
}

// ─── The server ─────────────────────────────────────────────────────────────────────────────────

interface ActiveFault extends FaultSpec {
  remaining: number;
  hits: number;
}

export class FakeGitHub {
  /** Every request received, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** What the current token may write. `forkMode()` turns every write off. */
  permissions: Permissions = { comments: true, checks: true, releases: true };
  /** Login that comments/check runs are attributed to. */
  botLogin = "github-actions[bot]";
  private readonly repos = new Map<string, FakeRepo>();
  private readonly faults: ActiveFault[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly issuedTokens = new Set<string>();
  private readonly routes: { method: string; re: RegExp; handler: Handler }[] = [];
  private ids = { repo: 0, comment: 100, check: 200, release: 300, issue: 0, seq: 0, clock: 0, token: 0 };
  private server!: Server;
  url = "";

  private constructor(readonly options: FakeGitHubOptions) {
    this.defineRoutes();
  }

  /** Starts a server on 127.0.0.1 with a random free port. */
  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const gh = new FakeGitHub(options);
    gh.server = createServer((req, res) => void gh.handle(req, res));
    gh.server.on("connection", (s) => {
      gh.sockets.add(s);
      s.on("close", () => gh.sockets.delete(s));
    });
    await new Promise<void>((resolve) => gh.server.listen(0, "127.0.0.1", resolve));
    const { port } = gh.server.address() as AddressInfo;
    gh.url = `http://127.0.0.1:${port}`;
    return gh;
  }

  /** REST base URL (what `GITHUB_API_URL` / Octokit `baseUrl` should be). */
  get apiUrl(): string {
    return this.url;
  }

  /** GraphQL endpoint (what `GITHUB_GRAPHQL_URL` should be). */
  get graphqlUrl(): string {
    return `${this.url}/graphql`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Gets or creates a repository. */
  repo(owner: string, name: string): FakeRepo {
    const key = `${owner}/${name}`.toLowerCase();
    let r = this.repos.get(key);
    if (!r) {
      r = new FakeRepo(this, owner, name, ++this.ids.repo);
      this.repos.set(key, r);
    }
    return r;
  }

  /** Makes the token read-only for every write, as `GITHUB_TOKEN` is on a PR from a public fork. */
  forkMode(): void {
    this.permissions = { comments: false, checks: false, releases: false };
  }

  /** Adds a fault; it answers the next `times` matching requests (first matching fault wins). */
  inject(fault: FaultSpec): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1, hits: 0 });
  }

  /** Removes every pending fault. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  /** Requests matching a method and a path (exact string or RegExp). */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method === method && (typeof path === "string" ? r.path === path : path.test(r.path)),
    );
  }

  /** Counts requests by `METHOD path-pattern`, with ids and numbers replaced by `:n` (for snapshots). */
  requestSummary(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.requests) {
      let key = `${r.method} ${r.path.replace(/\/\d+(?=\/|$)/g, "/:n").replace(/\/git\/trees\/[^/?]+/, "/git/trees/:sha")}`;
      if (r.path.includes("/contents/"))
        key = `${r.method} ${r.path.replace(/\/contents\/.*$/, "/contents/:path")}`;
      if (r.graphql) key += ` (${r.graphql.operation})`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }

  /** Issues a token the server will accept (when `tokens` checking is on). */
  issueToken(): string {
    const t = `ghs_fake${++this.ids.token}`;
    this.issuedTokens.add(t);
    return t;
  }

  // ── internals shared with FakeRepo ──

  nextIssueNumber(): number {
    return ++this.ids.issue;
  }

  private now(): string {
    return new Date(Date.UTC(2026, 0, 1) + ++this.ids.clock * 1000).toISOString();
  }

  createComment(repo: FakeRepo, issueNumber: number, body: string, user = this.botLogin): FakeComment {
    const id = ++this.ids.comment;
    const t = this.now();
    const c: FakeComment = {
      id,
      node_id: `IC_kwDO${Buffer.from(`comment:${id}`).toString("base64url")}`,
      issueNumber,
      body,
      user: { login: user, type: user.endsWith("[bot]") ? "Bot" : "User" },
      created_at: t,
      updated_at: t,
      minimized: null,
      deleted: false,
    };
    repo.issueComments.push(c);
    return c;
  }

  private commentJson(repo: FakeRepo, c: FakeComment): Record<string, unknown> {
    return {
      id: c.id,
      node_id: c.node_id,
      url: `${this.url}/repos/${repo.fullName}/issues/comments/${c.id}`,
      html_url: `${this.url}/${repo.fullName}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${repo.fullName}/issues/${c.issueNumber}`,
      body: c.body,
      user: { login: c.user.login, id: 41898282, type: c.user.type },
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: "NONE",
    };
  }

  private checkRunJson(repo: FakeRepo, c: FakeCheckRun): Record<string, unknown> {
    return {
      id: c.id,
      node_id: c.node_id,
      name: c.name,
      head_sha: c.head_sha,
      status: c.status,
      conclusion: c.conclusion,
      started_at: c.started_at,
      completed_at: c.completed_at,
      details_url: c.details_url,
      external_id: c.external_id,
      url: `${this.url}/repos/${repo.fullName}/check-runs/${c.id}`,
      html_url: `${this.url}/${repo.fullName}/runs/${c.id}`,
      output: {
        ...c.output,
        annotations_count: c.annotations.length,
        annotations_url: `${this.url}/repos/${repo.fullName}/check-runs/${c.id}/annotations`,
      },
      check_suite: { id: 1 },
      app: { id: 15368, slug: "github-actions" },
      pull_requests: [],
    };
  }

  private releaseJson(repo: FakeRepo, r: FakeRelease): Record<string, unknown> {
    return {
      id: r.id,
      node_id: r.node_id,
      tag_name: r.tag_name,
      target_commitish: r.target_commitish,
      name: r.name,
      body: r.body,
      draft: r.draft,
      prerelease: r.prerelease,
      created_at: r.created_at,
      published_at: r.published_at,
      html_url: `${this.url}/${repo.fullName}/releases/tag/${encodeURIComponent(r.tag_name)}`,
      url: `${this.url}/repos/${repo.fullName}/releases/${r.id}`,
      author: { login: this.botLogin },
      assets: [],
    };
  }

  private prJson(repo: FakeRepo, pr: FakePullRequest): Record<string, unknown> {
    const repoJson = this.repoJson(repo);
    const headRepo = pr.headRepo
      ? { ...repoJson, full_name: pr.headRepo, name: pr.headRepo.split("/")[1], fork: true }
      : repoJson;
    return {
      url: `${this.url}/repos/${repo.fullName}/pulls/${pr.number}`,
      id: 5000 + pr.number,
      node_id: `PR_kwDO${pr.number}`,
      html_url: `${this.url}/${repo.fullName}/pull/${pr.number}`,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      user: { login: "octocat", type: "User" },
      body: null,
      draft: pr.draft,
      merged: pr.merged,
      mergeable: null,
      merge_commit_sha: null,
      changed_files: repo.changedFiles(pr.number).length,
      head: {
        label: `${headRepo.full_name as string}:${pr.headRef}`,
        ref: pr.headRef,
        sha: pr.headSha,
        repo: headRepo,
      },
      base: { label: `${repo.owner}:${pr.baseRef}`, ref: pr.baseRef, sha: pr.baseSha, repo: repoJson },
    };
  }

  private repoJson(repo: FakeRepo): Record<string, unknown> {
    return {
      id: repo.id,
      node_id: `R_kgDO${repo.id}`,
      name: repo.name,
      full_name: repo.fullName,
      private: false,
      fork: false,
      owner: { login: repo.owner, type: "Organization" },
      html_url: `${this.url}/${repo.fullName}`,
      url: `${this.url}/repos/${repo.fullName}`,
      default_branch: repo.defaultBranch,
    };
  }

  private lookupRepo(owner: string, name: string): FakeRepo {
    const r = this.repos.get(`${owner}/${name}`.toLowerCase());
    if (!r) throw notFound();
    return r;
  }

  // ── request handling ──

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const rawBody = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.url);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
    let body: unknown = undefined;
    if (rawBody !== "") {
      try {
        body = JSON.parse(rawBody) as unknown;
      } catch {
        body = rawBody;
      }
    }
    const path = url.pathname.replace(/\/+$/, "") || "/";
    const record: RecordedRequest = {
      seq: this.ids.seq++,
      method: req.method ?? "GET",
      path: safeDecode(path),
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
      status: 0,
    };
    if (record.method === "POST" && path === "/graphql" && isObject(body) && typeof body.query === "string") {
      record.graphql = classifyGraphql(body.query);
    }
    this.requests.push(record);

    const fault = this.matchFault(record);
    if (fault?.afterSuccess) {
      record.fault = fault.name ?? `${describeFault(fault)} after success`;
      try {
        const done = await this.route(record, path, headers, body);
        record.handledStatus = done.status;
      } catch {
        /* the real handler refused: the fault still answers */
      }
    }
    if (fault) {
      record.fault ??= fault.name ?? describeFault(fault);
      if (fault.reset) {
        req.socket.destroy();
        return;
      }
      if (fault.hang) return;
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.status !== undefined) {
        const b =
          fault.body === undefined
            ? { message: defaultMessage(fault.status), documentation_url: "https://docs.github.com/rest" }
            : fault.body;
        this.send(res, record, { status: fault.status, headers: fault.headers, body: b });
        return;
      }
    }

    let reply: Reply;
    try {
      reply = await this.route(record, path, headers, body);
    } catch (e) {
      if (e instanceof HttpError) {
        reply = {
          status: e.status,
          body: { message: e.message, documentation_url: "https://docs.github.com/rest", ...e.extra },
        };
      } else {
        reply = { status: 500, body: { message: `fake-github bug: ${(e as Error).stack ?? String(e)}` } };
      }
    }
    if (fault?.headers) reply.headers = { ...reply.headers, ...fault.headers };
    if (fault?.truncate) {
      const text = reply.raw ?? JSON.stringify(reply.body ?? null);
      reply = { ...reply, raw: text.slice(0, Math.max(1, Math.floor(text.length / 2))) };
    }
    this.send(res, record, reply);
  }

  private send(res: ServerResponse, record: RecordedRequest, reply: Reply): void {
    record.status = reply.status;
    const text = reply.raw ?? (reply.body === undefined ? "" : JSON.stringify(reply.body));
    const h: Record<string, string> = {
      "x-github-request-id": `FAKE:${record.seq}`,
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      "x-ratelimit-reset": String(Math.floor(Date.UTC(2030, 0, 1) / 1000)),
      ...(reply.raw !== undefined && reply.body === undefined && !reply.headers?.["content-type"]
        ? { "content-type": "application/json; charset=utf-8" }
        : {}),
      ...(reply.body !== undefined ? { "content-type": "application/json; charset=utf-8" } : {}),
      ...reply.headers,
    };
    if (reply.status === 204 || reply.status === 304) {
      res.writeHead(reply.status, h);
      res.end();
      return;
    }
    res.writeHead(reply.status, { ...h, "content-length": String(Buffer.byteLength(text)) });
    res.end(text);
  }

  private matchFault(r: RecordedRequest): ActiveFault | null {
    for (const f of this.faults) {
      if (f.remaining <= 0) continue;
      if (f.method && f.method.toUpperCase() !== r.method) continue;
      if (f.path !== undefined && (typeof f.path === "string" ? f.path !== r.path : !f.path.test(r.path)))
        continue;
      if (f.graphql) {
        const q = isObject(r.body) && typeof r.body.query === "string" ? r.body.query : null;
        if (q === null || !f.graphql.test(q)) continue;
      }
      f.remaining--;
      f.hits++;
      return f;
    }
    return null;
  }

  private checkAuth(path: string, headers: Record<string, string>): void {
    const auth = headers["authorization"] ?? "";
    if (path.startsWith("/app/") || path === "/app") {
      if (!this.options.appPublicKey) return;
      const m = /^bearer\s+(.+)$/i.exec(auth);
      if (!m || !verifyJwt(m[1]!, this.options.appPublicKey, this.options.appId)) {
        throw new HttpError(401, "A JSON web token could not be decoded");
      }
      return;
    }
    if (!this.options.tokens) return;
    const m = /^(?:token|bearer)\s+(.+)$/i.exec(auth);
    const token = m?.[1];
    if (!token || !(this.options.tokens.includes(token) || this.issuedTokens.has(token))) {
      throw new HttpError(401, "Bad credentials");
    }
  }

  private async route(
    record: RecordedRequest,
    path: string,
    headers: Record<string, string>,
    body: unknown,
  ): Promise<Reply> {
    this.checkAuth(path, headers);
    for (const r of this.routes) {
      if (r.method !== record.method) continue;
      const m = r.re.exec(path);
      if (!m) continue;
      return r.handler({
        method: record.method,
        path,
        params: m.slice(1).map(safeDecode),
        query: record.query,
        headers,
        body,
        record,
      });
    }
    throw notFound();
  }

  private on(method: string, pattern: string, handler: Handler): void {
    // `:x` matches one segment; `*` matches the rest (one or more segments).
    const re = new RegExp(
      "^" +
        pattern
          .split("/")
          .map((s) =>
            s === "*" ? "(.+)" : s.startsWith(":") ? "([^/]+)" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
          )
          .join("/") +
        "$",
    );
    this.routes.push({ method, re, handler });
  }

  private paged(ctx: Ctx, items: unknown[], cap = Infinity): Reply {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.per_page ?? 30) || 30));
    const page = Math.max(1, Number(ctx.query.page ?? 1) || 1);
    const all = items.slice(0, cap);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string): string => {
      const q = new URLSearchParams({ ...ctx.query, per_page: String(perPage), page: String(p) });
      return `<${this.url}${ctx.path}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
    if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
    return { status: 200, body: slice, headers: links.length ? { link: links.join(", ") } : {} };
  }

  private defineRoutes(): void {
    const repoOf = (c: Ctx): FakeRepo => this.lookupRepo(c.params[0]!, c.params[1]!);
    const num = (s: string | undefined): number => {
      const n = Number(s);
      if (!Number.isInteger(n)) throw notFound();
      return n;
    };

    // Repository and installation
    this.on("GET", "/repos/:o/:r", (c) => ({ status: 200, body: this.repoJson(repoOf(c)) }));
    this.on("GET", "/repos/:o/:r/installation", (c) => {
      const repo = repoOf(c);
      return {
        status: 200,
        body: {
          id: repo.installationId,
          account: { login: repo.owner },
          app_id: Number(this.options.appId ?? 1),
        },
      };
    });
    this.on("GET", "/app", () => ({
      status: 200,
      body: { id: Number(this.options.appId ?? 1), slug: "modelspec-review", name: "modelspec-review" },
    }));
    this.on("POST", "/app/installations/:id/access_tokens", (c) => ({
      status: 201,
      body: {
        token: this.issueToken(),
        expires_at: new Date(Date.UTC(2030, 0, 1)).toISOString(),
        permissions: { checks: "write", pull_requests: "write", contents: "read", metadata: "read" },
        repository_selection: "all",
        installation_id: Number(c.params[0]),
      },
    }));

    // Pull requests
    this.on("GET", "/repos/:o/:r/pulls/:n", (c) => {
      const repo = repoOf(c);
      const pr = repo.pulls.get(num(c.params[2]));
      if (!pr) throw notFound();
      return { status: 200, body: this.prJson(repo, pr) };
    });
    this.on("GET", "/repos/:o/:r/pulls/:n/files", (c) => {
      const repo = repoOf(c);
      if (!repo.pulls.has(num(c.params[2]))) throw notFound();
      return this.paged(c, repo.changedFiles(num(c.params[2])), 3000);
    });

    // Contents and trees
    // Compare two commits (merge groups, pushes): `files` paged like GitHub (per_page ≤ 100, 300 max).
    this.on("GET", "/repos/:o/:r/compare/:basehead", (c) => {
      const repo = repoOf(c);
      const m = /^(.+?)\.\.\.(.+)$/.exec(c.params[2]!);
      const base = m ? repo.resolve(m[1]) : null;
      const head = m ? repo.resolve(m[2]) : null;
      if (!base || !head) throw notFound();
      const all = repo.diffFiles(base, head).slice(0, 300);
      const perPage = Math.min(100, Math.max(1, Number(c.query.per_page ?? 30) || 30));
      const page = Math.max(1, Number(c.query.page ?? 1) || 1);
      const files = all.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const q = new URLSearchParams({ ...c.query, per_page: String(perPage), page: String(page + 1) });
        headers.link = `<${this.url}${c.path}?${q.toString()}>; rel="next"`;
      }
      return {
        status: 200,
        headers,
        body: { status: "ahead", base_commit: { sha: base }, merge_base_commit: { sha: base }, files },
      };
    });
    this.on("GET", "/repos/:o/:r/contents/*", (c) => this.contents(c, repoOf(c), c.params[2]!));
    this.on("GET", "/repos/:o/:r/contents", (c) => this.contents(c, repoOf(c), ""));
    this.on("GET", "/repos/:o/:r/git/trees/:sha", (c) => {
      const repo = repoOf(c);
      const sha = repo.resolve(c.params[2]);
      if (!sha) throw notFound();
      const tree = repo.commits.get(sha)!;
      const recursive = c.query.recursive !== undefined;
      const entries: Record<string, unknown>[] = [];
      const dirs = new Set<string>();
      for (const [p, f] of [...tree].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const parts = p.split("/");
        for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
        if (recursive || parts.length === 1) {
          entries.push({
            path: p,
            mode: "100644",
            type: "blob",
            sha: f.sha,
            size: Buffer.byteLength(f.text),
          });
        }
      }
      for (const d of [...dirs].sort()) {
        if (recursive || !d.includes("/"))
          entries.push({ path: d, mode: "040000", type: "tree", sha: gitBlobSha(d) });
      }
      return { status: 200, body: { sha, truncated: false, tree: entries } };
    });

    // GraphQL
    this.on("POST", "/graphql", (c) => this.graphql(c));

    // Issue comments
    this.on("GET", "/repos/:o/:r/issues/:n/comments", (c) => {
      const repo = repoOf(c);
      return this.paged(
        c,
        repo.comments(num(c.params[2])).map((x) => this.commentJson(repo, x)),
      );
    });
    this.on("POST", "/repos/:o/:r/issues/:n/comments", (c) => {
      const repo = repoOf(c);
      if (!this.permissions.comments) throw forbidden();
      const n = num(c.params[2]);
      if (!repo.pulls.has(n)) throw notFound();
      const text = isObject(c.body) ? c.body.body : undefined;
      if (typeof text !== "string" || text === "") throw invalid("Validation Failed: body is missing");
      if (text.length > COMMENT_MAX) throw invalid(`Body is too long (maximum is ${COMMENT_MAX} characters)`);
      return { status: 201, body: this.commentJson(repo, this.createComment(repo, n, text)) };
    });
    const findComment = (repo: FakeRepo, id: string | undefined): FakeComment => {
      const cm = repo.issueComments.find((x) => x.id === num(id) && !x.deleted);
      if (!cm) throw notFound();
      return cm;
    };
    this.on("GET", "/repos/:o/:r/issues/comments/:id", (c) => {
      const repo = repoOf(c);
      return { status: 200, body: this.commentJson(repo, findComment(repo, c.params[2])) };
    });
    this.on("PATCH", "/repos/:o/:r/issues/comments/:id", (c) => {
      const repo = repoOf(c);
      if (!this.permissions.comments) throw forbidden();
      const cm = findComment(repo, c.params[2]);
      const text = isObject(c.body) ? c.body.body : undefined;
      if (typeof text !== "string" || text === "") throw invalid("Validation Failed: body is missing");
      if (text.length > COMMENT_MAX) throw invalid(`Body is too long (maximum is ${COMMENT_MAX} characters)`);
      cm.body = text;
      cm.updated_at = this.now();
      return { status: 200, body: this.commentJson(repo, cm) };
    });
    this.on("DELETE", "/repos/:o/:r/issues/comments/:id", (c) => {
      const repo = repoOf(c);
      if (!this.permissions.comments) throw forbidden();
      findComment(repo, c.params[2]).deleted = true;
      return { status: 204 };
    });

    // Check runs
    this.on("POST", "/repos/:o/:r/check-runs", (c) => {
      const repo = repoOf(c);
      if (!this.permissions.checks) throw forbidden();
      const b = isObject(c.body) ? c.body : {};
      if (typeof b.name !== "string" || b.name === "")
        throw invalid('Invalid request.\n\n"name" wasn\'t supplied.');
      if (typeof b.head_sha !== "string") throw invalid('Invalid request.\n\n"head_sha" wasn\'t supplied.');
      if (!repo.commits.has(b.head_sha)) throw invalid("No commit found for SHA: " + b.head_sha);
      const t = this.now();
      const id = ++this.ids.check;
      const run: FakeCheckRun = {
        id,
        node_id: `CR_kwDO${id}`,
        name: b.name,
        head_sha: b.head_sha,
        status: "queued",
        conclusion: null,
        started_at: typeof b.started_at === "string" ? b.started_at : t,
        completed_at: null,
        details_url: typeof b.details_url === "string" ? b.details_url : null,
        external_id: typeof b.external_id === "string" ? b.external_id : null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        annotationBatches: [],
        history: [],
      };
      applyCheckUpdate(run, b, t);
      repo.checkRuns.push(run);
      return { status: 201, body: this.checkRunJson(repo, run) };
    });
    const findRun = (repo: FakeRepo, id: string | undefined): FakeCheckRun => {
      const run = repo.checkRuns.find((x) => x.id === num(id));
      if (!run) throw notFound();
      return run;
    };
    this.on("GET", "/repos/:o/:r/check-runs/:id", (c) => {
      const repo = repoOf(c);
      return { status: 200, body: this.checkRunJson(repo, findRun(repo, c.params[2])) };
    });
    this.on("PATCH", "/repos/:o/:r/check-runs/:id", (c) => {
      const repo = repoOf(c);
      if (!this.permissions.checks) throw forbidden();
      const run = findRun(repo, c.params[2]);
      applyCheckUpdate(run, isObject(c.body) ? c.body : {}, this.now());
      return { status: 200, body: this.checkRunJson(repo, run) };
    });
    this.on("GET", "/repos/:o/:r/check-runs/:id/annotations", (c) => {
      const repo = repoOf(c);
      return this.paged(c, findRun(repo, c.params[2]).annotations);
    });
    this.on("GET", "/repos/:o/:r/commits/:ref/check-runs", (c) => {
      const repo = repoOf(c);
      const sha = repo.resolve(c.params[2]);
      if (!sha) throw invalid(`No commit found for SHA: ${c.params[2]}`);
      const runs = repo.checkRuns
        .filter(
          (r) => r.head_sha === sha && (c.query.check_name === undefined || r.name === c.query.check_name),
        )
        .map((r) => this.checkRunJson(repo, r));
      return { status: 200, body: { total_count: runs.length, check_runs: runs } };
    });

    // Releases
    this.on("GET", "/repos/:o/:r/releases", (c) => {
      const repo = repoOf(c);
      const list = repo
        .releases()
        .slice()
        .reverse()
        .map((r) => this.releaseJson(repo, r));
      return this.paged(c, list);
    });
    const findRelease = (repo: FakeRepo, id: string | undefined): FakeRelease => {
      const rel = repo.releaseList.find((x) => x.id === num(id) && !x.deleted);
      if (!rel) throw notFound();
      return rel;
    };
    this.on("GET", "/repos/:o/:r/releases/latest", (c) => {
      const repo = repoOf(c);
      const rel = repo
        .releases()
        .filter((r) => !r.draft && !r.prerelease)
        .at(-1);
      if (!rel) throw notFound();
      return { status: 200, body: this.releaseJson(repo, rel) };
    });
    this.on("GET", "/repos/:o/:r/releases/tags/:tag", (c) => {
      const repo = repoOf(c);
      const rel = repo.releases().find((r) => r.tag_name === c.params[2] && !r.draft);
      if (!rel) throw notFound();
      return { status: 200, body: this.releaseJson(repo, rel) };
    });
    this.on("GET", "/repos/:o/:r/releases/:id", (c) => {
      const repo = repoOf(c);
      return { status: 200, body: this.releaseJson(repo, findRelease(repo, c.params[2])) };
    });
    this.on("POST", "/repos/:o/:r/releases", (c) => {
      const repo = repoOf(c);
      if (!this.permissions.releases) throw forbidden();
      const b = isObject(c.body) ? c.body : {};
      if (typeof b.tag_name !== "string" || b.tag_name === "")
        throw invalid("Validation Failed: tag_name is missing");
      if (repo.releases().some((r) => r.tag_name === b.tag_name && !r.draft && b.draft !== true)) {
        throw invalid("Validation Failed: tag_name already_exists", {
          errors: [{ resource: "Release", code: "already_exists", field: "tag_name" }],
        });
      }
      const t = this.now();
      const id = ++this.ids.release;
      const draft = b.draft === true;
      const rel: FakeRelease = {
        id,
        node_id: `RE_kwDO${id}`,
        tag_name: b.tag_name,
        target_commitish: typeof b.target_commitish === "string" ? b.target_commitish : repo.defaultBranch,
        name: typeof b.name === "string" ? b.name : null,
        body: typeof b.body === "string" ? b.body : null,
        draft,
        prerelease: b.prerelease === true,
        created_at: t,
        published_at: draft ? null : t,
        deleted: false,
      };
      if ((rel.body ?? "").length > 125_000)
        throw invalid("Validation Failed: body is too long (maximum is 125000)");
      repo.releaseList.push(rel);
      return { status: 201, body: this.releaseJson(repo, rel) };
    });
    this.on("PATCH", "/repos/:o/:r/releases/:id", (c) => {
      const repo = repoOf(c);
      if (!this.permissions.releases) throw forbidden();
      const rel = findRelease(repo, c.params[2]);
      const b = isObject(c.body) ? c.body : {};
      if (typeof b.tag_name === "string") rel.tag_name = b.tag_name;
      if (typeof b.name === "string") rel.name = b.name;
      if (typeof b.body === "string") {
        if (b.body.length > 125_000) throw invalid("Validation Failed: body is too long (maximum is 125000)");
        rel.body = b.body;
      }
      if (typeof b.target_commitish === "string") rel.target_commitish = b.target_commitish;
      if (typeof b.prerelease === "boolean") rel.prerelease = b.prerelease;
      if (typeof b.draft === "boolean") {
        if (rel.draft && !b.draft) rel.published_at = this.now();
        rel.draft = b.draft;
      }
      return { status: 200, body: this.releaseJson(repo, rel) };
    });
    this.on("DELETE", "/repos/:o/:r/releases/:id", (c) => {
      const repo = repoOf(c);
      if (!this.permissions.releases) throw forbidden();
      findRelease(repo, c.params[2]).deleted = true;
      return { status: 204 };
    });
  }

  private contents(c: Ctx, repo: FakeRepo, path: string): Reply {
    const sha = repo.resolve(c.query.ref);
    if (!sha) throw new HttpError(404, `No commit found for the ref ${c.query.ref ?? ""}`);
    const tree = repo.commits.get(sha)!;
    const accept = (c.headers["accept"] ?? "").toLowerCase();
    const raw = /application\/vnd\.github(\.v3)?\.raw/.test(accept);
    const f = tree.get(path);
    if (f) {
      if (raw)
        return {
          status: 200,
          raw: f.text,
          headers: { "content-type": "application/vnd.github.raw; charset=utf-8" },
        };
      const size = f.binary ? Buffer.from(f.text, "latin1").length : Buffer.byteLength(f.text);
      const content = f.binary ? Buffer.from(f.text, "latin1").toString("base64") : b64(f.text);
      return {
        status: 200,
        body: {
          type: "file",
          encoding: "base64",
          size,
          name: path.split("/").pop(),
          path,
          sha: f.sha,
          // GitHub wraps base64 at 60 columns.
          content: content.replace(/(.{60})/g, "$1\n"),
          url: `${this.url}/repos/${repo.fullName}/contents/${path}?ref=${sha}`,
        },
      };
    }
    const prefix = path === "" ? "" : `${path}/`;
    const children = new Map<string, Record<string, unknown>>();
    for (const [p, file] of tree) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const name = rest.split("/")[0]!;
      const isDir = rest.includes("/");
      if (!children.has(name)) {
        children.set(name, {
          type: isDir ? "dir" : "file",
          name,
          path: prefix + name,
          sha: isDir ? gitBlobSha(prefix + name) : file.sha,
          size: isDir ? 0 : Buffer.byteLength(file.text),
        });
      }
    }
    if (children.size === 0) throw notFound();
    return {
      status: 200,
      body: [...children.values()].sort((a, b) => ((a.name as string) < (b.name as string) ? -1 : 1)),
    };
  }

  private graphql(c: Ctx): Reply {
    const b = isObject(c.body) ? c.body : {};
    const query = typeof b.query === "string" ? b.query : "";
    const variables = isObject(b.variables) ? b.variables : {};
    const op = c.record.graphql?.operation ?? "unknown";
    if (op === "minimizeComment") {
      const subj = new RegExp(`subjectId\\s*:\\s*${STRING_OR_VAR}`).exec(query);
      const cls = new RegExp(`classifier\\s*:\\s*(\\$\\w+|\\w+)`).exec(query);
      const subjectId = subj ? decodeGraphqlString(subj[1]!, variables) : undefined;
      const classifier = cls ? decodeGraphqlString(cls[1]!, variables) : undefined;
      if (!this.permissions.comments) {
        return {
          status: 200,
          body: {
            data: { minimizeComment: null },
            errors: [
              {
                type: "FORBIDDEN",
                path: ["minimizeComment"],
                locations: [{ line: 1, column: 1 }],
                message: "Resource not accessible by integration",
              },
            ],
          },
        };
      }
      for (const repo of this.repos.values()) {
        const cm = repo.issueComments.find((x) => x.node_id === subjectId && !x.deleted);
        if (cm) {
          cm.minimized = { reason: String(classifier ?? "OUTDATED") };
          return {
            status: 200,
            body: {
              data: {
                minimizeComment: {
                  minimizedComment: {
                    isMinimized: true,
                    minimizedReason: String(classifier ?? "OUTDATED").toLowerCase(),
                  },
                },
              },
            },
          };
        }
      }
      return {
        status: 200,
        body: {
          data: { minimizeComment: null },
          errors: [
            {
              type: "NOT_FOUND",
              path: ["minimizeComment"],
              message: `Could not resolve to a node with the global id of '${String(subjectId)}'`,
            },
          ],
        },
      };
    }
    if (op === "repository") {
      const owner = new RegExp(`owner\\s*:\\s*${STRING_OR_VAR}`).exec(query);
      const name = new RegExp(`name\\s*:\\s*${STRING_OR_VAR}`).exec(query);
      const o = owner ? decodeGraphqlString(owner[1]!, variables) : undefined;
      const n = name ? decodeGraphqlString(name[1]!, variables) : undefined;
      const repo = this.repos.get(`${String(o)}/${String(n)}`.toLowerCase());
      if (!repo) {
        return {
          status: 200,
          body: {
            data: { repository: null },
            errors: [
              {
                type: "NOT_FOUND",
                path: ["repository"],
                message: `Could not resolve to a Repository with the name '${String(o)}/${String(n)}'.`,
              },
            ],
          },
        };
      }
      const re = new RegExp(
        `(\\w+)\\s*:\\s*object\\s*\\(\\s*expression\\s*:\\s*${STRING_OR_VAR}\\s*\\)`,
        "g",
      );
      const objects: [string, unknown][] = [];
      for (const m of query.matchAll(re)) objects.push([m[1]!, decodeGraphqlString(m[2]!, variables)]);
      const max = this.options.graphqlMaxObjects;
      if (max !== undefined && objects.length > max) {
        return {
          status: 200,
          body: {
            errors: [
              {
                message: `This query requests ${objects.length} objects, which exceeds the maximum of ${max}.`,
                type: "MAX_NODE_LIMIT_EXCEEDED",
              },
            ],
          },
        };
      }
      const maxText = this.options.graphqlMaxTextBytes ?? 512 * 1024;
      const data: Record<string, unknown> = {};
      for (const [alias, expr] of objects) {
        const s = String(expr);
        const i = s.indexOf(":");
        const f = i < 0 ? null : repo.file(s.slice(0, i), s.slice(i + 1));
        if (!f) {
          data[alias] = null;
          continue;
        }
        const byteSize = f.binary ? Buffer.from(f.text, "latin1").length : Buffer.byteLength(f.text);
        const truncated = !f.binary && byteSize > maxText;
        data[alias] = {
          __typename: "Blob",
          oid: f.sha,
          byteSize,
          isBinary: f.binary,
          isTruncated: truncated,
          text: f.binary || truncated ? null : f.text,
        };
      }
      return { status: 200, body: { data: { repository: data } } };
    }
    return {
      status: 200,
      body: { errors: [{ message: `fake-github does not support this query: ${query.slice(0, 200)}` }] },
    };
  }
}

function applyCheckUpdate(run: FakeCheckRun, b: Record<string, unknown>, now: string): void {
  const status = b.status;
  const conclusion = b.conclusion;
  const conclusions = [
    "action_required",
    "cancelled",
    "failure",
    "neutral",
    "success",
    "skipped",
    "stale",
    "timed_out",
  ];
  if (status !== undefined && !["queued", "in_progress", "completed"].includes(String(status))) {
    throw invalid(
      `Invalid request.\n\n${JSON.stringify(status)} is not a member of ["queued", "in_progress", "completed"].`,
    );
  }
  if (conclusion !== undefined && !conclusions.includes(String(conclusion))) {
    throw invalid(`Invalid request.\n\n${JSON.stringify(conclusion)} is not a valid conclusion.`);
  }
  if (status === "completed" && conclusion === undefined && run.conclusion === null) {
    throw invalid("Invalid request.\n\nconclusion is required when status is completed.");
  }
  let batch: FakeAnnotation[] = [];
  if (b.output !== undefined) {
    if (!isObject(b.output)) throw invalid('Invalid request.\n\n"output" is not an object.');
    const o = b.output;
    if (typeof o.title !== "string" || typeof o.summary !== "string") {
      throw invalid('Invalid request.\n\n"title" and "summary" are required in output.');
    }
    if (o.summary.length > CHECK_TEXT_MAX)
      throw invalid("Invalid request.\n\noutput.summary is too long (maximum is 65535 characters).");
    if (typeof o.text === "string" && o.text.length > CHECK_TEXT_MAX) {
      throw invalid("Invalid request.\n\noutput.text is too long (maximum is 65535 characters).");
    }
    const anns = o.annotations ?? [];
    if (!Array.isArray(anns)) throw invalid("Invalid request.\n\nannotations is not an array.");
    if (anns.length > 50) throw invalid("Invalid request.\n\nOnly 50 annotations are allowed per request.");
    for (const a of anns as unknown[]) {
      if (
        !isObject(a) ||
        typeof a.path !== "string" ||
        !Number.isInteger(a.start_line) ||
        !Number.isInteger(a.end_line) ||
        typeof a.message !== "string" ||
        !["notice", "warning", "failure"].includes(String(a.annotation_level))
      ) {
        throw invalid(`Invalid request.\n\nInvalid annotation: ${JSON.stringify(a)}`);
      }
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
        throw invalid("Invalid request.\n\nstart_column and end_column may only be used on a single line.");
      }
      if ((a.start_line as number) < 1 || (a.end_line as number) < (a.start_line as number)) {
        throw invalid(`Invalid request.\n\nInvalid annotation line range: ${JSON.stringify(a)}`);
      }
    }
    batch = anns as FakeAnnotation[];
    run.output = {
      title: o.title,
      summary: o.summary,
      text: typeof o.text === "string" ? o.text : run.output.text,
    };
  }
  run.history.push(b);
  if (batch.length > 0) {
    run.annotations.push(...batch);
    run.annotationBatches.push(batch);
  }
  if (typeof b.name === "string") run.name = b.name;
  if (typeof b.details_url === "string") run.details_url = b.details_url;
  if (typeof b.external_id === "string") run.external_id = b.external_id;
  if (conclusion !== undefined) {
    run.conclusion = String(conclusion);
    run.status = "completed";
    run.completed_at = typeof b.completed_at === "string" ? b.completed_at : now;
  } else if (status !== undefined) {
    run.status = status as FakeCheckRun["status"];
  }
}

function classifyGraphql(query: string): {
  operation: "repository" | "minimizeComment" | "unknown";
  objects: number;
} {
  if (/\bminimizeComment\s*\(/.test(query)) return { operation: "minimizeComment", objects: 0 };
  if (/\brepository\s*\(/.test(query)) {
    return {
      operation: "repository",
      objects: [...query.matchAll(/\bobject\s*\(\s*expression\s*:/g)].length,
    };
  }
  return { operation: "unknown", objects: 0 };
}

function describeFault(f: FaultSpec): string {
  if (f.reset) return "reset";
  if (f.hang) return "hang";
  if (f.truncate) return "truncate";
  if (f.status !== undefined) return `status ${f.status}`;
  return `delay ${f.delayMs ?? 0}ms`;
}

function defaultMessage(status: number): string {
  switch (status) {
    case 401:
      return "Bad credentials";
    case 403:
      return "Resource not accessible by integration";
    case 404:
      return "Not Found";
    case 422:
      return "Validation Failed";
    case 502:
      return "Server Error";
    default:
      return status >= 500 ? "Internal Server Error" : "Error";
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Verifies an RS256 JWT against a PEM public key (signature, expiry and, when given, `iss`). */
function verifyJwt(jwt: string, publicKeyPem: string, appId: number | string | undefined): boolean {
  const parts = jwt.split(".");
  if (parts.length !== 3) return false;
  const [h, p, s] = parts as [string, string, string];
  try {
    const header = JSON.parse(Buffer.from(h, "base64url").toString("utf8")) as { alg?: string };
    if (header.alg !== "RS256") return false;
    const ok = verifySignature(
      "RSA-SHA256",
      Buffer.from(`${h}.${p}`),
      createPublicKey(publicKeyPem),
      Buffer.from(s, "base64url"),
    );
    if (!ok) return false;
    const payload = JSON.parse(Buffer.from(p, "base64url").toString("utf8")) as { iss?: unknown };
    if (appId !== undefined && String(payload.iss) !== String(appId)) return false;
    return true;
  } catch {
    return false;
  }
}
