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
 * Wiring only, like the Action and the app: a local-git ChangeSource (./git-source.ts) and a
 * terminal Publisher (below) handed to the shared flow (`reviewChange`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CONFIG_PATH, LOCAL_READ_CAP } from "../core/settings.js";
import { renderComment } from "../core/render/comment.js";
import { renderDriftText } from "../core/render/drift.js";
import { renderJobSummary } from "../core/render/job-summary.js";
import { renderJsonChunks } from "../core/render/json.js";
import { renderSarif } from "../core/render/sarif.js";
import type { Finding, Review } from "../core/types.js";
import { reviewChange, type PipelineResult } from "../flow/review-change.js";
import type { Publisher } from "../ports/index.js";
import { GitError } from "./git.js";
import { localGitSource } from "./git-source.js";
import { renderText } from "./review-text.js";

/** The part of the dispatcher's `CliIo` (src/cli/io.ts) this command uses. */
export interface ReviewIo {
  out(text: string): void;
  err(text: string): void;
  /** Resolves once buffered output is written (streaming output waits on it). */
  flush?(): Promise<void>;
  cwd: string;
}

/** Help text of `modelspec-review review`, printed for `--help` and after a usage error (exit 2). */
export const REVIEW_USAGE = `Usage: modelspec-review review [--base <ref>] [--head <ref> | --worktree] [--format text|markdown|json|sarif|summary] [--config <file>] [--cwd <dir>]

Reviews the ModelSpec files that changed between two git revisions: validation, best-practice rules,
GPU memory fit, cost, and the operational diff. Exits 1 when a gate in the config's failOn fails.

  --base <ref>     base revision (default HEAD)
  --head <ref>     head revision (compared from its merge base with --base, as a pull request is)
  --worktree       review the working tree, untracked files included (default), from its merge
                   base with --base
  --format <f>     text (default), markdown (the PR comment), json (the report, schema/report.v1.json),
                   sarif (SARIF 2.1.0 for code scanning) or summary (the job-summary markdown)
  --config <file>  review config (default: ${CONFIG_PATH} in the working tree)
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

/**
 * Parses `review`'s arguments (`--flag value` or `--flag=value`) over the defaults (base `HEAD`,
 * working tree, text format). Returns the error message instead of throwing on an unknown argument,
 * a missing value, a bad `--format`, or `--head` together with `--worktree`.
 */
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

/**
 * The terminal publisher: nothing to comment on and no check run to write; `report` prints the
 * review in the chosen format (the JSON report streamed) and remembers it for the exit code.
 */
export function terminalPublisher(
  io: ReviewIo,
  format: Args["format"],
  where: { base: string; head: string },
): Publisher & { printed(): Review | null } {
  let printed: Review | null = null;
  const nothing = (): never => {
    throw new Error("the terminal publisher has no comments or check runs");
  };
  return {
    upsertComment: nothing,
    startCheckRun: nothing,
    completeCheckRun: nothing,
    printed: () => printed,
    async report(review, ctx) {
      printed = review;
      if (format === "json") {
        // Streamed, waiting for stdout now and then: a 3,000-spec report is tens of MB, and a pipe
        // that is written faster than it is read would otherwise queue all of it in memory (issue #14).
        let n = 0;
        for (const chunk of renderJsonChunks(review, ctx)) {
          io.out(chunk);
          if (++n % 4 === 0 && io.flush) await io.flush();
        }
      } else if (format === "sarif") io.out(renderSarif(review, ctx));
      else if (format === "summary") io.out(renderJobSummary(review, ctx));
      else if (format === "markdown") io.out(`${renderComment(review, ctx)}\n`);
      else {
        io.out(renderText(review, where));
        if (review.drift && (review.drift.links.length || review.drift.findings.length))
          io.out(`\n${renderDriftText(review.drift)}`);
      }
    },
  };
}

/**
 * Reviews the changes between two revisions (head null: the working tree) with the shared flow
 * over the local-git source, publishing through `publisher`.
 */
export async function reviewRepository(
  cwd: string,
  opts: { base: string; head: string | null; configFile?: string | null },
  publisher: Publisher,
): Promise<PipelineResult> {
  const source = await localGitSource(cwd, { base: opts.base, head: opts.head });
  return reviewChange(source, publisher, {
    // The config in the working tree (or --config), not at the base: a local run tries it out.
    configText: { ...readConfig(source.root, cwd, opts.configFile ?? null), readAtHead: true },
    checkName: null,
    renderOutputs: false,
    readCap: LOCAL_READ_CAP,
  });
}

/** The config text to review with: --config, else the working tree's file; a read failure is a finding. */
function readConfig(
  root: string,
  cwd: string,
  file: string | null,
): { text: string | null; file: string; findings?: Finding[] } {
  const path = file ? resolve(cwd, file) : join(root, CONFIG_PATH);
  const name = file ?? CONFIG_PATH;
  if (!file && !existsSync(path)) return { text: null, file: name };
  try {
    return { text: readFileSync(path, "utf8"), file: name };
  } catch (err) {
    return {
      text: null,
      file: name,
      findings: [
        {
          code: "config/unreadable",
          severity: "error",
          source: "config",
          file: name,
          pointer: "",
          line: 1,
          column: 1,
          message: `The config file could not be read: ${(err as Error).message}`,
        },
      ],
    };
  }
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
  const publisher = terminalPublisher(io, args.format, {
    base: args.base,
    head: args.head ?? "working tree",
  });
  let run: PipelineResult;
  try {
    run = await reviewRepository(
      cwd,
      { base: args.base, head: args.head, configFile: args.config },
      publisher,
    );
  } catch (err) {
    if (err instanceof GitError) {
      io.err(`modelspec-review review: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const skipped = run.review?.summary.filesNotReviewed ?? 0;
  if (skipped > 0)
    io.err(
      `modelspec-review review: ${skipped} more changed spec file(s) were not reviewed (limits.maxFiles is ${run.config?.limits.maxFiles}).\n`,
    );
  return publisher.printed()?.conclusion.status === "failure" ? 1 : 0;
}
