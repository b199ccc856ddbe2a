/** Tax and toeslagen figures, needed only for the werken-loont curve: a lazy chunk in the browser. */
import loonheffing from '../../rules/national/loonheffing.json';
import zorgtoeslag from '../../rules/national/zorgtoeslag.json';
import huurtoeslag from '../../rules/national/huurtoeslag.json';
import kindgebondenBudget from '../../rules/national/kindgebonden-budget.json';
import kinderbijslag from '../../rules/national/kinderbijslag.json';

export const werkenLoontFiles: Record<string, unknown> = {
  'national/loonheffing.json': loonheffing,
  'national/zorgtoeslag.json': zorgtoeslag,
  'national/huurtoeslag.json': huurtoeslag,
  'national/kindgebonden-budget.json': kindgebondenBudget,
  'national/kinderbijslag.json': kinderbijslag,
};
