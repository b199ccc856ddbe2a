/**
 * Issue 13: a resident whose net income is above every IIT income limit of the gemeente is not asked
 * "Hoe lang heeft u al zo weinig geld?" (src/flow/iit-ceiling.ts, the low-since step in src/flow/questions.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateWithWerkenLoont as evaluate } from '../../src/engine/evaluate-with-werken-loont.js';
import { findGemeente } from '../../src/engine/gemeente.js';
import { type Answers, emptyAnswers } from '../../src/flow/answers.js';
import { iitCeiling } from '../../src/flow/iit-ceiling.js';
import { type FlowContext, relevantSteps } from '../../src/flow/questions.js';
import { toHousehold } from '../../src/flow/to-household.js';
import { own } from '../../src/rules/own.js';
import type { Iit } from '../../src/rules/schema.js';
import { diskRules } from '../support/disk-rules.js';

const rules = diskRules();
const DATE = '2026-07-01';

function context(gemeente: string): FlowContext {
  const located = findGemeente(rules, gemeente)!;
  const iits = located.gemeente.regelingen.map((k) => own(located.organisation.regelingen, k)).filter((r): r is Iit => r?.type === 'iit');
  return { offersIit: iits.length > 0, aowAgeMonths: 67 * 12 + 3, adultNormAge: 21, iitAge: 21, iitCeiling: iitCeiling(iits, rules.national, DATE) };
}

const single = (netMonthly: string): Answers => ({
  ...emptyAnswers(),
  partner: false,
  age: '40',
  hasChildren: false,
  hasHousemates: false,
  incomeSource: 'work',
  netMonthly,
  assets: '0',
  renting: false,
});
const couple = (netMonthly: string): Answers => ({ ...single(netMonthly), partner: true, partnerAge: '38', hasChildren: true, childAges: ['6'] });
const asks = (answers: Answers, gemeente: string) => relevantSteps(answers, context(gemeente)).includes('low-since');

describe('the low-since question is skipped above every IIT income limit', () => {
  // rules/national/bijstandsnormen.json: alleenstaande € 1.419,46 and gehuwden € 2.027,79 per 2026-07-01 (incl. vakantietoeslag).
  // rules/organisaties/gemeente-utrecht.json: IIT limit 110 % (125 % in one gehuwden row); normBasis inclusief-vakantietoeslag.
  it('Utrecht, one person: 110 % × € 1.419,46 = € 1.561,41 is asked, € 1.561,42 and € 3.500 are not', () => {
    assert.ok(Math.abs(context('GM0344').iitCeiling!.alleenstaande - 1561.406) < 1e-9);
    assert.equal(asks(single('1561,41'), 'GM0344'), true);
    assert.equal(asks(single('1561,42'), 'GM0344'), false);
    assert.equal(asks(single('3.500'), 'GM0344'), false);
  });

  it('Utrecht, a couple: the highest row, 125 % × € 2.027,79 = € 2.534,74, decides', () => {
    assert.ok(Math.abs(context('GM0344').iitCeiling!.gehuwden - 2534.7375) < 1e-9);
    assert.equal(asks(couple('2534,74'), 'GM0344'), true);
    assert.equal(asks(couple('2534,75'), 'GM0344'), false);
  });

  it('Hilversum, one person: 130 % × € 1.419,46 = € 1.845,30 (rules/organisaties/gemeente-hilversum.json)', () => {
    assert.equal(asks(single('1845,29'), 'GM0402'), true);
    assert.equal(asks(single('1845,31'), 'GM0402'), false);
  });

  it('asks whenever a limit is not known: RDWI (Zeist) has no IIT income limit in the rules, so even € 3.500 is asked', () => {
    assert.equal(context('GM0355').iitCeiling!.alleenstaande, Number.POSITIVE_INFINITY);
    assert.equal(asks(single('3500'), 'GM0355'), true);
  });

  it('asks when the income cannot be read yet, or when the limits are not given', () => {
    assert.equal(asks(single('veel'), 'GM0344'), true);
    const { iitCeiling: _, ...withoutCeiling } = context('GM0344');
    assert.equal(relevantSteps(single('3500'), withoutCeiling).includes('low-since'), true);
  });

  // Where the rules give every IIT income limit; elsewhere the question is always asked.
  const known = rules.gemeenten.filter((e) => Number.isFinite(context(e.code).iitCeiling!.alleenstaande));
  it('the ceiling is known in Utrecht, Hilversum, Hoorn and the four WIL gemeenten', () => {
    assert.deepEqual(known.map((e) => e.name).sort(), ['Hilversum', 'Hoorn', 'Houten', 'IJsselstein', 'Lopik', 'Nieuwegein', 'Utrecht']);
  });

  // The reason the skip is safe: just above the ceiling, the engine says "no" to the IIT for every answer.
  for (const entry of known) {
    it(`${entry.name}: just above the ceiling the IIT outcome is the same for every answer to the question`, () => {
      const ctx = context(entry.code);
      for (const household of [single, couple]) {
        const ceiling = household === single ? ctx.iitCeiling!.alleenstaande : ctx.iitCeiling!.gehuwden;
        const income = (Math.floor(ceiling * 100) / 100 + 0.02).toFixed(2).replace('.', ',');
        const answers = household(income);
        assert.equal(relevantSteps(answers, ctx).includes('low-since'), false, income);
        const iit = (lowSince?: Answers['lowSince']) =>
          evaluate(toHousehold({ ...answers, ...(lowSince && { lowSince }) }, entry.code, DATE), rules)
            .schemes.filter((s) => s.id.startsWith('iit'))
            .map((s) => s.status);
        const skipped = iit();
        assert.ok(skipped.length > 0 && skipped.every((s) => s === 'no'), `${entry.name} ${income}: ${skipped.join(',')}`);
        assert.deepEqual(iit('long'), skipped);
        assert.deepEqual(iit('short'), skipped);
      }
    });
  }
});
