/**
 * What the e2e tests share: answering a request with a file from a built folder (never outside it), and the
 * system Chromium as Playwright must launch it here (no browser download; no sandbox as root).
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

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
