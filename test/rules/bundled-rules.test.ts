/**
 * The browser assembles the bundled rules without the schema (src/rules/assemble.ts) because the build
 * validated them (vite.config.ts). These tests prove that shortcut gives exactly the validated rules, and
 * that the build refuses broken rules.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES_DIR, readRulesDir, validatedRulesDir } from '../../src/cli/read-rules.js';
import { assembleValidated } from '../../src/rules/assemble.js';
import { validateRules } from '../../src/rules/validate.js';

const files = readRulesDir();

describe('bundled rules', () => {
  it('assembled without the schema, equal the validated rules for every organisation', () => {
    for (const [path, content] of Object.entries(files.organisations)) {
      const one = { national: files.national, organisations: { [path]: content }, gemeenten: files.gemeenten, landelijk: files.landelijk };
      const validated = validateRules(one, { requireDocumentation: false, allOrganisations: false });
      assert.ok(validated.ok, path);
      const assembled = assembleValidated(one);
      assert.deepStrictEqual(assembled.rules, validated.rules, path);
      assert.equal(assembled.firstDate, validated.firstDate, path);
    }
  });

  it('a broken rules/ is refused by the check the build runs, naming file and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    cpSync(RULES_DIR, dir, { recursive: true });
    const file = join(dir, 'national/bijstandsnormen.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    delete data.parameters['bijstandsnorm.alleenstaande'].source;
    writeFileSync(file, JSON.stringify(data));
    const result = validatedRulesDir(dir);
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.faults.some((f) => f.file === 'national/bijstandsnormen.json' && f.path.includes('bijstandsnorm.alleenstaande')));
  });
});
