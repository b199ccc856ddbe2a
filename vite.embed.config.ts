import { readFileSync } from 'node:fs';
import { type Plugin, defineConfig } from 'vite';

/**
 * dist/embed.html, the iframe page for a CMS without scripts: demo/embed.html (which `npm start` serves from
 * source) pointed at the built element and at dist/embed.js, which puts the element on the page with the
 * attributes from the query string and posts its height to the parent. embed.js imports nothing, so it is
 * built on its own. Runs after the element's build (which empties dist/), so it keeps what is there.
 */
function embedPage(): Plugin {
  return {
    name: 'embed-page',
    generateBundle() {
      const html = readFileSync('demo/embed.html', 'utf8')
        .replace(/\s*<!--.*?-->/s, '')
        .replace('/src/regelingen-check.ts', './regelingen-check.js')
        .replace('/src/embed.ts', './embed.js');
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: html });
      this.emitFile({ type: 'asset', fileName: 'embed.css', source: readFileSync('demo/embed.css', 'utf8') });
    },
  };
}

export default defineConfig({
  plugins: [embedPage()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: 'oxc',
    lib: { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'embed.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
