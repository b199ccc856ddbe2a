import { nationalFiles, organisationFiles } from './bundled.js';
import { type Validated, validateRules } from './validate.js';

let cached: Validated | undefined;

/** The bundled rules, validated once per page. */
export function bundledRules(): Validated {
  // The bundle carries no descriptions or notes (see vite.config.ts); rules:check has checked them.
  cached ??= validateRules(nationalFiles, organisationFiles, { requireDocumentation: false });
  return cached;
}
