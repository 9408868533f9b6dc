// Pages the browser tests load the way an embedding page would, written into
// tmp/pages/ from the built dist/ by the test runner before any test runs
// (web-test-runner.config.js): static renders from the CLI's renderer, the
// README's pre-rendered snippet with content after it, the README's script
// tags, a JSON child in a CMS block, and every pre-rendered output of the
// render command for the JavaScript-off tests.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { exampleEvent } from './event.js';

const run = promisify(execFile);

/** Writes the pages into `dir` (tmp/pages); `dist/` must be built. */
export async function buildPages(dir = 'tmp/pages') {
  const { renderCard } = await import(new URL('../../dist/ssr/render.js', import.meta.url).href);
  await mkdir(dir, { recursive: true });
  const page = (body, head = '') =>
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
  const script = '<script type="module" src="/dist/memorial-card.js"></script>\n';
  const write = (name, content) => writeFile(`${dir}/${name}`, content);

  // Frozen (`now` written onto the element): the live card must read as the static one.
  const az = await renderCard({ lang: 'az', theme: 'dark', now: '2026-11-25', freeze: true });
  await write('static-az.html', page(az));
  await write('static-az-live.html', page(az, script));
  // Rendered as of an anniversary but not frozen: live, the card reads the real clock.
  await write('static-en-unfrozen.html', page(await renderCard({ lang: 'en', now: '2026-01-20' }), script));

  const en = await renderCard({ lang: 'en', now: '2026-11-25', freeze: true });
  const after = '<p id="after">Text after the card, which must not move when the card comes to life.</p>';
  await write('snippet.html', page(`<h1>A page</h1>\n${script}${en}\n${after}`));
  // The README snippets as users paste them: scripts, the element, plain facts.
  const facts = `<memorial-card lang="az" now="2026-11-25">
  <p><strong>20 Yanvar faciəsi</strong> · <time datetime="1990-01-20">20 yanvar 1990</time></p>
  <ul><li><b>147</b> nəfər həlak olub</li><li><b>744</b> nəfər ağır yaralanıb</li><li><b>841</b> nəfər qanunsuz həbs olunub</li><li><b>200</b> yaşayış binası, ev və əmlak dağıdılıb</li></ul>
  <p>Mənbə: Trend agentliyi, <time datetime="2026-01-20">20 yanvar 2026</time></p>
</memorial-card>`;
  // Errors on the page are kept for the test to read.
  const recordErrors = '<script src="/tests/support/pages/record-errors.js"></script>\n';
  const moduleScript = '<script type="module" src="/dist/memorial-card.js"></script>\n';
  const classicScript = '<script src="/dist/memorial-card.iife.js" defer></script>\n';
  await write('module.html', page(facts, recordErrors + moduleScript));
  await write('classic.html', page(facts, recordErrors + classicScript));
  await write('both.html', page(facts, recordErrors + moduleScript + classicScript + classicScript.replace('.js"', '.js?again"') + moduleScript.replace('.js"', '.js?again"')));
  const json = JSON.stringify(
    exampleEvent({
      id: 'cms-example',
      date: '2004-03-11',
      timeZone: 'Europe/Madrid',
      figure: 'killed',
      value: 193,
      source: 'Example Archive',
      sourceDate: '2024-03-11',
      title: 'An example from a CMS',
      summary: 'One sentence.',
      label: 'people killed',
    }),
  );
  await write('json.html', page(`<memorial-card lang="en" now="2026-11-25"><script type="application/json">${json}</script></memorial-card>`, recordErrors + moduleScript));

  // The README's "Script tag, with the facts inside" block as it stands, its
  // address pointed at dist/: for the JavaScript-off test of its reserve.
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const withFacts = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).find((block) => block.includes(':not(:defined)') && block.includes('<ul>'));
  if (!withFacts) throw new Error('README.md: no snippet with a reserve and the facts inside');
  await write('readme-facts.html', page(`${withFacts.replace(/src="[^"]*memorial-card\.js"/, 'src="/dist/memorial-card.js"')}<p id="after">After.</p>`));

  // Pre-rendered outputs for a page whose CSP allows no inline style
  // (tests/embed/strict-csp-prerendered.test.ts; the header is set by
  // web-test-runner.config.js for /tmp/pages/csp-*.html): the fragment linking
  // the stylesheet, the fragment with its inline style (allowed by its hash),
  // and `render --page --stylesheet`.
  const cli = async (...args) => (await run(process.execPath, ['dist/ssr/cli.js', 'render', '--now', '2026-11-25', ...args], { encoding: 'utf8' })).stdout;
  const cspHead = `${recordErrors}${moduleScript}`;
  await write('csp-link.html', page(await cli('--lang', 'az', '--stylesheet', '/dist/memorial-card.css'), cspHead));
  await write('csp-hash.html', page(await cli('--lang', 'az'), cspHead));
  await write('csp-hash.csp', await cli('--lang', 'az', '--csp'));
  await write('csp-page.html', (await cli('--lang', 'az', '--page', '--stylesheet', '/dist/memorial-card.css', '--script', '/dist/memorial-card.js')).replace('<head>\n', `<head>\n${recordErrors}`));

  // Every pre-rendered output, for the JavaScript-off tests: the render
  // command's element and whole page, as the CLI prints them.
  const renders = ['az', 'en', 'ru'].flatMap((lang) => [
    [`cli-${lang}.html`, lang, []],
    [`cli-${lang}-compact.html`, lang, ['--layout', 'compact']],
    [`cli-page-${lang}.html`, lang, ['--page']],
    // Out of season on 25 November (3 days before 20 January): hidden, no space.
    [`cli-${lang}-off-season.html`, lang, ['--show-days-before', '3']],
  ]);
  await Promise.all(
    renders.map(async ([name, lang, args]) => {
      const { stdout } = await run(process.execPath, ['dist/ssr/cli.js', 'render', '--lang', lang, '--now', '2026-11-25', ...args], { encoding: 'utf8' });
      await write(name, args.includes('--page') ? stdout : page(stdout));
    }),
  );
}
