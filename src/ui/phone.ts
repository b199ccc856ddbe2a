import { html } from 'lit';
import { dialDigits } from '../rules/phone.js';
import type { Translate } from './view.js';

const MARK = '\u0000';

/**
 * A phone number that never breaks over two lines (a no-wrap span, left-to-right also in Arabic) and, except
 * on a kiosk (nothing there can call), is a `tel:` link that dials exactly the digits shown. The rules
 * schema lets only Dutch numbers through (src/rules/phone.ts); anything else, should it ever get here, is
 * shown as text without a link rather than dialling something else. `key` is a sentence with {{phone}} in
 * it, so every language keeps its own word order around the number.
 */
export function phoneText(t: Translate, key: string, phone: string, kiosk: boolean) {
  const [before = '', after = ''] = t(key, { phone: MARK }).split(MARK);
  const number = html`<bdi class="nowrap" dir="ltr">${phone}</bdi>`;
  const digits = kiosk ? undefined : dialDigits(phone);
  return html`${before}${digits ? html`<a href="tel:${digits}">${number}</a>` : number}${after}`;
}
