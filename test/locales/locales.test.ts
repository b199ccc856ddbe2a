/**
 * Every language has every key of the Dutch reference with the same {{placeholders}}, and Dutch has a
 * text for every code the engine and the rules can produce (reasons, documents, scheme ids).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REASON_CODES } from '../../src/engine/types.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { diskRules } from '../support/disk-rules.js';

const LOCALES = join(import.meta.dirname, '../../locales');
const namespaces = readdirSync(join(LOCALES, 'nl')).filter((f) => f.endsWith('.json'));

type Tree = { [key: string]: string | Tree };
const read = (lang: string, ns: string): Tree => JSON.parse(readFileSync(join(LOCALES, lang, ns), 'utf8'));
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  for (const ns of namespaces) {
    const reference = flatten(read('nl', ns));
    for (const lang of Object.keys(LANGUAGES).filter((l) => l !== 'nl')) {
      it(`${lang}/${ns} has every key of nl/${ns} with the same placeholders, and no others`, () => {
        const path = join(LOCALES, lang, ns);
        assert.ok(existsSync(path), `${lang}/${ns} is missing`);
        const texts = flatten(read(lang, ns));
        const missing = [...reference.keys()].filter((k) => !texts.has(k));
        const extra = [...texts.keys()].filter((k) => !reference.has(k));
        assert.deepEqual(missing, [], `missing in ${lang}/${ns}`);
        assert.deepEqual(extra, [], `unknown in ${lang}/${ns}`);
        for (const [key, text] of reference) {
          assert.deepEqual(placeholders(texts.get(key)!), placeholders(text), `${lang}/${ns}: ${key}`);
          assert.ok(texts.get(key)!.trim().length > 0, `${lang}/${ns}: ${key} is empty`);
        }
      });
    }
  }

  /**
   * Issue 13: a resident who chose another language never meets Dutch, except names: a text equal to the
   * Dutch one is allowed only for these (words that are the same in that language, or a law's name).
   */
  const SAME_AS_DUTCH = new Set(['summary.partner', 'afterSourcePw']);
  for (const lang of Object.keys(LANGUAGES).filter((l) => l !== 'nl')) {
    it(`${lang} shows no Dutch text except names (every text differs from the Dutch one)`, () => {
      for (const ns of namespaces) {
        const reference = flatten(read('nl', ns));
        const texts = flatten(read(lang, ns));
        // A text with no word of its own ("{{name}}?") says nothing in Dutch.
        const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));
        const same = [...reference]
          .filter(([key, text]) => texts.get(key) === text && hasWords(text) && !SAME_AS_DUTCH.has(key))
          .map(([key]) => key);
        assert.deepEqual(same, [], `${lang}/${ns}: still Dutch`);
      }
    });
  }

  // Issue 13: "bruto" is the Dutch word on a payslip; "brutto" is only right in Polish.
  it('spells the Dutch word bruto right in every language that quotes it', () => {
    for (const lang of Object.keys(LANGUAGES).filter((l) => l !== 'pl')) {
      for (const ns of namespaces) {
        for (const [key, text] of flatten(read(lang, ns))) assert.doesNotMatch(text, /brutto|brutoo|burto/i, `${lang}/${ns}: ${key}`);
      }
    }
  });

  it('Dutch has a sentence for every reason code, document and scheme in the rules', () => {
    // Result texts may live in results.json (the lazily loaded namespace, i18n fallbackNS) since issue 10.
    const nl = new Map([...flatten(read('nl', 'translation.json')), ...flatten(read('nl', 'results.json'))]);
    for (const code of REASON_CODES) assert.ok(nl.has(`reason.${code}`), `reason.${code}`);
    for (const org of diskRules().organisations) {
      for (const regeling of Object.values(org.regelingen)) {
        for (const doc of regeling.documents) assert.ok(nl.has(`doc.${doc}`), `doc.${doc} (${org.id})`);
        assert.ok(nl.has(`scheme.${regeling.id}`), `scheme.${regeling.id} (${org.id})`);
      }
    }
    for (const id of ['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget']) assert.ok(nl.has(`scheme.${id}`), `scheme.${id}`);
    for (const id of ['schuldhulp', 'geldfit', 'juridisch-loket', 'gemeente']) assert.ok(nl.has(`results.route.${id}`), `results.route.${id}`);
  });
});
