/**
 * Issue 21: every gemeente of 2026 has its own door. The websites in rules/cbs-gemeenten-2026.json come from the
 * Register van Overheidsorganisaties, checked against a second public list (websiteNote says which differed and
 * how that was settled). A derivation that pairs a gemeente with a neighbour's site shows as two gemeenten with
 * one host, which is why that is tested here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../rules/cbs-gemeenten-2026.json'), 'utf8')) as {
  websiteSources: Record<string, string>;
  gemeenten: { code: string; name: string; website?: string; websiteSource?: string }[];
};

describe('the website of every gemeente (issue 21)', () => {
  it('gives all 342 gemeenten an https homepage with a named source', () => {
    assert.equal(file.gemeenten.length, 342);
    for (const g of file.gemeenten) {
      assert.match(g.website ?? '', /^https:\/\/[a-z0-9.-]+\/$/, `${g.code} ${g.name}`);
      assert.ok(g.websiteSource && file.websiteSources[g.websiteSource], `${g.code}: source`);
    }
  });

  it('never gives two gemeenten the same site, and never the national list', () => {
    const hosts = new Map<string, string>();
    for (const g of file.gemeenten) {
      const host = new URL(g.website!).host;
      assert.ok(!hosts.has(host), `${g.code} and ${hosts.get(host)} share ${host}`);
      assert.notEqual(host, 'organisaties.overheid.nl');
      hosts.set(host, g.code);
    }
  });

  it('has the sites the register and the Woo list agree on, and the ones settled by hand', () => {
    const site = (code: string) => file.gemeenten.find((g) => g.code === code)!.website;
    assert.equal(site('GM0363'), 'https://www.amsterdam.nl/'); // both sources
    assert.equal(site('GM0893'), 'https://www.bergen.nl/'); // Bergen (L.): the register copy paired it with Bergeijk
    assert.equal(site('GM0373'), 'https://www.bergen-nh.nl/');
    assert.equal(site('GM0796'), 'https://www.s-hertogenbosch.nl/'); // the register copy pointed at its Woo page
  });
});
