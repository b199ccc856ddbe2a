/**
 * demo/regels.html, the public list of every figure the check uses, in the spirit of the Algoritmeregister.
 * Generated from rules/ by `npm run rules:page`; a test compares the committed page with this output.
 */
import * as z from 'zod/mini';
import { escapeHtml, humanize, link, slug } from './regels-page/format.js';
import { helpRouteHtml, organisationSection, regelingParameters } from './regels-page/organisation.js';
import { parameterTable } from './regels-page/parameter-table.js';
import { STYLE } from './regels-page/style.js';
import { type Parameter, type RuleFiles, type Rules, gemeentenFile, nationalFile } from './schema.js';

export { escapeHtml } from './regels-page/format.js';

interface NationalSection {
  id: string;
  title: string;
  file: string;
  description: string | undefined;
  parameters: [string, Parameter][];
}

function nationalSections(files: RuleFiles): NationalSection[] {
  return Object.entries(files.national).map(([file, content]) => {
    const parsed = z.parse(nationalFile, content);
    const name = file.replace(/^.*\//, '').replace(/\.json$/, '');
    const title = humanize(name);
    return {
      id: slug('landelijk', name),
      title: title.charAt(0).toUpperCase() + title.slice(1),
      file,
      description: parsed.description,
      parameters: Object.entries(parsed.parameters),
    };
  });
}

/** How many dated values there are, and how many of them are not verified. */
function countValues(parameters: Parameter[]): { all: number; unverified: number } {
  let all = 0;
  let unverified = 0;
  for (const parameter of parameters) {
    for (const entry of Object.values(parameter.values)) {
      all += 1;
      if (parameter.status === 'unverified' || (typeof entry !== 'string' && entry.status === 'unverified')) unverified += 1;
    }
  }
  return { all, unverified };
}

function intro(count: { all: number; unverified: number }): string {
  return `<p>Regelingencheck rekent uit welke regelingen bij een laag inkomen misschien bij u passen, en of meer werken loont. Dat is een <strong>schatting</strong>: alleen de gemeente of de organisatie die de regeling uitvoert, beslist of u iets krijgt en hoeveel.</p>
<p>Op deze pagina staan alle regels en getallen waarmee de check rekent: eerst de landelijke regels, daarna per organisatie de gemeenten en de grenzen en bedragen van elke regeling. Bij elk getal staat vanaf welke datum het geldt, op welk artikel of beleid het berust en waar het te lezen is. Een getal geldt vanaf de datum ervoor tot de volgende datum in dezelfde tabel.</p>
<p>Staat bij een getal <strong class="unverified">niet gecontroleerd</strong>? Dan konden we het niet in een officiële tekst lezen, bijvoorbeeld omdat alleen een oudere pagina of een andere bron het noemt. De toelichting zegt waar het getal vandaan komt. Zo’n getal kan fout zijn. Van de ${count.all} getallen op deze pagina zijn er ${count.unverified} niet gecontroleerd.</p>
<p>Deze pagina wordt gemaakt uit dezelfde bestanden waarmee de check rekent, de map <code>rules/</code> van het project. Zo blijft wat hier staat gelijk aan waarmee de check rekent.</p>`;
}

function tableOfContents(national: NationalSection[], rules: Rules): string {
  const item = (id: string, text: string, children = '') => `<li><a href="#${id}">${escapeHtml(text)}</a>${children}</li>`;
  const nested = (items: string[]) => `<ul>${items.join('')}</ul>`;
  return `<nav aria-labelledby="inhoud">
<h2 id="inhoud">Inhoud</h2>
<ul>
${item('landelijk', 'Landelijke regels', nested(national.map((s) => item(s.id, s.title))))}
${item('gemeenten', 'Welke organisatie hoort bij uw gemeente')}
${rules.organisations.map((org) => item(slug('org', org.id), `${org.name} (${org.gemeenten.map((g) => g.name).join(', ')})`)).join('\n')}
</ul>
</nav>`;
}

function nationalHtml(sections: NationalSection[]): string {
  return [
    `<section aria-labelledby="landelijk">`,
    `<h2 id="landelijk">Landelijke regels</h2>`,
    `<p>Deze regels gelden in heel Nederland: de bijstandsnormen, vermogensgrenzen, het minimumloon, belastingen en toeslagen.</p>`,
    ...sections.map((s) =>
      [
        `<section aria-labelledby="${s.id}">`,
        `<h3 id="${s.id}">${escapeHtml(s.title)}</h3>`,
        s.description ? `<p>${escapeHtml(s.description)}</p>` : '',
        parameterTable(`${s.id}-tabel`, `${s.title}: parameters in rules/${s.file}`, s.parameters.map(([id, parameter]) => ({ name: id, parameter }))),
        `</section>`,
      ]
        .filter(Boolean)
        .join('\n'),
    ),
    `</section>`,
  ].join('\n');
}

function gemeentenHtml(rules: Rules, files: RuleFiles): string {
  const index = z.parse(gemeentenFile, files.gemeenten);
  const orgName = new Map(rules.organisations.map((org) => [org.id, org.name]));
  const rows = rules.gemeenten.map(
    (g) =>
      `<li>${escapeHtml(g.name)}: <a href="#${slug('org', g.organisation)}">${escapeHtml(orgName.get(g.organisation) ?? g.organisation)}</a></li>`,
  );
  return `<section aria-labelledby="gemeenten">
<h2 id="gemeenten">Welke organisatie hoort bij uw gemeente</h2>
<p>De regelingen worden uitgevoerd door de gemeente zelf of door een organisatie die dat voor meer gemeenten doet. Zoek uw gemeente en ga naar de organisatie.</p>
<ul class="columns">
${rows.join('\n')}
</ul>
${index.description ? `<p>${escapeHtml(index.description)}</p>` : ''}
<p>Bronnen:</p>
<ul>${index.sources.map((url) => `<li>${link(url)}</li>`).join('')}</ul>
</section>`;
}

/** National help routes, the toeslagen links and the CBS list used for gemeenten outside the check. */
function landelijkHtml(rules: Rules): string {
  const t = rules.landelijk.toeslagen;
  return `<section aria-labelledby="hulp">
<h2 id="hulp">Hulp voor iedereen, en gemeenten buiten de check</h2>
<p>Bij elke uitkomst staan deze plekken voor hulp, ook als geen regeling past:</p>
<ul>${Object.values(rules.landelijk.helpRoutes).map((r) => `<li>${helpRouteHtml(r)}</li>`).join('')}</ul>
<p>De toeslagen zijn een schatting met de landelijke regels hierboven. Aanvragen: ${link(t.portal)}. Zelf uitrekenen: ${link(t.proefberekening)}. Wetten: ${Object.values(t.sources).flat().map(link).join(', ')}.</p>
<p>Woont u in een gemeente die de check niet kent? Dan geeft de check alleen de toeslagen en deze hulp, met een link naar de lijst van alle gemeenten: ${link(rules.landelijk.gemeentenOverzicht)}. Welke gemeenten er zijn, staat in <code>rules/cbs-gemeenten-2026.json</code> (${rules.cbsGemeenten?.length ?? 0} gemeenten, lijst van het CBS).</p>
</section>`;
}

/** The whole page as a string: the same rules give the same bytes (no date, no randomness). */
export function renderRegelsPage(rules: Rules, files: RuleFiles): string {
  const national = nationalSections(files);
  const index = new Map(rules.gemeenten.map((g) => [g.code, g]));
  const parameters = [
    ...national.flatMap((s) => s.parameters.map(([, p]) => p)),
    ...rules.organisations.flatMap((org) => regelingParameters(org.regelingen).map((row) => row.parameter)),
  ];
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Alle regels en bronnen – Regelingencheck</title>
<style>${STYLE}</style>
</head>
<body>
<main id="main">
<h1>Alle regels en bronnen van Regelingencheck</h1>
${intro(countValues(parameters))}
${tableOfContents(national, rules)}
${nationalHtml(national)}
${gemeentenHtml(rules, files)}
${landelijkHtml(rules)}
${rules.organisations.map((org) => organisationSection(org, index)).join('\n')}
</main>
<footer>
<p>Gemaakt uit de regels in <code>rules/</code> met <code>npm run rules:page</code>.</p>
</footer>
</body>
</html>
`;
}
