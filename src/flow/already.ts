import type { AlreadyId, Answers } from './answers.js';

/*
 * "Krijgt u dit al?" (issue 22): what a resident may already get. The engine never sees this answer: it
 * changes how the results are told, not what fits.
 */

/** One choice of the question; `name` is the gemeente's own name where the rules give one (U-pas). */
export interface AlreadyOption {
  id: AlreadyId;
  name?: string;
}

/** What the flow knows of the gemeente for this question (steps-for.ts fills it from the rules). */
export interface AlreadyContext {
  /** The name of the gemeente's stadspas (a scheme with id `stadspas`); absent: the gemeente has none we know. */
  stadspas?: string;
  /** The name of the gemeente's IIT when the low-income question is asked (so an IIT can apply); else absent. */
  iit?: string;
}

/**
 * The choices that can apply to these answers: zorgtoeslag always (every adult pays for health insurance),
 * huurtoeslag only with rent, kindgebonden budget only with children, the stadspas only where the gemeente
 * has one, the IIT only where it can apply and the income has not just become low.
 */
export function alreadyOptions(a: Answers, ctx: AlreadyContext): AlreadyOption[] {
  return [
    { id: 'zorgtoeslag' as const },
    ...(a.renting ? [{ id: 'huurtoeslag' as const }] : []),
    ...(a.hasChildren && a.childAges.length > 0 ? [{ id: 'kindgebonden-budget' as const }] : []),
    ...(ctx.stadspas !== undefined ? [{ id: 'stadspas' as const, name: ctx.stadspas }] : []),
    ...(ctx.iit !== undefined && a.lowSince !== 'short' ? [{ id: 'iit' as const, name: ctx.iit }] : []),
  ];
}

/** The choices kept when earlier answers change: a ticked huurtoeslag goes when the rent does. */
export function keepOffered(a: Answers, offered: AlreadyOption[]): Answers {
  if (!a.alreadyGets) return a;
  const kept = a.alreadyGets.filter((id) => offered.some((o) => o.id === id));
  return kept.length === a.alreadyGets.length ? a : { ...a, alreadyGets: kept };
}

/**
 * What the resident said they get, or undefined when they skipped the question or did not answer it: then
 * nothing can be told apart, and the results say so.
 */
export function alreadyGets(a: Answers): ReadonlySet<string> | undefined {
  if (a.already === 'no') return new Set();
  if (a.already === 'yes') return new Set(a.alreadyGets ?? []);
  return undefined;
}

/** Schemes split into what is new and what the resident already gets; `known` false when not told. */
export function splitAlready<S extends { id: string }>(schemes: S[], a: Answers): { fresh: S[]; already: S[]; known: boolean } {
  const gets = alreadyGets(a);
  if (!gets) return { fresh: schemes, already: [], known: false };
  return { fresh: schemes.filter((s) => !gets.has(s.id)), already: schemes.filter((s) => gets.has(s.id)), known: true };
}
