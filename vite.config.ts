import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Plugin, defineConfig } from 'vite';
import { thirdPartyLicences } from './scripts/third-party-licences.js';
import { placesFaults } from './src/cli/check-places.js';
import { validatedRulesDir } from './src/cli/read-rules.js';
import { packTexts } from './src/i18n/packed-texts.js';

/**
 * The bundled rules are validated here, once, when the bundle is built or served: broken rules/ stop the
 * build with file, path and reason. The browser then assembles them without running the schema
 * (src/rules/assemble.ts); only rules a page passes in itself (`ruleFiles`) are validated there.
 */
function validatedRules(): Plugin {
  return {
    name: 'validated-rules',
    buildStart() {
      const dir = resolve(import.meta.dirname, 'rules');
      let result = validatedRulesDir(dir);
      // The places chunk (issue 21) is checked too: the browser does not run the schema on it.
      if (result.ok) {
        const faults = placesFaults(dir, result.rules.cbsGemeenten ?? []);
        if (faults.length > 0) result = { ok: false, files: result.files, faults };
      }
      if (!result.ok) {
        this.error(`rules/ is broken, nothing is built:\n${result.faults.map((f) => `  ${f.file} ${f.path}: ${f.reason}`).join('\n')}`);
      }
    },
  };
}

/**
 * A language other than Dutch is built as its texts in the order of the Dutch keys, without the keys
 * (src/i18n/packed-texts.ts): about a quarter fewer bytes per language.
 */
function packedLanguages(): Plugin {
  return {
    name: 'packed-languages',
    enforce: 'pre',
    transform(code, id) {
      const match = /\/locales\/(\w+)\/([\w-]+)\.json$/.exec(id);
      if (!match || match[1] === 'nl') return null;
      const nl = JSON.parse(readFileSync(resolve(import.meta.dirname, 'locales/nl', `${match[2]}.json`), 'utf8'));
      try {
        return { code: JSON.stringify(packTexts(nl, JSON.parse(code))), map: null };
      } catch (error) {
        this.error(`locales/${match[1]}/${match[2]}.json: ${(error as Error).message}`);
      }
    },
  };
}

/**
 * Rules files carry descriptions, notes and legal references for people (rules:check requires them and
 * demo/regels.html shows them); the element needs only the figures, dates and sources. Dropping the prose
 * from the bundle keeps it within its size budget.
 */
function rulesWithoutProse(): Plugin {
  const prose = new Set(['$schema', 'description', 'note', 'reference', 'websiteNote', 'websiteSource', 'websiteSources']);
  return {
    name: 'rules-without-prose',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/rules\/((national|organisaties)\/[^/]+|gemeenten|landelijk|cbs-gemeenten-\d+|plaatsen-\d+)\.json$/.test(id)) return null;
      const data = JSON.parse(code);
      return { code: JSON.stringify(data, (key, value) => (prose.has(key) ? undefined : value)), map: null };
    },
  };
}

/**
 * `npm start` serves demo/ with the element from source; `npm run build` makes one ES module,
 * dist/regelingen-check.js, with the rules and the Dutch texts inside and other languages as lazy chunks.
 */
/**
 * The element's stylesheet (src/ui/styles.ts) is written for people, with indentation and comments; in the
 * bundle the whitespace inside its css`` literal is collapsed. It has no ${} expressions, which keeps this safe.
 */
function compactStyles(): Plugin {
  return {
    name: 'compact-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/ui/styles.ts')) return null;
      return {
        code: code.replace(/css`([^`]*)`/, (_, body: string) => `css\`${body.replace(/\s+/g, ' ').replace(/\s*([{}:;,>])\s*/g, '$1')}\``),
        map: null,
      };
    },
  };
}

export default defineConfig({
  // thirdPartyLicences: dist/THIRD-PARTY-LICENSES.txt, the notices of every bundled package (issue 12).
  plugins: [validatedRules(), rulesWithoutProse(), packedLanguages(), compactStyles(), thirdPartyLicences()],
  // `npm start` serves index.html (a list of the demo pages) and demo/.
  server: { port: 5173 },
  build: {
    target: 'es2022',
    outDir: 'dist',
    // Library mode leaves ES output unminified by default; the size budget is for what a gemeente serves.
    // NO_MINIFY=1 keeps the names readable in a browser profile (never for what is served).
    minify: process.env.NO_MINIFY ? false : 'oxc',
    lib: {
      entry: 'src/regelingen-check.ts',
      formats: ['es'],
      fileName: () => 'regelingen-check.js',
    },
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: (chunk) => {
          const locale = /locales\/(\w+)\/([\w-]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          if (locale) return `chunks/locale-${locale[1]}-${locale[2]}-[hash].js`;
          const rules = /rules\/organisaties\/([\w-]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          if (rules) return `chunks/rules-${rules[1]}-[hash].js`;
          if (/rules\/cbs-gemeenten-\d+\.json$/.test(chunk.facadeModuleId ?? '')) return 'chunks/cbs-gemeenten-[hash].js';
          if (/rules\/plaatsen-\d+\.json$/.test(chunk.facadeModuleId ?? '')) return 'chunks/plaatsen-[hash].js';
          return 'chunks/[name]-[hash].js';
        },
        minify: !process.env.NO_MINIFY,
      },
    },
  },
});
