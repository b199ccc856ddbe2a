import { defineConfig } from 'vite';

/**
 * dist/engine.js, the package's `regelingencheck/engine` entry for node and bundlers: the pure engine and the
 * rules validation. Its dependencies (decimal.js-light, zod) stay imports, installed with the package.
 * Runs after the element's build (which empties dist/), so it keeps what is there.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'src/engine-api.ts', formats: ['es'], fileName: () => 'engine.js' },
    rolldownOptions: { external: [/^decimal\.js-light(\/|$)/, /^zod(\/|$)/] },
  },
});
