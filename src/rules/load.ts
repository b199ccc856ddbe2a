import { assembleValidated } from './assemble.js';
import { gemeentenFile, nationalFiles, organisationLoaders } from './bundled.js';
import type { RuleFiles } from './schema.js';
import type { Validated } from './validate.js';

let core: Validated | undefined;

/**
 * The bundled national rules and gemeenten index, without any organisation. They were validated when the
 * bundle was built (vite.config.ts), so no schema runs here.
 */
export function bundledCore(): Validated {
  core ??= { ok: true, ...assembleValidated({ national: nationalFiles, organisations: {}, gemeenten: gemeentenFile }) };
  return core;
}

/** The bundled rules with one organisation's file loaded (a chunk of its own), validated at build time. */
export async function bundledWithOrganisation(organisation: string): Promise<Validated> {
  const loader = Object.hasOwn(organisationLoaders, organisation) ? organisationLoaders[organisation] : undefined;
  if (!loader) return { ok: false, faults: [{ file: 'gemeenten.json', path: organisation, reason: 'no rules file for this organisation' }] };
  const content = (await loader()).default;
  return {
    ok: true,
    ...assembleValidated({ national: nationalFiles, organisations: { [`organisaties/${organisation}.json`]: content }, gemeenten: gemeentenFile }),
  };
}

/**
 * Rules a page passes in itself (`ruleFiles`): the organisations it serves, no lazy loading. They come from
 * outside the bundle, so they are validated in full; the validator (and zod) load only for them.
 */
export async function givenRules(files: RuleFiles): Promise<Validated> {
  const { validateRules } = await import('./validate.js');
  // The bundle carries no descriptions or notes (see vite.config.ts); rules:check has checked them.
  return validateRules(files, { requireDocumentation: false, allOrganisations: false });
}
