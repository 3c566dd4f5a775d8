import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DRIFT_CODES, DRIFT_FIELDS, ENGINE_FLAGS } from "../../src/core/drift/index.js";
import { VALUES_SETTINGS } from "../../src/core/drift/values.js";

const DOC = fileURLToPath(new URL("../../docs/drift.md", import.meta.url));

describe("docs/drift.md", () => {
  const doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
  it.each(DRIFT_FIELDS.map((f) => [f.id, f.specPointer] as const))("documents field %s", (id, pointer) => {
    expect(doc).toContain(`| \`${id}\``);
    expect(doc).toContain(pointer.split("/").slice(2).join("."));
  });
  it.each([...DRIFT_CODES].filter((c) => !DRIFT_FIELDS.some((f) => `drift/${f.id}` === c)))(
    "documents code %s",
    (code) => {
      expect(doc).toContain(`\`${code}\``);
    },
  );
  it.each(
    Object.entries(ENGINE_FLAGS).flatMap(([engine, defs]) =>
      defs.flatMap((d) => [...d.flags, ...(d.env ?? [])].map((f) => [engine, f] as const)),
    ),
  )("documents %s %s", (_engine, flag) => {
    expect(doc).toContain(`\`${flag}\``);
  });
  it.each([...VALUES_SETTINGS])("documents values setting %s", (s) => {
    expect(doc).toContain(`\`${s}\``);
  });
});
