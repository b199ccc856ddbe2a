/**
 * Issue 21: no screen of the place question is a dead end. The render functions the element uses for a place
 * outside the covered gemeenten, with the real places index: a choice, suggestions, or "we kennen … niet" with
 * the list of all gemeenten and the way on without a gemeente.
 */
import { expect, fixture, html } from '@open-wc/testing';
import cbsFile from '../../rules/cbs-gemeenten-2026.json';
import placesJson from '../../rules/plaatsen-2026.json';
import { findPlace, placeIndex } from '../../src/engine/find-place.js';
import type { CbsGemeente, PlacesFile } from '../../src/rules/schema.js';
import { placeAnswerView } from '../../src/ui/place-answer.js';

const cbs = (cbsFile as { gemeenten: CbsGemeente[] }).gemeenten;
const index = placeIndex(placesJson as unknown as PlacesFile, cbs);
const t = (key: string, o?: Record<string, unknown>) => `${key}${o?.place ? ` ${o.place}` : ''}${o?.name ? ` ${o.name}` : ''}`;

function actions() {
  const done: string[] = [];
  return { done, act: { choose: (g: CbsGemeente) => done.push(`choose ${g.code}`), retry: (n: string) => done.push(`retry ${n}`), national: () => done.push('national') } };
}

async function draw(typed: string) {
  const answer = findPlace(typed, index);
  if (answer.kind === 'found') throw new Error(`${typed} was found`);
  const { done, act } = actions();
  const el = await fixture(html`<div>${placeAnswerView(typed, answer, t, act, cbs)}</div>`);
  return { el, done };
}

describe('place answers outside the covered gemeenten (issue 21)', () => {
  it('offers both gemeenten for "Bergen" and goes on with the one chosen', async () => {
    const { el, done } = await draw('Bergen');
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('ul.choices button')];
    expect(buttons.map((b) => b.textContent)).to.have.members(['Bergen (L.)', 'Bergen (NH.)']);
    buttons.find((b) => b.textContent === 'Bergen (NH.)')!.click();
    expect(done).to.deep.equal(['choose GM0373']);
    await expect(el).to.be.accessible();
  });

  it('says it does not know "xyzzy" and offers the list of all 342 gemeenten and the way on without one', async () => {
    const { el, done } = await draw('xyzzy');
    expect(el.textContent).to.contain('placeChoice.unknown xyzzy');
    const select = el.querySelector('select')!;
    expect(select.options.length).to.equal(343); // a prompt and 342 gemeenten
    select.value = 'GM0479';
    select.dispatchEvent(new Event('change'));
    el.querySelector<HTMLButtonElement>('p button')!.click();
    expect(done).to.deep.equal(['choose GM0479', 'national']);
    await expect(el).to.be.accessible();
  });

  it('suggests Zaandam for "Zaandm", and a retry with it', async () => {
    const { el, done } = await draw('Zaandm');
    const button = [...el.querySelectorAll<HTMLButtonElement>('ul.choices button')].find((b) => b.textContent!.includes('Zaandam'))!;
    button.click();
    expect(done).to.deep.equal(['retry Zaandam']);
  });
});
