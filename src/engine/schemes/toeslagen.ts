import { ParameterDateError } from '../../rules/parameter.js';
import { openingTimes } from '../opening-times.js';
import type { Rules } from '../../rules/schema.js';
import type { HouseholdFacts } from '../household.js';
import { Lookup, MissingParameterError } from '../lookup.js';
import { Decimal, ZERO, money } from '../money.js';
import type { HouseholdInput, ReasonCode, SchemeOutcome } from '../types.js';
import { readTaxParams, readToeslagParams } from '../werken-loont/params.js';
import { grossedUpIncome } from '../werken-loont/tax.js';
import { huurHousehold, huurtoeslagMonthly, kindgebondenBudgetMonthly, zorgtoeslagMonthly } from '../werken-loont/toeslagen.js';

export interface ToeslagenContext {
  input: HouseholdInput;
  facts: HouseholdFacts;
  income: Decimal;
  assets: Decimal;
  normLookup: Lookup;
}

const NAMES = { zorgtoeslag: 'Zorgtoeslag', huurtoeslag: 'Huurtoeslag', 'kindgebonden-budget': 'Kindgebonden budget' } as const;
type ToeslagId = keyof typeof NAMES;

/**
 * The national toeslagen as monthly estimates, with the werken-loont formulas (their public functions).
 * The yearly toetsingsinkomen is the household's net income × 12 grossed up as if one person earned it,
 * without arbeidskorting: that over-states it a little for a couple or a worker, so the estimate errs low.
 * Zorgtoeslag for every household (all adults are 18+), huurtoeslag only when the rent is given,
 * kindgebonden budget with children. At AOW age other tax rates apply: we give no amount then. Without
 * the tax or toeslagen figures for the date the estimates are left out (as werken loont is).
 */
export function toeslagenEstimates(ctx: ToeslagenContext, rules: Rules): SchemeOutcome[] {
  const ids: ToeslagId[] = ['zorgtoeslag'];
  if (ctx.input.housing) ids.push('huurtoeslag');
  if (ctx.facts.childAges.length > 0) ids.push('kindgebonden-budget');
  try {
    return estimates(ctx, rules, ids);
  } catch (error) {
    if (error instanceof ParameterDateError || error instanceof MissingParameterError) return [];
    throw error;
  }
}

function estimates(ctx: ToeslagenContext, rules: Rules, ids: ToeslagId[]): SchemeOutcome[] {
  const { input, facts } = ctx;
  const lookup = new Lookup(ctx.normLookup.rules, ctx.normLookup.date);
  const toeslag = readToeslagParams(lookup);
  const tax = readTaxParams(lookup);
  const partner = facts.adultAges.length === 2;
  const toetsingsinkomen = grossedUpIncome(tax, ZERO, ctx.income.times(12));
  const amountOf: Record<ToeslagId, () => Decimal> = {
    zorgtoeslag: () => zorgtoeslagMonthly(toeslag, toetsingsinkomen, partner, ctx.assets),
    // Everyone in the home counts for the maximale huurgrens (art. 13 lid 1 sub a), as in werken loont.
    huurtoeslag: () => huurtoeslagMonthly(toeslag, toetsingsinkomen, huurHousehold(input, facts, new Decimal(input.housing!.rentMonthly), ctx.assets)),
    'kindgebonden-budget': () => kindgebondenBudgetMonthly(toeslag, toetsingsinkomen, facts.childAges, partner, ctx.assets),
  };
  const { landelijk } = rules;
  return ids.map((id) => {
    const reasons: ReasonCode[] = [];
    let status: SchemeOutcome['status'];
    let amount: Decimal | undefined;
    if (facts.anyAdultAtAowAge) {
      status = 'maybe';
      reasons.push('toeslag-not-estimated-aow');
    } else {
      amount = amountOf[id]();
      status = amount.greaterThan(0) ? 'yes' : 'no';
      if (status === 'yes') reasons.push('toeslag-estimate');
      else reasons.push(assetsTooHigh(id, toeslag, ctx.assets, partner) ? 'assets-above-limit' : 'toeslag-income-too-high');
    }
    return {
      id,
      name: NAMES[id],
      status,
      ...(amount && status === 'yes' && { amount: { value: money(amount), per: 'month' as const } }),
      reasons,
      portal: { url: landelijk.toeslagen.portal, digid: 'verplicht' as const },
      contact: {
        ...(landelijk.toeslagen.contact.phone && { phone: landelijk.toeslagen.contact.phone }),
        ...(landelijk.toeslagen.contact.openingHours && { openingHours: landelijk.toeslagen.contact.openingHours }),
        ...openingTimes(landelijk.toeslagen.contact),
      },
      documents: [],
      sources: [...new Set([...(landelijk.toeslagen.sources[id] ?? []), ...[...lookup.sources].sort()])],
      parameterDate: lookup.validFrom(lookup.rules.national['zorgtoeslag.standaardpremie']!),
      unverified: [...lookup.unverified].sort(),
      calculatorUrl: landelijk.toeslagen.proefberekening,
    };
  });
}

/** Which of the two reasons makes a toeslag zero: the asset limit of that toeslag, else the income. */
function assetsTooHigh(id: ToeslagId, p: ReturnType<typeof readToeslagParams>, assets: Decimal, partner: boolean): boolean {
  if (id === 'zorgtoeslag') return assets.greaterThan(partner ? p.zorg.vermogensgrensPartners : p.zorg.vermogensgrensAlleenstaande);
  if (id === 'huurtoeslag') return assets.greaterThan(partner ? p.huur.vermogensgrensPartners : p.huur.vermogensgrensPerPersoon);
  return assets.greaterThan(partner ? p.kgb.vermogensgrensPartners : p.kgb.vermogensgrensAlleenstaande);
}
