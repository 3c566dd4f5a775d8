import { describe, expect, it } from "vitest";
import { mergeReleaseNotes, releaseNoteFor } from "../../../src/core/diff/release.js";
import {
  SECTION_END,
  SECTION_START,
  readReleaseSection,
  renderReleaseSection,
  upsertReleaseSection,
} from "../../../src/core/render/release-section.js";
import type { ReleaseNote } from "../../../src/core/types.js";
import { CHAT_FIGURES, chatSpec, side } from "../../support/release-fixtures.js";

const v140 = side(chatSpec(), CHAT_FIGURES);
const v150 = side(
  chatSpec((s) => {
    s.metadata!.version = "1.5.0";
    s.spec!.identity!.model!.artifacts!.modelUri = "s3://models/llama/weights-b/";
  }),
  CHAT_FIGURES,
);
const v160 = side(
  chatSpec((s) => {
    s.metadata!.version = "1.6.0";
    s.spec!.identity!.model!.artifacts!.modelUri = "s3://models/llama/weights-b/";
    s.spec!.identity!.model!.precision = "fp8";
    s.spec!.operations!.scaling!.maxReplicas = 8;
  }),
  { ...CHAT_FIGURES, totalGiB: 11.4, monthlyMax: 10512 },
);
const note = (name: string, b: typeof v140 | null, h: typeof v140 | null): ReleaseNote =>
  releaseNoteFor(name, b, h, [])!;

describe("mergeReleaseNotes", () => {
  it("describes the net change of two consecutive ranges", () => {
    const [m] = mergeReleaseNotes([note("chat", v140, v150)], [note("chat", v150, v160)]);
    expect(m).toEqual(note("chat", v140, v160));
    expect(m!.kind).toBe("re-quantisation");
    expect(m!.versionBefore).toBe("1.4.0");
    expect(m!.versionAfter).toBe("1.6.0");
  });

  it("is idempotent: merging a range with itself changes nothing (replayed webhooks)", () => {
    const once = mergeReleaseNotes([note("chat", v140, v150)], [note("chat", v150, v160)]);
    expect(mergeReleaseNotes(once, [note("chat", v150, v160)])).toEqual(once);
  });

  it("drops lines that end where they started and specs added then retired", () => {
    const there = note("chat", v150, v140); // back to the old weights
    const [m] = mergeReleaseNotes([note("chat", v140, v150)], [there]);
    expect(m!.changes).toEqual([]);
    expect(mergeReleaseNotes([note("new", null, v140)], [note("new", v140, null)])).toEqual([]);
  });

  it("keeps an added spec a new model while later pushes edit it", () => {
    const [m] = mergeReleaseNotes([note("chat", null, v140)], [note("chat", v140, v160)]);
    expect(m!.kind).toBe("new-model");
    expect(m!.versionBefore).toBeNull();
    expect(m!.versionAfter).toBe("1.6.0");
    expect(m!.changes.find((c) => c.key === "identity.model.precision")).toMatchObject({
      before: null,
      after: "fp8",
    });
  });

  it("keeps unrelated specs side by side, sorted by name", () => {
    const out = mergeReleaseNotes([note("b", v140, v150)], [note("a", null, v140)]);
    expect(out.map((n) => n.name)).toEqual(["a", "b"]);
  });
});

describe("release body section", () => {
  const human = "## What's changed\n\n- Faster tokenizer (#12) @octocat\n";

  it("appends a section once and replaces it in place afterwards, leaving the rest untouched", () => {
    const first = upsertReleaseSection(human, [note("chat", v140, v150)]);
    expect(first.startsWith(human.trimEnd() + "\n\n" + SECTION_START)).toBe(true);
    const edited = first.replace("## What's changed", "## What's changed (edited by a person)");
    const second = upsertReleaseSection(edited, [note("chat", v140, v160)]);
    expect(second.split(SECTION_START)).toHaveLength(2);
    expect(second.split(SECTION_END)).toHaveLength(2);
    expect(second).toContain("(edited by a person)");
    expect(second).toContain("re-quantisation");
    expect(second).not.toContain("· new weights");
  });

  it("round-trips the notes through the hidden data", () => {
    const notes = [note("chat", v140, v160), note("new", null, v140)];
    expect(readReleaseSection(upsertReleaseSection(null, notes))).toEqual(notes);
    expect(readReleaseSection(human)).toEqual([]);
    expect(readReleaseSection(null)).toEqual([]);
  });

  it("reports an unreadable section as null (then the caller rewrites it)", () => {
    const broken = renderReleaseSection([note("chat", v140, v150)]).replace(
      /notes [A-Za-z0-9+/=]+/,
      "notes !!",
    );
    expect(readReleaseSection(broken)).toBeNull();
    const garbage = `${SECTION_START}\n<!-- modelspec-review:notes ${Buffer.from("{").toString("base64")} -->\n${SECTION_END}`;
    expect(readReleaseSection(garbage)).toBeNull();
  });

  it("starts a body from nothing", () => {
    const body = upsertReleaseSection("", []);
    expect(body).toMatch(
      /^<!-- modelspec-review:model-changes:start -->\n<!-- modelspec-review:notes .* -->\n## Model changes\n\n_No model version changes._\n<!-- modelspec-review:model-changes:end -->\n$/,
    );
  });
});
