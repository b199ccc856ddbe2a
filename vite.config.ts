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
      if (!/\/rules\/(national|organisaties)\/[^/]+\.json$/.test(id)) return null;
      const data = JSON.parse(code);
      return { code: JSON.stringify(data, (key, value) => (prose.has(key) ? undefined : value)), map: null };
    },
  };
}

/**
 * `npm start` serves demo/ with the element from source; `npm run build` makes one ES module,
 * dist/regelingen-check.js, with the rules and the Dutch texts inside and other languages as lazy chunks.
 */
export default defineConfig({
  plugins: [rulesWithoutProse()],
  server: { open: '/demo/index.html' },
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
    rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
  },
});
