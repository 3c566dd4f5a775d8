/**
 * "Running vs declared": a piqc scan held against the specs (src/core/runtime), as text for the
 * terminal and as a markdown section. Pure; every user string escaped in markdown.
 */
import type { RuntimeReport } from "../runtime/index.js";
import { code, md } from "./escape.js";

const age = (h: number | null) =>
  h === null ? "age unknown" : h < 48 ? `${Math.round(h)} h old` : `${Math.round(h / 24)} days old`;
const money = (n: number | null) => (n === null ? "—" : `$${n.toFixed(4)}`);
/** "obs.requestLatency.p95Ms, prometheus": the fact key and how the scanner knew it. */
const via = (o: { factKey?: string; via?: string | null }) =>
  `${o.factKey ?? "?"}${o.via ? `, ${o.via}` : ""}`;
const tpsVia = (c: RuntimeReport["links"][number]["costPer1k"]) =>
  via({ factKey: "obs.tps.avg", via: c.via ?? null });

/** Plain text (the `drift --runtime` command). */
export function renderRuntimeText(r: RuntimeReport): string {
  const out = [
    `Running vs declared: ${r.file} (${r.scanVersion ?? "no schemaVersion"}, generated ${r.generatedAt ?? "at an unknown time"})`,
  ];
  for (const l of r.links) {
    out.push("", `${l.spec.name} (${l.spec.file}:${l.spec.line}) <-> ${l.workload.workloadId}`);
    for (const row of l.rows)
      out.push(
        `  ${row.status === "same" ? "ok   " : row.status === "drift" ? "DRIFT" : row.status === "stale" ? "STALE" : "?    "} ${row.label}: spec ${String(row.spec.value)}, running ${String(row.running.value)} (${row.running.via ?? ""}; ${row.confidence ?? "unknown"} confidence, ${age(row.ageHours)})`,
      );
    for (const o of l.observations)
      out.push(
        `  ${o.ok ? "ok   " : "MISS "} ${o.label}: observed ${o.observed} (${via(o)}; ${o.confidence ?? "unknown"} confidence, ${age(o.ageHours)}), promised ${o.promised ?? "—"}`,
      );
    out.push(
      `  cost per 1k tokens: estimated ${money(l.costPer1k.estimated)}, observed ${money(l.costPer1k.observed)}${l.costPer1k.observedTps !== null ? ` (at ${l.costPer1k.observedTps} tokens/s observed; ${tpsVia(l.costPer1k)}, ${age(l.costPer1k.ageHours ?? null)})` : ""}`,
    );
    if (l.missing.length) out.push(`  not collected by the scan: ${l.missing.join(", ")}`);
  }
  if (r.findings.length) {
    out.push("");
    for (const f of r.findings) out.push(`${f.file}:${f.line} ${f.severity} ${f.code} ${f.message}`);
  }
  if (r.unlinkedWorkloads.length) out.push(`workloads no spec describes: ${r.unlinkedWorkloads.join(", ")}`);
  if (r.specsWithoutWorkload.length)
    out.push(`specs with no running workload in the scan: ${r.specsWithoutWorkload.join(", ")}`);
  return out.join("\n") + "\n";
}

/** The comment's "Running vs declared" section, or "" when no workload is linked. */
export function renderRuntimeSection(r: RuntimeReport | undefined): string {
  if (!r || r.links.length === 0) return "";
  const parts = [
    "### Running vs declared",
    `From ${code(r.file, 120)} (${md(r.scanVersion ?? "no schemaVersion", 40)}, generated ${md(r.generatedAt ?? "at an unknown time", 40)}).`,
  ];
  for (const l of r.links) {
    const rows = l.rows.map(
      (x) =>
        `| ${md(x.label, 40)} | ${md(String(x.spec.value), 80)} | ${md(String(x.running.value), 80)} ${code(x.running.via ?? "", 60)} | ${md(x.confidence ?? "unknown", 12)}, ${age(x.ageHours)} | ${x.status === "same" ? "✅" : x.status === "drift" ? "⚠️ drift" : x.status === "stale" ? "⏳ stale" : "❔"} |`,
    );
    const obs = l.observations.map(
      (o) =>
        `| ${md(o.label, 40)} | ${md(o.promised ?? "—", 60)} | ${md(o.observed, 40)} (observed) ${code(via(o), 60)} | ${md(o.confidence ?? "unknown", 12)}, ${age(o.ageHours)} | ${o.ok ? "✅" : o.code === "runtime/gpu-underused" ? "ℹ️" : "⚠️ missed"} |`,
    );
    parts.push(
      `**${code(l.spec.name, 80)}** ↔ ${code(l.workload.workloadId, 120)}`,
      ["| | Spec | Running | How sure, when | |", "|---|---|---|---|---|", ...rows, ...obs].join("\n"),
      `Cost per 1k tokens: ${money(l.costPer1k.estimated)} estimated (roofline); ${l.costPer1k.observed !== null ? `${money(l.costPer1k.observed)} **observed** (${l.costPer1k.observedTps} tokens/s, ${code(tpsVia(l.costPer1k), 60)}, ${age(l.costPer1k.ageHours ?? null)})` : "no observed throughput"}.`,
    );
    if (l.missing.length)
      parts.push(
        `Not collected by the scan: ${l.missing
          .slice(0, 20)
          .map((k) => code(k, 60))
          .join(", ")}.`,
      );
  }
  return parts.join("\n\n");
}
