import { html } from 'lit';
import type { Translate } from './view.js';

/** A take-home code that is damaged, unknown, incomplete or for another gemeente: never other results. */
export function shareErrorScreen(t: Translate, onStart: () => void) {
  return html`<div role="alert">
      <h2 tabindex="-1">${t('share.errorHeading')}</h2>
      <p>${t('share.error')}</p>
    </div>
    <div class="actions"><button class="primary" @click=${onStart}>${t('share.start')}</button></div>`;
}
