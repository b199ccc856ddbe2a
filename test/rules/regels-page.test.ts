/** demo/regels.html is generated from rules/: it must match them, name every figure and link every source. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readRulesDir } from '../../src/cli/read-rules.js';
import { escapeHtml, renderRegelsPage } from '../../src/rules/regels-page.js';
import { validateRules } from '../../src/rules/validate.js';

const ROOT = join(import.meta.dirname, '../..');
const files = readRulesDir();
const result = validateRules(files);
if (!result.ok) throw new Error(`rules are broken: ${JSON.stringify(result.faults)}`);
const page = renderRegelsPage(result.rules, files);

/** Every https:// address anywhere in the rules files. */
function urls(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith('https://') ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(urls);
  return [];
}

describe('demo/regels.html', () => {
  it('is the page generated from rules/ as they are now', () => {
    const committed = readFileSync(join(ROOT, 'demo/regels.html'), 'utf8');
    assert.ok(committed === page, 'demo/regels.html is out of date with rules/: run `npm run rules:page` and commit the result');
  });

  it('is the same every time it is made', () => {
    assert.equal(renderRegelsPage(result.rules, files), page);
  });

  it('names every parameter of every national file', () => {
    for (const [file, content] of Object.entries(files.national)) {
      for (const id of Object.keys((content as { parameters: Record<string, unknown> }).parameters)) {
        assert.ok(page.includes(`<span class="name">${escapeHtml(id)}</span>`), `${file}: ${id} is not on the page`);
      }
    }
  });

  it('links every source address in rules/', () => {
    const all = new Set(urls([files.national, files.organisations, files.gemeenten, files.landelijk]));
    assert.ok(all.size > 50, `expected many sources, found ${all.size}`);
    for (const url of all) assert.ok(page.includes(`href="${escapeHtml(url)}"`), `${url} is not linked`);
  });

  it('names every gemeente', () => {
    for (const gemeente of result.rules.gemeenten) {
      assert.ok(page.includes(escapeHtml(gemeente.name)), `${gemeente.name} is not on the page`);
      assert.ok(page.includes(gemeente.code), `${gemeente.code} is not on the page`);
    }
  });

  it('counts checked and unchecked figures per organisation (issue 10)', () => {
    const counts = [...page.matchAll(/<p class="count">Getallen van deze organisatie: <strong>(\d+) gecontroleerd<\/strong>, <strong class="unverified">(\d+) niet gecontroleerd<\/strong>/g)];
    assert.equal(counts.length, result.rules.organisations.length);
    assert.ok(counts.every(([, checked, unchecked]) => Number(checked) + Number(unchecked) > 0));
  });

  it('names every gemeente’s schuldhulp and what the check does not compute', () => {
    assert.equal(page.match(/<dt>Schuldhulp<\/dt>/g)?.length, result.rules.gemeenten.length);
    assert.equal(page.match(/<dt>Niet berekend<\/dt>/g)?.length, result.rules.gemeenten.length);
  });

  it('marks unverified figures in words', () => {
    assert.match(page, /niet gecontroleerd/);
  });

  it('is static Dutch HTML: no script, no style attributes, no external resources, working anchors', () => {
    assert.match(page, /<html lang="nl">/);
    assert.doesNotMatch(page, /<script/i);
    assert.doesNotMatch(page, /\sstyle=/i);
    assert.doesNotMatch(page, /\s(src|srcset)=/i);
    assert.doesNotMatch(page, /<link\s/i);
    assert.doesNotMatch(page, /@import|url\(/i);
    const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, target] of page.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.has(target), `#${target} has no target`);
    for (const [, href] of page.matchAll(/href="([^"]+)"/g)) assert.match(href!, /^(#|https:\/\/)/);
  });

  it('gives every table a caption and scoped headers', () => {
    const tables = page.match(/<table/g)?.length ?? 0;
    assert.ok(tables > 10);
    assert.equal(page.match(/<caption/g)?.length, tables);
    assert.doesNotMatch(page, /<th(?=[\s>])(?![^>]*scope=)/);
  });
});
