/**
 * The comment's "Deployment drift" section: for each ModelSpec linked to a workload the change
 * touched, the fields both sides state (spec line ↔ manifest line, drift or agreement), then what
 * the spec intends against what the manifest will run (the estimate with the manifest's engine
 * settings). Pure: a DriftReport in, markdown out. Every user string is escaped.
 */
import type { DriftLink, DriftReport, DriftRow, Estimate, RenderContext } from "../types.js";
import { code, lineLink, md } from "./escape.js";
import { gib, plural, usd } from "./format.js";

const MAX_LINKS = 20;

function value(v: string | number, field: string): string {
  if (typeof v !== "number") return code(v, 80);
  return field === "port" ? String(v) : v.toLocaleString("en-US");
}

function cell(side: DriftRow["spec"], field: string, ctx: RenderContext): string {
  if (!side) return "—";
  const via = side.via ? ` ${code(side.via, 60)}` : "";
  return `${value(side.value, field)}${via} · ${lineLink(side.file, side.line, ctx, `${md(side.file, 120)}:${side.line}`)}`;
}

function status(r: DriftRow): string {
  if (r.status === "same") return "✅ same";
  if (r.status === "unknown") return `❔ ${md(r.note ?? "not comparable", 160)}`;
  const b =
    r.baseline && r.baseline !== "new"
      ? ` (${r.baseline === "unchanged" ? "already on base" : r.baseline})`
      : "";
  return `⚠️ drift${b}`;
}

/** One estimate in a sentence: GPUs, memory per GPU and verdict, monthly cost at min replicas. */
export function estimateLine(e: Estimate | null): string {
  if (!e) return "not estimated";
  const gpu = `${e.gpu.count} × ${md(e.gpu.resolvedAs ?? e.gpu.declared ?? "GPU", 40)}`;
  const mem = e.memory
    ? `${gib(e.memory.perGpu.totalGiB)} of ${gib(e.memory.perGpu.usableGiB)} per GPU, ${e.memory.verdict}`
    : "memory unknown";
  const cost = e.cost ? `, ${usd(e.cost.monthlyUsd.atMinReplicas)}/month at min replicas` : "";
  return `${gpu} — ${mem}${cost}`;
}

function linkSection(l: DriftLink, ctx: RenderContext): string {
  const touched = [l.changed.spec ? "the spec" : "", l.changed.manifest ? "the manifest" : ""]
    .filter(Boolean)
    .join(" and ");
  const head = `**${code(l.spec.name, 80)}** (${lineLink(l.spec.file, l.spec.line, ctx, md(l.spec.file, 120))}) ↔ ${md(l.workload.kind, 30)} ${code(l.workload.name, 80)} (${lineLink(l.workload.file, l.workload.line, ctx, md(l.workload.file, 120))}) — linked by ${l.via}${touched ? `; this change touches ${touched}` : ""}.`;
  const rows = l.rows.map(
    (r) =>
      `| ${md(r.label, 40)} | ${cell(r.spec, r.field, ctx)} | ${cell(r.manifest, r.field, ctx)} | ${status(r)} |`,
  );
  const table = rows.length
    ? ["| Field | Spec | Manifest | |", "|---|---|---|---|", ...rows].join("\n")
    : "_No field is stated on both sides._";
  const run =
    l.running && l.runningFrom.length
      ? `\n\n**What will run.** The spec intends ${estimateLine(l.intended)}; the manifest runs ${estimateLine(l.running)} (from the manifest: ${l.runningFrom.map((x) => md(x, 160)).join("; ")}).`
      : "";
  return `${head}\n\n${table}${run}`;
}

/** The "Deployment drift" section, or "" when there is nothing to say (no link, no finding). */
export function renderDriftSection(report: DriftReport | undefined, ctx: RenderContext): string {
  if (!report) return "";
  const linked = new Set(report.links.map((l) => `${l.workload.file}`));
  const other = report.findings.filter(
    (f) =>
      !f.code.match(
        /^drift\/(gpu-count|gpu-type|max-model-len|max-batch|min-replicas|max-replicas|model|precision|port|readiness-probe|liveness-probe|gpu-layout)$/,
      ) || !linked.has(f.file),
  );
  if (report.links.length === 0 && other.length === 0) return "";
  const drifting = report.findings.filter((f) => f.source === "drift" && f.severity !== "notice");
  const fresh = drifting.filter(
    (f) => !f.baseline || f.baseline === "new" || f.baseline === "worsened",
  ).length;
  const summary = drifting.length
    ? `⚠️ ${plural(drifting.length, "field")} differ${drifting.length === 1 ? "s" : ""} between specs and the manifests that run them${fresh < drifting.length ? ` (${fresh} new or worsened in this change)` : ""}.`
    : "✅ The manifests agree with their specs on every field both state.";
  const parts = [`### Deployment drift`, summary];
  for (const l of report.links.slice(0, MAX_LINKS)) parts.push(linkSection(l, ctx));
  if (report.links.length > MAX_LINKS)
    parts.push(`… and ${plural(report.links.length - MAX_LINKS, "more link")} (see the check run).`);
  if (other.length)
    parts.push(
      other
        .slice(0, 20)
        .map(
          (f) =>
            `- ${f.severity === "notice" ? "ℹ️" : "⚠️"} ${lineLink(f.file, f.line, ctx, `${md(f.file, 120)}:${f.line}`)} ${code(f.code, 40)} ${md(f.message, 400)}`,
        )
        .join("\n"),
    );
  if (report.fixed > 0)
    parts.push(
      `✅ ${plural(report.fixed, "drift")} on the base ${report.fixed === 1 ? "is" : "are"} gone in this change.`,
    );
  return parts.join("\n\n");
}

/** Plain text for the terminal (`modelspec-review drift`, `review` text format). */
export function renderDriftText(report: DriftReport | undefined): string {
  if (!report) return "Deployment drift: not checked.\n";
  const lines: string[] = [];
  const drifting = report.findings.filter((f) => f.severity !== "notice");
  lines.push(
    `Deployment drift: ${report.links.length} spec–workload link${report.links.length === 1 ? "" : "s"}, ${report.manifestsRead} manifest file${report.manifestsRead === 1 ? "" : "s"} read, ${drifting.length} drift finding${drifting.length === 1 ? "" : "s"}.`,
  );
  for (const l of report.links) {
    lines.push(
      "",
      `${l.spec.name} (${l.spec.file}:${l.spec.line}) <-> ${l.workload.kind} ${l.workload.name} (${l.workload.file}:${l.workload.line}), linked by ${l.via}`,
    );
    for (const r of l.rows) {
      const mark = r.status === "same" ? "ok   " : r.status === "drift" ? "DRIFT" : "?    ";
      const side = (s: DriftRow["spec"]) => (s ? `${String(s.value)} (${s.file}:${s.line})` : "-");
      lines.push(
        `  ${mark} ${r.label}: spec ${side(r.spec)}, manifest ${side(r.manifest)}${r.note && r.status !== "same" ? ` - ${r.note}` : ""}`,
      );
    }
    if (l.running && l.runningFrom.length) {
      lines.push(`  intended: ${plainEstimate(l.intended)}`);
      lines.push(`  running:  ${plainEstimate(l.running)}`);
    }
  }
  if (report.findings.length) {
    lines.push("");
    for (const f of report.findings)
      lines.push(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`);
  }
  for (const s of report.skipped)
    lines.push(
      `skipped ${s.file}${s.document !== undefined ? ` (document ${s.document})` : ""}: ${s.reason}`,
    );
  return lines.join("\n") + "\n";
}

function plainEstimate(e: Estimate | null): string {
  if (!e) return "not estimated";
  const mem = e.memory
    ? `${e.memory.perGpu.totalGiB.toFixed(1)} of ${e.memory.perGpu.usableGiB.toFixed(1)} GiB per GPU, ${e.memory.verdict}`
    : "memory unknown";
  const cost = e.cost
    ? `, $${Math.round(e.cost.monthlyUsd.atMinReplicas).toLocaleString("en-US")}/month at min replicas`
    : "";
  return `${e.gpu.count} x ${e.gpu.resolvedAs ?? e.gpu.declared ?? "GPU"}, ${mem}${cost}`;
}
