// Whole-process benchmark of `modelspec-review validate` on 2,000 specs against the Python reference
// (bench/reference_validate.py: PyYAML + python-jsonschema on the upstream schema), with hyperfine.
//
//   npm run build:lib && node bench/validate-2000.mjs [--runs N] [--count N]
//
// Writes the corpus to bench/out/corpus-<N>/ and hyperfine's JSON to bench/out/validate-<N>.json.
// Needs hyperfine and python3 with PyYAML and jsonschema (apt-get install -y hyperfine
// python3-jsonschema python3-yaml); without them it says what is missing and exits 2.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: { runs: { type: "string", default: "10" }, count: { type: "string", default: "2000" } },
});
const count = Number(values.count);
const upstream = `${root}../shared/modelspec-upstream/`;
const haveUpstream = existsSync(`${upstream}schema/modelspec.v0.1.json`);
const sourceDir = haveUpstream ? `${upstream}examples/` : `${root}examples/`;
const schema = haveUpstream
  ? `${upstream}schema/modelspec.v0.1.json`
  : `${root}schema/modelspec.v1alpha1.json`;

if (!existsSync(`${root}lib/cli/main.js`)) {
  console.error("lib/ is missing: run `npm run build:lib` first.");
  process.exit(2);
}
for (const [cmd, args, hint] of [
  ["hyperfine", ["--version"], "apt-get install -y hyperfine"],
  ["python3", ["-c", "import yaml, jsonschema"], "apt-get install -y python3-jsonschema python3-yaml"],
]) {
  if (spawnSync(cmd, args).status !== 0) {
    console.error(`${cmd} is not usable here (${hint}).`);
    process.exit(2);
  }
}

// The corpus: the examples round-robin, each copy renamed so no two files are identical.
const sources = readdirSync(sourceDir)
  .filter((n) => n.endsWith(".yaml"))
  .sort()
  .map((n) => readFileSync(`${sourceDir}${n}`, "utf8"));
const corpus = `${root}bench/out/corpus-${count}`;
rmSync(corpus, { recursive: true, force: true });
mkdirSync(corpus, { recursive: true });
for (let i = 0; i < count; i++) {
  const text = sources[i % sources.length].replace(/^( {2}name: )(\S+)/m, `$1$2-${i}`);
  writeFileSync(`${corpus}/spec-${String(i).padStart(5, "0")}.modelspec.yaml`, text);
}

const ours = `node ${root}lib/cli/main.js validate ${corpus}`;
const reference = `python3 ${root}bench/reference_validate.py ${schema} ${corpus}`;
for (const cmd of [ours, reference]) {
  const r = spawnSync("bash", ["-c", `${cmd} > /dev/null`]);
  if (r.status !== 0) {
    console.error(`not every spec is valid for: ${cmd}`);
    process.exit(1);
  }
}
const out = `${root}bench/out/validate-${count}.json`;
const r = spawnSync(
  "hyperfine",
  [
    "-N",
    "--warmup",
    "2",
    "--runs",
    values.runs,
    "--export-json",
    out,
    "-n",
    "modelspec-review validate",
    ours,
    "-n",
    "python reference",
    reference,
  ],
  { stdio: "inherit" },
);
if (r.status !== 0) process.exit(r.status ?? 1);
const results = JSON.parse(readFileSync(out, "utf8")).results;
const [a, b] = results;
const fmt = (x) =>
  `${(x.mean * 1000).toFixed(0)} ms ± ${(x.stddev * 1000).toFixed(0)} (user ${(x.user * 1000).toFixed(0)} ms, system ${(x.system * 1000).toFixed(0)} ms)`;
console.log(`\n${count} specs, ${values.runs} runs each`);
console.log(`  modelspec-review validate: ${fmt(a)}`);
console.log(`  python reference:          ${fmt(b)}`);
console.log(
  `  speed-up (mean wall time): ${(b.mean / a.mean).toFixed(1)}×; CPU time (user+system): ${((b.user + b.system) / (a.user + a.system)).toFixed(1)}×`,
);
