import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIELDS } from "../../src/core/diff/index.js";
import { CONFIG_SCHEMA } from "../../src/core/schema/config.v1.js";
import type { GateId } from "../../src/core/types.js";

const doc = readFileSync(new URL("../../docs/review.md", import.meta.url), "utf8");

describe("docs/review.md", () => {
  it.each(FIELDS.map((f) => [f.key, f.label, f.headline ?? false] as const))(
    "documents change key %s",
    (key, label, headline) => {
      const row = doc.split("\n").find((l) => l.startsWith(`| \`${key}\``));
      expect(row, `no table row for ${key}`).toBeDefined();
      expect(row).toContain(label.replace(" (`metadata.version`)", ""));
      expect(row!.includes("●")).toBe(headline);
    },
  );
  it.each<GateId>([
    "schema-errors",
    "rule-errors",
    "does-not-fit",
    "monthly-cost-increase-usd",
    "monthly-cost-increase-pct",
    "governance-loosening",
    "breaking-changes",
    "config-errors",
    "drift",
    "runtime-drift",
  ])("documents gate %s", (gate) => {
    expect(doc).toContain(`| \`${gate}\``);
  });
  it.each(Object.keys(CONFIG_SCHEMA.properties).filter((k) => k !== "$schema"))(
    "shows config key %s",
    (key) => {
      expect(doc).toMatch(new RegExp(`^${key.replace("$", "\\$")}:`, "m"));
    },
  );
});
