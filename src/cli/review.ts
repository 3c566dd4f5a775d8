/**
 * `modelspec-review review`: the PR review, locally, between two git revisions.
 *
 *   modelspec-review review                       working tree (incl. untracked files) vs HEAD
 *   modelspec-review review --base main           working tree vs main
 *   modelspec-review review --base main --head feature
 *                                                 like a PR: feature vs its merge base with main
 *   options: --format text|markdown|json|sarif|summary, --config <file>, --cwd <dir>
 *
 * Exit codes: 0 no gate failed, 1 a gate failed, 2 usage error or not a git repository.
 * All git access lives here (and in ./git.ts); the review itself is the pure `analyse`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import picomatch from "picomatch";
import { CONFIG_PATH, defaultConfig, parseConfig } from "../core/config.js";
import { renderComment } from "../core/render/comment.js";
import { renderJobSummary } from "../core/render/job-summary.js";
import { renderJsonChunks } from "../core/render/json.js";
import { renderSarif } from "../core/render/sarif.js";
import { analyse } from "../core/review.js";
import type { Config, FilePair, Finding, RenderContext, Review } from "../core/types.js";
import { renderDriftText } from "../core/render/drift.js";
import { collectGitDrift } from "./drift.js";
import { changedFiles, git, GitError, readBlobs, readPairs, readWorktreeFile } from "./git.js";
import { renderText } from "./review-text.js";

/** The part of the dispatcher's `CliIo` (src/cli/io.ts) this command uses. */
export interface ReviewIo {
  out(text: string): void;
  err(text: string): void;
  /** Resolves once buffered output is written (streaming output waits on it). */
  flush?(): Promise<void>;
  cwd: string;
}

export const REVIEW_USAGE = `Usage: modelspec-review review [--base <ref>] [--head <ref> | --worktree] [--format text|markdown|json|sarif|summary] [--config <file>] [--cwd <dir>]

Reviews the ModelSpec files that changed between two git revisions: validation, best-practice rules,
GPU memory fit, cost, and the operational diff. Exits 1 when a gate in the config's failOn fails.

  --base <ref>     base revision (default HEAD)
  --head <ref>     head revision (compared from its merge base with --base, as a pull request is)
  --worktree       review the working tree, untracked files included (default), from its merge
                   base with --base
  --format <f>     text (default), markdown (the PR comment), json (the report, schema/report.v1.json),
                   sarif (SARIF 2.1.0 for code scanning) or summary (the job-summary markdown)
  --config <file>  review config (default: .github/modelspec-review.yml in the working tree)
  --cwd <dir>      run in this repository (default: the current directory)
`;

interface Args {
  base: string;
  head: string | null;
  format: "text" | "markdown" | "json" | "sarif" | "summary";
  config: string | null;
  cwd: string | null;
  help: boolean;
}

export function parseReviewArgs(argv: string[]): Args | string {
  const args: Args = { base: "HEAD", head: null, format: "text", config: null, cwd: null, help: false };
  let worktree = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] =
      a.startsWith("--") && a.includes("=")
        ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
        : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case "-h":
      case "--help":
        args.help = true;
        break;
      case "--base": {
        const v = value();
        if (!v) return "--base needs a git revision";
        args.base = v;
        break;
      }
      case "--head": {
        const v = value();
        if (!v) return "--head needs a git revision";
        args.head = v;
        break;
      }
      case "--worktree":
        worktree = true;
        break;
      case "--format": {
        const v = value();
        if (v !== "text" && v !== "markdown" && v !== "json" && v !== "sarif" && v !== "summary")
          return `--format must be text, markdown, json, sarif or summary (got ${v ?? "nothing"})`;
        args.format = v;
        break;
      }
      case "--config": {
        const v = value();
        if (!v) return "--config needs a file";
        args.config = v;
        break;
      }
      case "--cwd": {
        const v = value();
        if (!v) return "--cwd needs a directory";
        args.cwd = v;
        break;
      }
      default:
        return `unknown argument ${a}`;
    }
  }
  if (worktree && args.head !== null) return "--head and --worktree exclude each other";
  return args;
}

export interface ReviewRun {
  review: Review;
  /** Changed spec files left out because of `limits.maxFiles`. */
  skippedFiles: number;
  pairs: FilePair[];
  config: Config;
  configFindings: Finding[];
  baseSha: string;
  headSha: string | null;
}

/** Collects the changed spec files between two revisions and analyses them. */
export async function reviewRepository(
  cwd: string,
  opts: { base: string; head: string | null; configFile?: string | null },
): Promise<ReviewRun> {
  const root = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  const baseSha = (
    await git(root, ["rev-parse", "--verify", "--quiet", `${opts.base}^{commit}`]).catch(() => "")
  ).trim();
  if (!baseSha) throw new GitError(`unknown revision ${opts.base}`);
  const sha = async (rev: string) =>
    (await git(root, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).catch(() => "")).trim();
  let headSha: string | null = null;
  if (opts.head !== null) {
    headSha = await sha(opts.head);
    if (!headSha) throw new GitError(`unknown revision ${opts.head}`);
  }
  // As a pull request does: compare from the merge base of base and head (HEAD for the working
  // tree), so commits that landed on the base branch after the fork are not blamed on the change.
  const tip = headSha ?? (await sha("HEAD"));
  const mergeBase = tip ? (await git(root, ["merge-base", baseSha, tip]).catch(() => "")).trim() : "";
  const compareFrom = mergeBase || baseSha;

  const { config, findings: configFindings } = readConfig(root, cwd, opts.configFile ?? null);
  const isSpec = picomatch(config.paths, { dot: true });
  const changed = (await changedFiles(root, compareFrom, headSha)).filter(
    (f) => isSpec(f.path) || (f.previousPath !== undefined && isSpec(f.previousPath)),
  );
  const capped = changed.slice(0, config.limits.maxFiles);

  // Blobs by object id (NUL-safe); links are refused and bad bytes reported, as validate does.
  const pairs = await readPairs(root, capped);
  // Every path at head, so rules can check that dependency specRefs point at real files.
  const listing =
    headSha !== null
      ? await git(root, ["ls-tree", "-r", "--name-only", "-z", headSha])
      : await git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  const knownPaths = new Set(listing.split("\0").filter(Boolean));
  // Model configs (issue #12): committed .modelspec/models/… at head, the Hugging Face cache, the Hub.
  const { loadModelTexts } = await import("../hub/index.js");
  const models = await loadModelTexts(pairs, config, {
    readRepoFiles: async (paths) => {
      const out = new Map<string, string | null>();
      if (headSha !== null) {
        const got = await readBlobs(
          root,
          paths.map((p) => `${headSha}:${p}`),
        );
        for (const p of paths) out.set(p, got.get(`${headSha}:${p}`) ?? null);
      } else {
        for (const p of paths) out.set(p, (await readWorktreeFile(root, p)) ?? null);
      }
      return out;
    },
  });
  // Deployment drift: specs and manifests at both revisions (src/cli/drift.ts collects them).
  const drift = await collectGitDrift(root, compareFrom, headSha, config);
  const review = analyse(pairs, config, { configFindings, knownPaths, drift, models });
  if (changed.length > capped.length) review.summary.filesNotReviewed = changed.length - capped.length;
  return {
    review,
    skippedFiles: changed.length - capped.length,
    pairs,
    config,
    configFindings,
    baseSha,
    headSha,
  };
}

function readConfig(root: string, cwd: string, file: string | null): { config: Config; findings: Finding[] } {
  const path = file ? resolve(cwd, file) : join(root, CONFIG_PATH);
  if (!file && !existsSync(path)) return { config: defaultConfig(), findings: [] };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    return {
      config: defaultConfig(),
      findings: [
        {
          code: "config/unreadable",
          severity: "error",
          source: "config",
          file: file ?? CONFIG_PATH,
          pointer: "",
          line: 1,
          column: 1,
          message: `The config file could not be read: ${(err as Error).message}`,
        },
      ],
    };
  }
  return parseConfig(text, file ?? CONFIG_PATH);
}

/** The `review` command (`run` is the dispatcher's entry). Resolves to the exit code. */
export async function run(argv: string[], io: ReviewIo): Promise<number> {
  const args = parseReviewArgs(argv);
  if (typeof args === "string") {
    io.err(`modelspec-review review: ${args}\n\n${REVIEW_USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(REVIEW_USAGE);
    return 0;
  }
  const cwd = args.cwd ? resolve(io.cwd, args.cwd) : io.cwd;
  let run: ReviewRun;
  try {
    run = await reviewRepository(cwd, { base: args.base, head: args.head, configFile: args.config });
  } catch (err) {
    if (err instanceof GitError) {
      io.err(`modelspec-review review: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const { review } = run;
  run.pairs = []; // the texts are no longer needed: let them go before rendering a large report
  if (run.skippedFiles > 0)
    io.err(
      `modelspec-review review: ${run.skippedFiles} more changed spec file(s) were not reviewed (limits.maxFiles is ${run.config.limits.maxFiles}).\n`,
    );
  const ctx: RenderContext = {
    tag: run.config.comment.tag,
    baseSha: run.baseSha,
    onNoChange: run.config.comment.onNoChange,
    ...(run.headSha ? { headSha: run.headSha } : {}),
    ...(run.skippedFiles > 0
      ? {
          notices: [
            `${run.skippedFiles + run.config.limits.maxFiles} ModelSpec files changed; only the first ${run.config.limits.maxFiles} were reviewed (\`limits.maxFiles\`).`,
          ],
        }
      : {}),
  };
  if (args.format === "json") {
    // Streamed, waiting for stdout now and then: a 3,000-spec report is tens of MB, and a pipe
    // that is written faster than it is read would otherwise queue all of it in memory (issue #14).
    let n = 0;
    for (const chunk of renderJsonChunks(review, ctx)) {
      io.out(chunk);
      if (++n % 4 === 0 && io.flush) await io.flush();
    }
  } else if (args.format === "sarif") io.out(renderSarif(review, ctx));
  else if (args.format === "summary") io.out(renderJobSummary(review, ctx));
  else if (args.format === "markdown") io.out(`${renderComment(review, ctx)}\n`);
  else {
    io.out(renderText(review, { base: args.base, head: args.head ?? "working tree" }));
    if (review.drift && (review.drift.links.length || review.drift.findings.length))
      io.out(`\n${renderDriftText(review.drift)}`);
  }
  return review.conclusion.status === "failure" ? 1 : 0;
}
