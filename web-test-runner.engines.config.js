import base from './web-test-runner.config.js';
import { firefox, webkit } from './scripts/engines.js';

/**
 * The browser suites in the two other engines (`npm run test:engines`, CI's
 * "other engines" stage): Debian's Firefox ESR and WebKitGTK (Safari's
 * engine), launched by scripts/engines.js, each in New York and the time
 * suites again in Tokyo, as the Chromium groups of web-test-runner.config.js
 * (same server, middleware and fixtures). What an engine leaves out, and
 * why, is in LEFT_OUT below and in tests/README.md.
 */
const ALL = ['element', 'time', 'i18n', 'logic', 'embed', 'a11y', 'layout'];

/** Files an engine does not run, with the reason. */
export const LEFT_OUT = {
  both: {
    'tests/visual/**': 'pixel baselines are Chromium\'s (tests/screenshots/Chromium/)',
    'tests/element/colour-scheme.test.ts': 'emulates prefers-color-scheme: no such command over WebDriver BiDi (Firefox) or WebDriver (WebKit)',
    'tests/a11y/media-preferences.test.ts': 'emulates prefers-contrast, forced-colors and print: likewise',
  },
  webkit: {
    'tests/layout/typesetting.test.ts': 'measures every character at every 8 px from 240 to 1200 px: over 10 s a test in WebKitGTK under Xvfb, minutes in all, past the stage\'s time',
  },
};

const files = (engine, folders = ALL) => [
  `tests/${folders.length === 1 ? folders[0] : `{${folders.join(',')}}`}/**/*.test.ts`,
  ...Object.keys({ ...LEFT_OUT.both, ...LEFT_OUT[engine] }).map((glob) => `!${glob}`),
];

const GROUPS = [
  { name: 'firefox-new-york', files: files('firefox'), browsers: [firefox('America/New_York', 'en-US')] },
  { name: 'firefox-tokyo', files: files('firefox', ['time']), browsers: [firefox('Asia/Tokyo', 'ru-RU')] },
  { name: 'webkit-new-york', files: files('webkit'), browsers: [webkit('America/New_York')] },
  { name: 'webkit-tokyo', files: files('webkit', ['time']), browsers: [webkit('Asia/Tokyo')] },
];
// `TESTS=tests/time/clock.test.ts npm run test:engines` runs one file (or glob) in the groups whose folders hold it;
// `npm run test:engines -- --group webkit-new-york` one group.
const only = process.env.TESTS;
const inGroup = (group) => !only || group.name.endsWith('new-york') || only.startsWith('tests/time/');
const groups = GROUPS.filter(inGroup).map((group) => (only ? { ...group, files: only } : group));

export default {
  ...base,
  groups,
  // Firefox and MiniBrowser (under Xvfb, drawn in software) start in seconds,
  // not Chromium's milliseconds, and run the heaviest tests (1 MB inputs,
  // fast-check) a few times slower: 20 s a test instead of 5 s.
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testFramework: { config: { timeout: 20000 } },
};
