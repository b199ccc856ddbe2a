/** Amounts and ages as residents type them (src/flow/parse-money.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAge, parseMoney } from '../../src/flow/parse-money.js';

describe('parseMoney', () => {
  for (const [typed, expected] of [
    ['1.348,49', '1348.49'],
    ['1348,49', '1348.49'],
    ['1348.49', '1348.49'],
    ['1,348.49', '1348.49'],
    ['€ 1 348', '1348.00'],
    ['1.348', '1348.00'],
    ['0', '0.00'],
    ['12,5', '12.50'],
    ['١٣٤٨٫٤٩', '1348.49'],
    ['۱۲۰۰', '1200.00'],
  ] as const) {
    it(`reads "${typed}" as ${expected}`, () => assert.equal(parseMoney(typed), expected));
  }
  for (const typed of ['', 'abc', '-50', '12,345,6789', '1.2.3,4,5x', '1e5']) {
    it(`refuses "${typed}"`, () => assert.equal(parseMoney(typed), undefined));
  }
});

describe('parseAge', () => {
  it('reads whole years, also in Arabic-Indic digits', () => {
    assert.equal(parseAge(' 34 '), 34);
    assert.equal(parseAge('٣٤'), 34);
    assert.equal(parseAge('34.5'), undefined);
    assert.equal(parseAge('-3'), undefined);
  });
});
