/**
 * Validators for the machine-readable reports: the official SARIF 2.1.0 schema and our
 * schema/report.v1.json.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";

const require = createRequire(import.meta.url);

/**
 * The official SARIF 2.1.0 schema (rtm.5, the one GitHub code scanning documents) as shipped by
 * Microsoft's @microsoft/jest-sarif. It is draft-04: Ajv 8 reads it once `id` becomes `$id` and the
 * draft-04 `$schema` is dropped (it uses no draft-04-only keywords such as boolean exclusiveMinimum,
 * which the caller can assert with `sarifSchemaText`); its `language` pattern is not valid in
 * unicode mode, hence unicodeRegExp: false.
 */
export const sarifSchemaText = readFileSync(
  require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"),
  "utf8",
);

export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(sarifSchemaText) as Record<string, unknown>;
  const { id, $schema: _draft, ...rest } = schema;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat("uri", (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s));
  ajv.addFormat("uri-reference", () => true);
  ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...rest, $id: String(id) });
}

export function reportValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(new URL("../../schema/report.v1.json", import.meta.url), "utf8"));
  return new Ajv2020({ allErrors: true, strictTypes: false }).compile(schema);
}
