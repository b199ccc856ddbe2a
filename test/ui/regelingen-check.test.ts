/**
 * <regelingen-check> in Chromium: accessibility first, then the full path for household types in both
 * languages, input errors, events, privacy (storage), and a broken rules file.
 * Expected statuses come from the golden cases in test/cases/utrecht (sources named there).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { gemeentenFile, nationalFiles, organisationLoaders } from '../../src/rules/bundled.js';
import { type Resident, choose, clickPrimary, heading, root, settle, shownStatuses, type, resultsComplete, waitFor, walk } from './drive.js';

const make = async (lang = 'nl', gemeente = 'GM0344') => {
  const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente=${gemeente} lang=${lang} datum="2026-07-01"></regelingen-check>`);
  await settle(el);
  // The organisation's rules and a non-default language load as chunks.
  await waitFor(el, () => !!root(el).querySelector('.bar p')?.textContent?.trim() || !!root(el).querySelector('[role=alert]'));
  if (lang !== 'nl') await waitFor(el, () => root(el).querySelector('h2')?.textContent !== 'Welke regelingen passen bij u?');
  return el;
};

const households: [string, Resident, Record<string, string>][] = [
  // test/cases/utrecht/alleenstaande-ouder-kind-12.json
  ['alleenstaande ouder met bijstand en twee kinderen', { age: 34, children: [3, 12], source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '500' }, { stadspas: 'yes', iit: 'yes', 'bijzondere-bijstand': 'maybe' }],
  // test/cases/utrecht/alleenstaande-bijstand.json
  ['alleenstaande met bijstand', { age: 35, source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '1.200' }, { stadspas: 'yes', iit: 'yes' }],
  // test/cases/utrecht/gezin-kind-12-cent-boven-125.json; above every IIT limit, so the low-income period is not asked (issue 13)
  ['gezin met werk boven 125 %', { partner: true, age: 34, partnerAge: 36, children: [12], source: 'work', income: '2534,75', lowSince: undefined, assets: '0' }, { stadspas: 'no', iit: 'no', 'bijzondere-bijstand': 'maybe' }],
  // test/cases/utrecht/jongere-19.json
  ['jongere van 19', { age: 19, source: 'none', income: '330', assets: '0', lowSince: undefined }, { iit: 'no', stadspas: 'yes' }],
  // test/cases/utrecht/kostendelers-2.json: kostendelersnorm, income below all limits
  ['alleenstaande met twee huisgenoten', { age: 40, housemates: [30, 45], source: 'bijstand', income: '834,77', lowSince: 'unknown', assets: '0' }, { stadspas: 'yes', iit: 'maybe' }],
  // test/cases/utrecht/aow-alleenstaande.json
  ['alleenstaande van 68', { age: 68, source: 'pension', income: '1500', lowSince: undefined, assets: '0' }, { iit: 'no' }],
];

/**
 * From the "we do not know this gemeente" notice through the questions to the results. Issue 21: the law's IIT
 * holds there too, so "Hoe lang heeft u al zo weinig geld?" is asked (answered: 3 years or longer).
 */
async function walkFromNotice(el: RegelingenCheck, r: Resident): Promise<void> {
  await clickPrimary(el);
  await choose(el, 1);
  await clickPrimary(el);
  await type(el, 'age', String(r.age));
  await clickPrimary(el);
  await choose(el, 1);
  await clickPrimary(el);
  await choose(el, 1);
  await clickPrimary(el);
  await choose(el, ['bijstand', 'work', 'benefit', 'pension', 'study', 'none'].indexOf(r.source));
  await clickPrimary(el);
  await type(el, 'netMonthly', r.income);
  await clickPrimary(el);
  await choose(el, 2);
  await clickPrimary(el);
  await type(el, 'assets', r.assets);
  await clickPrimary(el);
  await choose(el, r.rent ? 0 : 1);
  if (r.rent) await type(el, 'rent', r.rent);
  await clickPrimary(el);
  await clickPrimary(el);
  // "Krijgt u dit al?" (issue 22), optional: left unanswered.
  await clickPrimary(el);
  await clickPrimary(el);
  await waitFor(el, () => resultsComplete(el));
}

describe('<regelingen-check>', () => {
  it('should pass accessibility tests on the first screen', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
  });

  for (const lang of ['nl', 'en']) {
    for (const [name, resident, expected] of households) {
      it(`${lang}: ${name} reaches the results with the expected statuses, axe-clean on every screen`, async () => {
        const el = await make(lang);
        await walk(el, resident, async () => {
          await expect(el).to.be.accessible();
        });
        const shown = shownStatuses(el);
        for (const [id, status] of Object.entries(expected)) expect(shown[id], id).to.equal(status);
      });
    }
  }

  it('speaks the chosen language and sets lang and dir', async () => {
    const el = await make('en');
    expect(heading(el)).to.equal('Which schemes fit you?');
    const section = root(el).querySelector('section')!;
    expect(section.getAttribute('lang')).to.equal('en');
    expect(section.getAttribute('dir')).to.equal('ltr');
  });

  it('moves focus to the new heading on every step and announces progress', async () => {
    const el = await make();
    await clickPrimary(el);
    // Focus moves once the new screen is painted (no forced layout before the resident sees it).
    await waitFor(el, () => root(el).activeElement?.tagName === 'H2');
    expect(root(el).activeElement?.tagName).to.equal('H2');
    expect(root(el).querySelector('[role=status]')!.textContent).to.match(/Vraag 1 van hoogstens \d/);
  });

  it('shows an inline error tied to the field and does not go on', async () => {
    const el = await make();
    await clickPrimary(el);
    await choose(el, 1);
    await clickPrimary(el);
    await type(el, 'age', '17');
    await clickPrimary(el);
    const input = root(el).querySelector('#f-age')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = root(el).querySelector(`#${input.getAttribute('aria-describedby')!.split(' ').at(-1)}`)!;
    expect(error.textContent).to.contain('18 jaar');
    expect(heading(el)).to.equal('Hoe oud bent u?');
  });

  it('refuses a negative amount with a clear message', async () => {
    const el = await make();
    await walk(el, { age: 30, source: 'work', income: '1000', lowSince: 'short', assets: '0' }, async (screen) => {
      if (screen === 'income') await type(el, 'netMonthly', '-50');
    }).catch(() => undefined);
    expect(root(el).querySelector('.error')?.textContent).to.contain('lager zijn dan 0');
  });

  it('lets the resident change an answer from the summary', async () => {
    const el = await make();
    await walk(el, { age: 35, source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '0' }, async (screen) => {
      if (screen !== 'summary') return;
      const change = [...root(el).querySelectorAll<HTMLButtonElement>('dd button')][0]!;
      change.click();
      await settle(el);
      expect(heading(el)).to.equal('Woont u samen met een partner?');
      await choose(el, 0); // now with a partner: the partner's age is the only new question
      await clickPrimary(el);
      expect(heading(el)).to.equal('Hoe oud zijn u en uw partner?');
      await type(el, 'partnerAge', '37');
      await clickPrimary(el);
      expect(heading(el)).to.equal('Kloppen uw antwoorden?');
    });
    expect(heading(el)).to.equal('Dit past bij u');
    expect(shownStatuses(el).iit).to.equal('yes');
  });

  it('fires a result event with only scheme ids and statuses, and a portal event', async () => {
    const el = await make();
    let detail: any;
    el.addEventListener('regelingen-check-result', (e) => (detail = (e as CustomEvent).detail));
    await walk(el, { age: 35, source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '0' });
    expect(detail.gemeente).to.equal('GM0344');
    for (const scheme of detail.schemes) expect(Object.keys(scheme).sort()).to.deep.equal(['id', 'status']);
    let portal: any;
    el.addEventListener('regelingen-check-portal', (e) => (portal = (e as CustomEvent).detail));
    const link = root(el).querySelector('#card-stadspas')!.closest('article')!.querySelector<HTMLAnchorElement>('a.button')!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    expect(portal.scheme).to.equal('stadspas');
  });

  it('writes nothing to cookies, localStorage, sessionStorage or IndexedDB', async () => {
    const el = await make();
    await walk(el, { age: 34, children: [3, 12], source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '500' });
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(await indexedDB.databases()).to.deep.equal([]);
  });

  it('shows a clear error and never a result when a rules file is broken', async () => {
    const el = await make();
    const broken = structuredClone(nationalFiles) as Record<string, any>;
    delete broken['national/bijstandsnormen.json'].parameters['bijstandsnorm.gehuwden'].source;
    const utrecht = (await organisationLoaders['gemeente-utrecht']!()).default;
    el.ruleFiles = { national: broken, organisations: { 'organisaties/gemeente-utrecht.json': utrecht }, gemeenten: gemeentenFile };
    await waitFor(el, () => !!root(el).querySelector('[role=alert]'));
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('fout in de gegevens');
    expect(root(el).querySelector('button.primary')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says kindly that an unknown gemeente is not covered', async () => {
    const el = await make('nl', 'GM9999');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('De check kent deze gemeente niet');
    expect(root(el).querySelectorAll('a').length).to.be.greaterThan(0);
  });

  it('routes Hilversum (GM0402) to its own portal', async () => {
    const el = await make('nl', 'GM0402');
    // test/cases/gemeente-hilversum/hilversum-alleenstaande-onder-130.json: IIT € 512 under 130 %
    await walk(el, { age: 40, source: 'benefit', income: '1500', lowSince: 'long', assets: '0' });
    expect(root(el).querySelector('.bar')!.textContent).to.contain('Hilversum');
    // The national toeslagen estimates (issue 10) go to the Belastingdienst; every local scheme to Hilversum.
    const national = ['card-zorgtoeslag', 'card-huurtoeslag', 'card-kindgebonden-budget'];
    const portals = [...root(el).querySelectorAll<HTMLAnchorElement>('article.card a.button')]
      .filter((a) => !national.includes(a.closest('article')!.querySelector('h3')!.id))
      .map((a) => a.href);
    expect(portals.length).to.be.greaterThan(0);
    for (const url of portals) expect(url).to.match(/hilversum\.nl/);
  });

  it('refuses a datum before the first date of the rules with a message, never an answer', async () => {
    const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" datum="2020-01-01"></regelingen-check>`);
    await settle(el);
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('Deze datum kan de check niet uitrekenen');
    expect(root(el).querySelector('button.primary')).to.equal(null);
  });

  it('speaks Dutch when given a language it does not have', async () => {
    const el = await make('fr');
    expect(heading(el)).to.equal('Welke regelingen passen bij u?');
    expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal('nl');
  });

  it('asks where you live when no gemeente is given, and finds Utrecht from the woonplaats', async () => {
    const el = await fixture<RegelingenCheck>(html`<regelingen-check datum="2026-07-01"></regelingen-check>`);
    await settle(el);
    await clickPrimary(el);
    expect(heading(el)).to.equal('Waar woont u?');
    await type(el, 'place', 'De Meern');
    await clickPrimary(el);
    expect(heading(el)).to.equal('Woont u samen met een partner?');
    expect(root(el).querySelector('.bar')!.textContent).to.contain('Utrecht');
  });

  it('finds the gemeente from a postcode, and offers every gemeente of a postcode shared with another gemeente', async () => {
    const el = await fixture<RegelingenCheck>(html`<regelingen-check datum="2026-07-01"></regelingen-check>`);
    await settle(el);
    await clickPrimary(el);
    await type(el, 'place', '1216');
    await clickPrimary(el);
    // Issue 13: 1216 offers Hilversum or "Een andere gemeente" (test/ui/location.test.ts); issue 21: the latter
    // offers every gemeente the postcode lies in (rules/plaatsen-2026.json: Hilversum and Wijdemeren).
    await waitFor(el, () => !!root(el).querySelector('fieldset'));
    await choose(el, 1);
    await waitFor(el, () => root(el).querySelector('fieldset')?.textContent?.includes('Wijdemeren') ?? false);
    expect(root(el).querySelector('fieldset')!.textContent).to.contain('Wijdemeren');
    await expect(el).to.be.accessible();
    await type(el, 'place', '3402 AB');
    await clickPrimary(el);
    await waitFor(el, () => heading(el) === 'Woont u samen met een partner?');
    expect(root(el).querySelector('.bar')!.textContent).to.contain('IJsselstein');
  });

  it('says plainly that a place is unknown, offers every gemeente and the national answers, never a wrong answer', async () => {
    const el = await fixture<RegelingenCheck>(html`<regelingen-check datum="2026-07-01"></regelingen-check>`);
    await settle(el);
    await clickPrimary(el);
    await type(el, 'place', 'Atlantis');
    await clickPrimary(el);
    // Issue 21: no dead end ("Deze check is niet voor uw gemeente" and a back button only): "we kennen … niet".
    await waitFor(el, () => !!root(el).querySelector('.place-answer'));
    expect(root(el).querySelector('.place-answer')!.textContent).to.contain('Atlantis');
    expect(root(el).querySelector('#gemeente-list')).to.not.equal(null);
    await expect(el).to.be.accessible();
    // A postcode is never read as a CBS code (1680 is a postcode, GM1680 is Aa en Hunze).
    await type(el, 'place', '1680');
    await clickPrimary(el);
    await waitFor(el, () => heading(el) !== 'Waar woont u?' || !!root(el).querySelector('.place-answer, fieldset'));
    expect(root(el).querySelector('.bar')!.textContent).to.not.contain('Aa en Hunze');
  });

  // Issue 10: a real gemeente outside the 18 (CBS 2026 list) gets toeslagen estimates and help, in plain words.
  it('accepts a gemeente it does not cover, says so plainly, and gives toeslagen and help routes', async () => {
    const el = await fixture<RegelingenCheck>(html`<regelingen-check datum="2026-07-01"></regelingen-check>`);
    await settle(el);
    await clickPrimary(el);
    await type(el, 'place', 'Groningen');
    await clickPrimary(el);
    await waitFor(el, () => heading(el).startsWith('De check kent de regelingen van Groningen niet'));
    expect(heading(el)).to.equal('De check kent de regelingen van Groningen niet');
    expect(root(el).querySelector('.bar')!.textContent).to.contain('Groningen');
    await expect(el).to.be.accessible();
    // The attribute path: gemeente="GM0014" starts on the intro and goes to the same notice.
    await walkFromNotice(el, { age: 40, source: 'bijstand', income: '1401,50', assets: '0', rent: '700' });
    expect(heading(el)).to.equal('Wat u misschien krijgt in Groningen');
    const shown = shownStatuses(el);
    // Issue 21 changed this (it expected only the two toeslagen): the law's own answers (IIT, bijzondere
    // bijstand, kwijtschelding; Participatiewet art. 35-36, Invorderingswet 1990 art. 26) hold in Groningen too.
    expect(Object.keys(shown).sort()).to.deep.equal(['bijzondere-bijstand', 'huurtoeslag', 'iit', 'kwijtschelding', 'zorgtoeslag']);
    expect(shown.iit).to.equal('maybe');
    const help = root(el).querySelector('#help-title')!.closest('section')!;
    expect(help.textContent).to.contain('Geldfit');
    // Issue 21: the gemeente's own site (rules/cbs-gemeenten-2026.json), never the national list of gemeenten.
    expect([...help.querySelectorAll('a')].map((a) => a.href)).to.include('https://gemeente.groningen.nl/');
    await expect(el).to.be.accessible();
  });

  it('accepts gemeente="Schagen" (GM0441, not Hoorn) as a gemeente it does not cover', async () => {
    const el = await make('nl', 'GM0441');
    expect(root(el).querySelector('.bar')!.textContent).to.contain('Schagen');
    await clickPrimary(el);
    await waitFor(el, () => heading(el).startsWith('De check kent'));
    expect(heading(el)).to.equal('De check kent de regelingen van Schagen niet');
  });

  it('says plainly when nothing surely fits, and leads with the help routes', async () => {
    const el = await make('nl', 'GM0344');
    // Income far above every limit: only bijzondere bijstand and kwijtschelding stay "misschien".
    // Above every IIT limit: "Hoe lang heeft u al zo weinig geld?" is not asked (issue 13).
    const headings: string[] = [];
    await walk(el, { age: 40, source: 'work', income: '6000', assets: '0' }, async () => {
      headings.push(heading(el));
    });
    expect(headings).to.include('Hoeveel geld krijgt uw huishouden per maand?');
    expect(headings).not.to.include('Hoe lang heeft u al zo weinig geld?');
    expect(heading(el)).to.equal('Misschien past een regeling bij u');
    expect(Object.values(shownStatuses(el))).to.not.include('yes');
    const first = root(el).querySelector('#results-title ~ section, #results-title ~ article')!;
    expect(first.querySelector('h3')!.textContent).to.equal('Hier kunt u gratis hulp vragen');
  });

  it('puts schuldhulp first with a kind sentence when the resident has debts', async () => {
    const el = await make('nl', 'GM0344');
    await walk(el, { age: 35, source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '0', debts: 'yes' });
    const first = root(el).querySelector('#results-title ~ section, #results-title ~ article')!;
    expect(first.querySelector('h3')!.textContent).to.equal('Hulp bij schulden');
    expect(first.textContent).to.contain('U staat er niet alleen voor');
    expect(first.querySelector('a')!.textContent).to.contain('Utrecht');
  });

  it('shows the help routes after the cards when there are no debts, with kwijtschelding and zorgtoeslag among the cards', async () => {
    const el = await make('nl', 'GM0344');
    await walk(el, { age: 35, source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '0', debts: 'no' });
    const first = root(el).querySelector('#results-title ~ section, #results-title ~ article')!;
    expect(first.tagName).to.equal('ARTICLE');
    const shown = shownStatuses(el);
    expect(shown.kwijtschelding).to.equal('yes');
    expect(shown.zorgtoeslag).to.equal('yes');
    expect(root(el).querySelector('#help-title')!.textContent).to.equal('Hier kunt u gratis hulp vragen');
  });
});
