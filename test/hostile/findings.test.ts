/** Issue 12, one test per finding of the review that lives in the engine and CLI (the element's are in test/ui/hardening.test.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runEvaluate } from '../../src/cli/run-evaluate.js';
import { Lookup, MissingParameterError } from '../../src/engine/lookup.js';
import { readRulesDir } from '../../src/cli/read-rules.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { isCalendarDate, lastAnswerableDate } from '../../src/rules/calendar.js';
import { validateRules } from '../../src/rules/validate.js';
import { diskRules } from '../support/disk-rules.js';

const rules = diskRules();
const household = (patch: Record<string, unknown> = {}) => ({
  date: '2026-07-01',
  municipality: 'GM0344',
  household: { adults: [{ age: 34 }], children: [], housemates: [] },
  income: { netMonthly: '1348.49', source: 'bijstand', lowSinceMonths: 40 },
  assets: '1200.00',
  ...patch,
});
const run = (input: unknown) => runEvaluate(JSON.stringify(input), rules);

describe('issue 12 findings: CLI and engine', () => {
  it('a typo such as lowSinceMonth is refused naming the key, not silently dropped (an IIT yes would become maybe)', () => {
    const result = run(household({ income: { netMonthly: '1348.49', source: 'bijstand', lowSinceMonth: 40 } }));
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'invalid input: income.lowSinceMonth: unknown-key\n');
    assert.equal(result.stdout, '');
  });

  it('the agreed optional keys work.partnerGrossMonthly (issue 11) and debts (issue 10) are accepted, with money rules', () => {
    const work = { grossHourlyWage: '14.40', hoursPerWeek: 20, partnerGrossMonthly: '1200.00' };
    const couple = { adults: [{ age: 34 }, { age: 36 }], children: [], housemates: [] };
    assert.equal(run(household({ household: couple, work, debts: true })).code, 0);
    assert.equal(run(household({ household: couple, work: { ...work, partnerGrossMonthly: '-1.00' } })).stderr, 'invalid input: work.partnerGrossMonthly: amount-format\n');
    assert.equal(run(household({ debts: 'yes' })).stderr, 'invalid input: debts: invalid\n');
  });

  it('a date more than a year after the newest bijstandsnorm (1 July 2026 → 1 July 2027) is refused, not answered with old figures', () => {
    assert.equal(lastAnswerableDate(rules), '2027-07-01');
    assert.equal(run(household({ date: '2027-07-01' })).code, 0);
    assert.equal(run(household({ date: '2027-07-02' })).stderr, 'invalid input: date: date-after-rules\n');
    assert.equal(run(household({ date: '2099-01-01' })).stderr, 'invalid input: date: date-after-rules\n');
  });

  it('impossible calendar dates are no dates (2026-02-30, 2026-13-45 sorted after December)', () => {
    for (const date of ['2026-02-30', '2026-13-45', '2025-02-29', '2026-04-31', '2026-00-01']) {
      assert.equal(isCalendarDate(date), false, date);
      assert.equal(run(household({ date })).stderr, 'invalid input: date: date-format\n', date);
    }
    assert.equal(isCalendarDate('2028-02-29'), true);
  });

  it('a national parameter named like an Object.prototype property does not exist', () => {
    const lookup = new Lookup(rules, '2026-07-01');
    for (const id of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      assert.throws(() => lookup.national(id), MissingParameterError, id);
    }
    assert.equal(Object.getPrototypeOf(rules.national), null);
    for (const org of rules.organisations) assert.equal(Object.getPrototypeOf(org.regelingen), null, org.id);
  });

  it('a municipality named like an Object.prototype property is unknown', () => {
    for (const municipality of ['toString', 'constructor', '__proto__']) {
      assert.equal(run(household({ municipality })).stderr, 'invalid input: municipality: unknown-municipality\n');
    }
  });

  it('a regeling that is really defined under the key "constructor" is evaluated as any other, never null', () => {
    const files = readRulesDir();
    const utrecht = files.organisations['organisaties/gemeente-utrecht.json'] as any;
    utrecht.regelingen.constructor = { ...structuredClone(utrecht.regelingen['u-pas']), id: 'constructor' };
    utrecht.gemeenten[0].regelingen.push('constructor');
    const validated = validateRules(files);
    assert.ok(validated.ok, JSON.stringify(!validated.ok && validated.faults));
    const outcome = evaluate(household(), validated.rules);
    const scheme = outcome.schemes.find((s) => s.id === 'constructor');
    assert.equal(scheme?.status, outcome.schemes.find((s) => s.id === 'stadspas')?.status);
    assert.ok(!outcome.schemes.includes(null as never));
  });
});
