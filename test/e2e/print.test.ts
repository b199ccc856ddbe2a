/**
 * Issue 13, paper: the kiosk's slip fits one A4 page and the volunteer's print at most two (also in Arabic
 * with Dutch next to it), counted in Chromium's own PDF output of the built element. The slip holds what the
 * issue asks: gemeente, date, each scheme with its status, where to go, what to bring, QR codes (kiosk),
 * room for notes (volunteer).
 * Issue 22: the slip says what the estimate is based on ("Op basis van": household, income and its source,
 * rent, savings), and the page counts hold on the demo pages too, with their own CSS (the kiosk demo printed
 * a blank second page).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
  demoPages(dist);
  ({ server, origin } = await serveDist(dist));
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * The kiosk and volunteer demo pages with their own CSS, next to the built element: the element from the
 * bundle instead of the source, and the typical check's gemeente and date (the kiosk demo asks for the place).
 */
function demoPages(dist: string) {
  mkdirSync(join(dist, 'demo'));
  copyFileSync(join(ROOT, 'demo/demo.css'), join(dist, 'demo/demo.css'));
  const tokens = 'node_modules/@utrecht/design-tokens/dist/index.css';
  mkdirSync(join(dist, tokens, '..'), { recursive: true });
  copyFileSync(join(ROOT, tokens), join(dist, tokens));
  for (const name of ['kiosk.html', 'vrijwilliger.html']) {
    const html = readFileSync(join(ROOT, 'demo', name), 'utf8')
      .replace('/src/regelingen-check.ts', '/regelingen-check.js')
      .replace(/<regelingen-check (mode="\w+") lang="nl">/, '<regelingen-check $1 lang="nl" gemeente="GM0344" datum="2026-07-01">');
    assert.match(html, /gemeente="GM0344"/, `demo/${name} still holds the element as this test expects`);
    writeFileSync(join(dist, 'demo', name), html.replace('lang="nl" gemeente', `lang="LANG" gemeente`));
  }
}

/** Walks the typical check (single parent on bijstand, Utrecht) and prints it: the PDF's text layer and page count. */
async function print(mode: string, lang: string, demo?: 'kiosk' | 'vrijwilliger') {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  if (demo) {
    await page.route(`${origin}/demo/${demo}.html`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('lang="LANG"', `lang="${lang}"`) });
    });
    await page.goto(`${origin}/demo/${demo}.html`);
  } else {
    await page.goto(`${origin}/check?${encodeURIComponent(`gemeente="GM0344" datum="2026-07-01" mode="${mode}" lang="${lang}"`)}`);
  }
  await walkTypicalCheck(page);
  // The kiosk's QR codes come from a chunk of their own: print only once they are there.
  if (mode === 'kiosk') await page.locator('regelingen-check .slip-qr svg').first().waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  // Amounts are written with a no-break space (€ 1.348,49): compared as plain spaces.
  const text = await page.locator('regelingen-check').evaluate((e) => (e.shadowRoot!.querySelector('.slip') as HTMLElement).innerText.replace(/\u00a0/g, ' '));
  const qrCodes = await page.locator('regelingen-check .slip-qr svg').count();
  // Margins as a browser's print dialog uses by default (about 1 cm).
  const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  // RC_PRINT_DIR=/tmp/x keeps the PDFs and a print-media screenshot, for a person to look at.
  if (process.env.RC_PRINT_DIR) {
    const name = `${demo ? 'demo-' : ''}${mode}-${lang}`;
    writeFileSync(join(process.env.RC_PRINT_DIR, `${name}.pdf`), pdf);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(process.env.RC_PRINT_DIR, `${name}.png`), fullPage: true });
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

  // Issue 22: typical-check.ts answers 34, children of 3 and 12, bijstand, € 1.348,49, 3 years, € 500, € 650 rent.
  it('the kiosk slip says what the estimate is based on: household, income and its source, rent, savings', async () => {
    const { text } = await print('kiosk', 'nl');
    const basis = text.split('\n').find((line) => line.startsWith('Op basis van:'));
    assert.ok(basis, 'one line "Op basis van"');
    for (const part of ['Partner: Nee', 'Leeftijd: 34 jaar', 'Kinderen: 3 jaar, 12 jaar', 'Inkomen uit: Bijstand', 'Geld per maand: € 1.348,49', 'Huur: € 650,00', 'Spaargeld: € 500,00']) {
      assert.ok(basis.includes(part), `"${basis}" says ${part}`);
    }
    assert.ok(!basis.includes('Schulden'), 'debts do not change an estimate');
  });

  it('the volunteer print in Arabic says it in Arabic with the Dutch beside it', async () => {
    const { text } = await print('vrijwilliger', 'ar');
    assert.match(text, /بناءً على:.*1,348\.49/, 'the Arabic line, with the amount');
    assert.match(text, /Op basis van:.*Geld per maand: € 1\.348,49/, 'the Dutch line');
  });

  it('the kiosk demo page prints one A4 page in every language (it printed a blank second page)', async () => {
    for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
      const { pages, qrCodes } = await print('kiosk', lang, 'kiosk');
      assert.equal(pages, 1, `${lang}: ${pages} pages`);
      assert.equal(qrCodes, 5);
    }
  });

  it('the volunteer demo page prints at most two A4 pages, in Dutch, and in Arabic and Ukrainian with the Dutch beside it', async () => {
    for (const lang of ['nl', 'ar', 'uk']) {
      const { pages, text } = await print('vrijwilliger', lang, 'vrijwilliger');
      assert.ok(pages >= 1 && pages <= 2, `${lang}: ${pages} pages`);
      assert.ok(text.includes('Op basis van'));
    }
  });
});
