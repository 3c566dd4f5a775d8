/**
 * What every CLI subcommand gets: buffered output that survives a closed pipe (`| head`), the
 * working directory and whether to use colour. Subcommands export
 * `run(argv: string[], io: CliIo): Promise<number>` and return the exit code.
 */
export interface CliIo {
  /** Write to stdout (buffered; flushed by `flush()` and at exit). */
  out(text: string): void;
  /** Write to stderr (unbuffered). */
  err(text: string): void;
  /** Flush buffered stdout; resolves once written (or once the reader has gone away). */
  flush(): Promise<void>;
  cwd: string;
  /** True when stdout is a terminal and NO_COLOR is unset (or FORCE_COLOR is set). */
  color: boolean;
  /** The clock (default `Date.now`), e.g. for the age of piqc scan facts; tests fix it. */
  now?: () => number;
}

/** A subcommand module: `run(argv, io)` resolves to the exit code. */
export type CommandModule = { run(argv: string[], io: CliIo): Promise<number> };

/** Exit codes shared by every subcommand. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * The process's real streams. A closed stdout (EPIPE) stops further output silently; the command
 * still finishes and exits with its own code, instead of crashing with an unhandled 'error' event.
 */
export function processIo(): CliIo {
  let closed = false;
  let buffer: string[] = [];
  let size = 0;
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") closed = true;
    else throw e;
  };
  process.stdout.on("error", onError);
  process.stderr.on("error", () => {
    /* nothing sensible to do when stderr is gone */
  });
  const write = (text: string): Promise<void> =>
    new Promise((resolve) => {
      if (closed || text === "") return resolve();
      try {
        process.stdout.write(text, () => resolve());
      } catch {
        closed = true;
        resolve();
      }
    });
  const env = process.env;
  const color =
    env["FORCE_COLOR"] !== undefined
      ? env["FORCE_COLOR"] !== "0"
      : process.stdout.isTTY === true && !env["NO_COLOR"];
  return {
    out(text) {
      if (closed) return;
      buffer.push(text);
      size += text.length;
      if (size > 64 * 1024) {
        const chunk = buffer.join("");
        buffer = [];
        size = 0;
        void write(chunk);
      }
    },
    err(text) {
      try {
        process.stderr.write(text);
      } catch {
        /* ignore */
      }
    },
    async flush() {
      const chunk = buffer.join("");
      buffer = [];
      size = 0;
      await write(chunk);
    },
    cwd: process.cwd(),
    color,
  };
}
