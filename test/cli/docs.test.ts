/**
 * docs/ holds the contract and the Algoritmeregister description; their generated parts (JSON Schemas,
 * reason codes, rules and sources) must be what `npm run docs` makes from the code and rules/ now.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validatedRulesDir } from '../../src/cli/read-rules.js';
import { generatedDocs } from '../../src/docs/generate.js';
import { REASON_CODES } from '../../src/engine/types.js';

const ROOT = join(import.meta.dirname, '../..');
const validated = validatedRulesDir();
if (!validated.ok) throw new Error('rules are broken');
const docs = generatedDocs(validated.rules, validated.files);
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('docs', () => {
  for (const path of Object.keys(docs)) {
    it(`${path} is up to date (npm run docs)`, () => {
      assert.ok(read(path) === docs[path], `${path} is out of date: run \`npm run docs\` and commit the result`);
    });
  }

  it('the contract lists every reason code of src/engine/types.ts REASON_CODES, and no other', () => {
    const block = read('docs/contract.md').split('<!-- generated:reason-codes')[1]!.split('<!-- /generated:reason-codes')[0]!;
    const listed = [...block.matchAll(/^\| `([a-z-]+)` \| /gm)].map((m) => m[1]);
    assert.deepEqual(listed, [...REASON_CODES]);
  });

  it('the contract names every attribute, property and event of custom-elements.json', () => {
    const manifest = JSON.parse(read('custom-elements.json'));
    const element = manifest.modules.flatMap((m: { declarations: unknown[] }) => m.declarations).find((d: { tagName?: string }) => d.tagName === 'regelingen-check');
    const contract = read('docs/contract.md');
    const names = [
      ...element.attributes.map((a: { name: string }) => a.name),
      ...element.events.map((e: { name: string }) => e.name),
      ...element.members.filter((m: { kind: string; privacy?: string; static?: boolean }) => m.kind === 'field' && m.privacy === 'public' && !m.static).map((m: { name: string }) => m.name),
    ];
    assert.ok(names.length >= 7);
    for (const name of names) assert.ok(contract.includes(`\`${name}\``), `${name} is not in docs/contract.md`);
  });

  it('the contract documents every field of the household input schema', () => {
    const schema = JSON.parse(docs['docs/schema/household-input.schema.json']!);
    const contract = read('docs/contract.md');
    const walk = (node: { properties?: Record<string, unknown> }, prefix: string): string[] =>
      Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
        const path = prefix + key;
        const c = child as { properties?: Record<string, unknown>; items?: { properties?: Record<string, unknown> } };
        return [path, ...(c.properties ? walk(c, `${path}.`) : [])];
      });
    for (const path of walk(schema, '')) {
      const last = path.split('.').pop()!;
      assert.ok(contract.includes(`\`${path}\``) || contract.includes(`\`${last}`) || contract.includes(`${last}?`), `${path} is not in docs/contract.md`);
    }
  });

  it('the contract names every field of the outcome schema (top level and per scheme)', () => {
    const schema = JSON.parse(docs['docs/schema/outcome.schema.json']!);
    const contract = read('docs/contract.md');
    const names = [...Object.keys(schema.properties), ...Object.keys(schema.properties.schemes.items.properties), ...Object.keys(schema.properties.norm.properties)];
    for (const name of names) assert.ok(contract.includes(name), `${name} is not in docs/contract.md`);
  });

  it('README and docs point only inside the repository or to https addresses', () => {
    const files = ['README.md', 'CHANGELOG.md', 'rules/README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    for (const file of files) {
      const text = read(file);
      assert.doesNotMatch(text, /\.\.\/shared|\/work\/|DESIGN\.md/, `${file} points outside the repository`);
      for (const [, target] of text.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) {
        if (/^https?:\/\//.test(target!)) continue;
        const from = file.includes('/') ? file.split('/')[0]! : '.';
        assert.ok(existsSync(join(ROOT, from, target!)), `${file} links to ${target}, which is not in the repository`);
      }
    }
  });

  it('publiccode.yml has the mandatory keys of the Standard for Public Code 0.4, descriptions within their lengths', () => {
    const yml = read('publiccode.yml');
    for (const key of ['publiccodeYmlVersion: "0.4"', 'name:', 'url:', 'platforms:', 'categories:', 'developmentStatus:', 'softwareType:', 'description:', 'legal:', '  license: EUPL-1.2', 'maintenance:', 'localisation:']) {
      assert.ok(yml.includes(`\n${key}`), `publiccode.yml has ${key}`);
    }
    /** Folded (>-) block scalars: their lines joined with spaces. */
    const folded = (key: string) => [...yml.matchAll(new RegExp(`^ +${key}: >-\\n((?: {6}.*\\n)+)`, 'gm'))].map((m) => m[1]!.trim().split(/\s*\n\s*/).join(' '));
    const short = folded('shortDescription');
    const long = folded('longDescription');
    assert.equal(short.length, 2);
    assert.equal(long.length, 2);
    for (const text of short) assert.ok(text.length <= 150, `shortDescription of ${text.length} characters`);
    for (const text of long) assert.ok(text.length >= 150 && text.length <= 10000, `longDescription of ${text.length} characters`);
  });

  it('the Algoritmeregister description names every organisation, regeling and source in rules/', () => {
    const text = read('docs/algoritmeregister.md');
    for (const org of validated.rules.organisations) {
      assert.ok(text.includes(`#### ${org.name}`), org.name);
      for (const regeling of Object.values(org.regelingen)) {
        assert.ok(text.includes(`**${regeling.name}**`), `${org.id}: ${regeling.name}`);
        for (const source of regeling.sources) assert.ok(text.includes(`<${source}>`), source);
      }
    }
  });
});
