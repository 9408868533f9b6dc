// Builds dist/memorial-card-wordpress.zip, the WordPress plugin, from
// wordpress/memorial-card/ (PHP, block.json, readme.txt) and the built
// package: dist/memorial-card.js (the element), the block editor's script
// (wordpress/src/editor.ts, its types removed here), and the card's
// vocabulary and words, which the plugin does not repeat by hand. Run after
// rollup, tsc and cem; `npm run build` does. The plugin's version is
// package.json's.
//
// Written into the zip only (never committed, so nothing can drift):
// - includes/vocabulary.php: memorial_card_vocabulary(), the languages with
//   their own names, the themes, the layouts, their defaults and the range
//   of days, from dist/helpers.js (src/attributes.ts) and the element's
//   documented defaults in custom-elements.json.
// - includes/facts.php: memorial_card_facts_html( $lang ), the plain facts
//   of each language, the card's own template (src/templates.ts) rendered
//   by dist/ssr/render.js's renderFacts.
// - block.json: the committed file with the `enum` and `default` of `theme`
//   and `layout` written in.
// - `{{…}}` placeholders in the text files (the plugin header, readme.txt)
//   replaced by the same lists, in words.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import ts from 'typescript';
import { extract, extractBlockJson, jed, jedName, key, merge, mo, parsePo, pot } from './wordpress-i18n.js';
import { DEFAULT_LANGUAGE, LANGUAGES, LAYOUTS, SEASON_DAYS, THEMES } from '../dist/helpers.js';

/** As the element decides (src/time/calendar.ts's isValidTimeZone: Intl knows the zone). */
const isValidTimeZone = (zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
import { renderFacts } from '../dist/ssr/render.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'wordpress/memorial-card');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// --- The vocabulary -------------------------------------------------------------

/**
 * Where CLDR's name of a language in itself reads as something else in a
 * list of languages: Azerbaijani's "azərbaycan" is also the country's name,
 * and its readers name the language «Azərbaycan dili».
 */
const AUTONYMS = { az: 'azərbaycan dili' };

/** A language's name in itself, capitalised as a UI label is ("русский" → "Русский"); the code when Intl has no name. */
function autonym(code) {
  const name = AUTONYMS[code] ?? new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
  if (!name) return code;
  const [first, ...rest] = name;
  return first.toLocaleUpperCase(code) + rest.join('');
}

/** The element's documented default of one attribute (custom-elements.json, from its JSDoc and initialisers). */
function elementDefault(attribute, allowed) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'memorial-card');
  const text = element?.attributes?.find((a) => a.name === attribute)?.default;
  const value = /^'([^'\\]*)'$/.exec(text ?? '')?.[1];
  if (!allowed.includes(value)) throw new Error(`custom-elements.json: ${attribute}'s default ${text} is not one of ${allowed.join(', ')}`);
  return value;
}

const codes = Object.keys(LANGUAGES);
const vocabulary = {
  languages: Object.fromEntries(codes.map((code) => [code, autonym(code)])),
  default_language: DEFAULT_LANGUAGE,
  themes: [...THEMES],
  default_theme: elementDefault('theme', THEMES),
  layouts: [...LAYOUTS],
  default_layout: elementDefault('layout', LAYOUTS),
  days: { min: SEASON_DAYS.min, max: SEASON_DAYS.max },
  // Files of the tz database that PHP (with the system's tzdata, as
  // Debian's) lists among its zones but that are no time zone: the element
  // (Intl) refuses them, and so does the plugin. Checked against Intl below.
  not_time_zones: ['Factory', 'leapseconds', 'localtime', 'posixrules', 'tzdata.zi'],
};
for (const zone of vocabulary.not_time_zones) {
  if (isValidTimeZone(zone)) throw new Error(`not_time_zones: the element accepts ${zone}; take it off the list`);
}
// What the PHP relies on: language codes its sanitiser can match, values
// that are safe as attribute values and class names, a whole-number range.
for (const code of codes) if (!/^[a-z]{2,8}$/.test(code)) throw new Error(`LANGUAGES: ${JSON.stringify(code)} is not a bare language code`);
if (!codes.includes(DEFAULT_LANGUAGE)) throw new Error(`DEFAULT_LANGUAGE ${DEFAULT_LANGUAGE} is not in LANGUAGES`);
for (const value of [...THEMES, ...LAYOUTS]) if (!/^[a-z][a-z0-9-]*$/.test(value)) throw new Error(`THEMES/LAYOUTS: ${JSON.stringify(value)} is not a lower-case word`);
if (!Number.isInteger(SEASON_DAYS.min) || !Number.isInteger(SEASON_DAYS.max) || SEASON_DAYS.min < 0 || SEASON_DAYS.min > SEASON_DAYS.max) {
  throw new Error(`SEASON_DAYS ${JSON.stringify(SEASON_DAYS)} is not a range of whole days`);
}

// --- PHP ------------------------------------------------------------------------

/**
 * A PHP literal: a single-quoted string (in which only `\` and `'` are
 * special, so exactly those are escaped), an integer, or an array written
 * out with one item a line, indented with tabs from `depth`.
 */
function php(value, depth = 0) {
  if (typeof value === 'string') return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
  if (Number.isInteger(value)) return String(value);
  if (Array.isArray(value)) return `array( ${value.map((item) => php(item, depth)).join(', ')} )`;
  if (value && typeof value === 'object') {
    const pad = '\t'.repeat(depth + 1);
    const width = Math.max(...Object.keys(value).map((key) => php(key).length));
    const items = Object.entries(value).map(([key, item]) => `${pad}${php(key).padEnd(width)} => ${php(item, depth + 1)},`);
    return `array(\n${items.join('\n')}\n${'\t'.repeat(depth)})`;
  }
  throw new TypeError(`no PHP literal for ${JSON.stringify(value)}`);
}

/** The header lines that say a file is generated, and from what (`from`: comment lines, without the ` * `). */
const generated = (...from) =>
  [' * Generated by scripts/build-wordpress.js from', ...from, 'Do not edit: every build rewrites it; it is not in the repository.']
    .map((line, i) => (i ? ` * ${line}` : line))
    .join('\n');

const vocabularyPhp = `<?php
/**
 * The card's vocabulary: the bundled languages with their own names, the
 * themes, the layouts, their defaults and the range of show-days-before.
 *
${generated(
  'dist/helpers.js: LANGUAGES, DEFAULT_LANGUAGE, THEMES, LAYOUTS and',
  "SEASON_DAYS of the memorial-card package's src/attributes.ts; each",
  "language's name in itself from Node's Intl.DisplayNames (AUTONYMS where",
  "it reads as something else, such as az); the theme's",
  "and layout's defaults from custom-elements.json (the element's own).",
)}
 *
 * @package MemorialCard
 */

defined( 'ABSPATH' ) || exit;

/**
 * The card's vocabulary.
 *
 * @return array{languages: array<string, string>, default_language: string, themes: string[], default_theme: string, layouts: string[], default_layout: string, days: array{min: int, max: int}, not_time_zones: string[]}
 */
function memorial_card_vocabulary() {
	return ${php(vocabulary, 1)};
}
`;

/**
 * The same facts as phrasing content only, for a card inside running text
 * (a shortcode in a paragraph), where a <p> or <ul> would close the
 * paragraph: each paragraph, list and item becomes a <span>, and the parts
 * are joined with the template's own " · ". Every other tag (strong, b,
 * bdi, time) is phrasing already; anything else is refused.
 */
function phrasing(html, code) {
  const out = html
    .replace(/<\/li><li>/g, '</span> · <span>')
    .replace(/<\/p><ul([^>]*)><li>/g, '</span> · <span$1><span>')
    .replace(/<\/li><\/ul><p([^>]*)>/g, '</span></span> · <span$1>')
    .replace(/<(\/?)p\b/g, '<$1span');
  const tags = new Set([...out.matchAll(/<\/?([a-z0-9-]+)/g)].map((m) => m[1]));
  const unexpected = [...tags].filter((tag) => !['span', 'strong', 'b', 'bdi', 'time'].includes(tag));
  if (unexpected.length) throw new Error(`renderFacts({ lang: '${code}' }): no phrasing form for <${unexpected.join('>, <')}>`);
  return out;
}

const facts = {};
const inlineFacts = {};
for (const code of codes) {
  const html = await renderFacts({ lang: code });
  // One line, so that wpautop finds no line to break inside the card.
  if (/[\r\n]/.test(html)) throw new Error(`renderFacts({ lang: '${code}' }) has a line break`);
  facts[code] = html;
  inlineFacts[code] = phrasing(html, code);
}
const factsPhp = `<?php
/**
 * The card's facts as plain HTML, in each language: what a reader sees
 * before the script runs, without JavaScript and in feeds. Each is on one
 * line, so wpautop finds no line to break.
 *
${generated(
  'dist/ssr/render.js: renderFacts({ lang }) for each language of',
  "LANGUAGES, the plain facts of the card's own template (factsTemplate",
  "in the memorial-card package's src/templates.ts), and the same as",
  'phrasing content (spans) for a card inside running text.',
)}
 *
 * @package MemorialCard
 */

defined( 'ABSPATH' ) || exit;

/**
 * The facts as HTML, in one language (the default language for one not bundled).
 *
 * @param string $lang     A language code of memorial_card_vocabulary().
 * @param bool   $phrasing Phrasing content only (spans), for a card inside running text.
 * @return string
 */
function memorial_card_facts_html( $lang, $phrasing = false ) {
	$facts = $phrasing ? ${php(inlineFacts, 1)} : ${php(facts, 1)};
	return isset( $facts[ $lang ] ) ? $facts[ $lang ] : $facts[${php(DEFAULT_LANGUAGE)}];
}
`;

// --- block.json and the text files -----------------------------------------------

/** The committed block.json with the allowed values and defaults of `theme` and `layout` written in. */
function blockJson(text) {
  const block = JSON.parse(text);
  for (const [name, values, fallback] of [
    ['theme', vocabulary.themes, vocabulary.default_theme],
    ['layout', vocabulary.layouts, vocabulary.default_layout],
  ]) {
    if (!block.attributes?.[name]) throw new Error(`block.json: no attribute ${name}`);
    block.attributes[name] = { ...block.attributes[name], enum: values, default: fallback };
  }
  return `${json(block)}\n`;
}

/**
 * JSON as WordPress writes block.json: tabs, and an array or object of
 * plain values on one line with spaces inside the brackets when it fits.
 */
function json(value, depth = 0) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Array.isArray(value) ? value.map((item) => [null, item]) : Object.entries(value);
  if (entries.length === 0) return Array.isArray(value) ? '[]' : '{}';
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const item = ([key, item], d) => `${key === null ? '' : `${JSON.stringify(key)}: `}${json(item, d)}`;
  const flat = entries.every(([, v]) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')));
  const line = `${open} ${entries.map((entry) => item(entry, depth)).join(', ')} ${close}`;
  if (depth > 0 && flat && line.length <= 90) return line;
  const pad = '\t'.repeat(depth + 1);
  return `${open}\n${entries.map((entry) => `${pad}${item(entry, depth + 1)}`).join(',\n')}\n${'\t'.repeat(depth)}${close}`;
}

// In the English of the plugin's own texts: "Azerbaijani, English and Russian".
const english = new Intl.DisplayNames(['en-GB'], { type: 'language', fallback: 'code' });
const listOf = (type) => new Intl.ListFormat('en-GB', { type, style: 'long' });
const codesList = (values) => values.map((value) => `\`${value}\``).join(', ');
const placeholders = {
  'languages and': listOf('conjunction').format(codes.map((code) => english.of(code))),
  'languages or': listOf('disjunction').format(codes.map((code) => english.of(code))),
  'lang values': codesList(codes),
  'theme values': codesList(vocabulary.themes),
  'layout values': codesList(vocabulary.layouts),
  'days min': String(vocabulary.days.min),
  'days max': String(vocabulary.days.max),
};

/** A text file as it goes into the zip: the version written in, `{{…}}` filled. */
function prepare(path, text) {
  if (path === 'memorial-card.php') {
    text = text
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(/define\( 'MEMORIAL_CARD_VERSION', '[^']*' \)/, `define( 'MEMORIAL_CARD_VERSION', '${version}' )`);
  }
  if (path === 'readme.txt') text = text.replace(/^(Stable tag:\s+).*$/m, `$1${version}`);
  if (path === 'block.json') text = blockJson(text);
  return text.replace(/\{\{([^{}]*)\}\}/g, (all, name) => {
    if (!Object.hasOwn(placeholders, name)) throw new Error(`${path}: unknown placeholder ${all}`);
    return placeholders[name];
  });
}

// --- The zip ----------------------------------------------------------------------

/** Every file under dir, as paths relative to it, sorted. */
function walk(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path).map((p) => join(name, p)) : [name];
    })
    .sort();
}

const encode = (text) => new TextEncoder().encode(text);
const files = {};
for (const path of walk(source)) {
  if (path.split('/').some((part) => part.startsWith('.'))) continue;
  files[`memorial-card/${path}`] = encode(prepare(path, readFileSync(join(source, path), 'utf8')));
}
for (const [path, text] of [
  ['includes/vocabulary.php', vocabularyPhp],
  ['includes/facts.php', factsPhp],
]) {
  if (files[`memorial-card/${path}`]) throw new Error(`wordpress/memorial-card/${path} is generated: remove the committed copy`);
  files[`memorial-card/${path}`] = encode(text);
}
files['memorial-card/assets/memorial-card.js'] = readFileSync(join(root, 'dist/memorial-card.js'));
// The editor's script, not minified: readable as shipped (the plugin
// directory's guideline 4), and its __( 'text', 'memorial-card' ) calls are
// what the .pot extraction reads. TypeScript only removes the types.
const editorSource = readFileSync(join(root, 'wordpress/src/editor.ts'), 'utf8');
const editorJs = ts.transpileModule(editorSource, {
  compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: false },
}).outputText.replace(/^export \{\};\s*$/m, '');
files['memorial-card/assets/editor.js'] = encode(`/* memorial-card block editor script, from wordpress/src/editor.ts (types removed). GPL-2.0-or-later. */\n(() => {\n${editorJs.trim()}\n})();\n`);
files['memorial-card/src/editor.ts'] = encode(editorSource);
// What block.json's file-based editorScript needs beside it: the wp.* scripts it uses, the version.
const editorGlobals = [...new Set([...editorSource.matchAll(/^const \{ ([\w, ]+) \} = window\.wp;$/gm)].flatMap((m) => m[1].split(/,\s*/)))];
if (editorGlobals.length === 0) throw new Error('wordpress/src/editor.ts: no `const { … } = window.wp;` line to take its dependencies from');
const handle = (name) => `wp-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
files['memorial-card/assets/editor.asset.php'] = encode(
  `<?php\n// Generated by scripts/build-wordpress.js from the wp.* globals src/editor.ts reads.\nreturn array( 'dependencies' => array( ${editorGlobals.map((g) => `'${handle(g)}'`).join(', ')} ), 'version' => '${version}' );\n`,
);
files['memorial-card/assets/LICENSES.txt'] = encode(
  [
    'assets/memorial-card.js is the build of the memorial-card package, with Lit inside.',
    'The plugin as a whole is GPL-2.0-or-later; both licences below are compatible with it.',
    '',
    '== memorial-card (MIT) ==',
    readFileSync(join(root, 'LICENSE'), 'utf8').trim(),
    '',
    '== Lit (BSD-3-Clause) ==',
    readFileSync(join(root, 'node_modules/lit/LICENSE'), 'utf8').trim(),
    '',
  ].join('\n'),
);

// --- Translations -------------------------------------------------------------------

// The strings, from the sources as they are (the editor's TypeScript, not
// the shipped file), into languages/memorial-card.pot; each committed .po
// must translate every one of them, and becomes a .mo and the editor's JSON.
const domain = 'memorial-card';
const extracted = [];
for (const path of walk(source).filter((p) => p.endsWith('.php'))) extracted.push(...extract(readFileSync(join(source, path), 'utf8'), path, domain));
const editorEntries = extract(editorSource, 'src/editor.ts', domain);
extracted.push(...editorEntries, ...extractBlockJson(JSON.parse(readFileSync(join(source, 'block.json'), 'utf8')), 'block.json'));
const strings = merge(extracted);
files[`memorial-card/languages/${domain}.pot`] = encode(pot(strings, { name: 'Memorial card', version, domain }));
const editorKeys = new Set(editorEntries.map(key));
const poDir = join(source, 'languages');
const locales = [];
for (const name of readdirSync(poDir).filter((n) => n.endsWith('.po'))) {
  const locale = name.slice(domain.length + 1, -3);
  const po = parsePo(readFileSync(join(poDir, name), 'utf8'));
  const translated = new Map(po.entries.filter((e) => e.msgstr?.length && e.msgstr.every(Boolean)).map((e) => [key(e), e]));
  const missing = strings.filter((s) => !translated.has(key(s)) || (s.plural && !translated.get(key(s)).plural));
  const obsolete = po.entries.filter((e) => !strings.some((s) => key(s) === key(e)));
  if (missing.length || obsolete.length) {
    throw new Error(
      `wordpress/memorial-card/languages/${name}: ${missing.length} untranslated (${missing.map((s) => JSON.stringify(s.msgid)).join(', ')}), ${obsolete.length} not in the sources (${obsolete.map((e) => JSON.stringify(e.msgid)).join(', ')})`,
    );
  }
  files[`memorial-card/languages/${domain}-${locale}.mo`] = mo(po);
  files[`memorial-card/languages/${jedName(domain, locale, 'assets/editor.js')}`] = encode(jed(po, editorKeys));
  locales.push(locale);
}

// A fixed date and a fixed order, so that the same sources give the same zip.
const mtime = new Date('2026-01-20T00:00:00Z');
const zip = zipSync(
  Object.fromEntries(
    Object.keys(files)
      .sort()
      .map((name) => [name, [files[name], { mtime, level: 9 }]]),
  ),
);
const out = join(root, 'dist/memorial-card-wordpress.zip');
writeFileSync(out, zip);
console.log(
  `${relative(root, out)}: ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} KB; ` +
    `${strings.length} strings, translated into ${locales.join(', ')}; ` +
    `languages ${codes.join(', ')}; themes ${vocabulary.themes.join(', ')}; layouts ${vocabulary.layouts.join(', ')}; days ${vocabulary.days.min}-${vocabulary.days.max}`,
);
