/// <reference types="vite/client" />
/**
 * What the workbench carries inside itself, read at build time: the national rules and the gemeenten index
 * (with their descriptions, as rules:check wants them; imported as text so the bundle's prose-stripping
 * plugin leaves them alone), and every golden household in test/cases. Nothing is fetched at run time.
 */
import type { BaseRules } from './check.js';
import type { GoldenCase } from './changes.js';

const national = import.meta.glob<string>('../../rules/national/*.json', { eager: true, query: '?raw', import: 'default' });
const topLevel = import.meta.glob<string>('../../rules/*.json', { eager: true, query: '?raw', import: 'default' });
const cases = import.meta.glob<string>('../../test/cases/*/*.json', { eager: true, query: '?raw', import: 'default' });

/**
 * A top-level rules file under the key src/cli/read-rules.ts gives it: gemeenten.json → gemeenten, and so
 * on for files added later (landelijk.json → landelijk, cbs-gemeenten-2026.json → cbsGemeenten).
 */
const keyOf = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.json$/, '')
    .replace(/-\d{4}$/, '')
    .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export const baseRules = {
  ...Object.fromEntries(Object.entries(topLevel).map(([path, text]) => [keyOf(path), JSON.parse(text)])),
  national: Object.fromEntries(Object.entries(national).map(([path, text]) => [`national/${path.split('/').pop()}`, JSON.parse(text)])),
} as BaseRules;

export const goldenCases: GoldenCase[] = Object.entries(cases)
  .map(([path, text]) => {
    const { naam, bron: _bron, expect: _expect, ...input } = JSON.parse(text) as Record<string, unknown>;
    return { file: path.replace('../../test/cases/', ''), naam: String(naam), input };
  })
  .sort((a, b) => a.file.localeCompare(b.file));
