/**
 * The one check every memorial's data goes through. It reads only the fields
 * of the schema, copies them into a fresh object, and lists what is wrong.
 */
import { isValidTimeZone, parseIsoDate } from '../time/calendar.js';
import type { MemorialEvent, MemorialFigure, MemorialText } from './event.js';

export type Validation =
  | { readonly ok: true; readonly event: MemorialEvent; readonly notes: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Longest string accepted anywhere in the data. */
export const MAX_TEXT_LENGTH = 2000;
/** Most figures one card shows. */
export const MAX_FIGURES = 12;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const EVENT_KEYS = ['id', 'date', 'timeZone', 'figures', 'source', 'text'];
const TEXT_KEYS = ['title', 'alsoKnownAs', 'place', 'dayName', 'summary', 'figures'];

/**
 * Validates `input` as a {@link MemorialEvent}. `hasBundledText(id)` tells
 * whether the language files carry texts for an event id, so that `text` may
 * be left out for bundled events.
 */
export function validateEvent(input: unknown, hasBundledText: (id: string) => boolean = () => false): Validation {
  const errors: string[] = [];
  const notes: string[] = [];
  if (!isObject(input)) {
    return { ok: false, errors: [`expected an object, got ${describe(input)}`] };
  }

  const text = (value: unknown, path: string, optional = false): string | undefined => {
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      errors.push(`${path} must be a non-empty string, got ${describe(value)}`);
      return undefined;
    }
    if (value.length > MAX_TEXT_LENGTH) {
      errors.push(`${path} is longer than ${MAX_TEXT_LENGTH} characters (${value.length})`);
      return undefined;
    }
    return value;
  };
  const isoDate = (value: unknown, path: string): string | undefined => {
    if (typeof value === 'string' && parseIsoDate(value)) return value;
    errors.push(`${path} must be a real date as YYYY-MM-DD, got ${describe(value)}`);
    return undefined;
  };
  const unknownKeys = (value: Json, known: string[], path: string) => {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) notes.push(`${path}${key} is not a known field and was ignored`);
    }
  };

  unknownKeys(input, EVENT_KEYS, '');
  const id = text(input.id, 'id');
  const date = isoDate(input.date, 'date');
  const timeZone = text(input.timeZone, 'timeZone');
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    errors.push(`timeZone must be an IANA time zone, got ${describe(timeZone)}`);
  }

  const figures: MemorialFigure[] = [];
  if (!Array.isArray(input.figures) || input.figures.length === 0 || input.figures.length > MAX_FIGURES) {
    errors.push(`figures must be a list of 1 to ${MAX_FIGURES} figures, got ${describe(input.figures)}`);
  } else {
    input.figures.forEach((figure: unknown, i) => {
      const path = `figures[${i}]`;
      if (!isObject(figure)) {
        errors.push(`${path} must be an object, got ${describe(figure)}`);
        return;
      }
      const figureId = text(figure.id, `${path}.id`);
      const value = figure.value;
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        errors.push(`${path}.value must be a whole number of 0 or more, got ${describe(value)}`);
      } else if (figureId !== undefined) {
        if (figures.some((f) => f.id === figureId)) errors.push(`${path}.id "${figureId}" is used twice`);
        else figures.push({ id: figureId, value });
      }
    });
  }

  let source: MemorialEvent['source'] | undefined;
  if (!isObject(input.source)) {
    errors.push(`source must be an object with name and date, got ${describe(input.source)}`);
  } else {
    const name = text(input.source.name, 'source.name');
    const sourceDate = isoDate(input.source.date, 'source.date');
    if (name !== undefined && sourceDate !== undefined) source = { name, date: sourceDate };
  }

  const texts: Record<string, MemorialText> = {};
  if (input.text !== undefined) {
    if (!isObject(input.text)) {
      errors.push(`text must be an object keyed by language code, got ${describe(input.text)}`);
    } else {
      for (const [lang, value] of Object.entries(input.text)) {
        const checked = checkText(value, `text.${lang}`);
        if (checked) texts[lang] = checked;
      }
    }
  }
  if (Object.keys(texts).length === 0 && !(id !== undefined && hasBundledText(id)) && errors.length === 0) {
    errors.push('text must give the words in at least one language');
  }

  function checkText(value: unknown, path: string): MemorialText | undefined {
    if (!isObject(value)) {
      errors.push(`${path} must be an object, got ${describe(value)}`);
      return undefined;
    }
    unknownKeys(value, TEXT_KEYS, `${path}.`);
    const before = errors.length;
    const labels: Record<string, string> = {};
    if (!isObject(value.figures)) {
      errors.push(`${path}.figures must map each figure id to its label, got ${describe(value.figures)}`);
    } else {
      for (const figure of figures) {
        const label = text(value.figures[figure.id], `${path}.figures.${figure.id}`);
        if (label !== undefined) labels[figure.id] = label;
      }
    }
    const checked: MemorialText = {
      title: text(value.title, `${path}.title`) ?? '',
      summary: text(value.summary, `${path}.summary`) ?? '',
      alsoKnownAs: text(value.alsoKnownAs, `${path}.alsoKnownAs`, true),
      place: text(value.place, `${path}.place`, true),
      dayName: text(value.dayName, `${path}.dayName`, true),
      figures: labels,
    };
    return errors.length === before ? checked : undefined;
  }

  if (errors.length > 0 || !id || !date || !timeZone || !source) {
    return { ok: false, errors };
  }
  const event: MemorialEvent = Object.keys(texts).length
    ? { id, date, timeZone, figures, source, text: texts }
    : { id, date, timeZone, figures, source };
  return { ok: true, event, notes };
}

/** A short, safe description of a bad value for a warning. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  }
  if (typeof value === 'object') return 'an object';
  return String(value);
}
