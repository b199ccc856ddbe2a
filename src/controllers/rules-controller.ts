import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Located, UNKNOWN_MUNICIPALITY, findCbs, findEntry, locate, someGemeente } from '../engine/gemeente.js';
import { isCalendarDate, lastAnswerableDate } from '../rules/calendar.js';
import { loadCbsGemeenten } from '../rules/cbs.js';
import { bundledCore, bundledWithOrganisation, givenRules } from '../rules/load.js';
import type { HouseholdInput } from '../engine/types.js';
import type { Answers } from '../flow/answers.js';
import { toHousehold } from '../flow/to-household.js';
import type { CbsGemeente, GemeenteEntry, RuleFiles, Rules } from '../rules/schema.js';
import type { Validated } from '../rules/validate.js';

/** Why the date cannot be answered: before the rules, not a real date, or more than a year after them. */
export interface DateProblem {
  kind: 'before' | 'invalid' | 'after';
  date: string;
}

/** What stops every answer: broken rules, an unanswerable date, or a `gemeente` that is no gemeente. */
export type RulesProblem = { kind: 'rules' } | { kind: 'date'; date: DateProblem } | { kind: 'unknown-gemeente' };

/** The inputs rules depend on: the element's `ruleFiles`, `gemeente` and `datum`. */
export interface RulesInputs {
  ruleFiles: RuleFiles | undefined;
  gemeente: string | undefined;
  date: string;
}

/**
 * Owns the rules and the place they are for: the bundled rules or the page's `ruleFiles` (validated in full,
 * shape first), the organisation's chunk, the CBS list for a gemeente we do not cover, and what stops every
 * answer. Every change of the inputs starts a new generation; a load overtaken by a newer one is dropped, so
 * `ruleFiles` set while the bundled rules are still loading always win.
 */
export class RulesController implements ReactiveController {
  rules: Rules | undefined;
  /** The first date the rules can answer for; a `datum` before it gets a message, never a wrong answer. */
  firstDate = '';
  problem: RulesProblem | undefined;
  /** One of our gemeenten, with its organisation's rules. */
  located: Located | undefined;
  /** A real gemeente (CBS list) that the check does not cover: national estimates and help routes only. */
  uncovered: CbsGemeente | undefined;
  /** Settles when the current generation's rules (and the organisation's, if known) are in. */
  ready: Promise<void> = Promise.resolve();
  private generation = 0;
  /** The resident's own choice of place when the page names none; kept when new rules arrive. */
  private chosen: string | undefined;
  private inputs: RulesInputs = { ruleFiles: undefined, gemeente: undefined, date: '' };

  /** `onProblem`: the flow starts again from the intro once the problem is gone, as a fresh page would. */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly hasUpdated: boolean },
    private readonly onProblem: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The gemeente's name for the bar above every screen. */
  get placeName(): string | undefined {
    return this.located?.gemeente.name ?? this.uncovered?.name;
  }

  /** The CBS code of the place the results are for. */
  get placeCode(): string | undefined {
    return this.located?.gemeente.code ?? this.uncovered?.code;
  }

  /** The household and the rules to compute the results from, once the place is known. */
  async resultInputs(answers: Answers): Promise<[HouseholdInput, Rules]> {
    // The engine tells an uncovered gemeente from a typo with the CBS list; it is loaded by now.
    const cbs = this.uncovered ? await loadCbsGemeenten() : undefined;
    const rules = this.rules!;
    return [toHousehold(answers, this.placeCode!, this.inputs.date), cbs ? { ...rules, cbsGemeenten: cbs } : rules];
  }

  /** The one path by which rules enter; a broken file, an unanswerable date or an unknown gemeente is a problem. */
  load(inputs: RulesInputs): void {
    this.inputs = inputs;
    const generation = ++this.generation;
    this.located = undefined;
    this.uncovered = undefined;
    if (inputs.ruleFiles === undefined) return this.apply(bundledCore(), generation);
    // Given rules are checked in full before anything reads them; the checker (and zod) load only for them.
    this.rules = undefined;
    const checking: Promise<void> = givenRules(inputs.ruleFiles).then(
      (validated) => {
        if (generation !== this.generation) return;
        this.apply(validated, generation);
        if (this.ready !== checking) return this.ready;
      },
      () => {
        if (generation === this.generation) this.broken();
      },
    );
    this.ready = checking;
  }

  private apply(validated: Validated, generation: number): void {
    if (!validated.ok) return this.broken();
    this.rules = validated.rules;
    this.firstDate = validated.firstDate;
    const until = lastAnswerableDate(validated.rules);
    const { date } = this.inputs;
    const gemeente = this.inputs.gemeente || this.chosen;
    const dateProblem: DateProblem | undefined = !isCalendarDate(date)
      ? { kind: 'invalid', date }
      : date < validated.firstDate
        ? { kind: 'before', date: validated.firstDate }
        : until && date > until
          ? { kind: 'after', date: until }
          : undefined;
    this.setProblem(dateProblem && { kind: 'date', date: dateProblem });
    if (dateProblem || !gemeente) return;
    const entry = findEntry(validated.rules.gemeenten, gemeente);
    if (gemeente === UNKNOWN_MUNICIPALITY) this.uncovered = someGemeente(validated.rules);
    else if (entry) this.ready = this.loadOrganisation(entry, generation);
    else
      this.ready = this.findUncovered(gemeente).then((found) => {
        if (generation !== this.generation) return;
        if (found.length === 1) this.uncovered = found[0];
        else this.setProblem({ kind: 'unknown-gemeente' });
        this.host.requestUpdate();
      });
  }

  /** The resident chose one of our gemeenten (or a take-home code named one): its organisation's rules. */
  choose(entry: GemeenteEntry): Promise<void> {
    this.chosen = entry.code;
    this.uncovered = undefined;
    this.ready = this.loadOrganisation(entry, ++this.generation);
    return this.ready;
  }

  /** The resident's place is a gemeente we do not cover. */
  chooseUncovered(gemeente: CbsGemeente): void {
    this.chosen = gemeente.code;
    this.uncovered = gemeente;
    this.host.requestUpdate();
  }

  /** No gemeente at all: the answers the law gives in every gemeente (engine: `municipality: "onbekend"`). */
  chooseUnknown(): void {
    if (this.rules) this.chooseUncovered(someGemeente(this.rules));
  }

  /** Another resident (kiosk, "Opnieuw beginnen") chooses the place again, unless the page names it. */
  forgetPlace(): void {
    this.chosen = undefined;
    if (this.inputs.gemeente) return;
    this.located = undefined;
    this.uncovered = undefined;
  }

  /** A place that is not one of ours: is it a real gemeente? Loads the CBS list (a chunk of its own). */
  async findUncovered(place: string): Promise<CbsGemeente[]> {
    const list = await loadCbsGemeenten();
    return list ? findCbs(list, place) : [];
  }

  private setProblem(problem: RulesProblem | undefined): void {
    this.problem = problem;
    if (problem) this.onProblem();
    this.host.requestUpdate();
  }

  private broken(): void {
    this.rules = undefined;
    this.located = undefined;
    this.setProblem({ kind: 'rules' });
  }

  private async loadOrganisation(entry: GemeenteEntry, generation: number): Promise<void> {
    if (this.inputs.ruleFiles === undefined) {
      // After the first screen is painted: the intro does not need the organisation's rules, and a chunk
      // that arrives before the first frame would be evaluated, and drawn again, ahead of it.
      // (A hidden tab or an offscreen frame draws no frames: then 200 ms.)
      if (!this.host.hasUpdated) await new Promise((resolve) => (requestAnimationFrame(() => setTimeout(resolve)), setTimeout(resolve, 200)));
      const validated = await bundledWithOrganisation(entry.organisation).catch(() => undefined);
      if (generation !== this.generation) return;
      if (!validated?.ok) return this.broken();
      this.rules = validated.rules;
    }
    if (!this.rules) return;
    this.located = locate(this.rules, entry);
    if (!this.located) return this.broken();
    this.host.requestUpdate();
  }
}
