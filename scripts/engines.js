// How the test runner launches the two other engines (TOOLCHAIN.md, "Firefox
// and WebKit"), Debian's builds, nothing downloaded:
// - Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver);
// - WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver, which
//   runs under its own Xvfb display (MiniBrowser has no headless mode).
// Each launcher pins the browser's time zone (TZ of the browser's process)
// and its languages (navigator.languages), as the Chromium groups do.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Firefox ESR in `timeZone`, asking pages for `locale` first. Its own
 * `Intl` default locale is its interface's, en-US (Debian's build has no
 * other), pinned so that it does not follow the machine.
 */
export function firefox(timeZone, locale) {
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      env: { ...process.env, TZ: timeZone },
      extraPrefsFirefox: {
        'intl.accept_languages': locale,
        'javascript.use_us_english_locale': true,
      },
    },
  });
}

/** A free port on the loopback interface, for one WebKitWebDriver. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Asks the driver's /status until it answers, for at most `ms`. */
async function ready(port, driver, ms = 20000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

/**
 * WebKitGTK's MiniBrowser in `timeZone`. Its languages are the process's
 * C locale's, en-US here: WebKitGTK does not take them from a preference,
 * and the machine has no other locale generated.
 */
export function webkit(timeZone) {
  const state = {};
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    path: '/',
    port: 0,
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
    },
  });
  const { initialize, stop } = launcher;
  // The driver (and its display) starts with the test run and stops with it.
  launcher.initialize = async function (config, testFiles) {
    const port = await freePort();
    state.driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], {
      env: { ...process.env, TZ: timeZone, LANG: 'C.UTF-8' },
      stdio: 'ignore',
      detached: true,
    });
    await ready(port, state.driver);
    this.options.port = port;
    return initialize.call(this, config, testFiles);
  };
  /** Ends xvfb-run's whole process group: Xvfb, the driver and MiniBrowser. */
  const end = () => {
    const driver = state.driver;
    state.driver = undefined;
    if (!driver || driver.exitCode !== null) return;
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  launcher.stop = async function () {
    try {
      await stop.call(this);
    } finally {
      end();
    }
  };
  process.once('exit', end);
  return launcher;
}
