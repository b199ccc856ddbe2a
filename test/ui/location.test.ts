/**
 * Issue 13, "Waar woont u?" in Chromium: a postcode shared by two gemeenten offers the choices, and a typo in
 * the woonplaats ("Utrect") offers the closest names instead of ending the check.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { choose, clickPrimary, heading, root, settle, type, waitFor } from './drive.js';

async function atLocation(lang = 'nl') {
  const el = await fixture<RegelingenCheck>(html`<regelingen-check lang=${lang} datum="2026-07-01"></regelingen-check>`);
  await settle(el);
  if (lang !== 'nl') await waitFor(el, () => heading(el) !== 'Welke regelingen passen bij u?');
  await clickPrimary(el);
  return el;
}

const legend = (el: RegelingenCheck) => root(el).querySelector('legend')?.textContent?.trim() ?? '';
const options = (el: RegelingenCheck) => [...root(el).querySelectorAll('fieldset label')].map((l) => l.textContent!.trim());
const gemeenteShown = (el: RegelingenCheck) => root(el).querySelector('.bar')!.textContent!;

async function find(el: RegelingenCheck, place: string) {
  const before = heading(el); // in the page's language
  await type(el, 'place', place);
  root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
  await settle(el);
  await waitFor(el, () => !!root(el).querySelector('fieldset, #err-place, .place-answer') || heading(el) !== before);
}

describe('a postcode shared by two gemeenten', () => {
  // rules/gemeenten.json: PC4 1216 is in gedeeldePostcodes (PDOK/BAG: 266 addresses in Hilversum, 1 in Wijdemeren).
  it('offers Hilversum or another gemeente, and Hilversum leads to the questions', async () => {
    const el = await atLocation();
    await find(el, '1216');
    expect(legend(el)).to.equal('De postcode 1216 hoort bij meer dan één gemeente. In welke gemeente woont u?');
    expect(options(el)).to.deep.equal(['Hilversum', 'Een andere gemeente']);
    expect(root(el).querySelector('[aria-invalid="true"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await choose(el, 0);
    await waitFor(el, () => heading(el) === 'Woont u samen met een partner?');
    expect(heading(el)).to.equal('Woont u samen met een partner?');
    expect(gemeenteShown(el)).to.contain('Hilversum');
  });

  it('"Een andere gemeente" offers every gemeente the postcode lies in (issue 21: no woonplaats asked again, no dead end)', async () => {
    const el = await atLocation();
    await find(el, '1216 AB');
    await choose(el, 1);
    // rules/plaatsen-2026.json: PC4 1216 lies in Hilversum and Wijdemeren
    await waitFor(el, () => options(el).includes('Wijdemeren'));
    expect(options(el)).to.deep.equal(['Hilversum', 'Wijdemeren']);
    await expect(el).to.be.accessible();
    await choose(el, 1); // Wijdemeren: not one of the check's gemeenten
    await waitFor(el, () => heading(el) !== 'Waar woont u?');
    expect(heading(el)).to.equal('De check kent de regelingen van Wijdemeren niet');
    expect(gemeenteShown(el)).to.contain('Wijdemeren');
  });
});

describe('a typo in the woonplaats', () => {
  it('"Utrect" asks "Bedoelt u: Utrecht?" and continues in Utrecht', async () => {
    const el = await atLocation();
    await find(el, 'Utrect');
    expect(legend(el)).to.equal('We kennen Utrect niet. Bedoelt u:');
    expect(options(el)).to.deep.equal(['Utrecht?']);
    await expect(el).to.be.accessible();
    await choose(el, 0);
    await waitFor(el, () => heading(el) === 'Woont u samen met een partner?');
    expect(gemeenteShown(el)).to.contain('Utrecht');
  });

  it('"Bilthovn" offers the woonplaats Bilthoven, which is in De Bilt', async () => {
    const el = await atLocation();
    await find(el, 'Bilthovn');
    expect(options(el)).to.deep.equal(['Bilthoven?']);
    await choose(el, 0);
    await waitFor(el, () => heading(el) === 'Woont u samen met een partner?');
    expect(gemeenteShown(el)).to.contain('De Bilt');
  });

  it('"Amsterdm" offers Amsterdam, a gemeente the check does not cover (CBS list), and says so', async () => {
    const el = await atLocation();
    await find(el, 'Amsterdm');
    expect(options(el)).to.deep.equal(['Amsterdam?']);
    await choose(el, 0);
    await waitFor(el, () => heading(el) !== 'Waar woont u?');
    expect(gemeenteShown(el)).to.contain('Amsterdam');
  });

  it('in Arabic the question and the names are there, the name kept apart from the right-to-left text', async () => {
    const el = await atLocation('ar');
    await find(el, 'Utrect');
    expect(legend(el)).to.contain('\u2068Utrect\u2069');
    // The Latin name isolated, then the Arabic question mark: not "?Utrecht" in right-to-left text.
    expect(options(el)).to.deep.equal(['\u2068Utrecht\u2069؟']);
    await expect(el).to.be.accessible();
  });
});
