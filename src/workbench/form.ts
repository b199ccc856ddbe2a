/**
 * The form: per regeling, per figure, its source and its dated values (date, value, own source), with a
 * button to add a new dated value (the yearly update) and to remove one. Reads back into the file object.
 */
import { fieldId, h } from './dom.js';
import { type ParameterField, type ValueEntry, type ValueRow, rowsOf, valuesOf } from './parameters.js';

type Json = Record<string, unknown>;

/** Issue 21: a figure the gemeente sets has its source in the gemeente's own verordening or beleidsregel. */
const SOURCE_HINT = 'Zet de gemeente dit getal vast? Geef dan de link naar de verordening of beleidsregel, op lokaleregelgeving.overheid.nl (CVDR).';

/** The object at a dotted path (the paths come from listParameters, so every step exists). */
export function at(file: unknown, path: string): Json {
  return path.split('.').reduce<Json>((value, key) => value[key] as Json, file as Json);
}

function rowElement(path: string, unit: string, row: ValueRow, n: number): HTMLElement {
  const id = (part: string) => fieldId(path, `${n}-${part}`);
  const field = (part: string, label: string, value: string, attrs: Record<string, string> = {}) =>
    h('div', { class: `field ${part}` }, h('label', { for: id(part) }, label), h('input', { id: id(part), name: part, value, autocomplete: 'off', ...attrs }));
  const el = h(
    'div',
    { class: 'row', 'data-row': '' },
    field('date', 'Geldt vanaf (jjjj-mm-dd)', row.date, { inputmode: 'numeric', placeholder: '2027-01-01' }),
    field('value', `Waarde (${unit})`, row.value, { inputmode: 'decimal' }),
    field('source', 'Bron van deze waarde (leeg: de bron hierboven)', row.source, { type: 'url', placeholder: 'https://' }),
    h('button', { type: 'button', class: 'remove', 'data-remove': '' }, 'Waarde weghalen'),
  );
  // status and note of the entry are not edited here; they are written back unchanged.
  el.dataset.extra = JSON.stringify(row.extra);
  return el;
}

export function parameterElement(field: ParameterField, parameter: Json): HTMLElement {
  const rows = rowsOf(parameter.values as Record<string, ValueEntry>);
  const list = h('div', { class: 'rows' });
  rows.forEach((row, n) => list.append(rowElement(field.path, field.unit, row, n)));
  const sourceId = fieldId(field.path, 'source');
  const el = h(
    'div',
    { class: 'parameter', 'data-path': field.path, 'data-unit': field.unit },
    h('h4', {}, field.label),
    parameter.status === 'unverified' ? h('p', { class: 'unverified' }, 'Niet gecontroleerd in een officiële tekst.') : null,
    h(
      'div',
      { class: 'field' },
      h('label', { for: sourceId }, 'Bron (webadres van de officiële tekst)'),
      h('input', { id: sourceId, name: 'parameter-source', type: 'url', value: String(parameter.source ?? ''), autocomplete: 'off', 'aria-describedby': `${sourceId}-hint` }),
      h('p', { id: `${sourceId}-hint`, class: 'source-hint' }, SOURCE_HINT),
    ),
    list,
    h('button', { type: 'button', 'data-add': '' }, 'Nieuwe waarde met datum toevoegen'),
  );
  el.dataset.rows = String(rows.length);
  return el;
}

/** Adds an empty dated value to a parameter's block and focuses its date. */
export function addRow(block: HTMLElement): void {
  const n = Number(block.dataset.rows);
  block.dataset.rows = String(n + 1);
  const row = rowElement(block.dataset.path!, block.dataset.unit!, { date: '', value: '', source: '', extra: {} }, n);
  block.querySelector('.rows')!.append(row);
  row.querySelector('input')!.focus();
}

/** Writes a parameter's block back into the file object. */
export function readBack(file: unknown, block: HTMLElement): void {
  const parameter = at(file, block.dataset.path!);
  parameter.source = block.querySelector<HTMLInputElement>('input[name="parameter-source"]')!.value.trim();
  const rows: ValueRow[] = [...block.querySelectorAll<HTMLElement>('[data-row]')].map((row) => ({
    date: row.querySelector<HTMLInputElement>('input[name="date"]')!.value.trim(),
    value: row.querySelector<HTMLInputElement>('input[name="value"]')!.value.trim(),
    source: row.querySelector<HTMLInputElement>('input[name="source"]')!.value.trim(),
    extra: JSON.parse(row.dataset.extra ?? '{}'),
  }));
  parameter.values = valuesOf(rows);
}

/** The id of the input a fault path points at, for a link from the fault list to the field. */
export function inputFor(path: string, form: HTMLElement): string | undefined {
  const block = [...form.querySelectorAll<HTMLElement>('[data-path]')]
    .filter((b) => path === b.dataset.path || path.startsWith(`${b.dataset.path}.`))
    .sort((a, b) => b.dataset.path!.length - a.dataset.path!.length)[0];
  if (!block) return undefined;
  const rest = path.slice(block.dataset.path!.length + 1);
  const date = /^values\.(.+?)( \(twee keer\))?(\.value|\.source)?$/.exec(rest);
  if (date) {
    const rows = [...block.querySelectorAll<HTMLElement>('[data-row]')];
    const matching = rows.filter((r) => r.querySelector<HTMLInputElement>('input[name="date"]')!.value.trim() === date[1]);
    const row = date[2] ? matching[1] : matching[0];
    const input = row?.querySelector<HTMLInputElement>(`input[name="${date[3] === '.source' ? 'source' : date[2] ? 'date' : 'value'}"]`);
    return input?.id;
  }
  if (rest === 'values') return block.querySelector<HTMLInputElement>('input[name="date"]')?.id;
  return block.querySelector<HTMLInputElement>('input[name="parameter-source"]')?.id;
}
