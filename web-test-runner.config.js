import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { args, executablePath } from './scripts/chromium.js';
import { buildPages } from './tests/support/built-pages.js';
import { buildConsumerBundle } from './tests/support/consumer-bundle.js';

/**
 * The browser suites (tests/README.md has the map), in Debian's Chromium (no
 * browser is downloaded), with the browser's own time zone and locale pinned
 * so no test depends on the machine. Tests import src/; the smoke tests under
 * tests/embed/ load the built dist/ as an embedding page would, so dist/
 * must be built first.
 */
if (!existsSync('dist/memorial-card.js') || !existsSync('dist/ssr/render.js')) {
  console.error('web-test-runner: dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(1);
}

const chromium = (timezoneId, locale) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: {
      executablePath,
      args,
    },
    createBrowserContext: ({ browser }) => browser.newContext({ timezoneId, locale }),
  });

/**
 * The policy of the strictest page the card must work on: "nothing but the
 * page's own scripts and styles", with Trusted Types required.
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * The policy a page with pre-rendered cards must be able to set: no inline
 * style, no data: URL (tests/embed/strict-csp-prerendered.test.ts).
 */
export const PRERENDERED_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";

/**
 * Builds what the tests load besides dist/, before the first test: the
 * pages under tmp/pages/ (tests/support/built-pages.js) and the consumer
 * bundle tmp/consumer/bundle.js (tests/support/consumer-bundle.js).
 */
const builtFixtures = {
  name: 'memorial-card-fixtures',
  async serverStart() {
    const started = Date.now();
    await Promise.all([buildPages('tmp/pages'), buildConsumerBundle('tmp/consumer')]);
    console.log(`test pages in tmp/pages/ and tmp/consumer/bundle.js, built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  },
};

const GROUPS = [
  { name: 'new-york', files: 'tests/{element,time,i18n,logic,embed,a11y,layout,visual}/**/*.test.ts', browsers: [chromium('America/New_York', 'en-US')] },
  // The card must show the same day in every zone, so whatever decides or
  // prints a day runs again in a zone on the other side of Baku (UTC+4)
  // from New York: the calendar and anniversary math, years 1–99, the
  // shared clock's midnights, show-days-before's season, the dates and the
  // first year of each language, and the card's counter on given days.
  // The rest does not depend on the zone, and runs once.
  { name: 'tokyo', files: 'tests/time/**/*.test.ts', browsers: [chromium('Asia/Tokyo', 'ru-RU')] },
];
// `TESTS=tests/time/clock.test.ts npx wtr` runs one file (or glob) in the groups whose folders hold it.
const only = process.env.TESTS;
const inGroup = (group) => !only || group.name === 'new-york' || only.startsWith('tests/time/');
const groups = GROUPS.filter(inGroup).map((group) => (only ? { ...group, files: only } : group));

export default {
  middleware: [
    async (ctx, next) => {
      await next();
      if (ctx.path === '/tests/support/pages/strict.html') ctx.set('Content-Security-Policy', STRICT_CSP);
      // The pre-rendered fragment with its inline style: allowed by what `render --csp` printed (tmp/pages/csp-hash.csp).
      // (`?no-hash`: without it, the control that shows the inline style refused.)
      else if (ctx.path === '/tmp/pages/csp-hash.html' && ctx.querystring !== 'no-hash') {
        const [, sources] = /^style-src (.*)$/m.exec(await readFile('tmp/pages/csp-hash.csp', 'utf8'));
        ctx.set('Content-Security-Policy', PRERENDERED_CSP.replace("style-src 'self'", `style-src 'self' ${sources}`));
      } else if (/^\/tmp\/pages\/csp-[a-z]+\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', PRERENDERED_CSP);
    },
    // /strict/dist/…: the built dist/ under PRERENDERED_CSP, each page with
    // tests/support/pages/record-errors.js first, which keeps the violations.
    // /strict-slow/NAME/dist/…: the same, with the card's stylesheet 300 ms
    // late (a slow network; a new NAME, a new address, never in the cache),
    // so that a first paint before it has arrived cannot be missed.
    async (ctx, next) => {
      const prefix = /^\/strict(-slow\/[\w-]+)?(?=\/dist\/)/.exec(ctx.path);
      if (!prefix) return next();
      const path = ctx.path.slice(prefix[0].length);
      if (!/^\/dist\/embed[a-z-]*\.html$/.test(path)) {
        ctx.url = ctx.url.slice(prefix[0].length);
        if (!prefix[1] || path !== '/dist/memorial-card.css') return next();
        await new Promise((resolve) => setTimeout(resolve, 300));
        return next();
      }
      ctx.type = 'html';
      ctx.body = (await readFile(`.${path}`, 'utf8')).replace('<head>', '<head>\n<script src="/tests/support/pages/record-errors.js"></script>');
      ctx.set('Content-Security-Policy', PRERENDERED_CSP);
    },
    // Variants of the built dist/embed.html for tests/embed/embed-page.test.ts,
    // with the page's own query: `before-modules` without its module scripts
    // (what a reader sees before they run), `recorded` with
    // tests/support/pages/record-errors.js and query-from-name.js first.
    async (ctx, next) => {
      const variant = /^\/tmp\/embed-(before-modules|recorded)\.html$/.exec(ctx.path)?.[1];
      if (!variant) return next();
      let page = (await readFile('dist/embed.html', 'utf8')).replace('<head>', '<head>\n<base href="/dist/">');
      if (variant === 'before-modules') page = page.replace(/<script type="module"[^>]*><\/script>\n?/g, '');
      else page = page.replace('<head>', '<head>\n<script src="/tests/support/pages/record-errors.js"></script>\n<script src="/tests/support/pages/query-from-name.js"></script>');
      ctx.type = 'html';
      ctx.body = page;
    },
  ],
  nodeResolve: true,
  concurrency: 1,
  plugins: [
    builtFixtures,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Screenshots of the card against committed baselines
    // (tests/screenshots/Chromium/baseline/NAME.png, named by the test's
    // visualDiff name, not by its file). A change fails until the baselines
    // are updated on purpose with `npm run test:update-screenshots`. A small
    // tolerance absorbs anti-aliasing changes between Chromium versions.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'tests/screenshots',
      failureThreshold: 0.1,
      failureThresholdType: 'percent',
    }),
  ],
  groups,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
};
