#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx memorial-card render [options]`: prints the card as static HTML with a
 * declarative shadow root. See `--help`. Any error ends the command with a
 * one-line message on stderr and a non-zero exit code. Of a `--data` file,
 * a message names at most keys (escaped, cut short), never a value.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ATTRIBUTES, DEFAULT_LANGUAGE, HEADING_LEVELS, LANGUAGES, LAYOUTS, SEASON_DAYS, THEMES } from '../attributes.js';
import { type Issue, type IssueCode, MAX_FIGURES, MAX_TEXT_LENGTH } from '../data/validate.js';
import { cut } from '../describe.js';
import { jsonErrorOffset, lineAndColumn } from './json-error.js';
import { loadableUrl, PAGE_ORIGIN } from './markup.js';
import { VERSION } from '../version.js';
import { moduleScriptTag, type RenderOptions, RenderOptionError, renderCard, renderPage, styleHash } from './render.js';

/** The largest `--data` file read: 1 MB. */
export const MAX_DATA_BYTES = 1024 * 1024;

/** One line of the usage text: `  --name <values>  what it does`, the descriptions in one column. */
const option = (name: string, values: string, text: string) => `  --${name} ${values}`.padEnd(30) + text;

const USAGE = `Usage: memorial-card render [options] > card.html

Prints <memorial-card> as static HTML: a declarative shadow root with the
rendered card, and the facts as plain HTML for crawlers. Load
memorial-card.js on the page (or pass --script) to make it live.

Options (they mirror the element's attributes):
${option('lang', `<${Object.keys(LANGUAGES).join('|')}>`, `language (default ${DEFAULT_LANGUAGE})`)}
${option('theme', `<${THEMES.join('|')}>`, 'colour theme (default auto)')}
${option('layout', `<${LAYOUTS.join('|')}>`, 'layout (default card)')}
${option('now', '<ISO 8601>', 'render the text as of this date or date-time')}
                              (default: now); the live card still reads the clock
  --freeze                    also write --now onto the element, so the live
                              card stays on that day (screenshots, tests, archives)
${option('time-zone', '<IANA zone>', 'the zone whose calendar decides the day')}
${option('show-days-before', `<${SEASON_DAYS.min}-${SEASON_DAYS.max}>`, 'show the card only from N days before each anniversary')}
${option('heading-level', `<${HEADING_LEVELS.min}-${HEADING_LEVELS.max}>`, "the level of the card's heading (default 2)")}
  --data <file.json>          another memorial's data (MemorialEvent), a regular file of at most 1 MB
  --page                      print a whole HTML page instead of the element
                              (no script in it unless --script)
  --script <url>              add <script type="module" src="url"> (memorial-card.js),
                              in <head> with --page, else before the element
  --stylesheet <url>          link the card's stylesheet (memorial-card.css) from its
                              shadow root instead of an inline <style>
  --csp                       print, instead of the HTML, what the output needs in a
                              Content-Security-Policy beyond default-src 'none':
                              the style-src source (the inline style's 'sha256-…'
                              hash, or where --stylesheet is: 'self' for a relative
                              URL) and, with --script, the script-src one
  -v, --version               the version
  -h, --help                  this text`;

/** An error whose message is fit for the user as it is; `status` is the exit code. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message);
  }
}

/**
 * Characters a terminal may act on or that reorder a line: controls (C0 with
 * ESC, DEL, C1 with CSI), format characters (bidi overrides), line and
 * paragraph separators.
 */
const UNPRINTABLE = /[\p{C}\p{Zl}\p{Zp}]/gu;
/** Such a character as `\uXXXX` escapes, one per UTF-16 unit, as JSON writes them. */
const escapeUnits = (c: string) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

/**
 * `text` safe for a terminal, on one line: escaped as JSON escapes a string,
 * and every other character in {@link UNPRINTABLE} too, so that nothing
 * printed can start a line, an escape sequence or reorder what follows.
 */
const terminalText = (text: string) => JSON.stringify(text).slice(1, -1).replace(UNPRINTABLE, escapeUnits);

/** A value from the command line or the file system, quoted, cut to 60 characters, printable on one line. */
const show = (text: string) => `"${terminalText(cut(text, 60))}"`;

/** Characters of each key of the data a message names. */
const MAX_KEY_LENGTH = 40;

/**
 * Where a problem is in the data, as the data's own keys name it
 * (`text.en.figures.killed.one`), each key cut to 40 characters, the whole to
 * 120, escaped for the terminal.
 */
const placeOf = (path: string) =>
  terminalText(cut(path.split('.').map((key) => cut(key, MAX_KEY_LENGTH)).join('.'), 120));

/**
 * Reads and parses the `--data` file: only a regular file (no device, FIFO
 * or directory; checked on the open descriptor, so it cannot be swapped
 * after the check), at most 1 MB (read up to 1 MB + 1 byte whatever the size
 * the file claims: /proc files claim 0), and errors that say where, not what.
 */
function readData(path: string): unknown {
  const name = `--data ${show(path)}`;
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO returns at once instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new UsageError(`${name}: cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${name}: not a regular file`);
    if (stat.size > MAX_DATA_BYTES) throw new UsageError(`${name}: larger than 1 MB`);
    const buffer = Buffer.alloc(MAX_DATA_BYTES + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > MAX_DATA_BYTES) throw new UsageError(`${name}: larger than 1 MB`);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw new UsageError(`${name}: not UTF-8 text`);
    }
    if (text.startsWith('\uFEFF')) text = text.slice(1);
    try {
      return JSON.parse(text);
    } catch {
      const offset = jsonErrorOffset(text);
      const { line, column } = lineAndColumn(text, offset < 0 ? text.length : offset);
      throw new UsageError(`${name}: not valid JSON (line ${line}, column ${column})`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

/** The command's words for each kind of problem in the data. */
const REASONS: Readonly<Record<IssueCode, string>> = {
  'unknown-field': 'unknown field',
  object: 'must be an object',
  text: `must be text of 1 to ${MAX_TEXT_LENGTH} characters`,
  date: 'must be a real date as YYYY-MM-DD',
  'time-zone': 'must be an IANA time zone',
  figures: `must be a list of 1 to ${MAX_FIGURES} figures`,
  count: 'must be a whole number ≥ 0',
  'duplicate-id': 'id used twice',
  'reserved-id': 'id not allowed',
  'language-code': 'must be a language code such as en',
  'no-words': 'needs the words in at least one language',
  unreadable: 'cannot be read',
};

/** The most problems the command lists; the rest are counted. */
const MAX_LISTED = 5;

/**
 * What is wrong with the data, in our words: each problem by its place (the
 * data's keys, escaped and cut short: never a value from the file) and a
 * reason; the same one repeated is listed once with a count; at most five,
 * then how many more.
 */
function dataProblems(issues: readonly Issue[], more: number): string {
  const total = issues.length + more;
  const tally = new Map<string, number>();
  for (const issue of issues) {
    const text = `${placeOf(issue.path) || 'data'}: ${REASONS[issue.code]}`;
    tally.set(text, (tally.get(text) ?? 0) + 1);
  }
  const shown = [...tally].slice(0, MAX_LISTED);
  const covered = shown.reduce((sum, [, n]) => sum + n, 0);
  const items = shown.map(([text, n]) => (n > 1 ? `${text} (${n} times)` : text));
  if (total > covered) items.push(`and ${total - covered} more`);
  return `not valid memorial data (${total} problem${total === 1 ? '' : 's'}: ${items.join('; ')})`;
}

/** The command's options, for parseArgs and for "did you mean". */
const OPTIONS = {
  ...Object.fromEntries(ATTRIBUTES.map(({ name }) => [name, { type: 'string' } as const])),
  freeze: { type: 'boolean' },
  data: { type: 'string' },
  page: { type: 'boolean' },
  script: { type: 'string' },
  stylesheet: { type: 'string' },
  csp: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A page's own origin, standing in for it when a URL is resolved: a relative URL keeps it. */
/**
 * The CSP source that allows a page to load `url`: `'self'` for a URL on the
 * page's origin (a relative one), the host for a scheme-relative one
 * (`//cdn.example/…`), else the origin. The render has taken `url` already,
 * so it is one `loadableUrl` gives.
 */
function cspSource(url: string): string {
  const resolved = loadableUrl(url) as URL;
  if (resolved.origin === PAGE_ORIGIN.origin) return "'self'";
  return /^[a-z][a-z\d+.-]*:/i.test(url) ? resolved.origin : resolved.host;
}

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known name at most 2 edits from `name`, the nearest first; undefined when none is. */
const nearest = (name: string, names: readonly string[]): string | undefined =>
  names.filter((known) => distance(name, known) <= 2).sort((a, b) => distance(name, a) - distance(name, b))[0];

/** The first option on the command line the command does not know, in one line, with the nearest known one. */
function unknownOption(argv: string[]): UsageError | undefined {
  const names = Object.keys(OPTIONS);
  for (const arg of argv) {
    if (arg === '--') break;
    const name = /^--([^=]*)/.exec(arg)?.[1];
    if (name === undefined || names.includes(name)) continue;
    const near = nearest(name, names);
    return new UsageError(`unknown option ${show(`--${name}`)}${near ? `; did you mean --${near}?` : ''}`, 2);
  }
  return undefined;
}

async function main(argv: string[]): Promise<number> {
  const unknown = unknownOption(argv);
  if (unknown) throw unknown;
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'render') {
    const near = positionals.length === 1 ? nearest(positionals[0], ['render']) : undefined;
    throw new UsageError(
      positionals.length ? `unknown command ${show(positionals.join(' '))}${near ? `; did you mean ${near}?` : ''}` : 'no command: try "memorial-card render"',
      2,
    );
  }
  const data = values.data === undefined ? undefined : readData(values.data);
  // Each attribute's option as renderCard's camelCase one: `--time-zone` → `timeZone`.
  const options: RenderOptions = { freeze: values.freeze, data: data as never };
  for (const { name } of ATTRIBUTES) {
    const value = (values as Record<string, unknown>)[name];
    if (typeof value === 'string') Object.assign(options, { [name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())]: value });
  }
  let output: string;
  try {
    const { script, stylesheet } = values;
    options.stylesheet = stylesheet;
    // Rendered either way, so that --csp refuses what the HTML would refuse.
    const html = values.page ? await renderPage(options, { script }) : `${script === undefined ? '' : `${moduleScriptTag(script)}\n`}${await renderCard(options)}\n`;
    output = values.csp
      ? `${script === undefined ? '' : `script-src ${cspSource(script)}\n`}style-src ${stylesheet === undefined ? styleHash : cspSource(stylesheet)}\n`
      : html;
  } catch (error) {
    if (error instanceof RenderOptionError && error.option === 'data') {
      throw new UsageError(`--data ${show(values.data ?? '')}: ${dataProblems(error.issues, error.more)}`);
    }
    if (error instanceof RenderOptionError) throw new UsageError(`--${error.message}`);
    throw error;
  }
  process.stdout.write(output);
  return 0;
}

// Output that cannot be written (a closed pipe, a full disk): one line, no stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`memorial-card: cannot write the output (${error.code ?? 'error'})\n`);
  process.exitCode = 1;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // One line, whatever went wrong; usage problems without a stack.
  const message = error instanceof Error ? error.message : String(error);
  // Whatever a message quotes (a value in an error from Node or the renderer), nothing in it reaches the terminal raw.
  process.stderr.write(`memorial-card: ${message.replace(/\s*\n\s*/g, ' ').replace(UNPRINTABLE, escapeUnits)} (see memorial-card --help)\n`);
  const parseArgsError = String((error as { code?: unknown } | null)?.code).startsWith('ERR_PARSE_ARGS');
  process.exitCode = error instanceof UsageError ? error.status : parseArgsError ? 2 : 1;
}
