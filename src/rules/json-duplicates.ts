/**
 * Duplicate keys in a JSON object. JSON.parse keeps the last of two equal keys without a word, so a rules
 * file with `"2026-01-01"` twice silently loses a figure. This small scanner walks text that JSON.parse
 * has already accepted and names every key that appears twice in the same object, with its path.
 */
export interface DuplicateKey {
  /** Dotted path of the second occurrence, as rules:check prints paths (`parameters.x.values.2026-01-01`). */
  path: string;
  /** The same path as keys and array indexes, for callers that quote keys with dots (the CLI). */
  segments: string[];
  key: string;
}

const WHITESPACE = ' \t\n\r';

/** Every duplicate key in `text`, which must be valid JSON (call JSON.parse first). */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  let i = 0;
  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.includes(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // An explicit stack instead of recursion, each frame holding the key or index of the value being read:
  // deep nesting that JSON.parse accepts can neither overflow nor cost more than its length here.
  type Frame = { keys: Set<string> | undefined; current: string };
  const stack: Frame[] = [];
  /** Reads `"key":` in an object and records a duplicate. */
  const readKey = (frame: Frame) => {
    skipWhitespace();
    const key = readString();
    skipWhitespace();
    i++; // ':'
    frame.current = key;
    if (frame.keys!.has(key)) {
      const segments = stack.map((f) => f.current);
      found.push({ path: segments.join('.'), segments, key });
    }
    frame.keys!.add(key);
  };
  for (;;) {
    // Read one value.
    skipWhitespace();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      skipWhitespace();
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        const frame: Frame = { keys: c === '{' ? new Set() : undefined, current: '0' };
        stack.push(frame);
        if (frame.keys) readKey(frame);
        continue;
      }
    } else if (c === '"') readString();
    else while (i < text.length && !',}]'.includes(text[i]!) && !WHITESPACE.includes(text[i]!)) i++;
    // After a value: a comma goes on in the same container, a closing bracket ends it.
    for (;;) {
      const frame = stack.at(-1);
      if (!frame) return found;
      skipWhitespace();
      if (text[i++] === ',') {
        if (frame.keys) readKey(frame);
        else frame.current = String(Number(frame.current) + 1);
        break;
      }
      stack.pop(); // '}' or ']'
    }
  }
}
