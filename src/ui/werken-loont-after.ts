import { html, nothing } from 'lit';
import type { WerkenLoontOutcome } from '../engine/werken-loont/types.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Where the texts of "what if the work stops" come from. Law texts as in force on the date, and the local
 * practice the seeds describe ("Simpel Switchen", WerkSaam West-Friesland, Beleidsplan Participatiewet
 * 2026-2030 § 3.5). Links, not figures: the figures themselves come from the outcome (rules/).
 */
export const AFTER_WORK_SOURCES = {
  participatiewet: (date: string) => `https://wetten.overheid.nl/BWBR0015703/${date}`,
  inBalans: 'https://wetten.overheid.nl/BWBR0051679',
  toeslagen: 'https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen/content/wijziging-doorgeven-toeslagen',
} as const;

/**
 * "Stopt uw werk, of werkt u minder?": the moment bijstand stops is not the end. In B1: bijstand can start
 * again quickly (a new application within a year is shorter since the Wet Participatiewet in balans,
 * 1-1-2026; a voorschot; some gemeenten have a faster way back, "Simpel Switchen"), what the resident keeps
 * (kinderbijslag does not change; toeslagen go up again once the new income is passed on), and from
 * 1-1-2027 the bijverdienregeling (art. 34a) and the bufferbudget (art. 34b) when the date is on or after
 * their start.
 */
export function afterWork(r: WerkenLoontOutcome, t: Translate, date: string, money: (v: string) => string) {
  const v = r.vrijlating;
  return html`<section aria-labelledby="wl-after-title">
    <h5 id="wl-after-title">${t('afterTitle')}</h5>
    <ul>
      <li>${t('afterBijstandAgain')}</li>
      <li>${t('afterVoorschot')}</li>
      <li>${t('afterToeslagen')}</li>
      <li>${t('afterKeep')}</li>
      <li>${t('afterSimpelSwitchen')}</li>
      ${r.regime === 'bijverdienregeling' && v.kind === 'bijverdienregeling'
        ? html`<li>${t('afterBijverdien', { percentage: v.percentage.replace('.', ',') })}</li>`
        : nothing}
      ${r.bufferbudgetMaximum ? html`<li>${t('afterBuffer', { amount: money(r.bufferbudgetMaximum) })}</li>` : nothing}
    </ul>
    <p class="disclaimer">
      ${t('afterSource')}
      <a href=${AFTER_WORK_SOURCES.participatiewet(date)} rel="noopener" target="_blank">${t('afterSourcePw')}</a>,
      <a href=${AFTER_WORK_SOURCES.inBalans} rel="noopener" target="_blank">${t('afterSourcePib')}</a>,
      <a href=${AFTER_WORK_SOURCES.toeslagen} rel="noopener" target="_blank">${t('afterSourceToeslagen')}</a>.
    </p>
  </section>`;
}
