/**
 * The one check every memorial's data goes through: a strict reading of the
 * `MemorialEvent` schema that copies what it accepts into a fresh object and
 * lists everything wrong. Unknown fields are errors too, so a typo is never
 * silently ignored.
 */
import { isValidTimeZone, parseIsoDate } from '../time/calendar.js';
import type { FigureLabel, MemorialEvent, MemorialFigure, MemorialText } from './event.js';

export type Validation =
  | { readonly ok: true; readonly event: MemorialEvent }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Longest string accepted anywhere in the data. */
export const MAX_TEXT_LENGTH = 2000;
/** Most figures one card shows. */
export const MAX_FIGURES = 12;

type Json = Record<string, unknown>;

/**
 * Validates `input` as a {@link MemorialEvent}. `hasBundledText(id)` tells
 * whether the language files carry words for an event id, so that `text` may
 * be left out for bundled events.
 */
export function validateEvent(input: unknown, hasBundledText: (id: string) => boolean = () => false): Validation {
  const errors: string[] = [];
  let more = 0;
  const fail = (path: string, expected: string, value: unknown): undefined => {
    // A flood of problems (100,000 unknown keys) makes a short list and a count.
    if (errors.length < MAX_ERRORS) errors.push(`${cut(path) || 'data'}: expected ${expected}, got ${describe(value)}`);
    else more++;
    return undefined;
  };
  /** An object with no keys but the given ones. */
  const record = (value: unknown, path: string, keys: string[]): Json | undefined => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'an object', value);
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) fail(path ? `${path}.${key}` : key, 'no such field', key);
    }
    return value as Json;
  };
  // Paragraph separators end a bidi paragraph, and with it the isolation of
  // the string: they become spaces (as HTML would show a line break anyway).
  const text = (value: unknown, path: string): string | undefined =>
    typeof value === 'string' && value.trim() && value.length <= MAX_TEXT_LENGTH
      ? value.replace(PARAGRAPH_SEPARATORS, ' ')
      : fail(path, `text of 1 to ${MAX_TEXT_LENGTH} characters`, value);
  const date = (value: unknown, path: string): string | undefined =>
    typeof value === 'string' && parseIsoDate(value) ? value : fail(path, 'a real date as YYYY-MM-DD', value);

  // Every field is read exactly once: a getter that answers differently the
  // second time cannot slip anything past the checks.
  const data = record(input, '', ['id', 'date', 'timeZone', 'figures', 'source', 'text']);
  if (!data) return { ok: false, errors };
  const id = text(data.id, 'id');
  const eventDate = date(data.date, 'date');
  const zoneValue = data.timeZone;
  const timeZone = typeof zoneValue === 'string' && isValidTimeZone(zoneValue) ? zoneValue : fail('timeZone', 'an IANA time zone', zoneValue);

  const figures: MemorialFigure[] = [];
  const list = data.figures;
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_FIGURES) {
    fail('figures', `a list of 1 to ${MAX_FIGURES} figures`, list);
  } else {
    Array.from(list).forEach((item: unknown, i) => {
      const path = `figures[${i}]`;
      const figure = record(item, path, ['id', 'value']);
      if (!figure) return;
      const figureId = text(figure.id, `${path}.id`);
      const value = figure.value;
      if (!Number.isSafeInteger(value) || (value as number) < 0) fail(`${path}.value`, 'a whole number of 0 or more', value);
      else if (figures.some((f) => f.id === figureId)) fail(`${path}.id`, 'an id not used before', figureId);
      else if (figureId === '__proto__') fail(`${path}.id`, 'an id other than __proto__', figureId);
      // `+ 0` turns -0 (JSON's "-0") into 0.
      else if (figureId) figures.push({ id: figureId, value: (value as number) + 0 });
    });
  }

  const sourceData = record(data.source, 'source', ['name', 'date']);
  const source = sourceData && { name: text(sourceData.name, 'source.name'), date: date(sourceData.date, 'source.date') };

  /** A figure label: text, or forms by plural category with `other` among them. */
  const label = (value: unknown, path: string): FigureLabel | undefined => {
    if (typeof value !== 'object' || value === null) return text(value, path);
    const forms = record(value, path, PLURAL_CATEGORIES);
    if (!forms) return undefined;
    const copy: Record<string, string | undefined> = {};
    for (const category of Object.keys(forms)) copy[category] = text(forms[category], `${path}.${category}`);
    if (!('other' in copy)) fail(`${path}.other`, 'the form for other numbers', undefined);
    return copy as FigureLabel;
  };

  const texts: Record<string, MemorialText> = {};
  const textData = data.text;
  if (textData !== undefined) {
    const byLang = record(textData, 'text', typeof textData === 'object' && textData ? Object.keys(textData) : []);
    for (const lang of Object.keys(byLang ?? {})) {
      const path = `text.${lang}`;
      if (!/^[a-z]{2,3}$/.test(lang)) {
        fail(path, 'a language code such as "en"', lang);
        continue;
      }
      const t = record(byLang?.[lang], path, [...TEXT_FIELDS, 'figures', 'figuresShort']);
      if (!t) continue;
      const copy: Record<string, unknown> = {};
      for (const key of TEXT_FIELDS) {
        const value = t[key];
        if (value !== undefined || key === 'title' || key === 'summary') copy[key] = text(value, `${path}.${key}`);
      }
      for (const key of ['figures', 'figuresShort']) {
        const labels = t[key];
        if (key === 'figuresShort' && labels === undefined) continue;
        const map = record(labels, `${path}.${key}`, figures.map((f) => f.id));
        if (!map) continue;
        // Every figure needs a label; a short label may be left out.
        const labelCopy: Record<string, FigureLabel | undefined> = {};
        for (const f of figures) {
          if (key === 'figures' || Object.hasOwn(map, f.id)) labelCopy[f.id] = label(map[f.id], `${path}.${key}.${f.id}`);
        }
        copy[key] = labelCopy;
      }
      texts[lang] = copy as unknown as MemorialText;
    }
  }
  if (!Object.keys(texts).length && id && !hasBundledText(id)) fail('text', 'the words in at least one language', textData);

  if (more) errors.push(`… and ${more} more`);
  if (errors.length || !id || !eventDate || !timeZone || !source?.name || !source.date) return { ok: false, errors };
  const event = { id, date: eventDate, timeZone, figures, source: { name: source.name, date: source.date } };
  return { ok: true, event: deepFreeze(Object.keys(texts).length ? { ...event, text: texts } : event) };
}

/** Most problems listed; the rest are counted. */
const MAX_ERRORS = 20;
/** Characters of bidi class B (paragraph separators), which would end a `<bdi>`'s isolation. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what it looks for
const PARAGRAPH_SEPARATORS = /[\n\r\u001c-\u001e\u0085\u2029]/g;
const cut = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const TEXT_FIELDS = ['title', 'summary', 'alsoKnownAs', 'place', 'dayName', 'sourceName'];

/** The validated copy is frozen all the way down: what was checked is what is shown. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A short, safe description of a bad value for a warning. */
export function describe(value: unknown): string {
  const cut = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
  switch (typeof value) {
    case 'string':
      return JSON.stringify(cut(value));
    case 'symbol':
      return cut(value.toString());
    case 'function':
      return 'a function';
    case 'object':
      if (value === null) return 'null';
      try {
        // (Array.isArray throws on a revoked proxy.)
        return Array.isArray(value) ? `a list of ${value.length}` : 'an object';
      } catch {
        return 'an object that cannot be read';
      }
    default:
      // numbers, booleans, bigints, undefined: String() cannot throw on these.
      return String(value);
  }
}
