/**
 * demo/regels-bewerken.html: a policy officer opens the organisation's rules file from disk (nothing is
 * uploaded), edits figures, dates and sources, sees every fault in plain Dutch and which golden households
 * get another outcome, and saves the file. Everything happens in this page.
 */
import type { Rules } from '../rules/schema.js';
import type { Fault } from '../rules/validate.js';
import { baseRules, goldenCases } from './bundled.js';
import { type HouseholdChange, casesFor, householdChanges } from './changes.js';
import { checkOrganisation } from './check.js';
import { h } from './dom.js';
import { dutchFaults } from './faults-nl.js';
import { addRow, at, inputFor, parameterElement, readBack } from './form.js';
import { linkFaults } from './links.js';
import type { WorkbenchBase } from './new-gemeente.js';
import { openFaults } from './open-faults.js';
import { listParameters } from './parameters.js';
import { setUpStart } from './start-section.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const fileInput = $<HTMLInputElement>('rules-file');
const fileStatus = $('file-status');
const form = $<HTMLFormElement>('form');
const faultsBox = $('faults');
const changesBox = $('changes');
const saveButton = $<HTMLButtonElement>('save');
const saveStatus = $('save-status');
const saveGemeentenButton = $<HTMLButtonElement>('save-gemeenten');

let fileName = 'regels.json';
let current: unknown;
/** What the open file is checked against: the bundled rules, or for a new gemeente those with its line added. */
let base: WorkbenchBase = baseRules;
/** gemeenten.json with a new gemeente's line, saved next to its file; undefined for a file opened from disk. */
let newGemeenten: unknown;
/** The rules as opened, to compare against; undefined when the opened file already had faults. */
let before: Rules | undefined;

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  let content: unknown;
  const text = await file.text();
  // Whatever was open before is closed: a refused file must not leave the previous one to be saved.
  close();
  fileName = file.name;
  try {
    content = JSON.parse(text);
  } catch (error) {
    fileStatus.textContent = `Dit bestand kan de werkbank niet lezen: het is geen JSON-bestand (${(error as Error).message}).`;
    return;
  }
  const refused = openFaults(file.name, text, content);
  if (refused.length > 0) {
    const items = dutchFaults(refused, []).map((fault) => h('li', {}, h('strong', {}, fault.path), `: ${fault.message}`));
    fileStatus.replaceChildren(`De werkbank opent ${file.name} niet, want opslaan zou het bestand stil veranderen:`, h('ul', {}, ...items));
    return;
  }
  if (listParameters(content).length === 0) {
    fileStatus.textContent = 'In dit bestand staan geen regelingen met bedragen. Kies het regelbestand van uw organisatie, uit de map rules/organisaties.';
    return;
  }
  open(content, 'Geopend');
});

/** Shows `content` in the form, checked against `base`; a file from disk and a new gemeente's file alike. */
function open(content: unknown, how: string): void {
  current = content;
  const fields = listParameters(content);
  const opened = checkOrganisation(content, base);
  before = opened.ok ? opened.rules : undefined;
  const name = (content as { name?: string }).name ?? fileName;
  fileStatus.textContent = `${how}: ${fileName} (${name}), met ${fields.length} ${fields.length === 1 ? 'bedrag of grens' : 'bedragen en grenzen'}.`;
  renderForm(fields);
  for (const id of ['edit-section', 'check-section', 'changes-section', 'save-section']) $(id).hidden = false;
  saveGemeentenButton.hidden = newGemeenten === undefined;
  update();
}

/** No file open: nothing to edit, check or save. */
function close(): void {
  current = undefined;
  before = undefined;
  base = baseRules;
  newGemeenten = undefined;
  form.replaceChildren();
  saveStatus.textContent = '';
  for (const id of ['edit-section', 'check-section', 'changes-section', 'save-section']) $(id).hidden = true;
}

setUpStart(baseRules, (started) => {
  close();
  fileInput.value = '';
  fileName = started.fileName;
  base = started.base;
  newGemeenten = started.gemeenten;
  open(started.organisation, 'Nieuw bestand');
  $('edit-title').focus();
});

/** The file as rules:check sees it, and links that are no web address (src/workbench/links.ts). */
const check = () => checkOrganisation(current, base, linkFaults(`organisaties/${fileName}`, current));

function renderForm(fields: ReturnType<typeof listParameters>): void {
  form.replaceChildren();
  const groups = new Map<string, typeof fields>();
  for (const field of fields) groups.set(field.group, [...(groups.get(field.group) ?? []), field]);
  for (const [group, list] of groups) {
    form.append(h('fieldset', {}, h('legend', {}, group), ...list.map((f) => parameterElement(f, at(current, f.path)))));
  }
}

form.addEventListener('input', (event) => {
  const block = (event.target as HTMLElement).closest<HTMLElement>('[data-path]');
  if (!block) return;
  readBack(current, block);
  update();
});

form.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const block = target.closest<HTMLElement>('[data-path]');
  if (!block) return;
  if (target.matches('[data-add]')) addRow(block);
  else if (target.matches('[data-remove]')) {
    target.closest('[data-row]')!.remove();
    block.querySelector<HTMLElement>('[data-add]')!.focus();
  } else return;
  readBack(current, block);
  update();
});

/** Checks the edited file and compares the households; called after every change. */
function update(): void {
  const result = check();
  renderFaults(result.ok ? [] : result.faults);
  renderChanges(result.ok ? householdChanges(goldenCases, before, result.rules) : undefined, result.ok ? casesFor(goldenCases, result.rules).length : 0);
}

function renderFaults(faults: Fault[]): void {
  if (faults.length === 0) {
    faultsBox.replaceChildren(h('p', { class: 'ok' }, 'Geen fouten. Het bestand klopt met de regels van de check.'));
    return;
  }
  const items = dutchFaults(faults, listParameters(current)).map((fault) => {
    const id = inputFor(fault.path, form);
    return h('li', {}, id ? h('a', { href: `#${id}` }, fault.where) : h('strong', {}, fault.where), `: ${fault.message}`);
  });
  faultsBox.replaceChildren(h('p', { class: 'faults-count' }, faults.length === 1 ? '1 fout:' : `${faults.length} fouten:`), h('ul', {}, ...items));
}

function renderChanges(changes: HouseholdChange[] | undefined, total: number): void {
  if (!changes) {
    changesBox.replaceChildren(h('p', {}, 'Los eerst de fouten op. Dan ziet u hier welke huishoudens een andere uitkomst krijgen.'));
    return;
  }
  if (changes.length === 0) {
    changesBox.replaceChildren(h('p', {}, `Geen van de ${total} voorbeeldhuishoudens krijgt een andere uitkomst.`));
    return;
  }
  const rows = changes.flatMap((household) =>
    household.changes.map((change, i) =>
      h(
        'tr',
        {},
        i === 0 ? h('th', { scope: 'row', rowspan: String(household.changes.length) }, household.naam, h('span', { class: 'file' }, household.file)) : null,
        h('td', {}, change.scheme),
        h('td', {}, change.before),
        h('td', {}, change.after),
      ),
    ),
  );
  changesBox.replaceChildren(
    h('p', {}, `${changes.length} van de ${total} voorbeeldhuishoudens krijgen een andere uitkomst:`),
    h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Huishoudens die veranderen' },
      h(
        'table',
        {},
        h('caption', {}, 'Uitkomst voor en na uw wijziging'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Huishouden'), h('th', { scope: 'col' }, 'Regeling'), h('th', { scope: 'col' }, 'Voor'), h('th', { scope: 'col' }, 'Na'))),
        h('tbody', {}, ...rows),
      ),
    ),
  );
}

/** Gives `content` to the browser as a download named `name`, laid out as the files in rules/. */
function download(content: unknown, name: string): void {
  const json = `${JSON.stringify(content, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

saveButton.addEventListener('click', () => {
  if (current === undefined) return;
  download(current, fileName);
  const faults = check();
  const gemeenten = newGemeenten === undefined ? '' : ' Sla ook gemeenten.json op: daarin staat uw gemeente met haar woonplaatsen.';
  saveStatus.textContent = faults.ok
    ? `Opgeslagen als ${fileName} in uw map Downloads. Geef het bestand aan de ontwikkelaar of zet het in rules/organisaties/.${gemeenten}`
    : `Opgeslagen als ${fileName}, maar let op: het bestand heeft nog ${faults.faults.length} ${faults.faults.length === 1 ? 'fout' : 'fouten'}.${gemeenten}`;
});

saveGemeentenButton.addEventListener('click', () => {
  if (newGemeenten === undefined) return;
  download(newGemeenten, 'gemeenten.json');
  saveStatus.textContent = 'Opgeslagen als gemeenten.json in uw map Downloads. Dit bestand vervangt rules/gemeenten.json: daarin staat nu ook uw gemeente.';
});
