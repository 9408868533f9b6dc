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
import { jsonErrorOffset, lineAndColumn } from './json-error.js';
import { RenderOptionError, renderCard, renderPage } from './render.js';

/** The largest `--data` file read: 1 MB. */
export const MAX_DATA_BYTES = 1024 * 1024;

const USAGE = `Usage: memorial-card render [options] > card.html

Prints <memorial-card> as static HTML: a declarative shadow root with the
rendered card, and the facts as plain HTML for crawlers. Load
memorial-card.js on the page to keep it live.

Options (they mirror the element's attributes):
  --lang <az|en|ru>           language (default en)
  --theme <light|dark|auto>   colour theme (default auto)
  --layout <card|compact>     layout (default card)
  --now <ISO 8601>            freeze the clock (default: the time of rendering)
  --time-zone <IANA zone>     the zone whose calendar decides the day
  --show-days-before <0-366>  show the card only from N days before each anniversary
  --data <file.json>          another memorial's data (MemorialEvent), a regular file of at most 1 MB
  --page                      print a whole HTML page instead of the element
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
function show(value: string): string {
  const text = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(text);
}

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

/** The field names of a MemorialEvent: a path from the data is shown only in these words. */
const FIELDS = new Set(['data', 'id', 'date', 'timeZone', 'figures', 'value', 'source', 'name', 'text', 'title', 'summary',
  'figuresShort', 'alsoKnownAs', 'place', 'dayName']);

/**
 * What is wrong with the data, by path only: the validator's messages quote
 * values, and a path may hold keys, both from the file. A path segment that
 * is not a schema field name or a language code (figure ids, unknown keys)
 * is shown as `…`.
 */
function dataProblems(problems: readonly string[]): string {
  const paths = problems.map((problem) =>
    problem
      .slice(0, Math.max(0, problem.indexOf(':')))
      .split('.')
      .map((segment) => {
        const [, name = '', index = ''] = /^([^[]*)((?:\[\d{1,4}\])?)$/.exec(segment) ?? [];
        return (FIELDS.has(name) || /^[a-z]{2,3}$/.test(name) ? name : '…') + index;
      })
      .join('.'),
  );
  const unique = [...new Set(paths)];
  const listed = unique.slice(0, 5).join(', ') + (unique.length > 5 ? `, and ${unique.length - 5} more` : '');
  return `not valid memorial data (${problems.length} problem${problems.length === 1 ? '' : 's'}: ${listed})`;
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
      'time-zone': { type: 'string' },
      'show-days-before': { type: 'string' },
      data: { type: 'string' },
      page: { type: 'boolean' },
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
    timeZone: values['time-zone'],
    showDaysBefore: values['show-days-before'],
    data: data as never,
  };
  let output: string;
  try {
    output = values.page ? await renderPage(options) : `${await renderCard(options)}\n`;
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
