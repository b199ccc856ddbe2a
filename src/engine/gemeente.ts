import type { CbsGemeente, Gemeente, GemeenteEntry, OrganisationFile, Rules } from '../rules/schema.js';

export interface Located {
  organisation: OrganisationFile;
  gemeente: Gemeente;
}

const normalise = (s: string) => s.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

/** The gemeente by CBS code ("GM0344", "0344") or by its name, case-insensitive. */
export function findEntry(gemeenten: GemeenteEntry[], codeOrName: string): GemeenteEntry | undefined {
  const wanted = normalise(codeOrName);
  const code = /^(gm)?\d{4}$/.test(wanted) ? `GM${wanted.slice(-4)}` : undefined;
  return gemeenten.find((g) => (code ? g.code === code : normalise(g.name) === wanted));
}

/** Every gemeente with this woonplaats (or gemeente name); more than one means: ask which. */
export function findByWoonplaats(gemeenten: GemeenteEntry[], woonplaats: string): GemeenteEntry[] {
  const wanted = normalise(woonplaats);
  return gemeenten.filter((g) => normalise(g.name) === wanted || g.woonplaatsen.some((w) => normalise(w) === wanted));
}

/**
 * Every gemeente that has this PC4 in its sourced postcode list. A PC4 in gedeeldePostcodes (also) belongs to
 * another gemeente, perhaps one we do not cover: then `shared` lists the gemeenten of ours that have it (maybe
 * none), and the resident chooses, or gives the woonplaats, rather than that we guess.
 */
export function findByPostcode(rules: Pick<Rules, 'gemeenten' | 'gedeeldePostcodes'>, postcode: string): GemeenteEntry[] | { shared: GemeenteEntry[] } {
  const pc4 = postcode.replace(/\s/g, '').slice(0, 4);
  const found = rules.gemeenten.filter((g) => g.postcodes?.includes(pc4));
  return rules.gedeeldePostcodes.includes(pc4) ? { shared: found } : found;
}

/** The gemeente's rules, when its organisation's file is among the loaded rules. */
export function locate(rules: Rules, entry: GemeenteEntry): Located | undefined {
  const organisation = rules.organisations.find((o) => o.id === entry.organisation);
  const gemeente = organisation?.gemeenten.find((g) => g.code === entry.code);
  return organisation && gemeente ? { organisation, gemeente } : undefined;
}

export function findGemeente(rules: Rules, codeOrName: string): Located | undefined {
  const entry = findEntry(rules.gemeenten, codeOrName);
  return entry && locate(rules, entry);
}

/** CBS writes homonyms with a suffix ("Bergen (NH.)"); a resident types "Bergen". */
const withoutSuffix = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '');

/**
 * Gemeenten of the CBS list by code, by name (with or without CBS's suffix) or by the name people use
 * ("Den Haag"). A name shared by two gemeenten gives both: then the resident chooses.
 */
export function findCbs(list: CbsGemeente[], codeOrName: string): CbsGemeente[] {
  const wanted = normalise(codeOrName);
  if (/^(gm)?\d{4}$/.test(wanted)) return list.filter((g) => g.code === `GM${wanted.slice(-4)}`);
  const exact = list.filter((g) => normalise(g.name) === wanted || (g.alsoKnownAs && normalise(g.alsoKnownAs) === wanted));
  return exact.length ? exact : list.filter((g) => normalise(withoutSuffix(g.name)) === wanted);
}

/**
 * `municipality: "onbekend"`: the resident does not know or will not say their gemeente. The answers are the
 * ones the law gives in every gemeente, and the door is the national list of gemeenten (there is no own site).
 */
export const UNKNOWN_MUNICIPALITY = 'onbekend';

export function someGemeente(rules: Pick<Rules, 'landelijk'>): CbsGemeente {
  return { code: UNKNOWN_MUNICIPALITY, name: '', website: rules.landelijk.gemeentenOverzicht };
}
