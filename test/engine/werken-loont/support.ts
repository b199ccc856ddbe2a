import { evaluateWithWerkenLoont as evaluate } from '../../../src/engine/evaluate-with-werken-loont.js';
import type { HouseholdInput, Outcome } from '../../../src/engine/types.js';
import type { WerkenLoontOutcome, WerkenLoontPoint } from '../../../src/engine/werken-loont/types.js';
import { diskRules } from '../../support/disk-rules.js';

export const rules = diskRules();

type Household = Omit<HouseholdInput, 'municipality' | 'assets'> & { municipality?: string; assets?: string };

/** Evaluates a household in Utrecht (GM0344) with € 1.200 assets unless given. */
export function run(h: Household): Outcome {
  return evaluate({ municipality: 'GM0344', assets: '1200.00', ...h }, rules);
}

export function curve(h: Household): WerkenLoontOutcome {
  const outcome = run(h).werkenLoont;
  if (!outcome) throw new Error('expected a werkenLoont outcome');
  return outcome;
}

export function at(c: WerkenLoontOutcome, hours: number): WerkenLoontPoint {
  const point = c.points.find((p) => p.hoursPerWeek === hours);
  if (!point) throw new Error(`no point at ${hours} hours`);
  return point;
}
