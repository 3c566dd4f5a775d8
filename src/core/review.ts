/**
 * The one entry every front end calls: changed files (texts in, no I/O) + config → a `Review`.
 *
 *   1. parse both sides of every file (A's `parseFile`), keep the ModelSpec documents
 *   2. pair base and head documents (by `metadata.name`, then by position)
 *   3. validate both sides (schema), estimate both sides (memory fit, KV cache, cost)
 *   4. best-practice rules on the head (R's `runRules`: config overrides + annotation suppression)
 *   5. config overrides for every other finding (schema/estimate codes), sort by line
 *   6. operational diff base → head, release note
 *   7. every head finding classified against the base (new / worsened / unchanged), the fixed ones kept
 *   8. PR-level totals, gates per `config.failOn` on the PR's own effect (gates.ts), conclusion with reasons
 *
 * Pure: the same input always yields the same review; user errors are findings, never exceptions.
 */
import { escapeToken } from "./pointer.js";
import { CONFIG_PATH } from "./settings.js";
import { diffSpecs, unifiedDiff } from "./diff/index.js";
import { releaseNoteFor } from "./diff/release.js";
import { estimate } from "./estimate/index.js";
import { analyseDrift } from "./drift/index.js";
import { driftGate } from "./drift/gate.js";
import { analyseRuntime, type RuntimeInput } from "./runtime/gate.js";
import type {
  DriftReport,
  DriftSkip,
  Config,
  Estimate,
  FilePair,
  FileReview,
  FileStatus,
  Finding,
  ModelSpec,
  ParsedDocument,
  ParsedFile,
  Position,
  Review,
  ReviewSummary,
  SpecReview,
  SpecSide,
  SuppressedFinding,
} from "./types.js";
import { makeFinding } from "./findings.js";
import { classifyFindings, evaluateGates } from "./gates.js";
import { parseFile } from "./parse.js";
import { RULES, runRules } from "./rules/index.js";
import { isModelSpec, validateDocument } from "./validate.js";
import type { ModelTexts } from "./models/sources.js";
import { closest, distance } from "fastest-levenshtein";

/** Options of `analyse`: config findings and file, known repository paths, model configs and drift context. */
export interface AnalyseOptions {
  /** Findings from `parseConfig` (bad repo config); shown in the report and gated as config-errors. */
  configFindings?: Finding[];
  /** The config file the review read (what config findings name); default `CONFIG_PATH`. */
  configFile?: string;
  /** Repository paths at head, when the adapter knows them (lets rules check dependency `specRef`s). */
  knownPaths?: Set<string>;
  /**
   * Model config.json texts the edge fetched (committed files, cache, Hugging Face Hub) for the refs
   * `modelsNeeded(pairs, config)` listed; the resolver reads architectures from them.
   */
  models?: ModelTexts;
  /**
   * Deployment drift: the manifests the adapter collected (both sides) and the spec files the
   * change did not touch (same text both sides), so a manifest-only change finds its spec.
   * Absent: no drift stage.
   */
  drift?: { manifests: FilePair[]; contextSpecs?: FilePair[]; skipped?: DriftSkip[]; all?: boolean };
  /**
   * Running vs declared (docs/runtime.md): a piqc scan, held against the changed specs and the
   * drift context's unchanged ones on both sides, classified by the change's effect and gated by
   * `failOn.runtimeDrift`. `now` is the adapter's clock (ISO time): the core has none.
   */
  runtime?: RuntimeInput & { now: string };
}

/**
 * Review a change: every file pair parsed, validated, checked by the rules, estimated, diffed and gated
 * into one Review.
 */
export function analyse(pairs: FilePair[], config: Config, options: AnalyseOptions = {}): Review {
  const files = [...pairs]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((pair) => reviewFile(pair, config, options));
  const configFindings = [
    ...(options.configFindings ?? []),
    ...unknownRuleIds(config, options.configFile ?? CONFIG_PATH),
  ];
  const reviewed = files.filter((f) => f.isModelSpec);
  const summary = summarise(reviewed);
  const gates = evaluateGates(reviewed, summary, config, configFindings);
  const drift = options.drift ? runDrift(pairs, config, options) : undefined;
  const dg = driftGate(drift, config);
  if (dg) gates.push(dg);
  const runtime = options.runtime ? runRuntime(pairs, config, options) : undefined;
  if (runtime?.gate) gates.push(runtime.gate);
  const failed = gates.some((g) => g.failed);
  const looked = reviewed.length > 0 || (drift?.links.length ?? 0) > 0;
  return {
    files,
    summary,
    conclusion: { status: failed ? "failure" : looked ? "success" : "neutral", gates },
    configFindings,
    assumptions: globalAssumptions(reviewed, config),
    releaseNotes: reviewed.flatMap((f) => f.specs.flatMap((s) => (s.releaseNote ? [s.releaseNote] : []))),
    // Attached only when there is something to say, so reviews of repositories without manifests
    // (and their reports) stay as they were.
    ...(drift && (drift.links.length > 0 || drift.findings.length > 0) ? { drift } : {}),
    ...(runtime ? { runtime: runtime.report } : {}),
  };
}

/** Running vs declared over the changed specs plus the drift context's unchanged ones. */
function runRuntime(pairs: FilePair[], config: Config, options: AnalyseOptions) {
  const r = options.runtime!;
  const changed = new Set(pairs.map((p) => p.path));
  const specs = [...pairs, ...(options.drift?.contextSpecs ?? []).filter((p) => !changed.has(p.path))];
  return analyseRuntime(
    { file: r.file, text: r.text, ...(r.inRepo ? { inRepo: true } : {}) },
    specs,
    config,
    { now: r.now },
  );
}

/** The drift stage over the changed specs plus the context the adapter collected; config.rules apply. */
function runDrift(pairs: FilePair[], config: Config, options: AnalyseOptions): DriftReport {
  const d = options.drift!;
  const changed = new Set(pairs.map((p) => p.path));
  const specs = [...pairs, ...(d.contextSpecs ?? []).filter((p) => !changed.has(p.path))];
  const report = analyseDrift({ specs, manifests: d.manifests.filter((p) => !changed.has(p.path)) }, config, {
    ...(d.all ? { all: true } : {}),
    ...(d.skipped ? { skipped: d.skipped } : {}),
    ...(options.models ? { models: options.models } : {}),
  });
  const { active } = applyConfig(report.findings, config);
  return { ...report, findings: active };
}

// ─── One file ───────────────────────────────────────────────────────────────────────────────────

function fileStatus(pair: FilePair): FileStatus {
  if (pair.base === undefined) return "added";
  if (pair.head === undefined) return "deleted";
  if (pair.previousPath !== undefined && pair.previousPath !== pair.path) return "renamed";
  return pair.base === pair.head ? "unchanged" : "modified";
}

interface Doc {
  doc: ParsedDocument;
  spec: ModelSpec;
  name: string | null;
}

function modelSpecDocs(parsed: ParsedFile | null): Doc[] {
  if (!parsed) return [];
  return parsed.documents
    .filter((d) => isModelSpec(d.value))
    .map((d) => {
      const spec = d.value as ModelSpec;
      const name = spec.metadata?.name;
      return { doc: d, spec, name: typeof name === "string" && name !== "" ? name : null };
    });
}

function reviewFile(pair: FilePair, config: Config, options: AnalyseOptions): FileReview {
  const status = fileStatus(pair);
  const parseOpts = { maxBytes: config.limits.maxFileBytes };
  const basePath = pair.previousPath ?? pair.path;
  const side = (path: string, text: string | undefined, problem: Finding | undefined): ParsedFile | null =>
    problem
      ? { file: path, documents: [], findings: [problem] }
      : text !== undefined
        ? parseFile(path, text, parseOpts)
        : null;
  const baseParsed = side(basePath, pair.base, pair.baseProblem);
  const headParsed = side(pair.path, pair.head, pair.headProblem);
  const baseDocs = modelSpecDocs(baseParsed);
  const headDocs = modelSpecDocs(headParsed);
  const headParseErrors = (headParsed?.findings ?? []).filter((f) => f.severity === "error");

  const review: FileReview = {
    path: pair.path,
    status,
    // A file handed to us matched the spec globs: if its head cannot be read, that is news even
    // when no document can be recognised as a ModelSpec any more.
    isModelSpec: baseDocs.length > 0 || headDocs.length > 0 || headParseErrors.length > 0,
    specs: [],
    findings: [],
    diff: null,
  };
  if (pair.previousPath !== undefined && pair.previousPath !== pair.path)
    review.previousPath = pair.previousPath;
  if (!review.isModelSpec) return review;

  const multiDoc =
    Math.max(baseParsed?.documents.length ?? 0, headParsed?.documents.length ?? 0) > 1 ||
    (headParsed?.findings ?? []).some((f) => f.document !== undefined && f.document > 0);
  const { active, suppressed } = applyConfig(
    (headParsed?.findings ?? []).filter((f) => f.document === undefined || !multiDoc),
    config,
  );
  review.findings = sortFindings(active);
  if (baseParsed) {
    // File-level problems the base already had are not this PR's news (matched by code + pointer).
    const baseActive = applyConfig(
      baseParsed.findings.filter((f) => f.document === undefined || !multiDoc),
      config,
    ).active;
    const classified = classifyFindings(baseActive, review.findings);
    review.findings = classified.head;
    if (classified.fixed.length) review.fixed = sortFindings(classified.fixed);
  }
  const docFindings = (index: number) =>
    multiDoc ? (headParsed?.findings ?? []).filter((f) => f.document === index) : [];
  const baseDocFindings = (index: number) =>
    multiDoc ? (baseParsed?.findings ?? []).filter((f) => f.document === index) : [];

  for (const [b, h] of pairDocuments(baseDocs, headDocs)) {
    review.specs.push(
      reviewSpec(pair, status, b, h, multiDoc, config, options, {
        head: docFindings,
        base: baseDocFindings,
        headUnreadable: headParseErrors.length > 0,
      }),
    );
  }
  // File-level parse findings the config switched off still count as suppressed.
  if (suppressed.length && review.specs[0]) review.specs[0].suppressed.push(...suppressed);
  review.specs.sort((x, y) => x.index - y.index);
  review.diff =
    status === "modified" || status === "renamed"
      ? unifiedDiff(pair.path, review.previousPath, pair.base, pair.head)
      : null;
  return review;
}

/** Pairs base and head documents: by metadata.name first, then the rest by position. */
function pairDocuments(base: Doc[], head: Doc[]): [Doc | null, Doc | null][] {
  const out: [Doc | null, Doc | null][] = [];
  const usedBase = new Set<Doc>();
  const unmatchedHead: Doc[] = [];
  for (const h of head) {
    const b = h.name !== null ? base.find((d) => !usedBase.has(d) && d.name === h.name) : undefined;
    if (b) {
      usedBase.add(b);
      out.push([b, h]);
    } else unmatchedHead.push(h);
  }
  const restBase = base.filter((d) => !usedBase.has(d));
  for (const h of unmatchedHead) {
    // Same position, and the base document's name is not still present elsewhere in head.
    const b = restBase.find(
      (d) =>
        !usedBase.has(d) &&
        d.doc.index === h.doc.index &&
        !head.some((x) => x.name !== null && x.name === d.name),
    );
    if (b) usedBase.add(b);
    out.push([b ?? null, h]);
  }
  for (const b of base) if (!usedBase.has(b)) out.push([b, null]);
  return out;
}

function reviewSpec(
  pair: FilePair,
  fileStat: FileStatus,
  b: Doc | null,
  h: Doc | null,
  multiDoc: boolean,
  config: Config,
  options: AnalyseOptions,
  parseFindings: {
    head: (index: number) => Finding[];
    base: (index: number) => Finding[];
    headUnreadable: boolean;
  },
): SpecReview {
  const { head: docFindings, headUnreadable } = parseFindings;
  const basePath = pair.previousPath ?? pair.path;
  const baseFindings = b ? validateDocument(basePath, b.doc, multiDoc) : [];
  const baseSide: SpecSide | null = b
    ? {
        spec: b.spec,
        valid: !baseFindings.some((f) => f.severity === "error"),
        estimate: runEstimate(b.spec, config, basePath, b.doc, multiDoc, options.models),
      }
    : null;

  let status: FileStatus;
  if (!b) status = "added";
  else if (!h) status = headUnreadable ? "modified" : "deleted";
  else if (fileStat === "renamed") status = "renamed";
  else status = deepEqual(b.doc.value, h.doc.value) ? "unchanged" : "modified";

  const index = (h ?? b)!.doc.index;
  const name = h?.name ?? b?.name ?? `${pair.path}#${index}`;
  const spec: SpecReview = {
    name,
    index,
    status,
    base: baseSide,
    head: null,
    changes: [],
    findings: [],
    suppressed: [],
    baseErrorCount: baseFindings.filter((f) => f.severity === "error").length,
    releaseNote: null,
  };

  // What the base already had, found the same way as on the head: the yardstick of "new".
  const baseActive = (): Finding[] =>
    b && baseSide
      ? sideFindings(
          { path: basePath, doc: b, estimate: baseSide.estimate, schema: baseFindings, multiDoc },
          parseFindings.base(b.doc.index),
          config,
          options,
        ).active
      : [];
  const classify = () => {
    if (!b) return;
    const classified = classifyFindings(baseActive(), spec.findings);
    spec.findings = classified.head;
    if (classified.fixed.length) spec.fixed = sortFindings(classified.fixed);
  };

  if (!h) {
    if (headUnreadable) {
      // The head could not be parsed: there is nothing to compare, and the parse errors say why.
      spec.head = { spec: null, valid: false, estimate: null };
      spec.findings = sortFindings(applyConfig(docFindings(index), config).active);
      classify();
      return spec;
    }
    spec.changes = diffSpecs(baseSide, null, config);
    spec.releaseNote = releaseNoteFor(name, baseSide, null, spec.changes);
    return spec;
  }

  const headEstimate = runEstimate(h.spec, config, pair.path, h.doc, multiDoc, options.models);
  const schemaFindings = validateDocument(pair.path, h.doc, multiDoc);
  const headSide: SpecSide = {
    spec: h.spec,
    valid: !schemaFindings.some((f) => f.severity === "error"),
    estimate: headEstimate,
  };
  spec.head = headSide;
  if (status === "unchanged") {
    // Nothing the PR did: no changes, no findings (they are not this PR's news), totals still count.
    return spec;
  }

  const found = sideFindings(
    { path: pair.path, doc: h, estimate: headEstimate, schema: schemaFindings, multiDoc },
    docFindings(h.doc.index),
    config,
    options,
  );
  spec.findings = found.active;
  spec.suppressed = found.suppressed;
  classify();
  // Figures estimated from a head that fails the schema rest on fields the schema rejected: compare
  // the declared fields only, and leave the spec out of the cost totals (see summarise).
  spec.changes = headSide.valid
    ? diffSpecs(baseSide, headSide, config)
    : diffSpecs(baseSide && { ...baseSide, estimate: null }, { ...headSide, estimate: null }, config);
  spec.releaseNote = releaseNoteFor(name, baseSide, headSide, spec.changes);
  return spec;
}

/**
 * Every active finding of one side of a spec — document parse findings, schema, estimate (minus
 * those a rule restates), rules — after the config's overrides, sorted; the same for base and head,
 * so the base's list is the yardstick the head's is classified against.
 */
function sideFindings(
  side: { path: string; doc: Doc; estimate: Estimate | null; schema: Finding[]; multiDoc: boolean },
  parseFindings: Finding[],
  config: Config,
  options: AnalyseOptions,
): { active: Finding[]; suppressed: SuppressedFinding[] } {
  const { doc } = side;
  const at = {
    file: side.path,
    locate: (p: string): Position => doc.doc.locate(p),
    ...(side.multiDoc ? { document: doc.doc.index } : {}),
  };
  const rules = runRules(
    doc.spec,
    side.estimate,
    at,
    config,
    options.knownPaths ? { knownPaths: options.knownPaths } : undefined,
  );
  // Estimate findings a rule restated (e.g. estimate/unknown-gpu → MS-ACCEL-001) are reported once, as the rule.
  const superseded = new Set(rules.supersededEstimateCodes);
  const other = applyConfig(
    [
      ...parseFindings,
      ...side.schema,
      ...(side.estimate?.findings ?? []).filter((f) => !superseded.has(f.code)),
    ],
    config,
  );
  return {
    active: sortFindings([...other.active, ...rules.findings]),
    suppressed: sortFindings([...other.suppressed, ...rules.suppressed]) as SuppressedFinding[],
  };
}

function runEstimate(
  spec: ModelSpec,
  config: Config,
  file: string,
  doc: ParsedDocument,
  multiDoc: boolean,
  models: ModelTexts | undefined,
): Estimate | null {
  return estimate(
    spec,
    config,
    {
      file,
      locate: (p) => doc.locate(p),
      ...(multiDoc ? { document: doc.index } : {}),
    },
    models,
  );
}

// ─── Findings ───────────────────────────────────────────────────────────────────────────────────

/**
 * Applies `config.rules` to findings that the rules engine did not produce (schema, estimate):
 * "off" moves them to the suppressed list, a severity replaces theirs. Parse errors cannot be
 * switched off: a file that cannot be read cannot be reviewed.
 */
function applyConfig(
  findings: Finding[],
  config: Config,
): { active: Finding[]; suppressed: SuppressedFinding[] } {
  const active: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const setting = config.rules[f.code];
    if (setting === undefined || (f.source === "parse" && f.severity === "error")) active.push(f);
    else if (setting === "off")
      suppressed.push({ ...f, suppressedBy: "config", reason: `rules.${f.code} is off in the repo config` });
    else active.push({ ...f, severity: setting });
  }
  return { active, suppressed };
}

function sortFindings<T extends Finding>(findings: T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      (a.document ?? 0) - (b.document ?? 0) ||
      a.line - b.line ||
      a.column - b.column ||
      a.code.localeCompare(b.code),
  );
}

/** Config `rules` keys that look like rule ids (MS-…) but name no rule: a typo silently does nothing. */
function unknownRuleIds(config: Config, file: string): Finding[] {
  const known: string[] = RULES.map((r) => r.id);
  const out: Finding[] = [];
  for (const id of Object.keys(config.rules)) {
    if (!/^MS-/i.test(id) || known.includes(id)) continue;
    const guess = closest(id, known);
    out.push(
      makeFinding(
        "config/unknown-rule",
        "warning",
        "config",
        { file, pointer: `/rules/${escapeToken(id)}`, line: 1, column: 1 },
        `\`rules.${id}\` names no known rule; the setting has no effect.`,
        { hint: guess && distance(id, guess) <= 2 ? `Did you mean \`${guess}\`?` : undefined },
      ),
    );
  }
  return out;
}

// ─── Summary and gates ──────────────────────────────────────────────────────────────────────────

const allSpecs = (files: FileReview[]) => files.flatMap((f) => f.specs.map((s) => ({ file: f, spec: s })));
const changedSpecs = (files: FileReview[]) =>
  allSpecs(files).filter(({ spec }) => spec.status !== "unchanged");

function allFindings(files: FileReview[]): Finding[] {
  return files.flatMap((f) => [...f.findings, ...f.specs.flatMap((s) => s.findings)]);
}

function summarise(files: FileReview[]): ReviewSummary {
  const changed = changedSpecs(files);
  const findings = allFindings(files);
  const changes = changed.flatMap(({ spec }) => spec.changes);
  const fileErrors = new Set(files.filter((f) => f.findings.some((x) => x.severity === "error")));

  // Cost totals over the changed specs that can be priced on every side they have; an added spec
  // counts from 0, a deleted one to 0. A spec with an unpriced side is left out of both totals.
  let priced = 0;
  const total = { beforeAtMin: 0, afterAtMin: 0, beforeAtMax: 0, afterAtMax: 0 };
  for (const { spec } of changed) {
    const bc = spec.base ? spec.base.estimate?.cost : undefined;
    const hc = spec.head ? spec.head.estimate?.cost : undefined;
    if ((spec.base && !bc) || (spec.head && (!hc || !spec.head.valid))) continue;
    priced++;
    total.beforeAtMin += bc?.monthlyUsd.atMinReplicas ?? 0;
    total.beforeAtMax += bc?.monthlyUsd.atMaxReplicas ?? 0;
    total.afterAtMin += hc?.monthlyUsd.atMinReplicas ?? 0;
    total.afterAtMax += hc?.monthlyUsd.atMaxReplicas ?? 0;
  }
  const money = (n: number) => Math.round(n * 100) / 100;
  const monthlyCost: ReviewSummary["monthlyCost"] =
    priced === 0
      ? {
          beforeAtMin: null,
          afterAtMin: null,
          beforeAtMax: null,
          afterAtMax: null,
          deltaAtMin: null,
          deltaAtMax: null,
          deltaPctAtMax: null,
        }
      : {
          beforeAtMin: money(total.beforeAtMin),
          afterAtMin: money(total.afterAtMin),
          beforeAtMax: money(total.beforeAtMax),
          afterAtMax: money(total.afterAtMax),
          deltaAtMin: money(total.afterAtMin - total.beforeAtMin),
          deltaAtMax: money(total.afterAtMax - total.beforeAtMax),
          deltaPctAtMax:
            total.beforeAtMax > 0
              ? Math.round(((total.afterAtMax - total.beforeAtMax) / total.beforeAtMax) * 1000) / 10
              : null,
        };

  const count = (sev: Finding["severity"]) => findings.filter((f) => f.severity === sev).length;
  const errors = count("error");
  return {
    specsChanged: changed.length,
    specsWithErrors: changed.filter(
      ({ file, spec }) => spec.findings.some((f) => f.severity === "error") || fileErrors.has(file),
    ).length,
    specsNotFitting: changed.filter(({ spec }) => spec.head?.estimate?.memory?.verdict === "does-not-fit")
      .length,
    governanceLoosened: changes.filter((c) => c.loosensGovernance).length,
    breakingChanges: changes.filter((c) => c.severity === "breaking").length,
    monthlyCost,
    findings: {
      error: errors,
      warning: count("warning"),
      notice: count("notice"),
      suppressed: files.reduce((n, f) => n + f.specs.reduce((m, s) => m + s.suppressed.length, 0), 0),
    },
    noOperationalChange:
      errors === 0 &&
      changed.every(
        ({ spec }) => spec.changes.length === 0 && spec.status !== "added" && spec.status !== "deleted",
      ),
  };
}

function globalAssumptions(files: FileReview[], config: Config): string[] {
  const out = new Set<string>();
  const sides = allSpecs(files).flatMap(({ spec }) => [spec.base, spec.head]);
  for (const side of sides) {
    const c = side?.estimate?.cost;
    if (c)
      out.add(
        `Prices: ${c.provider}${c.spot ? " spot" : " on-demand"} from ${c.priceSource} (as of ${c.priceAsOf}).`,
      );
  }
  out.add(`A month is ${config.estimate.hoursPerMonth} hours; replicas are assumed to run all month.`);
  const unpriced = changedSpecs(files).filter(
    ({ spec }) =>
      (spec.base && !spec.base.estimate?.cost) ||
      (spec.head && spec.head.spec && (!spec.head.estimate?.cost || !spec.head.valid)),
  ).length;
  if (unpriced)
    out.add(
      `${unpriced} changed spec${unpriced === 1 ? "" : "s"} could not be priced (unknown model or GPU, or a head that fails the schema) and ${unpriced === 1 ? "is" : "are"} left out of the cost totals.`,
    );
  return [...out];
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
