/**
 * Test harness for the GitHub App: a real `Probot` authenticated as a GitHub App (generated RSA key,
 * installation tokens from the fake server), mounted with `createNodeMiddleware` on a loopback HTTP
 * server, and signed webhook deliveries built from `@octokit/webhooks-examples` payloads.
 *
 * All GitHub traffic goes to `FakeGitHub` (test/support/fake-github.ts), which verifies the app JWT
 * on `/app/*` and accepts only installation tokens it issued everywhere else.
 */
import { createHmac, generateKeyPairSync, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import examples from "@octokit/webhooks-examples";
import { Probot, ProbotOctokit, type ApplicationFunction, type Logger } from "probot";
import { reviewsInFlight } from "../../src/app/review.js";
import { createWebhookMiddleware, deliveriesInFlight } from "../../src/app/webhook.js";
import { FakeGitHub, type FakeRepo } from "./fake-github.js";

export const APP_ID = 4242;
export const WEBHOOK_SECRET = "test-webhook-secret-\u00e9";

let cachedKeys: { privateKey: string; publicKey: string } | null = null;

/** One 2048-bit RSA key pair per test process (generation takes ~100 ms). */
export function appKeys(): { privateKey: string; publicKey: string } {
  cachedKeys ??= generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
  });
  return cachedKeys;
}

/** `sha256=<hex>` as GitHub signs deliveries (X-Hub-Signature-256). */
export function sign(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** Starts the fake GitHub with app authentication on (JWT checked, only issued tokens accepted). */
export async function startFakeGitHub(): Promise<FakeGitHub> {
  return FakeGitHub.start({ appPublicKey: appKeys().publicKey, appId: APP_ID, tokens: [] });
}

/** One structured log record: the bindings of every `child()` on the way, the fields, the message. */
export interface LogRecord {
  level: string;
  msg?: string;
  [field: string]: unknown;
}

/**
 * A logger with pino's shape (what Probot and `context.log` use) that keeps every record, so tests
 * can assert what the app logs and with which fields.
 */
export function recordingLogger(records: LogRecord[], bindings: Record<string, unknown> = {}): Logger {
  const write =
    (level: string) =>
    (first?: unknown, ...rest: unknown[]): void => {
      const fields = typeof first === "object" && first !== null ? (first as Record<string, unknown>) : {};
      const msg = typeof first === "string" ? first : typeof rest[0] === "string" ? rest[0] : undefined;
      records.push({ level, ...bindings, ...fields, ...(msg === undefined ? {} : { msg }) });
    };
  const logger = {
    level: "trace",
    child: (b: Record<string, unknown>) => recordingLogger(records, { ...bindings, ...b }),
    trace: write("trace"),
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    fatal: write("fatal"),
    silent: () => {},
    isLevelEnabled: () => true,
  };
  return logger as unknown as Logger;
}

/** A Probot wired to the fake GitHub, with retries and throttling off (faults must surface). */
export function createTestProbot(gh: FakeGitHub, options: { secret?: string; log?: Logger } = {}): Probot {
  return new Probot({
    appId: APP_ID,
    privateKey: appKeys().privateKey,
    secret: options.secret ?? WEBHOOK_SECRET,
    baseUrl: gh.url,
    logLevel: "fatal",
    ...(options.log ? { log: options.log } : {}),
    Octokit: ProbotOctokit.defaults({
      retry: { enabled: false },
      throttle: { enabled: false },
    }) as typeof ProbotOctokit,
  });
}

export interface AppServer {
  url: string;
  probot: Probot;
  close(): Promise<void>;
}

/** Mounts an app with the app's webhook middleware (`createMiddleware`) on 127.0.0.1 (random port). */
export async function serveApp(
  gh: FakeGitHub,
  app: ApplicationFunction,
  options: { log?: Logger; maxBodyBytes?: number } = {},
): Promise<AppServer> {
  const probot = createTestProbot(gh, options);
  const middleware = await createWebhookMiddleware(app, {
    probot,
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  const server: Server = createServer((req, res) => {
    void middleware(req, res, () => {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    probot,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Delivery {
  status: number;
  body: string;
}

/** POSTs a signed delivery to the app's webhook path. */
export async function deliver(
  baseUrl: string,
  event: string,
  payload: unknown,
  options: { secret?: string; signature?: string; path?: string } = {},
): Promise<Delivery> {
  const body = JSON.stringify(payload);
  const res = await fetch(`${baseUrl}${options.path ?? "/api/github/webhooks"}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": event,
      "x-github-delivery": randomUUID(),
      "x-hub-signature-256": options.signature ?? sign(body, options.secret),
      "user-agent": "GitHub-Hookshot/test",
    },
    body,
  });
  return { status: res.status, body: await res.text() };
}

/**
 * Waits until every review this process started has finished. The webhook middleware answers
 * `202 still processing` when a review takes over 9 s (a loaded CI machine) and the review goes on,
 * so tests that assert what was published settle first (down to `atMost` reviews still running).
 */
export async function settle(atMost = 0): Promise<void> {
  const busy = (): number => Math.max(reviewsInFlight(), deliveriesInFlight());
  for (let waited = 0; busy() > atMost; waited += 20) {
    if (waited > 120_000) throw new Error(`${busy()} review(s) still running after 120 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** `deliver`, then `settle`: the delivery's review (if any) has published when this resolves. */
export async function deliverAndSettle(
  baseUrl: string,
  event: string,
  payload: unknown,
  options: { secret?: string; signature?: string; path?: string } = {},
): Promise<Delivery> {
  const res = await deliver(baseUrl, event, payload, options);
  await settle();
  return res;
}

/** The app answers 202 as soon as a delivery is verified and accepted (the review runs after). */
export const ACCEPTED = [202];

// ─── Payloads ───────────────────────────────────────────────────────────────────────────────────

interface ExampleGroup {
  name: string;
  examples: Record<string, unknown>[];
}

/** A deep copy of the first real example payload of `event` with `action` (and an installation). */
export function examplePayload(event: string, action: string): Record<string, unknown> {
  const group = (examples as unknown as ExampleGroup[]).find((g) => g.name === event);
  const ex =
    group?.examples.find((e) => e.action === action && e.installation !== undefined) ??
    group?.examples.find((e) => e.action === action);
  if (!ex) throw new Error(`no ${event}.${action} example in @octokit/webhooks-examples`);
  return structuredClone(ex);
}

function pointRepository(payload: Record<string, unknown>, repo: FakeRepo): void {
  const r = payload.repository as Record<string, unknown>;
  r.id = repo.id;
  r.name = repo.name;
  r.full_name = repo.fullName;
  r.html_url = `https://github.com/${repo.fullName}`;
  r.url = `https://api.github.com/repos/${repo.fullName}`;
  r.default_branch = repo.defaultBranch;
  (r.owner as Record<string, unknown>).login = repo.owner;
  payload.installation = { id: repo.installationId, node_id: `MDIz${repo.installationId}` };
}

/**
 * A real `pull_request` payload rewritten to point at a PR of the fake repo (number, SHAs, repo,
 * installation). `edited` has no example upstream: it is the `opened` example with `changes` added.
 */
export function pullRequestPayload(
  action: string,
  repo: FakeRepo,
  number: number,
  extra: { changes?: Record<string, unknown>; headSha?: string } = {},
): Record<string, unknown> {
  const payload = examplePayload("pull_request", action === "edited" ? "opened" : action);
  payload.action = action;
  const pr = repo.pull(number);
  pointRepository(payload, repo);
  payload.number = number;
  const p = payload.pull_request as Record<string, Record<string, unknown>>;
  (p as Record<string, unknown>).number = number;
  (p as Record<string, unknown>).state = pr.state;
  p.head!.sha = extra.headSha ?? pr.headSha;
  p.head!.ref = pr.headRef;
  p.base!.sha = pr.baseSha;
  p.base!.ref = pr.baseRef;
  for (const side of [p.head!, p.base!]) {
    const sr = side.repo as Record<string, unknown> | null;
    if (sr) {
      sr.id = repo.id;
      sr.name = repo.name;
      sr.full_name = repo.fullName;
    }
  }
  if (extra.changes) payload.changes = extra.changes;
  if (action === "synchronize") {
    payload.before = pr.baseSha;
    payload.after = p.head!.sha;
  }
  return payload;
}

/** A real `check_run.rerequested` / `check_suite.rerequested` payload for `sha` listing `prs`. */
export function checkPayload(
  event: "check_run" | "check_suite",
  repo: FakeRepo,
  sha: string,
  prs: number[],
): Record<string, unknown> {
  const payload = examplePayload(event, "rerequested");
  pointRepository(payload, repo);
  const check = payload[event] as Record<string, unknown>;
  check.head_sha = sha;
  check.pull_requests = prs.map((n) => {
    const pr = repo.pull(n);
    const side = (ref: string, s: string): Record<string, unknown> => ({
      ref,
      sha: s,
      repo: { id: repo.id, url: `${repo.fullName}`, name: repo.name },
    });
    return { number: n, head: side(pr.headRef, sha), base: side(pr.baseRef, pr.baseSha) };
  });
  if (event === "check_run") {
    const suite = check.check_suite as Record<string, unknown>;
    suite.head_sha = sha;
    suite.pull_requests = check.pull_requests;
  }
  return payload;
}

/**
 * A real `merge_group.checks_requested` payload (from @octokit/webhooks-examples) pointed at the
 * fake repo: the queue's `base_sha` and its temporary `head_sha` commit.
 */
export function mergeGroupPayload(repo: FakeRepo, baseSha: string, headSha: string): Record<string, unknown> {
  const payload = examplePayload("merge_group", "checks_requested");
  pointRepository(payload, repo);
  const g = payload.merge_group as Record<string, unknown>;
  g.base_sha = baseSha;
  g.head_sha = headSha;
  g.base_ref = `refs/heads/${repo.defaultBranch}`;
  g.head_ref = `refs/heads/gh-readonly-queue/${repo.defaultBranch}/pr-7-${headSha}`;
  (g.head_commit as Record<string, unknown>).id = headSha;
  return payload;
}
