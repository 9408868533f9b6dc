// The WordPress plugin's translations, for scripts/build-wordpress.js: the
// strings of the plugin's PHP, its block.json and its editor script's source
// (wordpress/src/editor.ts, not a minified file) extracted as WP-CLI's
// `wp i18n make-pot` does (wp-cli is not packaged for Debian 12, so this is
// that extraction for the calls the plugin uses: __, _e, esc_html__,
// esc_html_e, esc_attr__, esc_attr_e, _x, _n, each with the text domain
// written out, and a `translators:` comment before it); the .pot; and from
// each committed .po the .mo (gettext's binary format) and the editor's
// JSON (Jed 1.x, named by the md5 of the script's path, as
// wp_set_script_translations() looks for it).
import { createHash } from 'node:crypto';

const CALLS = { __: ['s'], _e: ['s'], esc_html__: ['s'], esc_html_e: ['s'], esc_attr__: ['s'], esc_attr_e: ['s'], _x: ['s', 'c'], _n: ['s', 'p', 'n'] };

/** A string literal at text[i] ('…' or "…", PHP or JS escapes): [value, end] or null. */
function literal(text, i) {
  const quote = text[i];
  if (quote !== "'" && quote !== '"') return null;
  let value = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === quote) return [value, j + 1];
    if (c === '\\') {
      const n = text[++j];
      value += quote === "'" && n !== quote && n !== '\\' ? `\\${n}` : n === 'n' && quote === '"' ? '\n' : n;
    } else value += c;
  }
  return null;
}

/** Skips one argument that is not a literal (the number of _n): to the comma at depth 0. */
function skipArgument(text, i) {
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) return i;
  }
  return i;
}

/**
 * Every translatable call in one source file: { msgid, plural?, context?,
 * comment?, ref }. Throws for a call without the text domain `domain`.
 */
export function extract(text, file, domain) {
  const found = [];
  const names = Object.keys(CALLS).sort((a, b) => b.length - a.length).join('|');
  const call = new RegExp(`(?<![\\w$>:.])(${names})\\(\\s*`, 'g');
  let previousEnd = 0;
  for (let m; (m = call.exec(text)); ) {
    const kinds = [...CALLS[m[1]], 'd'];
    let i = m.index + m[0].length;
    const args = {};
    for (const [k, kind] of kinds.entries()) {
      if (kind === 'n') i = skipArgument(text, i);
      else {
        const lit = literal(text, i);
        if (!lit) throw new Error(`${file}: ${m[1]}() at offset ${m.index} needs string literals (with the text domain)`);
        [args[kind], i] = lit;
      }
      i += /^\s*/.exec(text.slice(i))[0].length;
      if (k < kinds.length - 1) {
        if (text[i] !== ',') throw new Error(`${file}: ${m[1]}() at offset ${m.index}: no text domain`);
        i += 1 + /^\s*/.exec(text.slice(i + 1))[0].length;
      }
    }
    if (args.d !== domain) throw new Error(`${file}: ${m[1]}('${args.s}') has the domain ${JSON.stringify(args.d)}, not ${domain}`);
    const line = text.slice(0, m.index).split('\n').length;
    const between = text.slice(previousEnd, m.index);
    const comment = [...between.matchAll(/(?:\/\*\s*(translators:[\s\S]*?)\s*\*\/|\/\/\s*(translators:.*))/g)].at(-1);
    found.push({
      msgid: args.s,
      plural: args.p,
      context: args.c,
      comment: comment ? (comment[1] ?? comment[2]).replace(/\s+/g, ' ').trim() : undefined,
      ref: `${file}:${line}`,
    });
    previousEnd = i;
  }
  return found;
}

/** block.json's strings, with the contexts `wp i18n make-pot` gives them. */
export function extractBlockJson(block, file) {
  const entries = [
    { msgid: block.title, context: 'block title', ref: file },
    { msgid: block.description, context: 'block description', ref: file },
    ...(block.keywords ?? []).map((keyword) => ({ msgid: keyword, context: 'block keyword', ref: file })),
  ];
  return entries.filter((entry) => entry.msgid);
}

export const key = (entry) => `${entry.context ?? ''}\u0004${entry.msgid}`;
const poString = (text) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;

/** The entries merged (one per context + msgid, references and comments joined), in first-seen order. */
export function merge(entries) {
  const merged = new Map();
  for (const entry of entries) {
    const seen = merged.get(key(entry));
    if (!seen) merged.set(key(entry), { ...entry, refs: [entry.ref], comments: entry.comment ? [entry.comment] : [] });
    else {
      seen.refs.push(entry.ref);
      if (entry.comment && !seen.comments.includes(entry.comment)) seen.comments.push(entry.comment);
      if (entry.plural && !seen.plural) seen.plural = entry.plural;
    }
  }
  return [...merged.values()];
}

/** The .pot text. */
export function pot(entries, { name, version, domain }) {
  const head = [
    `# Copyright (C) memorial-card contributors`,
    `# This file is distributed under the GPL-2.0-or-later.`,
    'msgid ""',
    'msgstr ""',
    ...[
      `Project-Id-Version: ${name} ${version}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      'POT-Creation-Date: 2026-01-20T00:00:00+00:00',
      'X-Generator: memorial-card scripts/wordpress-i18n.js',
      `X-Domain: ${domain}`,
    ].map((line) => poString(`${line}\n`)),
  ].join('\n');
  const body = entries.map((entry) =>
    [
      ...entry.comments.map((comment) => `#. ${comment}`),
      `#: ${entry.refs.join(' ')}`,
      ...(/%(?:\d+\$)?[sd]/.test(entry.msgid) ? ['#, php-format'] : []),
      ...(entry.context ? [`msgctxt ${poString(entry.context)}`] : []),
      `msgid ${poString(entry.msgid)}`,
      ...(entry.plural ? [`msgid_plural ${poString(entry.plural)}`, 'msgstr[0] ""', 'msgstr[1] ""'] : ['msgstr ""']),
    ].join('\n'),
  );
  return `${head}\n\n${body.join('\n\n')}\n`;
}

/** A .po file: its headers and its entries { context, msgid, plural, msgstr: string[], refs }. */
export function parsePo(text) {
  const entries = [];
  let entry = {};
  let field = null;
  const unquote = (s) => JSON.parse(s.replace(/\\t/g, '\\t'));
  const flush = () => {
    if (entry.msgid !== undefined) entries.push(entry);
    entry = {};
    field = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') flush();
    else if (line.startsWith('#: ')) entry.refs = [...(entry.refs ?? []), ...line.slice(3).split(' ')];
    else if (line.startsWith('#')) continue;
    else {
      const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
      if (m) {
        field = m[2] !== undefined ? ['msgstr', Number(m[2])] : [m[1] === 'msgctxt' ? 'context' : m[1] === 'msgid_plural' ? 'plural' : m[1]];
        set(unquote(m[3]), false);
      } else if (/^".*"$/.test(line) && field) set(unquote(line), true);
      else throw new Error(`po: cannot read ${JSON.stringify(raw)}`);
    }
  }
  flush();
  function set(value, append) {
    const [name, index] = field;
    if (name === 'msgstr') {
      entry.msgstr ??= [];
      entry.msgstr[index ?? 0] = (append ? entry.msgstr[index ?? 0] : '') + value;
    } else entry[name] = (append ? entry[name] : '') + value;
  }
  const header = entries.find((e) => e.msgid === '' && !e.context);
  const headers = Object.fromEntries(
    (header?.msgstr[0] ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { headers, entries: entries.filter((e) => e !== header) };
}

/** gettext's .mo: little-endian, the strings sorted, no hash table. */
export function mo({ headers, entries }) {
  const headerText = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');
  const pairs = [
    ['', headerText],
    ...entries
      .filter((e) => e.msgstr?.some(Boolean))
      .map((e) => [`${e.context ? `${e.context}\u0004` : ''}${e.msgid}${e.plural ? `\0${e.plural}` : ''}`, e.msgstr.join('\0')]),
  ].sort(([a], [b]) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.from(a) > Buffer.from(b) ? 1 : 0));
  const n = pairs.length;
  const originals = pairs.map(([o]) => Buffer.from(o, 'utf8'));
  const translations = pairs.map(([, t]) => Buffer.from(t, 'utf8'));
  const headerSize = 28;
  const tables = headerSize + n * 16;
  let offset = tables;
  const head = Buffer.alloc(tables);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(n, 8);
  head.writeUInt32LE(headerSize, 12);
  head.writeUInt32LE(headerSize + n * 8, 16);
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(tables, 24);
  const data = [];
  for (const [table, list] of [
    [headerSize, originals],
    [headerSize + n * 8, translations],
  ]) {
    list.forEach((buffer, i) => {
      head.writeUInt32LE(buffer.length, table + i * 8);
      head.writeUInt32LE(offset, table + i * 8 + 4);
      data.push(buffer, Buffer.alloc(1));
      offset += buffer.length + 1;
    });
  }
  return Buffer.concat([head, ...data]);
}

/** The editor script's translations as wp_set_script_translations() reads them (Jed 1.x), for the strings whose key() is in `wanted`. */
export function jed({ headers, entries }, wanted) {
  const messages = { '': { domain: 'messages', lang: headers.Language, 'plural-forms': headers['Plural-Forms'] } };
  for (const e of entries) {
    if (!wanted.has(key(e)) || !e.msgstr?.some(Boolean)) continue;
    messages[`${e.context ? `${e.context}\u0004` : ''}${e.msgid}`] = e.msgstr;
  }
  return JSON.stringify({ 'translation-revision-date': '2026-01-20 00:00+0000', generator: 'memorial-card', domain: 'messages', locale_data: { messages } });
}

/** The name WordPress looks for: {domain}-{locale}-{md5 of the script's path in the plugin}.json. */
export const jedName = (domain, locale, scriptPath) => `${domain}-${locale}-${createHash('md5').update(scriptPath).digest('hex')}.json`;
