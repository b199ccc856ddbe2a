/**
 * Issue 22, item 2: "Krijgt u dit al?". Which choices the question offers (src/flow/already.ts,
 * steps-for.ts: alreadyFor), that the take-home code carries the answer and still reads codes made before it
 * (src/flow/share.ts), and that the total of the short answer counts only new money, per month
 * (src/ui/answer-first.ts: monthlyTotal, the unit of the cards).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluateWithWerkenLoont as evaluate } from '../../src/engine/evaluate-with-werken-loont.js';
import { findGemeente } from '../../src/engine/gemeente.js';
import { alreadyGets, keepOffered, splitAlready } from '../../src/flow/already.js';
import { ALREADY_IDS, type Answers } from '../../src/flow/answers.js';
import { validateStep } from '../../src/flow/questions.js';
import { decodeShare, encodeShare, packShare } from '../../src/flow/share.js';
import { alreadyFor, stepsFor } from '../../src/flow/steps-for.js';
import { toHousehold } from '../../src/flow/to-household.js';
import { monthlyTotal, monthlyValue } from '../../src/ui/answer-first.js';
import { diskRules } from '../support/disk-rules.js';
import { utrechtParentAnswers } from '../support/utrecht-parent.js';

const rules = diskRules();
const DATE = '2026-07-01';

/** The resident of the browser tests: single parent on bijstand in Utrecht, children of 3 and 12, € 650 rent. */
const parent: Answers = utrechtParentAnswers();
const single: Answers = { ...parent, hasChildren: false, childAges: [], renting: false };
const offered = (a: Answers, gemeente: string) => alreadyFor(a, rules, findGemeente(rules, gemeente), DATE);

describe('"Krijgt u dit al?" offers only what can apply', () => {
  it('Utrecht, single parent who rents: the three toeslagen, the U-pas and the IIT by their names in rules/organisaties/gemeente-utrecht.json', () => {
    assert.deepEqual(offered(parent, 'GM0344'), [
      { id: 'zorgtoeslag' },
      { id: 'huurtoeslag' },
      { id: 'kindgebonden-budget' },
      { id: 'stadspas', name: 'U-pas' },
      { id: 'iit', name: 'Individuele inkomenstoeslag' },
    ]);
  });

  it('Hilversum, single without rent: no huurtoeslag, no kindgebonden budget, no stadspas (gemeente-hilversum.json has none); the IIT by its local name', () => {
    assert.deepEqual(offered(single, 'GM0402'), [{ id: 'zorgtoeslag' }, { id: 'iit', name: 'Inkomenstoeslag bij laag inkomen' }]);
  });

  it('no IIT where it cannot apply: a student (Participatiewet art. 36: not for students), an income that just became low, under 21', () => {
    assert.deepEqual(offered({ ...parent, incomeSource: 'study' }, 'GM0344').map((o) => o.id), ['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget', 'stadspas']);
    assert.ok(!offered({ ...parent, lowSince: 'short' }, 'GM0344').some((o) => o.id === 'iit'));
    assert.ok(!offered({ ...parent, age: '20' }, 'GM0344').some((o) => o.id === 'iit'));
  });

  it('is asked once, last, for every resident', () => {
    for (const a of [parent, single]) {
      const steps = stepsFor(a, rules, findGemeente(rules, 'GM0344'), DATE);
      assert.equal(steps.at(-1), 'already');
      assert.equal(steps.filter((s) => s === 'already').length, 1);
    }
  });

  it('"Ja" needs one ticked; "Nee", "Sla over" and no answer are all fine (optional, like the debts question)', () => {
    assert.deepEqual(validateStep('already', { ...parent, already: 'yes', alreadyGets: [] }), { alreadyGets: 'choose-already' });
    assert.deepEqual(validateStep('already', { ...parent, already: 'yes', alreadyGets: ['zorgtoeslag'] }), {});
    for (const already of ['no', 'skip', undefined] as const) assert.deepEqual(validateStep('already', { ...parent, already }), {});
  });

  it('a ticked huurtoeslag goes when the rent does, so "Ja" with nothing left is asked again', () => {
    const a: Answers = { ...parent, renting: false, already: 'yes', alreadyGets: ['huurtoeslag'] };
    const kept = keepOffered(a, offered(a, 'GM0344'));
    assert.deepEqual(kept.alreadyGets, []);
    assert.deepEqual(validateStep('already', kept), { alreadyGets: 'choose-already' });
  });
});

describe('the take-home code carries the answer', () => {
  const answers = fc.oneof(
    fc.constant<Pick<Answers, 'already' | 'alreadyGets'>>({ already: 'no', alreadyGets: [] }),
    fc.constant<Pick<Answers, 'already' | 'alreadyGets'>>({ already: 'skip', alreadyGets: [] }),
    fc.subarray([...ALREADY_IDS], { minLength: 1 }).map((alreadyGets) => ({ already: 'yes' as const, alreadyGets })),
  );

  it('property: every answer comes back the same', () => {
    fc.assert(
      fc.property(answers, (already) => {
        const read = decodeShare(encodeShare('GM0344', { ...parent, ...already }));
        assert.ok(read.ok);
        assert.deepEqual({ already: read.shared.answers.already, alreadyGets: read.shared.answers.alreadyGets }, already);
      }),
    );
  });

  it('a code made before issue 22 (no key k) still reads, as not told', () => {
    const read = decodeShare(packShare({ g: '0344', p: 0, a: 34, i: 'b', n: '1348.49', s: '500', l: 'l', d: 'y' }));
    assert.ok(read.ok);
    assert.equal(read.shared.answers.already, undefined);
    assert.equal(alreadyGets(read.shared.answers), undefined);
  });

  it('anything else in k refuses the whole code', () => {
    const valid = { g: '0344', p: 0, a: 34, i: 'b', n: '1348.49', s: '500' };
    for (const k of ['', 'q', 'zz', 'zhksix', 'nz', 'xn', 'Z', 1, true, ['z'], null, 'toString', '__proto__']) {
      assert.deepEqual(decodeShare(packShare({ ...valid, k })), { ok: false, reason: 'invalid' }, JSON.stringify(k));
    }
  });
});

describe('the total counts only new money, per month', () => {
  const outcome = evaluate(toHousehold(parent, 'GM0344', DATE), rules);
  const yes = outcome.schemes.filter((s) => s.status === 'yes');

  it('a yearly amount counts as a twelfth (test/cases/utrecht: IIT € 749 a year for a single parent with a child of 12)', () => {
    const iit = yes.find((s) => s.id === 'iit')!;
    assert.equal(iit.amount?.value, '749.00');
    assert.equal(monthlyValue(iit)!.toFixed(2), '62.42');
  });

  it('what the resident already gets leaves the total and goes under "Krijgt u al"', () => {
    const all = monthlyTotal(outcome.schemes)!;
    const { fresh, already, known } = splitAlready(outcome.schemes, { ...parent, already: 'yes', alreadyGets: ['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget'] });
    assert.ok(known);
    assert.deepEqual(already.map((s) => s.id).sort(), ['huurtoeslag', 'kindgebonden-budget', 'zorgtoeslag']);
    assert.equal(monthlyTotal(fresh)!.toFixed(2), '62.42', 'only the IIT is new money with an amount');
    assert.equal(monthlyTotal(fresh)!.plus(monthlyTotal(already)!).toFixed(2), all.toFixed(2));
  });

  it('skipped or not answered: nothing is told apart', () => {
    for (const already of ['skip', undefined] as const) assert.equal(splitAlready(outcome.schemes, { ...parent, already }).known, false);
    assert.equal(splitAlready(outcome.schemes, { ...parent, already: 'no' }).already.length, 0);
  });

  it('property: for any ticked set, new + already = all, and the new total is never above all', () => {
    fc.assert(
      fc.property(fc.subarray([...ALREADY_IDS]), (ticked) => {
        const { fresh, already } = splitAlready(outcome.schemes, { ...parent, already: 'yes', alreadyGets: ticked });
        const sum = (list: typeof fresh) => monthlyTotal(list)?.toFixed(2) ?? '0.00';
        assert.equal((Number(sum(fresh)) + Number(sum(already))).toFixed(2), sum(outcome.schemes));
        assert.ok(Number(sum(fresh)) <= Number(sum(outcome.schemes)));
      }),
    );
  });
});
