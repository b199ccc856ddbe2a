import type { i18n } from 'i18next';

/**
 * The element's `t`: i18next resolves each call anew (namespaces, fallbacks, interpolation, nesting), and a
 * results screen asks for the same few hundred texts at every render. The answer of each call is kept until
 * the language changes or texts are added (a namespace that loaded later may hold a better answer).
 */
export function memoT(instance: i18n): (key: string, options?: Record<string, unknown>) => string {
  const memo = new Map<string, string>();
  const clear = () => memo.clear();
  instance.on('languageChanged', clear);
  instance.store.on('added', clear);
  return (key, options) => {
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let text = memo.get(id);
    if (text === undefined) memo.set(id, (text = instance.t(key, options)));
    return text;
  };
}
