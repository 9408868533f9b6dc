// `npm run size`: prints the size of each file a page loads, minified and
// gzipped, and exits 1 when dist/memorial-card.js is over its budget. Run
// after `npm run build`. scripts/bench.js judges sizes by the same numbers.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** dist/memorial-card.js, minified and gzipped (zlib level 9): at most 16 KB. */
export const BUDGET = 16 * 1024;
/** …and 14 KB is the aim. */
export const AIM = 14 * 1024;

/** The files a page loads as they are; the modules for bundlers are left out. */
export const PAGE_FILES = ['memorial-card.js', 'memorial-card.iife.js', 'embed.html', 'embed-page.js', 'embed.js'];

/** Bytes of a built file: as it is, gzipped (level 9, as the budget counts) and brotli. */
export function sizeOf(file) {
  const bytes = readFileSync(`dist/${file}`);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

export const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

// Run as a script (not imported by scripts/bench.js): the report.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync('dist/memorial-card.js')) {
    console.error('dist/memorial-card.js is missing: run `npm run build` first');
    process.exit(1);
  }
  const files = PAGE_FILES.filter((file) => existsSync(`dist/${file}`));
  console.log('file'.padEnd(28), 'min'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
  for (const file of files) {
    const s = sizeOf(file);
    console.log(file.padEnd(28), kb(s.min).padStart(10), kb(s.gzip).padStart(10), kb(s.brotli).padStart(10));
  }
  const { gzip } = sizeOf('memorial-card.js');
  const verdict = gzip <= AIM ? 'within the aim' : gzip <= BUDGET ? 'within budget, over the aim' : 'OVER BUDGET';
  console.log(`memorial-card.js: ${gzip} B (${kb(gzip)}) min+gzip; budget ${BUDGET} B (${kb(BUDGET)}), aim ${AIM} B (${kb(AIM)}): ${verdict}`);
  process.exit(gzip <= BUDGET ? 0 : 1);
}
