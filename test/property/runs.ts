/**
 * How many cases each property generates. `npm test` uses a quick default; `FC_RUNS=10000 npm test`
 * (or `FC_RUNS=10000 npx vitest run test/property`) runs the full count documented in docs/testing.md.
 */
const parsed = Number.parseInt(process.env.FC_RUNS ?? "", 10);
export const RUNS = Number.isFinite(parsed) && parsed > 0 ? parsed : 200;
/** Hang guard only (not a performance claim): generous enough for FC_RUNS=10000 on a slow runner. */
export const TIMEOUT_MS = Math.max(60_000, RUNS * 50);
