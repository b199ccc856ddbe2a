import { LitElement, html, nothing } from 'lit';
import type { i18n } from 'i18next';
import { INPUT_LIMITS } from '../engine/input-limits.js';
import type { HouseholdInput } from '../engine/types.js';
import type { WerkenLoontOutcome } from '../engine/werken-loont/types.js';
import { type StepErrors, moneyError } from '../flow/questions.js';
import { parseAge, parseMoney } from '../flow/parse-money.js';
import { LANGUAGES, type Language } from '../i18n/languages.js';
import { numberFormat } from '../i18n/format.js';
import { valueOn } from '../rules/parameter.js';
import type { Rules } from '../rules/schema.js';
import { textField } from './fields.js';
import { whenIdle } from './idle.js';
import { styles } from './styles.js';
import type { Translate } from './view.js';

/**
 * `<rc-work-form>`, inside the results: asks the hourly wage, rent and hours now, then loads the werken-loont
 * calculation and chart (a chunk of their own) and shows what working more hours does to the household's
 * money. Internal to <regelingen-check>, which passes its texts, rules and the resident's household.
 */
export class RcWorkForm extends LitElement {
  static override styles = styles;
  static override properties = {
    household: { attribute: false },
    rules: { attribute: false },
    i18n: { attribute: false },
    language: { attribute: false },
    _wage: { state: true },
    _rent: { state: true },
    _hours: { state: true },
    _partnerWage: { state: true },
    _errors: { state: true },
    _result: { state: true },
  };

  declare household: HouseholdInput;
  declare rules: Rules;
  declare i18n: i18n;
  declare language: Language;
  declare private _wage: string | undefined;
  declare private _rent: string;
  declare private _hours: string;
  /** The partner's gross monthly wage (work.partnerGrossMonthly); asked only when there is a partner. */
  declare private _partnerWage: string;
  declare private _errors: StepErrors;
  declare private _result: WerkenLoontOutcome | 'loading' | 'unavailable' | undefined;
  private chartT: Translate | undefined;

  constructor() {
    super();
    this._rent = '';
    this._hours = '0';
    this._partnerWage = '';
    this._errors = {};
  }

  private readonly t: Translate = (key, options) => this.i18n.t(key, options);

  /** The minimum wage on the evaluation date, written as the resident would type it. */
  private get defaultWage(): string {
    const parameter = this.rules.national['minimumloon.uurloon'];
    if (!parameter) return '';
    return numberFormat(LANGUAGES[this.language].intl, { minimumFractionDigits: 2 }).format(Number(valueOn(parameter, this.household.date)));
  }

  private visible: IntersectionObserver | undefined;

  /**
   * The calculation, its rules and texts are a chunk of their own; they start loading when the form comes
   * into view, so the chart follows the resident's click at once. Someone who never scrolls here loads nothing.
   */
  protected override firstUpdated(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.visible = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.visible?.disconnect();
      void import('./werken-loont-section.js').then(async (section) => {
        this.section = section;
        await section.loadWerkenLoontTexts(this.i18n, this.language);
        void this.precompute();
      });
    });
    this.visible.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.visible?.disconnect();
  }

  protected override async willUpdate(changed: Map<PropertyKey, unknown>): Promise<void> {
    // The rent the resident already gave in the questions is filled in; they can still change it here.
    if (changed.has('household') && !this._rent && this.household.housing) {
      this._rent = numberFormat(LANGUAGES[this.language].intl, { minimumFractionDigits: 2 }).format(Number(this.household.housing.rentMonthly));
    }
    if (changed.has('language') && this.chartT) {
      this.chartT = await (await import('./werken-loont-section.js')).loadWerkenLoontTexts(this.i18n, this.language);
      this.requestUpdate();
    }
  }

  /** The household with the form's answers added, or what is wrong in the fields. */
  private withWork(): { household: HouseholdInput } | { errors: StepErrors } {
    const wage = this._wage ?? this.defaultWage;
    const errors: StepErrors = {};
    const wageError = moneyError(wage, INPUT_LIMITS.maxHourlyWage);
    if (wageError) errors.wage = wageError;
    const rentError = this._rent.trim() ? moneyError(this._rent, '10000') : undefined;
    if (rentError) errors.rent = rentError;
    const hours = parseAge(this._hours);
    if (hours === undefined || hours > 40) errors.hours = 'hours-range';
    const partner = this.household.household.adults.length === 2;
    const partnerError = partner && this._partnerWage.trim() ? moneyError(this._partnerWage, INPUT_LIMITS.maxMonthly) : undefined;
    if (partnerError) errors.partnerWage = partnerError;
    if (Object.keys(errors).length) return { errors };
    return {
      household: {
        ...this.household,
        ...(this._rent.trim() && { housing: { rentMonthly: parseMoney(this._rent)! } }),
        work: {
          grossHourlyWage: parseMoney(wage)!,
          hoursPerWeek: hours!,
          monthsWorkingOnBijstand: 0,
          ...(partner && this._partnerWage.trim() && { partnerGrossMonthly: parseMoney(this._partnerWage)! }),
        },
      },
    };
  }

  private async compute(): Promise<void> {
    const input = this.withWork();
    this._errors = 'errors' in input ? input.errors : {};
    if ('errors' in input) return;
    this._result = 'loading';
    const section = await import('./werken-loont-section.js');
    this.chartT = await section.loadWerkenLoontTexts(this.i18n, this.language);
    this._result = section.computeWerkenLoont(input.household, this.rules) ?? 'unavailable';
  }

  private section: typeof import('./werken-loont-section.js') | undefined;
  private precomputing = 0;

  /**
   * Once the form is in view, the curve for what it holds is computed in idle time, again after each change:
   * the click then finds it (werken-loont-section.ts keeps the last) and only draws the chart.
   */
  private async precompute(): Promise<void> {
    const run = ++this.precomputing;
    await whenIdle();
    const input = this.withWork();
    if (run !== this.precomputing || !this.section || 'errors' in input) return;
    try {
      this.section.computeWerkenLoont(input.household, this.rules);
    } catch {
      // Only a head start: the click computes again and shows any problem.
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (this.section && ['_wage', '_rent', '_hours', '_partnerWage', 'household', 'rules'].some((p) => changed.has(p))) void this.precompute();
  }

  override render() {
    const t = this.t;
    const view = { t, answers: { childAges: [], housemates: [] }, errors: this._errors, update: () => undefined, ids: { title: 'work-title', help: 'work-help' } };
    const result = this._result;
    return html`<h3 id="work-title">${t('work.title')}</h3>
      <p>${t('work.intro')}</p>
      <form novalidate @submit=${(e: Event) => (e.preventDefault(), void this.compute())}>
        ${textField(view, 'wage', t('work.wage'), this._wage ?? this.defaultWage, (wage) => (this._wage = wage), { inputmode: 'decimal', prefix: '€', hint: t('work.wageHint') })}
        ${textField(view, 'rent', t('work.rent'), this._rent, (rent) => (this._rent = rent), { inputmode: 'decimal', prefix: '€', hint: t('work.rentHint') })}
        ${textField(view, 'hours', t('work.hours'), this._hours, (hours) => (this._hours = hours), { inputmode: 'numeric', suffix: t('work.hoursUnit') })}
        ${this.household.household.adults.length === 2
          ? textField(view, 'partnerWage', t('workPartner.wage'), this._partnerWage, (v) => (this._partnerWage = v), { inputmode: 'decimal', prefix: '€', hint: t('workPartner.wageHint') })
          : nothing}
        <div class="actions"><button type="submit" class="primary">${t('work.show')}</button></div>
      </form>
      <div aria-live="polite">
        ${result === 'loading' ? html`<p>${t('work.loading')}</p>` : nothing}
        ${result === 'unavailable' ? html`<p>${t('work.unavailable')}</p>` : nothing}
        ${typeof result === 'object'
          ? html`<rc-werken-loont .result=${result} .t=${this.chartT!} .locale=${LANGUAGES[this.language].intl}></rc-werken-loont>`
          : nothing}
      </div>`;
  }
}

if (!customElements.get('rc-work-form')) customElements.define('rc-work-form', RcWorkForm);

declare global {
  interface HTMLElementTagNameMap {
    'rc-work-form': RcWorkForm;
  }
}
