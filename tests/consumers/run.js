// The package as new users meet it, from the packed tarball, each app with
// its lockfile. Node's test runner: one test per check, closing with node's
// `# pass N` / `# fail N`.
//
// - react, vue, svelte: Vite's own templates (react-ts, vue-ts, svelte-ts)
//   type-check with their framework's checker (invalid values must be
//   errors), build for production and render the card in Chromium.
// - next (16, App Router), astro (5, server output), sveltekit (2, adapter-node):
//   the server-rendering recipes of docs/server-rendering.md. Node imports
//   memorial-card/render and memorial-card in one process: one Lit. The production
//   server runs twice under a faked clock (Debian's `faketime`), either side
//   of midnight in Baku, and its HTML must hold exactly renderCard's card for
//   that moment; then Chromium loads it (Next also navigates away and back
//   with <Link>), and again from the dev server: nothing may be logged
//   (no hydration warning, no "Multiple versions of Lit loaded", in the
//   browser or by the server), and no attribute may read "[object Object]".
//
//   node tests/consumers/run.js [react] [vue] [svelte] [next] [astro] [sveltekit]   (after `npm run build`)
//
// It needs npm's registry (or npm's cache) and a built dist/. All apps are
// installed at once, in parallel, while the first ones are tested: `npm ci
// --prefer-offline` from the lockfile, then the tarball with `npm install
// --no-save` (the tarball changes with every pack, so its hash cannot live in
// a committed lockfile). Outside CI an app whose node_modules is newer than
// its lockfile is not reinstalled. A check whose step before it failed
// (install, build) is skipped. Each step's time is printed as a diagnostic.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright';
import { args, executablePath } from '../../scripts/chromium.js';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const pack = join(here, '.pack');
const tarball = join(pack, 'memorial-card.tgz');
const spas = ['react', 'vue', 'svelte'];
const servers = ['next', 'astro', 'sveltekit'];
const all = [...spas, ...servers];
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
/** Each app's install, started for every app as soon as the package is packed. */
const installs = new Map();

/** `promise`, with the seconds it took printed as a diagnostic of test `t`. */
async function timed(t, what, promise) {
  const start = performance.now();
  try {
    return await promise;
  } finally {
    t.diagnostic(`${what}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
}

/** Installs `app` from its lockfile, then the tarball; resolves to the seconds it took. */
async function install(app) {
  const cwd = join(here, app);
  const start = performance.now();
  const modules = join(cwd, 'node_modules/.package-lock.json');
  const fresh = existsSync(modules) && statSync(modules).mtimeMs > statSync(join(cwd, 'package-lock.json')).mtimeMs;
  try {
    if (process.env.CI || !fresh) await sh(cwd, 'npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
    await sh(cwd, 'npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', '../.pack/memorial-card.tgz']);
  } catch (error) {
    throw withOutput(error);
  }
  return (performance.now() - start) / 1000;
}

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
    for (const app of apps) {
      const installing = install(app);
      installing.catch(() => {}); // reported by the app's install test
      installs.set(app, installing);
    }
  });
});

before(async () => {
  browser = await chromium.launch({ executablePath, args });
});
after(() => browser?.close());

for (const app of apps.filter((name) => spas.includes(name))) {
  describe(app, () => {
    const cwd = join(here, app);
    const expectedTitle = `An example memorial, rendered by ${app}`;
    let installed = false;
    let built = false;

    test(`${app}: install (lockfile, then the tarball)`, async (t) => {
      if (!packed) return t.skip('the package was not packed');
      t.diagnostic(`${app} install: ${(await installs.get(app)).toFixed(1)} s`);
      installed = true;
    });

    // React and Vue keep their must-fail lines in the app, under @ts-expect-error / @vue-expect-error.
    test(`${app}: type-check (${app === 'react' ? 'tsc -b' : app === 'vue' ? 'vue-tsc -b' : 'svelte-check'}), invalid values rejected`, async (t) => {
      if (!installed) return t.skip('not installed');
      await timed(t, `${app} type-check`, sh(cwd, 'npm', ['run', 'check'])).catch((error) => {
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
      await timed(t, `${app} build`, sh(cwd, 'npx', ['vite', 'build'])).catch((error) => {
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

// The server-rendered apps. Two moments either side of midnight in Baku (the
// memorial's time zone): 23:30 on 14 June 2027, the day before the
// anniversary, and 00:30 on 15 June, the day itself.
const moments = ['2027-06-14T19:30:00Z', '2027-06-14T20:30:00Z'];

/** The memorial each server app renders (its memorial.ts), for renderCard here. */
const memorialOf = (app) => ({
  id: 'consumer-test',
  date: '2000-06-15',
  timeZone: 'Asia/Baku',
  figures: [{ id: 'names', value: 120 }],
  source: { name: 'Example Archive', date: '2020-01-01' },
  text: { en: { title: `An example memorial, rendered by ${app}`, summary: 'One neutral sentence.', figures: { names: 'names read' } } },
});

/** How each app builds and runs: `port` is free, the host is 127.0.0.1. */
const serverApps = {
  next: {
    build: ['npx', ['next', 'build']],
    start: (port) => ['npx', ['next', 'start', '--port', port, '--hostname', '127.0.0.1']],
    dev: (port) => ['npx', ['next', 'dev', '--port', port, '--hostname', '127.0.0.1']],
    navigate: true,
  },
  astro: {
    build: ['npx', ['astro', 'build']],
    start: () => ['node', ['dist/server/entry.mjs']],
    dev: (port) => ['npx', ['astro', 'dev', '--port', port, '--host', '127.0.0.1']],
  },
  sveltekit: {
    build: ['npx', ['vite', 'build']],
    start: () => ['node', ['build']],
    dev: (port) => ['npx', ['vite', 'dev', '--port', port, '--strictPort', '--host', '127.0.0.1']],
  },
};

/** A port nothing listens on now. */
async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return String(port);
}

/**
 * Starts `command` in `cwd` as its own process group on a free port (also as
 * PORT and HOST), at the faked moment `at` when given (Debian's faketime: the
 * clock starts there and runs on); resolves once `/` answers.
 */
async function startServer(cwd, command, { at } = {}) {
  const port = await freePort();
  const [program, programArgs] = command(port);
  const env = { ...process.env, PORT: port, HOST: '127.0.0.1', NO_COLOR: '1', FORCE_COLOR: '0', NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', BROWSER: 'none' };
  const [file, argv] = at
    ? ['faketime', ['-f', `@${at.replace('T', ' ').replace('Z', '')}`, program, ...programArgs]]
    : [program, programArgs];
  if (at) Object.assign(env, { TZ: 'UTC', FAKETIME_DONT_FAKE_MONOTONIC: '1' });
  const child = spawn(file, argv, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, delay(5000).then(() => process.kill(-child.pid, 'SIGKILL'))]);
  };
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    if (waited > 90_000) {
      await stop();
      throw new Error(`the server did not answer on ${url} within 90 s:\n${output}`);
    }
    const answered = await fetch(url).then((response) => response.ok, () => false);
    if (answered) break;
    await delay(250);
  }
  return { url, stop, output: () => output };
}

/** What a server's own output must not say. */
const serverProblems = (output) =>
  output.split('\n').filter((line) => /Multiple versions of Lit|hydrat|\[object Object\]|\bError\b|\bwarn(ing)?\b/i.test(line));

/**
 * Loads `url` in Chromium, waits for the live card with `title`; with
 * `navigate`, follows the page's link away and back (client-side). Throws
 * with everything logged as a warning or an error.
 */
async function checkInBrowser(url, title, { navigate = false } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // Lit's dev build says so once, in every dev server of every Lit app.
    if (/^Lit is in dev mode\./.test(message.text())) return;
    if (['warning', 'error'].includes(message.type())) problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const seeCard = async (when) => {
    await page.locator('memorial-card h2').waitFor({ state: 'visible', timeout: 20_000 });
    // The element's own render (not the declarative root alone): it is defined and upgraded.
    await page.waitForFunction(() => document.querySelector('memorial-card')?.matches(':defined'), null, { timeout: 20_000 });
    const seen = await page.evaluate(() => {
      const card = document.querySelector('memorial-card');
      return {
        title: card?.shadowRoot?.querySelector('h2')?.textContent?.trim(),
        templates: document.querySelectorAll('memorial-card template').length,
        objectAttributes: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes]).filter((a) => a.value.includes('[object Object]')).map((a) => a.name),
      };
    });
    if (seen.title !== title) throw new Error(`${when}: title: expected "${title}", got "${seen.title}"`);
    if (seen.templates) throw new Error(`${when}: a <template> left unparsed in <memorial-card>`);
    if (seen.objectAttributes.length) throw new Error(`${when}: "[object Object]" in ${seen.objectAttributes.join(', ')}`);
  };
  try {
    await page.goto(url);
    await seeCard('page load');
    if (navigate) {
      await page.getByRole('link', { name: 'Another page' }).click();
      await page.getByText('Another page.').waitFor({ timeout: 20_000 });
      await page.getByRole('link', { name: 'Back to the card' }).click();
      await seeCard('after a client-side navigation back');
    }
    // Let late warnings (hydration is asynchronous) arrive.
    await page.waitForLoadState('networkidle');
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await page.close();
  }
}

for (const app of apps.filter((name) => servers.includes(name))) {
  describe(app, () => {
    const cwd = join(here, app);
    const { build, start, dev, navigate } = serverApps[app];
    const title = `An example memorial, rendered by ${app}`;
    let installed = false;
    let built = false;

    test(`${app}: install (lockfile, then the tarball)`, async (t) => {
      if (!packed) return t.skip('the package was not packed');
      t.diagnostic(`${app} install: ${(await installs.get(app)).toFixed(1)} s`);
      installed = true;
    });

    // Node itself, as a server that externalises the package runs it, with
    // and without the development condition (a dev server's): Lit's dev
    // build is the one that warns.
    test(`${app}: one Lit in a server that imports memorial-card/render and memorial-card`, async (t) => {
      if (!installed) return t.skip('not installed');
      const script = "await import('memorial-card/render'); await import('memorial-card'); console.log(JSON.stringify(globalThis.litElementVersions));";
      for (const conditions of [[], ['--conditions=development']]) {
        const { stdout, stderr } = await sh(cwd, 'node', [...conditions, '--input-type=module', '-e', script]).catch((error) => {
          throw withOutput(error);
        });
        const versions = JSON.parse(stdout);
        if (versions.length !== 1 || /Multiple versions of Lit/.test(stderr)) {
          throw new Error(`node ${conditions.join(' ')}: Lit loaded ${versions.length} times (${versions.join(', ')})\n${stderr}`);
        }
      }
    });

    test(`${app}: production build (renderCard without \`now\`)`, async (t) => {
      if (!installed) return t.skip('not installed');
      await timed(t, `${app} build`, sh(cwd, build[0], build[1])).catch((error) => {
        throw withOutput(error);
      });
      built = true;
    });

    test(`${app}: the server HTML is the card of the request's day, either side of midnight in Baku`, async (t) => {
      if (!built) return t.skip('not built');
      // What renderCard gives without a `now` at that moment: the same call,
      // in a Node process under the same faked clock as the server.
      const renderedAt = async (at) => {
        const script = `const { renderCard } = await import(${JSON.stringify(join(root, 'dist/ssr/render.js'))}); process.stdout.write(await renderCard({ lang: 'en', data: ${JSON.stringify(memorialOf(app))} }));`;
        const { stdout } = await promisify(execFile)('faketime', ['-f', `@${at.replace('T', ' ').replace('Z', '')}`, process.execPath, '--input-type=module', '-e', script], { env: { ...process.env, TZ: 'UTC', FAKETIME_DONT_FAKE_MONOTONIC: '1' } });
        return stdout;
      };
      const cards = [];
      for (const at of moments) {
        const server = await timed(t, `${app} production server start`, startServer(cwd, start, { at }));
        try {
          const html = await (await fetch(server.url)).text();
          const expected = await renderedAt(at);
          if (!html.includes(expected)) {
            const got = /<memorial-card[\s\S]*?<\/memorial-card>/.exec(html)?.[0] ?? '(no <memorial-card>)';
            throw new Error(`at ${at}: the server HTML is not renderCard's card for that moment.\nexpected:\n${expected}\ngot:\n${got}`);
          }
          if (html.includes('[object Object]')) throw new Error(`at ${at}: "[object Object]" in the server HTML`);
          if (!html.includes('<script type="application/json">')) throw new Error(`at ${at}: no data in the server HTML`);
          cards.push(expected);
          const problems = serverProblems(server.output());
          if (problems.length) throw new Error(`the server logged:\n${problems.join('\n')}`);
        } finally {
          await server.stop();
        }
      }
      if (cards[0] === cards[1]) throw new Error('the card reads the same on both days');
    });

    test(`${app}: production: the live card in Chromium, nothing logged`, async (t) => {
      if (!built) return t.skip('not built');
      const server = await startServer(cwd, start);
      try {
        await checkInBrowser(server.url, title, { navigate });
        const problems = serverProblems(server.output());
        if (problems.length) throw new Error(`the server logged:\n${problems.join('\n')}`);
      } finally {
        await server.stop();
      }
    });

    test(`${app}: dev server: the live card in Chromium, one Lit, nothing logged`, async (t) => {
      if (!installed) return t.skip('not installed');
      const server = await timed(t, `${app} dev server start`, startServer(cwd, dev));
      try {
        await checkInBrowser(server.url, title, { navigate });
        const problems = serverProblems(server.output());
        if (problems.length) throw new Error(`the dev server logged:\n${problems.join('\n')}`);
      } finally {
        await server.stop();
      }
    });
  });
}
