import { html, nothing } from 'lit';
import type { GemeenteEntry } from '../rules/schema.js';
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
  | { kind: 'gemeenten'; entries: GemeenteEntry[] }
  | { kind: 'shared'; entries: GemeenteEntry[] }
  | { kind: 'suggest'; names: string[] };

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
  /** "Een andere gemeente" for a shared postcode: then the woonplaats is asked. */
  onOther(): void;
  onBack(): void;
}

function choicesFieldset(v: LocationView, choices: PlaceChoices) {
  const { t } = v;
  const option = (label: string, pick: () => void) =>
    html`<label class="choice"><input type="radio" name="place" @change=${pick} /> ${label}</label>`;
  if (choices.kind === 'suggest') {
    return html`<fieldset><legend>${t('placeChoice.didYouMean', { place: v.place })}</legend>
      ${choices.names.map((name) => option(t('placeChoice.suggestion', { name }), () => v.onSuggest(name)))}
    </fieldset>`;
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
