import { type Plugin, defineConfig } from 'vite';

/**
 * Rules files carry descriptions, notes and legal references for people (rules:check requires them and
 * demo/regels.html shows them); the element needs only the figures, dates and sources. Dropping the prose
 * from the bundle keeps it within its size budget.
 */
function rulesWithoutProse(): Plugin {
  const prose = new Set(['$schema', 'description', 'note', 'reference']);
  return {
    name: 'rules-without-prose',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/rules\/((national|organisaties)\/[^/]+|gemeenten)\.json$/.test(id)) return null;
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
  plugins: [rulesWithoutProse(), compactStyles()],
  // `npm start` serves index.html (a list of the demo pages) and demo/.
  server: { port: 5173 },
  build: {
    target: 'es2022',
    outDir: 'dist',
    // Library mode leaves ES output unminified by default; the size budget is for what a gemeente serves.
    minify: 'oxc',
    lib: {
      entry: 'src/regelingen-check.ts',
      formats: ['es'],
      fileName: () => 'regelingen-check.js',
    },
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => {
          const locale = /locales\/(\w+)\/([\w-]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          if (locale) return `chunks/locale-${locale[1]}-${locale[2]}-[hash].js`;
          const rules = /rules\/organisaties\/([\w-]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          if (rules) return `chunks/rules-${rules[1]}-[hash].js`;
          return 'chunks/[name]-[hash].js';
        },
        minify: true,
      },
    },
  },
});
