/**
 * Rules that were validated when the bundle was built (vite.config.ts refuses to build broken rules/) are
 * assembled here without zod, so the browser does not validate the same bytes again on every page load.
 * A test proves that this gives exactly what validateRules gives for the same files.
 */
import { COVERAGE_PARAMETER } from './required-parameters.js';
import { ownRecord } from './own.js';
import type { CbsGemeente, GemeentenFile, LandelijkFile, OrganisationFile, Parameter, RuleFiles, Rules } from './schema.js';

export function assembleValidated(files: RuleFiles): { rules: Rules; firstDate: string } {
  const national = nationalParameters(files.national);
  const index = files.gemeenten as GemeentenFile;
  const coverage = national[COVERAGE_PARAMETER];
  return {
    rules: {
      national,
      // Lookups by key see only own keys (own.ts), exactly as validateRules gives them.
      organisations: (Object.values(files.organisations) as OrganisationFile[]).map((org) => ({ ...org, regelingen: ownRecord(org.regelingen) })),
      gemeenten: index.gemeenten,
      gedeeldePostcodes: index.gedeeldePostcodes ?? [],
      landelijk: files.landelijk as LandelijkFile,
      ...(files.cbsGemeenten !== undefined && { cbsGemeenten: (files.cbsGemeenten as { gemeenten: CbsGemeente[] }).gemeenten }),
    },
    firstDate: coverage ? Object.keys(coverage.values)[0]! : '',
  };
}

/** The parameters of validated national files, by id. */
export function nationalParameters(national: Record<string, unknown>): Record<string, Parameter> {
  const parameters: Record<string, Parameter> = Object.create(null);
  for (const content of Object.values(national)) Object.assign(parameters, (content as { parameters: Record<string, Parameter> }).parameters);
  return parameters;
}
