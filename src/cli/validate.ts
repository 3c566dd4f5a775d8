/**
 * `modelspec-review validate [--format text|json|github] <files, dirs or globs...>`
 *
 * Exit 0 when no error-severity finding, 1 when any, 2 on usage or I/O errors (unreadable or
 * missing paths; the other files are still validated).
 *
 * Fast by construction: a file that the fast readers take (JSON, block YAML with one-line flow
 * collections) costs a read, one scan and one call of the one generated validator, plus a second scan for positions
 * when it has findings; the `yaml` package is loaded only for files those readers leave to it
 * (anchors, multi-line flow, block scalars, syntax errors...).
 */
import { makeFinding } from "../core/findings.js";
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import { relative, resolve, sep } from "node:path";
import { isUtf8 } from "node:buffer";
import { parseArgs } from "node:util";
import { quickDocument } from "../core/parse-fast.js";
import type { Finding } from "../core/types.js";
import { validateDocument } from "../core/validate.js";
import { EXIT, type CliIo } from "./io.js";

/** Output formats of the validate command. */
export type Format = "text" | "json" | "github";

/** One validated file: whether it is valid and its findings. */
export interface FileResult {
  path: string;
  valid: boolean;
  findings: Finding[];
}

/** Options of the validate command's file reader. */
export interface ValidateOptions {
  maxBytes: number;
}

const HELP = `Usage: modelspec-review validate [options] <files, directories or globs...>

Validates ModelSpec files against schema/modelspec.v1alpha1.json and reports every problem with
its line and column. Directories are searched (recursively) for *.modelspec.yaml|yml|json and
for any other YAML file whose kind is ModelSpec.

Options:
  --format <text|json|github>  Output format (default: text). json is described by
                               schema/validate-report.v1.json; github prints workflow commands
                               that annotate the lines in a GitHub Actions run.
  --max-bytes <n>              Refuse files larger than n bytes (default: 1048576).
  --quiet                      Text format: print findings only, no summary line.
  --no-color                   Never colour the text output.
  -h, --help                   Show this help.

Exit status: 0 no errors, 1 errors found, 2 usage or I/O error.
`;

const SPEC_NAME = /\.modelspec\.(?:ya?ml|json)$/i;
const YAML_NAME = /\.ya?ml$/i;
const KIND_LINE = /^kind:[ \t]*["']?ModelSpec["']?[ \t]*(?:#.*)?\r?$/m;
const SKIP_DIRS = new Set(["node_modules", ".git"]);

/** Run `modelspec-review validate`; resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        "max-bytes": { type: "string" },
        quiet: { type: "boolean", default: false },
        "no-color": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (err) {
    io.err(`modelspec-review validate: ${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const format = values.format as string;
  if (format !== "text" && format !== "json" && format !== "github") {
    io.err(`modelspec-review validate: --format must be text, json or github (got "${format}")\n`);
    return EXIT.usage;
  }
  let maxBytes = 1024 * 1024;
  if (values["max-bytes"] !== undefined) {
    maxBytes = Number(values["max-bytes"]);
    if (!Number.isInteger(maxBytes) || maxBytes < 1) {
      io.err(`modelspec-review validate: --max-bytes must be a positive integer\n`);
      return EXIT.usage;
    }
  }
  if (positionals.length === 0) {
    io.err(`modelspec-review validate: give at least one file, directory or glob\n\n${HELP}`);
    return EXIT.usage;
  }

  const ioErrors: string[] = [];
  const files = await collectFiles(positionals, io.cwd, ioErrors);
  if (files.length === 0 && ioErrors.length === 0) {
    io.err(`modelspec-review validate: no ModelSpec files found in ${positionals.join(", ")}\n`);
    return EXIT.usage;
  }
  const results: FileResult[] = [];
  for (const f of files) {
    const r = await validatePath(f.display, f.abs, { maxBytes }, ioErrors);
    if (r) results.push(r);
  }
  for (const e of ioErrors) io.err(`modelspec-review validate: ${e}\n`);

  const color = io.color && !values["no-color"];
  if (format === "json") io.out(renderJson(results));
  else if (format === "github") io.out(await renderGithub(results));
  else io.out(renderText(results, { color, quiet: values.quiet === true }));

  if (ioErrors.length > 0) return EXIT.usage;
  return results.some((r) => !r.valid) ? EXIT.findings : EXIT.ok;
}

// ─── Finding files ───────────────────────────────────────────────────────────────────────────────

interface FoundFile {
  display: string;
  abs: string;
}

function toDisplay(cwd: string, abs: string, given: string): string {
  // Keep the user's own spelling of relative paths ("../x/y.yaml"), normalised to "/" separators.
  const rel = relative(cwd, abs);
  const out = given.startsWith("/") ? abs : rel === "" ? "." : rel;
  return out.split(sep).join("/");
}

async function collectFiles(args: string[], cwd: string, ioErrors: string[]): Promise<FoundFile[]> {
  const out: FoundFile[] = [];
  const seen = new Set<string>();
  const add = (abs: string, given: string, display?: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ abs, display: display ?? toDisplay(cwd, abs, given) });
  };
  for (const arg of args) {
    if (/[*?[\]{}]/.test(arg) && !exists(resolve(cwd, arg))) {
      const { default: picomatch } = await import("picomatch");
      const scan = picomatch.scan(arg);
      const base = resolve(cwd, scan.base || ".");
      const isMatch = picomatch(scan.glob, { dot: false });
      const matches: string[] = [];
      walk(base, (abs) => {
        if (isMatch(relative(base, abs).split(sep).join("/"))) matches.push(abs);
      });
      if (matches.length === 0) ioErrors.push(`no file matches ${arg}`);
      for (const m of matches.sort()) add(m, arg);
      continue;
    }
    const abs = resolve(cwd, arg);
    let st;
    try {
      st = statSync(abs);
    } catch (err) {
      ioErrors.push(`cannot read ${arg}: ${errCode(err)}`);
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(abs, (file) => {
        if (SPEC_NAME.test(file) || (YAML_NAME.test(file) && declaresModelSpec(file))) found.push(file);
      });
      // Display paths as "<dir as given>/<path inside it>" without a path.relative per file.
      const prefix = toDisplay(cwd, abs, arg);
      const cut = abs.endsWith(sep) ? abs.length : abs.length + 1;
      for (const f of found.sort()) {
        const inside = f.slice(cut);
        add(
          f,
          arg,
          `${prefix === "." ? "" : `${prefix}/`}${sep === "/" ? inside : inside.split(sep).join("/")}`,
        );
      }
    } else add(abs, arg);
  }
  return out;
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Depth-first over regular files; symlinked directories are not followed (no cycles), and a symlinked
 * file is read only when its target lies inside the scanned root (a spec repo must not make the CLI
 * read files elsewhere on the machine).
 */
function walk(dir: string, onFile: (abs: string) => void): void {
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return;
  }
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const abs = d.endsWith(sep) ? d + e.name : d + sep + e.name;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) stack.push(abs);
      } else if (e.isFile()) onFile(abs);
      else if (e.isSymbolicLink()) {
        try {
          const target = realpathSync(abs);
          if (target.startsWith(root + sep) && statSync(target).isFile()) onFile(abs);
        } catch {
          /* dangling link */
        }
      }
    }
  }
}

/** A YAML file not named *.modelspec.* is a spec when some document says `kind: ModelSpec`. */
function declaresModelSpec(abs: string): boolean {
  try {
    if (lstatSync(abs).size > 4 * 1024 * 1024) return false;
    return KIND_LINE.test(readFileSync(abs, "utf8"));
  } catch {
    return false;
  }
}

function errCode(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code === "ENOENT" ? "no such file or directory" : (e?.code ?? String(err));
}

// ─── Validating ──────────────────────────────────────────────────────────────────────────────────

let fullParser: typeof import("../core/parse.js") | undefined;

async function validatePath(
  display: string,
  abs: string,
  opts: ValidateOptions,
  ioErrors: string[],
): Promise<FileResult | null> {
  const read = readCapped(abs, opts.maxBytes);
  if ("error" in read) {
    ioErrors.push(`cannot read ${display}: ${errCode(read.error)}`);
    return null;
  }
  if ("size" in read) {
    // Too large: not even read.
    return result(display, [
      makeFinding(
        "parse/too-large",
        "error",
        "parse",
        { file: display, pointer: "", line: 1, column: 1 },
        `File is ${read.size} bytes, over the ${opts.maxBytes}-byte limit; it was not parsed.`,
        { hint: "ModelSpecs are small; pass --max-bytes to raise the limit if this one is genuine." },
      ),
    ]);
  }
  return validateBytes(display, read.bytes, opts);
}

/** One read buffer for every file (files are read one after another). */
let shared: Buffer | undefined;

/**
 * open + read + close: the file's bytes, or (without reading further) its size when it is over the
 * cap. Reads into one shared buffer of maxBytes + 1, so a valid file costs three system calls and
 * no allocation; the bytes returned are valid until the next call.
 */
function readCapped(
  abs: string,
  maxBytes: number,
): { bytes: Uint8Array } | { size: number } | { error: unknown } {
  let fd: number;
  try {
    fd = openSync(abs, "r");
  } catch (error) {
    return { error };
  }
  try {
    shared ??= Buffer.allocUnsafe(64 * 1024);
    const limit = maxBytes + 1; // reading one byte past the cap proves the file is too large
    let off = 0;
    for (;;) {
      if (off >= limit) return { size: fstatSync(fd).size };
      if (off === shared.length) {
        const bigger = Buffer.allocUnsafe(Math.min(limit, shared.length * 4));
        shared.copy(bigger, 0, 0, off);
        shared = bigger;
      }
      const want = Math.min(shared.length, limit) - off;
      const n = readSync(fd, shared, off, want, null);
      off += n;
      // A regular file reads short only at its end: no extra read just to see EOF.
      if (n < want) break;
    }
    return { bytes: shared.subarray(0, off) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === "EISDIR" ? { code: "a directory" } : error };
  } finally {
    closeSync(fd);
  }
}

/** Validate one file's bytes. Exported for tests and other adapters. */
export async function validateBytes(
  display: string,
  bytes: Uint8Array,
  opts: ValidateOptions,
): Promise<FileResult> {
  // isUtf8 (simdutf) + toString is several times cheaper than a fatal TextDecoder.
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string | undefined = isUtf8(buf) ? buf.toString("utf8") : undefined;
  // The caller's buffer may be reused once we await: keep our own copy of undecodable bytes.
  const raw = text === undefined ? Uint8Array.from(buf) : undefined;
  if (text !== undefined) {
    // Fast readers (JSON, block YAML): the value, and exact positions only if a finding needs them;
    // the `yaml` package is not loaded. A valid file costs one read and the yes/no validator.
    // One validator call: a valid document builds no error objects and needs no positions.
    const doc = quickDocument(text, { maxBytes: opts.maxBytes });
    if (doc !== undefined) {
      const findings = validateDocument(display, doc, false);
      findings.sort((a, b) => a.line - b.line || a.column - b.column);
      return result(display, findings);
    }
  }
  fullParser ??= await import("../core/parse.js");
  if (text === undefined) {
    const decoded = fullParser.decodeText(display, raw!);
    if ("finding" in decoded) return result(display, [decoded.finding]);
    text = decoded.text;
  }
  const parsed = fullParser.parseFile(display, text, { maxBytes: opts.maxBytes });
  const multi = parsed.documents.length > 1 || parsed.findings.some((f) => f.document !== undefined);
  const findings = [...parsed.findings];
  for (const doc of parsed.documents) findings.push(...validateDocument(display, doc, multi));
  findings.sort((a, b) => (a.document ?? 0) - (b.document ?? 0) || a.line - b.line || a.column - b.column);
  return result(display, findings);
}

function result(path: string, findings: Finding[]): FileResult {
  return { path, valid: !findings.some((f) => f.severity === "error"), findings };
}

// ─── Output ──────────────────────────────────────────────────────────────────────────────────────

/** The validate command's JSON output: counts and every file's findings. */
export function renderJson(results: FileResult[]): string {
  const count = (s: Finding["severity"]) =>
    results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  const report = {
    files: results.map((r) => ({
      path: r.path,
      valid: r.valid,
      findings: r.findings.map((f) => {
        const o: Record<string, unknown> = {
          code: f.code,
          severity: f.severity,
          source: f.source,
          pointer: f.pointer,
          line: f.line,
          column: f.column,
        };
        if (f.endLine !== undefined) o["endLine"] = f.endLine;
        if (f.endColumn !== undefined) o["endColumn"] = f.endColumn;
        if (f.document !== undefined) o["document"] = f.document;
        o["message"] = f.message;
        if (f.hint !== undefined) o["hint"] = f.hint;
        return o;
      }),
    })),
    summary: {
      files: results.length,
      valid: results.filter((r) => r.valid).length,
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice"),
    },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

async function renderGithub(results: FileResult[]): Promise<string> {
  const { workflowCommand } = await import("../core/render/job-summary.js");
  const lines: string[] = [];
  for (const r of results) for (const f of r.findings) lines.push(workflowCommand(f));
  lines.push(summaryLine(results));
  return `${lines.join("\n")}\n`;
}

const paint = (on: boolean, code: string, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const SEVERITY_COLOR: Record<Finding["severity"], string> = { error: "31", warning: "33", notice: "36" };

/** The validate command's text output, one line per finding (colour and quiet mode as asked). */
export function renderText(results: FileResult[], opts: { color: boolean; quiet: boolean }): string {
  const out: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const where = paint(opts.color, "1", `${r.path}:${f.line}:${f.column}`);
      const doc = f.document !== undefined ? ` (document ${f.document + 1})` : "";
      out.push(
        `${where}: ${paint(opts.color, SEVERITY_COLOR[f.severity], f.severity)} ${f.message}${doc} ${paint(opts.color, "2", `[${f.code}]`)}`,
      );
      if (f.hint) out.push(`    ${paint(opts.color, "2", `hint: ${f.hint}`)}`);
    }
  }
  if (!opts.quiet) out.push(summaryLine(results));
  return out.length > 0 ? `${out.join("\n")}\n` : "";
}

function summaryLine(results: FileResult[]): string {
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === "error").length, 0);
  const warnings = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === "warning").length, 0);
  const invalid = results.filter((r) => !r.valid).length;
  const files = `${results.length} file${results.length === 1 ? "" : "s"}`;
  if (errors === 0) {
    return `${files} valid${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}.`;
  }
  return `${errors} error${errors === 1 ? "" : "s"}${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""} in ${invalid} of ${files}.`;
}
