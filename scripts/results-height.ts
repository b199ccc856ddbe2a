/**
 * `npx tsx scripts/results-height.ts <dist> [width] [lang] [mode] [screenshot.png]`: walks the typical check
 * of issue 13 in the built element and prints how tall the results are (from the results heading to the end
 * of the element) and where the first card ends, in CSS pixels, and how many A4 pages printing it takes.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist, walkTypicalCheck } from '../test/e2e/typical-check.js';

const [dist = 'dist', width = '320', lang = 'nl', mode = 'inwoner', shot] = process.argv.slice(2);
const { server, origin } = await serveDist(resolve(dist));
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(`${origin}/check?${encodeURIComponent(`gemeente="GM0344" datum="2026-07-01" mode="${mode}" lang="${lang}"`)}`);
  await walkTypicalCheck(page);
  await page.waitForTimeout(500);
  const m = await page.evaluate(() => {
    const host = document.querySelector('regelingen-check')!;
    const root = host.shadowRoot!;
    const top = root.querySelector('#results-title')!.getBoundingClientRect().top + scrollY;
    const card = root.querySelector('article.card')!.getBoundingClientRect().bottom + scrollY;
    return { results: Math.round(host.getBoundingClientRect().bottom + scrollY - top), firstCardEnds: Math.round(card - top) };
  });
  await page.emulateMedia({ media: 'print' });
  if (process.env.PRINT_WIDTH) await page.setViewportSize({ width: Number(process.env.PRINT_WIDTH), height: 900 });
  const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  const a4Pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  await page.emulateMedia({ media: 'screen' });
  console.log(JSON.stringify({ width, lang, mode, ...m, a4Pages }));
  if (shot) {
    // In slices of 2,000 px, so a person can read them at full size.
    const box = (await page.locator('regelingen-check').boundingBox())!;
    for (let y = 0, n = 0; y < box.height; y += 2000, n++) {
      const clip = { x: 0, y: box.y + y, width: box.width, height: Math.min(2000, box.height - y) };
      await page.screenshot({ path: shot.replace(/\.png$/, `-${n}.png`), clip, fullPage: true });
    }
  }
} finally {
  await browser.close();
  server.close();
}
