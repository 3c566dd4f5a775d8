/**
 * The yes/no schema check: is this value a valid ModelSpec? The same generated ajv validator that
 * `validate.ts` uses for findings (src/core/generated/modelspec-validator.ts, `npm run gen`): one
 * module to load, whatever a command needs. A valid value builds no error objects.
 */
import validate from "./generated/modelspec-validator.js";

const isValid = validate as unknown as (data: unknown) => boolean;

/** True when the value satisfies schema/modelspec.v1alpha1.json. */
export function isValidModelSpec(value: unknown): boolean {
  return isValid(value);
}
