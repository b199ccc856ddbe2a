/**
 * The package as a web team gets it: `npm pack` of a fresh build, the tarball unpacked into a scratch
 * project's node_modules (as `npm install <tarball>` would; its dependencies linked from ours, because the
 * tests run without a network), then used through the `exports` map only:
 * - node runs the engine from `regelingencheck/engine` with the rules from `regelingencheck/rules/…`;
 * - TypeScript finds the declarations of the element and the engine;
 * - Chromium loads the element from the installed package under a strict CSP;
 * - the embed page, in an iframe on another origin, posts only its height to the parent.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { walkTypicalCheck } from './typical-check.js';
import { launchChromium, sendFile, watch } from '../support/static-files.js';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

const tmp = mkdtempSync(join(tmpdir(), 'rc-pack-'));
const source = join(tmp, 'source');
const scratch = join(tmp, 'scratch');
const installed = join(scratch, 'node_modules', pkg.name);

function run(cmd: string, args: string[], cwd: string) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `${cmd} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

let tarball = '';
let server: Server;
let browser: Browser;
let port = 0;

before(() => {
  // A copy of what `npm pack` reads, with a fresh build, so the test does not depend on (or change) dist/.
  mkdirSync(source);
  for (const entry of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'rules', 'locales', 'docs']) {
    cpSync(join(ROOT, entry), join(source, entry), { recursive: true });
  }
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  run(process.execPath, [vite, 'build', '--config', 'vite.config.ts', '--outDir', join(source, 'dist'), '--emptyOutDir', '--logLevel', 'error'], ROOT);
  for (const config of ['vite.embed.config.ts', 'vite.engine.config.ts']) {
    run(process.execPath, [vite, 'build', '--config', config, '--outDir', join(source, 'dist'), '--logLevel', 'error'], ROOT);
  }
  run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.types.json', '--outDir', join(source, 'dist/types')], ROOT);
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp], source));
  tarball = join(tmp, packed[0].filename);

  // The scratch project: the tarball where npm install puts it, dependencies linked from this repository.
  mkdirSync(installed, { recursive: true });
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', type: 'module', dependencies: { [pkg.name]: `file:${tarball}` } }));
  run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], tmp);
  for (const dep of [...Object.keys(pkg.dependencies), '@types/node', 'typescript']) {
    const at = join(scratch, 'node_modules', dep);
    mkdirSync(join(at, '..'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', dep), at, 'dir');
  }
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('npm pack', () => {
  it(`makes ${pkg.name}-${pkg.version}.tgz with the built element, engine, types, embed page, rules, locales and manifest, and no sources or tests`, () => {
    const files = run('tar', ['-tzf', tarball], tmp).split('\n').filter(Boolean);
    for (const file of ['dist/regelingen-check.js', 'dist/engine.js', 'dist/embed.html', 'dist/embed.js', 'dist/types/regelingen-check.d.ts', 'dist/types/engine-api.d.ts', 'rules/gemeenten.json', 'locales/nl/translation.json', 'custom-elements.json', 'CHANGELOG.md', 'docs/contract.md', 'docs/schema/outcome.schema.json']) {
      assert.ok(files.includes(`package/${file}`), `${file} is in the tarball`);
    }
    assert.deepEqual(files.filter((f) => /^package\/(src|test|node_modules)\//.test(f)), []);
    assert.match(pkg.version, /^\d+\.\d+\.\d+$/, 'a semantic version');
  });

  it('every path in the exports map exists in the installed package', () => {
    for (const [key, target] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>)) {
      for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
        const concrete = path.replace('*', key.includes('rules') ? 'gemeenten.json' : key.includes('locales') ? 'nl/translation.json' : 'contract.md');
        assert.ok(existsSync(join(installed, concrete)), `${key} → ${concrete}`);
      }
    }
  });

  it('runs the engine in node from regelingencheck/engine with the packaged rules (golden case utrecht/alleenstaande-ouder-kind-12: IIT € 749.00)', () => {
    const household = JSON.parse(readFileSync(join(ROOT, 'test/cases/utrecht/alleenstaande-ouder-kind-12.json'), 'utf8'));
    delete household.naam, delete household.bron, delete household.expect;
    writeFileSync(join(scratch, 'household.json'), JSON.stringify(household));
    writeFileSync(
      join(scratch, 'run.js'),
      `import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateWithWerkenLoont, validateRules, REASON_CODES } from '${pkg.name}/engine';
const rules = dirname(fileURLToPath(import.meta.resolve('${pkg.name}/rules/gemeenten.json')));
const read = (f) => JSON.parse(readFileSync(join(rules, f), 'utf8'));
const dir = (d) => Object.fromEntries(readdirSync(join(rules, d)).filter((f) => f.endsWith('.json')).map((f) => [d + '/' + f, read(d + '/' + f)]));
// Every top-level file under the key read-rules.ts gives it (gemeenten.json → gemeenten, cbs-gemeenten-2026.json → cbsGemeenten).
const key = (f) => f.replace(/\\.json$/, '').replace(/-\\d{4}$/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const top = Object.fromEntries(readdirSync(rules).filter((f) => f.endsWith('.json')).map((f) => [key(f), read(f)]));
const validated = validateRules({ ...top, national: dir('national'), organisations: dir('organisaties') });
if (!validated.ok) throw new Error(JSON.stringify(validated.faults));
const outcome = evaluateWithWerkenLoont(JSON.parse(readFileSync('household.json', 'utf8')), validated.rules);
console.log(JSON.stringify({ iit: outcome.schemes.find((s) => s.id === 'iit').amount.value, codes: REASON_CODES.length }));
`,
    );
    const out = JSON.parse(run(process.execPath, ['run.js'], scratch));
    assert.equal(out.iit, '749.00');
    assert.ok(out.codes > 10);
  });

  it('gives TypeScript the declarations of the element and the engine', () => {
    writeFileSync(
      join(scratch, 'check.ts'),
      `import type { RegelingenCheck } from '${pkg.name}';
import { type Outcome, REASON_CODES, evaluate } from '${pkg.name}/engine';
export const element = (e: RegelingenCheck): string | undefined => e.gemeente;
export const first: (typeof REASON_CODES)[number] = REASON_CODES[0];
export const run = (rules: Parameters<typeof evaluate>[1]): Outcome['schemes'] => evaluate({}, rules).schemes;
`,
    );
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], noEmit: true, skipLibCheck: true, types: [] }, files: ['check.ts'] }));
    run(process.execPath, [join(scratch, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], scratch);
  });
});

describe('the installed package in Chromium', () => {
  before(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url!, 'http://x');
      res.setHeader('Content-Security-Policy', CSP);
      if (url.pathname === '/element.html') {
        res.setHeader('Content-Type', 'text/html');
        res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"><script type="module" src="/node_modules/${pkg.name}/dist/regelingen-check.js"></script></head><body><regelingen-check gemeente="GM0344" datum="2026-07-01"></regelingen-check></body></html>`);
        return;
      }
      if (url.pathname === '/host.html') {
        // The host (a gemeente's CMS page) allows framing the embed page's origin.
        res.setHeader('Content-Security-Policy', `default-src 'self'; frame-src http://127.0.0.1:${port}`);
        res.setHeader('Content-Type', 'text/html');
        res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,"></head><body><iframe title="Regelingencheck" src="${url.searchParams.get('src')}"></iframe></body></html>`);
        return;
      }
      sendFile(res, scratch, url.pathname);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    browser = await launchChromium();
  });

  it('loads the element from node_modules/regelingencheck/dist under a strict CSP', async () => {
    const tab = await browser.newPage();
    const { problems } = await watch(tab);
    await tab.goto(`http://127.0.0.1:${port}/element.html`);
    await tab.locator('regelingen-check').getByRole('heading', { name: 'Welke regelingen passen bij u?' }).waitFor();
    assert.deepEqual(problems, []);
    await tab.close();
  });

  /** The host page (another origin) framing embed.html with `query`; it records every message it receives. */
  async function framed(query: string) {
    const tab = await browser.newPage();
    const problems: string[] = [];
    const warnings: string[] = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const embed = `http://127.0.0.1:${port}/node_modules/${pkg.name}/dist/embed.html?${query}`;
    await tab.addInitScript(() => {
      (window as unknown as { messages: unknown[] }).messages = [];
      window.addEventListener('message', (e) => (window as unknown as { messages: unknown[] }).messages.push(e.data));
    });
    // The host is on another origin (localhost vs 127.0.0.1), as a gemeente's CMS would be.
    await tab.goto(`http://localhost:${port}/host.html?src=${encodeURIComponent(embed)}`);
    const frame = tab.frameLocator('iframe');
    const messages = () => tab.evaluate(() => (window as unknown as { messages: { type: string; height: number }[] }).messages);
    return { tab, frame, messages, problems, warnings };
  }
  const HOST = () => `http://localhost:${port}`;

  it('embed.html in an iframe on another origin posts only { type, height } to the origin it names, in 200 px steps from 1200 px, and again when its content grows (issue 23)', async () => {
    const { tab, frame, messages, problems } = await framed(`gemeente=GM0344&datum=2026-07-01&lang=en&unknown=x&origin=${encodeURIComponent(HOST())}`);
    await frame.locator('regelingen-check').getByRole('heading', { name: 'Which schemes fit you?' }).waitFor();
    await tab.waitForFunction(() => (window as unknown as { messages: unknown[] }).messages.length > 0);
    const first = await messages();
    for (const message of first) {
      assert.deepEqual(Object.keys(message).sort(), ['height', 'type']);
      assert.equal(message.type, 'regelingen-check-height');
      assert.ok(Number.isInteger(message.height) && message.height >= 1200 && message.height % 200 === 0, `a height in steps of 200 px, at least 1200, got ${message.height}`);
    }
    const inner = () => frame.locator('html').evaluate((html) => Math.max(1200, Math.ceil(html.getBoundingClientRect().height / 200) * 200));
    /** The last height posted, once the page has stopped changing: the page's height rounded up to 200 px. */
    const settled = async () => {
      for (let i = 0; i < 50; i++) {
        const [last, now] = [(await messages()).at(-1)?.height, await inner()];
        if (last === now) return now;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.fail(`the last height posted, ${(await messages()).at(-1)?.height}, is not the page’s height rounded up, ${await inner()}`);
    };
    const firstHeight = await settled();
    const attrs = await frame.locator('regelingen-check').evaluate((e) => [e.getAttribute('gemeente'), e.getAttribute('datum'), e.getAttribute('unknown'), e.getAttribute('origin')]);
    assert.deepEqual(attrs, ['GM0344', '2026-07-01', null, null], 'attributes from the query; unknown parameters and origin are not attributes');

    // The results are taller than the first screen: a new message says so.
    await walkTypicalCheck(tab.frames()[1]!);
    await tab.waitForFunction((h) => (window as unknown as { messages: { height: number }[] }).messages.at(-1)!.height !== h, firstHeight);
    assert.notEqual(await settled(), firstHeight);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('embed.html without origin=, or naming another origin, posts nothing to the page that frames it, and says why in the console (issue 23)', async () => {
    for (const query of ['', '&origin=https%3A%2F%2Fevil.example', '&origin=*', `&origin=${encodeURIComponent(`${HOST()}/path`)}`, '&origin=javascript%3Aalert(1)']) {
      const { tab, frame, messages, problems, warnings } = await framed(`gemeente=GM0344&datum=2026-07-01${query}`);
      await frame.locator('regelingen-check').getByRole('heading', { name: 'Welke regelingen passen bij u?' }).waitFor();
      await new Promise((r) => setTimeout(r, 800));
      assert.deepEqual(await messages(), [], `nothing posted for ${query || 'no origin'}`);
      assert.deepEqual(problems, []);
      if (query !== '&origin=https%3A%2F%2Fevil.example') assert.ok(warnings.some((w) => /no valid origin=/.test(w)), `a warning for ${query || 'no origin'}: ${warnings.join(' | ')}`);
      await tab.close();
    }
  });

  it('every question screen, with and without the income-period question, posts the same 1200 px floor (issue 23)', async () => {
    /** The heights posted while the questions show (until the results title appears), and whether the period was asked. */
    const questions = async (netMonthly: string) => {
      const { tab, messages } = await framed(`gemeente=GM0344&datum=2026-07-01&origin=${encodeURIComponent(HOST())}`);
      const frame = tab.frames()[1]!;
      const asked: string[] = [];
      let tallest = 0;
      let screen = '';
      const el = frame.locator('regelingen-check');
      await el.locator('button.primary').first().waitFor();
      // The embed posts after 300 ms of quiet (embed.ts): let the first screen's height go out before the walk.
      await new Promise((r) => setTimeout(r, 800));
      // Every 50 ms while the questions show: the tallest question screen.
      const watcher = setInterval(async () => {
        try {
          if (!asked.length && (await el.locator('input[name="lowSince"]').count())) asked.push('lowSince');
          // One evaluation, so the results cannot appear between the look and the measurement.
          const height = await frame.evaluate(() => {
            const root = document.querySelector('regelingen-check')?.shadowRoot;
            return root && !root.querySelector('#results-title, [data-partial]') ? [document.documentElement.getBoundingClientRect().height, root.querySelector('h1, h2')?.textContent ?? ''] as const : ([0, ''] as const);
          });
          // The summary lists the answers (one row more when the period was asked): see the report of issue 23.
          if (height[0] > tallest && height[1] !== 'Kloppen uw antwoorden?') [tallest, screen] = height;
        } catch {
          // The tab closes at the end.
        }
      }, 50);
      await walkTypicalCheck(frame, { netMonthly });
      // And the results' height, after their own quiet time.
      await new Promise((r) => setTimeout(r, 800));
      clearInterval(watcher);
      const all = (await messages()).map((m) => m.height);
      await tab.close();
      return { tallest, screen, asked, all };
    };
    // test/cases/utrecht: € 1.348,49 (bijstand) is below the IIT ceiling, so the period is asked; € 2.600 is above it.
    const low = await questions('1348,49');
    const high = await questions('2600');
    assert.deepEqual(low.asked, ['lowSince'], 'the period is asked below the ceiling');
    assert.deepEqual(high.asked, [], 'and not above it');
    // The messages during the questions are what could tell them apart: every question screen is below the
    // 1200 px floor, so the host sees the floor once; after it only the summary's and the results' heights.
    for (const walk of [low, high]) {
      assert.ok(walk.tallest > 0 && walk.tallest <= 1200, `the tallest question screen, ${walk.screen}: ${walk.tallest} px, fits under the floor`);
      assert.equal(walk.all[0], 1200);
      assert.ok(walk.all.slice(1).every((h) => h > 1200), `after the floor only taller screens: ${walk.all.join(', ')}`);
    }
    assert.ok(low.all.length <= 8 && high.all.length <= 8, `a few messages per check, not one per redraw: ${low.all.join(', ')} / ${high.all.join(', ')}`);
  });
});
