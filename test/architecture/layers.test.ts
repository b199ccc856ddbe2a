/**
 * The layers point one way and stay small (issue 19, docs/architecture.md): rules know nothing of the
 * engine, no two files import each other through any circle, the element is wiring only (≤ 250 lines) and
 * no source file grows past 300 lines.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, it } from 'node:test';

const SRC = join(import.meta.dirname, '../../src');
const files = readdirSync(SRC, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .sort();

/** Every file a file names: static imports and re-exports, `import type`, dynamic `import()` and `typeof import()`. */
export function importsOf(file: string, code: string): string[] {
  // Source files only: the JSON of rules/ and locales/ imported as data has no imports of its own.
  const names = [...code.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+\.js)['"]/g)].map((m) => m[1]!);
  return names.map((name) => normalize(join(dirname(file), name.replace(/\.js$/, '.ts'))));
}

const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(join(SRC, f), 'utf8'))]));

/** The circles in an import graph, each as the files along it (depth-first, every circle found once by its first file). */
export function circles(edges: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('source layers', () => {
  it('src/rules imports nothing from src/engine', () => {
    const wrong = files
      .filter((f) => f.startsWith('rules/'))
      .flatMap((f) => graph.get(f)!.filter((to) => to.startsWith('engine/')).map((to) => `${f} → ${to}`));
    assert.deepEqual(wrong, []);
  });

  it('no import circle between source files', () => {
    assert.deepEqual(circles(graph).map((c) => c.join(' → ')), []);
  });

  it('finds a circle when there is one (the check itself can fail)', () => {
    const edges = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]);
    assert.deepEqual(circles(edges), [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    assert.deepEqual(importsOf('ui/x.ts', "import type { A } from '../rules/schema.js';\nconst m = import('./y.js');"), ['rules/schema.ts', 'ui/y.ts']);
  });

  it('every import names a file that exists', () => {
    const missing = [...graph].flatMap(([f, to]) => to.filter((t) => !graph.has(t)).map((t) => `${f} → ${relative('.', t)}`));
    assert.deepEqual(missing, []);
  });
});

describe('source file sizes', () => {
  const lines = (f: string) => readFileSync(join(SRC, f), 'utf8').split('\n').length - 1;
  it('the element is wiring only: at most 250 lines', () => {
    assert.ok(lines('regelingen-check.ts') <= 250, `regelingen-check.ts has ${lines('regelingen-check.ts')} lines`);
  });
  it('no source file above 300 lines', () => {
    assert.deepEqual(files.filter((f) => lines(f) > 300).map((f) => `${f}: ${lines(f)}`), []);
  });
});
