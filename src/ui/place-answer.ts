/**
 * The place question's answers for a place outside the covered gemeenten (issue 21), so no screen is a dead end:
 * a choice between gemeenten, "Bedoelt u …?" for a typo, or "We kennen … niet" with the list of all gemeenten
 * and the way on with the answers that hold everywhere. The element owns the screen; this draws its content.
 */
import { html, nothing } from 'lit';
import type { PlaceAnswer } from '../engine/find-place.js';
import type { CbsGemeente } from '../rules/schema.js';
import type { Translate } from './view.js';

export interface PlaceAnswerActions {
  /** The resident picked a gemeente (from a choice or the list). */
  choose(gemeente: CbsGemeente): void;
  /** The resident picked a suggested name: look it up again. */
  retry(name: string): void;
  /** Go on without a gemeente: only the answers that hold everywhere. */
  national(): void;
}

/** CBS writes "Bergen (NH.)"; the resident reads "Bergen (NH.)" too, so the name is shown as CBS writes it. */
const label = (g: CbsGemeente) => g.name;

export function placeAnswerView(typed: string, answer: Exclude<PlaceAnswer, { kind: 'found' }>, t: Translate, act: PlaceAnswerActions, all: CbsGemeente[] = []) {
  if (answer.kind === 'choose') {
    return html`<p>${t(answer.via === 'postcode' ? 'placeChoice.shared' : 'location.choose', { place: typed })}</p>
      <ul class="choices">
        ${answer.gemeenten.map((g) => html`<li><button type="button" class="button" @click=${() => act.choose(g)}>${label(g)}</button></li>`)}
      </ul>
      ${gemeenteList(t, act, all)}`;
  }
  if (answer.kind === 'suggest') {
    return html`<p>${t('placeChoice.didYouMean', { place: typed })}</p>
      <ul class="choices">
        ${answer.names.map((n) => html`<li><button type="button" class="button" @click=${() => act.retry(n)}>${t('placeChoice.suggestion', { name: n })}</button></li>`)}
      </ul>
      ${gemeenteList(t, act, all)} ${nationalButton(t, act)}`;
  }
  return html`<p>${t(answer.postcode ? 'placeChoice.unknownPostcode' : 'placeChoice.unknown', { place: typed })}</p>
    <p>${t('placeChoice.unknownHelp')}</p>
    ${gemeenteList(t, act, all)} ${nationalButton(t, act)}`;
}

/** All 342 gemeenten in a plain select: for whoever cannot find their place by typing. */
export function gemeenteList(t: Translate, act: PlaceAnswerActions, all: CbsGemeente[]) {
  if (all.length === 0) return nothing;
  const sorted = [...all].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const pick = (e: Event) => {
    const g = sorted.find((x) => x.code === (e.target as HTMLSelectElement).value);
    if (g) act.choose(g);
  };
  return html`<label for="gemeente-list">${t('placeChoice.listLabel')}</label>
    <select id="gemeente-list" @change=${pick}>
      <option value="">${t('placeChoice.listPrompt')}</option>
      ${sorted.map((g) => html`<option value=${g.code}>${label(g)}</option>`)}
    </select>`;
}

/** "Verder zonder gemeente": the answers the law gives in every gemeente. */
export const nationalButton = (t: Translate, act: PlaceAnswerActions) =>
  html`<p><button type="button" class="button" @click=${() => act.national()}>${t('placeChoice.national')}</button></p>`;
