import { describe, expect, it } from "vitest";
import {
  collectPairs,
  fileReads,
  looksLikeModelSpec,
  readCandidates,
  type ChangedFile,
  type SideText,
} from "../../src/core/collect.js";
import { defaultConfig } from "../../src/core/config.js";
import { CONFIG_PATH, HARD_READ_CAP, LOCAL_READ_CAP } from "../../src/core/settings.js";
import type { Finding } from "../../src/core/types.js";

const spec = (name: string, extra = ""): string =>
  `apiVersion: modelspec.piqc.ai/v1\nkind: ModelSpec\nmetadata:\n  name: ${name}\n${extra}`;
const f = (path: string, status: ChangedFile["status"] = "modified", previousPath?: string): ChangedFile => ({
  path,
  status,
  ...(previousPath ? { previousPath } : {}),
});

describe("readCandidates: which changed files are read at all", () => {
  const cases: [string, ChangedFile[], string[] | null, string[], boolean][] = [
    [
      "YAML and JSON, never other files",
      [f("a.yaml"), f("b.json"), f("c.md"), f("d.yml")],
      null,
      ["a.yaml", "b.json", "d.yml"],
      false,
    ],
    ["never the config file, but its edit is noticed", [f(CONFIG_PATH), f("a.yaml")], null, ["a.yaml"], true],
    [
      "a rename away from the config counts as an edit",
      [f("x.yml", "renamed", CONFIG_PATH)],
      null,
      ["x.yml"],
      true,
    ],
    ["likely specs first", [f("a.yaml"), f("m.modelspec.yaml")], null, ["m.modelspec.yaml", "a.yaml"], false],
    [
      "the front end's globs admit other extensions and set what is likely",
      [f("s/a.spec"), f("b.yaml")],
      ["s/*.spec"],
      ["s/a.spec", "b.yaml"],
      false,
    ],
    [
      "a rename from a YAML file to another name is read",
      [f("notes.txt", "renamed", "old.yaml")],
      null,
      ["notes.txt"],
      false,
    ],
  ];
  it.each(cases)("%s", (_, changed, globs, files, configChanged) => {
    const got = readCandidates(changed, { configPath: CONFIG_PATH, globs });
    expect(got.files.map((x) => x.path)).toEqual(files);
    expect(got.configChanged).toBe(configChanged);
    expect(got.notices).toEqual([]);
  });

  it(`reads at most ${HARD_READ_CAP} files and says so`, () => {
    const many = Array.from({ length: HARD_READ_CAP + 5 }, (_, i) => f(`f${i}.yaml`));
    const got = readCandidates(many, { configPath: CONFIG_PATH, globs: null });
    expect(got.files).toHaveLength(HARD_READ_CAP);
    expect(got.notices).toEqual([
      `${HARD_READ_CAP + 5} changed YAML/JSON files; only the first ${HARD_READ_CAP} were read.`,
    ]);
  });

  it(`a local run reads up to LOCAL_READ_CAP (${LOCAL_READ_CAP}), the largest limits.maxFiles`, () => {
    const many = Array.from({ length: LOCAL_READ_CAP + 1 }, (_, i) => f(`f${i}.yaml`));
    const got = readCandidates(many, { configPath: CONFIG_PATH, globs: null, readCap: LOCAL_READ_CAP });
    expect(got.files).toHaveLength(LOCAL_READ_CAP);
    expect(got.notices).toEqual([
      `${LOCAL_READ_CAP + 1} changed YAML/JSON files; only the first ${LOCAL_READ_CAP} were read.`,
    ]);
    const all = readCandidates(many.slice(0, LOCAL_READ_CAP), {
      configPath: CONFIG_PATH,
      globs: null,
      readCap: LOCAL_READ_CAP,
    });
    expect(all.files).toHaveLength(LOCAL_READ_CAP);
    expect(all.notices).toEqual([]);
  });
});

describe("fileReads: both sides of each file in one batch", () => {
  it.each([
    ["added: head only", f("a.yaml", "added"), [{ ref: "H", path: "a.yaml" }]],
    ["removed: base only", f("a.yaml", "removed"), [{ ref: "B", path: "a.yaml" }]],
    [
      "modified: both",
      f("a.yaml"),
      [
        { ref: "B", path: "a.yaml" },
        { ref: "H", path: "a.yaml" },
      ],
    ],
    [
      "renamed: base at the old path",
      f("b.yaml", "renamed", "a.yaml"),
      [
        { ref: "B", path: "a.yaml" },
        { ref: "H", path: "b.yaml" },
      ],
    ],
  ] as const)("%s", (_, file, reads) => {
    expect(fileReads([file], "B", "H")).toEqual(reads);
  });
});

describe("looksLikeModelSpec", () => {
  it.each([
    ["kind: ModelSpec\n", true],
    ['kind: "ModelSpec" # yes\n', true],
    ['{"apiVersion": "x", "kind": "ModelSpec"}', true],
    ["kind: Deployment\n", false],
    ["  kind: ModelSpec\n", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(looksLikeModelSpec(text)).toBe(expected);
  });
});

describe("collectPairs: the ModelSpecs among the read files", () => {
  const config = defaultConfig();
  const problem: Finding = {
    code: "parse/symlink",
    severity: "error",
    source: "parse",
    file: "l.modelspec.yaml",
    pointer: "",
    line: 1,
    column: 1,
    message: "link",
  };
  type Texts = Record<string, { base?: string; head?: string; headProblem?: Finding }>;
  const run = async (files: ChangedFile[], texts: Texts, cfg = config) =>
    collectPairs(
      files,
      (file, side): SideText => {
        const t = texts[side === "base" ? (file.previousPath ?? file.path) : file.path];
        if (side === "head" && t?.headProblem) return { text: "", problem: t.headProblem };
        const text = t?.[side];
        return text === undefined ? undefined : { text };
      },
      cfg,
    );
  const cases: [string, ChangedFile[], Texts, unknown[]][] = [
    [
      "by glob, whatever the text",
      [f("a.modelspec.yaml")],
      { "a.modelspec.yaml": { base: "x: 1\n", head: "x: 2\n" } },
      [{ path: "a.modelspec.yaml", base: "x: 1\n", head: "x: 2\n" }],
    ],
    [
      "by kind outside the globs (either side); other YAML is left out",
      [f("deploy/m.yaml"), f("deploy/k8s.yaml"), f("gone.yaml", "removed")],
      {
        "deploy/m.yaml": { base: "kind: Other\n", head: spec("m") },
        "deploy/k8s.yaml": { base: "kind: Deployment\n", head: "kind: Deployment\n" },
        "gone.yaml": { base: spec("g") },
      },
      [
        { path: "deploy/m.yaml", base: "kind: Other\n", head: spec("m") },
        { path: "gone.yaml", base: spec("g") },
      ],
    ],
    [
      "a side's problem stands for its text",
      [f("l.modelspec.yaml")],
      { "l.modelspec.yaml": { base: spec("l"), headProblem: problem } },
      [{ path: "l.modelspec.yaml", base: spec("l"), head: "", headProblem: problem }],
    ],
    [
      "a rename that changes every spec name is a deletion plus an addition",
      [f("b.modelspec.yaml", "renamed", "a.modelspec.yaml")],
      { "a.modelspec.yaml": { base: spec("one") }, "b.modelspec.yaml": { head: spec("two") } },
      [
        { path: "a.modelspec.yaml", base: spec("one") },
        { path: "b.modelspec.yaml", head: spec("two") },
      ],
    ],
    [
      "a deletion and an addition of the same spec are a rename; sorted by path",
      [f("z.modelspec.yaml", "removed"), f("b.modelspec.yaml", "added")],
      { "z.modelspec.yaml": { base: spec("same") }, "b.modelspec.yaml": { head: spec("same", "# moved\n") } },
      [
        {
          path: "b.modelspec.yaml",
          previousPath: "z.modelspec.yaml",
          base: spec("same"),
          head: spec("same", "# moved\n"),
        },
      ],
    ],
  ];
  it.each(cases)("%s", async (_, files, texts, pairs) => {
    const got = await run(files, texts);
    expect(got.pairs).toEqual(pairs);
    expect(got.notReviewed).toBe(0);
    expect(got.notices).toEqual([]);
  });

  it("reviews at most limits.maxFiles, counting and saying what was left out", async () => {
    const files = ["c", "a", "b"].map((n) => f(`${n}.modelspec.yaml`));
    const texts = Object.fromEntries(files.map((x) => [x.path, { base: "a: 1\n", head: "a: 2\n" }]));
    const got = await run(files, texts, { ...config, limits: { ...config.limits, maxFiles: 2 } });
    expect(got.pairs.map((p) => p.path)).toEqual(["a.modelspec.yaml", "c.modelspec.yaml"]);
    expect(got.notReviewed).toBe(1);
    expect(got.notices).toEqual([
      "3 ModelSpec files changed; only the first 2 were reviewed (`limits.maxFiles`).",
    ]);
  });
});

describe("collectPairs: globs someone chose are the set", () => {
  it("with explicit paths, kind: ModelSpec outside them is left out (a repository can scope its specs)", async () => {
    const config = { ...defaultConfig(), paths: ["prod/**/*.yaml"] };
    const files = [f("prod/a.yaml"), f("dev/b.modelspec.yaml")];
    const texts: Record<string, string> = { "prod/a.yaml": spec("a"), "dev/b.modelspec.yaml": spec("b") };
    const got = await collectPairs(files, (file) => ({ text: texts[file.path]! }), config);
    expect(got.pairs.map((p) => p.path)).toEqual(["prod/a.yaml"]);
  });
});
