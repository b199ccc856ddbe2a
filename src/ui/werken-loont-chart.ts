import { LitElement, css, html, nothing, svg, unsafeCSS } from 'lit';
import { numberFormat } from '../i18n/format.js';
import type { WerkenLoontOutcome, WerkenLoontPoint } from '../engine/werken-loont/types.js';
import { afterWork } from './werken-loont-after.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Chart geometry. The viewBox is as wide as the element in CSS pixels (measured with a ResizeObserver, 320
 * until then), so 14 units of text are 14 CSS px at every width: nothing under 12 px on a 320 px phone.
 */
const MIN_W = 180;
const MAX_W = 720;
const FONT = 14;
const PAD = { left: 46, right: 14, top: 70, bottom: 46 };
/** Bars every 4 hours keep the chart readable on a phone; the total line uses all 41 points. */
const BAR_STEP = 4;
/** Hours for the sentences "Als u … uur werkt". */
const SENTENCE_HOURS = [8, 16, 24, 32, 40];
const KNOWN_PARTS = ['netWage', 'partnerNetWage', 'otherIncome', 'bijstand', 'zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget', 'kinderbijslag', 'iit', 'stadspas'];

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

  static override styles = css`
    :host {
      display: block;
      --_wl-text: var(--rc-color-text, var(--utrecht-document-color, #1a1a1a));
      --_wl-primary: var(--rc-color-primary, var(--utrecht-color-blue-500, #0b5cad));
      --_wl-grid: var(--rc-color-border, var(--utrecht-color-grey-300, #c4c4c4));
      --_wl-warning: var(--rc-color-warning, #7a4d00); /* dark amber: 7:1 on white, also where a theme's warning token is a light yellow */
      --_wl-netWage: var(--rc-chart-color-1, var(--utrecht-color-blue-500, #0b5cad));
      --_wl-partnerNetWage: var(--rc-chart-color-10, var(--utrecht-color-blue-300, #5b8fd1));
      --_wl-otherIncome: var(--rc-chart-color-11, var(--utrecht-color-grey-500, #6b6b6b));
      --_wl-bijstand: var(--rc-chart-color-2, var(--utrecht-color-orange-500, #b35900));
      --_wl-zorgtoeslag: var(--rc-chart-color-3, var(--utrecht-color-green-500, #1e6b35));
      --_wl-huurtoeslag: var(--rc-chart-color-4, var(--utrecht-color-purple-500, #6a3d9a));
      --_wl-kindgebondenBudget: var(--rc-chart-color-5, var(--utrecht-color-turquoise-500, #00707a));
      --_wl-kinderbijslag: var(--rc-chart-color-6, var(--utrecht-color-yellow-700, #8a6d00));
      --_wl-iit: var(--rc-chart-color-7, var(--utrecht-color-red-500, #a8323e));
      --_wl-stadspas: var(--rc-chart-color-8, var(--utrecht-color-grey-600, #555555));
      --_wl-other: var(--rc-chart-color-9, var(--utrecht-color-grey-400, #8a8a8a));
      color: var(--_wl-text);
      font-family: var(--rc-font-family, var(--utrecht-document-font-family, system-ui, sans-serif));
    }
    svg { width: 100%; height: auto; display: block; }
    svg text { font-size: ${FONT}px; fill: currentColor; }
    .axis-title { font-weight: bold; }
    .trap-band { fill: var(--_wl-warning); fill-opacity: 0.16; stroke: var(--_wl-warning); stroke-width: 2; stroke-dasharray: 4 3; }
    .trap-label { fill: var(--_wl-warning); font-weight: bold; }
    .now-dot { fill: var(--_wl-text); stroke: #fff; stroke-width: 2; }
    .grid { stroke: var(--_wl-grid); stroke-width: 1; }
    .total { fill: none; stroke: var(--_wl-text); stroke-width: 3; }
    .now { stroke: var(--_wl-text); stroke-width: 2; stroke-dasharray: 6 4; }
    .now-label { font-weight: bold; }
    .legend { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0.125rem 0.75rem; padding: 0; margin: 0.25rem 0 0.75rem; list-style: none; font-size: 0.875rem; line-height: 1.3; }
    .legend li { display: flex; align-items: center; gap: 0.375rem; }
    .swatch { width: 0.75rem; height: 0.75rem; border-radius: 2px; flex: none; }
    .swatch.line { height: 3px; background: var(--_wl-text); }
    .swatch.trap { background: var(--_wl-warning); opacity: 0.5; }
    ${unsafeCSS([...KNOWN_PARTS, 'other'].map((p) => `.c-${p} { background: var(--_wl-${p}); fill: var(--_wl-${p}); }`).join('\n'))}
    .trap { color: var(--_wl-warning); font-weight: bold; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; font-variant-numeric: tabular-nums; min-width: 100%; }
    th, td { padding: 0.25rem 0.5rem; text-align: end; border-block-end: 1px solid var(--_wl-grid); white-space: nowrap; }
    th[scope='row'], thead th:first-child { text-align: start; }
    summary { cursor: pointer; min-height: var(--rc-target-size, 48px); display: flex; align-items: center; gap: 0.5rem; text-decoration: underline; }
    summary::before { content: '▸'; }
    details[open] > summary::before { content: '▾'; }
    summary:focus-visible { outline: 3px solid var(--rc-color-focus, var(--utrecht-focus-outline-color, #000)); outline-offset: 2px; }
    .disclaimer { font-size: 0.9em; }
    h5 { font-size: 1em; margin: 1rem 0 0.25rem; }
  `;

  private width = 320;
  private observer: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The chart is drawn at the element's own width, so its text keeps its CSS size (see FONT).
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

  /** Parts paid at some hour count, in a fixed order, then the gemeente's other schemes. */
  private parts(r: WerkenLoontOutcome): string[] {
    const used = new Set<string>();
    for (const p of r.points) for (const [k, v] of Object.entries(p.parts)) if (Number(v) > 0) used.add(k);
    return [...KNOWN_PARTS.filter((k) => used.has(k)), ...[...used].filter((k) => !KNOWN_PARTS.includes(k)).sort()];
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
    const parts = this.parts(r);
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

  private table(r: WerkenLoontOutcome, parts: string[]) {
    const t = this.t;
    const rows = r.points.filter((p) => p.hoursPerWeek % BAR_STEP === 0 || p.hoursPerWeek === this.nowPoint(r).hoursPerWeek);
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('tableCaption')}>
      <table>
        <caption>${t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('tableHours')}</th>
            ${parts.map((p) => html`<th scope="col">${this.partName(p)}</th>`)}
            <th scope="col">${t('total')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (p) => html`<tr>
              <th scope="row">${t('hours', { hours: p.hoursPerWeek })}</th>
              ${parts.map((part) => html`<td>${this.money(p.parts[part] ?? '0')}</td>`)}
              <td><strong>${this.money(p.netHouseholdMonthly)}</strong></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
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
