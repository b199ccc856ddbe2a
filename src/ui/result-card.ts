import { html, nothing } from 'lit';
import type { SchemeOutcome } from '../engine/types.js';
import { formatList } from '../i18n/format.js';
import type { Language } from '../i18n/languages.js';
import { amountNote } from './amount-note.js';
import { distanceText } from './distance.js';
import { schemeName } from './scheme-name.js';
import { shortAddress } from './source-name.js';
import { sourcesList } from './sources-list.js';
import { statusIcon } from './status-icon.js';
import type { Translate } from './view.js';

export interface CardView {
  t: Translate;
  language: Language;
  money(value: string): string;
  date(iso: string): string;
  /** Kiosk: no links that leave the device; the portal is shown as an address and a QR code to scan. */
  kiosk: boolean;
  qr?: (url: string, label: string) => unknown;
  onPortal(scheme: SchemeOutcome): void;
}

/** Schemes of the state, not of the gemeente: their figures are checked against the law, not "bij de gemeente". */
const NATIONAL = new Set(['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget']);

const AMOUNT_KEY = { year: 'result.amountYear', month: 'result.amountMonth', once: 'result.amountOnce' } as const;

/** "Waarom?": (in a shared card, what the scheme is,) the reasons, the Belastingdienst's own calculator, the limit used and how far the income is from it, the figures' date and the sources, one tap away. */
export function why(s: SchemeOutcome, v: CardView, describe = false) {
  const { t } = v;
  return html`<details>
    <summary>${t('result.why')}</summary>
    ${describe ? html`<p>${t(`scheme.${s.id}`, { defaultValue: '' })}</p>` : nothing}
    <ul>${s.reasons.map((r) => html`<li>${t(`reason.${r}`)}</li>`)}</ul>
    ${s.handler ? html`<p>${t('results.handlerGemeenteOfBelastingsamenwerking')}</p>` : nothing}
    ${s.incomeLimit ? html`<p>${t('result.limit', { amount: v.money(s.incomeLimit.monthly), percent: s.incomeLimit.percent })}</p>` : nothing}
    ${s.distance ? html`<p class="distance">${distanceText(s, t, v.money)}</p>` : nothing}
    ${s.ownContributionMonthly ? html`<p>${t('result.ownContribution', { amount: v.money(s.ownContributionMonthly) })}</p>` : nothing}
    ${s.calculatorUrl
      ? html`<p>${v.kiosk ? html`${t('results.calculator')}: ${shortAddress(s.calculatorUrl)}` : html`<a href=${s.calculatorUrl} target="_blank" rel="noopener">${t('results.calculator')}</a>`}</p>`
      : nothing}
    <p>${t('result.figuresFrom', { date: v.date(s.parameterDate) })}</p>
    <p>${s.unverified.length ? t(NATIONAL.has(s.id) ? 'source.unverifiedNational' : 'result.unverified') : t('results.checked')}</p>
    ${sourcesList(s.sources, t, v.kiosk, s.id)}
  </details>`;
}

/**
 * The schemes that may fit, as cards in the order given: schemes applied for at the same portal (the three
 * toeslagen at the Belastingdienst) share one card with one button, since it is one application.
 */
export function resultCards(sorted: SchemeOutcome[], v: CardView) {
  const groups = new Map<string, SchemeOutcome[]>();
  for (const s of sorted) if (s.status !== 'no') groups.set(s.portal.url, [...(groups.get(s.portal.url) ?? []), s]);
  return [...groups.values()].map((group) => resultCard(group, v));
}

/**
 * One card: per scheme its status in words and icon, its value, what it is and "Waarom?"; then roughly how
 * long applying takes (an estimate per kind of portal, not a sourced figure) and one button. Contact details
 * and documents are not here but once per loket (loket-section.ts).
 */
export function resultCard(group: SchemeOutcome[], v: CardView) {
  const { t } = v;
  const first = group[0]!;
  const apply = t('result.apply', { name: formatList(v.language, group.map((s) => schemeName(s, t, v.language, false))) });
  return html`<article class="card" data-status=${first.status} aria-labelledby=${group.map((s) => `card-${s.id}`).join(' ')}>
    ${group.map(
      (s) => html`<div class="scheme" data-status=${s.status}>
        <h3 id="card-${s.id}">${schemeName(s, t, v.language)}</h3>
        <p class="status">${statusIcon(s.status)}<span>${t(`status.${s.status}`)}</span></p>
        ${s.amount ? html`<p class="amount">${t(AMOUNT_KEY[s.amount.per], { amount: v.money(s.amount.value) })}${amountNote(s.amount, t)}</p>` : nothing}
        ${!s.amount && s.reasons.includes('amount-unknown') ? html`<p class="amount">${t('results.amountUnknown')}</p>` : nothing}
        ${group.length === 1 ? html`<p>${t(`scheme.${s.id}`, { defaultValue: '' })}</p>` : nothing}
        ${why(s, v, group.length > 1)}
      </div>`,
    )}
    ${v.kiosk
      ? html`<p><strong>${apply}:</strong></p>${v.qr ? v.qr(first.portal.url, t('result.qr', { name: apply })) : html`<p>${shortAddress(first.portal.url)}</p>`}`
      : html`<p class="actions apply">
          <a class="button primary" href=${first.portal.url} target="_blank" rel="noopener" @click=${() => v.onPortal(first)}>${apply}</a>
        </p>`}
    <p class="small">${t(`duration.${first.portal.digid}`)}</p>
  </article>`;
}

/** The schemes that do not fit, together and short: the name, and "Waarom?" for the reasons. */
export function notFitting(schemes: SchemeOutcome[], v: CardView) {
  if (schemes.length === 0) return nothing;
  const { t } = v;
  return html`<section class="card" data-status="no" aria-labelledby="not-fitting-title">
    <h3 id="not-fitting-title">${t('answer.notFitting')}</h3>
    <ul class="plain">
      ${schemes.map((s) => html`<li data-scheme=${s.id}><strong>${schemeName(s, t, v.language)}</strong> ${why(s, v)}</li>`)}
    </ul>
  </section>`;
}
