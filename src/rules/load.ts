import { assembleValidated } from './assemble.js';
import { gemeentenFile, landelijkFile, nationalFiles, organisationLoaders } from './bundled.js';
import { own } from './own.js';
import type { Validated } from './validate.js';

let core: Validated | undefined;

/**
 * The bundled national rules and gemeenten index, without any organisation. They were validated when the
 * bundle was built (vite.config.ts), so no schema runs here.
 */
export function bundledCore(): Validated {
  core ??= { ok: true, ...assembleValidated({ national: nationalFiles, organisations: {}, gemeenten: gemeentenFile, landelijk: landelijkFile }) };
  return core;
}

/** The bundled rules with one organisation's file loaded (a chunk of its own), validated at build time. */
export async function bundledWithOrganisation(organisation: string): Promise<Validated> {
  const loader = own(organisationLoaders, organisation);
  if (!loader) return { ok: false, faults: [{ file: 'gemeenten.json', path: organisation, reason: 'no rules file for this organisation' }] };
  const content = (await loader()).default;
  return {
    ok: true,
    ...assembleValidated({
      national: nationalFiles,
      organisations: { [`organisaties/${organisation}.json`]: content },
      gemeenten: gemeentenFile,
      landelijk: landelijkFile,
    }),
  };
}

/**
 * Rules a page passes in itself (`ruleFiles`), validated in full and shape first (validate-given.ts). They
 * come from outside the bundle; the checker and zod are a chunk of their own, loaded only for them. Pages
 * made before landelijk.json existed give none: the bundled help routes and toeslagen links apply.
 */
export async function givenRules(files: unknown): Promise<Validated> {
  const { validateGivenRules } = await import('./validate-given.js');
  return validateGivenRules(files, landelijkFile);
}
