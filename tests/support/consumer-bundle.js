// The npm package as an app meets it, built by the test runner before any
// test runs (web-test-runner.config.js): packs the package as npm would
// publish it, installs the tarball into tmp/consumer/node_modules, checks
// what it ships, type-checks tests/support/consumer/main.ts against the
// shipped .d.ts files and bundles it with rollup, importing by package name.
// tests/embed/package.test.ts then loads tmp/consumer/bundle.js in Chromium.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';

const run = promisify(execFile);

/** Builds `dir`/bundle.js (tmp/consumer) from the packed package; `dist/` must be built. Throws on what the package gets wrong. */
export async function buildConsumerBundle(dir = 'tmp/consumer') {
  await rm(dir, { recursive: true, force: true });
  await mkdir(`${dir}/node_modules/memorial-card`, { recursive: true });
  const [{ filename }] = JSON.parse((await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' })).stdout);
  await run('tar', ['-xzf', `${dir}/${filename}`, '-C', `${dir}/node_modules/memorial-card`, '--strip-components=1']);

  // What is published: everything the ways in need, and no tests or demo.
  const listed = (await run('tar', ['-tzf', `${dir}/${filename}`], { encoding: 'utf8' })).stdout.split('\n');
  const required = ['dist/memorial-card.js', 'dist/memorial-card.iife.js', 'dist/embed.html', 'dist/embed.js', 'dist/embed-page.js',
    'dist/index.js', 'dist/index.d.ts', 'dist/memorial-card-element.d.ts', 'dist/helpers.d.ts', 'dist/ssr/cli.js', 'dist/ssr/render.js',
    'custom-elements.json', 'README.md', 'LICENSE',
    // Framework typings and editor data, generated from custom-elements.json by scripts/build-types.js.
    'dist/frameworks/react.d.ts', 'dist/frameworks/vue.d.ts', 'dist/frameworks/svelte.d.ts',
    'dist/vscode.html-data.json', 'dist/vscode.css-data.json', 'dist/web-types.json'];
  // Every file package.json points at (exports, main, types, bin, web-types…) ships.
  const pkg = JSON.parse(await readFile('package.json', 'utf8'));
  const pointed = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types'], ...Object.values(pkg.bin ?? {}),
    ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))]
    .filter(Boolean)
    .map((file) => file.replace(/^\.\//, ''));
  required.push(...pointed.filter((file) => !required.includes(file)));
  const missing = required.filter((file) => !listed.includes(`package/${file}`));
  const unwanted = listed.filter((file) => /^package\/(tests|demo|scripts|src|tmp)\//.test(file));
  if (missing.length || unwanted.length) {
    throw new Error(`package contents: missing ${missing.join(', ') || 'nothing'}; unwanted ${unwanted.join(', ') || 'nothing'}`);
  }
  // The shipped manifest spells out the values editors and framework typings offer.
  const manifest = JSON.parse(await readFile(`${dir}/node_modules/memorial-card/custom-elements.json`, 'utf8'));
  const attributes = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === 'memorial-card')?.attributes ?? [];
  const typeOf = (name) => attributes.find((attr) => attr.name === name)?.type?.text;
  const lang = attributes.find((attr) => attr.name === 'lang');
  if (typeOf('theme') !== "'light' | 'dark' | 'auto'" || typeOf('layout') !== "'card' | 'compact'" || lang?.type?.text !== 'string' || !lang?.description) {
    throw new Error(`custom-elements.json: theme ${typeOf('theme')}, layout ${typeOf('layout')}, lang ${JSON.stringify(lang)}`);
  }
  // Compile the consumer where it stands, so 'memorial-card' resolves to the
  // installed tarball and its .d.ts files (lit from the repository above it).
  await copyFile('tests/support/consumer/main.ts', `${dir}/main.ts`);
  await writeFile(
    `${dir}/tsconfig.json`,
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', strict: true, lib: ['ES2022', 'DOM'] },
      files: ['main.ts'],
    }),
  );
  await run('npx', ['tsc', '-p', `${dir}/tsconfig.json`]).catch((error) => {
    throw new Error(`tests/support/consumer/main.ts does not type-check against the package:\n${error.stdout}${error.stderr}`);
  });

  const bundle = await rollup({
    input: `${dir}/main.js`,
    plugins: [resolve({ exportConditions: ['production'] })],
    onwarn: (warning) => {
      throw new Error(warning.message);
    },
  });
  await bundle.write({ file: `${dir}/bundle.js`, format: 'es' });
  await bundle.close();
  return filename;
}
