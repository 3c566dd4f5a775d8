/**
 * One bounded GET against the Hub, through `@actions/http-client` so HTTPS_PROXY / HTTP_PROXY /
 * NO_PROXY are honoured the way every Actions toolkit package honours them (loopback is never
 * proxied). Bounded three ways: a socket timeout until the response starts, an overall deadline for
 * the whole body, and a byte cap (the body is cut off there). Never throws: every outcome is a value.
 */
import { HttpClient } from "@actions/http-client";
import type { IncomingMessage } from "node:http";

/** What one bounded GET ended in: a body, an HTTP status, a timeout or a network error. */
export type HttpOutcome =
  | { kind: "ok"; status: number; text: string; truncated: boolean; headers: IncomingMessage["headers"] }
  | { kind: "status"; status: number; errorCode: string | null; headers: IncomingMessage["headers"] }
  | { kind: "timeout"; message: string }
  | { kind: "network"; message: string };

/** Options of `boundedGet`: headers, time budget and byte cap. */
export interface GetOptions {
  headers: Record<string, string>;
  /** Whole request (connect, headers, body) must finish within this many ms. */
  timeoutMs: number;
  /** Stop reading after this many bytes. */
  maxBytes: number;
  /** true: a body over `maxBytes` is returned cut off (`truncated`); false: it is an outcome `too-large`. */
  keepPrefix?: boolean;
}

function readCapped(
  res: IncomingMessage,
  maxBytes: number,
  deadline: number,
): Promise<{ text: string; truncated: boolean } | { timeout: true }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (v: { text: string; truncated: boolean } | { timeout: true }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(v);
    };
    const timer = setTimeout(
      () => {
        res.destroy();
        finish({ timeout: true });
      },
      Math.max(1, deadline - Date.now()),
    );
    res.on("data", (c: Buffer) => {
      if (settled) return;
      const room = maxBytes - size;
      if (c.length > room) {
        if (room > 0) chunks.push(c.subarray(0, room));
        size = maxBytes;
        res.destroy();
        finish({ text: Buffer.concat(chunks).toString("utf8"), truncated: true });
        return;
      }
      chunks.push(c);
      size += c.length;
    });
    res.on("end", () => finish({ text: Buffer.concat(chunks).toString("utf8"), truncated: false }));
    res.on("error", () => finish({ text: Buffer.concat(chunks).toString("utf8"), truncated: true }));
    res.on("close", () => finish({ text: Buffer.concat(chunks).toString("utf8"), truncated: !res.complete }));
  });
}

/**
 * GET `url` with the bounds in `options`, following up to 5 redirects. The Hub answers a renamed
 * repository with a *relative* `Location` (which @actions/http-client's own follower rejects), so
 * redirects are followed here; the Authorization header goes only to the host it was meant for.
 */
export async function boundedGet(url: string, options: GetOptions): Promise<HttpOutcome> {
  const deadline = Date.now() + options.timeoutMs;
  let current = url;
  let headers = options.headers;
  for (let hop = 0; hop <= 5; hop++) {
    const left = deadline - Date.now();
    if (left <= 0)
      return { kind: "timeout", message: `no answer within ${Math.round(options.timeoutMs / 1000)} s` };
    const out = await getOnce(current, { ...options, headers, timeoutMs: left }, deadline);
    if (
      out.kind !== "status" ||
      out.status < 300 ||
      out.status >= 400 ||
      typeof out.headers.location !== "string"
    )
      return out;
    const next = new URL(out.headers.location, current);
    if (next.host !== new URL(current).host) {
      headers = Object.fromEntries(
        Object.entries(headers).filter(([k]) => k.toLowerCase() !== "authorization"),
      );
    }
    current = next.href;
  }
  return { kind: "network", message: "too many redirects" };
}

async function getOnce(url: string, options: GetOptions, deadline: number): Promise<HttpOutcome> {
  const client = new HttpClient("modelspec-review", [], {
    socketTimeout: options.timeoutMs,
    allowRedirects: false,
    keepAlive: false,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const started = client.get(url, options.headers);
    const overall = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), options.timeoutMs);
    });
    const res = await Promise.race([started, overall]);
    if (res === "timeout") {
      started.then((r) => r.message.destroy()).catch(() => undefined);
      return { kind: "timeout", message: `no answer within ${Math.round(options.timeoutMs / 1000)} s` };
    }
    clearTimeout(timer);
    const status = res.message.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      res.message.resume();
      const code = res.message.headers["x-error-code"];
      return {
        kind: "status",
        status,
        errorCode: typeof code === "string" ? code : null,
        headers: res.message.headers,
      };
    }
    const body = await readCapped(res.message, options.maxBytes, deadline);
    if ("timeout" in body) {
      return {
        kind: "timeout",
        message: `the body did not arrive within ${Math.round(options.timeoutMs / 1000)} s`,
      };
    }
    return { kind: "ok", status, text: body.text, truncated: body.truncated, headers: res.message.headers };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/timeout/i.test(msg))
      return { kind: "timeout", message: `no answer within ${Math.round(options.timeoutMs / 1000)} s` };
    return { kind: "network", message: msg };
  } finally {
    clearTimeout(timer);
    client.dispose();
  }
}
