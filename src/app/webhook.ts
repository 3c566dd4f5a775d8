/**
 * The webhook endpoint, in front of Probot: bounded, quiet, and quick to answer.
 *
 * 1. **Size first.** A body over `maxBodyBytes` (default 1 MiB; GitHub caps payloads at 25 MB and a
 *    pull_request payload is tens of kB) is answered 413 from its `Content-Length`, or as soon as the
 *    streamed bytes pass the limit — before any parsing, signature check or logging of its content.
 * 2. **Signature, then shape.** Unsigned or badly signed deliveries get 400; a signed body that is
 *    not JSON gets 400; signed JSON that is not an object, or an event we route without the object
 *    the route needs (`pull_request` for pull_request events, …) gets 422. Nothing of the body is
 *    logged, ever: log records carry the delivery id, the event and the size.
 * 3. **202, then work.** An accepted delivery is answered 202 at once and handed to Probot's
 *    webhooks (`receive`, which does not log payloads); handler errors are logged by delivery id
 *    and never rethrown into Probot's error handler (which would print the event with its payload).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApplicationFunction, Logger, Probot } from "probot";

/** Default body limit: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Path the webhook endpoint serves unless `path` / `WEBHOOK_PATH` says otherwise. */
export const DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";

/** Options of `createWebhookHandler`: the path served, the body limit, and the logger (default Probot's). */
export interface WebhookOptions {
  /** Path served (default `/api/github/webhooks`). */
  path?: string;
  /** Largest accepted body in bytes (default 1 MiB; env `WEBHOOK_MAX_BODY_BYTES`). */
  maxBodyBytes?: number;
  log?: Logger;
}

/** Deliveries accepted and still being handled in this process. */
const inFlight = new Set<Promise<void>>();

/** How many accepted deliveries this process is still handling. */
export function deliveriesInFlight(): number {
  return inFlight.size;
}

/** Resolves when every accepted delivery has been handled (or after `timeoutMs`); returns how many are left. */
export async function drainDeliveries(timeoutMs: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)));
  await Promise.race([Promise.allSettled([...inFlight]), deadline]);
  clearTimeout(timer);
  return inFlight.size;
}

/** The body limit from `WEBHOOK_MAX_BODY_BYTES`, else the default. */
export function maxBodyFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.WEBHOOK_MAX_BODY_BYTES);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_BODY_BYTES;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Why a signed payload cannot be handled, or null when it can: the routes read these fields, and
 * a payload without them is a client error (422), not a crash (500).
 */
export function payloadProblem(event: string, payload: unknown): string | null {
  if (!isObject(payload)) return "the payload is not a JSON object";
  const repo = payload.repository;
  const needsRepo = ["pull_request", "check_run", "check_suite", "push"].includes(event);
  if (needsRepo && (!isObject(repo) || typeof repo.name !== "string" || !isObject(repo.owner)))
    return "the payload has no repository";
  if (event === "pull_request") {
    const pr = payload.pull_request;
    if (!isObject(pr)) return "a pull_request event without a pull_request";
    if (typeof pr.number !== "number") return "pull_request.number is missing";
    if (!isObject(pr.head) || typeof pr.head.sha !== "string") return "pull_request.head.sha is missing";
    if (!isObject(pr.base) || typeof pr.base.sha !== "string") return "pull_request.base.sha is missing";
  }
  if (event === "check_run" || event === "check_suite") {
    const check = payload[event];
    if (!isObject(check) || typeof check.head_sha !== "string")
      return `a ${event} event without ${event}.head_sha`;
    if (check.pull_requests !== undefined && !Array.isArray(check.pull_requests))
      return `${event}.pull_requests is not a list`;
  }
  if (needsRepo && !isObject(payload.installation)) return "the payload names no installation";
  return null;
}

function answer(res: ServerResponse, status: number, message: string, close = false): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    ...(close ? { connection: "close" } : {}),
  });
  res.end(JSON.stringify({ status, message }));
}

/**
 * The webhook handler (Probot's handler shape: resolves true when it answered the request).
 * `probot` must already have the app loaded.
 */
export function createWebhookHandler(
  probot: Probot,
  options: WebhookOptions = {},
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const path = options.path ?? DEFAULT_WEBHOOK_PATH;
  const max = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = (options.log ?? probot.log).child({ name: "webhook" });

  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== path) return false;
    const delivery = String(req.headers["x-github-delivery"] ?? "").slice(0, 100);
    const event = String(req.headers["x-github-event"] ?? "").slice(0, 100);
    if (req.method !== "POST") {
      answer(res, 405, "POST webhook deliveries here");
      return true;
    }
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > max) {
      log.warn({ delivery, event, bytes: declared, limit: max }, "delivery too large: 413");
      answer(res, 413, `payloads over ${max} bytes are not accepted`, true);
      req.resume();
      req.socket.destroySoon?.();
      return true;
    }
    let body: Buffer;
    try {
      body = await readBody(req, max);
    } catch (e) {
      const tooLarge = (e as Error).message === "too large";
      log.warn(
        { delivery, event, limit: max },
        tooLarge ? "delivery too large: 413" : "delivery body unreadable",
      );
      answer(
        res,
        tooLarge ? 413 : 400,
        tooLarge ? `payloads over ${max} bytes are not accepted` : "unreadable body",
        true,
      );
      req.socket.destroySoon?.();
      return true;
    }
    const signature = String(req.headers["x-hub-signature-256"] ?? "");
    if (!delivery || !event || !signature) {
      log.warn({ delivery, event, bytes: body.length }, "delivery without id, event or signature: 400");
      answer(res, 400, "x-github-delivery, x-github-event and x-hub-signature-256 are required");
      return true;
    }
    const text = body.toString("utf8");
    let valid = false;
    try {
      valid = await probot.webhooks.verify(text, signature);
    } catch {
      valid = false;
    }
    if (!valid) {
      log.warn(
        { delivery, event, bytes: body.length },
        "signature does not match: 400 (check WEBHOOK_SECRET)",
      );
      answer(res, 400, "signature does not match");
      return true;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      log.warn({ delivery, event, bytes: body.length }, "signed body is not JSON: 400");
      answer(res, 400, "the body is not JSON");
      return true;
    }
    const problem = payloadProblem(event, payload);
    if (problem) {
      log.warn({ delivery, event, bytes: body.length, problem }, "signed payload cannot be handled: 422");
      answer(res, 422, problem);
      return true;
    }
    log.info({ delivery, event, bytes: body.length }, "delivery accepted: 202");
    answer(res, 202, "accepted");
    const work = probot.webhooks
      .receive({ id: delivery, name: event, payload } as Parameters<Probot["webhooks"]["receive"]>[0])
      .catch((e: unknown) => {
        const errors = e instanceof AggregateError ? e.errors : [e];
        for (const err of errors)
          log.error(
            { delivery, event, error: err instanceof Error ? err.message : String(err) },
            "handler failed",
          );
      })
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
    return true;
  };
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > max) {
        done = true;
        chunks.length = 0;
        req.pause();
        reject(new Error("too large"));
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on("error", (e) => {
      if (!done) reject(e);
    });
  });
}

/** A Node middleware: `(req, res, next?)`, resolving true when it answered. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next?: () => void) => Promise<boolean>;

/**
 * Like Probot's `createNodeMiddleware`, with this module's guarded webhook endpoint in place of
 * Probot's: loads the app (its `addHandler` handlers, e.g. `/healthz`, are served too) and calls
 * `next()` for anything else.
 */
export async function createWebhookMiddleware(
  appFn: ApplicationFunction,
  options: { probot: Probot; webhooksPath?: string; maxBodyBytes?: number },
): Promise<Middleware> {
  const { probot } = options;
  const handlers: ((req: IncomingMessage, res: ServerResponse) => unknown)[] = [];
  await probot.load(appFn, { cwd: process.cwd(), addHandler: (h) => void handlers.push(h) });
  const webhook = createWebhookHandler(probot, {
    ...(options.webhooksPath ? { path: options.webhooksPath } : {}),
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  return async (req, res, next = () => {}) => {
    try {
      if (await webhook(req, res)) return true;
      for (const h of handlers) if (await h(req, res)) return true;
    } catch (e) {
      probot.log.error({ error: e instanceof Error ? e.message : String(e) }, "request failed");
      if (!res.headersSent) res.writeHead(500).end();
      return true;
    }
    next();
    return false;
  };
}
