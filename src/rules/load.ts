import { nationalFiles, organisationFiles } from './bundled.js';
import { type Validated, validateRules } from './validate.js';

let cached: Validated | undefined;

/** The bundled rules, validated once per page. */
export function bundledRules(): Validated {
  cached ??= validateRules(nationalFiles, organisationFiles);
  return cached;
}
