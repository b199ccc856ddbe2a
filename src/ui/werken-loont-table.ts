import { html } from 'lit';
import type { WerkenLoontPoint } from '../engine/werken-loont/types.js';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The chart as a real table, a row per hour count shown, a column per part and the total. */
export function chartTable(rows: WerkenLoontPoint[], parts: string[], v: { t: Translate; money(value: string): string; partName(part: string): string }) {
  const { t, money } = v;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('tableCaption')}>
    <table>
      <caption>${t('tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('tableHours')}</th>
          ${parts.map((p) => html`<th scope="col">${v.partName(p)}</th>`)}
          <th scope="col">${t('total')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (p) => html`<tr>
            <th scope="row">${t('hours', { hours: p.hoursPerWeek })}</th>
            ${parts.map((part) => html`<td>${money(p.parts[part] ?? '0')}</td>`)}
            <td><strong>${money(p.netHouseholdMonthly)}</strong></td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
