#!/usr/bin/env node
// `npm run bench`: measures what issue #9 asks for and writes BENCHMARKS.md.
// Not a test: it times whole processes and in-process stages, reports medians over several runs,
// and records the machine and date next to the figures. Run after `npm run build` (it uses lib/ and
// dist/ as shipped). Options: --runs N (default 5), --quick (fewer specs, for a smoke run),
// --out FILE (default BENCHMARKS.md; "-" prints only).
import { spawnSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { cpus, totalmem, tmpdir, release } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { specTexts, specPairs } from "./corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    quick: { type: "boolean", default: false },
    out: { type: "string", default: join(root, "BENCHMARKS.md") },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const N_VALIDATE = args.quick ? 200 : 2000;
const N_PAIRS = args.quick ? 100 : 1000;
const API_SIZES = args.quick ? [1, 10] : [1, 10, 100, 300];
const upstreamSchema = resolve(root, "../shared/modelspec-upstream/schema/modelspec.v0.1.json");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const log = (...a) => console.error("[bench]", ...a);

function need(path, hint) {
  if (!existsSync(join(root, path))) {
    console.error(`bench: ${path} is missing — ${hint}`);
    process.exit(2);
  }
}
need("lib/cli/main.js", "run `npm ci` (its prepare step builds lib/) or `npm run build:lib`");
need("dist/index.js", "run `npm run build`");

/** Wall time of a whole process, in ms. */
function timeProcess(cmd, argv, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  const t = Number(process.hrtime.bigint() - t0) / 1e6;
  return { t, status: r.status, stderr: r.stderr?.toString() ?? "" };
}

function timeRuns(label, cmd, argv, env) {
  timeProcess(cmd, argv, env); // warm the file cache
  const times = [];
  let status = null;
  for (let i = 0; i < RUNS; i++) {
    const r = timeProcess(cmd, argv, env);
    times.push(r.t);
    status = r.status;
  }
  log(`${label}: median ${ms(median(times))} (exit ${status})`);
  return { median: median(times), times, status };
}

const results = { date: new Date().toISOString(), sections: {} };

// ─── 1. validate 2,000 specs, whole process, against the Python reference ───────────────────────
function writeCorpus(texts) {
  const dir = mkdtempSync(join(tmpdir(), "msr-bench-validate-"));
  texts.forEach((t, i) => writeFileSync(join(dir, `s${String(i).padStart(5, "0")}.modelspec.yaml`), t));
  return dir;
}
{
  const texts = specTexts(N_VALIDATE);
  const dir = writeCorpus(texts);
  const flowDir = writeCorpus(specTexts(N_VALIDATE, 42, { flow: true }));
  const cli = join(root, "lib/cli/main.js");
  const ours = timeRuns(`validate ${N_VALIDATE} block style (ours)`, process.execPath, [
    cli,
    "validate",
    dir,
  ]);
  const oursFlow = timeRuns(`validate ${N_VALIDATE} flow style (ours)`, process.execPath, [
    cli,
    "validate",
    flowDir,
  ]);
  let python = null;
  let pythonSkip = null;
  const hasPy = spawnSync("python3", ["-c", "import jsonschema, yaml"]).status === 0;
  if (!existsSync(upstreamSchema)) pythonSkip = `upstream schema not found at ${upstreamSchema}`;
  else if (!hasPy)
    pythonSkip =
      "python3-jsonschema / python3-yaml not installed (apt-get install python3-jsonschema python3-yaml)";
  else
    python = timeRuns(`validate ${N_VALIDATE} (python reference)`, "python3", [
      join(root, "bench/reference_validate.py"),
      upstreamSchema,
      dir,
    ]);
  if (pythonSkip) log(`python reference skipped: ${pythonSkip}`);
  results.sections.validate = {
    specs: N_VALIDATE,
    invalid: texts.filter(
      (t) =>
        !t.includes("kind: ModelSpec") ||
        t.includes('"two"') ||
        t.includes("nmae") ||
        t.includes("minReplicas: -1"),
    ).length,
    oursMs: ours.median,
    oursExit: ours.status,
    oursFlowMs: oursFlow.median,
    specsPerSec: N_VALIDATE / (ours.median / 1000),
    pythonMs: python?.median ?? null,
    pythonSkip,
    speedup: python ? python.median / ours.median : null,
    speedupFlow: python ? python.median / oursFlow.median : null,
  };
  rmSync(dir, { recursive: true, force: true });
  rmSync(flowDir, { recursive: true, force: true });
}

// ─── 2. full review in-process for 1,000 pairs vs the bare yaml parse floor ─────────────────────
{
  const { analyse } = await import(join(root, "lib/core/review.js"));
  const { DEFAULT_CONFIG } = await import(join(root, "lib/core/config.js"));
  const render = await import(join(root, "lib/core/render/index.js"));
  const YAML = (await import("yaml")).default;
  const pairs = specPairs(N_PAIRS);
  const ctx = { tag: "default", headSha: "0".repeat(40), repoUrl: "https://github.com/o/r" };
  const reviewOnce = () => {
    const review = analyse(pairs, DEFAULT_CONFIG);
    const comment = render.renderComment(review, ctx);
    const check = render.renderCheckRun(review, ctx);
    return { review, comment, check };
  };
  const parseOnce = () => {
    for (const p of pairs) {
      YAML.parse(p.base);
      YAML.parse(p.head);
    }
  };
  const stage = (fn) => {
    fn();
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  const reviewMs = stage(reviewOnce);
  const parseMs = stage(parseOnce);
  // Stage split, for the "make the slowest stage faster" loop.
  const { parseFile } = await import(join(root, "lib/core/parse.js"));
  const { validateDocument } = await import(join(root, "lib/core/validate.js"));
  const { estimate } = await import(join(root, "lib/core/estimate/index.js"));
  const parsed = pairs.flatMap((p) => [parseFile(p.path, p.base), parseFile(p.path, p.head)]);
  const ourParseMs = stage(() =>
    pairs.forEach((p) => (parseFile(p.path, p.base), parseFile(p.path, p.head))),
  );
  const validateMs = stage(() =>
    parsed.forEach((f) => f.documents.forEach((d) => validateDocument(f.file, d, false))),
  );
  const estimateMs = stage(() =>
    parsed.forEach((f) =>
      f.documents.forEach((d) => estimate(d.value, DEFAULT_CONFIG, { file: f.file, locate: d.locate })),
    ),
  );
  const review = analyse(pairs, DEFAULT_CONFIG);
  const renderMs = stage(() => {
    render.renderComment(review, ctx);
    render.renderCheckRun(review, ctx);
  });
  log(`review ${N_PAIRS} pairs: ${ms(reviewMs)}; yaml.parse floor ${ms(parseMs)}`);
  results.sections.review = {
    pairs: N_PAIRS,
    reviewMs,
    yamlParseMs: parseMs,
    ratio: reviewMs / parseMs,
    stages: {
      parse: ourParseMs,
      validate: validateMs,
      estimate: estimateMs,
      analyseTotal: null,
      render: renderMs,
    },
  };
  results.sections.review.stages.analyseTotal = stage(() => analyse(pairs, DEFAULT_CONFIG));
}

// ─── 2b. hostile input: each case must come back as a finding in well under a second ───────────
{
  const { parseFile } = await import(join(root, "lib/core/parse.js"));
  const { validateDocument } = await import(join(root, "lib/core/validate.js"));
  const MiB = 1024 * 1024;
  const laughs =
    "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
    Array.from(
      { length: 9 },
      (_, i) =>
        `b${i}: &b${i} [${Array(9)
          .fill(`*${i === 0 ? "a" : `b${i - 1}`}`)
          .join(", ")}]`,
    ).join("\n");
  const cases = [
    ["billion laughs (alias bomb)", laughs],
    ["10 MB file", `a: ${"x".repeat(10 * MiB)}\n`],
    ["1 MB string value (under the cap)", `a: ${"x".repeat(MiB - 16)}\n`],
    ["10,000-deep flow nesting", `${"[".repeat(10000)}${"]".repeat(10000)}\n`],
    ["10,000-deep block sequence", `${"- ".repeat(10000)}x\n`],
    ["5,000 documents", "a: 1\n---\n".repeat(5000)],
    ["__proto__ keys", "__proto__:\n  polluted: true\n"],
    ["!!js/function tag", "a: !!js/function 'function () { return process }'\n"],
    ["NUL byte", "apiVersion: piqc.ai/v1alpha1\nkind: Model\u0000Spec\n"],
  ];
  const rows = [];
  for (const [name, text] of cases) {
    const once = () => {
      const parsed = parseFile("hostile.yaml", text);
      return [
        ...parsed.findings,
        ...parsed.documents.flatMap((d) => validateDocument("hostile.yaml", d, false)),
      ];
    };
    once();
    const times = [];
    let codes = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      codes = once().map((f) => f.code);
      times.push(performance.now() - t0);
    }
    rows.push({ name, ms: median(times), max: Math.max(...times), codes: [...new Set(codes)].slice(0, 3) });
  }
  results.sections.hostile = rows;
  log(`hostile: slowest case ${ms(Math.max(...rows.map((r) => r.max)))}`);
}

// ─── 3–5. The Action against a loopback GitHub: no-op start, API requests per PR, peak RSS ─────────
// The fake GitHub server of the test suite, compiled on the fly (it is TypeScript test support).
const fakeOut = join(root, "bench/out/support");
{
  const tsc = spawnSync(
    process.execPath,
    [
      join(root, "node_modules/typescript/bin/tsc"),
      "--outDir",
      fakeOut,
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      "--target",
      "es2022",
      "--skipLibCheck",
      "--declaration",
      "false",
      join(root, "test/support/fake-github.ts"),
    ],
    { stdio: "inherit" },
  );
  if (tsc.status !== 0) throw new Error("could not compile test/support/fake-github.ts for the bench");
}
const { FakeGitHub } = await import(join(fakeOut, "fake-github.js"));
const gh = await FakeGitHub.start();
let prNo = 0;
const texts = specPairs(300, 11);

/** A PR in a fresh fake repo changing `n` specs (plus one README edit, so n = 0 is the no-op PR). */
function makePr(n) {
  const repo = gh.repo("bench", `r${++prNo}`);
  const baseFiles = { "README.md": "hello\n" };
  const headFiles = { "README.md": "hello, world\n" };
  for (let i = 0; i < n; i++) {
    baseFiles[texts[i].path] = texts[i].base;
    headFiles[texts[i].path] = texts[i].head;
  }
  const base = repo.commit(baseFiles);
  const head = repo.commit(headFiles, { parent: base });
  repo.setBranch("main", base);
  repo.openPullRequest({ number: 1, base, head });
  const dir = mkdtempSync(join(tmpdir(), "msr-bench-action-"));
  const event = {
    action: "opened",
    number: 1,
    pull_request: { number: 1, head: { sha: head, ref: "feature" }, base: { sha: base, ref: "main" } },
    repository: { full_name: repo.fullName, name: repo.name, owner: { login: "bench" } },
  };
  writeFileSync(join(dir, "event.json"), JSON.stringify(event));
  writeFileSync(join(dir, "output"), "");
  writeFileSync(join(dir, "summary.md"), "");
  const env = {
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: join(dir, "event.json"),
    GITHUB_REPOSITORY: repo.fullName,
    GITHUB_API_URL: gh.url,
    GITHUB_GRAPHQL_URL: gh.graphqlUrl,
    GITHUB_SERVER_URL: "https://github.example",
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
    RUNNER_TEMP: dir,
    "INPUT_GITHUB-TOKEN": "ghs_bench",
    INPUT_CONFIG: ".github/modelspec-review.yml",
    "INPUT_CHECK-NAME": "ModelSpec review",
    INPUT_COMMENT: "update",
    "INPUT_DRY-RUN": "false",
  };
  return { repo, env, dir };
}

/** Runs dist/index.js asynchronously (the fake server lives in this process) and reports its peak RSS. */
function runAction(env) {
  return new Promise((resolveRun) => {
    const rssFile = join(tmpdir(), `msr-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const t0 = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      ["--import", join(root, "bench/rss-hook.mjs"), join(root, "dist/index.js")],
      {
        env: { PATH: process.env.PATH, ...env, MSR_BENCH_RSS_FILE: rssFile },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => {
      const t = Number(process.hrtime.bigint() - t0) / 1e6;
      const rssKiB = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : null;
      rmSync(rssFile, { force: true });
      resolveRun({ t, code, rssKiB, err });
    });
  });
}

function runBare() {
  return new Promise((resolveRun) => {
    const t0 = process.hrtime.bigint();
    spawn(process.execPath, ["-e", ""], { stdio: "ignore" }).on("close", () =>
      resolveRun(Number(process.hrtime.bigint() - t0) / 1e6),
    );
  });
}

// 3. no-op start: a PR that changes no ModelSpec, and a non-PR event; both against bare node.
{
  const bare = [];
  const noop = [];
  const nonPr = [];
  const p0 = makePr(0);
  const pushEnv = { ...p0.env, GITHUB_EVENT_NAME: "push" };
  await runBare();
  await runAction(p0.env);
  for (let i = 0; i < RUNS * 2; i++) {
    bare.push(await runBare());
    const r = await runAction(p0.env);
    if (r.code !== 0) throw new Error(`no-op Action run failed (${r.code}): ${r.err}`);
    noop.push(r.t);
    nonPr.push((await runAction(pushEnv)).t);
  }
  const bundle = readdirSync(join(root, "dist"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ f, bytes: statSync(join(root, "dist", f)).size }));
  results.sections.start = {
    bareMs: median(bare),
    noopPrMs: median(noop),
    nonPrMs: median(nonPr),
    ratioNoopPr: median(noop) / median(bare),
    ratioNonPr: median(nonPr) / median(bare),
    entryBytes: statSync(join(root, "dist/index.js")).size,
    totalJsBytes: bundle.reduce((a, b) => a + b.bytes, 0),
    chunks: bundle.length,
  };
  log(`start: bare ${ms(median(bare))}, no-op PR ${ms(median(noop))}, non-PR event ${ms(median(nonPr))}`);
}

// 4–5. API requests per PR event and peak RSS.
{
  const rows = [];
  for (const n of API_SIZES) {
    const pr = makePr(n);
    gh.clearRequests();
    const r = await runAction(pr.env);
    const summary = gh.requestSummary();
    rows.push({
      specs: n,
      requests: gh.requests.length,
      exit: r.code,
      ms: r.t,
      rssMiB: r.rssKiB ? r.rssKiB / 1024 : null,
      summary,
    });
    log(
      `PR with ${n} specs: ${gh.requests.length} requests, exit ${r.code}, ${ms(r.t)}, RSS ${(r.rssKiB / 1024).toFixed(0)} MiB`,
    );
  }
  results.sections.api = rows;
}
await gh.close();

// ─── Write BENCHMARKS.md ─────────────────────────────────────────────────────────────────────────
const cpu = cpus()[0]?.model ?? "unknown CPU";
const machine = `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${release()}, Node ${process.version}`;
const v = results.sections.validate;
const rv = results.sections.review;
const st = results.sections.start;
const fmt = (n, d = 0) =>
  n === null || n === undefined
    ? "—"
    : Number(n).toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const yes = (ok) => (ok ? "met" : "**not met**");
// The estimator's measured error: the bounds table of docs/estimator-accuracy.md, which
// test/core/estimate/observations.test.ts regenerates from the code and fails on when stale.
const accuracy = (() => {
  const doc = readFileSync(join(root, "docs/estimator-accuracy.md"), "utf8");
  const m = /## Bounds the test asserts\n+([\s\S]*?)\n\n/.exec(doc);
  return m ? m[1] : "(docs/estimator-accuracy.md has no bounds table)";
})();
/** Requests besides file-list pages and extra annotation batches: the part that must not grow. */
const fixedRequests = (r) =>
  Object.entries(r.summary)
    .filter(([k]) => !/pulls\/:n\/files/.test(k))
    .reduce((a, [k, n]) => a + (/^PATCH .*check-runs/.test(k) ? 1 : n), 0);
const md = `# Benchmarks

Produced by \`npm run bench\` (\`bench/run.mjs\`) on **${results.date.slice(0, 10)}**, ${RUNS} runs per figure (medians).
Machine: ${machine}.
Corpus: \`bench/corpus.mjs\` (deterministic; ~10% of the validate corpus is invalid in one of four ways; review pairs carry GPU, replica, precision, PII, retention, version and GPU-count changes, one in eight cosmetic).

## Targets

| target | measured | |
|---|---|---|
| \`validate\` 2,000 specs ≥ 10× faster than the Python reference, whole process | ${v.speedup ? fmt(v.speedup, 1) + "×" : "not measured: " + v.pythonSkip} | ${v.speedup ? yes(v.speedup >= 10) : "—"} |
| Action no-op start within 2× of bare \`node -e ""\` (PR changing no ModelSpec) | ${fmt(st.ratioNoopPr, 2)}× | ${yes(st.ratioNoopPr <= 2)} |
| API requests per PR constant in the number of specs | ${results.sections.api.map((r) => `${r.specs}: ${r.requests}`).join(", ")} | ${yes(new Set(results.sections.api.map(fixedRequests)).size === 1)} (${results.sections.api.map(fixedRequests).join(", ")} besides file-list pages and annotation batches) |

## 1. \`validate\`, whole process

| | time (median) | specs/s |
|---|---|---|
| \`modelspec-review validate\` (${fmt(v.specs)} specs, ${fmt(v.invalid)} invalid) | ${ms(v.oursMs)} | ${fmt(v.specsPerSec)} |
| Python reference (\`bench/reference_validate.py\`: PyYAML \`safe_load_all\` + python-jsonschema on the upstream v0.1 schema) | ${v.pythonMs ? ms(v.pythonMs) : "—"} | ${v.pythonMs ? fmt(v.specs / (v.pythonMs / 1000)) : "—"} |
| speed-up | ${v.speedup ? fmt(v.speedup, 1) + "×" : "—"} | |
| \`modelspec-review validate\`, same specs with probes and observability in YAML flow style (\`{ a: 1 }\`) | ${ms(v.oursFlowMs)} | ${fmt(v.specs / (v.oursFlowMs / 1000))} |
| speed-up, flow style | ${v.speedupFlow ? fmt(v.speedupFlow, 1) + "×" : "—"} | |

The validator reads plain block YAML with a fast line-based reader and builds positions only for
files with findings; documents using flow collections, anchors or tags go through the full \`yaml\`
parser, which costs about 0.4 ms per spec plus loading it — hence the second row.

## 2. Full review in process (${fmt(rv.pairs)} spec pairs)

Parse, validate, rules, estimate base and head, diff, render comment and check run.

| stage | time (median) |
|---|---|
| whole review incl. render | ${ms(rv.reviewMs)} |
| bare \`yaml.parse\` of the same ${fmt(rv.pairs * 2)} texts (the floor) | ${ms(rv.yamlParseMs)} |
| **ratio review / parse floor** | **${fmt(rv.ratio, 2)}×** |
| of which: our parse (${fmt(rv.pairs * 2)} texts) | ${ms(rv.stages.parse)} |
| of which: schema validation | ${ms(rv.stages.validate)} |
| of which: estimates (${fmt(rv.pairs * 2)}) | ${ms(rv.stages.estimate)} |
| \`analyse()\` alone | ${ms(rv.stages.analyseTotal)} |
| render comment + check run | ${ms(rv.stages.render)} |

Profile (\`node --cpu-prof\` over \`analyse()\`, 2026-12-01): about 60% of \`analyse()\` is the \`yaml\`
package building the position map, because almost every realistic spec has at least one rule
finding that needs exact lines; garbage collection is the next largest share. Building positions with
the fast line reader instead of the full parser is the next step for this ratio.

## 2a. Estimator accuracy against published observations

From [docs/estimator-accuracy.md](docs/estimator-accuracy.md) (observation by observation there, each
with its source; \`test/core/estimate/observations.test.ts\` asserts these bounds on every \`npm test\`):

${accuracy}

## 2b. Hostile input (parse + validate, in process)

Each case must yield a finding in well under a second (the test suite only guards against hangs).

| case | median | slowest run | findings |
|---|---|---|---|
${results.sections.hostile.map((r) => `| ${r.name} | ${ms(r.ms)} | ${ms(r.max)} | ${r.codes.map((c) => `\`${c}\``).join(", ") || "none (valid)"} |`).join("\n")}

## 3. Action start and bundle

| | time (median of ${RUNS * 2}) | ratio to bare node |
|---|---|---|
| bare \`node -e ""\` | ${ms(st.bareMs)} | 1.00× |
| Action, pull request changing no ModelSpec (lists files on the loopback fake GitHub, posts nothing) | ${ms(st.noopPrMs)} | ${fmt(st.ratioNoopPr, 2)}× |
| Action, non-PR event (nothing to do) | ${ms(st.nonPrMs)} | ${fmt(st.ratioNonPr, 2)}× |

Bundle: \`dist/index.js\` ${fmt(st.entryBytes / 1024)} KiB; all ${st.chunks} JS files in \`dist/\` ${fmt(st.totalJsBytes / 1024)} KiB (heavy parts are lazily loaded chunks).

## 4–5. GitHub API requests per PR event, time and peak RSS (the built Action against the loopback fake GitHub)

| changed specs | requests | wall time | peak RSS | exit |
|---|---|---|---|---|
${results.sections.api.map((r) => `| ${r.specs} | ${r.requests} | ${ms(r.ms)} | ${r.rssMiB ? fmt(r.rssMiB) + " MiB" : "—"} | ${r.exit} |`).join("\n")}

Requests by kind:

${results.sections.api
  .map(
    (r) =>
      `- ${r.specs} specs: ${Object.entries(r.summary)
        .map(([k, n]) => `\`${k}\` ×${n}`)
        .join(", ")}`,
  )
  .join("\n")}

Everything but two kinds of request is the same for 1 and 300 specs: file-list pages (100 files a
page, up to GitHub's 3,000 cap) and annotation batches (50 per request, as GitHub requires; the
number of annotations grows with the findings, capped at 1,000). Wall time is dominated by the
Octokit throttling plugin spacing write requests one second apart, as GitHub asks integrations to do
against secondary rate limits — not by the review. Exit 1 is expected where the corpus makes a gate
fail (e.g. a spec that no longer fits).
`;
if (args.out === "-") console.log(md);
else {
  writeFileSync(args.out, md);
  log(`wrote ${args.out}`);
}
writeFileSync(join(root, "bench/out/results.json"), JSON.stringify(results, null, 2));
