import * as z from 'zod/mini';
import type { RuleFiles } from './schema.js';
import { type Validated, validateRules } from './validate.js';

/** The shape of `ruleFiles`: checked before anything reads it, so `{}` or a string is a fault, not a throw. */
const ruleFilesShape = z.strictObject({
  national: z.record(z.string(), z.unknown()).check(z.refine((files) => Object.keys(files).length > 0, 'needs the national rules files')),
  organisations: z.record(z.string(), z.unknown()),
  gemeenten: z.record(z.string(), z.unknown()),
  landelijk: z.optional(z.record(z.string(), z.unknown())),
  cbsGemeenten: z.optional(z.record(z.string(), z.unknown())),
});

/**
 * Rules a page passes in itself (`ruleFiles`): the organisations it serves, no lazy loading. The one place
 * given rules are checked, in full and shape first: any fault gives the error screen, never a result.
 * The bundle carries no descriptions or notes (see vite.config.ts), so none are required here.
 */
export function validateGivenRules(files: unknown, bundledLandelijk?: unknown): Validated {
  try {
    const shape = z.safeParse(ruleFilesShape, files);
    if (!shape.success) {
      return {
        ok: false,
        faults: shape.error.issues.map((issue) => ({ file: 'ruleFiles', path: issue.path.map(String).join('.') || '(root)', reason: issue.message })),
      };
    }
    const given = files as RuleFiles;
    return validateRules({ ...given, landelijk: given.landelijk ?? bundledLandelijk }, { requireDocumentation: false, allOrganisations: false });
  } catch (error) {
    // Getters or proxies that throw while being read: still an error screen, never the bundled rules.
    return { ok: false, faults: [{ file: 'ruleFiles', path: '(root)', reason: `cannot be read: ${(error as Error).message}` }] };
  }
}
