import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Fault } from '../rules/validate.js';

export const RULES_DIR = join(import.meta.dirname, '../../rules');

/** Reads rules/national/*.json and rules/organisaties/*.json; unparseable JSON becomes a fault, not a crash. */
export function readRulesDir(dir = RULES_DIR) {
  const faults: Fault[] = [];
  const read = (folder: string) => {
    const files: Record<string, unknown> = {};
    for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith('.json')).sort()) {
      const path = join(dir, folder, name);
      try {
        files[relative(dir, path)] = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        faults.push({ file: relative(dir, path), path: '(file)', reason: `not valid JSON: ${(error as Error).message}` });
      }
    }
    return files;
  };
  return { national: read('national'), organisations: read('organisaties'), faults };
}
