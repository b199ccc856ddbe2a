/**
 * A typical check as issue 13 measures it: a single parent on bijstand in Utrecht (34, children of 3 and 12,
 * € 1.348,49 a month, 3 years or longer, € 500 savings, € 650 rent, no debts). The walk looks at which field
 * is on screen instead of counting screens, so it keeps working when a question is skipped or reordered.
 * Shared by the print test (test/e2e/print.test.ts) and scripts/results-height.ts.
 */
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { sendFile } from '../support/static-files.js';


/** Serves `dist` and, at /check?attrs, a page with one element carrying those attributes. */
export async function serveDist(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    if (url.pathname === '/check') {
      const attrs = decodeURIComponent(url.search.slice(1));
      res.setHeader('Content-Type', 'text/html');
      res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>check</title><link rel="icon" href="data:,">
<style>body{margin:0}</style><script type="module" src="/regelingen-check.js"></script></head><body><regelingen-check ${attrs}></regelingen-check></body></html>`);
      return;
    }
    sendFile(res, dist, url.pathname);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Radio answers by field name, as the n-th option (0 = yes / first). */
const RADIO: Record<string, number> = { partner: 1, hasChildren: 0, hasHousemates: 1, incomeSource: 0, lowSince: 2, renting: 0 };
const TEXT: Record<string, string> = { age: '34', 'child-0': '3', 'child-1': '12', netMonthly: '1348,49', assets: '500', rent: '650' };

/** Answers whatever is on screen until the results show (`answers` replaces text answers, e.g. netMonthly); works for one question per screen and for all at once. */
export async function walkTypicalCheck(page: Page | Frame, answers: Record<string, string> = {}): Promise<void> {
  const text = { ...TEXT, ...answers };
  const el = page.locator('regelingen-check');
  await el.locator('button.primary').first().waitFor();
  for (let screen = 0; screen < 30; screen++) {
    if (await el.locator('#results-title').count()) {
      // New results are drawn in two steps (the answer first): wait for the whole screen.
      await page.waitForFunction(() => !document.querySelector('regelingen-check')!.shadowRoot!.querySelector('[data-partial]'));
      return;
    }
    for (const [name, n] of Object.entries(RADIO)) {
      const options = el.locator(`input[type=radio][name="${name}"]`);
      if ((await options.count()) > n && !(await options.nth(n).isChecked())) await options.nth(n).check();
    }
    if ((await el.locator('#f-child-0').count()) && !(await el.locator('#f-child-1').count())) {
      await el.locator('button', { hasText: /^\s*\+ / }).first().click();
    }
    for (const [id, value] of Object.entries(text)) {
      const field = el.locator(`#f-${id}`);
      if ((await field.count()) && (await field.inputValue()) !== value) await field.fill(value);
    }
    const before = await el.evaluate((e) => e.shadowRoot!.innerHTML.length);
    await el.locator('button.primary').last().click();
    await page.waitForFunction(
      ([n]) => {
        const root = document.querySelector('regelingen-check')!.shadowRoot!;
        return root.innerHTML.length !== n || !!root.querySelector('#results-title');
      },
      [before],
    );
    await page.waitForTimeout(50);
  }
  throw new Error('the results did not show');
}
