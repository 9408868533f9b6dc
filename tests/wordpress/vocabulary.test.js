// The WordPress plugin reads the card's vocabulary, never a copy of it: a
// language is one new file in src/i18n/ and its name in LANGUAGES, a theme
// one word in THEMES (both in src/attributes.ts), and the built plugin
// offers it everywhere with no edit under wordpress/. In a throwaway copy of
// the repository (node_modules linked), this adds the language `xx` (en.ts
// with lang 'xx', locale 'en') and the theme `sepia`, runs `npm run build`,
// and reads the zip it makes: the generated files as text, and, where PHP is
// installed, the plugin's own functions run with a few WordPress stand-ins
// (no WordPress, no database).
//
//   node --test tests/wordpress/vocabulary.test.js
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hasPhp = spawnSync('php', ['--version']).status === 0;
const LANGUAGE = 'xx';
const THEME = 'sepia';

/** Replaces the one match of `pattern` in `text`, or throws (the source changed shape). */
function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`${what}: expected one match of ${pattern}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

/** The lines of `after` that are not in `before`, and how many of `before` are gone. */
function lineDiff(beforeText, afterText) {
  const old = beforeText.split('\n');
  const next = afterText.split('\n');
  return { added: next.filter((line) => !old.includes(line)), removed: old.filter((line) => !next.includes(line)).length };
}

const copy = mkdtempSync(join(tmpdir(), 'memorial-card-vocabulary-'));
after(() => rmSync(copy, { recursive: true, force: true }));
/** The plugin's files in the copy's zip, by path under memorial-card/, as text. */
const plugin = {};
const edits = {};
let buildSeconds = 0;

before(() => {
  cpSync(root, copy, {
    recursive: true,
    filter: (path) => !/^(?:node_modules|\.git|dist|tmp|screenshots)(?:\/|$)/.test(relative(root, path)),
  });
  symlinkSync(realpathSync(join(root, 'node_modules')), join(copy, 'node_modules'));

  // The language: one new file...
  const en = readFileSync(join(copy, 'src/i18n/en.ts'), 'utf8');
  let xx = replaceOnce(en, /lang: '[^']*'/, `lang: '${LANGUAGE}'`, 'en.ts');
  xx = replaceOnce(xx, /locale: '[^']*'/, "locale: 'en'", 'en.ts');
  writeFileSync(join(copy, `src/i18n/${LANGUAGE}.ts`), xx);
  // ...and its line in LANGUAGES (with its import); the theme: one word in THEMES.
  const attributesPath = join(copy, 'src/attributes.ts');
  const original = readFileSync(attributesPath, 'utf8');
  let attributes = replaceOnce(original, /^(import ru from '\.\/i18n\/ru\.js';)$/m, `$1\nimport ${LANGUAGE} from './i18n/${LANGUAGE}.js';`, 'attributes.ts');
  attributes = replaceOnce(attributes, /(export const LANGUAGES\b[^=]*= \{[^}]*?)\s*\}/, `$1, ${LANGUAGE} }`, 'attributes.ts');
  attributes = replaceOnce(attributes, /(export const THEMES = \[[^\]]*?)\]/, `$1, '${THEME}']`, 'attributes.ts');
  writeFileSync(attributesPath, attributes);
  edits['src/attributes.ts'] = lineDiff(original, attributes);
  edits[`src/i18n/${LANGUAGE}.ts`] = { added: xx.split('\n'), removed: 0 };

  const started = Date.now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: copy, encoding: 'utf8', timeout: 600_000 });
  buildSeconds = (Date.now() - started) / 1000;
  assert.equal(build.status, 0, `npm run build in the copy failed:\n${build.stdout.slice(-2000)}\n${build.stderr.slice(-4000)}`);

  const zip = unzipSync(readFileSync(join(copy, 'dist/memorial-card-wordpress.zip')));
  for (const [name, data] of Object.entries(zip)) {
    if (name.startsWith('memorial-card/') && !name.endsWith('/')) plugin[name.slice('memorial-card/'.length)] = new TextDecoder().decode(data);
  }
  const out = join(copy, 'unzipped');
  for (const [name, data] of Object.entries(zip)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), data);
  }
});

/**
 * The plugin's own functions, run by PHP against the unzipped plugin with a
 * few WordPress stand-ins: what the settings page prints, the editor's
 * config, and what the sanitisers keep.
 */
function runPlugin() {
  const harness = join(copy, 'harness.php');
  writeFileSync(
    harness,
    `<?php
define( 'ABSPATH', '/' );
function add_action() {}
function add_filter() {}
function wp_enqueue_script() {}
function plugin_basename( $file ) { return basename( dirname( $file ) ) . '/' . basename( $file ); }
function plugins_url( $path ) { return 'http://example.test/wp-content/plugins/memorial-card/' . $path; }
function add_query_arg( $key, $value, $url ) { return $url . '?' . $key . '=' . $value; }
function get_option( $name, $fallback = false ) { return array(); }
function get_locale() { return 'en_US'; }
function __( $text ) { return $text; }
function esc_html__( $text ) { return $text; }
function esc_html( $text ) { return htmlspecialchars( $text, ENT_QUOTES ); }
function esc_attr( $text ) { return htmlspecialchars( $text, ENT_QUOTES ); }
function selected( $a, $b, $echo ) { return (string) $a === (string) $b ? ' selected="selected"' : ''; }
function checked( $a, $b, $echo ) { return $a === $b ? ' checked="checked"' : ''; }
require ${JSON.stringify(join(copy, 'unzipped/memorial-card/memorial-card.php'))};
$printed = function ( $field ) { ob_start(); call_user_func( $field ); return ob_get_clean(); };
echo json_encode(
	array(
		'vocabulary'    => memorial_card_vocabulary(),
		'editor'        => memorial_card_editor_config( 'memorial-card.js' ),
		'settingsLang'  => $printed( 'memorial_card_field_lang' ),
		'settingsTheme' => $printed( 'memorial_card_field_theme' ),
		'settingsDays'  => $printed( 'memorial_card_field_days' ),
		'lang'          => array( memorial_card_sanitize_lang( '${LANGUAGE}-YY' ), memorial_card_sanitize_lang( 'zz' ) ),
		'theme'         => array( memorial_card_sanitize_theme( '${THEME}' ), memorial_card_sanitize_theme( 'blue' ) ),
		'facts'         => memorial_card_facts_html( '${LANGUAGE}' ),
		'markup'        => memorial_card_markup( array( 'lang' => '${LANGUAGE}', 'theme' => '${THEME}' ) ),
	)
);
`,
  );
  const result = spawnSync('php', [harness], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  return JSON.parse(result.stdout);
}

describe(`a language (${LANGUAGE}) and a theme (${THEME}) added to src/attributes.ts only`, { timeout: 900_000 }, () => {
  let php;
  before(() => {
    if (hasPhp) php = runPlugin();
  });

  it('take one new file and two lines of src/attributes.ts (the import and LANGUAGES), and one word of THEMES', (t) => {
    const { added, removed } = edits['src/attributes.ts'];
    t.diagnostic(`npm run build in the copy: ${buildSeconds.toFixed(1)} s`);
    t.diagnostic(`src/attributes.ts, lines changed or added:\n${added.map((line) => `  + ${line}`).join('\n')}`);
    assert.equal(added.length, 3, added.join('\n'));
    assert.equal(removed, 2, 'two lines changed (LANGUAGES, THEMES), one added (the import)');
  });

  it('includes/vocabulary.php is generated with both, and says so', () => {
    const text = plugin['includes/vocabulary.php'];
    assert.match(text, /Generated by scripts\/build-wordpress\.js from/);
    assert.match(text, new RegExp(`'${LANGUAGE}'\\s*=> '${LANGUAGE}',`), 'xx, named by its code (Intl has no name for it)');
    assert.match(text, /'az'\s*=> 'Azərbaycan dili',/);
    assert.match(text, /'ru'\s*=> 'Русский',/);
    assert.match(text, new RegExp(`'themes'\\s*=> array\\( 'light', 'dark', 'auto', '${THEME}' \\)`));
    assert.match(text, /'min' => 0,\s*'max' => 366,/);
  });

  it('includes/facts.php has the facts of xx, in English words (the event has none in xx), each on one line', () => {
    const text = plugin['includes/facts.php'];
    assert.match(text, /Generated by scripts\/build-wordpress\.js from/);
    const xx = text.split('\n').find((line) => line.trimStart().startsWith(`'${LANGUAGE}' => `));
    assert.ok(xx, 'a line for xx');
    assert.match(xx, /The January\s20\stragedy/);
  });

  it("block.json offers the theme, and lists no languages (the server matches them, 'ru-RU' included)", () => {
    const { attributes } = JSON.parse(plugin['block.json']);
    assert.deepEqual(attributes.theme.enum, ['light', 'dark', 'auto', THEME]);
    assert.equal(attributes.theme.default, 'auto');
    assert.deepEqual(attributes.layout.enum, ['card', 'compact']);
    assert.equal(attributes.lang.enum, undefined);
  });

  it('readme.txt lists both', () => {
    assert.match(plugin['readme.txt'], new RegExp(`\`lang\` \\(\`az\`, \`en\`, \`ru\`, \`${LANGUAGE}\`;`));
    assert.match(plugin['readme.txt'], new RegExp(`\`theme\` \\(\`light\`, \`dark\`, \`auto\`, \`${THEME}\`\\)`));
    assert.doesNotMatch(plugin['readme.txt'] + plugin['memorial-card.php'], /\{\{/);
  });

  it('the block editor script holds no language, name or range of its own', () => {
    assert.doesNotMatch(plugin['assets/editor.js'], /Azərbaycan|Русский|"az"|'az'|366/);
  });

  it('the editor config offers both', { skip: !hasPhp && 'php is not installed' }, () => {
    assert.deepEqual(
      php.editor.languages.map(({ code }) => code),
      ['az', 'en', 'ru', LANGUAGE],
    );
    assert.deepEqual(php.editor.languages.at(-1), { code: LANGUAGE, name: LANGUAGE });
    assert.deepEqual(php.editor.themes.at(-1), { value: THEME, label: THEME }, 'a theme without a label shows its value');
    assert.deepEqual(php.editor.themes.find(({ value }) => value === 'dark'), { value: 'dark', label: 'Dark' });
    assert.deepEqual(php.editor.days, { min: 0, max: 366 });
  });

  it('the settings page lists both, and the range of days', { skip: !hasPhp && 'php is not installed' }, () => {
    assert.match(php.settingsLang, new RegExp(`<option value="${LANGUAGE}">${LANGUAGE}</option>`));
    assert.match(php.settingsLang, /<option value="az">Azərbaycan dili<\/option>/);
    assert.match(php.settingsTheme, new RegExp(`<option value="${THEME}">${THEME}</option>`));
    assert.match(php.settingsTheme, /<option value="auto" selected="selected">Auto/);
    assert.match(php.settingsDays, /min="0" max="366"/);
  });

  it('the PHP takes them, and prints the card with them', { skip: !hasPhp && 'php is not installed' }, () => {
    assert.deepEqual(php.lang, [LANGUAGE, '']);
    assert.deepEqual(php.theme, [THEME, 'auto']);
    assert.doesNotMatch(php.facts, /[\r\n]/);
    assert.match(php.markup, new RegExp(`^<memorial-card lang="${LANGUAGE}" theme="${THEME}" layout="card"><p lang="en">`));
  });
});
