/**
 * The one check every memorial's data goes through: a strict reading of the
 * `MemorialEvent` schema that copies what it accepts into a fresh object and
 * lists everything wrong, as data (`Issue`): the element, the renderer and
 * the command each put it in their own words. Unknown fields are errors
 * too, so a typo is never silently ignored.
 */
import { isValidTimeZone, parseIsoDate } from '../time/calendar.js';
import { cut, describe } from '../describe.js';
import { own } from '../own.js';
import type { MemorialEvent } from './event.js';

/**
 * What is wrong with one value in the data. `path` names it with the data's
 * own keys (`text.en.figures.killed.one`), as they are: whoever prints it
 * escapes it (`formatIssue` as JSON escapes a string). `expected` is what
 * the schema wants, `got` a short, safe description of what was there.
 */
export interface Issue {
  readonly path: string;
  readonly code: IssueCode;
  readonly expected: string;
  readonly got: string;
}

export type IssueCode =
  | 'unknown-field'
  | 'object'
  | 'text'
  | 'date'
  | 'time-zone'
  | 'figures'
  | 'count'
  | 'duplicate-id'
  | 'reserved-id'
  | 'language-code'
  | 'no-words'
  | 'unreadable';

export type Validation =
  | { readonly ok: true; readonly event: MemorialEvent }
  /** `issues` lists the first problems; `more` counts the rest. */
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly more: number };

/** Longest string accepted anywhere in the data. */
export const MAX_TEXT_LENGTH = 2000;
/** Most figures one card shows. */
export const MAX_FIGURES = 12;

/**
 * One issue in words: `text.en.title: expected text of 1 to 2000 characters, got 42`.
 * The path's keys are the data's own: escaped as JSON escapes a string (a
 * key with a line break in it cannot forge a line of the report).
 */
export const formatIssue = (issue: Issue): string =>
  issue.code === 'unreadable'
    ? `data could not be read (${issue.got})`
    : `${JSON.stringify(cut(issue.path)).slice(1, -1) || 'data'}: expected ${issue.expected}, got ${issue.got}`;

/** Where a value sits: its path with the data's keys (`text.en.figures.killed.one`). */
type Place = string;
type Rule = (value: unknown, place: Place) => unknown;

const EXPECTED: Readonly<Record<IssueCode, string>> = {
  'unknown-field': 'no such field',
  object: 'an object',
  text: `text of 1 to ${MAX_TEXT_LENGTH} characters`,
  date: 'a real date as YYYY-MM-DD',
  'time-zone': 'an IANA time zone',
  figures: `a list of 1 to ${MAX_FIGURES} figures`,
  count: 'a whole number of 0 or more',
  'duplicate-id': 'an id not used before',
  'reserved-id': 'an id other than __proto__',
  'language-code': 'a language code such as "en"',
  'no-words': 'the words in at least one language',
  unreadable: 'data that can be read',
};

/**
 * Validates `input` as a {@link MemorialEvent}. Every field is read exactly
 * once: a getter that answers differently the second time cannot slip
 * anything past the checks, and the result is a frozen copy of exactly what
 * was checked. It never throws: data that cannot be read (a throwing getter,
 * a revoked proxy) is an `unreadable` issue.
 */
export function validateEvent(input: unknown): Validation {
  const issues: Issue[] = [];
  let more = 0;
  const fail = (path: Place, code: IssueCode, value: unknown): undefined => {
    // A flood of problems (100,000 unknown keys) makes a short list and a count.
    if (issues.length < MAX_ISSUES) issues.push({ path, code, expected: EXPECTED[code], got: describe(value) });
    else more++;
    return undefined;
  };
  /** The place of `key` (or index) below `path`. */
  const at = (path: Place, key: string | number): Place =>
    typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
  /**
   * A copy of an object: each field (the `required` ones first, in order) read
   * once and checked by `rule(key)`; a key with no rule is an error, and an
   * optional field left undefined is left out.
   */
  const object = (
    value: unknown,
    place: Place,
    rule: (key: string) => Rule | undefined,
    required: string[] = [],
  ) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(place, 'object', value);
    const copy: Record<string, unknown> = {};
    for (const key of new Set([...required, ...Object.keys(value)])) {
      const check = rule(key);
      const field = (value as Record<string, unknown>)[key];
      const here = at(place, key);
      if (!check) fail(here, 'unknown-field', key);
      else if (field !== undefined || required.includes(key)) copy[key] = check(field, here);
    }
    return copy;
  };
  // Paragraph separators end a bidi paragraph, and with it the isolation of
  // the string: they become spaces (as HTML would show a line break anyway).
  const text: Rule = (value, place) =>
    typeof value === 'string' && value.trim() && value.length <= MAX_TEXT_LENGTH
      ? value.replace(PARAGRAPH_SEPARATORS, ' ')
      : fail(place, 'text', value);
  const date: Rule = (value, place) => (typeof value === 'string' && parseIsoDate(value) ? value : fail(place, 'date', value));
  const ids: string[] = [];
  const figure: Rule = (value, place) => {
    const copy = object(value, place, (key) => (key === 'id' ? text : key === 'value' ? count : undefined), ['id', 'value']);
    const id = (copy?.id as string | undefined) ?? '';
    if (id === '__proto__' || ids.includes(id)) fail(at(place, 'id'), id === '__proto__' ? 'reserved-id' : 'duplicate-id', id);
    else if (id) ids.push(id);
    return copy;
  };
  // `+ 0` turns -0 (JSON's "-0") into 0.
  const count: Rule = (value, place) =>
    Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) + 0 : fail(place, 'count', value);
  /** A figure label: text, or forms by plural category with `other` among them. */
  const label: Rule = (value, place) =>
    typeof value !== 'object' || value === null
      ? text(value, place)
      : object(value, place, (key) => (PLURAL_CATEGORIES.includes(key) ? text : undefined), ['other']);
  /** Labels by figure id (the data's keys): every figure needs one, unless `short`. */
  const labels =
    (short: boolean): Rule =>
    (value, place) =>
      object(value, place, (key) => (ids.includes(key) ? label : undefined), short ? [] : ids);
  const words: Rule = (value, place) =>
    object(
      value,
      place,
      (key) => (TEXT_FIELDS.includes(key) ? text : key === 'figures' ? labels(false) : key === 'figuresShort' ? labels(true) : undefined),
      ['title', 'summary', 'figures'],
    );
  /** Words by language, by language code. */
  const texts: Rule = (value, place) =>
    object(value, place, (code) => (/^[a-z]{2,3}$/.test(code) ? words : (_, here) => fail(here, 'language-code', code)));

  const fields: Record<string, Rule> = {
    id: text,
    date,
    timeZone: (value, place) => (typeof value === 'string' && isValidTimeZone(value) ? value : fail(place, 'time-zone', value)),
    figures: (value, place) =>
      Array.isArray(value) && value.length && value.length <= MAX_FIGURES
        ? // By index, up to `length`: an own Symbol.iterator cannot yield more than was counted.
          Array.from({ length: value.length }, (_, i) => figure(value[i], at(place, i)))
        : fail(place, 'figures', value),
    source: (value, place) => object(value, place, (k) => (k === 'name' ? text : k === 'date' ? date : undefined), ['name', 'date']),
    text: texts,
  };
  let data: Record<string, unknown> | undefined;
  try {
    // Own keys only: "__proto__" or "constructor" in data must not find Object.prototype's.
    data = object(input, '', (key) => own(fields, key), [
      'id',
      'date',
      'timeZone',
      'figures',
      'source',
    ]);
    if (data?.id && !Object.keys(data.text ?? {}).length) fail('text', 'no-words', data.text);
  } catch (error) {
    // A getter or proxy that throws: the data cannot even be read.
    fail('', 'unreadable', error);
  }
  if (issues.length || !data) return { ok: false, issues, more };
  return { ok: true, event: deepFreeze(data as unknown as MemorialEvent) };
}

/** Most problems listed; the rest are counted. */
const MAX_ISSUES = 20;
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

