import { html } from 'lit';
import type { Translate } from './view.js';

/** Kiosk: the seconds left before everything is cleared for the next person, and a way to stay. */
export function idleWarning(t: Translate, secondsLeft: number, onStay: () => void) {
  return html`<div class="idle" role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-text">
    <h2 id="idle-title">${t('kiosk.warningTitle')}</h2>
    <p id="idle-text">${t('kiosk.warning', { seconds: secondsLeft })}</p>
    <button class="primary" @click=${onStay}>${t('kiosk.stay')}</button>
  </div>`;
}
