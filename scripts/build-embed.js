// Writes the pages for iframes, pre-rendered (declarative shadow DOM and
// plain-HTML facts) so they read without JavaScript, then made live by
// memorial-card.js and embed-page.js:
//
// - dist/embed-az.html, embed-en.html, embed-ru.html: one per language, with
//   <html lang>, a title and a description in that language, a <main>.
// - dist/embed.html: embed-en.html plus dist/embed-lang.js, a small classic
//   script in <head> (external, so a strict Content Security Policy allows
//   it) that runs before the body is parsed: when `?lang=` or another
//   parameter asks for a card other than the pre-rendered English one, it sets
//   <html lang> and the title and hides <main> until the live card has
//   rendered, so another language is never shown first. Without JavaScript the
//   page reads in English.
//
// - dist/memorial-card.css: the card's stylesheet (the CSS a pre-rendered
//   card otherwise holds inline), which the pages' shadow roots link, for
//   renderCard's `stylesheet` option and `render --stylesheet` too.
// - dist/embed.css: the pages' own rules (importing memorial-card.css).
//
// Nothing inline, no script, no style: the pages read styled under a Content
// Security Policy of `default-src 'none'; script-src 'self'; style-src 'self'`.
//
// - dist/carnation.svg: the pages' icon.
//
// Also dist/facts.json and dist/sri.json. Run after the rollup builds and tsc.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_LANGUAGE, EMBED_PARAMETERS, LANGUAGES as BUNDLED } from '../dist/helpers.js';
import { cardCss, renderFacts, renderPage } from '../dist/ssr/render.js';

const LANGUAGES = Object.keys(BUNDLED);

writeFileSync('dist/memorial-card.css', cardCss);
// The page's own rules, a file (render-blocking in <head>, so the first paint
// has them) rather than an inline <style>, which a strict CSP drops. It
// imports memorial-card.css, which the card's shadow root links, so that the
// first paint waits for that too: WebKit paints before a stylesheet linked
// from a declarative shadow root has arrived (Chromium and Firefox wait). In
// the page itself the card's rules find nothing to style but margins, which
// are 0 here anyway: they are for the shadow root's classes and :host, and
// the plain facts in the light DOM are not shown while the shadow root is.
// No scrollbar: in an iframe shorter than the card (before embed.js has sized
// it, or at the 4000 px cap) a classic scrollbar would narrow the card, and
// the height it reports would be that of the narrower card, then corrected
// once the scrollbar goes (found in Firefox). The page still scrolls.
writeFileSync('dist/embed.css', '@import url(memorial-card.css);\nhtml,body{margin:0;padding:0;background:transparent}html{scrollbar-width:none}.mc-pending main{visibility:hidden}\n');
const STYLE = '<link rel="stylesheet" href="embed.css">';
// The tab's icon when a page is opened on its own (browsers ask for no icon
// in an iframe): the card's carnation in its light colours, a file beside the
// pages (a data: URL breaks img-src 'self'; without a link the browser asks
// for /favicon.ico, a 404 on a CDN). Written below, from a rendered page.
const head = `<meta name="referrer" content="no-referrer">
<link rel="icon" href="carnation.svg" type="image/svg+xml">
${STYLE}
<script type="module" src="memorial-card.js"></script>
<script type="module" src="embed-page.js"></script>`;

const titles = {};
const pages = {};
for (const lang of LANGUAGES) {
  // Rendered as of the build, never frozen: no `now` on the element, so the
  // live card reads the reader's clock (a `now` in the query still wins).
  const page = await renderPage({ lang, stylesheet: 'memorial-card.css' }, { head });
  if (/<style|\sstyle=/.test(page)) throw new Error(`embed-${lang}.html: nothing may be inline (a strict CSP drops it)`);
  if (/<memorial-card\b[^>]*\snow=/.test(page)) throw new Error(`embed-${lang}.html: the card must not be frozen`);
  titles[lang] = /<title>([^<]*)<\/title>/.exec(page)[1];
  pages[lang] = page;
  // <html lang> is the language of the event's words (English where it has none in `lang`).
  const fixed = page.replace(/^<html lang="([^"]*)">$/m, `<html lang="$1" data-lang-fixed="${lang}">`);
  if (fixed === page) throw new Error(`embed-${lang}.html: no <html lang> to mark`);
  writeFileSync(`dist/embed-${lang}.html`, fixed);
}

writeFileSync('dist/carnation.svg', carnationIcon(pages[DEFAULT_LANGUAGE].match(/<svg class="carnation"[^>]*>[\s\S]*?<\/svg>/)?.[0]));

const picker = `// dist/embed-lang.js: the language picker of dist/embed.html (see scripts/build-embed.js).
(function () {
  var titles = ${JSON.stringify(titles)};
  var query = new URLSearchParams(location.search);
  var root = document.documentElement;
  var lang = query.get('lang');
  var code = '${DEFAULT_LANGUAGE}';
  // The card's own reading of a tag (Intl's canonical form: "rus" is ru, " ru" too, "ru-x" is no tag).
  try {
    var language = new Intl.Locale(Intl.getCanonicalLocales(lang.trim())[0]).language;
    if (Object.prototype.hasOwnProperty.call(titles, language)) code = language;
  } catch (e) {}
  root.lang = code;
  document.title = titles[code];
  var other = ${JSON.stringify(EMBED_PARAMETERS.filter((name) => name !== 'lang'))}.some(function (name) { return query.has(name); });
  if ((lang !== null && code !== '${DEFAULT_LANGUAGE}') || other) root.classList.add('mc-pending');
})();
`;
writeFileSync('dist/embed-lang.js', picker);
const embed = pages[DEFAULT_LANGUAGE].replace(STYLE, `${STYLE}\n<script src="embed-lang.js"></script>`);
if (embed === pages[DEFAULT_LANGUAGE]) throw new Error('embed.html: no place for embed-lang.js');
writeFileSync('dist/embed.html', embed);
console.log(`dist/embed.html, embed-${LANGUAGES.join('/-')}.html: ${LANGUAGES.map((l) => pages[l].length).join(', ')} bytes`);

// The plain facts of each language, the card's own template rendered, for the demo's snippets.
const facts = {};
for (const lang of LANGUAGES) facts[lang] = await renderFacts({ lang });
writeFileSync('dist/facts.json', `${JSON.stringify(facts, null, 2)}\n`);

// Subresource Integrity hashes of the script files, for the demo's snippets.
const sri = {};
for (const file of ['memorial-card.js', 'memorial-card.iife.js', 'embed.js']) {
  sri[file] = `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
}
writeFileSync('dist/sri.json', `${JSON.stringify(sri, null, 2)}\n`);

/**
 * The card's carnation (`markup`, as the card draws it) as a square SVG file
 * in the light theme's colours, read from the card's stylesheet: the leaves
 * in --_leaf, the petals in --_a.
 */
function carnationIcon(markup) {
  const colour = (name) => new RegExp(`\\.card\\{[^}]*--${name}:(#[0-9a-f]+)`).exec(cardCss)?.[1];
  const [leaf, accent] = [colour('_leaf'), colour('_a')];
  if (!markup || !leaf || !accent) throw new Error('carnation.svg: no carnation or colours in the rendered card');
  return `${markup
    .replace(/^<svg[^>]*>/, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-16 0 64 64" fill="${leaf}" stroke="${leaf}">`)
    .replace(/ class="petals[^"]*"/g, ` fill="${accent}" stroke="none"`)}\n`;
}
