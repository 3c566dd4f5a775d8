/**
 * The modelspec-review GitHub App (Probot v14). It adds no review logic: each handled webhook
 * becomes a `reviewPullRequest` run of the shared pipeline over `context.octokit` (see `review.ts`).
 *
 * Run it with `npm run app` (`server.ts`), or mount it in any Node HTTP server or serverless function:
 *
 * ```ts
 * import { createServer } from "node:http";
 * import { createProbot } from "probot";
 * import { app, createMiddleware } from "modelspec-review/app";
 * const middleware = await createMiddleware(app, { probot: createProbot() });
 * createServer(middleware).listen(3000);
 * ```
 */
import type { ApplicationFunction, Probot } from "probot";
import { coalescePerPullRequest } from "./coalesce.js";
import { healthHandler } from "./health.js";
import { handlePushForReleaseNotes } from "./release.js";
import { createMergeGroupRunner, createReviewRunner, type ReviewRunnerOptions } from "./review.js";
import { createRoutes, type Route, type RouteDeps } from "./routes.js";
import { createWebhookMiddleware } from "./webhook.js";
export {
  createWebhookHandler,
  createWebhookMiddleware,
  payloadProblem,
  DEFAULT_MAX_BODY_BYTES,
} from "./webhook.js";

export { HEALTH_PATH, healthHandler } from "./health.js";
export {
  createRoutes,
  subscribedEvents,
  type MergeGroupReviewTarget,
  type ReviewTarget,
  type Route,
  type RouteDeps,
} from "./routes.js";

export {
  createReviewRunner,
  timeoutFromEnv,
  type ReviewOutcome,
  type ReviewRunnerOptions,
} from "./review.js";
export { loadConfigText, CONFIG_PATH } from "./config.js";

/**
 * Options of `createApp`: the review runner's options plus replacements for the route handlers
 * (tests inject their own; unset ones get the shared defaults).
 */
export interface AppOptions extends ReviewRunnerOptions {
  /** Reviews one PR at one head SHA (default: the shared pipeline, see `createReviewRunner`). */
  review?: RouteDeps["review"];
  /** Reviews a merge queue entry (default: the shared flow, see `createMergeGroupRunner`). */
  mergeGroup?: RouteDeps["mergeGroup"];
  /** Handles pushes for the draft release (default: `handlePushForReleaseNotes`; false turns it off). */
  releaseNotes?: RouteDeps["releaseNotes"] | false;
}

type EventNames = Extract<Parameters<Probot["on"]>[0], readonly unknown[]>;

/** `name.action` for events with an action, else `name`. */
function eventLabel(name: string, payload: unknown): string {
  const action = (payload as { action?: unknown }).action;
  return typeof action === "string" ? `${name}.${action}` : name;
}

/** Subscribes every route of the table to its events. */
export function registerRoutes(app: Probot, routes: readonly Route[]): void {
  for (const route of routes) {
    app.on(route.events as EventNames, async (context) => {
      const event = eventLabel(context.name, context.payload);
      context.log.info({ event, delivery: context.id }, route.description);
      await route.handle(context, event);
    });
  }
}

/** Builds the app function. */
export function createApp(options: AppOptions = {}): ApplicationFunction {
  return (app, appOptions) => {
    const review = options.review ?? coalescePerPullRequest(createReviewRunner(options));
    const releaseNotes =
      options.releaseNotes === false ? undefined : (options.releaseNotes ?? handlePushForReleaseNotes);
    const mergeGroup = options.mergeGroup ?? createMergeGroupRunner(options);
    registerRoutes(app, createRoutes({ review, mergeGroup, ...(releaseNotes ? { releaseNotes } : {}) }));
    // A health endpoint where a server is attached (`npm run app`, createNodeMiddleware). Plain
    // `probot.load(app)` without a server has nowhere to mount it, and does not need one.
    try {
      appOptions?.addHandler(healthHandler);
    } catch {
      /* no server instance */
    }
  };
}

/** The modelspec-review app with its defaults (time budget from `REVIEW_TIMEOUT_SECONDS`). */
export const app: ApplicationFunction = createApp();

/**
 * The webhook middleware (src/app/webhook.ts: body limit, signature, 202) for any Node HTTP server or serverless function (Vercel, Netlify, AWS Lambda
 * behind a Node adapter): it serves the webhook path (default `/api/github/webhooks`) and `/healthz`
 * and calls `next()` (or returns false) for everything else.
 */
export const createMiddleware = createWebhookMiddleware;
