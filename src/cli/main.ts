#!/usr/bin/env node
/**
 * `modelspec-review <command> [options]`: the dispatcher. Each subcommand lives in its own module and
 * is imported only when used, so `validate` never loads the estimator, the renderers or Probot.
 * To add a command, set its `load` to `() => import("./<name>.js")` (one line).
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EXIT, processIo, type CliIo, type CommandModule } from "./io.js";

interface CommandEntry {
  summary: string;
  /** null until the command lands. */
  load: (() => Promise<CommandModule>) | null;
}

/** The CLI's subcommands, each with a one-line summary and its lazily loaded module. */
export const COMMANDS: Record<string, CommandEntry> = {
  validate: { summary: "Validate ModelSpec files against the schema", load: () => import("./validate.js") },
  estimate: {
    summary: "Estimate GPU memory fit and cost of a ModelSpec",
    load: () => import("./estimate.js"),
  },
  review: { summary: "Review the ModelSpec changes between two git refs", load: () => import("./review.js") },
  drift: {
    summary: "Hold ModelSpecs against the deployment manifests that run them",
    load: () => import("./drift.js"),
  },
  "release-notes": {
    summary: "Release notes for ModelSpec changes between two git refs",
    load: () => import("./release-notes.js"),
  },
};

/** The CLI's top-level help text. */
export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}${c.load ? "" : " (not available yet)"}`,
  );
  return [
    "Usage: modelspec-review <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `modelspec-review <command> --help` for a command's options.",
    "",
  ].join("\n");
}

/** Run the CLI with `argv` (the subcommand first); resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    (command === undefined ? io.err : io.out)(usage());
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "--version" || command === "-V") {
    io.out(`${await version()}\n`);
    return EXIT.ok;
  }
  const entry = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) {
    io.err(`modelspec-review: unknown command "${command}"\n\n${usage()}`);
    return EXIT.usage;
  }
  if (!entry.load) {
    io.err(`modelspec-review: the "${command}" command is not available in this build yet.\n`);
    return EXIT.usage;
  }
  const mod = await entry.load();
  return mod.run(rest, io);
}

async function version(): Promise<string> {
  // Loaded on demand: the commands themselves never pay for reading package.json.
  const { packageVersion } = await import("../version.js");
  return packageVersion();
}

/** Entry when run as a program (not when imported by tests). */
async function cli(): Promise<void> {
  const io = processIo();
  let code: number;
  try {
    code = await main(process.argv.slice(2), io);
  } catch (err) {
    // Only bugs get here: user errors are findings. Say so plainly, without a stack unless asked.
    io.err(
      `modelspec-review: internal error: ${err instanceof Error ? err.message : String(err)}\n` +
        (process.env["DEBUG"] && err instanceof Error
          ? `${err.stack}\n`
          : "Set DEBUG=1 for a stack trace.\n"),
    );
    code = 70;
  }
  await io.flush();
  process.exitCode = code;
}

function invokedDirectly(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (invokedDirectly()) void cli();
