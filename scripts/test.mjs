/**
 * `npm test`: the node tests (engine, CLI, rules) and the browser tests (Chromium via Playwright), then
 * one closing line `N passed, N failed` for CI. Exits non-zero when anything failed or nothing ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const TAP = '.node-results.txt';
const WTR = '.wtr-results.json';
rmSync(TAP, { force: true });
rmSync(WTR, { force: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;

const only = process.argv[2]; // "node" or "browser" to run one half
let nodeStatus = 0;
let browserStatus = 0;
if (only !== 'browser') {
  nodeStatus = run(process.execPath, [
    '--import', 'tsx', '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${TAP}`,
    'test/engine/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/rules/**/*.test.ts',
  ]);
}
if (only !== 'node') browserStatus = run('npx', ['web-test-runner']);

let passed = 0;
let failed = 0;
if (existsSync(TAP)) {
  const tap = readFileSync(TAP, 'utf8');
  passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
} else if (only !== 'browser') failed += 1;
if (existsSync(WTR)) {
  const wtr = JSON.parse(readFileSync(WTR, 'utf8'));
  passed += wtr.passed;
  failed += wtr.failed;
} else if (only !== 'node') failed += 1;
if ((nodeStatus !== 0 || browserStatus !== 0) && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
