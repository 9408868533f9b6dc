// `npm run bench`: measures the built card and prints a table; writes
// bench/results.json. Sizes are judged against the budget (exit 1 when
// dist/memorial-card.js breaks it); timings are reported, not judged: they
// move with the machine. Pages are served to headless Chromium from dist/
// through Playwright's routing, so nothing listens on a port.
//
// Render cost is main-thread CPU time (Chromium's TaskDuration, in thread
// time, from the DevTools protocol's Performance.getMetrics) besides wall
// time, for the cards against the same markup inserted as static HTML (the
// floor). Each page first makes one use of `Intl`, measured apart: the
// browser starts ICU then, once per page, whatever the page does with it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright';
import { args, executablePath } from './chromium.js';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { renderCard } from '../dist/ssr/render.js';
// The size budget and aim of dist/memorial-card.js, as `npm run size` judges them.
import { AIM, BUDGET } from './size.js';

// CPU time of the cards against the static floor, after the first Intl use: at most these ratios.
const GOALS = { 100: 1.4, 1000: 1.15 };
const ORIGIN = 'http://bench.invalid';
const NOW = '2026-11-25';
const CARD = `<memorial-card lang="en" now="${NOW}"></memorial-card>`;
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
const browser = await chromium.launch({ executablePath, args: [...args, '--js-flags=--expose-gc'] });
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
const staticCard = await probe.evaluate(async (card) => {
  document.body.insertAdjacentHTML('beforeend', card);
  await customElements.whenDefined('memorial-card');
  const el = document.body.lastElementChild;
  await el.updateComplete;
  const css = el.constructor.elementStyles.map((s) => s.cssText).join('\n').replaceAll(':host', '.host');
  return { html: el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''), css };
}, CARD);
await probe.context().close();

/** Main-thread CPU seconds so far (thread time), from the page's own counters. */
async function cpuClock(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { task: get('TaskDuration') * 1000, script: get('ScriptDuration') * 1000 };
  };
}

/** CPU and wall time of `fn` in the page (ms), CPU counted from the page's counters. */
async function timed(page, cpu, fn, arg) {
  const before = await cpu();
  const wall = await page.evaluate(fn, arg);
  const after = await cpu();
  return { cpu: after.task - before.task, script: after.script - before.script, wall };
}

// What any page's first use of Intl costs: ICU's start-up. Done, and timed,
// the same way in the card's pages and the floor's.
const FIRST_INTL = () => {
  const start = performance.now();
  new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(0);
  new Intl.NumberFormat('en').format(1234.5);
  new Intl.PluralRules('en').select(1);
  return performance.now() - start;
};
const NOTHING = () => 0;

async function timeRender(count, mode) {
  const page = await newPage();
  await page.goto(`${ORIGIN}/empty.html`);
  if (mode === 'card') {
    await page.addScriptTag({ url: `${ORIGIN}/dist/memorial-card.js`, type: 'module' });
    await page.waitForFunction(() => customElements.get('memorial-card'));
  }
  const cpu = await cpuClock(page);
  // The protocol's own cost, the same for every measurement: subtracted.
  const idle = await timed(page, cpu, NOTHING);
  const intl = await timed(page, cpu, FIRST_INTL);
  const render = await timed(
    page,
    cpu,
    async ({ count, mode, staticCard, card }) => {
      const host = document.getElementById('host');
      if (mode === 'static') {
        const style = document.createElement('style');
        style.textContent = staticCard.css;
        document.head.append(style);
      }
      const html = (mode === 'card' ? card : `<div class="host">${staticCard.html}</div>`).repeat(count);
      const start = performance.now();
      host.innerHTML = html;
      if (mode === 'card') await Promise.all([...host.children].map((el) => el.updateComplete));
      void host.offsetHeight; // layout included
      return performance.now() - start;
    },
    { count, mode, staticCard, card: CARD },
  );
  await page.context().close();
  const net = (t) => ({ cpu: Math.max(t.cpu - idle.cpu, 0), script: Math.max(t.script - idle.script, 0), wall: t.wall });
  return { intl: net(intl), render: net(render) };
}

const timings = {};
const firstIntl = { cpu: [], wall: [] };
for (const [count, runs] of [[1, 15], [100, 11], [1000, 5]]) {
  const card = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    const c = await timeRender(count, 'card');
    card.push(c.render);
    firstIntl.cpu.push(c.intl.cpu);
    firstIntl.wall.push(c.intl.wall);
    floor.push((await timeRender(count, 'static')).render);
  }
  const m = (list, key) => median(list.map((t) => t[key]));
  const t = { cardCpuMs: m(card, 'cpu'), staticCpuMs: m(floor, 'cpu'), cardScriptMs: m(card, 'script'), cardWallMs: m(card, 'wall'), staticWallMs: m(floor, 'wall'), runs };
  timings[count] = { ...t, cpuRatio: t.cardCpuMs / t.staticCpuMs, wallRatio: t.cardWallMs / t.staticWallMs, cpuMsPerCard: t.cardCpuMs / count, goal: GOALS[count] ?? null };
}
const intlStart = { cpuMs: median(firstIntl.cpu), wallMs: median(firstIntl.wall), runs: firstIntl.cpu.length };

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
await heapPage.evaluate(async (card) => {
  document.getElementById('host').innerHTML = card;
  await document.querySelector('memorial-card').updateComplete;
}, CARD);
const heapBefore = await heap();
await heapPage.evaluate(async (card) => {
  const host = document.getElementById('host');
  host.insertAdjacentHTML('beforeend', card.repeat(1000));
  await Promise.all([...host.children].map((el) => el.updateComplete));
}, CARD);
const heapPerCard = ((await heap()) - heapBefore) / 1000;
await heapPage.context().close();

// Pending timers and animation-frame requests with 100 live cards (the budget:
// at most one timer per page, no animation frame work at all).
const COUNT_WORK = () => {
  const pending = new Set();
  let frames = 0;
  const { setTimeout: st, clearTimeout: ct, requestAnimationFrame: raf } = window;
  window.setTimeout = (fn, ms, ...args) => {
    const id = st(() => { pending.delete(id); fn(...args); }, ms);
    pending.add(id);
    return id;
  };
  window.clearTimeout = (id) => { pending.delete(id); ct(id); };
  window.setInterval = () => { throw new Error('setInterval used'); };
  window.requestAnimationFrame = (fn) => { frames++; return raf(fn); };
  window.benchWork = () => ({ timers: pending.size, frames });
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
  if (where === 'hidden tab') {
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
  }
  await page.waitForTimeout(500);
  const work = await page.evaluate(() => window.benchWork());
  await page.context().close();
  return { pendingTimers: work.timers, animationFrames: work.frames };
}
const work = {};
for (const where of ['on screen', 'off screen', 'hidden tab']) work[where] = await liveWork(where);

// Cumulative Layout Shift of the README's snippets, the script arriving late (500 ms).
const after = '<p>Text after the card.</p>';
pages['/prerendered.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/memorial-card.js"></script></head><body><h1>A page</h1>${await renderCard({ lang: 'az' })}${after}</body></html>`;
pages['/plain.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/memorial-card.js"></script></head><body><h1>A page</h1><memorial-card lang="az"><p><strong>20 Yanvar faciəsi</strong> · <time datetime="1990-01-20">20 yanvar 1990</time></p><ul><li><b>147</b> nəfər həlak olub</li><li><b>744</b> nəfər ağır yaralanıb</li><li><b>841</b> nəfər qanunsuz həbs olunub</li><li><b>200</b> yaşayış binası, ev və əmlak dağıdılıb</li></ul><p>Mənbə: Trend agentliyi, <time datetime="2026-01-20">20 yanvar 2026</time></p></memorial-card>${after}</body></html>`;
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
console.log(`memorial-card.js: ${main.gzip} B (${kb(main.gzip)}) gzip; budget ${kb(BUDGET)} (aim ${kb(AIM)}): ${withinBudget ? 'within budget' : 'OVER BUDGET'}`);
console.log(`Lit's share: ${kb(litGzip)} gzip alone (${((litGzip / main.gzip) * 100).toFixed(0)}% of the bundle)`);

console.log(`\nFirst Intl use on a page (ICU start-up, once per page; median of ${intlStart.runs}): ${intlStart.cpuMs.toFixed(1)} ms CPU, ${intlStart.wallMs.toFixed(1)} ms wall`);
console.log('\nUpgrade and render after it (median), against the same markup inserted as static HTML');
console.log('main-thread CPU (thread time, DevTools TaskDuration) and wall time, layout included');
console.log(
  'cards'.padEnd(7),
  'card CPU'.padStart(9),
  'floor CPU'.padStart(10),
  'CPU ratio'.padStart(10),
  'goal'.padStart(7),
  'card wall'.padStart(10),
  'floor wall'.padStart(11),
  'wall ratio'.padStart(11),
  'CPU/card'.padStart(9),
  'runs'.padStart(5),
);
for (const [count, t] of Object.entries(timings)) {
  const goal = t.goal ? `≤${t.goal}×` : '';
  const verdict = t.goal ? (t.cpuRatio <= t.goal ? ' met' : ' missed') : '';
  console.log(
    String(count).padEnd(7),
    `${t.cardCpuMs.toFixed(1)} ms`.padStart(9),
    `${t.staticCpuMs.toFixed(1)} ms`.padStart(10),
    `${t.cpuRatio.toFixed(2)}×`.padStart(10),
    goal.padStart(7),
    `${t.cardWallMs.toFixed(1)} ms`.padStart(10),
    `${t.staticWallMs.toFixed(1)} ms`.padStart(11),
    `${t.wallRatio.toFixed(2)}×`.padStart(11),
    `${t.cpuMsPerCard.toFixed(3)}`.padStart(9),
    String(t.runs).padStart(5),
    verdict,
  );
}
console.log(`\nJS heap per card at 1000 cards: ${(heapPerCard / 1024).toFixed(1)} KB`);

console.log('\nWork with 100 live cards');
console.log('where'.padEnd(12), 'pending timers'.padStart(15), 'animation frames'.padStart(17));
for (const [where, w] of Object.entries(work)) {
  console.log(where.padEnd(12), String(w.pendingTimers).padStart(15), String(w.animationFrames).padStart(17));
}
console.log('\nCumulative Layout Shift, script 500 ms late');
console.log(`pre-rendered snippet (README, zero-shift form): ${layoutShift.prerendered.toFixed(4)}`);
console.log(`plain-facts snippet (README, short form):       ${layoutShift.plain.toFixed(4)}`);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), chromium: browser.version?.() ?? null, sizes, budget: BUDGET, aim: AIM, litGzip, firstIntl: intlStart, timings, goals: GOALS, heapPerCard, work, layoutShift }, null, 2)}\n`,
);
console.log('\nwritten: bench/results.json');
process.exit(withinBudget ? 0 : 1);
