/**
 * The script of the iframe pages (dist/embed.html, dist/embed-az.html, …).
 * It copies the known query parameters onto the card (the card validates
 * them as attributes and warns about bad ones), warns about unknown ones (each
 * name once, at most MAX_WARNINGS, names cut short), shows the card once it
 * is live when dist/embed-lang.js hid it, and tells the parent its height.
 */
import { EMBED_PARAMETERS } from '../attribute-names.js';
import { quoted } from '../describe.js';
import { HEIGHT_MESSAGE } from './protocol.js';

/** The query parameters the pages take: the element's attributes. */
const PARAMETERS: readonly string[] = EMBED_PARAMETERS;
/** The most warnings about the query one page prints, a summary line aside. */
const MAX_WARNINGS = 5;


const root = document.documentElement;
const card = document.querySelector('memorial-card');
const query = new URLSearchParams(location.search);
/** The per-language pages carry their language in the file name. */
const fixedLang = root.getAttribute('data-lang-fixed');

if (card) {
  for (const name of PARAMETERS) {
    const value = query.get(name);
    if (value === null || (name === 'lang' && fixedLang)) continue;
    card.setAttribute(name, value);
  }
}

const warnings: string[] = [];
if (fixedLang && query.has('lang')) {
  warnings.push(`memorial-card embed: this page is in ${fixedLang}; the "lang" parameter is ignored (each language has its page: embed-${fixedLang}.html and its siblings).`);
}
const unknown = new Set<string>();
for (const name of query.keys()) {
  if (!PARAMETERS.includes(name)) unknown.add(name);
}
const room = MAX_WARNINGS - warnings.length;
let listed = 0;
for (const name of unknown) {
  if (listed === room) break;
  warnings.push(`memorial-card embed: unknown parameter ${quoted(name)} ignored.`);
  listed++;
}
const left = unknown.size - listed;
for (const warning of warnings) console.warn(warning);
if (left > 0) console.warn(`memorial-card embed: ${left} more unknown parameter${left === 1 ? '' : 's'} ignored.`);

// embed-lang.js hides the pre-rendered card when the query asks for another
// one; show it once the live card has rendered (or after 3 s whatever happens).
if (root.classList.contains('mc-pending')) {
  const show = () => root.classList.remove('mc-pending');
  setTimeout(show, 3000);
  customElements
    .whenDefined('memorial-card')
    .then(() => (card as (Element & { updateComplete?: Promise<unknown> }) | null)?.updateComplete)
    .then(show, show);
}

let sent = -1;
function postHeight(): void {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === sent || window.parent === window) return;
  sent = height;
  // Only a number leaves the frame; any page may read it.
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
}
new ResizeObserver(postHeight).observe(root);
addEventListener('load', postHeight);
