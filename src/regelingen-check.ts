import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { type Located, findByPostcode, findByWoonplaats, findEntry, locate } from './engine/gemeente.js';
import type { Outcome, SchemeOutcome } from './engine/types.js';
import { type Answers, emptyAnswers } from './flow/answers.js';
import { type StepErrors, type StepId, relevantSteps, validateStep } from './flow/questions.js';
import { toHousehold } from './flow/to-household.js';
import { LANGUAGES, type Language, isLanguage } from './i18n/languages.js';
import { createI18n, formatDate, formatMoney, useLanguage } from './i18n/setup.js';
import { bundledCore, bundledWithOrganisation, givenRules } from './rules/load.js';
import type { GemeenteEntry, RuleFiles, Rules } from './rules/schema.js';
import { valueOn } from './rules/parameter.js';
import { answersList } from './ui/answers-summary.js';
import { errorText, textField } from './ui/fields.js';
import { INPUT_LIMITS } from './engine/input-limits.js';
import type { WerkenLoontOutcome } from './engine/werken-loont/types.js';
import { moneyError } from './flow/questions.js';
import { parseAge, parseMoney } from './flow/parse-money.js';
import { stepBody, stepTitle } from './ui/question-step.js';
import { styles } from './ui/styles.js';
import type { StepView, Translate } from './ui/view.js';

type Screen = 'intro' | 'location' | 'question' | 'summary' | 'results' | 'rules-error' | 'unknown-gemeente' | 'elsewhere';

/** Where to send someone whose gemeente we do not cover: national information, not a guess. */
const NATIONAL_INFO = 'https://www.rijksoverheid.nl/onderwerpen/bijstand';
const FIND_GEMEENTE = 'https://www.overheid.nl/wie-is-mijn-gemeente';
const TOESLAGEN_PROEFBEREKENING = 'https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen/content/hulpmiddel-proefberekening-toeslagen';

/**
 * Asks a resident a few plain questions and shows which minimaregelingen of their gemeente fit, why,
 * and where to apply. Everything is computed in the browser; no answer leaves the device.
 *
 * @summary Regelingencheck: bijzondere bijstand, stadspas, individuele inkomenstoeslag.
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
    ruleFiles: { attribute: false },
    _screen: { state: true },
    _answers: { state: true },
    _errors: { state: true },
    _step: { state: true },
    _outcome: { state: true },
    _located: { state: true },
    _place: { state: true },
    _placeChoices: { state: true },
    _announcement: { state: true },
    _work: { state: true },
    _workErrors: { state: true },
    _werkenLoont: { state: true },
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
   * Rules files to use instead of the bundled ones (same JSON as rules/, keyed by file name), for a
   * gemeente that keeps its rules in its own repository. They are validated first: broken rules give an
   * error screen, never a result.
   */
  declare ruleFiles: RuleFiles | undefined;

  declare private _screen: Screen;
  declare private _answers: Answers;
  declare private _errors: StepErrors;
  declare private _step: StepId;
  declare private _outcome: Outcome | undefined;
  declare private _located: Located | undefined;
  declare private _place: string;
  declare private _placeChoices: GemeenteEntry[];
  declare private _announcement: string;
  declare private _work: { wage: string; rent: string; hours: string };
  declare private _workErrors: StepErrors;
  declare private _werkenLoont: WerkenLoontOutcome | 'loading' | 'unavailable' | 'rules-error' | undefined;
  private werkenLoontT: Translate | undefined;

  private readonly i18n = createI18n();
  private rules: Rules | undefined;
  /** The engine and result cards (a chunk of its own), loaded from the summary screen on. */
  private results: typeof import('./ui/results-view.js') | undefined;
  private resultsLoading: Promise<typeof import('./ui/results-view.js')> | undefined;
  /** Loading the resident's organisation's rules (a chunk of its own); awaited before the questions. */
  private organisationLoaded: Promise<void> = Promise.resolve();
  private focusHeading = false;
  /** Set when a question is opened from the summary: "Volgende" then goes back there. */
  private returnToSummary = false;

  constructor() {
    super();
    this.lang = 'nl';
    this.mode = 'inwoner';
    this._answers = emptyAnswers();
    this._errors = {};
    this._step = 'partner';
    this._place = '';
    this._placeChoices = [];
    this._announcement = '';
    this._screen = 'intro';
    this._work = { wage: '', rent: '', hours: '0' };
    this._workErrors = {};
  }

  private readonly t: Translate = (key, options) => this.i18n.t(key, options);

  private get language(): Language {
    return isLanguage(this.lang) ? this.lang : 'nl';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('gemeente') || changed.has('ruleFiles')) this.locate();
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (changed.has('lang')) {
      await useLanguage(this.i18n, this.language);
      if (this.werkenLoontT) this.werkenLoontT = await (await import('./ui/werken-loont-section.js')).loadWerkenLoontTexts(this.i18n, this.language);
      this.requestUpdate();
    }
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  /** Validates the rules and finds the gemeente; a broken rules file or unknown gemeente is a screen of its own. */
  private locate(): void {
    const validated = this.ruleFiles ? givenRules(this.ruleFiles) : bundledCore();
    this._located = undefined;
    this._outcome = undefined;
    if (!validated.ok) return this.rulesBroken();
    this.rules = validated.rules;
    if (this._screen === 'rules-error' || this._screen === 'unknown-gemeente') this._screen = 'intro';
    if (!this.gemeente) return;
    const entry = findEntry(this.rules.gemeenten, this.gemeente);
    if (!entry) this._screen = 'unknown-gemeente';
    else this.organisationLoaded = this.loadOrganisation(entry);
  }

  private rulesBroken(): void {
    this.rules = undefined;
    this._located = undefined;
    this._outcome = undefined;
    this._screen = 'rules-error';
  }

  private async loadOrganisation(entry: GemeenteEntry): Promise<void> {
    if (!this.ruleFiles) {
      const validated = await bundledWithOrganisation(entry.organisation);
      if (!validated.ok) return this.rulesBroken();
      this.rules = validated.rules;
    }
    this._located = locate(this.rules!, entry);
    if (!this._located) this.rulesBroken();
  }

  private get date(): string {
    return this.datum || new Date().toLocaleDateString('sv-SE');
  }

  private get steps(): StepId[] {
    const offersIit = !!this._located?.gemeente.regelingen.some((key) => this._located!.organisation.regelingen[key]?.type === 'iit');
    const aow = this.rules?.national['aow-leeftijd'];
    const aowAgeMonths = aow ? Number(valueOn(aow, this.date)) : Number.POSITIVE_INFINITY;
    return relevantSteps(this._answers, { offersIit, aowAgeMonths });
  }

  private loadResults() {
    this.resultsLoading ??= import('./ui/results-view.js').then((m) => (this.results = m));
    return this.resultsLoading;
  }

  private go(screen: Screen, step?: StepId): void {
    if (screen === 'summary') void this.loadResults();
    this._screen = screen;
    if (step) this._step = step;
    this._errors = {};
    this.focusHeading = true;
    const steps = this.steps;
    this._announcement =
      screen === 'question' ? this.t('app.progress', { current: steps.indexOf(this._step) + 1, total: steps.length }) : '';
  }

  private async start(): Promise<void> {
    await this.organisationLoaded;
    if (this._screen === 'rules-error') return;
    if (this._located) this.go('question', this.steps[0]);
    else this.go('location');
  }

  private next(): void {
    const errors = validateStep(this._step, this._answers);
    if (Object.keys(errors).length > 0) {
      this._errors = errors;
      this._announcement = this.t('app.errorSummary');
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
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
    if (!query) {
      this._errors = { place: 'choose-one' };
      return;
    }
    const gemeenten = this.rules!.gemeenten;
    const found = /^\d{4}/.test(query) ? findByPostcode(gemeenten, query) : findByWoonplaats(gemeenten, query);
    if (found.length === 1) void this.choosePlace(found[0]!);
    else if (found.length > 1) {
      this._placeChoices = found;
    } else this.go('elsewhere');
  }

  private async choosePlace(entry: GemeenteEntry): Promise<void> {
    this._placeChoices = [];
    this.organisationLoaded = this.loadOrganisation(entry);
    await this.organisationLoaded;
    if (this._located) this.go('question', this.steps[0]);
  }

  private async showResults(): Promise<void> {
    const { evaluate } = await this.loadResults();
    try {
      this._outcome = evaluate(toHousehold(this._answers, this._located!.gemeente.code, this.date), this.rules!);
    } catch {
      this._errors = { result: 'engine' };
      return;
    }
    this.go('results');
    this.dispatchEvent(
      new CustomEvent('regelingen-check-result', {
        bubbles: true,
        composed: true,
        detail: { gemeente: this._outcome.municipality, schemes: this._outcome.schemes.map(({ id, status }) => ({ id, status })) },
      }),
    );
  }

  private restart(): void {
    this.returnToSummary = false;
    this._werkenLoont = undefined;
    this._work = { wage: '', rent: '', hours: '0' };
    this._answers = emptyAnswers();
    this._outcome = undefined;
    this._placeChoices = [];
    this._place = '';
    if (!this.gemeente) this._located = undefined;
    this.go('intro');
  }

  /** The minimum wage on the evaluation date, as the resident would type it. */
  private defaultWage(): string {
    const parameter = this.rules?.national['minimumloon.uurloon'];
    if (!parameter) return '';
    return new Intl.NumberFormat(LANGUAGES[this.language].intl, { minimumFractionDigits: 2 }).format(Number(valueOn(parameter, this.date)));
  }

  private async computeWork(): Promise<void> {
    const { wage, rent, hours } = this._work;
    const errors: StepErrors = {};
    const wageError = moneyError(wage || this.defaultWage(), INPUT_LIMITS.maxHourlyWage);
    if (wageError) errors.wage = wageError;
    const rentError = rent.trim() ? moneyError(rent, '10000') : undefined;
    if (rentError) errors.rent = rentError;
    const h = parseAge(hours);
    if (h === undefined || h > 40) errors.hours = 'hours-range';
    this._workErrors = errors;
    if (Object.keys(errors).length) return;
    this._werkenLoont = 'loading';
    const section = await import('./ui/werken-loont-section.js');
    this.werkenLoontT = await section.loadWerkenLoontTexts(this.i18n, this.language);
    const household = {
      ...toHousehold(this._answers, this._located!.gemeente.code, this.date),
      ...(rent.trim() && { housing: { rentMonthly: parseMoney(rent)! } }),
      work: { grossHourlyWage: parseMoney(wage || this.defaultWage())!, hoursPerWeek: h!, monthsWorkingOnBijstand: 0 },
    };
    this._werkenLoont = section.computeWerkenLoont(household, this.rules!) ?? 'unavailable';
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

  private readonly money = (value: string) => formatMoney(this.language, value);

  override render() {
    const dir = LANGUAGES[this.language].dir;
    return html`<section class="rc" lang=${this.language} dir=${dir} aria-label=${this.t('app.region')}>
      <div class="bar">
        <p>${this._located ? this.t('app.gemeente', { name: this._located.gemeente.name }) : nothing}</p>
        <label>
          <span>${this.t('app.language')}</span>
          <select @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value)}>
            ${Object.entries(LANGUAGES).map(
              ([code, l]) => html`<option value=${code} lang=${code} ?selected=${code === this.language}>${l.name}</option>`,
            )}
          </select>
        </label>
      </div>
      <p class="sr-only" role="status" aria-live="polite">${this._announcement}</p>
      ${this.renderScreen()}
    </section>`;
  }

  private renderScreen() {
    const t = this.t;
    switch (this._screen) {
      case 'rules-error':
        return html`<div role="alert"><h2 tabindex="-1">${t('errors.rulesHeading')}</h2><p>${t('errors.rules')}</p></div>`;
      case 'unknown-gemeente':
        return html`<div role="alert">
          <h2 tabindex="-1">${t('errors.unknownGemeenteHeading')}</h2>
          <p>${t('errors.unknownGemeente', { name: this.gemeente })}</p>
          ${this.elsewhereLinks()}
        </div>`;
      case 'intro':
        return html`<h2 tabindex="-1">${t('app.title')}</h2>
          <p>${t('app.intro')}</p>
          <h3>${t('app.needHeading')}</h3>
          <p>${t('app.need')}</p>
          <p class="notice">${t('app.privacy')}</p>
          <div class="actions"><button class="primary" @click=${this.start}>${t('app.start')}</button></div>`;
      case 'location':
        return this.renderLocation();
      case 'elsewhere':
        return html`<h2 tabindex="-1">${t('location.elsewhereHeading')}</h2>
          <p>${t('location.elsewhere', { place: this._place, count: this.rules!.gemeenten.length })}</p>
          ${this.elsewhereLinks()}
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
      case 'results':
        return this.renderResults();
    }
  }

  private elsewhereLinks() {
    const t = this.t;
    return html`<ul>
      <li><a href=${FIND_GEMEENTE} target="_blank" rel="noopener">${t('location.elsewhereOwn')}</a></li>
      <li><a href=${NATIONAL_INFO} target="_blank" rel="noopener">${t('location.elsewhereNational')}</a></li>
    </ul>`;
  }

  private renderLocation() {
    const t = this.t;
    const view = this.stepView();
    return html`<h2 id="q-title" tabindex="-1">${t('location.title')}</h2>
      <p class="help" id="help">${t('location.help')}</p>
      <div class="field">
        <label for="f-place">${t('location.label')}</label>
        ${errorText(view, 'place')}
        <input id="f-place" type="text" autocomplete="address-level2" .value=${this._place} aria-describedby="help"
          aria-invalid=${this._errors.place ? 'true' : 'false'}
          @input=${(e: Event) => (this._place = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.findPlace()} />
      </div>
      ${this._placeChoices.length
        ? html`<fieldset><legend>${t('location.choose', { place: this._place })}</legend>
            ${this._placeChoices.map(
              (c) => html`<label class="choice"><input type="radio" name="place" @change=${() => this.choosePlace(c)} /> ${c.name}</label>`,
            )}
          </fieldset>`
        : nothing}
      <div class="actions">
        <button @click=${() => this.go('intro')}>${t('app.back')}</button>
        <button class="primary" @click=${this.findPlace}>${t('app.next')}</button>
      </div>`;
  }

  private stepView(): StepView {
    return {
      t: this.t,
      answers: this._answers,
      errors: this._errors,
      update: (patch) => {
        this._answers = { ...this._answers, ...patch };
      },
    };
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

  private renderWork() {
    const t = this.t;
    const view: StepView = {
      t,
      answers: this._answers,
      errors: this._workErrors,
      update: () => undefined,
    };
    const set = (patch: Partial<RegelingenCheck['_work']>) => (this._work = { ...this._work, ...patch });
    const result = this._werkenLoont;
    return html`<section class="card" aria-labelledby="work-title">
      <h3 id="work-title">${t('work.title')}</h3>
      <p>${t('work.intro')}</p>
      <form novalidate @submit=${(e: Event) => (e.preventDefault(), void this.computeWork())}>
        ${textField(view, 'wage', t('work.wage'), this._work.wage || this.defaultWage(), (wage) => set({ wage }), { inputmode: 'decimal', prefix: '€', hint: t('work.wageHint') })}
        ${textField(view, 'rent', t('work.rent'), this._work.rent, (rent) => set({ rent }), { inputmode: 'decimal', prefix: '€', hint: t('work.rentHint') })}
        ${textField(view, 'hours', t('work.hours'), this._work.hours, (hours) => set({ hours }), { inputmode: 'numeric', suffix: t('work.hoursUnit') })}
        <div class="actions"><button type="submit" class="primary">${t('work.show')}</button></div>
      </form>
      <div aria-live="polite">
        ${result === 'loading' ? html`<p>${t('work.loading')}</p>` : nothing}
        ${result === 'unavailable' ? html`<p>${t('work.unavailable')}</p>` : nothing}
        ${result === 'rules-error' ? html`<p role="alert">${t('errors.rules')}</p>` : nothing}
        ${typeof result === 'object'
          ? html`<rc-werken-loont .result=${result} .t=${this.werkenLoontT!} .locale=${LANGUAGES[this.language].intl}></rc-werken-loont>`
          : nothing}
      </div>
    </section>`;
  }

  private renderResults() {
    const t = this.t;
    const outcome = this._outcome!;
    const card = {
      t,
      money: this.money,
      date: (iso: string) => formatDate(this.language, iso),
      kiosk: this.mode === 'kiosk',
      onPortal: (s: SchemeOutcome) => this.openedPortal(s),
    };
    const order = { yes: 0, maybe: 1, no: 2 };
    const schemes = [...outcome.schemes].sort((a, b) => order[a.status] - order[b.status]);
    return html`<h2 tabindex="-1">${t('result.title')}</h2>
      <p class="notice"><strong>${t('result.estimate')}</strong></p>
      ${outcome.notices.map(
        (n) => html`<p class="notice">${n === 'aow-age-svb' ? t('result.noticeAow') : t('result.noticeOutdated', { date: formatDate(this.language, outcome.norm.validFrom) })}</p>`,
      )}
      ${schemes.map((s) => this.results!.resultCard(s, card))}
      ${outcome.notices.includes('aow-age-svb') ? nothing : this.renderWork()}
      <article class="card" aria-labelledby="card-toeslagen">
        <h3 id="card-toeslagen">${t('result.toeslagenTitle')}</h3>
        <p>${t('result.toeslagen')}</p>
        ${this.mode === 'kiosk'
          ? html`<p>${TOESLAGEN_PROEFBEREKENING}</p>`
          : html`<p><a href=${TOESLAGEN_PROEFBEREKENING} target="_blank" rel="noopener">${t('result.toeslagenLink')}</a></p>`}
      </article>
      <details>
        <summary>${t('result.answers')}</summary>
        ${answersList(this.steps, this._answers, t, this.money, (id) => this.edit(id))}
      </details>
      <div class="actions">
        <button @click=${this.restart}>${t('app.restart')}</button>
      </div>`;
  }
}

customElements.define('regelingen-check', RegelingenCheck);

declare global {
  interface HTMLElementTagNameMap {
    'regelingen-check': RegelingenCheck;
  }
}
