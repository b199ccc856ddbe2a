import { html } from 'lit';
import { elsewhereLinks } from './location-screen.js';
import type { Translate } from './view.js';

/** A typed place that is no gemeente we know of: where to look further, and back. */
export function elsewhereScreen(t: Translate, v: { place: string; covered: number; kiosk: boolean; onBack(): void }) {
  return html`<h2 tabindex="-1">${t('location.elsewhereHeading')}</h2>
    <p>${t('location.elsewhere', { place: v.place, count: v.covered })}</p>
    ${elsewhereLinks(t, v.kiosk)}
    <div class="actions"><button @click=${v.onBack}>${t('app.back')}</button></div>`;
}
