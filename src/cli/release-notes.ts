/**
 * `modelspec-review release-notes --from <ref> --to <ref> [--format markdown|json|text]`
 *
 * Release notes for every ModelSpec that differs between two git refs (e.g. two tags): added specs
 * are new models, deleted ones retired, renamed ones followed, and each note describes the NET change
 * between the two refs, however many commits touched the spec in between. Specs whose version did not
 * change but whose operational figures did are listed under "Operational changes".
 *
 * Wiring only: the local-git ChangeSource (./git-source.ts) through the shared notes flow
 * (`notesForChange`: the collect stage, `analyse`, `releaseNoteFor`), then `renderReleaseNotes`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import picomatch from "picomatch";
import { fileReads, filePair, sideReader } from "../core/collect.js";
import { CONFIG_PATH } from "../core/settings.js";
import { renderReleaseNotes, type ReleaseNotesFormat } from "../core/render/release-notes.js";
import { defang } from "../core/render/release-preview.js";
import type { FilePair, Finding } from "../core/types.js";
import { notesForChange } from "../flow/notes.js";
import { git, GitError } from "./git.js";
import { localGitSource } from "./git-source.js";

/** What the command needs of the dispatcher's `CliIo` (src/cli/io.ts). */
export interface ReleaseNotesIo {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

/** The full commit SHA a ref names; a GitError saying which ref when it names no commit. */
export async function resolveCommit(cwd: string, ref: string): Promise<string> {
  const sha = (
    await git(cwd, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).catch(
      () => "",
    )
  ).trim();
  if (!sha) throw new GitError(`"${ref}" is not a commit in ${cwd} (a tag, branch or SHA was expected)`);
  return sha;
}

/**
 * The files matching `globs` that differ between two commits (the net change, whatever commits lie
 * between; renames as git detects them), with their texts at both ends: one `git diff` and one
 * `git cat-file --batch`, however many files changed. Not paired by spec name (the notes are).
 */
export async function filePairsInRange(
  cwd: string,
  from: string,
  to: string,
  globs: string[],
): Promise<FilePair[]> {
  const source = await localGitSource(cwd, { base: from, head: to, fromMergeBase: false });
  const match = picomatch(globs, { dot: true });
  const files = (await source.listChanged()).files.filter(
    (f) => match(f.path) || (f.previousPath !== undefined && match(f.previousPath)),
  );
  const { baseSha, headSha } = source.change;
  const texts = await source.readTexts(fileReads(files, baseSha, headSha));
  return files.map((f) => filePair(f, sideReader(texts, baseSha, headSha)));
}

const FORMATS: readonly ReleaseNotesFormat[] = ["markdown", "json", "text"];
export { CONFIG_PATH };

/** Help text of `modelspec-review release-notes`, printed for `--help` and after a bad option or a missing `--from` (exit 2). */
export const RELEASE_NOTES_USAGE = `Usage: modelspec-review release-notes --from <ref> [--to <ref>] [options]

Release notes for every ModelSpec changed between two git refs (net change; added, deleted and
renamed specs included).

Options:
  --from <ref>        older ref (tag, branch or SHA); required
  --to <ref>          newer ref (default HEAD)
  --format <format>   markdown (default), json or text
  --repo <dir>        git repository (default: the current directory)
  --config <file>     repo config file (default: ${CONFIG_PATH} as of --to)
  --output <file>     write the notes to a file instead of standard output
  --title <text>      heading of the notes (default "Model changes"; "" for none)
  -h, --help          show this help

Exit status: 0 on success, 1 when git fails, 2 on a usage error.
`;

function describe(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}`;
}

/** The subcommand (the dispatcher calls `run`). Exit: 0 ok, 1 git failed, 2 usage error. */
export async function run(argv: string[], io: ReleaseNotesIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        from: { type: "string" },
        to: { type: "string" },
        format: { type: "string" },
        repo: { type: "string" },
        config: { type: "string" },
        output: { type: "string" },
        title: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n\n${RELEASE_NOTES_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(RELEASE_NOTES_USAGE);
    return 0;
  }
  const from = values.from as string | undefined;
  if (!from) {
    io.err(`error: --from <ref> is required\n\n${RELEASE_NOTES_USAGE}`);
    return 2;
  }
  const format = (values.format as string | undefined) ?? "markdown";
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.err(`error: --format must be one of ${FORMATS.join(", ")} (got "${format}")\n`);
    return 2;
  }
  const repoDir = resolve(io.cwd, (values.repo as string | undefined) ?? ".");
  const to = (values.to as string | undefined) ?? "HEAD";

  try {
    await resolveCommit(repoDir, from);
    await resolveCommit(repoDir, to);

    const configFile = values.config as string | undefined;
    let configText: { text: string; file: string } | undefined;
    if (configFile !== undefined) {
      try {
        configText = { text: readFileSync(resolve(io.cwd, configFile), "utf8"), file: configFile };
      } catch (e) {
        io.err(`error: cannot read --config ${configFile}: ${(e as Error).message}\n`);
        return 2;
      }
    }
    // The shared collect stage over the local-git source: the net change from..to, config at --to.
    const source = await localGitSource(repoDir, { base: from, head: to, fromMergeBase: false });
    const { notes, configFindings } = await notesForChange(source, {
      includeUnversioned: true,
      ...(configText ? { configText } : {}),
    });
    for (const f of configFindings) io.err(`warning: ${describe(f)}\n`);
    const title =
      values.title === undefined ? undefined : values.title === "" ? null : (values.title as string);
    // Markdown output is meant for release bodies: author-controlled strings are defanged there.
    const text = renderReleaseNotes(format === "markdown" ? notes.map(defang) : notes, {
      format: format as ReleaseNotesFormat,
      ...(title !== undefined ? { title } : {}),
    });
    const output = values.output as string | undefined;
    if (output) {
      writeFileSync(resolve(io.cwd, output), text);
      io.err(`wrote release notes for ${notes.length} spec(s) to ${output}\n`);
    } else io.out(text);
    return 0;
  } catch (e) {
    if (e instanceof GitError) {
      io.err(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
