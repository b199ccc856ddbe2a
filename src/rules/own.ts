/**
 * Lookups by key in rules that only see the rules' own keys. A scheme listed as `toString` or
 * `constructor` must be "unknown", never a function from Object.prototype that turns into `null` in an
 * outcome or a hang in the element.
 */

/** The value under `key` when the record itself has it; undefined for inherited names. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy without a prototype: indexing it with `toString` or `__proto__` finds nothing. */
export function ownRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const copy = Object.create(null) as Record<string, T>;
  for (const [key, value] of Object.entries(record)) copy[key] = value;
  return copy;
}
