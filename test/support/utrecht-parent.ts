/**
 * The typical resident of the tests (issue 13): a single parent on bijstand in Utrecht, children of 3 and 12,
 * € 1.348,49 a month for 3 years or longer, € 500 savings, € 650 rent. As the element's answers; `extra` sets
 * what a test needs besides (the debts answer, "Krijgt u dit al?").
 */
import { type Answers, emptyAnswers } from '../../src/flow/answers.js';

export function utrechtParentAnswers(extra: Partial<Answers> = {}): Answers {
  return {
    ...emptyAnswers(),
    partner: false,
    age: '34',
    hasChildren: true,
    childAges: ['3', '12'],
    hasHousemates: false,
    incomeSource: 'bijstand',
    netMonthly: '1348,49',
    lowSince: 'long',
    assets: '500',
    renting: true,
    rent: '650',
    ...extra,
  };
}
