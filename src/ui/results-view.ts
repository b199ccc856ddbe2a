/**
 * What the results screen needs and the questions do not: the engine (with decimal.js-light) and the
 * result cards. The element starts loading this when the summary is shown, so the module a page loads
 * first stays small.
 */
export { evaluate } from '../engine/evaluate.js';
export { resultCard } from './result-card.js';
