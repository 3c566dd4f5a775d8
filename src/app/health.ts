/**
 * `GET /healthz`: a liveness/readiness probe for load balancers and orchestrators. It answers from
 * memory (no GitHub call), so a probe never spends rate limit; Probot's own `GET /ping` stays too.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { packageVersion } from "../version.js";

/** The path `healthHandler` answers (GET or HEAD, query string ignored). */
export const HEALTH_PATH = "/healthz";

const VERSION = packageVersion();
const STARTED = process.hrtime.bigint();

/** A Probot/Node handler: answers `GET|HEAD /healthz` and returns true, else returns false. */
export function healthHandler(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? "").split("?")[0];
  if (path !== HEALTH_PATH || (req.method !== "GET" && req.method !== "HEAD")) return false;
  const body = JSON.stringify({
    status: "ok",
    name: "modelspec-review",
    version: VERSION,
    uptimeSeconds: Math.round(Number(process.hrtime.bigint() - STARTED) / 1e9),
  });
  res.writeHead(200, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": String(Buffer.byteLength(body)),
  });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
