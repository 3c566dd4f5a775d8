/**
 * Injection through the whole pipeline: hostile strings go into every user-controlled field of a real
 * spec (name, version, description, labels, model id/family, artifact URIs, probe paths, the file path
 * itself), the real `analyse` runs, and every rendered surface — PR comment, check run (title,
 * summary, text, annotations), job summary and release notes — is parsed with `marked` to prove that
 * nothing the author wrote becomes HTML, a link, a mention or an issue reference.
 * Escaping unit tests live in test/core/render/escape.test.ts; this file proves the wiring.
 */
import { readFileSync } from "node:fs";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { mergeConfig } from "../../src/core/config.js";
import { renderCheckRun, renderComment, renderJobSummary } from "../../src/core/render/index.js";
import { renderReleaseNotes } from "../../src/core/render/release-notes.js";
import { analyse } from "../../src/core/review.js";
import { engine } from "../../src/engine.js";
import type { FilePair, RenderContext, Review } from "../../src/core/types.js";
import { HOSTILE } from "../support/hostile.js";
import { GOLDEN_DIR } from "../support/review-cases.js";

const BASE = readFileSync(`${GOLDEN_DIR}/replicas-raised/base.yaml`, "utf8");
const HEAD = readFileSync(`${GOLDEN_DIR}/replicas-raised/head.yaml`, "utf8");
const SHA = "0123456789abcdef0123456789abcdef01234567";
const REPO = "https://github.com/acme/models";
const CTX: RenderContext = { tag: "default", headSha: SHA, repoUrl: REPO };
const config = mergeConfig({
  failOn: { monthlyCostIncreasePct: 5, governanceLoosening: true, breakingChanges: true },
});

/** A YAML double-quoted scalar is a JSON string, so any hostile text lands in the field verbatim. */
const q = (s: string): string => JSON.stringify(s);

/** Replace the value of every line `  <key>: …` (first occurrence per key) with a hostile string. */
function poison(text: string, h: string, bump: string): string {
  const fields = [
    "name",
    "version",
    "description",
    "team",
    "environment",
    "id",
    "family",
    "modelUri",
    "tokenizerUri",
    "path",
    "type",
    "precision",
    "strategy",
  ];
  let out = text;
  for (const key of fields) {
    out = out.replace(new RegExp(`^(\\s*${key}:) .*$`, "m"), `$1 ${q(`${h}${bump}`)}`);
  }
  // An extra hostile label key and value.
  return out.replace(/^(\s*)team:/m, `$1${q(h)}: ${q(h)}\n$1team:`);
}

function hostilePairs(): FilePair[] {
  return HOSTILE.map((h, i) => ({
    path: `models/${h.replace(/[\r\n/]/g, "")} ü ${i}.modelspec.yaml`,
    base: poison(BASE, h, ""),
    head: poison(HEAD, h, " v2"),
  }));
}

function html(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

/** What every markdown surface must satisfy once rendered. */
function expectInert(markdown: string, surface: string): void {
  const out = html(markdown);
  expect(out, surface).not.toMatch(/<(img|script|iframe|style)\b/i);
  expect(out, surface).not.toMatch(/src="[^"]*evil/); // no image from the attacker
  expect(out, surface).not.toMatch(/<!-- hidden -->/);
  // The only links are ours: line links into the repository at the head SHA, the head commit's
  // checks page (the footer's link to the full report) and rule docs anchors.
  const ours = new RegExp(
    `^(${REPO}/blob/${SHA}/|${REPO}/commit/${SHA}/checks$|[\\w./:-]*rules\\.md#ms-[a-z]+-\\d+$)`,
  );
  for (const m of out.matchAll(/<a [^>]*href="([^"]*)"/g)) {
    expect(m[1], `${surface}: link ${m[1]}`).toMatch(ours);
  }
  // GitHub's mention/reference filters run on text outside code: an author's @name or #1 must be
  // broken up (code spans and fenced blocks are never linked by GitHub).
  const text = out
    .replace(/<pre>[\s\S]*?<\/pre>/g, "")
    .replace(/<code>[\s\S]*?<\/code>/g, "")
    .replace(/<[^>]+>/g, "");
  expect(text, surface).not.toMatch(/(^|[^\w\u200b])@octocat\b/);
  expect(text, surface).not.toMatch(/(^|\s)#1\b/);
  expect(out.match(/<details>/g)?.length ?? 0, surface).toBe(out.match(/<\/details>/g)?.length ?? 0);
  expect(markdown, surface).not.toMatch(/\u202e/);
}

describe("hostile strings through analyse and every renderer", () => {
  const review: Review = analyse(hostilePairs(), config);

  it("analyses every hostile file without dropping it", () => {
    expect(review.files).toHaveLength(HOSTILE.length);
    // the poisoned specs are still parsed as ModelSpecs (the attack reaches the renderers)
    const names = review.files.flatMap((f) => f.specs.map((s) => s.name));
    expect(names.some((n) => n.includes("<img"))).toBe(true);
  });

  it("PR comment", () => {
    const body = renderComment(review, { ...CTX, notices: HOSTILE });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expectInert(body, "comment");
  });

  it("check run title, summary, text and annotations", () => {
    const cr = renderCheckRun(review, CTX);
    expectInert(cr.title, "check title");
    expectInert(cr.summary, "check summary");
    expectInert(cr.text, "check text");
    expect(cr.summary.length).toBeLessThanOrEqual(65_535);
    expect(cr.text.length).toBeLessThanOrEqual(65_535);
    for (const batch of cr.annotationBatches) {
      expect(batch.length).toBeLessThanOrEqual(50);
      for (const a of batch) {
        // Annotations are shown verbatim (no markdown), but must carry no invisible/bidi characters
        // and must point at a line inside the file.
        expect(`${a.title ?? ""}${a.message}`).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
        expect(a.start_line).toBeGreaterThanOrEqual(1);
        expect(a.end_line).toBeGreaterThanOrEqual(a.start_line);
      }
    }
  });

  it("job summary", () => {
    const s = renderJobSummary(review, { ...CTX, notices: HOSTILE });
    expectInert(s, "job summary");
  });

  it("release notes as the Action outputs them (markdown, for release bodies)", () => {
    const notes = review.releaseNotes;
    expect(notes.length).toBeGreaterThan(0);
    expectInert(engine.renderReleaseNotes(notes, { format: "markdown" }), "release notes");
    // The raw renderer is not the boundary: proves the test can fail (it did before engine defanged).
    expect(html(renderReleaseNotes(notes, { format: "markdown" }))).toMatch(/<img /);
  });
});
