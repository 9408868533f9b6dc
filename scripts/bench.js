// `npm run bench`: measures the built card and prints a table; writes
// bench/results.json. Sizes are judged against the budget (exit 1 when
// dist/memorial-card.js breaks it); timings are reported, not judged: they
// move with the machine. Pages are served to headless Chromium from dist/
// through Playwright's routing, so nothing listens on a port.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { renderCard } from '../dist/ssr/render.js';

const BUDGET = 12 * 1024;
const STRETCH = 10 * 1024;
const ORIGIN = 'http://bench.invalid';
const NOW = '2026-11-25';
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- sizes -------------------------------------------------------------
const sizes = {};
for (const file of ['memorial-card.js', 'memorial-card.iife.js', 'embed.html', 'embed-page.js', 'embed.js']) {
  const bytes = readFileSync(`dist/${file}`);
  sizes[file] = { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}
// Lit's own share: a bundle of exactly the Lit the card uses, minified the same way.
const litBundle = await rollup({
  input: 'virtual:lit',
  plugins: [
    { name: 'virtual', resolveId: (id) => (id === 'virtual:lit' ? id : null), load: (id) => (id === 'virtual:lit' ? "export { LitElement, html, svg, css, nothing } from 'lit';" : null) },
    resolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
});
const { output } = await litBundle.generate({ format: 'es' });
const litGzip = gzipSync(Buffer.from(output[0].code), { level: 9 }).length;

// ---- the browser ---------------------------------------------------------
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc'],
});
const pages = {
  '/empty.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><div id="host"></div></body></html>',
};
async function newPage(extra = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (pages[path]) return route.fulfill({ contentType: 'text/html', body: pages[path] });
    if (path.startsWith('/dist/')) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`.${path}`) });
    return route.fulfill({ status: 404, body: '' });
  });
  const page = await context.newPage();
  if (extra.init) await page.addInitScript(extra.init);
  return page;
}

// The floor: the card's own rendered markup and styles, inserted as static HTML.
const probe = await newPage();
await probe.goto(`${ORIGIN}/empty.html`);
await probe.addScriptTag({ url: `${ORIGIN}/dist/memorial-card.js`, type: 'module' });
const staticCard = await probe.evaluate(async (now) => {
  const el = document.createElement('memorial-card');
  el.setAttribute('lang', 'en');
  el.setAttribute('now', now);
  el.setAttribute('no-animation', '');
  document.body.append(el);
  await customElements.whenDefined('memorial-card');
  await el.updateComplete;
  const css = el.constructor.elementStyles.map((s) => s.cssText).join('\n').replaceAll(':host', '.host');
  return { html: el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''), css };
}, NOW);
await probe.context().close();

async function timeRender(count, mode) {
  const page = await newPage();
  await page.goto(`${ORIGIN}/empty.html`);
  if (mode === 'card') {
    await page.addScriptTag({ url: `${ORIGIN}/dist/memorial-card.js`, type: 'module' });
    await page.waitForFunction(() => customElements.get('memorial-card'));
  }
  const ms = await page.evaluate(
    async ({ count, mode, staticCard, now }) => {
      const host = document.getElementById('host');
      if (mode === 'static') {
        const style = document.createElement('style');
        style.textContent = staticCard.css;
        document.head.append(style);
      }
      const markup =
        mode === 'card'
          ? `<memorial-card lang="en" now="${now}" no-animation></memorial-card>`
          : `<div class="host">${staticCard.html}</div>`;
      const html = markup.repeat(count);
      const start = performance.now();
      host.innerHTML = html;
      if (mode === 'card') await Promise.all([...host.children].map((el) => el.updateComplete));
      void host.offsetHeight; // layout included
      return performance.now() - start;
    },
    { count, mode, staticCard, now: NOW },
  );
  await page.context().close();
  return ms;
}

const timings = {};
for (const [count, runs] of [[1, 15], [100, 11], [1000, 5]]) {
  const card = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    card.push(await timeRender(count, 'card'));
    floor.push(await timeRender(count, 'static'));
  }
  const c = median(card);
  const f = median(floor);
  timings[count] = { cardMs: c, staticMs: f, ratio: c / f, msPerCard: c / count, runs };
}

// Heap per card at 1000 cards.
const heapPage = await newPage();
await heapPage.goto(`${ORIGIN}/empty.html`);
await heapPage.addScriptTag({ url: `${ORIGIN}/dist/memorial-card.js`, type: 'module' });
await heapPage.waitForFunction(() => customElements.get('memorial-card'));
const cdp = await heapPage.context().newCDPSession(heapPage);
const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
};
// One card first, so that formatters and templates exist before measuring.
await heapPage.evaluate(async (now) => {
  document.getElementById('host').innerHTML = `<memorial-card lang="en" now="${now}" no-animation></memorial-card>`;
  await document.querySelector('memorial-card').updateComplete;
}, NOW);
const heapBefore = await heap();
await heapPage.evaluate(async (now) => {
  const host = document.getElementById('host');
  host.insertAdjacentHTML('beforeend', `<memorial-card lang="en" now="${now}" no-animation></memorial-card>`.repeat(1000));
  await Promise.all([...host.children].map((el) => el.updateComplete));
}, NOW);
const heapPerCard = ((await heap()) - heapBefore) / 1000;
await heapPage.context().close();

// Pending timers and animation-frame callbacks with 100 live cards.
const COUNT_WORK = () => {
  const pending = new Set();
  const frames = new Set();
  let frameCalls = 0;
  const { setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  window.setTimeout = (fn, ms, ...args) => {
    const id = st(() => { pending.delete(id); fn(...args); }, ms);
    pending.add(id);
    return id;
  };
  window.clearTimeout = (id) => { pending.delete(id); ct(id); };
  window.setInterval = () => { throw new Error('setInterval used'); };
  window.requestAnimationFrame = (fn) => {
    const id = raf((t) => { frames.delete(id); frameCalls++; fn(t); });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => { frames.delete(id); caf(id); };
  window.benchWork = () => ({ timers: pending.size, frames: frames.size, frameCalls });
  window.benchReset = () => { frameCalls = 0; };
};
async function liveWork(where) {
  const page = await newPage({ init: COUNT_WORK });
  await page.goto(`${ORIGIN}/empty.html`);
  await page.addScriptTag({ url: `${ORIGIN}/dist/memorial-card.js`, type: 'module' });
  await page.waitForFunction(() => customElements.get('memorial-card'));
  await page.evaluate(async (where) => {
    const host = document.getElementById('host');
    if (where === 'off screen') host.style.marginTop = '100000px';
    host.innerHTML = '<memorial-card lang="en"></memorial-card>'.repeat(100);
    await Promise.all([...host.children].map((el) => el.updateComplete));
  }, where);
  // Let the count-up (about a second) run out where it runs at all.
  await page.waitForTimeout(1500);
  if (where === 'hidden tab') {
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
  }
  await page.evaluate(() => window.benchReset());
  await page.waitForTimeout(500);
  const work = await page.evaluate(() => window.benchWork());
  await page.context().close();
  return { pendingTimers: work.timers, pendingFrames: work.frames, framesInHalfASecond: work.frameCalls };
}
const work = {};
for (const where of ['on screen', 'off screen', 'hidden tab']) work[where] = await liveWork(where);

// Cumulative Layout Shift of the README's snippets, the script arriving late (500 ms).
const after = '<p>Text after the card.</p>';
pages['/prerendered.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/memorial-card.js"></script></head><body><h1>A page</h1>${await renderCard({ lang: 'az' })}${after}</body></html>`;
pages['/plain.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/memorial-card.js"></script></head><body><h1>A page</h1><memorial-card lang="az"><p><strong>20 Yanvar faciəsi</strong> · <time datetime="1990-01-20">20 yanvar 1990</time></p><ul><li><b>147</b> nəfər həlak olub</li><li><b>744</b> nəfər ağır yaralanıb</li><li><b>841</b> nəfər qanunsuz həbs olunub</li><li><b>200</b> yaşayış binası, ev və əmlak dağıdılıb</li></ul><p>Rəqəmlər: Trend, <time datetime="2026-01-20">20 yanvar 2026</time></p></memorial-card>${after}</body></html>`;
async function cls(path) {
  const page = await newPage({
    init: () => {
      window.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    },
  });
  await page.route(`${ORIGIN}/dist/memorial-card.js`, async (route) => {
    await new Promise((r) => setTimeout(r, 500));
    await route.fulfill({ contentType: 'text/javascript', body: readFileSync('dist/memorial-card.js') });
  });
  await page.goto(`${ORIGIN}${path}`);
  await page.waitForFunction(() => customElements.get('memorial-card'));
  await page.waitForTimeout(1500);
  const value = await page.evaluate(() => window.cls);
  await page.context().close();
  return value;
}
const layoutShift = { prerendered: await cls('/prerendered.html'), plain: await cls('/plain.html') };
await browser.close();

// ---- report ----------------------------------------------------------------
const main = sizes['memorial-card.js'];
const withinBudget = main.gzip <= BUDGET;
console.log('\nSizes (bytes as KB)');
console.log('file'.padEnd(24), 'min'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
for (const [file, s] of Object.entries(sizes)) {
  console.log(file.padEnd(24), kb(s.min).padStart(10), kb(s.gzip).padStart(10), kb(s.brotli).padStart(10));
}
console.log(`memorial-card.js: ${kb(main.gzip)} gzip; budget ${kb(BUDGET)} (stretch ${kb(STRETCH)}): ${withinBudget ? 'within budget' : 'OVER BUDGET'}`);
console.log(`Lit's share: ${kb(litGzip)} gzip alone (${((litGzip / main.gzip) * 100).toFixed(0)}% of the bundle)`);

console.log('\nUpgrade and render (median), against the same markup inserted as static HTML');
console.log('cards'.padEnd(8), 'card ms'.padStart(10), 'static ms'.padStart(10), 'ratio'.padStart(8), 'ms/card'.padStart(10), 'runs'.padStart(6));
for (const [count, t] of Object.entries(timings)) {
  console.log(String(count).padEnd(8), t.cardMs.toFixed(1).padStart(10), t.staticMs.toFixed(1).padStart(10), `${t.ratio.toFixed(2)}×`.padStart(8), t.msPerCard.toFixed(3).padStart(10), String(t.runs).padStart(6));
}
console.log(`\nJS heap per card at 1000 cards: ${(heapPerCard / 1024).toFixed(1)} KB`);

console.log('\nWork with 100 live cards (after the count-up)');
console.log('where'.padEnd(12), 'timers'.padStart(8), 'rAF pending'.padStart(12), 'rAF calls/0.5 s'.padStart(16));
for (const [where, w] of Object.entries(work)) {
  console.log(where.padEnd(12), String(w.pendingTimers).padStart(8), String(w.pendingFrames).padStart(12), String(w.framesInHalfASecond).padStart(16));
}
console.log('\nCumulative Layout Shift, script 500 ms late');
console.log(`pre-rendered snippet (README, zero-shift form): ${layoutShift.prerendered.toFixed(4)}`);
console.log(`plain-facts snippet (README, short form):       ${layoutShift.plain.toFixed(4)}`);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), chromium: browser.version?.() ?? null, sizes, budget: BUDGET, stretch: STRETCH, litGzip, timings, heapPerCard, work, layoutShift }, null, 2)}\n`,
);
console.log('\nwritten: bench/results.json');
process.exit(withinBudget ? 0 : 1);
