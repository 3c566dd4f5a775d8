/**
 * For arbitrary valid specs (a real spec with generated model, GPU, counts, batch and replicas) the
 * whole review — parse, validate, estimate, rules, diff, render — gives finite, monotone estimates and
 * reports that stay within GitHub's limits.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { renderCheckRun, renderComment, renderJobSummary } from "../../src/core/render/index.js";
import { analyse } from "../../src/core/review.js";
import type { Estimate, FilePair } from "../../src/core/types.js";
import { GOLDEN_DIR } from "../support/review-cases.js";
import { RUNS, TIMEOUT_MS } from "./runs.js";

const BASE = readFileSync(`${GOLDEN_DIR}/replicas-raised/base.yaml`, "utf8");

interface Knobs {
  model: string;
  gpu: string;
  count: number;
  batch: number;
  seq: number;
  min: number;
  max: number;
}

const knobs: fc.Arbitrary<Knobs> = fc
  .record({
    model: fc.constantFrom("llama-3.1-8b", "llama-3.1-70b", "qwen2.5-7b", "mistral-7b", "mixtral-8x7b"),
    gpu: fc.constantFrom("a100-80gb", "h100", "h200", "l4", "a10g", "l40s"),
    count: fc.integer({ min: 1, max: 16 }),
    batch: fc.integer({ min: 1, max: 512 }),
    seq: fc.integer({ min: 128, max: 131_072 }),
    min: fc.integer({ min: 0, max: 50 }),
    span: fc.integer({ min: 0, max: 50 }),
  })
  .map(({ span, min, ...k }) => ({ ...k, min, max: Math.max(1, min + span) }));

function specText(k: Knobs): string {
  const set = (t: string, key: string, v: string | number): string =>
    t.replace(new RegExp(`^(\\s*${key}:) .*$`, "m"), `$1 ${v}`);
  let t = BASE;
  t = set(t, "id", k.model);
  t = set(t, "type", k.gpu);
  t = set(t, "count", k.count);
  t = set(t, "maxBatchSize", k.batch);
  t = set(t, "maxSequenceLengthTokens", k.seq);
  t = set(t, "minReplicas", k.min);
  t = set(t, "maxReplicas", k.max);
  return t;
}

function est(k: Knobs): Estimate | null {
  const r = analyse([{ path: "m.modelspec.yaml", head: specText(k) }], DEFAULT_CONFIG);
  return r.files[0]?.specs[0]?.head?.estimate ?? null;
}

function finiteNumbers(value: unknown, path = "estimate"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => finiteNumbers(v, `${path}.${k}`));
}

describe("estimates over arbitrary valid specs", () => {
  it(
    `are finite everywhere (${RUNS} cases)`,
    () => {
      fc.assert(
        fc.property(knobs, (k) => {
          const e = est(k);
          expect(e).not.toBeNull();
          expect(finiteNumbers(e)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    `are monotone: more GPUs → no less KV capacity; larger batch → no less KV memory; more replicas → no less cost (${RUNS} cases)`,
    () => {
      fc.assert(
        fc.property(knobs, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), (k, dg, db) => {
          const e = est(k)!;
          const moreGpus = est({ ...k, count: k.count + dg })!;
          if (e.kvCache && moreGpus.kvCache) {
            expect(moreGpus.kvCache.tokenCapacity).toBeGreaterThanOrEqual(e.kvCache.tokenCapacity);
          }
          const bigger = est({ ...k, batch: k.batch * (db + 1) })!;
          if (e.memory && bigger.memory) {
            expect(bigger.memory.perGpu.kvCacheGiB).toBeGreaterThanOrEqual(e.memory.perGpu.kvCacheGiB);
          }
          const moreReplicas = est({ ...k, min: k.min + dg, max: k.max + dg })!;
          if (e.cost && moreReplicas.cost) {
            expect(moreReplicas.cost.monthlyUsd.atMinReplicas).toBeGreaterThanOrEqual(
              e.cost.monthlyUsd.atMinReplicas,
            );
            expect(moreReplicas.cost.monthlyUsd.atMaxReplicas).toBeGreaterThanOrEqual(
              e.cost.monthlyUsd.atMaxReplicas,
            );
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

/** Each case is a whole PR of up to 360 spec pairs, so RUNS/50 reviews still render > RUNS specs. */
const RENDER_RUNS = Math.max(2, Math.floor(RUNS / 50));

describe("rendering any review stays under GitHub's limits", () => {
  it(
    `comment ≤ 65,536, check summary/text ≤ 65,535, annotation batches ≤ 50 (${RENDER_RUNS} reviews of up to 360 files)`,
    () => {
      const filesArb = fc.array(fc.tuple(knobs, knobs, fc.string({ maxLength: 400 })), {
        minLength: 1,
        maxLength: 6,
      });
      fc.assert(
        fc.property(filesArb, fc.integer({ min: 1, max: 60 }), (files, copies) => {
          const pairs: FilePair[] = [];
          files.forEach(([b, h, junk], i) => {
            for (let c = 0; c < copies; c++) {
              pairs.push({
                path: `models/${i}-${c}.modelspec.yaml`,
                base: specText(b),
                head: c % 7 === 3 ? `${specText(h)}\n${junk}` : specText(h),
              });
            }
          });
          const review = analyse(pairs, DEFAULT_CONFIG);
          const ctx = { tag: "default", headSha: "a".repeat(40), repoUrl: "https://github.com/o/r" };
          expect(renderComment(review, ctx).length).toBeLessThanOrEqual(65_536);
          const cr = renderCheckRun(review, ctx);
          expect(cr.summary.length).toBeLessThanOrEqual(65_535);
          expect(cr.text.length).toBeLessThanOrEqual(65_535);
          expect(cr.title.length).toBeLessThanOrEqual(255);
          for (const b of cr.annotationBatches) expect(b.length).toBeLessThanOrEqual(50);
          expect(renderJobSummary(review, ctx).length).toBeLessThanOrEqual(1024 * 1024);
        }),
        { numRuns: RENDER_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
