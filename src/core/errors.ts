/**
 * The errors every public function throws in the same words.
 *
 * @module
 */

/** A short description of a value for an error message: "number 42", "null", "an object". */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const t = typeof value;
  if (t === "string") return `the string ${JSON.stringify(value)}`;
  if (t === "number" || t === "boolean" || t === "bigint") return `${t} ${String(value)}`;
  return t === "undefined" ? t : t === "object" ? "an object" : `a ${t}`;
}

/** Throws a `TypeError` naming `fn` unless `value` is a string. */
export function assertString(fn: string, value: unknown, what = "text"): asserts value is string {
  if (typeof value !== "string") {
    throw new TypeError(`${fn}: ${what} must be a string, got ${describe(value)}`);
  }
}
