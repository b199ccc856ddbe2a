/**
 * One organisation's rules file checked as `npm run rules:check` checks it (descriptions required), against
 * the national rules and the gemeenten index of this version of the check.
 */
import type { RuleFiles } from '../rules/schema.js';
import { type Fault, type Validated, validateRules } from '../rules/validate.js';

/** Every rules file except the organisations: national/*.json, gemeenten.json and any other top-level file. */
export type BaseRules = Omit<RuleFiles, 'organisations'>;

/** The key validateRules expects: `organisaties/<id>.json`, from the id in the file itself. */
function fileKey(content: unknown): string {
  const id = (content as { id?: unknown } | null)?.id;
  return `organisaties/${typeof id === 'string' && id ? id : 'organisatie'}.json`;
}

export function checkOrganisation(content: unknown, base: BaseRules, extraFaults: Fault[] = []): Validated {
  const result = validateRules({ ...base, organisations: { [fileKey(content)]: content } }, { requireDocumentation: true, allOrganisations: false });
  if (extraFaults.length === 0) return result;
  return { ok: false, faults: [...extraFaults, ...(result.ok ? [] : result.faults)] };
}
