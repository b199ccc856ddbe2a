import type { i18n } from 'i18next';
import { html, nothing } from 'lit';
import type { Outcome, SchemeOutcome } from '../engine/types.js';
import { alreadyGets, splitAlready } from '../flow/already.js';
import type { Answers } from '../flow/answers.js';
import type { StepId } from '../flow/questions.js';
import { toHousehold } from '../flow/to-household.js';
import type { Language } from '../i18n/languages.js';
import { formatDate, formatMoney } from '../i18n/setup.js';
import type { Rules } from '../rules/schema.js';
import { answerFirst, byWhatHelpsMost } from './answer-first.js';
import { answersList } from './answers-summary.js';
import { uncoveredIntro } from './uncovered-intro.js';
import { handlerName } from './handler-name.js';
import { helpSection, notComputedSection } from './help-section.js';
import { loketSection, lokettenOf } from './loket-section.js';
import { printSlip } from './print-slip.js';
import { notFitting, resultCards } from './result-card.js';
import type { Translate } from './view.js';
import { shortAddress } from './source-name.js';

const TOESLAGEN_PROEFBEREKENING = 'https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen/content/hulpmiddel-proefberekening-toeslagen';

export interface ResultsView {
  /** First paint of a new outcome: the answer and the first cards only; the rest follows a frame later. */
  partial?: boolean;
  t: Translate;
  language: Language;
  outcome: Outcome;
  kiosk: boolean;
  volunteer: boolean;
  qr: ((url: string, label: string) => unknown) | undefined;
  rules: Rules;
  i18n: i18n;
  answers: Answers;
  steps: StepId[];
  onPortal(scheme: SchemeOutcome): void;
  onRestart(): void;
  /** Kiosk and volunteer: the QR code that opens these results on the resident's phone (take-home.ts). */
  takeHome?: unknown;
}

const TOESLAGEN = new Set(['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget']);

/**
 * The first two schemes: with the heading and the answer that fills a phone screen (≈ 775 px at 360 px
 * wide), and keeps the first drawing after the click short; the rest follows in the next task.
 */
const FIRST_PAINT_SCHEMES = 2;

/**
 * The heading says plainly what the resident gets: a fit, only a "maybe" (bijzondere bijstand always depends
 * on costs), nothing at all, or a gemeente we do not know.
 */
function title(outcome: Outcome, t: Translate, fit: 'yes' | 'maybe' | 'no'): string {
  if (!outcome.covered) return t('results.uncoveredTitle', { name: outcome.municipalityName || t('placeChoice.yourGemeente') });
  return fit === 'yes' ? t('result.title') : fit === 'maybe' ? t('results.maybeTitle') : t('results.nothingTitle');
}

/**
 * The results: the answer first (what, how much a year, what to do first), the help routes first when the
 * resident has debts or nothing fits, then a card per scheme (what helps most first, the toeslagen estimates
 * among them), the lokets (contact and documents once each), what does not fit, werken loont, what the check
 * does not compute, the answers, print. On paper only the slip (print-slip.ts) shows.
 */
export function resultsScreen(v: ResultsView) {
  const { t, outcome, language } = v;
  const money = (value: string) => formatMoney(language, value);
  const date = (iso: string) => formatDate(language, iso);
  const card = { t, language, money, date, kiosk: v.kiosk, ...(v.qr && { qr: v.qr }), onPortal: v.onPortal };
  const schemes = byWhatHelpsMost(outcome.schemes);
  const fit = schemes.some((s) => s.status === 'yes') ? 'yes' : schemes.some((s) => s.status === 'maybe') ? 'maybe' : 'no';
  const debts = v.answers.debts === 'yes';
  // Nothing that surely fits: the help routes lead, so no one is left at a dead end.
  const helpFirst = debts || fit !== 'yes' || !outcome.covered;
  const help = () => helpSection(outcome, t, v.kiosk, debts);
  const unchecked = schemes.some((s) => s.unverified.length > 0);
  const estimates = schemes.some((s) => TOESLAGEN.has(s.id));
  const lokets = lokettenOf(schemes);
  // Issue 22: what the resident already gets follows what is new, under its own heading; the answer says which.
  const { fresh, already } = splitAlready(schemes, v.answers);
  const answer = { already: alreadyGets(v.answers), handler: (s: SchemeOutcome) => handlerName(s, outcome, v.rules, t) };
  // A first paint (v.partial) keeps the same template, so the heading and the answer stay the same elements.
  return html`<div class="no-print" ?data-partial=${v.partial}>
    <h2 id="results-title" tabindex="-1">${title(outcome, t, fit)}</h2>
    ${!outcome.covered ? html`<p>${t('results.uncoveredIntro', { name: outcome.municipalityName || t('placeChoice.yourGemeente') })}</p>` : nothing}
    ${!outcome.covered && !v.partial ? uncoveredIntro(outcome, t, v.kiosk) : nothing}
    ${outcome.covered && fit !== 'yes' ? html`<p>${t(fit === 'maybe' ? 'results.maybeIntro' : 'results.nothingIntro')}</p>` : nothing}
    ${answerFirst(schemes, t, language, debts, false, answer)}
    ${helpFirst ? help() : nothing}
    ${outcome.notices.map(
      (n) => html`<p class="notice">${n === 'aow-age-svb' ? t('result.noticeAow') : t('result.noticeOutdated', { date: date(outcome.norm.validFrom) })}</p>`,
    )}
    ${resultCards(v.partial ? fresh.slice(0, FIRST_PAINT_SCHEMES) : fresh, card)}
    ${v.partial ? nothing : rest()}
  </div>
  ${v.partial ? nothing : printSlip({ t, language, outcome, schemes, lokets, kiosk: v.kiosk, volunteer: v.volunteer, i18n: v.i18n, ...(v.qr && { qr: v.qr }), debts, answers: v.answers, steps: v.steps, answer })}`;

  function rest() {
    const alreadyOpen = already.filter((s) => s.status !== 'no');
    return html`${alreadyOpen.length
      ? html`<h3 class="section-title" id="already-title">${t('answer.alreadyHeading')}</h3>${resultCards(alreadyOpen, card)}`
      : nothing}
    ${loketSection(lokets, { t, language, kiosk: v.kiosk })}
    <p class="notice"><strong>${t('result.estimate')}</strong>${unchecked ? html` ${t('results.someUnchecked')}` : nothing}</p>
    ${notFitting(schemes.filter((s) => s.status === 'no'), card)}
    ${outcome.notices.includes('aow-age-svb') || v.kiosk || !outcome.covered
      ? nothing
      : html`<rc-work-form class="card no-print" .household=${toHousehold(v.answers, outcome.municipality, outcome.date)}
          .rules=${v.rules} .i18n=${v.i18n} .language=${language}></rc-work-form>`}
    ${estimates
      ? nothing
      : html`<article class="card" aria-labelledby="card-toeslagen">
          <h3 id="card-toeslagen">${t('result.toeslagenTitle')}</h3>
          <p>${t('result.toeslagen')}</p>
          ${v.kiosk
            ? html`<p>${t('result.toeslagenLink')}: ${shortAddress(TOESLAGEN_PROEFBEREKENING)}</p>`
            : html`<p><a href=${TOESLAGEN_PROEFBEREKENING} target="_blank" rel="noopener">${t('result.toeslagenLink')}</a></p>`}
        </article>`}
    ${notComputedSection(outcome, t, v.kiosk)}
    ${helpFirst ? nothing : help()}
    <details ?open=${v.volunteer}>
      <summary>${t('result.answers')}</summary>
      ${answersList(v.steps, v.answers, t, money)}
    </details>
    ${v.takeHome ?? nothing}
    <div class="actions">
      <button @click=${() => window.print()}>${v.kiosk ? t('result.printSlip') : t('result.print')}</button>
      <button @click=${v.onRestart}>${t('app.restart')}</button>
    </div>`;
  }
}
