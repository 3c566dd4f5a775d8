/**
 * The few runner protocols the Action needs, written out instead of loading `@actions/core`:
 * inputs (`INPUT_*`), outputs (`$GITHUB_OUTPUT`), the job summary (`$GITHUB_STEP_SUMMARY`) and
 * workflow commands (`::error …::`). `@actions/core` also pulls in `@actions/http-client` (undici,
 * for OIDC) which the Action never uses; on the no-op path that load dominated start-up time
 * (numbers in BENCHMARKS.md). Formats follow the runner docs and actions/toolkit's implementation.
 */
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";

export type Env = Record<string, string | undefined>;

export interface Toolkit {
  /** `INPUT_<NAME>` with spaces as `_`, upper-cased, trimmed ("" when unset). Hyphens stay. */
  getInput(name: string): string;
  getBooleanInput(name: string): boolean;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Writes a line as is (pre-rendered workflow commands). */
  raw(line: string): void;
}

export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function createToolkit(
  env: Env,
  write: (line: string) => void = (l) => process.stdout.write(l + EOL),
): Toolkit {
  const input = (name: string): string =>
    (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  return {
    getInput: input,
    getBooleanInput(name) {
      const v = input(name);
      if (["true", "True", "TRUE"].includes(v)) return true;
      if (["false", "False", "FALSE", ""].includes(v)) return false;
      throw new TypeError(`Input "${name}" must be true or false (got "${v}").`);
    },
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT;
      if (!file) {
        write(
          `Output ${name}=${value.length > 200 ? `${value.slice(0, 200)}…` : value} (no GITHUB_OUTPUT file)`,
        );
        return;
      }
      // Multi-line safe heredoc form, with a delimiter that cannot occur in the value.
      let delimiter = `ghadelimiter_${randomUUID()}`;
      while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
    },
    appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (!file) {
        write("(no GITHUB_STEP_SUMMARY file: the job summary is not written)");
        return;
      }
      appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`, "utf8");
    },
    info: (m) => write(m),
    warning: (m) => write(`::warning::${escapeData(m)}`),
    error: (m) => write(`::error::${escapeData(m)}`),
    raw: (line) => write(line),
  };
}
