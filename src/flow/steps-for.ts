import type { Located } from '../engine/gemeente.js';
import { own } from '../rules/own.js';
import { valueOn } from '../rules/parameter.js';
import type { Iit, Rules } from '../rules/schema.js';
import { type AlreadyOption, alreadyOptions } from './already.js';
import type { Answers } from './answers.js';
import { iitCeiling } from './iit-ceiling.js';
import { type FlowContext, type StepId, relevantSteps } from './questions.js';

const regelingenOf = (located: Located | undefined) =>
  (located?.gemeente.regelingen ?? []).map((key) => own(located!.organisation.regelingen, key)).filter((r) => r !== undefined);

/**
 * One of our gemeenten with its rules, or one whose own rules the check does not know (issue 21): there the
 * law's IIT still applies (Participatiewet art. 36), and its answer hangs on how long the income has been low.
 */
export type FlowPlace = Located | 'uncovered' | undefined;

/** What the flow knows of the gemeente; an uncovered gemeente's IIT limit is not known, so the period is always asked. */
function flowContext(rules: Rules | undefined, place: FlowPlace, date: string): FlowContext {
  const located = place === 'uncovered' ? undefined : place;
  const iits = regelingenOf(located).filter((r): r is Iit => r.type === 'iit');
  const offersIit = iits.length > 0 || place === 'uncovered';
  const national = (id: string, fallback: number) => {
    const parameter = rules && own(rules.national, id);
    return parameter ? Number(valueOn(parameter, date)) : fallback;
  };
  return {
    offersIit,
    aowAgeMonths: national('aow-leeftijd', Number.POSITIVE_INFINITY),
    adultNormAge: national('jongerennorm.leeftijdsgrens', 0),
    iitAge: national('iit.minimumleeftijd', 0),
    ...(iits.length > 0 && rules && { iitCeiling: iitCeiling(iits, rules.national, date) }),
  };
}

/** The questions this resident is asked, given what is known of the gemeente. */
export function stepsFor(answers: Answers, rules: Rules | undefined, place: FlowPlace, date: string): StepId[] {
  return relevantSteps(answers, flowContext(rules, place, date));
}

/**
 * The choices of "Krijgt u dit al?" for these answers: the stadspas and the IIT by the gemeente's own names
 * (the rules' `name`), the IIT only where its low-income question is asked, so where it can apply.
 */
export function alreadyFor(answers: Answers, rules: Rules | undefined, located: Located | undefined, date: string): AlreadyOption[] {
  const regelingen = regelingenOf(located);
  const stadspas = regelingen.find((r) => r.id === 'stadspas')?.name;
  const iit = relevantSteps(answers, flowContext(rules, located, date)).includes('low-since')
    ? regelingen.find((r) => r.type === 'iit')?.name
    : undefined;
  return alreadyOptions(answers, { ...(stadspas !== undefined && { stadspas }), ...(iit !== undefined && { iit }) });
}
