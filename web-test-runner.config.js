import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { args, executablePath } from './scripts/chromium.js';

/**
 * The whole suite runs in Debian's Chromium (no browser is downloaded), with
 * the browser's own time zone and locale pinned so no test depends on the
 * machine. The suite runs under two zones, one west and one east of Baku,
 * because the card must show the same day in both.
 */

const chromium = (timezoneId, locale) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: {
      executablePath,
      args,
    },
    createBrowserContext: ({ browser }) => browser.newContext({ timezoneId, locale }),
  });

/** The policy of DESIGN §8 and issue 5: nothing but the page's own scripts and styles. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export default {
  middleware: [
    async (ctx, next) => {
      await next();
      if (ctx.path === '/tests/pages/strict.html') ctx.set('Content-Security-Policy', STRICT_CSP);
    },
    // Variants of the built dist/embed.html for tests/embedding.test.ts, with
    // the page's own query: `before-modules` without its module scripts (what
    // a reader sees before they run), `recorded` with tests/pages/record-errors.js
    // and query-from-name.js first.
    async (ctx, next) => {
      const variant = /^\/tmp\/embed-(before-modules|recorded)\.html$/.exec(ctx.path)?.[1];
      if (!variant) return next();
      let page = (await readFile('dist/embed.html', 'utf8')).replace('<head>', '<head>\n<base href="/dist/">');
      if (variant === 'before-modules') page = page.replace(/<script type="module"[^>]*><\/script>\n?/g, '');
      else page = page.replace('<head>', '<head>\n<script src="/tests/pages/record-errors.js"></script>\n<script src="/tests/pages/query-from-name.js"></script>');
      ctx.type = 'html';
      ctx.body = page;
    },
  ],
  nodeResolve: true,
  concurrency: 1,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // Screenshots of the card against committed baselines (tests/screenshots).
    // A change fails until the baselines are updated on purpose with
    // `npm run test:update-screenshots`. A small tolerance absorbs
    // anti-aliasing changes between Chromium versions.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'tests/screenshots',
      failureThreshold: 0.1,
      failureThresholdType: 'percent',
    }),
  ],
  groups: [
    { name: 'new-york', files: ['tests/*.test.ts', 'tests/visual/*.test.ts', 'tests/layout/*.test.ts'], browsers: [chromium('America/New_York', 'en-US')] },
    // The visual and layout suites are about pixels, not zones: they run once.
    { name: 'tokyo', files: 'tests/*.test.ts', browsers: [chromium('Asia/Tokyo', 'ru-RU')] },
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
};
