/**
 * The calendar checks run before the first paint and use plain arithmetic (src/rules/calendar.ts). They must
 * agree with the JavaScript Date on every day of 1996–2032 and on every impossible day of those years.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCalendarDate, oneYearAfter, today } from '../../src/rules/calendar.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

describe('calendar arithmetic', () => {
  it('knows every real day and refuses every impossible one, as Date does', () => {
    for (let year = 1996; year <= 2032; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${pad(month)}-${pad(day)}`;
          const byDate = !Number.isNaN(new Date(`${text}T00:00:00Z`).getTime()) && iso(new Date(`${text}T00:00:00Z`)) === text;
          assert.equal(isCalendarDate(text), byDate, text);
        }
      }
    }
  });

  it('one year after is the same day, and 29 February becomes 1 March', () => {
    for (let day = Date.UTC(1996, 0, 1); day <= Date.UTC(2032, 11, 31); day += 86_400_000) {
      const date = iso(new Date(day));
      const later = new Date(day);
      later.setUTCFullYear(later.getUTCFullYear() + 1);
      assert.equal(oneYearAfter(date), iso(later), date);
    }
    assert.equal(oneYearAfter('2028-02-29'), '2029-03-01');
  });

  it("today is the resident's local date", () => {
    assert.equal(today(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
    assert.equal(today(new Date(2026, 11, 31, 0, 0)), '2026-12-31');
  });
});
