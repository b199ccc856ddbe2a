/** The evaluate CLI per the contract in DESIGN.md: JSON in (file or -), JSON out, exit 2 naming the field. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(import.meta.dirname, '../..');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/evaluate.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('npm run evaluate', () => {
  it('prints a contract outcome for the household of a golden case file and exits 0', () => {
    const file = join(ROOT, 'test/cases/utrecht', readdirSync(join(ROOT, 'test/cases/utrecht'))[0]!);
    const { naam: _naam, bron: _bron, expect: _expect, ...household } = JSON.parse(readFileSync(file, 'utf8'));
    const input = join(mkdtempSync(join(tmpdir(), 'household-')), 'household.json');
    writeFileSync(input, JSON.stringify(household));
    const result = cli([input]);
    assert.equal(result.status, 0, result.stderr);
    const outcome = JSON.parse(result.stdout);
    assert.equal(outcome.municipality, 'GM0344');
    assert.match(outcome.norm.bijstandsnorm, /^\d+\.\d{2}$/);
    for (const scheme of outcome.schemes) {
      assert.ok(['yes', 'maybe', 'no'].includes(scheme.status));
      assert.ok(Array.isArray(scheme.reasons) && scheme.reasons.length > 0);
      assert.match(scheme.portal.url, /^https:\/\//);
      assert.ok(scheme.sources.length > 0);
    }
  });

  it('reads the household from stdin with -', () => {
    const household = { date: '2026-07-01', municipality: 'GM0344', household: { adults: [{ age: 40 }], children: [], housemates: [] }, income: { netMonthly: '1000.00', source: 'none' }, assets: '0' };
    const result = cli(['-'], JSON.stringify(household));
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).householdType, 'alleenstaande');
  });

  for (const [name, household, field] of [
    ['an applicant aged 17', { adults: [{ age: 17 }] }, 'household.adults.0.age'],
    ['a negative income', { income: { netMonthly: '-100', source: 'work' } }, 'income.netMonthly'],
    ['an unknown gemeente', { municipality: 'GM0000' }, 'municipality'],
    ['a date before the first parameter date', { date: '2019-01-01' }, 'date'],
  ] as const) {
    it(`exits 2 and names the field for ${name}`, () => {
      const base = { date: '2026-07-01', municipality: 'GM0344', household: { adults: [{ age: 40 }], children: [], housemates: [] }, income: { netMonthly: '1000.00', source: 'none' }, assets: '0' };
      const input = 'adults' in household ? { ...base, household: { ...base.household, ...household } } : { ...base, ...household };
      const result = cli(['-'], JSON.stringify(input));
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, new RegExp(field.replace(/\./g, '\\.')));
    });
  }

  it('refuses a golden case file as it is: its name is an unknown key (issue 12: no key is dropped silently)', () => {
    const file = join('test/cases/utrecht', readdirSync(join(ROOT, 'test/cases/utrecht'))[0]!);
    const result = cli([file]);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^invalid input: naam: unknown-key$/m);
  });

  it('exits 2 on input that is not JSON', () => {
    const result = cli(['-'], '{ not json');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /input/);
  });
});

/** Issue 10: the contract additions `covered`, `helpRoutes`, `debts`, kwijtschelding and toeslagen estimates. */
describe('npm run evaluate: issue 10 contract additions', () => {
  const base = { date: '2026-07-01', municipality: 'GM0344', household: { adults: [{ age: 40 }], children: [{ age: 7 }], housemates: [] }, income: { netMonthly: '1000.00', source: 'work' }, assets: '0', housing: { rentMonthly: '700.00' }, debts: true };

  it('gives a covered gemeente covered: true, kwijtschelding, the three toeslagen per month and schuldhulp first', () => {
    const result = cli(['-'], JSON.stringify(base));
    assert.equal(result.status, 0, result.stderr);
    const outcome = JSON.parse(result.stdout);
    assert.equal(outcome.covered, true);
    const ids = outcome.schemes.map((s: { id: string }) => s.id);
    for (const id of ['iit', 'bijzondere-bijstand', 'kwijtschelding', 'zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget']) assert.ok(ids.includes(id), id);
    for (const s of outcome.schemes.filter((s: { id: string }) => s.id.endsWith('toeslag') || s.id === 'kindgebonden-budget')) {
      if (s.amount) assert.equal(s.amount.per, 'month');
      assert.match(s.calculatorUrl, /^https:\/\/www\.belastingdienst\.nl\//);
    }
    assert.deepEqual(outcome.helpRoutes.map((r: { id: string }) => r.id), ['schuldhulp', 'geldfit', 'juridisch-loket']);
    for (const r of outcome.helpRoutes) assert.match(r.url, /^https:\/\//);
  });

  // Issue 21: the statutory schemes are added for every gemeente; only local schemes stay out.
  it('gives a real gemeente outside the 18 exit 0, covered: false, its name, the statutory schemes and the gemeente route', () => {
    const result = cli(['-'], JSON.stringify({ ...base, municipality: 'GM0363' }));
    assert.equal(result.status, 0, result.stderr);
    const outcome = JSON.parse(result.stdout);
    assert.equal(outcome.covered, false);
    assert.equal(outcome.municipalityName, 'Amsterdam'); // CBS 2026: GM0363 Amsterdam
    assert.equal(outcome.organisation, undefined);
    assert.deepEqual(outcome.schemes.map((s: { id: string }) => s.id).sort(), ['bijzondere-bijstand', 'huurtoeslag', 'iit', 'kindgebonden-budget', 'kwijtschelding', 'zorgtoeslag']);
    assert.equal(outcome.helpRoutes[0].url, 'https://www.amsterdam.nl/');
    assert.deepEqual(outcome.helpRoutes.map((r: { id: string }) => r.id), ['gemeente', 'geldfit', 'juridisch-loket']);
  });

  it('leaves huurtoeslag out without a rent, and kindgebonden budget without children', () => {
    const { housing: _, ...noRent } = base;
    const result = cli(['-'], JSON.stringify({ ...noRent, household: { ...base.household, children: [] } }));
    const ids = JSON.parse(result.stdout).schemes.map((s: { id: string }) => s.id);
    assert.ok(ids.includes('zorgtoeslag'));
    assert.ok(!ids.includes('huurtoeslag') && !ids.includes('kindgebonden-budget'));
  });

  for (const [name, input, field] of [
    ['debts that is not a boolean', { ...base, debts: 'ja' }, 'debts'],
    ['a rent that is not an amount', { ...base, housing: { rentMonthly: 'veel' } }, 'housing.rentMonthly'],
    ['GM0000, which is no gemeente', { ...base, municipality: 'GM0000' }, 'municipality'],
  ] as const) {
    it(`exits 2 and names the field for ${name}`, () => {
      const result = cli(['-'], JSON.stringify(input));
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, new RegExp(`${field.replace(/\./g, '\\.')}`));
    });
  }
});
