#!/usr/bin/env node
// Start-up cost of the Action's no-op paths, measured with hyperfine against bare `node -e ""`:
//   1. an event that is not a pull request (returns before any API call);
//   2. a pull request that changes no YAML/JSON file (one `pulls.listFiles` request to a loopback
//      server, then exit: the core, ajv and the renderers are never loaded).
// Usage: npm run build && node bench/action-startup.mjs   (needs `hyperfine` on PATH)
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dist = new URL("../dist/index.js", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "msr-bench-"));
const server = createServer((req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(req.url.includes("/files") ? [{ filename: "README.md", status: "modified" }] : {}));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const api = `http://127.0.0.1:${server.address().port}`;

const prEvent = join(dir, "pr.json");
writeFileSync(
  prEvent,
  JSON.stringify({
    action: "opened",
    number: 1,
    pull_request: { number: 1, head: { sha: "a".repeat(40) }, base: { sha: "b".repeat(40) } },
  }),
);
const pushEvent = join(dir, "push.json");
writeFileSync(pushEvent, JSON.stringify({ ref: "refs/heads/main" }));
const common = `GITHUB_REPOSITORY=o/r GITHUB_API_URL=${api} INPUT_GITHUB-TOKEN=t GITHUB_OUTPUT=${join(dir, "out")} GITHUB_STEP_SUMMARY=${join(dir, "sum")}`;
const out = join(dir, "hyperfine.json");
// hyperfine runs the commands in a shell; the server keeps answering from this process, so the
// child must be spawned asynchronously.
const args = [
  "--warmup",
  "3",
  "--runs",
  process.env.RUNS ?? "30",
  "--export-json",
  out,
  "-n",
  'node -e ""',
  'node -e ""',
  "-n",
  "no-op: push event",
  `env ${common} GITHUB_EVENT_NAME=push GITHUB_EVENT_PATH=${pushEvent} node ${dist}`,
  "-n",
  "no-op: PR without specs",
  `env ${common} GITHUB_EVENT_NAME=pull_request GITHUB_EVENT_PATH=${prEvent} node ${dist}`,
];
const code = await new Promise((r) =>
  spawn("hyperfine", args, { stdio: ["ignore", "inherit", "inherit"] }).on("exit", r),
);
if (code !== 0) process.exit(code ?? 1);
server.close();
const results = JSON.parse(readFileSync(out, "utf8")).results;
const bare = results[0].mean;
for (const r of results) {
  console.log(
    `${r.command.padEnd(28)} ${(r.mean * 1000).toFixed(1)} ms ± ${(r.stddev * 1000).toFixed(1)}  (${(r.mean / bare).toFixed(2)}× bare node)`,
  );
}
