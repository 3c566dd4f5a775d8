/**
 * Renders release notes for model version changes, grouped the way release-drafter groups pull
 * requests: one heading per group (New models, Version bumps, Retired models, Operational changes)
 * and, under it, one section per model with its version before → after and a table of what changed.
 *
 * Three formats: `markdown` (release bodies, the PR comment's preview), `text` (a short plain-text
 * variant, one line per model, for terminals, chat and Action outputs) and `json` (the notes
 * themselves, grouped, for machines). Pure and deterministic: the same notes give the same bytes.
 */
import type { ReleaseKind, ReleaseNote, Scalar, SpecChange } from "../types.js";

/** The formats release notes render to. */
export type ReleaseNotesFormat = "markdown" | "text" | "json";

/** How release notes render: format, title and heading level. */
export interface ReleaseNotesOptions {
  format: ReleaseNotesFormat;
  /** Title heading of the whole section (default "Model changes"); null leaves it out. */
  title?: string | null;
  /** Markdown heading level of the title (default 2); groups are one level deeper, models two. */
  level?: number;
}

/** A section of the release notes and the release kinds it holds. */
export interface ReleaseGroup {
  id: "newModels" | "versionBumps" | "retiredModels" | "operationalChanges";
  title: string;
  kinds: ReleaseKind[];
}

/** The groups in display order and the kinds each holds. */
export const RELEASE_GROUPS: readonly ReleaseGroup[] = [
  { id: "newModels", title: "New models", kinds: ["new-model"] },
  { id: "versionBumps", title: "Version bumps", kinds: ["new-weights", "re-quantisation"] },
  { id: "retiredModels", title: "Retired models", kinds: ["retired"] },
  { id: "operationalChanges", title: "Operational changes", kinds: ["config-only"] },
];

const KIND_LABEL: Record<ReleaseKind, string> = {
  "new-model": "new model",
  "new-weights": "new weights",
  "re-quantisation": "re-quantisation",
  "config-only": "config only",
  retired: "retired",
};

const byName = (a: ReleaseNote, b: ReleaseNote): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Notes split into the groups, each sorted by name; empty groups are left out. */
export function groupReleaseNotes(
  notes: readonly ReleaseNote[],
): { group: ReleaseGroup; notes: ReleaseNote[] }[] {
  return RELEASE_GROUPS.map((group) => ({
    group,
    notes: notes.filter((n) => group.kinds.includes(n.kind)).sort(byName),
  })).filter((g) => g.notes.length > 0);
}

// ─── Number and value formatting ────────────────────────────────────────────────────────────────

const INT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const ONE = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const TWO = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const GENERAL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const PCT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** Dollars: whole dollars from $100, cents below $100, four significant digits below one cent. */
export function formatUsd(n: number): string {
  const sign = n < 0 ? "-" : "";
  const a = Math.abs(n);
  if (a >= 100) return `${sign}$${INT.format(a)}`;
  if (a >= 0.01 || a === 0) return `${sign}$${TWO.format(a)}`;
  return `${sign}$${Number(a.toPrecision(4)).toString()}`;
}

function formatNumber(n: number, unit: string | undefined): string {
  if (unit !== undefined && unit.startsWith("USD")) return formatUsd(n);
  switch (unit) {
    case "GiB":
      return `${ONE.format(n)} GiB`;
    case "%":
      return `${GENERAL.format(n)}%`;
    case "GPUs":
    case "replicas":
    case "requests":
    case undefined:
      return GENERAL.format(n);
    default:
      return `${GENERAL.format(n)} ${unit}`;
  }
}

const VERDICT_LABEL: Record<string, string> = {
  fits: "fits",
  tight: "tight",
  "does-not-fit": "does not fit",
  unknown: "unknown",
};

function plainValue(v: Scalar, change: SpecChange): string {
  if (v === null) return "—";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return formatNumber(v, change.unit);
  if (change.key === "resources.verdict") return VERDICT_LABEL[v] ?? v;
  return v;
}

/** Whether a line's string values are shown in code spans (model ids, URIs, precision, GPU type). */
export const isCodeSpanChange = (change: SpecChange): boolean =>
  change.key.startsWith("identity.") || change.key === "resources.gpu.type";
const isCodeLike = isCodeSpanChange;

function code(s: string): string {
  const fence = s.includes("`") ? "``" : "`";
  const pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}

function cell(s: string): string {
  return s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

function markdownValue(v: Scalar, change: SpecChange): string {
  if (v === null) return "—";
  if (typeof v === "string" && isCodeLike(change)) return cell(code(v));
  return cell(plainValue(v, change));
}

function signed(n: number, unit: string | undefined): string {
  const body = formatNumber(Math.abs(n), unit);
  return n > 0 ? `+${body}` : n < 0 ? `−${body}` : `±${body}`;
}

/** "+$730 (+25%)", "new", "removed", or "" for strings that simply changed. */
export function formatDelta(change: SpecChange): string {
  if (change.before === null && change.after !== null) return "new";
  if (change.before !== null && change.after === null) return "removed";
  if (!change.delta) return "";
  const { abs, pct } = change.delta;
  const p = pct === null ? "" : ` (${pct > 0 ? "+" : pct < 0 ? "−" : "±"}${PCT.format(Math.abs(pct))}%)`;
  return `${signed(abs, change.unit)}${p}`;
}

const MARK: Record<SpecChange["severity"], string> = { breaking: "⛔ ", risky: "⚠️ ", info: "" };

function versionText(note: ReleaseNote, style: "markdown" | "text"): string {
  const v = (s: string): string => (style === "markdown" ? code(s) : s);
  const { versionBefore: b, versionAfter: a } = note;
  if (b === null && a === null) return "";
  if (b === a || (note.kind === "new-model" && b === null)) return v(a!);
  if (note.kind === "retired" && a === null) return v(b!);
  return `${b ? v(b) : "(none)"} → ${a ? v(a) : "(none)"}`;
}

/** "added" / "deleted" when the note describes a whole spec (every line new / every line gone). */
function wholeSpec(note: ReleaseNote): "added" | "deleted" | null {
  if (
    note.kind === "new-model" &&
    note.versionBefore === null &&
    note.changes.every((c) => c.before === null)
  )
    return "added";
  if (note.kind === "retired" && note.versionAfter === null && note.changes.every((c) => c.after === null))
    return "deleted";
  return null;
}

// ─── Markdown ───────────────────────────────────────────────────────────────────────────────────

function markdownNote(note: ReleaseNote, level: number): string {
  const version = versionText(note, "markdown");
  const heading = `${"#".repeat(level)} ${cell(note.name)}${version ? ` ${version}` : ""} · ${KIND_LABEL[note.kind]}`;
  const out = [heading, ""];
  if (note.changes.length === 0) {
    out.push(
      note.kind === "config-only" ? "_Version bump only: no operational change._" : "_No details available._",
    );
    return out.join("\n");
  }
  const whole = wholeSpec(note);
  if (whole !== null) {
    out.push(`| | ${whole === "added" ? "Value" : "Was"} |`, "| --- | --- |");
    for (const c of note.changes) {
      const v = whole === "added" ? c.after : c.before;
      out.push(`| ${MARK[c.severity]}${cell(c.label)} | ${markdownValue(v, c)} |`);
    }
  } else {
    out.push("| | Before | After | Change |", "| --- | --- | --- | --- |");
    for (const c of note.changes) {
      const d = formatDelta(c);
      const extra = c.note ? (d ? `${d}; ${c.note}` : c.note) : d;
      out.push(
        `| ${MARK[c.severity]}${cell(c.label)} | ${markdownValue(c.before, c)} | ${markdownValue(c.after, c)} | ${cell(extra)} |`,
      );
    }
  }
  return out.join("\n");
}

function renderMarkdown(notes: readonly ReleaseNote[], title: string | null, level: number): string {
  const parts: string[] = [];
  if (title !== null) parts.push(`${"#".repeat(level)} ${title}`);
  const groups = groupReleaseNotes(notes);
  if (groups.length === 0) {
    parts.push("_No model version changes._");
    return parts.join("\n\n") + "\n";
  }
  const groupLevel = title !== null ? level + 1 : level;
  for (const { group, notes: ns } of groups) {
    parts.push(`${"#".repeat(groupLevel)} ${group.title}`);
    for (const n of ns) parts.push(markdownNote(n, Math.min(groupLevel + 1, 6)));
  }
  return parts.join("\n\n") + "\n";
}

// ─── Plain text ─────────────────────────────────────────────────────────────────────────────────

function textLine(c: SpecChange): string {
  const pct = c.delta?.pct;
  const suffix =
    pct === undefined || pct === null
      ? ""
      : ` (${pct > 0 ? "+" : pct < 0 ? "−" : "±"}${PCT.format(Math.abs(pct))}%)`;
  return `${c.label} ${plainValue(c.before, c)} → ${plainValue(c.after, c)}${suffix}`;
}

/** One phrase for a whole (added or retired) spec: model, precision, GPUs, fit and cost range. */
function textProfile(note: ReleaseNote, whole: "added" | "deleted"): string {
  const get = (key: string): Scalar => {
    const c = note.changes.find((x) => x.key === key);
    return c ? (whole === "added" ? c.after : c.before) : null;
  };
  const parts: string[] = [];
  const id = get("identity.model.id");
  const precision = get("identity.model.precision");
  if (id !== null) parts.push(`${String(id)}${precision !== null ? ` (${String(precision)})` : ""}`);
  const gpu = get("resources.gpu.type");
  const count = get("resources.gpu.count");
  if (gpu !== null) parts.push(`${count !== null ? `${String(count)} × ` : ""}${String(gpu)}`);
  const verdict = get("resources.verdict");
  const mem = get("resources.memory.requiredGiB");
  if (verdict !== null)
    parts.push(
      `${VERDICT_LABEL[String(verdict)] ?? String(verdict)}${typeof mem === "number" ? ` (${ONE.format(mem)} GiB per GPU)` : ""}`,
    );
  const min = get("cost.monthlyAtMin");
  const max = get("cost.monthlyAtMax");
  if (typeof min === "number" && typeof max === "number")
    parts.push(min === max ? `${formatUsd(min)}/month` : `${formatUsd(min)}–${formatUsd(max)}/month`);
  const per1k = get("cost.usdPer1kTokens");
  if (typeof per1k === "number") parts.push(`${formatUsd(per1k)} per 1k tokens`);
  return (whole === "deleted" ? "was " : "") + parts.join(", ");
}

function textBody(note: ReleaseNote): string {
  const whole = wholeSpec(note);
  if (whole !== null) return textProfile(note, whole);
  if (note.changes.length === 0) return note.kind === "config-only" ? "version bump only" : "";
  return note.changes.map(textLine).join("; ");
}

function renderText(notes: readonly ReleaseNote[], title: string | null): string {
  const lines: string[] = [];
  if (title !== null) lines.push(title);
  const groups = groupReleaseNotes(notes);
  if (groups.length === 0) {
    lines.push("No model version changes.");
    return lines.join("\n") + "\n";
  }
  for (const { group, notes: ns } of groups) {
    if (lines.length > 0) lines.push("");
    lines.push(`${group.title}:`);
    for (const n of ns) {
      const version = versionText(n, "text");
      const head = `- ${n.name}${version ? ` ${version}` : ""} (${KIND_LABEL[n.kind]})`;
      const body = textBody(n);
      lines.push(body ? `${head}: ${body}` : head);
    }
  }
  return lines.join("\n") + "\n";
}

// ─── JSON ───────────────────────────────────────────────────────────────────────────────────────

function renderJson(notes: readonly ReleaseNote[]): string {
  const out: Record<string, unknown> = { schemaVersion: 1 };
  for (const group of RELEASE_GROUPS) {
    out[group.id] = notes.filter((n) => group.kinds.includes(n.kind)).sort(byName);
  }
  return JSON.stringify(out, null, 2) + "\n";
}

/** Renders release notes in one of three formats (see the module comment). */
export function renderReleaseNotes(notes: readonly ReleaseNote[], opts: ReleaseNotesOptions): string {
  const title = opts.title === undefined ? "Model changes" : opts.title;
  const level = Math.max(1, Math.min(opts.level ?? 2, 4));
  switch (opts.format) {
    case "markdown":
      return renderMarkdown(notes, title, level);
    case "text":
      return renderText(notes, title);
    case "json":
      return renderJson(notes);
  }
}
