/**
 * The engine stays pure (DESIGN.md, STYLE.md): no DOM, no i18n, no fetch, no clock in src/engine/. That
 * is what lets the same code answer in the browser, the CLI and the tests for any date.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ENGINE = join(import.meta.dirname, '../../src/engine');
const files = readdirSync(ENGINE, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'));

const FORBIDDEN: [RegExp, string][] = [
  [/from ['"](lit|lit\/.*|i18next)['"]/, 'imports a UI or i18n library'],
  [/\b(document|window|localStorage|sessionStorage|navigator|customElements)\./, 'uses the DOM'],
  [/\bfetch\(|XMLHttpRequest|import\(/, 'loads something'],
  [/Date\.now\(|new Date\(\)/, 'reads the clock'],
  [/from ['"]\.\.\/(ui|i18n|flow)\//, 'imports from the UI side'],
];

describe('src/engine is pure', () => {
  for (const file of files) {
    it(file, () => {
      const code = readFileSync(join(ENGINE, file), 'utf8');
      for (const [pattern, why] of FORBIDDEN) assert.doesNotMatch(code, pattern, `${file} ${why}`);
    });
  }
});
