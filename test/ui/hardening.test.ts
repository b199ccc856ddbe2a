/**
 * Issue 12 in Chromium: a gemeente's own rules always win or fail loudly. The race (ruleFiles set while the
 * bundled rules are still loading), hostile ruleFiles (error screen, no result event), hostile attributes
 * (an impossible or far-future datum is refused at once), and a portal address too long for a QR code.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { gemeentenFile, nationalFiles, organisationLoaders } from '../../src/rules/bundled.js';
import type { RuleFiles } from '../../src/rules/schema.js';
import { type Resident, heading, root, settle, waitFor, walk } from './drive.js';

const resident: Resident = { age: 34, children: [3, 12], source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '500' };
const realUtrecht = organisationLoaders['gemeente-utrecht']!;

/** Utrecht's rules as a gemeente would give them, changed by `edit`. */
async function givenUtrecht(edit: (utrecht: any) => void = () => {}): Promise<RuleFiles> {
  const utrecht = structuredClone((await realUtrecht()).default) as any;
  edit(utrecht);
  return { national: structuredClone(nationalFiles), organisations: { 'organisaties/gemeente-utrecht.json': utrecht }, gemeenten: structuredClone(gemeentenFile) };
}

/** The element as a page makes it: in the document first, properties set after its first update. */
async function place(attributes: Record<string, string>): Promise<{ el: RegelingenCheck; results: () => number }> {
  const el = document.createElement('regelingen-check');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  let results = 0;
  el.addEventListener('regelingen-check-result', () => results++);
  document.body.append(el);
  await el.updateComplete;
  return { el, results: () => results };
}

const rulesError = (el: RegelingenCheck) => root(el).querySelector('[role=alert]')?.textContent ?? '';

describe('hardening (issue 12)', () => {
  afterEach(() => {
    organisationLoaders['gemeente-utrecht'] = realUtrecht;
    document.querySelectorAll('regelingen-check').forEach((el) => el.remove());
  });

  it('ruleFiles set while the bundled rules are still loading win: the later-finishing bundled load is dropped', async () => {
    // Hold the bundled Utrecht chunk until the page has given its own rules.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    organisationLoaders['gemeente-utrecht'] = async () => {
      await gate;
      return realUtrecht();
    };
    const given = await givenUtrecht((u) => {
      u.gemeenten[0].name = 'Utrecht (eigen regels)';
      u.regelingen['u-pas'].name = 'Eigen U-pas';
    });
    const { el, results } = await place({ gemeente: 'GM0344', datum: '2026-07-01' });
    el.ruleFiles = given;
    await settle(el);
    release();
    await settle(el);
    // Given rules are checked in a chunk of their own (asynchronously): wait for them, then for the bundled load.
    await waitFor(el, () => !!root(el).querySelector('.bar p')?.textContent?.includes('eigen regels'));
    await waitFor(el, () => false, 50); // let the released bundled load finish
    expect(root(el).querySelector('.bar p')!.textContent).to.contain('Utrecht (eigen regels)');
    await walk(el, resident);
    expect(results()).to.equal(1);
    expect(root(el).querySelector('#card-stadspas')!.textContent).to.contain('Eigen U-pas'); // the given regeling's name
  });

  const hostile: [string, () => Promise<unknown>][] = [
    ['{}', async () => ({})],
    ['a string', async () => 'rules'],
    ['null', async () => null],
    ['a number', async () => 42],
    ['an array', async () => [await givenUtrecht()]],
    ['national: null', async () => ({ ...(await givenUtrecht()), national: null })],
    ['national: {}', async () => ({ ...(await givenUtrecht()), national: {} })],
    ['gemeenten: a string', async () => ({ ...(await givenUtrecht()), gemeenten: 'x' })],
    ['a scheme listed as toString', async () => givenUtrecht((u) => u.gemeenten[0].regelingen.push('toString'))],
    ['a scheme listed as constructor', async () => givenUtrecht((u) => u.gemeenten[0].regelingen.push('constructor'))],
    ['a negative amount', async () => givenUtrecht((u) => (u.regelingen.iit.bedragen[0].bedrag.values[Object.keys(u.regelingen.iit.bedragen[0].bedrag.values)[0]!] = '-250'))],
    ['a percentage of 100000', async () => givenUtrecht((u) => (u.regelingen['u-pas'].inkomensgrens.values = { '2025-07-01': '100000' }))],
    ['a euro unit on a percentage', async () => givenUtrecht((u) => (u.regelingen['u-pas'].inkomensgrens.unit = 'EUR/maand'))],
    // Appended last: 2026-13-45 sorts after every real date, so only the calendar check can refuse it.
    ['an impossible date', async () => givenUtrecht((u) => (u.regelingen['u-pas'].inkomensgrens.values['2026-13-45'] = '125'))],
  ];
  for (const [name, make] of hostile) {
    it(`ruleFiles with ${name}: the error screen, never a result, no result event`, async () => {
      const given = await make();
      const { el, results } = await place({ gemeente: 'GM0344', datum: '2026-07-01' });
      el.ruleFiles = given as RuleFiles;
      await settle(el);
      // Given rules are checked in a chunk of their own (asynchronously).
      await waitFor(el, () => rulesError(el).includes('fout in de gegevens'));
      await waitFor(el, () => false, 50); // the bundled load that was under way must not bring the rules back
      expect(rulesError(el)).to.contain('fout in de gegevens');
      expect(root(el).querySelector('button.primary'), 'no way to start').to.equal(null);
      expect(results()).to.equal(0);
    });
  }

  for (const [datum, text] of [
    ['2026-02-30', 'Deze datum bestaat niet'],
    ['2026-13-45', 'Deze datum bestaat niet'],
    ['morgen', 'Deze datum bestaat niet'],
    ['2099-01-01', 'De check kent geen bedragen na 1 juli 2027'],
    ['2027-07-02', 'De check kent geen bedragen na 1 juli 2027'],
  ]) {
    it(`datum="${datum}" shows the date message at once, before any question`, async () => {
      const { el, results } = await place({ gemeente: 'GM0344', datum: datum! });
      await settle(el);
      expect(heading(el)).to.equal('Deze datum kan de check niet uitrekenen');
      expect(rulesError(el)).to.contain(text!);
      expect(root(el).querySelector('button.primary')).to.equal(null);
      expect(results()).to.equal(0);
    });
  }

  for (const gemeente of ['toString', 'constructor', '__proto__', 'hasOwnProperty', '<img src=x onerror=alert(1)>']) {
    it(`gemeente="${gemeente}" is an unknown gemeente, not a crash`, async () => {
      const { el } = await place({ gemeente, datum: '2026-07-01' });
      await settle(el);
      // Not one of ours: the CBS list (a chunk of its own) is asked whether it is a real gemeente.
      await waitFor(el, () => rulesError(el).includes('De check kent deze gemeente niet'));
      expect(rulesError(el)).to.contain('De check kent deze gemeente niet');
      expect(root(el).querySelector('img')).to.equal(null);
    });
  }

  for (const lang of ['toString', '__proto__', 'constructor']) {
    it(`lang="${lang}" speaks Dutch`, async () => {
      const { el } = await place({ gemeente: 'GM0344', datum: '2026-07-01', lang });
      await settle(el);
      expect(heading(el)).to.equal('Welke regelingen passen bij u?');
    });
  }

  it('kiosk: a portal address too long for a QR code is shown as text, and the results still render', async () => {
    const long = `https://www.u-pas.nl/aanvragen?${'x'.repeat(4000)}`;
    const given = await givenUtrecht((u) => (u.regelingen['u-pas'].portal.url = long));
    const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" mode="kiosk" datum="2026-07-01" .ruleFiles=${given}></regelingen-check>`);
    let results = 0;
    el.addEventListener('regelingen-check-result', () => results++);
    await settle(el);
    await waitFor(el, () => !!root(el).querySelector('.bar p')?.textContent?.trim());
    await walk(el, resident);
    expect(root(el).querySelector('#results-title')).to.not.equal(null);
    // Issue 22, item 4: shown as the short readable address (site and path, no https://, no query).
    expect(root(el).querySelector('article[aria-labelledby=card-stadspas] .qr-fallback')!.textContent).to.equal('u-pas.nl/aanvragen');
    expect(root(el).querySelector('article[aria-labelledby=card-iit] .qr svg'), 'other portals keep their QR code').to.not.equal(null);
    expect(results).to.equal(1);
  });
});
