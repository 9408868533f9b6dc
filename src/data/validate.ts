/**
 * The one check every memorial's data goes through: a strict reading of the
 * `MemorialEvent` schema that copies what it accepts into a fresh object and
 * lists everything wrong. Unknown fields are errors too, so a typo is never
 * silently ignored.
 */
import { isValidTimeZone, parseIsoDate } from '../time/calendar.js';
import { cut, describe } from '../describe.js';
import type { MemorialEvent } from './event.js';

export type Validation =
  | { readonly ok: true; readonly event: MemorialEvent }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Longest string accepted anywhere in the data. */
export const MAX_TEXT_LENGTH = 2000;
/** Most figures one card shows. */
export const MAX_FIGURES = 12;

type Rule = (value: unknown, path: string) => unknown;

/**
 * Validates `input` as a {@link MemorialEvent}. `hasBundledText(id)` tells
 * whether the language files carry words for an event id, so that `text` may
 * be left out for bundled events. Every field is read exactly once: a getter
 * that answers differently the second time cannot slip anything past the
 * checks, and the result is a frozen copy of exactly what was checked.
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
  const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  /**
   * A copy of an object: each field (the `required` ones first, in order) read
   * once and checked by `rule(key)`; a key with no rule is an error, and an
   * optional field left undefined is left out.
   */
  const object = (value: unknown, path: string, rule: (key: string) => Rule | undefined, required: string[] = []) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'an object', value);
    const copy: Record<string, unknown> = {};
    for (const key of new Set([...required, ...Object.keys(value)])) {
      const check = rule(key);
      const field = (value as Record<string, unknown>)[key];
      if (!check) fail(at(path, key), 'no such field', key);
      else if (field !== undefined || required.includes(key)) copy[key] = check(field, at(path, key));
    }
    return copy;
  };
  // Paragraph separators end a bidi paragraph, and with it the isolation of
  // the string: they become spaces (as HTML would show a line break anyway).
  const text: Rule = (value, path) =>
    typeof value === 'string' && value.trim() && value.length <= MAX_TEXT_LENGTH
      ? value.replace(PARAGRAPH_SEPARATORS, ' ')
      : fail(path, `text of 1 to ${MAX_TEXT_LENGTH} characters`, value);
  const date: Rule = (value, path) =>
    typeof value === 'string' && parseIsoDate(value) ? value : fail(path, 'a real date as YYYY-MM-DD', value);
  const ids: string[] = [];
  const figure: Rule = (value, path) => {
    const copy = object(value, path, (key) => (key === 'id' ? text : key === 'value' ? count : undefined), ['id', 'value']);
    const id = (copy?.id as string | undefined) ?? '';
    if (id === '__proto__' || ids.includes(id)) fail(`${path}.id`, id === '__proto__' ? 'an id other than __proto__' : 'an id not used before', id);
    else if (id) ids.push(id);
    return copy;
  };
  // `+ 0` turns -0 (JSON's "-0") into 0.
  const count: Rule = (value, path) =>
    Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) + 0 : fail(path, 'a whole number of 0 or more', value);
  /** A figure label: text, or forms by plural category with `other` among them. */
  const label: Rule = (value, path) =>
    typeof value !== 'object' || value === null
      ? text(value, path)
      : object(value, path, (key) => (PLURAL_CATEGORIES.includes(key) ? text : undefined), ['other']);
  /** Labels by figure id: every figure needs one, unless `short`. */
  const labels =
    (short: boolean): Rule =>
    (value, path) =>
      object(value, path, (key) => (ids.includes(key) ? label : undefined), short ? [] : ids);
  const words: Rule = (value, path) =>
    object(
      value,
      path,
      (key) => (TEXT_FIELDS.includes(key) ? text : key === 'figures' ? labels(false) : key === 'figuresShort' ? labels(true) : undefined),
      ['title', 'summary', 'figures'],
    );
  const texts: Rule = (value, path) =>
    object(value, path, (lang) => (/^[a-z]{2,3}$/.test(lang) ? words : (_, p) => fail(p, 'a language code such as "en"', lang)));

  const fields: Record<string, Rule> = {
    id: text,
    date,
    timeZone: (value, path) => (typeof value === 'string' && isValidTimeZone(value) ? value : fail(path, 'an IANA time zone', value)),
    figures: (value, path) =>
      Array.isArray(value) && value.length && value.length <= MAX_FIGURES
        ? Array.from(value, (item, i) => figure(item, at(path, i)))
        : fail(path, `a list of 1 to ${MAX_FIGURES} figures`, value),
    source: (value, path) => object(value, path, (k) => (k === 'name' ? text : k === 'date' ? date : undefined), ['name', 'date']),
    text: texts,
  };
  // Own keys only: "__proto__" or "constructor" in data must not find Object.prototype's.
  const data = object(input, '', (key) => (Object.hasOwn(fields, key) ? fields[key] : undefined), [
    'id',
    'date',
    'timeZone',
    'figures',
    'source',
  ]);
  const id = data?.id as string | undefined;
  if (data && id && !Object.keys(data.text ?? {}).length && !hasBundledText(id)) {
    fail('text', 'the words in at least one language', data.text);
  }
  if (more) errors.push(`… and ${more} more`);
  if (errors.length || !data) return { ok: false, errors };
  if (!Object.keys(data.text ?? {}).length) delete data.text;
  return { ok: true, event: deepFreeze(data as unknown as MemorialEvent) };
}

/** Most problems listed; the rest are counted. */
const MAX_ERRORS = 20;
/** Characters of bidi class B (paragraph separators), which would end a `<bdi>`'s isolation. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what it looks for
const PARAGRAPH_SEPARATORS = /[\n\r\u001c-\u001e\u0085\u2029]/g;

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

