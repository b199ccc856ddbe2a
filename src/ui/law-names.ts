/**
 * The names of the laws and regelingen the rules cite, by their id on wetten.overheid.nl (BWBR…), so a
 * source link reads "Wet op de zorgtoeslag, artikel 2" instead of an address. Each name is the title the
 * law carries on wetten.overheid.nl (`source`); `status: 'unverified'` where the name was taken from the
 * rules' own `reference` text next to the address and not read on wetten.overheid.nl itself.
 * Proper names: the same in every language.
 */
export interface LawName {
  name: string;
  source: string;
  status?: 'unverified';
}

export const LAW_NAMES: Readonly<Record<string, LawName>> = {
  BWBR0002368: { name: 'Algemene Kinderbijslagwet', source: 'https://wetten.overheid.nl/BWBR0002368' },
  BWBR0002638: { name: 'Wet minimumloon en minimumvakantiebijslag', source: 'https://wetten.overheid.nl/BWBR0002638' },
  BWBR0004766: { name: 'Uitvoeringsregeling Invorderingswet 1990', source: 'https://wetten.overheid.nl/BWBR0004766' },
  BWBR0008659: { name: 'Wet op de huurtoeslag', source: 'https://wetten.overheid.nl/BWBR0008659' },
  BWBR0008763: { name: 'Besluit op de huurtoeslag', source: 'https://wetten.overheid.nl/BWBR0008763' },
  BWBR0011353: { name: 'Wet inkomstenbelasting 2001', source: 'https://wetten.overheid.nl/BWBR0011353' },
  BWBR0015703: { name: 'Participatiewet', source: 'https://wetten.overheid.nl/BWBR0015703' },
  BWBR0018451: { name: 'Wet op de zorgtoeslag', source: 'https://wetten.overheid.nl/BWBR0018451' },
  BWBR0018472: { name: 'Algemene wet inkomensafhankelijke regelingen', source: 'https://wetten.overheid.nl/BWBR0018472' },
  BWBR0022751: { name: 'Wet op het kindgebonden budget', source: 'https://wetten.overheid.nl/BWBR0022751' },
  BWBR0047157: {
    name: 'Regeling kwijtschelding belastingen medeoverheden',
    source: 'https://wetten.overheid.nl/BWBR0047157',
    status: 'unverified',
  },
  BWBR0049106: { name: 'Wet verlaging eigen bijdrage huurtoeslag', source: 'https://wetten.overheid.nl/BWBR0049106' },
  BWBR0051679: { name: 'Wet participatiewet in balans', source: 'https://wetten.overheid.nl/BWBR0051679', status: 'unverified' },
};

/** Publications on zoek.officielebekendmakingen.nl, named as they are cited: "Gemeenteblad 2019, 165342". */
export const PUBLICATIONS: Readonly<Record<string, string>> = {
  gmb: 'Gemeenteblad',
  stcrt: 'Staatscourant',
  stb: 'Staatsblad',
  kst: 'Kamerstuk',
};

/** Hosts whose owner is better known than the address. */
export const HOST_NAMES: Readonly<Record<string, string>> = {
  'belastingdienst.nl': 'Belastingdienst',
  'download.belastingdienst.nl': 'Belastingdienst',
  'rijksoverheid.nl': 'Rijksoverheid',
  'berekenuwrechtplus.nl': 'Berekenuwrecht',
  'cbs.nl': 'CBS',
};
