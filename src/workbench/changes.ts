/**
 * Which golden households (test/cases) get another outcome with the edited rules than with the file as it
 * was opened: per household, each scheme whose status or amount differs, before → after.
 */
import { evaluate } from '../engine/evaluate.js';
import type { Outcome, SchemeOutcome } from '../engine/types.js';
import type { Rules } from '../rules/schema.js';

export interface GoldenCase {
  /** Path below test/cases, e.g. `utrecht/jongere-19.json`. */
  file: string;
  naam: string;
  input: Record<string, unknown>;
}

export interface SchemeChange {
  scheme: string;
  before: string;
  after: string;
}

export interface HouseholdChange {
  file: string;
  naam: string;
  changes: SchemeChange[];
}

const STATUS = { yes: 'ja', maybe: 'misschien', no: 'nee' } as const;
const PER = { year: 'per jaar', month: 'per maand', once: 'eenmalig' } as const;

/** "ja, € 749,00 per jaar" — how the outcome of one scheme reads in the comparison. */
export function describeScheme(scheme: SchemeOutcome | undefined): string {
  if (!scheme) return 'niet in de uitkomst';
  const amount = scheme.amount ? `, € ${scheme.amount.value.replace('.', ',')} ${PER[scheme.amount.per]}` : '';
  const own = scheme.ownContributionMonthly ? `, eigen bijdrage € ${scheme.ownContributionMonthly.replace('.', ',')} per maand` : '';
  return `${STATUS[scheme.status]}${amount}${own}`;
}

function outcome(input: Record<string, unknown>, rules: Rules): Outcome | string {
  try {
    return evaluate(input, rules);
  } catch (error) {
    return `geen uitkomst (${(error as Error).message})`;
  }
}

/** The cases for the gemeenten in these rules' organisation (the others cannot change). */
export function casesFor(cases: GoldenCase[], rules: Rules): GoldenCase[] {
  const codes = new Set(rules.organisations.flatMap((o) => o.gemeenten.map((g) => g.code)));
  return cases.filter((c) => codes.has(String(c.input.municipality)));
}

export function householdChanges(cases: GoldenCase[], before: Rules | undefined, after: Rules): HouseholdChange[] {
  const changed: HouseholdChange[] = [];
  for (const golden of casesFor(cases, after)) {
    const old = before ? outcome(golden.input, before) : 'geen uitkomst (het bestand had fouten)';
    const now = outcome(golden.input, after);
    const changes: SchemeChange[] = [];
    if (typeof old === 'string' || typeof now === 'string') {
      const say = (o: Outcome | string) => (typeof o === 'string' ? o : 'een uitkomst');
      if (say(old) !== say(now)) changes.push({ scheme: 'hele uitkomst', before: say(old), after: say(now) });
    } else {
      const ids = [...new Set([...old.schemes, ...now.schemes].map((s) => s.id))];
      for (const id of ids) {
        const [b, a] = [old.schemes.find((s) => s.id === id), now.schemes.find((s) => s.id === id)];
        const [bs, as] = [describeScheme(b), describeScheme(a)];
        if (bs !== as) changes.push({ scheme: (a ?? b)!.name, before: bs, after: as });
      }
    }
    if (changes.length) changed.push({ file: golden.file, naam: golden.naam, changes });
  }
  return changed;
}
