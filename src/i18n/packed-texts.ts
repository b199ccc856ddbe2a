/**
 * A language other than Dutch is shipped as its texts only, in the order of the Dutch keys: the keys are
 * the same in every language and the Dutch ones are already loaded, so sending them again is a quarter of
 * each language's bytes. Vite packs (vite.config.ts, for the build and `npm start`); the element unpacks
 * when the language loads. The browser tests (esbuild) serve the JSON as written, which passes through.
 */

type Texts = { [key: string]: string | Texts };

/** Every text key in document order, as paths: ['app', 'title'], ['q', 'age', 'title'], … */
function paths(texts: Texts, prefix: string[] = []): string[][] {
  return Object.entries(texts).flatMap(([key, value]) => (typeof value === 'string' ? [[...prefix, key]] : paths(value, [...prefix, key])));
}

function at(texts: Texts, path: string[]): string | Texts | undefined {
  let node: string | Texts | undefined = texts;
  for (const key of path) node = typeof node === 'object' && Object.hasOwn(node, key) ? node[key] : undefined;
  return node;
}

/**
 * `texts` as a list in the order of `nl`'s keys; null where the language lacks a key (it falls back to
 * Dutch). A key Dutch does not have (a plural form of another language, a typo) would be lost: that stops
 * the build with the key named instead.
 */
export function packTexts(nl: Texts, texts: Texts): (string | null)[] {
  const known = new Set(paths(nl).map((p) => p.join('.')));
  const unknown = paths(texts).map((p) => p.join('.')).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new Error(`keys not in the Dutch texts, which would be lost: ${unknown.join(', ')}`);
  return paths(nl).map((path) => {
    const value = at(texts, path);
    return typeof value === 'string' ? value : null;
  });
}

/** The texts of a language as i18next takes them: a packed list is laid over the Dutch keys, an object is kept. */
export function unpackTexts(nl: unknown, texts: unknown): unknown {
  if (!Array.isArray(texts)) return texts;
  const out: Texts = {};
  paths(nl as Texts).forEach((path, i) => {
    const value: unknown = texts[i];
    if (typeof value !== 'string') return;
    let node = out;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Texts;
    node[path.at(-1)!] = value;
  });
  return out;
}
