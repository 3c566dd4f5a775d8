/**
 * A loopback forward proxy for tests, like a corporate proxy in front of a self-hosted runner:
 * `CONNECT host:port` tunnels (what undici's ProxyAgent, used by `@actions/http-client`, sends for
 * every target) and absolute-form `GET http://host/…` requests (classic HTTP proxying). Host names
 * are resolved through `hosts` only, so a name that does not exist in DNS
 * (`api.github.invalid`) is reachable through the proxy and nowhere else. Records what it saw.
 */
import { createServer, request as httpRequest, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";

/** One request the proxy handled. */
export interface ProxiedRequest {
  kind: "connect" | "forward";
  /** `host:port` asked for. */
  target: string;
  /** Value of `Proxy-Authorization`, when sent. */
  proxyAuthorization?: string;
}

export class ForwardProxy {
  readonly seen: ProxiedRequest[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    /** `host` (lower case) → `127.0.0.1`-side host to dial instead. */
    private readonly hosts: Map<string, string>,
  ) {}

  /** Starts on an ephemeral loopback port; `hosts` maps names to the loopback address to dial. */
  static async start(hosts: Record<string, string>): Promise<ForwardProxy> {
    const map = new Map(Object.entries(hosts).map(([k, v]) => [k.toLowerCase(), v]));
    const server = createServer();
    const proxy = new ForwardProxy(server, map);
    server.on("connection", (s) => {
      proxy.sockets.add(s);
      s.on("close", () => proxy.sockets.delete(s));
    });
    server.on("connect", (req, client: Socket, head: Buffer) => {
      const target = req.url ?? "";
      proxy.record("connect", target, req.headers["proxy-authorization"]);
      const [host, port] = splitHostPort(target);
      const dial = proxy.hosts.get(host.toLowerCase());
      if (!dial) {
        client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
        return;
      }
      const upstream = connect(port, dial, () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        if (head.length > 0) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      proxy.sockets.add(upstream);
      upstream.on("close", () => proxy.sockets.delete(upstream));
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    });
    server.on("request", (req, res) => {
      let url: URL;
      try {
        url = new URL(req.url ?? "");
      } catch {
        res.writeHead(400).end("absolute-form request URL expected");
        return;
      }
      proxy.record("forward", url.host, req.headers["proxy-authorization"]);
      const dial = proxy.hosts.get(url.hostname.toLowerCase());
      if (!dial) {
        res.writeHead(502).end(`unknown host ${url.hostname}`);
        return;
      }
      const headers = { ...req.headers };
      delete headers["proxy-authorization"];
      delete headers["proxy-connection"];
      const upstream = httpRequest(
        { host: dial, port: url.port || 80, method: req.method, path: url.pathname + url.search, headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on("error", () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    return proxy;
  }

  /** `http://127.0.0.1:PORT` — the value for `HTTPS_PROXY` / `HTTP_PROXY`. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private record(kind: ProxiedRequest["kind"], target: string, auth: string | undefined): void {
    this.seen.push({ kind, target, ...(auth ? { proxyAuthorization: auth } : {}) });
  }
}

function splitHostPort(target: string): [string, number] {
  const i = target.lastIndexOf(":");
  if (i <= 0) return [target, 443];
  return [target.slice(0, i).replace(/^\[|\]$/g, ""), Number(target.slice(i + 1))];
}
