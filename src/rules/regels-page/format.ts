/** Text formatting for demo/regels.html: escaping, Dutch numbers, dates, units and readable paths. */
import type { Parameter } from '../schema.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A decimal string in nl-NL notation ("1401.50" → "1.401,50"). Done on the string, not through a float,
 * so the page shows exactly the digits in rules/.
 */
export function formatNumber(decimal: string): string {
  const [, sign = '', whole = '0', fraction] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal) ?? [];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign === '-' ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

const NBSP = '\u00a0';
const PER: Partial<Record<Parameter['unit'], string>> = {
  'EUR/maand': 'per maand',
  'EUR/jaar': 'per jaar',
  'EUR/kwartaal': 'per kwartaal',
  'EUR/uur': 'per uur',
};

/** A value with its unit, as a reader says it: "€ 1.401,50 per maand", "110 %", "36 maanden". */
export function formatValue(decimal: string, unit: Parameter['unit']): string {
  const number = formatNumber(decimal);
  switch (unit) {
    case 'EUR':
      return `€${NBSP}${number}`;
    case 'EUR/maand':
    case 'EUR/jaar':
    case 'EUR/kwartaal':
    case 'EUR/uur':
      return `€${NBSP}${number} ${PER[unit]}`;
    case 'procent-van-norm':
      return `${number}${NBSP}% van de bijstandsnorm`;
    case 'procent':
      return `${number}${NBSP}%`;
    case 'maanden':
      return `${number}${NBSP}${decimal === '1' ? 'maand' : 'maanden'}`;
    case 'jaren':
      return `${number}${NBSP}jaar`;
    case 'jaartal':
      return decimal;
    case 'factor':
      return `factor ${number}`;
  }
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-07-01" → "1 juli 2026". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A key from rules/ for people: "draagkrachtvrijeInkomensgrens" → "draagkrachtvrije inkomensgrens". */
export function humanize(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase();
}

/** A link whose text is the address itself, so a printed page still shows where a figure comes from. */
export function link(url: string): string {
  const text = url.replace(/^https:\/\//, '').replace(/\/$/, '');
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

/** An id for an anchor: lowercase letters, digits and hyphens. */
export function slug(...parts: string[]): string {
  return parts.join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
