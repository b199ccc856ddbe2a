import { LitElement, type PropertyValues, html, nothing, render } from 'lit';
import { type Located, findByPostcode, findByWoonplaats, findCbs, findEntry, locate } from './engine/gemeente.js';
import type { HouseholdInput, Outcome, SchemeOutcome } from './engine/types.js';
import { type Answers, emptyAnswers } from './flow/answers.js';
import { type StepErrors, type StepId, relevantSteps, validateStep } from './flow/questions.js';
import { iitCeiling } from './flow/iit-ceiling.js';
import { toHousehold } from './flow/to-household.js';
import { LANGUAGES, type Language, isLanguage } from './i18n/languages.js';
import { whenIdle } from './ui/idle.js';
import { memoT } from './i18n/memo-t.js';
import { createI18n, formatDate, formatMoney, useLanguage } from './i18n/setup.js';
import { onVoicesChanged, speak, stopSpeaking, voiceFor } from './i18n/speak.js';
import { isCalendarDate, lastAnswerableDate, today } from './rules/calendar.js';
import { loadCbsGemeenten } from './rules/cbs.js';
import { bundledCore, bundledWithOrganisation, givenRules } from './rules/load.js';
import { own } from './rules/own.js';
import { valueOn } from './rules/parameter.js';
import type { CbsGemeente, GemeenteEntry, Iit, RuleFiles, Rules } from './rules/schema.js';
import type { Validated } from './rules/validate.js';
import { answersList } from './ui/answers-summary.js';
import { IdleReset } from './ui/idle-reset.js';
import { type PlaceChoices, elsewhereLinks, locationScreen } from './ui/location-screen.js';
import { stepBody, stepTitle } from './ui/question-step.js';
import { readableText } from './ui/readable-text.js';
import { styles } from './ui/styles.js';
import type { StepView, Translate } from './ui/view.js';

type Screen =
  | 'intro'
  | 'location'
  | 'question'
  | 'summary'
  | 'volunteer'
  | 'results'
  | 'rules-error'
  | 'date-error'
  | 'unknown-gemeente'
  | 'uncovered'
  | 'elsewhere'
  | 'share-error';

type ResultsModule = typeof import('./ui/results-view.js');

/**
 * Asks a resident a few plain questions and shows which minimaregelingen of their gemeente fit, why,
 * and where to apply. Everything is computed in the browser; no answer leaves the device.
 *
 * @summary Regelingencheck: bijzondere bijstand, stadspas, individuele inkomenstoeslag, werken loont.
 * @fires regelingen-check-result - When results are shown. `detail: { gemeente, schemes: [{ id, status }] }`; never answers or amounts.
 * @fires regelingen-check-portal - When a portal link is opened. `detail: { gemeente, scheme }`.
 * @cssprop --rc-color-primary - Buttons and links (falls back to the NL Design System button token).
 * @cssprop --rc-color-text - Text colour.
 * @cssprop --rc-color-background - Background colour.
 * @cssprop --rc-font-family - Font (falls back to --utrecht-document-font-family).
 * @cssprop --rc-font-size - Base font size.
 * @cssprop --rc-target-size - Minimum size of buttons and choices (48px; 64px in kiosk mode).
 */
export class RegelingenCheck extends LitElement {
  static override styles = styles;
  static override properties = {
    gemeente: { type: String },
    lang: { type: String, reflect: true },
    mode: { type: String, reflect: true },
    datum: { type: String },
    deelUrl: { type: String, attribute: 'deel-url' },
    ruleFiles: { attribute: false },
    _screen: { state: true, attribute: false },
    _answers: { state: true, attribute: false },
    _errors: { state: true, attribute: false },
    _step: { state: true, attribute: false },
    _outcome: { state: true, attribute: false },
    _resultsComplete: { state: true, attribute: false },
    _located: { state: true, attribute: false },
    _uncovered: { state: true, attribute: false },
    _place: { state: true, attribute: false },
    _placeChoices: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
  };

  /** CBS code (GM0344) or name of the gemeente; absent: the first question asks where you live. */
  declare gemeente: string | undefined;
  /** nl (default), en, ar, tr, pl or uk. */
  declare lang: string;
  /** inwoner (default), kiosk or vrijwilliger. */
  declare mode: string;
  /** ISO date to evaluate against (testing, previews); default: today. */
  declare datum: string | undefined;
  /**
   * Kiosk and volunteer mode: the public page the take-home QR code opens (e.g. the gemeente's page with this
   * element); default: this page. Set it when the kiosk runs on an address a phone cannot reach.
   */
  declare deelUrl: string | undefined;
  /**
   * Rules files to use instead of the bundled ones (the same JSON as rules/), for a gemeente that keeps its
   * rules in its own repository. They are validated first: broken rules give an error screen, never a result.
   */
  declare ruleFiles: RuleFiles | undefined;

  declare private _screen: Screen;
  declare private _answers: Answers;
  declare private _errors: StepErrors;
  declare private _step: StepId;
  declare private _outcome: Outcome | undefined;
  /**
   * A new outcome is drawn in two steps: the answer and the first cards, then (after that is painted) the
   * rest of the results. On a slow phone the resident sees the answer about twice as soon.
   */
  declare private _resultsComplete: boolean;
  declare private _located: Located | undefined;
  /** A real gemeente (CBS list) that the check does not cover: national estimates and help routes only. */
  declare private _uncovered: CbsGemeente | undefined;
  declare private _place: string;
  declare private _placeChoices: PlaceChoices | undefined;
  declare private _announcement: string;

  private readonly i18n = createI18n();
  private rules: Rules | undefined;
  /** The first date the rules can answer for; a `datum` before it gets a message, never a wrong answer. */
  private firstDate = '';
  /** Why the date cannot be answered: before the rules, not a real date, or more than a year after them. */
  private dateProblem: { kind: 'before' | 'invalid' | 'after'; date: string } | undefined;
  /**
   * Counts every start of a rules load. A load that finishes after a newer one has started is dropped, so
   * `ruleFiles` set while the bundled rules are still loading always win (see loadOrganisation).
   */
  private rulesGeneration = 0;
  /** Loading the resident's organisation's rules (a chunk of its own); awaited before the questions. */
  private organisationLoaded: Promise<void> = Promise.resolve();
  /** The engine and result cards (a chunk of their own), loaded from the summary screen on. */
  private results: ResultsModule | undefined;
  private resultsLoading: Promise<ResultsModule> | undefined;
  private qr: typeof import('./ui/qr-code.js') | undefined;
  private takeHome: typeof import('./ui/take-home.js') | undefined;
  /** Answers from a take-home QR code (`#rc=…`), read once on load and kept only in memory. */
  private sharedFragment: string | undefined;
  private focusTarget: string | undefined;
  /** The screens this resident has seen, for the browser's back and forward buttons. */
  private screens: { screen: Screen; step: StepId }[] = [];
  private historyToken = Math.random().toString(36).slice(2);
  private restoring = false;
  /** Set when a question is opened from the summary: "Volgende" then goes back there. */
  private returnToSummary = false;
  private stopVoices: (() => void) | undefined;
  /** The page's language while the resident has chosen another one; a kiosk reset returns to it. */
  private pageLang: string | undefined;
  private readonly idle = new IdleReset(this, () => this.mode === 'kiosk', () => this.restart());

  constructor() {
    super();
    this.lang = 'nl';
    this.mode = 'inwoner';
    this._answers = emptyAnswers();
    this._errors = {};
    this._step = 'partner';
    this._place = '';
    this._placeChoices = undefined;
    this._announcement = '';
    this._screen = 'intro';
    this._resultsComplete = true;
  }

  private readonly t: Translate = memoT(this.i18n);
  private readonly money = (value: string) => formatMoney(this.language, value);

  private get language(): Language {
    return isLanguage(this.lang) ? this.lang : 'nl';
  }

  private get kiosk(): boolean {
    return this.mode === 'kiosk';
  }

  private get volunteer(): boolean {
    return this.mode === 'vrijwilliger';
  }

  private get date(): string {
    return this.datum || today();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopVoices = onVoicesChanged(() => this.requestUpdate());
    window.addEventListener('popstate', this.onPopState);
    this.readSharedFragment();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopVoices?.();
    window.removeEventListener('popstate', this.onPopState);
  }

  /**
   * A take-home QR code opened on the resident's phone: the answers are in the fragment. Take them and remove
   * them from the address bar at once (replaceState: no new history entry), so they are not kept in history.
   */
  private readSharedFragment(): void {
    if (!location.hash.startsWith('#rc=')) return;
    this.sharedFragment = location.hash;
    history.replaceState(history.state, '', location.href.replace(/#.*$/, ''));
  }

  protected override firstUpdated(): void {
    const fragment = this.sharedFragment;
    this.sharedFragment = undefined;
    if (fragment) void this.openShared(fragment);
  }

  /**
   * Shows the results of a take-home code, or a clear message: a damaged, unknown or incomplete code, or one
   * for another gemeente than this page's, never gives results for other answers.
   */
  private async openShared(fragment: string): Promise<void> {
    // The decoder is a chunk of its own: only a page opened from a take-home code needs it.
    const read = (await import('./flow/share.js')).decodeShare(fragment);
    await this.organisationLoaded;
    if (this._screen === 'rules-error' || this._screen === 'date-error' || this._screen === 'unknown-gemeente') return;
    if (!read.ok || !this.rules) return this.go('share-error');
    const { gemeente, answers, language } = read.shared;
    // The results in the language the check was done in; the page's language stays the one a kiosk resets to.
    if (language && language !== this.language) this.chooseLanguage(language);
    if (this.gemeente) {
      const here = this._located?.gemeente.code ?? this._uncovered?.code;
      if (here !== gemeente) return this.go('share-error');
    } else {
      const entry = findEntry(this.rules.gemeenten, gemeente);
      if (entry) {
        this.organisationLoaded = this.loadOrganisation(entry);
        await this.organisationLoaded;
      } else {
        const cbs = await this.findUncovered(gemeente);
        if (cbs.length === 1) this._uncovered = cbs[0];
      }
      if (!this._located && !this._uncovered) return this.go('share-error');
    }
    this._answers = answers;
    const incomplete = this.steps.some((id) => Object.keys(validateStep(id, answers)).length > 0);
    if (incomplete) {
      this._answers = emptyAnswers();
      return this.go('share-error');
    }
    await this.showResults();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('gemeente') || changed.has('ruleFiles') || changed.has('datum')) this.locate();
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (changed.has('mode')) this.idle.restart();
    if ((changed as Map<PropertyKey, unknown>).has('_resultsComplete') && this._outcome && !this._resultsComplete) {
      requestAnimationFrame(() => setTimeout(() => (this._resultsComplete = true)));
    }
    if (changed.has('lang')) {
      await useLanguage(this.i18n, this.language);
      if (this.results) await this.results.loadResultTexts(this.i18n, this.language);
      this.requestUpdate();
    }
    if (this.focusTarget) {
      // Focus after the new screen is painted: focusing at once forces a synchronous layout of the whole
      // screen (≈ 70 ms of a results screen on a slow phone) before the resident sees anything.
      const target = this.focusTarget;
      this.focusTarget = undefined;
      requestAnimationFrame(() => setTimeout(() => this.renderRoot.querySelector<HTMLElement>(target)?.focus()));
    }
  }

  /**
   * The one path by which rules enter: the page's `ruleFiles` (validated in full, shape first) or the
   * bundled rules. Then the date and the gemeente; a broken rules file, an unanswerable date or an unknown
   * gemeente is a screen of its own.
   */
  private locate(): void {
    const generation = ++this.rulesGeneration;
    if (this.ruleFiles === undefined) return this.applyRules(bundledCore(), generation);
    // Given rules are checked in full before anything reads them; the checker (and zod) load only for them.
    // Until then nothing can be answered: start() waits for this promise, and a newer locate() wins.
    this.rules = undefined;
    this._located = undefined;
    this._outcome = undefined;
    const checking: Promise<void> = givenRules(this.ruleFiles).then(
      (validated) => {
        if (generation !== this.rulesGeneration) return;
        this.applyRules(validated, generation);
        if (this.organisationLoaded !== checking) return this.organisationLoaded;
      },
      () => {
        if (generation === this.rulesGeneration) this.rulesBroken();
      },
    );
    this.organisationLoaded = checking;
  }

  private applyRules(validated: Validated, generation: number): void {
    this._located = undefined;
    this._uncovered = undefined;
    this._outcome = undefined;
    if (!validated.ok) return this.rulesBroken();
    this.rules = validated.rules;
    this.firstDate = validated.firstDate;
    const until = lastAnswerableDate(validated.rules);
    const date = this.date;
    this.dateProblem = !isCalendarDate(date)
      ? { kind: 'invalid', date }
      : date < validated.firstDate
        ? { kind: 'before', date: validated.firstDate }
        : until && date > until
          ? { kind: 'after', date: until }
          : undefined;
    if (this.dateProblem) {
      this._screen = 'date-error';
      return;
    }
    if (['rules-error', 'date-error', 'unknown-gemeente'].includes(this._screen)) this._screen = 'intro';
    if (!this.gemeente) return;
    const entry = findEntry(this.rules.gemeenten, this.gemeente);
    if (entry) this.organisationLoaded = this.loadOrganisation(entry, generation);
    else this.organisationLoaded = this.findUncovered(this.gemeente).then((found) => {
      if (generation !== this.rulesGeneration) return;
      if (found.length === 1) this._uncovered = found[0];
      else this._screen = 'unknown-gemeente';
    });
  }

  /** A place that is not one of ours: is it a real gemeente? Loads the CBS list (a chunk of its own). */
  private async findUncovered(place: string): Promise<CbsGemeente[]> {
    const list = await loadCbsGemeenten();
    return list ? findCbs(list, place) : [];
  }

  private rulesBroken(): void {
    this.rules = undefined;
    this._located = undefined;
    this._outcome = undefined;
    this._screen = 'rules-error';
  }

  /** The organisation's rules for a gemeente; a load overtaken by a newer one (ruleFiles, gemeente, datum) is dropped. */
  private async loadOrganisation(entry: GemeenteEntry, generation = ++this.rulesGeneration): Promise<void> {
    if (this.ruleFiles === undefined) {
      // After the first screen is painted: the intro does not need the organisation's rules, and a chunk
      // that arrives before the first frame would be evaluated, and drawn again, ahead of it.
      // (A hidden tab or an offscreen frame draws no frames: then 200 ms.)
      if (!this.hasUpdated) await new Promise((resolve) => (requestAnimationFrame(() => setTimeout(resolve)), setTimeout(resolve, 200)));
      const validated = await bundledWithOrganisation(entry.organisation).catch(() => undefined);
      if (generation !== this.rulesGeneration) return;
      if (!validated?.ok) return this.rulesBroken();
      this.rules = validated.rules;
    }
    this._located = locate(this.rules!, entry);
    if (!this._located) this.rulesBroken();
  }

  private get steps(): StepId[] {
    const located = this._located;
    // Uncovered: no IIT to ask the low-income period for (we do not know the gemeente's), so offersIit is false.
    const iits = (located?.gemeente.regelingen ?? []).map((key) => own(located!.organisation.regelingen, key)).filter((r): r is Iit => r?.type === 'iit');
    const offersIit = iits.length > 0;
    const national = (id: string, fallback: number) => {
      const parameter = this.rules && own(this.rules.national, id);
      return parameter ? Number(valueOn(parameter, this.date)) : fallback;
    };
    return relevantSteps(this._answers, {
      offersIit,
      aowAgeMonths: national('aow-leeftijd', Number.POSITIVE_INFINITY),
      adultNormAge: national('jongerennorm.leeftijdsgrens', 0),
      iitAge: national('iit.minimumleeftijd', 0),
      ...(offersIit && this.rules && { iitCeiling: iitCeiling(iits, this.rules.national, this.date) }),
    });
  }

  private loadResults(): Promise<ResultsModule> {
    this.resultsLoading ??= import('./ui/results-view.js').then((m) => (this.results = m));
    return this.resultsLoading.then(async (m) => {
      await m.loadResultTexts(this.i18n, this.language);
      return m;
    });
  }

  private go(screen: Screen, step?: StepId, focus = 'h2'): void {
    if (screen === 'summary') void this.precomputeResults();
    if (screen === 'volunteer' || screen === 'uncovered') void this.loadResults();
    if (!this.restoring) this.remember(screen, step ?? this._step);
    this._screen = screen;
    if (step) this._step = step;
    this._errors = {};
    this.focusTarget = focus;
    const steps = this.steps;
    this._announcement =
      screen === 'question' ? this.t('app.progress', { current: steps.indexOf(this._step) + 1, total: steps.length }) : '';
  }

  /**
   * The browser's back button goes back one screen instead of leaving the page and losing every answer.
   * Each screen is a history entry with the same URL; its state holds only this element's token and the
   * entry's number, never an answer.
   */
  private remember(screen: Screen, step: StepId): void {
    this.screens.push({ screen, step });
    history.pushState({ regelingenCheck: this.historyToken, depth: this.screens.length - 1 }, '');
  }

  private readonly onPopState = (event: PopStateEvent): void => {
    if (this.screens.length === 0) return;
    const state = event.state as { regelingenCheck?: string; depth?: number } | null;
    // An entry of another element on the page, or of an earlier resident on a kiosk: not ours to restore.
    if (state?.regelingenCheck !== undefined && state.regelingenCheck !== this.historyToken) return;
    const target = state?.depth !== undefined ? this.screens[state.depth] : { screen: 'intro' as const, step: this._step };
    if (!target) return;
    const screen = (target.screen === 'results' || target.screen === 'volunteer') && !this._outcome ? 'summary' : target.screen;
    this.restoring = true;
    this.go(screen === 'summary' && this.volunteer ? 'volunteer' : screen, target.step);
    this.restoring = false;
  };

  /** The questions: one per screen, or all at once for a volunteer. */
  private toQuestions(): void {
    if (this.volunteer) this.go('volunteer');
    else this.go('question', this.steps[0]);
  }

  private async start(): Promise<void> {
    await this.organisationLoaded;
    if (this._screen === 'rules-error' || this._screen === 'unknown-gemeente') return;
    if (this._located) this.toQuestions();
    else if (this._uncovered) await this.showUncovered();
    else this.go('location');
  }

  private showErrors(errors: StepErrors): void {
    this._errors = errors;
    this._announcement = this.t('app.errorSummary');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  private next(): void {
    const errors = validateStep(this._step, this._answers);
    if (Object.keys(errors).length > 0) return this.showErrors(errors);
    const steps = this.steps;
    const rest = steps.slice(steps.indexOf(this._step) + 1);
    // After a change from the summary, only the questions the change made necessary are asked again.
    const following = this.returnToSummary
      ? rest.find((id) => Object.keys(validateStep(id, this._answers)).length > 0)
      : rest[0];
    if (following) this.go('question', following);
    else {
      this.returnToSummary = false;
      this.go('summary');
    }
  }

  private edit(id: StepId): void {
    this.returnToSummary = true;
    this.go('question', id);
  }

  private back(): void {
    if (this._screen === 'summary') return this.go('question', this.steps.at(-1));
    const steps = this.steps;
    const previous = steps[steps.indexOf(this._step) - 1];
    if (previous) this.go('question', previous);
    else this.go(this.gemeente ? 'intro' : 'location');
  }

  private findPlace(): void {
    const query = this._place.trim();
    this._placeChoices = undefined;
    if (!query) return this.showErrors({ place: 'choose-one' });
    const found = /^\d{4}/.test(query) ? findByPostcode(this.rules!, query) : findByWoonplaats(this.rules!.gemeenten, query);
    if (!Array.isArray(found)) {
      // A postcode shared with another gemeente: offer ours that have it, or ask the woonplaats.
      if (found.shared.length === 0) return this.showErrors({ place: 'postcode-shared' });
      this._placeChoices = { kind: 'shared', entries: found.shared };
    } else if (found.length === 1) void this.choosePlace(found[0]!);
    else if (found.length > 1) this._placeChoices = { kind: 'gemeenten', entries: found };
    // A postcode is not a gemeente code (PC4 1680 is no GM1680): only a name goes to the CBS list.
    else if (/^\d/.test(query)) this.go('elsewhere');
    else void this.findUncovered(query).then(async (cbs) => {
      if (cbs.length === 0) {
        // A typo ("Utrect"): the closest woonplaatsen and gemeenten, ours and (when loaded) the CBS list.
        const { suggestPlaces } = await import('./engine/suggest-place.js');
        const names = suggestPlaces(query, this.placeNames(await loadCbsGemeenten()));
        if (names.length > 0) {
          this._placeChoices = { kind: 'suggest', names };
          return;
        }
      }
      if (cbs.length !== 1) return this.go('elsewhere');
      this._uncovered = cbs[0];
      await this.showUncovered();
    });
  }

  /** Every name the location question knows: our gemeenten and their woonplaatsen, and the CBS gemeenten. */
  private placeNames(cbs: CbsGemeente[] | undefined): Set<string> {
    const names = new Set<string>();
    for (const g of this.rules!.gemeenten) [g.name, ...g.woonplaatsen].forEach((n) => names.add(n));
    for (const g of cbs ?? []) {
      names.add(g.name.replace(/\s*\([^)]*\)\s*$/, ''));
      if (g.alsoKnownAs) names.add(g.alsoKnownAs);
    }
    return names;
  }

  /** "Een andere gemeente" for a shared postcode: the woonplaats decides. */
  private otherPlace(): void {
    this._placeChoices = undefined;
    this._place = '';
    this.showErrors({ place: 'postcode-shared' });
  }

  /** Says in plain words that we do not know this gemeente's regelingen, before the questions. */
  private async showUncovered(): Promise<void> {
    await this.loadResults();
    this.go('uncovered');
  }

  private async choosePlace(entry: GemeenteEntry): Promise<void> {
    this._placeChoices = undefined;
    this._uncovered = undefined;
    this.organisationLoaded = this.loadOrganisation(entry);
    await this.organisationLoaded;
    if (this._located) this.toQuestions();
  }

  /** Volunteer mode: every question on one page, checked together. */
  private async checkAll(): Promise<void> {
    const errors = Object.assign({}, ...this.steps.map((id) => validateStep(id, this._answers))) as StepErrors;
    if (Object.keys(errors).length > 0) return this.showErrors(errors);
    await this.showResults();
  }

  /** The household and the rules the results are computed from. */
  private async resultInputs(): Promise<[HouseholdInput, Rules]> {
    const code = this._located?.gemeente.code ?? this._uncovered!.code;
    // The engine tells an uncovered gemeente from a typo with the CBS list; it is loaded by now.
    const cbs = this._uncovered ? await loadCbsGemeenten() : undefined;
    return [toHousehold(this._answers, code, this.date), cbs ? { ...this.rules!, cbsGemeenten: cbs } : this.rules!];
  }

  /**
   * While the resident reads the summary, the results are computed once in idle time, so "Toon resultaten"
   * only has to draw them (results-view.ts keeps the last outcome for the same household and rules).
   */
  private async precomputeResults(): Promise<void> {
    const { evaluate } = await this.loadResults();
    await whenIdle();
    if (this._screen !== 'summary') return;
    let outcome: Outcome;
    try {
      outcome = evaluate(...(await this.resultInputs()));
    } catch {
      return; // Shown, with its message, when the resident asks for the results.
    }
    await whenIdle();
    if (this._screen !== 'summary') return;
    // Drawing these same results once into a detached element (no style, no layout) builds every number,
    // date and list formatter they use, fills the text memo (memo-t.ts) and prepares Lit's templates: the
    // drawing after the click then only clones the DOM.
    try {
      render(this.renderResults(outcome, false), document.createElement('div'));
    } catch {
      // Only a head start: the real drawing after the click shows any problem.
    }
  }

  private async showResults(): Promise<void> {
    const { evaluate } = await this.loadResults();
    if (this.kiosk) this.qr ??= await import('./ui/qr-code.js');
    if (this.kiosk || this.volunteer) this.takeHome ??= await import('./ui/take-home.js');
    try {
      this._outcome = evaluate(...(await this.resultInputs()));
      this._resultsComplete = false;
    } catch {
      this._errors = { result: 'engine' };
      return;
    }
    if (this.volunteer) this.go('volunteer', undefined, '#results-title');
    else this.go('results');
    this.dispatchEvent(
      new CustomEvent('regelingen-check-result', {
        bubbles: true,
        composed: true,
        detail: { gemeente: this._outcome.municipality, schemes: this._outcome.schemes.map(({ id, status }) => ({ id, status })) },
      }),
    );
  }

  private chooseLanguage(code: string): void {
    this.pageLang ??= this.lang;
    this.lang = code;
  }

  /** Clears every answer and result: after "Opnieuw beginnen", and on a kiosk after inactivity. */
  private restart(): void {
    stopSpeaking();
    // On a kiosk the next person must not meet the last person's language: back to the page's `lang`.
    if (this.kiosk && this.pageLang !== undefined) {
      this.lang = this.pageLang;
      this.pageLang = undefined;
    }
    this.returnToSummary = false;
    this._answers = emptyAnswers();
    this._outcome = undefined;
    this._placeChoices = undefined;
    this._place = '';
    if (!this.gemeente) {
      this._located = undefined;
      this._uncovered = undefined;
    }
    // The previous resident's screens are no longer reachable with the back button.
    this.screens = [];
    this.historyToken = Math.random().toString(36).slice(2);
    this.go('intro');
  }

  private openedPortal(scheme: SchemeOutcome): void {
    this.dispatchEvent(
      new CustomEvent('regelingen-check-portal', {
        bubbles: true,
        composed: true,
        detail: { gemeente: this._outcome?.municipality, scheme: scheme.id },
      }),
    );
  }

  private readAloud(): void {
    const screen = this.renderRoot.querySelector<HTMLElement>('.screen');
    if (screen) speak(readableText(screen), LANGUAGES[this.language].intl);
  }

  private stepView(id?: StepId): StepView {
    return {
      t: this.t,
      answers: this._answers,
      errors: this._errors,
      update: (patch) => {
        this._answers = { ...this._answers, ...patch };
        if (this.volunteer) this._outcome = undefined; // results must never show for other answers
      },
      ids: id ? { title: `${id}-title`, help: `${id}-help` } : { title: 'q-title', help: 'help' },
    };
  }

  override render() {
    const t = this.t;
    const intl = LANGUAGES[this.language].intl;
    return html`<section class="rc" lang=${this.language} dir=${LANGUAGES[this.language].dir} aria-label=${t('app.region')}>
      <div class="bar no-print">
        <p>${this._located || this._uncovered ? t('app.gemeente', { name: this._located?.gemeente.name ?? this._uncovered!.name }) : nothing}</p>
        ${voiceFor(intl) ? html`<button type="button" class="speak" @click=${this.readAloud}>${t('app.readAloud')}</button>` : nothing}
        <label>
          <span>${t('app.language')}</span>
          <select @change=${(e: Event) => this.chooseLanguage((e.target as HTMLSelectElement).value)}>
            ${Object.entries(LANGUAGES).map(([code, l]) => html`<option value=${code} lang=${code} ?selected=${code === this.language}>${l.name}</option>`)}
          </select>
        </label>
      </div>
      <p class="sr-only" role="status" aria-live="polite">${this._announcement}</p>
      ${this.idle.secondsLeft > 0 ? this.renderIdleWarning() : nothing}
      <div class="screen">${this.renderScreen()}</div>
    </section>`;
  }

  private renderIdleWarning() {
    const t = this.t;
    return html`<div class="idle" role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-text">
      <h2 id="idle-title">${t('kiosk.warningTitle')}</h2>
      <p id="idle-text">${t('kiosk.warning', { seconds: this.idle.secondsLeft })}</p>
      <button class="primary" @click=${() => this.idle.restart()}>${t('kiosk.stay')}</button>
    </div>`;
  }

  private renderScreen() {
    const t = this.t;
    switch (this._screen) {
      case 'rules-error':
        return html`<div role="alert"><h2 tabindex="-1">${t('errors.rulesHeading')}</h2><p>${t('errors.rules')}</p></div>`;
      case 'date-error':
        return html`<div role="alert">
          <h2 tabindex="-1">${t('errors.dateHeading')}</h2>
          <p>${this.renderDateProblem()}</p>
        </div>`;
      case 'unknown-gemeente':
        return html`<div role="alert">
          <h2 tabindex="-1">${t('errors.unknownGemeenteHeading')}</h2>
          <p>${t('errors.unknownGemeente', { name: this.gemeente })}</p>
          ${elsewhereLinks(t, this.kiosk)}
        </div>`;
      case 'intro':
        return html`<h2 tabindex="-1">${t('app.title')}</h2>
          <p>${t('app.intro')}</p>
          <h3>${t('app.needHeading')}</h3>
          <p>${t('app.need')}</p>
          <p class="notice">${t('app.privacy')}</p>
          <div class="actions"><button class="primary" @click=${this.start}>${t('app.start')}</button></div>`;
      case 'location':
        return locationScreen({
          t,
          place: this._place,
          error: this._errors.place,
          choices: this._placeChoices,
          onInput: (place) => (this._place = place),
          onFind: () => this.findPlace(),
          onChoose: (entry) => void this.choosePlace(entry),
          onSuggest: (name) => {
            this._place = name;
            this.findPlace();
          },
          onOther: () => this.otherPlace(),
          onBack: () => this.go('intro'),
        });
      case 'uncovered':
        return html`<h2 tabindex="-1">${t('results.uncoveredHeading', { name: this._uncovered?.name ?? '' })}</h2>
          <p>${t('results.uncoveredExplain')}</p>
          <div class="actions">
            <button @click=${() => this.go(this.gemeente ? 'intro' : 'location')}>${t('app.back')}</button>
            <button class="primary" @click=${() => this.toQuestions()}>${t('app.next')}</button>
          </div>`;
      case 'elsewhere':
        return html`<h2 tabindex="-1">${t('location.elsewhereHeading')}</h2>
          <p>${t('location.elsewhere', { place: this._place, count: this.rules!.gemeenten.length })}</p>
          ${elsewhereLinks(t, this.kiosk)}
          <div class="actions"><button @click=${() => this.go('location')}>${t('app.back')}</button></div>`;
      case 'question':
        return this.renderQuestion();
      case 'summary':
        return html`<h2 tabindex="-1">${t('summary.title')}</h2>
          ${answersList(this.steps, this._answers, t, this.money, (id) => this.edit(id))}
          ${this._errors.result ? html`<p class="error" role="alert">${t('errors.engine')}</p>` : nothing}
          <div class="actions">
            <button @click=${this.back}>${t('app.back')}</button>
            <button class="primary" @click=${this.showResults}>${t('summary.show')}</button>
          </div>`;
      case 'volunteer':
        return this.renderVolunteer();
      case 'results':
        return this.renderResults();
      case 'share-error':
        return html`<div role="alert">
            <h2 tabindex="-1">${t('share.errorHeading')}</h2>
            <p>${t('share.error')}</p>
          </div>
          <div class="actions"><button class="primary" @click=${() => this.restart()}>${t('share.start')}</button></div>`;
    }
  }

  private renderDateProblem() {
    const problem = this.dateProblem;
    if (problem?.kind === 'invalid') return this.t('dates.invalid');
    const date = formatDate(this.language, problem?.date ?? this.firstDate);
    return problem?.kind === 'after' ? this.t('dates.tooLate', { date }) : this.t('errors.date', { date });
  }

  private renderQuestion() {
    const view = this.stepView();
    const steps = this.steps;
    return html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), this.next())}>
      <p class="progress">${this.t('app.progress', { current: steps.indexOf(this._step) + 1, total: steps.length })}</p>
      <h2 id="q-title" tabindex="-1">${stepTitle(this._step, view)}</h2>
      ${stepBody(this._step, view)}
      <div class="actions">
        <button type="button" @click=${this.back}>${this.t('app.back')}</button>
        <button type="submit" class="primary">${this.t('app.next')}</button>
      </div>
    </form>`;
  }

  private renderVolunteer() {
    const t = this.t;
    return html`<h2 tabindex="-1" class="no-print">${t('volunteer.title')}</h2>
      <p class="no-print">${t('volunteer.intro')}</p>
      <form novalidate class="no-print" @submit=${(e: Event) => (e.preventDefault(), void this.checkAll())}>
        ${this.steps.map((id) => {
          const view = this.stepView(id);
          return html`<section class="step" aria-labelledby=${view.ids.title}>
            <h3 id=${view.ids.title} tabindex="-1">${stepTitle(id, view)}</h3>
            ${stepBody(id, view)}
          </section>`;
        })}
        ${this._errors.result ? html`<p class="error" role="alert">${t('errors.engine')}</p>` : nothing}
        <div class="actions"><button type="submit" class="primary">${t('summary.show')}</button></div>
      </form>
      ${this._outcome ? this.renderResults() : nothing}`;
  }

  private renderResults(outcome = this._outcome!, partial = !this._resultsComplete) {
    // The results screen is part of the results chunk, loaded from the summary on (before any outcome exists).
    return this.results!.resultsScreen({
      partial,
      t: this.t,
      language: this.language,
      outcome,
      results: this.results!,
      kiosk: this.kiosk,
      volunteer: this.volunteer,
      qr: this.qr?.qrCode,
      rules: this.rules!,
      i18n: this.i18n,
      answers: this._answers,
      steps: this.steps,
      onPortal: (s) => this.openedPortal(s),
      onRestart: () => this.restart(),
      ...((this.kiosk || this.volunteer) &&
        this.takeHome && {
          takeHome: this.takeHome.takeHome(this.t, this.takeHome.shareBase(this.deelUrl, location.href), outcome.municipality, this._answers, this.language),
        }),
    });
  }

}

if (!customElements.get('regelingen-check')) customElements.define('regelingen-check', RegelingenCheck);

declare global {
  interface HTMLElementTagNameMap {
    'regelingen-check': RegelingenCheck;
  }
}
