/**
 * The "rules and their sources" part of docs/algoritmeregister.md, generated from rules/ so that the
 * public description of the algorithm can never drift from the figures it uses: every organisation, every
 * gemeente, every regeling and every source address.
 */
import type { RuleFiles, Rules } from '../rules/schema.js';

/** Every https:// address in a value, in order of appearance, once each. */
function sourcesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && value.startsWith('https://')) found.add(value);
  else if (value && typeof value === 'object') for (const child of Object.values(value)) sourcesIn(child, found);
  return found;
}

/** The kind of regeling in words; a type added later is named as it is until it gets words here. */
const TYPE: Record<string, string> = {
  inkomensregeling: 'regeling met een inkomensgrens',
  iit: 'individuele inkomenstoeslag (Participatiewet art. 36)',
  'bijzondere-bijstand': 'bijzondere bijstand (Participatiewet art. 35)',
  kwijtschelding: 'kwijtschelding van gemeentelijke belastingen',
};

const list = (urls: Iterable<string>) => [...urls].map((url) => `  - <${url}>`).join('\n');

export function rulesSection(rules: Rules, files: RuleFiles): string {
  const out: string[] = [];
  out.push('### Landelijke regels', '');
  out.push('Deze bedragen en grenzen gelden in elke gemeente. Elk getal heeft een datum waarop het ingaat en een bron.', '');
  for (const [file, content] of Object.entries(files.national).sort(([a], [b]) => a.localeCompare(b))) {
    const national = content as { description?: string; parameters: Record<string, unknown> };
    out.push(`- **rules/${file}**: ${national.description ?? ''} (${Object.keys(national.parameters).length} parameters)`);
    out.push(list(sourcesIn(national.parameters)));
  }
  out.push('', '### Regels per organisatie', '');
  const organisations = [...rules.organisations].sort((a, b) => a.id.localeCompare(b.id));
  for (const org of organisations) {
    out.push(`#### ${org.name}`, '');
    out.push(`Bestand: \`rules/organisaties/${org.id}.json\`. Website: <${org.website}>.`, '');
    out.push(`Gemeenten: ${org.gemeenten.map((g) => `${g.name} (${g.code})`).join(', ')}.`, '');
    for (const [key, regeling] of Object.entries(org.regelingen).sort(([a], [b]) => a.localeCompare(b))) {
      const inGemeenten = org.gemeenten.filter((g) => g.regelingen.includes(key)).map((g) => g.name);
      out.push(`- **${regeling.name}** (\`${regeling.id}\`, ${TYPE[regeling.type] ?? regeling.type}), in ${inGemeenten.join(', ') || 'geen gemeente'}. Bronnen:`);
      out.push(list(sourcesIn(regeling)));
    }
    out.push('');
  }
  out.push('### Woonplaatsen en postcodes', '');
  out.push(`\`rules/gemeenten.json\` koppelt ${rules.gemeenten.length} gemeenten aan hun woonplaatsen, postcodes en organisatie. Bronnen:`);
  out.push(list(sourcesIn((files.gemeenten as { sources?: unknown }).sources)));
  return out.join('\n');
}
