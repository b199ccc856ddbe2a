import { svg } from 'lit';
import type { Status } from '../engine/types.js';

/** The status is said in words; the icon repeats it in shape (check, question mark, cross), never colour alone. */
export function statusIcon(status: Status) {
  const path = {
    yes: 'M5 12.5l4.5 4.5L19 7.5',
    maybe: 'M9 9a3 3 0 1 1 4.5 2.6c-.9.5-1.5 1.2-1.5 2.2V15M12 18.5v.5',
    no: 'M7 7l10 10M17 7L7 17',
  }[status];
  return svg`<svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <circle cx="12" cy="12" r="11" fill="none" stroke="currentColor" stroke-width="2"></circle>
    <path d=${path} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"></path>
  </svg>`;
}
