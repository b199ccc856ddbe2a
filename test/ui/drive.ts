/**
 * Drives <regelingen-check> the way a resident does: choosing options and typing in its shadow DOM,
 * pressing the visible buttons. Shared by the browser tests.
 */
import type { RegelingenCheck } from '../../src/regelingen-check.js';

export interface Resident {
  partner?: boolean;
  age: number;
  partnerAge?: number;
  children?: number[];
  housemates?: number[];
  source: 'none' | 'bijstand' | 'work' | 'benefit' | 'pension' | 'study';
  income: string;
  lowSince?: 'short' | 'medium' | 'long' | 'unknown';
  assets: string;
  /** Rent per month as typed; absent: "Nee" (no rent). */
  rent?: string;
  /** The optional debts question; absent: not answered. */
  debts?: 'yes' | 'no' | 'skip';
  /** "Krijgt u dit al?" (issue 22): the schemes ticked after "Ja", or "Nee" / "Sla over"; absent: not answered. */
  already?: string[] | 'no' | 'skip';
}

export const root = (el: RegelingenCheck) => el.shadowRoot!;
export const heading = (el: RegelingenCheck) => root(el).querySelector('h2')!.textContent!.trim();
/** New results are drawn in two steps (the answer first, the rest a frame later): true once all is there. */
export const resultsComplete = (el: RegelingenCheck) => !!root(el).querySelector('#results-title') && !root(el).querySelector('[data-partial]');

export async function settle(el: RegelingenCheck): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** Waits until `done()` holds (the element loads its organisation, results and languages as chunks). */
export async function waitFor(el: RegelingenCheck, done: () => boolean, ms = 8000): Promise<void> {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
}

/** Presses the main button and waits for the next screen, or for an error on this one. */
export async function clickPrimary(el: RegelingenCheck): Promise<void> {
  const before = root(el).querySelector('h2')?.textContent;
  root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
  await settle(el);
  await waitFor(el, () => root(el).querySelector('h2')?.textContent !== before || !!root(el).querySelector('[aria-invalid="true"], .error'));
  if (root(el).querySelector('#results-title')) await waitFor(el, () => resultsComplete(el));
}

/** Checks the n-th radio on the screen (0-based), as a click would. */
export async function choose(el: RegelingenCheck, n: number): Promise<void> {
  root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')[n]!.click();
  await settle(el);
}

export async function type(el: RegelingenCheck, id: string, text: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(`#f-${id}`)!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

/** Answers "Ja" and fills one age per person ("+ … toevoegen" for each after the first), or "Nee". */
async function ages(el: RegelingenCheck, field: 'child' | 'housemate', values: number[]): Promise<void> {
  await choose(el, values.length ? 0 : 1);
  for (let i = 0; i < values.length; i++) {
    if (i > 0) {
      [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith('+'))!.click();
      await settle(el);
    }
    await type(el, `${field}-${i}`, String(values[i]));
  }
}

/** "Krijgt u dit al?": Ja with the given schemes ticked (their boxes are #f-already-<id>), Nee or Sla over. */
export async function answerAlready(el: RegelingenCheck, already: string[] | 'no' | 'skip'): Promise<void> {
  const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio][name=already]')];
  radios[typeof already === 'string' ? (already === 'no' ? 1 : 2) : 0]!.click();
  await settle(el);
  if (typeof already === 'string') return;
  for (const id of already) {
    root(el).querySelector<HTMLInputElement>(`#f-already-${id}`)!.click();
    await settle(el);
  }
}

/** Every screen the resident passes, with its heading, so tests can check each one. */
export async function walk(el: RegelingenCheck, r: Resident, onScreen?: (name: string) => Promise<void>): Promise<void> {
  const seen = async (name: string) => onScreen && (await onScreen(name));
  await seen('intro');
  await clickPrimary(el);
  await choose(el, r.partner ? 0 : 1);
  await seen('partner');
  await clickPrimary(el);
  await type(el, 'age', String(r.age));
  if (r.partner) await type(el, 'partnerAge', String(r.partnerAge));
  await seen('ages');
  await clickPrimary(el);
  await ages(el, 'child', r.children ?? []);
  await seen('children');
  await clickPrimary(el);
  if (r.age >= 21) {
    await ages(el, 'housemate', r.housemates ?? []);
    await seen('housemates');
    await clickPrimary(el);
  }
  const sources = ['bijstand', 'work', 'benefit', 'pension', 'study', 'none'];
  await choose(el, sources.indexOf(r.source));
  await seen('income-source');
  await clickPrimary(el);
  await type(el, 'netMonthly', r.income);
  await seen('income');
  await clickPrimary(el);
  if (r.lowSince) {
    await choose(el, ['short', 'medium', 'long', 'unknown'].indexOf(r.lowSince));
    await seen('low-since');
    await clickPrimary(el);
  }
  await type(el, 'assets', r.assets);
  await seen('assets');
  await clickPrimary(el);
  await choose(el, r.rent ? 0 : 1);
  if (r.rent) await type(el, 'rent', r.rent);
  await seen('rent');
  await clickPrimary(el);
  if (r.debts) await choose(el, ['yes', 'no', 'skip'].indexOf(r.debts));
  await seen('debts');
  await clickPrimary(el);
  if (r.already) await answerAlready(el, r.already);
  await seen('already');
  await clickPrimary(el);
  await seen('summary');
  await clickPrimary(el);
  await seen('results');
}

/** Status per scheme id as shown on the result cards (issue 13: one card may hold schemes of one portal, the `no` ones are listed together). */
export function shownStatuses(el: RegelingenCheck): Record<string, string> {
  return Object.fromEntries([
    ...[...root(el).querySelectorAll<HTMLElement>('article.card .scheme[data-status]')].map((scheme) => [
      scheme.querySelector('h3')!.id.replace('card-', ''),
      scheme.dataset.status!,
    ]),
    ...[...root(el).querySelectorAll<HTMLElement>('.no-print [data-scheme]')].map((li) => [li.dataset.scheme!, 'no']),
  ]);
}
