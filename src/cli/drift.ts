/**
 * `modelspec-review drift [paths…]`: every ModelSpec under the paths held against the Kubernetes
 * manifests there (Deployment, StatefulSet, LeaderWorkerSet, KServe, HPA, KEDA, kustomize; Helm
 * charts through `helm template` when it is on PATH). Exit 1 on drift, 0 when the manifests agree,
 * 2 on a usage error. Also the git collector the `review` command uses for drift context.
 *
 * All file, git and process access lives here; the comparison is the pure `analyse` drift stage.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { delimiter, join, relative, resolve, sep } from "node:path";
import { CONFIG_PATH, defaultConfig, parseConfig } from "../core/config.js";
import { driftCandidates, mayBeManifest } from "../core/drift/collect.js";
import { isDrift } from "../core/drift/index.js";
import type { DriftSkip, Config, FilePair, Finding, RenderContext, Review } from "../core/types.js";
import { renderComment } from "../core/render/comment.js";
import { renderDriftText } from "../core/render/drift.js";
import { renderJson } from "../core/render/json.js";
import { renderSarif } from "../core/render/sarif.js";
import { analyse } from "../core/review.js";
import { renderRuntimeText } from "../core/render/runtime.js";
import { compareRuntime, type RuntimeReport } from "../core/runtime/index.js";
import { git, readBlobs, readWorktreeFile } from "./git.js";
import type { CliIo } from "./io.js";

/** Help text of `modelspec-review drift`. */
export const DRIFT_USAGE = `Usage: modelspec-review drift [paths…] [--runtime <piqc-scan.json>] [--format text|json|sarif|markdown] [--config <file>] [--cwd <dir>]

Holds every ModelSpec under the paths (default: the current directory) against the deployment
manifests there: GPU count and type, max model length, max batch, replicas and autoscaling bounds,
model id, precision, port and probes (docs/drift.md). Helm charts are rendered with \`helm template\`
when helm is on PATH. Exits 1 when a manifest drifts from its spec.

  --format <f>     text (default), json (the report), sarif, markdown (the PR comment section)
  --config <file>  review config (default: .github/modelspec-review.yml under --cwd, if present)
  --cwd <dir>      resolve paths from this directory
  --runtime <file> also compare the specs with a piqc scan of the live cluster (piqc-scan.v0.1);
                   exit 1 on running drift or a missed promise too (docs/runtime.md)
  --max-age-hours <n>  facts older than this are stale, not drift (default 168)
`;

const SKIP_DIRS = new Set([".git", "node_modules", "dist", "lib", ".terraform"]);
const MAX_WALK = 5000;

async function walk(root: string, start: string, out: string[]): Promise<void> {
  if (out.length >= MAX_WALK) return;
  let st;
  try {
    st = await stat(start);
  } catch {
    return;
  }
  if (st.isFile()) {
    out.push(relative(root, start).split(sep).join("/"));
    return;
  }
  if (!st.isDirectory()) return;
  const entries = await readdir(start, { withFileTypes: true });
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory() && SKIP_DIRS.has(e.name)) continue;
    if (e.isSymbolicLink()) continue;
    await walk(root, join(start, e.name), out);
  }
}

/** Where `helm` is on PATH, or null. */
export function findHelm(pathEnv = process.env.PATH ?? ""): string | null {
  for (const dir of pathEnv.split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, process.platform === "win32" ? "helm.exe" : "helm");
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * Renders each chart directory (a folder holding Chart.yaml) with `helm template`; each rendered
 * `# Source: <chart>/templates/x.yaml` part becomes a manifest at that template's path (lines are
 * the rendered text's). Without helm, each chart is a skip with the reason.
 */
export async function renderCharts(
  root: string,
  chartDirs: string[],
  helm: string | null,
): Promise<{ manifests: FilePair[]; skipped: DriftSkip[]; rendered: Set<string> }> {
  const manifests: FilePair[] = [];
  const skipped: DriftSkip[] = [];
  const rendered = new Set<string>();
  for (const dir of chartDirs) {
    if (!helm) {
      skipped.push({
        file: `${dir}/Chart.yaml`,
        reason: "helm is not on PATH: the chart was not rendered (map its values.yaml keys in drift.values)",
      });
      continue;
    }
    const out = await new Promise<string | null>((res) =>
      execFile(
        helm,
        ["template", "modelspec-review", join(root, dir)],
        { maxBuffer: 16 * 1024 * 1024, timeout: 60_000 },
        (err, stdout) => res(err ? null : stdout),
      ),
    );
    if (out === null) {
      skipped.push({ file: `${dir}/Chart.yaml`, reason: "`helm template` failed on this chart" });
      continue;
    }
    const parent = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
    const parts = out.split(/^---\s*$/m);
    const bySource = new Map<string, string[]>();
    for (const part of parts) {
      const m = /^# Source: (.+)$/m.exec(part);
      if (!m) continue;
      const path = [parent, m[1]!.trim()].filter(Boolean).join("/");
      (bySource.get(path) ?? bySource.set(path, []).get(path)!).push(part.trim());
    }
    for (const [path, docs] of bySource) {
      rendered.add(path);
      manifests.push({ path, head: docs.join("\n---\n") + "\n" });
    }
  }
  return { manifests, skipped, rendered };
}

function chartDirsOf(paths: string[]): string[] {
  return paths
    .filter((p) => /(^|\/)Chart\.yaml$/.test(p))
    .map((p) => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "."));
}

function underChart(path: string, charts: string[]): boolean {
  return charts.some((c) => (c === "." ? path.startsWith("templates/") : path.startsWith(`${c}/templates/`)));
}

function readConfigFile(root: string, file: string | null): { config: Config; findings: Finding[] } {
  const path = file ? resolve(root, file) : join(root, CONFIG_PATH);
  if (!existsSync(path)) return { config: defaultConfig(), findings: [] };
  return parseConfig(readFileSync(path, "utf8"), file ?? CONFIG_PATH);
}

/**
 * Drift context for a git review: every spec and manifest candidate at both revisions (`headSha`
 * null: the working tree), read in one `git cat-file --batch`. Helm charts are rendered at head
 * only (working tree), so rendered manifests are compared without a base.
 */
export async function collectGitDrift(
  root: string,
  compareFrom: string,
  headSha: string | null,
  config: Config,
): Promise<{ manifests: FilePair[]; contextSpecs: FilePair[]; skipped: DriftSkip[] }> {
  if (config.drift?.enabled === false) return { manifests: [], contextSpecs: [], skipped: [] };
  const list = async (args: string[]) => (await git(root, args)).split("\0").filter(Boolean);
  const basePaths = new Set(await list(["ls-tree", "-r", "--name-only", "-z", compareFrom]));
  const headPaths = new Set(
    headSha !== null
      ? await list(["ls-tree", "-r", "--name-only", "-z", headSha])
      : (await list(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])).filter((p) =>
          existsSync(join(root, p)),
        ),
  );
  const cand = driftCandidates([...basePaths, ...headPaths], config, CONFIG_PATH);
  const skipped: DriftSkip[] = [];
  if (cand.dropped > 0)
    skipped.push({
      file: ".",
      reason: `${cand.dropped} more YAML files were not read as manifests (cap of ${cand.manifests.length})`,
    });
  const wanted: string[] = [];
  for (const p of [...cand.specs, ...cand.manifests]) {
    if (basePaths.has(p)) wanted.push(`${compareFrom}:${p}`);
    if (headSha !== null && headPaths.has(p)) wanted.push(`${headSha}:${p}`);
  }
  const blobs = await readBlobs(root, wanted);
  const pair = async (p: string): Promise<FilePair> => {
    const out: FilePair = { path: p };
    const b = basePaths.has(p) ? blobs.get(`${compareFrom}:${p}`) : undefined;
    const h = headPaths.has(p)
      ? headSha !== null
        ? blobs.get(`${headSha}:${p}`)
        : await readWorktreeFile(root, p)
      : undefined;
    if (b !== undefined) out.base = b;
    if (h !== undefined) out.head = h;
    return out;
  };
  const contextSpecs = await Promise.all(cand.specs.map(pair));
  const manifests = (await Promise.all(cand.manifests.map(pair))).filter(
    (m) =>
      (m.head !== undefined && mayBeManifest(m.path, m.head, config)) ||
      (m.base !== undefined && mayBeManifest(m.path, m.base, config)),
  );
  const charts = chartDirsOf([...headPaths]);
  if (charts.length && headSha !== null) {
    for (const c of charts)
      skipped.push({
        file: `${c}/Chart.yaml`,
        reason:
          "Helm charts are rendered (helm template) for the working tree only; map their values in drift.values",
      });
  } else if (charts.length) {
    const helm = findHelm();
    const r = await renderCharts(root, charts, helm);
    skipped.push(...r.skipped);
    const keep = helm ? manifests.filter((m) => !underChart(m.path, charts)) : manifests;
    return { manifests: [...keep, ...r.manifests], contextSpecs, skipped };
  }
  return { manifests, contextSpecs, skipped };
}

interface Args {
  runtime: string | null;
  maxAgeHours: number | null;
  paths: string[];
  format: "text" | "json" | "sarif" | "markdown";
  config: string | null;
  cwd: string | null;
  help: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = {
    runtime: null,
    maxAgeHours: null,
    paths: [],
    format: "text",
    config: null,
    cwd: null,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [flag, inline] =
      raw.startsWith("--") && raw.includes("=")
        ? [raw.slice(0, raw.indexOf("=")), raw.slice(raw.indexOf("=") + 1)]
        : [raw, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "-h":
      case "--help":
        a.help = true;
        break;
      case "--format": {
        const v = value();
        if (v !== "text" && v !== "json" && v !== "sarif" && v !== "markdown")
          return `--format must be text, json, sarif or markdown (got ${v ?? "nothing"})`;
        a.format = v;
        break;
      }
      case "--config": {
        const v = value();
        if (!v) return "--config needs a file";
        a.config = v;
        break;
      }
      case "--cwd": {
        const v = value();
        if (!v) return "--cwd needs a directory";
        a.cwd = v;
        break;
      }
      case "--runtime": {
        const v = value();
        if (!v) return "--runtime needs a piqc scan file";
        a.runtime = v;
        break;
      }
      case "--max-age-hours": {
        const v = Number(value());
        if (!Number.isFinite(v) || v <= 0) return "--max-age-hours needs a positive number";
        a.maxAgeHours = v;
        break;
      }
      default:
        if (raw.startsWith("-")) return `unknown argument ${raw}`;
        a.paths.push(raw);
    }
  }
  return a;
}

/** The `drift` command. */
export async function run(argv: string[], io: Pick<CliIo, "out" | "err" | "cwd" | "now">): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.err(`modelspec-review drift: ${args}\n\n${DRIFT_USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(DRIFT_USAGE);
    return 0;
  }
  const root = args.cwd ? resolve(io.cwd, args.cwd) : io.cwd;
  const { config, findings: configFindings } = readConfigFile(root, args.config);
  const files: string[] = [];
  for (const p of args.paths.length ? args.paths : ["."]) {
    const abs = resolve(root, p);
    if (!existsSync(abs)) {
      io.err(`modelspec-review drift: ${p} does not exist\n`);
      return 2;
    }
    await walk(root, abs, files);
  }
  const cand = driftCandidates(files, config, CONFIG_PATH);
  const read = async (p: string): Promise<FilePair> => {
    const text = await readWorktreeFile(root, p);
    return text === undefined ? { path: p } : { path: p, head: text };
  };
  const specs = await Promise.all(cand.specs.map(read));
  let manifests = (await Promise.all(cand.manifests.map(read))).filter(
    (m) => m.head !== undefined && mayBeManifest(m.path, m.head, config),
  );
  const skipped: DriftSkip[] = [];
  const charts = chartDirsOf(files);
  if (charts.length) {
    const helm = findHelm();
    const r = await renderCharts(root, charts, helm);
    skipped.push(...r.skipped);
    if (helm) manifests = manifests.filter((m) => !underChart(m.path, charts));
    manifests.push(...r.manifests);
  }
  const review = analyse([], config, {
    configFindings,
    drift: { manifests, contextSpecs: specs, skipped, all: true },
  });
  const ctx: RenderContext = { tag: config.comment.tag, onNoChange: config.comment.onNoChange };
  // Running vs declared (issue #18): a piqc scan of the live cluster, compared with the same specs.
  let runtime: RuntimeReport | null = null;
  if (args.runtime) {
    const text = await readFile(resolve(root, args.runtime), "utf8").catch(() => null);
    if (text === null) {
      io.err(`modelspec-review drift: cannot read ${args.runtime}\n`);
      return 2;
    }
    runtime = compareRuntime(args.runtime, text, specs, config, {
      now: new Date((io.now ?? Date.now)()).toISOString(),
      ...(args.maxAgeHours !== null ? { maxAgeHours: args.maxAgeHours } : {}),
    });
  }
  if (args.format === "json") {
    const report = JSON.parse(renderJson(review, ctx)) as Record<string, unknown>;
    io.out(JSON.stringify(runtime ? { ...report, runtime } : report, null, 2) + "\n");
  } else if (args.format === "sarif")
    io.out(renderSarif(runtime ? withFindings(review, runtime) : review, ctx));
  else if (args.format === "markdown")
    // The comment renders the Running vs declared section itself, under the table (render/model.ts).
    io.out(`${renderComment(runtime ? { ...review, runtime } : review, ctx)}\n`);
  else io.out(renderDriftText(review.drift) + (runtime ? `\n${renderRuntimeText(runtime)}` : ""));
  const runtimeDrift = (runtime?.findings ?? []).some((f) => f.severity !== "notice");
  return (review.drift?.findings ?? []).some(isDrift) || runtimeDrift ? 1 : 0;
}

/** The review with the runtime findings added to the drift findings (so SARIF carries them). */
function withFindings(review: Review, runtime: RuntimeReport): Review {
  const drift = review.drift ?? { links: [], findings: [], fixed: 0, skipped: [], manifestsRead: 0 };
  return { ...review, drift: { ...drift, findings: [...drift.findings, ...runtime.findings] } };
}
