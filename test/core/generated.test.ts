import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHECK_OUTPUT_PATH, generate, generateCheck, OUTPUT_PATH } from "../../scripts/gen-validator.mjs";

describe("generated validators", () => {
  it.each([
    ["full", OUTPUT_PATH, generate],
    ["yes/no", CHECK_OUTPUT_PATH, generateCheck],
  ] as const)(
    "the %s validator is a fresh generation from the schema (run `npm run gen` if this fails)",
    (_n, path, gen) => {
      expect(readFileSync(path, "utf8") === gen()).toBe(true);
    },
  );
});
