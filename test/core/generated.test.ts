import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generate, OUTPUT_PATH } from "../../scripts/gen-validator.mjs";

describe("generated validator", () => {
  it("is a fresh generation from the schema (run `npm run gen` if this fails)", () => {
    expect(readFileSync(OUTPUT_PATH, "utf8") === generate()).toBe(true);
  });
});
