/**
 * Escaping for every user-controlled string that reaches a report (spec names, labels, paths, values,
 * finding messages, hints, gate reasons, assumptions).
 *
 * The threat model: a PR author controls the YAML, so any of those strings may try to break the
 * markdown (tables, emphasis, headings), open raw HTML (`<img onerror>`, `</details>`), ping people
 * (`@org/team`), reference issues (`#1`), inject links (`[x](https://…)`, bare `https://…`,
 * `www.…`), render math (`$…$`), smuggle bidi overrides (Trojan Source) or blow the size budget.
 *
 * `md()` neutralises all of that with one encoding that is valid in *both* contexts we emit:
 * markdown inline text (table cells included) and the inside of HTML blocks such as `<summary>`,
 * where backslash escapes would show literally. ASCII punctuation that markdown or HTML could act
 * on becomes a numeric character reference (decoded to a literal character, never to syntax), and
 * a zero-width space is placed after `@` and `#` and inside `://` / `www.` so GitHub's mention,
 * issue-reference and autolink filters, which run on the rendered text, find nothing to act on.
 */

import type { RenderContext } from "../types.js";

const ZWSP = "\u200b";

/** Characters markdown (CommonMark + GFM + GitHub math) or HTML could interpret. */
const ENCODE = new Set([..."\\`*_{}[]()<>#+!|~$&\"'=^:@"]);

/**
 * C0/C1 controls, bidi embeddings/overrides/isolates, zero-width joiners and the BOM:
 * replaced by U+FFFD so they can neither hide nor reorder text.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Default cap for one user string inside a report (keeps hostile 1 MB names from eating the budget). */
export const MAX_INLINE = 300;

/** Strip invisible/control characters, fold newlines to spaces and cap the length. */
export function clean(value: unknown, max = MAX_INLINE): string {
  const s = String(value ?? "")
    .replace(/\r\n?|\n|\t/g, " ")
    .replace(INVISIBLE, "\ufffd");
  return truncate(s, max);
}

/** Truncate to `max` UTF-16 units without splitting a surrogate pair, marking the cut with "…". */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = Math.max(0, max - 1);
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return s.slice(0, cut) + "…";
}

/** Escape user text for markdown and HTML-block contexts (see the module comment). */
export function md(value: unknown, max = MAX_INLINE): string {
  const s = clean(value, max);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ENCODE.has(ch)) {
      out += `&#${ch.charCodeAt(0)};`;
      if (ch === "@" || ch === "#") out += ZWSP;
      else if (ch === ":" && s.startsWith("//", i + 1)) out += ZWSP;
    } else if (ch === "." && /www$/i.test(s.slice(Math.max(0, i - 3), i))) {
      out += ZWSP + ".";
    } else {
      out += ch;
    }
  }
  return out;
}

/** User text shown as an identifier in monospace: `<code>` with `md()` content (safe in tables and HTML). */
export function code(value: unknown, max = MAX_INLINE): string {
  return `<code>${md(value, max)}</code>`;
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function fence(content: string, info = ""): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const f = "`".repeat(Math.max(3, longest + 1));
  const body = content.replace(INVISIBLE, (c) => (c === "\t" ? c : "\ufffd"));
  return `${f}${info}\n${body}${body.endsWith("\n") ? "" : "\n"}${f}`;
}

/** Plain text for places GitHub shows verbatim (annotation title/message): no markup, just cleaned. */
export function plain(value: unknown, max = 2000): string {
  const s = String(value ?? "").replace(INVISIBLE, "\ufffd");
  return truncate(s, max);
}

/** Percent-encode a repository path for a blob URL, segment by segment (parentheses too). */
export function encodePath(path: string): string {
  return path
    .split("/")
    .map((seg) =>
      encodeURIComponent(seg).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join("/");
}

/**
 * A link to `line` of `path` at the head commit (`label` as its text), or the bare label when the
 * context has no valid head SHA or repository URL, or the line is unknown.
 */
export function lineLink(path: string, line: number, ctx: RenderContext, label = `line ${line}`): string {
  const sha = ctx.headSha && /^[0-9a-f]{7,64}$/i.test(ctx.headSha) ? ctx.headSha : null;
  const repo =
    ctx.repoUrl && /^https?:\/\/[^\s()<>]+$/.test(ctx.repoUrl) ? ctx.repoUrl.replace(/\/+$/, "") : null;
  if (!sha || !repo || line < 1) return label;
  return `[${label}](${repo}/blob/${sha}/${encodePath(path)}#L${line})`;
}

/**
 * Escape a value for a GitHub workflow command (`::error file=…,line=…::message`).
 * Message data: `%`, `\r`, `\n`. Property values additionally `:` and `,`
 * (actions/toolkit `escapeData` / `escapeProperty`).
 */
export function escapeCommandData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escape a value for a workflow command property (`file=…,line=…`): the data escapes plus `:` and `,`. */
export function escapeCommandProperty(s: string): string {
  return escapeCommandData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Tag for the hidden marker: limited to characters that cannot end an HTML comment or attribute. */
export function safeTag(tag: string): string {
  const t = tag.replace(/[^A-Za-z0-9._/-]/g, "_").slice(0, 100);
  return t.length > 0 ? t : "default";
}
