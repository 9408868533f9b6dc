// Takes screenshots of the built card for a person to look at:
// every language × theme at a phone and a desktop width, both layouts.
// Usage: npm run build && node scripts/screenshots.js [outDir] (serves nothing: reads dist/ from disk).
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { LANGUAGES, LAYOUTS } from '../dist/helpers.js';
import { args, executablePath } from './chromium.js';

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const script = readFileSync('dist/memorial-card.js', 'utf8');
const browser = await chromium.launch({ executablePath, args });
const now = process.env.NOW ?? '2026-11-25';
for (const width of [320, 900]) {
  for (const lang of Object.keys(LANGUAGES)) {
    for (const theme of ['light', 'dark']) {
      for (const layout of LAYOUTS) {
        const page = await browser.newPage({ viewport: { width, height: 400 }, deviceScaleFactor: 1 });
        const bg = theme === 'dark' ? '#000' : '#fff';
        await page.setContent(
          `<!doctype html><html lang="${lang}"><body style="margin:0;padding:16px;background:${bg}">
           <memorial-card theme="${theme}" layout="${layout}" now="${now}"></memorial-card></body></html>`,
        );
        await page.addScriptTag({ content: script, type: 'module' });
        await page.waitForFunction(() => document.querySelector('memorial-card')?.shadowRoot?.querySelector('article'));
        const file = `${out}/${layout}-${lang}-${theme}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
      }
    }
  }
}
await browser.close();
console.log(`screenshots written to ${out}/`);
