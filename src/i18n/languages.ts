import { Lru } from '../lru.js';
import type { Messages } from './messages.js';
import az from './az.js';
import en from './en.js';
import ru from './ru.js';

/** The bundled languages. Adding one is a new file and one line here. */
export const languages: Readonly<Record<string, Messages>> = { az, en, ru };

export const defaultLanguage = en;

export interface ResolvedLanguage {
  readonly messages: Messages;
  /** The locale for `Intl`: the tag asked for when it names a region or script, else the file's. */
  readonly locale: string;
}

const matches = new Lru<ResolvedLanguage | undefined>(64);

/**
 * The bundled language for a BCP 47 tag (`az-Latn-AZ` → az, `ru-RU` → ru), or
 * undefined when the tag is malformed or its language is not bundled. Cached
 * (a page of cards asks the same question many times), in a bounded cache.
 */
export function matchLanguage(tag: string): ResolvedLanguage | undefined {
  return typeof tag === 'string' ? matches.get(tag, () => resolve(tag)) : undefined;
}

/** @internal For tests: the language cache, which must stay bounded. */
export const languageCache = matches;

function resolve(tag: string): ResolvedLanguage | undefined {
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(tag.trim());
  } catch {
    return undefined;
  }
  if (!canonical) return undefined;
  const base = new Intl.Locale(canonical).language;
  const messages = Object.prototype.hasOwnProperty.call(languages, base) ? languages[base] : undefined;
  if (!messages) return undefined;
  return { messages, locale: canonical === base ? messages.locale : canonical };
}
