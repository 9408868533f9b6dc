// The package as `npm i memorial-card` installs it, from the packed tarball
// (run `npm run build` first): a browser install gets Lit and nothing of the
// server renderer, while `npx memorial-card render` and
// `import { renderCard } from 'memorial-card/render'` still work, because the
// Node entries are bundled with what they need. Needs the npm registry (or
// npm's cache) for `lit`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, describe, it } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'memorial-card-install-'));
const app = join(dir, 'app');
after(() => rmSync(dir, { recursive: true, force: true }));

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('npm i memorial-card, from the packed tarball', { timeout: 180_000 }, () => {
  let files;
  before(() => {
    // --ignore-scripts: pack what is built, without building again.
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));
    files = packed.files.map((f) => f.path);
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }));
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(dir, packed.filename)], app);
  });

  it('ships the Node entries bundled, the embed pages and the stylesheets', () => {
    for (const file of ['dist/ssr/render.js', 'dist/ssr/cli.js', 'dist/ssr/render.d.ts', 'dist/embed.html', 'dist/embed-az.html',
      'dist/embed-en.html', 'dist/embed-ru.html', 'dist/embed-lang.js', 'dist/embed-page.js', 'dist/embed.js',
      'dist/memorial-card.css', 'dist/embed.css', 'dist/carnation.svg']) {
      assert.ok(files.includes(file), file);
    }
  });

  it('installs Lit and nothing of the server renderer', (t) => {
    const modules = join(app, 'node_modules');
    const installed = readdirSync(modules).flatMap((name) =>
      name.startsWith('@') ? readdirSync(join(modules, name)).map((sub) => `${name}/${sub}`) : name.startsWith('.') ? [] : [name],
    );
    for (const name of ['@lit-labs/ssr', 'parse5', 'node-fetch', 'enhanced-resolve', '@types/node']) {
      assert.ok(!installed.includes(name), `${name} is not installed`);
    }
    for (const name of installed) {
      assert.match(name, /^(memorial-card|lit|lit-element|lit-html|@lit\/reactive-element|@lit-labs\/ssr-dom-shim|@types\/trusted-types)$/, name);
    }
    const kb = Number(execFileSync('du', ['-sk', modules], { encoding: 'utf8' }).split('\t')[0]);
    t.diagnostic(`installed: ${installed.length} packages, ${(kb / 1024).toFixed(1)} MB (du -sk node_modules)`);
  });

  it('runs npx memorial-card render', () => {
    const out = execFileSync(join(app, 'node_modules/.bin/memorial-card'), ['render', '--lang', 'az', '--now', '2026-11-25', '--freeze'], { encoding: 'utf8' });
    assert.match(out, /^<memorial-card lang="az" now="2026-11-25"><template shadowrootmode="open">/);
    assert.match(out, /Yanvar faciəsi/);
  });

  it("imports { renderCard } from 'memorial-card/render'", () => {
    const script = `import { renderCard } from 'memorial-card/render';
      const html = await renderCard({ lang: 'ru', now: '2026-11-25' });
      process.stdout.write(String(typeof document) + ' ' + html.slice(0, html.indexOf('<template')));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    // Not frozen: now decides the text, and the element goes live with the real clock.
    assert.equal(out, 'undefined <memorial-card lang="ru">');
  });

  it("imports 'memorial-card' on a server without a word (a framework's server pass)", () => {
    // Next's server bundle has Lit's HTMLElement shim but no customElements.
    const script = `const said = []; console.warn = (m) => said.push(m);
      const { define } = await import('memorial-card/define');
      delete globalThis.customElements;
      define(); define('my-card');
      process.stdout.write(JSON.stringify(said));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    assert.equal(out, '[]');
  });

  it('has no server code behind the browser entries', () => {
    assert.ok(existsSync(join(app, 'node_modules/memorial-card/dist/memorial-card.js')));
    const script = `import('memorial-card/package.json', { with: { type: 'json' } }).then((m) => process.stdout.write(JSON.stringify(m.default.dependencies)))`;
    const deps = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }));
    // Lit and the packages Lit itself is made of (the server entries import
    // them, so that one Lit serves both): nothing else is installed.
    const own = (name) => Object.keys(JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')).dependencies ?? {});
    const lit = new Set(['lit', ...own('lit'), ...own('lit').flatMap(own)]);
    assert.ok(Object.keys(deps).includes('lit'));
    assert.deepEqual(Object.keys(deps).filter((name) => !lit.has(name)), []);
  });
});
