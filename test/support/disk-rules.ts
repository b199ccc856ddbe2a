import { validatedRulesDir } from '../../src/cli/read-rules.js';
import type { Rules } from '../../src/rules/schema.js';

/** The rules in rules/, validated; tests fail loudly when they are broken. */
export function diskRules(): Rules {
  const result = validatedRulesDir();
  if (!result.ok) throw new Error(`rules are broken: ${JSON.stringify(result.faults)}`);
  return result.rules;
}
