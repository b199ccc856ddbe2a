/**
 * A second floor for `npm run bench:browser`, for diagnosis: the same four libraries drawing the element's
 * first screen as it is (its DOM and CSS, taken from the built element by the script, which builds this file),
 * with none of the element's logic. The element against this floor is what our own code costs; this floor
 * against the one-heading floor is what the first screen's content costs.
 */
import Decimal from 'decimal.js-light';
import i18next from 'i18next';
import { LitElement, html, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import * as z from 'zod/mini';

/** Put in by the script when it builds this file (vite's `define`). */
declare const __INTRO__: { html: string; css: string };
const intro = __INTRO__;

const i18n = i18next.createInstance();
void i18n.init({ lng: 'nl', resources: { nl: { translation: { intro: intro.html } } }, initAsync: false, showSupportNotice: false });

const settings = z.object({ gemeente: z.string(), norm: z.string() });
const parsed = z.parse(settings, { gemeente: 'GM0344', norm: '1419.46' });
const limit = new Decimal(parsed.norm).times('1.25').toFixed(2);

class FloorIntro extends LitElement {
  static override styles = unsafeCSS(intro.css);
  override render() {
    return html`<div data-limit=${limit}>${unsafeHTML(i18n.t('intro'))}</div>`;
  }
}
customElements.define('floor-intro', FloorIntro);
