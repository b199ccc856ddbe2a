import type { HourRange, WerkenLoontPoint } from './types.js';

/** The hours of the curve: 0 to 40 per week in steps of 1. */
export const CURVE_HOURS = Array.from({ length: 41 }, (_, h) => h);

/**
 * Armoedeval: the hour steps where one more hour gives less net household income, merged into ranges
 * (e.g. 17→18 and 18→19 become {fromHours: 17, toHours: 19}). Compared in cents, so rounding noise of
 * a cent is not a trap. Points must be in ascending order of hours.
 */
export function armoedeval(points: WerkenLoontPoint[]): HourRange[] {
  const ranges: HourRange[] = [];
  for (let i = 1; i < points.length; i++) {
    const before = cents(points[i - 1]!.netHouseholdMonthly);
    const after = cents(points[i]!.netHouseholdMonthly);
    if (after >= before) continue;
    const from = points[i - 1]!.hoursPerWeek;
    const to = points[i]!.hoursPerWeek;
    const last = ranges[ranges.length - 1];
    if (last && last.toHours === from) last.toHours = to;
    else ranges.push({ fromHours: from, toHours: to });
  }
  return ranges;
}

/**
 * The drempel: the smallest hour count from which every higher hour count gives more net household income
 * than at 0 hours. Null when even 40 hours do not give more.
 */
export function drempelHours(points: WerkenLoontPoint[]): number | null {
  if (points.length === 0) return null;
  const base = cents(points[0]!.netHouseholdMonthly);
  let drempel: number | null = null;
  for (let i = points.length - 1; i >= 1; i--) {
    if (cents(points[i]!.netHouseholdMonthly) > base) drempel = points[i]!.hoursPerWeek;
    else break;
  }
  return drempel;
}

/** For each part paid at 0 hours: the first hour count from which it is zero (and stays zero). */
export function stops(points: WerkenLoontPoint[]): { part: string; fromHours: number }[] {
  const first = points[0];
  if (!first) return [];
  const result: { part: string; fromHours: number }[] = [];
  for (const part of Object.keys(first.parts)) {
    if (cents(first.parts[part]!) <= 0) continue;
    let from: number | undefined;
    for (let i = points.length - 1; i >= 1; i--) {
      if (cents(points[i]!.parts[part] ?? '0') === 0) from = points[i]!.hoursPerWeek;
      else break;
    }
    if (from !== undefined) result.push({ part, fromHours: from });
  }
  return result.sort((a, b) => a.fromHours - b.fromHours);
}

/** Money strings have two decimals, so whole cents compare exactly as integers. */
function cents(value: string): number {
  return Math.round(Number(value) * 100);
}
