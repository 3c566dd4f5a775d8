import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, mergeConfig, parseConfig } from "../../src/core/config.js";
import { CONFIG_SCHEMA } from "../../src/core/schema/config.v1.js";

const SCHEMA_FILE = fileURLToPath(new URL("../../schema/config.v1.json", import.meta.url));
const FILE = ".github/modelspec-review.yml";

describe("DEFAULT_CONFIG", () => {
  it("prices a month as 730 hours and blocks on errors and misfits by default", () => {
    expect(DEFAULT_CONFIG.estimate.hoursPerMonth).toBe(730);
    expect(DEFAULT_CONFIG.failOn).toMatchObject({ schemaErrors: true, ruleErrors: true, doesNotFit: true });
  });
});

describe("schema/config.v1.json", () => {
  it("is the schema the core compiles (UPDATE_GOLDEN=1 rewrites it)", async () => {
    if (process.env.UPDATE_GOLDEN) {
      const { format } = await import("prettier");
      writeFileSync(
        SCHEMA_FILE,
        await format(JSON.stringify(CONFIG_SCHEMA), { parser: "json", printWidth: 110 }),
      );
    }
    expect(existsSync(SCHEMA_FILE)).toBe(true);
    expect(JSON.parse(readFileSync(SCHEMA_FILE, "utf8"))).toEqual(CONFIG_SCHEMA);
  });
  it("accepts the defaults themselves", () => {
    const { findings } = parseConfig(JSON.stringify(DEFAULT_CONFIG), FILE);
    expect(findings).toEqual([]);
  });
});

describe("parseConfig: valid input merges over the defaults", () => {
  const cases: { name: string; text: string; check: (c: typeof DEFAULT_CONFIG) => void }[] = [
    { name: "empty file", text: "", check: (c) => expect(c).toEqual(DEFAULT_CONFIG) },
    { name: "comments only", text: "# nothing yet\n", check: (c) => expect(c).toEqual(DEFAULT_CONFIG) },
    {
      name: "one failOn gate",
      text: "failOn:\n  monthlyCostIncreaseUsd: 1000\n",
      check: (c) => {
        expect(c.failOn.monthlyCostIncreaseUsd).toBe(1000);
        expect(c.failOn.schemaErrors).toBe(true);
        expect(c.failOn.doesNotFit).toBe(true);
      },
    },
    {
      name: "paths replace, not append",
      text: "paths: ['models/**/*.yaml']\n",
      check: (c) => expect(c.paths).toEqual(["models/**/*.yaml"]),
    },
    {
      name: "rule overrides",
      text: "rules:\n  MS-SCALE-001: off\n  MS-GOV-002: error\n",
      check: (c) => expect(c.rules).toEqual({ "MS-SCALE-001": "off", "MS-GOV-002": "error" }),
    },
    {
      name: "estimate and catalog",
      text: [
        "version: 1",
        "estimate:",
        "  provider: gcp",
        "  gpuMemoryUtilization: 0.85",
        "catalog:",
        "  gpus:",
        "    - { id: my-gpu-96gb, memoryGiB: 96, bandwidthGBs: 3000, source: datasheet }",
        "  prices:",
        "    - { provider: onprem, gpu: my-gpu-96gb, usdPerGpuHour: 1.1 }",
      ].join("\n"),
      check: (c) => {
        expect(c.estimate).toMatchObject({ provider: "gcp", gpuMemoryUtilization: 0.85, hoursPerMonth: 730 });
        expect(c.catalog.gpus[0]).toMatchObject({ id: "my-gpu-96gb", memoryGiB: 96 });
        expect(c.catalog.models).toEqual([]);
        expect(c.catalog.prices).toHaveLength(1);
      },
    },
    {
      name: "comment mode",
      text: "comment: { mode: hide-and-new, tag: staging }\n",
      check: (c) => expect(c.comment).toEqual({ mode: "hide-and-new", tag: "staging", onNoChange: "short" }),
    },
  ];
  it.each(cases)("$name", ({ text, check }) => {
    const { config, findings } = parseConfig(text, FILE);
    expect(findings).toEqual([]);
    check(config);
  });

  it("never shares objects with DEFAULT_CONFIG", () => {
    const { config } = parseConfig("", FILE);
    config.paths.push("x");
    config.failOn.breakingChanges = true;
    expect(DEFAULT_CONFIG.paths).toHaveLength(3);
    expect(DEFAULT_CONFIG.failOn.breakingChanges).toBe(false);
    const merged = mergeConfig({ rules: { A: "off" } });
    merged.rules.B = "error";
    expect(DEFAULT_CONFIG.rules).toEqual({});
  });
});

describe("parseConfig: a bad config is a finding, not a crash", () => {
  const cases: {
    name: string;
    text: string;
    code: string;
    pointer: string;
    line: number;
    column?: number;
    hint?: RegExp;
    check?: (c: typeof DEFAULT_CONFIG) => void;
  }[] = [
    {
      name: "YAML syntax error",
      text: "failOn:\n  schemaErrors: [true\n",
      code: "config/syntax",
      pointer: "",
      line: 3,
    },
    { name: "root is a list", text: "- a\n- b\n", code: "config/not-a-mapping", pointer: "", line: 1 },
    { name: "root is a scalar", text: "hello\n", code: "config/not-a-mapping", pointer: "", line: 1 },
    {
      name: "misspelled top-level key",
      text: "paths: ['a/*.yaml']\nfailon:\n  breakingChanges: true\n",
      code: "config/unknown-key",
      pointer: "/failon",
      line: 2,
      column: 1,
      hint: /Did you mean `failOn`/,
      check: (c) => {
        expect(c.paths).toEqual(["a/*.yaml"]);
        expect(c.failOn.breakingChanges).toBe(false);
      },
    },
    {
      name: "misspelled nested key",
      text: "failOn:\n  schemaErrors: false\n  doesNotFitt: false\n",
      code: "config/unknown-key",
      pointer: "/failOn/doesNotFitt",
      line: 3,
      column: 3,
      hint: /doesNotFit/,
      check: (c) => {
        expect(c.failOn.schemaErrors).toBe(false);
        expect(c.failOn.doesNotFit).toBe(true);
      },
    },
    {
      name: "wrong type keeps the default",
      text: "failOn:\n  monthlyCostIncreaseUsd: lots\n",
      code: "config/invalid",
      pointer: "/failOn/monthlyCostIncreaseUsd",
      line: 2,
      column: 27,
      check: (c) => expect(c.failOn.monthlyCostIncreaseUsd).toBeNull(),
    },
    {
      name: "bad rule setting",
      text: "rules:\n  MS-SCALE-001: disabled\n  MS-SCALE-002: off\n",
      code: "config/invalid",
      pointer: "/rules/MS-SCALE-001",
      line: 2,
      check: (c) => expect(c.rules).toEqual({ "MS-SCALE-002": "off" }),
    },
    {
      name: "bad comment mode",
      text: "comment:\n  mode: sometimes\n",
      code: "config/invalid",
      pointer: "/comment/mode",
      line: 2,
      check: (c) => expect(c.comment.mode).toBe("update"),
    },
    {
      name: "catalog entry missing a required field",
      text: "catalog:\n  gpus:\n    - id: x\n      memoryGiB: 10\n    - { id: y, memoryGiB: 10, bandwidthGBs: 100 }\n",
      code: "config/invalid",
      pointer: "/catalog/gpus/0",
      line: 3,
      check: (c) => expect(c.catalog.gpus.map((g) => g.id)).toEqual(["y"]),
    },
    {
      name: "negative hours",
      text: "estimate: { hoursPerMonth: -5 }\n",
      code: "config/invalid",
      pointer: "/estimate/hoursPerMonth",
      line: 1,
      check: (c) => expect(c.estimate.hoursPerMonth).toBe(730),
    },
    {
      name: "duplicate key",
      text: "paths: [a]\npaths: [b]\n",
      code: "config/syntax",
      pointer: "",
      line: 2,
    },
  ];
  it.each(cases)("$name → $code at $pointer", (c) => {
    let result: ReturnType<typeof parseConfig> | undefined;
    expect(() => (result = parseConfig(c.text, FILE))).not.toThrow();
    const { config, findings } = result!;
    const f = findings.find((x) => x.code === c.code);
    expect(f, JSON.stringify(findings)).toBeDefined();
    expect(f).toMatchObject({
      source: "config",
      file: FILE,
      pointer: c.pointer,
      line: c.line,
      severity: "error",
    });
    if (c.column !== undefined) expect(f!.column).toBe(c.column);
    if (c.hint) expect(f!.hint).toMatch(c.hint);
    expect(f!.message.length).toBeGreaterThan(10);
    c.check?.(config);
  });

  it("survives hostile input", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      );
    for (const text of [
      bomb.join("\n"),
      "\u0000\u0001",
      "[[[[[[",
      "{a: 1}: 2",
      "__proto__: { polluted: true }\n",
    ]) {
      const { config, findings } = parseConfig(text, FILE);
      expect(config.estimate.hoursPerMonth).toBe(730);
      expect(findings.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
