/**
 * Issue 13, paper: the kiosk's slip fits one A4 page and the volunteer's print at most two (also in Arabic
 * with Dutch next to it), counted in Chromium's own PDF output of the built element. The slip holds what the
 * issue asks: gemeente, date, each scheme with its status, where to go, what to bring, QR codes (kiosk),
 * room for notes (volunteer).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { serveDist, walkTypicalCheck } from './typical-check.js';

const ROOT = join(import.meta.dirname, '../..');
let server: Server;
let origin: string;
let browser: Browser;

before(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'rc-print-'));
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  ({ server, origin } = await serveDist(dist));
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Walks the typical check (single parent on bijstand, Utrecht) and prints it: the PDF's text layer and page count. */
async function print(mode: string, lang: string) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  await page.goto(`${origin}/check?${encodeURIComponent(`gemeente="GM0344" datum="2026-07-01" mode="${mode}" lang="${lang}"`)}`);
  await walkTypicalCheck(page);
  // The kiosk's QR codes come from a chunk of their own: print only once they are there.
  if (mode === 'kiosk') await page.locator('regelingen-check .slip-qr svg').first().waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('regelingen-check').evaluate((e) => (e.shadowRoot!.querySelector('.slip') as HTMLElement).innerText);
  const qrCodes = await page.locator('regelingen-check .slip-qr svg').count();
  // Margins as a browser's print dialog uses by default (about 1 cm).
  const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  // RC_PRINT_DIR=/tmp/x keeps the PDFs and a print-media screenshot, for a person to look at.
  if (process.env.RC_PRINT_DIR) {
    writeFileSync(join(process.env.RC_PRINT_DIR, `${mode}-${lang}.pdf`), pdf);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(process.env.RC_PRINT_DIR, `${mode}-${lang}.png`), fullPage: true });
  }
  await page.close();
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  return { text, pages, qrCodes };
}

describe('printing the results of a typical check', () => {
  it('the kiosk slip is one A4 page with gemeente, date, statuses, lokets, documents and QR codes', async () => {
    const { text, pages, qrCodes } = await print('kiosk', 'nl');
    assert.equal(pages, 1);
    assert.equal(qrCodes, 5, 'one per portal: toeslagen, IIT, U-pas, kwijtschelding, bijzondere bijstand');
    for (const part of ['Gemeente Utrecht', '1 juli 2026', 'U-pas', 'U heeft waarschijnlijk recht', 'Misschien', '14 030', 'Stadsplateau 1', 'Neem dit mee', 'Uw paspoort of ID-kaart', 'u-pas.nl/aanvragen']) {
      assert.ok(text.includes(part), `the slip says ${part}`);
    }
  });

  it('the kiosk slip in Arabic is one A4 page too', async () => {
    assert.equal((await print('kiosk', 'ar')).pages, 1);
  });

  it('the volunteer print is at most two A4 pages, with room for notes', async () => {
    const { text, pages } = await print('vrijwilliger', 'nl');
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    assert.ok(text.includes('Notities'));
  });

  it('the volunteer print in Arabic has the Dutch next to it and is at most two A4 pages', async () => {
    const { text, pages } = await print('vrijwilliger', 'ar');
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    assert.ok(text.includes('Neem dit mee'), 'the Dutch column');
    assert.ok(/[\u0600-\u06ff]/.test(text), 'the Arabic column');
    assert.ok(text.includes('Notities'));
  });
});
