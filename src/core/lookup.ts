/**
 * Lookups in plain-object tables keyed by user-written names. `TABLE[name]` on an object literal
 * also finds Object.prototype members: `constructor`, `toString`, `__proto__`… are functions or
 * objects, not entries, and a spec naming its provider or precision `constructor` must get "unknown",
 * not `function Object()`. Every table keyed by user input is read through `own`.
 */

/** `table[key]` when `key` is the table's own entry, else undefined (never an inherited member). */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
