import type { i18n } from 'i18next';

/**
 * The element's `t`. i18next resolves each call anew (key syntax, namespaces, fallbacks, interpolation,
 * nesting); on a cold page its first calls cost about as much as drawing the first screen. So:
 * - a text is read from i18next's store directly, in the order i18next itself resolves (each namespace in
 *   turn, in each the language and then its fallback, Dutch), and its {{placeholders}} are filled when the
 *   options give a string or number for each and nothing else (no count, context or other i18next option);
 *   anything else goes to i18next. test/locales/memo-t.test.ts holds this to i18next's answer for every key
 *   of every language;
 * - every answer is kept until the language changes or texts are added (a namespace that loaded later may
 *   hold a better answer): a results screen asks for the same few hundred texts at every render.
 */
export function memoT(instance: i18n): (key: string, options?: Record<string, unknown>) => string {
  const memo = new Map<string, string>();
  const clear = () => memo.clear();
  instance.on('languageChanged', clear);
  instance.store.on('added', clear);
  return (key, options) => {
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let text = memo.get(id);
    if (text === undefined) memo.set(id, (text = direct(instance, key, options) ?? instance.t(key, options)));
    return text;
  };
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

function direct(instance: i18n, key: string, options: Record<string, unknown> | undefined): string | undefined {
  const text = stored(instance, key);
  if (!text || text.includes('$t(') || text.replace(PLACEHOLDER, '').includes('{{')) return undefined;
  const names = new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!));
  const given = Object.entries(options ?? {});
  if (given.length !== names.size || !given.every(([name, value]) => names.has(name) && (typeof value === 'string' || typeof value === 'number'))) {
    return undefined;
  }
  return text.replace(PLACEHOLDER, (_, name: string) => String(options![name]));
}

function stored(instance: i18n, key: string): string | undefined {
  const namespaces = [instance.options.defaultNS, instance.options.fallbackNS].flat().filter((ns) => typeof ns === 'string');
  for (const ns of namespaces) {
    for (const lng of instance.languages ?? []) {
      const text: unknown = instance.getResource(lng, ns, key);
      if (typeof text === 'string') return text;
    }
  }
  return undefined;
}
