// The `review` CLI, whole process, on a throwaway git repository whose one commit changes `n`
// specs (base → head), `--format json`: wall time and peak RSS. Used by bench/run.mjs (issue #14).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { specPairs } from "./corpus.mjs";

const git = (cwd, args) => {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
};

/** A repository with `n` spec pairs: commit `base`, then commit `head` changing them. */
export function makeRepo(n) {
  const dir = mkdtempSync(join(tmpdir(), "msr-bench-review-"));
  git(dir, ["init", "-q", "-b", "main"]);
  git(dir, ["config", "user.email", "bench@example.com"]);
  git(dir, ["config", "user.name", "bench"]);
  const pairs = specPairs(n, 3);
  const write = (path, text) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(".github/modelspec-review.yml", "limits:\n  maxFiles: 3000\n");
  pairs.forEach((p, i) => write(p.path.replace(".modelspec", `-${i}.modelspec`), p.base));
  git(dir, ["add", "-A"]);
  git(dir, ["commit", "-q", "-m", "base"]);
  git(dir, ["tag", "base"]);
  pairs.forEach((p, i) => write(p.path.replace(".modelspec", `-${i}.modelspec`), p.head));
  git(dir, ["commit", "-q", "-am", "head"]);
  return dir;
}

/** Runs `review --base base --head HEAD --format json` in `dir`; time, peak RSS, report size. */
export function runReview(root, dir) {
  return new Promise((done) => {
    const rssFile = join(tmpdir(), `msr-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const t0 = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [
        "--import",
        join(root, "bench/rss-hook.mjs"),
        join(root, "lib/cli/main.js"),
        "review",
        "--base",
        "base",
        "--head",
        "HEAD",
        "--format",
        "json",
      ],
      { cwd: dir, env: { ...process.env, MSR_BENCH_RSS_FILE: rssFile }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let bytes = 0;
    let err = "";
    child.stdout.on("data", (d) => (bytes += d.length));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const rssKiB = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : null;
      rmSync(rssFile, { force: true });
      done({ ms, code, rssMiB: rssKiB === null ? null : rssKiB / 1024, reportBytes: bytes, err });
    });
  });
}

if (process.argv[1] && process.argv[1].endsWith("review-scale.mjs")) {
  const root = join(dirname(new URL(import.meta.url).pathname), "..");
  for (const n of process.argv.slice(2).map(Number)) {
    const dir = makeRepo(n);
    const r = await runReview(root, dir);
    console.log(
      n,
      `${r.ms.toFixed(0)} ms`,
      `${r.rssMiB?.toFixed(0)} MiB`,
      `${(r.reportBytes / 1024).toFixed(0)} KiB`,
      `exit ${r.code}`,
      r.err.slice(0, 200),
    );
    rmSync(dir, { recursive: true, force: true });
  }
}
