/**
 * Formatting for one language: numbers, dates, plurals, ordinals and relative
 * days through cached `Intl` objects, with the language file's `localeData`
 * standing in for what the browser lacks. No DOM.
 */
import { type CalendarDate } from '../time/calendar.js';
import type { Messages, PluralPatterns } from './messages.js';

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
  readonly #number: Intl.NumberFormat;
  readonly #year: Intl.NumberFormat;
  readonly #date: Intl.DateTimeFormat | undefined;
  readonly #relative: Intl.RelativeTimeFormat | undefined;

  constructor(messages: Messages, locale: string) {
    this.messages = messages;
    this.locale = locale;
    const data = messages.localeData;
    this.#cardinal = new Intl.PluralRules(locale);
    this.#ordinal = new Intl.PluralRules(locale, { type: 'ordinal' });
    // With bundled data, format digits the neutral way and swap in the separators.
    this.#number = new Intl.NumberFormat(data ? 'en' : locale, { maximumFractionDigits: 3 });
    this.#year = new Intl.NumberFormat(data ? 'en' : locale, { useGrouping: false });
    this.#date = data
      ? undefined
      : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' });
    this.#relative = data ? undefined : new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  }

  number(value: number): string {
    const data = this.messages.localeData;
    if (!data) return this.#number.format(value);
    return this.#number
      .formatToParts(value)
      .map((part) =>
        part.type === 'group' ? data.group : part.type === 'decimal' ? data.decimal : part.value,
      )
      .join('');
  }

  /** A calendar date, e.g. "20 January 1990", "20 yanvar 1990", "20 января 1990 г.". */
  date(date: CalendarDate): string {
    const data = this.messages.localeData;
    if (data) {
      return fill(data.date, {
        day: this.#year.format(date.day),
        month: data.months[date.month - 1],
        year: this.#year.format(date.year),
      });
    }
    // A calendar date is zoneless: format its midday in UTC so no offset can move it.
    return this.#date!.format(Date.UTC(date.year, date.month - 1, date.day, 12));
  }

  /** The pattern for `count`'s plural category, with `{n}` filled. */
  plural(patterns: PluralPatterns, count: number): string {
    return fill(this.pluralPattern(patterns, count), { n: this.number(count) });
  }

  pluralPattern(patterns: PluralPatterns, count: number): string {
    return patterns[this.#cardinal.select(count)] ?? patterns.other;
  }

  /** "36th", "36-cı", "36-я". */
  ordinal(count: number): string {
    const patterns = this.messages.ordinal;
    return fill(patterns[this.#ordinal.select(count)] ?? patterns.other, { n: this.number(count) });
  }

  /** Days from today, future only: "tomorrow", "in 56 days". */
  inDays(days: number): string {
    const data = this.messages.localeData;
    if (!data) return this.#relative!.format(days, 'day');
    return days === 1 ? data.tomorrow : this.plural(data.inDays, days);
  }
}

const formatters = new Map<string, Formatter>();

/** One formatter (and so one set of `Intl` objects) per language and locale. */
export function formatterFor(messages: Messages, locale: string): Formatter {
  const key = `${messages.lang}|${locale}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Formatter(messages, locale);
    formatters.set(key, formatter);
  }
  return formatter;
}
