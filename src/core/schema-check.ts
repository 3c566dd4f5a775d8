/**
 * The yes/no schema check: is this value a valid ModelSpec? Generated ajv code that stops at the
 * first error and builds no error objects (src/core/generated/modelspec-check.ts, `npm run gen`).
 * Cheap to load and to run; `validate.ts` explains *why* when the answer is no.
 */
import check from "./generated/modelspec-check.js";

const isValid = check as unknown as (data: unknown) => boolean;

/** True when the value satisfies schema/modelspec.v1alpha1.json. */
export function isValidModelSpec(value: unknown): boolean {
  return isValid(value);
}
