/** `npm run rules:check` names file, path and reason for every fault, and fails on each kind of fault. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(import.meta.dirname, '../..');
const check = (dir?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-rules.ts', ...(dir ? [dir] : [])], { cwd: ROOT, encoding: 'utf8' });

/** A copy of rules/ with one file changed by `edit`. */
function brokenCopy(file: string, edit: (json: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  cpSync(join(ROOT, 'rules'), dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return dir;
}

describe('rules:check', () => {
  it('passes on the rules as shipped', () => {
    const result = check();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /ok/);
  });

  const faults: [string, string, (json: any) => void, RegExp][] = [
    ['a missing source', 'national/bijstandsnormen.json', (j) => delete j.parameters['bijstandsnorm.gehuwden'].source, /bijstandsnormen\.json: parameters\.bijstandsnorm\.gehuwden\.source/],
    ['unsorted dates', 'national/vermogen.json', (j) => { j.parameters['vermogensgrens.alleenstaande'].values = { '2026-01-01': '8000', '2025-07-01': '7770' }; }, /vermogen\.json: parameters\.vermogensgrens\.alleenstaande\.values: dates must be in ascending order/],
    ['an unknown key', 'organisaties/gemeente-utrecht.json', (j) => { j.regelingen['u-pas'].inkomensGrens = 1; }, /gemeente-utrecht\.json: regelingen\.u-pas: unknown key inkomensGrens/],
    ['a lookup before the first date', 'organisaties/gemeente-utrecht.json', (j) => { j.regelingen.iit.referentieperiode.values = { '2026-03-01': '36' }; }, /regelingen\.iit\.referentieperiode\.values: first value applies from 2026-03-01/],
    ['a required parameter that is missing', 'national/kostendelersnorm.json', (j) => delete j.parameters['kostendelersnorm.basis'], /kostendelersnorm\.basis: required by the engine but missing/],
    ['a money value that is not a decimal string', 'national/bijstandsnormen.json', (j) => { j.parameters['bijstandsnorm.alleenstaande'].values['2026-01-01'] = 1401.5; }, /bijstandsnorm\.alleenstaande\.values\.2026-01-01/],
    ['a gemeente that lists an unknown regeling', 'organisaties/gemeente-utrecht.json', (j) => j.gemeenten[0].regelingen.push('stadspas-typo'), /gemeenten\.0\.regelingen\.4: unknown regeling "stadspas-typo"/],
    // Issue 10: every covered gemeente has an IIT, bijzondere bijstand and kwijtschelding (Pw art. 8, 35, 36; Iw 1990 art. 26).
    ['a covered gemeente without IIT', 'organisaties/rdwi.json', (j) => { j.gemeenten[0].regelingen = j.gemeenten[0].regelingen.filter((k: string) => k !== 'iit'); }, /rdwi\.json: gemeenten\.0\.regelingen: Bunnik has no regeling of type iit/],
    ['a covered gemeente without bijzondere bijstand', 'organisaties/gemeente-hilversum.json', (j) => { j.gemeenten[0].regelingen = j.gemeenten[0].regelingen.filter((k: string) => k !== 'bijzondere-bijstand'); }, /Hilversum has no regeling of type bijzondere-bijstand/],
    ['a covered gemeente without kwijtschelding', 'organisaties/wil-lekstroom.json', (j) => { j.gemeenten[1].regelingen.pop(); }, /IJsselstein has no regeling of type kwijtschelding/],
    ['a covered gemeente without schuldhulp', 'organisaties/gemeente-utrecht.json', (j) => { delete j.schuldhulp; }, /gemeente-utrecht\.json: gemeenten\.0\.schuldhulp: Utrecht has no schuldhulp entry point/],
    // CBS 2026: GM0441 is Schagen, Hoorn is GM0405 (rules/cbs-gemeenten-2026.json).
    ['Hoorn under Schagen’s code', 'gemeenten.json', (j) => { j.gemeenten.find((g: { name: string }) => g.name === 'Hoorn').code = 'GM0441'; }, /gemeenten\.json: gemeenten\.\d+: GM0441 is Schagen in cbs-gemeenten-2026\.json, not Hoorn/],
    ['a code that is no gemeente', 'organisaties/rdwi.json', (j) => { j.gemeenten[0].code = 'GM0999'; }, /rdwi\.json: gemeenten\.0: GM0999 is not a gemeente in cbs-gemeenten-2026\.json/],
    ['a portal without https', 'organisaties/gemeente-utrecht.json', (j) => { j.regelingen.iit.portal.url = 'http://example.org'; }, /regelingen\.iit\.portal\.url/],
  ];
  for (const [name, file, edit, message] of faults) {
    it(`fails on ${name} and says where`, () => {
      const result = check(brokenCopy(file, edit));
      assert.equal(result.status, 1);
      assert.match(result.stderr, message);
    });
  }

  it('fails on a file that is not JSON', () => {
    const dir = brokenCopy('national/vermogen.json', () => {});
    writeFileSync(join(dir, 'national/vermogen.json'), '{ "description": ');
    const result = check(dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /national\/vermogen\.json: \(file\): not valid JSON/);
  });
});
