import { html, nothing } from 'lit';
import type { Outcome } from '../engine/types.js';
import { phoneText } from './phone.js';
import { shortAddress } from './source-name.js';
import type { Translate } from './view.js';

const link = (url: string, label: string, kiosk: boolean) =>
  kiosk ? html`${label}: ${shortAddress(url)}` : html`<a href=${url} target="_blank" rel="noopener">${label}</a>`;

/**
 * Where to get help, whatever the statuses: the gemeente's schuldhulp (or, outside the covered gemeenten,
 * the gemeente's own site), Geldfit and Het Juridisch Loket. With debts it comes first, with a kind sentence.
 */
export function helpSection(outcome: Outcome, t: Translate, kiosk: boolean, debts: boolean) {
  return html`<section class="card help" aria-labelledby="help-title">
    <h3 id="help-title">${debts ? t('results.helpTitleDebts') : t('results.helpTitle')}</h3>
    ${debts ? html`<p>${t('results.debtsKind')}</p>` : nothing}
    <ul>
      ${outcome.helpRoutes.map(
        (r) => html`<li>
          ${link(r.url, r.id === 'gemeente' ? t('results.route.gemeenteLink', { name: r.name || t('placeChoice.yourGemeente') }) : r.name, kiosk)}
          ${r.phone ? html`<br />${phoneText(t, 'result.phone', r.phone, kiosk)}` : nothing}
          <br />${t(`results.route.${r.id}`, { name: r.name, defaultValue: '' })}
        </li>`,
      )}
    </ul>
  </section>`;
}

/**
 * Regelingen of the gemeente that the check does not compute, and schemes it could not compute on this date
 * (their figures start later): named with a link, under the results, the latter with why.
 */
export function notComputedSection(outcome: Outcome, t: Translate, kiosk: boolean) {
  if (outcome.notComputed.length === 0) return nothing;
  return html`<section class="card" aria-labelledby="not-computed-title">
    <h3 id="not-computed-title">${t('results.notComputedTitle')}</h3>
    <p>${t('results.notComputedIntro', { name: outcome.municipalityName })}</p>
    <ul>
      ${outcome.notComputed.map(
        (r) =>
          html`<li>${link(r.url, r.code ? t(`results.notComputedCode.${r.code}`) : r.name, kiosk)}${r.reason
            ? html`<br />${t(`results.notComputedReason.${r.reason}`)}`
            : nothing}</li>`,
      )}
    </ul>
  </section>`;
}
