/**
 * What the results screen needs and the questions do not: the engine (with decimal.js-light), the result
 * cards and the werken-loont form. The element starts loading this when the summary is shown, so the
 * module a page loads first stays small.
 */
import './work-form.js';

export { evaluate } from '../engine/evaluate.js';
export { resultCard } from './result-card.js';
