/**
 * Gates on the pull request's own effect (issue #12, Build item 4).
 *
 * Every finding and every gate condition is classified against the base: `new` (the PR introduced
 * it), `worsened` (it was there, now worse), `unchanged` (already on the base branch) or `fixed`
 * (on the base, gone on the head). By default (`failOn.mode: new`) a gate fails only on new or
 * worsened conditions, so a PR is never blocked by what main already had; `failOn.mode: strict`, or a
 * gate listed in `failOn.strict`, fails on every condition of a changed spec's head.
 *
 * Findings are matched by identity — code + spec + JSON pointer — never by line, since lines shift
 * when a PR edits the file above a finding.
 *
 * Pure: values in, values out.
 */
import type {
  BaselineStatus,
  Config,
  Finding,
  FileReview,
  GateCondition,
  GateId,
  GateMode,
  GateResult,
  ReviewSummary,
  Severity,
  SpecChange,
  SpecReview,
  SpecSide,
} from "./types.js";

// ─── Classification ─────────────────────────────────────────────────────────────────────────────

const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/**
 * The identity a finding keeps across base and head: its code and JSON pointer (the caller pairs
 * findings of the same spec, or of the same file for file-level findings). Lines are left out on
 * purpose: they move when the PR edits text above the finding.
 */
export function findingIdentity(f: Pick<Finding, "code" | "pointer">): string {
  return `${f.code}\u0000${f.pointer}`;
}

/**
 * Classifies the head's findings against the base's (both of one spec, or both file-level).
 * Returns the head findings with `baseline` set — `new` when the base had no finding of that
 * identity, `worsened` when it had one at a lower severity, `unchanged` otherwise — and the base
 * findings the head no longer has, with `baseline: "fixed"`. Equal identities pair one to one in
 * order, so two findings of one code at one pointer on the head and one on the base give one
 * `unchanged` and one `new`.
 */
export function classifyFindings<T extends Finding>(
  base: readonly Finding[],
  head: readonly T[],
): { head: T[]; fixed: Finding[] } {
  const pool = new Map<string, Finding[]>();
  for (const b of base) {
    const k = findingIdentity(b);
    const list = pool.get(k);
    if (list) list.push(b);
    else pool.set(k, [b]);
  }
  const out = head.map((h): T => {
    const list = pool.get(findingIdentity(h));
    // Prefer a base finding at the same severity, so one worsened copy does not hide an unchanged one.
    const i = list
      ? Math.max(
          0,
          list.findIndex((b) => b.severity === h.severity),
        )
      : -1;
    const b = list && list.length ? list.splice(i, 1)[0] : undefined;
    const baseline: BaselineStatus =
      b === undefined
        ? "new"
        : SEVERITY_RANK[h.severity] > SEVERITY_RANK[b.severity]
          ? "worsened"
          : "unchanged";
    return { ...h, baseline };
  });
  const fixed = [...pool.values()].flat().map((b) => ({ ...b, baseline: "fixed" as const }));
  return { head: out, fixed };
}

/** A spec side that does not start: its estimate says `does-not-fit`. */
const notFitting = (side: SpecSide | null | undefined) => side?.estimate?.memory?.verdict === "does-not-fit";

/** Shortfall below this many GiB is noise (rounding, a GPU entry's usable memory moving slightly). */
const FIT_TOLERANCE_GIB = 0.1;

/**
 * The does-not-fit condition of one spec against its base: `new` when the head does not fit and the
 * base did (or had no verdict, or no base), `worsened` when neither fits and the head's shortfall
 * grew, `unchanged` when neither fits and it did not grow, `fixed` when the base did not fit and the
 * head fits (a head without a verdict fixes nothing: it is unknown), `null` when neither side has the
 * condition.
 */
export function classifyFit(base: SpecSide | null, head: SpecSide | null): BaselineStatus | null {
  const headBad = notFitting(head);
  const baseBad = notFitting(base);
  if (!headBad) {
    const headFits =
      head?.estimate?.memory?.verdict === "fits" || head?.estimate?.memory?.verdict === "tight";
    return baseBad && headFits ? "fixed" : null;
  }
  if (!baseBad) return "new";
  const shortfall = (s: SpecSide | null) => -(s?.estimate?.memory?.perGpu.headroomGiB ?? 0);
  return shortfall(head) > shortfall(base) + FIT_TOLERANCE_GIB ? "worsened" : "unchanged";
}

/** The judging mode of one gate under `config.failOn`. */
export function gateMode(failOn: Config["failOn"], gate: GateId): GateMode {
  return failOn.mode === "strict" || (failOn.strict ?? []).includes(gate) ? "strict" : "new";
}

/** Whether a condition with this status fails a gate in this mode. */
export function isGating(status: BaselineStatus, mode: GateMode): boolean {
  return status === "new" || status === "worsened" || (mode === "strict" && status === "unchanged");
}

// ─── Gates ──────────────────────────────────────────────────────────────────────────────────────

/** How a findings gate words its reason (`findingsGate`). */
export interface FindingsGateWording {
  /** The reason when it fails: how many gate, the mode, and the first three conditions. */
  failed: (count: number, mode: GateMode, shown: string) => string;
  /** The reason when every condition was already on the base. */
  alreadyOnBase: (count: number) => string;
  /** The reason when there is no condition at all. */
  clean: string;
}

/**
 * A gate over classified findings (the drift and runtime-drift gates): one condition per finding,
 * its status from `baseline` (absent: new), gating by `isGating` in the gate's mode.
 */
export function findingsGate(
  gate: GateId,
  findings: readonly Finding[],
  failOn: Config["failOn"],
  subjectOf: (f: Finding) => string,
  wording: FindingsGateWording,
): GateResult {
  const mode = gateMode(failOn, gate);
  const conditions: GateCondition[] = findings.map((f) => {
    const status = f.baseline ?? "new";
    return {
      subject: subjectOf(f),
      file: f.file,
      status,
      detail: `${f.file}:${f.line} ${f.code}`,
      gating: isGating(status, mode),
    };
  });
  const gating = conditions.filter((c) => c.gating);
  const shown =
    gating
      .slice(0, 3)
      .map((c) => c.detail)
      .join("; ") + (gating.length > 3 ? `; and ${gating.length - 3} more` : "");
  return {
    gate,
    failed: gating.length > 0,
    reason: gating.length
      ? wording.failed(gating.length, mode, shown)
      : conditions.length
        ? wording.alreadyOnBase(conditions.length - gating.length)
        : wording.clean,
    subjects: [...new Set(gating.map((c) => c.subject))],
    mode,
    conditions,
  };
}

const changedSpecs = (files: FileReview[]) =>
  files.flatMap((f) => f.specs.filter((s) => s.status !== "unchanged").map((spec) => ({ file: f, spec })));

function where(file: FileReview, spec?: SpecReview): string {
  return spec && file.specs.length > 1 ? `${file.path} (${spec.name})` : file.path;
}

function listSome(items: string[], max = 3): string {
  const shown = items.slice(0, max).join("; ");
  return items.length > max ? `${shown}; and ${items.length - max} more` : shown;
}

const usd = (n: number) =>
  `${n < 0 ? "-" : ""}$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 0 })}`;

function fmt(v: unknown): string {
  return v === null || v === undefined ? "(none)" : String(v);
}

/** "1 rule error", "2 rule errors", "3 specs that do not fit": `what` is [one, many]. */
const plural = (n: number, what: readonly [string, string]) => `${n} ${n === 1 ? what[0] : what[1]}`;

/** A condition as the gates see it, before it becomes a `GateCondition`. */
interface Seen {
  file: FileReview;
  spec?: SpecReview;
  status: BaselineStatus;
  detail: string;
}

const subjectOf = ({ file, spec }: { file: FileReview; spec?: SpecReview }) =>
  spec?.name ?? file.specs[0]?.name ?? file.path;

/** What a status adds to a listed condition: "(new)", "(worsened)", "(already on base)". */
function tag(status: BaselineStatus): string {
  return status === "unchanged" ? "already on base" : status;
}

/**
 * Builds one gate from the conditions it saw. `what` names a condition, singular and plural,
 * `none` is the reason when there is none at all (kept as before, so quiet PRs read the same).
 */
function conditionGate(
  gate: GateId,
  mode: GateMode,
  seen: Seen[],
  what: readonly [string, string],
  none: string,
  describe: (s: Seen) => string,
): GateResult {
  const gating = seen.filter((s) => isGating(s.status, mode));
  const onBase = seen.filter((s) => s.status === "unchanged" && !isGating(s.status, mode));
  const fixed = seen.filter((s) => s.status === "fixed");
  const conditions: GateCondition[] = seen.map((s) => ({
    subject: subjectOf(s),
    file: s.file.path,
    status: s.status,
    detail: s.detail,
    gating: isGating(s.status, mode),
  }));
  const parts: string[] = [];
  if (gating.length) {
    const groups = (["new", "worsened", "unchanged"] as const)
      .map((st) => [st, gating.filter((s) => s.status === st)] as const)
      .filter(([, list]) => list.length > 0)
      .map(([st, list]) => `${tag(st)}: ${listSome(list.map(describe))}`);
    parts.push(`${plural(gating.length, what)} — ${groups.join("; ")}`);
  } else if (seen.length === 0 || onBase.length + fixed.length === 0) {
    parts.push(none);
  } else {
    parts.push(`no new or worsened ${what[0]}`);
  }
  if (onBase.length)
    parts.push(
      `${plural(onBase.length, what)} already on base, not gated (failOn.mode: strict gates ${onBase.length === 1 ? "it" : "them"}): ${listSome(onBase.map(describe))}`,
    );
  if (fixed.length) parts.push(`${fixed.length} fixed: ${listSome(fixed.map(describe))}`);
  return {
    gate,
    failed: gating.length > 0,
    subjects: [...new Set(gating.map(subjectOf))],
    mode,
    conditions,
    reason: parts.join("; "),
  };
}

/**
 * The gates `config.failOn` enables, judged on the PR's effect: finding gates and the fit gate
 * classify each condition against the base; cost gates compare totals (a change by construction);
 * governance and breaking gates look at the base → head changes (new by construction); config
 * errors always fail (the config is read from the base, so there is nothing to compare it with).
 */
export function evaluateGates(
  files: FileReview[],
  summary: ReviewSummary,
  config: Config,
  configFindings: Finding[],
): GateResult[] {
  const gates: GateResult[] = [];
  const f = config.failOn;
  const changed = changedSpecs(files);

  // Findings of the head (file-level and of each changed spec) and the ones the head fixed.
  const findingConditions = (pred: (x: Finding) => boolean): Seen[] =>
    files.flatMap((file) => {
      const describe = (x: Finding) => `${where(file)}:${x.line} ${x.code}`;
      const own = [...file.findings.filter(pred), ...(file.fixed ?? []).filter(pred)].map((x): Seen => ({
        file,
        status: x.baseline ?? "new",
        detail: describe(x),
      }));
      const specs = file.specs
        .filter((s) => s.status !== "unchanged")
        .flatMap((spec) =>
          [...spec.findings.filter(pred), ...(spec.fixed ?? []).filter(pred)].map((x): Seen => ({
            file,
            spec,
            status: x.baseline ?? "new",
            detail: `${where(file, spec)}:${x.line} ${x.code}`,
          })),
        );
      return [...own, ...specs];
    });

  if (f.schemaErrors) {
    gates.push(
      conditionGate(
        "schema-errors",
        gateMode(f, "schema-errors"),
        findingConditions((x) => x.severity === "error" && (x.source === "parse" || x.source === "schema")),
        ["parse/schema error", "parse/schema errors"],
        "every changed spec parses and matches the schema",
        (s) => s.detail,
      ),
    );
  }
  if (f.ruleErrors) {
    gates.push(
      conditionGate(
        "rule-errors",
        gateMode(f, "rule-errors"),
        findingConditions((x) => x.severity === "error" && (x.source === "rule" || x.source === "estimate")),
        ["rule error", "rule errors"],
        "no best-practice rule at error severity",
        (s) => s.detail,
      ),
    );
  }
  if (f.doesNotFit) {
    const seen = changed.flatMap(({ file, spec }): Seen[] => {
      const status = classifyFit(spec.base, spec.head);
      if (status === null) return [];
      const side = status === "fixed" ? spec.base! : spec.head!;
      const m = side.estimate!.memory!.perGpu;
      const gpu = side.estimate!.gpu;
      const detail =
        status === "fixed"
          ? `${where(file, spec)} fits now (needed ${m.totalGiB.toFixed(1)} GiB per GPU on base, ${gpu.count}× ${gpu.resolvedAs ?? gpu.declared ?? "GPU"} offered ${m.usableGiB.toFixed(1)} GiB usable)`
          : `${where(file, spec)} needs ${m.totalGiB.toFixed(1)} GiB per GPU but ${gpu.count}× ${gpu.resolvedAs ?? gpu.declared ?? "GPU"} offers ${m.usableGiB.toFixed(1)} GiB usable${
              status === "worsened"
                ? ` (base needed ${spec.base!.estimate!.memory!.perGpu.totalGiB.toFixed(1)} of ${spec.base!.estimate!.memory!.perGpu.usableGiB.toFixed(1)})`
                : ""
            }`;
      return [{ file, spec, status, detail }];
    });
    gates.push(
      conditionGate(
        "does-not-fit",
        gateMode(f, "does-not-fit"),
        seen,
        ["spec that does not fit", "specs that do not fit"],
        "every changed spec fits in GPU memory (or cannot be estimated)",
        (s) => s.detail,
      ),
    );
  }
  const { deltaAtMax, deltaPctAtMax, beforeAtMax, afterAtMax } = summary.monthlyCost;
  if (f.monthlyCostIncreaseUsd !== null) {
    const failed = deltaAtMax !== null && deltaAtMax > f.monthlyCostIncreaseUsd;
    gates.push({
      gate: "monthly-cost-increase-usd",
      failed,
      reason:
        deltaAtMax === null
          ? "no changed spec could be priced"
          : `monthly cost at max replicas ${deltaAtMax >= 0 ? "+" : ""}${usd(deltaAtMax)} (${usd(beforeAtMax!)} → ${usd(afterAtMax!)}) ${failed ? "exceeds" : "is within"} the ${usd(f.monthlyCostIncreaseUsd)} limit`,
    });
  }
  if (f.monthlyCostIncreasePct !== null) {
    const failed = deltaPctAtMax !== null && deltaPctAtMax > f.monthlyCostIncreasePct;
    gates.push({
      gate: "monthly-cost-increase-pct",
      failed,
      reason:
        deltaPctAtMax === null
          ? "no priced baseline to compare against (new or unpriced specs)"
          : `monthly cost at max replicas ${deltaPctAtMax >= 0 ? "+" : ""}${deltaPctAtMax} % ${failed ? "exceeds" : "is within"} the ${f.monthlyCostIncreasePct} % limit`,
    });
  }
  // Governance and breaking changes are base → head differences: each one is new by construction.
  const changeList = (pred: (c: SpecChange) => boolean) =>
    changed.flatMap(({ file, spec }) => spec.changes.filter(pred).map((c) => ({ file, spec, c })));
  const describeChange = ({ file, spec, c }: { file: FileReview; spec: SpecReview; c: SpecChange }) =>
    `${where(file, spec)}: ${c.label} ${fmt(c.before)} → ${fmt(c.after)}${c.note ? ` (${c.note})` : ""}`;
  const changeGate = (gate: GateId, pred: (c: SpecChange) => boolean, prefix: string, none: string) => {
    const list = changeList(pred);
    gates.push({
      gate,
      failed: list.length > 0,
      subjects: [...new Set(list.map(subjectOf))],
      mode: gateMode(f, gate),
      conditions: list.map((x) => ({
        subject: subjectOf(x),
        file: x.file.path,
        status: "new",
        detail: describeChange(x),
        gating: true,
      })),
      reason: list.length ? `${prefix}: ${listSome(list.map(describeChange))}` : none,
    });
  };
  if (f.governanceLoosening)
    changeGate(
      "governance-loosening",
      (c) => c.loosensGovernance === true,
      "governance loosened (new in this PR)",
      "no governance control relaxed",
    );
  if (f.breakingChanges)
    changeGate(
      "breaking-changes",
      (c) => c.severity === "breaking",
      "breaking (new in this PR)",
      "no breaking change",
    );
  const configErrors = configFindings.filter((x) => x.severity === "error");
  if (configFindings.length) {
    gates.push({
      gate: "config-errors",
      failed: configErrors.length > 0,
      reason: configErrors.length
        ? `the review config has ${configErrors.length} error${configErrors.length === 1 ? "" : "s"} (defaults used for those keys): ${listSome(configErrors.map((x) => `${x.file}:${x.line} ${x.message}`))}`
        : "the review config has warnings only",
    });
  }
  return gates;
}
