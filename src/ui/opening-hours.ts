import { html, nothing } from 'lit';
import type { SchemeOutcome } from '../engine/types.js';
import type { Language } from '../i18n/languages.js';
import type { Translate } from './view.js';

/** Opening hours as the rules give them (Dutch free text for now; see rules/README.md). */
export function openingHours(c: SchemeOutcome['contact'], t: Translate, _language: Language) {
  return c.openingHours ? html`<li>${t('result.hours', { hours: c.openingHours })}</li>` : nothing;
}
