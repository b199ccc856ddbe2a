/**
 * Issue 23, the findings outside the element: rules that refuse what is implausible (phone numbers, control
 * and bidi characters, `__proto__` entries, amounts and hours out of range), a CLI that refuses a key given
 * twice, a take-home decoder that sees only its own keys, and a contract that lists every CLI code. Each
 * kind is generated over every place it can occur in rules/ and the counts are printed for the closing note.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readRulesDir } from '../../src/cli/read-rules.js';
import { runEvaluate } from '../../src/cli/run-evaluate.js';
import { HEIGHT_FLOOR, HEIGHT_STEP, embedOrigin, roundedHeight } from '../../src/embed-height.js';
import { decodeShare, encodeShare, packShare } from '../../src/flow/share.js';
import { emptyAnswers } from '../../src/flow/answers.js';
import { dialDigits } from '../../src/rules/phone.js';
import type { RuleFiles } from '../../src/rules/schema.js';
import { type Fault, validateRules } from '../../src/rules/validate.js';
import { diskRules } from '../support/disk-rules.js';

const ROOT = join(import.meta.dirname, '../..');
const disk = readRulesDir();
// Without the CBS list (checked on its own elsewhere): a third of the time per validation, and 2,700 of them run here.
const shipped: RuleFiles = { national: disk.national, organisations: disk.organisations, gemeenten: disk.gemeenten, landelijk: disk.landelijk };
type Json = Record<string, any>;
const UTRECHT = 'organisaties/gemeente-utrecht.json';

/** The shipped rules with one edit; the faults (none when the edited rules pass). */
function faultsAfter(edit: (files: RuleFiles) => void): Fault[] {
  const files = structuredClone(shipped);
  edit(files);
  const result = validateRules(files);
  return result.ok ? [] : result.faults;
}

/** Every string value in every rules file (not keys): [file key in RuleFiles, path segments]. */
function textPlaces(): [keyof RuleFiles, string, string[]][] {
  const found: [keyof RuleFiles, string, string[]][] = [];
  const walk = (group: keyof RuleFiles, file: string, value: unknown, path: string[]) => {
    if (typeof value === 'string') found.push([group, file, path]);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(group, file, v, [...path, String(i)]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== '$schema') walk(group, file, v, [...path, k]);
  };
  for (const [file, content] of Object.entries(shipped.national)) walk('national', file, content, []);
  for (const [file, content] of Object.entries(shipped.organisations)) walk('organisations', file, content, []);
  walk('gemeenten', 'gemeenten.json', shipped.gemeenten, []);
  walk('landelijk', 'landelijk.json', shipped.landelijk, []);
  return found;
}

function contentOf(files: RuleFiles, group: keyof RuleFiles, file: string): Json {
  return (group === 'national' || group === 'organisations' ? (files[group] as Json)[file] : files[group]) as Json;
}
const parentOf = (root: Json, path: string[]) => path.slice(0, -1).reduce((v, k) => v[k], root);

describe('issue 23: rules refuse what is implausible', () => {
  it('the shipped rules pass, with every new check', () => {
    const result = validateRules(structuredClone(shipped));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.faults.slice(0, 5)));
  });

  it('every text in every rules file refuses control and bidi override characters (item 2)', () => {
    // U+202E turned "0886006300" into "00 36 006 880" on screen; U+2066–2069 isolates, U+200E/F marks, C0/C1 controls.
    const BAD = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u0000', '\u0007', '\u001b', '\u0085', '\u2028', '\ufeff'];
    const places = textPlaces();
    const missed: string[] = [];
    let tried = 0;
    places.forEach(([group, file, path], i) => {
      const bad = BAD[i % BAD.length]!;
      tried++;
      const faults = faultsAfter((files) => {
        const parent = parentOf(contentOf(files, group, file), path);
        const key = path.at(-1)!;
        parent[key] = `${parent[key].slice(0, 3)}${bad}${parent[key].slice(3)}`;
      });
      if (!faults.some((f) => f.file === file && f.path.startsWith(path.slice(0, -1).join('.')))) missed.push(`${file}: ${path.join('.')} with U+${bad.codePointAt(0)!.toString(16)}`);
    });
    console.log(`texts with control or bidi characters: ${tried} tried, ${tried - missed.length} refused with file and path`);
    assert.deepEqual(missed.slice(0, 10), []);
    assert.ok(tried > 500, `only ${tried} texts`);
  });

  it('a "U-pas Geen kreigt" name (bidi override) is refused with the reason', () => {
    const faults = faultsAfter((files) => void ((files.organisations[UTRECHT] as Json).regelingen['u-pas'].name = 'U-pas \u202etgierk neeG'));
    assert.ok(faults.some((f) => f.path === 'regelingen.u-pas.name' && /control or bidi/.test(f.reason)), JSON.stringify(faults));
  });

  it('phone numbers follow a Dutch number pattern; the dialled digits are exactly the digits shown (item 2)', () => {
    const good: [string, string][] = [
      ['030 692 95 95', '0306929595'],
      ['0229 252200', '0229252200'],
      ['0229-252200', '0229252200'],
      ['088 064 02 00', '0880640200'],
      ['0800 0543', '08000543'],
      ['0800 1234567', '08001234567'],
      ['0900 0202', '09000202'],
      ['14 030', '14030'],
      ['14 0229', '140229'],
      ['+31 30 692 95 95', '+31306929595'],
      ['06 12345678', '0612345678'],
    ];
    for (const [shown, digits] of good) assert.equal(dialDigits(shown), digits, shown);
    const bad = [
      '\u202e00 36 006 880', 'bel ons!', 'javascript:alert(1)', '0229 252200 toestel 12', '0229 252200 ext. 12', '0229 252200,12',
      '030 692 95 9', '030 692 95 955', '0800 123', '0800 12345', '14 30', '14 03', '+31 030 692 95 95', '+32 2 123 45 67',
      '(030) 692 95 95', '030  692 95 95', ' 030 692 95 95', '030 692 95 95 ', '', '112', '00 31 30 692 95 95', '030\u00a0692 95 95',
      '0800 123456',
    ];
    for (const shown of bad) assert.equal(dialDigits(shown), undefined, JSON.stringify(shown));
    const phones: [string, Json, string][] = [];
    const walk = (file: string, value: unknown, path: string[]) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(file, v, [...path, String(i)]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) k === 'phone' ? phones.push([file, value as Json, [...path, k].join('.')]) : walk(file, v, [...path, k]);
    };
    for (const [file, content] of Object.entries(shipped.organisations)) walk(file, content, []);
    walk('landelijk.json', shipped.landelijk, []);
    for (const [file, , path] of phones) {
      for (const hostile of bad.slice(0, 6)) {
        const faults = faultsAfter((files) => {
          const root = file === 'landelijk.json' ? (files.landelijk as Json) : (files.organisations[file] as Json);
          parentOf(root, path.split('.'))['phone'] = hostile;
        });
        assert.ok(faults.some((f) => f.file === file && f.path === path), `${file}: ${path} = ${JSON.stringify(hostile)}: ${JSON.stringify(faults.slice(0, 2))}`);
      }
    }
    console.log(`phone numbers: ${phones.length * 6} hostile tried in ${phones.length} places, all refused; ${bad.length} forms refused by the pattern`);
  });

  it('a "__proto__" entry among parameters, schemes or dated values is refused, not dropped (item 6)', () => {
    const proto = (target: Json) => Object.defineProperty(target, '__proto__', { value: { x: 1 }, enumerable: true, configurable: true, writable: true });
    const cases: [string, string, (files: RuleFiles) => void][] = [
      ['national/vermogen.json', 'parameters.__proto__', (f) => void proto((f.national['national/vermogen.json'] as Json).parameters)],
      [UTRECHT, 'regelingen.__proto__', (f) => void proto((f.organisations[UTRECHT] as Json).regelingen)],
      [UTRECHT, 'regelingen.u-pas.inkomensgrens.values.__proto__', (f) => void proto((f.organisations[UTRECHT] as Json).regelingen['u-pas'].inkomensgrens.values)],
      ['landelijk.json', 'helpRoutes.__proto__', (f) => void proto((f.landelijk as Json).helpRoutes)],
      // As JSON.parse makes it from a file on disk.
      ['national/vermogen.json', 'parameters.__proto__', (f) => void (f.national['national/vermogen.json'] = JSON.parse(JSON.stringify(f.national['national/vermogen.json']).replace('"parameters":{', '"parameters":{"__proto__":{"unit":"EUR"},')))],
    ];
    for (const [file, path, edit] of cases) {
      const faults = faultsAfter(edit);
      assert.ok(faults.some((f) => f.file === file && f.path === path && /__proto__/.test(f.reason)), `${path}: ${JSON.stringify(faults.slice(0, 3))}`);
    }
    console.log(`__proto__ entries: ${cases.length} tried, ${cases.length} refused`);
  });

  it('amounts, percentages, months and ages outside a plausible range per unit are refused (item 7)', () => {
    /** The first scheme amount of rdwi.json (an amount a resident is shown on a "yes" card). */
    const money = (files: RuleFiles, value: string) => {
      const bedrag = (files.organisations['organisaties/rdwi.json'] as Json).regelingen;
      const withAmount = Object.values(bedrag).find((r: any) => r.bedrag?.perVolwassene || r.bedrag?.perHuishouden) as Json;
      const p = withAmount.bedrag.perVolwassene ?? withAmount.bedrag.perHuishouden;
      p.values[Object.keys(p.values)[0]!] = value;
    };
    const national = (id: string, value: string) => (files: RuleFiles) => {
      for (const content of Object.values(files.national) as Json[]) {
        const p = content.parameters[id];
        if (p) p.values[Object.keys(p.values)[0]!] = value;
      }
    };
    const refused: [string, (files: RuleFiles) => void, RegExp][] = [
      ['10^30 EUR on a scheme amount', (f) => money(f, `1${'0'.repeat(30)}`), /is above/],
      ['EUR 0.0000001 on a scheme amount', (f) => money(f, '0.0000001'), /whole cents/],
      ['EUR 1.005 on a scheme amount', (f) => money(f, '1.005'), /whole cents/],
      ['a vermogensgrens of 10^30 EUR', national('vermogensgrens.alleenstaande', `1${'0'.repeat(30)}`), /is above/],
      ['a bijstandsnorm of EUR 1,000,000 per month', national('bijstandsnorm.alleenstaande', '1000000'), /is above/],
      ['a percentage with 9 decimals', national('zorgtoeslag.normpremie.alleenstaande', '1.912000001'), /decimals/],
      ['an age of 12.5 years', national('kgb.leeftijd-verhoging-12', '12.5'), /whole number|decimals/],
    ];
    let tried = 0;
    for (const [name, edit, reason] of refused) {
      tried++;
      const faults = faultsAfter(edit);
      assert.ok(faults.some((f) => reason.test(f.reason)), `${name}: ${JSON.stringify(faults.slice(0, 3))}`);
    }
    console.log(`implausible figures: ${tried} tried, ${tried} refused`);
  });

  it('opening hours that close before they open, or name a day twice, are refused (item 7)', () => {
    const hours = (edit: (h: Json) => void) => (files: RuleFiles) => edit((files.organisations[UTRECHT] as Json).contact.openingstijden[0]);
    const cases: [string, (f: RuleFiles) => void, string, RegExp][] = [
      ['17:00 to 09:00', hours((h) => ((h.van = '17:00'), (h.tot = '09:00'))), 'contact.openingstijden.0.tot', /after/],
      ['09:00 to 09:00', hours((h) => ((h.van = '09:00'), (h.tot = '09:00'))), 'contact.openingstijden.0.tot', /after/],
      ['days [1,1,1]', hours((h) => (h.dagen = [1, 1, 1])), 'contact.openingstijden.0.dagen', /twice|distinct/],
      ['day 8', hours((h) => (h.dagen = [8])), 'contact.openingstijden.0.dagen.0', /./],
    ];
    for (const [name, edit, path, reason] of cases) {
      const faults = faultsAfter(edit);
      assert.ok(faults.some((f) => f.file === UTRECHT && f.path === path && reason.test(f.reason)), `${name}: ${JSON.stringify(faults)}`);
    }
  });
});

describe('issue 23: the CLI refuses a key given twice (item 8)', () => {
  const rules = diskRules();
  const text = `{"date":"2026-07-01","municipality":"GM0344","household":{"adults":[{"age":34}],"children":[],"housemates":[]},
    "income":{"netMonthly":"1348.49","source":"bijstand"},"assets":"100000000","assets":"0.00"}`;

  it('"assets":"100000000","assets":"0.00" exits 2 naming the key, with no outcome', () => {
    const result = runEvaluate(text, rules);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'invalid input: assets: duplicate-key\n');
  });

  it('a key twice inside a nested object is named with its path, also through the real CLI', () => {
    const nested = text.replace('"assets":"100000000","assets":"0.00"', '"assets":"0.00"').replace('"source":"bijstand"', '"source":"bijstand","source":"work"');
    assert.equal(runEvaluate(nested, rules).stderr, 'invalid input: income.source: duplicate-key\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/evaluate.ts', '-'], { cwd: ROOT, input: text, encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'invalid input: assets: duplicate-key\n');
  });
});

describe('issue 23: the take-home decoder reads only its own keys (item 4)', () => {
  const valid = { g: '0344', p: 0, a: 34, i: 'b', n: '1348.49', s: '500', l: 'l', d: 'y' };
  it('a valid code still reads', () => {
    assert.ok(decodeShare(packShare(valid)).ok);
    assert.ok(decodeShare(encodeShare('GM0344', { ...emptyAnswers(), age: '34', incomeSource: 'bijstand', netMonthly: '1348,49', assets: '500' })).ok);
  });

  it('inherited names (toString, __proto__, constructor, valueOf, …) in i, l, d or t: "Deze code werkt niet"', () => {
    let tried = 0;
    for (const field of ['i', 'l', 'd', 't']) {
      for (const name of ['toString', '__proto__', 'constructor', 'valueOf', 'hasOwnProperty', 'isPrototypeOf']) {
        tried++;
        assert.deepEqual(decodeShare(packShare({ ...valid, [field]: name })), { ok: false, reason: 'invalid' }, `${field}: ${name}`);
      }
    }
    console.log(`crafted take-home codes with inherited names: ${tried} tried, ${tried} refused`);
  });
});

describe('issue 23: the contract lists every code (item 11)', () => {
  it('every InputError code the engine throws is in docs/contract.md', () => {
    const contract = readFileSync(join(ROOT, 'docs/contract.md'), 'utf8');
    const codes = new Set<string>();
    const dir = join(ROOT, 'src/engine');
    for (const f of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/InputError\([^,]+,\s*'([a-z-]+)'\)/g)) codes.add(m[1]!);
    }
    assert.ok(codes.has('ambiguous-municipality'));
    const missing = [...codes].filter((code) => !contract.includes(`\`${code}\``));
    assert.deepEqual(missing, []);
  });
});

describe('issue 23: what the embed page posts, and to whom (item 5; in Chromium: test/e2e/pack.test.ts)', () => {
  it('only to an exact https origin (http only for localhost); anything else posts nothing', () => {
    assert.equal(embedOrigin('https://www.utrecht.nl'), 'https://www.utrecht.nl');
    assert.equal(embedOrigin('https://www.utrecht.nl/'), 'https://www.utrecht.nl');
    assert.equal(embedOrigin('http://localhost:5173'), 'http://localhost:5173');
    assert.equal(embedOrigin('http://127.0.0.1:8080'), 'http://127.0.0.1:8080');
    const refused = [null, '', '*', 'null', 'http://www.utrecht.nl', 'https://www.utrecht.nl/regelingen', 'https://www.utrecht.nl?x=1', 'https://user@www.utrecht.nl', 'javascript:alert(1)', 'data:text/html,x', 'www.utrecht.nl', 'HTTPS://WWW.UTRECHT.NL', 'https://www.utrecht.nl:443'];
    for (const value of refused) assert.equal(embedOrigin(value), undefined, String(value));
    console.log(`embed origins: ${refused.length} refused, 4 accepted`);
  });

  it(`heights are rounded up to ${HEIGHT_STEP} px and at least ${HEIGHT_FLOOR} px, so every question screen posts the same number`, () => {
    assert.deepEqual([HEIGHT_STEP, HEIGHT_FLOOR], [200, 1200]);
    assert.deepEqual([0, -5, Number.NaN, 1, 600, 1000, 1200, 1200.5, 1399, 1401, 3012].map(roundedHeight), [0, 0, 0, 1200, 1200, 1200, 1200, 1400, 1400, 1600, 3200]);
  });
});
