import { html } from 'lit';
import type { Translate } from './view.js';

/**
 * Before the questions: in plain words, that we do not know this gemeente's own regelingen and what the check
 * can still say. Without a name (the resident went on without a gemeente) it speaks of "uw gemeente".
 */
export function uncoveredScreen(t: Translate, v: { name: string; onBack(): void; onNext(): void }) {
  const name = v.name || t('placeChoice.yourGemeente');
  return html`<h2 tabindex="-1">${t('results.uncoveredHeading', { name })}</h2>
    <p>${t('results.uncoveredExplain', { name })}</p>
    <div class="actions">
      <button @click=${v.onBack}>${t('app.back')}</button>
      <button class="primary" @click=${v.onNext}>${t('app.next')}</button>
    </div>`;
}
