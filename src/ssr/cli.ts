#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx memorial-card render [options]`: prints the card as static HTML with a
 * declarative shadow root. See `--help`. Any error ends the command with a
 * one-line message on stderr and a non-zero exit code; nothing read from a
 * `--data` file is ever quoted in a message.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { quoted } from '../describe.js';
import { jsonErrorOffset, lineAndColumn } from './json-error.js';
import { moduleScriptTag, RenderOptionError, renderCard, renderPage } from './render.js';

/** The largest `--data` file read: 1 MB. */
export const MAX_DATA_BYTES = 1024 * 1024;

const USAGE = `Usage: memorial-card render [options] > card.html

Prints <memorial-card> as static HTML: a declarative shadow root with the
rendered card, and the facts as plain HTML for crawlers. Load
memorial-card.js on the page (or pass --script) to make it live.

Options (they mirror the element's attributes):
  --lang <az|en|ru>           language (default en)
  --theme <light|dark|auto>   colour theme (default auto)
  --layout <card|compact>     layout (default card)
  --now <ISO 8601>            render the text as of this date or date-time
                              (default: now); the live card still reads the clock
  --freeze                    also write --now onto the element, so the live
                              card stays on that day (screenshots, tests, archives)
  --time-zone <IANA zone>     the zone whose calendar decides the day
  --show-days-before <0-366>  show the card only from N days before each anniversary
  --data <file.json>          another memorial's data (MemorialEvent), a regular file of at most 1 MB
  --page                      print a whole HTML page instead of the element
                              (no script in it unless --script)
  --script <url>              add <script type="module" src="url"> (memorial-card.js),
                              in <head> with --page, else before the element
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

/** A value from the command line or the file system, printable on one line. */
const show = quoted;

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

/**
 * The MemorialEvent schema, as far as a problem's path can name it: a field
 * name leads to what is below it, `*` stands for any key the file chooses
 * (a figure id; shown as `…`), `[]` for a list's items, `lang` for a language
 * code. A path is shown only in these words, list indexes and `…`.
 */
type Schema = { readonly [field: string]: Schema };
const LEAF: Schema = {};
const FORMS: Schema = { zero: LEAF, one: LEAF, two: LEAF, few: LEAF, many: LEAF, other: LEAF };
const TEXT: Schema = {
  title: LEAF, summary: LEAF, alsoKnownAs: LEAF, place: LEAF, dayName: LEAF, sourceName: LEAF,
  figures: { '*': FORMS }, figuresShort: { '*': FORMS },
};
const SCHEMA: Schema = {
  id: LEAF, date: LEAF, timeZone: LEAF,
  figures: { '[]': { id: LEAF, value: LEAF } },
  source: { name: LEAF, date: LEAF },
  text: { lang: TEXT },
};
/** Language codes shown as they are in a path (any other is a key from the file: `…`). */
const LANGUAGES = new Set(['az', 'en', 'ru']);

/** The validator's wording (ours, never the file's), as a short reason for the user. */
const REASONS: readonly (readonly [RegExp, string])[] = [
  [/^no such field$/, 'unknown field'],
  [/^an object$/, 'must be an object'],
  [/^text of 1 to (\d+) characters$/, 'must be text of 1 to $1 characters'],
  [/^a real date as YYYY-MM-DD$/, 'must be a real date as YYYY-MM-DD'],
  [/^an IANA time zone$/, 'must be an IANA time zone'],
  [/^a list of 1 to (\d+) figures$/, 'must be a list of 1 to $1 figures'],
  [/^a whole number of 0 or more$/, 'must be a whole number ≥ 0'],
  [/^an id not used before$/, 'id used twice'],
  [/^an id other than __proto__$/, 'id not allowed'],
  [/^the form for other numbers$/, 'missing (the label for other numbers)'],
  [/^a language code such as "en"$/, 'must be a language code such as en'],
  [/^the words in at least one language$/, 'needs the words in at least one language'],
];

/** `path` in schema words only: any other segment (a figure id, an unknown key) is `…`. */
function schemaPath(path: string): string {
  let node: Schema | undefined = SCHEMA;
  return path
    .split('.')
    .map((segment) => {
      const [, name = '', index = ''] = /^([^[]*)((?:\[\d{1,4}\])?)$/.exec(segment) ?? [];
      let shown = '…';
      let next: Schema | undefined;
      if (node && name && Object.hasOwn(node, name) && name !== '*' && name !== '[]' && name !== 'lang') {
        shown = name;
        next = node[name];
      } else if (node && Object.hasOwn(node, 'lang') && LANGUAGES.has(name)) {
        shown = name;
        next = node.lang;
      } else if (node && Object.hasOwn(node, '*')) {
        next = node['*'];
      } else if (node && Object.hasOwn(node, 'lang')) {
        next = node.lang;
      }
      if (index && next && Object.hasOwn(next, '[]')) next = next['[]'];
      else if (index) next = undefined;
      node = next;
      return shown + (index && shown !== '…' ? index : '');
    })
    .join('.');
}

/** One problem from the validator ("path: expected …, got …") as "path: reason", in our words only. */
function describeProblem(problem: string): string {
  const match = /^(.*?): expected (.*?), got /s.exec(problem);
  if (!match) return 'data: invalid';
  const [, path, expected] = match;
  const reason = REASONS.find(([pattern]) => pattern.test(expected));
  const shown = path === 'data' ? 'data' : schemaPath(path);
  return `${shown}: ${reason ? expected.replace(reason[0], reason[1]) : 'invalid'}`;
}

/** The most problems the command lists; the rest are counted. */
const MAX_LISTED = 5;

/**
 * What is wrong with the data, in our words only: the validator's messages
 * quote values, and its paths may hold keys, both from the file. Each
 * problem is shown by its path in the schema's words (see schemaPath) and a
 * reason; the same one repeated is listed once with a count; at most five,
 * then how many more.
 */
function dataProblems(problems: readonly string[]): string {
  const counted = /^… and (\d+) more$/.exec(problems.at(-1) ?? '');
  const listed = counted ? problems.slice(0, -1) : problems;
  const total = listed.length + (counted ? Number(counted[1]) : 0);
  const tally = new Map<string, number>();
  for (const problem of listed) {
    const text = describeProblem(problem);
    tally.set(text, (tally.get(text) ?? 0) + 1);
  }
  const shown = [...tally].slice(0, MAX_LISTED);
  const covered = shown.reduce((sum, [, n]) => sum + n, 0);
  const items = shown.map(([text, n]) => (n > 1 ? `${text} (${n} times)` : text));
  if (total > covered) items.push(`and ${total - covered} more`);
  return `not valid memorial data (${total} problem${total === 1 ? '' : 's'}: ${items.join('; ')})`;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      theme: { type: 'string' },
      layout: { type: 'string' },
      now: { type: 'string' },
      freeze: { type: 'boolean' },
      'time-zone': { type: 'string' },
      'show-days-before': { type: 'string' },
      data: { type: 'string' },
      page: { type: 'boolean' },
      script: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'render') {
    throw new UsageError(positionals.length ? `unknown command ${show(positionals.join(' '))}` : 'no command: try "memorial-card render"', 2);
  }
  const data = values.data === undefined ? undefined : readData(values.data);
  const options = {
    lang: values.lang,
    theme: values.theme,
    layout: values.layout,
    now: values.now,
    freeze: values.freeze,
    timeZone: values['time-zone'],
    showDaysBefore: values['show-days-before'],
    data: data as never,
  };
  let output: string;
  try {
    const script = values.script;
    if (values.page) output = await renderPage(options, { script });
    else output = `${script === undefined ? '' : `${moduleScriptTag(script)}\n`}${await renderCard(options)}\n`;
  } catch (error) {
    if (error instanceof RenderOptionError && error.option === 'data') {
      throw new UsageError(`--data ${show(values.data ?? '')}: ${dataProblems(error.problems)}`);
    }
    if (error instanceof RenderOptionError) throw new UsageError(`--${error.message}`);
    throw error;
  }
  process.stdout.write(output);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // One line, whatever went wrong; usage problems without a stack.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`memorial-card: ${message.replace(/\s*\n\s*/g, ' ')} (see memorial-card --help)\n`);
  const parseArgsError = String((error as { code?: unknown } | null)?.code).startsWith('ERR_PARSE_ARGS');
  process.exitCode = error instanceof UsageError ? error.status : parseArgsError ? 2 : 1;
}
