/**
 * The workbench's logic in node (the page itself: test/e2e/workbench.test.ts): faults in Dutch with the
 * place in words, values read back from the form without losing a figure, and the households that change.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readRulesDir } from '../../src/cli/read-rules.js';
import { householdChanges } from '../../src/workbench/changes.js';
import { checkOrganisation } from '../../src/workbench/check.js';
import { dutchFaults } from '../../src/workbench/faults-nl.js';
import { openFaults } from '../../src/workbench/open-faults.js';
import { listParameters, rowsOf, valuesOf } from '../../src/workbench/parameters.js';

const ROOT = join(import.meta.dirname, '../..');
const files = readRulesDir();
const { organisations: _organisations, faults: _faults, ...base } = files;
const utrecht = () => structuredClone(files.organisations['organisaties/gemeente-utrecht.json']) as { regelingen: Record<string, Record<string, { values: Record<string, unknown> }>> };
const cases = readdirSync(join(ROOT, 'test/cases/utrecht')).map((f) => {
  const { naam, bron: _b, expect: _e, ...input } = JSON.parse(readFileSync(join(ROOT, 'test/cases/utrecht', f), 'utf8'));
  return { file: `utrecht/${f}`, naam, input };
});

describe('rules workbench', () => {
  it('lists every parameter of an organisation file with its regeling and description', () => {
    const fields = listParameters(utrecht());
    const limit = fields.find((f) => f.path === 'regelingen.u-pas.inkomensgrens');
    assert.deepEqual(limit, { path: 'regelingen.u-pas.inkomensgrens', group: 'U-pas', label: 'Inkomensgrens U-pas als percentage van de bijstandsnorm', unit: 'procent' });
    assert.ok(fields.length > 5);
  });

  it('reads values back unchanged, and keeps a date given twice so that it is reported', () => {
    const values = { '2025-01-01': '10', '2026-01-01': { value: '11', source: 'https://example.org/a', status: 'unverified', note: 'n' } };
    assert.deepEqual(valuesOf(rowsOf(values)), values);
    const twice = valuesOf([...rowsOf(values), { date: '2026-01-01', value: '12', source: '', extra: {} }]);
    assert.equal(Object.keys(twice).length, 3);
    const org = utrecht();
    org.regelingen['u-pas']!.inkomensgrens!.values = { '2021-07-01': '125', '2021-07-01 (twee keer)': '130' };
    const result = checkOrganisation(org, base);
    assert.ok(!result.ok);
    const dutch = dutchFaults(result.faults, listParameters(org));
    assert.deepEqual(dutch.map((f) => `${f.where}: ${f.message}`), ['U-pas › Inkomensgrens U-pas als percentage van de bijstandsnorm › waarde per 2021-07-01: Deze datum staat er twee keer. Geef elke datum maar één waarde.']);
  });

  it('says every fault in Dutch, with the place in words (not a path)', () => {
    const org = utrecht();
    const limit = org.regelingen['u-pas']!.inkomensgrens as unknown as { values: Record<string, unknown>; source: string };
    limit.values = { '2021-07-01': 'honderd', '2027-1-1': '130' };
    limit.source = 'http://www.u-pas.nl';
    const result = checkOrganisation(org, base);
    assert.ok(!result.ok);
    const dutch = dutchFaults(result.faults, listParameters(org));
    assert.deepEqual(dutch.map((f) => `${f.where}: ${f.message}`).sort(), [
      'U-pas › Inkomensgrens U-pas als percentage van de bijstandsnorm › bron: Dit is geen goed webadres. Een bron begint met https://.',
      'U-pas › Inkomensgrens U-pas als percentage van de bijstandsnorm › waarde per 2021-07-01: Dit is geen getal van 0 of meer. Schrijf een getal met een punt, zoals 1401.50 of 125.',
      'U-pas › Inkomensgrens U-pas als percentage van de bijstandsnorm › waarde per 2027-1-1: Dit is geen datum. Schrijf jaar-maand-dag, zoals 2027-01-01.',
    ]);
    for (const fault of dutch) assert.doesNotMatch(fault.message, /expected|Invalid/);
  });

  it('finds the household exactly at the U-pas limit (125 %, test/cases/utrecht/alleenstaande-precies-upas-grens.json) loses it at 120 %', () => {
    const opened = checkOrganisation(utrecht(), base);
    assert.ok(opened.ok);
    const org = utrecht();
    org.regelingen['u-pas']!.inkomensgrens!.values = { '2021-07-01': '120' };
    const edited = checkOrganisation(org, base);
    assert.ok(edited.ok);
    const changes = householdChanges(cases, opened.rules, edited.rules);
    const atLimit = changes.find((c) => c.file === 'utrecht/alleenstaande-precies-upas-grens.json');
    assert.deepEqual(atLimit?.changes, [{ scheme: 'U-pas', before: 'ja', after: 'nee' }]);
    assert.deepEqual(householdChanges(cases, opened.rules, opened.rules), [], 'no edit, no change');
  });

  it('also says in Dutch the faults of the stricter rules schema (issue 12) and the CBS list (issue 10)', () => {
    const fields = listParameters(utrecht());
    const say = (path: string, reason: string) => dutchFaults([{ file: 'organisaties/gemeente-utrecht.json', path, reason }], fields)[0]!.message;
    assert.equal(say('regelingen.u-pas.inkomensgrens.values.2021-07-01', '1250 procent is above 300'), 'Dit getal is te hoog: 1250 procent is meer dan 300. Kijk of er geen tikfout in zit.');
    assert.equal(say('regelingen.u-pas.inkomensgrens.values.2026-02-30', 'not a real calendar date'), 'Deze datum bestaat niet. Kijk of de dag en de maand kloppen.');
    assert.equal(say('gemeenten.0', 'GM0344 is Utrecht in cbs-gemeenten-2026.json, not Utrecht (stad)'), 'Gemeente GM0344 heet volgens het CBS "Utrecht", niet "Utrecht (stad)".');
  });

  it('says in Dutch the faults of issue 23: texts, phone numbers, opening hours, cents, __proto__, a key twice or with a dot', () => {
    const org = utrecht() as unknown as Record<string, any>;
    org.contact.phone = '0229 252200 toestel 12';
    org.contact.address = 'Stadsplateau\u202e 1';
    org.contact.openingstijden[0] = { dagen: [1, 1], van: '17:00', tot: '09:00' };
    org.regelingen['u-pas'].inkomensgrens.values['2021-07-01'] = '125.00001';
    const result = checkOrganisation(org, base, openFaults('gemeente-utrecht.json', '{"a":1,"a":2,"b.c":3}', { a: 2, 'b.c': 3 }));
    assert.ok(!result.ok);
    const dutch = dutchFaults(result.faults, listParameters(org)).map((f) => f.message);
    for (const message of dutch) assert.doesNotMatch(message, /Deze waarde klopt niet|expected|contains/, message);
    for (const expected of [/geen goed telefoonnummer/, /onzichtbaar teken/, /Een dag staat er twee keer/, /"tot" moet later/, /te veel cijfers na de punt/, /De naam "a" staat hier twee keer/, /In de naam "b\.c" staat een punt/]) {
      assert.ok(dutch.some((m) => expected.test(m)), `${expected}: ${dutch.join(' | ')}`);
    }
  });
});
