// Cumulative Layout Shift of every snippet the README recommends, on a
// 390 px wide phone screen (and at 320 and 1280 px), when dist/memorial-card.js arrives 800 ms late
// (`node scripts/cls.js`, after `npm run build`). The snippets are read from
// README.md itself (each ```html block that loads memorial-card.js), and the
// pre-rendered card is `renderCard`'s. Prints one line per snippet; exits 1
// when one shifts the page by 0.1 or more (Google's "good" limit).
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { chromium } from 'playwright';
import { renderCard } from '../dist/ssr/render.js';
import { args, executablePath } from './chromium.js';

const ORIGIN = 'http://cls.invalid';
const DELAY = 800;
const LIMIT = 0.1;
/** The phone the limit is judged on, and two more screens, judged too. */
const WIDTHS = [390, 320, 1280];
// Enough text after the card to fill the screen: all of it moves if the card grows.
const after = '<p>Text after the card, which must not move when the card comes to life. '.repeat(2).concat('</p>').repeat(20);

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const snippets = readme
  .split(/^(?=#{2,3} )/m)
  .flatMap((section) => [...section.matchAll(/```html\n([\s\S]*?)```/g)].map(([, code]) => [section.slice(0, section.indexOf('\n')).replace(/^#+ /, ''), code]))
  .filter(([, code]) => code.includes('memorial-card.js"'))
  .map(([title, code]) => [title, code.replace(/https:\/\/your\.cdn\/memorial-card\/dist\//g, '/dist/').replace(/\s+integrity="[^"]*"/g, '')]);
snippets.push(['Pre-rendered (renderCard)', `<script type="module" src="/dist/memorial-card.js"></script>\n${await renderCard({ lang: 'az' })}`]);

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><h1>A page</h1>${body}${after}</body></html>`;

const browser = await chromium.launch({ executablePath, args });
async function cls(body, width) {
  const context = await browser.newContext({ viewport: { width, height: width > 800 ? 800 : 844 }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    window.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await context.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: page(body) });
    if (path === '/dist/memorial-card.js') {
      await new Promise((r) => setTimeout(r, DELAY));
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync('dist/memorial-card.js') });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await tab.goto(`${ORIGIN}/`);
  await tab.waitForFunction(() => customElements.get('memorial-card'));
  await tab.waitForTimeout(600);
  const value = await tab.evaluate(() => window.cls);
  await context.close();
  return value;
}

let failed = false;
console.log(`Cumulative Layout Shift, the script ${DELAY} ms late (limit ${LIMIT}), at ${WIDTHS.join(', ')} px:`);
for (const [title, body] of snippets) {
  const values = [];
  for (const width of WIDTHS) values.push(await cls(body, width));
  const over = values.some((value) => value >= LIMIT);
  failed ||= over;
  console.log(`  ${values.map((value) => value.toFixed(4)).join('  ')}  ${over ? 'OVER' : 'ok  '}  ${title}`);
}
await browser.close();
process.exit(failed ? 1 : 0);
