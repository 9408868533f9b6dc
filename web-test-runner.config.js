import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

/**
 * The whole suite runs in Debian's Chromium (no browser is downloaded), with
 * the browser's own time zone and locale pinned so no test depends on the
 * machine. The suite runs under two zones, one west and one east of Baku,
 * because the card must show the same day in both.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromium = (timezoneId, locale) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--font-render-hinting=none',
      ],
    },
    createBrowserContext: ({ browser }) => browser.newContext({ timezoneId, locale }),
  });

export default {
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  groups: [
    { name: 'new-york', files: 'tests/**/*.test.ts', browsers: [chromium('America/New_York', 'en-US')] },
    { name: 'tokyo', files: 'tests/**/*.test.ts', browsers: [chromium('Asia/Tokyo', 'ru-RU')] },
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
};
