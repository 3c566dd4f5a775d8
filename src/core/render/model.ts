/**
 * The markdown building blocks shared by the PR comment, the check-run summary/text and the job
 * summary. Each piece is rendered once as a string so `compose()` can fit a report under a length
 * limit by dropping pieces in a stated order, without re-rendering anything.
 */
import type {
  Estimate,
  FileReview,
  Finding,
  GateId,
  ModelSpec,
  RenderContext,
  Review,
  Scalar,
  SpecChange,
  SpecReview,
  SpecSide,
} from "../types.js";
import { code, encodePath, fence, md, truncate } from "./escape.js";
import {
  CONCLUSION_ICON,
  SEVERITY_ICON,
  VERDICT_ICON,
  VERDICT_TEXT,
  gib,
  int,
  memoryBar,
  num,
  pctDelta,
  plural,
  usd,
  usdDelta,
  usdUnit,
} from "./format.js";
import { renderReleaseNotesPreview } from "./release-preview.js";
import { SUPPRESSION_ANNOTATION } from "../rules/index.js";

export const TOOL_NAME = "modelspec-review";
export const CONFIG_PATH = ".github/modelspec-review.yml";

/** One row of the summary table plus its collapsible details (a spec, or a file that failed to parse). */
export interface Entry {
  path: string;
  spec: SpecReview | null;
  /** Position in the review (file order, then document order): the display order. */
  order: number;
  /** Higher sorts first when deciding what to keep (see `importance`). */
  rank: number[];
  row: string;
  details: string;
  costDeltaAtMax: number | null;
}

export interface ReportModel {
  title: string;
  headline: string;
  conclusion: string;
  notices: string;
  tableHeader: string;
  entries: Entry[];
  totals: string;
  releaseNotes: string;
  diffs: { path: string; order: number; text: string }[];
  footer: string;
}

const GATE_TEXT: Record<GateId, string> = {
  "schema-errors": "schema errors",
  "rule-errors": "rule errors",
  "does-not-fit": "does not fit",
  "monthly-cost-increase-usd": "monthly cost increase ($)",
  "monthly-cost-increase-pct": "monthly cost increase (%)",
  "governance-loosening": "governance loosening",
  "breaking-changes": "breaking changes",
  "config-errors": "configuration errors",
};

const CATEGORY_ICON: Record<SpecChange["category"], string> = {
  identity: "🪪",
  resources: "🧠",
  scaling: "📈",
  cost: "💵",
  serving: "🛎️",
  observability: "🔭",
  pipeline: "🔗",
  governance: "🔒",
};

const CHANGE_SEVERITY_ICON: Record<SpecChange["severity"], string> = {
  breaking: "❌",
  risky: "⚠️",
  info: "",
};

const MAX_DIFF_LINES = 400;
const MAX_DIFF_CHARS = 20_000;

// ─── small helpers ──────────────────────────────────────────────────────────────────────────────

export function modelSpecFiles(review: Review): FileReview[] {
  return review.files.filter((f) => f.isModelSpec && f.status !== "unchanged");
}

export function headlineSentence(review: Review): string {
  const s = review.summary;
  const parts: string[] = [];
  const delta = s.monthlyCost.deltaAtMax;
  if (delta !== null && Math.abs(delta) >= 0.005) {
    const pct = pctDelta(s.monthlyCost.deltaPctAtMax);
    parts.push(`Monthly cost ${usdDelta(delta)}${pct ? ` (${pct})` : ""}`);
  } else if (delta !== null) {
    parts.push("Monthly cost unchanged");
  }
  if (s.specsNotFitting > 0)
    parts.push(`${plural(s.specsNotFitting, "spec")} ${s.specsNotFitting === 1 ? "fails" : "fail"} to fit`);
  if (s.governanceLoosened > 0) parts.push(`governance loosened in ${plural(s.governanceLoosened, "spec")}`);
  if (s.breakingChanges > 0) parts.push(plural(s.breakingChanges, "breaking change"));
  if (s.findings.error > 0) parts.push(plural(s.findings.error, "error"));
  if (s.findings.warning > 0) parts.push(plural(s.findings.warning, "warning"));
  if (parts.length === 0) parts.push(`${plural(s.specsChanged, "spec")} changed, nothing to flag`);
  const sentence = parts.join(" · ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function conclusionBlock(review: Review): string {
  const { status, gates } = review.conclusion;
  const failed = gates.filter((g) => g.failed);
  const icon = CONCLUSION_ICON[status];
  if (failed.length === 0) {
    const word = status === "neutral" ? "Passed with warnings" : status === "failure" ? "Failed" : "Passed";
    return `${icon} **${word}**: no gate failed.`;
  }
  const lines = failed.map(
    (g) => `- gate ${code(g.gate)} (${GATE_TEXT[g.gate] ?? g.gate}): ${md(g.reason, 500)}`,
  );
  const word = status === "failure" ? "Failed" : "Gate failed (not blocking)";
  return `${icon} **${word}** on ${plural(failed.length, "gate")}:\n\n${lines.join("\n")}`;
}

function noticesBlock(review: Review, ctx: RenderContext): string {
  const lines: string[] = [];
  if (ctx.configChangedInPr) {
    lines.push(
      `> [!NOTE]\n> This PR edits ${code(CONFIG_PATH)}; the configuration from the base branch was used.`,
    );
  }
  for (const n of ctx.notices ?? []) lines.push(`> ${md(n, 500)}`);
  if (review.configFindings.length > 0) {
    const items = review.configFindings
      .slice(0, 20)
      .map(
        (f) =>
          `- ${SEVERITY_ICON[f.severity]} ${code(f.code)} ${code(f.file)} line ${f.line}: ${md(f.message, 500)}`,
      );
    const more =
      review.configFindings.length > 20 ? `\n- … and ${review.configFindings.length - 20} more` : "";
    lines.push(`**Configuration problems**\n\n${items.join("\n")}${more}`);
  }
  return lines.join("\n\n");
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
  return `${count} × ${name}`;
}

/** "a → b" for two rendered values, collapsing equal ones; `raw` values are compared unrendered. */
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

function memoryCell(sd: SpecSide | null): string {
  const m = sd?.estimate?.memory;
  if (!m) return `${VERDICT_ICON.unknown} unknown`;
  return `${num(m.perGpu.totalGiB)} / ${num(m.perGpu.usableGiB)} GiB ${VERDICT_ICON[m.verdict]} ${VERDICT_TEXT[m.verdict]}`;
}

function monthlyAtMax(sd: SpecSide | null): number | null {
  return sd?.estimate?.cost?.monthlyUsd.atMaxReplicas ?? null;
}

export function specCostDelta(s: SpecReview): number | null {
  const b = s.status === "added" ? 0 : monthlyAtMax(s.base);
  const a = s.status === "deleted" ? 0 : monthlyAtMax(s.head);
  if (a === null || b === null) return null;
  return a - b;
}

function findingsCell(findings: Finding[]): string {
  const e = findings.filter((f) => f.severity === "error").length;
  const w = findings.filter((f) => f.severity === "warning").length;
  const n = findings.filter((f) => f.severity === "notice").length;
  const parts = [e ? `❌ ${e}` : "", w ? `⚠️ ${w}` : "", n ? `ℹ️ ${n}` : ""].filter(Boolean);
  return parts.length ? parts.join(" ") : "—";
}

export function lineLink(path: string, line: number, ctx: RenderContext, label = `line ${line}`): string {
  const sha = ctx.headSha && /^[0-9a-f]{7,64}$/i.test(ctx.headSha) ? ctx.headSha : null;
  const repo =
    ctx.repoUrl && /^https?:\/\/[^\s()<>]+$/.test(ctx.repoUrl) ? ctx.repoUrl.replace(/\/+$/, "") : null;
  if (!sha || !repo || line < 1) return label;
  return `[${label}](${repo}/blob/${sha}/${encodePath(path)}#L${line})`;
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

function deltaText(c: SpecChange): string {
  if (!c.delta) return "";
  const money = moneyUnit(c.unit);
  const sign = c.delta.abs > 0 ? "+" : "";
  const abs = money
    ? `${c.unit === "USD/1k tokens" ? `${sign}${usdUnit(c.delta.abs)}` : usdDelta(c.delta.abs)}${money.per}`
    : `${sign}${num(c.delta.abs, 2)}${c.unit ? ` ${md(unitFor(c.delta.abs, c.unit), 20)}` : ""}`;
  const pct = pctDelta(c.delta.pct);
  return pct ? `${abs} (${pct})` : abs;
}

// ─── per-spec details ───────────────────────────────────────────────────────────────────────────

function estimateTable(base: Estimate | null, head: Estimate | null, status: SpecReview["status"]): string {
  const cols: { label: string; e: Estimate | null }[] = [];
  if (status !== "added") cols.push({ label: "Before", e: base });
  if (status !== "deleted") cols.push({ label: status === "added" ? "New" : "After", e: head });
  if (cols.every((c) => !c.e)) return "";
  const row = (label: string, f: (e: Estimate) => string) =>
    `| ${label} | ${cols.map((c) => (c.e ? f(c.e) : "—")).join(" | ")} |`;
  const mem = (e: Estimate, f: (m: NonNullable<Estimate["memory"]>["perGpu"]) => number) =>
    e.memory ? gib(f(e.memory.perGpu)) : "—";
  const rows = [
    `| | ${cols.map((c) => c.label).join(" | ")} |`,
    `|---|${cols.map(() => "---:").join("|")}|`,
    row("Model", (e) =>
      (e.model.resolvedAs ?? e.model.declared) ? code(e.model.resolvedAs ?? e.model.declared, 80) : "—",
    ),
    row("GPU", (e) =>
      (e.gpu.resolvedAs ?? e.gpu.declared)
        ? `${e.gpu.count} × ${code(e.gpu.resolvedAs ?? e.gpu.declared, 60)}`
        : "—",
    ),
    row("Precision (weights / KV)", (e) => `${md(e.precision.weights, 20)} / ${md(e.precision.kvCache, 20)}`),
    row("Weights per GPU", (e) => mem(e, (m) => m.weightsGiB)),
    row("KV cache per GPU", (e) => mem(e, (m) => m.kvCacheGiB)),
    row("Activations + overhead", (e) => mem(e, (m) => m.activationGiB + m.overheadGiB)),
    row("Total / usable", (e) =>
      e.memory
        ? `${num(e.memory.perGpu.totalGiB)} / ${num(e.memory.perGpu.usableGiB)} GiB ${VERDICT_ICON[e.memory.verdict]}`
        : "—",
    ),
    row("KV capacity", (e) =>
      e.kvCache
        ? `${int(e.kvCache.tokenCapacity)} tokens (${int(e.kvCache.maxConcurrentSequences)} full-length seqs)`
        : "—",
    ),
    row("Decode throughput", (e) =>
      e.throughput ? `${int(e.throughput.decodeTokensPerSecPerReplica)} tok/s per replica` : "—",
    ),
    row("Cost per 1k tokens", (e) => (e.cost?.usdPer1kTokens != null ? usdUnit(e.cost.usdPer1kTokens) : "—")),
    row("Monthly (min → max replicas)", (e) =>
      e.cost ? `${usd(e.cost.monthlyUsd.atMinReplicas)} → ${usd(e.cost.monthlyUsd.atMaxReplicas)}` : "—",
    ),
  ];
  return rows.join("\n");
}

function memorySection(sd: SpecSide | null, which: string): string {
  const m = sd?.estimate?.memory;
  if (!m) {
    const why =
      sd?.estimate?.model.confidence === "unknown"
        ? "the model is not recognised"
        : "the GPU or model is unknown";
    return `**Memory per GPU** (${which}): not estimated, ${why}.`;
  }
  const p = m.perGpu;
  const state =
    m.verdict === "does-not-fit"
      ? `${VERDICT_ICON[m.verdict]} does not fit, short by ${gib(-p.headroomGiB)}`
      : `${VERDICT_ICON[m.verdict]} ${VERDICT_TEXT[m.verdict]}, ${gib(p.headroomGiB)} headroom (${num(p.headroomPct, 0)}%)`;
  return [
    `**Memory per GPU** (${which}): ${gib(p.totalGiB)} of ${gib(p.usableGiB)} usable (${gib(p.capacityGiB)} physical): ${state}`,
    "",
    `<code>${memoryBar(p)}</code> <sub>█ weights ▓ KV cache ▒ activations + overhead ░ free</sub>`,
  ].join("\n");
}

function changesSection(changes: SpecChange[]): string {
  if (changes.length === 0) return "";
  const rows = changes.map((c) => {
    const sev = CHANGE_SEVERITY_ICON[c.severity];
    const gov = c.loosensGovernance ? "🔓 " : "";
    const note = c.note ? md(c.note, 200) : "";
    return `| ${sev} | ${CATEGORY_ICON[c.category]} ${gov}${md(c.label, 120)} | ${scalar(c.before, c.unit)} | ${scalar(c.after, c.unit)} | ${deltaText(c)} | ${note} |`;
  });
  const loosened = changes.filter((c) => c.loosensGovernance);
  const callout = loosened.length
    ? `\n\n> [!WARNING]\n> **Governance loosened:** ${loosened
        .map(
          (c) =>
            `${md(c.label, 120)} ${scalar(c.before, c.unit)} → ${scalar(c.after, c.unit)}${c.note ? ` (${md(c.note, 200)})` : ""}`,
        )
        .join("; ")}`
    : "";
  return `**Changes**\n\n| | Change | Before | After | Δ | Note |\n|---|---|---|---|---|---|\n${rows.join("\n")}${callout}`;
}

function findingsSection(findings: Finding[], ctx: RenderContext, deleted: boolean): string {
  if (findings.length === 0) return "";
  const items = findings.map((f) => {
    const where = deleted ? `line ${f.line}` : lineLink(f.file, f.line, ctx);
    const hint = f.hint ? `<br>↳ ${md(f.hint, 400)}` : "";
    const docs =
      f.docsUrl && /^(https?:\/\/|docs\/)[^\s()<>]+$/.test(f.docsUrl) ? ` ([docs](${f.docsUrl}))` : "";
    // Minimal mark (verdict-gates, issue #12): the base branch already had this finding.
    const onBase = f.baseline === "unchanged" ? " _(already on base)_" : "";
    return `- ${SEVERITY_ICON[f.severity]} ${code(f.code, 60)} ${where}: ${md(f.message, 500)}${onBase}${docs}${hint}`;
  });
  return `**Findings**\n\n${items.join("\n")}`;
}

/** Shown only when it helps: it saves money, or the declared setup does not fit. */
function recommendationSection(e: Estimate | null | undefined): string {
  const r = e?.recommendation;
  if (!r) return "";
  const saves = r.monthlySavingUsd !== null && r.monthlySavingUsd > 0.005;
  if (!saves && e?.memory?.verdict !== "does-not-fit") return "";
  const saving =
    r.monthlySavingUsd !== null && r.monthlySavingUsd > 0 ? `, saves ${usd(r.monthlySavingUsd)}/month` : "";
  return `**Recommendation:** ${r.count} × ${code(r.gpu, 60)} on ${md(r.provider, 40)} at ${usd(r.monthlyUsdAtMinReplicas)}/month at min replicas${saving}. ${md(r.reason, 400)}`;
}

function specDetails(file: FileReview, s: SpecReview, ctx: RenderContext): string {
  const sd = sideOf(s);
  const verdict = sd?.estimate?.memory
    ? `${VERDICT_ICON[sd.estimate.memory.verdict]} ${VERDICT_TEXT[sd.estimate.memory.verdict]}`
    : "";
  const delta = specCostDelta(s);
  const summaryBits = [
    `<strong>${md(s.name, 120)}</strong>`,
    s.status,
    verdict,
    delta !== null && Math.abs(delta) >= 0.005 ? `${usdDelta(delta)}/month` : "",
    s.findings.length ? findingsCell(s.findings) : "",
  ].filter(Boolean);
  const where = `${code(file.path, 200)}${file.specs.length > 1 || s.index > 0 ? ` (document ${s.index + 1})` : ""}${
    file.previousPath ? ` (renamed from ${code(file.previousPath, 200)})` : ""
  }`;
  const sections = [
    `<sub>${where}</sub>`,
    memorySection(sd, s.status === "deleted" ? "before" : "after"),
    estimateTable(s.base?.estimate ?? null, s.head?.estimate ?? null, s.status),
    changesSection(s.changes),
    findingsSection(s.findings, ctx, s.status === "deleted"),
    recommendationSection(s.head?.estimate),
  ].filter(Boolean);
  return `<details><summary>${summaryBits.join(" · ")}</summary>\n\n${sections.join("\n\n")}\n\n</details>`;
}

function fileOnlyDetails(file: FileReview, ctx: RenderContext): string {
  return `<details><summary><strong>${md(file.path, 200)}</strong> · ${file.status} · ${findingsCell(file.findings)}</summary>\n\n${findingsSection(
    file.findings,
    ctx,
    file.status === "deleted",
  )}\n\n</details>`;
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
  return `<details><summary>Diff of ${code(file.path, 200)}</summary>\n\n${fence(text, "diff")}${note}\n\n</details>`;
}

// ─── importance (what is kept when space runs out) ──────────────────────────────────────────────

/**
 * Ranking, most important first: error findings, does-not-fit, loosened governance, breaking
 * changes, warnings, absolute monthly cost change, any change at all. Ties keep review order.
 */
function rankOf(s: SpecReview | null, findings: Finding[], costDelta: number | null): number[] {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
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

export function byImportance(a: Entry, b: Entry): number {
  for (let i = 0; i < a.rank.length; i++) {
    const d = (b.rank[i] ?? 0) - (a.rank[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.order - b.order;
}

// ─── the model ──────────────────────────────────────────────────────────────────────────────────

export function buildModel(review: Review, ctx: RenderContext): ReportModel {
  const files = modelSpecFiles(review);
  const entries: Entry[] = [];
  const diffs: ReportModel["diffs"] = [];
  let order = 0;
  for (const file of files) {
    if (file.specs.length === 0 && file.findings.length > 0) {
      entries.push({
        path: file.path,
        spec: null,
        order: order++,
        rank: rankOf(null, file.findings, null),
        row: `| ${code(file.path, 120)} | ${file.status} | — | — | — | — | — | ${findingsCell(file.findings)} |`,
        details: fileOnlyDetails(file, ctx),
        costDeltaAtMax: null,
      });
    }
    for (const s of file.specs) {
      if (s.status === "unchanged" && s.changes.length === 0 && s.findings.length === 0) continue;
      const findings =
        file.specs.length === 1 || s.index === file.specs[0]?.index
          ? [...file.findings, ...s.findings]
          : s.findings;
      const delta = specCostDelta(s);
      const bMax = s.status === "added" ? null : monthlyAtMax(s.base);
      const aMax = s.status === "deleted" ? null : monthlyAtMax(s.head);
      const cost =
        s.status === "added"
          ? usd(aMax)
          : s.status === "deleted"
            ? `~~${usd(bMax)}~~`
            : bMax === aMax
              ? usd(aMax)
              : `${usd(bMax)} → ${usd(aMax)}`;
      const deltaPct =
        bMax && delta !== null && s.status === "modified" ? pctDelta((delta / bMax) * 100) : "";
      const deltaCell =
        delta === null
          ? "—"
          : `${usdDelta(delta)}${deltaPct && Math.abs(delta) >= 0.005 ? ` (${deltaPct})` : ""}`;
      const gpuB = gpuText(s.base);
      const gpuA = gpuText(s.head);
      const repB = scaling(s.base?.spec);
      const repA = scaling(s.head?.spec);
      const memCell =
        s.status === "modified" &&
        s.base?.estimate?.memory &&
        s.head?.estimate?.memory &&
        s.base.estimate.memory.verdict !== s.head.estimate.memory.verdict
          ? `${VERDICT_ICON[s.base.estimate.memory.verdict]} → ${memoryCell(s.head)}`
          : memoryCell(sideOf(s));
      const row = `| ${code(s.name, 80)} | ${s.status} | ${beforeAfter(gpuB, gpuA, s.status, (v) => md(v, 80))} | ${memCell} | ${beforeAfter(repB, repA, s.status, (v) => md(v, 20))} | ${cost} | ${deltaCell} | ${findingsCell(findings)} |`;
      entries.push({
        path: file.path,
        spec: s,
        order: order++,
        rank: rankOf(s, findings, delta),
        row,
        details: specDetails(file, s, ctx),
        costDeltaAtMax: delta,
      });
    }
    const d = diffBlock(file);
    if (d) diffs.push({ path: file.path, order: order - 1, text: d });
  }

  const mc = review.summary.monthlyCost;
  const f = review.summary.findings;
  const totalFindings = [
    f.error ? `❌ ${f.error}` : "",
    f.warning ? `⚠️ ${f.warning}` : "",
    f.notice ? `ℹ️ ${f.notice}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const totalCost =
    mc.beforeAtMax === mc.afterAtMax ? usd(mc.afterAtMax) : `${usd(mc.beforeAtMax)} → ${usd(mc.afterAtMax)}`;
  const totalPct =
    mc.deltaAtMax !== null && Math.abs(mc.deltaAtMax) >= 0.005 ? pctDelta(mc.deltaPctAtMax) : "";
  const totals = `| **Total** (${plural(review.summary.specsChanged, "spec")}) | | | | | **${totalCost}** | **${usdDelta(mc.deltaAtMax)}${
    totalPct ? ` (${totalPct})` : ""
  }** | ${totalFindings || "—"} |`;

  const hours = firstEstimate(review)?.cost?.hoursPerMonth ?? 730;
  const assumptions = review.assumptions.map((a) => md(a, 300)).join(" · ");
  const ruleCode = entries
    .flatMap((e) => e.spec?.findings ?? [])
    .find((x) => x.source === "rule" && /^[A-Z]+(-[A-Z0-9]+)+$/.test(x.code))?.code;
  const example = ruleCode ?? "MS-SCALE-001";
  const suppressed = f.suppressed ? ` ${plural(f.suppressed, "finding")} suppressed.` : "";
  const footer = [
    "---",
    `<sub>Costs are per month at **max replicas** (${num(hours, 0)} h/month, on-demand unless spot is set); memory is per GPU. ${assumptions}</sub>`,
    "",
    `<sub>Suppress a rule for the repository in ${code(CONFIG_PATH)} with <code>rules: { ${example}: off }</code>, or for one spec with the annotation <code>${SUPPRESSION_ANNOTATION}: "${example}: reason"</code>.${suppressed} Generated by ${TOOL_NAME}${
      ctx.toolVersion ? ` ${md(ctx.toolVersion, 40)}` : ""
    }${ctx.headSha ? ` for ${code(ctx.headSha.slice(0, 12), 12)}` : ""}.</sub>`,
  ].join("\n");

  return {
    title: `## ModelSpec review${ctx.tag && ctx.tag !== "default" ? ` · ${code(ctx.tag, 60)}` : ""}`,
    // Built only from numbers and fixed words: nothing user-controlled to escape.
    headline: `**${headlineSentence(review)}**`,
    conclusion: conclusionBlock(review),
    notices: noticesBlock(review, ctx),
    tableHeader:
      "| Spec | Change | GPU | Memory / GPU | Replicas | Monthly (max replicas) | Δ / month | Findings |\n|---|---|---|---|---|---:|---:|---|",
    entries,
    totals,
    releaseNotes: renderReleaseNotesPreview(review.releaseNotes),
    diffs,
    footer,
  };
}

function firstEstimate(review: Review): Estimate | null {
  for (const f of review.files)
    for (const s of f.specs) {
      const e = s.head?.estimate ?? s.base?.estimate;
      if (e?.cost) return e;
    }
  return null;
}

// ─── composition under a limit ──────────────────────────────────────────────────────────────────

export interface ComposeOptions {
  /** Maximum size as measured by `measure`. */
  limit: number;
  measure: (s: string) => number;
  /** Text placed first (the hidden marker) and never dropped. */
  prefix?: string;
  include: { table: boolean; details: boolean; diffs: boolean; releaseNotes: boolean; footer: boolean };
  /** Where to send readers for what was left out. */
  elsewhere?: string;
}

export interface Composed {
  text: string;
  omitted: { diffs: number; details: number; rows: number; truncated: boolean };
}

/**
 * Fit the report under `limit`. Drop order, stated in the output when used:
 * 1. unified diffs (all of them); 2. per-spec details, least important spec first;
 * 3. summary-table rows, least important first (folded into one "… N more" row with their Δ);
 * 4. as a last resort, cut the text and say so.
 */
export function compose(model: ReportModel, o: ComposeOptions): Composed {
  const omitted = { diffs: 0, details: 0, rows: 0, truncated: false };
  const ranked = [...model.entries].sort(byImportance);
  let keepDetails = new Set(o.include.details ? model.entries.map((e) => e.order) : []);
  let keepRows = new Set(o.include.table ? model.entries.map((e) => e.order) : []);
  let diffs = o.include.diffs ? model.diffs : [];

  const render = (): string => {
    const parts: string[] = [];
    if (o.prefix) parts.push(o.prefix);
    parts.push(model.title, model.headline, model.conclusion);
    if (model.notices) parts.push(model.notices);
    if (o.include.table && model.entries.length > 0) {
      const rows = model.entries.filter((e) => keepRows.has(e.order)).map((e) => e.row);
      const hidden = model.entries.filter((e) => !keepRows.has(e.order));
      if (hidden.length) {
        const d = hidden.reduce<number | null>(
          (t, e) => (e.costDeltaAtMax === null ? t : (t ?? 0) + e.costDeltaAtMax),
          null,
        );
        rows.push(`| … ${plural(hidden.length, "more spec")} | | | | | | ${usdDelta(d)} | |`);
      }
      parts.push([model.tableHeader, ...rows, model.totals].join("\n"));
    }
    const note = omissionNote(omitted, o.elsewhere);
    if (note) parts.push(note);
    if (o.include.releaseNotes && model.releaseNotes) parts.push(model.releaseNotes);
    const details: string[] = [];
    const diffByOrder = new Map(diffs.map((d) => [d.order, d.text]));
    for (const e of model.entries) {
      if (keepDetails.has(e.order)) details.push(e.details);
      const diff = diffByOrder.get(e.order);
      if (diff) details.push(diff);
    }
    if (details.length) parts.push(details.join("\n\n"));
    if (o.include.footer) parts.push(model.footer);
    return parts.join("\n\n") + "\n";
  };

  let text = render();
  if (o.measure(text) <= o.limit) return { text, omitted };

  // 1. diffs
  omitted.diffs = diffs.length;
  diffs = [];
  text = render();
  if (o.measure(text) <= o.limit) return { text, omitted };

  // 2. details, least important first. Measure each once, then drop from the bottom of the ranking.
  const sizes = new Map(model.entries.map((e) => [e.order, o.measure(e.details) + 2]));
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
