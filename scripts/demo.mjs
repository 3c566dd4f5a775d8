#!/usr/bin/env node
// `npm run demo`: a real review in seconds. Makes a throw-away git repository in the OS temp
// directory from the bundled examples/, commits them on `main`, makes a realistic change on a
// `resize` branch (GPU downsized, replicas raised, PII allowed, one spec renamed) and runs the
// built CLI, `modelspec-review review --base main --head resize`, on it, as a pull request would.
// Nothing outside the temporary directory is touched; it is removed at the end (KEEP=1 keeps it).
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "lib", "cli", "main.js");
const examplesDir = join(root, "examples");
const started = performance.now();

if (!existsSync(cli)) {
  // `npm ci` builds lib/ (prepare); a plain clone without it gets one build here.
  console.log("Building lib/ (npm run build:lib)…");
  execFileSync(
    process.execPath,
    [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.build.json")],
    {
      stdio: "inherit",
    },
  );
}
if (!existsSync(examplesDir)) {
  console.error("The examples/ folder is missing: the demo reviews changes to those specs.");
  process.exit(2);
}

const repo = mkdtempSync(join(tmpdir(), "modelspec-review-demo-"));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "Demo",
  GIT_AUTHOR_EMAIL: "demo@example.invalid",
  GIT_COMMITTER_NAME: "Demo",
  GIT_COMMITTER_EMAIL: "demo@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};
const git = (...args) =>
  execFileSync("git", args, { cwd: repo, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const write = (path, text) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};

let exitCode = 0;
try {
  // 1. Base: every bundled example, committed on main.
  const specs = readdirSync(examplesDir)
    .filter((f) => /\.modelspec\.(ya?ml|json)$/.test(f))
    .sort();
  if (specs.length === 0) throw new Error("examples/ holds no *.modelspec.yaml files");
  git("init", "-q", "-b", "main");
  // The whole folder, so specRefs between examples (guardrails, rerankers…) still resolve.
  cpSync(examplesDir, join(repo, "models"), { recursive: true });
  git("add", "-A");
  git("commit", "-q", "-m", "Model specs as deployed");

  // 2. Head: a realistic change on a branch, made by editing the YAML (comments and layout kept).
  git("checkout", "-q", "-b", "resize");
  const docs = specs.map((f) => ({ f, doc: parseDocument(readFileSync(join(examplesDir, f), "utf8")) }));
  const has = (doc, path) => doc.hasIn(path);
  // The richest spec (scaling and governance declared) gets the operational change.
  const target =
    docs.find(({ doc }) => has(doc, ["spec", "operations", "scaling"]) && has(doc, ["spec", "governance"])) ??
    docs.find(({ doc }) => has(doc, ["spec", "runtime", "accelerator"])) ??
    docs[0];
  const { doc } = target;
  const story = [];
  const gpuPath = ["spec", "runtime", "accelerator", "type"];
  story.push(`GPU ${doc.getIn(gpuPath) ?? "(none)"} → l4 (cheaper, 24 GB)`);
  doc.setIn(gpuPath, "l4");
  const maxPath = ["spec", "operations", "scaling", "maxReplicas"];
  const maxBefore = Number(doc.getIn(maxPath) ?? 1);
  story.push(`maxReplicas ${doc.getIn(maxPath) ?? "(none)"} → ${maxBefore * 2}`);
  doc.setIn(maxPath, maxBefore * 2);
  const piiPath = ["spec", "governance", "compliance", "pii", "allowed"];
  story.push(`PII allowed ${doc.getIn(piiPath) ?? "(none)"} → true`);
  doc.setIn(piiPath, true);
  write(`models/${target.f}`, doc.toString());

  // A rename with no content change, to show that renames are followed, not reported as delete + add.
  const renamed = docs.find((d) => d !== target);
  if (renamed) {
    mkdirSync(join(repo, "models", "archive"), { recursive: true });
    git("mv", `models/${renamed.f}`, `models/archive/${renamed.f}`);
    story.push(`moved ${renamed.f} to models/archive/`);
  }
  git("add", "-A");
  git("commit", "-q", "-m", "Resize the production model");

  console.log(`Demo repository: ${repo}`);
  console.log(`  main:   ${specs.length} example specs from examples/`);
  console.log(`  resize: ${target.f}: ${story.join("; ")}`);
  console.log(`\n$ modelspec-review review --base main --head resize\n`);

  // 3. The review, exactly as a user runs it.
  const format = process.argv.includes("--markdown")
    ? "markdown"
    : process.argv.includes("--json")
      ? "json"
      : "text";
  const result = spawnSync(
    process.execPath,
    [cli, "review", "--base", "main", "--head", "resize", "--format", format],
    {
      cwd: repo,
      env,
      stdio: "inherit",
    },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status === 1) {
    console.log(`\nExit code 1: a gate failed, so this pull request's check would fail. (${seconds} s)`);
  } else if (result.status === 0) {
    console.log(`\nExit code 0: no gate failed. (${seconds} s)`);
  } else {
    console.error(`\nThe review command exited with ${result.status ?? result.signal}.`);
    exitCode = 1;
  }
  console.log("Try it on your own repository: npx modelspec-review review --base main");
} catch (err) {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  exitCode = 1;
} finally {
  if (process.env.KEEP) console.log(`(kept ${repo})`);
  else rmSync(repo, { recursive: true, force: true });
}
process.exit(exitCode);
