/**
 * Formatting for one language: numbers, dates, plurals, ordinals and relative
 * days through cached `Intl` objects, with the language file's `localeData`
 * standing in for what the browser lacks. No DOM.
 */
import { Lru } from '../lru.js';
import { type CalendarDate, dayNumber } from '../time/calendar.js';
import type { FigureLabel } from '../data/event.js';
import type { Messages, PluralPatterns } from './messages.js';

/**
 * Our typesetting rules for what `Intl` prints with plain spaces: a date
 * never breaks inside, and a number never ends a line before its unit.
 */
const keepDate = (text: string) => text.replace(/\s/g, '\u00a0');
const keepNumbers = (text: string) => text.replace(/(\d)\s/g, '$1\u00a0');

/** Text split at its placeholders, so a renderer can style a value apart. */
export type Part = { readonly text: string; readonly key?: string };

/** Fills `{name}` placeholders, keeping each filled value as its own part. */
export function fillParts(pattern: string, values: Readonly<Record<string, string>>): Part[] {
  const parts: Part[] = [];
  for (const [i, piece] of pattern.split(/\{(\w+)\}/).entries()) {
    if (i % 2 === 0) {
      if (piece) parts.push({ text: piece });
    } else {
      parts.push({ text: values[piece] ?? `{${piece}}`, key: piece });
    }
  }
  return parts;
}

/** Fills `{name}` placeholders. */
export function fill(pattern: string, values: Readonly<Record<string, string>>): string {
  return fillParts(pattern, values)
    .map((part) => part.text)
    .join('');
}

export class Formatter {
  readonly messages: Messages;
  readonly locale: string;
  readonly #cardinal: Intl.PluralRules;
  readonly #ordinal: Intl.PluralRules;
  /** "1,234", "1.234", "12 345" (ru: "1234"). */
  readonly number: (value: number) => string;
  /** A calendar date, e.g. "20 January 1990", "20 yanvar 1990", "20 января 1990 г.". */
  readonly date: (date: CalendarDate) => string;
  /** Days ahead: "tomorrow", "in 56 days" (az: "56 gün qalır", never 1). */
  readonly inDays: (days: number) => string;

  constructor(messages: Messages, locale: string) {
    this.messages = messages;
    this.locale = locale;
    this.#cardinal = new Intl.PluralRules(locale);
    this.#ordinal = new Intl.PluralRules(locale, { type: 'ordinal' });
    const data = messages.localeData;
    if (data) {
      // Intl lacks this language in some browsers: format digits the neutral
      // way and put in the language's own separators and words.
      const number = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
      const plain = new Intl.NumberFormat('en', { useGrouping: false });
      const separators: Record<string, string> = { group: data.group, decimal: data.decimal };
      this.number = (value) =>
        number
          .formatToParts(value)
          .map((part) => separators[part.type] ?? part.value)
          .join('');
      this.date = (date) =>
        keepDate(fill(data.date, { day: plain.format(date.day), month: data.months[date.month - 1], year: plain.format(date.year) }));
      this.inDays = (days) => this.plural(data.inDays, days);
    } else {
      const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: messages.grouping ?? 'auto' });
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' });
      const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
      this.number = (value) => number.format(value);
      // A calendar date is zoneless: format its midday in UTC so no offset can move it.
      this.date = (day) => keepDate(date.format(dayNumber(day) * 86_400_000 + 43_200_000));
      this.inDays = (days) => keepNumbers(relative.format(days, 'day'));
    }
  }

  /** The pattern for `count`'s plural category, with `{n}` filled. */
  plural(patterns: PluralPatterns, count: number): string {
    return fill(this.pluralPattern(patterns, count), { n: this.number(count) });
  }

  pluralPattern(patterns: PluralPatterns, count: number): string {
    return patterns[this.#cardinal.select(count)] ?? patterns.other;
  }

  /** A figure's label in the form that agrees with `count`. */
  label(label: FigureLabel, count: number): string {
    return typeof label === 'string' ? label : this.pluralPattern(label, count);
  }

  /** "36th", "36-cı", "36-я". */
  ordinal(count: number): string {
    const patterns = this.messages.ordinal;
    return fill(patterns[this.#ordinal.select(count)] ?? patterns.other, { n: this.number(count) });
  }
}

const formatters = new Lru<Formatter>(32);

/** One formatter (and so one set of `Intl` objects) per language and locale, in a bounded cache. */
export function formatterFor(messages: Messages, locale: string): Formatter {
  return formatters.get(`${messages.lang}|${locale}`, () => new Formatter(messages, locale));
}

/** @internal For tests: the formatter cache, which must stay bounded. */
export const formatterCache = formatters;
