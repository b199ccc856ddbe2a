import { readRulesDir } from '../../src/cli/read-rules.js';
import type { Rules } from '../../src/rules/schema.js';
import { validateRules } from '../../src/rules/validate.js';

/** The rules in rules/, validated; tests fail loudly when they are broken. */
export function diskRules(): Rules {
  const files = readRulesDir();
  const result = validateRules(files);
  if (!result.ok || files.faults.length) throw new Error(`rules are broken: ${JSON.stringify(result.ok ? files.faults : result.faults)}`);
  return result.rules;
}
