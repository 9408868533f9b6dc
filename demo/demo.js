// The demo's configurator: every control sets one attribute on a live card,
// and the snippets below show the markup to paste for each way in.
// The vocabulary comes from the npm build (the script-tag file carries the
// element only), the plain facts of each language from dist/facts.json,
// which the build renders with the card's own template.
import { DEFAULT_LANGUAGE, EMBED_PARAMETERS, LANGUAGES, LAYOUTS, SEASON_DAYS, THEMES, matchLanguage } from '../dist/helpers.js';

const form = document.getElementById('controls');
const stage = document.getElementById('stage');
const list = document.getElementById('snippet-list');
const ATTRIBUTES = EMBED_PARAMETERS;
const version = customElements.get('memorial-card')?.version ?? '0.0.0';
form.elements.base.value = new URL('../dist/', location.href).href;
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
  const base = form.elements.base.value.replace(/\/?$/, '/');
  const tag = `<memorial-card${attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escape(v)}"`)).join('')}>`;
  const element = `${tag}\n${fallback(attrs)}\n</memorial-card>`;
  // The iframe points at the page pre-rendered in the card's language
  // (embed-az.html, …), which carries its language in its name.
  const lang = matchLanguage(attrs.find(([n]) => n === 'lang')?.[1] ?? '')?.messages.lang;
  const page = lang ? `embed-${lang}.html` : 'embed.html';
  const query = new URLSearchParams(attrs.filter(([n]) => !(lang && n === 'lang')).map(([n, v]) => [n, v])).toString();
  const iframe = `<iframe src="${base}${page}${query ? `?${escape(query)}` : ''}" title="Memorial card: the January 20 tragedy" loading="lazy" style="width: 100%; max-width: 40rem; height: 640px; border: 0"></iframe>`;
  const props = attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${v}"`)).join('');
  return [
    ['Module script (recommended)', 'For pages and CMS blocks that keep scripts.',
      `<script type="module" src="${base}memorial-card.js" integrity="${sri['memorial-card.js']}" crossorigin="anonymous"></script>\n${element}`],
    ['Classic script', 'For pages that cannot load modules.',
      `<script src="${base}memorial-card.iife.js" integrity="${sri['memorial-card.iife.js']}" crossorigin="anonymous" defer></script>\n${element}`],
    ['Iframe that sizes itself', 'For CMSs that strip custom elements but keep one script.',
      `${iframe}\n<script src="${base}embed.js" integrity="${sri['embed.js']}" crossorigin="anonymous" defer></script>`],
    ['Iframe alone', 'For CMSs that keep no script at all (Notion, Wix, Squarespace embeds): the height is fixed.', iframe],
    ['npm, with React 19, Vue or Angular', `Not on the npm registry yet: run npm pack in this repository, then npm i ./memorial-card-${version}.tgz in your app (after the first release: npm i memorial-card). Then:`,
      `import 'memorial-card';\n\n// React 19: <memorial-card${props}></memorial-card>\n// Vue: <memorial-card${props}></memorial-card> (compilerOptions.isCustomElement: tag => tag === 'memorial-card')\n// Angular: schemas: [CUSTOM_ELEMENTS_SCHEMA], then <memorial-card${props}></memorial-card>`],
    ['Static HTML, rendered on a server', 'A pre-rendered card that reads without JavaScript and shifts nothing when it comes to life:',
      // --freeze: with --now alone the live card would read the real clock, unlike the element above.
      `# not on npm yet: in this repository, node dist/ssr/cli.js instead of npx memorial-card\nnpx memorial-card render${attrs.map(([n, v]) => (v === '' ? ` --${n}` : ` --${n} ${v}`)).join('')}${attrs.some(([n]) => n === 'now') ? ' --freeze' : ''} > card.html`],
  ];
}

function build() {
  const attrs = attributes();
  const card = document.createElement('memorial-card');
  for (const [name, value] of attrs) card.setAttribute(name, value);
  const width = Number(form.elements.width.value);
  form.elements.widthOut.value = `${width} px`;
  stage.style.width = `${width + 34}px`;
  stage.replaceChildren(card);

  list.replaceChildren(
    ...snippets(attrs).flatMap(([title, note, code]) => {
      const h = document.createElement('h3');
      h.textContent = title;
      const p = document.createElement('p');
      p.textContent = note;
      const pre = document.createElement('pre');
      pre.className = 'snippet';
      pre.textContent = code;
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.textContent = 'Copy';
      copy.addEventListener('click', () => navigator.clipboard?.writeText(code));
      return [h, p, pre, copy];
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
build();
