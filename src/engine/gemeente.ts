import type { Gemeente, OrganisationFile, Rules } from '../rules/schema.js';

export interface Located {
  organisation: OrganisationFile;
  gemeente: Gemeente;
}

const normalise = (s: string) => s.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

/** Finds the gemeente by CBS code ("GM0344", "0344") or by its name, case-insensitive. */
export function findGemeente(rules: Rules, codeOrName: string): Located | undefined {
  const wanted = normalise(codeOrName);
  const code = /^(gm)?\d{4}$/.test(wanted) ? `GM${wanted.slice(-4)}` : undefined;
  for (const organisation of rules.organisations) {
    for (const gemeente of organisation.gemeenten) {
      if (code ? gemeente.code === code : normalise(gemeente.name) === wanted) return { organisation, gemeente };
    }
  }
  return undefined;
}

/** Every gemeente whose woonplaatsen include this place name (a place can lie in one gemeente only, but we do not assume it). */
export function findByWoonplaats(rules: Rules, woonplaats: string): Located[] {
  const wanted = normalise(woonplaats);
  return rules.organisations.flatMap((organisation) =>
    organisation.gemeenten
      .filter((g) => g.woonplaatsen.some((w) => normalise(w) === wanted))
      .map((gemeente) => ({ organisation, gemeente })),
  );
}

/** Every gemeente that has this PC4 in its sourced postcode list; more than one means: ask the woonplaats. */
export function findByPostcode(rules: Rules, postcode: string): Located[] {
  const pc4 = postcode.replace(/\s/g, '').slice(0, 4);
  return rules.organisations.flatMap((organisation) =>
    organisation.gemeenten.filter((g) => g.postcodes?.includes(pc4)).map((gemeente) => ({ organisation, gemeente })),
  );
}
