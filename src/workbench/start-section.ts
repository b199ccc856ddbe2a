/**
 * The page's "Nieuwe gemeente beginnen" part: a list of the 342 gemeenten (a native select: typing a name
 * jumps to it, with every screen reader and keyboard) and a button that starts the gemeente's first file.
 */
import { h } from './dom.js';
import { type Started, type WorkbenchBase, gemeenteChoices, startGemeente } from './new-gemeente.js';

export function setUpStart(base: WorkbenchBase, onStart: (started: Extract<Started, { ok: true }>) => void): void {
  const select = document.getElementById('new-gemeente') as HTMLSelectElement;
  const status = document.getElementById('new-status')!;
  for (const choice of gemeenteChoices(base)) {
    select.append(h('option', { value: choice.code }, choice.organisation ? `${choice.label}: heeft al een regelbestand` : choice.label));
  }
  document.getElementById('new-start')!.addEventListener('click', () => {
    const started = startGemeente(select.value, base);
    if (!started.ok) {
      status.textContent = started.message;
      return;
    }
    status.textContent = '';
    onStart(started);
  });
}
