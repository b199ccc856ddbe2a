import type { i18n } from 'i18next';
import { html, nothing } from 'lit';
import type { Outcome, SchemeOutcome } from '../engine/types.js';
import type { Answers } from '../flow/answers.js';
import type { StepId } from '../flow/questions.js';
import { toHousehold } from '../flow/to-household.js';
import type { Language } from '../i18n/languages.js';
import { formatDate, formatMoney } from '../i18n/setup.js';
import type { Rules } from '../rules/schema.js';
import { answersList } from './answers-summary.js';
import type { Translate } from './view.js';

const TOESLAGEN_PROEFBEREKENING = 'https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen/content/hulpmiddel-proefberekening-toeslagen';
const ORDER = { yes: 0, maybe: 1, no: 2 } as const;

export interface ResultsView {
  t: Translate;
  language: Language;
  outcome: Outcome;
  results: typeof import('./results-view.js');
  kiosk: boolean;
  volunteer: boolean;
  qr: ((url: string, label: string) => unknown) | undefined;
  rules: Rules;
  i18n: i18n;
  answers: Answers;
  steps: StepId[];
  onPortal(scheme: SchemeOutcome): void;
  onRestart(): void;
}

/** The results: a card per scheme (most likely first), werken loont, toeslagen, the answers, print. */
export function resultsScreen(v: ResultsView) {
  const { t, outcome, language } = v;
  const money = (value: string) => formatMoney(language, value);
  const date = (iso: string) => formatDate(language, iso);
  const card = { t, money, date, kiosk: v.kiosk, ...(v.qr && { qr: v.qr }), onPortal: v.onPortal };
  const schemes = [...outcome.schemes].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return html`<h2 id="results-title" tabindex="-1">${t('result.title')}</h2>
    <p class="print-only">${t('app.gemeente', { name: outcome.municipalityName })} · ${date(outcome.date)}</p>
    <p class="notice"><strong>${t('result.estimate')}</strong></p>
    ${outcome.notices.map(
      (n) => html`<p class="notice">${n === 'aow-age-svb' ? t('result.noticeAow') : t('result.noticeOutdated', { date: date(outcome.norm.validFrom) })}</p>`,
    )}
    ${schemes.map((s) => v.results.resultCard(s, card))}
    ${outcome.notices.includes('aow-age-svb') || v.kiosk
      ? nothing
      : html`<rc-work-form class="card no-print" .household=${toHousehold(v.answers, outcome.municipality, outcome.date)}
          .rules=${v.rules} .i18n=${v.i18n} .language=${language}></rc-work-form>`}
    <article class="card" aria-labelledby="card-toeslagen">
      <h3 id="card-toeslagen">${t('result.toeslagenTitle')}</h3>
      <p>${t('result.toeslagen')}</p>
      ${v.kiosk
        ? html`<p>${TOESLAGEN_PROEFBEREKENING}</p>`
        : html`<p><a href=${TOESLAGEN_PROEFBEREKENING} target="_blank" rel="noopener">${t('result.toeslagenLink')}</a></p>`}
    </article>
    <details ?open=${v.volunteer}>
      <summary>${t('result.answers')}</summary>
      ${answersList(v.steps, v.answers, t, money)}
    </details>
    <div class="actions no-print">
      <button @click=${() => window.print()}>${v.kiosk ? t('result.printSlip') : t('result.print')}</button>
      <button @click=${v.onRestart}>${t('app.restart')}</button>
    </div>`;
}
