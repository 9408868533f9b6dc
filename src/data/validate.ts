/**
 * The one check every memorial's data goes through: a strict reading of the
 * `MemorialEvent` schema that copies what it accepts into a fresh object and
 * lists everything wrong. Unknown fields are errors too, so a typo is never
 * silently ignored.
 */
import { isValidTimeZone, parseIsoDate } from '../time/calendar.js';
import type { MemorialEvent, MemorialFigure, MemorialText } from './event.js';

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
  const fail = (path: string, expected: string, value: unknown): undefined => {
    errors.push(`${path || 'data'}: expected ${expected}, got ${describe(value)}`);
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
  const text = (value: unknown, path: string): string | undefined =>
    typeof value === 'string' && value.trim() && value.length <= MAX_TEXT_LENGTH
      ? value
      : fail(path, `text of 1 to ${MAX_TEXT_LENGTH} characters`, value);
  const date = (value: unknown, path: string): string | undefined =>
    typeof value === 'string' && parseIsoDate(value) ? value : fail(path, 'a real date as YYYY-MM-DD', value);

  const data = record(input, '', ['id', 'date', 'timeZone', 'figures', 'source', 'text']);
  if (!data) return { ok: false, errors };
  const id = text(data.id, 'id');
  const eventDate = date(data.date, 'date');
  const timeZone = typeof data.timeZone === 'string' && isValidTimeZone(data.timeZone)
    ? data.timeZone
    : fail('timeZone', 'an IANA time zone', data.timeZone);

  const figures: MemorialFigure[] = [];
  const list = data.figures;
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_FIGURES) {
    fail('figures', `a list of 1 to ${MAX_FIGURES} figures`, list);
  } else {
    list.forEach((item: unknown, i) => {
      const path = `figures[${i}]`;
      const figure = record(item, path, ['id', 'value']);
      if (!figure) return;
      const figureId = text(figure.id, `${path}.id`);
      const value = figure.value;
      if (!Number.isSafeInteger(value) || (value as number) < 0) fail(`${path}.value`, 'a whole number of 0 or more', value);
      else if (figures.some((f) => f.id === figureId)) fail(`${path}.id`, 'an id not used before', figureId);
      else if (figureId) figures.push({ id: figureId, value: value as number });
    });
  }

  const sourceData = record(data.source, 'source', ['name', 'date']);
  const source = sourceData && { name: text(sourceData.name, 'source.name'), date: date(sourceData.date, 'source.date') };

  const texts: Record<string, MemorialText> = {};
  if (data.text !== undefined) {
    const byLang = record(data.text, 'text', Object.keys(data.text ?? {}));
    for (const [lang, value] of Object.entries(byLang ?? {})) {
      const path = `text.${lang}`;
      if (!/^[a-z]{2,3}$/.test(lang)) fail(path, 'a language code such as "en"', lang);
      const t = record(value, path, ['title', 'summary', 'figures', 'figuresShort', 'alsoKnownAs', 'place', 'dayName']);
      if (!t) continue;
      const copy: Record<string, unknown> = {};
      for (const key of ['title', 'summary', 'alsoKnownAs', 'place', 'dayName']) {
        if (key in t || key === 'title' || key === 'summary') copy[key] = text(t[key], `${path}.${key}`);
      }
      for (const key of ['figures', 'figuresShort']) {
        if (key === 'figuresShort' && t[key] === undefined) continue;
        const map = record(t[key], `${path}.${key}`, figures.map((f) => f.id)) ?? {};
        // Every figure needs a label; a short label may be left out.
        for (const f of figures) if (key === 'figures' || f.id in map) text(map[f.id], `${path}.${key}.${f.id}`);
        copy[key] = { ...map };
      }
      texts[lang] = copy as unknown as MemorialText;
    }
  }
  if (!Object.keys(texts).length && id && !hasBundledText(id)) fail('text', 'the words in at least one language', data.text);

  if (errors.length || !id || !eventDate || !timeZone || !source?.name || !source.date) return { ok: false, errors };
  const event = { id, date: eventDate, timeZone, figures, source: { name: source.name, date: source.date } };
  return { ok: true, event: Object.keys(texts).length ? { ...event, text: texts } : event };
}

/** A short, safe description of a bad value for a warning. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return value && typeof value === 'object' ? 'an object' : String(value);
}
