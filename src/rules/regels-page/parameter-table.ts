/** One table of parameters: a row per dated value, grouped per parameter, with status, reference and source. */
import type { Parameter } from '../schema.js';
import { escapeHtml, formatDate, formatValue, link } from './format.js';

export interface ParameterRow {
  /** How the parameter is named on the page: its id (national) or its path in the regeling. */
  name: string;
  parameter: Parameter;
}

interface DatedValue {
  from: string;
  value: string;
  unverified: boolean;
  source: string;
  note: string | undefined;
}

function datedValues(parameter: Parameter): DatedValue[] {
  return Object.entries(parameter.values).map(([from, entry]) => {
    const detail = typeof entry === 'string' ? { value: entry } : entry;
    return {
      from,
      value: detail.value,
      unverified: parameter.status === 'unverified' || detail.status === 'unverified',
      source: detail.source ?? parameter.source,
      note: detail.note,
    };
  });
}

/** "gecontroleerd" or "niet gecontroleerd", in words, with the note on that value if there is one. */
export function statusHtml(unverified: boolean | undefined, note?: string): string {
  const status = unverified ? '<strong class="unverified">niet gecontroleerd</strong>' : '<span class="verified">gecontroleerd</span>';
  return note ? `${status} <span class="note">${escapeHtml(note)}</span>` : status;
}

function parameterRows(row: ParameterRow): string {
  const { parameter } = row;
  const values = datedValues(parameter);
  const span = values.length > 1 ? ` rowspan="${values.length}"` : '';
  const heading = [
    `<span class="name">${escapeHtml(row.name)}</span>`,
    parameter.description ? `<span class="description">${escapeHtml(parameter.description)}</span>` : '',
    parameter.note ? `<span class="note">Toelichting: ${escapeHtml(parameter.note)}</span>` : '',
  ].join('');
  return values
    .map((value, i) => {
      const cells = [
        i === 0 ? `<th scope="rowgroup"${span}>${heading}</th>` : '',
        `<th scope="row" class="date">${escapeHtml(formatDate(value.from))}</th>`,
        `<td class="value">${escapeHtml(formatValue(value.value, parameter.unit))}</td>`,
        `<td>${statusHtml(value.unverified, value.note)}</td>`,
        i === 0 ? `<td${span}>${escapeHtml(parameter.reference ?? 'niet opgegeven')}</td>` : '',
        `<td class="source">${link(value.source)}</td>`,
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
}

/** The table in a horizontally scrollable, keyboard-reachable region named by its caption. */
export function parameterTable(id: string, caption: string, rows: ParameterRow[]): string {
  const head = ['Parameter', 'Geldt vanaf', 'Waarde', 'Status', 'Wettelijke grondslag', 'Bron']
    .map((label) => `<th scope="col">${label}</th>`)
    .join('');
  return [
    `<div class="table-wrap" role="region" tabindex="0" aria-labelledby="${id}">`,
    `<table class="parameters">`,
    `<caption id="${id}">${escapeHtml(caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    ...rows.map((row) => `<tbody>\n${parameterRows(row)}\n</tbody>`),
    `</table>`,
    `</div>`,
  ].join('\n');
}
