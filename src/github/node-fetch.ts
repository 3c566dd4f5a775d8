/**
 * A `fetch` for Octokit over `node:http`/`node:https`, used by the Action's client.
 *
 * Why not the global `fetch`: on first use Node loads and initialises undici (its WASM HTTP
 * parser, the connection pool) and then keeps the process alive until the idle keep-alive socket
 * times out. Measured on the Action's no-op path that was most of its run time (BENCHMARKS.md);
 * `node:http` is already in the snapshot, and its idle pooled sockets do not hold the process.
 *
 * Implements what `@octokit/request` uses: method, headers, string body, redirect following,
 * AbortSignal; a response with status, statusText, url, iterable headers, `text()`, `json()`,
 * `arrayBuffer()`. Proxies are not supported (neither does Node's global fetch without flags).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  redirect?: "follow" | "manual" | "error";
  signal?: AbortSignal | null;
}

export interface FetchResponse {
  status: number;
  statusText: string;
  url: string;
  ok: boolean;
  headers: ResponseHeaders;
  body: null;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export class ResponseHeaders {
  private readonly map = new Map<string, string>();
  constructor(raw: IncomingMessage["headers"]) {
    for (const [k, v] of Object.entries(raw)) {
      if (v !== undefined) this.map.set(k.toLowerCase(), Array.isArray(v) ? v.join(", ") : v);
    }
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

export interface NodeFetchOptions {
  /** Abort a request with no response for this long (default 60 s); Octokit's retry then retries. */
  timeoutMs?: number;
  maxRedirects?: number;
}

export function createNodeFetch(
  options: NodeFetchOptions = {},
): (url: string, init?: FetchInit) => Promise<FetchResponse> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  async function fetchOnce(url: URL, init: FetchInit): Promise<{ res: IncomingMessage; buf: Buffer }> {
    const isHttps = url.protocol === "https:";
    const send = isHttps ? httpsRequest : httpRequest;
    const body =
      init.body === undefined || init.body === null
        ? undefined
        : typeof init.body === "string" || init.body instanceof Uint8Array
          ? init.body
          : String(init.body);
    const headers: Record<string, string> = { ...init.headers };
    if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const req = send(
        url,
        { method: init.method ?? "GET", headers, agent: isHttps ? agents.https : agents.http },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ res, buf: Buffer.concat(chunks) }));
          res.on("error", reject);
        },
      );
      req.setTimeout(timeoutMs, () =>
        req.destroy(new Error(`no response from ${url.host} within ${timeoutMs} ms`)),
      );
      req.on("error", reject);
      const signal = init.signal;
      if (signal) {
        if (signal.aborted) req.destroy(abortError());
        else signal.addEventListener("abort", () => req.destroy(abortError()), { once: true });
      }
      req.end(body);
    });
  }

  return async function nodeFetch(input: string, init: FetchInit = {}): Promise<FetchResponse> {
    let url = new URL(input);
    let current = init;
    for (let hop = 0; ; hop++) {
      let res: IncomingMessage;
      let buf: Buffer;
      try {
        ({ res, buf } = await fetchOnce(url, current));
      } catch (e) {
        if ((e as Error).name === "AbortError") throw e;
        // Same shape as undici's network errors, which @octokit/request unwraps for the message.
        throw Object.assign(new TypeError("fetch failed"), { cause: e });
      }
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (
        [301, 302, 303, 307, 308].includes(status) &&
        location &&
        (current.redirect ?? "follow") === "follow"
      ) {
        if (hop >= maxRedirects)
          throw Object.assign(new TypeError("fetch failed"), { cause: new Error("too many redirects") });
        url = new URL(location, url);
        if (status === 303 || ((status === 301 || status === 302) && current.method === "POST")) {
          current = { ...current, method: "GET", body: undefined };
        }
        continue;
      }
      return {
        status,
        statusText: res.statusMessage ?? "",
        url: url.toString(),
        ok: status >= 200 && status < 300,
        headers: new ResponseHeaders(res.headers),
        body: null,
        text: async () => buf.toString("utf8"),
        json: async () => JSON.parse(buf.toString("utf8")) as unknown,
        arrayBuffer: async () =>
          buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
      };
    }
  };
}

function abortError(): Error {
  const e = new Error("This operation was aborted");
  e.name = "AbortError";
  return e;
}
