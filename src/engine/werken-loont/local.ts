import { own } from '../../rules/own.js';
import { Decimal, ZERO, money } from '../money.js';
import type { SchemeContext } from '../schemes/context.js';
import { evaluateRegeling } from '../schemes/evaluate-regeling.js';
import type { IncomeSource, SchemeOutcome } from '../types.js';

/**
 * The gemeente's own schemes (IIT, stadspas, collectieve zorgverzekering, …) at a given net income: the
 * household is evaluated again by the existing scheme functions with the new net income (wage + bijstand,
 * without toeslagen and kinderbijslag, as the verordeningen count income). Only schemes with status `yes`
 * and an amount count: a yearly amount as amount / 12 per month, a monthly amount as is, a one-off not.
 */
export function localSchemesMonthly(ctx: SchemeContext, netIncome: Decimal, onBijstand: boolean): Map<string, Decimal> {
  const source: IncomeSource = ctx.input.income.source === 'study' ? 'study' : onBijstand ? 'bijstand' : 'work';
  const at: SchemeContext = {
    ...ctx,
    input: { ...ctx.input, income: { ...ctx.input.income, netMonthly: money(netIncome), source } },
    income: netIncome,
  };
  const parts = new Map<string, Decimal>();
  for (const key of ctx.gemeente.regelingen) {
    const regeling = own(ctx.organisation.regelingen, key);
    if (!regeling || regeling.type === 'bijzondere-bijstand') continue;
    const outcome = evaluateRegeling(at, regeling);
    parts.set(outcome.id, (parts.get(outcome.id) ?? ZERO).plus(monthlyAmount(outcome)));
  }
  return parts;
}

function monthlyAmount(outcome: SchemeOutcome): Decimal {
  if (outcome.status !== 'yes' || !outcome.amount) return ZERO;
  const value = new Decimal(outcome.amount.value);
  if (outcome.amount.per === 'year') return value.dividedBy(12);
  if (outcome.amount.per === 'month') return value;
  return ZERO;
}

