/**
 * Issue 7 in Chromium: every screen in all six languages and three modes passes axe; voorlezen with a
 * stubbed speechSynthesis; the kiosk reset with a fake clock; the volunteer's print summary; keyboard only.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { IDLE_MS, WARNING_MS } from '../../src/ui/idle-reset.js';
import { type Resident, answerAlready, choose, clickPrimary, heading, root, settle, type, resultsComplete, waitFor, walk } from './drive.js';

const LANGS = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];
// Issue 22: with "Krijgt u dit al?" answered, so axe also sees the ticked boxes and "Krijgt u al" in the results.
const parent: Resident = { age: 34, children: [3, 12], source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '500', already: ['zorgtoeslag', 'kindgebonden-budget'] };

async function make(lang: string, mode: string, gemeente = 'GM0344') {
  const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente=${gemeente} lang=${lang} mode=${mode} datum="2026-07-01"></regelingen-check>`);
  await settle(el);
  await waitFor(el, () => !!root(el).querySelector('.bar p')?.textContent?.trim());
  if (lang !== 'nl') await waitFor(el, () => heading(el) !== 'Welke regelingen passen bij u?');
  return el;
}

/** Volunteer mode: every question on one page; fill them in order, then ask for the result. */
async function fillAll(el: RegelingenCheck, r: Resident, onChange?: () => Promise<void>) {
  await clickPrimary(el);
  const radio = async (section: string, n: number) => {
    root(el).querySelectorAll<HTMLInputElement>(`section[aria-labelledby="${section}-title"] input[type=radio]`)[n]!.click();
    await settle(el);
  };
  await radio('partner', 1);
  await type(el, 'age', String(r.age));
  await radio('children', 0);
  await type(el, 'child-0', String(r.children![0]));
  await onChange?.();
  await radio('housemates', 1);
  await radio('income-source', 0);
  await type(el, 'netMonthly', r.income);
  await radio('low-since', 2);
  await type(el, 'assets', r.assets);
  await radio('rent', 1);
  await answerAlready(el, r.already ?? 'skip');
  await onChange?.();
  root(el).querySelector<HTMLButtonElement>('form button.primary')!.click();
  await waitFor(el, () => resultsComplete(el));
}

describe('every screen in every language and mode passes axe', () => {
  for (const lang of LANGS) {
    for (const mode of ['inwoner', 'kiosk']) {
      it(`${lang}, ${mode}`, async () => {
        const el = await make(lang, mode);
        await walk(el, parent, async () => {
          await expect(el).to.be.accessible();
        });
        expect(root(el).querySelectorAll('article.card').length).to.be.greaterThan(2);
      });
    }
    it(`${lang}, vrijwilliger`, async () => {
      const el = await make(lang, 'vrijwilliger');
      await expect(el).to.be.accessible();
      await fillAll(el, parent, async () => {
        await expect(el).to.be.accessible();
      });
      await expect(el).to.be.accessible();
    });
  }
});

describe('Arabic', () => {
  it('renders right-to-left without overflowing at 320 px', async () => {
    const el = await make('ar', 'inwoner');
    el.style.width = '320px';
    await walk(el, parent);
    const section = root(el).querySelector('section')!;
    expect(section.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(section).direction).to.equal('rtl');
    for (const node of root(el).querySelectorAll<HTMLElement>('button, input, p, h2, h3, li')) {
      expect(node.scrollWidth, node.textContent ?? '').to.be.at.most(node.clientWidth + 2 || 330);
    }
    expect(section.scrollWidth).to.be.at.most(322);
  });
});

describe('voorlezen', () => {
  const real = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
  let spoken: SpeechSynthesisUtterance[] = [];
  const stub = (voices: { lang: string; name: string; localService: boolean }[]) => {
    spoken = [];
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => voices,
        speak: (u: SpeechSynthesisUtterance) => spoken.push(u),
        cancel: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
  };
  afterEach(() => real && Object.defineProperty(window, 'speechSynthesis', real));

  it('reads the question and its options aloud in the chosen language', async () => {
    stub([{ lang: 'nl-NL', name: 'Dutch', localService: true }, { lang: 'en-GB', name: 'English', localService: true }]);
    const el = await make('nl', 'inwoner');
    await clickPrimary(el);
    root(el).querySelector<HTMLButtonElement>('button.speak')!.click();
    expect(spoken.length).to.equal(1);
    expect(spoken[0]!.text).to.contain('Woont u samen met een partner?');
    expect(spoken[0]!.text).to.contain('Nee');
    expect(spoken[0]!.lang).to.equal('nl-NL');
  });

  it('reads the summary of the results', async () => {
    stub([{ lang: 'nl-NL', name: 'Dutch', localService: true }]);
    const el = await make('nl', 'inwoner');
    await walk(el, parent);
    root(el).querySelector<HTMLButtonElement>('button.speak')!.click();
    expect(spoken[0]!.text).to.contain('U-pas');
    expect(spoken[0]!.text).to.contain('U heeft waarschijnlijk recht');
  });

  it('hides the button when there is no voice for the language', async () => {
    stub([{ lang: 'en-GB', name: 'English', localService: true }]);
    const el = await make('tr', 'inwoner');
    expect(root(el).querySelector('button.speak')).to.equal(null);
  });

  // Issue 12: a network voice would send the screen's text, results included, to a server.
  it('hides the button when the only voice for the language runs on a server (localService false)', async () => {
    stub([{ lang: 'nl-NL', name: 'Google Nederlands', localService: false }]);
    const el = await make('nl', 'inwoner');
    expect(root(el).querySelector('button.speak')).to.equal(null);
  });

  it('reads with the voice on the device, never the network voice that fits the language better', async () => {
    stub([
      { lang: 'nl-NL', name: 'Google Nederlands', localService: false },
      { lang: 'nl-BE', name: 'Ellen', localService: true },
    ]);
    const el = await make('nl', 'inwoner');
    root(el).querySelector<HTMLButtonElement>('button.speak')!.click();
    expect(spoken.length).to.equal(1);
    expect(spoken[0]!.lang).to.equal('nl-BE');
  });
});

describe('kiosk', () => {
  it('has no link that leaves the kiosk and shows a QR code for the portal', async () => {
    const el = await make('nl', 'kiosk');
    await walk(el, parent);
    const external = [...root(el).querySelectorAll('a[href]')].filter((a) => /^https?:/.test(a.getAttribute('href')!));
    expect(external).to.deep.equal([]);
    expect(root(el).querySelector('.qr svg[role=img]')).to.not.equal(null);
    const captions = [...root(el).querySelectorAll('.qr figcaption')].map((c) => c.textContent);
    // Issue 22, item 4: the caption is the short readable address (the code holds the whole one), never https://.
    expect(captions).to.include('u-pas.nl/aanvragen');
    expect(captions.filter((c) => /https?:\/\//.test(c ?? ''))).to.deep.equal([]);
  });

  it('makes every target at least 48 px', async () => {
    const el = await make('nl', 'kiosk');
    await clickPrimary(el);
    for (const target of root(el).querySelectorAll<HTMLElement>('button, label.choice, select')) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent ?? '').to.be.at.least(48);
    }
  });

  describe('after 2 minutes without a touch', () => {
    const realTimers = {
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
      setInterval: window.setInterval.bind(window),
      clearInterval: window.clearInterval.bind(window),
    };
    let now = 0;
    let timers: { id: number; at: number; every?: number; fn: () => void }[] = [];
    let nextId = 1;
    /** A fake clock for the kiosk's long timers; short waits (the tests' own) still use the real one. */
    const install = () => {
      now = 0;
      timers = [];
      window.setTimeout = ((fn: () => void, ms = 0) => {
        if (ms < 1000) return realTimers.setTimeout(fn, ms);
        timers.push({ id: nextId, at: now + ms, fn });
        return nextId++;
      }) as typeof setTimeout;
      window.setInterval = ((fn: () => void, ms = 0) => {
        timers.push({ id: nextId, at: now + ms, every: ms, fn });
        return nextId++;
      }) as typeof setInterval;
      window.clearTimeout = ((id: number) => {
        timers = timers.filter((t) => t.id !== id);
        realTimers.clearTimeout(id);
      }) as typeof clearTimeout;
      window.clearInterval = ((id: number) => (timers = timers.filter((t) => t.id !== id))) as typeof clearInterval;
    };
    const tick = async (el: RegelingenCheck, ms: number) => {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        now = due.at;
        if (due.every) due.at += due.every;
        else timers = timers.filter((t) => t !== due);
        due.fn();
        await el.updateComplete;
      }
      now = end;
      await settle(el);
    };
    beforeEach(install);
    afterEach(() => Object.assign(window, realTimers));

    it('warns for 20 seconds, then clears every answer', async () => {
      const el = await make('nl', 'kiosk');
      await clickPrimary(el);
      await choose(el, 1);
      await clickPrimary(el);
      await type(el, 'age', '34');
      await tick(el, IDLE_MS - 1000);
      expect(root(el).querySelector('[role=alertdialog]')).to.equal(null);
      await tick(el, 1000);
      const dialog = root(el).querySelector('[role=alertdialog]')!;
      expect(dialog.textContent).to.contain('20 seconden');
      await expect(el).to.be.accessible();
      await tick(el, WARNING_MS);
      expect(root(el).querySelector('[role=alertdialog]')).to.equal(null);
      expect(heading(el)).to.equal('Welke regelingen passen bij u?');
      await clickPrimary(el);
      expect(root(el).querySelectorAll<HTMLInputElement>('input:checked').length, 'no answer survives').to.equal(0);
    });

    // Issue 12: the next person must not meet the last person's language.
    it('returns to the page\'s language (lang attribute) after the reset', async () => {
      for (const [page, chosen] of [['nl', 'en'], ['pl', 'tr']] as const) {
        const el = await make(page, 'kiosk');
        const before = heading(el);
        const select = root(el).querySelector<HTMLSelectElement>('.bar select')!;
        select.value = chosen;
        select.dispatchEvent(new Event('change'));
        await settle(el);
        await waitFor(el, () => heading(el) !== before);
        expect(el.lang).to.equal(chosen);
        await tick(el, IDLE_MS + WARNING_MS);
        await waitFor(el, () => heading(el) === before);
        expect(el.lang).to.equal(page);
        expect(heading(el)).to.equal(before);
        expect(root(el).querySelector('section')!.getAttribute('lang')).to.equal(page);
      }
    });

    it('"Ik ben er nog" keeps the answers', async () => {
      const el = await make('nl', 'kiosk');
      await clickPrimary(el);
      await choose(el, 1);
      await tick(el, IDLE_MS);
      root(el).querySelector<HTMLButtonElement>('[role=alertdialog] button')!.click();
      await tick(el, WARNING_MS + 1000);
      expect(heading(el)).to.equal('Woont u samen met een partner?');
      expect(root(el).querySelectorAll<HTMLInputElement>('input:checked').length).to.equal(1);
    });
  });
});

describe('vrijwilliger', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  // Issue 13: on paper only the slip (print-slip.ts): per loket the contact and the documents, the portals, the gemeente.
  it('shows all questions at once and prints the slip with documents, portal and contact, without the form', async () => {
    const el = await make('nl', 'vrijwilliger');
    await fillAll(el, parent);
    expect(root(el).querySelectorAll('section.step').length).to.be.greaterThan(5);
    await emulateMedia({ media: 'print' });
    await settle(el);
    const visible = (selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)].some((n) => n.offsetParent !== null || getComputedStyle(n).display !== 'none');
    expect(getComputedStyle(root(el).querySelector('form')!).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('.bar')!).display).to.equal('none');
    expect(visible('.slip')).to.equal(true);
    expect(getComputedStyle(root(el).querySelector('#results-title')!.closest('.no-print')!).display).to.equal('none');
    const printed = root(el).querySelector<HTMLElement>('.screen')!.innerText;
    expect(printed).to.contain('Neem dit mee');
    expect(printed).to.contain('u-pas.nl/aanvragen'); // issue 22, item 4: short, readable, no https://
    expect(printed).to.not.match(/https?:\/\//);
    expect(printed).to.contain('14 030');
    expect(printed).to.contain('Gemeente Utrecht');
  });

  it('hides the results again when an answer changes, so they never belong to other answers', async () => {
    const el = await make('nl', 'vrijwilliger');
    await fillAll(el, parent);
    await type(el, 'netMonthly', '5000');
    expect(root(el).querySelector('#results-title')).to.equal(null);
  });
});

describe('keyboard only', () => {
  /** Presses Tab until the focused element in the shadow root matches. */
  async function tabTo(el: RegelingenCheck, match: (node: Element) => boolean) {
    for (let i = 0; i < 40; i++) {
      const active = root(el).activeElement;
      if (active && match(active)) return;
      await sendKeys({ press: 'Tab' });
      await settle(el);
    }
    throw new Error('could not reach the element with Tab');
  }
  const isNext = (n: Element) => n.matches('button.primary');
  const submit = async (el: RegelingenCheck) => {
    const before = heading(el);
    await tabTo(el, isNext);
    await sendKeys({ press: 'Enter' });
    await waitFor(el, () => heading(el) !== before);
    // Focus goes to the new heading once the screen is painted; Tab on from there, as a person would.
    await waitFor(el, () => root(el).activeElement?.tagName === 'H2');
  };

  it('completes the check with Tab, arrows, Space, Enter and typing', async () => {
    const el = await make('nl', 'inwoner');
    root(el).querySelector<HTMLButtonElement>('button.primary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(el, () => heading(el) === 'Woont u samen met een partner?');
    await waitFor(el, () => root(el).activeElement?.tagName === 'H2');
    await tabTo(el, (n) => n.matches('input[type=radio]'));
    await sendKeys({ press: 'ArrowDown' }); // Nee
    await submit(el);
    await tabTo(el, (n) => n.id === 'f-age');
    await sendKeys({ type: '34' });
    await submit(el);
    await tabTo(el, (n) => n.matches('input[type=radio]'));
    await sendKeys({ press: 'ArrowDown' }); // geen kinderen
    await submit(el);
    await tabTo(el, (n) => n.matches('input[type=radio]'));
    await sendKeys({ press: 'ArrowDown' }); // geen huisgenoten
    await submit(el);
    await tabTo(el, (n) => n.matches('input[type=radio]'));
    await sendKeys({ press: 'Space' }); // bijstand
    await submit(el);
    await tabTo(el, (n) => n.id === 'f-netMonthly');
    await sendKeys({ type: '1348,49' });
    await submit(el);
    await tabTo(el, (n) => n.matches('input[type=radio]'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // 3 jaar of langer
    await submit(el);
    await tabTo(el, (n) => n.id === 'f-assets');
    await sendKeys({ type: '0' });
    await submit(el);
    expect(heading(el)).to.equal('Betaalt u huur?');
    await tabTo(el, (n) => n.matches('input[type=radio]'));
    await sendKeys({ press: 'Space' }); // Ja
    await tabTo(el, (n) => n.id === 'f-rent');
    await sendKeys({ type: '650' });
    await submit(el);
    expect(heading(el)).to.equal('Heeft u schulden of rekeningen die u niet kunt betalen?');
    await submit(el); // optional: no answer
    // Issue 22: "Krijgt u dit al?", optional too; by keyboard: Ja, then the box of the zorgtoeslag.
    expect(heading(el)).to.equal('Krijgt u dit al?');
    await tabTo(el, (n) => n.matches('input[type=radio]'));
    await sendKeys({ press: 'Space' }); // Ja
    await tabTo(el, (n) => n.id === 'f-already-zorgtoeslag');
    await sendKeys({ press: 'Space' });
    await submit(el);
    expect(heading(el)).to.equal('Kloppen uw antwoorden?');
    await submit(el);
    expect(heading(el)).to.equal('Dit past bij u');
    // Issue 13: cards by what helps most, so the toeslagen (with amounts) come before the U-pas (without).
    expect(root(el).querySelector('#card-stadspas')!.textContent).to.equal('U-pas');
    expect(root(el).querySelector('#card-huurtoeslag')).to.not.equal(null);
  });
});
