/** Reads the Dutch locale files as one flat map: "q.income.help" for translation.json, "werken-loont:intro" for werken-loont.json. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [key: string]: string | Tree };

export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Every string of locales/nl/*.json; the default namespace (translation) has no file prefix. */
export function readDutchStrings(localesDir: string): Map<string, string> {
  const dir = join(localesDir, 'nl');
  const out = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const ns = file.replace(/\.json$/, '');
    const prefix = ns === 'translation' ? '' : `${ns}:`;
    const tree = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree;
    for (const [key, text] of flatten(tree)) out.set(prefix + key, text);
  }
  return out;
}
