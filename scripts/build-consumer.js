// Packs the package as npm would publish it, installs the tarball into
// tmp/consumer/node_modules, type-checks tests/consumer/main.ts against the
// shipped .d.ts files and bundles it with rollup, importing by package name.
// tests/package.test.ts then loads tmp/consumer/bundle.js in Chromium.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';

const dir = 'tmp/consumer';
rmSync(dir, { recursive: true, force: true });
mkdirSync(`${dir}/node_modules/memorial-card`, { recursive: true });
const [{ filename }] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
);
execFileSync('tar', ['-xzf', `${dir}/${filename}`, '-C', `${dir}/node_modules/memorial-card`, '--strip-components=1']);
// Compile the consumer where it stands, so 'memorial-card' resolves to the
// installed tarball and its .d.ts files (lit from the repository above it).
copyFileSync('tests/consumer/main.ts', `${dir}/main.ts`);
writeFileSync(
  `${dir}/tsconfig.json`,
  JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', strict: true, lib: ['ES2022', 'DOM'] },
    files: ['main.ts'],
  }),
);
execFileSync('npx', ['tsc', '-p', `${dir}/tsconfig.json`], { stdio: 'inherit' });

const bundle = await rollup({
  input: `${dir}/main.js`,
  plugins: [resolve({ exportConditions: ['production'] })],
  onwarn: (warning) => {
    throw new Error(warning.message);
  },
});
await bundle.write({ file: `${dir}/bundle.js`, format: 'es' });
console.log(`consumer bundle: ${dir}/bundle.js, from ${filename}`);
