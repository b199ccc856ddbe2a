/**
 * "Waar woont u?" for the whole country (issue 21): what a resident types (a postcode, a woonplaats, a gemeente,
 * a name people use, a CBS code) → the gemeente, a choice between gemeenten, suggestions for a typo, or "we
 * kennen deze plaats niet". Pure: the lists are passed in (rules/cbs-gemeenten-2026.json, rules/plaatsen-2026.json).
 */
import type { CbsGemeente, PlacesFile } from '../rules/schema.js';
import { foldName } from './fold-name.js';
import { suggestPlaces } from './suggest-place.js';

export type PlaceVia = 'postcode' | 'woonplaats' | 'gemeente' | 'code';

export type PlaceAnswer =
  /** One gemeente: go on with it. */
  | { kind: 'found'; gemeente: CbsGemeente; via: PlaceVia }
  /** A postcode or name in two or more gemeenten: the resident chooses (the most likely first for a postcode). */
  | { kind: 'choose'; gemeenten: CbsGemeente[]; via: PlaceVia }
  /** No such place, but names within a typo's reach: "Bedoelt u …?" (each can be looked up again). */
  | { kind: 'suggest'; names: string[] }
  /** Not a place we know: the UI says "we kennen … niet" and offers the list of gemeenten or the national answers. */
  | { kind: 'unknown'; postcode: boolean };

export interface PlaceIndex {
  byCode: Map<string, CbsGemeente>;
  byPostcode: Map<string, string[]>;
  byName: Map<string, string[]>;
  /** Every name as written, for suggestions. */
  names: string[];
}

export { foldName };

/**
 * BAG tells homonyms apart with a suffix ("Bergen (NH)", "Beuningen Gld", "Afferden L", "Bleskensgraaf ca");
 * a resident types the name without it, which then may fit more than one place: a choice.
 */
const withoutSuffix = (name: string) => name.replace(/\s*\([^)]*\)$/, '').replace(/\s+(?:[A-Z]{1,3}|Gld|ca|gem \S+)$/, '');

export function placeIndex(places: PlacesFile, cbs: CbsGemeente[]): PlaceIndex {
  const byCode = new Map(cbs.map((g) => [g.code, g]));
  const byPostcode = new Map<string, string[]>();
  for (const [code, ranges] of Object.entries(places.postcodes)) {
    for (const part of ranges.split(' ')) {
      const [from, to = from] = part.split('-').map(Number) as [number, number?];
      for (let pc = from; pc <= to; pc++) byPostcode.set(String(pc), [code]);
    }
  }
  for (const [pc4, codes] of Object.entries(places.gedeeldePostcodes)) byPostcode.set(pc4, [...codes]);

  const byName = new Map<string, string[]>();
  const names = new Set<string>();
  const add = (name: string, code: string) => {
    names.add(name);
    for (const key of new Set([foldName(name), foldName(withoutSuffix(name))])) {
      const codes = byName.get(key) ?? [];
      if (!codes.includes(code)) byName.set(key, [...codes, code]);
    }
  };
  for (const [code, list] of Object.entries(places.woonplaatsen)) for (const name of list) add(name, code);
  for (const g of cbs) {
    add(g.name, g.code);
    if (g.alsoKnownAs) add(g.alsoKnownAs, g.code);
  }
  for (const [name, { gemeente }] of Object.entries(places.andereNamen)) add(name, gemeente);
  return { byCode, byPostcode, byName, names: [...names] };
}

const POSTCODE = /^(\d{4})\s*([a-z]{2})?$/i;

export function findPlace(typed: string, index: PlaceIndex): PlaceAnswer {
  const text = typed.trim().replace(/^gemeente\s+/i, '');
  const code = /^gm\s*(\d{4})$/i.exec(text);
  if (code) {
    const gemeente = index.byCode.get(`GM${code[1]}`);
    return gemeente ? { kind: 'found', gemeente, via: 'code' } : { kind: 'unknown', postcode: false };
  }
  const postcode = POSTCODE.exec(text);
  if (postcode) return answer(index.byPostcode.get(postcode[1]!) ?? [], index, 'postcode', true);

  const codes = index.byName.get(foldName(text)) ?? [];
  if (codes.length > 0) {
    const isGemeente = codes.every((c) => foldName(index.byCode.get(c)?.name ?? '') === foldName(text));
    return answer(codes, index, isGemeente ? 'gemeente' : 'woonplaats', false);
  }
  const names = suggestPlaces(text, index.names);
  return names.length > 0 ? { kind: 'suggest', names } : { kind: 'unknown', postcode: false };
}

function answer(codes: string[], index: PlaceIndex, via: PlaceVia, postcode: boolean): PlaceAnswer {
  const gemeenten = codes.map((c) => index.byCode.get(c)).filter((g): g is CbsGemeente => g !== undefined);
  if (gemeenten.length === 1) return { kind: 'found', gemeente: gemeenten[0]!, via };
  if (gemeenten.length > 1) return { kind: 'choose', gemeenten, via };
  return { kind: 'unknown', postcode };
}
