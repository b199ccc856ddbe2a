import { defineConfig } from 'vite';

/**
 * `npm start` serves demo/ with the element from source; `npm run build` makes one ES module,
 * dist/regelingen-check.js, with the rules and the Dutch texts inside and other languages as lazy chunks.
 */
export default defineConfig({
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
