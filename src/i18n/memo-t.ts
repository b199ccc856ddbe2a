import type { i18n } from 'i18next';

/**
 * The element's `t`. i18next resolves each call anew (key syntax, namespaces, fallbacks, interpolation,
 * nesting); on a cold page its first calls cost about as much as drawing the first screen. So:
 * - a text without options and without `{{…}}` or `$t(` is read from i18next's store directly, in the order
 *   i18next itself resolves (each namespace in turn, in each the language and then its fallback, Dutch);
 *   test/locales/memo-t.test.ts holds it to i18next's answer for every key of every language;
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
    if (text === undefined) memo.set(id, (text = (!options && plain(instance, key)) || instance.t(key, options)));
    return text;
  };
}

function plain(instance: i18n, key: string): string | undefined {
  const namespaces = [instance.options.defaultNS, instance.options.fallbackNS].flat().filter((ns) => typeof ns === 'string');
  for (const ns of namespaces) {
    for (const lng of instance.languages ?? []) {
      const text: unknown = instance.getResource(lng, ns, key);
      if (typeof text === 'string') return text.includes('{{') || text.includes('$t(') ? undefined : text;
    }
  }
  return undefined;
}
