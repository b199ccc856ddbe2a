import { html, nothing } from 'lit';
import type { SchemeOutcome } from '../engine/types.js';
import type { Language } from '../i18n/languages.js';
import { formatList } from '../i18n/format.js';
import { openingHours } from './opening-hours.js';
import { phoneText } from './phone.js';
import { schemeName } from './scheme-name.js';
import type { Translate } from './view.js';

/** The schemes one loket handles (same phone and address), and everything to bring there, once. */
export interface Loket {
  schemes: SchemeOutcome[];
  contact: SchemeOutcome['contact'];
  documents: string[];
}

/** Groups the schemes that may fit by their loket, in the order of `sorted`; a `no` needs no loket. */
export function lokettenOf(sorted: SchemeOutcome[]): Loket[] {
  const byKey = new Map<string, Loket>();
  for (const s of sorted) {
    if (s.status === 'no') continue;
    const key = `${s.contact.phone ?? ''}|${s.contact.address ?? ''}|${s.contact.phone || s.contact.address ? '' : s.portal.url}`;
    const loket = byKey.get(key) ?? { schemes: [], contact: s.contact, documents: [] };
    loket.schemes.push(s);
    for (const d of s.documents) if (!loket.documents.includes(d)) loket.documents.push(d);
    byKey.set(key, loket);
  }
  return [...byKey.values()];
}

export interface LoketView {
  t: Translate;
  language: Language;
  kiosk: boolean;
}

/** One loket: for which schemes, how to call or visit it and when, and what to bring (one list). */
export function loketBlock(loket: Loket, v: LoketView, heading: 'h3' | 'h4' = 'h3') {
  const { t } = v;
  const c = loket.contact;
  const names = formatList(v.language, loket.schemes.map((s) => schemeName(s, t, v.language)));
  const title = t('loket.for', { names });
  return html`${heading === 'h3' ? html`<h3>${title}</h3>` : html`<h4>${title}</h4>`}
    ${c.phone || c.address
      ? html`<ul class="contact">
          ${c.phone ? html`<li>${phoneText(t, 'result.phone', c.phone, v.kiosk)}</li>` : nothing}
          ${c.address ? html`<li>${t('result.address', { address: c.address })}</li>` : nothing}
          ${openingHours(c, t, v.language)}
        </ul>`
      : nothing}
    ${loket.documents.length
      ? html`<p class="docs-title"><strong>${t('result.documents')}</strong></p>
          <ul class="docs">${loket.documents.map((d) => html`<li>${t(`doc.${d}`)}</li>`)}</ul>`
      : nothing}`;
}

/** Where to go: contact details once per loket, with the documents for all its schemes in one list. */
export function loketSection(lokets: Loket[], v: LoketView) {
  if (lokets.length === 0) return nothing;
  return html`<section class="lokets" aria-labelledby="lokets-title">
    <h3 id="lokets-title">${v.t('loket.title')}</h3>
    <p>${v.t('loket.intro')}</p>
    ${lokets.map((l) => html`<div class="card loket">${loketBlock(l, v, 'h4')}</div>`)}
  </section>`;
}
