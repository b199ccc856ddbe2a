/**
 * A Vite plugin that writes dist/THIRD-PARTY-LICENSES.txt next to the built module: the licence notice of
 * every package whose code is bundled (Lit, i18next, zod, decimal.js-light, qrcode-generator, …). Their
 * licences (BSD-3-Clause, MIT) require the notice to travel with the code, and a gemeente serves the
 * bundle, not node_modules. The list is taken from the bundle itself, so a new dependency is never missed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';

const LICENCE_FILE = /^licen[cs]e(\.(md|txt))?$/i;

/** MIT text for a package that ships no licence file (qrcode-generator): its copyright line comes from its source header. */
const MIT = (copyright: string) => `${copyright}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation
the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of
the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** The package a bundled module belongs to: its name and folder, from the last node_modules in its path. */
export function packageOf(moduleId: string): { name: string; dir: string } | undefined {
  const path = moduleId.replace(/^\0/, '').split('?')[0]!;
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at < 0) return undefined;
  const rest = path.slice(at + marker.length).split(sep);
  const name = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  return { name, dir: path.slice(0, at + marker.length) + name };
}

/** The licence notice of one package: its licence file, or for MIT without one, the MIT text with its copyright line. */
export function licenceNotice(dir: string): { name: string; version: string; license: string; text: string } {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string; main?: string; module?: string };
  const file = readdirSync(dir).find((f) => LICENCE_FILE.test(f));
  if (file) return { name: pkg.name, version: pkg.version, license: pkg.license ?? 'see text', text: readFileSync(join(dir, file), 'utf8').trim() };
  const sources = [pkg.module, pkg.main].filter((f): f is string => !!f).map((f) => join(dir, f)).filter(existsSync);
  const copyright = sources.map((f) => /Copyright \(c\) [^\n]+/i.exec(readFileSync(f, 'utf8'))?.[0]).find(Boolean);
  if (pkg.license === 'MIT' && copyright) return { name: pkg.name, version: pkg.version, license: 'MIT', text: MIT(copyright.trim()) };
  throw new Error(`third-party licences: ${pkg.name} ships no licence file and no MIT copyright line; add its notice by hand`);
}

/**
 * Public data in the bundle (issue 21): not a package, but its source and licence travel with it all the same.
 */
const DATA_NOTICES: Record<string, string> = {
  'plaatsen-2026.json':
    'Woonplaatsen and 4-digit postcodes with their gemeente: Basisregistratie Adressen en Gebouwen (BAG), Kadaster,\n' +
    'via the PDOK Locatieserver (version 2026-10-01), CC0 1.0 (public domain). Copied from the public repository\n' +
    'github.com/onurmiguide/zorggroepen_interactieve_kaart (zg-data/pc4_gemeenten.json, zg-data/woonplaatsen.json).',
  'cbs-gemeenten-2026.json':
    'Gemeenten of 1 January 2026: Centraal Bureau voor de Statistiek (CBS), CC BY 4.0. Websites: Register van\n' +
    'Overheidsorganisaties (organisaties.overheid.nl, KOOP), CC0 1.0, checked against the Woo-adressenlijst.',
};

export function thirdPartyLicences(fileName = 'THIRD-PARTY-LICENSES.txt'): Plugin {
  return {
    name: 'third-party-licences',
    apply: 'build',
    generateBundle(_options, bundle) {
      const packages = new Map<string, string>();
      const data = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const found = packageOf(id);
          if (found) packages.set(found.name, found.dir);
          const file = /rules[\\/]([^\\/]+\.json)$/.exec(id)?.[1];
          if (file && DATA_NOTICES[file]) data.add(file);
        }
      }
      const notices = [...packages.values()].map(licenceNotice).sort((a, b) => a.name.localeCompare(b.name));
      const source = [
        'regelingen-check.js bundles the following packages. Their licence notices follow.',
        '',
        ...notices.flatMap((n) => [`${'='.repeat(78)}`, `${n.name} ${n.version} (${n.license})`, '-'.repeat(78), n.text, '']),
        ...(data.size > 0 ? ['', 'It also contains public data. Its sources follow.', ''] : []),
        ...[...data].sort().flatMap((file) => [`${'='.repeat(78)}`, `rules/${file}`, '-'.repeat(78), DATA_NOTICES[file]!, '']),
      ].join('\n');
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
