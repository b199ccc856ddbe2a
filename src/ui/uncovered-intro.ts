/**
 * The top of the results for a gemeente without rules here (issue 21), in plain words: what is sure (the law
 * holds everywhere), what the gemeente decides, and its own website as the door.
 */
import { html } from 'lit';
import type { Outcome } from '../engine/types.js';
import { shortAddress } from './source-name.js';
import type { Translate } from './view.js';

export function uncoveredIntro(outcome: Outcome, t: Translate, kiosk: boolean) {
  const door = outcome.helpRoutes.find((r) => r.id === 'gemeente');
  // No name: the resident went on without a gemeente; the door is then the national list of gemeenten.
  const name = outcome.municipalityName || t('placeChoice.yourGemeente');
  return html`<section class="card uncovered" aria-labelledby="uncovered-title">
    <h3 id="uncovered-title">${t('results.uncoveredSureTitle')}</h3>
    <p>${t('results.uncoveredSure')}</p>
    <h3>${t('results.uncoveredDecidesTitle', { name })}</h3>
    <p>${t('results.uncoveredDecides', { name })}</p>
    ${door
      ? kiosk
        ? html`<p>${t('results.route.gemeenteLink', { name })}: ${shortAddress(door.url)}</p>`
        : html`<p><a href=${door.url} target="_blank" rel="noopener">${t('results.route.gemeenteLink', { name })}</a></p>`
      : ''}
  </section>`;
}
