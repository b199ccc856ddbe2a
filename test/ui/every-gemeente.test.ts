/**
 * Issue 21 in Chromium: a resident types where they live as they would say it, and every answer moves on.
 * Places and postcodes: rules/plaatsen-2026.json (BAG woonplaatsen and PC4 of 2026); websites:
 * rules/cbs-gemeenten-2026.json; the statutory answers: Participatiewet art. 35 and 36, Invorderingswet 1990 art. 26.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { clickPrimary, heading, resultsComplete, root, settle, shownStatuses, type, waitFor, walk } from './drive.js';

async function atLocation(): Promise<RegelingenCheck> {
  const el = await fixture<RegelingenCheck>(html`<regelingen-check datum="2026-07-01"></regelingen-check>`);
  await settle(el);
  await clickPrimary(el);
  return el;
}

async function find(el: RegelingenCheck, place: string): Promise<void> {
  await type(el, 'place', place);
  root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
  await settle(el);
  await waitFor(el, () => !!root(el).querySelector('fieldset, #err-place, .place-answer') || heading(el) !== 'Waar woont u?');
}

const bar = (el: RegelingenCheck) => root(el).querySelector('.bar p')?.textContent ?? '';
const labels = (el: RegelingenCheck) => [...root(el).querySelectorAll('fieldset label')].map((l) => l.textContent!.trim());

describe('every gemeente of the Netherlands, found by what a resident types (issue 21)', () => {
  for (const [typed, gemeente] of [
    ['Zaandam', 'Zaanstad'],
    ['Hoofddorp', 'Haarlemmermeer'],
    ['Scheveningen', "'s-Gravenhage"],
    ['Den Bosch', "'s-Hertogenbosch"],
    ['1012', 'Amsterdam'],
    ['9711 AB', 'Groningen'],
  ]) {
    it(`"${typed}" is in ${gemeente}: the plain screen, then the questions`, async () => {
      const el = await atLocation();
      await find(el, typed!);
      await waitFor(el, () => bar(el).includes(gemeente!));
      expect(bar(el)).to.contain(gemeente);
      expect(heading(el)).to.contain(gemeente);
      await clickPrimary(el);
      expect(heading(el)).to.equal('Woont u samen met een partner?');
    });
  }

  it('"Bergen" lies in two gemeenten: the resident chooses', async () => {
    const el = await atLocation();
    await find(el, 'Bergen');
    await waitFor(el, () => labels(el).length > 1);
    expect(labels(el).some((l) => l.startsWith('Bergen (L'))).to.equal(true);
    expect(labels(el).some((l) => l.startsWith('Bergen (NH'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('"xyzzy" is no place: "we kennen … niet", every gemeente to choose from, and the national answers; never called a gemeente', async () => {
    const el = await atLocation();
    await find(el, 'xyzzy');
    await waitFor(el, () => !!root(el).querySelector('.place-answer'));
    const text = root(el).querySelector('.place-answer')!.textContent!;
    expect(text).to.contain('xyzzy');
    expect(text).to.not.contain('Deze check is niet voor uw gemeente');
    expect(root(el).querySelectorAll('#gemeente-list option').length).to.be.greaterThan(342);
    await expect(el).to.be.accessible();
    // "Verder zonder gemeente": the answers the law gives everywhere, with no gemeente named
    [...root(el).querySelectorAll<HTMLButtonElement>('.place-answer button')].at(-1)!.click();
    await waitFor(el, () => heading(el) !== 'Waar woont u?');
    expect(heading(el)).to.equal('De check kent de regelingen van uw gemeente niet');
  });

  it('the list of all gemeenten moves on too', async () => {
    const el = await atLocation();
    await find(el, 'xyzzy');
    await waitFor(el, () => !!root(el).querySelector('#gemeente-list'));
    const list = root(el).querySelector<HTMLSelectElement>('#gemeente-list')!;
    list.value = 'GM0479'; // Zaanstad
    list.dispatchEvent(new Event('change'));
    await waitFor(el, () => bar(el).includes('Zaanstad'));
    expect(bar(el)).to.contain('Zaanstad');
  });

  it('Amsterdam on bijstand for four years: IIT, bijzondere bijstand and kwijtschelding from the law, and Amsterdam’s own site', async () => {
    const el = await atLocation();
    await find(el, 'Amsterdam');
    await waitFor(el, () => bar(el).includes('Amsterdam'));
    // The plain screen about Amsterdam stands where the intro stood: walk() presses its "Volgende" first.
    await walk(el, { age: 34, children: [6], source: 'bijstand', income: '1250', lowSince: 'long', assets: '300' });
    await waitFor(el, () => resultsComplete(el));
    const shown = shownStatuses(el);
    // Participatiewet art. 36 (the gemeente sets the limit and the amount), art. 35, Invorderingswet 1990 art. 26
    expect(shown.iit).to.equal('maybe');
    expect(shown['bijzondere-bijstand']).to.equal('maybe');
    // € 1.250 is below 90 % of the single-parent norm of € 1.419,46 (2026-07-01) and savings € 300 are below it too
    expect(shown.kwijtschelding).to.equal('yes');
    expect(root(el).querySelector('#uncovered-title')).to.not.equal(null);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
    expect(links).to.include('https://www.amsterdam.nl/');
    expect(links.some((h) => h.startsWith('https://organisaties.overheid.nl/Gemeenten'))).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
