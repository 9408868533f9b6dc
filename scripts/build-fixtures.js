// Pages the browser tests load the way an embedding page would, built from
// dist/ (run after `npm run build`): static renders from the CLI's renderer,
// and the README's pre-rendered snippet with content after it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderCard } from '../dist/ssr/render.js';

const dir = 'tmp/pages';
mkdirSync(dir, { recursive: true });
const page = (body, head = '') =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
const script = '<script type="module" src="/dist/memorial-card.js"></script>\n';

const az = await renderCard({ lang: 'az', theme: 'dark', now: '2026-11-25', noAnimation: true });
writeFileSync(`${dir}/static-az.html`, page(az));
writeFileSync(`${dir}/static-az-live.html`, page(az, script));

const en = await renderCard({ lang: 'en', now: '2026-11-25', noAnimation: true });
const after = '<p id="after">Text after the card, which must not move when the card comes to life.</p>';
writeFileSync(`${dir}/snippet.html`, page(`<h1>A page</h1>\n${script}${en}\n${after}`));
console.log(`test pages in ${dir}/`);
