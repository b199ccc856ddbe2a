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

/**
 * A parameter is a group of rows: a heading row across the table (name, description, reference, note),
 * then a row per dated value. The heading sticks to the left so it stays readable while scrolling sideways.
 */
function parameterRows(row: ParameterRow): string {
  const { parameter } = row;
  const dated = datedValues(parameter);
  const heading = [
    `<span class="name">${escapeHtml(row.name)}</span>`,
    parameter.description ? `<span class="description">${escapeHtml(parameter.description)}</span>` : '',
    `<span class="reference">Wettelijke grondslag: ${escapeHtml(parameter.reference ?? 'niet opgegeven')}</span>`,
    parameter.note ? `<span class="note">Toelichting: ${escapeHtml(parameter.note)}</span>` : '',
    // Where values name their own sources, the parameter's own source would otherwise not be shown at all.
    dated.some((value) => value.source !== parameter.source) ? `<span class="reference">Algemene bron: ${link(parameter.source)}</span>` : '',
  ].join('');
  const values = dated.map((value) =>
    [
      `<tr>`,
      `<th scope="row" class="date">${escapeHtml(formatDate(value.from))}</th>`,
      // The status sits with the value, so it is in view at 320 px without scrolling sideways.
      `<td class="value">${escapeHtml(formatValue(value.value, parameter.unit))}<br>${statusHtml(value.unverified)}</td>`,
      `<td>${value.note ? `<span class="value-note">${escapeHtml(value.note)}</span>` : ''}</td>`,
      `<td class="source">${link(value.source)}</td>`,
      `</tr>`,
    ].join(''),
  );
  return [`<tr><th scope="rowgroup" colspan="4" class="parameter"><div class="group">${heading}</div></th></tr>`, ...values].join('\n');
}

/** The table in a horizontally scrollable, keyboard-reachable region named by its caption. */
export function parameterTable(id: string, caption: string, rows: ParameterRow[]): string {
  const head = ['Geldt vanaf', 'Waarde en status', 'Toelichting', 'Bron'].map((label) => `<th scope="col">${label}</th>`).join('');
  return [
    `<div class="table-wrap" role="region" tabindex="0" aria-labelledby="${id}">`,
    `<table class="parameters">`,
    `<caption id="${id}"><span class="group">${escapeHtml(caption)}</span></caption>`,
    `<thead><tr>${head}</tr></thead>`,
    ...rows.map((row) => `<tbody>\n${parameterRows(row)}\n</tbody>`),
    `</table>`,
    `</div>`,
  ].join('\n');
}
