/**
 * Issue 21: every woonplaats and PC4 of the country leads to its gemeente. Expected gemeenten: the BAG
 * woonplaatsen and PC4s in rules/plaatsen-2026.json (PDOK Locatieserver, 2026-10-01) and the CBS codes of 2026.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { type PlaceAnswer, findPlace, placeIndex } from '../../src/engine/find-place.js';
import { type CbsGemeente, type PlacesFile, placesFile } from '../../src/rules/schema.js';

const read = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../rules', file), 'utf8'));
const cbs = (read('cbs-gemeenten-2026.json') as { gemeenten: CbsGemeente[] }).gemeenten;
const places = read('plaatsen-2026.json') as PlacesFile;
const index = placeIndex(places, cbs);

const code = (answer: PlaceAnswer) => (answer.kind === 'found' ? answer.gemeente.code : answer.kind);
const codes = (answer: PlaceAnswer) => (answer.kind === 'choose' ? answer.gemeenten.map((g) => g.code) : [answer.kind]);

describe('finding the gemeente from what a resident types (issue 21)', () => {
  it('passes its own schema', () => {
    const result = z.safeParse(placesFile, places);
    assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3)));
  });

  it('finds the issue’s places: Zaandam, Hoofddorp, Scheveningen, Den Bosch, 1012, 9711 and 9711 AB', () => {
    assert.equal(code(findPlace('Zaandam', index)), 'GM0479'); // BAG: Zaandam in Zaanstad
    assert.equal(code(findPlace('Hoofddorp', index)), 'GM0394'); // Haarlemmermeer
    assert.equal(code(findPlace('Scheveningen', index)), 'GM0518'); // stadsdeel of Den Haag
    assert.equal(code(findPlace('Den Bosch', index)), 'GM0796');
    assert.equal(code(findPlace('1012', index)), 'GM0363'); // Amsterdam
    assert.equal(code(findPlace('9711', index)), 'GM0014'); // Groningen
    assert.equal(code(findPlace('9711 AB', index)), 'GM0014');
    assert.equal(code(findPlace('9711ab', index)), 'GM0014');
  });

  it('finds a gemeente by its name, its code, its name without the CBS suffix, and regardless of case and accents', () => {
    assert.equal(code(findPlace('amsterdam', index)), 'GM0363');
    assert.equal(code(findPlace('GM0363', index)), 'GM0363');
    assert.equal(code(findPlace('gemeente Zaanstad', index)), 'GM0479');
    assert.equal(code(findPlace('sudwest-fryslan', index)), 'GM1900');
    assert.equal(code(findPlace("'s-Hertogenbosch", index)), 'GM0796');
    assert.equal(code(findPlace('s-hertogenbosch', index)), 'GM0796');
  });

  it('lets the resident choose where a name or a postcode lies in two or more gemeenten', () => {
    assert.deepEqual(codes(findPlace('Bergen', index)).sort(), ['GM0373', 'GM0893']); // Bergen (NH.), Bergen (L.)
    assert.deepEqual(codes(findPlace('1216', index)), ['GM0402', 'GM1696']); // Hilversum first (266 of 267 addresses)
    assert.deepEqual(codes(findPlace('Beek', index)).sort(), ['GM0888', 'GM1945', 'GM1955']); // Beek (L.), Berg en Dal, Montferland
  });

  it('suggests names for a typo and says it does not know text that is no place', () => {
    const typo = findPlace('Zaandm', index);
    assert.equal(typo.kind, 'suggest');
    assert.ok(typo.kind === 'suggest' && typo.names.includes('Zaandam'));
    assert.deepEqual(findPlace('xyzzy', index), { kind: 'unknown', postcode: false });
    assert.deepEqual(findPlace('0000', index), { kind: 'unknown', postcode: true });
    assert.deepEqual(findPlace('GM9999', index), { kind: 'unknown', postcode: false });
  });

  it('places every woonplaats and every PC4 of the file in a real gemeente of 2026', () => {
    const real = new Set(cbs.map((g) => g.code));
    for (const [gm, names] of Object.entries(places.woonplaatsen)) {
      assert.ok(real.has(gm), gm);
      for (const name of names) {
        const answer = findPlace(name, index);
        const found = answer.kind === 'found' ? [answer.gemeente.code] : answer.kind === 'choose' ? answer.gemeenten.map((g) => g.code) : [];
        assert.ok(found.includes(gm), `${name} → ${gm}, got ${JSON.stringify(found)}`);
      }
    }
    for (const gm of Object.keys(places.postcodes)) assert.ok(real.has(gm), gm);
    assert.equal(index.byPostcode.size, 4074);
    assert.equal(new Set([...index.byPostcode.values()].flat()).size, 342);
  });

  it('agrees with the postcodes of the 18 covered gemeenten in rules/gemeenten.json', () => {
    const covered = read('gemeenten.json') as { gemeenten: { code: string; postcodes?: string[] }[] };
    for (const g of covered.gemeenten) {
      for (const pc of g.postcodes ?? []) assert.ok(index.byPostcode.get(pc)?.includes(g.code), `${pc} ${g.code}`);
    }
  });
});
