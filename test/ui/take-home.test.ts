/**
 * Issue 13, item 3 in Chromium: "take it home" — a QR code on the kiosk and in volunteer mode that opens the
 * same results on the resident's phone, with the answers only in the URL fragment (src/flow/share.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import qrcode from 'qrcode-generator';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { type Answers, emptyAnswers } from '../../src/flow/answers.js';
import { MAX_SHARE_LENGTH, decodeShare, encodeShare, packShare, shareUrl } from '../../src/flow/share.js';
import { toHousehold } from '../../src/flow/to-household.js';
import { bundledWithOrganisation } from '../../src/rules/load.js';
import { evaluate } from '../../src/ui/results-view.js';
import { shareBase } from '../../src/ui/take-home.js';
import { type Resident, clickPrimary, heading, root, settle, shownStatuses, resultsComplete, type, waitFor, walk } from './drive.js';
import { utrechtParentAnswers } from '../support/utrecht-parent.js';

/** The resident of the other browser tests (modes.test.ts), as answers and as a walk through the screens. */
const parent: Resident = { age: 34, children: [3, 12], source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '500', rent: '650', debts: 'yes' };
const parentAnswers = utrechtParentAnswers({ debts: 'yes' });
const couple: Answers = {
  ...emptyAnswers(),
  partner: true,
  age: '67',
  partnerAge: '45',
  hasChildren: false,
  hasHousemates: true,
  housemates: [
    { age: '23', student: true, commercialTenant: false },
    { age: '30', student: false, commercialTenant: true },
  ],
  incomeSource: 'pension',
  netMonthly: '2.100,50',
  assets: '12.000',
  renting: false,
  debts: 'skip',
};

const PUBLIC_PAGE = 'https://www.utrecht.nl/regelingencheck/';

async function make(mode: string, gemeente?: string) {
  const el = await fixture<RegelingenCheck>(
    gemeente
      ? html`<regelingen-check gemeente=${gemeente} mode=${mode} datum="2026-07-01"></regelingen-check>`
      : html`<regelingen-check mode=${mode} datum="2026-07-01"></regelingen-check>`,
  );
  await settle(el);
  return el;
}

/** Opens the page as the phone does: the fragment in the address bar, then the element. */
async function openOnPhone(fragment: string, gemeente?: string) {
  history.replaceState(null, '', `${location.pathname}${location.search}#${fragment}`);
  const el = await make('inwoner', gemeente);
  await waitFor(el, () => !!root(el).querySelector('#results-title') || heading(el) === 'Deze code werkt niet', 5000);
  if (root(el).querySelector('#results-title')) await waitFor(el, () => resultsComplete(el));
  return el;
}

describe('take-home code: encode and decode', () => {
  for (const [name, answers, organisation, code] of [
    ['parent in Utrecht', parentAnswers, 'gemeente-utrecht', 'GM0344'],
    ['couple with housemates in Zeist', couple, 'rdwi', 'GM0355'],
  ] as const) {
    it(`a round trip gives the same household and the same outcome (${name})`, async () => {
      const read = decodeShare(encodeShare(code, answers));
      expect(read.ok).to.equal(true);
      if (!read.ok) return;
      expect(read.shared.gemeente).to.equal(code);
      const before = toHousehold(answers, code, '2026-07-01');
      const after = toHousehold(read.shared.answers, read.shared.gemeente, '2026-07-01');
      expect(after).to.deep.equal(before);
      const rules = await bundledWithOrganisation(organisation);
      if (!rules.ok) throw new Error('bundled rules do not validate');
      expect(evaluate(after, rules.rules)).to.deep.equal(evaluate(before, rules.rules));
    });
  }

  it('a typical code fits a phone camera: a short URL and a small QR code', () => {
    const url = shareUrl(PUBLIC_PAGE, 'GM0344', parentAnswers);
    // Measured 2026-11-30: about 170 characters; a QR code up to version 10 (57×57) reads easily on a phone.
    expect(url.length).to.be.below(250);
    const code = qrcode(0, 'M');
    code.addData(url);
    code.make();
    expect(code.getModuleCount()).to.be.at.most(57);
    expect(url.startsWith(`${PUBLIC_PAGE}#rc=1.`)).to.equal(true);
    expect(new URL(url).search).to.equal(''); // the answers are never in the query, which is sent to a server
  });

  it('refuses a changed, cut-off, too long, unknown-version or ill-formed code', () => {
    const good = encodeShare('GM0344', parentAnswers);
    const [version, body, sum] = good.split('.');
    const flipped = body!.slice(0, 10) + (body![10] === 'A' ? 'B' : 'A') + body!.slice(11);
    expect(decodeShare(`${version}.${flipped}.${sum}`)).to.deep.equal({ ok: false, reason: 'damaged' });
    expect(decodeShare(good.slice(0, -3))).to.deep.equal({ ok: false, reason: 'damaged' });
    expect(decodeShare(`rc=1.${'A'.repeat(MAX_SHARE_LENGTH)}.x`)).to.deep.equal({ ok: false, reason: 'too-long' });
    expect(decodeShare(good.replace('rc=1.', 'rc=2.'))).to.deep.equal({ ok: false, reason: 'version' });
    expect(decodeShare('rc=1..')).to.deep.equal({ ok: false, reason: 'damaged' });
    expect(decodeShare('#top')).to.deep.equal({ ok: false, reason: 'invalid' });
  });

  it('refuses well-sealed codes whose content breaks the schema (extra key, minor, negative or huge amount)', () => {
    const valid = { g: '0344', p: 0, a: 34, i: 'b', n: '1348.49', s: '500' };
    expect(decodeShare(packShare(valid)).ok).to.equal(true);
    for (const wrong of [
      { ...valid, x: 1 },
      { ...valid, a: 17 },
      { ...valid, a: 34.5 },
      { ...valid, n: '-5' },
      { ...valid, n: '100000.01' }, // INPUT_LIMITS.maxMonthly
      { ...valid, i: 'lottery' },
      { ...valid, g: 'GM0344' },
      { ...valid, q: 40 }, // a partner's age without a partner
      { ...valid, c: [] },
      { ...valid, c: [18] },
      { ...valid, h: [[30, 4]] },
      { ...valid, t: 'fr' }, // a language the element does not speak
      [valid],
      'text',
    ]) {
      expect(decodeShare(packShare(wrong)).ok, JSON.stringify(wrong)).to.equal(false);
    }
  });

  it('carries the language of the check, and Dutch (the default) costs nothing', () => {
    const arabic = decodeShare(encodeShare('GM0344', parentAnswers, 'ar'));
    expect(arabic.ok && arabic.shared.language).to.equal('ar');
    const dutch = decodeShare(encodeShare('GM0344', parentAnswers, 'nl'));
    expect(dutch.ok && dutch.shared.language).to.equal(undefined);
    expect(encodeShare('GM0344', parentAnswers, 'nl')).to.equal(encodeShare('GM0344', parentAnswers));
  });

  it('issue 23: deel-url must be an https:// address, as the README says; http:// or another scheme falls back to this page', () => {
    const here = 'https://kiosk.utrecht.nl/check';
    for (const deelUrl of ['http://www.utrecht.nl/check', 'HTTP://www.utrecht.nl/', 'ftp://www.utrecht.nl/', 'data:text/html,x', '//www.utrecht.nl/check']) {
      expect(shareBase(deelUrl, here), deelUrl).to.equal(here);
    }
    expect(shareBase('HTTPS://www.utrecht.nl/check', here)).to.equal('https://www.utrecht.nl/check');
  });

  it('points at the gemeente’s public page when deel-url is set, else at this page, never with a fragment', () => {
    expect(shareBase('https://www.utrecht.nl/check#x', 'http://kiosk.intra/check')).to.equal('https://www.utrecht.nl/check');
    expect(shareBase(undefined, 'http://kiosk.intra/check?k=1#rc=1.a.b')).to.equal('http://kiosk.intra/check?k=1');
    expect(shareBase('javascript:alert(1)', 'http://kiosk.intra/check')).to.equal('http://kiosk.intra/check');
  });
});

describe('take-home code in the element', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('shows the QR code with the privacy sentence on the kiosk; not for a resident at home', async () => {
    const kiosk = await make('kiosk', 'GM0344');
    await walk(kiosk, parent);
    const block = root(kiosk).querySelector('.take-home')!;
    expect(block.querySelector('svg[role="img"]')).to.exist;
    expect(block.textContent).to.contain('Uw antwoorden staan alleen in de code en worden niet verstuurd of bewaard.');
    // The address holds the answers: it is in the QR code only, never shown as text.
    expect(block.textContent).not.to.contain('#rc=');
    await expect(kiosk).to.be.accessible();

    const resident = await make('inwoner', 'GM0344');
    await walk(resident, parent);
    expect(root(resident).querySelector('.take-home')).to.equal(null);
  });

  it('shows the QR code below the results in volunteer mode', async () => {
    const el = await make('vrijwilliger', 'GM0344');
    await waitFor(el, () => !!root(el).querySelector('button.primary'));
    expect(root(el).querySelector('.take-home')).to.equal(null); // no results yet, no code
    await clickPrimary(el);
    const radio = async (section: string, n: number) => {
      root(el).querySelectorAll<HTMLInputElement>(`section[aria-labelledby="${section}-title"] input[type=radio]`)[n]!.click();
      await settle(el);
    };
    await radio('partner', 1);
    await type(el, 'age', '34');
    await radio('children', 0);
    await type(el, 'child-0', '3');
    await radio('housemates', 1);
    await radio('income-source', 0);
    await type(el, 'netMonthly', '1348,49');
    await radio('low-since', 2);
    await type(el, 'assets', '500');
    await radio('rent', 1);
    root(el).querySelector<HTMLButtonElement>('form button.primary')!.click();
    await waitFor(el, () => resultsComplete(el), 5000);
    expect(root(el).querySelector('.take-home svg[role="img"]')).to.exist;
    expect(root(el).querySelector('.take-home')!.textContent).to.contain('niet verstuurd of bewaard');
    await expect(el).to.be.accessible();
  });

  // Issue 22, item 5a: before, a code opened on a volunteer's page showed the volunteer's view (and a new QR
  // code); the code is for the resident's own phone, so it now always opens as a resident.
  it('a code opened on a volunteer page (without a gemeente) shows the resident view of Utrecht', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#${encodeShare('GM0344', parentAnswers)}`);
    const phone = await fixture<RegelingenCheck>(html`<regelingen-check mode="vrijwilliger" datum="2026-07-01"></regelingen-check>`);
    await waitFor(phone, () => resultsComplete(phone), 5000);
    expect(phone.mode).to.equal('inwoner');
    expect(root(phone).querySelector('#results-title')).to.exist;
    expect(root(phone).querySelector('.take-home')).to.equal(null);
    await expect(phone).to.be.accessible();
  });

  it('opens the results on the phone in the language of the check', async () => {
    const el = await openOnPhone(encodeShare('GM0344', parentAnswers, 'ar'));
    await waitFor(el, () => root(el).querySelector('section')!.getAttribute('lang') === 'ar' && heading(el) !== 'Deze code werkt niet');
    expect(root(el).querySelector('section')!.getAttribute('dir')).to.equal('rtl');
    expect(root(el).querySelector('#results-title')).to.exist;
  });

  it('opens the same results on the phone, removes the fragment, sends and stores nothing', async () => {
    const kiosk = await make('kiosk', 'GM0344');
    await walk(kiosk, parent);
    const expected = shownStatuses(kiosk);
    expect(Object.keys(expected).length).to.be.greaterThan(2);

    const fragment = encodeShare('GM0344', parentAnswers);
    const body = fragment.split('.')[1]!;
    const requests: string[] = [];
    const originalFetch = window.fetch;
    const originalBeacon = navigator.sendBeacon;
    const originalOpen = XMLHttpRequest.prototype.open;
    window.fetch = (input, init) => (requests.push(String(input)), originalFetch(input, init));
    navigator.sendBeacon = (url, data) => (requests.push(String(url)), originalBeacon.call(navigator, url, data));
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
      requests.push(String(url));
      return originalOpen.call(this, method, url, true);
    } as typeof XMLHttpRequest.prototype.open;
    localStorage.clear();
    sessionStorage.clear();
    try {
      const phone = await openOnPhone(fragment); // a page without a gemeente attribute: the code says which
      expect(heading(phone)).not.to.equal('Deze code werkt niet');
      expect(shownStatuses(phone)).to.deep.equal(expected);
      expect(root(phone).querySelector('.bar')!.textContent).to.contain('Utrecht');
      expect(location.hash).to.equal('');
      expect(location.href).not.to.contain(body);
      expect(JSON.stringify(history.state)).not.to.contain(body);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(requests).to.deep.equal([]);
      const loaded = performance.getEntriesByType('resource').map((e) => e.name);
      expect(loaded.some((name) => name.includes(body) || name.includes('rc='))).to.equal(false);
    } finally {
      window.fetch = originalFetch;
      navigator.sendBeacon = originalBeacon;
      XMLHttpRequest.prototype.open = originalOpen;
    }
  });

  for (const [name, fragment, gemeente] of [
    ['a changed code', encodeShare('GM0344', parentAnswers).replace(/\.(\w)/, (_, c: string) => `.${c === 'e' ? 'f' : 'e'}`), undefined],
    ['a code too long for any household', `rc=1.${'A'.repeat(2000)}.x`, undefined],
    ['a code for another gemeente than the page’s', encodeShare('GM0355', couple), 'GM0344'],
    ['a code with missing answers', packShare({ g: '0344', p: 0, a: 34, i: 'b', n: '1348.49', s: '500' }), undefined],
  ] as const) {
    it(`refuses ${name} with a clear message and no results`, async () => {
      const el = await openOnPhone(fragment, gemeente);
      expect(heading(el)).to.equal('Deze code werkt niet');
      expect(root(el).querySelector('article.card')).to.equal(null);
      expect(location.hash).to.equal('');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await settle(el);
      expect(heading(el)).to.equal('Welke regelingen passen bij u?');
    });
  }
});
