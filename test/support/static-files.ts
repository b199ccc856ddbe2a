/**
 * What the e2e tests share: answering a request with a file from a built folder (never outside it), the
 * system Chromium as Playwright must launch it here (no browser download; no sandbox as root), and what a
 * page did wrong.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };

/** Sends `pathname` from `root`: 403 for a path that leaves it, 404 for a file that is not there. */
export function sendFile(res: ServerResponse, root: string, pathname: string): void {
  const file = normalize(join(root, pathname));
  if (!file.startsWith(root)) return void res.writeHead(403).end();
  try {
    const body = readFileSync(file);
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Records, from now on, every request of `tab` and what went wrong in it: uncaught errors, CSP violations
 * and console errors; with `console: 'any'` every console message (a gemeente's console stays clean).
 */
export async function watch(tab: Page, { console: which = 'errors' }: { console?: 'errors' | 'any' } = {}) {
  const requests: string[] = [];
  const problems: string[] = [];
  tab.on('request', (r) => requests.push(r.url()));
  tab.on('pageerror', (e) => problems.push(e.message));
  tab.on('console', (m) => (which === 'any' ? problems.push(`console.${m.type()}: ${m.text()}`) : m.type() === 'error' && problems.push(m.text())));
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { requests, problems };
}
