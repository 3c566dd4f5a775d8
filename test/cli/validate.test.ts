import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { COMMANDS, main } from "../../src/cli/main.js";
import { buildCli } from "../support/build-cli.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const UPSTREAM = join(ROOT, "..", "shared", "modelspec-upstream", "examples");

const VALID = `apiVersion: piqc.ai/v1alpha1
kind: ModelSpec
metadata:
  name: demo
spec:
  identity:
    model:
      id: llama-3-8b-instruct
      family: llama3
      task: text-generation
      framework: vllm
  runtime:
    accelerator:
      vendor: nvidia
      type: h100
      count: 1
`;

function memoryIo(cwd: string): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
    async flush() {},
    cwd,
    color: false,
  };
  return io;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "msr-validate-"));
  mkdirSync(join(dir, "specs", "nested"), { recursive: true });
  mkdirSync(join(dir, "specs", "node_modules"), { recursive: true });
  writeFileSync(join(dir, "specs", "good.modelspec.yaml"), VALID);
  writeFileSync(join(dir, "specs", "nested", "bad.modelspec.yml"), VALID.replace("count: 1", "count: 0"));
  writeFileSync(join(dir, "specs", "nested", "deploy.yaml"), VALID.replace("name: demo", "name: by-kind"));
  writeFileSync(join(dir, "specs", "other.yaml"), "kind: Deployment\n");
  writeFileSync(join(dir, "specs", "node_modules", "skip.modelspec.yaml"), "broken: [\n");
  writeFileSync(join(dir, "specs", "README.md"), "# not a spec\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = memoryIo(dir);
  const code = await main(args, io);
  return { code, out: io.stdout, err: io.stderr };
}

describe("validate (in process)", () => {
  it("searches directories for *.modelspec.* and YAML whose kind is ModelSpec, skipping node_modules", async () => {
    const r = await run(["validate", "--format", "json", "specs"]);
    const report = JSON.parse(r.out) as { files: Array<{ path: string; valid: boolean }> };
    expect(report.files.map((f) => [f.path, f.valid])).toEqual([
      ["specs/good.modelspec.yaml", true],
      ["specs/nested/bad.modelspec.yml", false],
      ["specs/nested/deploy.yaml", true],
    ]);
    expect(r.code).toBe(1);
  });

  it("prints file:line:col, the message, the code and a summary in text format", async () => {
    const r = await run(["validate", "specs/nested/bad.modelspec.yml", "specs/good.modelspec.yaml"]);
    expect(r.out).toBe(
      "specs/nested/bad.modelspec.yml:16:7: error spec.runtime.accelerator.count must be an integer ≥ 1, got 0. [schema/minimum]\n" +
        "1 error in 1 of 2 files.\n",
    );
    expect(r.code).toBe(1);
  });

  it("emits GitHub workflow commands in github format", async () => {
    const r = await run(["validate", "--format", "github", "specs/nested/bad.modelspec.yml"]);
    expect(r.out.split("\n")[0]).toBe(
      "::error file=specs/nested/bad.modelspec.yml,line=16,col=7,endColumn=15,title=schema/minimum::spec.runtime.accelerator.count must be an integer ≥ 1, got 0.",
    );
  });

  it("expands globs", async () => {
    const r = await run(["validate", "--format", "json", "specs/**/*.modelspec.y*ml"]);
    expect((JSON.parse(r.out) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual([
      "specs/good.modelspec.yaml",
      "specs/nested/bad.modelspec.yml",
    ]);
  });

  it("exits 0 when every file is valid", async () => {
    expect((await run(["validate", "specs/good.modelspec.yaml"])).code).toBe(0);
  });

  it.each([
    [["validate"], "give at least one file"],
    [["validate", "--format", "xml", "specs"], "--format must be"],
    [["validate", "--bogus", "specs"], "Unknown option"],
    [["nope"], 'unknown command "nope"'],
  ])("exits 2 on usage errors: %j", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it("exits 2 on a missing path but still validates the others", async () => {
    const r = await run(["validate", "--format", "json", "missing.yaml", "specs/nested/bad.modelspec.yml"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cannot read missing.yaml: no such file or directory");
    expect(JSON.parse(r.out).files).toHaveLength(1);
  });

  it("refuses a file over --max-bytes without reading it, and reads one at the cap", async () => {
    writeFileSync(join(dir, "big.modelspec.yaml"), VALID);
    const size = Buffer.byteLength(VALID);
    const over = await run([
      "validate",
      "--format",
      "json",
      "--max-bytes",
      String(size - 1),
      "big.modelspec.yaml",
    ]);
    expect(over.code).toBe(1);
    expect(JSON.parse(over.out).files[0].findings).toMatchObject([
      { code: "parse/too-large", line: 1, column: 1 },
    ]);
    const at = await run(["validate", "--max-bytes", String(size), "big.modelspec.yaml"]);
    expect(at.code).toBe(0);
    expect((await run(["validate", "--max-bytes", "0", "big.modelspec.yaml"])).code).toBe(2);
  });

  it("reads files larger than its first read buffer", async () => {
    const padded = VALID.replace("name: demo", `name: demo\n  description: "${"x".repeat(300 * 1024)}"`);
    writeFileSync(join(dir, "padded.modelspec.yaml"), padded);
    const r = await run([
      "validate",
      "--format",
      "json",
      "padded.modelspec.yaml",
      "specs/nested/bad.modelspec.yml",
    ]);
    expect(JSON.parse(r.out).files.map((f: { valid: boolean }) => f.valid)).toEqual([true, false]);
  });

  it("lists every command; ones that have not landed say so", async () => {
    expect(Object.keys(COMMANDS)).toEqual(["validate", "estimate", "review", "drift", "release-notes"]);
    for (const [name, entry] of Object.entries(COMMANDS)) {
      if (entry.load) continue;
      const r = await run([name]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("not available");
    }
  });

  it("reports the upstream examples all valid", async () => {
    if (!existsSync(UPSTREAM)) return; // covered by the skipIf suite below
    const r = await run(["validate", "--format", "json", UPSTREAM]);
    const report = JSON.parse(r.out) as { files: Array<{ valid: boolean }> };
    expect(report.files).toHaveLength(9);
    expect(report.files.every((f) => f.valid)).toBe(true);
    expect(r.code).toBe(0);
  });

  it("writes JSON that schema/validate-report.v1.json describes", async () => {
    writeFileSync(join(dir, "multi.yaml"), `${VALID}---\n${VALID.replace("count: 1", "count: 0")}---\n- x\n`);
    writeFileSync(join(dir, "typo.yaml"), VALID.replace("vendor:", "vendr:"));
    const r = await run(["validate", "--format", "json", "multi.yaml", "typo.yaml", "specs"]);
    const schema = JSON.parse(readFileSync(join(ROOT, "schema", "validate-report.v1.json"), "utf8"));
    const check = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const report = JSON.parse(r.out);
    expect(check(report), JSON.stringify(check.errors)).toBe(true);
    expect(
      report.files[0].findings.map((f: { code: string; document?: number }) => [f.code, f.document]),
    ).toEqual([
      ["schema/minimum", 1],
      ["parse/not-a-mapping", 2],
    ]);
    expect(report.files[1].findings.map((f: { code: string }) => f.code)).toEqual([
      "schema/required",
      "schema/additional-property",
    ]);
    expect(report.files[1].findings[1]).toMatchObject({
      code: "schema/additional-property",
      line: 14,
      column: 7,
      message: 'spec.runtime.accelerator has an unknown field "vendr": did you mean "vendor"?',
    });
  });
});

describe("validate (as a process)", () => {
  let cli: string;
  beforeAll(() => {
    cli = buildCli();
  }, 60_000);

  function node(args: string[], opts: { shell?: string } = {}) {
    if (opts.shell) {
      return spawnSync("bash", ["-o", "pipefail", "-c", opts.shell], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, CLI: cli },
      });
    }
    return spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8" });
  }

  it("exits 0, 1 and 2 as documented", () => {
    expect(node(["validate", "specs/good.modelspec.yaml"]).status).toBe(0);
    expect(node(["validate", "specs"]).status).toBe(1);
    expect(node(["validate", "nope.yaml"]).status).toBe(2);
    expect(node([]).status).toBe(2);
  });

  it("survives a reader that closes the pipe early (| head -1)", () => {
    const many = join(dir, "many");
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 400; i++)
      writeFileSync(join(many, `s${i}.modelspec.yaml`), VALID.replace("count: 1", "count: 0"));
    const r = node([], { shell: `node "$CLI" validate many | head -1; echo "status=\${PIPESTATUS[0]}"` });
    expect(r.stdout).toMatch(/^many\/s0\.modelspec\.yaml:16:7: error /);
    expect(r.stdout).toContain("status=1");
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it("turns a hostile file into findings, never a stack trace, and still validates the others", () => {
    const hostile = join(dir, "hostile");
    mkdirSync(hostile, { recursive: true });
    writeFileSync(
      join(hostile, "a-bomb.modelspec.yaml"),
      `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join("\n")}\n`,
    );
    writeFileSync(join(hostile, "b-binary.modelspec.yaml"), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x61]));
    writeFileSync(join(hostile, "c-deep.modelspec.yaml"), `${"[".repeat(10000)}${"]".repeat(10000)}\n`);
    writeFileSync(join(hostile, "d-good.modelspec.yaml"), VALID);
    const r = node(["validate", "--format", "json", "hostile"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    const files = JSON.parse(r.stdout).files as Array<{
      path: string;
      valid: boolean;
      findings: Array<{ code: string }>;
    }>;
    expect(files.map((f) => [f.path, f.valid, f.findings[0]?.code])).toEqual([
      ["hostile/a-bomb.modelspec.yaml", false, "parse/alias-limit"],
      ["hostile/b-binary.modelspec.yaml", false, "parse/invalid-encoding"],
      ["hostile/c-deep.modelspec.yaml", false, "parse/too-deep"],
      ["hostile/d-good.modelspec.yaml", true, undefined],
    ]);
  });
});
