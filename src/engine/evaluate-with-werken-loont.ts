import type { Rules } from '../rules/schema.js';
import { evaluate } from './evaluate.js';
import type { Outcome } from './types.js';
import { evaluateWerkenLoont } from './werken-loont/index.js';

/** The whole evaluation, with the werken-loont curve when the input has a `work` block (the CLI contract). */
export function evaluateWithWerkenLoont(raw: unknown, rules: Rules): Outcome {
  return evaluate(raw, rules, { werkenLoont: evaluateWerkenLoont });
}
