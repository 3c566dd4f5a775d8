import { describe, expect, it } from "vitest";
import {
  commentMarker,
  hasMarkerFor,
  isOurComment,
  parseCommentMarker,
  planComment,
  planDedupe,
  withMarker,
  type CommentRequest,
  type MarkedComment,
} from "../../src/core/comment-policy.js";
import type { CommentMode } from "../../src/core/types.js";

const HEAD = "a".repeat(40);
const OLD = "b".repeat(40);
const body = (sha: string, text = "review"): string => `${commentMarker("default", sha)}\n${text}`;
const c = (id: number, sha: string, text?: string): MarkedComment => ({ id, body: body(sha, text) });
const req = (mode: CommentMode, extra: Partial<CommentRequest> = {}): CommentRequest => ({
  issueNumber: 7,
  body: body(HEAD),
  tag: "default",
  headSha: HEAD,
  mode,
  ...extra,
});

describe("the marker (one format, written and read in one place)", () => {
  it.each([
    ['<!-- modelspec-review tag="x" head="abc1234" -->', { tag: "x", headSha: "abc1234" }],
    ["<!-- modelspec-review tag=x sha=deadbeef -->", { tag: "x", headSha: "deadbeef" }],
    ["<!-- modelspec-review -->", { tag: "default", headSha: null }],
    ["text first\n<!-- modelspec-review tag: y -->", { tag: "y", headSha: null }],
    ["no marker", null],
  ])("parses %j", (text, expected) => {
    expect(parseCommentMarker(text)).toEqual(expected);
  });

  it("writes what it reads; tags are sanitised on both sides; withMarker adds one only when missing", () => {
    expect(parseCommentMarker(commentMarker('env "prod" -->', "abc1234"))).toEqual({
      tag: "env__prod__--_",
      headSha: "abc1234",
    });
    expect(hasMarkerFor(commentMarker('env "prod" -->'), 'env "prod" -->')).toBe(true);
    expect(withMarker(body(HEAD), "default", OLD)).toBe(body(HEAD));
    expect(withMarker("plain", "default", HEAD)).toBe(`${commentMarker("default", HEAD)}\nplain`);
    expect(isOurComment({ body: body(HEAD), byBot: false }, "default")).toBe(false);
    expect(isOurComment({ body: body(HEAD), byBot: true }, "default")).toBe(true);
  });
});

describe("planComment", () => {
  const cases: [string, CommentRequest, MarkedComment[], boolean | undefined, unknown][] = [
    ["off never reads or writes", req("off"), [c(1, OLD)], undefined, { do: "nothing", outcome: "off" }],
    [
      "update without a comment creates, then dedupes",
      req("update"),
      [],
      undefined,
      { do: "create", existing: [], then: "dedupe" },
    ],
    [
      "update updates the latest",
      req("update"),
      [c(1, OLD), c(2, OLD)],
      false,
      { do: "update", comment: c(2, OLD) },
    ],
    [
      "a comment of another head: ask whether the head moved",
      req("update"),
      [c(1, OLD)],
      undefined,
      { do: "ask-head" },
    ],
    [
      "the head moved on: stale, nothing written",
      req("update"),
      [c(1, OLD)],
      true,
      { do: "nothing", outcome: "stale", comment: c(1, OLD) },
    ],
    [
      "same head, same body: unchanged (no head lookup)",
      req("update"),
      [c(1, HEAD)],
      undefined,
      { do: "nothing", outcome: "unchanged", comment: c(1, HEAD) },
    ],
    [
      "same head, other body: update without asking",
      req("update"),
      [c(1, HEAD, "older text")],
      undefined,
      { do: "update", comment: c(1, HEAD, "older text") },
    ],
    [
      "new posts, keeping the others",
      req("new"),
      [c(1, OLD)],
      false,
      { do: "create", existing: [c(1, OLD)], then: "nothing" },
    ],
    [
      "hide-and-new posts and hides the latest",
      req("hide-and-new"),
      [c(1, OLD), c(2, OLD)],
      false,
      { do: "create", existing: [c(1, OLD), c(2, OLD)], then: "hide", latest: c(2, OLD) },
    ],
    [
      "hide-and-new without a comment only posts",
      req("hide-and-new"),
      [],
      undefined,
      { do: "create", existing: [], then: "nothing" },
    ],
    [
      "delete-and-new posts and deletes every earlier one",
      req("delete-and-new"),
      [c(1, OLD)],
      false,
      { do: "create", existing: [c(1, OLD)], then: "delete" },
    ],
    [
      "retire without a comment: none, never a new one",
      req("update", { retire: true }),
      [],
      undefined,
      { do: "nothing", outcome: "none" },
    ],
    [
      "retire in update mode updates the comment",
      req("update", { retire: true }),
      [c(1, OLD)],
      false,
      { do: "update", comment: c(1, OLD) },
    ],
    [
      "retire in new mode updates too",
      req("new", { retire: true }),
      [c(1, OLD)],
      false,
      { do: "update", comment: c(1, OLD) },
    ],
    [
      "retire in hide-and-new hides",
      req("hide-and-new", { retire: true }),
      [c(1, OLD)],
      false,
      { do: "hide", comment: c(1, OLD) },
    ],
    [
      "retire in delete-and-new deletes all",
      req("delete-and-new", { retire: true }),
      [c(1, OLD), c(2, OLD)],
      false,
      { do: "delete", comments: [c(1, OLD), c(2, OLD)] },
    ],
    [
      "retire of a stale run leaves the comment",
      req("update", { retire: true }),
      [c(1, OLD)],
      true,
      { do: "nothing", outcome: "stale", comment: c(1, OLD) },
    ],
  ];
  it.each(cases)("%s", (_, request, marked, headMoved, expected) => {
    expect(planComment(request, marked, headMoved)).toEqual(expected);
  });
});

describe("planDedupe (two runs both created a comment in mode update)", () => {
  const cases: [string, MarkedComment[], boolean | undefined, unknown][] = [
    ["ours is the only one: keep", [c(9, HEAD)], undefined, { do: "keep" }],
    ["ours is the oldest: keep", [c(9, HEAD), c(10, HEAD)], undefined, { do: "keep" }],
    [
      "an older one of this head: drop ours, unchanged",
      [c(3, HEAD), c(9, HEAD)],
      undefined,
      { do: "drop-ours", comment: c(3, HEAD), update: false, outcome: "unchanged" },
    ],
    ["an older one of another head: ask", [c(3, OLD), c(9, HEAD)], undefined, { do: "ask-head" }],
    [
      "… still our head: drop ours, update it",
      [c(3, OLD), c(9, HEAD)],
      false,
      { do: "drop-ours", comment: c(3, OLD), update: true },
    ],
    [
      "… the head moved: drop ours, stale",
      [c(3, OLD), c(9, HEAD)],
      true,
      { do: "drop-ours", comment: c(3, OLD), update: false, outcome: "stale" },
    ],
  ];
  it.each(cases)("%s", (_, after, headMoved, expected) => {
    expect(planDedupe(req("update"), { id: 9 }, after, headMoved)).toEqual(expected);
  });
});
