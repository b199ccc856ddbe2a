import { readFileSync } from 'node:fs';
import { type Plugin, defineConfig } from 'vite';

/**
 * dist/regels-bewerken.html, the rules workbench, built as one classic script (IIFE) with its stylesheet
 * next to it: no module script, so a policy officer can also open the page straight from disk, offline.
 * The national rules and golden households are inside the script (src/workbench/bundled.ts).
 * Runs after the element's build (which empties dist/), so it keeps what is there.
 */
function workbenchPage(): Plugin {
  return {
    name: 'workbench-page',
    generateBundle() {
      const html = readFileSync('demo/regels-bewerken.html', 'utf8')
        .replace(/\s*<!--.*?-->/s, '')
        .replace('<script type="module" src="/src/workbench/main.ts"></script>', '<script defer src="./regels-bewerken.js"></script>');
      this.emitFile({ type: 'asset', fileName: 'regels-bewerken.html', source: html });
      this.emitFile({ type: 'asset', fileName: 'regels-bewerken.css', source: readFileSync('demo/regels-bewerken.css', 'utf8') });
    },
  };
}

export default defineConfig({
  plugins: [workbenchPage()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: 'oxc',
    lib: { entry: 'src/workbench/main.ts', formats: ['iife'], name: 'regelsBewerken', fileName: () => 'regels-bewerken.js' },
  },
});
