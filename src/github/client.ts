/**
 * The Octokit the Action (and the CLI, if it wants one) uses: `@octokit/core` with retries on 5xx
 * and network errors (`@octokit/plugin-retry`) and primary/secondary rate-limit handling
 * (`@octokit/plugin-throttling`). Deliberately not `@actions/github`: that adds the REST endpoint
 * table, pagination and an HTTP proxy agent we do not use, and costs start-up time on every run
 * (measured in BENCHMARKS.md). The Probot app does not load this file: it passes `context.octokit`.
 */
import { Octokit } from "@octokit/core";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { createNodeFetch } from "./node-fetch.js";

export interface ClientOptions {
  token: string;
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
  log?: (message: string) => void;
  /** HTTP implementation (default: `createNodeFetch()` over node:http — see node-fetch.ts for why). */
  fetch?: unknown;
}

const ReviewOctokit = Octokit.plugin(retry, throttling);
export type ReviewOctokit = InstanceType<typeof ReviewOctokit>;

export function createClient(options: ClientOptions): ReviewOctokit {
  const log = options.log ?? (() => {});
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
  return new ReviewOctokit({
    auth: options.token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, "") } : {}),
    userAgent: options.userAgent ?? "modelspec-review",
    request: { fetch: options.fetch ?? createNodeFetch() },
    retry: {
      retries: options.retries ?? 3,
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
    },
    throttle: {
      onRateLimit: onLimit("rate limit"),
      onSecondaryRateLimit: onLimit("secondary rate limit"),
      enabled: options.throttle ?? true,
    },
  });
}
