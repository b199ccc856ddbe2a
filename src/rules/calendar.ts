import { COVERAGE_PARAMETER } from './required-parameters.js';
import { own } from './own.js';

/**
 * A real calendar date as YYYY-MM-DD. The pattern alone lets 2026-02-30 and 2026-13-45 through; the
 * second sorts after December and would silently apply from 2027, so every date in rules and input is
 * checked against the calendar.
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Plain arithmetic rather than Date: these run before the first paint, where Date's first use is costly.
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The same day one year later (29 February → 1 March): the far edge of what the rules may answer for. */
export function oneYearAfter(date: string): string {
  const year = String(Number(date.slice(0, 4)) + 1).padStart(4, '0');
  const monthDay = date.slice(5);
  return monthDay === '02-29' ? `${year}-03-01` : `${year}-${monthDay}`;
}

/** Today in the resident's own time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * The last date the rules answer for: one year after the newest bijstandsnorm, on which every answer
 * hangs. Later dates are refused rather than answered with figures that have surely changed.
 */
// Typed by the shape it reads, not by `Rules`: the schema imports this file for its date checks.
export function lastAnswerableDate(rules: {
  readonly national: Readonly<Record<string, { readonly values: Readonly<Record<string, unknown>> }>>;
}): string | undefined {
  const norm = own(rules.national, COVERAGE_PARAMETER);
  const newest = norm && Object.keys(norm.values).at(-1);
  return newest ? oneYearAfter(newest) : undefined;
}
