/**
 * Everything the card shows, as plain strings, for one event, language and
 * day. Pure: no DOM, no clock. The element renders this and nothing else.
 */
import { DEFAULT_LANGUAGE } from './attributes.js';
import type { MemorialEvent, MemorialText } from './data/event.js';
import { type Formatter, type Part, fill, fillParts } from './i18n/format.js';
import type { PluralPatterns } from './i18n/messages.js';
import { Lru } from './lru.js';
import { own } from './own.js';
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
  /**
   * The big line: "36 years ago" (part `n` is the number), "Less than a year
   * ago", "In 56 days", "Tomorrow"; without a live day, "37th anniversary on 20
   * January 2027".
   */
  readonly since: readonly Part[];
  /** The line under it: "37th anniversary in 56 days" or "36th anniversary today"; without a live day, none. */
  readonly next: string;
  /** The date `next` speaks of, or undefined when it is today. */
  readonly nextDate: DateText | undefined;
  /** The day of remembrance, shown on an anniversary. */
  readonly dayName: string | undefined;
  /** The day's name wherever it stands (the summary too), kept on one line. */
  readonly keepWhole: string | undefined;
  readonly figures: readonly FigureView[];
  readonly summary: string;
  /** "Source: Trend news agency, 20 January 2026" (parts `name` and `date`). */
  readonly source: readonly Part[];
  readonly sourceDate: DateText;
  /** Accessible name of the list of figures. */
  readonly figuresLabel: string;
}


/**
 * The words for `event` in `lang`, else in English, else in the first
 * language it has (valid data has at least one: the validator's "no-words").
 */
export function eventText(event: MemorialEvent, lang: string): { text: MemorialText; lang: string } {
  for (const code of [lang, DEFAULT_LANGUAGE]) {
    const text = own(event.text, code);
    if (text) return { text, lang: code };
  }
  const [code, text] = Object.entries(event.text)[0] as [string, MemorialText];
  return { text, lang: code };
}

/** Views per event, each a small LRU: a page cannot grow it with thousands of `lang` tags or `now` days. */
const views = new WeakMap<MemorialEvent, Lru<CardView>>();

/**
 * Everything the card shows for `event` in `format`'s language on `today`.
 * `relative` false (text pre-rendered without a given `now`, read on later
 * days): no phrase that a later day makes false ("in 56 days", "today",
 * "tomorrow"); the next anniversary is named with its date instead.
 * Cached per event, language and day: a page of 100 cards computes it once.
 */
export function cardView(event: MemorialEvent, format: Formatter, today: CalendarDate, relative = true): CardView {
  let byKey = views.get(event);
  if (!byKey) views.set(event, (byKey = new Lru<CardView>(16)));
  return byKey.get(`${format.messages.lang}|${format.locale}|${toIsoDate(today)}|${relative}`, () =>
    computeView(event, format, today, relative),
  );
}

/** @internal For tests: how many views are kept for `event`. */
export function cachedViews(event: MemorialEvent): number {
  return views.get(event)?.size ?? 0;
}

function computeView(event: MemorialEvent, format: Formatter, today: CalendarDate, relative: boolean): CardView {
  const m = format.messages;
  const { text, lang: textLang } = eventText(event, m.lang);
  // The validator guarantees that the dates parse.
  const eventDay = parseIsoDate(event.date) as CalendarDate;
  const sourceDay = parseIsoDate(event.source.date) as CalendarDate;
  const dateText = (date: CalendarDate): DateText => ({ iso: toIsoDate(date), text: format.date(date) });
  const state = anniversaryState(eventDay, today);

  const { phase, daysLeft, ordinal } = state;
  const values = { ordinal: format.ordinal(ordinal), in: format.inDays(daysLeft), date: format.date(state.date) };
  const count = (patterns: PluralPatterns, n: number) => fillParts(format.pluralPattern(patterns, n), { n: format.number(n) });
  // Without a live day: what stays true, the anniversary with its date ("37th anniversary on 20 January 2027").
  const since: Part[] = !relative
    ? [{ text: ordinal ? fill(m.anniversary, values) : dateText(eventDay).text }]
    : phase === 'before'
      ? daysLeft === 1
        ? [{ text: m.tomorrow }]
        : count(m.daysToGo, daysLeft)
      : phase === 'event-day'
        ? [{ text: m.eventToday }]
        : state.yearsSince
          ? count(m.yearsAgo, state.yearsSince)
          : [{ text: m.lessThanYear }];
  const next =
    !ordinal || !relative
      ? ''
      : fill(phase === 'anniversary' ? m.anniversaryToday : (daysLeft === 1 && m.nextTomorrow) || m.nextAnniversary, values);

  return {
    lang: m.lang,
    textLang,
    title: text.title,
    subtitle: [text.alsoKnownAs, text.place].filter((s): s is string => !!s),
    eventDate: dateText(eventDay),
    phase,
    yearsSince: state.yearsSince,
    daysLeft,
    since,
    next,
    nextDate: relative && phase === 'between' ? dateText(state.date) : undefined,
    dayName: relative && phase === 'anniversary' ? text.dayName : undefined,
    keepWhole: text.dayName,
    figures: event.figures.map((figure) => {
      return {
        id: figure.id,
        value: figure.value,
        valueText: format.number(figure.value),
        label: format.label(own(text.figures, figure.id) ?? figure.id, figure.value),
      };
    }),
    summary: text.summary,
    source: fillParts(m.source, { name: text.sourceName ?? event.source.name, date: format.date(sourceDay) }),
    sourceDate: dateText(sourceDay),
    figuresLabel: m.figuresLabel,
  };
}
