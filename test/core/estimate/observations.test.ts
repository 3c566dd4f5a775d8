import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../../src/core/config.js";
import { estimate } from "../../../src/core/estimate/index.js";
import { AT, mkSpec } from "./helpers.js";
import { BOUNDS, OBSERVATIONS, measure, type Observation } from "./observations.js";

const DOC = new URL("../../../docs/estimator-accuracy.md", import.meta.url);
const START = "<!-- observations:start -->";
const END = "<!-- observations:end -->";

interface Row {
  o: Observation;
  estimated: number | string | null;
  errorPct: number | null;
}

function evaluate(o: Observation): Row {
  const e = estimate(mkSpec(o.spec), DEFAULT_CONFIG, AT);
  const estimated = measure(o, e);
  const errorPct =
    typeof o.observed === "number" && typeof estimated === "number"
      ? Math.round(((estimated - o.observed) / o.observed) * 1000) / 10
      : null;
  return { o, estimated, errorPct };
}

const ROWS = OBSERVATIONS.map(evaluate);

function table(rows: Row[]): string {
  const head = "| id | observation | source | observed | estimated | error |\n|---|---|---|---|---|---|";
  const body = rows.map(({ o, estimated, errorPct }) => {
    const unit = o.unit ? ` ${o.unit}` : "";
    const err =
      o.kind === "verdict"
        ? estimated === o.observed
          ? "match"
          : "MISMATCH"
        : errorPct === null
          ? "–"
          : `${errorPct > 0 ? "+" : ""}${errorPct} %`;
    return `| ${o.id} | ${o.what} | ${o.source} | ${o.observed}${typeof o.observed === "number" ? unit : ""} | ${estimated ?? "–"}${typeof estimated === "number" ? unit : ""} | ${err} |`;
  });
  return [head, ...body].join("\n");
}

describe("estimator against published observations (gpu-facts.md)", () => {
  it("has at least 10 observations", () => {
    expect(OBSERVATIONS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(OBSERVATIONS.map((o) => o.id)).size).toBe(OBSERVATIONS.length);
  });

  it.each(
    ROWS.filter((r) => r.o.kind === "verdict").map(
      (r) => [`${r.o.id} ${r.o.what} [${r.o.source}]`, r] as const,
    ),
  )("%s: verdict matches", (_name, r) => {
    expect(r.estimated).toBe(r.o.observed);
  });

  it.each(
    ROWS.filter((r) => r.o.kind === "weights" || r.o.kind === "kv-pool" || r.o.kind === "activation").map(
      (r) => [`${r.o.id} ${r.o.what} [${r.o.source}]`, r] as const,
    ),
  )(`%s: within ±${BOUNDS.memoryPct} %`, (_name, r) => {
    expect(r.errorPct).not.toBeNull();
    expect(Math.abs(r.errorPct ?? Infinity)).toBeLessThanOrEqual(BOUNDS.memoryPct);
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

  it("docs/estimator-accuracy.md shows the current numbers (UPDATE_GOLDEN=1 rewrites the table)", () => {
    const fresh = table(ROWS);
    const text = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
    const i = text.indexOf(START);
    const j = text.indexOf(END);
    if (process.env.UPDATE_GOLDEN === "1" && i >= 0 && j > i) {
      writeFileSync(DOC, `${text.slice(0, i + START.length)}\n${fresh}\n${text.slice(j)}`);
      return;
    }
    expect(i, "markers in docs/estimator-accuracy.md").toBeGreaterThanOrEqual(0);
    expect(text.slice(i + START.length, j).trim()).toBe(fresh);
  });
});
