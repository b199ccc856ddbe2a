/**
 * Issue 22, items 2 and 3 in Chromium: "Krijgt u dit al?" as the last, optional question, and the short
 * answer as a list: plain name first, status in words and icon, EUR per month with the amount's note, the full
 * name and who handles it; "Nieuw voor u" apart from "Krijgt u al", the total only of new money.
 * The resident: single parent on bijstand in Utrecht, children of 3 and 12, € 650 rent (test/cases/utrecht).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { type Resident, clickPrimary, heading, root, settle, waitFor, walk } from './drive.js';

const parent: Resident = { age: 34, children: [3, 12], source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '500', rent: '650' };
const text = (el: RegelingenCheck, selector: string) => (root(el).querySelector<HTMLElement>(selector)?.innerText ?? '').replace(/\u00a0/g, ' ');

async function make(lang = 'nl') {
  const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" lang=${lang} datum="2026-07-01"></regelingen-check>`);
  await settle(el);
  await waitFor(el, () => !!root(el).querySelector('.bar p')?.textContent?.trim());
  // The language loads as a chunk: a click before it is in would see the heading change and move on too soon.
  if (lang !== 'nl') await waitFor(el, () => heading(el) !== 'Welke regelingen passen bij u?');
  return el;
}

/** Walks to "Krijgt u dit al?" and stops there. */
async function toAlready(el: RegelingenCheck, r: Resident = parent) {
  let stop = false;
  await walk(el, r, async (name) => {
    if (name === 'already') stop = true;
    if (stop) throw new Error('stop');
  }).catch((e: Error) => {
    if (e.message !== 'stop') throw e;
  });
}

describe('"Krijgt u dit al?"', () => {
  it('comes last, offers only what can apply (the U-pas by its name, no huurtoeslag without rent) and is axe-clean', async () => {
    const el = await make();
    await toAlready(el, { ...parent, rent: undefined });
    expect(heading(el)).to.equal('Krijgt u dit al?');
    const options = [...root(el).querySelectorAll('ul.plain li')].map((li) => li.textContent!.trim());
    expect(options).to.deep.equal(['Zorgtoeslag', 'Kindgebonden budget', 'U-pas (stadspas)', 'Individuele inkomenstoeslag, dit jaar']);
    await expect(el).to.be.accessible();
  });

  it('"Ja" without a tick says what to do; with a tick it moves on to the answer check, which shows the row', async () => {
    const el = await make();
    await toAlready(el);
    root(el).querySelector<HTMLInputElement>('input[name=already]')!.click();
    await settle(el);
    await clickPrimary(el);
    expect(heading(el)).to.equal('Krijgt u dit al?');
    expect(text(el, '.error')).to.equal('Kies wat u al krijgt. Of kies Nee of Sla over.');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLInputElement>('#f-already-huurtoeslag')!.click();
    await settle(el);
    await clickPrimary(el);
    expect(heading(el)).to.equal('Kloppen uw antwoorden?');
    expect(text(el, 'dl.answers')).to.contain('Krijgt u al');
    expect(text(el, 'dl.answers')).to.contain('Huurtoeslag');
  });
});

describe('the short answer', () => {
  it('sets new money apart from what the resident already gets: the total and "Doe dit eerst" only for the new', async () => {
    const el = await make();
    await walk(el, { ...parent, already: ['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget'] });
    const answer = text(el, '.answer');
    expect(answer).to.contain('Nieuw voor u');
    expect(answer).to.contain('Krijgt u al');
    const fresh = [...root(el).querySelectorAll<HTMLElement>('.answer ul.answer-list')];
    expect(fresh.length).to.equal(2);
    expect([...fresh[0]!.querySelectorAll<HTMLElement>('li')].map((li) => li.dataset.answer)).to.not.include('zorgtoeslag');
    expect([...fresh[1]!.querySelectorAll<HTMLElement>('li')].map((li) => li.dataset.answer).sort()).to.deep.equal(['huurtoeslag', 'kindgebonden-budget', 'zorgtoeslag']);
    // test/cases/utrecht: IIT € 749 a year, the only new amount: € 749 / 12 = € 62,42, rounded € 62.
    expect(answer).to.contain('Samen is het nieuwe geld ongeveer € 62 per maand.');
    expect(answer).to.contain('Doe dit eerst: vraag Individuele inkomenstoeslag aan.');
    // The cards of what the resident already gets follow the new ones, under their own heading.
    const heading = root(el).querySelector('#already-title')!;
    expect(heading.textContent).to.equal('Krijgt u al');
    const cardsAfter = [...root(el).querySelectorAll('article.card')].filter((c) => heading.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(cardsAfter.some((c) => c.querySelector('#card-zorgtoeslag'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says "Nee" plainly: everything is new, no "Krijgt u al"', async () => {
    const el = await make();
    await walk(el, { ...parent, already: 'no' });
    const answer = text(el, '.answer');
    expect(answer).to.contain('Nieuw voor u');
    expect(answer).to.not.contain('Krijgt u al');
    expect(answer).to.match(/Samen is het nieuwe geld ongeveer € [\d.]+ per maand\./);
    expect(root(el).querySelector('#already-title')).to.equal(null);
  });

  it('gives each line its plain name first, status in words and icon, EUR per month, the full name and the handler spelled out', async () => {
    const el = await make();
    await walk(el, { ...parent, already: 'skip' });
    const zorg = root(el).querySelector<HTMLElement>('.answer li[data-answer=zorgtoeslag]')!;
    expect(zorg.querySelector('.answer-name')!.textContent).to.equal('Geld voor de zorg');
    expect(zorg.querySelector('svg')).to.not.equal(null);
    expect(zorg.innerText).to.contain('U heeft waarschijnlijk recht');
    expect(zorg.innerText.replace(/\u00a0/g, ' ')).to.match(/ongeveer € \d+ per maand/);
    const visible = (li: HTMLElement) => li.innerText.replace(/[\u2066-\u2069]/g, '');
    expect(visible(zorg)).to.contain('Zorgtoeslag. Aanvragen bij: Belastingdienst.');
    // rules/organisaties/gemeente-utrecht.json: kwijtschelding.uitvoerder.naam spells out "(BghU)".
    const kwijt = root(el).querySelector<HTMLElement>('.answer li[data-answer=kwijtschelding]')!;
    expect(visible(kwijt)).to.contain('Kwijtschelding gemeentelijke belastingen (BghU)');
    expect(visible(kwijt)).to.contain('Aanvragen bij: BghU (Belastingsamenwerking gemeenten en hoogheemraadschap Utrecht).');
    // A yearly amount (IIT) per month, the year's amount beside it, and the note of the card next to the amount (issue 20).
    const iit = root(el).querySelector<HTMLElement>('.answer li[data-answer=iit]')!;
    expect(iit.innerText.replace(/\u00a0/g, ' ')).to.contain('ongeveer € 62 per maand (€ 749 per jaar)');
    const cardNote = root(el).querySelector('article.card .scheme:has(#card-iit) .amount-note')?.textContent ?? '';
    expect(iit.querySelector('.amount-note')?.textContent ?? '').to.equal(cardNote);
  });

  it('in Arabic: no Dutch plain names, amounts per month, right to left without overflow at 320 px', async () => {
    const el = await make('ar');
    el.style.width = '320px';
    await walk(el, { ...parent, already: ['zorgtoeslag'] });
    const answer = root(el).querySelector<HTMLElement>('.answer')!;
    expect(answer.innerText).to.not.contain('Geld voor de zorg');
    expect(answer.innerText).to.contain('في الشهر');
    expect(answer.scrollWidth).to.be.at.most(answer.clientWidth + 1);
    await expect(el).to.be.accessible();
  });
});
