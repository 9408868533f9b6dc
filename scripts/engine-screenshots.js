// PNGs of the built embed page (the card, frozen on an ordinary day) in
// Firefox ESR and WebKitGTK at a phone's and a desktop's width, for a person
// to look at: `node scripts/engine-screenshots.js [out-dir]` after
// `npm run build` (default out-dir: tmp/engine-screenshots/). The engines are
// launched as the tests launch them (scripts/engines.js, TOOLCHAIN.md).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import * as puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { FIREFOX_PATH, MINIBROWSER_PATH, freePort } from './engines.js';

const out = process.argv[2] ?? 'tmp/engine-screenshots';
const WIDTHS = [390, 1280];
const HEIGHT = 1000;
const PAGE = '/embed.html?now=2026-11-25';
mkdirSync(out, { recursive: true });

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
// A page that holds the embed page in an iframe `w` px wide, sized by embed.js:
// for a width narrower than the browser's window can be (MiniBrowser's is 447 px at least).
const framed = (width) => `<!doctype html><body style="margin:0"><iframe src="${PAGE}" style="width:${width}px;height:600px;border:0;display:block"></iframe><script src="/embed.js"></script>`;
const server = createServer((request, response) => {
  const framedWidth = /^\/framed-(\d+)\.html$/.exec(request.url)?.[1];
  if (framedWidth) return response.writeHead(200, { 'content-type': 'text/html' }).end(framed(framedWidth));
  const path = normalize(new URL(request.url, 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = readFileSync(join('dist', path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const url = origin + PAGE;

async function firefoxShots() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  try {
    const page = await browser.newPage();
    for (const width of WIDTHS) {
      await page.setViewport({ width, height: HEIGHT });
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(() => customElements.whenDefined('memorial-card').then(() => document.querySelector('memorial-card').updateComplete));
      await page.screenshot({ path: join(out, `firefox-${width}.png`) });
      console.log(`${out}/firefox-${width}.png`);
    }
  } finally {
    await browser.close();
  }
}

async function webkitShots() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
  try {
    let browser;
    for (let i = 0; !browser; i++) {
      try {
        browser = await remote({
          hostname: '127.0.0.1', port, path: '/', logLevel: 'error',
          capabilities: {
            browserName: 'MiniBrowser',
            'wdio:enforceWebDriverClassic': true,
            'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
          },
        });
      } catch (error) {
        if (i > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    for (const width of WIDTHS) {
      // The window's frame is wider than the page: size the window until the page is `width` wide.
      await browser.setWindowSize(width, HEIGHT);
      const inner = await browser.execute(() => innerWidth);
      if (inner !== width) await browser.setWindowSize(2 * width - inner, HEIGHT);
      const file = join(out, `webkit-${width}.png`);
      if ((await browser.execute(() => innerWidth)) === width) {
        await browser.url(url);
        await browser.executeAsync((done) => {
          customElements.whenDefined('memorial-card').then(() => document.querySelector('memorial-card').updateComplete).then(() => done());
        });
        await browser.saveScreenshot(file);
        console.log(file);
      } else {
        // Narrower than the window can be: the page in an iframe that wide, once embed.js has sized it.
        await browser.url(`${origin}/framed-${width}.html`);
        await browser.executeAsync((done) => {
          const frame = document.querySelector('iframe');
          addEventListener('message', () => setTimeout(() => frame.style.height !== '600px' && done(), 100));
        });
        await browser.saveScreenshot(file);
        console.log(`${file} (the page in a ${width} px iframe at the left: the window cannot be that narrow)`);
      }
    }
    await browser.deleteSession();
  } finally {
    process.kill(-driver.pid, 'SIGTERM');
  }
}

try {
  await firefoxShots();
  await webkitShots();
} finally {
  server.close();
}
