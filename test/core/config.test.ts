import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/core/config.js";

describe("DEFAULT_CONFIG", () => {
  it("prices a month as 730 hours and blocks on errors and misfits by default", () => {
    expect(DEFAULT_CONFIG.estimate.hoursPerMonth).toBe(730);
    expect(DEFAULT_CONFIG.failOn).toMatchObject({ schemaErrors: true, ruleErrors: true, doesNotFit: true });
  });
});
