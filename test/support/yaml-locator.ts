/**
 * Test-only YAML → { value, locate } so rule tests can write specs as YAML and assert the line of a
 * finding. (The product uses src/core/parse.ts; this stays independent so rule tests do not depend on it.)
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { Position } from "../../src/core/types.js";

export function yamlDoc(text: string): { value: unknown; locate(pointer: string): Position } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) throw new Error(`bad test YAML: ${doc.errors[0]?.message}`);
  const posOf = (node: Node | null | undefined): Position => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return {
    value: doc.toJS(),
    locate(pointer: string): Position {
      const parts =
        pointer === ""
          ? []
          : pointer
              .slice(1)
              .split("/")
              .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
      let node: Node | null | undefined = doc.contents as Node | null;
      let keyNode: Node | null | undefined = null;
      for (const part of parts) {
        if (isMap(node)) {
          const pair = node.items.find(
            (it) => String((it.key as { value?: unknown } | null)?.value) === part,
          );
          if (!pair) break;
          keyNode = pair.key as Node;
          node = pair.value as Node;
        } else if (isSeq(node)) {
          const item = node.items[Number(part)] as Node | undefined;
          if (!item) break;
          keyNode = item;
          node = item;
        } else break;
      }
      return posOf(keyNode ?? node);
    },
  };
}
