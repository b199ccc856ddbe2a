import { LitElement, html, nothing, svg } from 'lit';
import { numberFormat } from '../i18n/format.js';
import type { WerkenLoontOutcome, WerkenLoontPoint } from '../engine/werken-loont/types.js';
import { afterWork } from './werken-loont-after.js';
import { chartStyles } from './werken-loont-chart-styles.js';
import { chartTable } from './werken-loont-table.js';
import { KNOWN_PARTS, partsPaid } from './werken-loont-parts.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Chart geometry. The viewBox is as wide as the element in CSS pixels (measured with a ResizeObserver, 320
 * until then), so 14 units of text are 14 CSS px at every width: nothing under 12 px on a 320 px phone.
 */
const MIN_W = 180;
const MAX_W = 720;
const PAD = { left: 46, right: 14, top: 70, bottom: 46 };
/** Bars every 4 hours keep the chart readable on a phone; the total line uses all 41 points. */
const BAR_STEP = 4;
/** Hours for the sentences "Als u … uur werkt". */
const SENTENCE_HOURS = [8, 16, 24, 32, 40];

/**
 * `<rc-werken-loont>`: the werken-loont outcome as a stacked bar chart with a total line, the current hours
 * marked, a text summary for screen readers, a real table (in a <details>) and B1 sentences.
 *
 * Properties: `result` (the engine's `werkenLoont` outcome), `currentHours` (defaults to the outcome's),
 * `t` (translate function for the `werken-loont` namespace, locales/{lang}/werken-loont.json, flat keys —
 * e.g. `i18n.getFixedT(lang, 'werken-loont')`), `locale` (Intl locale for money, default nl-NL).
 */
export class RcWerkenLoont extends LitElement {
  static override properties = {
    result: { attribute: false },
    currentHours: { type: Number, attribute: 'current-hours' },
    t: { attribute: false },
    locale: { type: String },
    tableOpen: { state: true },
  };

  declare result: WerkenLoontOutcome | undefined;
  declare currentHours: number | undefined;
  declare t: Translate;
  declare locale: string;
  /** The table (41 rows) is built when it is opened: the chart paints sooner after the click. */
  declare tableOpen: boolean;

  constructor() {
    super();
    this.result = undefined;
    this.currentHours = undefined;
    this.t = (key) => key;
    this.locale = 'nl-NL';
    this.tableOpen = false;
  }

  static override styles = chartStyles;


  private width = 320;
  private observer: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The chart is drawn at the element's own width, so its text keeps its CSS size (see FONT in werken-loont-chart-styles.ts).
    if (typeof ResizeObserver !== 'undefined') {
      this.observer = new ResizeObserver((entries) => {
        const w = Math.round(entries[0]?.contentRect.width ?? 0);
        const next = Math.min(MAX_W, Math.max(MIN_W, w));
        // Redraw in the next frame, not inside the observer (which would report a resize loop).
        if (w > 0 && next !== this.width) {
          requestAnimationFrame(() => {
            this.width = next;
            this.requestUpdate();
          });
        }
      });
      this.observer.observe(this);
    }
  }

  /** Before each render, take the element's width (its width comes from the page, not from the chart). */
  protected override willUpdate(): void {
    const w = Math.round(this.getBoundingClientRect().width);
    if (w > 0) this.width = Math.min(MAX_W, Math.max(MIN_W, w));
  }

  override disconnectedCallback(): void {
    this.observer?.disconnect();
    super.disconnectedCallback();
  }

  /** A whole-euro amount without the currency sign, for the money axis (its title says "euro"). */
  private amount(value: number): string {
    return numberFormat(this.locale, { maximumFractionDigits: 0 }).format(value);
  }

  private money(value: string | number): string {
    return numberFormat(this.locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(Number(value));
  }

  /** The point of the curve at the current hours: the nearest whole hour between 0 and 40. */
  private nowPoint(r: WerkenLoontOutcome): WerkenLoontPoint {
    const hours = Math.min(40, Math.max(0, Math.round(this.currentHours ?? r.currentHours)));
    return r.points.find((p) => p.hoursPerWeek === hours) ?? r.points[0]!;
  }

  /**
   * The household now: from the income and the source the resident gave (the outcome's `current`), when the
   * hours are the ones the resident gave; otherwise the curve's point.
   */
  private nowTotal(r: WerkenLoontOutcome): { hours: number; total: string } {
    const point = this.nowPoint(r);
    const current = r.current && r.current.hoursPerWeek === point.hoursPerWeek ? r.current.point : point;
    return { hours: point.hoursPerWeek, total: current.netHouseholdMonthly };
  }

  private partName(part: string): string {
    return KNOWN_PARTS.includes(part) ? this.t(`part-${part}`) : this.t('part-other');
  }

  /** A class per part colours bars and swatches; no inline styles, so a strict CSP can forbid them. */
  private colorClass(part: string): string {
    return `c-${KNOWN_PARTS.includes(part) ? part : 'other'}`;
  }

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const t = this.t;
    if (r.refused) return html`<section><p role="status">${t(`refused-${r.refused}`)}</p></section>`;
    if (r.points.length === 0) return nothing;
    const now = this.nowTotal(r);
    const parts = partsPaid(r);
    return html`<section aria-labelledby="wl-title">
      <h4 id="wl-title">${t('chartTitle')}</h4>
      <p>${t('intro', { wage: numberFormat(this.locale, { style: 'currency', currency: 'EUR' }).format(Number(r.grossHourlyWage)) })}</p>
      ${this.nowSentence(r, now)}
      ${this.chart(r, parts, now)}
      <ul class="legend">
        ${parts.map((p) => html`<li><span class="swatch ${this.colorClass(p)}"></span>${this.partName(p)}</li>`)}
        <li><span class="swatch line"></span>${t('total')}</li>
        ${r.armoedeval.length ? html`<li><span class="swatch trap"></span>${t('legendTrap')}</li>` : nothing}
      </ul>
      <ul>
        ${SENTENCE_HOURS.filter((h) => h !== now.hours).map((h) => html`<li>${this.sentence(r, h, now)}</li>`)}
      </ul>
      ${r.armoedeval.length
        ? r.armoedeval.map((a) => html`<p class="trap">${t('trap', { from: a.fromHours, to: a.toHours })}</p>`)
        : html`<p>${t('noTrap')}</p>`}
      <p>${r.drempelHours !== null ? t('drempel', { hours: r.drempelHours }) : t('noDrempel')}</p>
      ${r.stops.length
        ? html`<ul>${r.stops.map((s) => html`<li>${t('stops', { hours: s.fromHours, part: this.partName(s.part) })}</li>`)}</ul>`
        : nothing}
      ${this.vrijlating(r)}
      ${afterWork(r, t, r.date, (v) => this.money(v))}
      <details @toggle=${(e: Event) => (this.tableOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${t('tableSummary')}</summary>
        ${this.tableOpen ? this.table(r, parts) : nothing}
      </details>
      <p class="disclaimer">${t('disclaimer')} ${this.partnerAssumption(r)} ${r.assumptions.includes('local-schemes-not-known') ? t('assumeNoLocal') : ''}</p>
      ${r.unverified.length ? html`<p class="disclaimer">${t('unverified')}</p>` : nothing}
    </section>`;
  }

  /** What the household has now, in words that fit the income source the resident gave. */
  private nowSentence(r: WerkenLoontOutcome, now: { hours: number; total: string }) {
    const c = r.current;
    if (!c) return nothing;
    const key = c.source === 'bijstand' ? 'nowBijstand' : c.source === 'work' ? 'nowWork' : c.source === 'none' ? 'nowNone' : 'nowOther';
    return html`<p>${this.t(key, { hours: now.hours, now: this.money(now.total) })}</p>`;
  }

  private partnerAssumption(r: WerkenLoontOutcome) {
    if (r.partnerGrossMonthly) return this.t('assumePartnerWage', { amount: this.money(r.partnerGrossMonthly) });
    if (r.assumptions.includes('only-applicant-works')) return this.t('assumePartnerNoWage');
    return '';
  }

  private sentence(r: WerkenLoontOutcome, hours: number, now: { total: string }) {
    const point = r.points.find((p) => p.hoursPerWeek === hours);
    if (!point) return nothing;
    const diff = Number(point.netHouseholdMonthly) - Number(now.total);
    if (Math.abs(diff) < 5) return this.t('stepSame', { hours });
    return this.t(diff > 0 ? 'stepMore' : 'stepLess', { hours, amount: this.money(Math.abs(diff)) });
  }

  /** The vrijlating only for a resident on bijstand now; for anyone else a sentence that fits. */
  private vrijlating(r: WerkenLoontOutcome) {
    if (r.current && !r.current.onBijstand) return html`<p>${this.t('vrijlatingNotOnBijstand')}</p>`;
    const v = r.vrijlating;
    if (v.kind === 'none') return html`<p>${this.t('vrijlatingNone')}</p>`;
    const options = { percentage: v.percentage.replace('.', ','), months: v.monthsLeft };
    return html`<p>
      ${v.maximumMonthly
        ? this.t('vrijlating', { ...options, amount: this.money(v.maximumMonthly) })
        : this.t('vrijlatingNoMax', options)}
    </p>`;
  }

  private chart(r: WerkenLoontOutcome, parts: string[], now: { hours: number; total: string }) {
    const t = this.t;
    const W = this.width;
    const H = Math.round(Math.min(360, Math.max(300, W * 0.75)));
    const max = Math.max(...r.points.map((p) => Number(p.netHouseholdMonthly)), Number(now.total), 1);
    const top = niceCeiling(max);
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const x = (hours: number) => PAD.left + (hours / 40) * plotW;
    const y = (euro: number) => PAD.top + plotH - (euro / top) * plotH;
    const slot = plotW / (40 / BAR_STEP + 1);
    const barW = slot * 0.6;
    // Hour labels every 4 hours when there is room for "40" (about 2 × 9 px), else every 8.
    const labelStep = slot >= 26 ? BAR_STEP : BAR_STEP * 2;
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
    const bars = r.points.filter((p) => p.hoursPerWeek % BAR_STEP === 0);
    const line = r.points.map((p) => `${x(p.hoursPerWeek).toFixed(1)},${y(Number(p.netHouseholdMonthly)).toFixed(1)}`).join(' ');
    const summary = t('chartSummary', {
      at0: this.money(r.points[0]!.netHouseholdMonthly),
      at40: this.money(r.points[r.points.length - 1]!.netHouseholdMonthly),
      current: now.hours,
      now: this.money(now.total),
    });
    // Labels in the top band, kept inside the chart: anchored to the side with room.
    const anchor = (px: number) => (px > W - 70 ? 'end' : px < 70 ? 'start' : 'middle');
    const nowX = x(now.hours);
    const trap = r.armoedeval[0];
    return html`<svg viewBox="0 0 ${W} ${H}" width=${W} height=${H} direction="ltr" role="img"
      aria-labelledby="wl-chart-title wl-chart-desc" preserveAspectRatio="xMidYMid meet">
      <title id="wl-chart-title">${t('chartTitle')}</title>
      <desc id="wl-chart-desc">${summary}${r.armoedeval.map((a) => ` ${t('trap', { from: a.fromHours, to: a.toHours })}`).join('')}</desc>
      <g aria-hidden="true">
        ${ticks.map(
          (v) => svg`<line class="grid" x1=${PAD.left} x2=${W - PAD.right} y1=${y(v)} y2=${y(v)}></line>
            <text x=${PAD.left - 6} y=${y(v) + 5} text-anchor="end">${this.amount(v)}</text>`,
        )}
        ${bars
          .filter((p) => p.hoursPerWeek % labelStep === 0)
          .map((p) => svg`<text x=${x(p.hoursPerWeek)} y=${H - PAD.bottom + 18} text-anchor="middle">${p.hoursPerWeek}</text>`)}
        <text class="axis-title" x=${PAD.left + plotW / 2} y=${H - 6} text-anchor="middle">${t('axisHours')}</text>
        <text class="axis-title" x="0" y="16" text-anchor="start">${t('axisMoney')}</text>
        ${r.armoedeval.map(
          (a) => svg`<rect class="trap-band" x=${x(a.fromHours) - 2} y=${PAD.top} width=${Math.max(4, x(a.toHours) - x(a.fromHours) + 4)} height=${plotH}></rect>`,
        )}
        ${bars.map((p) => {
          let base = 0;
          return parts.map((part) => {
            const value = Number(p.parts[part] ?? 0);
            if (value <= 0) return nothing;
            const y0 = y(base + value);
            const h = y(base) - y0;
            base += value;
            return svg`<rect x=${x(p.hoursPerWeek) - barW / 2} y=${y0} width=${barW} height=${h} class=${this.colorClass(part)}></rect>`;
          });
        })}
        <polyline class="total" points=${line}></polyline>
        <line class="now" x1=${nowX} x2=${nowX} y1=${PAD.top - 4} y2=${H - PAD.bottom}></line>
        <circle class="now-dot" cx=${nowX} cy=${y(Number(now.total))} r="6"></circle>
        <text class="now-label" x=${nowX} y=${PAD.top - 32} text-anchor=${anchor(nowX)}>${t('chartNow', { hours: now.hours })}</text>
        ${trap
          ? svg`<text class="trap-label" x=${x((trap.fromHours + trap.toHours) / 2)} y=${PAD.top - 10}
              text-anchor=${anchor(x((trap.fromHours + trap.toHours) / 2))}>${t('chartTrap', { from: trap.fromHours, to: trap.toHours })}</text>`
          : nothing}
      </g>
    </svg>`;
  }

  /** A row every BAR_STEP hours and at the current hours. */
  private table(r: WerkenLoontOutcome, parts: string[]) {
    const rows = r.points.filter((p) => p.hoursPerWeek % BAR_STEP === 0 || p.hoursPerWeek === this.nowPoint(r).hoursPerWeek);
    return chartTable(rows, parts, { t: this.t, money: (v) => this.money(v), partName: (p) => this.partName(p) });
  }
}

/** A round upper bound for the money axis: 1, 2, 2.5 or 5 × a power of ten. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

if (!customElements.get('rc-werken-loont')) customElements.define('rc-werken-loont', RcWerkenLoont);

declare global {
  interface HTMLElementTagNameMap {
    'rc-werken-loont': RcWerkenLoont;
  }
}
