/**
 * `modelspec-review estimate [--format text|json] [--config file] [--provider p] [--spot] <files...>`
 *
 * Estimates every ModelSpec document in the given files (directories are searched for
 * *.modelspec.yaml|yml|json): memory fit per GPU, KV-cache capacity, throughput, cost and the
 * cheapest fitting alternative. The JSON output is `$defs/estimateCliReport` of schema/report.v1.json.
 *
 * Exit 0 when no error-severity finding, 1 when any (a spec that does not fit, a parse error),
 * 2 on usage or I/O errors (the other files are still estimated).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { CONFIG_PATH, defaultConfig, parseConfig } from "../core/config.js";
import type { ModelTexts } from "../core/models/sources.js";
import { estimate } from "../core/estimate/index.js";
import { parseFile } from "../core/parse.js";
import type { Config, Estimate, Finding, ModelSpec } from "../core/types.js";
import { isModelSpec } from "../core/validate.js";

/** The subset of the CLI's io every subcommand receives (see cli/io.ts). */
export interface EstimateIo {
  out(text: string): void;
  err(text: string): void;
  flush?(): Promise<void>;
  cwd: string;
}

const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** The `$schema` of the estimate command's JSON output. */
export const REPORT_SCHEMA_ID = "https://modelspec-review.dev/schema/report.v1.json#/$defs/estimateCliReport";

const HELP = `Usage: modelspec-review estimate [options] <files or directories...>

Estimates GPU memory fit, KV-cache capacity, throughput and cost of each ModelSpec, with the
catalog source behind every figure and the assumptions it rests on (docs/estimation.md).

Options:
  --format <text|json>  Output format (default: text). json is $defs/estimateCliReport of
                        schema/report.v1.json.
  --config <file>       Repository config (default: ${CONFIG_PATH} if it exists).
  --provider <name>     Price with this provider unless a spec names one (aws, gcp, azure,
                        lambda, runpod, runpod-community, coreweave).
  --spot                Use spot prices where documented, unless a spec says otherwise.
  -h, --help            Show this help.

Exit status: 0 no errors, 1 a spec does not fit or a file is broken, 2 usage or I/O error.
`;

/** The estimate of one spec document, as the estimate command reports it. */
export interface SpecEstimate {
  file: string;
  document: number | null;
  name: string | null;
  estimate: Estimate;
}

/** The estimate command's JSON output (`$defs/estimateCliReport` of schema/report.v1.json). */
export interface EstimateCliReport {
  $schema: string;
  schemaVersion: 1;
  specs: SpecEstimate[];
  findings: Finding[];
}

const SPEC_NAME = /\.modelspec\.(?:ya?ml|json)$/i;

function collect(path: string, out: string[]): void {
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (entry === "node_modules" || entry.startsWith(".git")) continue;
      const p = join(path, entry);
      const s = statSync(p);
      if (s.isDirectory()) collect(p, out);
      else if (SPEC_NAME.test(entry)) out.push(p);
    }
  } else out.push(path);
}

/** Estimate the ModelSpec documents of one file's text (pure apart from nothing: used by tests too). */
export function estimateText(
  file: string,
  text: string,
  config: Config,
  models?: ModelTexts,
): { specs: SpecEstimate[]; findings: Finding[] } {
  const parsed = parseFile(file, text);
  const specs: SpecEstimate[] = [];
  const multi = parsed.documents.length > 1;
  for (const doc of parsed.documents) {
    if (!isModelSpec(doc.value)) continue;
    const spec = doc.value as ModelSpec;
    const at = multi ? { file, document: doc.index, locate: doc.locate } : { file, locate: doc.locate };
    specs.push({
      file,
      document: multi ? doc.index : null,
      name: typeof spec.metadata?.name === "string" ? spec.metadata.name : null,
      estimate: estimate(spec, config, at, models),
    });
  }
  return { specs, findings: parsed.findings };
}

/** Run `modelspec-review estimate`; resolves to the exit code. */
export async function run(argv: string[], io: EstimateIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        config: { type: "string" },
        provider: { type: "string" },
        spot: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (err) {
    io.err(`modelspec-review estimate: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    await io.flush?.();
    return EXIT.ok;
  }
  const format = values.format;
  if (format !== "text" && format !== "json") {
    io.err(`modelspec-review estimate: --format must be text or json (got "${String(format)}")\n`);
    return EXIT.usage;
  }
  if (positionals.length === 0) {
    io.err(`modelspec-review estimate: no files given\n\n${HELP}`);
    return EXIT.usage;
  }

  let usageError = false;
  const findings: Finding[] = [];
  let config = defaultConfig();
  const configPath = values.config ?? (existsSync(resolve(io.cwd, CONFIG_PATH)) ? CONFIG_PATH : null);
  if (configPath) {
    try {
      const r = parseConfig(readFileSync(resolve(io.cwd, configPath), "utf8"), configPath);
      config = r.config;
      findings.push(...r.findings);
    } catch (err) {
      io.err(
        `modelspec-review estimate: cannot read config ${configPath}: ${err instanceof Error ? err.message : String(err)}\n`,
      );
      return EXIT.usage;
    }
  }
  if (values.provider) config.estimate.provider = values.provider;
  if (values.spot) config.estimate.spot = true;

  const files: string[] = [];
  for (const p of positionals) {
    try {
      collect(resolve(io.cwd, p), files);
    } catch {
      io.err(`modelspec-review estimate: cannot read ${p}\n`);
      usageError = true;
    }
  }

  const texts: Array<{ file: string; text: string }> = [];
  for (const abs of files) {
    const file = relative(io.cwd, abs) || abs;
    try {
      texts.push({ file, text: readFileSync(abs, "utf8") });
    } catch {
      io.err(`modelspec-review estimate: cannot read ${file}\n`);
      usageError = true;
    }
  }
  // Model configs (issue #12): .modelspec/models/… under the working directory, the HF cache, the Hub.
  const { loadModelTexts } = await import("../hub/index.js");
  const models = await loadModelTexts(
    texts.map((t) => ({ path: t.file, head: t.text })),
    config,
    {
      readRepoFiles: async (paths) =>
        new Map(
          paths.map((p) => {
            try {
              return [p, readFileSync(resolve(io.cwd, p), "utf8")] as const;
            } catch {
              return [p, null] as const;
            }
          }),
        ),
    },
  );
  const specs: SpecEstimate[] = [];
  for (const { file, text } of texts) {
    const r = estimateText(file, text, config, models);
    specs.push(...r.specs);
    findings.push(...r.findings);
    if (r.specs.length === 0 && r.findings.length === 0)
      io.err(`modelspec-review estimate: ${file} holds no ModelSpec document\n`);
  }

  const report: EstimateCliReport = { $schema: REPORT_SCHEMA_ID, schemaVersion: 1, specs, findings };
  io.out(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
  await io.flush?.();
  if (usageError) return EXIT.usage;
  const anyError =
    findings.some((f) => f.severity === "error") ||
    specs.some(
      (s) =>
        s.estimate.memory?.verdict === "does-not-fit" ||
        s.estimate.findings.some((f) => f.severity === "error"),
    );
  return anyError ? EXIT.findings : EXIT.ok;
}

// ─── text rendering ─────────────────────────────────────────────────────────────────────────────

const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const usd2 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function money(x: number): string {
  return `$${usd2.format(x)}`;
}

function findingLine(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}${f.hint ? `\n      ${f.hint}` : ""}`;
}

/** The estimate command's text output: findings first, then each spec's estimate. */
export function renderText(report: EstimateCliReport): string {
  const lines: string[] = [];
  for (const f of report.findings) lines.push(findingLine(f));
  if (report.findings.length) lines.push("");
  for (const s of report.specs) {
    const e = s.estimate;
    lines.push(`${s.file}${s.document !== null ? `#${s.document}` : ""}${s.name ? `  ${s.name}` : ""}`);
    const m = e.model;
    lines.push(
      `  Model       ${m.declared ?? "(none)"} → ${m.resolvedAs ?? "unknown"} (${m.confidence}${m.paramsB !== null ? `, ${m.paramsB} B params` : ""}${m.activeParamsB !== null && m.activeParamsB !== m.paramsB ? `, ${m.activeParamsB} B active` : ""}), weights ${e.precision.weights}, KV cache ${e.precision.kvCache}`,
    );
    lines.push(
      `  GPUs        ${e.gpu.count} × ${e.gpu.resolvedAs ?? e.gpu.declared ?? "(none)"} (${e.gpu.confidence}${e.gpu.memoryGiB !== null ? `, ${e.gpu.memoryGiB} GiB each` : ""})`,
    );
    if (e.memory) {
      const p = e.memory.perGpu;
      lines.push(
        `  Memory      ${e.memory.verdict.toUpperCase()}: ${p.totalGiB} of ${p.usableGiB} GiB usable per GPU (${p.headroomPct}% headroom; capacity ${p.capacityGiB} GiB)`,
        `              weights ${p.weightsGiB} + KV cache ${p.kvCacheGiB} + activations ${p.activationGiB} + overhead ${p.overheadGiB} GiB`,
      );
    } else lines.push("  Memory      not estimated (see findings)");
    if (e.kvCache) {
      const k = e.kvCache;
      lines.push(
        `  KV cache    ${int.format(k.tokenCapacity)} tokens per replica → ${int.format(k.maxConcurrentSequences)} full-length sequences at once (declared batch needs ${int.format(k.requiredTokens)})`,
      );
    }
    if (e.throughput) {
      const t = e.throughput;
      lines.push(
        `  Throughput  ~${int.format(t.decodeTokensPerSecPerReplica)} tok/s decode, ~${int.format(t.prefillTokensPerSecPerReplica)} tok/s prefill per replica${t.worstCaseGenerationSeconds !== null ? `; worst-case generation ${t.worstCaseGenerationSeconds} s` : ""}`,
      );
    }
    if (e.cost) {
      const c = e.cost;
      lines.push(
        `  Cost        ${money(c.hourlyUsdPerReplica)}/h per replica (${c.provider}${c.spot ? " spot" : ""}, ${money(c.usdPerGpuHour)}/GPU-hour as of ${c.priceAsOf})`,
        `              ${money(c.monthlyUsd.atMinReplicas)} – ${money(c.monthlyUsd.atMaxReplicas)} per month at min – max replicas (${c.hoursPerMonth} h/month)`,
      );
      if (c.usdPer1kTokens !== null) {
        lines.push(
          `              $${c.usdPer1kTokens} per 1k tokens${c.budget ? ` (target $${c.budget.targetUsdPer1kTokens}: ${c.budget.withinTarget ? "within" : "OVER"})` : ""}`,
        );
      }
    } else lines.push("  Cost        not estimated (see findings)");
    if (e.recommendation) {
      const r = e.recommendation;
      const saving =
        r.monthlySavingUsd === null
          ? ""
          : r.monthlySavingUsd > 0
            ? `, saves ${money(r.monthlySavingUsd)}/month`
            : r.monthlySavingUsd < 0
              ? `, costs ${money(-r.monthlySavingUsd)}/month more`
              : "";
      lines.push(
        `  Recommend   ${r.count} × ${r.gpu} at ${r.provider}: ${money(r.monthlyUsdAtMinReplicas)}/month at min replicas${saving}`,
      );
      lines.push(`              ${r.reason}`);
    }
    if (e.findings.length) {
      lines.push("  Findings");
      for (const f of e.findings) lines.push(`    ${findingLine(f)}`);
    }
    if (e.assumptions.length) {
      lines.push("  Assumptions");
      for (const a of e.assumptions) lines.push(`    - ${a}`);
    }
    lines.push("");
  }
  if (report.specs.length === 0) lines.push("No ModelSpec documents found.");
  return `${lines.join("\n")}\n`;
}
