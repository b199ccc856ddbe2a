/**
 * The werken-loont part of the results in Chromium: the form, the chart with its table alternative and
 * sentences, axe-clean, at 320 px. Expected figures: the hand calculations in
 * test/engine/werken-loont/households.test.ts (single parent, Utrecht, children 3 and 12, rent 780).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { root, settle, waitFor, walk } from './drive.js';

describe('werken loont in the results', () => {
  it('charts net household income by hours, with a table and sentences, and passes axe at 320 px', async () => {
    const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" datum="2026-07-01" style="width:320px"></regelingen-check>`);
    await settle(el);
    await waitFor(el, () => !!root(el).querySelector('.bar p')?.textContent?.trim());
    await walk(el, { age: 34, children: [3, 12], source: 'bijstand', income: '1348,49', lowSince: 'long', assets: '500' });
    const form = root(el).querySelector('rc-work-form')!;
    await waitFor(el, () => !!form.shadowRoot?.querySelector('#f-rent'));
    const rent = form.shadowRoot!.querySelector<HTMLInputElement>('#f-rent')!;
    rent.value = '780';
    rent.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitFor(el, () => !!form.shadowRoot!.querySelector('rc-werken-loont')?.shadowRoot?.querySelector('svg'));
    const chart = form.shadowRoot!.querySelector('rc-werken-loont')!;
    await (chart as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const shadow = chart.shadowRoot!;
    expect(shadow.querySelector('svg[role=img]')).to.not.equal(null);
    // The table alternative is built when its disclosure is opened.
    shadow.querySelector('details')!.open = true;
    await waitFor(el, () => !!shadow.querySelector('table'));
    const rows = shadow.querySelectorAll('table tbody tr');
    expect(rows.length).to.be.greaterThan(4);
    expect(shadow.textContent).to.contain('Werkt u 16 uur per week?');
    expect(shadow.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(320);
    // Readable on a phone: every chart text is at least 12 CSS px as drawn (font size × the SVG's scale).
    const svgEl = shadow.querySelector('svg')!;
    const scale = svgEl.getBoundingClientRect().width / svgEl.viewBox.baseVal.width;
    const sizes = [...shadow.querySelectorAll('svg text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    sizes.push(...[...shadow.querySelectorAll('.legend li')].map((li) => parseFloat(getComputedStyle(li).fontSize)));
    expect(Math.min(...sizes)).to.be.at.least(12);
    // No label outside the chart: every text box lies within the SVG's box.
    const box = svgEl.getBoundingClientRect();
    for (const t of shadow.querySelectorAll('svg text')) {
      const r = t.getBoundingClientRect();
      expect(r.left, t.textContent ?? '').to.be.at.least(box.left - 0.5);
      expect(r.right, t.textContent ?? '').to.be.at.most(box.right + 0.5);
    }
    // The current hours and the armoedeval are marked in words, not only in colour.
    const words = [...shadow.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(words).to.include('Nu: 0 uur');
    expect(words).to.include('Hier minder geld');
    // What happens when the work stops, with its source.
    expect(shadow.textContent).to.contain('Stopt uw werk, of gaat u minder uren werken?');
    await expect(el).to.be.accessible();
    await expect(chart).to.be.accessible();
  });
});
