import { describe, expect, it } from "vitest";
import { marked } from "marked";
import {
  COMMENT_LIMIT,
  commentMarker,
  isOurComment,
  parseCommentMarker,
  renderComment,
  renderCommentDetailed,
} from "../../../src/core/render/comment.js";
import type { FindingCode, RenderContext, Review } from "../../../src/core/types.js";
import {
  change,
  estimateFor,
  fileReview,
  finding,
  review,
  side,
  specDoc,
  specReview,
  typicalReview,
} from "../../support/review-fixtures.js";
import { HOSTILE } from "../../support/hostile.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const CTX: RenderContext = { tag: "default", headSha: SHA, repoUrl: "https://github.com/acme/models" };

function manySpecs(n: number, o: { bigDiff?: boolean } = {}): Review {
  const files = Array.from({ length: n }, (_, i) => {
    const path = `models/team-${i}/svc-${i}.modelspec.yaml`;
    const s = specReview({
      name: `svc-${i}`,
      base: side(specDoc(`svc-${i}`), estimateFor({ maxReplicas: 2 })),
      head: side(specDoc(`svc-${i}`, { max: 3 }), estimateFor({ maxReplicas: 3 + (i % 5) })),
      changes: [
        change({
          key: "scaling.maxReplicas",
          category: "scaling",
          label: "Max replicas",
          before: 2,
          after: 3 + (i % 5),
        }),
      ],
      findings:
        i === 137
          ? [finding({ file: path, severity: "error", code: "MS-FIT-001", message: "Does not fit." })]
          : [],
    });
    const diff = o.bigDiff
      ? `--- a/${path}\n+++ b/${path}\n` +
        Array.from({ length: 60 }, (_, k) => `+  key${k}: value`).join("\n")
      : undefined;
    return fileReview(path, [s], diff ? { diff } : {});
  });
  return review(files);
}

describe("renderComment", () => {
  const body = renderComment(typicalReview(), CTX);

  it("starts with the hidden marker carrying the tag and head SHA", () => {
    expect(body.startsWith(`<!-- modelspec-review tag="default" head="${SHA}" -->\n`)).toBe(true);
    expect(parseCommentMarker(body)).toEqual({ tag: "default", headSha: SHA });
    expect(isOurComment(body, "default")).toBe(true);
    expect(isOurComment(body, "prod")).toBe(false);
    expect(commentMarker("prod")).toBe('<!-- modelspec-review tag="prod" -->');
  });

  it("states the outcome first, one clause per failed gate naming its subjects, then the money", () => {
    expect(body).toContain(
      "## ❌ ModelSpec review failed\n\n- **Rule errors:** <code>chat</code>\n\n💵 **+$13,140/month** (+300%), $4,380 → $17,520 at max replicas\n\n| Spec |",
    );
  });

  it("falls back to the gate's own reason, cut at its first list item, when it names no subjects", () => {
    const r = typicalReview();
    r.conclusion.gates = [
      { gate: "schema-errors", failed: true, reason: "2 schema errors: a.yaml:3 x; b.yaml:4 y" },
    ];
    expect(renderComment(r, CTX)).toContain("- **Invalid spec:** 2 schema errors&#58; a.yaml&#58;3 x\n");
  });

  it("says how many specs could not be priced", () => {
    const r = typicalReview();
    const path = "models/unknown.modelspec.yaml";
    r.files.push(
      fileReview(path, [
        specReview({
          name: "mystery",
          base: side(specDoc("mystery"), estimateFor({ unknown: true })),
          head: side(specDoc("mystery", { max: 3 }), estimateFor({ unknown: true })),
          changes: [
            change({
              key: "scaling.maxReplicas",
              category: "scaling",
              label: "Max replicas",
              before: 2,
              after: 3,
            }),
          ],
        }),
      ]),
    );
    r.summary.specsChanged = 2;
    const b = renderComment(r, CTX);
    expect(b).toContain("at max replicas · 1 of 2 specs not priced: <code>mystery</code>");
    expect(b).toContain(
      "| replicas | 1× h100-sxm-80gb | ❔\u00a0unknown | 1–\u20602\u00a0→\u00a01–\u20603 | — |",
    );
    expect(b).toContain(
      "**Memory per GPU:** ❔ not estimated: the model <code>meta-llama/Llama-3.1-8B-Instruct</code> is not resolved",
    );
  });

  it("has a six-column summary row per spec, governance marked in the change cell", () => {
    expect(body).toContain("| Spec | Change | GPU | Fit (per GPU) | Replicas | Δ\u00a0$/month |\n");
    expect(body).toContain(
      "| <code>chat</code> | resources, governance\u00a0🔓 | 1× → 2× h100-sxm-80gb | ✅\u00a0→\u00a0❌\u00a010.1\u00a0GiB\u00a0short | 1–\u20602\u00a0→\u00a02–\u20604 | +$13,140 |",
    );
    expect(body).toContain("<sub>🔓 governance loosened</sub>");
    // One spec: no totals row repeating it.
    expect(body).not.toContain("| **Total**");
  });

  it("details what changed, memory once with a bar, and the findings", () => {
    expect(body).toContain("<details><summary><strong>chat</strong> · modified · ❌ 10.1 GiB short");
    expect(body).toMatch(/<code>[█▓▒░│]{25}<\/code>/);
    expect(body).toContain("| What changed | Before | After |\n|---|---|---|\n| GPUs per replica | 1 | 2 |");
    expect(body).toContain(
      "| 🔓 PII allowed | <code>false</code> | <code>true</code><br><sub>PII now allowed without a policy</sub> |",
    );
    expect(body).toContain(
      "**Memory per GPU** (2× h100-sxm-80gb, bf16) needs 81.7 GiB, 71.6 GiB usable: ❌ **10.1 GiB short** (was ✅ 45 GiB free on 1× h100-sxm-80gb)",
    );
    // Memory is stated once: no second table of the same figures.
    expect(body.match(/81\.7/g)).toHaveLength(1);
    expect(body).toContain(
      `[line 31](https://github.com/acme/models/blob/${SHA}/models/chat.modelspec.yaml#L31)`,
    );
    expect(body).toContain("↳ Set maxReplicas ≥ minReplicas.");
  });

  it("puts the diff inside the spec's block, leaves the release-notes preview out, ends in two footer lines", () => {
    expect(body).not.toContain("Release notes preview");
    expect(body).toMatch(
      /<details><summary>Diff<\/summary>\n\n```diff\n[\s\S]*?<\/details>\n\n<\/details>\n\n---\n/,
    );
    const footer = body
      .slice(body.indexOf("\n---\n") + 5)
      .trim()
      .split("\n");
    expect(footer).toHaveLength(2);
    expect(footer[0]).toContain("730 h");
    expect(footer[0]).toContain("Prices: aws on-demand from AWS on-demand p5 price list (2026-10-01)");
    expect(footer[0]).toContain(
      `Full report: [check run and job summary](https://github.com/acme/models/commit/${SHA}/checks).`,
    );
    expect(renderComment(typicalReview(), { tag: "default" })).toContain(
      "Full report: the check run and the job summary.",
    );
    expect(footer[1]).toContain("rules: { MS-GOV-002: off }");
    expect(footer[1]).toContain("modelspec-review.piqc.ai/ignore");
  });

  it("links the full report when the adapter knows where it is", () => {
    const b = renderComment(typicalReview(), {
      ...CTX,
      reportUrls: { checkRun: "https://github.com/acme/models/runs/9", jobSummary: "javascript:alert(1)" },
    });
    expect(b).toContain("Full report: [check run](https://github.com/acme/models/runs/9).");
    expect(b).not.toContain("javascript");
  });

  it("lists findings already on the base branch collapsed, under the new ones", () => {
    const r = typicalReview();
    const s = r.files[0]!.specs[0]!;
    s.findings = s.findings.map((f, i) => ({ ...f, baseline: i === 0 ? "new" : "unchanged" }));
    const b = renderComment(r, CTX);
    expect(b).toContain("**New findings**\n\n- ❌ <code>MS-GOV-002</code>");
    expect(b).toContain(
      "<details><summary>1 finding already on the base branch</summary>\n\n- ⚠️ <code>MS-SCALE-001</code>",
    );
    expect(b).toContain("· ❌ 1 new</summary>");
  });

  it("renders as GFM without leaking markdown (tables, details, bars)", () => {
    const html = marked.parse(body, { gfm: true, async: false });
    expect(html.match(/<table>/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
    expect(html).not.toMatch(/\|\s*---/);
    expect(html).not.toContain("**");
  });

  it("is deterministic", () => {
    expect(renderComment(typicalReview(), CTX)).toBe(body);
  });

  it("omits links when the head SHA or repository is unknown", () => {
    const b = renderComment(typicalReview(), { tag: "default" });
    expect(b).toContain("line 31: PII");
    expect(b).not.toContain("/blob/");
    expect(b.startsWith('<!-- modelspec-review tag="default" -->')).toBe(true);
  });
});

describe("no operational change", () => {
  const cosmetic = review([fileReview("models/a.modelspec.yaml", [specReview({ name: "a" })])]);

  it("gives a short comment by default", () => {
    const b = renderComment(cosmetic, CTX);
    expect(b).toContain("✅ **No operational change.** 1 ModelSpec file changed without operational effect");
    expect(b.length).toBeLessThan(600);
    expect(b).not.toContain("<table");
    expect(b).not.toContain("| Spec |");
  });

  it("gives nothing with onNoChange: none", () => {
    expect(renderComment(cosmetic, { ...CTX, onNoChange: "none" })).toBe("");
  });

  it("still reports in full when a cosmetic change carries warnings", () => {
    const path = "models/a.modelspec.yaml";
    const r = review([fileReview(path, [specReview({ name: "a", findings: [finding({ file: path })] })])]);
    expect(renderComment(r, { ...CTX, onNoChange: "none" })).toContain("| Spec |");
  });

  it("leaves non-ModelSpec files out", () => {
    const r = typicalReview();
    r.files.push({ ...fileReview("docs/readme.yaml", []), isModelSpec: false });
    expect(renderComment(r, CTX)).not.toContain("docs/readme");
  });
});

describe("size limit", () => {
  it("keeps 300 changed specs under 65,536 characters and says what it left out", () => {
    const r = manySpecs(300, { bigDiff: true });
    const out = renderCommentDetailed(r, CTX);
    expect(out.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(out.omitted.diffs).toBe(300);
    expect(out.omitted.details).toBeGreaterThan(0);
    expect(out.body).toContain(
      "To stay within GitHub's size limit this report leaves out the unified diffs of 300 files",
    );
    // The one spec with an error is the most important: its details survive.
    expect(out.body).toContain("<details><summary><strong>svc-137</strong>");
    // Every spec still has a row (or is counted in the folded row) and the totals are intact.
    const rows = out.body.match(/^\| <code>svc-\u2060\d+<\/code>/gm)?.length ?? 0;
    const folded = /\| … (\d+) more specs \|/.exec(out.body);
    expect(rows + (folded ? Number(folded[1]) : 0)).toBe(300);
    expect(out.body).toContain("| **Total** (300 specs)");
    const html = marked.parse(out.body, { gfm: true, async: false });
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
  });

  it("drops diffs before any details", () => {
    const r = manySpecs(12, { bigDiff: true });
    const full = renderCommentDetailed(r, CTX, 1_000_000);
    const limit = full.body.length - 2000;
    const out = renderCommentDetailed(r, CTX, limit);
    expect(out.body.length).toBeLessThanOrEqual(limit);
    expect(out.omitted).toEqual({ diffs: 12, details: 0, rows: 0, truncated: false });
    expect(out.body).not.toContain("```diff");
  });

  it("folds table rows and finally cuts, closing what it opened, under tiny limits", () => {
    const r = manySpecs(300);
    for (const limit of [20_000, 4_000]) {
      const out = renderCommentDetailed(r, CTX, limit);
      expect(out.body.length).toBeLessThanOrEqual(limit);
      expect(out.omitted.rows).toBeGreaterThan(0);
      expect(out.body).toContain("leaves out");
    }
  });
});

describe("hostile input", () => {
  it("cannot inject markup, mentions or links through names, labels, values, paths or messages", () => {
    const files = HOSTILE.map((h, i) => {
      const path = `models/${h.replace(/[\r\n/]/g, "")}-${i}.modelspec.yaml`;
      return fileReview(
        path,
        [
          specReview({
            name: h,
            changes: [
              change({
                key: "x",
                label: h,
                before: h,
                after: `${h}!`,
                note: h,
                category: "governance",
                loosensGovernance: true,
              }),
            ],
            findings: [
              finding({ file: path, severity: "error", code: h as FindingCode, message: h, hint: h }),
            ],
            releaseNote: { name: h, kind: "config-only", versionBefore: h, versionAfter: h, changes: [] },
          }),
        ],
        { diff: `--- a/x\n+++ b/x\n+${h}\n+\`\`\`\`\n+</details>` },
      );
    });
    const r = review(files, { gates: [{ gate: "rule-errors", failed: true, reason: HOSTILE.join(" ") }] });
    r.assumptions.push(...HOSTILE);
    r.configFindings.push(
      finding({ file: HOSTILE[0]!, message: HOSTILE[2]!, code: HOSTILE[6] as FindingCode }),
    );
    const body = renderComment(r, { ...CTX, tag: '"--><img src=x>', notices: HOSTILE });
    const html = marked.parse(body, { gfm: true, async: false });
    expect(html).not.toMatch(/<(img|script)\b/i);
    expect(html).not.toMatch(/evil\.example\/phish"/);
    // The only links are ours: line links to the head SHA and the head commit's checks page.
    for (const m of html.matchAll(/<a href="([^"]*)"/g)) {
      expect(m[1]).toMatch(
        new RegExp(`^https://github\\.com/acme/models/(blob/${SHA}/|commit/${SHA}/checks$)`),
      );
    }
    expect(html.match(/<details>/g)?.length).toBe(html.match(/<\/details>/g)?.length);
    const text = html
      .replace(/<pre>[\s\S]*?<\/pre>/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d)));
    expect(text).not.toMatch(/@[A-Za-z0-9]/);
    expect(text).not.toMatch(/https?:\/\/evil/);
    expect(body.split("\n")[0]).toBe(`<!-- modelspec-review tag="_--__img_src_x_" head="${SHA}" -->`);
    // Each summary-table row still has exactly 6 cells.
    const table = html.slice(html.indexOf("<table>"), html.indexOf("</table>"));
    for (const row of table.split("<tr>").slice(2)) expect(row.match(/<td/g)).toHaveLength(6);
  });
});
