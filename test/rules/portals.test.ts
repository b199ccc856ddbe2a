/**
 * Issue 6: every gemeente in rules/gemeenten.json gets a sourced answer with a portal for every scheme it
 * offers, and can be found by its CBS code, its name and each of its woonplaatsen.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateWithWerkenLoont as evaluate } from '../../src/engine/evaluate-with-werken-loont.js';
import { findByPostcode, findByWoonplaats } from '../../src/engine/gemeente.js';
import { diskRules } from '../support/disk-rules.js';

const rules = diskRules();

describe('every gemeente', () => {
  for (const entry of rules.gemeenten) {
    it(`${entry.name} (${entry.code}): a portal and sources for every scheme it offers`, () => {
      for (const municipality of [entry.code, entry.name]) {
        const outcome = evaluate(
          {
            date: '2026-07-01',
            municipality,
            household: { adults: [{ age: 40 }], children: [{ age: 8 }], housemates: [] },
            income: { netMonthly: '1348.49', source: 'bijstand', lowSinceMonths: 48 },
            assets: '0.00',
          },
          rules,
        );
        assert.equal(outcome.municipality, entry.code);
        assert.equal(outcome.organisation, entry.organisation);
        assert.ok(outcome.schemes.length > 0, 'offers at least one scheme');
        for (const scheme of outcome.schemes) {
          assert.match(scheme.portal.url, /^https:\/\//, `${scheme.id}: portal`);
          assert.ok(scheme.sources.every((s) => s.startsWith('https://')) && scheme.sources.length > 0, `${scheme.id}: sources`);
          assert.ok(scheme.contact.phone || scheme.contact.address || scheme.contact.url, `${scheme.id}: a way without DigiD`);
        }
      }
    });

    it(`${entry.name}: found from each of its woonplaatsen`, () => {
      for (const woonplaats of entry.woonplaatsen) {
        const found = findByWoonplaats(rules.gemeenten, woonplaats);
        assert.ok(found.some((g) => g.code === entry.code), woonplaats);
      }
    });
  }
});

describe('postcodes (rules/gemeenten.json, PDOK/BAG PC4 per gemeente)', () => {
  it('each listed PC4 leads back to its own gemeente only', () => {
    for (const entry of rules.gemeenten) {
      for (const pc4 of entry.postcodes ?? []) {
        if (rules.gedeeldePostcodes.includes(pc4)) continue; // shared: see the next test
        const found = findByPostcode(rules, `${pc4} AB`);
        assert.ok(Array.isArray(found) && found.length === 1 && found[0]!.code === entry.code, `${pc4} → ${entry.name}`);
      }
    }
  });

  it('a PC4 shared with another gemeente offers the gemeenten of ours that have it; an unknown one finds nothing', () => {
    // PDOK/BAG via the source in gemeenten.json: 1216 has 266 addresses in Hilversum and 1 in Wijdemeren.
    assert.deepEqual(findByPostcode(rules, '1216'), { shared: rules.gemeenten.filter((g) => g.code === 'GM0402') });
    // A shared PC4 that none of our gemeenten lists: no choices, the woonplaats is asked.
    assert.deepEqual(findByPostcode({ gemeenten: rules.gemeenten, gedeeldePostcodes: ['9999'] }, '9999'), { shared: [] });
    assert.deepEqual(findByPostcode(rules, '9711'), []); // Groningen
  });

  it('finds Utrecht from 3511 and Zwaag (1689) in Hoorn', () => {
    assert.equal((findByPostcode(rules, '3511') as { code: string }[])[0]!.code, 'GM0344');
    assert.equal((findByPostcode(rules, '1689') as { code: string }[])[0]!.code, 'GM0405');
  });
});
