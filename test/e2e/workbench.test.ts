/**
 * The rules workbench (demo/regels-bewerken.html) as built (dist/regels-bewerken.html), under the strict
 * CSP, in Chromium: a policy officer opens gemeente-utrecht.json from disk, breaks a figure and a source
 * (both faults shown at once, in Dutch), fixes the figure to a lower limit, sees the golden household at
 * the old limit lose the U-pas, and saves the file. Nothing is requested beyond the page's own three files.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, sendFile, watch } from '../support/static-files.js';

const ROOT = join(import.meta.dirname, '../..');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";
const RULES = join(ROOT, 'rules/organisaties/gemeente-utrecht.json');
/** test/cases/utrecht/alleenstaande-precies-upas-grens.json: income exactly at 125 % of the norm gets the U-pas. */
const AT_LIMIT = JSON.parse(readFileSync(join(ROOT, 'test/cases/utrecht/alleenstaande-precies-upas-grens.json'), 'utf8')).naam as string;

let dist: string;
let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  dist = mkdtempSync(join(tmpdir(), 'rc-workbench-'));
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.workbench.config.ts', '--outDir', dist, '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CSP);
    sendFile(res, dist, new URL(req.url!, 'http://x').pathname);
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

describe('the rules workbench, built, under a strict CSP', () => {
  it('opens a rules file, shows every fault in Dutch, shows the households that change, and saves the corrected file', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const tab = await context.newPage();
    const { requests, problems } = await watch(tab);
    await tab.goto(`${origin}/regels-bewerken.html`);

    // Open: the file is read in the page.
    await tab.getByLabel('Regelbestand (.json)').setInputFiles(RULES);
    await tab.getByText('Geopend: gemeente-utrecht.json').waitFor();
    const faults = tab.locator('#faults');
    await faults.getByText('Geen fouten.').waitFor();
    await tab.locator('#changes').getByText(/Geen van de \d+ voorbeeldhuishoudens/).waitFor();

    // Edit: a figure that is no number and a source that is no https address; both faults show at once.
    const limit = tab.locator('[data-path="regelingen.u-pas.inkomensgrens"]');
    const value = limit.getByLabel('Waarde (procent)');
    assert.equal(await value.inputValue(), '125', 'the U-pas limit of rules/organisaties/gemeente-utrecht.json');
    await value.fill('12O');
    const source = limit.getByLabel('Bron (webadres van de officiële tekst)');
    const oldSource = await source.inputValue();
    await source.fill('www.u-pas.nl');
    await faults.getByText('2 fouten:').waitFor();
    const items = await faults.locator('li').allTextContents();
    assert.deepEqual(items.sort(), [
      'U-pas › Inkomensgrens U-pas als percentage van de bijstandsnorm › bron: Dit is geen goed webadres. Een bron begint met https://.',
      'U-pas › Inkomensgrens U-pas als percentage van de bijstandsnorm › waarde per 2021-07-01: Dit is geen getal van 0 of meer. Schrijf een getal met een punt, zoals 1401.50 of 125.',
    ]);
    await tab.locator('#changes').getByText('Los eerst de fouten op.').waitFor();
    // A fault links to its field.
    await faults.getByRole('link', { name: /waarde per 2021-07-01/ }).click();
    assert.equal(await value.evaluate((el) => el === document.activeElement), true, 'the link moves focus to the field');

    // A date before the first date the rules answer for is a fault too.
    await source.fill(oldSource);
    await value.fill('120');
    const date = limit.getByLabel('Geldt vanaf (jjjj-mm-dd)');
    await date.fill('2027-01-01');
    await faults.getByText(/De eerste waarde geldt pas vanaf 2027-01-01\. De check rekent al vanaf \d{4}-\d{2}-\d{2}\./).waitFor();

    // Fix: 120 % from the old date. The household exactly at 125 % no longer gets the U-pas.
    await date.fill('2021-07-01');
    await faults.getByText('Geen fouten.').waitFor();
    const row = tab.locator('#changes tr', { hasText: AT_LIMIT });
    await row.waitFor();
    assert.deepEqual(await row.locator('td').allTextContents(), ['U-pas', 'ja', 'nee']);
    assert.match((await tab.locator('#changes').textContent())!, /\d+ van de \d+ voorbeeldhuishoudens krijgen een andere uitkomst/);

    // Save: a download of the file with only that figure changed, under its own name.
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: 'Bestand opslaan' }).click()]);
    assert.equal(download.suggestedFilename(), 'gemeente-utrecht.json');
    const saved = readFileSync((await download.path())!, 'utf8');
    const original = JSON.parse(readFileSync(RULES, 'utf8'));
    original.regelingen['u-pas'].inkomensgrens.values['2021-07-01'] = '120';
    assert.equal(saved, `${JSON.stringify(original, null, 2)}\n`, 'the same file, same layout, with the one figure changed');
    await tab.getByText('Opgeslagen als gemeente-utrecht.json').waitFor();

    const paths = requests.filter((u) => !u.startsWith('blob:')).map((u) => new URL(u).pathname);
    assert.ok(requests.every((u) => u.startsWith(origin) || u.startsWith('blob:')), `nothing leaves the page: ${requests.join(', ')}`);
    assert.deepEqual([...new Set(paths)].sort(), ['/regels-bewerken.css', '/regels-bewerken.html', '/regels-bewerken.js']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('passes axe (WCAG 2.0–2.2 A and AA rules) with a file open and a fault shown, and fits 320 px', async () => {
    // axe is injected as an inline script, which the page's CSP forbids: this context bypasses it.
    const context = await browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    await tab.goto(`${origin}/regels-bewerken.html`);
    await tab.getByLabel('Regelbestand (.json)').setInputFiles(RULES);
    await tab.locator('[data-path="regelingen.u-pas.inkomensgrens"]').getByLabel('Waarde (procent)').fill('x');
    await tab.locator('#faults li').first().waitFor();
    await tab.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await tab.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    assert.deepEqual(violations, []);
    // Reflow (WCAG 1.4.10): at 320 px wide nothing needs horizontal scrolling (the changes table scrolls in its own region).
    await tab.setViewportSize({ width: 320, height: 640 });
    assert.ok(await tab.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scrolling at 320 px');
    await context.close();
  });

  it('issue 23: refuses a file with a key given twice or a key with a dot, with a Dutch fault, and cannot save it', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const { problems } = await watch(tab);
    await tab.goto(`${origin}/regels-bewerken.html`);
    const open = (text: string) => tab.getByLabel('Regelbestand (.json)').setInputFiles({ name: 'gemeente-utrecht.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const original = readFileSync(RULES, 'utf8');
    const status = tab.locator('#file-status');

    // A good file first: a refused file must not leave it open to be saved.
    await open(original);
    await tab.locator('#faults').getByText('Geen fouten.').waitFor();
    // "inkomensgrens" twice in the U-pas: JSON.parse keeps the last, so saving would drop the first.
    const twice = original.replace('"inkomensgrens": {', '"inkomensgrens": { "unit": "procent", "source": "https://www.u-pas.nl", "values": { "2021-07-01": "999" } },\n    "inkomensgrens": {');
    assert.notEqual(twice, original);
    await open(twice);
    await status.getByText('De werkbank opent gemeente-utrecht.json niet').waitFor();
    assert.match((await status.textContent())!, /De naam "inkomensgrens" staat hier twee keer\./);
    assert.equal(await tab.getByRole('button', { name: 'Bestand opslaan' }).isVisible(), false, 'no save button for a refused file');
    assert.equal(await tab.locator('#form [data-path]').count(), 0);

    // A regeling key with a dot: a fault, not an empty form.
    const dotted = JSON.parse(original);
    dotted.regelingen['u.pas'] = dotted.regelingen['u-pas'];
    delete dotted.regelingen['u-pas'];
    await open(JSON.stringify(dotted));
    await status.getByText(/In de naam "u\.pas" staat een punt\./).waitFor();
    assert.equal(await tab.getByRole('button', { name: 'Bestand opslaan' }).isVisible(), false);

    // The good file opens again afterwards.
    await open(original);
    await tab.locator('#faults').getByText('Geen fouten.').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('also works opened straight from disk (file://), without any server', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    await tab.goto(`file://${join(dist, 'regels-bewerken.html')}`);
    await tab.getByLabel('Regelbestand (.json)').setInputFiles(RULES);
    await tab.locator('#faults').getByText('Geen fouten.').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
