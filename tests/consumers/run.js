// The package as new users meet it: three apps made with Vite's own templates
// (react-ts, vue-ts, svelte-ts), each with its lockfile, install the packed
// tarball, type-check with their framework's checker (invalid values must be
// errors), build for production and render the card in Chromium. Node's test
// runner: one test per check, closing with node's `# pass N` / `# fail N`.
//
//   node tests/consumers/run.js [react] [vue] [svelte]    (after `npm run build`)
//
// It needs npm's registry (or npm's cache) and a built dist/. Each app gets
// `npm ci --prefer-offline` from its lockfile, then the tarball with
// `npm install --no-save` (the tarball changes with every pack, so its hash
// cannot live in a committed lockfile). Outside CI an app whose node_modules
// is newer than its lockfile is not reinstalled. A check whose step before
// it failed (install, build) is skipped.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright';
import { args, executablePath } from '../../scripts/chromium.js';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const pack = join(here, '.pack');
const tarball = join(pack, 'memorial-card.tgz');
const all = ['react', 'vue', 'svelte'];
const apps = process.argv.slice(2).length ? process.argv.slice(2) : all;

/** A command's output on failure, as the test's error. */
const withOutput = (error) => {
  const output = String(error?.stdout ?? '') + String(error?.stderr ?? '');
  return output ? Object.assign(new Error(output), { cause: error }) : error;
};

/** Runs a command in `cwd`; rejects with its output on a non-zero exit. */
const sh = (cwd, command, args) =>
  run(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });

/** The lines that must be type errors: the line after each `expect-error` comment. */
function expectedErrorLines(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, i) => (/<!--\s*expect-error\b/.test(line) ? [i + 2] : []));
}

/** Serves `dir` on 127.0.0.1, falling back to index.html; resolves to its address. */
async function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

let packed = false;
let browser;

describe('the packed package', () => {
  // The package, packed as npm would publish it (from the current dist/).
  test('pack the package', async () => {
    if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/frameworks/react.d.ts'))) {
      throw new Error('dist/ is missing or incomplete: run `npm run build` first');
    }
    rmSync(pack, { recursive: true, force: true });
    mkdirSync(pack, { recursive: true });
    const { stdout } = await sh(root, 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', pack]).catch((error) => {
      throw withOutput(error);
    });
    renameSync(join(pack, JSON.parse(stdout)[0].filename), tarball);
    packed = true;
  });
});

before(async () => {
  browser = await chromium.launch({ executablePath, args });
});
after(() => browser?.close());

for (const app of apps) {
  describe(app, () => {
    const cwd = join(here, app);
    const expectedTitle = `An example memorial, rendered by ${app}`;
    let installed = false;
    let built = false;

    test(`${app}: install (lockfile, then the tarball)`, async (t) => {
      if (!packed) return t.skip('the package was not packed');
      const modules = join(cwd, 'node_modules/.package-lock.json');
      const fresh = existsSync(modules) && statSync(modules).mtimeMs > statSync(join(cwd, 'package-lock.json')).mtimeMs;
      try {
        if (process.env.CI || !fresh) await sh(cwd, 'npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
        await sh(cwd, 'npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', '../.pack/memorial-card.tgz']);
      } catch (error) {
        throw withOutput(error);
      }
      installed = true;
    });

    // React and Vue keep their must-fail lines in the app, under @ts-expect-error / @vue-expect-error.
    test(`${app}: type-check (${app === 'react' ? 'tsc -b' : app === 'vue' ? 'vue-tsc -b' : 'svelte-check'}), invalid values rejected`, async (t) => {
      if (!installed) return t.skip('not installed');
      await sh(cwd, 'npm', ['run', 'check']).catch((error) => {
        throw withOutput(error);
      });
      if (app !== 'svelte') return;
      // Svelte markup has no @ts-expect-error: errors must be exactly on the marked lines.
      const file = 'expect-errors/Invalid.svelte';
      const expected = expectedErrorLines(join(cwd, file));
      const result = await sh(cwd, 'npx', ['svelte-check', '--tsconfig', './tsconfig.expect-errors.json', '--output', 'machine']).catch((e) => e);
      const errors = String(result.stdout).split('\n').filter((line) => / ERROR /.test(line));
      const got = errors.filter((line) => line.includes(`"${file}"`)).map((line) => Number(/" (\d+):\d+ /.exec(line)[1]));
      const stray = errors.filter((line) => !line.includes(`"${file}"`));
      const missing = expected.filter((line) => !got.includes(line));
      const extra = got.filter((line) => !expected.includes(line));
      if (missing.length || extra.length || stray.length || expected.length === 0) {
        throw new Error(`${file}: expected errors on lines ${expected.join(', ')}; missing ${missing.join(', ') || 'none'}, unexpected ${[...extra, ...stray].join('; ') || 'none'}\n${result.stdout}`);
      }
    });

    test(`${app}: vite build`, async (t) => {
      if (!installed) return t.skip('not installed');
      await sh(cwd, 'npx', ['vite', 'build']).catch((error) => {
        throw withOutput(error);
      });
      built = true;
    });

    test(`${app}: renders the card with data in Chromium`, async (t) => {
      if (!built) return t.skip('not built');
      const { server, url } = await serve(join(cwd, 'dist'));
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (message) => {
        if (['warning', 'error'].includes(message.type())) problems.push(`console.${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      try {
        await page.goto(url);
        const title = page.locator('memorial-card h2'); // Playwright's CSS locators pierce open shadow roots.
        await title.waitFor({ state: 'visible', timeout: 10_000 });
        const seen = await page.evaluate(() => {
          const card = document.querySelector('memorial-card');
          const h2 = card?.shadowRoot?.querySelector('h2');
          const box = h2?.getBoundingClientRect();
          return {
            defined: Boolean(customElements.get('memorial-card')),
            dataIsProperty: card?.data?.id === 'consumer-test' && !card?.hasAttribute('data'),
            title: h2?.textContent?.trim(),
            visible: Boolean(h2?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) && box.width > 0 && box.height > 0,
            color: h2 ? getComputedStyle(h2).color : '',
          };
        });
        if (!seen.defined) throw new Error('<memorial-card> is not defined');
        if (!seen.dataIsProperty) throw new Error('`data` was not set as a property');
        if (seen.title !== expectedTitle) throw new Error(`title: expected "${expectedTitle}", got "${seen.title}"`);
        if (!seen.visible || /rgba\(.*, 0\)$/.test(seen.color)) throw new Error(`the title is not visible (${seen.color})`);
        if (problems.length) throw new Error(problems.join('\n'));
      } finally {
        await page.close();
        server.close();
      }
    });
  });
}
