/**
 * The terminal rendering of a review: short, aligned, no colour codes (pipes and CI logs stay
 * readable). The PR comment is E's markdown renderer; this is for people at a prompt.
 */
import type { Finding, Review, Scalar, SpecChange } from "../core/types.js";

const SEVERITY_MARK: Record<SpecChange["severity"], string> = { breaking: "✗", risky: "!", info: " " };
const FINDING_MARK: Record<Finding["severity"], string> = {
  error: "error  ",
  warning: "warning",
  notice: "notice ",
};

/** A field value for the terminal, with its unit ("(none)" when absent). */
export function formatValue(v: Scalar, unit?: string): string {
  if (v === null) return "(none)";
  if (typeof v === "number") {
    if (unit?.startsWith("USD")) return usd(v, unit === "USD/1k tokens" ? 5 : 2) + unit.slice(3);
    const text = Number.isInteger(v)
      ? v.toLocaleString("en-US")
      : v.toLocaleString("en-US", { maximumFractionDigits: 2 });
    if (!unit) return text;
    // "1 GPU", "1 replica": countable units lose their plural s at exactly one.
    const countable = /^(GPUs|replicas|sequences|requests|cores|days|tokens)$/.test(unit);
    return `${text} ${v === 1 && countable ? unit.slice(0, -1) : unit}`;
  }
  return String(v);
}

/** A percentage with a typographic sign: +25, −66.5, 0. */
function signed(n: number): string {
  return `${n > 0 ? "+" : n < 0 ? "−" : ""}${Math.abs(n)}`;
}

function usd(v: number, digits: number): string {
  const sign = v < 0 ? "−" : "";
  const abs = Math.abs(v);
  const d = digits === 2 && abs >= 100 ? 0 : digits;
  return `${sign}$${abs.toLocaleString("en-US", { minimumFractionDigits: d === 5 ? 2 : d, maximumFractionDigits: d })}`;
}

/** A change's delta for the terminal ("+2 replicas, +50 %"), or "" when it has none. */
export function formatDelta(c: SpecChange): string {
  if (!c.delta) return "";
  const { abs, pct } = c.delta;
  const sign = abs > 0 ? "+" : abs < 0 ? "−" : "±";
  const magnitude = c.unit?.startsWith("USD")
    ? usd(Math.abs(abs), c.unit === "USD/1k tokens" ? 5 : 2)
    : formatValue(Math.abs(abs), c.unit);
  return pct === null ? `${sign}${magnitude}` : `${sign}${magnitude}, ${signed(pct)} %`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

/** The review command's terminal report: conclusion, gates, then each file's specs, changes and findings. */
export function renderText(review: Review, where: { base: string; head: string }): string {
  const out: string[] = [];
  const { summary, conclusion } = review;
  const specs = review.files.filter((f) => f.isModelSpec);
  out.push(
    `modelspec-review · ${where.base} → ${where.head} · ${summary.specsChanged} spec${summary.specsChanged === 1 ? "" : "s"} changed · ${conclusion.status.toUpperCase()}`,
  );
  for (const g of conclusion.gates) if (g.failed) out.push(`  ✗ ${g.gate}: ${g.reason}`);
  if (specs.length === 0) {
    out.push("", "No ModelSpec files changed.");
  }
  for (const f of review.configFindings)
    out.push(`  config ${f.severity} ${f.code} ${f.file}:${f.line}: ${f.message}`);

  for (const file of specs) {
    out.push("");
    out.push(`${file.previousPath ? `${file.previousPath} → ${file.path}` : file.path} (${file.status})`);
    for (const f of file.findings) out.push(findingLine(f));
    for (const spec of file.specs) {
      if (spec.status === "unchanged") continue;
      const est = (spec.head ?? spec.base)?.estimate;
      const verdict = est?.memory
        ? `${est.memory.verdict}: needs ${est.memory.perGpu.totalGiB.toFixed(1)} GiB of ${est.memory.perGpu.usableGiB.toFixed(1)} GiB usable per GPU`
        : "memory fit unknown";
      out.push(`  ${spec.name} [${spec.status}] · ${verdict}`);
      if (spec.changes.length === 0 && spec.status !== "added" && spec.status !== "deleted")
        out.push("    no operational change");
      let category = "";
      const width = Math.max(0, ...spec.changes.map((c) => c.label.length));
      for (const c of spec.changes) {
        if (c.category !== category) {
          category = c.category;
          out.push(`    ${category}`);
        }
        const delta = formatDelta(c);
        const tail = [delta && `(${delta})`, c.severity !== "info" ? `[${c.severity}]` : "", c.note ?? ""]
          .filter(Boolean)
          .join(" ");
        out.push(
          `     ${SEVERITY_MARK[c.severity]} ${pad(c.label, width)}  ${formatValue(c.before, c.unit)} → ${formatValue(c.after, c.unit)}${tail ? `  ${tail}` : ""}`,
        );
      }
      for (const f of spec.findings) out.push(findingLine(f));
      if (spec.suppressed.length) out.push(`    ${spec.suppressed.length} finding(s) suppressed`);
    }
  }

  const m = summary.monthlyCost;
  out.push("");
  if (m.beforeAtMax !== null && m.afterAtMax !== null && m.deltaAtMax !== null) {
    const pct = m.deltaPctAtMax === null ? "" : `, ${signed(m.deltaPctAtMax)} %`;
    out.push(
      `Monthly cost at max replicas: ${usd(m.beforeAtMax, 2)} → ${usd(m.afterAtMax, 2)} (${m.deltaAtMax >= 0 ? "+" : "−"}${usd(Math.abs(m.deltaAtMax), 2)}${pct}); at min replicas: ${usd(m.beforeAtMin!, 2)} → ${usd(m.afterAtMin!, 2)}`,
    );
  }
  out.push(
    `Findings: ${summary.findings.error} error, ${summary.findings.warning} warning, ${summary.findings.notice} notice, ${summary.findings.suppressed} suppressed${summary.noOperationalChange ? " · no operational change" : ""}`,
  );
  for (const g of conclusion.gates) out.push(`  ${g.failed ? "✗" : "✓"} ${g.gate}: ${g.reason}`);
  for (const a of review.assumptions) out.push(`  · ${a}`);
  return `${out.join("\n")}\n`;
}

function findingLine(f: Finding): string {
  return `    ${FINDING_MARK[f.severity]} ${f.code} line ${f.line}: ${f.message}${f.hint ? ` (${f.hint})` : ""}`;
}
