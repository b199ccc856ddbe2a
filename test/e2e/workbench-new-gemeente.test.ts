/**
 * Issue 21 item 4 in Chromium: a 19th gemeente adds itself through the built workbench (dist/regels-bewerken.html,
 * strict CSP). The policy officer chooses Zaanstad, gets its first file in the form, sees a link that is no web
 * address refused in Dutch, saves the file and gemeenten.json; the built element given those two files as
 * `ruleFiles` with gemeente="GM0479" then gives covered results (the gemeente's own schemes, not the screen
 * for a gemeente the check does not know). The new part passes axe and fits 320 px.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, sendFile, watch } from '../support/static-files.js';
import { walkTypicalCheck } from './typical-check.js';

const ROOT = join(import.meta.dirname, '../..');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, 'rules', path), 'utf8'));

let dist: string;
let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  dist = mkdtempSync(join(tmpdir(), 'rc-new-gemeente-'));
  const vite = (args: string[]) => spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...args, '--outDir', dist, '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  const element = vite(['--emptyOutDir']);
  assert.equal(element.status, 0, element.stderr);
  const workbench = vite(['--config', 'vite.workbench.config.ts']);
  assert.equal(workbench.status, 0, workbench.stderr);
  server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    res.setHeader('Content-Security-Policy', CSP);
    if (url.pathname === '/check') {
      // A gemeente's page with the element; the test gives it its rules files before it is placed.
      res.setHeader('Content-Type', 'text/html');
      res.end('<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>check</title><link rel="icon" href="data:,"><script type="module" src="/regelingen-check.js"></script></head><body></body></html>');
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
  rmSync(dist, { recursive: true, force: true });
});

/** Chooses Zaanstad under "Of begin een nieuwe gemeente" and waits for its file in the form. */
async function startZaanstad(tab: Page): Promise<void> {
  await tab.goto(`${origin}/regels-bewerken.html`);
  await tab.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zaanstad (GM0479)' });
  await tab.getByRole('button', { name: 'Nieuwe gemeente beginnen' }).click();
  await tab.getByText('Nieuw bestand: gemeente-zaanstad.json (Gemeente Zaanstad)').waitFor();
  await tab.locator('#faults').getByText('Geen fouten.').waitFor();
}

describe('a gemeente adds itself through the workbench (issue 21 item 4)', () => {
  it('Zaanstad, started in the workbench and saved, works as ruleFiles: the element gives covered results for GM0479', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const tab = await context.newPage();
    const { requests, problems } = await watch(tab);
    await tab.goto(`${origin}/regels-bewerken.html`);
    // A gemeente that already has a file is not started again.
    await tab.getByLabel('Gemeente', { exact: true }).selectOption('GM0344');
    await tab.getByRole('button', { name: 'Nieuwe gemeente beginnen' }).click();
    await tab.locator('#new-status').getByText('Utrecht heeft al een regelbestand: gemeente-utrecht.json.').waitFor();

    await startZaanstad(tab);
    assert.equal(await tab.evaluate(() => document.activeElement?.id), 'edit-title', 'focus moves to the form');
    // Each figure: its link, with the hint to the gemeente's verordening or beleidsregel (CVDR); a link must open a page.
    const figure = tab.locator('[data-path="regelingen.kwijtschelding.kostenVanBestaan"]');
    const link = figure.getByLabel('Bron (webadres van de officiële tekst)');
    assert.match((await link.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)!.textContent))!, /verordening of beleidsregel, op lokaleregelgeving\.overheid\.nl \(CVDR\)/);
    const national = await link.inputValue();
    await link.fill('https://lokaleregelgeving');
    await tab.locator('#faults').getByText(/› bron: Dit is geen volledig webadres\./).waitFor();
    await link.fill(national);
    await tab.locator('#faults').getByText('Geen fouten.').waitFor();

    const save = async (name: string) => {
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name }).click()]);
      return { name: download.suggestedFilename(), content: JSON.parse(readFileSync((await download.path())!, 'utf8')) };
    };
    const organisation = await save('Bestand opslaan');
    assert.equal(organisation.name, 'gemeente-zaanstad.json');
    await tab.getByText(/Sla ook gemeenten\.json op/).waitFor();
    const gemeenten = await save('gemeenten.json opslaan');
    assert.equal(gemeenten.name, 'gemeenten.json');
    assert.equal(gemeenten.content.gemeenten.length, 19, 'the 18 gemeenten and Zaanstad');
    assert.ok(requests.every((u) => u.startsWith(origin) || u.startsWith('blob:')), `nothing leaves the page: ${requests.join(', ')}`);
    assert.deepEqual(problems, []);

    // The saved files as a gemeente's page gives them to the element.
    const national_ = Object.fromEntries(readdirSync(join(ROOT, 'rules/national')).map((f) => [`national/${f}`, readJson(`national/${f}`)]));
    const organisations = Object.fromEntries(readdirSync(join(ROOT, 'rules/organisaties')).map((f) => [`organisaties/${f}`, readJson(`organisaties/${f}`)]));
    const ruleFiles = { national: national_, organisations: { ...organisations, 'organisaties/gemeente-zaanstad.json': organisation.content }, gemeenten: gemeenten.content, landelijk: readJson('landelijk.json'), cbsGemeenten: readJson('cbs-gemeenten-2026.json') };
    const page = await context.newPage();
    const element = await watch(page);
    await page.goto(`${origin}/check`);
    const result = await page.evaluate(async (files) => {
      await customElements.whenDefined('regelingen-check');
      const el = document.createElement('regelingen-check') as HTMLElement & { ruleFiles: unknown };
      el.ruleFiles = files;
      el.setAttribute('gemeente', 'GM0479');
      el.setAttribute('datum', '2026-07-01');
      const events: unknown[] = [];
      el.addEventListener('regelingen-check-result', (e) => events.push((e as CustomEvent).detail));
      (window as unknown as { events: unknown[] }).events = events;
      document.body.append(el);
    }, ruleFiles);
    assert.equal(result, undefined);
    await walkTypicalCheck(page);
    const detail = (await page.evaluate(() => (window as unknown as { events: unknown[] }).events.at(-1))) as { gemeente: string; schemes: { id: string }[] };
    assert.deepEqual(detail.schemes.slice(0, 3).map((s) => s.id), ['iit', 'bijzondere-bijstand', 'kwijtschelding']);
    const screen = page.locator('regelingen-check');
    const text = (await screen.evaluate((el) => el.shadowRoot!.textContent))!;
    assert.doesNotMatch(text, /De check kent de regelingen van/, 'covered: not the screen for a gemeente the check does not know');
    assert.ok(await screen.locator('a[href="https://www.zaanstad.nl/"]').count(), "the schemes link to Zaanstad's own website");
    assert.deepEqual(element.problems, []);
    await context.close();
  });

  it('passes axe (WCAG 2.0–2.2 A and AA) with a new gemeente open and a fault shown, and fits 320 px', async () => {
    // axe is injected as an inline script, which the page's CSP forbids: this context bypasses it.
    const context = await browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    await startZaanstad(tab);
    await tab.locator('[data-path="regelingen.kwijtschelding.kostenVanBestaan"]').getByLabel('Bron (webadres van de officiële tekst)').fill('https://lokaleregelgeving');
    await tab.locator('#faults li').first().waitFor();
    await tab.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await tab.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    assert.deepEqual(violations, []);
    await tab.setViewportSize({ width: 320, height: 640 });
    assert.ok(await tab.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scrolling at 320 px');
    await context.close();
  });
});
