/**
 * The browser's back button (issue 13): it goes back one screen and keeps every answer, instead of leaving
 * the page; forward goes on again. The history state carries no answer.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/regelingen-check.js';
import type { RegelingenCheck } from '../../src/regelingen-check.js';
import { choose, clickPrimary, heading, root, settle, type, waitFor } from './drive.js';

const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
async function browserBack(el: RegelingenCheck) {
  const done = popped();
  history.back();
  await done;
  await settle(el);
}

describe('the browser back button', () => {
  it('goes back one question at a time, keeps the answers, and never puts an answer in the history', async () => {
    const el = await fixture<RegelingenCheck>(html`<regelingen-check gemeente="GM0344" datum="2026-07-01"></regelingen-check>`);
    await waitFor(el, () => !!root(el).querySelector('button.primary'));
    const intro = heading(el);
    await clickPrimary(el);
    await choose(el, 1);
    await clickPrimary(el);
    await type(el, 'age', '34');
    await clickPrimary(el);
    const children = heading(el);
    expect(children).to.not.equal('Hoe oud bent u?');

    await browserBack(el);
    expect(heading(el)).to.equal('Hoe oud bent u?');
    expect(root(el).querySelector<HTMLInputElement>('#f-age')!.value).to.equal('34');
    expect(JSON.stringify(history.state)).to.not.contain('34');

    await browserBack(el);
    expect(heading(el)).to.equal('Woont u samen met een partner?');
    expect(root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.checked).to.equal(true);

    await browserBack(el);
    expect(heading(el)).to.equal(intro);

    const forward = popped();
    history.forward();
    await forward;
    await settle(el);
    expect(heading(el)).to.equal('Woont u samen met een partner?');
  });
});
