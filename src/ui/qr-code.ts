import qrcode from 'qrcode-generator';
import { html } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';

/**
 * Kiosk: a QR code for a portal address, made in the browser (no request), so a resident can open the
 * portal on their own phone instead of on the shared kiosk. The SVG comes from the URL in our own rules.
 */
export function qrCode(url: string, label: string) {
  const code = qrcode(0, 'M');
  code.addData(url);
  code.make();
  const svg = code.createSvgTag({ cellSize: 4, margin: 2, scalable: true }).replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" `);
  return html`<figure class="qr">${unsafeSVG(svg)}<figcaption>${url}</figcaption></figure>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
