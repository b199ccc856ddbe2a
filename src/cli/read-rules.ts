import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RuleFiles, Rules } from '../rules/schema.js';
import { type Fault, validateRules } from '../rules/validate.js';

export const RULES_DIR = join(import.meta.dirname, '../../rules');

/** Reads rules/ as the element would get it; unparseable JSON becomes a fault, not a crash. */
export function readRulesDir(dir = RULES_DIR): RuleFiles & { faults: Fault[] } {
  const faults: Fault[] = [];
  const readJson = (path: string): unknown => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      faults.push({ file: relative(dir, path), path: '(file)', reason: `not valid JSON: ${(error as Error).message}` });
      return undefined;
    }
  };
  const read = (folder: string) => {
    const files: Record<string, unknown> = {};
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

export type ValidatedDir =
  | { ok: true; files: RuleFiles; rules: Rules; firstDate: string }
  | { ok: false; files: RuleFiles; faults: Fault[] };

/** rules/ read and validated: unreadable files and rule faults together, as every CLI and test needs them. */
export function validatedRulesDir(dir = RULES_DIR): ValidatedDir {
  const files = readRulesDir(dir);
  const result = validateRules(files);
  const faults = [...files.faults, ...(result.ok ? [] : result.faults)];
  if (!result.ok || faults.length > 0) return { ok: false, files, faults };
  return { ok: true, files, rules: result.rules, firstDate: result.firstDate };
}
