/**
 * The built module as a gemeente serves it: under a strict Content Security Policy, with every request
 * recorded. A resident completes the check; nothing leaves the origin, nothing is stored, no CSP violation.
 * Runs the system Chromium through playwright-core (CHROME_PATH or /usr/bin/chromium).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, sendFile, watch } from '../support/static-files.js';

const ROOT = join(import.meta.dirname, '../..');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

const page = (attrs: string) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>test</title><link rel="icon" href="data:,">
<script type="module" src="/regelingen-check.js"></script></head><body><regelingen-check ${attrs}></regelingen-check></body></html>`;

let server: Server;
let browser: Browser;
let origin: string;

let dist: string;

before(async () => {
  dist = mkdtempSync(join(tmpdir(), 'rc-dist-'));
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    res.setHeader('Content-Security-Policy', CSP);
    if (url.pathname === '/' || url.pathname === '/ar') {
      res.setHeader('Content-Type', 'text/html');
      res.end(page(url.pathname === '/ar' ? 'gemeente="GM0344" lang="ar" datum="2026-07-01"' : 'gemeente="GM0344" datum="2026-07-01"'));
      return;
    }
    sendFile(res, dist, url.pathname);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('the built element under a strict CSP', () => {
  // Issue 12: the licences of Lit (BSD-3-Clause) and the MIT packages require their notices to ship with the code.
  it('ships THIRD-PARTY-LICENSES.txt next to regelingen-check.js with the notice of every bundled package', () => {
    const notices = readFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'i18next', 'zod', 'decimal.js-light', 'qrcode-generator']) {
      assert.match(notices, new RegExp(`^${name.replace(/[.@/]/g, '\\$&')} \\d+\\.\\d+\\.\\d+ \\((MIT|BSD-3-Clause)\\)$`, 'm'), name);
    }
    assert.match(notices, /Copyright \(c\) 2009 Kazuhiko Arase/, 'qrcode-generator ships no licence file: its notice comes from its source header');
    assert.match(notices, /Redistribution and use in source and binary forms/, 'the BSD-3-Clause text of Lit');
  });

  it('completes the check for a single parent in Utrecht: only its own chunks are fetched, nothing is stored', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    // A gemeente's page console stays clean: no errors, and no library notices (i18next prints an
    // advertisement unless told not to, and marks that on the page's globalThis).
    const { requests, problems } = await watch(tab, { console: 'any' });
    await tab.goto(`${origin}/`);
    const el = tab.locator('regelingen-check');
    const next = () => el.locator('button.primary').click();
    await el.getByRole('heading', { name: 'Welke regelingen passen bij u?' }).waitFor();
    const afterLoad = requests.length;
    await next();
    await el.getByRole('radio', { name: 'Nee' }).check();
    await next();
    await el.getByLabel('Uw leeftijd').fill('34');
    await next();
    await el.getByRole('radio', { name: 'Ja' }).check();
    await el.getByLabel('Leeftijd van kind 1').fill('3');
    await el.getByRole('button', { name: '+ Kind toevoegen' }).click();
    await el.getByLabel('Leeftijd van kind 2').fill('12');
    await next();
    await el.getByRole('radio', { name: 'Nee' }).check();
    await next();
    await el.getByRole('radio', { name: 'Bijstand', exact: true }).check();
    await next();
    await el.getByLabel('Bedrag per maand').fill('1.348,49');
    await next();
    await el.getByRole('radio', { name: '3 jaar of langer' }).check();
    await next();
    await el.getByLabel('Spaargeld en bezit').fill('500');
    await next();
    await el.getByRole('radio', { name: 'Ja' }).check(); // Betaalt u huur?
    await el.getByLabel('Huur per maand').fill('650');
    await next();
    await el.getByRole('heading', { name: 'Heeft u schulden of rekeningen die u niet kunt betalen?' }).waitFor();
    await next(); // optional
    // Issue 22: "Krijgt u dit al?", optional too; skipped.
    await el.getByRole('heading', { name: 'Krijgt u dit al?' }).waitFor();
    await el.getByRole('radio', { name: 'Sla over' }).check();
    await next();
    await el.getByRole('heading', { name: 'Kloppen uw antwoorden?' }).waitFor();
    await next();
    await el.getByRole('heading', { name: 'Dit past bij u' }).waitFor();
    const portal = el.getByRole('link', { name: 'Vraag U-pas aan' });
    assert.equal(await portal.getAttribute('href'), 'https://www.u-pas.nl/aanvragen');
    // Issue 10: the toeslagen estimates and the help routes in the same results.
    await el.getByRole('heading', { name: 'Huurtoeslag', exact: true }).waitFor();
    await el.getByRole('heading', { name: 'Hier kunt u gratis hulp vragen' }).waitFor();

    const outside = requests.filter((u) => !u.startsWith(origin));
    assert.deepEqual(outside, [], 'no request leaves the origin');
    const later = requests.slice(afterLoad).map((u) => new URL(u).pathname);
    for (const path of later) assert.match(path, /^\/chunks\/[\w-]+\.js$/, 'after loading, only the element’s own chunks');
    assert.deepEqual(problems, []);
    assert.deepEqual(await tab.evaluate(() => Object.keys(globalThis).filter((k) => k.startsWith('__i18next'))), [], 'no global left on the page');
    const storage = await tab.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
    }));
    assert.deepEqual(storage, { cookie: '', local: 0, session: 0, idb: 0 });
    await context.close();
  });

  it('speaks Arabic right-to-left from a lazily loaded language chunk', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    await tab.goto(`${origin}/ar`);
    const section = tab.locator('regelingen-check section').first();
    await tab.waitForFunction(() => document.querySelector('regelingen-check')?.shadowRoot?.querySelector('section')?.getAttribute('dir') === 'rtl');
    assert.equal(await section.getAttribute('lang'), 'ar');
    const title = await tab.locator('regelingen-check h2').textContent();
    assert.ok(title && /[\u0600-\u06ff]/.test(title), `an Arabic heading, got ${title}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('ships every other language as its texts only, without the keys (src/i18n/packed-texts.ts)', () => {
    const chunks = readdirSync(join(dist, 'chunks')).filter((name) => name.startsWith('locale-'));
    assert.equal(chunks.length, 15, 'five languages, three namespaces each');
    for (const name of chunks) {
      const code = readFileSync(join(dist, 'chunks', name), 'utf8');
      assert.doesNotMatch(code, /rulesHeading|uncoveredExplain|chartTitle/, `${name} still holds its keys`);
    }
  });
});
