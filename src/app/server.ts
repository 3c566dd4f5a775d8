/**
 * `npm run app`: the webhook server. Probot's `run` reads the standard environment:
 *
 * | variable | meaning |
 * |---|---|
 * | `APP_ID`, `PRIVATE_KEY` or `PRIVATE_KEY_PATH` | the GitHub App's credentials (without them Probot serves its setup page, which registers the app from `app.yml`) |
 * | `WEBHOOK_SECRET` | the secret GitHub signs deliveries with (unsigned or badly signed deliveries get 400) |
 * | `WEBHOOK_PROXY_URL` | a smee.io channel for local development |
 * | `PORT`, `HOST` | where to listen (3000, localhost); use `HOST=0.0.0.0` in a container |
 * | `GHE_HOST` (+ `GHE_PROTOCOL`) | GitHub Enterprise Server host; API at `https://<host>/api/v3` |
 * | `GITHUB_API_URL` | any REST base URL (GHE Server, GHE.com `https://api.<sub>.ghe.com`); used when `GHE_HOST` is unset |
 * | `LOG_LEVEL`, `LOG_FORMAT` (`json` in production), `LOG_LEVEL_IN_STRING`, `LOG_MESSAGE_KEY`, `SENTRY_DSN` | Probot's pino logs |
 * | `WEBHOOK_PATH` | webhook path (default `/api/github/webhooks`) |
 * | `WEBHOOK_MAX_BODY_BYTES` | largest delivery accepted (default 1 MiB); larger ones get 413 unread |
 *
 * Endpoints: `POST /api/github/webhooks`, `GET /healthz` (JSON), `GET /ping` (Probot's `PONG`).
 */
import { pathToFileURL } from "node:url";
import { createServer } from "node:http";
import { createProbot, ProbotOctokit, run, type ApplicationFunction } from "probot";
import { drainReviews } from "./review.js";
import { createWebhookMiddleware, drainDeliveries, maxBodyFromEnv } from "./webhook.js";

const PUBLIC_API = "https://api.github.com";

/**
 * The REST base URL to force, if any: `GITHUB_API_URL` when `GHE_HOST` is not set (Probot only knows
 * `GHE_HOST`, which cannot express GHE.com's `api.<subdomain>.ghe.com`). Undefined means Probot's own
 * choice (`GHE_HOST` or api.github.com) stands.
 */
export function apiUrlOverride(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GHE_HOST) return undefined;
  const url = env.GITHUB_API_URL?.trim().replace(/\/+$/, "");
  if (!url || url === PUBLIC_API) return undefined;
  return url;
}

/** Options of `startServer`; every field has a production default. */
export interface StartOptions {
  /** The environment to read (default `process.env`; Probot also loads `.env` from the cwd into it). */
  env?: NodeJS.ProcessEnv;
  /** The app to serve (default: modelspec-review's). */
  app?: ApplicationFunction;
  /** Octokit class (tests turn retries off); the `GITHUB_API_URL` override is applied on top. */
  Octokit?: typeof ProbotOctokit;
}

/** What `startServer` returns: stop accepting connections (reviews in flight go on; see `drainReviews`). */
export interface RunningServer {
  stop(): Promise<void>;
}

/**
 * Starts the webhook server; resolves once it listens. With app credentials it is our own
 * `node:http` server around `createWebhookMiddleware` (body limit and 413 before anything is read,
 * 400/422 for bad deliveries, 202 at once, no payload in any log line), plus `/healthz` and
 * `/ping`. Without credentials Probot's `run` serves its setup page (registration from `app.yml`).
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const app = options.app ?? (await import("./index.js")).app;
  const baseUrl = apiUrlOverride(env);
  const Base = options.Octokit ?? ProbotOctokit;
  // A function default runs after Probot's own defaults (which set baseUrl from GHE_HOST), so it wins.
  const Octokit = baseUrl
    ? (Base.defaults((o: Record<string, unknown>) => ({ ...o, baseUrl })) as typeof ProbotOctokit)
    : options.Octokit;
  const hasKey = Boolean(env.PRIVATE_KEY || env.PRIVATE_KEY_PATH);
  if (!env.APP_ID || !hasKey) return run(app, { env, ...(Octokit ? { Octokit } : {}) });

  const probot = createProbot({ env, ...(Octokit ? { overrides: { Octokit } } : {}) });
  const middleware = await createWebhookMiddleware(app, {
    probot,
    ...(env.WEBHOOK_PATH ? { webhooksPath: env.WEBHOOK_PATH } : {}),
    maxBodyBytes: maxBodyFromEnv(env),
  });
  const server = createServer((req, res) => {
    void middleware(req, res, () => {
      if (req.method === "GET" && req.url === "/ping") res.writeHead(200).end("PONG");
      else res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    });
  });
  // Slow-loris and idle bounds: a delivery must arrive within 30 s.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  const port = Number(env.PORT) || 3000;
  const host = env.HOST || "localhost";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  probot.log.info(`Listening on http://${host}:${port}`);
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

/** How long a shutdown waits for reviews in flight (they then complete their check runs). */
const DRAIN_MS = 25_000;

/** Stops accepting deliveries, lets the reviews in flight finish, exits. */
function stopOnSignals(server: RunningServer): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: stopping the webhook server…`);
    server
      .stop()
      .then(() => drainDeliveries(DRAIN_MS))
      .then(() => drainReviews(DRAIN_MS))
      .then(
        (left) => {
          if (left > 0) console.error(`${left} review(s) still running after ${DRAIN_MS / 1000} s; exiting.`);
          process.exit(0);
        },
        (e: unknown) => {
          console.error(e);
          process.exit(1);
        },
      );
  };
  // Probot handles SIGINT (Ctrl-C) itself; containers and orchestrators send SIGTERM.
  process.once("SIGTERM", () => stop("SIGTERM"));
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  startServer().then(stopOnSignals, (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
