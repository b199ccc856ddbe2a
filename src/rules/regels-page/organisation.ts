/** The section of demo/regels.html for one organisation: contact, gemeenten and each regeling with its figures. */
import nl from '../../../locales/nl/translation.json';
import type { Contact, GemeenteEntry, HelpRouteRule, OrganisationFile, Parameter, Portal, Regeling } from '../schema.js';
import { escapeHtml, humanize, link, slug } from './format.js';
import { type ParameterRow, parameterTable, statusHtml } from './parameter-table.js';

const TYPE: Record<Regeling['type'], string> = {
  inkomensregeling: 'Regeling met een inkomensgrens',
  iit: 'Individuele inkomenstoeslag (Participatiewet art. 36)',
  'bijzondere-bijstand': 'Bijzondere bijstand (Participatiewet art. 35)',
  kwijtschelding: 'Kwijtschelding gemeentelijke belastingen (Invorderingswet 1990 art. 26)',
};

const DIGID: Record<Portal['digid'], string> = {
  verplicht: 'verplicht: aanvragen kan alleen met DigiD',
  mogelijk: 'mogelijk: aanvragen kan met DigiD, maar ook op een andere manier',
  niet: 'niet: aanvragen gaat zonder DigiD',
};

const isParameter = (value: object): value is Parameter => 'values' in value && 'unit' in value && 'source' in value;

/** What sets one array item apart, e.g. "alleenstaande ouder; oudste kind 0 tot 4 jaar". */
function itemContext(item: object): string {
  return Object.entries(item)
    .flatMap(([key, value]) => {
      if (typeof value === 'string') return [humanize(value)];
      if (value && typeof value === 'object' && 'vanaf' in value && 'tot' in value) return [`${humanize(key)} ${value.vanaf} tot ${value.tot} jaar`];
      return [];
    })
    .join('; ');
}

/** Every parameter in a regeling, wherever it is nested, named by its path: "bedragen 2 (…) · inkomensgrens". */
export function regelingParameters(value: unknown, path: string[] = []): ParameterRow[] {
  if (Array.isArray(value)) {
    const parent = path.at(-1) ?? '';
    return value.flatMap((item, i) => {
      const context = item && typeof item === 'object' ? itemContext(item) : '';
      return regelingParameters(item, [...path.slice(0, -1), `${parent} ${i + 1}${context ? ` (${context})` : ''}`]);
    });
  }
  if (!value || typeof value !== 'object') return [];
  if (isParameter(value)) return [{ name: path.join(' · '), parameter: value }];
  return Object.entries(value).flatMap(([key, child]) => regelingParameters(child, [...path, humanize(key)]));
}

function contactHtml(contact: Contact): string {
  const items: [string, string | undefined][] = [
    ['Telefoon', contact.phone && escapeHtml(contact.phone)],
    ['Adres', contact.address && escapeHtml(contact.address)],
    ['Openingstijden', contact.openingHours && escapeHtml(contact.openingHours)],
    ['Website', contact.url && link(contact.url)],
    ['Status', contact.status === 'unverified' ? statusHtml(true) : undefined],
  ];
  return `<dl class="facts">${items
    .filter((item): item is [string, string] => Boolean(item[1]))
    .map(([term, detail]) => `<dt>${term}</dt><dd>${detail}</dd>`)
    .join('')}</dl>`;
}

function conditions(regeling: Regeling): string[] {
  if (regeling.type !== 'inkomensregeling') return [];
  const v = regeling.voorwaarden ?? {};
  return [
    v.kinderenNodig ? 'alleen voor huishoudens met kinderen' : '',
    v.geenStudentZonderKinderen ? 'niet voor studenten zonder kinderen' : '',
    v.minimumLeeftijd !== undefined ? `vanaf ${v.minimumLeeftijd} jaar` : '',
    v.automatischBijBijstand ? 'met een bijstandsuitkering vaak vanzelf' : '',
    regeling.bedrag ? `het bedrag wordt ${regeling.bedrag.per === 'eenmalig' ? 'eenmalig' : `per ${regeling.bedrag.per}`} betaald` : '',
  ].filter(Boolean);
}

/** A help route with its source: "name: url, phone (bron: …)". */
export function helpRouteHtml(route: HelpRouteRule): string {
  return `${escapeHtml(route.name)}: ${link(route.url)}${route.phone ? `, ${escapeHtml(route.phone)}` : ''} (bron: ${link(route.source)})${route.status === 'unverified' ? ` ${statusHtml(true)}` : ''}${route.note ? `<br>${escapeHtml(route.note)}` : ''}`;
}

const list = (items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

function regelingSection(org: OrganisationFile, key: string, regeling: Regeling, title: string, offeredBy: string[]): string {
  const id = slug(org.id, 'regeling', key);
  const vermogensgrens =
    !('vermogensgrens' in regeling) || regeling.vermogensgrens === undefined
      ? undefined
      : regeling.vermogensgrens === 'participatiewet'
        ? 'die van de Participatiewet (art. 34), zie <a href="#landelijk-vermogen">Landelijke regels: vermogen</a>'
        : 'eigen grenzen van de organisatie, zie de tabel hieronder';
  const facts: [string, string | undefined][] = [
    ['Soort', escapeHtml(TYPE[regeling.type])],
    ['In rules/', `<code>organisaties/${escapeHtml(org.id)}.json</code>, regeling <code>${escapeHtml(key)}</code>`],
    ['Gemeenten', offeredBy.length ? escapeHtml(offeredBy.join(', ')) : 'geen gemeente biedt deze regeling nu aan'],
    ['Aanvragen', `${link(regeling.portal.url)}${regeling.portal.status === 'unverified' ? ` ${statusHtml(true)}` : ''}`],
    ['DigiD', escapeHtml(DIGID[regeling.portal.digid])],
    ['Contact voor deze regeling', regeling.portal.contact && contactHtml(regeling.portal.contact)],
    ['Vermogensgrens', vermogensgrens],
    ['Wie beslist', regeling.type === 'kwijtschelding' ? escapeHtml(regeling.uitvoerder.naam) : undefined],
    ['Bedragen', regeling.type === 'iit' && (regeling.bedragen ?? []).length === 0 ? 'niet gevonden: de check toetst alleen de wettelijke voorwaarden en noemt geen bedrag' : undefined],
    ['Voorwaarden', conditions(regeling).length ? list(conditions(regeling).map(escapeHtml)) : undefined],
    ['Wettelijke grondslag', regeling.reference && escapeHtml(regeling.reference)],
    ['Mee te nemen', regeling.documents.length ? list(regeling.documents.map((code) => escapeHtml(nl.doc[code]))) : 'niets opgegeven'],
    ['Bronnen', list(regeling.sources.map(link))],
  ];
  const rows = regelingParameters(regeling);
  return [
    `<section class="regeling" aria-labelledby="${id}">`,
    `<h3 id="${id}">${escapeHtml(title)}</h3>`,
    regeling.description ? `<p>${escapeHtml(regeling.description)}</p>` : '',
    `<dl class="facts">${facts
      .filter((fact): fact is [string, string] => Boolean(fact[1]))
      .map(([term, detail]) => `<dt>${term}</dt><dd>${detail}</dd>`)
      .join('')}</dl>`,
    rows.length ? parameterTable(`${id}-tabel`, `Bedragen en grenzen: ${title}`, rows) : '<p>Deze regeling heeft geen eigen bedragen of grenzen.</p>',
    `</section>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Per gemeente a short block (not a table, so it reads well at 320 px): woonplaatsen, regelingen, contact. */
function gemeentenHtml(org: OrganisationFile, index: Map<string, GemeenteEntry>, titles: Map<string, string>): string {
  return org.gemeenten
    .map((gemeente) => {
      const id = slug(org.id, 'gemeente', gemeente.code);
      const regelingen = gemeente.regelingen.map((key) => `<a href="#${slug(org.id, 'regeling', key)}">${escapeHtml(titles.get(key) ?? key)}</a>`);
      const facts: [string, string][] = [
        ['Woonplaatsen', escapeHtml(index.get(gemeente.code)?.woonplaatsen.join(', ') ?? 'niet bekend')],
        ['Regelingen', regelingen.length ? list(regelingen) : 'geen'],
        ['Contact', gemeente.contact ? contactHtml(gemeente.contact) : `zie het contact van ${escapeHtml(org.name)} hierboven`],
      ];
      const schuldhulp = gemeente.schuldhulp ?? org.schuldhulp;
      if (schuldhulp) facts.push(['Schuldhulp', helpRouteHtml(schuldhulp)]);
      if (gemeente.nietBerekend?.length) facts.push(['Niet berekend', list(gemeente.nietBerekend.map((r) => `${escapeHtml(r.name)}: ${link(r.url)}`))]);
      return [
        `<section class="gemeente" aria-labelledby="${id}">`,
        `<h4 id="${id}">${escapeHtml(gemeente.name)} <span class="code">(CBS-code ${escapeHtml(gemeente.code)})</span></h4>`,
        `<dl class="facts">${facts.map(([term, detail]) => `<dt>${term}</dt><dd>${detail}</dd>`).join('')}</dl>`,
        `</section>`,
      ].join('\n');
    })
    .join('\n');
}

/** A name per regeling; where two share a name, the gemeenten that offer each tell them apart. */
function regelingTitles(org: OrganisationFile): Map<string, string> {
  const titles = new Map<string, string>();
  for (const [key, regeling] of Object.entries(org.regelingen)) {
    const shared = Object.values(org.regelingen).filter((other) => other.name === regeling.name).length > 1;
    const offeredBy = org.gemeenten.filter((g) => g.regelingen.includes(key)).map((g) => g.name);
    titles.set(key, shared ? `${regeling.name} (${offeredBy.length ? offeredBy.join(', ') : key})` : regeling.name);
  }
  return titles;
}

/** How many figures of the organisation were read in an official text, and how many were not. */
export function organisationCounts(org: OrganisationFile): { checked: number; unchecked: number } {
  let checked = 0;
  let unchecked = 0;
  for (const { parameter } of regelingParameters(org.regelingen)) {
    for (const entry of Object.values(parameter.values)) {
      if (parameter.status === 'unverified' || (typeof entry !== 'string' && entry.status === 'unverified')) unchecked += 1;
      else checked += 1;
    }
  }
  return { checked, unchecked };
}

export function organisationSection(org: OrganisationFile, index: Map<string, GemeenteEntry>): string {
  const id = slug('org', org.id);
  const titles = regelingTitles(org);
  const count = organisationCounts(org);
  const norm = org.normBasis === 'exclusief-vakantietoeslag' ? 'zonder' : 'met';
  return [
    `<section class="organisation" aria-labelledby="${id}">`,
    `<h2 id="${id}">${escapeHtml(org.name)}</h2>`,
    `<p>Website: ${link(org.website)}. De regels staan in <code>rules/organisaties/${escapeHtml(org.id)}.json</code>. ` +
      `Grenzen in procenten zijn procenten van de bijstandsnorm ${norm} vakantietoeslag.</p>`,
    `<p class="count">Getallen van deze organisatie: <strong>${count.checked} gecontroleerd</strong>, ` +
      `<strong class="unverified">${count.unchecked} niet gecontroleerd</strong>.</p>`,
    `<h3 id="${id}-contact">Contact</h3>`,
    contactHtml(org.contact),
    org.schuldhulp ? `<p>Schuldhulp (als de gemeente geen eigen ingang heeft): ${helpRouteHtml(org.schuldhulp)}</p>` : '',
    `<h3 id="${id}-gemeenten">Gemeenten en woonplaatsen</h3>`,
    gemeentenHtml(org, index, titles),
    ...Object.entries(org.regelingen).map(([key, regeling]) =>
      regelingSection(org, key, regeling, titles.get(key)!, org.gemeenten.filter((g) => g.regelingen.includes(key)).map((g) => g.name)),
    ),
    `</section>`,
  ].join('\n');
}
