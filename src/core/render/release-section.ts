/**
 * The "Model changes" section of a release body: rendered release notes between two hidden markers,
 * plus the notes themselves as data (base64 JSON in an HTML comment) so a later push can merge its
 * notes with the ones already there instead of appending a second section.
 *
 * Everything outside the markers (what people or release-drafter wrote) is left byte for byte.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { ReleaseNote } from "../types.js";
import { renderReleaseNotes } from "./release-notes.js";
import { defang } from "./release-preview.js";

/** Marker that opens the model-changes section of a release body. */
export const SECTION_START = "<!-- modelspec-review:model-changes:start -->";
/** Marker that closes the model-changes section of a release body. */
export const SECTION_END = "<!-- modelspec-review:model-changes:end -->";
const DATA_RE = /<!-- modelspec-review:notes (z:)?([A-Za-z0-9+/=]*) -->/;

/** Deflated JSON in base64 (`z:` prefix): notes repeat their keys, so this is ~10× smaller. */
function encode(notes: readonly ReleaseNote[]): string {
  return "z:" + deflateRawSync(Buffer.from(JSON.stringify({ v: 1, notes }), "utf8")).toString("base64");
}

function decode(zipped: boolean, b64: string): string {
  const raw = Buffer.from(b64, "base64");
  return (zipped ? inflateRawSync(raw) : raw).toString("utf8");
}

function isNote(v: unknown): v is ReleaseNote {
  const n = v as Partial<ReleaseNote> | null;
  return (
    typeof n === "object" &&
    n !== null &&
    typeof n.name === "string" &&
    typeof n.kind === "string" &&
    Array.isArray(n.changes)
  );
}

function sectionBounds(body: string): { start: number; end: number } | null {
  const start = body.indexOf(SECTION_START);
  if (start === -1) return null;
  const endMarker = body.indexOf(SECTION_END, start);
  if (endMarker === -1) return null;
  return { start, end: endMarker + SECTION_END.length };
}

/**
 * The notes a release body's section already holds: [] when there is no section, null when there is
 * one whose data cannot be read (hand-edited): the caller then replaces it with the new notes only.
 */
export function readReleaseSection(body: string | null): ReleaseNote[] | null {
  if (!body) return [];
  const b = sectionBounds(body);
  if (!b) return [];
  const m = DATA_RE.exec(body.slice(b.start, b.end));
  if (!m) return null;
  try {
    const parsed = JSON.parse(decode(m[1] !== undefined, m[2]!)) as {
      v?: unknown;
      notes?: unknown;
    };
    if (parsed.v !== 1 || !Array.isArray(parsed.notes) || !parsed.notes.every(isNote)) return null;
    return parsed.notes;
  } catch {
    return null;
  }
}

/**
 * How much the section shows: `full` tables, `compact` (the short text variant, for bodies near
 * GitHub's limit), `minimal` (one sentence, data kept) or `bare` (one sentence, no data).
 */
export type SectionStyle = "full" | "compact" | "minimal" | "bare";

/** The section for these notes (markers, data, rendered notes). */
export function renderReleaseSection(notes: readonly ReleaseNote[], style: SectionStyle = "full"): string {
  // Names, versions and values come from spec authors: render them defanged (no mentions, links or
  // HTML in a release body); the data comment keeps the notes as they are.
  const safe = notes.map(defang);
  let shown: string;
  if (style === "full") {
    shown = renderReleaseNotes(safe, { format: "markdown", title: "Model changes", level: 2 }).trimEnd();
  } else if (style === "compact") {
    const text = renderReleaseNotes(notes, { format: "text", title: null }).trimEnd(); // inside a code fence: inert
    shown = "## Model changes\n\n```text\n" + text.replace(/```/g, "'''") + "\n```";
  } else {
    shown =
      `## Model changes\n\n${notes.length} model(s) changed: the list is too long for a release body ` +
      "(run `modelspec-review release-notes` for it).";
  }
  // `bare` drops the data too (hundreds of notes): the next push then starts the section afresh.
  const data = style === "bare" ? "" : `<!-- modelspec-review:notes ${encode(notes)} -->\n`;
  return `${SECTION_START}\n${data}${shown}\n${SECTION_END}`;
}

/** The body with its section replaced by one for `notes` (appended after a blank line when absent). */
export function upsertReleaseSection(
  body: string | null,
  notes: readonly ReleaseNote[],
  style: SectionStyle = "full",
): string {
  const section = renderReleaseSection(notes, style);
  const text = body ?? "";
  const b = sectionBounds(text);
  if (b) return text.slice(0, b.start) + section + text.slice(b.end);
  const trimmed = text.trimEnd();
  return trimmed === "" ? `${section}\n` : `${trimmed}\n\n${section}\n`;
}
