/**
 * JSON.parse makes `"__proto__": …` an own key, but zod's objects and records skip it: a parameter, scheme
 * or dated value under that name would be dropped without a word. The rules name none, so any is refused.
 */
export const PROTO_REASON = 'a key named "__proto__" is not allowed (it would be dropped, not read)';

/** The dotted path of every own `__proto__` key in `value`. */
export function protoKeyPaths(value: unknown): string[] {
  const found: string[] = [];
  // An explicit stack: a deeply nested file given by a page cannot overflow the call stack.
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    if (!current || typeof current !== 'object') continue;
    for (const key of Object.keys(current)) {
      const at = path ? `${path}.${key}` : key;
      if (key === '__proto__') found.push(at);
      else stack.push([(current as Record<string, unknown>)[key], at]);
    }
  }
  return found.sort();
}
