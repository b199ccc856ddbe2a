import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { FlowController, type Screen } from './controllers/flow-controller.js';
import { LanguageChoice } from './controllers/language-choice.js';
import { PlaceFinder } from './controllers/place-finder.js';
import { ResultsController } from './controllers/results-controller.js';
import { RulesController } from './controllers/rules-controller.js';
import { TakeHomeController } from './controllers/take-home-controller.js';
import { VoiceController } from './controllers/voice-controller.js';
import type { Outcome, SchemeOutcome } from './engine/types.js';
import { alreadyFor, stepsFor } from './flow/steps-for.js';
import { LANGUAGES, type Language, isLanguage } from './i18n/languages.js';
import { memoT } from './i18n/memo-t.js';
import { createI18n, formatDate, formatMoney, useLanguage } from './i18n/setup.js';
import { today } from './rules/calendar.js';
import type { RuleFiles } from './rules/schema.js';
import { answerCheckScreen } from './ui/answer-check-screen.js';
import { dateProblemScreen } from './ui/date-problem-screen.js';
import { elsewhereScreen } from './ui/elsewhere-screen.js';
import { IdleReset } from './ui/idle-reset.js';
import { idleWarning } from './ui/idle-warning.js';
import { introScreen } from './ui/intro-screen.js';
import { modeOf } from './ui/mode.js';
import { locationScreen } from './ui/location-screen.js';
import { questionScreen } from './ui/question-screen.js';
import { rulesErrorScreen, unknownGemeenteScreen } from './ui/rules-problem-screen.js';
import { shareErrorScreen } from './ui/share-error-screen.js';
import { styles } from './ui/styles.js';
import { topBar } from './ui/top-bar.js';
import { uncoveredScreen } from './ui/uncovered-screen.js';
import type { Translate } from './ui/view.js';
import { volunteerScreen } from './ui/volunteer-screen.js';

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

  private readonly i18n = createI18n();
  private readonly t: Translate = memoT(this.i18n);
  private readonly rules = new RulesController(this, () => this.flow.startOver());
  private readonly flow: FlowController = new FlowController(this, {
    t: this.t,
    steps: (answers) => stepsFor(answers, this.rules.rules, this.rules.located ?? (this.rules.uncovered && 'uncovered'), this.date),
    already: (answers) => alreadyFor(answers, this.rules.rules, this.rules.located, this.date),
    volunteer: () => this.volunteer,
    hasOutcome: () => this.results.shown !== undefined,
    answered: () => this.volunteer && this.results.clear(),
    entering: (screen) => this.entering(screen),
    placeScreen: () => (this.gemeente ? 'intro' : 'location'),
  });
  private readonly results = new ResultsController(this, this.i18n, () => this.language);
  private readonly place = new PlaceFinder(this, this.rules, {
    showErrors: (errors) => this.flow.showErrors(errors),
    located: () => this.flow.toQuestions(),
    uncovered: () => void this.showUncovered(),
    elsewhere: () => this.flow.go('elsewhere'),
  });
  private readonly idle = new IdleReset(this, () => this.kiosk, () => this.restart());
  private readonly voice = new VoiceController(this);
  private readonly languageChoice = new LanguageChoice(this);
  private readonly takeHome: TakeHomeController;

  constructor() {
    super();
    this.lang = 'nl';
    this.mode = 'inwoner';
    // A take-home code in the address: its answers and results, once the first screen is drawn.
    const wiring = { rules: this.rules, flow: this.flow, pageGemeente: () => this.gemeente, language: () => this.language, showResults: () => this.showResults() };
    this.takeHome = new TakeHomeController(this, { ...wiring, chooseLanguage: (code) => this.languageChoice.choose(code) });
  }

  private get language(): Language { return isLanguage(this.lang) ? this.lang : 'nl'; }
  private get kiosk(): boolean { return this.mode === 'kiosk'; }
  private get volunteer(): boolean { return this.mode === 'vrijwilliger'; }
  private get date(): string { return this.datum || today(); }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Any case of "kiosk" gets the kiosk's protections; the attribute then says the mode in use. A take-home
    // code is opened on the resident's own phone: always as a resident (take-home-controller.ts).
    if (changed.has('mode')) this.mode = this.takeHome.opened ? 'inwoner' : modeOf(this.mode);
    if (this.hasUpdated && !changed.has('gemeente') && !changed.has('ruleFiles') && !changed.has('datum')) return;
    // Results shown for the old rules, gemeente or date are computed again for the new ones, never kept.
    const resultsShown = this.results.shown !== undefined;
    this.results.clear();
    this.rules.load({ ruleFiles: this.ruleFiles, gemeente: this.gemeente, date: this.date });
    const showing = () => this.flow.screen === 'results' || this.flow.screen === 'volunteer';
    if (resultsShown) void this.rules.ready.then(() => void (this.rules.placeCode && !this.rules.problem && showing() && this.showResults(true)));
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    if (changed.has('mode')) this.idle.restart();
    if (changed.has('lang')) {
      await useLanguage(this.i18n, this.language);
      await this.results.changeLanguage();
      this.requestUpdate();
    }
  }

  private readonly inputs = () => this.rules.resultInputs(this.flow.answers);

  private get chunks() { return { qr: this.kiosk, takeHome: this.kiosk || this.volunteer }; }

  /** What a screen will need, started as it shows: the results chunk, or their head start on the summary. */
  private entering(screen: Screen): void {
    if (screen === 'summary') void this.results.headStart(this.inputs, () => this.flow.screen === 'summary', (o) => this.renderResults(o, false));
    if (screen === 'volunteer' || screen === 'uncovered') void this.results.load();
  }

  private async start(): Promise<void> {
    await this.rules.ready;
    if (this.rules.problem) return;
    if (this.rules.located) this.flow.toQuestions();
    else if (this.rules.uncovered) await this.showUncovered();
    else this.flow.go('location');
  }

  /** Says in plain words that we do not know this gemeente's regelingen, before the questions. */
  private async showUncovered(): Promise<void> {
    await this.results.load();
    this.flow.go('uncovered');
  }

  /** `again`: the same answers computed anew for new rules, gemeente or date, on the screen where they are. */
  private async showResults(again = false): Promise<void> {
    if (!(await this.results.show(this.inputs, this.chunks))) return this.flow.showErrors({ result: 'engine' });
    if (!again) this.flow.go(this.volunteer ? 'volunteer' : 'results', undefined, this.volunteer ? '#results-title' : 'h2');
    const { municipality, schemes } = this.results.shown!.outcome;
    const detail = { gemeente: municipality, schemes: schemes.map(({ id, status }) => ({ id, status })) };
    this.dispatchEvent(new CustomEvent('regelingen-check-result', { bubbles: true, composed: true, detail }));
  }

  /** Clears every answer and result: after "Opnieuw beginnen", and on a kiosk after inactivity. */
  private restart(): void {
    this.voice.stop();
    if (this.kiosk) this.languageChoice.backToPage();
    this.results.clear();
    this.place.clear();
    this.rules.forgetPlace();
    this.flow.restart();
  }

  private openedPortal(scheme: SchemeOutcome): void {
    this.dispatchEvent(new CustomEvent('regelingen-check-portal', { bubbles: true, composed: true, detail: { gemeente: this.results.shown?.outcome.municipality, scheme: scheme.id } }));
  }

  override render() {
    const t = this.t;
    const intl = LANGUAGES[this.language].intl;
    const bar = { place: this.rules.placeName, language: this.language, canSpeak: this.voice.canSpeak(intl) };
    return html`<section class="rc" lang=${this.language} dir=${LANGUAGES[this.language].dir} aria-label=${t('app.region')}>
      ${topBar(t, { ...bar, onSpeak: () => this.voice.readScreen(intl), onLanguage: (code) => this.languageChoice.choose(code) })}
      <p class="sr-only" role="status" aria-live="polite">${this.flow.announcement}</p>
      ${this.idle.secondsLeft > 0 ? idleWarning(t, this.idle.secondsLeft, () => this.idle.restart()) : nothing}
      <div class="screen">${this.renderScreen()}</div>
    </section>`;
  }

  private renderScreen() {
    const t = this.t;
    const flow = this.flow;
    const rules = this.rules;
    const problem = rules.problem;
    if (problem?.kind === 'rules') return rulesErrorScreen(t);
    if (problem?.kind === 'date') return dateProblemScreen(t, problem.date, (date) => formatDate(this.language, date));
    if (problem?.kind === 'unknown-gemeente') return unknownGemeenteScreen(t, this.gemeente, this.kiosk);
    const shown = this.results.shown;
    const engineError = flow.errors.result !== undefined;
    switch (flow.screen) {
      case 'intro':
        return introScreen(t, () => void this.start());
      case 'location':
        return locationScreen(this.place.view(t, flow.errors.place, this.kiosk, () => flow.go('intro')));
      case 'uncovered':
        return uncoveredScreen(t, { name: rules.uncovered?.name ?? '', onBack: () => flow.go(this.gemeente ? 'intro' : 'location'), onNext: () => flow.toQuestions() });
      case 'elsewhere':
        return elsewhereScreen(t, { place: this.place.text, covered: rules.rules?.gemeenten.length ?? 0, kiosk: this.kiosk, onBack: () => flow.go('location') });
      case 'question':
        return questionScreen(flow.step, flow.progress(), flow.stepView(), { next: () => flow.next(), back: () => flow.back() });
      case 'volunteer': {
        const onCheck = () => void (flow.checkAll() && this.showResults());
        return volunteerScreen({ t, steps: flow.steps, view: (id) => flow.stepView(id), engineError, onCheck, results: shown && this.renderResults(shown.outcome, !shown.complete) });
      }
      case 'results':
      case 'summary': {
        if (flow.screen === 'results' && shown) return this.renderResults(shown.outcome, !shown.complete);
        // Also while results are computed again for new rules: the answers meanwhile, never the old results.
        const money = (value: string) => formatMoney(this.language, value);
        return answerCheckScreen({ t, steps: flow.steps, answers: flow.answers, money, engineError, onEdit: (id) => flow.edit(id), onBack: () => flow.back(), onShow: () => void this.showResults() });
      }
      case 'share-error':
        return shareErrorScreen(t, () => this.restart());
    }
  }

  private renderResults(outcome: Outcome, partial: boolean) {
    const view = { t: this.t, language: this.language, kiosk: this.kiosk, volunteer: this.volunteer, deelUrl: this.deelUrl, i18n: this.i18n };
    const context = { ...view, rules: this.rules.rules!, answers: this.flow.answers, steps: this.flow.steps };
    return this.results.draw(outcome, partial, { ...context, onPortal: (s) => this.openedPortal(s), onRestart: () => this.restart() });
  }
}

if (!customElements.get('regelingen-check')) customElements.define('regelingen-check', RegelingenCheck);

declare global {
  interface HTMLElementTagNameMap {
    'regelingen-check': RegelingenCheck;
  }
}
