// The demo's configurator: every control sets one attribute on a live card,
// and the snippets below show the markup to paste for each way in.
// The vocabulary comes from the npm build (the script-tag file carries the
// element only), the plain facts of each language from dist/facts.json,
// which the build renders with the card's own template.
import { DEFAULT_LANGUAGE, EMBED_PARAMETERS, HEADING_LEVELS, LANGUAGES, LAYOUTS, SEASON_DAYS, THEMES, matchLanguage } from '../dist/helpers.js';

const form = document.getElementById('controls');
const stage = document.getElementById('stage');
const list = document.getElementById('snippet-list');
const ATTRIBUTES = EMBED_PARAMETERS;
const version = customElements.get('memorial-card')?.version ?? '0.0.0';
const LOCAL_BASE = new URL('../dist/', location.href).href;
form.elements.base.value = LOCAL_BASE;
const notes = document.getElementById('snippet-notes');
const stageNote = document.getElementById('stage-note');

// Heights (px) of the embed pages' documents, measured in Chromium at 320,
// 390, 480 and 640 px wide (the widest of 25 November and the anniversary
// day, whose counter line is longer). The fixed height is the 320 px one, so
// the whole card, source line included, shows on any phone; embed.js then
// fits the iframe exactly.
const IFRAME_HEIGHTS = {
  card: { az: [749, 688, 622, 556], en: [822, 684, 666, 596], ru: [838, 749, 690, 620] },
  compact: { az: [198, 153, 131, 108], en: [221, 176, 131, 108], ru: [288, 198, 153, 131] },
};
/** The height for the narrowest phone: of the page's language, or of the tallest (embed.html picks by query or browser). */
const iframeHeight = (layout, lang) =>
  Math.max(...Object.entries(IFRAME_HEIGHTS[layout]).filter(([code]) => !lang || code === lang).map(([, heights]) => heights[0]));
/** Reserves the card's height until the script has run (README: no layout shift when it arrives late). */
const RESERVE = '<style>@media (scripting: enabled) { memorial-card:not(:defined) { display: block; min-height: clamp(34.75em, 58.8em - 60vw, 46.8em) } }</style>\n';

/** The base address if it is an http(s) URL, else undefined. */
function baseUrl() {
  const input = form.elements.base;
  let url;
  try {
    url = new URL(input.value.trim());
  } catch {
    url = undefined;
  }
  const ok = url && (url.protocol === 'https:' || url.protocol === 'http:');
  input.setCustomValidity(ok ? '' : 'An http:// or https:// address, such as https://static.example.org/memorial-card/0.1.0/');
  return ok ? url.href.replace(/\/?$/, '/') : undefined;
}
const sri = await fetch('../dist/sri.json').then((r) => r.json());
const facts = await fetch('../dist/facts.json').then((r) => r.json());

// The controls offer what the vocabulary lists.
const names = new Intl.DisplayNames(['en'], { type: 'language' });
const options = (select, values, label = (value) => value) =>
  select.replaceChildren(...values.map((value) => new Option(label(value), value)));
options(form.elements.lang, [...Object.keys(LANGUAGES), ''], (code) => (code ? `${code} · ${new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? names.of(code)}` : '(none: inherit)'));
form.elements.lang.value = DEFAULT_LANGUAGE;
options(form.elements.theme, THEMES);
form.elements.theme.value = 'auto';
options(form.elements.layout, LAYOUTS);
Object.assign(form.elements['show-days-before'], { min: SEASON_DAYS.min, max: SEASON_DAYS.max });
Object.assign(form.elements['heading-level'], { min: HEADING_LEVELS.min, max: HEADING_LEVELS.max });

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The attributes the controls ask for, defaults left out. */
function attributes() {
  const data = new FormData(form);
  const attrs = [];
  for (const name of ATTRIBUTES) {
    const value = data.get(name);
    if (value && !(name === 'theme' && value === 'auto') && !(name === 'layout' && value === 'card')) {
      attrs.push([name, value]);
    }
  }
  return attrs;
}

/** The facts as plain HTML, for readers without JavaScript and for crawlers: the card's own, rendered by the build. */
function fallback(attrs) {
  const lang = matchLanguage(attrs.find(([n]) => n === 'lang')?.[1] ?? DEFAULT_LANGUAGE)?.messages.lang ?? DEFAULT_LANGUAGE;
  return facts[lang].replace(/^/gm, '  ');
}

function snippets(attrs) {
  const base = baseUrl() ?? 'https://your.cdn/memorial-card/dist/';
  const tag = `<memorial-card${attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escape(v)}"`)).join('')}>`;
  const layout = attrs.find(([n]) => n === 'layout')?.[1] ?? 'card';
  // The reserve is the full card's height: not for the banner, nor for a
  // card that may be out of its season (0 px), where it would shift the page up.
  const seasonal = attrs.some(([n]) => n === 'show-days-before');
  const element = `${layout === 'card' && !seasonal ? RESERVE : ''}${tag}\n${fallback(attrs)}\n</memorial-card>`;
  // The iframe points at the page pre-rendered in the card's language
  // (embed-az.html, …), which carries its language in its name.
  const lang = matchLanguage(attrs.find(([n]) => n === 'lang')?.[1] ?? '')?.messages.lang;
  const page = lang ? `embed-${lang}.html` : 'embed.html';
  const query = new URLSearchParams(attrs.filter(([n]) => !(lang && n === 'lang')).map(([n, v]) => [n, v])).toString();
  const iframe = `<iframe src="${base}${page}${query ? `?${escape(query)}` : ''}" title="Memorial card: the January 20 tragedy" loading="lazy" style="width: 100%; max-width: 40rem; height: ${iframeHeight(layout, lang)}px; border: 0"></iframe>`;
  const props = attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${v}"`)).join('');
  return [
    ['Module script (recommended)', 'For pages and CMS blocks that keep scripts.',
      `<script type="module" src="${base}memorial-card.js" integrity="${sri['memorial-card.js']}" crossorigin="anonymous"></script>\n${element}`],
    ['Classic script', 'For pages that cannot load modules.',
      `<script src="${base}memorial-card.iife.js" integrity="${sri['memorial-card.iife.js']}" crossorigin="anonymous" defer></script>\n${element}`],
    ['Iframe that sizes itself', 'For CMSs that strip custom elements but keep one script.',
      `${iframe}\n<script src="${base}embed.js" integrity="${sri['embed.js']}" crossorigin="anonymous" defer></script>`],
    ['Iframe alone', `For CMSs that keep no script at all (Notion, Wix, Squarespace embeds): the height is fixed, ${iframeHeight(layout, lang)} px, measured to show the whole ${layout === 'compact' ? 'banner' : 'card'} in an iframe 320 px wide (wider iframes leave space below it).`, iframe],
    ['npm, with React 19, Vue or Angular', `Not on the npm registry yet: run npm pack in this repository, then npm i ./memorial-card-${version}.tgz in your app (after the first release: npm i memorial-card). Then:`,
      `import 'memorial-card';\n\n// React 19: <memorial-card${props}></memorial-card>\n// Vue: <memorial-card${props}></memorial-card> (compilerOptions.isCustomElement: tag => tag === 'memorial-card')\n// Angular: schemas: [CUSTOM_ELEMENTS_SCHEMA], then <memorial-card${props}></memorial-card>`],
    ['Static HTML, rendered on a server', 'A pre-rendered card that reads without JavaScript and shifts nothing when it comes to life:',
      // --freeze: with --now alone the live card would read the real clock, unlike the element above.
      `# not on npm yet: in this repository, node dist/ssr/cli.js instead of npx memorial-card\nnpx memorial-card render${attrs.map(([n, v]) => (v === '' ? ` --${n}` : ` --${n} ${v}`)).join('')}${attrs.some(([n]) => n === 'now') ? ' --freeze' : ''} > card.html`],
  ];
}

/** Copies `code`; where the clipboard is not available (no secure context) or refuses, selects it for Ctrl+C. */
async function copy(code, pre, status) {
  try {
    if (!window.isSecureContext || !navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(code);
    status.textContent = 'Copied.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(pre);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = `Selected: press ${/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl'}+C to copy (this page cannot use the clipboard here).`;
  }
  clearTimeout(status.timer);
  status.timer = setTimeout(() => (status.textContent = ''), 4000);
}

/** The words a copied snippet needs: a frozen date, a local address, a bad address. */
function explain(attrs) {
  const lines = [];
  const now = attrs.find(([n]) => n === 'now')?.[1];
  if (now) lines.push(`now="${now}" is set: these snippets freeze the card on ${now} for ever (the render command gets --freeze). Clear the now field above for a live card.`);
  const base = baseUrl();
  if (!base) lines.push('“Files served from” is not an http(s) address: the snippets use https://your.cdn/memorial-card/dist/ until it is.');
  else if (/^https?:\/\/(localhost|127\.|\[::1\])/.test(base)) lines.push(`The addresses point at this dev server (${base}), which only this computer reaches: put where you serve dist/ in “Files served from” before copying.`);
  notes.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
  notes.hidden = !lines.length;
}

function build() {
  const attrs = attributes();
  const card = document.createElement('memorial-card');
  for (const [name, value] of attrs) card.setAttribute(name, value);
  const width = Number(form.elements.width.value);
  stage.style.width = `${width + 34}px`;
  stage.replaceChildren(card);
  // Out of its season the card takes no space: say why the stage is empty.
  const showStageNote = () => {
    const days = card.getAttribute('show-days-before');
    stageNote.hidden = !card.hasAttribute('off-season');
    stageNote.textContent = `Hidden today, as readers would see it: show-days-before="${days}" shows the card only from ${days} days before 20 January through that day. Set “now” to a day in that season to preview it.`;
  };
  card.updateComplete.then(showStageNote);
  card.addEventListener('memorial-card-change', showStageNote);
  // The label says the width the card really has: a phone's screen is narrower than the slider's range.
  const shown = Math.round(card.getBoundingClientRect().width);
  form.elements.widthOut.value = shown && shown < width ? `${shown} px (${width} asked; the screen is narrower)` : `${width} px`;
  explain(attrs);

  list.replaceChildren(
    ...snippets(attrs).flatMap(([title, note, code]) => {
      const h = document.createElement('h3');
      h.textContent = title;
      const p = document.createElement('p');
      p.textContent = note;
      const pre = document.createElement('pre');
      pre.className = 'snippet';
      pre.textContent = code;
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Copy';
      const status = document.createElement('span');
      status.className = 'copy-status';
      status.setAttribute('role', 'status');
      button.addEventListener('click', () => copy(code, pre, status));
      return [h, p, pre, button, status];
    }),
  );
}

// Re-theming: each control is one custom property on the themed card.
const themeForm = document.getElementById('theme-controls');
const themed = document.getElementById('themed');
const themeCss = document.getElementById('theme-css');
function retheme() {
  const lines = [];
  for (const control of themeForm.elements) {
    if (!control.name) continue;
    const value = control.value && control.value !== control.defaultValue ? `${control.value}${control.dataset.unit ?? ''}` : '';
    themed.style.setProperty(control.name, value || null);
    if (value) lines.push(`  ${control.name}: ${value};`);
  }
  themeCss.textContent = lines.length ? `memorial-card {\n${lines.join('\n')}\n}` : '/* the defaults */';
}
themeForm.addEventListener('input', retheme);
themeForm.addEventListener('reset', () => setTimeout(retheme));
retheme();

document.title = `<memorial-card> ${version} demo`;
form.addEventListener('input', build);
form.addEventListener('change', build);
addEventListener('resize', build);
build();
