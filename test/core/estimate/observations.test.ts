import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import { estimate } from "../../../src/core/estimate/index.js";
import { AT, mkSpec } from "./helpers.js";
import {
  BOUNDS,
  OBSERVATIONS,
  measure,
  modelTexts,
  type Observation,
  type ObservationKind,
} from "./observations.js";

const DOC = new URL("../../../docs/estimator-accuracy.md", import.meta.url);
const BLOCKS = {
  summary: ["<!-- summary:start -->", "<!-- summary:end -->"],
  observations: ["<!-- observations:start -->", "<!-- observations:end -->"],
} as const;

interface Row {
  o: Observation;
  estimated: number | string | null;
  errorPct: number | null;
}

function evaluate(o: Observation): Row {
  const e = estimate(mkSpec(o.spec), DEFAULT_CONFIG, AT, modelTexts(o));
  const estimated = measure(o, e);
  const errorPct =
    typeof o.observed === "number" && typeof estimated === "number"
      ? Math.round(((estimated - o.observed) / o.observed) * 1000) / 10
      : null;
  return { o, estimated, errorPct };
}

const ROWS = OBSERVATIONS.map(evaluate);
const NUM = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** The bound each numeric kind is held to (throughput separately, as a factor). */
const PCT_BOUND: Partial<Record<ObservationKind, number>> = {
  weights: BOUNDS.weightsPct,
  checkpoint: BOUNDS.weightsPct,
  "kv-pool": BOUNDS.memoryPct,
  "kv-tokens": BOUNDS.memoryPct,
  "kv-bytes": BOUNDS.memoryPct,
  concurrency: BOUNDS.memoryPct,
  activation: BOUNDS.memoryPct,
};

const LABEL: Record<ObservationKind, string> = {
  weights: "weights per GPU as loaded (W)",
  checkpoint: "checkpoint size (W)",
  "kv-pool": "'Available KV cache memory' (K)",
  "kv-tokens": "'GPU KV cache size' tokens (N)",
  "kv-bytes": "KV bytes per token per GPU = pool ÷ tokens, both logged (B)",
  concurrency: "'Maximum concurrency' (C)",
  activation: "V0 profile peak − weights (A)",
  verdict: "published fit / no-fit (V)",
  throughput: "decode tokens/s of a replica (T)",
};

function fmtValue(v: number | string | null, unit: string): string {
  if (v === null) return "–";
  if (typeof v === "string") return v;
  return `${NUM.format(v)}${unit ? ` ${unit}` : ""}`;
}

function table(rows: Row[]): string {
  const head = "| id | observation | source | observed | estimated | error |\n|---|---|---|---|---|---|";
  const body = rows.map(({ o, estimated, errorPct }) => {
    const err =
      o.kind === "verdict"
        ? estimated === o.observed
          ? "match"
          : "MISMATCH"
        : errorPct === null
          ? "–"
          : `${errorPct > 0 ? "+" : ""}${errorPct} %`;
    return `| ${o.id} | ${o.what} | ${o.source} | ${fmtValue(o.observed, o.unit)} | ${fmtValue(estimated, o.unit)} | ${err} |`;
  });
  return [head, ...body].join("\n");
}

function summary(rows: Row[]): string {
  const head = "| what is compared | rows | bound | worst error |\n|---|---|---|---|";
  const kinds = [...new Set(rows.map((r) => r.o.kind))];
  const body = kinds.map((k) => {
    const rs = rows.filter((r) => r.o.kind === k);
    if (k === "verdict") {
      const ok = rs.filter((r) => r.estimated === r.o.observed).length;
      return `| ${LABEL[k]} | ${rs.length} | every verdict agrees | ${ok} of ${rs.length} agree |`;
    }
    const worst = rs.reduce((m, r) => (Math.abs(r.errorPct ?? 0) > Math.abs(m) ? (r.errorPct ?? 0) : m), 0);
    const bound = k === "throughput" ? `within ${BOUNDS.throughputFactor}×` : `±${PCT_BOUND[k]} %`;
    return `| ${LABEL[k]} | ${rs.length} | ${bound} | ${worst > 0 ? "+" : ""}${worst} % |`;
  });
  return [head, ...body].join("\n");
}

describe("estimator against published observations", () => {
  it("has observations of every kind the accuracy doc reports", () => {
    expect(OBSERVATIONS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(OBSERVATIONS.map((o) => o.id)).size).toBe(OBSERVATIONS.length);
    for (const k of ["weights", "kv-tokens", "kv-pool", "verdict"] as const)
      expect(
        OBSERVATIONS.some((o) => o.kind === k),
        k,
      ).toBe(true);
    expect(OBSERVATIONS.every((o) => !/gpu-facts/i.test(o.source))).toBe(true);
  });

  it.each(
    ROWS.filter((r) => r.o.kind === "verdict").map(
      (r) => [`${r.o.id} ${r.o.what} [${r.o.source}]`, r] as const,
    ),
  )("%s: verdict agrees", (_name, r) => {
    expect(r.estimated).toBe(r.o.observed);
  });

  it.each(
    ROWS.filter((r) => PCT_BOUND[r.o.kind] !== undefined).map(
      (r) => [`${r.o.id} ${r.o.kind} ${r.o.what} [${r.o.source}]`, r] as const,
    ),
  )("%s: within its bound", (_name, r) => {
    expect(r.errorPct).not.toBeNull();
    expect(Math.abs(r.errorPct ?? Infinity)).toBeLessThanOrEqual(PCT_BOUND[r.o.kind] ?? 0);
  });

  it.each(
    ROWS.filter((r) => r.o.kind === "throughput").map(
      (r) => [`${r.o.id} ${r.o.what} [${r.o.source}]`, r] as const,
    ),
  )(`%s: within a factor of ${BOUNDS.throughputFactor}`, (_name, r) => {
    const ratio = (r.estimated as number) / (r.o.observed as number);
    expect(ratio).toBeGreaterThan(1 / BOUNDS.throughputFactor);
    expect(ratio).toBeLessThan(BOUNDS.throughputFactor);
  });

  it("docs/estimator-accuracy.md shows the current numbers (UPDATE_GOLDEN=1 rewrites them)", () => {
    let text = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
    const fresh = { summary: summary(ROWS), observations: table(ROWS) };
    for (const [name, [start, end]] of Object.entries(BLOCKS) as Array<
      [keyof typeof BLOCKS, readonly [string, string]]
    >) {
      const i = text.indexOf(start);
      const j = text.indexOf(end);
      expect(i, `${start} in docs/estimator-accuracy.md`).toBeGreaterThanOrEqual(0);
      expect(j, `${end} in docs/estimator-accuracy.md`).toBeGreaterThan(i);
      if (process.env.UPDATE_GOLDEN === "1") {
        text = `${text.slice(0, i + start.length)}\n${fresh[name]}\n${text.slice(j)}`;
      } else {
        expect(text.slice(i + start.length, j).trim(), name).toBe(fresh[name]);
      }
    }
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(DOC, text);
  });
});
