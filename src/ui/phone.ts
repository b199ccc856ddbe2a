import { html } from 'lit';
import type { Translate } from './view.js';

const MARK = '\u0000';

/**
 * A phone number that never breaks over two lines (a no-wrap span, left-to-right also in Arabic) and, except
 * on a kiosk (nothing there can call), is a `tel:` link. `key` is a sentence with {{phone}} in it, so every
 * language keeps its own word order around the number.
 */
export function phoneText(t: Translate, key: string, phone: string, kiosk: boolean) {
  const [before = '', after = ''] = t(key, { phone: MARK }).split(MARK);
  const number = html`<bdi class="nowrap" dir="ltr">${phone}</bdi>`;
  return html`${before}${kiosk ? number : html`<a href="tel:${phone.replace(/[^\d+]/g, '')}">${number}</a>`}${after}`;
}
