/**
 * The Action's Octokit: `@actions/github`'s `getOctokit` (so `GITHUB_API_URL` for GHES, and
 * `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY` through `@actions/http-client`'s undici ProxyAgent,
 * behave as in every other action) with retries on 5xx and network errors
 * (`@octokit/plugin-retry`) and primary/secondary rate-limit handling (`@octokit/plugin-throttling`).
 * The Probot app does not load this file: it passes Probot's `context.octokit`.
 */
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

/** Options of {@link createActionOctokit}. */
export interface ActionOctokitOptions {
  /** REST base URL: `GITHUB_API_URL` (https://api.github.com, or https://HOST/api/v3 on GHES). */
  baseUrl?: string;
  userAgent?: string;
  /** Retries for 5xx / network errors (default 3). */
  retries?: number;
  /** Base delay of the retry backoff in ms (default 1000: waits 1 s, 4 s, 9 s). */
  retryBaseMs?: number;
  /** How many times to wait out a rate limit before giving up (default 2). */
  rateLimitRetries?: number;
  /**
   * Rate-limit handling and GitHub's recommended pacing (writes and GraphQL one per second,
   * notification-triggering writes one per three seconds). Default true; tests turn it off.
   */
  throttle?: boolean;
  /** Rate-limit waits and give-ups, in words. */
  log?: (message: string) => void;
  /** Per-request trace (method, URL, status), e.g. `core.debug` so it shows under `RUNNER_DEBUG`. */
  debug?: (message: string) => void;
}

/** `getOctokit` with the retry and throttling plugins, configured for a review run. */
export function createActionOctokit(token: string, options: ActionOctokitOptions = {}) {
  const log = options.log ?? (() => {});
  const debug = options.debug ?? (() => {});
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number): boolean => {
      if (retryCount < rateLimitRetries) {
        log(`GitHub ${kind} hit by ${req.method} ${req.url}; retrying after ${retryAfter} s.`);
        return true;
      }
      log(`GitHub ${kind} hit by ${req.method} ${req.url}; giving up after ${retryCount} retries.`);
      return false;
    };
  const octokit = getOctokit(
    token,
    {
      // `@actions/github` read GITHUB_API_URL when it was loaded; pass it again so a caller's value wins.
      ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, "") } : {}),
      userAgent: options.userAgent ?? "modelspec-review",
      log: { debug, info: debug, warn: log, error: log },
      retry: {
        retries: options.retries ?? 3,
        retryAfterBaseValue: options.retryBaseMs ?? 1000,
      },
      throttle: {
        onRateLimit: onLimit("rate limit"),
        onSecondaryRateLimit: onLimit("secondary rate limit"),
        enabled: options.throttle ?? true,
      },
    },
    retry,
    throttling,
  );
  octokit.hook.after("request", (response, request) => {
    debug(`${request.method} ${request.url} → ${response.status}`);
  });
  octokit.hook.error("request", (error, request) => {
    debug(`${request.method} ${request.url} failed: ${(error as Error).message}`);
    throw error;
  });
  return octokit;
}

/** The Octokit {@link createActionOctokit} returns. */
export type ActionOctokit = ReturnType<typeof createActionOctokit>;
