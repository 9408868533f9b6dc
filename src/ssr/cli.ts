#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx memorial-card render [options]`: prints the card as static HTML with a
 * declarative shadow root. See `--help`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderCard } from './render.js';

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
  --no-animation              no count-up once live
  --data <file.json>          another memorial's data (MemorialEvent)
  --page                      print a whole HTML page instead of the element
  -h, --help                  this text`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        theme: { type: 'string' },
        layout: { type: 'string' },
        now: { type: 'string' },
        'time-zone': { type: 'string' },
        'no-animation': { type: 'boolean' },
        data: { type: 'string' },
        page: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'render') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const card = await renderCard({
      lang: values.lang,
      theme: values.theme,
      layout: values.layout,
      now: values.now,
      timeZone: values['time-zone'],
      noAnimation: values['no-animation'],
      data: values.data === undefined ? undefined : JSON.parse(readFileSync(values.data, 'utf8')),
    });
    const lang = values.lang ?? 'en';
    process.stdout.write(
      values.page
        ? `<!doctype html>\n<html lang="${lang.replace(/[^\w-]/g, '')}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>memorial-card</title>\n</head>\n<body>\n${card}\n</body>\n</html>\n`
        : `${card}\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`memorial-card: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
