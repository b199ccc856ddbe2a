/**
 * The element's `t` (src/i18n/memo-t.ts) reads plain texts from i18next's store itself and keeps every
 * answer. It must answer exactly as i18next does: for every key of every language, with a key missing in a
 * language (Dutch), a key in the results namespace (fallbackNS), a key that does not exist, and after the
 * language changes or a namespace is added.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { memoT } from '../../src/i18n/memo-t.js';
import { createI18n, useLanguage } from '../../src/i18n/setup.js';
import { isLanguage } from '../../src/i18n/languages.js';

const read = (lang: string, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'));
const keys = (texts: object, prefix = ''): string[] =>
  Object.entries(texts).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
const languages = readdirSync('locales', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).filter(isLanguage);
const all = [...keys(read('nl', 'translation')), ...keys(read('nl', 'results')), 'no.such.key', 'app'];

describe("the element's t", () => {
  for (const lang of languages) {
    it(`${lang}: every key answers as i18next does`, async () => {
      const i18n = createI18n();
      const t = memoT(i18n);
      await useLanguage(i18n, lang);
      // Before the results namespace is added, then after: the memo must not keep the earlier answer.
      const before = all.map((key) => [key, t(key), i18n.t(key)]);
      for (const [key, ours, theirs] of before) assert.equal(ours, theirs, key);
      i18n.addResourceBundle('nl', 'results', read('nl', 'results'));
      if (lang !== 'nl') i18n.addResourceBundle(lang, 'results', read(lang, 'results'));
      for (const key of all) assert.equal(t(key), i18n.t(key), key);
      // Every placeholder filled with a text, then with a number; one left out; one too many; a count.
      let filled = 0;
      for (const key of all) {
        // Without options i18next leaves the placeholders as they are written.
        const placeholders = [...String(i18n.t(key)).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
        for (const options of [
          Object.fromEntries(placeholders.map((n) => [n, `«${n}»`])),
          Object.fromEntries(placeholders.map((n, i) => [n, 1000 + i])),
          Object.fromEntries(placeholders.slice(1).map((n) => [n, 'x'])),
          { ...Object.fromEntries(placeholders.map((n) => [n, 'x'])), extra: 'y' },
          { ...Object.fromEntries(placeholders.map((n) => [n, 'x'])), count: 2 },
        ]) {
          assert.equal(t(key, options), i18n.t(key, options), `${key} ${JSON.stringify(options)}`);
        }
        filled += placeholders.length;
      }
      assert.ok(filled > 40, `placeholders tried: ${filled}`);
    });
  }

  it('a key a language lacks is the Dutch text, and changing language changes the answer', async () => {
    const i18n = createI18n();
    const t = memoT(i18n);
    i18n.addResourceBundle('en', 'translation', { app: { start: 'Start' } });
    await i18n.changeLanguage('en');
    assert.equal(t('app.start'), 'Start');
    assert.equal(t('app.title'), i18n.t('app.title'));
    assert.equal(t('app.title'), read('nl', 'translation').app.title);
    await i18n.changeLanguage('nl');
    assert.equal(t('app.start'), read('nl', 'translation').app.start);
  });
});
