// `memorial-card render`, the command a consumer runs with npx: the built,
// bundled dist/ssr/cli.js (run `npm run build` first). Every error is one
// line on stderr with a non-zero exit code; of a --data file it names at
// most keys, escaped and cut short, never a value.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, describe, it } from 'node:test';
import { jsonErrorOffset } from '../../dist/ssr/json-error.js';
import { namesRead as base } from '../support/event.js';

// MEMORIAL_CARD_CLI: another build of the command, e.g. to watch these tests fail on a broken one.
const CLI = process.env.MEMORIAL_CARD_CLI ?? new URL('../../dist/ssr/cli.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'memorial-card-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'mc-secret-7d1f0a';
/** Runs the command; a hang fails the test instead of the suite. */
const run = (args, env = {}) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, ...env } });
  assert.equal(result.error, undefined, `the command finished (${result.error?.code})`);
  return result;
};
/** Asserts a failure: non-zero exit, nothing on stdout, one line on stderr matching `pattern`, no secret, nothing a terminal acts on. */
const fails = ({ status, stdout, stderr }, pattern) => {
  assert.notEqual(status, 0);
  assert.equal(stdout, '');
  assert.match(stderr, /^memorial-card: [^\n]+\n$/, 'one line');
  assert.match(stderr, pattern);
  assert.ok(!stderr.includes(SECRET), 'no value from the file in the message');
  assert.doesNotMatch(stderr.slice(0, -1), /[\p{C}\p{Zl}\p{Zp}]/u, 'no control, format or separator character (ESC, CSI, a bidi override, U+2028)');
};
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const example = { ...base, text: { en: { ...base.text.en, title: 'An example </script> memorial' } } };

describe('memorial-card render', () => {
  it('prints the pre-rendered card, as of --now but live: no now attribute', () => {
    const { status, stdout, stderr } = run(['render', '--lang', 'en', '--now', '2026-01-20']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<memorial-card lang="en"><template shadowrootmode="open">/);
    assert.match(stdout.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), /36th anniversary today/);
  });

  it('writes now onto the element with --freeze', () => {
    const { status, stdout, stderr } = run(['render', '--lang', 'az', '--now', '2026-11-25', '--freeze']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<memorial-card lang="az" now="2026-11-25"><template shadowrootmode="open">/);
    assert.match(stdout, /20\sYanvar faciəsi/);
  });

  it('renders --data, with the JSON child escaped', () => {
    const { status, stdout, stderr } = run(['render', '--data', file('event.json', JSON.stringify(example)), '--now', '2026-11-25']);
    assert.equal(status, 0, stderr);
    const json = /<script type="application\/json">([^<]*)<\/script>/.exec(stdout)[1];
    assert.deepEqual(JSON.parse(json), example);
    assert.equal(stdout.match(/<\/script>/g).length, 1);
  });

  it('prints a whole valid page with --page, with no script', () => {
    const { status, stdout } = run(['render', '--lang', 'ru', '--page']);
    assert.equal(status, 0);
    assert.match(stdout, /^<!doctype html>\n<html lang="ru">/);
    assert.match(stdout, /<main>\n<memorial-card/);
    assert.doesNotMatch(stdout, /<script/);
  });

  it('gives --page the language of the words it shows: English data asked for in az is <html lang="en">', () => {
    const { status, stdout, stderr } = run(['render', '--lang', 'az', '--data', file('english.json', JSON.stringify(example)), '--page']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<!doctype html>\n<html lang="en">/);
    assert.match(stdout, /<title>An example &#60;\/script&#62; memorial<\/title>/);
    assert.match(stdout, /<meta name="description" content="One neutral sentence\.">/);
  });

  it('adds <script type="module" src> with --script, escaped, in <head> with --page and before the element without', () => {
    const page = run(['render', '--page', '--script', '/js/memorial-card.js?v=1&x=2']);
    assert.equal(page.status, 0, page.stderr);
    assert.match(page.stdout, /<script type="module" src="\/js\/memorial-card\.js\?v=1&#38;x=2"><\/script>\n<\/head>/);
    const element = run(['render', '--script', 'memorial-card.js']);
    assert.match(element.stdout, /^<script type="module" src="memorial-card\.js"><\/script>\n<memorial-card /);
    for (const bad of ['a"b', "a'b", 'x.js"><script>alert(1)</script>', 'a b', '']) {
      fails(run(['render', '--page', '--script', bad]), /--script: .* is not a URL without quotes/);
    }
  });

  it('links the card\'s stylesheet with --stylesheet, escaped, instead of an inline <style> (issue #17, row 16)', () => {
    for (const args of [[], ['--page']]) {
      const { status, stdout, stderr } = run(['render', ...args, '--stylesheet', '/css/memorial-card.css?v=1&x=2']);
      assert.equal(status, 0, stderr);
      assert.match(stdout, /<template shadowrootmode="open"><link rel="stylesheet" href="\/css\/memorial-card\.css\?v=1&#38;x=2"><article/);
      assert.doesNotMatch(stdout, /<style|\sstyle=|data:/);
    }
    for (const bad of ['a"b', 'x.css"><style>', 'a b', '']) fails(run(['render', '--stylesheet', bad]), /--stylesheet: .* is not a URL without quotes/);
  });

  it('prints with --csp, instead of the HTML, the sources its output needs: the inline style\'s hash, or where the stylesheet and script are', () => {
    const html = run(['render', '--lang', 'az']).stdout;
    const css = /<style>([^<]*)<\/style>/.exec(html)[1];
    const hash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
    for (const args of [[], ['--page'], ['--lang', 'ru', '--theme', 'dark', '--layout', 'compact']]) {
      const { status, stdout, stderr } = run(['render', ...args, '--csp']);
      assert.deepEqual([status, stdout, stderr], [0, `style-src ${hash}\n`, ''], args.join(' '));
    }
    const cases = [
      [['--stylesheet', 'memorial-card.css'], "style-src 'self'\n"],
      [['--stylesheet', '/dist/memorial-card.css', '--script', '/dist/memorial-card.js'], "script-src 'self'\nstyle-src 'self'\n"],
      [['--stylesheet', 'https://cdn.example:8443/mc/memorial-card.css', '--script', 'https://cdn.example/mc.js'], 'script-src https://cdn.example\nstyle-src https://cdn.example:8443\n'],
      [['--stylesheet', '//cdn.example/memorial-card.css'], 'style-src cdn.example\n'],
      // A backslash is a slash to the browser: this is //cdn.example/… too.
      [['--stylesheet', '/\\cdn.example/memorial-card.css'], 'style-src cdn.example\n'],
      // The same scheme without a host is relative.
      [['--stylesheet', 'https:memorial-card.css'], "style-src 'self'\n"],
      [['--script', 'memorial-card.js'], `script-src 'self'\nstyle-src ${hash}\n`],
    ];
    for (const [args, expected] of cases) assert.equal(run(['render', '--csp', ...args]).stdout, expected, args.join(' '));
    // What the HTML would refuse, --csp refuses too.
    fails(run(['render', '--csp', '--stylesheet', 'a b']), /--stylesheet:/);
    fails(run(['render', '--csp', '--theme', 'neon']), /--theme:/);
    fails(run(['render', '--csp', '--stylesheet', 'http://']), /--stylesheet: "http:\/\/" is not a URL/);
    // Only what a page can load its card from and a CSP can name: no data:, javascript:, wildcard or separator.
    for (const bad of ['data:text/css,p{}', 'javascript:alert(1)', '//*/x.css', 'https://a;script-src/x.css']) {
      fails(run(['render', '--csp', '--stylesheet', bad]), /--stylesheet: .* is not a URL without quotes, <, >, backticks or spaces, relative or http\(s\)/);
    }
  });

  it('passes --show-days-before through', () => {
    assert.match(run(['render', '--show-days-before', '10']).stdout, /^<memorial-card lang="en" show-days-before="10"[ >]/);
    fails(run(['render', '--show-days-before', '400']), /--show-days-before: "400" is not a whole number from 0 to 366/);
  });
});

describe('memorial-card render: errors', () => {
  for (const [what, args, pattern] of [
    ['an unknown language', ['render', '--lang', 'xx'], /--lang: "xx" is not az, en or ru/],
    ['a bad theme', ['render', '--theme', 'neon'], /--theme: "neon"/],
    ['a bad date', ['render', '--now', 'yesterday'], /--now: "yesterday"/],
    ['a value with a line break', ['render', '--time-zone', 'Asia/\nBaku'], /--time-zone: "Asia\/\\nBaku"/],
    ['an unknown option', ['render', '--bogus'], /bogus/],
    ['an unknown command', ['paint'], /unknown command "paint"/],
    ['no command', [], /no command/],
    ['a missing file', ['render', '--data', join(dir, 'missing.json')], /cannot be opened \(ENOENT\)/],
    ['a directory', ['render', '--data', dir], /not a regular file/],
  ]) {
    it(`stops with one line for ${what}`, () => fails(run(args), pattern));
  }

  it('refuses /dev/zero (a device) at once', () => {
    fails(run(['render', '--data', '/dev/zero']), /--data "\/dev\/zero": not a regular file/);
  });

  it('refuses a FIFO without waiting for a writer', { skip: process.platform === 'win32' }, () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    fails(run(['render', '--data', fifo]), /not a regular file/);
  });

  it('reads /proc/self/environ (which claims 0 bytes) without echoing it', { skip: process.platform !== 'linux' }, () => {
    fails(run(['render', '--data', '/proc/self/environ'], { MC_TEST: SECRET }), /--data "\/proc\/self\/environ": not valid JSON \(line 1, column 1\)/);
  });

  it('refuses a file over 1 MB', () => {
    fails(run(['render', '--data', file('big.json', `{"id":"${'x'.repeat(1024 * 1024)}"}`)]), /larger than 1 MB/);
  });

  it('reports where JSON goes wrong, not what it says', () => {
    fails(run(['render', '--data', file('bad.json', `{\n  "id": "${SECRET}",\n  ${SECRET}\n}`)]), /not valid JSON \(line 3, column 3\)/);
    fails(run(['render', '--data', file('token.json', `${SECRET}`)]), /not valid JSON \(line 1, column 1\)/);
  });

  it('reports invalid data by path, without its values', () => {
    const data = { ...example, id: SECRET.repeat(200), title: SECRET, figures: [{ id: 'f', value: -1 }], text: { en: { ...example.text.en, figures: { f: SECRET.repeat(2000) } } } };
    fails(run(['render', '--data', file('invalid.json', JSON.stringify(data))]), /not valid memorial data \(\d+ problems: .*figures\[0\]\.value/);
  });

  it("names a key of the file's own, escaped as JSON and cut to 40 characters: no line, escape sequence or reordering reaches the terminal (issue #17)", () => {
    const keys = ['line\nbreak', 'esc\u001b[31mred', 'csi\u009b2J', 'bidi\u202eright', 'sep\u2028x', 'del\u007f', 'k'.repeat(100)];
    const data = { ...example, ...Object.fromEntries(keys.map((key) => [key, 1])) };
    const { stderr } = run(['render', '--data', file('keys.json', JSON.stringify(data))]);
    fails({ status: 1, stdout: '', stderr }, /not valid memorial data \(7 problems: line\\nbreak: unknown field; esc\\u001b\[31mred: unknown field; csi\\u009b2J: unknown field; bidi\\u202eright: unknown field; sep\\u2028x: unknown field; and 2 more\)/);
    const longKey = run(['render', '--data', file('key.json', JSON.stringify({ ...example, text: { en: { ...example.text.en, ['k'.repeat(100)]: 1 } } }))]);
    fails(longKey, new RegExp(`\\(1 problem: text\\.en\\.${'k'.repeat(40)}…: unknown field\\)`));
  });

  it('names each problem by its path in the data and a reason', () => {
    const data = {
      ...example,
      figures: [{ id: 'names', value: 1.5 }],
      text: { en: { ...example.text.en, figures: { names: { one: 'x' } }, pw: 1 }, qq: { title: '' } },
    };
    fails(run(['render', '--data', file('paths.json', JSON.stringify(data))]), new RegExp(
      ['figures\\[0\\]\\.value: must be a whole number ≥ 0', 'text\\.en\\.figures\\.names\\.other: must be text of 1 to 2000 characters', 'text\\.en\\.pw: unknown field', 'text\\.qq\\.title: must be text'].join('; ')));
  });

  it('escapes a value from the command line the same way', () => {
    fails(run(['render', '--lang', 'en\u001b[2J\u009b\u202e']), /--lang: "en\\u001b\[2J\\u009b\\u202e" is not/);
  });

  it('lists at most 5 problems, then how many more', () => {
    const data = { ...example, figures: Array.from({ length: 8 }, (_, i) => ({ id: `f${i}`, value: -1 })) };
    const { stderr } = run(['render', '--data', file('many.json', JSON.stringify(data))]);
    fails({ status: 1, stdout: '', stderr }, /\(\d+ problems: (figures\[\d\]\.value: must be a whole number ≥ 0; ){5}and \d+ more\)/);
  });
});

describe('jsonErrorOffset', () => {
  for (const [text, offset] of [
    ['{"a":1}', -1],
    ['[1, 2.5e3, "x\\u00e9", true, false, null, {}, []]', -1],
    [' "s" ', -1],
    ['{"a":}', 5],
    ['[1,2,,]', 5],
    ['{"a":1', 6],
    ['"abc', 4],
    ['{"a":1}x', 7],
    ['', 0],
    ['01', 1],
    ['"\\q"', 2],
    ['"a\nb"', 2],
    ['{a:1}', 1],
    // Where Node's own parser notices it: the minus sign with no digit after it, at the `]`.
    ['[-]', 2],
    ['['.repeat(100_000), 100_000],
  ]) {
    it(`${JSON.stringify(text.slice(0, 40))} → ${offset}`, () => {
      assert.equal(jsonErrorOffset(text), offset);
      // Exactly the texts JSON.parse refuses.
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      assert.equal(offset === -1, valid);
    });
  }
});

describe('memorial-card: the first hour and broken outputs (issues #17 row 13, #18)', () => {
  it('--version prints the package version', () => {
    const { status, stdout } = run(['--version']);
    assert.equal(status, 0);
    assert.equal(stdout, `${JSON.parse(execFileSync('cat', [new URL('../../package.json', import.meta.url).pathname], { encoding: 'utf8' })).version}\n`);
  });

  it('an unknown option gives one line with the nearest known one, not parseArgs\'s text', () => {
    const result = run(['render', '--lnag', 'ru']);
    fails(result, /^memorial-card: unknown option "--lnag"; did you mean --lang\? \(see memorial-card --help\)\n$/);
    assert.equal(result.status, 2);
    fails(run(['render', '--tiem-zone=UTC']), /did you mean --time-zone\?/);
    fails(run(['render', '--zzzzzzzz']), /^memorial-card: unknown option "--zzzzzzzz" \(see/);
  });

  it('a mistyped command gives one line with "did you mean render?"', () => {
    const result = run(['rendr']);
    fails(result, /^memorial-card: unknown command "rendr"; did you mean render\? \(see memorial-card --help\)\n$/);
    assert.equal(result.status, 2);
    fails(run(['publish']), /^memorial-card: unknown command "publish" \(see/);
  });

  it('--heading-level sets the heading level, like the other attributes', () => {
    const result = run(['render', '--heading-level', '4', '--now', '2026-11-25']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^<memorial-card lang="en" heading-level="4">/);
    assert.match(result.stdout, /aria-level="4"/);
    fails(run(['render', '--heading-level', '9']), /^memorial-card: --heading-level: "9" is not a whole number from 1 to 6/);
  });

  it('a full disk is one line, not a stack trace', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" render > /dev/full`], { encoding: 'utf8', timeout: 10_000 });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /^memorial-card: cannot write the output \(ENOSPC\)\n$/);
  });

  it('a closed pipe ends the command quietly', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" render | head -c 1 > /dev/null`], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(result.stderr, '');
  });
});
