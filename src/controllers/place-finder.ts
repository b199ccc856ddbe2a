import type { ReactiveControllerHost } from 'lit';
import { findByPostcode, findByWoonplaats } from '../engine/gemeente.js';
import { loadCbsGemeenten } from '../rules/cbs.js';
import type { CbsGemeente, GemeenteEntry, Rules } from '../rules/schema.js';
import type { StepErrors } from '../flow/questions.js';
import type { LocationView, PlaceChoices } from '../ui/location-screen.js';
import type { Translate } from '../ui/view.js';

/** What finding a place leads to; the element wires these to the rules and the flow. */
export interface PlaceOutcomes {
  rules(): Rules | undefined;
  showErrors(errors: StepErrors): void;
  /** One of our gemeenten: its rules, then the questions. */
  chosen(entry: GemeenteEntry): void;
  /** A real gemeente the check does not cover. */
  uncovered(gemeente: CbsGemeente): void;
  /** No gemeente we know of: the screen with the ways on. */
  elsewhere(): void;
  findUncovered(place: string): Promise<CbsGemeente[]>;
}

/** Owns what the resident typed for "Waar woont u?" and the choices it gave: gemeenten, a shared postcode, or names close to a typo. */
export class PlaceFinder {
  text = '';
  choices: PlaceChoices | undefined;
  /** The text the choices on screen were found for: "Volgende" with the same text must say what to do. */
  private choicesFor: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
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
      onBack,
    };
  }

  type(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }

  find(): void {
    const rules = this.outcomes.rules();
    const query = this.text.trim();
    // The choices for this very text are on screen: finding again would show them again and say nothing.
    if (this.choices && this.choicesFor === query) return this.outcomes.showErrors({ place: 'place-pick-choice' });
    this.setChoices(undefined);
    if (!query) return this.outcomes.showErrors({ place: 'choose-one' });
    if (!rules) return;
    const found = /^\d{4}/.test(query) ? findByPostcode(rules, query) : findByWoonplaats(rules.gemeenten, query);
    if (!Array.isArray(found)) {
      // A postcode shared with another gemeente: offer ours that have it, or ask the woonplaats.
      if (found.shared.length === 0) return this.outcomes.showErrors({ place: 'postcode-shared' });
      this.setChoices({ kind: 'shared', entries: found.shared });
    } else if (found.length === 1) this.choose(found[0]!);
    else if (found.length > 1) this.setChoices({ kind: 'gemeenten', entries: found });
    // A postcode is not a gemeente code (PC4 1680 is no GM1680): only a name goes to the CBS list.
    else if (/^\d/.test(query)) this.outcomes.elsewhere();
    else void this.findByName(query, rules);
  }

  /** A suggested name: looked up as if typed. */
  suggest(name: string): void {
    this.text = name;
    this.find();
  }

  choose(entry: GemeenteEntry): void {
    this.setChoices(undefined);
    this.outcomes.chosen(entry);
  }

  /** "Een andere gemeente" for a shared postcode: the woonplaats decides. */
  other(): void {
    this.choices = undefined;
    this.text = '';
    this.outcomes.showErrors({ place: 'postcode-shared' });
  }

  clear(): void {
    this.choices = undefined;
    this.text = '';
  }

  private async findByName(query: string, rules: Rules): Promise<void> {
    const cbs = await this.outcomes.findUncovered(query);
    if (cbs.length === 0) {
      // A typo ("Utrect"): the closest woonplaatsen and gemeenten, ours and (when loaded) the CBS list.
      const { suggestPlaces } = await import('../engine/suggest-place.js');
      const names = suggestPlaces(query, placeNames(rules, await loadCbsGemeenten()));
      if (names.length > 0) return this.setChoices({ kind: 'suggest', names });
    }
    if (cbs.length !== 1) return this.outcomes.elsewhere();
    this.outcomes.uncovered(cbs[0]!);
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
