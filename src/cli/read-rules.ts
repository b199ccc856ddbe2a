import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { duplicateKeys } from '../rules/json-duplicates.js';
import type { RuleFiles, Rules } from '../rules/schema.js';
import { type Fault, validateRules } from '../rules/validate.js';

export const RULES_DIR = join(import.meta.dirname, '../../rules');

/**
 * Reads rules/ as the element would get it. Unparseable JSON, a key that appears twice in one object and a
 * missing folder or file become faults with file and path, never a crash or a stack trace.
 */
export function readRulesDir(dir = RULES_DIR): RuleFiles & { faults: Fault[] } {
  const faults: Fault[] = [];
  const readJson = (path: string): unknown => {
    const file = relative(dir, path);
    if (!existsSync(path)) {
      faults.push({ file, path: '(file)', reason: `missing: no such file in ${dir}` });
      return undefined;
    }
    const parsed = parseRulesJson(file, readFileSync(path, 'utf8'));
    faults.push(...parsed.faults);
    return parsed.value;
  };
  const read = (folder: string) => {
    const files: Record<string, unknown> = {};
    if (!existsSync(join(dir, folder))) {
      faults.push({ file: `${folder}/`, path: '(folder)', reason: `missing: no folder ${folder} in ${dir}` });
      return files;
    }
    for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith('.json')).sort()) {
      const content = readJson(join(dir, folder, name));
      if (content !== undefined) files[`${folder}/${name}`] = content;
    }
    return files;
  };
  return {
    national: read('national'),
    organisations: read('organisaties'),
    gemeenten: readJson(join(dir, 'gemeenten.json')),
    landelijk: readJson(join(dir, 'landelijk.json')),
    cbsGemeenten: readJson(join(dir, 'cbs-gemeenten-2026.json')),
    faults,
  };
}

/** One rules file's text as JSON: not valid JSON, or a key twice in one object, is a fault and no value. */
export function parseRulesJson(file: string, text: string): { value: unknown; faults: Fault[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { value: undefined, faults: [{ file, path: '(file)', reason: `not valid JSON: ${(error as Error).message}` }] };
  }
  const faults = duplicateKeys(text).map(({ path, key }) => ({ file, path, reason: `duplicate key "${key}" (JSON keeps only the last)` }));
  return { value: faults.length > 0 ? undefined : value, faults };
}

export type ValidatedDir =
  | { ok: true; files: RuleFiles; rules: Rules; firstDate: string }
  | { ok: false; files: RuleFiles; faults: Fault[] };

/** rules/ read and validated: unreadable files and rule faults together, as every CLI and test needs them. */
export function validatedRulesDir(dir = RULES_DIR): ValidatedDir {
  if (!existsSync(dir)) {
    const none: RuleFiles = { national: {}, organisations: {}, gemeenten: undefined };
    return { ok: false, files: none, faults: [{ file: dir, path: '(folder)', reason: 'no such folder: give the rules folder, e.g. rules/' }] };
  }
  const files = readRulesDir(dir);
  const result = validateRules(files);
  const faults = [...files.faults, ...(result.ok ? [] : result.faults)];
  if (!result.ok || faults.length > 0) return { ok: false, files, faults };
  return { ok: true, files, rules: result.rules, firstDate: result.firstDate };
}
