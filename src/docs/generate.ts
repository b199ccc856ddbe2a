/**
 * Everything `npm run docs` writes, as path (from the repository root) → content. The CLI writes it; a
 * test checks that the committed files are equal to it, so a change in the code or rules/ that is not
 * reflected in the docs fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../i18n/languages.js';
import type { RuleFiles, Rules } from '../rules/schema.js';
import { rulesSection } from './algoritmeregister.js';
import { replaceBlock } from './blocks.js';
import { contractSchemas } from './json-schemas.js';
import { reasonCodeTable } from './reason-codes.js';

export const ROOT = join(import.meta.dirname, '../..');

export function generatedDocs(rules: Rules, files: RuleFiles): Record<string, string> {
  const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
  const docs: Record<string, string> = {};
  for (const [name, content] of Object.entries(contractSchemas())) docs[`docs/schema/${name}`] = content;
  docs['docs/contract.md'] = replaceBlock(read('docs/contract.md'), 'reason-codes', reasonCodeTable());
  docs['docs/algoritmeregister.md'] = replaceBlock(read('docs/algoritmeregister.md'), 'rules', rulesSection(rules, files));
  docs['publiccode.yml'] = publiccode(read('publiccode.yml'), read('CHANGELOG.md'));
  return docs;
}

/**
 * publiccode.yml with the latest released version and its date (the first dated version in CHANGELOG.md;
 * an unreleased version is not "released" yet) and the languages the element speaks.
 */
function publiccode(yml: string, changelog: string): string {
  const released = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/m.exec(changelog);
  if (!released) throw new Error('CHANGELOG.md has no released version (## [x.y.z] - YYYY-MM-DD)');
  const languages = Object.keys(LANGUAGES).map((lang) => `    - ${lang}`).join('\n');
  return yml
    .replace(/^softwareVersion: .*$/m, `softwareVersion: "${released[1]}"`)
    .replace(/^releaseDate: .*$/m, `releaseDate: "${released[2]}"`)
    .replace(/^( {2}availableLanguages:\n)(?: {4}- .*\n?)*/m, `$1${languages}\n`);
}
