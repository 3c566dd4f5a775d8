/**
 * JSON pointers (RFC 6901), the one implementation every stage shares: the readers locate findings
 * by pointer, the validator names fields by it, the config drops invalid values by it, the diff and
 * drift read values by it. A token escapes `~` as `~0` and `/` as `~1`.
 */

/** One reference token, escaped for a pointer: `a/b` → `a~1b`, `~` → `~0`. */
export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** One escaped reference token read back: `a~1b` → `a/b`. */
export function unescapeToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** RFC 6901 pointer → reference tokens ("" is the root, "/" the empty key). */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "" || pointer === "/") return pointer === "/" ? [""] : [];
  return pointer
    .slice(pointer.startsWith("/") ? 1 : 0)
    .split("/")
    .map(unescapeToken);
}

/** The value at `pointer` inside a parsed document: own members and array items only, else undefined. */
export function valueAt(value: unknown, pointer: string): unknown {
  let cur: unknown = value;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(token)];
    else if (typeof cur === "object" && cur !== null)
      cur = Object.prototype.hasOwnProperty.call(cur, token)
        ? (cur as Record<string, unknown>)[token]
        : undefined;
    else return undefined;
  }
  return cur;
}
