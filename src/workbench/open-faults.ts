/**
 * Faults that stop the workbench from opening a file at all, because its form cannot show the file as it is
 * and saving would change it without a word: a key given twice (JSON.parse keeps only the last, so the
 * saved file would lose the other) and a key with a dot (the form finds figures by dotted paths).
 */
import { duplicateKeys } from '../rules/json-duplicates.js';
import type { Fault } from '../rules/validate.js';

export const DOTTED_REASON = 'a key with a dot in it';

/** `text` must be the JSON `content` was parsed from; every fault names the file `file`. */
export function openFaults(file: string, text: string, content: unknown): Fault[] {
  const faults: Fault[] = duplicateKeys(text).map(({ path, key }) => ({ file, path, reason: `duplicate key "${key}" (JSON keeps only the last)` }));
  const stack: [unknown, string][] = [[content, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (key.includes('.')) faults.push({ file, path: at, reason: `${DOTTED_REASON}: "${key}"` });
      else stack.push([child, at]);
    }
  }
  return faults;
}
