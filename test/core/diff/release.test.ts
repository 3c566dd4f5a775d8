import { describe, expect, it } from "vitest";
import { classifyRelease, releaseNoteFor } from "../../../src/core/diff/release.js";
import type { SpecChange, SpecSide } from "../../../src/core/types.js";
import { CHAT_FIGURES, chatSpec, side } from "../../support/release-fixtures.js";

const base = side(chatSpec(), CHAT_FIGURES);

describe("classifyRelease", () => {
  const cases: { name: string; base: SpecSide | null; head: SpecSide | null; kind: string | null }[] = [
    { name: "added spec", base: null, head: base, kind: "new-model" },
    { name: "deleted spec", base, head: null, kind: "retired" },
    { name: "nothing changed", base, head: side(chatSpec(), CHAT_FIGURES), kind: null },
    {
      name: "model id changed",
      base,
      head: side(chatSpec((s) => (s.spec!.identity!.model!.id = "meta-llama/Llama-3.1-70B-Instruct"))),
      kind: "new-model",
    },
    {
      name: "precision changed (weights URI too)",
      base,
      head: side(
        chatSpec((s) => {
          s.spec!.identity!.model!.precision = "fp8";
          s.spec!.identity!.model!.artifacts!.modelUri = "s3://models/llama-3.1-8b-instruct/fp8/";
        }),
      ),
      kind: "re-quantisation",
    },
    {
      name: "weights URI changed",
      base,
      head: side(
        chatSpec((s) => (s.spec!.identity!.model!.artifacts!.modelUri = "s3://models/x/weights-2024-09/")),
      ),
      kind: "new-weights",
    },
    {
      name: "tokenizer URI changed",
      base,
      head: side(
        chatSpec((s) => (s.spec!.identity!.model!.artifacts!.tokenizerUri = "s3://models/x/tok-2/")),
      ),
      kind: "new-weights",
    },
    {
      name: "only metadata.version changed",
      base,
      head: side(chatSpec((s) => (s.metadata!.version = "1.4.1"))),
      kind: "config-only",
    },
    {
      name: "precision differs only in case",
      base,
      head: side(chatSpec((s) => (s.spec!.identity!.model!.precision = "BF16"))),
      kind: null,
    },
    {
      name: "replicas changed without a version bump",
      base,
      head: side(chatSpec((s) => (s.spec!.operations!.scaling!.maxReplicas = 8))),
      kind: null,
    },
    {
      name: "head no longer parses (spec null): not a retirement",
      base,
      head: { spec: null, valid: false, estimate: null },
      kind: null,
    },
    {
      name: "added but unreadable",
      base: null,
      head: { spec: null, valid: false, estimate: null },
      kind: null,
    },
  ];
  it.each(cases)("$name → $kind", ({ base: b, head: h, kind }) => {
    expect(classifyRelease(b, h)).toBe(kind);
  });
});

describe("releaseNoteFor", () => {
  it("returns null when no version changed, unless asked to include unversioned changes", () => {
    const head = side(
      chatSpec((s) => (s.spec!.operations!.scaling!.maxReplicas = 8)),
      { ...CHAT_FIGURES, monthlyMax: 10512 },
    );
    expect(releaseNoteFor("support-chat", base, head, [])).toBeNull();
    const note = releaseNoteFor("support-chat", base, head, [], { includeUnversioned: true });
    expect(note?.kind).toBe("config-only");
    expect(note?.versionBefore).toBe("1.4.0");
    expect(note?.versionAfter).toBe("1.4.0");
    expect(note?.changes.map((c) => c.key)).toEqual(["scaling.maxReplicas", "cost.monthlyAtMax"]);
    expect(note?.changes[1]).toMatchObject({ before: 5256, after: 10512, delta: { abs: 5256, pct: 100 } });
    // Nothing at all changed: no note even with includeUnversioned.
    expect(
      releaseNoteFor("x", base, side(chatSpec(), CHAT_FIGURES), [], { includeUnversioned: true }),
    ).toBeNull();
  });

  it("keeps the diff's lines (they win over computed ones) and drops categories a note does not describe", () => {
    const head = side(
      chatSpec((s) => (s.metadata!.version = "1.5.0")),
      { ...CHAT_FIGURES, monthlyMin: 2628 },
    );
    const diff: SpecChange[] = [
      {
        category: "cost",
        key: "cost.monthlyAtMin",
        label: "Monthly cost (min replicas) from the diff",
        before: 1314,
        after: 2628,
        severity: "risky",
        delta: { abs: 1314, pct: 100 },
        unit: "USD/month",
      },
      {
        category: "observability",
        key: "observability.logging.level",
        label: "Log level",
        before: "info",
        after: "debug",
        severity: "info",
      },
      {
        category: "serving",
        key: "serving.timeoutSeconds",
        label: "Request timeout",
        before: 30,
        after: 60,
        severity: "info",
      },
      {
        category: "serving",
        key: "serving.sloLatencyMs",
        label: "SLO latency",
        before: 500,
        after: 400,
        severity: "info",
      },
      {
        category: "identity",
        key: "identity.model.family",
        label: "Family",
        before: "a",
        after: "a",
        severity: "info",
      },
    ];
    const note = releaseNoteFor("support-chat", base, head, diff)!;
    expect(note.kind).toBe("config-only");
    expect(note.changes.map((c) => c.label)).toEqual([
      "Monthly cost (min replicas) from the diff",
      "SLO latency",
    ]);
  });

  it("lists every known fact of an added spec (before null) and of a deleted one (after null)", () => {
    const added = releaseNoteFor("support-chat", null, base, [])!;
    expect(added.kind).toBe("new-model");
    expect(added.versionBefore).toBeNull();
    expect(added.versionAfter).toBe("1.4.0");
    expect(added.changes.every((c) => c.before === null && c.after !== null)).toBe(true);
    expect(added.changes.map((c) => c.key)).toContain("resources.verdict");
    const retired = releaseNoteFor("support-chat", base, null, [])!;
    expect(retired.kind).toBe("retired");
    expect(retired.versionAfter).toBeNull();
    expect(retired.changes.every((c) => c.after === null)).toBe(true);
    expect(retired.changes.length).toBe(added.changes.length);
  });

  it("marks a verdict that stops fitting as breaking and PII allowed as loosening governance", () => {
    const head = side(
      chatSpec((s) => {
        s.spec!.identity!.model!.precision = "fp32";
        s.spec!.governance!.compliance!.pii = { allowed: true };
      }),
      { ...CHAT_FIGURES, totalGiB: 75.1, verdict: "does-not-fit" },
    );
    const note = releaseNoteFor("support-chat", base, head, [])!;
    expect(note.kind).toBe("re-quantisation");
    const by = new Map(note.changes.map((c) => [c.key, c]));
    expect(by.get("resources.verdict")).toMatchObject({
      severity: "breaking",
      before: "fits",
      after: "does-not-fit",
    });
    expect(by.get("governance.pii.allowed")).toMatchObject({ loosensGovernance: true, severity: "risky" });
    expect(by.get("governance.pii.policy")).toMatchObject({ loosensGovernance: true, after: null });
    expect(by.get("resources.memory.requiredGiB")?.delta).toEqual({ abs: 55.5, pct: 283.2 });
  });

  it("never throws on odd input (numbers as versions, empty sides, missing estimates)", () => {
    const weird = side({ metadata: { version: 2 as unknown as string }, spec: {} });
    expect(() => releaseNoteFor("w", weird, side({ metadata: { version: "3" } }), [])).not.toThrow();
    expect(releaseNoteFor("w", weird, side({ metadata: { version: "3" } }), [])).toMatchObject({
      kind: "config-only",
      versionBefore: "2",
      versionAfter: "3",
      changes: [],
    });
    expect(releaseNoteFor("none", null, null, [])).toBeNull();
  });
});
