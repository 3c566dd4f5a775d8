/**
 * The markdown building blocks shared by the PR comment, the check-run summary/text and the job
 * summary. Each piece is rendered once as a string so `compose()` can fit a report under a length
 * limit by dropping pieces in a stated order, without re-rendering anything.
 *
 * The layout is built for a reviewer's first ten seconds (issue #17), top to bottom:
 * 1. the outcome: passed or failed, and one short clause per failed gate naming what tripped it;
 * 2. the money: the monthly cost change, saying how many specs could not be priced;
 * 3. a summary table of six columns (spec, change, GPU, fit, replicas, Δ $/month);
 * 4. deployment drift, as its own short section;
 * 5. one collapsible block per spec: what changed (each changed field once), the memory bar, new
 *    findings, findings already on the base branch (collapsed), a material recommendation, the diff;
 * 6. a footer of two short lines: sources and assumptions, and where the full report is.
 */
import type {
  Estimate,
  FileReview,
  Finding,
  GateId,
  GateResult,
  ModelSpec,
  RenderContext,
  Review,
  Scalar,
  SpecChange,
  SpecReview,
  SpecSide,
} from "../types.js";
import { code, fence, lineLink, md, truncate } from "./escape.js";
import {
  BAR_GLYPHS,
  CONCLUSION_ICON,
  SEVERITY_ICON,
  VERDICT_ICON,
  gib,
  int,
  memoryBar,
  num,
  pctDelta,
  plural,
  usd,
  usdDelta,
  usdDeltaWhole,
  usdUnit,
} from "./format.js";
import { renderDriftSection } from "./drift.js";
import { renderRuntimeSection } from "./runtime.js";
import { renderReleaseNotesPreview } from "./release-preview.js";
import { SUPPRESSION_ANNOTATION } from "../rules/index.js";
import { CONFIG_PATH } from "../settings.js";

/** The product name reports and SARIF use. */
export const TOOL_NAME = "modelspec-review";
/** The default config path (src/core/settings.ts); a review names `ctx.configPath` when given. */
export { CONFIG_PATH };

/** The config file the review read: the adapter's (the Action's `config:` input), else the default. */
export function configPathOf(ctx: RenderContext): string {
  return ctx.configPath ?? CONFIG_PATH;
}

/** One row of the summary table plus its collapsible block (a spec, or a file that failed to parse). */
export interface Entry {
  path: string;
  spec: SpecReview | null;
  /** Position in the review (file order, then document order): the display order. */
  order: number;
  /** Higher sorts first when deciding what to keep (see `importance`). */
  rank: number[];
  row: string;
  /** The collapsible block with the file's diff at its end (when this entry carries the diff). */
  details: string;
  /** The same block without the diff (used once diffs are dropped to fit a limit). */
  detailsWithoutDiff: string;
  /** True when `details` carries a unified diff. */
  hasDiff: boolean;
  costDeltaAtMax: number | null;
}

/** A review rendered once into the pieces every markdown report is composed from. */
export interface ReportModel {
  /** The heading: outcome first ("## ❌ ModelSpec review failed"). */
  title: string;
  /** One short clause per failed gate (or a one-line pass statement); "" when there is nothing to add. */
  outcome: string;
  /** The money line: cost change at max replicas and how many specs could not be priced. */
  money: string;
  notices: string;
  tableHeader: string;
  entries: Entry[];
  totals: string;
  /** What the markers in the change cell mean (only the markers used). */
  legend: string;
  /** The "Deployment drift" section ("" until there is drift to show). */
  drift: string;
  /** The "Running vs declared" section ("" when no piqc scan links a workload to a spec). */
  runtime: string;
  /** Problems in the repository config, collapsed. */
  configProblems: string;
  /** Release notes of version bumps (job summary only: the comment's blocks already say what changed). */
  releaseNotes: string;
  /** Every source and assumption in full (job summary only; the footer names the main ones). */
  sources: string;
  footer: string;
}

/** Short gate names for the headline clauses (the gate ids stay in the check run and JSON report). */
const GATE_LABEL: Record<GateId, string> = {
  "schema-errors": "Invalid spec",
  "rule-errors": "Rule errors",
  "does-not-fit": "Won't start",
  "monthly-cost-increase-usd": "Cost",
  "monthly-cost-increase-pct": "Cost",
  "governance-loosening": "Governance loosened",
  "breaking-changes": "Breaking change",
  "config-errors": "Config errors",
  drift: "Deployment drift",
  "runtime-drift": "Running drift",
};

/** Markers in the summary table's change cell. */
export const CHANGE_MARKERS = {
  governance: { icon: "🔓", text: "governance loosened" },
  breaking: { icon: "⛔", text: "breaking change" },
  drift: { icon: "🧭", text: "drifts from its deployment" },
} as const;

const MAX_DIFF_LINES = 400;
const MAX_DIFF_CHARS = 20_000;
/** A recommendation is worth showing only when it saves at least this much and this share. */
export const MATERIAL_SAVING = { usdPerMonth: 100, fraction: 0.1 } as const;

/**
 * Changes a spec's block does not list in its "What changed" table because the block states them
 * once elsewhere: the memory figures and the fit verdict are the memory line, full-length sequences
 * join the KV-capacity row, and the per-hour prices and cost at min replicas are implied by the GPU
 * change and the monthly cost at max replicas (the convention of every cost figure in the report).
 */
const STATED_ELSEWHERE = new Set([
  "resources.gpu.memoryGiB",
  "resources.memory.requiredGiB",
  "resources.memory.headroomGiB",
  "resources.verdict",
  "resources.kv.maxConcurrentSequences",
  "cost.usdPerGpuHour",
  "cost.hourlyPerReplica",
  "cost.monthlyAtMin",
]);

/** U+2060 WORD JOINER: placed after the break opportunities of a name so a table never wraps it. */
const WJ = "\u2060";
/** No-break space: keeps short cells ("❌ 11.4 GiB short", "1–2 → 1–4") on one line. */
const NBSP = "\u00a0";

// ─── small helpers ──────────────────────────────────────────────────────────────────────────────

/** The review's ModelSpec files that changed (unchanged and non-spec files left out). */
export function modelSpecFiles(review: Review): FileReview[] {
  return review.files.filter((f) => f.isModelSpec && f.status !== "unchanged");
}

/** A spec name as a code span that never breaks across lines (word joiners after - . / _). */
export function unbreakable(name: string, max = 80): string {
  return `<code>${md(name, max).replace(/([-./_])/g, `$1${WJ}`)}</code>`;
}

/** "a, b and 3 more" with each name rendered by `show`. */
function someNames(names: string[], show: (n: string) => string, max = 3): string {
  const shown = names.slice(0, max).map(show);
  if (names.length > max) return `${shown.join(", ")} +${names.length - max} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** Changed specs (and files that failed to parse) as the summary counts them. */
function reviewedSpecs(review: Review): SpecReview[] {
  return modelSpecFiles(review).flatMap((f) => f.specs.filter((s) => s.status !== "unchanged"));
}

/** Specs whose cost change could not be computed (a side without a price). */
function unpricedSpecs(review: Review): SpecReview[] {
  return reviewedSpecs(review).filter((s) => specCostDelta(s) === null);
}

interface Clause {
  label: string;
  /** Markdown (escaped) clause body, naming the subjects. */
  md: string;
  /** Plain text built only from numbers and fixed words (the check-run title is not escaped). */
  plain: string;
}

function costClause(review: Review, g: GateResult): Pick<Clause, "md" | "plain"> {
  const mc = review.summary.monthlyCost;
  if (mc.deltaAtMax === null) return { md: md(g.reason, 120), plain: "over the limit" };
  const pct = pctDelta(mc.deltaPctAtMax);
  const text =
    g.gate === "monthly-cost-increase-pct" && pct
      ? `${pct} a month, over the limit`
      : `${usdDelta(mc.deltaAtMax)}/month, over the limit`;
  return { md: text, plain: text };
}

/** One short clause per failed gate, naming exactly the subjects the gate counted. */
function gateClauses(review: Review, configPath: string = CONFIG_PATH): Clause[] {
  const failed = review.conclusion.gates.filter((g) => g.failed);
  // Both cost gates failing say the same thing: state it once.
  const bothCost =
    failed.some((g) => g.gate === "monthly-cost-increase-usd") &&
    failed.some((g) => g.gate === "monthly-cost-increase-pct");
  return failed
    .filter((g) => !(bothCost && g.gate === "monthly-cost-increase-pct"))
    .map((g) => {
      const label = GATE_LABEL[g.gate] ?? g.gate;
      if (g.gate === "monthly-cost-increase-usd" || g.gate === "monthly-cost-increase-pct")
        return { label, ...costClause(review, g) };
      if (g.gate === "config-errors") {
        const n = review.configFindings.filter((f) => f.severity === "error").length;
        return {
          label,
          md: `${plural(n, "error")} in ${code(configPath)}, defaults used`,
          plain: plural(n, "error"),
        };
      }
      const subjects = g.subjects ?? [];
      if (subjects.length === 0) {
        // A gate that does not name its subjects: its own reason, cut at the first list separator.
        const first = g.reason.split("; ")[0] ?? g.reason;
        return { label, md: md(first, 140), plain: "see the report" };
      }
      const tail = g.gate === "does-not-fit" ? " (out of GPU memory)" : "";
      return {
        label,
        md: `${someNames(subjects, (n) => code(n, 60))}${tail}`,
        plain: plural(subjects.length, "spec"),
      };
    });
}

/** Counts of findings on changed specs: new ones (or all, without a baseline) and those on base. */
function findingCounts(review: Review): {
  classified: boolean;
  error: number;
  warning: number;
  onBase: number;
} {
  const all = modelSpecFiles(review).flatMap((f) => [
    ...f.findings,
    ...f.specs.filter((s) => s.status !== "unchanged").flatMap((s) => s.findings),
  ]);
  const fresh = all.filter((f) => !onBase(f));
  return {
    classified: all.some((f) => f.baseline !== undefined),
    error: fresh.filter((f) => f.severity === "error").length,
    warning: fresh.filter((f) => f.severity === "warning").length,
    onBase: all.length - fresh.length,
  };
}

/** True for a finding the base branch already had (only known once the review classified it). */
function onBase(f: Finding): boolean {
  return f.baseline === "unchanged";
}

function outcomeWord(review: Review): string {
  const { status, gates } = review.conclusion;
  const failed = gates.some((g) => g.failed);
  if (status === "failure") return "failed";
  if (failed) return "has failed gates (not blocking)";
  if (status === "neutral") return "found nothing to gate";
  return "passed";
}

/**
 * The check run's title (plain text, ≤ 255 characters once cut): the outcome, the failed gates in
 * short, then the money.
 */
export function headlineSentence(review: Review): string {
  const word = outcomeWord(review);
  const clauses = gateClauses(review).map((c) => `${c.label.toLowerCase()}: ${c.plain}`);
  const money = moneyPlain(review);
  const head = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  return [clauses.length ? `${head}: ${clauses.join("; ")}` : head, money].filter(Boolean).join(" · ");
}

function moneyPlain(review: Review): string {
  const mc = review.summary.monthlyCost;
  const unpriced = unpricedSpecs(review).length;
  const n = reviewedSpecs(review).length;
  if (n === 0) return "";
  if (mc.deltaAtMax === null) return `cost not estimated (${plural(n, "spec")} not priced)`;
  const pct = Math.abs(mc.deltaAtMax) >= 0.005 ? pctDelta(mc.deltaPctAtMax) : "";
  const change =
    Math.abs(mc.deltaAtMax) < 0.005
      ? "cost unchanged"
      : `cost ${usdDelta(mc.deltaAtMax)}/month${pct ? ` (${pct})` : ""}`;
  return `${change}${unpriced ? `, ${unpriced} of ${plural(n, "spec")} not priced` : ""}`;
}

function titleBlock(review: Review, ctx: RenderContext): string {
  const tag = ctx.tag && ctx.tag !== "default" ? ` (${code(ctx.tag, 60)})` : "";
  const failed = review.conclusion.gates.some((g) => g.failed);
  const icon =
    failed && review.conclusion.status !== "failure" ? "⚠️" : CONCLUSION_ICON[review.conclusion.status];
  return `## ${icon} ModelSpec review${tag} ${outcomeWord(review)}`;
}

function outcomeBlock(review: Review, ctx: RenderContext): string {
  const clauses = gateClauses(review, configPathOf(ctx));
  if (clauses.length) return clauses.map((c) => `- **${c.label}:** ${c.md}`).join("\n");
  const n = findingCounts(review);
  const adj = n.classified ? "new " : "";
  const look = [
    n.error ? plural(n.error, `${adj}error`) : "",
    n.warning ? plural(n.warning, `${adj}warning`) : "",
  ]
    .filter(Boolean)
    .join(" and ");
  const base = n.onBase ? `${plural(n.onBase, "finding")} already on the base branch` : "";
  if (look) return `No gate failed; ${look} to look at below${base ? ` (and ${base})` : ""}.`;
  return base ? `No gate failed; ${base}.` : "No gate failed.";
}

function moneyBlock(review: Review): string {
  const specs = reviewedSpecs(review);
  if (specs.length === 0) return "";
  const mc = review.summary.monthlyCost;
  const unpriced = unpricedSpecs(review);
  const names = (list: SpecReview[]) =>
    someNames(
      list.map((s) => s.name),
      (x) => code(x, 60),
      2,
    );
  if (mc.deltaAtMax === null)
    return `💵 **Cost not estimated:** ${specs.length === 1 ? "the spec could not be priced" : `none of the ${specs.length} specs could be priced`} (${names(unpriced)}).`;
  const range =
    mc.beforeAtMax !== null && mc.afterAtMax !== null && mc.beforeAtMax !== mc.afterAtMax
      ? `${usd(mc.beforeAtMax)} → ${usd(mc.afterAtMax)}`
      : usd(mc.afterAtMax);
  const pct = pctDelta(mc.deltaPctAtMax);
  const change =
    Math.abs(mc.deltaAtMax) < 0.005
      ? `💵 **Cost unchanged:** ${usd(mc.afterAtMax)}/month`
      : `💵 **${usdDelta(mc.deltaAtMax)}/month**${pct ? ` (${pct})` : ""}, ${range}`;
  const missing = unpriced.length
    ? ` · ${unpriced.length} of ${plural(specs.length, "spec")} not priced: ${names(unpriced)}`
    : "";
  return `${change} at max replicas${missing}`;
}

function noticesBlock(ctx: RenderContext): string {
  const lines: string[] = [];
  if (ctx.configChangedInPr) {
    lines.push(
      `> [!NOTE]\n> This PR edits ${code(configPathOf(ctx))}; the configuration from the base branch was used.`,
    );
  }
  for (const n of ctx.notices ?? []) lines.push(`> ${md(n, 500)}`);
  return lines.join("\n\n");
}

function configProblemsBlock(review: Review, ctx: RenderContext): string {
  const fs = review.configFindings;
  if (fs.length === 0) return "";
  const items = fs
    .slice(0, 20)
    .map(
      (f) =>
        `- ${SEVERITY_ICON[f.severity]} ${code(f.code)} ${code(f.file)} line ${f.line}: ${md(f.message, 500)}`,
    );
  const more = fs.length > 20 ? `\n- … and ${fs.length - 20} more` : "";
  return `<details><summary>${plural(fs.length, "problem")} in ${code(configPathOf(ctx))}</summary>\n\n${items.join("\n")}${more}\n\n</details>`;
}

function sideOf(s: SpecReview): SpecSide | null {
  return s.head ?? s.base;
}

function scaling(spec: ModelSpec | null | undefined): string | null {
  const sc = spec?.spec?.operations?.scaling;
  if (!sc || (sc.minReplicas === undefined && sc.maxReplicas === undefined)) return null;
  // An invalid spec can hold .inf/.nan (schema finding already raised): show "?" rather than "Infinity".
  // A string here (schema finding already raised) is author text: escape it like every other.
  const shown = (v: unknown): string =>
    typeof v === "number" ? (Number.isFinite(v) ? `${v}` : "?") : v === undefined ? "?" : md(v, 40);
  const min = shown(sc.minReplicas);
  const max = shown(sc.maxReplicas);
  return min === max ? `${min}` : `${min}–${max}`;
}

function gpuText(sd: SpecSide | null): string | null {
  if (!sd) return null;
  const e = sd.estimate;
  const acc = sd.spec?.spec?.runtime?.accelerator;
  const name = e?.gpu.resolvedAs ?? e?.gpu.declared ?? acc?.type;
  if (!name) return null;
  const count = e?.gpu.count ?? acc?.count ?? 1;
  return `${count}× ${String(name)}`;
}

/**
 * GPU before → after, saying only what changed: "4× → 2× h100-sxm", "1× h100-sxm → l40s",
 * "4× a100-80gb → 2× h100-sxm", or "1× l4" when unchanged.
 */
function gpuCell(s: SpecReview): string {
  const parts = (sd: SpecSide | null) => {
    const t = gpuText(sd);
    const m = t ? /^(\S+×) (.*)$/.exec(t) : null;
    return m ? { count: m[1]!, name: m[2]! } : null;
  };
  const b = parts(s.base);
  const h = parts(s.head);
  if (s.status === "modified" || s.status === "renamed") {
    if (b && h && b.name === h.name && b.count !== h.count)
      return `${b.count} → ${h.count} ${md(h.name, 80)}`;
    if (b && h && b.count === h.count && b.name !== h.name)
      return `${b.count} ${md(b.name, 80)} → ${md(h.name, 80)}`;
  }
  return beforeAfter(gpuText(s.base), gpuText(s.head), s.status, (v) => md(v, 80));
}

/** "a → b" for two rendered values, collapsing equal ones. */
function beforeAfter(
  before: string | null,
  after: string | null,
  status: SpecReview["status"],
  render: (v: string) => string,
): string {
  if (status === "added") return after === null ? "—" : render(after);
  if (status === "deleted") return before === null ? "—" : `~~${render(before)}~~`;
  if (before === after) return after === null ? "—" : render(after);
  return `${before === null ? "—" : render(before)} → ${after === null ? "—" : render(after)}`;
}

type Memory = NonNullable<Estimate["memory"]>;

function memoryOf(sd: SpecSide | null): Memory | null {
  const m = sd?.estimate?.memory;
  return m && m.verdict !== "unknown" ? m : null;
}

/** "✅ 12.3 GiB free", "❌ 18.4 GiB short", "⚠️ 1.1 GiB free", "❔ model not resolved" (per GPU). */
function fitStateOf(sd: SpecSide | null): string {
  const m = memoryOf(sd);
  if (!m) {
    const c = sd?.estimate?.model.confidence;
    return `${VERDICT_ICON.unknown} ${c === "unknown" || c === "parsed-size" ? "model not resolved" : "unknown"}`;
  }
  const h = m.perGpu.headroomGiB;
  if (m.verdict === "does-not-fit") return `${VERDICT_ICON["does-not-fit"]} ${num(-h)} GiB short`;
  return `${VERDICT_ICON[m.verdict]} ${num(h)} GiB free`;
}

function fitCell(s: SpecReview): string {
  if (s.status === "deleted") return "—";
  // The table says only "unknown"; the spec's block says why and what to declare.
  const fitState = (sd: SpecSide | null) =>
    memoryOf(sd) ? fitStateOf(sd) : `${VERDICT_ICON.unknown} unknown`;
  const b = s.status === "added" ? null : memoryOf(s.base);
  const h = memoryOf(s.head);
  const changed = s.base && (b?.verdict ?? "unknown") !== (h?.verdict ?? "unknown");
  return changed && s.status !== "added"
    ? `${VERDICT_ICON[b?.verdict ?? "unknown"]} → ${fitState(s.head)}`
    : fitState(s.head);
}

function monthlyAtMax(sd: SpecSide | null): number | null {
  return sd?.estimate?.cost?.monthlyUsd.atMaxReplicas ?? null;
}

/** Monthly cost change at max replicas; null when a side has no price or the head is invalid (as the totals count it). */
export function specCostDelta(s: SpecReview): number | null {
  if (s.head && !s.head.valid && s.status !== "deleted") return null;
  const b = s.status === "added" ? 0 : monthlyAtMax(s.base);
  const a = s.status === "deleted" ? 0 : monthlyAtMax(s.head);
  if (a === null || b === null) return null;
  return a - b;
}

/** Δ $/month in whole dollars ("+$80", "-$2,311"); cents only below a dollar. */
function wholeDelta(d: number | null): string {
  return d === null ? "—" : usdDeltaWhole(d);
}

/** What a change touched, in one word, for the summary table's change cell. */
function changeArea(c: SpecChange): string | null {
  if (STATED_ELSEWHERE.has(c.key) || c.key === "identity.version") return null;
  if (c.key === "identity.model.precision") return "precision";
  if (c.key.startsWith("identity.")) return "model";
  if (c.key.startsWith("resources.gpu.")) return "GPU";
  if (c.key.startsWith("resources.batch.")) return "batch";
  if (c.key.startsWith("resources.kv.")) return null; // follows from GPU, precision or batch
  if (c.category === "scaling") return c.key.includes("Replicas") ? "replicas" : "scaling";
  if (c.category === "cost")
    return c.key.startsWith("cost.") && /monthly|hourly|usdPer/.test(c.key) ? null : "pricing";
  return c.category;
}

/**
 * The change cell: what the PR changed in the spec ("GPU, precision", "replicas"), "new",
 * "removed", "renamed" or "version only", then the governance / breaking / drift markers.
 */
function changeCell(s: SpecReview, markers: (keyof typeof CHANGE_MARKERS)[]): string {
  const areas = [...new Set(s.changes.map(changeArea).filter((a): a is string => a !== null))];
  const what =
    s.status === "added"
      ? "new"
      : s.status === "deleted"
        ? "removed"
        : areas.length
          ? `${s.status === "renamed" ? "renamed, " : ""}${areas.slice(0, 2).join(", ")}${areas.length > 2 ? ` +${areas.length - 2}` : ""}`
          : s.status === "renamed"
            ? "renamed"
            : s.changes.some((c) => c.key === "identity.version")
              ? "version only"
              : s.status;
  return `${what}${markers.map((m) => `${NBSP}${CHANGE_MARKERS[m].icon}`).join("")}`;
}

function markersOf(
  s: SpecReview,
  findings: Finding[],
  drifting: Set<string>,
): (keyof typeof CHANGE_MARKERS)[] {
  const out: (keyof typeof CHANGE_MARKERS)[] = [];
  if (s.changes.some((c) => c.loosensGovernance)) out.push("governance");
  // A lost fit is the fit column's news, not a breaking change of the spec's contract.
  if (s.changes.some((c) => c.severity === "breaking" && !STATED_ELSEWHERE.has(c.key))) out.push("breaking");
  if (drifting.has(s.name) || findings.some((f) => f.code.startsWith("drift/"))) out.push("drift");
  return out;
}

// ─── the summary table ──────────────────────────────────────────────────────────────────────────

/** What a spec's summary row is made of. */
interface SpecRow {
  spec: SpecReview;
  /** The change cell, markers included. */
  change: string;
  /** Monthly cost change at max replicas. */
  delta: number | null;
}

/** One column of the summary table: its header and its cell in each kind of row. */
interface SummaryColumn {
  header: string;
  align: "left" | "right";
  spec(r: SpecRow): string;
  /** The row of a file that could not be read as specs. */
  unreadable(file: FileReview): string;
  /** The totals and "… N more" rows: a label in the first column, a Δ in the cost column. */
  aggregate(label: string, delta: string): string;
}

/** The summary table's columns, in order; every row, the header and the totals are built from it. */
const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  {
    header: "Spec",
    align: "left",
    spec: (r) => unbreakable(r.spec.name),
    unreadable: (file) => unbreakable(file.path, 80),
    aggregate: (label) => label,
  },
  {
    header: "Change",
    align: "left",
    spec: (r) => r.change,
    unreadable: (file) => `${file.status} (unreadable)`,
    aggregate: () => "",
  },
  { header: "GPU", align: "left", spec: (r) => gpuCell(r.spec), unreadable: () => "—", aggregate: () => "" },
  {
    header: "Fit (per GPU)",
    align: "left",
    spec: (r) => fitCell(r.spec).replace(/ /g, NBSP),
    unreadable: () => `${VERDICT_ICON.unknown} unknown`,
    aggregate: () => "",
  },
  {
    header: "Replicas",
    align: "left",
    spec: ({ spec: s }) =>
      beforeAfter(scaling(s.base?.spec), scaling(s.head?.spec), s.status, (v) =>
        v.replace(/–/g, `–${WJ}`),
      ).replace(/ → /g, `${NBSP}→${NBSP}`),
    unreadable: () => "—",
    aggregate: () => "",
  },
  {
    header: `Δ${NBSP}$/month`,
    align: "right",
    spec: (r) => wholeDelta(r.delta),
    unreadable: () => "—",
    aggregate: (_label, delta) => delta,
  },
];

/** A markdown table row; an empty cell is a single space, as GitHub writes them. */
function tableRow(cells: readonly string[]): string {
  return `|${cells.map((c) => (c === "" ? " " : ` ${c} `)).join("|")}|`;
}

/** The header row and the alignment row. */
const TABLE_HEADER = `${tableRow(SUMMARY_COLUMNS.map((c) => c.header))}\n|${SUMMARY_COLUMNS.map((c) => (c.align === "right" ? "---:" : "---")).join("|")}|`;

/** The totals row or the "… N more" row: a label and a monthly cost change. */
function aggregateRow(label: string, delta: string): string {
  return tableRow(SUMMARY_COLUMNS.map((c) => c.aggregate(label, delta)));
}

/** "1 GPUs" → "1 GPU": countable units are written in the plural; singular for exactly one. */
function unitFor(v: number, unit: string): string {
  return Math.abs(v) === 1 && /^(GPUs|replicas|sequences|requests|tokens|days|cores)$/.test(unit)
    ? unit.slice(0, -1)
    : unit;
}

/** Money units: "USD" and "USD/<per>" ("USD/month", "USD/hour", "USD/1k tokens"). */
function moneyUnit(unit: string | undefined): { per: string } | null {
  if (!unit || !/^USD(\/|$)/.test(unit)) return null;
  return { per: unit === "USD" || unit === "USD/month" ? "" : md(unit.slice(3), 20) };
}

function scalar(v: Scalar, unit?: string): string {
  if (v === null) return "—";
  if (typeof v === "number") {
    const money = moneyUnit(unit);
    if (money) return `${unit === "USD/1k tokens" ? usdUnit(v) : usd(v)}${money.per}`;
    if (unit === "GiB") return gib(v);
    return `${num(v, 2)}${unit ? ` ${md(unitFor(v, unit), 20)}` : ""}`;
  }
  return code(v, 120);
}

/**
 * The percentage a change is worth stating: money only (a share of a cost means something; of a
 * headroom, a token count or a replica count it does not), and only from a positive amount.
 */
function meaningfulPct(c: SpecChange): string {
  if (!c.delta || c.delta.pct === null || !moneyUnit(c.unit)) return "";
  if (typeof c.before !== "number" || typeof c.after !== "number") return "";
  if (c.before <= 0 || c.after < 0) return "";
  return pctDelta(c.delta.pct);
}

// ─── per-spec block ─────────────────────────────────────────────────────────────────────────────

function kvText(e: Estimate | null | undefined, v: Scalar): string {
  if (typeof v !== "number") return scalar(v);
  const kv = e?.kvCache;
  const seqs = kv && Math.round(kv.tokenCapacity) === Math.round(v) ? kv.maxConcurrentSequences : null;
  const full = seqs === null ? "" : ` (${int(seqs)} full-length sequence${seqs === 1 ? "" : "s"})`;
  return `${int(v)} ${unitFor(v, "tokens")}${full}`;
}

function changedRow(c: SpecChange, s: SpecReview): string {
  const mark =
    c.loosensGovernance === true
      ? `${CHANGE_MARKERS.governance.icon} `
      : c.severity === "breaking"
        ? `${CHANGE_MARKERS.breaking.icon} `
        : c.severity === "risky"
          ? "⚠️ "
          : "";
  const kv = c.key === "resources.kv.tokenCapacity";
  const before = kv ? kvText(s.base?.estimate, c.before) : scalar(c.before, c.unit);
  const pct = meaningfulPct(c);
  const after = `${kv ? kvText(s.head?.estimate, c.after) : scalar(c.after, c.unit)}${pct ? ` (${pct})` : ""}`;
  // Notes explain why a change is risky or breaking; on an informational change they repeat the row.
  const note =
    c.note && (c.severity !== "info" || c.loosensGovernance) ? `<br><sub>${md(c.note, 200)}</sub>` : "";
  return `| ${mark}${md(c.label, 120)} | ${before} | ${after}${note} |`;
}

function changesSection(s: SpecReview): string {
  const budget = (sd: SpecSide | null) => sd?.estimate?.cost?.budget != null;
  const shown = s.changes.filter(
    (c) =>
      !STATED_ELSEWHERE.has(c.key) &&
      // Cost per 1k tokens matters where the spec sets a target for it.
      (c.key !== "cost.usdPer1kTokens" || budget(s.head) || budget(s.base)),
  );
  if (shown.length === 0) return "";
  const rows = shown.map((c) => changedRow(c, s));
  const heads = s.status === "added" ? "| New spec | | |" : "| What changed | Before | After |";
  return `${heads}\n|---|---|---|\n${rows.join("\n")}`;
}

/** The memory line and a bar: the only place the block states memory figures. */
function memorySection(s: SpecReview): string {
  const sd = s.status === "deleted" ? s.base : s.head;
  const m = memoryOf(sd);
  if (!m) {
    const e = sd?.estimate;
    const why = !e
      ? "the spec could not be read"
      : e.model.confidence === "unknown" || e.model.confidence === "parsed-size"
        ? `the model ${e.model.declared ? code(e.model.declared, 80) : ""} is not resolved (see the findings for what to declare)`.replace(
            "  ",
            " ",
          )
        : "the GPU is unknown (see the findings)";
    return `**Memory per GPU:** ${VERDICT_ICON.unknown} not estimated: ${why}.`;
  }
  const p = m.perGpu;
  const state =
    m.verdict === "does-not-fit"
      ? `${VERDICT_ICON["does-not-fit"]} **${gib(-p.headroomGiB)} short**`
      : `${VERDICT_ICON[m.verdict]} ${gib(p.headroomGiB)} free`;
  const b = s.status === "modified" || s.status === "renamed" ? memoryOf(s.base) : null;
  const was =
    b && (b.verdict !== m.verdict || gpuText(s.base) !== gpuText(s.head))
      ? ` (was ${fitStateOf(s.base)}${gpuText(s.base) !== gpuText(s.head) ? ` on ${md(gpuText(s.base), 80)}` : ""})`
      : "";
  const e = sd!.estimate!;
  const legend = [
    `${BAR_GLYPHS.weights} weights ${num(p.weightsGiB)}`,
    `${BAR_GLYPHS.kvCache} KV cache ${num(p.kvCacheGiB)}`,
    `${BAR_GLYPHS.other} activations + overhead ${num(p.activationGiB + p.overheadGiB)}`,
    `${BAR_GLYPHS.free} free`,
    `${BAR_GLYPHS.limit} usable limit (GiB)`,
  ].join(" · ");
  const needs =
    m.verdict === "does-not-fit"
      ? `needs ${gib(p.totalGiB)}, ${gib(p.usableGiB)} usable`
      : `needs ${num(p.totalGiB)} of ${gib(p.usableGiB)} usable`;
  return [
    `**Memory per GPU** (${md(gpuText(sd), 80)}, ${md(e.precision.weights, 20)}) ${needs}: ${state}${was}`,
    "",
    `<code>${memoryBar(p)}</code><br><sub>${legend}</sub>`,
  ].join("\n");
}

function findingItem(f: Finding, ctx: RenderContext, deleted: boolean): string {
  const where = deleted ? `line ${f.line}` : lineLink(f.file, f.line, ctx);
  const hint = f.hint ? `<br>↳ ${md(f.hint, 400)}` : "";
  const docs =
    f.docsUrl && /^(https?:\/\/|docs\/)[^\s()<>]+$/.test(f.docsUrl) ? ` ([docs](${f.docsUrl}))` : "";
  const worse = f.baseline === "worsened" ? " (worse than on the base branch)" : "";
  return `- ${SEVERITY_ICON[f.severity]} ${code(f.code, 60)} ${where}: ${md(f.message, 500)}${worse}${docs}${hint}`;
}

/** New findings listed; findings the base already had collapsed under them; fixed ones counted. */
function findingsSection(
  findings: Finding[],
  ctx: RenderContext,
  deleted: boolean,
  fixedOnBase: Finding[] = [],
): string {
  if (findings.length === 0 && fixedOnBase.length === 0) return "";
  const classified = findings.some((f) => f.baseline !== undefined);
  const fixed = [...findings.filter((f) => f.baseline === "fixed"), ...fixedOnBase];
  const old = findings.filter(onBase);
  const fresh = findings.filter((f) => !onBase(f) && f.baseline !== "fixed");
  const parts: string[] = [];
  if (fresh.length)
    parts.push(
      `**${classified ? "New findings" : "Findings"}**\n\n${fresh.map((f) => findingItem(f, ctx, deleted)).join("\n")}`,
    );
  if (old.length)
    parts.push(
      `<details><summary>${plural(old.length, "finding")} already on the base branch</summary>\n\n${old
        .map((f) => findingItem(f, ctx, deleted))
        .join("\n")}\n\n</details>`,
    );
  if (fixed.length)
    parts.push(
      `✔️ Fixed by this PR: ${someNames(
        fixed.map((f) => f.code),
        (c) => code(c, 60),
        5,
      )}`,
    );
  return parts.join("\n\n");
}

/**
 * Shown only when it matters: the declared setup does not fit and this one does, or it saves at
 * least $100 and 10% a month at min replicas. Only for a model really resolved (not parsed from a name).
 */
function recommendationSection(e: Estimate | null | undefined): string {
  const r = e?.recommendation;
  if (!r || !e) return "";
  if (e.model.confidence === "unknown" || e.model.confidence === "parsed-size") return "";
  const current = e.cost?.monthlyUsd.atMinReplicas ?? null;
  const saving = r.monthlySavingUsd;
  const material =
    saving !== null &&
    current !== null &&
    current > 0 &&
    saving >= MATERIAL_SAVING.usdPerMonth &&
    saving / current >= MATERIAL_SAVING.fraction;
  const misfit = e.memory?.verdict === "does-not-fit";
  if (!material && !misfit) return "";
  const setup = `${r.count}× ${code(r.gpu, 60)} on ${md(r.provider, 40)}, ${usd(r.monthlyUsdAtMinReplicas)}/month at min replicas`;
  return material
    ? `**Cheaper setup that fits:** ${setup}, saves ${usd(saving)}/month (memory fit only; throughput differs by GPU).`
    : `**Fits instead on:** ${setup} (memory fit only; throughput differs by GPU).`;
}

function basisLine(file: FileReview, s: SpecReview): string {
  const where = `${code(file.path, 200)}${file.specs.length > 1 || s.index > 0 ? ` (document ${s.index + 1})` : ""}${
    file.previousPath ? `, renamed from ${code(file.previousPath, 200)}` : ""
  }`;
  const e = sideOf(s)?.estimate;
  const model = e?.model.declared ?? e?.model.resolvedAs;
  const as =
    e && e.model.resolvedAs && e.model.resolvedAs !== e.model.declared
      ? ` sized as ${code(e.model.resolvedAs, 80)} (${md(e.model.confidence, 20)})`
      : "";
  return `<sub>${where}${model ? ` · model ${code(model, 80)}${as}` : ""}</sub>`;
}

function findingSummary(findings: Finding[]): string {
  const classified = findings.some((f) => f.baseline !== undefined);
  const fresh = findings.filter((f) => !onBase(f) && f.baseline !== "fixed");
  const e = fresh.filter((f) => f.severity === "error").length;
  const w = fresh.filter((f) => f.severity === "warning").length;
  const n = fresh.filter((f) => f.severity === "notice").length;
  const adj = classified ? " new" : "";
  return [
    e ? `${SEVERITY_ICON.error} ${e}${adj}` : "",
    w ? `${SEVERITY_ICON.warning} ${w}${adj}` : "",
    n ? `${SEVERITY_ICON.notice} ${n}` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

function specBlock(
  file: FileReview,
  s: SpecReview,
  findings: Finding[],
  ctx: RenderContext,
  diff: string,
): { withDiff: string; withoutDiff: string } {
  const delta = specCostDelta(s);
  // Findings the PR fixed: the spec's own, plus the file's when this block carries the file's findings.
  const fixed = [...(s.fixed ?? []), ...(findings.length > s.findings.length ? (file.fixed ?? []) : [])];
  const summaryBits = [
    `<strong>${md(s.name, 120)}</strong>`,
    s.status,
    s.status === "deleted" ? "" : fitStateOf(s.head),
    delta !== null && Math.abs(delta) >= 0.005 ? `${wholeDelta(delta)}/month` : "",
    findingSummary(findings),
  ].filter(Boolean);
  const sections = [
    basisLine(file, s),
    changesSection(s),
    memorySection(s),
    findingsSection(findings, ctx, s.status === "deleted", fixed),
    recommendationSection(s.head?.estimate),
  ].filter(Boolean);
  const open = `<details><summary>${summaryBits.join(" · ")}</summary>\n\n${sections.join("\n\n")}`;
  return {
    withDiff: `${open}${diff ? `\n\n${diff}` : ""}\n\n</details>`,
    withoutDiff: `${open}\n\n</details>`,
  };
}

function fileOnlyBlock(
  file: FileReview,
  ctx: RenderContext,
  diff: string,
): { withDiff: string; withoutDiff: string } {
  const open = `<details><summary><strong>${md(file.path, 200)}</strong> · ${file.status} · ${findingSummary(file.findings) || "—"}</summary>\n\n${findingsSection(
    file.findings,
    ctx,
    file.status === "deleted",
  )}`;
  return {
    withDiff: `${open}${diff ? `\n\n${diff}` : ""}\n\n</details>`,
    withoutDiff: `${open}\n\n</details>`,
  };
}

function diffBlock(file: FileReview): string {
  if (!file.diff) return "";
  let lines = file.diff.split("\n");
  let note = "";
  if (lines.length > MAX_DIFF_LINES) {
    note = `\n<sub>Diff cut after ${MAX_DIFF_LINES} of ${lines.length} lines.</sub>`;
    lines = lines.slice(0, MAX_DIFF_LINES);
  }
  let text = lines.join("\n");
  if (text.length > MAX_DIFF_CHARS) {
    text = truncate(text, MAX_DIFF_CHARS);
    note = `\n<sub>Diff cut at ${int(MAX_DIFF_CHARS)} characters.</sub>`;
  }
  const whole = file.specs.length > 1 ? " (the whole file)" : "";
  return `<details><summary>Diff${whole}</summary>\n\n${fence(text, "diff")}${note}\n\n</details>`;
}

// ─── importance (what is kept when space runs out) ──────────────────────────────────────────────

/**
 * Ranking, most important first: new error findings, does-not-fit, loosened governance, breaking
 * changes, new warnings, absolute monthly cost change, any change at all. Ties keep review order.
 */
function rankOf(s: SpecReview | null, findings: Finding[], costDelta: number | null): number[] {
  const fresh = findings.filter((f) => !onBase(f) && f.baseline !== "fixed");
  const errors = fresh.filter((f) => f.severity === "error").length;
  const warnings = fresh.filter((f) => f.severity === "warning").length;
  if (!s) return [errors, 0, 0, 0, warnings, 0, 1];
  return [
    errors,
    s.head?.estimate?.memory?.verdict === "does-not-fit" ? 1 : 0,
    s.changes.some((c) => c.loosensGovernance) ? 1 : 0,
    s.changes.filter((c) => c.severity === "breaking").length,
    warnings,
    Math.abs(costDelta ?? 0),
    s.changes.length > 0 || s.status !== "modified" ? 1 : 0,
  ];
}

/**
 * Orders report entries most important first (errors, lost fit, loosened governance, breaking changes,
 * warnings, cost).
 */
export function byImportance(a: Entry, b: Entry): number {
  for (let i = 0; i < a.rank.length; i++) {
    const d = (b.rank[i] ?? 0) - (a.rank[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.order - b.order;
}

// ─── footer ─────────────────────────────────────────────────────────────────────────────────────

function estimates(review: Review): Estimate[] {
  return modelSpecFiles(review).flatMap((f) =>
    f.specs.flatMap((s) => [s.base?.estimate, s.head?.estimate].filter((e): e is Estimate => !!e)),
  );
}

/** Distinct price sources ("aws on-demand: <source>, <date>"), in first-seen order. */
function priceSources(review: Review): string[] {
  const seen = new Map<string, string>();
  for (const e of estimates(review)) {
    const c = e.cost;
    if (!c) continue;
    const key = `${c.provider}\0${c.spot}\0${c.priceSource}\0${c.priceAsOf}`;
    if (!seen.has(key))
      seen.set(
        key,
        `${md(c.provider, 30)} ${c.spot ? "spot" : "on-demand"} from ${md(c.priceSource, 90)} (${md(c.priceAsOf, 20)})`,
      );
  }
  return [...seen.values()];
}

/**
 * Where the full report is. By default the head commit's checks page
 * (`<repo>/commit/<sha>/checks`): it shows the check run and, in Actions, the workflow run with the
 * job summary, and it stays the same across reruns, so a rerun does not rewrite an unchanged comment.
 * `ctx.reportUrls` overrides it with direct links when an adapter has stable ones.
 */
function reportLinks(ctx: RenderContext): string {
  const ok = (u: string | undefined) => (u && /^https?:\/\/[^\s()<>]+$/.test(u) ? u : null);
  const check = ok(ctx.reportUrls?.checkRun);
  const job = ok(ctx.reportUrls?.jobSummary);
  const links = [check ? `[check run](${check})` : "", job ? `[job summary](${job})` : ""].filter(Boolean);
  if (links.length) return `Full report: ${links.join(" · ")}.`;
  const repo = ok(ctx.repoUrl)?.replace(/\/+$/, "");
  const sha = ctx.headSha && /^[0-9a-f]{7,64}$/i.test(ctx.headSha) ? ctx.headSha : null;
  if (repo && sha) return `Full report: [check run and job summary](${repo}/commit/${sha}/checks).`;
  return "Full report: the check run and the job summary.";
}

function footerBlock(review: Review, ctx: RenderContext, entries: Entry[]): string {
  const hours = estimates(review).find((e) => e.cost)?.cost?.hoursPerMonth ?? 730;
  const sources = priceSources(review);
  const prices = sources.length
    ? ` Prices: ${sources[0]}${sources.length > 1 ? ` +${sources.length - 1} more` : ""}.`
    : "";
  const ruleCode = entries
    .flatMap((e) => e.spec?.findings ?? [])
    .find((x) => x.source === "rule" && /^[A-Z]+(-[A-Z0-9]+)+$/.test(x.code))?.code;
  const example = ruleCode ?? "MS-SCALE-001";
  const suppressed = review.summary.findings.suppressed
    ? ` (${plural(review.summary.findings.suppressed, "finding")} suppressed)`
    : "";
  const version = ctx.toolVersion ? ` ${md(ctx.toolVersion, 40)}` : "";
  const sha = ctx.headSha ? ` for ${code(ctx.headSha.slice(0, 12), 12)}` : "";
  return [
    "---",
    `<sub>Monthly at max replicas, ${num(hours, 0)} h; memory per GPU.${prices} ${reportLinks(ctx)}</sub><br>`,
    `<sub>Silence a rule${suppressed}: <code>rules: { ${example}: off }</code> in ${code(configPathOf(ctx))} or the <code>${SUPPRESSION_ANNOTATION}</code> annotation · ${TOOL_NAME}${version}${sha}</sub>`,
  ].join("\n");
}

function sourcesBlock(review: Review): string {
  const lines = [
    ...priceSources(review).map((s) => `- Prices: ${s}`),
    ...review.assumptions.map((a) => `- ${md(a, 300)}`),
  ];
  if (lines.length === 0) return "";
  return `<details><summary>Sources and assumptions</summary>\n\n${[...new Set(lines)].join("\n")}\n\n</details>`;
}

// ─── the model ──────────────────────────────────────────────────────────────────────────────────

/**
 * Render the pieces of a review's report: heading, outcome, money, summary table rows, per-spec blocks,
 * drift, footer.
 */
export function buildModel(review: Review, ctx: RenderContext): ReportModel {
  const files = modelSpecFiles(review);
  const entries: Entry[] = [];
  const used = new Set<keyof typeof CHANGE_MARKERS>();
  // Specs whose deployment states a field differently (the drift stage's links with a drifting row).
  const drifting = new Set(
    (review.drift?.links ?? [])
      .filter((l) => l.rows.some((r) => r.status === "drift"))
      .map((l) => l.spec.name),
  );
  let order = 0;
  for (const file of files) {
    const diff = diffBlock(file);
    const shownSpecs = file.specs.filter(
      (s) => !(s.status === "unchanged" && s.changes.length === 0 && s.findings.length === 0),
    );
    const fileOnly = file.specs.length === 0 && file.findings.length > 0;
    if (fileOnly) {
      const block = fileOnlyBlock(file, ctx, diff);
      entries.push({
        path: file.path,
        spec: null,
        order: order++,
        rank: rankOf(null, file.findings, null),
        row: tableRow(SUMMARY_COLUMNS.map((c) => c.unreadable(file))),
        details: block.withDiff,
        detailsWithoutDiff: block.withoutDiff,
        hasDiff: diff !== "",
        costDeltaAtMax: null,
      });
    }
    shownSpecs.forEach((s, i) => {
      const findings =
        file.specs.length === 1 || s.index === file.specs[0]?.index
          ? [...file.findings, ...s.findings]
          : s.findings;
      const delta = specCostDelta(s);
      const markers = markersOf(s, findings, drifting);
      for (const m of markers) used.add(m);
      const change = changeCell(s, markers);
      const row = tableRow(SUMMARY_COLUMNS.map((c) => c.spec({ spec: s, change, delta })));
      // The file's diff goes at the end of its last spec's block (one block per spec, not one per file).
      const carriesDiff = !fileOnly && i === shownSpecs.length - 1 ? diff : "";
      const block = specBlock(file, s, findings, ctx, carriesDiff);
      entries.push({
        path: file.path,
        spec: s,
        order: order++,
        rank: rankOf(s, findings, delta),
        row,
        details: block.withDiff,
        detailsWithoutDiff: block.withoutDiff,
        hasDiff: carriesDiff !== "",
        costDeltaAtMax: delta,
      });
    });
  }

  const mc = review.summary.monthlyCost;
  const specs = reviewedSpecs(review).length;
  const totals = aggregateRow(`**Total** (${plural(specs, "spec")})`, `**${wholeDelta(mc.deltaAtMax)}**`);
  const legend = used.size
    ? `<sub>${[...used].map((m) => `${CHANGE_MARKERS[m].icon} ${CHANGE_MARKERS[m].text}`).join(" · ")}</sub>`
    : "";

  return {
    title: titleBlock(review, ctx),
    outcome: outcomeBlock(review, ctx),
    money: moneyBlock(review),
    notices: noticesBlock(ctx),
    tableHeader: TABLE_HEADER,
    entries,
    totals,
    legend,
    drift: renderDriftSection(review.drift, ctx),
    runtime: renderRuntimeSection(review.runtime),
    configProblems: configProblemsBlock(review, ctx),
    releaseNotes: renderReleaseNotesPreview(review.releaseNotes),
    sources: sourcesBlock(review),
    footer: footerBlock(review, ctx, entries),
  };
}

// ─── composition under a limit ──────────────────────────────────────────────────────────────────

/** How `compose` fits a report: the size limit and its measure, the prefix, and which pieces to include. */
export interface ComposeOptions {
  /** Maximum size as measured by `measure`. */
  limit: number;
  measure: (s: string) => number;
  /** Text placed first (the hidden marker) and never dropped. */
  prefix?: string;
  include: {
    table: boolean;
    details: boolean;
    diffs: boolean;
    /** Release notes and the full list of sources (the job summary's extras). */
    extras: boolean;
    footer: boolean;
  };
  /** Where to send readers for what was left out. */
  elsewhere?: string;
}

/** A composed report and what was left out to fit its limit. */
export interface Composed {
  text: string;
  omitted: { diffs: number; details: number; rows: number; truncated: boolean };
}

/** Everything above the summary table (the "first screen"): heading, outcome, money, notices. */
export function firstScreen(model: ReportModel, prefix?: string): string {
  return [prefix, model.title, model.outcome, model.money, model.notices].filter(Boolean).join("\n\n");
}

/**
 * Fit the report under `limit`. Drop order, stated in the output when used:
 * 1. unified diffs (all of them); 2. per-spec blocks, least important spec first;
 * 3. summary-table rows, least important first (folded into one "… N more" row with their Δ);
 * 4. as a last resort, cut the text and say so.
 */
export function compose(model: ReportModel, o: ComposeOptions): Composed {
  const omitted = { diffs: 0, details: 0, rows: 0, truncated: false };
  const ranked = [...model.entries].sort(byImportance);
  let keepDetails = new Set(o.include.details ? model.entries.map((e) => e.order) : []);
  let keepRows = new Set(o.include.table ? model.entries.map((e) => e.order) : []);
  let diffs = o.include.diffs;

  const render = (): string => {
    const parts: string[] = [firstScreen(model, o.prefix)];
    if (o.include.table && model.entries.length > 0) {
      const rows = model.entries.filter((e) => keepRows.has(e.order)).map((e) => e.row);
      const hidden = model.entries.filter((e) => !keepRows.has(e.order));
      if (hidden.length) {
        const d = hidden.reduce<number | null>(
          (t, e) => (e.costDeltaAtMax === null ? t : (t ?? 0) + e.costDeltaAtMax),
          null,
        );
        rows.push(aggregateRow(`… ${plural(hidden.length, "more spec")}`, wholeDelta(d)));
      }
      parts.push(
        [model.tableHeader, ...rows, ...(model.entries.length > 1 ? [model.totals] : [])].join("\n"),
      );
      if (model.legend) parts.push(model.legend);
    }
    const note = omissionNote(omitted, o.elsewhere);
    if (note) parts.push(note);
    if (model.drift) parts.push(model.drift);
    if (model.runtime) parts.push(model.runtime);
    if (model.configProblems) parts.push(model.configProblems);
    const details = model.entries
      .filter((e) => keepDetails.has(e.order))
      .map((e) => (diffs ? e.details : e.detailsWithoutDiff));
    if (details.length) parts.push(details.join("\n\n"));
    if (o.include.extras) {
      if (model.releaseNotes) parts.push(model.releaseNotes);
      if (model.sources) parts.push(model.sources);
    }
    if (o.include.footer) parts.push(model.footer);
    return parts.join("\n\n") + "\n";
  };

  let text = render();
  if (o.measure(text) <= o.limit) return { text, omitted };

  // 1. diffs
  if (diffs) {
    omitted.diffs = model.entries.filter((e) => e.hasDiff && keepDetails.has(e.order)).length;
    diffs = false;
    text = render();
    if (o.measure(text) <= o.limit) return { text, omitted };
  }

  // 2. details, least important first. Measure each once, then drop from the bottom of the ranking.
  const sizes = new Map(model.entries.map((e) => [e.order, o.measure(e.detailsWithoutDiff) + 2]));
  let over = o.measure(text) - o.limit + 200; // room for the omission note
  const detailRanked = ranked.filter((e) => keepDetails.has(e.order));
  while (over > 0 && detailRanked.length > 0) {
    const e = detailRanked.pop()!;
    keepDetails.delete(e.order);
    omitted.details += 1;
    over -= sizes.get(e.order) ?? 0;
  }
  text = render();
  while (o.measure(text) > o.limit && detailRanked.length > 0) {
    keepDetails.delete(detailRanked.pop()!.order);
    omitted.details += 1;
    text = render();
  }
  if (o.measure(text) <= o.limit) return { text, omitted };
  keepDetails = new Set();

  // 3. table rows, least important first.
  const rowSizes = new Map(model.entries.map((e) => [e.order, o.measure(e.row) + 1]));
  over = o.measure(text) - o.limit + 300;
  const rowRanked = ranked.filter((e) => keepRows.has(e.order));
  while (over > 0 && rowRanked.length > 0) {
    const e = rowRanked.pop()!;
    keepRows.delete(e.order);
    omitted.rows += 1;
    over -= rowSizes.get(e.order) ?? 0;
  }
  text = render();
  while (o.measure(text) > o.limit && rowRanked.length > 0) {
    keepRows.delete(rowRanked.pop()!.order);
    omitted.rows += 1;
    text = render();
  }
  if (o.measure(text) <= o.limit) return { text, omitted };
  keepRows = new Set();

  // 4. last resort: cut, then close whatever the cut left open (a code fence, <details> blocks).
  omitted.truncated = true;
  const tail = `\n\n${omissionNote(omitted, o.elsewhere)}\n`;
  const cutAt = (n: number): string => {
    let head = text
      .slice(0, Math.max(0, n))
      .replace(/&#?\w*$/, "")
      .replace(/<[^>]*$/, "");
    const fences = [...head.matchAll(/^(`{3,})/gm)];
    if (fences.length % 2 === 1) head += `\n${fences[fences.length - 1]![1]}`;
    const open = (head.match(/<details>/g)?.length ?? 0) - (head.match(/<\/details>/g)?.length ?? 0);
    return head + "\n\n</details>".repeat(Math.max(0, open)) + tail;
  };
  let n = o.limit - o.measure(tail);
  let out = cutAt(n);
  while (o.measure(out) > o.limit && n > 0) {
    n -= Math.max(64, o.measure(out) - o.limit);
    out = cutAt(n);
  }
  return { text: out, omitted };
}

function omissionNote(o: Composed["omitted"], elsewhere?: string): string {
  const parts: string[] = [];
  if (o.diffs) parts.push(`the unified diffs of ${plural(o.diffs, "file")}`);
  if (o.details) parts.push(`details of the ${plural(o.details, "least important spec")}`);
  if (o.rows) parts.push(`table rows of ${plural(o.rows, "spec")} (folded into “… more”)`);
  if (o.truncated) parts.push("the end of the report (cut at the size limit)");
  if (!parts.length) return "";
  return `> [!NOTE]\n> To stay within GitHub's size limit this report leaves out ${parts.join(", ")}.${
    elsewhere ? ` ${elsewhere}` : ""
  }`;
}
