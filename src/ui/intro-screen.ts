import { html } from 'lit';
import type { Translate } from './view.js';

/**
 * What the check is and the start, then what to have at hand and that nothing is stored. The start comes
 * before the last two so that on a phone it is within the first screen of a gemeente's page (issue 22).
 */
export function introScreen(t: Translate, onStart: () => void) {
  return html`<h2 tabindex="-1">${t('app.title')}</h2>
    <p>${t('app.intro')}</p>
    <div class="actions"><button class="primary" @click=${onStart}>${t('app.start')}</button></div>
    <h3>${t('app.needHeading')}</h3>
    <p>${t('app.need')}</p>
    <p class="notice">${t('app.privacy')}</p>`;
}
