import type { SchemeOutcome } from '../engine/types.js';
import type { Translate } from './view.js';

/** "Uw inkomen is € 23 per maand boven de grens.": the outcome's distance in words, or '' without one. */
export function distanceText(s: SchemeOutcome, t: Translate, money: (value: string) => string): string {
  if (!s.distance) return '';
  const key = s.distance.direction === 'above' ? 'results.distanceAbove' : 'results.distanceBelow';
  return t(key, { amount: money(s.distance.amount) });
}
