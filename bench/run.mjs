#!/usr/bin/env node
// `npm run bench`: measures what issues #9 and #14 ask for and writes BENCHMARKS.md.
// Not a test: it times whole processes and in-process stages, reports medians over several runs,
// and records the machine, the date and the load next to the figures. Run after `npm run build`
// (it uses lib/ and dist/ as shipped).
//
//   node bench/run.mjs [PART ...] [--runs N] [--quick] [--out FILE]
//
// PARTs (default: all, in this order): validate, wide, review-scale, review, hostile, start, api,
// instr. With no PART it writes BENCHMARKS.md (or --out FILE; "-" prints only); with PARTs it
// prints those sections, ready to paste into BENCHMARKS.md, and writes a file only with --out.
// `instr` counts instructions with valgrind's callgrind (repeatable on a loaded machine); it is
// skipped, saying why, where valgrind, a C compiler or Node's headers are missing.
import { spawnSync, spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  readdirSync,
} from "node:fs";
import os, { cpus, totalmem, tmpdir, release } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { mutationTexts, specPairs, wideSpec } from "./corpus.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PARTS = ["validate", "wide", "review-scale", "review", "hostile", "start", "api", "instr"];
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: "string", default: "5" },
    quick: { type: "boolean", default: false },
    out: { type: "string" },
  },
});
for (const p of positionals) {
  if (!PARTS.includes(p)) {
    console.error(`bench: unknown part "${p}"; parts: ${PARTS.join(", ")}`);
    process.exit(2);
  }
}
const selected = new Set(positionals.length > 0 ? positionals : PARTS);
const wholeRun = positionals.length === 0;
const part = (name) => selected.has(name);
const RUNS = Math.max(1, Number(args.runs));
const N_VALIDATE = args.quick ? 200 : 2000;
const N_PAIRS = args.quick ? 100 : 1000;
const API_SIZES = args.quick ? [1, 10] : [1, 10, 100, 300];
const WIDTHS = args.quick ? [10000, 80000] : [10000, 80000, 200000];
// The shared folder sits next to the main checkout (../shared) or, from a worktree, two levels up.
const upstreamSchema = ["../shared", "../../shared"]
  .map((d) => resolve(root, d, "modelspec-upstream/schema/modelspec.v0.1.json"))
  .find((p) => existsSync(p));

/** The head of a ModelSpec whose metadata a wide map follows, and N short distinct keys. */
const WIDE_HEAD = "apiVersion: piqc.ai/v1alpha1\nkind: ModelSpec\nmetadata:\n  name: wide\n";
const wideKeys = (n, indent, value) =>
  Array.from({ length: n }, (_, i) => `${indent}x${i.toString(36)}: ${value}\n`).join("");
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
if (part("start") || part("api")) need("dist/index.js", "run `npm run build`");
mkdirSync(join(root, "bench/out"), { recursive: true });

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
/**
 * V8 functions whose self cost is garbage collection or its write barrier (callgrind's "of which
 * GC"): scavenges and promotion, marking, sweeping, remembered sets, the barrier builtins.
 */
const GC_FUNCTION =
  /Scaveng|MarkCompact|Marking|Marker|Sweep|Evacuat|RememberedSet|SlotSet|PointersUpdat|MinorMC|v8::internal::Heap::|GCTracer|ObjectVisitor|BodyDescriptor|LargeObjectSpace|PagedSpace|MemoryAllocator|MemoryChunk|Worklist|ConcurrentMark|IncrementalMark|SizeFromMap|RecordWrite|SemiSpace|ShouldBePromoted|Pretenuring/;
const loadAtStart = os
  .loadavg()
  .map((x) => x.toFixed(2))
  .join(", ");

// ─── 1. validate 2,000 specs, whole process, against the Python reference, three styles ─────────
// The mutation corpus (¾ invalid) as block YAML, the same documents in flow style and as JSON; the
// reference reads all three with PyYAML. Measured side by side in this one run.
function writeCorpus(texts, ext = "yaml") {
  const dir = mkdtempSync(join(tmpdir(), "msr-bench-validate-"));
  texts.forEach((t, i) => writeFileSync(join(dir, `s${String(i).padStart(5, "0")}.modelspec.${ext}`), t));
  return dir;
}
if (part("validate")) {
  const cli = join(root, "lib/cli/main.js");
  const hasPy = spawnSync("python3", ["-c", "import jsonschema, yaml"]).status === 0;
  let pythonSkip = null;
  if (!upstreamSchema) pythonSkip = "upstream schema (../shared/modelspec-upstream) not found";
  else if (!hasPy)
    pythonSkip =
      "python3-jsonschema / python3-yaml not installed (apt-get install python3-jsonschema python3-yaml)";
  if (pythonSkip) log(`python reference skipped: ${pythonSkip}`);
  const rows = [];
  for (const style of ["block", "flow", "json"]) {
    const texts = mutationTexts(N_VALIDATE, { style });
    const dir = writeCorpus(texts, style === "json" ? "json" : "yaml");
    const ours = timeRuns(`validate ${N_VALIDATE} ${style} (ours)`, process.execPath, [cli, "validate", dir]);
    const python = pythonSkip
      ? null
      : timeRuns(`validate ${N_VALIDATE} ${style} (python reference)`, "python3", [
          join(root, "bench/reference_validate.py"),
          upstreamSchema,
          dir,
        ]);
    // How many files have findings, as our validator reports them (and the exit status agrees).
    const report = spawnSync(process.execPath, [cli, "validate", "--format", "json", dir], {
      maxBuffer: 256 * 1024 * 1024,
    });
    const summary = JSON.parse(report.stdout.toString()).summary;
    rows.push({
      style,
      specs: N_VALIDATE,
      invalid: summary.files - summary.valid,
      bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
      oursMs: ours.median,
      oursExit: ours.status,
      pythonMs: python?.median ?? null,
      speedup: python ? python.median / ours.median : null,
    });
    rmSync(dir, { recursive: true, force: true });
  }
  results.sections.validate = { rows, pythonSkip };
}

// ─── 1b. wide maps: parse + validate cost linear in the number of keys, in every style ─────────
// One spec whose metadata.labels has N entries, in process. Side by side, in the same run:
// `JSON.parse` of the same document as JSON text (V8's own object construction: the floor any
// reader of a map that wide pays), our parse (parseFile, the fast readers), schema validation, and
// the yaml path (parseFileFull). Both caps are raised so 200,000 keys can be read.
if (part("wide")) {
  const { parseFile, parseFileFull } = await import(join(root, "lib/core/parse.js"));
  const { validateDocument } = await import(join(root, "lib/core/validate.js"));
  const rows = [];
  const big = { maxBytes: 64 * 1024 * 1024, maxEntries: 10_000_000 };
  /** Median ms of `fn` over at least `runsMin` runs and about 1,000,000 keys' worth, after a warm-up. */
  const timeIt = (fn, width, runsMin = 5) => {
    const n = Math.max(runsMin, Math.min(50, Math.ceil(1_000_000 / width)));
    for (let i = 0; i < 2; i++) fn();
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  for (const style of ["block", "flow", "json"]) {
    for (const width of WIDTHS) {
      const text = wideSpec(width, style);
      const json = wideSpec(width, "json");
      const parsed = parseFile("wide.modelspec.yaml", text, big);
      const doc = parsed.documents[0];
      const findings = parsed.findings.length + validateDocument("wide.modelspec.yaml", doc, false).length;
      const row = {
        style,
        width,
        bytes: Buffer.byteLength(text),
        jsonParseMs: timeIt(() => JSON.parse(json), width),
        parseMs: timeIt(() => parseFile("wide.modelspec.yaml", text, big), width),
        validateMs: timeIt(() => validateDocument("wide.modelspec.yaml", doc, false), width),
        fullMs: timeIt(
          () => {
            const p = parseFileFull("wide.modelspec.yaml", text, big);
            return validateDocument("wide.modelspec.yaml", p.documents[0], false);
          },
          Number.POSITIVE_INFINITY,
          3,
        ),
        findings,
      };
      row.ms = row.parseMs + row.validateMs;
      rows.push(row);
      log(
        `wide ${style} ${width}: JSON.parse ${ms(row.jsonParseMs)}, ours ${ms(row.ms)} (parse ${ms(row.parseMs)}, validate ${ms(row.validateMs)}), yaml path ${ms(row.fullMs)}, ${findings} findings`,
      );
    }
  }
  // The 1 MB, 80,000-label JSON spec through the CLI, whole process, at the default caps.
  const dir = mkdtempSync(join(tmpdir(), "msr-bench-wide-"));
  const file = join(dir, "wide.modelspec.json");
  writeFileSync(file, wideSpec(80000, "json"));
  const cli80k = timeRuns("validate the 80,000-label JSON spec (whole process)", process.execPath, [
    join(root, "lib/cli/main.js"),
    "validate",
    file,
  ]);
  results.sections.wide = {
    rows,
    cli80k: { ms: cli80k.median, exit: cli80k.status, bytes: statSync(file).size },
  };
  rmSync(dir, { recursive: true, force: true });
}

// ─── 1d. wide maps, instructions (callgrind): repeatable on a loaded machine ──────────────────
// The same stages as 1b under `valgrind --tool=callgrind`, counting only the measured region
// (bench/callgrind/region.c, built here against Node's headers). Instructions leave out what the
// clock adds on a shared machine and what caches add on a wide map; "of which GC" is the self cost
// of V8's heap and garbage-collector functions in the region.
if (part("instr")) {
  const skip = (why) => {
    log(`instr skipped: ${why}`);
    results.sections.instr = { skipped: why };
  };
  const nodeInclude = [resolve(dirname(process.execPath), "../include/node"), "/usr/include/node"].find((d) =>
    existsSync(join(d, "node_api.h")),
  );
  const addon = join(root, "bench/out/callgrind-region.node");
  if (spawnSync("valgrind", ["--version"]).status !== 0)
    skip("valgrind not installed (apt-get install valgrind)");
  else if (!nodeInclude) skip("Node's headers (node_api.h) not found");
  else if (!existsSync("/usr/include/valgrind/callgrind.h"))
    skip("valgrind's headers (callgrind.h) not found");
  else {
    const cc = spawnSync(
      "cc",
      [
        "-shared",
        "-fPIC",
        "-O2",
        `-I${nodeInclude}`,
        "-DNODE_GYP_MODULE_NAME=callgrind_region",
        "-o",
        addon,
        join(root, "bench/callgrind/region.c"),
      ],
      { encoding: "utf8" },
    );
    if (cc.status !== 0) skip(`could not build bench/callgrind/region.c: ${cc.stderr || cc.error}`);
    else {
      const rows = [];
      for (const style of ["block", "flow", "json"]) {
        const dir = mkdtempSync(join(tmpdir(), "msr-bench-instr-"));
        const t0 = performance.now();
        // --single-threaded: no background compiler or GC threads, so the counts repeat run to run.
        const r = spawnSync(
          "valgrind",
          [
            "--tool=callgrind",
            "--instr-atstart=no",
            `--callgrind-out-file=${join(dir, "out")}`,
            process.execPath,
            "--single-threaded",
            "--hash-seed=1",
            "--random-seed=1",
            "--expose-gc",
            join(root, "bench/wide-instr.mjs"),
            root,
            addon,
            style,
            WIDTHS.join(","),
          ],
          { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
        );
        if (r.status !== 0) {
          rmSync(dir, { recursive: true, force: true });
          skip(`callgrind run failed: ${r.stderr.slice(-500)}`);
          break;
        }
        for (const f of readdirSync(dir).filter((n) => n.startsWith("out."))) {
          const path = join(dir, f);
          const dump = readFileSync(path, "utf8");
          const label = /^desc: Trigger: Client Request: (.*)$/m.exec(dump)?.[1];
          const total = Number(/^totals: (\d+)/m.exec(dump)?.[1]);
          if (!label) continue;
          const [, width, stage, times] = label.split(" ");
          const annotate = spawnSync("callgrind_annotate", ["--threshold=100", path], {
            encoding: "utf8",
            maxBuffer: 256 * 1024 * 1024,
          });
          let gc = null;
          if (annotate.status === 0) {
            gc = 0;
            for (const line of annotate.stdout.split("\n")) {
              const m = /^\s*([\d,]+)\s+\([^)]*\)\s+(.*)$/.exec(line);
              if (m && !line.includes("PROGRAM TOTALS") && GC_FUNCTION.test(m[2]))
                gc += Number(m[1].replace(/,/g, ""));
            }
          }
          const iters = Number(times.slice(1));
          rows.push({
            style,
            width: Number(width),
            stage,
            total: total / iters,
            gc: gc === null ? null : gc / iters,
          });
        }
        rmSync(dir, { recursive: true, force: true });
        log(`instr ${style}: ${((performance.now() - t0) / 1000).toFixed(0)} s under callgrind`);
      }
      if (!results.sections.instr) results.sections.instr = { rows };
    }
  }
}

// ─── 1c. the review CLI at 1, 100, 1,000 and 3,000 specs: time and peak RSS ─────────────────────
if (part("review-scale")) {
  const { makeRepo, runReview } = await import(join(root, "bench/review-scale.mjs"));
  const rows = [];
  for (const n of args.quick ? [1, 100] : [1, 100, 1000, 3000]) {
    const dir = makeRepo(n);
    await runReview(root, dir); // warm the file cache
    const runs = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) runs.push(await runReview(root, dir));
    const pick = runs.sort((a, b) => a.ms - b.ms)[runs.length >> 1];
    rows.push({
      specs: n,
      ms: pick.ms,
      rssMiB: Math.max(...runs.map((r) => r.rssMiB ?? 0)),
      reportBytes: pick.reportBytes,
      exit: pick.code,
    });
    log(
      `review ${n} specs: ${ms(pick.ms)}, peak RSS ${Math.max(...runs.map((r) => r.rssMiB ?? 0)).toFixed(0)} MiB`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
  results.sections.reviewScale = rows;
}

// ─── 2. full review in-process for 1,000 pairs vs the bare yaml parse floor ─────────────────────
if (part("review")) {
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
if (part("hostile")) {
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
    // The work bound (size cap + entry cap): the costliest shapes just under 100,000 entries, per
    // reader, and shapes over it. These are the worst one file can cost.
    [
      "75,000 labels, block (fast reader, just under the 1 MiB size cap)",
      `${WIDE_HEAD}  labels:\n${wideKeys(75000, "    ", "v")}`,
    ],
    [
      "99,000 block-sequence items behind an anchor (yaml path, under the entry cap)",
      `${WIDE_HEAD}a: &a 1\nx:\n${"- 0\n".repeat(99000)}`,
    ],
    ["99,000 unknown top-level keys (99,000 findings)", `${WIDE_HEAD}${wideKeys(99000, "", "1")}`],
    [
      "100 documents of 990 unknown keys",
      Array.from({ length: 100 }, () => WIDE_HEAD + wideKeys(990, "", "1")).join("---\n"),
    ],
    [
      "200,000 keys at a 10 MiB size cap (over the entry cap)",
      `${WIDE_HEAD}  labels:\n${wideKeys(200000, "    ", "v")}`,
      10 * MiB,
    ],
  ];
  const rows = [];
  for (const [name, text, maxBytes] of cases) {
    const once = () => {
      const parsed = parseFile("hostile.yaml", text, maxBytes ? { maxBytes } : {});
      const multi = parsed.documents.length > 1;
      return [
        ...parsed.findings,
        ...parsed.documents.flatMap((d) => validateDocument("hostile.yaml", d, multi)),
      ];
    };
    once();
    const times = [];
    let codes = [];
    let count = 0;
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      const t0 = performance.now();
      codes = once().map((f) => f.code);
      times.push(performance.now() - t0);
      count = codes.length;
    }
    rows.push({
      name,
      bytes: Buffer.byteLength(text),
      ms: median(times),
      max: Math.max(...times),
      findings: count,
      codes: [...new Set(codes)].slice(0, 3),
    });
  }
  results.sections.hostile = rows;
  log(`hostile: slowest case ${ms(Math.max(...rows.map((r) => r.max)))}`);
}

// ─── 3–5. The Action against a loopback GitHub: no-op start, API requests per PR, peak RSS ─────────
// The fake GitHub server of the test suite, compiled on the fly (it is TypeScript test support).
const fakeOut = join(root, "bench/out/support");
if (part("start") || part("api")) {
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
  if (part("start")) {
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
  if (part("api")) {
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
}

// ─── Write BENCHMARKS.md (whole run) or print the sections that ran ─────────────────────────────
const cpu = cpus()[0]?.model ?? "unknown CPU";
const machine = `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Linux ${release()}, Node ${process.version}`;
const S = results.sections;
const last = (xs) => xs[xs.length - 1];
// The machine is shared (2 cores, other engineers' builds and tests): record the load around the run.
const machineNote = `Load average when the run started / ended: ${loadAtStart} / ${os
  .loadavg()
  .map((x) => x.toFixed(2))
  .join(
    ", ",
  )} (1, 5, 15 minutes; on a shared machine whole-process times include any contention, so compare figures of one run, and use the instruction counts of §1d, which do not depend on load).`;
const fmt = (n, d = 0) =>
  n === null || n === undefined || Number.isNaN(n)
    ? "—"
    : Number(n).toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const yes = (ok) => (ok ? "met" : "**not met**");
const nsPerKey = (msTotal, keys) => `${fmt((msTotal * 1e6) / keys)} ns`;
/** Requests besides file-list pages and extra annotation batches: the part that must not grow. */
const fixedRequests = (r) =>
  Object.entries(r.summary)
    .filter(([k]) => !/pulls\/:n\/files/.test(k))
    .reduce((a, [k, n]) => a + (/^PATCH .*check-runs/.test(k) ? 1 : n), 0);
/** Per-key cost at the widest map over per-key cost at the narrowest, for one style and field. */
const growth = (rows, style, field) => {
  const rs = rows.filter((r) => r.style === style);
  const a = rs[0];
  const b = last(rs);
  return a && b && a !== b ? b[field] / b.width / (a[field] / a.width) : null;
};

const targets = [];
if (S.validate)
  for (const r of S.validate.rows)
    targets.push(
      `| \`validate\` ${fmt(r.specs)} specs, ${r.style}, ≥ 10× the Python reference, whole process | ${r.speedup ? fmt(r.speedup, 1) + "×" : "not measured: " + S.validate.pythonSkip} | ${r.speedup ? yes(r.speedup >= 10) : "—"} |`,
    );
if (S.reviewScale) {
  const r = last(S.reviewScale);
  targets.push(
    `| ${fmt(r.specs)}-spec review under 250 MiB peak RSS | ${fmt(r.rssMiB)} MiB | ${yes(r.rssMiB < 250)} |`,
  );
}
if (S.wide) {
  targets.push(
    `| the 1 MB, 80,000-label JSON spec validates well under a second (whole process) | ${ms(S.wide.cli80k.ms)} | ${yes(S.wide.cli80k.ms < 1000)} |`,
  );
  const g = ["block", "flow", "json"].map(
    (st) =>
      `${st} ${fmt(growth(S.wide.rows, st, "ms"), 2)}× (JSON.parse ${fmt(growth(S.wide.rows, st, "jsonParseMs"), 2)}×)`,
  );
  targets.push(
    `| wide maps: time per key at ${fmt(last(WIDTHS))} keys ÷ at ${fmt(WIDTHS[0])}, ours (parse + validate) beside \`JSON.parse\` of the same document | ${g.join("; ")} | see §1b |`,
  );
}
if (S.instr?.rows) {
  const r = S.instr.rows;
  const per = (st, w) => {
    const rows = r.filter((x) => x.style === st && x.width === w && x.stage !== "JSON.parse");
    return rows.reduce((a, x) => a + x.total - (x.gc ?? 0), 0) / w;
  };
  const g = ["block", "flow", "json"].map(
    (st) => `${st} ${fmt(per(st, last(WIDTHS)) / per(st, WIDTHS[0]), 2)}×`,
  );
  targets.push(
    `| wide maps: instructions per key outside GC at ${fmt(last(WIDTHS))} keys ÷ at ${fmt(WIDTHS[0])}, ours (parse + validate) | ${g.join("; ")} | ${yes(["block", "flow", "json"].every((st) => per(st, last(WIDTHS)) / per(st, WIDTHS[0]) < 1.25))} (linear: within 25 %) |`,
  );
}
if (S.start)
  targets.push(
    `| Action no-op start within 2× of bare \`node -e ""\` (PR changing no ModelSpec) | ${fmt(S.start.ratioNoopPr, 2)}× | ${yes(S.start.ratioNoopPr <= 2)} |`,
  );
if (S.api)
  targets.push(
    `| API requests per PR constant in the number of specs | ${S.api.map((r) => `${r.specs}: ${r.requests}`).join(", ")} | ${yes(new Set(S.api.map(fixedRequests)).size === 1)} (${S.api.map(fixedRequests).join(", ")} besides file-list pages and annotation batches) |`,
  );

const sections = [];
sections.push(`# Benchmarks

Produced by \`npm run bench\` (\`bench/run.mjs\`${wholeRun ? "" : ` ${[...selected].join(" ")}`}) on **${results.date.slice(0, 10)}** (${results.date.slice(11, 16)} UTC), ${RUNS} runs per figure (medians).
Machine: ${machine}.
Corpus: \`bench/corpus.mjs\` (deterministic). \`validate\`: the mutation corpus, ${fmt(N_VALIDATE)} specs of which about ¾ carry one or two mutations (wrong types, out-of-range numbers, typos, missing and unknown fields), written three ways: block YAML, the same documents in flow style (every mapping of scalars on one line as \`{ a: 1, b: x }\`) and as JSON. Review pairs carry GPU, replica, precision, PII, retention, version and GPU-count changes, one in eight cosmetic.
${machineNote}
Each part runs alone too: \`node bench/run.mjs ${PARTS.join("|")}\` prints its sections.

## Targets

| target | measured | |
|---|---|---|
${targets.join("\n")}`);

if (S.validate) {
  const v = S.validate;
  sections.push(`## 1. \`validate\`, whole process, side by side with the Python reference

The reference is \`bench/reference_validate.py\`: PyYAML \`safe_load_all\` + python-jsonschema on the
upstream v0.1 schema, reading all three corpora with PyYAML. Both are timed in this run, one after
the other, corpus by corpus.

| corpus | files with findings | size | \`modelspec-review validate\` | Python reference | speed-up |
|---|---|---|---|---|---|
${v.rows.map((r) => `| ${r.style === "block" ? "block YAML" : r.style === "flow" ? "same documents, flow style" : "same documents, JSON"} | ${fmt(r.invalid)} of ${fmt(r.specs)} | ${fmt(r.bytes / 1024)} KiB | ${ms(r.oursMs)} | ${r.pythonMs ? ms(r.pythonMs) : "—"} | ${r.speedup ? "**" + fmt(r.speedup, 1) + "×**" : "—"} |`).join("\n")}

One reading per file, the cheapest exact one: \`JSON.parse\` (plus a linear check of what YAML
forbids and JSON allows) for JSON, the line reader for block YAML with one-line flow collections.
Both give the value and, only for a file with findings, every position in a second pass of the same
reader; the \`yaml\` package is loaded only for files they leave to it (anchors, multi-line flow,
block scalars, syntax errors, several documents). \`test/property/differential.property.test.ts\`
holds them to the \`yaml\` path on values, findings, positions and verdicts.`);
}

if (S.wide) {
  const wd = S.wide;
  sections.push(`## 1b. Wide maps: time per key, beside \`JSON.parse\` of the same document

One spec whose \`metadata.labels\` has N entries (\`l1ekg: v\`), in process, median of at least 5
runs. "JSON.parse" reads the same document written as JSON: V8 building the same object, the floor
any reader pays. "ours" is \`parseFile\` (the fast readers) plus schema validation. "yaml path" is
\`parseFileFull\` plus validation (the full parser, for what the fast readers leave to it). Both
caps are raised here (size, entries) so 200,000 keys can be read; by default a file over 100,000
entries is refused before any reader runs (\`parse/too-many-entries\`, §2b).

| style | keys | size | JSON.parse | per key | ours | per key | of which validate | ours ÷ JSON.parse | yaml path | per key |
|---|---|---|---|---|---|---|---|---|---|---|
${wd.rows.map((r) => `| ${r.style} | ${fmt(r.width)} | ${fmt(r.bytes / 1024)} KiB | ${ms(r.jsonParseMs)} | ${nsPerKey(r.jsonParseMs, r.width)} | ${ms(r.ms)} | ${nsPerKey(r.ms, r.width)} | ${ms(r.validateMs)} | ${fmt(r.ms / r.jsonParseMs, 2)}× | ${ms(r.fullMs)} | ${nsPerKey(r.fullMs, r.width)} |`).join("\n")}

Per key, ${fmt(last(WIDTHS))} keys against ${fmt(WIDTHS[0])}: ${["block", "flow", "json"].map((st) => `${st} ours ${fmt(growth(wd.rows, st, "ms"), 2)}×, JSON.parse ${fmt(growth(wd.rows, st, "jsonParseMs"), 2)}×`).join("; ")}.
No step of ours compares keys pairwise or re-scans a map (duplicates: a Set per mapping; positions:
a Map per mapping, built only when a finding needs one). What still rises in time per key rises for
\`JSON.parse\` of the same document too: one object of that many properties is a V8 dictionary
whose hash table (and the key strings) outgrow the CPU caches, and the garbage collector works over
a larger live heap; §1d counts instructions, which caches do not change.

The 1 MB (${fmt(wd.cli80k.bytes / 1024)} KiB), 80,000-label JSON spec through \`modelspec-review validate\`, whole process at the default caps: **${ms(wd.cli80k.ms)}** (exit ${wd.cli80k.exit}).`);
}

if (S.instr) {
  const ins = S.instr;
  const cell = (r) => (r ? `${fmt(r.total / r.width)} (${r.gc === null ? "—" : fmt(r.gc / r.width)})` : "—");
  const find = (st, w, stage) => ins.rows?.find((x) => x.style === st && x.width === w && x.stage === stage);
  sections.push(`## 1d. Wide maps: instructions per key (callgrind)

The stages of §1b under \`valgrind --tool=callgrind\` (node \`--single-threaded\`, fixed hash and
random seeds), counting only the measured region: each stage is warmed up, then repeated until it
has read about 200,000 keys (\`bench/wide-instr.mjs\`, \`bench/callgrind/region.c\`). Instruction
counts repeat run to run whatever the load. In brackets: the part spent in V8's garbage collector
and its write barrier (self cost of scavenging, promotion, marking, sweeping, remembered sets).

${
  ins.skipped
    ? `Not measured in this run: ${ins.skipped}.`
    : `| style | keys | JSON.parse | parse (ours) | validate (ours) | ours outside GC |
|---|---|---|---|---|---|
${ins.rows
  .filter((r) => r.stage === "parse")
  .map((p) => {
    const j = find(p.style, p.width, "JSON.parse");
    const v = find(p.style, p.width, "validate");
    const mut = (p.total - (p.gc ?? 0) + (v ? v.total - (v.gc ?? 0) : 0)) / p.width;
    return `| ${p.style} | ${fmt(p.width)} | ${cell(j)} | ${cell(p)} | ${cell(v)} | ${fmt(mut)} |`;
  })
  .join("\n")}

${(() => {
  const g = (st, stage, f) => {
    const a = find(st, WIDTHS[0], stage);
    const b = find(st, last(WIDTHS), stage);
    return a && b ? f(b) / b.width / (f(a) / a.width) : null;
  };
  const outside = (x) => x.total - (x.gc ?? 0);
  return ["block", "flow", "json"]
    .map(
      (st) =>
        `- ${st}: per key, ${fmt(last(WIDTHS))} keys against ${fmt(WIDTHS[0])}: our parse outside GC ${fmt(g(st, "parse", outside), 2)}×, with GC ${fmt(
          g(st, "parse", (x) => x.total),
          2,
        )}×; validation ${fmt(
          g(st, "validate", (x) => x.total),
          2,
        )}×; \`JSON.parse\` ${fmt(
          g(st, "JSON.parse", (x) => x.total),
          2,
        )}×.`,
    )
    .join("\n");
})()}

Outside GC, instructions per key measure our own work: flat means linear. The garbage collector's
share per key grows once what a reader keeps alive during the parse outgrows V8's young generation
(semi-spaces of at most 16 MiB by default): below that its garbage dies before a scavenge, above it everything live is copied
and promoted. Our readers allocate a little per line or key (the block reader a line record, its
text and its key), so their share grows more than \`JSON.parse\`'s, which allocates only the
result. What the clock adds on top (§1b) is memory: a dictionary of that many
properties and its key strings no longer fit the CPU caches.`
}`);
}

if (S.reviewScale) {
  const rs = S.reviewScale;
  sections.push(`## 1c. \`modelspec-review review --format json\`, whole process, by number of changed specs

A throwaway git repository whose head commit changes N specs (\`bench/review-scale.mjs\`;
\`limits.maxFiles: 3000\`). The JSON report is streamed, one file at a time, waiting for stdout.
Time per spec falls as the fixed start-up (node, git, loading the engine) is shared by more specs;
nothing in the review grows faster than the number of specs. Peak RSS is the highest of the runs.

| specs | time (median of ${Math.min(RUNS, 3)}) | per spec | peak RSS | report |
|---|---|---|---|---|
${rs.map((r) => `| ${fmt(r.specs)} | ${ms(r.ms)} | ${fmt(r.ms / r.specs, 2)} ms | ${fmt(r.rssMiB)} MiB | ${fmt(r.reportBytes / 1024)} KiB |`).join("\n")}`);
}

if (S.review) {
  const rv = S.review;
  // The estimator's measured error: the bounds table of docs/estimator-accuracy.md, which
  // test/core/estimate/observations.test.ts regenerates from the code and fails on when stale.
  const accuracy = (() => {
    const doc = readFileSync(join(root, "docs/estimator-accuracy.md"), "utf8");
    const m = /## Bounds the test asserts\n+([\s\S]*?)\n\n/.exec(doc);
    return m ? m[1] : "(docs/estimator-accuracy.md has no bounds table)";
  })();
  sections.push(`## 2. Full review in process (${fmt(rv.pairs)} spec pairs)

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

Positions for findings come from the fast readers (a second pass of the same reader on first
\`locate\`); before issue #14, building them with the \`yaml\` package was about 60% of \`analyse()\`.

## 2a. Estimator accuracy against published observations

From [docs/estimator-accuracy.md](docs/estimator-accuracy.md) (observation by observation there, each
with its source; \`test/core/estimate/observations.test.ts\` asserts these bounds on every \`npm test\`):

${accuracy}`);
}

if (S.hostile) {
  sections.push(`## 2b. Hostile input and the work bound (parse + validate, in process)

The work one file may cost is bounded whatever its shape: the size cap (\`limits.maxFileBytes\`,
1 MiB by default, at most 10 MiB) and the entry cap (100,000 lines plus commas,
\`parse/too-many-entries\`) are checked on the text before any reader runs, and every reader is
linear in its entries. The rows "under the entry cap" are the costliest shapes one file can hold,
per reader; \`test/hostile/work-bound.test.ts\` checks that shapes over it never reach the YAML
parser. The time of a review is then at most \`limits.maxFiles\` (300) times the worst row. The
yaml path costs about ten times the fast readers per entry, so its row is the bound; a review is
synchronous, so in the app such a file holds the event loop that long.

| case | size | median | slowest run | findings | codes |
|---|---|---|---|---|---|
${S.hostile.map((r) => `| ${r.name} | ${fmt(r.bytes / 1024)} KiB | ${ms(r.ms)} | ${ms(r.max)} | ${fmt(r.findings)} | ${r.codes.map((c) => `\`${c}\``).join(", ") || "none (valid)"} |`).join("\n")}`);
}

if (S.start) {
  const st = S.start;
  sections.push(`## 3. Action start and bundle

| | time (median of ${RUNS * 2}) | ratio to bare node |
|---|---|---|
| bare \`node -e ""\` | ${ms(st.bareMs)} | 1.00× |
| Action, pull request changing no ModelSpec (lists files on the loopback fake GitHub, posts nothing) | ${ms(st.noopPrMs)} | ${fmt(st.ratioNoopPr, 2)}× |
| Action, non-PR event (nothing to do) | ${ms(st.nonPrMs)} | ${fmt(st.ratioNonPr, 2)}× |

Bundle: \`dist/index.js\` ${fmt(st.entryBytes / 1024)} KiB; all ${st.chunks} JS files in \`dist/\` ${fmt(st.totalJsBytes / 1024)} KiB (heavy parts are lazily loaded chunks).`);
}

if (S.api) {
  sections.push(`## 4–5. GitHub API requests per PR event, time and peak RSS (the built Action against the loopback fake GitHub)

| changed specs | requests | wall time | peak RSS | exit |
|---|---|---|---|---|
${S.api.map((r) => `| ${r.specs} | ${r.requests} | ${ms(r.ms)} | ${r.rssMiB ? fmt(r.rssMiB) + " MiB" : "—"} | ${r.exit} |`).join("\n")}

Requests by kind:

${S.api
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
fail (e.g. a spec that no longer fits).`);
}

const md = sections.join("\n\n") + "\n";
const out = args.out ?? (wholeRun ? join(root, "BENCHMARKS.md") : "-");
if (out === "-") console.log(md);
else {
  writeFileSync(out, md);
  log(`wrote ${out}`);
}
writeFileSync(
  join(root, wholeRun ? "bench/out/results.json" : `bench/out/results-${[...selected].join("-")}.json`),
  JSON.stringify(results, null, 2),
);
