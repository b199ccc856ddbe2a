import { html, nothing } from 'lit';
import { LANGUAGES, type Language } from '../i18n/languages.js';
import type { Translate } from './view.js';

/** Above every screen: the gemeente, "Lees voor" when a local voice exists, and the language choice. */
export function topBar(t: Translate, v: { place: string | undefined; language: Language; canSpeak: boolean; onSpeak(): void; onLanguage(code: string): void }) {
  return html`<div class="bar no-print">
    <p>${v.place ? t('app.gemeente', { name: v.place }) : nothing}</p>
    ${v.canSpeak ? html`<button type="button" class="speak" @click=${v.onSpeak}>${t('app.readAloud')}</button>` : nothing}
    <label>
      <span>${t('app.language')}</span>
      <select @change=${(e: Event) => v.onLanguage((e.target as HTMLSelectElement).value)}>
        ${Object.entries(LANGUAGES).map(([code, l]) => html`<option value=${code} lang=${code} ?selected=${code === v.language}>${l.name}</option>`)}
      </select>
    </label>
  </div>`;
}
