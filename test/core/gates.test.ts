/**
 * Gates on the pull request's own effect (issue #12, item 4): the pure classification of findings
 * and of the fit condition against the base, table-driven; then every classified gate through the
 * real core (parse, schema, estimate, rules) on base/head texts, in the default mode and strict.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mergeConfig } from "../../src/core/config.js";
import { classifyFindings, classifyFit, findingIdentity, gateMode, isGating } from "../../src/core/gates.js";
import { analyse } from "../../src/core/review.js";
import type {
  FindingCode,
  BaselineStatus,
  Config,
  Finding,
  GateId,
  GateResult,
  Review,
  Severity,
  SpecSide,
} from "../../src/core/types.js";
import { estimateFor } from "../support/review-fixtures.js";
import { GOLDEN_DIR } from "../support/review-cases.js";

// ─── Pure classification ────────────────────────────────────────────────────────────────────────

// Classification only compares codes, so any string stands for one here.
const finding = (code: string, pointer: string, severity: Severity = "error", line = 10): Finding => ({
  code: code as FindingCode,
  severity,
  source: code.startsWith("schema/") ? "schema" : "rule",
  file: "models/a.modelspec.yaml",
  pointer,
  line,
  column: 3,
  message: `${code} at ${pointer}`,
});

describe("classifyFindings", () => {
  const P = "/spec/runtime/batch/maxBatchSize";
  const cases: {
    name: string;
    base: Finding[];
    head: Finding[];
    statuses: BaselineStatus[];
    fixed: string[];
  }[] = [
    {
      name: "no base finding: new",
      base: [],
      head: [finding("schema/type", P)],
      statuses: ["new"],
      fixed: [],
    },
    {
      name: "same code and pointer, line moved by an edit above: unchanged",
      base: [finding("schema/type", P, "error", 10)],
      head: [finding("schema/type", P, "error", 17)],
      statuses: ["unchanged"],
      fixed: [],
    },
    {
      name: "same code, other pointer: new, and the base one fixed",
      base: [finding("schema/type", "/spec/runtime/accelerator/count")],
      head: [finding("schema/type", P)],
      statuses: ["new"],
      fixed: ["schema/type"],
    },
    {
      name: "same pointer, other code: new, and the base one fixed",
      base: [finding("schema/minimum", P)],
      head: [finding("schema/type", P)],
      statuses: ["new"],
      fixed: ["schema/minimum"],
    },
    {
      name: "severity rose (warning → error): worsened",
      base: [finding("MS-BATCH-001", P, "warning")],
      head: [finding("MS-BATCH-001", P, "error")],
      statuses: ["worsened"],
      fixed: [],
    },
    {
      name: "severity rose (notice → warning): worsened",
      base: [finding("MS-BATCH-001", P, "notice")],
      head: [finding("MS-BATCH-001", P, "warning")],
      statuses: ["worsened"],
      fixed: [],
    },
    {
      name: "severity fell (error → notice): unchanged, not fixed",
      base: [finding("MS-BATCH-001", P, "error")],
      head: [finding("MS-BATCH-001", P, "notice")],
      statuses: ["unchanged"],
      fixed: [],
    },
    {
      name: "gone on the head: fixed",
      base: [finding("MS-SCALE-003", "/spec/operations/scaling/warmPool/size")],
      head: [],
      statuses: [],
      fixed: ["MS-SCALE-003"],
    },
    {
      name: "two of one identity on the head, one on the base: one unchanged, one new",
      base: [finding("parse/duplicate-key", "")],
      head: [finding("parse/duplicate-key", "", "error", 3), finding("parse/duplicate-key", "", "error", 9)],
      statuses: ["unchanged", "new"],
      fixed: [],
    },
    {
      name: "a worsened copy does not hide an unchanged one",
      base: [finding("MS-X", P, "warning", 1), finding("MS-X", P, "error", 2)],
      head: [finding("MS-X", P, "error", 1), finding("MS-X", P, "error", 2)],
      statuses: ["unchanged", "worsened"],
      fixed: [],
    },
  ];
  it.each(cases)("$name", ({ base, head, statuses, fixed }) => {
    const r = classifyFindings(base, head);
    expect(r.head.map((f) => f.baseline)).toEqual(statuses);
    expect(r.fixed.map((f) => f.code)).toEqual(fixed);
    expect(r.fixed.every((f) => f.baseline === "fixed")).toBe(true);
    // The head findings keep everything else, including their own lines.
    expect(r.head.map((f) => f.line)).toEqual(head.map((f) => f.line));
  });

  it("identity is code + pointer, never the line or message", () => {
    const moved: Finding = { ...finding("a", "/x", "notice", 99), message: "other" };
    expect(findingIdentity(finding("a", "/x", "error", 1))).toBe(findingIdentity(moved));
    expect(findingIdentity(finding("a", "/x"))).not.toBe(findingIdentity(finding("a", "/y")));
    expect(findingIdentity(finding("a", "/x"))).not.toBe(findingIdentity(finding("b", "/x")));
  });
});

const side = (o: Parameters<typeof estimateFor>[0] | null): SpecSide => ({
  spec: {},
  valid: true,
  estimate: o === null ? null : estimateFor(o),
});
// estimateFor: weights + 8 KV + 1.2 activation + 2.5 overhead against 79.6 × 0.9 = 71.64 GiB usable.
const FITS = { weightsGiB: 15 };
const SHORT_5 = { weightsGiB: 64.94 }; // 5 GiB short
const SHORT_20 = { weightsGiB: 79.94 }; // 20 GiB short
const SHORT_5_05 = { weightsGiB: 64.99 }; // 0.05 GiB worse: within tolerance

describe("classifyFit", () => {
  it.each([
    ["fits → does not fit", side(FITS), side(SHORT_5), "new"],
    ["no base (added) → does not fit", null, side(SHORT_5), "new"],
    ["unknown on base → does not fit", side({ unknown: true }), side(SHORT_5), "new"],
    ["does not fit → same shortfall", side(SHORT_5), side(SHORT_5), "unchanged"],
    ["does not fit → 0.05 GiB worse (noise)", side(SHORT_5), side(SHORT_5_05), "unchanged"],
    ["does not fit → smaller shortfall", side(SHORT_20), side(SHORT_5), "unchanged"],
    ["does not fit → larger shortfall", side(SHORT_5), side(SHORT_20), "worsened"],
    ["does not fit → fits", side(SHORT_5), side(FITS), "fixed"],
    ["does not fit → unknown (not fixed: no verdict)", side(SHORT_5), side({ unknown: true }), null],
    ["does not fit → deleted", side(SHORT_5), null, null],
    ["fits → fits", side(FITS), side(FITS), null],
    ["fits → unknown", side(FITS), side(null), null],
  ] as [string, SpecSide | null, SpecSide | null, BaselineStatus | null][])(
    "%s",
    (_n, base, head, status) => {
      expect(classifyFit(base, head)).toBe(status);
    },
  );
});

describe("gate modes", () => {
  it.each([
    ["new", "new", true],
    ["worsened", "new", true],
    ["unchanged", "new", false],
    ["fixed", "new", false],
    ["new", "strict", true],
    ["worsened", "strict", true],
    ["unchanged", "strict", true],
    ["fixed", "strict", false],
  ] as const)("%s in mode %s gates: %s", (status, mode, gating) => {
    expect(isGating(status, mode)).toBe(gating);
  });

  it("mode new by default, strict globally or per gate", () => {
    const d = mergeConfig({}).failOn;
    expect(gateMode(d, "does-not-fit")).toBe("new");
    expect(gateMode({ ...d, mode: "strict" }, "does-not-fit")).toBe("strict");
    const perGate = { ...d, strict: ["schema-errors"] as GateId[] };
    expect(gateMode(perGate, "schema-errors")).toBe("strict");
    expect(gateMode(perGate, "does-not-fit")).toBe("new");
    // A config written before the switch existed (no mode key) judges on the PR's effect.
    const { mode: _m, strict: _s, ...legacy } = d;
    expect(gateMode(legacy, "rule-errors")).toBe("new");
  });
});

// ─── Every classified gate through the real core ────────────────────────────────────────────────

// Llama-3.1-70B fp16 on 4 × A100-80GB, replicas 2–4 (fits); on 4 × L4 it does not (131 GiB of weights).
const SPEC = readFileSync(join(GOLDEN_DIR, "gpu-downsized-no-fit/base.yaml"), "utf8");
const ON_L4 = SPEC.replace("type: a100-80gb", "type: l4");
const replicas = (text: string, max: number) => text.replace("maxReplicas: 4", `maxReplicas: ${max}`);
const rps = (text: string, n: number) => text.replace("targetRps: 20", `targetRps: ${n}`);
const unknownField = (text: string) => text.replace("    batch:\n", "    gpuTopology: nvlink\n    batch:\n");
const warmPool = (text: string, size: number) =>
  text.replace(
    "      strategy: reactive\n",
    `      strategy: reactive\n      warmPool:\n        size: ${size}\n`,
  );

function review(
  base: string | undefined,
  head: string | undefined,
  failOn: Partial<Config["failOn"]> = {},
): Review {
  const pair: { path: string; base?: string; head?: string } = { path: "models/chat.modelspec.yaml" };
  if (base !== undefined) pair.base = base;
  if (head !== undefined) pair.head = head;
  return analyse([pair], mergeConfig({ failOn }));
}
const gate = (r: Review, id: GateId): GateResult => {
  const g = r.conclusion.gates.find((x) => x.gate === id);
  expect(g, id).toBeDefined();
  return g!;
};

interface GateCase {
  name: string;
  gate: GateId;
  base: string | undefined;
  head: string;
  /** Status of the one condition the gate sees. */
  status: BaselineStatus;
  failsByDefault: boolean;
  failsStrict: boolean;
  reason: RegExp;
}

const GATE_CASES: GateCase[] = [
  // schema-errors
  {
    name: "schema error introduced",
    gate: "schema-errors",
    base: SPEC,
    head: unknownField(SPEC),
    status: "new",
    failsByDefault: true,
    failsStrict: true,
    reason: /1 parse\/schema error — new: models\/chat\.modelspec\.yaml:\d+ schema\/additional-property/,
  },
  {
    name: "schema error on a new spec",
    gate: "schema-errors",
    base: undefined,
    head: unknownField(SPEC),
    status: "new",
    failsByDefault: true,
    failsStrict: true,
    reason: /— new: /,
  },
  {
    name: "schema error already on base, PR edits elsewhere",
    gate: "schema-errors",
    base: unknownField(SPEC),
    head: rps(unknownField(SPEC), 30),
    status: "unchanged",
    failsByDefault: false,
    failsStrict: true,
    reason: /already on base/,
  },
  {
    name: "schema error fixed",
    gate: "schema-errors",
    base: unknownField(SPEC),
    head: SPEC,
    status: "fixed",
    failsByDefault: false,
    failsStrict: false,
    reason: /1 fixed: models\/chat\.modelspec\.yaml:\d+ schema\/additional-property/,
  },
  // rule-errors (MS-SCALE-003, error: warm pool larger than maxReplicas)
  {
    name: "rule error introduced",
    gate: "rule-errors",
    base: warmPool(SPEC, 3),
    head: replicas(warmPool(SPEC, 3), 2),
    status: "new",
    failsByDefault: true,
    failsStrict: true,
    reason: /1 rule error — new: models\/chat\.modelspec\.yaml:\d+ MS-SCALE-003/,
  },
  {
    name: "rule error already on base, PR edits elsewhere",
    gate: "rule-errors",
    base: replicas(warmPool(SPEC, 3), 2),
    head: rps(replicas(warmPool(SPEC, 3), 2), 30),
    status: "unchanged",
    failsByDefault: false,
    failsStrict: true,
    reason: /already on base/,
  },
  {
    name: "rule error fixed",
    gate: "rule-errors",
    base: replicas(warmPool(SPEC, 3), 2),
    head: warmPool(SPEC, 3),
    status: "fixed",
    failsByDefault: false,
    failsStrict: false,
    reason: /1 fixed: .*MS-SCALE-003/,
  },
  // does-not-fit
  {
    name: "spec stops fitting",
    gate: "does-not-fit",
    base: SPEC,
    head: ON_L4,
    status: "new",
    failsByDefault: true,
    failsStrict: true,
    reason:
      /1 spec that does not fit — new: models\/chat\.modelspec\.yaml needs [\d.]+ GiB per GPU but 4× l4/,
  },
  {
    name: "added spec that does not fit",
    gate: "does-not-fit",
    base: undefined,
    head: ON_L4,
    status: "new",
    failsByDefault: true,
    failsStrict: true,
    reason: /— new: /,
  },
  {
    name: "did not fit, fits even less (fewer GPUs)",
    gate: "does-not-fit",
    base: ON_L4,
    head: ON_L4.replace("count: 4", "count: 2"),
    status: "worsened",
    failsByDefault: true,
    failsStrict: true,
    reason: /1 spec that does not fit — worsened: .*2× l4.*\(base needed [\d.]+ of [\d.]+\)/,
  },
  {
    name: "did not fit on base, PR raises only maxReplicas",
    gate: "does-not-fit",
    base: ON_L4,
    head: replicas(ON_L4, 8),
    status: "unchanged",
    failsByDefault: false,
    failsStrict: true,
    reason: /already on base/,
  },
  {
    name: "did not fit on base, fits on the head",
    gate: "does-not-fit",
    base: ON_L4,
    head: SPEC,
    status: "fixed",
    failsByDefault: false,
    failsStrict: false,
    reason: /1 fixed: models\/chat\.modelspec\.yaml fits now/,
  },
];

describe("classified gates through analyse()", () => {
  for (const c of GATE_CASES) {
    describe(`${c.gate}: ${c.name}`, () => {
      it(`default mode: condition ${c.status}, gate ${c.failsByDefault ? "fails" : "passes"}`, () => {
        const g = gate(review(c.base, c.head), c.gate);
        expect(g.mode).toBe("new");
        expect(g.conditions?.map((x) => x.status)).toEqual([c.status]);
        expect(g.failed).toBe(c.failsByDefault);
        expect(g.subjects).toEqual(c.failsByDefault ? ["support-chat"] : []);
        expect(g.reason).toMatch(c.reason);
      });
      it(`strict mode: gate ${c.failsStrict ? "fails" : "passes"}`, () => {
        const g = gate(review(c.base, c.head, { mode: "strict" }), c.gate);
        expect(g.mode).toBe("strict");
        expect(g.failed).toBe(c.failsStrict);
        if (c.status === "unchanged") expect(g.reason).toMatch(/— already on base: /);
      });
      it(`strict for this gate only (failOn.strict): gate ${c.failsStrict ? "fails" : "passes"}`, () => {
        const g = gate(review(c.base, c.head, { strict: [c.gate] }), c.gate);
        expect(g.failed).toBe(c.failsStrict);
      });
    });
  }

  it("a PR raising only maxReplicas on a spec that already did not fit passes by default, fails strict", () => {
    const byDefault = review(ON_L4, replicas(ON_L4, 8));
    expect(byDefault.files[0]!.specs[0]!.head!.estimate!.memory!.verdict).toBe("does-not-fit");
    expect(byDefault.conclusion.status).toBe("success");
    expect(gate(byDefault, "does-not-fit").reason).toMatch(
      /no new or worsened spec that does not fit; 1 spec that does not fit already on base, not gated \(failOn\.mode: strict gates it\)/,
    );
    const strict = review(ON_L4, replicas(ON_L4, 8), { mode: "strict" });
    expect(strict.conclusion.status).toBe("failure");
    expect(strict.conclusion.gates.filter((g) => g.failed).map((g) => g.gate)).toEqual(["does-not-fit"]);
    // Per-gate strictness reaches only the listed gate.
    expect(review(ON_L4, replicas(ON_L4, 8), { strict: ["schema-errors"] }).conclusion.status).toBe(
      "success",
    );
  });

  it("counts several conditions in words: 2 specs that do not fit, 1 already on base", () => {
    const pairs = [
      { path: "models/a.modelspec.yaml", base: SPEC, head: ON_L4 },
      {
        path: "models/b.modelspec.yaml",
        base: SPEC.replace("support-chat", "chat-b"),
        head: ON_L4.replace("support-chat", "chat-b"),
      },
      {
        path: "models/c.modelspec.yaml",
        base: ON_L4.replace("support-chat", "chat-c"),
        head: replicas(ON_L4.replace("support-chat", "chat-c"), 8),
      },
    ];
    const g = gate(analyse(pairs, mergeConfig({})), "does-not-fit");
    expect(g.reason).toMatch(
      /^2 specs that do not fit — new: models\/a\.modelspec\.yaml needs .*; models\/b\.modelspec\.yaml needs /,
    );
    expect(g.reason).toMatch(
      /; 1 spec that does not fit already on base, not gated \(failOn\.mode: strict gates it\): models\/c/,
    );
    expect(g.subjects).toEqual(["support-chat", "chat-b"]);
  });

  it("head findings carry their baseline; fixed findings are kept on the spec", () => {
    const r = review(replicas(warmPool(unknownField(SPEC), 3), 2), rps(unknownField(SPEC), 30));
    const s = r.files[0]!.specs[0]!;
    const byCode = Object.fromEntries(s.findings.map((f) => [f.code, f.baseline]));
    expect(byCode["schema/additional-property"]).toBe("unchanged");
    expect(s.fixed?.map((f) => [f.code, f.baseline])).toContainEqual(["MS-SCALE-003", "fixed"]);
    expect(s.fixed?.every((f) => f.baseline === "fixed")).toBe(true);
    expect(gate(r, "rule-errors").conditions).toMatchObject([{ status: "fixed", gating: false }]);
  });

  it("an added spec's findings have no baseline (there is no base) and gate as new", () => {
    const r = review(undefined, unknownField(SPEC));
    expect(r.files[0]!.specs[0]!.findings.every((f) => f.baseline === undefined)).toBe(true);
    expect(gate(r, "schema-errors").failed).toBe(true);
  });

  it("a finding whose line moved (lines inserted above) stays unchanged", () => {
    const base = unknownField(SPEC);
    const head = base.replace("  labels:\n", "  labels:\n    cost-centre: cc-42\n    tier: gold\n");
    const r = review(base, head);
    const f = r.files[0]!.specs[0]!.findings.find((x) => x.code === "schema/additional-property")!;
    const b = review(undefined, base).files[0]!.specs[0]!.findings.find((x) => x.code === f.code)!;
    expect(f.line).toBe(b.line + 2);
    expect(f.baseline).toBe("unchanged");
    expect(gate(r, "schema-errors").failed).toBe(false);
  });

  it("file-level parse errors already on base are unchanged; a new one is new", () => {
    const broken = `${SPEC}\nmetadata: [\n`;
    const unchanged = review(broken, `# edited\n${broken}`);
    expect(unchanged.files[0]!.findings.map((f) => f.baseline)).toContain("unchanged");
    expect(gate(unchanged, "schema-errors").failed).toBe(false);
    const introduced = review(SPEC, broken);
    expect(introduced.files[0]!.findings.every((f) => f.baseline === "new")).toBe(true);
    expect(gate(introduced, "schema-errors").failed).toBe(true);
  });

  it("governance loosening and breaking changes are new by construction, in any mode", () => {
    const pii = SPEC.replace(/allowed: false/, "allowed: true");
    for (const mode of ["new", "strict"] as const) {
      const r = review(SPEC, pii, { governanceLoosening: true, mode });
      const g = gate(r, "governance-loosening");
      expect(g.failed).toBe(true);
      expect(g.conditions?.every((x) => x.status === "new")).toBe(true);
      expect(g.reason).toMatch(/^governance loosened \(new in this PR\): /);
    }
  });
});
