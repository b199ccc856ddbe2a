/**
 * Languages other than Dutch ship as their texts in the order of the Dutch keys (src/i18n/packed-texts.ts,
 * packed by vite.config.ts). Unpacking must give back exactly the texts as written, for every file.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createI18n, useLanguage } from '../../src/i18n/setup.js';
import { packTexts, unpackTexts } from '../../src/i18n/packed-texts.js';

const read = (lang: string, file: string) => JSON.parse(readFileSync(`locales/${lang}/${file}`, 'utf8'));
const languages = readdirSync('locales', { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'nl').map((d) => d.name);

describe('packed language texts', () => {
  for (const lang of languages) {
    for (const file of readdirSync(`locales/${lang}`)) {
      it(`${lang}/${file}: unpacked equals the file as written`, () => {
        const nl = read('nl', file);
        const texts = read(lang, file);
        const packed = packTexts(nl, texts);
        assert.ok(packed.every((v) => typeof v === 'string' || v === null));
        assert.deepEqual(unpackTexts(nl, packed), texts);
      });
    }
  }

  it('a key the language lacks is left out, so i18next shows the Dutch text', async () => {
    const nl = { app: { title: 'Titel', start: 'Begin' } };
    const packed = packTexts(nl, { app: { start: 'Start' } });
    assert.deepEqual(packed, [null, 'Start']);
    assert.deepEqual(unpackTexts(nl, packed), { app: { start: 'Start' } });
    const i18n = createI18n();
    i18n.addResourceBundle('en', 'translation', unpackTexts(read('nl', 'translation.json'), packTexts(read('nl', 'translation.json'), { app: { start: 'Start' } })));
    await useLanguage(i18n, 'en');
    assert.equal(i18n.t('app.start'), 'Start');
    assert.equal(i18n.t('app.title'), 'Welke regelingen passen bij u?');
  });

  it('a key Dutch does not have stops the build, named, instead of being lost', () => {
    assert.throws(() => packTexts({ a: 'x' }, { a: 'y', b_few: 'z' }), /keys not in the Dutch texts, which would be lost: b_few/);
  });

  it('texts given as an object (the browser tests) pass through unchanged', () => {
    const texts = { app: { title: 'Title' } };
    assert.equal(unpackTexts({ app: { title: 'Titel' } }, texts), texts);
  });
});
