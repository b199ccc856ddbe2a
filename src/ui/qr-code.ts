import qrcode from 'qrcode-generator';
import { html } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { shortAddress } from './source-name.js';

/**
 * Kiosk: a QR code for a portal address, made in the browser (no request), so a resident can open the
 * portal on their own phone instead of on the shared kiosk. The SVG comes from the URL in our own rules.
 * The caption is the short readable address (no "https://", no long path): the code holds the full one.
 */
export function qrCode(url: string, label: string) {
  const svg = qrSvg(url);
  // An address too long for a QR code is shown as text only: the results must render whatever the rules say.
  if (!svg) return html`<p class="qr-fallback">${shortAddress(url)}</p>`;
  const labelled = svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" `);
  return html`<figure class="qr">${unsafeSVG(labelled)}<figcaption>${shortAddress(url)}</figcaption></figure>`;
}

/** The QR code as SVG, or undefined when the data does not fit (qrcode-generator throws "code length overflow"). */
export function qrSvg(url: string): string | undefined {
  try {
    const code = qrcode(0, 'M');
    code.addData(url);
    code.make();
    return code.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
  } catch {
    return undefined;
  }
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
