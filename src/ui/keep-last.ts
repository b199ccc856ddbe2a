import type { HouseholdInput } from '../engine/types.js';
import type { Rules } from '../rules/schema.js';

/**
 * Keeps the last answer of a pure calculation on a household and rules. The element computes the results
 * (while the summary is read) and the werken-loont curve (while its form is in view) ahead of the click;
 * the click then finds the answer here. Same household (by value) and the same rules object: same answer.
 */
export function keepLast<T>(compute: (household: HouseholdInput, rules: Rules) => T): (household: HouseholdInput, rules: Rules) => T {
  let last: { household: string; rules: Rules; value: T } | undefined;
  return (household, rules) => {
    const key = JSON.stringify(household);
    if (last?.household !== key || last.rules !== rules) last = { household: key, rules, value: compute(household, rules) };
    return last.value;
  };
}
