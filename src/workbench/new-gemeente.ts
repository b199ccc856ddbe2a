/**
 * "Nieuwe gemeente beginnen" (issue 21): from a CBS code to everything the workbench needs to open a first
 * organisation file as if it came from disk — the file, and gemeenten.json with the gemeente's line added so
 * that the check (and later the save) sees the gemeente as covered. Woonplaatsen and postcodes come from
 * rules/plaatsen-2026.json (BAG via PDOK), which the workbench carries in its bundle.
 */
import type { CbsGemeente } from '../rules/schema.js';
import type { BaseRules } from './check.js';
import { newOrganisationFiles } from './new-organisation.js';

type GemeentenIndex = { gemeenten: { code: string; organisation: string; woonplaatsen: string[]; postcodes?: string[] }[]; gedeeldePostcodes?: string[] } & Record<string, unknown>;
type Places = { woonplaatsen: Record<string, string[]>; postcodes: Record<string, string>; gedeeldePostcodes: Record<string, string[]> };

/** The bundled rules plus rules/plaatsen-2026.json (src/workbench/bundled.ts reads every top-level file). */
export type WorkbenchBase = BaseRules & { plaatsen?: unknown };

export interface GemeenteChoice {
  code: string;
  /** "Zaanstad (GM0479)", or with the name people use: "'s-Hertogenbosch (Den Bosch, GM0796)". */
  label: string;
  /** The organisation that already has a rules file for this gemeente, if any. */
  organisation?: string;
}

const cbsList = (base: WorkbenchBase) => ((base.cbsGemeenten as { gemeenten?: CbsGemeente[] } | undefined)?.gemeenten ?? []);
const index = (base: WorkbenchBase) => base.gemeenten as GemeentenIndex;

/** Every gemeente of the CBS list, in Dutch alphabetical order, with the organisation that already covers it. */
export function gemeenteChoices(base: WorkbenchBase): GemeenteChoice[] {
  const covered = new Map(index(base).gemeenten.map((g) => [g.code, g.organisation]));
  return cbsList(base)
    .map((g) => ({
      code: g.code,
      label: g.alsoKnownAs ? `${g.name} (${g.alsoKnownAs}, ${g.code})` : `${g.name} (${g.code})`,
      ...(covered.has(g.code) && { organisation: covered.get(g.code) }),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

/** "1501-1503 1521" → ["1501", "1502", "1503", "1521"]. */
export function expandPostcodes(ranges: string | undefined): string[] {
  return (ranges ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((part) => {
      const [from, to = from] = part.split('-').map(Number) as [number, number?];
      return Array.from({ length: to! - from + 1 }, (_, i) => String(from + i).padStart(4, '0'));
    });
}

export type Started =
  | {
      ok: true;
      fileName: string;
      organisation: Record<string, unknown>;
      /** gemeenten.json with the new line: what to save next to the organisation file. */
      gemeenten: GemeentenIndex;
      /** The base to check the new file against: the bundled rules with this gemeenten.json. */
      base: WorkbenchBase;
    }
  | { ok: false; message: string };

/** A first organisation file for `code`, or why not (an unknown code, a gemeente that already has one). */
export function startGemeente(code: string, base: WorkbenchBase): Started {
  const gemeente = cbsList(base).find((g) => g.code === code);
  if (!gemeente) return { ok: false, message: 'Kies eerst een gemeente uit de lijst.' };
  const already = index(base).gemeenten.find((g) => g.code === code);
  if (already) {
    return { ok: false, message: `${gemeente.name} heeft al een regelbestand: ${already.organisation}.json. Open dat bestand hierboven bij stap 1.` };
  }
  const places = base.plaatsen as Places | undefined;
  const made = newOrganisationFiles(gemeente, places?.woonplaatsen[code] ?? []);
  const shared = Object.entries(places?.gedeeldePostcodes ?? {})
    .filter(([, codes]) => codes.includes(code))
    .map(([pc4]) => pc4);
  const postcodes = [...new Set([...expandPostcodes(places?.postcodes[code]), ...shared])].sort();
  const old = index(base);
  const known = old.gedeeldePostcodes ?? [];
  const gemeenten: GemeentenIndex = {
    ...old,
    ...(shared.some((pc4) => !known.includes(pc4)) && { gedeeldePostcodes: [...known, ...shared.filter((pc4) => !known.includes(pc4))] }),
    gemeenten: [...old.gemeenten, { ...made.gemeentenEntry, ...(postcodes.length > 0 && { postcodes }) }],
  };
  return { ok: true, fileName: made.file.replace('organisaties/', ''), organisation: made.organisation, gemeenten, base: { ...base, gemeenten } };
}
