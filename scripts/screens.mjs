/**
 * `node scripts/screens.mjs [url] [width] [lang] [outdir]`: walks the check as a single parent on bijstand
 * with two children and saves a screenshot of every screen, so a person can look at what residents see.
 * Needs a running `npm start` (or any server of demo/) and the system Chromium.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [url = 'http://localhost:5173/demo/index.html', width = '320', lang = 'nl', out = 'screens'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url);
const el = page.locator('regelingen-check');
if (lang !== 'nl') await el.evaluate((e, l) => e.setAttribute('lang', l), lang);
let n = 0;
const shot = async (name) => {
  await page.waitForTimeout(150);
  await el.screenshot({ path: `${out}/${String(++n).padStart(2, '0')}-${name}-${width}-${lang}.png` });
};
const next = () => el.locator('button.primary').click();
await shot('intro');
await next();
await el.getByRole('radio').nth(1).check(); await shot('partner'); await next();
await el.locator('#f-age').fill('34'); await shot('ages'); await next();
await el.getByRole('radio').first().check();
await el.locator('#f-child-0').fill('3');
await el.locator('button', { hasText: '+' }).click();
await el.locator('#f-child-1').fill('12'); await shot('children'); await next();
await el.getByRole('radio').nth(1).check(); await shot('housemates'); await next();
await el.getByRole('radio').first().check(); await shot('income-source'); await next();
await el.locator('#f-netMonthly').fill('1.348,49'); await shot('income'); await next();
await el.getByRole('radio').nth(2).check(); await shot('low-since'); await next();
await el.locator('#f-assets').fill('abc'); await next(); await shot('assets-error');
await el.locator('#f-assets').fill('500'); await next();
await el.getByRole('radio').first().check(); await el.locator('#f-rent').fill('780'); await shot('rent'); await next();
await el.getByRole('radio').nth(1).check(); await shot('debts'); await next();
// "Krijgt u dit al?" (issue 22): Ja, with zorgtoeslag and huurtoeslag, so the results show "Krijgt u al".
await el.getByRole('radio').first().check();
await el.locator('#f-already-zorgtoeslag').check(); await el.locator('#f-already-huurtoeslag').check(); await shot('already'); await next();
await shot('summary'); await next();
await shot('results');
const work = el.locator('rc-work-form');
await work.locator('button.primary').click();
await work.locator('rc-werken-loont').waitFor();
await page.waitForTimeout(300);
await work.screenshot({ path: `${out}/${String(++n).padStart(2, '0')}-werken-loont-${width}-${lang}.png` });
await browser.close();
console.log(`${n} screenshots in ${out}/`);
