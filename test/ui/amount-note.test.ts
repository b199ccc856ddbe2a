/**
 * Issue 20: an amount whose figure is from an earlier year than the check, or not checked against an official
 * text, says so next to the amount on the card ("bedrag van 2018", "niet gecontroleerd"), in every language,
 * not only under "Waarom?". The outcome is the engine's for Houten (WIL Lekstroom IIT € 397 from the 2018
 * table, unverified: test/cases/wil-lekstroom/houten-iit-bedrag-van-2018.json).
 */
import { expect, fixture } from '@open-wc/testing';
import i18next from 'i18next';
import { html, render } from 'lit';
import type { SchemeOutcome } from '../../src/engine/types.js';
import { LANGUAGES, type Language } from '../../src/i18n/languages.js';
import { resultCard } from '../../src/ui/result-card.js';
import type { Translate } from '../../src/ui/view.js';

import nlT from '../../locales/nl/translation.json';
import nlR from '../../locales/nl/results.json';
import enT from '../../locales/en/translation.json';
import enR from '../../locales/en/results.json';
import arT from '../../locales/ar/translation.json';
import arR from '../../locales/ar/results.json';
import trT from '../../locales/tr/translation.json';
import trR from '../../locales/tr/results.json';
import plT from '../../locales/pl/translation.json';
import plR from '../../locales/pl/results.json';
import ukT from '../../locales/uk/translation.json';
import ukR from '../../locales/uk/results.json';

const resources = {
  nl: { translation: nlT, results: nlR },
  en: { translation: enT, results: enR },
  ar: { translation: arT, results: arR },
  tr: { translation: trT, results: trR },
  pl: { translation: plT, results: plR },
  uk: { translation: ukT, results: ukR },
};

async function translate(lang: Language): Promise<Translate> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: lang, fallbackLng: 'nl', resources, ns: ['translation', 'results'], defaultNS: 'translation', fallbackNS: 'results', interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n) as unknown as Translate;
}

const iit = (amount: SchemeOutcome['amount']): SchemeOutcome => ({
  id: 'iit',
  name: 'Individuele inkomenstoeslag',
  status: 'yes',
  amount,
  reasons: ['income-below-limit'],
  portal: { url: 'https://www.wil-lekstroom.nl/voor-u/individuele-inkomenstoeslag_3424/', digid: 'mogelijk' },
  contact: {},
  documents: [],
  sources: ['https://www.wil-lekstroom.nl/voor-u/individuele-inkomenstoeslag_3424/'],
  parameterDate: '2018-01-01',
  unverified: ['IIT alleenstaande'],
});

async function amountText(s: SchemeOutcome, lang: Language = 'nl') {
  const t = await translate(lang);
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  render(resultCard([s], { t, language: lang, money: (v) => `€ ${v}`, date: (d) => d, kiosk: false, onPortal: () => {} }), el);
  return el.querySelector('.amount')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('the amount says its year and whether it was checked (issue 20)', () => {
  it('Houten IIT € 397 of 2018, unverified: "(bedrag van 2018, niet gecontroleerd)" next to the amount', async () => {
    const text = await amountText(iit({ value: '397.00', per: 'year', validFrom: '2018-01-01', fromEarlierYear: true, unverified: true }));
    expect(text).to.equal('€ 397.00 per jaar (bedrag van 2018, niet gecontroleerd)');
  });

  it('a checked amount of this year has no note', async () => {
    const text = await amountText(iit({ value: '749.00', per: 'year', validFrom: '2026-01-01' }));
    expect(text).to.equal('€ 749.00 per jaar');
  });

  it('only old, or only unchecked, says only that', async () => {
    expect(await amountText(iit({ value: '400.00', per: 'year', validFrom: '2019-01-01', fromEarlierYear: true }))).to.equal('€ 400.00 per jaar (bedrag van 2019)');
    expect(await amountText(iit({ value: '125.00', per: 'year', validFrom: '2026-01-01', unverified: true }))).to.equal('€ 125.00 per jaar (niet gecontroleerd)');
  });

  it('every language has its own words for the note, with the year in it', async () => {
    const seen = new Set<string>();
    for (const lang of Object.keys(LANGUAGES) as Language[]) {
      const text = await amountText(iit({ value: '397.00', per: 'year', validFrom: '2018-01-01', fromEarlierYear: true, unverified: true }), lang);
      expect(text, lang).to.contain('2018');
      const note = /\((.*)\)/.exec(text)?.[1];
      expect(note, lang).to.be.a('string');
      if (lang !== 'nl') expect(note, lang).not.to.contain('bedrag van');
      seen.add(note!);
    }
    expect(seen.size).to.equal(Object.keys(LANGUAGES).length);
  });
});
