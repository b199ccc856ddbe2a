/**
 * Tax and toeslagen figures, needed for the toeslagen estimates in the results and for the werken-loont
 * curve: not in the start module. Validated when the bundle was built (vite.config.ts), so only assembled here.
 */
import loonheffing from '../../rules/national/loonheffing.json';
import zorgtoeslag from '../../rules/national/zorgtoeslag.json';
import huurtoeslag from '../../rules/national/huurtoeslag.json';
import kindgebondenBudget from '../../rules/national/kindgebonden-budget.json';
import kinderbijslag from '../../rules/national/kinderbijslag.json';
import { nationalParameters } from './assemble.js';
import { ownRecord } from './own.js';
import type { Parameter, Rules } from './schema.js';

export const werkenLoontFiles: Record<string, unknown> = {
  'national/loonheffing.json': loonheffing,
  'national/zorgtoeslag.json': zorgtoeslag,
  'national/huurtoeslag.json': huurtoeslag,
  'national/kindgebonden-budget.json': kindgebondenBudget,
  'national/kinderbijslag.json': kinderbijslag,
};

let figures: Record<string, Parameter> | undefined;

/** The rules with the bundled tax and toeslagen figures added; figures a page gave itself (ruleFiles) win. */
export function withWerkenLoontFigures(rules: Rules): Rules {
  figures ??= nationalParameters(werkenLoontFiles);
  return { ...rules, national: ownRecord({ ...figures, ...rules.national }) };
}
