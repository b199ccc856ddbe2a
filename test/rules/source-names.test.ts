/**
 * Issue 22, item 4: every source the rules cite gets a readable name ("Wet op de zorgtoeslag, artikel 2"),
 * never its address, and every law the rules cite on wetten.overheid.nl is in the table of names
 * (src/ui/law-names.ts), so a new law in the rules fails here until it is named.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import nlResults from '../../locales/nl/results.json' with { type: 'json' };
import { LAW_NAMES } from '../../src/ui/law-names.js';
import { shortAddress, sourceName } from '../../src/ui/source-name.js';

const RULES = join(import.meta.dirname, '../../rules');
const files = readdirSync(RULES, { recursive: true }).map(String).filter((f) => f.endsWith('.json') && !f.startsWith('schema'));
const urls = [...new Set(files.flatMap((f) => readFileSync(join(RULES, f), 'utf8').match(/https?:\/\/[^"\s]+/g) ?? []))];

/** Dutch texts as the element gives them: the key's text with {{placeholders}} filled in. */
const t = (key: string, options: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], nlResults) as string;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
};

describe('source names', () => {
  it('names a law with its article, as wetten.overheid.nl titles it', () => {
    // The name is isolated for right-to-left text (U+2068 … U+2069), invisible on screen.
    assert.equal(sourceName('https://wetten.overheid.nl/BWBR0018451/2026-01-01#Artikel2', t), '\u2068Wet op de zorgtoeslag\u2069, artikel 2');
    assert.equal(sourceName('https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.14a', t), '\u2068Wet inkomstenbelasting 2001\u2069, artikel 8.14a');
    assert.equal(sourceName('https://wetten.overheid.nl/BWBR0015703/2026-07-01', t), 'Participatiewet');
  });

  it('names publications as they are cited, local rules and other pages by site and words', () => {
    assert.equal(sourceName('https://zoek.officielebekendmakingen.nl/stcrt-2025-40022.html', t), 'Staatscourant 2025, 40022');
    assert.equal(sourceName('https://zoek.officielebekendmakingen.nl/kst-32315-3.html', t), 'Kamerstuk 32315, nr. 3');
    assert.equal(sourceName('https://lokaleregelgeving.overheid.nl/CVDR734077/1', t), 'Regels van de gemeente');
    assert.equal(sourceName('https://www.wil-lekstroom.nl/voor-u/individuele-inkomenstoeslag_3424/', t), 'wil-lekstroom.nl: individuele inkomenstoeslag');
    assert.equal(sourceName('not an address', t), 'Webpagina');
  });

  it('every law cited on wetten.overheid.nl in rules/ has a name in law-names.ts', () => {
    const ids = new Set(urls.flatMap((u) => /wetten\.overheid\.nl\/(BWBR\d+)/.exec(u)?.[1] ?? []));
    assert.ok(ids.size >= 10, `found ${ids.size} laws`);
    assert.deepEqual([...ids].filter((id) => !LAW_NAMES[id]), []);
  });

  it(`none of the ${urls.length} addresses in rules/ is shown as an address: the name and the short kiosk address have no "https://"`, () => {
    assert.ok(urls.length > 100);
    for (const url of urls) {
      const name = sourceName(url, t);
      assert.doesNotMatch(name, /https?:\/\//, url);
      assert.ok(name.length > 2 && name.length <= 90, `${url} → "${name}"`);
      assert.doesNotMatch(shortAddress(url), /https?:\/\//, url);
    }
  });
});
