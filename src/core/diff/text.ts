import { createTwoFilesPatch } from "diff";

/**
 * A unified diff of the spec text (base → head) for the collapsed "raw diff" section of reports.
 * Null when the texts are equal or one side is missing (an added or deleted file has nothing to
 * compare). Trailing-newline-only and CRLF-only differences are not shown.
 */
export function unifiedDiff(
  path: string,
  previousPath: string | undefined,
  base: string | undefined,
  head: string | undefined,
  context = 3,
): string | null {
  if (base === undefined || head === undefined) return null;
  const a = normalise(base);
  const b = normalise(head);
  if (a === b) return null;
  return createTwoFilesPatch(`a/${previousPath ?? path}`, `b/${path}`, a, b, undefined, undefined, {
    context,
  });
}

function normalise(text: string): string {
  const t = text.replace(/\r\n?/g, "\n");
  return t.endsWith("\n") ? t : `${t}\n`;
}
