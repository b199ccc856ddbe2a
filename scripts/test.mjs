/**
 * `npm test`: the node tests (engine, CLI, rules) and the browser tests (Chromium via Playwright), then
 * one closing line `N passed, N failed` for CI. Exits non-zero when anything failed or nothing ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Node 20's test runner takes no globs: list the node test files ourselves (test/ui runs in Chromium). */
const nodeTests = ['test/architecture', 'test/engine', 'test/cli', 'test/rules', 'test/locales', 'test/hostile', 'test/e2e']
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))))
  .filter((f) => f.endsWith('.test.ts'))
  .sort();

/**
 * Everything this script prints is written synchronously: to a pipe (CI's tee) process.stdout is
 * asynchronous, so the node tests' output arrived after the browser tests' and the closing line CI reads was
 * not the last line, or was lost at exit. The browser runner may leave the shared pipe non-blocking: on
 * EAGAIN wait a moment and write the rest.
 */
function writeAll(text) {
  const bytes = Buffer.from(text);
  for (let written = 0; written < bytes.length; ) {
    try {
      written += writeSync(1, bytes, written);
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

const NODE_OUTPUT = '.node-results.txt';
const WTR = '.wtr-results.json';
rmSync(NODE_OUTPUT, { force: true });
rmSync(WTR, { force: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;

const only = process.argv[2]; // "node" or "browser" to run one half
let nodeStatus = 0;
let browserStatus = 0;
if (only !== 'browser') {
  // The spec reporter's closing lines (ℹ pass N, ℹ fail N) are read from its output as it streams by.
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTests], {
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  writeAll(child.stdout ?? '');
  writeFileSync(NODE_OUTPUT, child.stdout ?? '');
  nodeStatus = child.status ?? 1;
}
if (only !== 'node') browserStatus = run('npx', ['web-test-runner']);

let passed = 0;
let failed = 0;
if (existsSync(NODE_OUTPUT)) {
  const tap = readFileSync(NODE_OUTPUT, 'utf8');
  passed += Number(/^ℹ pass (\d+)/m.exec(tap)?.[1] ?? 0);
  failed += Number(/^ℹ fail (\d+)/m.exec(tap)?.[1] ?? 0);
} else if (only !== 'browser') failed += 1;
if (existsSync(WTR)) {
  const wtr = JSON.parse(readFileSync(WTR, 'utf8'));
  passed += wtr.passed;
  failed += wtr.failed;
} else if (only !== 'node') failed += 1;
if ((nodeStatus !== 0 || browserStatus !== 0) && failed === 0) failed = 1;

writeAll(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
