/**
 * Issue 23, items 1, 3 and 10, in Chromium: the element keeps one consistent state through any change of its
 * inputs while results show (ruleFiles, gemeente, datum; the README promises given rules win "at any
 * moment"), a kiosk's place field is not remembered by the browser, and a mode in another case still gets
 * the kiosk's protections while a mode that is none is named in a warning.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { gemeentenFile, nationalFiles, organisationLoaders } from '../../src/rules/bundled.js';
import type { RuleFiles } from '../../src/rules/schema.js';
import { type Resident, clickPrimary, heading, resultsComplete, root, settle, waitFor, walk } from './drive.js';

const resident: Resident = { age: 34, children: [3, 12], source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '500' };

/** Utrecht's rules as a gemeente gives them, with its U-pas under a name of its own. */
async function givenUtrecht(): Promise<RuleFiles> {
  const utrecht = structuredClone((await organisationLoaders['gemeente-utrecht']!()).default) as any;
  utrecht.regelingen['u-pas'].name = 'Eigen U-pas';
  return { national: structuredClone(nationalFiles), organisations: { 'organisaties/gemeente-utrecht.json': utrecht }, gemeenten: structuredClone(gemeentenFile) };
}

/** Every error the page sees: thrown in a drawing (an unhandled rejection of Lit's update) or reported. */
function collectErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason?.message ?? e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return { errors, stop: () => (window.removeEventListener('error', onError), window.removeEventListener('unhandledrejection', onRejection)) };
}

async function withResults(mode = 'inwoner'): Promise<{ el: RegelingenCheck; events: () => number }> {
  const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" mode=${mode} datum="2026-07-01"></regelingen-check>`);
  let events = 0;
  el.addEventListener('regelingen-check-result', () => events++);
  await settle(el);
  await waitFor(el, () => !!root(el).querySelector('.bar p')?.textContent?.trim());
  await walk(el, resident);
  expect(root(el).querySelector('#results-title')).to.not.equal(null);
  return { el, events: () => events };
}

const stadspas = (el: RegelingenCheck) => root(el).querySelector('#card-stadspas')?.textContent ?? '';

describe('inputs that change while results show (issue 23, item 1)', () => {
  let watch: ReturnType<typeof collectErrors>;
  beforeEach(() => (watch = collectErrors()));
  afterEach(() => watch.stop());

  for (const mode of ['inwoner', 'kiosk']) {
    it(`${mode}: ruleFiles given while results show: the results are computed again with them, without an error`, async () => {
      const { el, events } = await withResults(mode);
      expect(stadspas(el)).to.contain('U-pas').and.not.contain('Eigen U-pas');
      el.ruleFiles = await givenUtrecht();
      await waitFor(el, () => stadspas(el).includes('Eigen U-pas') && resultsComplete(el));
      expect(stadspas(el)).to.contain('Eigen U-pas'); // the page's own rules, not the bundled U-pas card
      expect(events()).to.equal(2);
      expect(watch.errors).to.deep.equal([]);
      // The language switch still works on these results.
      const select = root(el).querySelector<HTMLSelectElement>('.bar select')!;
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
      await waitFor(el, () => root(el).querySelector('section.rc')?.getAttribute('lang') === 'en' && !/passen|regelingen/i.test(heading(el)));
      expect(root(el).querySelector('section.rc')!.getAttribute('lang')).to.equal('en');
      expect(root(el).querySelector('#results-title')).to.not.equal(null);
      expect(watch.errors).to.deep.equal([]);
    });
  }

  it('gemeente changed while results show: the same answers, computed for the new gemeente', async () => {
    const { el, events } = await withResults();
    el.gemeente = 'GM0402'; // Hilversum: no U-pas
    await waitFor(el, () => !!root(el).querySelector('.bar p')?.textContent?.includes('Hilversum') && resultsComplete(el) && events() === 2);
    expect(root(el).querySelector('.bar p')!.textContent).to.contain('Hilversum');
    expect(root(el).querySelector('#results-title')).to.not.equal(null);
    expect(root(el).textContent).to.not.contain('U-pas');
    expect(watch.errors).to.deep.equal([]);
  });

  it('datum changed while results show: computed again for the new date, never the old results', async () => {
    const { el, events } = await withResults();
    el.datum = '2026-01-01';
    await waitFor(el, () => events() === 2 && resultsComplete(el));
    expect(events()).to.equal(2);
    expect(root(el).querySelector('#results-title')).to.not.equal(null);
    expect(watch.errors).to.deep.equal([]);
  });

  it('broken ruleFiles while results show: the rules error, and no result of the old rules stays', async () => {
    const { el } = await withResults();
    el.ruleFiles = { national: {}, organisations: {}, gemeenten: 'x' } as unknown as RuleFiles;
    await waitFor(el, () => !root(el).querySelector('#results-title'));
    expect(root(el).querySelector('#results-title')).to.equal(null);
    expect(root(el).querySelector('[role=alert]')).to.not.equal(null);
    expect(watch.errors).to.deep.equal([]);
  });
});

describe('kiosk protections (issue 23, items 3 and 10)', () => {
  async function atPlace(mode: string): Promise<RegelingenCheck> {
    const el = await fixture<RegelingenCheck>(html`<regelingen-check mode=${mode} datum="2026-07-01"></regelingen-check>`);
    await settle(el);
    await clickPrimary(el);
    return el;
  }

  it('a kiosk does not let the browser remember the place for the next person', async () => {
    expect((await atPlace('kiosk')).shadowRoot!.querySelector('#f-place')!.getAttribute('autocomplete')).to.equal('off');
    expect((await atPlace('inwoner')).shadowRoot!.querySelector('#f-place')!.getAttribute('autocomplete')).to.equal('address-level2');
  });

  for (const written of ['KIOSK', 'kiosk ', ' Kiosk']) {
    it(`mode=${JSON.stringify(written)} is the kiosk, with its protections`, async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await atPlace(written);
        expect(el.mode).to.equal('kiosk');
        expect(el.getAttribute('mode')).to.equal('kiosk'); // the kiosk's larger targets (styles) follow the attribute
        expect(root(el).querySelector('#f-place')!.getAttribute('autocomplete')).to.equal('off');
        expect(warnings).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('a mode that is no mode is named in a console warning and the resident mode is used', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await atPlace('kiosks');
      expect(el.mode).to.equal('inwoner');
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain('"kiosks"');
    } finally {
      console.warn = warn;
    }
  });
});
