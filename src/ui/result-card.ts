import { html, nothing } from 'lit';
import type { SchemeOutcome } from '../engine/types.js';
import { statusIcon } from './status-icon.js';
import type { Translate } from './view.js';

export interface CardView {
  t: Translate;
  money(value: string): string;
  date(iso: string): string;
  /** Kiosk: no links that leave the device; the portal is shown as an address and a QR code to scan. */
  kiosk: boolean;
  qr?: (url: string, label: string) => unknown;
  onPortal(scheme: SchemeOutcome): void;
}

const AMOUNT_KEY = { year: 'result.amountYear', month: 'result.amountMonth', once: 'result.amountOnce' } as const;

/** One scheme: status in words and icon, amount, "Waarom?", documents, the portal and a way without DigiD. */
export function resultCard(s: SchemeOutcome, v: CardView) {
  const { t } = v;
  const apply = t('result.apply', { name: s.name });
  return html`<article class="card" data-status=${s.status} aria-labelledby="card-${s.id}">
    <h3 id="card-${s.id}">${s.name}</h3>
    <p class="status">${statusIcon(s.status)}<span>${t(`status.${s.status}`)}</span></p>
    ${s.amount && s.status !== 'no' ? html`<p class="amount">${t(AMOUNT_KEY[s.amount.per], { amount: v.money(s.amount.value) })}</p>` : nothing}
    ${!s.amount && s.status !== 'no' && s.reasons.includes('amount-unknown') ? html`<p class="amount">${t('results.amountUnknown')}</p>` : nothing}
    <p>${t(`scheme.${s.id}`, { defaultValue: '' })}</p>
    <details>
      <summary>${t('result.why')}</summary>
      <ul>${s.reasons.map((r) => html`<li>${t(`reason.${r}`)}</li>`)}</ul>
      ${s.incomeLimit ? html`<p>${t('result.limit', { amount: v.money(s.incomeLimit.monthly), percent: s.incomeLimit.percent })}</p>` : nothing}
      ${s.ownContributionMonthly ? html`<p>${t('result.ownContribution', { amount: v.money(s.ownContributionMonthly) })}</p>` : nothing}
      <p>${t('result.figuresFrom', { date: v.date(s.parameterDate) })}</p>
      <p>${s.unverified.length ? t('result.unverified') : t('results.checked')}</p>
      <p>${t('result.sources')}:</p>
      <ul>${s.sources.map((url) => (v.kiosk ? html`<li>${url}</li>` : html`<li><a href=${url} target="_blank" rel="noopener">${url}</a></li>`))}</ul>
    </details>
    ${s.status === 'no'
      ? nothing
      : html`${s.documents.length
            ? html`<h4>${t('result.documents')}</h4>
                <ul>${s.documents.map((d) => html`<li>${t(`doc.${d}`)}</li>`)}</ul>`
            : nothing}
          ${s.calculatorUrl
            ? html`<p>${v.kiosk ? html`${t('results.calculator')}: ${s.calculatorUrl}` : html`<a href=${s.calculatorUrl} target="_blank" rel="noopener">${t('results.calculator')}</a>`}</p>`
            : nothing}
          <p>${t(`result.digid-${s.portal.digid}`)}</p>
          ${v.kiosk
            ? html`<p><strong>${apply}:</strong></p>${v.qr ? v.qr(s.portal.url, t('result.qr', { name: s.name })) : html`<p>${s.portal.url}</p>`}`
            : html`<p class="actions">
                  <a class="button primary" href=${s.portal.url} target="_blank" rel="noopener" @click=${() => v.onPortal(s)}>${apply}</a>
                </p>
                <p class="print-only">${apply}: ${s.portal.url}</p>`}
          ${contact(s, t)}`}
  </article>`;
}

function contact(s: SchemeOutcome, t: Translate) {
  const c = s.contact;
  if (!c.phone && !c.address) return nothing;
  return html`<p><strong>${t('result.noDigid')}</strong></p>
    <ul>
      ${c.phone ? html`<li>${t('result.phone', { phone: c.phone })}</li>` : nothing}
      ${c.address ? html`<li>${t('result.address', { address: c.address })}</li>` : nothing}
      ${c.openingHours ? html`<li>${t('result.hours', { hours: c.openingHours })}</li>` : nothing}
    </ul>`;
}
