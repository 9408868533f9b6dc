/**
 * The card's vocabulary, written once: every attribute's name, its allowed
 * values or range and how a value is read, the bundled languages, and the
 * query parameters of the embed pages. The element warns and falls back on
 * a value `parse` refuses, the static renderer throws, and the command, the
 * embed pages, the demo and the WordPress plugin (through a file the build
 * generates from this one) list what is here.
 *
 * Adding a language: a new file in `i18n/` and its line in `LANGUAGES`.
 */
import type { Messages } from './i18n/messages.js';
import az from './i18n/az.js';
import en from './i18n/en.js';
import ru from './i18n/ru.js';
import type { AttributeName } from './attribute-names.js';
import { Lru } from './lru.js';
import { own } from './own.js';
import { isValidTimeZone, parseNow } from './time/calendar.js';

/** The bundled languages, by code. */
export const LANGUAGES: Readonly<Record<string, Messages>> = { az, en, ru };

/** The language of a card whose page asks for none we have. */
export const DEFAULT_LANGUAGE = 'en';

export const THEMES = ['light', 'dark', 'auto'] as const;
export const LAYOUTS = ['card', 'compact'] as const;
export type Theme = (typeof THEMES)[number];
export type Layout = (typeof LAYOUTS)[number];

/** `show-days-before`: from the anniversary itself to a whole year before it, leap day included. */
export const SEASON_DAYS = { min: 0, max: 366 } as const;

/**
 * One attribute: its name and `parse`, which answers the value to use, or
 * `undefined` for a value it refuses (`EXPECTED` words what it takes). `parse` takes anything (a property may be set to any
 * type) and never throws.
 */
export interface Attribute<T, A extends unknown[] = [], N extends string = AttributeName> {
  readonly name: N;
  readonly parse: (value: unknown, ...context: A) => T | undefined;
}

export { EMBED_PARAMETERS, type AttributeName } from './attribute-names.js';

/** `a, b or c`. */
const or = (items: readonly string[]) => `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

const oneOf = <T extends string>(name: AttributeName, values: readonly T[]): Attribute<T> => ({
  name,
  parse: (value) => (values.includes(value as T) ? (value as T) : undefined),
});

/** A bundled language, and the locale `Intl` formats it in. */
export interface ResolvedLanguage {
  readonly messages: Messages;
  /** The tag asked for when it names a region or script (`en-US`), else the language file's. */
  readonly locale: string;
}

const matches = /* @__PURE__ */ new Lru<ResolvedLanguage | undefined>(64);

/**
 * The bundled language for a BCP 47 tag (`az-Latn-AZ` → az, `ru-RU` → ru), or
 * undefined when the tag is malformed or its language is not bundled.
 * Cached (a page of cards asks the same question many times), in a bounded cache.
 */
export function matchLanguage(tag: unknown): ResolvedLanguage | undefined {
  return typeof tag === 'string' ? matches.get(tag, () => resolveLanguage(tag)) : undefined;
}

/** @internal For tests: the language cache, which must stay bounded. */
export const languageCache = matches;

function resolveLanguage(tag: string): ResolvedLanguage | undefined {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag.trim());
  } catch {
    return undefined;
  }
  if (!canonical) return undefined;
  const code = new Intl.Locale(canonical).language;
  const messages = own(LANGUAGES, code);
  return messages && { messages, locale: canonical === code ? messages.locale : canonical };
}

/** A whole number in `range`, as a number or the digits of one. */
const whole = <N extends string>(name: N, range: { min: number; max: number }): Attribute<number, [], N> => ({
  name,
  parse: (value) => {
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(n) && n >= range.min && n <= range.max ? n : undefined;
  },
});

export const lang: Attribute<ResolvedLanguage> = { name: 'lang', parse: matchLanguage };
export const theme = oneOf('theme', THEMES);
export const layout = oneOf('layout', LAYOUTS);
export const timeZone: Attribute<string> = {
  name: 'time-zone',
  parse: (value) => (typeof value === 'string' && isValidTimeZone(value) ? value : undefined),
};
/** `now` is read in the card's time zone: a date alone is that day there. */
export const now: Attribute<number, [zone: string]> = {
  name: 'now',
  parse: (value, zone) => parseNow(value as string, zone),
};
export const showDaysBefore = whole('show-days-before', SEASON_DAYS);

/** `heading-level`: the level of the card's heading (`<h2>` by default), to fit the page's outline. */
export const HEADING_LEVELS = { min: 1, max: 6 } as const;
/** The `aria-level` of the card's `<h2>`: on the element, the static render and the embed pages alike. */
export const headingLevel = whole('heading-level', HEADING_LEVELS);

/** Every attribute, in the order of `EMBED_PARAMETERS`. */
export const ATTRIBUTES = [lang, theme, layout, now, timeZone, showDaysBefore, headingLevel] as const;

/** What each attribute takes, in words, for an error: `"blue" is not one of light, dark, auto`. */
// Built by a pure call, so that a bundle that never reads it (the element) leaves it out.
export const EXPECTED: Readonly<Record<AttributeName, string>> = /* @__PURE__ */ (() => ({
  lang: or(Object.keys(LANGUAGES)),
  theme: `one of ${THEMES.join(', ')}`,
  layout: `one of ${LAYOUTS.join(', ')}`,
  now: 'an ISO 8601 date or date-time',
  'time-zone': 'an IANA time zone',
  'show-days-before': `a whole number from ${SEASON_DAYS.min} to ${SEASON_DAYS.max}`,
  'heading-level': `a whole number from ${HEADING_LEVELS.min} to ${HEADING_LEVELS.max}`,
}))();
