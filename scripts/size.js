// Prints the size of each built file, minified and gzipped, and fails when
// dist/memorial-card.js breaks its budget (DESIGN §7). Run after `npm run build`.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

// DESIGN §7 and issue 11: at most 15 KB min+gzip (zlib level 9), enforced by CI; aim for 13 KB.
const BUDGET = 15 * 1024;
const STRETCH = 13 * 1024;
// The files a page loads as they are; the compiled modules for bundlers are left out.
const files = ['memorial-card.js', 'memorial-card.iife.js', 'embed.html', 'embed-page.js', 'embed.js'].filter((f) =>
  readdirSync('dist').includes(f),
);
const rows = files.map((file) => {
  const bytes = readFileSync(`dist/${file}`);
  return { file, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
});
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log('file'.padEnd(28), 'min'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
for (const r of rows) console.log(r.file.padEnd(28), kb(r.min).padStart(10), kb(r.gzip).padStart(10), kb(r.brotli).padStart(10));
const main = rows.find((r) => r.file === 'memorial-card.js');
if (!main) {
  console.error('dist/memorial-card.js is missing: run `npm run build` first');
  process.exit(1);
}
const verdict = main.gzip <= STRETCH ? 'within the aim' : main.gzip <= BUDGET ? 'within budget' : 'OVER BUDGET';
console.log(`memorial-card.js: ${main.gzip} B (${kb(main.gzip)}) gzip of ${BUDGET} B (${kb(BUDGET)}) budget, aim ${kb(STRETCH)}: ${verdict}`);
process.exit(main.gzip <= BUDGET ? 0 : 1);
