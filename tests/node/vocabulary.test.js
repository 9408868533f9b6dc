// One vocabulary, read by everyone: a copy of the repository gets a new
// language (a file in src/i18n/ and its line in src/attributes.ts) and a new
// theme value (one word in THEMES), nothing else; after `npm run build` the
// element, the command, the embed pages, the manifest and the WordPress
// plugin all offer them. Node's own test runner: `node --test tests/node/`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const copy = join(root, 'tmp/vocabulary');

/** Replaces `from` with `to` in a file of the copy, failing when `from` is not there. */
function edit(path, from, to) {
  const file = join(copy, path);
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${path} has ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

const cli = (...args) => spawnSync(process.execPath, [join(copy, 'dist/ssr/cli.js'), ...args], { encoding: 'utf8' });

describe('one vocabulary: a new language and a new theme value reach every way in', { timeout: 240_000 }, () => {
  let zip;
  before(() => {
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(copy, { recursive: true });
    // The tracked files as they are in the working tree, and the installed packages.
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of files) {
      if (file.startsWith('tests/') || !existsSync(join(root, file))) continue;
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(root, file), join(copy, file));
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));

    // The language: one file, and its line in the vocabulary.
    const en = readFileSync(join(copy, 'src/i18n/en.ts'), 'utf8');
    writeFileSync(join(copy, 'src/i18n/xx.ts'), en.replace("lang: 'en'", "lang: 'xx'").replace('const en:', 'const xx:').replace('export default en;', 'export default xx;'));
    edit('src/attributes.ts', "import ru from './i18n/ru.js';", "import ru from './i18n/ru.js';\nimport xx from './i18n/xx.js';");
    edit('src/attributes.ts', '{ az, en, ru }', '{ az, en, ru, xx }');
    // The theme value: one word. (It has no colours of its own; it is offered, accepted and written.)
    edit('src/attributes.ts', "['light', 'dark', 'auto']", "['light', 'dark', 'auto', 'sepia']");

    execFileSync('npm', ['run', 'build'], { cwd: copy, stdio: ['ignore', 'ignore', 'inherit'] });
    zip = unzipSync(readFileSync(join(copy, 'dist/memorial-card-wordpress.zip')));
  });

  const text = (name) => new TextDecoder().decode(zip[name] ?? new Uint8Array());

  it('the element renders the language, and the static renderer accepts the theme', async () => {
    const { renderCard } = await import(join(copy, 'dist/ssr/render.js'));
    const card = await renderCard({ lang: 'xx', theme: 'sepia', now: '2026-11-25' });
    assert.match(card, /<memorial-card lang="xx" theme="sepia"/);
    assert.match(card, /<article part="card" class="card theme-sepia layout-card between" lang="xx"/);
  });

  it('the command offers both in its help and renders them', () => {
    const help = cli('--help').stdout;
    assert.match(help, /--lang <az\|en\|ru\|xx>/);
    assert.match(help, /--theme <light\|dark\|auto\|sepia>/);
    const { status, stdout } = cli('render', '--lang', 'xx', '--theme', 'sepia');
    assert.equal(status, 0);
    assert.match(stdout, /lang="xx"/);
    assert.match(cli('render', '--lang', 'qq').stderr, /"qq" is not az, en, ru or xx/);
  });

  it('the embed page builder writes the language its page (the event\'s words in English, which it has), and the picker knows it', () => {
    assert.match(readFileSync(join(copy, 'dist/embed-xx.html'), 'utf8'), /<html lang="en" data-lang-fixed="xx">/);
    // The picker's languages are the keys of its titles.
    const titles = JSON.parse(/var titles = (\{.*?\});/.exec(readFileSync(join(copy, 'dist/embed-lang.js'), 'utf8'))[1]);
    assert.deepEqual(Object.keys(titles).sort(), ['az', 'en', 'ru', 'xx']);
  });

  it('the manifest, and so the framework typings and editors, list the theme', () => {
    const manifest = JSON.parse(readFileSync(join(copy, 'custom-elements.json'), 'utf8'));
    const element = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === 'memorial-card');
    assert.equal(element.attributes.find((a) => a.name === 'theme').type.text, "'light' | 'dark' | 'auto' | 'sepia'");
    assert.match(readFileSync(join(copy, 'dist/frameworks/react.d.ts'), 'utf8'), /'sepia'/);
  });

  it('the WordPress plugin offers both: its vocabulary (settings, sidebar) and block.json', () => {
    const vocabulary = text('memorial-card/includes/vocabulary.php');
    assert.match(vocabulary, /'xx'/);
    assert.match(vocabulary, /'sepia'/);
    assert.match(text('memorial-card/block.json'), /"sepia"/);
  });
});
