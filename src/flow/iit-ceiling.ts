import { own } from '../rules/own.js';
import { valueOn } from '../rules/parameter.js';
import type { HouseholdType } from '../engine/types.js';
import type { Iit, Parameter, Rules } from '../rules/schema.js';

/**
 * "Hoe lang heeft u al zo weinig geld?" only matters for the IIT. When the net income is above every IIT
 * income limit that can apply to the household, the answer changes nothing and the question is skipped.
 *
 * This is a flow decision, not an outcome: plain numbers, and always on the safe side. The limit taken per
 * household type is the highest percentage of the gemeente's IIT rows for that type (whatever the child's
 * age) times the highest bijstandsnorm for a single person or a couple below AOW age, including
 * vakantietoeslag and without the kostendelersnorm (which only lowers it). Any limit that is not known, or a
 * type without rows, gives Infinity: then we ask.
 */
export type IitCeiling = Record<HouseholdType, number>;

const SINGLE_NORMS = ['alleenstaande', 'jongere-alleenstaande'];
const COUPLE_NORMS = [
  'gehuwden',
  'jongere-gehuwden-zonder-kinderen',
  'jongere-gehuwden-met-kinderen',
  'gemengd-gehuwden-zonder-kinderen',
  'gemengd-gehuwden-met-kinderen',
];
const TYPES: HouseholdType[] = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'];

/** A number from the rules on this date, or undefined when it is missing or has no value then. */
function read(parameter: Parameter | undefined, date: string): number | undefined {
  if (!parameter) return undefined;
  try {
    const value = Number(valueOn(parameter, date));
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const highest = (values: (number | undefined)[]) =>
  values.length === 0 || values.some((v) => v === undefined) ? Number.POSITIVE_INFINITY : Math.max(...(values as number[]));

/** The highest IIT income limit per month for each household type (AOW age excluded: there is no IIT then). */
export function iitCeiling(regelingen: Iit[], national: Rules['national'], date: string): IitCeiling {
  const norm = (ids: string[]) => highest(ids.map((id) => read(own(national, `bijstandsnorm.${id}`), date)));
  const ceiling = (type: HouseholdType) => {
    const percents = regelingen.flatMap((r) =>
      r.bedragen && r.bedragen.length > 0
        ? r.bedragen.filter((row) => row.huishouden === type).map((row) => read(row.inkomensgrens, date))
        : [read(r.inkomensgrens, date)],
    );
    return (highest(percents) / 100) * norm(type === 'gehuwden' ? COUPLE_NORMS : SINGLE_NORMS);
  };
  return Object.fromEntries(TYPES.map((type) => [type, ceiling(type)])) as IitCeiling;
}

/** The household type as the engine derives it (src/engine/household.ts). */
export const householdType = (partner: boolean, children: boolean): HouseholdType =>
  partner ? 'gehuwden' : children ? 'alleenstaande-ouder' : 'alleenstaande';

/** True only when the income is surely above the limit: a cent of margin for the engine's rounding to cents. */
export function aboveIitCeiling(netMonthly: number | undefined, type: HouseholdType, ceiling: IitCeiling | undefined): boolean {
  if (netMonthly === undefined || !ceiling) return false;
  return netMonthly > ceiling[type] + 0.01;
}
