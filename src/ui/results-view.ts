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

export { resultCards, notFitting } from './result-card.js';
export { answerFirst, byWhatHelpsMost } from './answer-first.js';
export { lokettenOf, loketSection } from './loket-section.js';
export { printSlip } from './print-slip.js';
export { helpSection, notComputedSection } from './help-section.js';
export { loadResultTexts } from './result-texts.js';
export { resultsScreen } from './results-screen.js';

let last: { household: string; rules: Rules; outcome: Outcome } | undefined;

/**
 * The engine with the national toeslagen figures added, for the zorgtoeslag, huurtoeslag and kindgebonden
 * budget estimates. The last outcome is kept: the element computes it while the summary is read, and the
 * click on "Toon resultaten" then finds it here (the engine is pure, so the same input gives the same outcome).
 */
export function evaluate(household: HouseholdInput, rules: Rules): Outcome {
  const key = JSON.stringify(household);
  if (last?.household === key && last.rules === rules) return last.outcome;
  const outcome = evaluateEngine(household, withWerkenLoontFigures(rules));
  last = { household: key, rules, outcome };
  return outcome;
}
