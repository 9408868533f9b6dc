import type { PluralText } from '../data/event.js';

/** A pattern per plural category, `{n}` standing for the formatted number. */
export type PluralPatterns = PluralText;

/**
 * What a language has that `Intl` in some browsers does not. Chromium ships
 * no Azerbaijani date, number or relative-time data, so `az` carries it here
 * and the card prints the same text in every browser.
 */
export interface LocaleData {
  /** Month names as used in a date ("20 yanvar 1990"), January first. */
  readonly months: readonly string[];
  /** Date pattern with `{day}`, `{month}`, `{year}`. */
  readonly date: string;
  /** Digit group and decimal separators. */
  readonly group: string;
  readonly decimal: string;
  /** Days ahead, for `nextAnniversary`'s `{in}` (`{n}` glued to its unit); 1 day is `nextTomorrow`. */
  readonly inDays: PluralPatterns;
}

/**
 * Every word of the card's own a person reads, for one language (the
 * event's words are the event's: see `MemorialEvent.text`). Patterns take
 * named `{placeholders}`; numbers, dates, plurals and ordinals are formatted
 * through `Intl` before they are put in.
 */
export interface Messages {
  /** The language code this file is for, e.g. `az`. */
  readonly lang: string;
  /** The locale handed to `Intl` when the page asks for the bare language. */
  readonly locale: string;
  /** Data `Intl` may lack; when present it is used instead of `Intl`'s. */
  readonly localeData?: LocaleData;
  /**
   * `min2`: no group separator in four-digit numbers ("1234 дня"), as the
   * language's typesetting has it. Default: `Intl`'s grouping.
   */
  readonly grouping?: 'min2';
  /** Ordinal patterns by `Intl.PluralRules({ type: 'ordinal' })` category. */
  readonly ordinal: PluralPatterns;
  /** The big counter: "{n} years ago". */
  readonly yearsAgo: PluralPatterns;
  /** The big counter before the first anniversary, instead of "0 years ago". */
  readonly lessThanYear: string;
  /** The anniversary with its date, for text rendered without a given `now`: "{ordinal} anniversary on {date}". */
  readonly anniversary: string;
  /** The line under it on an anniversary: "{ordinal} anniversary today". */
  readonly anniversaryToday: string;
  /** …on other days: "{ordinal} anniversary {in}", `{in}` being "in 56 days" or "tomorrow". */
  readonly nextAnniversary: string;
  /** …on its eve, when the language cannot say it with `{in}` ("{ordinal} ildönümü sabahdır"). */
  readonly nextTomorrow?: string;
  /** Before a future event: "In {n} days"; the eve is `tomorrow`. */
  readonly daysToGo: PluralPatterns;
  /** The eve of a future event: "Tomorrow". */
  readonly tomorrow: string;
  /** On the event's own date. */
  readonly eventToday: string;
  /** The source line: "Source: {name}, {date}". */
  readonly source: string;
  /** Accessible name of the list of figures. */
  readonly figuresLabel: string;
}
