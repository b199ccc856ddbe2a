import { html } from 'lit';
import type { Translate } from './view.js';

/** What the check is, what to have at hand, that nothing is stored, and the start. */
export function introScreen(t: Translate, onStart: () => void) {
  return html`<h2 tabindex="-1">${t('app.title')}</h2>
    <p>${t('app.intro')}</p>
    <h3>${t('app.needHeading')}</h3>
    <p>${t('app.need')}</p>
    <p class="notice">${t('app.privacy')}</p>
    <div class="actions"><button class="primary" @click=${onStart}>${t('app.start')}</button></div>`;
}
