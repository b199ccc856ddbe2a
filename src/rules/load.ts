import * as z from 'zod/mini';
import { gemeentenFile, nationalFiles, organisationLoaders } from './bundled.js';
import { own } from './own.js';
import type { RuleFiles } from './schema.js';
import { type Validated, validateRules } from './validate.js';

// The bundle carries no descriptions or notes (see vite.config.ts); rules:check has checked them.
const BROWSER = { requireDocumentation: false, allOrganisations: false } as const;

let core: Validated | undefined;

/** The bundled national rules and gemeenten index, without any organisation, validated once per page. */
export function bundledCore(): Validated {
  core ??= validateRules({ national: nationalFiles, organisations: {}, gemeenten: gemeentenFile }, BROWSER);
  return core;
}

/** The bundled rules with one organisation's file loaded (a chunk of its own), validated. */
export async function bundledWithOrganisation(organisation: string): Promise<Validated> {
  const loader = own(organisationLoaders, organisation);
  if (!loader) return { ok: false, faults: [{ file: 'gemeenten.json', path: organisation, reason: 'no rules file for this organisation' }] };
  const content = (await loader()).default;
  return validateRules(
    { national: nationalFiles, organisations: { [`organisaties/${organisation}.json`]: content }, gemeenten: gemeentenFile },
    BROWSER,
  );
}

/** The shape of `ruleFiles`: checked before anything reads it, so `{}` or a string is a fault, not a throw. */
const ruleFilesShape = z.strictObject({
  national: z.record(z.string(), z.unknown()).check(z.refine((files) => Object.keys(files).length > 0, 'needs the national rules files')),
  organisations: z.record(z.string(), z.unknown()),
  gemeenten: z.record(z.string(), z.unknown()),
});

/**
 * Rules a page passes in itself (`ruleFiles`): the organisations it serves, no lazy loading. The one place
 * given rules are checked, in full and shape first: any fault gives the error screen, never a result.
 * (Bundled rules take bundledCore/bundledWithOrganisation and may be checked at build time instead.)
 */
export function validateGivenRules(files: unknown): Validated {
  try {
    const shape = z.safeParse(ruleFilesShape, files);
    if (!shape.success) {
      return {
        ok: false,
        faults: shape.error.issues.map((issue) => ({ file: 'ruleFiles', path: issue.path.map(String).join('.') || '(root)', reason: issue.message })),
      };
    }
    return validateRules(files as RuleFiles, BROWSER);
  } catch (error) {
    // Getters or proxies that throw while being read: still an error screen, never the bundled rules.
    return { ok: false, faults: [{ file: 'ruleFiles', path: '(root)', reason: `cannot be read: ${(error as Error).message}` }] };
  }
}
