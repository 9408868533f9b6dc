// The demo's configurator as a newcomer uses it on a phone (390 px), in
// Chromium (run `npm run build` first): the iframe snippet's height fits the
// language and layout, a frozen date and a local or bad address are said in
// words, Copy answers, and the width label tells the truth.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { args, executablePath } from '../../scripts/chromium.js';

const root = new URL('../..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    res.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
let browser;
let page;
before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch({ executablePath, args });
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/demo/`);
  await page.waitForSelector('#snippet-list pre');
});
after(async () => {
  await browser?.close();
  server.close();
});

const snippet = (title) => page.evaluate((title) => [...document.querySelectorAll('#snippet-list h3')].find((h) => h.textContent === title).nextElementSibling.nextElementSibling.textContent, title);
const notes = () => page.locator('#snippet-notes').innerText();
const set = async (name, value) => {
  await page.evaluate(([name, value]) => {
    const control = document.getElementById('controls').elements[name];
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }, [name, value]);
};

describe('the demo at 390 px', { timeout: 60_000 }, () => {
  it('sizes the fixed iframe for the language and the layout (measured heights at 320 px)', async () => {
    assert.match(await snippet('Iframe alone'), /embed-en\.html.*height: 822px/);
    await set('lang', 'ru');
    assert.match(await snippet('Iframe alone'), /embed-ru\.html.*height: 838px/);
    await set('layout', 'compact');
    assert.match(await snippet('Iframe alone'), /height: 288px/);
    assert.match(await snippet('Iframe that sizes itself'), /height: 288px[\s\S]*embed\.js/);
    await set('layout', 'card');
    await set('lang', 'en');
  });

  it('says that the addresses are this dev server, and refuses an address that is no URL', async () => {
    assert.match(await notes(), /point at this dev server/);
    await set('base', 'not a url');
    assert.match(await notes(), /not an http\(s\) address/);
    assert.match(await snippet('Module script (recommended)'), /src="https:\/\/your\.cdn\/memorial-card\/dist\/memorial-card\.js"/);
    assert.equal(await page.evaluate(() => document.getElementById('controls').elements.base.validity.valid), false);
    await set('base', 'https://static.example.org/memorial-card/0.1.0/');
    assert.equal(await notes(), '');
    assert.match(await snippet('Module script (recommended)'), /src="https:\/\/static\.example\.org\/memorial-card\/0\.1\.0\/memorial-card\.js"/);
  });

  it('says so when now freezes the copied card', async () => {
    await set('now', '2027-01-20');
    assert.match(await notes(), /now="2027-01-20" is set: these snippets freeze the card/);
    assert.match(await snippet('Static HTML, rendered on a server'), /--now 2027-01-20 --freeze/);
    await set('now', '');
    assert.equal(await notes(), '');
  });

  it('answers Copy: copied, or selected for Ctrl+C where the clipboard is refused', async () => {
    await page.locator('#snippet-list button').first().click();
    await page.waitForFunction(() => document.querySelector('.copy-status').textContent !== '');
    assert.match(await page.locator('.copy-status').first().innerText(), /^(Copied\.|Selected: press (Ctrl|⌘)\+C)/);
  });

  it('labels the width the card really has on a narrow screen', async () => {
    assert.match(await page.locator('output[name=widthOut]').innerText(), /^\d+ px \(640 asked; the screen is narrower\)$/);
  });
});
