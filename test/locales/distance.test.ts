/** Issue 20: the distance from a limit in words, in every language ("€ 23 per maand boven de grens"). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import i18next from 'i18next';
import type { SchemeOutcome } from '../../src/engine/types.js';
import { distanceText } from '../../src/ui/distance.js';

const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];
const base = { id: 'iit', name: 'IIT', status: 'no', reasons: [] } as unknown as SchemeOutcome;
const money = (value: string) => `€ ${Number(value).toFixed(0)}`;

describe('distanceText', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: above and below differ and both name the amount`, async () => {
      const t = i18next.createInstance();
      await t.init({ lng: lang, resources: { [lang]: { translation: JSON.parse(readFileSync(`locales/${lang}/results.json`, 'utf8')) } } });
      const say = (key: string, options?: Record<string, unknown>) => t.t(key, options) as string;
      const above = distanceText({ ...base, distance: { amount: '23.00', per: 'month', direction: 'above', limit: '1845.30' } }, say, money);
      const below = distanceText({ ...base, distance: { amount: '23.00', per: 'month', direction: 'below', limit: '1845.30' } }, say, money);
      assert.ok(above.includes('€ 23') && below.includes('€ 23'), `${above} / ${below}`);
      assert.notEqual(above, below);
      assert.ok(!above.startsWith('results.'), above);
    });
  }
  it('nl: "€ 23 per maand boven de grens"', async () => {
    const t = i18next.createInstance();
    await t.init({ lng: 'nl', resources: { nl: { translation: JSON.parse(readFileSync('locales/nl/results.json', 'utf8')) } } });
    const text = distanceText({ ...base, distance: { amount: '23.00', per: 'month', direction: 'above', limit: '1' } }, (k, o) => t.t(k, o) as string, money);
    assert.equal(text, 'Uw inkomen is € 23 per maand boven de grens.');
  });
  it('no distance: no words', () => assert.equal(distanceText(base, (k) => k, money), ''));
});
