/**
 * Issue 22, items 4 and 5 in Chromium: sources named and never an address as text on a result screen; a
 * take-home code made at a kiosk opens as a resident; one back press after a reload leaves the check; every
 * button on the place screen moves on or says why; the question count never grows; no partner, no partner
 * in the texts; on the demo page at 320 px the first primary button is within the first 640 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { encodeShare } from '../../src/flow/share.js';
import { SOURCES_SHOWN } from '../../src/ui/sources-list.js';
import { type Resident, choose, clickPrimary, heading, root, resultsComplete, settle, type, waitFor, walk } from './drive.js';
import { utrechtParentAnswers } from '../support/utrecht-parent.js';

/** The typical resident of issue 13: single parent on bijstand in Utrecht. */
const parent: Resident = { age: 34, children: [3, 12], source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '500', rent: '650', debts: 'no' };
const parentAnswers = utrechtParentAnswers({ debts: 'no' });

/** Every text node of the element's shadow root, also inside closed <details>. */
function texts(el: RegelingenCheck): string[] {
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.textContent ?? '');
  return out;
}

async function results(mode: string, lang = 'nl') {
  const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" mode=${mode} lang=${lang} datum="2026-07-01"></regelingen-check>`);
  await waitFor(el, () => !!root(el).querySelector('button.primary'));
  // The language loads as a chunk: a click before it is in would see the heading change and move on too soon.
  if (lang !== 'nl') await waitFor(el, () => heading(el) !== 'Welke regelingen passen bij u?');
  await walk(el, parent);
  await waitFor(el, () => resultsComplete(el));
  return el;
}

describe('issue 22 item 4: sources by name', () => {
  for (const mode of ['inwoner', 'kiosk']) {
    it(`${mode}: no text on the result screen is a web address (https?://)`, async () => {
      const el = await results(mode);
      expect(root(el).querySelector('#results-title')).to.exist;
      const addresses = texts(el).filter((t) => /https?:\/\//.test(t));
      expect(addresses).to.deep.equal([]);
    });
  }

  it('names the toeslagen sources after the law ("Wet op de zorgtoeslag"), at most two per "Waarom?", the rest folded', async () => {
    const el = await results('inwoner');
    const whys = [...root(el).querySelectorAll<HTMLDetailsElement>('.scheme > details')];
    expect(whys.length).to.be.greaterThan(0);
    for (const why of whys) {
      const shown = why.querySelectorAll(':scope > ul.sources > li');
      expect(shown.length).to.be.at.most(SOURCES_SHOWN);
      expect(shown.length).to.be.greaterThan(0);
    }
    const zorg = root(el).querySelector('#card-zorgtoeslag')?.closest('.scheme');
    expect(zorg, 'the typical parent gets a zorgtoeslag card').to.exist;
    const links = [...zorg!.querySelectorAll<HTMLAnchorElement>('ul.sources a')].map((a) => a.textContent!.trim());
    // landelijk.json toeslagen.sources.zorgtoeslag: https://wetten.overheid.nl/BWBR0018451/2026-01-01
    expect(links[0]).to.equal('Wet op de zorgtoeslag');
    // The second shown is about zorgtoeslag too, not a figure shared with the huurtoeslag.
    expect(links[1]).to.match(/zorgtoeslag/i);
    // rules/national/zorgtoeslag.json: the Awir (BWBR0018472) and the Staatscourant of the standaardpremie 2026.
    expect(links).to.include('Algemene wet inkomensafhankelijke regelingen');
    expect(links).to.include('Staatscourant 2025, 40022');
    // rules/national/huurtoeslag.json cites articles: "…/BWBR0008659/2026-01-01#Artikel17".
    const huur = root(el).querySelector('#card-huurtoeslag')!.closest('.scheme')!;
    const huurLinks = [...huur.querySelectorAll<HTMLAnchorElement>('ul.sources a')].map((a) => a.textContent!.trim());
    expect(huurLinks.some((l) => /^\u2068?Wet op de huurtoeslag\u2069?, artikel \d+/.test(l)), huurLinks.join(' | ')).to.equal(true);
    // A national scheme is not checked "bij de gemeente".
    expect(zorg!.textContent).to.not.contain('bij de gemeente');
  });
});

describe('issue 22: axe with every "Waarom?" and "Meer bronnen" open', () => {
  for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
    for (const mode of lang === 'nl' || lang === 'ar' ? ['inwoner', 'kiosk'] : ['inwoner']) {
      it(`${lang}, ${mode}`, async () => {
        const el = await results(mode, lang);
        root(el).querySelectorAll('details').forEach((d) => (d.open = true));
        await settle(el);
        expect(root(el).querySelectorAll('details.more-sources').length).to.be.greaterThan(0);
        expect(texts(el).filter((t) => /https?:\/\//.test(t))).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('issue 22 item 5', () => {
  it('(a) a code made at a kiosk opens as a resident on the phone: links, no QR codes, no idle reset', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#${encodeShare('GM0344', parentAnswers)}`);
    const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" mode="kiosk" datum="2026-07-01"></regelingen-check>`);
    await waitFor(el, () => !!root(el).querySelector('#results-title'), 5000);
    await waitFor(el, () => resultsComplete(el));
    expect(el.mode).to.equal('inwoner');
    expect(root(el).querySelector('a.button.primary[href^="https://"]'), 'a portal link that opens').to.exist;
    expect(root(el).querySelector('figure.qr')).to.not.exist;
    // The page may set the mode again later: a take-home page stays the resident's.
    el.mode = 'kiosk';
    await settle(el);
    expect(el.mode).to.equal('inwoner');
  });

  it('(b) after a reload, one back press skips every screen of the load before (history.go past them all)', async () => {
    // The load before: its first entry (the intro) and three screens pushed on top, the reload on the last.
    for (let depth = 0; depth < 4; depth++) history.pushState({ regelingenCheck: 'old-token', depth, load: 'old-load' }, '');
    const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" datum="2026-07-01"></regelingen-check>`);
    await waitFor(el, () => !!root(el).querySelector('button.primary'));
    expect(history.state, 'the entry reloaded on is now the intro of this load').to.equal(null);
    const go = history.go.bind(history);
    const calls: number[] = [];
    history.go = (delta?: number) => void calls.push(delta ?? 0);
    try {
      const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
      history.back(); // onto depth 2 of the load before
      await popped;
      await settle(el);
    } finally {
      history.go = go;
    }
    // Depth 2, 1 and 0 of that load and the entry it started on: four back, to the page before the check.
    expect(calls).to.deep.equal([-4]);
  });

  it('(c) with a suggestion on screen, "Volgende" says to choose one, and choosing it moves on', async () => {
    const el = await fixture<RegelingenCheck>(html`<regelingen-check datum="2026-07-01"></regelingen-check>`);
    await waitFor(el, () => !!root(el).querySelector('button.primary'));
    await clickPrimary(el);
    await type(el, 'place', 'Hilversm');
    root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitFor(el, () => !!root(el).querySelector('fieldset input[type=radio]'));
    expect(root(el).querySelector('fieldset legend')!.textContent).to.contain('Hilversm');
    root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await settle(el);
    expect(root(el).querySelector('#err-place')?.textContent).to.contain('Kies hieronder');
    expect(root(el).querySelector('#f-place')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await choose(el, 0);
    await waitFor(el, () => heading(el) !== 'Waar woont u?');
    expect(heading(el)).to.equal('Woont u samen met een partner?');
  });

  it('(d) the question count never goes up along the walk, and the last question says its true number', async () => {
    const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" datum="2026-07-01"></regelingen-check>`);
    await waitFor(el, () => !!root(el).querySelector('button.primary'));
    const totals: number[] = [];
    let last = { current: 0, total: 0 };
    await walk(el, { ...parent, age: 19, lowSince: undefined }, async (name) => {
      if (['intro', 'summary', 'results'].includes(name)) return;
      const [, current, total] = /Vraag (\d+) van hoogstens (\d+)/.exec(root(el).querySelector('.progress')!.textContent!)!;
      expect(Number(current)).to.be.at.most(Number(total));
      totals.push(Number(total));
      last = { current: Number(current), total: Number(total) };
    });
    expect(totals.length).to.be.greaterThan(5);
    for (let i = 1; i < totals.length; i++) expect(totals[i]).to.be.at.most(totals[i - 1]!);
    expect(last.current).to.equal(last.total);
  });

  it('(e) without a partner no text speaks of "uw partner"; with one, the income help counts the partner too', async () => {
    const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" datum="2026-07-01"></regelingen-check>`);
    await waitFor(el, () => !!root(el).querySelector('button.primary'));
    const seen: string[] = [];
    await walk(el, parent, async (name) => {
      if (!['intro', 'partner', 'results'].includes(name)) seen.push(`${name}: ${root(el).querySelector('.screen')!.textContent}`);
    });
    // The answer check lists "Partner: Nee" as an answer; the questions and their help say nothing of one.
    expect(seen.filter((s) => !s.startsWith('summary') && /partner/i.test(s))).to.deep.equal([]);

    const couple = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" datum="2026-07-01"></regelingen-check>`);
    await waitFor(couple, () => !!root(couple).querySelector('button.primary'));
    let incomeHelp = '';
    await walk(couple, { ...parent, partner: true, partnerAge: 36 }, async (name) => {
      if (name === 'income') incomeHelp = root(couple).querySelector('#help')!.textContent!;
    });
    expect(incomeHelp).to.contain('u en uw partner');
  });

  for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
    it(`(f) ${lang}: on the demo page at 320 px wide, the first primary button is within the first 640 px`, async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:320px;height:2000px;border:0';
      frame.src = '/demo/index.html';
      document.body.append(frame);
      try {
        await new Promise((r) => frame.addEventListener('load', r, { once: true }));
        const doc = frame.contentDocument!;
        const element = () => doc.querySelector('regelingen-check');
        const button = () => element()?.shadowRoot?.querySelector('button.primary');
        const until = Date.now() + 8000;
        while (!button() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
        element()!.setAttribute('lang', lang);
        await new Promise((r) => setTimeout(r, 600)); // the language chunk, fonts and the tokens' stylesheet
        expect(element()!.shadowRoot!.querySelector('h2')!.textContent).to.not.equal(lang === 'nl' ? '' : 'Welke regelingen passen bij u?');
        expect(button()!.getBoundingClientRect().bottom).to.be.at.most(640);
      } finally {
        frame.remove();
      }
    });
  }
});
