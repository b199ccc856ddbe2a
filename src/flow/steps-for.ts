import type { Located } from '../engine/gemeente.js';
import { own } from '../rules/own.js';
import { valueOn } from '../rules/parameter.js';
import type { Iit, Rules } from '../rules/schema.js';
import type { Answers } from './answers.js';
import { iitCeiling } from './iit-ceiling.js';
import { type StepId, relevantSteps } from './questions.js';

/**
 * The questions this resident is asked, given what is known of the gemeente. An uncovered gemeente has no
 * IIT of ours to ask the low-income period for (we do not know the gemeente's), so it does not offer one.
 */
export function stepsFor(answers: Answers, rules: Rules | undefined, located: Located | undefined, date: string): StepId[] {
  const iits = (located?.gemeente.regelingen ?? [])
    .map((key) => own(located!.organisation.regelingen, key))
    .filter((r): r is Iit => r?.type === 'iit');
  const offersIit = iits.length > 0;
  const national = (id: string, fallback: number) => {
    const parameter = rules && own(rules.national, id);
    return parameter ? Number(valueOn(parameter, date)) : fallback;
  };
  return relevantSteps(answers, {
    offersIit,
    aowAgeMonths: national('aow-leeftijd', Number.POSITIVE_INFINITY),
    adultNormAge: national('jongerennorm.leeftijdsgrens', 0),
    iitAge: national('iit.minimumleeftijd', 0),
    ...(offersIit && rules && { iitCeiling: iitCeiling(iits, rules.national, date) }),
  });
}
