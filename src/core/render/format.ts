/** Number formatting shared by every renderer: deterministic (no locale lookups), en-US style. */

import type { ConclusionStatus, Severity, Verdict } from "../types.js";

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 1234.5 → "1,234.5" with at most `digits` decimals (trailing zeros dropped). */
export function num(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return "—";
  const fixed = Math.abs(n).toFixed(digits);
  const [i, f] = fixed.split(".");
  const frac = f ? f.replace(/0+$/, "") : "";
  const sign = n < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${group(i!)}${frac ? "." + frac : ""}`;
}

/** Whole numbers with grouping: 131072 → "131,072". */
export function int(n: number): string {
  return num(Math.round(n), 0);
}

/** USD: "$4,380" for amounts ≥ 100, "$12.50" below, "$0.0042" for sub-cent unit prices. */
export function usd(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  const a = Math.abs(n);
  const sign = n < 0 ? "-" : "";
  if (a >= 100) return `${sign}$${group(Math.round(a).toString())}`;
  if (a === 0) return "$0";
  if (a >= 0.01) return `${sign}$${a.toFixed(2)}`;
  return `${sign}$${a.toPrecision(2)}`;
}

/** Unit prices ($ per 1k tokens): three significant digits, e.g. "$0.0117", "$1.25". */
export function usdUnit(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  if (n === 0) return "$0";
  if (Math.abs(n) >= 100) return usd(n);
  return `${n < 0 ? "-" : ""}$${Number(Math.abs(n).toPrecision(3)).toString()}`;
}

/** Signed whole-dollar delta for tables: "+$80", "-$2,311", "±$0" (cents only under a dollar). */
export function usdDeltaWhole(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  if (Math.abs(n) < 1) return usdDelta(n);
  const r = Math.round(n);
  return `${r > 0 ? "+" : "-"}$${group(Math.abs(r).toString())}`;
}

/** Signed USD delta: "+$4,380", "-$120", "±$0". */
export function usdDelta(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  if (Math.abs(n) < 0.005) return "±$0";
  return n > 0 ? `+${usd(n)}` : usd(n);
}

/** Signed percentage: "+38%", "-12.5%". */
export function pctDelta(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return "";
  const r = Math.abs(p) >= 10 ? Math.round(p) : Math.round(p * 10) / 10;
  if (r === 0) return "±0%";
  return `${r > 0 ? "+" : ""}${num(r, 1)}%`;
}

/** GiB with one decimal ("12.3 GiB"), or "—" for a missing or non-finite value. */
export function gib(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return `${num(n, 1)} GiB`;
}

/** "1 spec", "3 specs": a count with its noun, plural unless exactly one. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The icon of each memory-fit verdict. */
export const VERDICT_ICON: Record<Verdict, string> = {
  fits: "✅",
  tight: "⚠️",
  "does-not-fit": "❌",
  unknown: "❔",
};

/** Each memory-fit verdict in words. */
export const VERDICT_TEXT: Record<Verdict, string> = {
  fits: "fits",
  tight: "tight",
  "does-not-fit": "does not fit",
  unknown: "unknown",
};

/** The icon of each finding severity. */
export const SEVERITY_ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", notice: "ℹ️" };

/** The icon of each check-run conclusion. */
export const CONCLUSION_ICON: Record<ConclusionStatus, string> = {
  success: "✅",
  neutral: "⚠️",
  failure: "❌",
};

/** The glyphs of the memory bar, in drawing order, and the usable-memory limit mark. */
export const BAR_GLYPHS = { weights: "█", kvCache: "▓", other: "▒", free: "░", limit: "│" } as const;

/**
 * A memory bar of `width` cells plus one limit mark `│` where usable memory ends: weights █,
 * KV cache ▓, activations + overhead ▒, free ░. Scaled to the larger of usable and needed memory,
 * so a spec that does not fit shows how far it spills past the mark. Only text glyphs in the
 * current text colour (no colour emoji, no images): it reads the same in light and dark themes.
 */
export function memoryBar(
  m: {
    weightsGiB: number;
    kvCacheGiB: number;
    activationGiB: number;
    overheadGiB: number;
    usableGiB: number;
  },
  width = 24,
): string {
  const usable = Math.max(0, m.usableGiB);
  const parts = [m.weightsGiB, m.kvCacheGiB, m.activationGiB + m.overheadGiB].map((v) =>
    Number.isFinite(v) ? Math.max(0, v) : 0,
  );
  const total = parts.reduce((a, b) => a + b, 0);
  const span = Math.max(usable, total) || 1;
  const cells = parts.map((v) => Math.round((v * width) / span));
  // Keep every non-zero part visible and the bar exactly `width` wide.
  for (let i = 0; i < cells.length; i++) if (parts[i]! > 0 && cells[i] === 0) cells[i] = 1;
  let used = cells.reduce((a, b) => a + b, 0);
  while (used > width) {
    const i = cells.indexOf(Math.max(...cells));
    cells[i]! -= 1;
    used -= 1;
  }
  if (total > usable && used < width) cells[0]! += width - used; // rounding: an overflowing bar is full
  used = cells.reduce((a, b) => a + b, 0);
  const glyphs =
    BAR_GLYPHS.weights.repeat(cells[0]!) +
    BAR_GLYPHS.kvCache.repeat(cells[1]!) +
    BAR_GLYPHS.other.repeat(cells[2]!) +
    BAR_GLYPHS.free.repeat(width - used);
  const at = Math.min(width, Math.max(0, Math.round((usable * width) / span)));
  return glyphs.slice(0, at) + BAR_GLYPHS.limit + glyphs.slice(at);
}

/** UTF-8 byte length without Buffer (the job summary limit is in bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
