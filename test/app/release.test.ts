import { describe, expect, it } from "vitest";
import { bodyWithSection, updateDraftReleaseOnPush, type ReleaseDeps } from "../../src/app/release.js";
import { releaseNoteFor } from "../../src/core/diff/release.js";
import { readReleaseSection } from "../../src/core/render/release-section.js";
import { RELEASE_BODY_MAX } from "../../src/github/releases.js";
import { CHAT_FIGURES, chatSpec, side } from "../support/release-fixtures.js";

/** Deps that fail the test on any call: the cases below must decide without GitHub. */
const untouchable: ReleaseDeps = {
  files: { readFiles: () => Promise.reject(new Error("no file read expected")) },
  releases: {
    repo: { owner: "o", repo: "r" },
    listReleases: () => Promise.reject(new Error("no call expected")),
    createRelease: () => Promise.reject(new Error("no call expected")),
    updateRelease: () => Promise.reject(new Error("no call expected")),
    diffTrees: () => Promise.reject(new Error("no call expected")),
  },
};
const sha = (c: string) => c.repeat(40);

describe("updateDraftReleaseOnPush: pushes it ignores without a request", () => {
  it.each([
    [
      "another branch",
      { ref: "refs/heads/feature", before: sha("a"), after: sha("b") },
      /not the default branch/,
    ],
    ["a tag", { ref: "refs/tags/v1", before: sha("0"), after: sha("b") }, /not the default branch/],
    [
      "a branch deletion",
      { ref: "refs/heads/main", before: sha("a"), after: sha("0"), deleted: true },
      /deleted/,
    ],
    ["a branch creation", { ref: "refs/heads/main", before: sha("0"), after: sha("b") }, /created/],
  ])("%s", async (_label, push, reason) => {
    const r = await updateDraftReleaseOnPush(untouchable, { defaultBranch: "main", ...push });
    expect(r.outcome).toBe("ignored");
    expect(r.outcome === "ignored" && r.reason).toMatch(reason);
  });
});

describe("bodyWithSection", () => {
  it("falls back to the short text, then to one sentence, to stay under GitHub's limit", () => {
    const base = side(chatSpec(), CHAT_FIGURES);
    const note = releaseNoteFor("x", null, base, [])!;
    const notes = (n: number) => Array.from({ length: n }, (_, i) => ({ ...note, name: `model-${i}` }));
    // 150 notes: tables too long, the short text fits, the data stays.
    const compact = bodyWithSection("intro", notes(150));
    expect(compact.length).toBeLessThanOrEqual(RELEASE_BODY_MAX);
    expect(compact).not.toContain("| --- |");
    expect(compact).toContain("```text\nNew models:\n- model-0 1.4.0 (new model)");
    expect(readReleaseSection(compact)).toHaveLength(150);
    // 5,000 notes: even the (deflated) data is too long: one sentence, no data (the next push starts afresh).
    const bare = bodyWithSection("intro", notes(5000));
    expect(bare.length).toBeLessThanOrEqual(RELEASE_BODY_MAX);
    expect(bare).toContain("5000 model(s) changed");
    expect(readReleaseSection(bare)).toBeNull();
  });

  it("keeps full tables when they fit", () => {
    const n = releaseNoteFor("chat", side(chatSpec(), CHAT_FIGURES), null, [])!;
    expect(bodyWithSection(null, [n])).toContain("| --- |");
  });
});
