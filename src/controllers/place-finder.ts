import type { ReactiveControllerHost } from 'lit';
import { findByPostcode, findByWoonplaats, findEntry } from '../engine/gemeente.js';
import { loadCbsGemeenten } from '../rules/cbs.js';
import type { CbsGemeente, GemeenteEntry, Rules } from '../rules/schema.js';
import type { StepErrors } from '../flow/questions.js';
import type { LocationView, PlaceChoices } from '../ui/location-screen.js';
import type { Translate } from '../ui/view.js';
import type { RulesController } from './rules-controller.js';

/** What finding a place leads to; the element wires these to the flow. */
export interface PlaceOutcomes {
  showErrors(errors: StepErrors): void;
  /** One of our gemeenten, its rules loaded: the questions. */
  located(): void;
  /** A real gemeente the check does not cover, or none at all ("verder zonder gemeente"). */
  uncovered(): void;
  /** No gemeente we know of and the country's places could not be loaded: the screen with the ways on. */
  elsewhere(): void;
}

/** Owns what the resident typed for "Waar woont u?" and the choices it gave: gemeenten, a shared postcode, or names close to a typo. */
export class PlaceFinder {
  text = '';
  choices: PlaceChoices | undefined;
  /** The text the choices on screen were found for: "Volgende" with the same text must say what to do. */
  private choicesFor: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly rules: RulesController,
    private readonly outcomes: PlaceOutcomes,
  ) {}

  /** What "Waar woont u?" shows and does. */
  view(t: Translate, error: string | undefined, kiosk: boolean, onBack: () => void): LocationView {
    return {
      t,
      kiosk,
      place: this.text,
      error,
      choices: this.choices,
      onInput: (text) => this.type(text),
      onFind: () => this.find(),
      onChoose: (entry) => this.choose(entry),
      onSuggest: (name) => this.suggest(name),
      onOther: () => this.other(),
      onPickGemeente: (gemeente) => this.pickGemeente(gemeente),
      onNational: () => this.national(),
      onBack,
    };
  }

  type(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }

  find(): void {
    const rules = this.rules.rules;
    const query = this.text.trim();
    // The choices for this very text are on screen: finding again would show them again and say nothing.
    if (this.choices && this.choicesFor === query) return this.outcomes.showErrors({ place: 'place-pick-choice' });
    this.setChoices(undefined);
    if (!query) return this.outcomes.showErrors({ place: 'choose-one' });
    if (!rules) return;
    const found = /^\d{4}/.test(query) ? findByPostcode(rules, query) : findByWoonplaats(rules.gemeenten, query);
    if (!Array.isArray(found)) {
      // A postcode shared with another gemeente: offer ours that have it, or every gemeente it lies in.
      if (found.shared.length === 0) return void this.findInCountry(query, rules);
      this.setChoices({ kind: 'shared', entries: found.shared });
    } else if (found.length === 1) this.choose(found[0]!);
    else if (found.length > 1) this.setChoices({ kind: 'gemeenten', entries: found });
    else void this.findInCountry(query, rules);
  }

  /** A suggested name: looked up as if typed. */
  suggest(name: string): void {
    this.text = name;
    this.find();
  }

  choose(entry: GemeenteEntry): void {
    this.setChoices(undefined);
    void this.rules.choose(entry).then(() => this.rules.located && this.outcomes.located());
  }

  /** A gemeente of the whole country: one of ours, or one whose own rules the check does not know. */
  pickGemeente(gemeente: CbsGemeente): void {
    const ours = this.rules.rules && findEntry(this.rules.rules.gemeenten, gemeente.code);
    if (ours) return this.choose(ours);
    this.setChoices(undefined);
    this.rules.chooseUncovered(gemeente);
    this.outcomes.uncovered();
  }

  /** "Verder zonder gemeente": the answers the law gives in every gemeente. */
  national(): void {
    this.setChoices(undefined);
    this.rules.chooseUnknown();
    this.outcomes.uncovered();
  }

  /** "Een andere gemeente" for a postcode shared with one of ours: every gemeente the postcode lies in. */
  other(): void {
    const rules = this.rules.rules;
    this.setChoices(undefined);
    if (rules) void this.findInCountry(this.text.trim(), rules);
  }

  clear(): void {
    this.choices = undefined;
    this.text = '';
  }

  /**
   * Not one of ours: every woonplaats and postcode of the country (a chunk of its own, loaded only now). Found:
   * on with that gemeente; in two or more: the resident chooses; a typo: the closest names; no place at all:
   * "we kennen … niet" with the list of all gemeenten and the national answers. No screen is a dead end.
   */
  private async findInCountry(query: string, rules: Rules): Promise<void> {
    const { lookUpPlace } = await import('../flow/look-up-place.js');
    const answer = await lookUpPlace(query).catch(() => undefined);
    if (this.text.trim() !== query) return; // typed on meanwhile
    if (!answer) return this.findByName(query, rules);
    if (answer.kind === 'found') return this.pickGemeente(answer.gemeente);
    const all = (await loadCbsGemeenten()) ?? [];
    if (answer.kind === 'choose') return this.setChoices({ kind: 'country-choose', gemeenten: answer.gemeenten, postcode: answer.via === 'postcode', all });
    // A typo: the closest of our gemeenten and woonplaatsen and the CBS names first, as a resident of ours expects.
    const names = await this.closeNames(query, rules);
    if (names.length > 0) return this.setChoices({ kind: 'suggest', names, all });
    if (answer.kind === 'suggest') return this.setChoices({ kind: 'suggest', names: answer.names, all });
    this.setChoices({ kind: 'country', answer, all });
  }

  /** Without the country's places (a chunk that did not load): the CBS list of gemeenten, then suggestions. */
  private async findByName(query: string, rules: Rules): Promise<void> {
    if (/^\d/.test(query)) return this.outcomes.elsewhere(); // a postcode is not a gemeente code
    const cbs = await this.rules.findUncovered(query);
    if (cbs.length === 0) {
      const names = await this.closeNames(query, rules);
      if (names.length > 0) return this.setChoices({ kind: 'suggest', names, all: [] });
    }
    if (cbs.length !== 1) return this.outcomes.elsewhere();
    this.pickGemeente(cbs[0]!);
  }

  /** A typo ("Utrect"): the closest woonplaatsen and gemeenten, ours and (when loaded) the CBS list. */
  private async closeNames(query: string, rules: Rules): Promise<string[]> {
    if (/^\d/.test(query)) return [];
    const { suggestPlaces } = await import('../engine/suggest-place.js');
    return suggestPlaces(query, placeNames(rules, await loadCbsGemeenten()));
  }

  private setChoices(choices: PlaceChoices | undefined): void {
    this.choices = choices;
    this.choicesFor = choices && this.text.trim();
    this.host.requestUpdate();
  }
}

/** Every name the location question knows: our gemeenten and their woonplaatsen, and the CBS gemeenten. */
function placeNames(rules: Rules, cbs: CbsGemeente[] | undefined): Set<string> {
  const names = new Set<string>();
  for (const g of rules.gemeenten) [g.name, ...g.woonplaatsen].forEach((n) => names.add(n));
  for (const g of cbs ?? []) {
    names.add(g.name.replace(/\s*\([^)]*\)\s*$/, ''));
    if (g.alsoKnownAs) names.add(g.alsoKnownAs);
  }
  return names;
}
