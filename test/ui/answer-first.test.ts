/**
 * Issue 13, the results a resident can act on, for the typical check (single parent on bijstand in Utrecht,
 * children of 3 and 12, € 650 rent): the answer first with the yearly total of the `yes` amounts (monthly
 * toeslagen × 12), the cards by what helps most, contact details and documents once per loket, phone numbers
 * as tel: links that do not break, sources only under "Waarom?".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { type Resident, root, settle, waitFor, walk, heading } from './drive.js';

const parent: Resident = { age: 34, children: [3, 12], source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '500', rent: '650' };
/** "€ 1.234,56 per maand" → [1234.56, 'maand'] */
const amountOf = (text: string): [number, string] => {
  const [, number, per] = /€\s*([\d.,]+)\s+per\s+(\w+)/.exec(text.replace(/\u00a0/g, ' '))!;
  return [Number(number!.replace(/\./g, '').replace(',', '.')), per!];
};

async function results(lang = 'nl') {
  const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" lang=${lang} datum="2026-07-01"></regelingen-check>`);
  await settle(el);
  await waitFor(el, () => !!root(el).querySelector('.bar p')?.textContent?.trim());
  // The language loads as a chunk: a click before it is in would see the heading change and move on too soon.
  if (lang !== 'nl') await waitFor(el, () => heading(el) !== 'Welke regelingen passen bij u?');
  await walk(el, parent);
  return el;
}

describe('answer first', () => {
  // Issue 22 changed the unit: the total is per month, the unit the cards use (it was "per jaar"), and the
  // answer is a list; a resident who did not say what they already get sees it labelled as possibly included.
  it('sums the yes amounts per month (yearly ÷ 12) in the answer, labelled as holding what the resident may already get, and names the first thing to do', async () => {
    const el = await results();
    const answer = root(el).querySelector<HTMLElement>('.answer')!.innerText;
    let sum = 0;
    for (const scheme of root(el).querySelectorAll<HTMLElement>('article.card .scheme[data-status=yes]')) {
      const amount = scheme.querySelector('.amount')?.textContent;
      if (!amount || !amount.includes('€')) continue;
      const [value, per] = amountOf(amount);
      sum += per === 'jaar' ? value / 12 : value;
    }
    // test/cases/utrecht: IIT € 749 a year for a single parent with a child of 12; the toeslagen are the engine's estimates.
    expect(sum).to.be.greaterThan(749 / 12);
    const total = `€ ${Math.round(sum).toLocaleString('nl-NL')}`;
    expect(answer.replace(/\u00a0/g, ' ')).to.contain(`Samen is dat ongeveer ${total} per maand. Daarin zit ook wat u misschien al krijgt.`);
    expect(answer).to.contain('Dit kunt u krijgen');
    expect(root(el).querySelector('.answer li[data-answer=bijzondere-bijstand]')!.textContent).to.contain('Misschien');
    expect(answer).to.match(/Doe dit eerst: vraag .+ aan, als u dat nog niet krijgt\./);
  });

  it('puts the cards in order of yearly value, the ones without an amount after', async () => {
    const el = await results();
    const values = [...root(el).querySelectorAll<HTMLElement>('article.card .scheme[data-status=yes]')].map((s) => {
      const amount = s.querySelector('.amount')?.textContent ?? '';
      if (!amount.includes('€')) return -1;
      const [value, per] = amountOf(amount);
      return per === 'maand' ? value * 12 : value;
    });
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    expect(values.at(-1)).to.equal(-1, 'U-pas and kwijtschelding have no amount and come last');
  });

  it('gives contact and documents once per loket, phone numbers as unbreakable tel: links', async () => {
    const el = await results();
    const cards = [...root(el).querySelectorAll<HTMLElement>('article.card')].map((c) => c.innerText).join('\n');
    expect(cards).to.not.contain('Neem dit mee');
    expect(cards).to.not.contain('14 030');
    const lokets = root(el).querySelector<HTMLElement>('.lokets')!;
    expect(lokets.innerText.split('14 030').length - 1).to.equal(1, 'the gemeente’s number once, for IIT and bijzondere bijstand');
    const call = lokets.querySelector<HTMLAnchorElement>('a[href="tel:14030"]')!;
    expect(getComputedStyle(call.querySelector('.nowrap')!).whiteSpace).to.equal('nowrap');
    for (const loket of lokets.querySelectorAll('.loket')) {
      const docs = [...loket.querySelectorAll('.docs li')].map((li) => li.textContent);
      expect(docs).to.deep.equal([...new Set(docs)], 'each document once per loket');
    }
  });

  it('keeps source addresses out of the running text: only under "Waarom?"', async () => {
    const el = await results();
    for (const card of root(el).querySelectorAll<HTMLElement>('article.card')) {
      const outside = [...card.querySelectorAll('p, li')].filter((n) => !n.closest('details')).map((n) => n.textContent ?? '');
      for (const text of outside) expect(text).to.not.match(/https?:\/\//);
    }
  });

  it('says the opening hours in the chosen language (Arabic: no Dutch day names)', async () => {
    const el = await results('ar');
    const lokets = root(el).querySelector<HTMLElement>('.lokets')!.innerText;
    expect(lokets).to.not.match(/maandag|dinsdag|woensdag|donderdag|vrijdag|Werkdagen/);
    expect(lokets).to.contain('14 030');
  });
});
