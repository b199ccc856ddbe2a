/**
 * The dependency floor for `npm run bench:browser`: the four libraries the element is built on (Lit,
 * i18next, zod/mini, decimal.js-light) rendering one translated heading, and nothing else. The element's
 * first paint is measured against this page; the difference is what our own code costs.
 */
import Decimal from 'decimal.js-light';
import i18next from 'i18next';
import { LitElement, css, html } from 'lit';
import * as z from 'zod/mini';
import nl from '../../locales/nl/translation.json';

const i18n = i18next.createInstance();
// Configured as the element configures i18next (src/i18n/setup.ts), so the two pages compare like for like.
void i18n.init({ lng: 'nl', resources: { nl: { translation: { app: { title: nl.app.title } } } }, initAsync: false, showSupportNotice: false });

// Each library does real work, so the bundler cannot drop it.
const settings = z.object({ gemeente: z.string(), norm: z.string() });
const parsed = z.parse(settings, { gemeente: 'GM0344', norm: '1419.46' });
const limit = new Decimal(parsed.norm).times('1.25').toFixed(2);

class FloorHeading extends LitElement {
  static override styles = css`h2 { font: 700 1.5rem/1.2 system-ui, sans-serif; }`;
  override render() {
    return html`<h2 data-limit=${limit}>${i18n.t('app.title')}</h2>`;
  }
}
customElements.define('floor-heading', FloorHeading);
