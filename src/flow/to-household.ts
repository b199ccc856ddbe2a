import type { HouseholdInput } from '../engine/types.js';
import { type Answers, LOW_SINCE_MONTHS } from './answers.js';
import { parseAge, parseMoney } from './parse-money.js';

/** Turns validated answers into the engine's household (the CLI contract's input). */
export function toHousehold(answers: Answers, municipality: string, date: string): HouseholdInput {
  const age = (text: string | undefined) => parseAge(text ?? '') ?? 0;
  const adults = [{ age: age(answers.age) }];
  if (answers.partner) adults.push({ age: age(answers.partnerAge) });
  const low = answers.lowSince && answers.lowSince !== 'unknown' ? LOW_SINCE_MONTHS[answers.lowSince] : undefined;
  return {
    date,
    municipality,
    household: {
      adults,
      children: answers.hasChildren ? answers.childAges.map((a) => ({ age: age(a) })) : [],
      housemates: answers.hasHousemates
        ? answers.housemates.map((h) => ({ age: age(h.age), student: h.student, commercialTenant: h.commercialTenant }))
        : [],
    },
    income: {
      netMonthly: parseMoney(answers.netMonthly ?? '') ?? '0.00',
      source: answers.incomeSource ?? 'none',
      ...(low !== undefined && { lowSinceMonths: low }),
    },
    assets: parseMoney(answers.assets ?? '') ?? '0.00',
    ...(answers.renting && parseMoney(answers.rent ?? '') !== undefined && { housing: { rentMonthly: parseMoney(answers.rent ?? '')! } }),
    ...(answers.debts && answers.debts !== 'skip' && { debts: answers.debts === 'yes' }),
  };
}
