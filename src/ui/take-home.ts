import { html, nothing } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import type { Answers } from '../flow/answers.js';
import { shareUrl } from '../flow/share.js';
import type { Language } from '../i18n/languages.js';
import { escapeAttribute, qrSvg } from './qr-code.js';
import type { Translate } from './view.js';

/**
 * Kiosk and volunteer: a QR code that opens these results on the resident's own phone. The answers travel
 * only in the code's URL fragment, which the phone's browser never sends to a server; the address itself
 * is not shown as text, because it holds the answers.
 */
export function takeHome(t: Translate, base: string, gemeente: string, answers: Answers, language: Language) {
  const svg = qrSvg(shareUrl(base, gemeente, answers, language));
  if (!svg) return nothing;
  const labelled = svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(t('takeHome.qrLabel'))}" `);
  return html`<section class="card take-home" aria-labelledby="take-home-title">
    <h3 id="take-home-title">${t('takeHome.title')}</h3>
    <p>${t('takeHome.scan')}</p>
    <figure class="qr">${unsafeSVG(labelled)}</figure>
    <p class="notice">${t('takeHome.privacy')}</p>
  </section>`;
}

/**
 * The page the code opens: the gemeente's public page when it set `deel-url` (a kiosk often runs on an
 * intranet address a phone cannot reach), otherwise this page. `deel-url` must be an absolute https:// address
 * (the README's promise); anything else falls back to this page. No exception for localhost: a phone cannot
 * reach a kiosk's localhost anyway.
 */
export function shareBase(deelUrl: string | undefined, here: string): string {
  if (deelUrl) {
    try {
      // Absolute and https only: the phone opens it from the street, and "//host" would take this page's scheme.
      const url = new URL(deelUrl);
      if (url.protocol === 'https:') return url.href.replace(/#.*$/, '');
    } catch {
      // Not an address: fall back to this page.
    }
  }
  return here.replace(/#.*$/, '');
}
