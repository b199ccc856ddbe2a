/**
 * Issue 13: amounts, dates, weekdays and times are written as each language writes them (Intl, CLDR data of
 * the runtime), so opening hours and totals are never Dutch in another language.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatList, formatMoneyRounded, formatTime, formatWeekday } from '../../src/i18n/format.js';

describe('formatters per language', () => {
  it('names ISO weekday 1 as Monday and 5 as Friday in each language', () => {
    assert.equal(formatWeekday('nl', 1), 'maandag');
    assert.equal(formatWeekday('nl', 5), 'vrijdag');
    assert.equal(formatWeekday('en', 1), 'Monday');
    assert.equal(formatWeekday('tr', 7), 'Pazar');
    assert.notEqual(formatWeekday('ar', 1), 'maandag');
  });

  it('writes a time of day with two-digit hours on a 24-hour clock, as the Dutch loket and its neighbours do', () => {
    assert.equal(formatTime('nl', '09:00'), '09:00');
    assert.equal(formatTime('en', '17:30'), '17:30');
  });

  it('rounds a yearly total to whole euros and lists names in the language', () => {
    assert.equal(formatMoneyRounded('nl', '15629.36').replace(/\s/g, ' '), '€ 15.629');
    assert.equal(formatMoneyRounded('en', '15629.36'), '€15,629');
    assert.equal(formatList('nl', ['U-pas', 'Zorgtoeslag', 'Huurtoeslag']), 'U-pas, Zorgtoeslag en Huurtoeslag');
    assert.equal(formatList('en', ['A', 'B', 'C']), 'A, B and C');
  });
});
