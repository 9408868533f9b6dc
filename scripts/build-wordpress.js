// Builds dist/memorial-card-wordpress.zip, the WordPress plugin, from
// wordpress/memorial-card/ (PHP, block.json, readme.txt) and the built
// scripts: dist/memorial-card.js (the element) and dist/wordpress/editor.js
// (the block editor's script, from wordpress/src/editor.ts). Run after
// rollup; `npm run build` does. The plugin's version is package.json's.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'wordpress/memorial-card');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every file under dir, as paths relative to it, sorted. */
function walk(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path).map((p) => join(name, p)) : [name];
    })
    .sort();
}

const withVersion = (path, text) => {
  if (path === 'memorial-card.php') {
    return text
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(/define\( 'MEMORIAL_CARD_VERSION', '[^']*' \)/, `define( 'MEMORIAL_CARD_VERSION', '${version}' )`);
  }
  if (path === 'readme.txt') return text.replace(/^(Stable tag:\s+).*$/m, `$1${version}`);
  return text;
};

const files = {};
for (const path of walk(source)) {
  if (path.split('/').some((part) => part.startsWith('.'))) continue;
  files[`memorial-card/${path}`] = new TextEncoder().encode(withVersion(path, readFileSync(join(source, path), 'utf8')));
}
files['memorial-card/assets/memorial-card.js'] = readFileSync(join(root, 'dist/memorial-card.js'));
files['memorial-card/assets/editor.js'] = readFileSync(join(root, 'dist/wordpress/editor.js'));
files['memorial-card/assets/LICENSES.txt'] = new TextEncoder().encode(
  [
    'assets/memorial-card.js is the build of the memorial-card package, with Lit inside.',
    'The plugin as a whole is GPL-2.0-or-later; both licences below are compatible with it.',
    '',
    '== memorial-card (MIT) ==',
    readFileSync(join(root, 'LICENSE'), 'utf8').trim(),
    '',
    '== Lit (BSD-3-Clause) ==',
    readFileSync(join(root, 'node_modules/lit/LICENSE'), 'utf8').trim(),
    '',
  ].join('\n'),
);

// A fixed date, so that the same sources give the same zip.
const mtime = new Date('2026-01-20T00:00:00Z');
const zip = zipSync(
  Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime, level: 9 }]])),
);
const out = join(root, 'dist/memorial-card-wordpress.zip');
writeFileSync(out, zip);
console.log(`${relative(root, out)}: ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} KB`);
