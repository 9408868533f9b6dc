/**
 * Everything the card shows, as plain strings, for one event, language and
 * day. Pure: no DOM, no clock. The element renders this and nothing else.
 */
import { DEFAULT_LANGUAGE } from './attributes.js';
import type { MemorialEvent, MemorialText } from './data/event.js';
import { type Formatter, type Part, fill, fillParts } from './i18n/format.js';
import { Lru } from './lru.js';
import { type AnniversaryPhase, anniversaryState } from './time/anniversary.js';
import { type CalendarDate, parseIsoDate, toIsoDate } from './time/calendar.js';

/** A date to print: `iso` for `<time datetime>`, `text` for people. */
export interface DateText {
  readonly iso: string;
  readonly text: string;
}

export interface FigureView {
  readonly id: string;
  readonly value: number;
  /** The value as printed, e.g. "1 234" or "1.234". */
  readonly valueText: string;
  readonly label: string;
  /** The shorter label of the compact layout. */
  readonly short: string;
}

export interface CardView {
  /** The language code of the words shown (`en`, `az`, `ru`). */
  readonly lang: string;
  /** The language of the event's words, when they had to come from another language. */
  readonly textLang: string;
  readonly title: string;
  /** The other name and the place, as given ("Black January", "Baku"). */
  readonly subtitle: readonly string[];
  readonly eventDate: DateText;
  readonly phase: AnniversaryPhase;
  readonly yearsSince: number;
  /** Days to the next anniversary (or to the event, before it); 0 on the day. */
  readonly daysLeft: number;
  /** The big line: "36 years ago" (part `n` is the number), "Less than a year ago" or "In 56 days". */
  readonly since: readonly Part[];
  /** The line under it: "37th anniversary in 56 days" or "Today: 36th anniversary". */
  readonly next: string;
  /** The date `next` speaks of, or undefined when it is today. */
  readonly nextDate: DateText | undefined;
  /** The day of remembrance, shown on an anniversary. */
  readonly dayName: string | undefined;
  readonly figures: readonly FigureView[];
  readonly summary: string;
  /** "Source: Trend news agency, 20 January 2026" (parts `name` and `date`). */
  readonly source: readonly Part[];
  readonly sourceDate: DateText;
  /** Accessible name of the list of figures. */
  readonly figuresLabel: string;
}

/**
 * `record[key]` when it is the record's own: keys from data (an id such as
 * "constructor") must never find `Object.prototype`'s members.
 */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The words for `event` in `lang`, else in English, else in the first language it has. */
export function eventText(event: MemorialEvent, lang: string): { text: MemorialText; lang: string } {
  for (const code of [lang, DEFAULT_LANGUAGE]) {
    const text = own(event.text, code);
    if (text) return { text, lang: code };
  }
  const [code, text] = Object.entries(event.text)[0] ?? [];
  if (code && text) return { text, lang: code };
  throw new Error(`memorial-card: no text for event "${event.id}"`);
}

/** Views per event, each a small LRU: a page cannot grow it with thousands of `lang` tags or `now` days. */
const views = new WeakMap<MemorialEvent, Lru<CardView>>();

/**
 * Everything the card shows for `event` in `format`'s language on `today`.
 * Cached per event, language and day: a page of 100 cards computes it once.
 */
export function cardView(event: MemorialEvent, format: Formatter, today: CalendarDate): CardView {
  let byKey = views.get(event);
  if (!byKey) views.set(event, (byKey = new Lru<CardView>(16)));
  return byKey.get(`${format.messages.lang}|${format.locale}|${toIsoDate(today)}`, () => computeView(event, format, today));
}

/** @internal For tests: how many views are kept for `event`. */
export function cachedViews(event: MemorialEvent): number {
  return views.get(event)?.size ?? 0;
}

function computeView(event: MemorialEvent, format: Formatter, today: CalendarDate): CardView {
  const m = format.messages;
  const { text, lang: textLang } = eventText(event, m.lang);
  // The validator guarantees that the dates parse.
  const eventDay = parseIsoDate(event.date) as CalendarDate;
  const sourceDay = parseIsoDate(event.source.date) as CalendarDate;
  const dateText = (date: CalendarDate): DateText => ({ iso: toIsoDate(date), text: format.date(date) });
  const state = anniversaryState(eventDay, today);

  let since: Part[];
  let next: string;
  switch (state.phase) {
    case 'before':
      since = fillParts(format.pluralPattern(m.daysToGo, state.daysLeft), { n: format.number(state.daysLeft) });
      next = '';
      break;
    case 'event-day':
      since = [{ text: m.eventToday }];
      next = '';
      break;
    case 'anniversary':
    case 'between':
      since =
        state.yearsSince === 0
          ? [{ text: m.lessThanYear }]
          : fillParts(format.pluralPattern(m.yearsAgo, state.yearsSince), { n: format.number(state.yearsSince) });
      next = fill(state.phase === 'anniversary' ? m.anniversaryToday : m.nextAnniversary, {
        ordinal: format.ordinal(state.ordinal),
        in: format.inDays(state.daysLeft),
      });
      break;
  }

  return {
    lang: m.lang,
    textLang,
    title: text.title,
    subtitle: [text.alsoKnownAs, text.place].filter((s): s is string => !!s),
    eventDate: dateText(eventDay),
    phase: state.phase,
    yearsSince: state.yearsSince,
    daysLeft: state.daysLeft,
    since,
    next,
    nextDate: state.phase === 'between' ? dateText(state.date) : undefined,
    dayName: state.phase === 'anniversary' ? text.dayName : undefined,
    figures: event.figures.map((figure) => {
      const label = own(text.figures, figure.id) ?? figure.id;
      return {
        id: figure.id,
        value: figure.value,
        valueText: format.number(figure.value),
        label: format.label(label, figure.value),
        short: format.label(own(text.figuresShort, figure.id) ?? label, figure.value),
      };
    }),
    summary: text.summary,
    source: fillParts(m.source, { name: text.sourceName ?? event.source.name, date: format.date(sourceDay) }),
    sourceDate: dateText(sourceDay),
    figuresLabel: m.figuresLabel,
  };
}
