/**
 * The "Release notes preview" section of the PR comment: G's `renderReleaseNotes` markdown inside a
 * collapsed block. The notes are defanged first, because the names, labels, versions and values in
 * them come from the PR author and the comment must stay injection-proof (see escape.ts):
 * strings rendered as inline markdown get `md()`, strings rendered inside code spans lose their
 * backticks (the only character that can end a code span) and line breaks, and get the same
 * zero-width breaks after `@`/`#` and inside URLs.
 */
import type { ReleaseNote, Scalar, SpecChange } from "../types.js";
import { clean, md } from "./escape.js";
import { isCodeSpanChange, renderReleaseNotes } from "./release-notes.js";

/** Values release-notes.ts shows in code spans (its own predicate, so the two never drift). */
const inCodeSpan = isCodeSpanChange;

function codeSafe(s: string): string {
  return clean(s, 120)
    .replace(/`/g, "ʼ")
    .replace(/([@#])/g, "$1\u200b")
    .replace(/:\/\//g, ":\u200b//")
    .replace(/www\./gi, (w) => `${w.slice(0, 3)}\u200b.`);
}

function value(v: Scalar, c: SpecChange): Scalar {
  if (typeof v !== "string") return v;
  return inCodeSpan(c) ? codeSafe(v) : md(v, 120);
}

/** A note whose author-controlled strings are safe to render (also used for release bodies). */
export function defang(n: ReleaseNote): ReleaseNote {
  return {
    ...n,
    name: md(n.name, 120),
    versionBefore: n.versionBefore === null ? null : codeSafe(n.versionBefore),
    versionAfter: n.versionAfter === null ? null : codeSafe(n.versionAfter),
    changes: n.changes.map((c) => ({
      ...c,
      label: md(c.label, 120),
      before: value(c.before, c),
      after: value(c.after, c),
      ...(c.note !== undefined ? { note: md(c.note, 200) } : {}),
      ...(c.unit !== undefined ? { unit: md(c.unit, 20) } : {}),
    })),
  };
}

/** A collapsed "Release notes preview" block for the PR comment; "" without notes. */
export function renderReleaseNotesPreview(notes: ReleaseNote[]): string {
  if (notes.length === 0) return "";
  const body = renderReleaseNotes(notes.map(defang), { format: "markdown", title: null, level: 4 }).trimEnd();
  return `<details><summary>Release notes preview (${notes.length})</summary>\n\n${body}\n\n</details>`;
}
