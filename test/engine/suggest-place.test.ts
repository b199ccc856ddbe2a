/** Issue 13: a typo in the woonplaats offers the closest names (src/engine/suggest-place.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance, suggestPlaces } from '../../src/engine/suggest-place.js';
import gemeenten from '../../rules/gemeenten.json' with { type: 'json' };
import cbs from '../../rules/cbs-gemeenten-2026.json' with { type: 'json' };

const names = [
  ...gemeenten.gemeenten.flatMap((g) => [g.name, ...g.woonplaatsen]),
  ...cbs.gemeenten.map((g: { name: string }) => g.name.replace(/\s*\([^)]*\)\s*$/, '')),
];

describe('editDistance (Damerau-Levenshtein, optimal string alignment)', () => {
  for (const [a, b, d] of [
    ['utrect', 'utrecht', 1], // a letter left out
    ['ziest', 'zeist', 1], // two letters swapped count as one edit
    ['hilversun', 'hilversum', 1],
    ['nieuwgein', 'nieuwegein', 1],
    ['utrecht', 'utrecht', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
  ] as const) {
    it(`${a} → ${b}: ${d}`, () => assert.equal(editDistance(a, b), d));
  }
});

describe('suggestPlaces over gemeenten.json and the CBS 2026 list', () => {
  it('"Utrect" → Utrecht (and not Utrechtse Heuvelrug)', () => assert.deepEqual(suggestPlaces('Utrect', names), ['Utrecht']));
  it('"Bilthovn" → Bilthoven (a woonplaats of De Bilt)', () => assert.deepEqual(suggestPlaces('Bilthovn', names), ['Bilthoven']));
  it('"Ziest" → Zeist (swapped letters)', () => assert.ok(suggestPlaces('Ziest', names).includes('Zeist')));
  it('"Amsterdm" → Amsterdam, a gemeente outside the check (CBS list)', () => assert.deepEqual(suggestPlaces('Amsterdm', names), ['Amsterdam']));
  it('accents, case and hyphens do not count as typos: "wijk-bij-duurstede"', () =>
    assert.deepEqual(suggestPlaces('wijk-bij-duurstede', names), ['Wijk bij Duurstede']));
  it('nothing close: no suggestion, and very short input gets none', () => {
    assert.deepEqual(suggestPlaces('Atlantis', names), []);
    assert.deepEqual(suggestPlaces('Ut', names), []);
  });
  it('short names allow only one edit ("Hoon" → Hoorn, not every four-letter place)', () => {
    const found = suggestPlaces('Hoon', names);
    assert.ok(found.includes('Hoorn'));
    assert.ok(found.every((n) => editDistance('hoon', n.toLowerCase()) <= 1), found.join(', '));
  });
});
