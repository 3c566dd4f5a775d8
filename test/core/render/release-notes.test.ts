import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { marked } from "marked";
import { releaseNoteFor } from "../../../src/core/diff/release.js";
import { formatDelta, formatUsd, renderReleaseNotes } from "../../../src/core/render/release-notes.js";
import type { ReleaseNote, SpecSide } from "../../../src/core/types.js";
import { expectGolden } from "../../support/golden.js";
import { CHAT_FIGURES, chatSpec, side } from "../../support/release-fixtures.js";

const GOLDEN = join(import.meta.dirname, "../../golden/release-notes");
const base = side(chatSpec(), CHAT_FIGURES);

/** One case per bump kind: the golden files show what a model owner reads. */
const CASES: { kind: string; name: string; base: SpecSide | null; head: SpecSide | null }[] = [
  { kind: "new-model", name: "support-chat", base: null, head: base },
  {
    kind: "new-model-id-change",
    name: "support-chat",
    base,
    head: side(
      chatSpec((s) => {
        s.metadata!.version = "2.0.0";
        s.spec!.identity!.model!.id = "meta-llama/Llama-3.1-70B-Instruct";
        s.spec!.identity!.model!.artifacts = {
          modelUri: "s3://models/llama-3.1-70b-instruct/weights-2024-07/",
        };
        s.spec!.runtime!.accelerator = { vendor: "nvidia", type: "h100-80gb", count: 4 };
      }),
      {
        gpu: "h100-80gb",
        count: 4,
        totalGiB: 61.8,
        verdict: "tight",
        monthlyMin: 11680,
        monthlyMax: 46720,
        per1k: 0.0049,
      },
    ),
  },
  {
    kind: "new-weights",
    name: "support-chat",
    base,
    head: side(
      chatSpec((s) => {
        s.metadata!.version = "1.5.0";
        s.spec!.identity!.model!.artifacts!.modelUri = "s3://models/llama-3.1-8b-instruct/weights-2024-09/";
      }),
      CHAT_FIGURES,
    ),
  },
  {
    kind: "re-quantisation",
    name: "support-chat",
    base,
    head: side(
      chatSpec((s) => {
        s.metadata!.version = "1.5.0";
        s.spec!.identity!.model!.precision = "fp8";
        s.spec!.identity!.model!.artifacts!.modelUri = "s3://models/llama-3.1-8b-instruct/fp8-dynamic/";
        s.spec!.operations!.scaling!.targetLatencyMsP95 = 700;
      }),
      { ...CHAT_FIGURES, totalGiB: 11.4, per1k: 0.00042 },
    ),
  },
  {
    kind: "config-only",
    name: "support-chat",
    base,
    head: side(
      chatSpec((s) => {
        s.metadata!.version = "1.4.1";
        s.spec!.operations!.scaling!.minReplicas = 2;
        s.spec!.operations!.scaling!.maxReplicas = 6;
        s.spec!.governance!.compliance!.retention!.logsDays = 30;
      }),
      { ...CHAT_FIGURES, monthlyMin: 2628, monthlyMax: 7884 },
    ),
  },
  {
    kind: "config-only-version-only",
    name: "support-chat",
    base,
    head: side(
      chatSpec((s) => (s.metadata!.version = "1.4.1")),
      CHAT_FIGURES,
    ),
  },
  { kind: "retired", name: "support-chat", base, head: null },
];

const noteOf = (c: (typeof CASES)[number]): ReleaseNote => {
  const n = releaseNoteFor(c.name, c.base, c.head, []);
  if (!n) throw new Error(`no note for ${c.kind}`);
  return n;
};

describe("renderReleaseNotes: one golden per bump kind", () => {
  it.each(CASES)("$kind", (c) => {
    const note = noteOf(c);
    expect(note.kind).toBe(c.kind.replace(/-(id-change|version-only)$/, ""));
    expectGolden(join(GOLDEN, c.kind, "notes.md"), renderReleaseNotes([note], { format: "markdown" }));
    expectGolden(join(GOLDEN, c.kind, "notes.txt"), renderReleaseNotes([note], { format: "text" }));
    expectGolden(join(GOLDEN, c.kind, "notes.json"), renderReleaseNotes([note], { format: "json" }));
  });
});

describe("renderReleaseNotes: grouping", () => {
  const notes = [
    { ...noteOf(CASES[4]!), name: "zeta-config" },
    { ...noteOf(CASES[6]!), name: "old-summariser" },
    { ...noteOf(CASES[2]!), name: "b-weights" },
    { ...noteOf(CASES[0]!), name: "new-embedder" },
    { ...noteOf(CASES[3]!), name: "a-quantised" },
  ];

  it("orders groups as release-drafter does (new, bumps, retired, operational) and models by name", () => {
    const md = renderReleaseNotes(notes, { format: "markdown" });
    expectGolden(join(GOLDEN, "all-groups", "notes.md"), md);
    const headings = md.split("\n").filter((l) => l.startsWith("#"));
    expect(headings.map((h) => h.replace(/ `.*$| ·.*$/, ""))).toEqual([
      "## Model changes",
      "### New models",
      "#### new-embedder",
      "### Version bumps",
      "#### a-quantised",
      "#### b-weights",
      "### Retired models",
      "#### old-summariser",
      "### Operational changes",
      "#### zeta-config",
    ]);
    expectGolden(join(GOLDEN, "all-groups", "notes.txt"), renderReleaseNotes(notes, { format: "text" }));
  });

  it("is valid markdown whose tables parse with one row per change", () => {
    const md = renderReleaseNotes([noteOf(CASES[3]!)], { format: "markdown" });
    const tokens = marked.lexer(md);
    const table = tokens.find((t) => t.type === "table") as { rows: unknown[] } | undefined;
    expect(table?.rows).toHaveLength(noteOf(CASES[3]!).changes.length);
  });

  it("can leave the title out and start deeper (for the PR comment's preview section)", () => {
    const md = renderReleaseNotes([noteOf(CASES[2]!)], { format: "markdown", title: null, level: 4 });
    expect(md.startsWith("#### Version bumps\n\n##### support-chat")).toBe(true);
  });

  it("says so when there is nothing to announce", () => {
    expect(renderReleaseNotes([], { format: "markdown" })).toBe(
      "## Model changes\n\n_No model version changes._\n",
    );
    expect(renderReleaseNotes([], { format: "text" })).toBe("Model changes\nNo model version changes.\n");
    expect(JSON.parse(renderReleaseNotes([], { format: "json" }))).toEqual({
      schemaVersion: 1,
      newModels: [],
      versionBumps: [],
      retiredModels: [],
      operationalChanges: [],
    });
  });

  it("escapes pipes in values so a table row cannot break", () => {
    const n = noteOf(CASES[2]!);
    const evil: ReleaseNote = {
      ...n,
      name: "a|b",
      changes: [{ ...n.changes[0]!, after: "s3://x|y`z" }],
    };
    const md = renderReleaseNotes([evil], { format: "markdown" });
    const table = marked.lexer(md).find((t) => t.type === "table") as { rows: unknown[][] } | undefined;
    expect(table?.rows[0]).toHaveLength(4);
  });
});

describe("formatting", () => {
  it.each([
    [5256, "$5,256"],
    [99.5, "$99.50"],
    [0.00061, "$0.00061"],
    [0.0123, "$0.01"],
    [0, "$0.00"],
    [-730, "-$730"],
  ])("formatUsd(%s) = %s", (n, s) => {
    expect(formatUsd(n)).toBe(s);
  });

  it("formats deltas with sign, unit and percentage", () => {
    const c = { category: "cost", key: "k", label: "l", severity: "info", unit: "USD/month" } as const;
    expect(formatDelta({ ...c, before: 1000, after: 1250, delta: { abs: 250, pct: 25 } })).toBe(
      "+$250 (+25%)",
    );
    expect(formatDelta({ ...c, before: 1000, after: 500, delta: { abs: -500, pct: -50 } })).toBe(
      "−$500 (−50%)",
    );
    expect(formatDelta({ ...c, before: null, after: 5 })).toBe("new");
    expect(formatDelta({ ...c, before: 5, after: null })).toBe("removed");
  });
});
