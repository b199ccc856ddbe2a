/**
 * Issue 12: generated broken rules files. Every kind of impossible data the review found is made in
 * every place it can occur in rules/ (each money figure negative, each percentage 100000, a euro unit on
 * each percentage, impossible dates, reversed age ranges, scheme keys from Object.prototype, duplicate
 * keys) and each must be refused with file, path and reason. Runs in-process on rules/ as read from disk;
 * a few through the real `rules:check`. The counts are printed for the closing note.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseRulesJson, readRulesDir } from '../../src/cli/read-rules.js';
import { validateGivenRules } from '../../src/rules/validate-given.js';
import type { RuleFiles } from '../../src/rules/schema.js';
import { type Fault, validateRules } from '../../src/rules/validate.js';

const ROOT = join(import.meta.dirname, '../..');
const disk = readRulesDir();
assert.deepEqual(disk.faults, []);
const shipped: RuleFiles = { national: disk.national, organisations: disk.organisations, gemeenten: disk.gemeenten, landelijk: disk.landelijk };

interface Broken {
  name: string;
  edit: (files: RuleFiles) => void;
  file: string;
  path: string;
  reason: RegExp;
}

type Json = Record<string, any>;
const fileOf = (files: RuleFiles, file: string): Json => (file.startsWith('national/') ? files.national[file] : files.organisations[file]) as Json;
const get = (root: Json, path: string[]): Json => path.reduce((v, k) => v[k], root);

/** Every parameter in every file: [file, path segments] (parameter ids contain dots, so segments). */
function parameters(): [string, string[], Json][] {
  const found: [string, string[], Json][] = [];
  const walk = (file: string, value: unknown, path: string[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(file, v, [...path, String(i)]));
    else if (value && typeof value === 'object') {
      if ('values' in value && 'unit' in value && 'source' in value) found.push([file, path, value as Json]);
      else for (const [k, v] of Object.entries(value)) walk(file, v, [...path, k]);
    }
  };
  for (const [file, content] of [...Object.entries(shipped.national), ...Object.entries(shipped.organisations)]) walk(file, content, []);
  return found;
}

function ageRanges(): [string, string[]][] {
  const found: [string, string[]][] = [];
  const walk = (file: string, value: unknown, path: string[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(file, v, [...path, String(i)]));
    else if (value && typeof value === 'object') {
      if ('vanaf' in value && 'tot' in value) found.push([file, path]);
      else for (const [k, v] of Object.entries(value)) walk(file, v, [...path, k]);
    }
  };
  for (const [file, content] of Object.entries(shipped.organisations)) walk(file, content, []);
  return found;
}

const cases: Broken[] = [];
for (const [file, path, parameter] of parameters()) {
  const at = path.join('.');
  const first = Object.keys(parameter.values)[0]!;
  const setFirst = (value: string) => (files: RuleFiles) => {
    const values = get(fileOf(files, file), [...path, 'values']);
    values[first] = value;
  };
  if (String(parameter.unit).startsWith('EUR')) {
    cases.push({ name: `${file}: ${at} negative`, edit: setFirst('-250'), file, path: `${at}.values.${first}`, reason: /non-negative/ });
  }
  if (parameter.unit === 'procent') {
    cases.push({ name: `${file}: ${at} at 100000 %`, edit: setFirst('100000'), file, path: `${at}.values.${first}`, reason: /100000 procent is above (100|300)\b/ });
    cases.push({
      name: `${file}: ${at} a percentage in euros`,
      edit: (files) => void (get(fileOf(files, file), path).unit = 'EUR/jaar'),
      file,
      path: `${at}.unit`,
      reason: /expected|does not fit/i,
    });
  }
  if (parameter.unit === 'jaren' || parameter.unit === 'maanden') {
    cases.push({ name: `${file}: ${at} at 100000 ${parameter.unit}`, edit: setFirst('100000'), file, path: `${at}.values.${first}`, reason: /is above/ });
  }
  for (const impossible of ['2026-02-30', '2026-13-45']) {
    cases.push({
      name: `${file}: ${at} from ${impossible}`,
      edit: (files) => {
        const p = get(fileOf(files, file), path);
        const { [first]: value, ...rest } = p.values;
        p.values = { [impossible]: value, ...rest };
      },
      file,
      path: `${at}.values.${impossible}`,
      reason: /not a real calendar date/,
    });
  }
}
for (const [file, path] of ageRanges()) {
  for (const [name, change] of [
    ['reversed', (r: Json) => ([r.vanaf, r.tot] = [Math.max(r.vanaf, r.tot, 1), Math.min(r.vanaf, r.tot, 0)])],
    ['empty', (r: Json) => (r.tot = r.vanaf)],
  ] as const) {
    cases.push({ name: `${file}: ${path.join('.')} ${name}`, edit: (files) => void change(get(fileOf(files, file), path)), file, path: `${path.join('.')}.vanaf`, reason: /vanaf must be below tot/ });
  }
}
for (const file of Object.keys(shipped.organisations)) {
  const listed = (fileOf(shipped, file).gemeenten[0].regelingen as string[]).length;
  for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
    cases.push({
      name: `${file}: a gemeente offers "${key}"`,
      edit: (files) => void fileOf(files, file).gemeenten[0].regelingen.push(key),
      file,
      path: `gemeenten.0.regelingen.${listed}`,
      reason: new RegExp(`unknown regeling "${key}"`),
    });
  }
}

const matches = (faults: Fault[], c: Pick<Broken, 'file' | 'path' | 'reason'>) =>
  faults.some((f) => f.file === c.file && f.path === c.path && c.reason.test(f.reason));

/** JSON text of `value` with the first key of the object at `path` written a second time, last. */
function withDuplicate(value: unknown, path: string[]): string {
  const target = get(value as Json, path);
  const [key, inner] = Object.entries(target)[0]!;
  target.__duplicate_marker__ = 0;
  return JSON.stringify(value, null, 2).replace('"__duplicate_marker__": 0', `${JSON.stringify(key)}: ${JSON.stringify(inner)}`);
}

describe('broken rules files (issue 12)', () => {
  it(`${cases.length} generated broken rules are each refused with file, path and reason`, () => {
    assert.ok(validateRules(shipped).ok, 'the shipped rules pass');
    const missed: string[] = [];
    let accepted = 0;
    for (const c of cases) {
      const files = structuredClone(shipped);
      c.edit(files);
      const result = validateRules(files);
      if (result.ok) accepted++;
      if (result.ok || !matches(result.faults, c)) missed.push(`${c.name}: ${result.ok ? 'ACCEPTED' : JSON.stringify(result.faults.slice(0, 3))}`);
    }
    console.log(`broken rules: ${cases.length} tried, ${cases.length - missed.length} refused with file, path and reason, ${accepted} accepted`);
    assert.deepEqual(missed.slice(0, 10), []);
  });

  it('a key twice in one JSON object is refused with file and path, in every rules file', () => {
    let tried = 0;
    for (const [file, content] of [...Object.entries(shipped.national), ...Object.entries(shipped.organisations), ['gemeenten.json', shipped.gemeenten] as const]) {
      const json = content as Json;
      const inner = file.startsWith('national/')
        ? ['parameters', Object.keys(json.parameters)[0]!, 'values']
        : file === 'gemeenten.json'
          ? ['gemeenten', '0']
          : ['regelingen', Object.keys(json.regelingen)[0]!];
      for (const path of [[], inner]) {
        const key = Object.keys(get(json, path))[0]!;
        const parsed = parseRulesJson(file, withDuplicate(structuredClone(json), path));
        tried++;
        assert.equal(parsed.value, undefined, `${file}: no value is used`);
        assert.ok(matches(parsed.faults, { file, path: [...path, key].join('.'), reason: /duplicate key/ }), `${file}: ${JSON.stringify(parsed.faults)}`);
      }
    }
    console.log(`duplicate keys: ${tried} tried, ${tried} refused`);
  });

  it('rules given to the element in the wrong shape are a fault, never a throw (ruleFiles)', () => {
    const valid = structuredClone(shipped);
    const shapes: [string, unknown][] = [
      ['{}', {}],
      ['a string', 'rules'],
      ['null', null],
      ['a number', 42],
      ['an array', [shipped]],
      ['national: null', { ...valid, national: null }],
      ['national: a string', { ...valid, national: 'x' }],
      ['national: {}', { ...valid, national: {} }],
      ['organisations: null', { ...valid, organisations: null }],
      ['gemeenten: null', { ...valid, gemeenten: null }],
      ['gemeenten: a string', { ...valid, gemeenten: 'x' }],
      ['an extra key', { ...valid, extra: 1 }],
      ['a national file that is null', { ...valid, national: { ...valid.national, 'national/vermogen.json': null } }],
      ['an organisation file that is a string', { ...valid, organisations: { ...valid.organisations, 'organisaties/rdwi.json': 'x' } }],
      ['a getter that throws', Object.defineProperty({ ...valid }, 'national', { enumerable: true, get: () => { throw new Error('boom'); } })],
    ];
    for (const [name, value] of shapes) {
      const result = validateGivenRules(value);
      assert.equal(result.ok, false, name);
      if (!result.ok) assert.ok(result.faults.length > 0 && result.faults.every((f) => f.file && f.path && f.reason), name);
    }
    assert.equal(validateGivenRules(valid).ok, true, 'the shipped rules, given, pass');
  });
});

describe('rules:check on hostile folders (issue 12)', () => {
  const check = (dir: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-rules.ts', dir], { cwd: ROOT, encoding: 'utf8' });
  const STACK = /\n\s+at /;

  it('a missing folder: a clear message, exit 1, no stack trace', () => {
    const result = check(join(tmpdir(), 'no-such-rules-folder'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no-such-rules-folder: \(folder\): no such folder/);
    assert.doesNotMatch(result.stderr, STACK);
  });

  it('a gemeente offering "toString": refused, with file and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    cpSync(join(ROOT, 'rules'), dir, { recursive: true });
    const file = join(dir, 'organisaties/gemeente-utrecht.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.gemeenten[0].regelingen.push('toString');
    writeFileSync(file, JSON.stringify(json));
    const result = check(dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /organisaties\/gemeente-utrecht\.json: gemeenten\.0\.regelingen\.\d+: unknown regeling "toString"/);
  });

  it('a duplicate date in a rules file: refused, with file and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    cpSync(join(ROOT, 'rules'), dir, { recursive: true });
    const file = join(dir, 'national/vermogen.json');
    const text = readFileSync(file, 'utf8').replace('"values": {', '"values": {\n        "2026-01-01": "1",');
    writeFileSync(file, text);
    const result = check(dir);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /national\/vermogen\.json: parameters\.[a-z.-]+\.values\.2026-01-01: duplicate key "2026-01-01"/);
    assert.doesNotMatch(result.stderr, STACK);
  });
});
