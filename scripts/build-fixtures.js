// Pages the browser tests load the way an embedding page would, built from
// dist/ (run after `npm run build`): static renders from the CLI's renderer,
// and the README's pre-rendered snippet with content after it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderCard } from '../dist/ssr/render.js';

const dir = 'tmp/pages';
mkdirSync(dir, { recursive: true });
const page = (body, head = '') =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
const script = '<script type="module" src="/dist/memorial-card.js"></script>\n';

// Frozen (`now` written onto the element): the live card must read as the static one.
const az = await renderCard({ lang: 'az', theme: 'dark', now: '2026-11-25', freeze: true });
writeFileSync(`${dir}/static-az.html`, page(az));
writeFileSync(`${dir}/static-az-live.html`, page(az, script));
// Rendered as of an anniversary but not frozen: live, the card reads the real clock.
writeFileSync(`${dir}/static-en-unfrozen.html`, page(await renderCard({ lang: 'en', now: '2026-01-20' }), script));

const en = await renderCard({ lang: 'en', now: '2026-11-25', freeze: true });
const after = '<p id="after">Text after the card, which must not move when the card comes to life.</p>';
writeFileSync(`${dir}/snippet.html`, page(`<h1>A page</h1>\n${script}${en}\n${after}`));
// The README snippets as users paste them: scripts, the element, plain facts.
const facts = `<memorial-card lang="az" now="2026-11-25">
  <p><strong>20 Yanvar faciəsi</strong> · <time datetime="1990-01-20">20 yanvar 1990</time></p>
  <ul><li><b>147</b> nəfər həlak olub</li><li><b>744</b> nəfər ağır yaralanıb</li><li><b>841</b> nəfər qanunsuz həbs olunub</li><li><b>200</b> yaşayış binası, ev və əmlak dağıdılıb</li></ul>
  <p>Mənbə: Trend agentliyi, <time datetime="2026-01-20">20 yanvar 2026</time></p>
</memorial-card>`;
// Errors on the page are kept for the test to read.
const recordErrors = '<script src="/tests/pages/record-errors.js"></script>\n';
const moduleScript = '<script type="module" src="/dist/memorial-card.js"></script>\n';
const classicScript = '<script src="/dist/memorial-card.iife.js" defer></script>\n';
writeFileSync(`${dir}/module.html`, page(facts, recordErrors + moduleScript));
writeFileSync(`${dir}/classic.html`, page(facts, recordErrors + classicScript));
writeFileSync(`${dir}/both.html`, page(facts, recordErrors + moduleScript + classicScript + classicScript.replace('.js"', '.js?again"') + moduleScript.replace('.js"', '.js?again"')));
const json = JSON.stringify({
  id: 'cms-example',
  date: '2004-03-11',
  timeZone: 'Europe/Madrid',
  figures: [{ id: 'killed', value: 193 }],
  source: { name: 'Example Archive', date: '2024-03-11' },
  text: { en: { title: 'An example from a CMS', summary: 'One sentence.', figures: { killed: 'people killed' } } },
});
writeFileSync(
  `${dir}/json.html`,
  page(`<memorial-card lang="en" now="2026-11-25"><script type="application/json">${json}</script></memorial-card>`, recordErrors + moduleScript),
);
console.log(`test pages in ${dir}/`);

// Every pre-rendered output, for the JavaScript-off tests: the render
// command's element and whole page, as the CLI prints them.
for (const lang of ['az', 'en', 'ru']) {
  for (const [name, args] of [
    [`cli-${lang}.html`, []],
    [`cli-${lang}-compact.html`, ['--layout', 'compact']],
    [`cli-page-${lang}.html`, ['--page']],
    // Out of season on 25 November (3 days before 20 January): hidden, no space.
    [`cli-${lang}-off-season.html`, ['--show-days-before', '3']],
  ]) {
    const out = execFileSync(process.execPath, ['dist/ssr/cli.js', 'render', '--lang', lang, '--now', '2026-11-25', ...args], { encoding: 'utf8' });
    writeFileSync(`${dir}/${name}`, args.includes('--page') ? out : page(out));
  }
}
