import { html, nothing } from 'lit';
import type { PlaceAnswer } from '../engine/find-place.js';
import type { CbsGemeente, GemeenteEntry } from '../rules/schema.js';
import { gemeenteList, nationalButton, placeAnswerView } from './place-answer.js';
import type { Translate } from './view.js';

/** Where to send someone whose gemeente we do not cover: their own gemeente and national information. */
const FIND_GEMEENTE = 'https://organisaties.overheid.nl/Gemeenten/';
const NATIONAL_INFO = 'https://www.rijksoverheid.nl/onderwerpen/bijstand';

export function elsewhereLinks(t: Translate, kiosk: boolean) {
  const links = [
    [FIND_GEMEENTE, t('location.elsewhereOwn')],
    [NATIONAL_INFO, t('location.elsewhereNational')],
  ];
  return html`<ul>
    ${links.map(([url, label]) =>
      kiosk ? html`<li>${label}: ${url}</li>` : html`<li><a href=${url} target="_blank" rel="noopener">${label}</a></li>`,
    )}
  </ul>`;
}

/**
 * What the resident can pick when the place is not clear: a woonplaats in more gemeenten, a postcode shared
 * by more gemeenten (with "another gemeente" for one we do not list), or names close to a typo.
 */
export type PlaceChoices =
  /** Outside our gemeenten (issue 21): "we kennen … niet", with every gemeente to pick from and the national answers. */
  | { kind: 'country'; answer: Exclude<PlaceAnswer, { kind: 'found' }>; all: CbsGemeente[] }
  /** A postcode or name in two or more gemeenten of the country. */
  | { kind: 'country-choose'; gemeenten: CbsGemeente[]; postcode: boolean; all: CbsGemeente[] }
  | { kind: 'gemeenten'; entries: GemeenteEntry[] }
  | { kind: 'shared'; entries: GemeenteEntry[] }
  /** `all`: every gemeente, for whoever does not find their place among the names (empty when not loaded). */
  | { kind: 'suggest'; names: string[]; all: CbsGemeente[] };

export interface LocationView {
  t: Translate;
  /** A shared kiosk: the browser must not remember the place for the next person. */
  kiosk: boolean;
  place: string;
  error: string | undefined;
  choices: PlaceChoices | undefined;
  onInput(place: string): void;
  onFind(): void;
  onChoose(entry: GemeenteEntry): void;
  /** A suggested name: looked up as if typed. */
  onSuggest(name: string): void;
  /** "Een andere gemeente" for a shared postcode: every gemeente the postcode lies in. */
  onOther(): void;
  /** A gemeente of the whole country, from a choice or the list of all gemeenten. */
  onPickGemeente(gemeente: CbsGemeente): void;
  /** "Verder zonder gemeente": the answers the law gives everywhere. */
  onNational(): void;
  onBack(): void;
}

function choicesFieldset(v: LocationView, choices: PlaceChoices) {
  const { t } = v;
  const option = (label: string, pick: () => void) =>
    html`<label class="choice"><input type="radio" name="place" @change=${pick} /> ${label}</label>`;
  const act = { choose: v.onPickGemeente, retry: v.onSuggest, national: v.onNational };
  if (choices.kind === 'country') return html`<div class="place-answer">${placeAnswerView(v.place, choices.answer, t, act, choices.all)}</div>`;
  if (choices.kind === 'country-choose') {
    const legend = choices.postcode ? t('placeChoice.shared', { place: v.place }) : t('location.choose', { place: v.place });
    return html`<fieldset><legend>${legend}</legend>
        ${choices.gemeenten.map((g) => option(g.name, () => v.onPickGemeente(g)))}
      </fieldset>
      ${gemeenteList(t, act, choices.all)}`;
  }
  if (choices.kind === 'suggest') {
    return html`<fieldset><legend>${t('placeChoice.didYouMean', { place: v.place })}</legend>
        ${choices.names.map((name) => option(t('placeChoice.suggestion', { name }), () => v.onSuggest(name)))}
      </fieldset>
      ${gemeenteList(t, act, choices.all)} ${choices.all.length > 0 ? nationalButton(t, act) : nothing}`;
  }
  const legend = choices.kind === 'shared' ? t('placeChoice.shared', { place: v.place }) : t('location.choose', { place: v.place });
  return html`<fieldset><legend>${legend}</legend>
    ${choices.entries.map((entry) => option(entry.name, () => v.onChoose(entry)))}
    ${choices.kind === 'shared' ? option(t('placeChoice.other'), v.onOther) : nothing}
  </fieldset>`;
}

/** "Waar woont u?": when the element has no gemeente attribute (a regional kiosk or website). */
export function locationScreen(v: LocationView) {
  const { t } = v;
  return html`<h2 id="q-title" tabindex="-1">${t('location.title')}</h2>
    <p class="help" id="help">${t('location.help')}</p>
    <div class="field">
      <label for="f-place">${t('location.label')}</label>
      ${v.error ? html`<p class="error" id="err-place">${t(`errors.${v.error}`)}</p>` : nothing}
      <input id="f-place" type="text" autocomplete=${v.kiosk ? 'off' : 'address-level2'} .value=${v.place}
        aria-describedby=${v.error ? 'help err-place' : 'help'} aria-invalid=${v.error ? 'true' : 'false'}
        @input=${(e: Event) => v.onInput((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && v.onFind()} />
    </div>
    ${v.choices ? choicesFieldset(v, v.choices) : nothing}
    <div class="actions">
      <button @click=${v.onBack}>${t('app.back')}</button>
      <button class="primary" @click=${v.onFind}>${t('app.next')}</button>
    </div>`;
}
