/**
 * "A gemeente adds itself" (issue 21): a first organisation file for any gemeente of the CBS list, built from
 * the statutory answers the check already gives it. Name, code and website are filled in; every figure the
 * gemeente sets starts as the national value, marked `unverified`, with a note asking for the link to its own
 * verordening or beleidsregel (CVDR), so the file passes rules:check and works as `ruleFiles` from the start.
 */
import type { CbsGemeente } from '../rules/schema.js';

const PARTICIPATIEWET = 'https://wetten.overheid.nl/BWBR0015703/2026-01-01';
const UITVOERINGSREGELING = 'https://wetten.overheid.nl/BWBR0004766/2026-01-01#Artikel16';
const ASK_CVDR = 'Vul de link naar de verordening of beleidsregel van de gemeente in (lokaleregelgeving.overheid.nl, CVDR).';

/** An organisation id from the gemeente's name: "Bergen (NH.)" → "gemeente-bergen-nh". */
export function organisationId(g: CbsGemeente): string {
  const slug = g.name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `gemeente-${slug}`;
}

/** The organisation file (organisaties/<id>.json) and the line for gemeenten.json. */
export function newOrganisationFiles(g: CbsGemeente, woonplaatsen: string[] = []) {
  const id = organisationId(g);
  const website = g.website ?? 'https://organisaties.overheid.nl/Gemeenten/';
  const portal = { url: website, digid: 'mogelijk', status: 'unverified' };
  const common = { portal, sources: [website] };
  const organisation = {
    $schema: '../schema/organisation.schema.json',
    id,
    name: `Gemeente ${g.alsoKnownAs ?? g.name}`,
    website,
    normBasis: 'exclusief-vakantietoeslag',
    contact: { url: website, status: 'unverified' },
    schuldhulp: { name: `Gemeente ${g.alsoKnownAs ?? g.name}: hulp bij geldzorgen`, url: website, source: website, status: 'unverified', note: 'Vul de pagina over schuldhulp van de gemeente in.' },
    gemeenten: [{ code: g.code, name: g.name, regelingen: ['iit', 'bijzondere-bijstand', 'kwijtschelding'] }],
    regelingen: {
      iit: {
        ...common,
        id: 'iit',
        type: 'iit',
        name: 'Individuele inkomenstoeslag',
        description: 'Participatiewet art. 36. Grens, referentieperiode en bedragen: vul ze in uit de verordening.',
        reference: 'Participatiewet art. 36; verordening individuele inkomenstoeslag van de gemeente',
        documents: ['identiteitsbewijs', 'bankafschriften', 'inkomensspecificatie'],
        vermogensgrens: 'participatiewet',
      },
      'bijzondere-bijstand': {
        ...common,
        id: 'bijzondere-bijstand',
        type: 'bijzondere-bijstand',
        name: 'Bijzondere bijstand',
        description: 'Participatiewet art. 35. De draagkrachtregels van de gemeente: vul ze in uit de beleidsregels.',
        reference: 'Participatiewet art. 35; beleidsregels bijzondere bijstand van de gemeente',
        documents: ['identiteitsbewijs', 'bewijs-kosten', 'inkomensspecificatie', 'bankafschriften'],
        vermogensgrens: 'participatiewet',
        sources: [website, PARTICIPATIEWET],
      },
      kwijtschelding: {
        ...common,
        id: 'kwijtschelding',
        type: 'kwijtschelding',
        name: 'Kwijtschelding gemeentebelastingen',
        description: 'Invorderingswet 1990 art. 26. Wie beslist en welk percentage: vul ze in uit de kwijtscheldingsregeling.',
        reference: 'Invorderingswet 1990 art. 26; Uitvoeringsregeling Invorderingswet 1990 art. 16',
        documents: ['identiteitsbewijs', 'bankafschriften', 'inkomensspecificatie', 'huurcontract'],
        uitvoerder: { soort: 'gemeente', naam: `Gemeente ${g.alsoKnownAs ?? g.name}` },
        kostenVanBestaan: {
          description: 'Kosten van bestaan bij kwijtschelding, in procent van de bijstandsnorm',
          unit: 'procent',
          reference: 'Uitvoeringsregeling Invorderingswet 1990 art. 16 (90 %, de gemeente mag tot 100 % kiezen)',
          source: UITVOERINGSREGELING,
          status: 'unverified',
          note: `Het landelijke percentage. ${ASK_CVDR}`,
          values: { '2022-01-01': '90' },
        },
      },
    },
  };
  const gemeentenEntry = { code: g.code, name: g.name, organisation: id, woonplaatsen: woonplaatsen.length > 0 ? woonplaatsen : [g.alsoKnownAs ?? g.name.replace(/\s*\([^)]*\)$/, '')] };
  return { file: `organisaties/${id}.json`, organisation, gemeentenEntry };
}
