import { html } from 'lit';
import { elsewhereLinks } from './location-screen.js';
import type { Translate } from './view.js';

/** Broken rules: no answer at all, never a wrong one. */
export function rulesErrorScreen(t: Translate) {
  return html`<div role="alert"><h2 tabindex="-1">${t('errors.rulesHeading')}</h2><p>${t('errors.rules')}</p></div>`;
}

/** The page's `gemeente` is no gemeente we or the CBS list know. */
export function unknownGemeenteScreen(t: Translate, name: string | undefined, kiosk: boolean) {
  return html`<div role="alert">
    <h2 tabindex="-1">${t('errors.unknownGemeenteHeading')}</h2>
    <p>${t('errors.unknownGemeente', { name })}</p>
    ${elsewhereLinks(t, kiosk)}
  </div>`;
}
