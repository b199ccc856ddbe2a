/**
 * Issue 6: every gemeente in rules/gemeenten.json gets a sourced answer with a portal for every scheme it
 * offers, and can be found by its CBS code, its name and each of its woonplaatsen.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateWithWerkenLoont as evaluate } from '../../src/engine/evaluate-with-werken-loont.js';
import { findByWoonplaats } from '../../src/engine/gemeente.js';
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
