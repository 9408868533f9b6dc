// `memorial-card render`, the command a consumer runs with npx: the built,
// bundled dist/ssr/cli.js (run `npm run build` first). Every error is one
// line on stderr with a non-zero exit code, and nothing read from a --data
// file is ever quoted back.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
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
/** Asserts a failure: non-zero exit, nothing on stdout, one line on stderr matching `pattern`, no secret. */
const fails = ({ status, stdout, stderr }, pattern) => {
  assert.notEqual(status, 0);
  assert.equal(stdout, '');
  assert.match(stderr, /^memorial-card: [^\n]+\n$/, 'one line');
  assert.match(stderr, pattern);
  assert.ok(!stderr.includes(SECRET), 'no content of the file in the message');
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
    const data = { ...example, id: SECRET.repeat(200), figures: [{ id: SECRET, value: -1 }], [SECRET]: 1 };
    fails(run(['render', '--data', file('invalid.json', JSON.stringify(data))]), /not valid memorial data \(\d+ problems: .*figures\[0\]\.value/);
  });

  it('never prints a key from the file, even a short one: the count, schema paths and reasons only', () => {
    const data = { id: 'x', db: { password: 'hunter2' }, pw: 1, key: 'SECRET', abc: 2 };
    const { stderr } = run(['render', '--data', file('keys.json', JSON.stringify(data))]);
    fails({ status: 1, stdout: '', stderr }, /not valid memorial data \(9 problems: date: must be a real date as YYYY-MM-DD; timeZone: must be an IANA time zone; figures: must be a list of 1 to 12 figures; source: must be an object; …: unknown field \(4 times\); and 1 more\)/);
    const report = stderr.slice(stderr.indexOf('not valid memorial data'));
    for (const word of ['db', 'pw', 'key', 'abc', 'password', 'hunter2', 'SECRET', '"x"']) assert.ok(!report.includes(word), word);
  });

  it('names each problem by schema path and reason, figure ids and unknown languages as …', () => {
    const data = {
      ...example,
      figures: [{ id: 'names', value: 1.5 }],
      text: { en: { ...example.text.en, figures: { names: { one: 'x' } }, pw: 1 }, qq: { title: '' } },
    };
    fails(run(['render', '--data', file('paths.json', JSON.stringify(data))]), new RegExp(
      ['figures\\[0\\]\\.value: must be a whole number ≥ 0', 'text\\.en\\.figures\\.…\\.other: must be text of 1 to 2000 characters', 'text\\.en\\.…: unknown field'].join('; ')));
    const stderr = run(['render', '--data', file('paths.json', JSON.stringify(data))]).stderr;
    assert.ok(!/qq|pw|names/.test(stderr.slice(stderr.indexOf('not valid memorial data'))), stderr);
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
