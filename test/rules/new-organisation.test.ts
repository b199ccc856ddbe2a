/**
 * Issue 21, "a gemeente adds itself": the first organisation file the workbench starts for a gemeente of the CBS
 * list passes the rules check (with its line in gemeenten.json) and, given as ruleFiles, makes that gemeente
 * covered with the statutory schemes. Zaanstad (GM0479) stands for any of the 324.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRulesDir } from '../../src/cli/read-rules.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { validateRules } from '../../src/rules/validate.js';
import type { CbsGemeente } from '../../src/rules/schema.js';
import { newOrganisationFiles, organisationId } from '../../src/workbench/new-organisation.js';

const disk = readRulesDir();
const cbs = (disk.cbsGemeenten as { gemeenten: CbsGemeente[] }).gemeenten;
const zaanstad = cbs.find((g) => g.code === 'GM0479')!;

describe('a new organisation file for a gemeente of the CBS list (issue 21)', () => {
  it('names the file after the gemeente', () => {
    assert.equal(organisationId(cbs.find((g) => g.code === 'GM0373')!), 'gemeente-bergen-nh');
    assert.equal(organisationId(zaanstad), 'gemeente-zaanstad');
  });

  it('passes the rules check and makes the gemeente covered with IIT, bijzondere bijstand and kwijtschelding', () => {
    const made = newOrganisationFiles(zaanstad, ['Zaandam', 'Koog aan de Zaan']);
    const gemeenten = disk.gemeenten as { gemeenten: unknown[] };
    const files = {
      ...disk,
      organisations: { ...disk.organisations, [made.file]: made.organisation },
      gemeenten: { ...gemeenten, gemeenten: [...gemeenten.gemeenten, made.gemeentenEntry] },
    };
    const result = validateRules(files);
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.faults));
    const outcome = evaluate(
      { date: '2026-07-01', municipality: 'Zaanstad', household: { adults: [{ age: 40 }] }, income: { netMonthly: '1200.00', source: 'bijstand', lowSinceMonths: 48 }, assets: '0.00' },
      result.rules,
    );
    assert.equal(outcome.covered, true);
    assert.equal(outcome.organisation, 'gemeente-zaanstad');
    assert.deepEqual(outcome.schemes.slice(0, 3).map((s) => s.id), ['iit', 'bijzondere-bijstand', 'kwijtschelding']);
    assert.equal(outcome.schemes[0]!.portal.url, 'https://www.zaanstad.nl/');
  });
});
