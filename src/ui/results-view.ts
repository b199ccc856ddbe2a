/**
 * What the results screen needs and the questions do not: the engine (with decimal.js-light), the toeslagen
 * figures for the estimates, the result cards, their texts and the werken-loont form. The element starts
 * loading this when the summary is shown, so the module a page loads first stays small.
 */
import './work-form.js';
import { evaluate as evaluateEngine } from '../engine/evaluate.js';
import type { HouseholdInput, Outcome } from '../engine/types.js';
import { withWerkenLoontFigures } from '../rules/bundled-werken-loont.js';
import type { Rules } from '../rules/schema.js';
import { keepLast } from './keep-last.js';

export { loadResultTexts } from './result-texts.js';
export { resultsScreen } from './results-screen.js';

/**
 * The engine with the national toeslagen figures added, for the zorgtoeslag, huurtoeslag and kindgebonden
 * budget estimates; the last outcome is kept (keep-last.ts), computed while the summary is read.
 */
export const evaluate: (household: HouseholdInput, rules: Rules) => Outcome = keepLast((household, rules) =>
  evaluateEngine(household, withWerkenLoontFigures(rules)),
);
