// `npm run build`: everything the package ships, from an empty dist/. The
// steps run in this order because each reads what an earlier one wrote;
// none writes a file another step writes. Each prints its time.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

const steps = [
  ['clean', 'dist/ starts empty, so no file of an earlier build ships', () => rmSync('dist', { recursive: true, force: true })],
  ['rollup', 'every .js file in dist/, each from one entry (rollup.config.js)', 'rollup', '-c'],
  ['declarations', 'the .d.ts beside them, for TypeScript users (tsconfig.build.json)', 'tsc', '-p', 'tsconfig.build.json'],
  ['manifest', "custom-elements.json, from the element's JSDoc (custom-elements-manifest.config.js)", 'cem', 'analyze'],
  ['framework typings', "React, Vue and Svelte typings and editors' data, from the manifest", 'node', 'scripts/build-types.js'],
  ['embed pages', 'dist/embed*.html, pre-rendered by dist/ssr/render.js', 'node', 'scripts/build-embed.js'],
  ['WordPress plugin', 'dist/memorial-card-wordpress.zip, with dist/memorial-card.js and the editor script', 'node', 'scripts/build-wordpress.js'],
];

// The tools installed in node_modules/.bin, also when this file is run without npm.
const env = { ...process.env, PATH: [resolve('node_modules/.bin'), process.env.PATH].join(delimiter) };
const times = [];
const start = performance.now();
for (const [name, why, command, ...args] of steps) {
  console.log(`\n== ${name}: ${why}`);
  const began = performance.now();
  if (typeof command === 'function') command();
  else {
    const { status, error } = spawnSync(command === 'node' ? process.execPath : command, args, { stdio: 'inherit', env });
    if (status !== 0) {
      console.error(`build: step "${name}" failed (${error?.message ?? `exit code ${status}`})`);
      process.exit(1);
    }
  }
  times.push([name, (performance.now() - began) / 1000]);
}
console.log('\nbuild steps:');
for (const [name, seconds] of times) console.log(`  ${name.padEnd(18)} ${seconds.toFixed(1).padStart(6)} s`);
console.log(`  ${'total'.padEnd(18)} ${((performance.now() - start) / 1000).toFixed(1).padStart(6)} s`);
