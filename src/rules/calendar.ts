import { COVERAGE_PARAMETER } from '../engine/required-parameters.js';
import { own } from './own.js';
import type { Rules } from './schema.js';

/**
 * A real calendar date as YYYY-MM-DD. The pattern alone lets 2026-02-30 and 2026-13-45 through; the
 * second sorts after December and would silently apply from 2027, so every date in rules and input is
 * checked against the calendar.
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The same day one year later (29 February → 1 March): the far edge of what the rules may answer for. */
export function oneYearAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The last date the rules answer for: one year after the newest bijstandsnorm, on which every answer
 * hangs. Later dates are refused rather than answered with figures that have surely changed.
 */
export function lastAnswerableDate(rules: Pick<Rules, 'national'>): string | undefined {
  const norm = own(rules.national, COVERAGE_PARAMETER);
  const newest = norm && Object.keys(norm.values).at(-1);
  return newest ? oneYearAfter(newest) : undefined;
}
