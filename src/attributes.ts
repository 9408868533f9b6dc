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
import { Lru } from './lru.js';
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
 * One attribute: its name, the words for what it takes (for a warning or an
 * error: "invalid theme="blue": expected one of light, dark, auto"), its
 * default, and `parse`, which answers the value to use, or `undefined` for
 * a value it refuses. `parse` takes anything (a property may be set to any
 * type) and never throws.
 */
export interface Attribute<T, A extends unknown[] = []> {
  readonly name: AttributeName;
  readonly expected: string;
  readonly parse: (value: unknown, ...context: A) => T | undefined;
}

/**
 * Every attribute's name, in the order the command's help and the demo list
 * them: also the query parameters of the embed pages
 * (`embed.html?lang=az&theme=dark`). A plain list, so that a script that
 * needs only the names (the embed page's) does not carry the languages. A
 * test checks that it names exactly the attributes of `ATTRIBUTES`.
 */
export const EMBED_PARAMETERS = ['lang', 'theme', 'layout', 'now', 'time-zone', 'show-days-before'] as const;
export type AttributeName = (typeof EMBED_PARAMETERS)[number];

/** `a, b or c`. */
const or = (items: readonly string[]) => `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

const oneOf = <T extends string>(name: AttributeName, values: readonly T[]): Attribute<T> => ({
  name,
  expected: `one of ${values.join(', ')}`,
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
  const messages = Object.hasOwn(LANGUAGES, code) ? LANGUAGES[code] : undefined;
  return messages && { messages, locale: canonical === code ? messages.locale : canonical };
}

/** A whole number of days in `SEASON_DAYS`, as a number or the digits of one. */
function seasonDays(value: unknown): number | undefined {
  const days = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(days) && days >= SEASON_DAYS.min && days <= SEASON_DAYS.max ? days : undefined;
}

export const lang: Attribute<ResolvedLanguage> = { name: 'lang', expected: or(Object.keys(LANGUAGES)), parse: matchLanguage };
export const theme = oneOf('theme', THEMES);
export const layout = oneOf('layout', LAYOUTS);
export const timeZone: Attribute<string> = {
  name: 'time-zone',
  expected: 'an IANA time zone',
  parse: (value) => (typeof value === 'string' && isValidTimeZone(value) ? value : undefined),
};
/** `now` is read in the card's time zone: a date alone is that day there. */
export const now: Attribute<number, [zone: string]> = {
  name: 'now',
  expected: 'an ISO 8601 date or date-time',
  parse: (value, zone) => parseNow(value as string, zone),
};
export const showDaysBefore: Attribute<number> = {
  name: 'show-days-before',
  expected: `a whole number from ${SEASON_DAYS.min} to ${SEASON_DAYS.max}`,
  parse: seasonDays,
};

/** Every attribute, in the order of `EMBED_PARAMETERS`. */
export const ATTRIBUTES = [lang, theme, layout, now, timeZone, showDaysBefore] as const;
