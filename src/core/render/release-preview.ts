/**
 * The "Release notes preview" section of the PR comment. Until G's `renderReleaseNotes` lands this
 * renders the ReleaseNote values minimally; afterwards it wraps G's markdown in a collapsed block.
 */
import type { ReleaseNote } from "../types.js";
import { code, md } from "./escape.js";

const KIND_TEXT: Record<ReleaseNote["kind"], string> = {
  "new-model": "new model",
  "new-weights": "new weights",
  "re-quantisation": "re-quantisation",
  "config-only": "configuration only",
  retired: "retired",
};

function version(v: string | null): string {
  return v === null ? "—" : code(v, 40);
}

export function renderReleaseNotesPreview(notes: ReleaseNote[]): string {
  if (notes.length === 0) return "";
  const items = notes.map((n) => {
    const lines = n.changes
      .slice(0, 12)
      .map(
        (c) =>
          `  - ${md(c.label, 120)}: ${c.before === null ? "—" : code(c.before, 80)} → ${c.after === null ? "—" : code(c.after, 80)}`,
      );
    const more = n.changes.length > 12 ? [`  - … and ${n.changes.length - 12} more`] : [];
    return [
      `- ${code(n.name, 120)} ${version(n.versionBefore)} → ${version(n.versionAfter)} (${KIND_TEXT[n.kind]})`,
      ...lines,
      ...more,
    ].join("\n");
  });
  return `<details><summary>Release notes preview (${notes.length})</summary>\n\n${items.join("\n")}\n\n</details>`;
}
