/**
 * Issue 21 item 4, "a gemeente adds itself", the workbench's logic in node (the page: test/e2e/workbench-new-
 * gemeente.test.ts): the list of the 342 gemeenten of rules/cbs-gemeenten-2026.json, the first file and the
 * gemeenten.json line for each of the 324 without rules here, and the saved pair passing `npm run rules:check`
 * itself (the CLI on a copy of rules/), with Zaanstad then covered by woonplaats and by postcode.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readRulesDir, validatedRulesDir } from '../../src/cli/read-rules.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { findByPostcode, findByWoonplaats } from '../../src/engine/gemeente.js';
import { checkOrganisation } from '../../src/workbench/check.js';
import { dutchFaults } from '../../src/workbench/faults-nl.js';
import { LINK_REASON, isWebAddress, linkFaults } from '../../src/workbench/links.js';
import { type WorkbenchBase, expandPostcodes, gemeenteChoices, startGemeente } from '../../src/workbench/new-gemeente.js';
import { listParameters } from '../../src/workbench/parameters.js';

const ROOT = join(import.meta.dirname, '../..');
const { organisations: _organisations, faults: _faults, ...rest } = readRulesDir();
/** As src/workbench/bundled.ts gives it: every top-level rules file, plaatsen-2026.json as `plaatsen`. */
const base = { ...rest, plaatsen: JSON.parse(readFileSync(join(ROOT, 'rules/plaatsen-2026.json'), 'utf8')) } as WorkbenchBase;
const started = (code: string) => {
  const result = startGemeente(code, base);
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result;
};
/** A single adult of 40 on bijstand for 4 years: the statutory IIT conditions (Participatiewet art. 36) hold. */
const household = (municipality: string) => ({
  date: '2026-07-01',
  municipality,
  household: { adults: [{ age: 40 }] },
  income: { netMonthly: '1200.00', source: 'bijstand', lowSinceMonths: 48 },
  assets: '0.00',
});

describe('Nieuwe gemeente beginnen (issue 21 item 4)', () => {
  it('offers all 342 gemeenten of the CBS list in Dutch order, the 18 with rules here marked', () => {
    const choices = gemeenteChoices(base);
    assert.equal(choices.length, 342);
    assert.equal(choices.filter((c) => c.organisation).length, 18);
    assert.deepEqual(choices.find((c) => c.code === 'GM0479'), { code: 'GM0479', label: 'Zaanstad (GM0479)' });
    assert.equal(choices.find((c) => c.code === 'GM0344')?.organisation, 'gemeente-utrecht');
    const labels = choices.map((c) => c.label);
    assert.deepEqual(labels, [...labels].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('refuses no choice and a gemeente that already has a file, in Dutch', () => {
    assert.deepEqual(startGemeente('', base), { ok: false, message: 'Kies eerst een gemeente uit de lijst.' });
    const utrecht = startGemeente('GM0344', base);
    assert.ok(!utrecht.ok);
    assert.match(utrecht.message, /Utrecht heeft al een regelbestand: gemeente-utrecht\.json/);
  });

  it('starts a file for each of the 324 gemeenten without rules here that passes the workbench check (the rules:check rules)', () => {
    const uncovered = gemeenteChoices(base).filter((c) => !c.organisation);
    assert.equal(uncovered.length, 324);
    for (const { code } of uncovered) {
      const made = started(code);
      const result = checkOrganisation(made.organisation, made.base, linkFaults(`organisaties/${made.fileName}`, made.organisation));
      assert.ok(result.ok, `${code}: ${result.ok ? '' : JSON.stringify(result.faults)}`);
      const entry = made.gemeenten.gemeenten.at(-1)!;
      assert.equal(entry.code, code);
      assert.ok(entry.woonplaatsen.length > 0, code);
      assert.equal(made.gemeenten.gemeenten.length, 19, 'the 18 lines stay, one is added');
    }
  });

  it('fills in name, code, website and the BAG woonplaatsen and postcodes of Zaanstad (rules/plaatsen-2026.json)', () => {
    const made = started('GM0479');
    assert.equal(made.fileName, 'gemeente-zaanstad.json');
    const org = made.organisation as { name: string; website: string; gemeenten: { code: string }[] };
    assert.equal(org.name, 'Gemeente Zaanstad');
    assert.equal(org.website, 'https://www.zaanstad.nl/', 'rules/cbs-gemeenten-2026.json');
    assert.equal(org.gemeenten[0]!.code, 'GM0479');
    const entry = made.gemeenten.gemeenten.at(-1)!;
    assert.ok(entry.woonplaatsen.includes('Zaandam') && entry.woonplaatsen.includes('Krommenie'));
    assert.ok(entry.postcodes?.includes('1501') && entry.postcodes.includes('1567'));
    assert.deepEqual(expandPostcodes('1501-1503 1521'), ['1501', '1502', '1503', '1521']);
    // Every figure has a source field (the parameter's `source`, as in every rules file), the national one to start.
    assert.deepEqual(listParameters(made.organisation).map((f) => f.path), ['regelingen.kwijtschelding.kostenVanBestaan']);
  });

  it('the saved pair passes `npm run rules:check` (the CLI, on a copy of rules/) and makes Zaanstad covered by woonplaats and postcode', () => {
    const made = started('GM0479');
    const dir = mkdtempSync(join(tmpdir(), 'rc-new-gemeente-'));
    try {
      cpSync(join(ROOT, 'rules'), dir, { recursive: true });
      // What the workbench's two save buttons write (src/workbench/main.ts): JSON.stringify(…, null, 2) and a newline.
      writeFileSync(join(dir, 'organisaties', made.fileName), `${JSON.stringify(made.organisation, null, 2)}\n`);
      writeFileSync(join(dir, 'gemeenten.json'), `${JSON.stringify(made.gemeenten, null, 2)}\n`);
      const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-rules.ts', dir], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(cli.status, 0, cli.stderr);
      assert.match(cli.stdout, /6 organisations, 19 gemeenten: ok/);
      const checked = validatedRulesDir(dir);
      assert.ok(checked.ok);
      for (const place of ['Zaanstad', 'GM0479']) {
        const outcome = evaluate(household(place), checked.rules);
        assert.equal(outcome.covered, true, place);
        assert.equal(outcome.organisation, 'gemeente-zaanstad', place);
      }
      // The place question's lookups (src/engine/gemeente.ts): Zaandam and Krommenie, and 1501 (Zaandam).
      for (const place of ['Zaandam', 'Krommenie']) assert.deepEqual(findByWoonplaats(checked.rules.gemeenten, place).map((g) => g.code), ['GM0479'], place);
      // The place question's postcode lookup (src/engine/gemeente.ts) finds Zaanstad for 1501 (Zaandam).
      assert.deepEqual((findByPostcode(checked.rules, '1501') as { code: string }[]).map((g) => g.code), ['GM0479']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a figure\'s link must be a web address: https://lokaleregelgeving is refused, a CVDR link is not', () => {
    assert.equal(isWebAddress('https://lokaleregelgeving.overheid.nl/CVDR700000/1'), true);
    for (const bad of ['https://lokaleregelgeving', 'https://CVDR700000', 'https://1.2.3.4/x', 'https://.overheid.nl']) assert.equal(isWebAddress(bad), false, bad);
    const made = started('GM0479');
    const org = structuredClone(made.organisation) as { regelingen: { kwijtschelding: { kostenVanBestaan: { source: string; values: Record<string, unknown> } } } };
    const figure = org.regelingen.kwijtschelding.kostenVanBestaan;
    figure.source = 'https://lokaleregelgeving';
    figure.values = { '2022-01-01': { value: '100', source: 'https://CVDR700000' } };
    const faults = linkFaults('organisaties/gemeente-zaanstad.json', org);
    assert.deepEqual(faults.map((f) => f.path), ['regelingen.kwijtschelding.kostenVanBestaan.source', 'regelingen.kwijtschelding.kostenVanBestaan.values.2022-01-01.source']);
    const result = checkOrganisation(org, made.base, faults);
    assert.ok(!result.ok);
    const dutch = dutchFaults(result.faults, listParameters(org)).map((f) => `${f.where}: ${f.message}`);
    assert.ok(dutch.every((m) => /Dit is geen volledig webadres\. Een link naar een verordening ziet er zo uit: https:\/\/lokaleregelgeving\.overheid\.nl\/CVDR/.test(m)), dutch.join('\n'));
    assert.match(dutch[1]!, /^Kwijtschelding gemeentebelastingen › Kosten van bestaan bij kwijtschelding, in procent van de bijstandsnorm › bron van de waarde per 2022-01-01/);
    assert.equal(faults[0]!.reason, LINK_REASON);
  });
});
