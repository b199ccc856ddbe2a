import { gemeentenFile, landelijkFile, nationalFiles, organisationLoaders } from './bundled.js';
import type { RuleFiles } from './schema.js';
import { type Validated, validateRules } from './validate.js';

// The bundle carries no descriptions or notes (see vite.config.ts); rules:check has checked them.
const BROWSER = { requireDocumentation: false, allOrganisations: false } as const;

let core: Validated | undefined;

/** The bundled national rules and gemeenten index, without any organisation, validated once per page. */
export function bundledCore(): Validated {
  core ??= validateRules({ national: nationalFiles, organisations: {}, gemeenten: gemeentenFile, landelijk: landelijkFile }, BROWSER);
  return core;
}

/** The bundled rules with one organisation's file loaded (a chunk of its own), validated. */
export async function bundledWithOrganisation(organisation: string): Promise<Validated> {
  const loader = organisationLoaders[organisation];
  if (!loader) return { ok: false, faults: [{ file: 'gemeenten.json', path: organisation, reason: 'no rules file for this organisation' }] };
  const content = (await loader()).default;
  return validateRules(
    { national: nationalFiles, organisations: { [`organisaties/${organisation}.json`]: content }, gemeenten: gemeentenFile, landelijk: landelijkFile },
    BROWSER,
  );
}

/** Rules a page passes in itself (`ruleFiles`): the organisations it serves, no lazy loading. */
export function givenRules(files: RuleFiles): Validated {
  // Pages made before issue 10 give no landelijk.json: the bundled help routes and toeslagen links apply.
  return validateRules({ ...files, landelijk: files.landelijk ?? landelijkFile }, BROWSER);
}
