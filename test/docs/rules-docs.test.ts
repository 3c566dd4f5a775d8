import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import { RULES, runRules } from "../../src/core/rules/index.js";
import type { ModelSpec } from "../../src/core/types.js";

const DOC = readFileSync(fileURLToPath(new URL("../../docs/rules.md", import.meta.url)), "utf8");

/** `### MS-…` sections of docs/rules.md, keyed by id. */
function sections(): Map<string, string> {
  const out = new Map<string, string>();
  const parts = DOC.split(/^### /m).slice(1);
  for (const part of parts) {
    const id = part.slice(0, part.indexOf("\n")).trim();
    out.set(id, part.split(/^## /m)[0]!);
  }
  return out;
}

describe("docs/rules.md", () => {
  const docs = sections();

  it("has a section for every rule and no section for a rule that does not exist", () => {
    expect([...docs.keys()].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("lists every rule in the index with its default severity and title", () => {
    for (const r of RULES) {
      expect(DOC).toContain(`| [${r.id}](#${r.docsAnchor}) | ${r.defaultSeverity} | ${r.title} |`);
    }
    const indexRows = DOC.match(/^\| \[MS-[A-Z]+-\d{3}\]/gm) ?? [];
    expect(indexRows.length).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    "%s: title, severity, example, fix and suppression",
    (_id, r) => {
      const text = docs.get(r.id) ?? "";
      expect(text).toContain(`**${r.title}** · default severity: \`${r.defaultSeverity}\``);
      expect(text).toMatch(/^Why: /m);
      expect(text).toMatch(/^Triggers/m);
      expect(text).toMatch(/^Fix: /m);
      expect(text).toMatch(/^Suppress: /m);
      expect(text).toContain(`← ${r.id}`);
    },
  );

  // The examples are real: those that need no estimate must trigger their rule when run.
  const runnable = RULES.filter((r) => !/\(with an estimate/.test(docs.get(r.id) ?? ""));
  it.each(runnable.map((r) => [r.id] as const))("%s: the documented example triggers the rule", (id) => {
    const block = /```yaml\n([\s\S]*?)```/.exec(docs.get(id) ?? "")?.[1];
    expect(block).toBeDefined();
    const spec = parse(block!) as ModelSpec;
    const { findings } = runRules(
      spec,
      null,
      { file: "doc.yaml", locate: () => ({ line: 1, column: 1 }) },
      DEFAULT_CONFIG,
      {
        knownPaths: new Set(),
      },
    );
    expect(findings.map((f) => f.code)).toContain(id);
  });
});
