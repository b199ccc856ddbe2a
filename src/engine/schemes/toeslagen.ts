import { ParameterDateError } from '../../rules/parameter.js';
import { openingTimes } from '../opening-times.js';
import type { Rules } from '../../rules/schema.js';
import type { HouseholdFacts } from '../household.js';
import { Lookup, MissingParameterError } from '../lookup.js';
import { type Decimal, money } from '../money.js';
import type { HouseholdInput, NotComputed, ReasonCode, SchemeOutcome } from '../types.js';
import { incomeNow } from '../werken-loont/income-now.js';
import { readTaxParams, readToeslagParams } from '../werken-loont/params.js';
import { type ToeslagAmounts, toeslagenAt } from '../werken-loont/toeslagen.js';

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
 * The national toeslagen as monthly estimates: the toetsingsinkomen from incomeNow and the amounts from
 * toeslagenAt, the same two functions werken loont's `current` point uses, so the cards and werken loont
 * always give the same amounts. Zorgtoeslag for every household (all adults are 18+), huurtoeslag only when
 * the rent is given, kindgebonden budget with children. At AOW age other tax rates apply: we give no amount
 * then. Without the tax or toeslagen figures for the date each toeslag is named in `notComputed`.
 */
export function toeslagenEstimates(ctx: ToeslagenContext, rules: Rules): { schemes: SchemeOutcome[]; notComputed: NotComputed[] } {
  const ids: ToeslagId[] = ['zorgtoeslag'];
  if (ctx.input.housing) ids.push('huurtoeslag');
  if (ctx.facts.childAges.length > 0) ids.push('kindgebonden-budget');
  try {
    return { schemes: estimates(ctx, rules, ids), notComputed: [] };
  } catch (error) {
    if (!(error instanceof ParameterDateError || error instanceof MissingParameterError)) throw error;
    const url = rules.landelijk.toeslagen.proefberekening;
    return { schemes: [], notComputed: ids.map((id) => ({ id, name: NAMES[id], url, reason: 'figures-missing-on-date' as const })) };
  }
}

function estimates(ctx: ToeslagenContext, rules: Rules, ids: ToeslagId[]): SchemeOutcome[] {
  const { facts } = ctx;
  const lookup = new Lookup(ctx.normLookup.rules, ctx.normLookup.date);
  const toeslag = readToeslagParams(lookup);
  const tax = readTaxParams(lookup);
  const partner = facts.adultAges.length === 2;
  const amounts = facts.anyAdultAtAowAge ? undefined : toeslagenAt(toeslag, ctx, incomeNow(tax, ctx).toetsingsinkomen, ctx.assets);
  const amountOf: Record<ToeslagId, (a: ToeslagAmounts) => Decimal> = {
    zorgtoeslag: (a) => a.zorgtoeslag,
    huurtoeslag: (a) => a.huurtoeslag,
    'kindgebonden-budget': (a) => a.kindgebondenBudget,
  };
  const { landelijk } = rules;
  return ids.map((id) => {
    const reasons: ReasonCode[] = [];
    let status: SchemeOutcome['status'];
    let amount: Decimal | undefined;
    if (!amounts) {
      status = 'maybe';
      reasons.push('toeslag-not-estimated-aow');
    } else {
      amount = amountOf[id](amounts);
      status = money(amount) !== '0.00' ? 'yes' : 'no';
      if (status === 'yes') reasons.push('toeslag-estimate');
      else reasons.push(assetsTooHigh(id, toeslag, ctx.assets, partner) ? 'assets-above-limit' : 'toeslag-income-too-high');
      if (status === 'yes' && id === 'kindgebonden-budget' && supplementBirthdayAge(toeslag, facts.childAges)) {
        reasons.push('kgb-supplement-month-after-birthday');
      }
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

/** Whether a child is exactly 12 or 16: its age supplement starts in the month after the birthday (Wet KGB art. 2). */
function supplementBirthdayAge(p: ReturnType<typeof readToeslagParams>, childAges: number[]): boolean {
  return childAges.some((age) => age === p.kgb.leeftijdVerhoging12 || age === p.kgb.leeftijdVerhoging16);
}

/** Which of the two reasons makes a toeslag zero: the asset limit of that toeslag, else the income. */
function assetsTooHigh(id: ToeslagId, p: ReturnType<typeof readToeslagParams>, assets: Decimal, partner: boolean): boolean {
  if (id === 'zorgtoeslag') return assets.greaterThan(partner ? p.zorg.vermogensgrensPartners : p.zorg.vermogensgrensAlleenstaande);
  if (id === 'huurtoeslag') return assets.greaterThan(partner ? p.huur.vermogensgrensPartners : p.huur.vermogensgrensPerPersoon);
  return assets.greaterThan(partner ? p.kgb.vermogensgrensPartners : p.kgb.vermogensgrensAlleenstaande);
}
