/**
 * The "years since" counter (DESIGN §4). Pure calendar arithmetic: it takes
 * the event's date and today's date, both already in the card's time zone.
 */
import { type CalendarDate, compareDates, dayNumber, isLeapYear } from './calendar.js';

/**
 * - `before`: the event is still ahead; count down to it.
 * - `event-day`: today is the event's own date.
 * - `anniversary`: today is an anniversary (1st, 2nd, …).
 * - `between`: any other day after the event.
 */
export type AnniversaryPhase = 'before' | 'event-day' | 'anniversary' | 'between';

export interface AnniversaryState {
  readonly phase: AnniversaryPhase;
  /** Whole years since the event; 0 before its first anniversary and before the event. */
  readonly yearsSince: number;
  /** The ordinal of the anniversary today (phase `anniversary`) or of the next one. */
  readonly ordinal: number;
  /** The date of the next anniversary (today's, on an anniversary), or the event's date before it. */
  readonly date: CalendarDate;
  /** Days from today to `date`: 0 on the day itself. */
  readonly daysLeft: number;
}

/**
 * The date an anniversary is observed in `year`. An event on 29 February is
 * observed on 28 February in common years.
 */
export function observedDate(event: CalendarDate, year: number): CalendarDate {
  if (event.month === 2 && event.day === 29 && !isLeapYear(year)) {
    return { year, month: 2, day: 28 };
  }
  return { year, month: event.month, day: event.day };
}

/** Whole years from `event` to `today`; negative values never occur (0 before the event). */
export function yearsSince(event: CalendarDate, today: CalendarDate): number {
  if (compareDates(today, event) < 0) return 0;
  const reached = compareDates(today, observedDate(event, today.year)) >= 0;
  return today.year - event.year - (reached ? 0 : 1);
}

/** Everything the counter shows for `today`, given the event's date. */
export function anniversaryState(event: CalendarDate, today: CalendarDate): AnniversaryState {
  const daysUntil = (date: CalendarDate) => dayNumber(date) - dayNumber(today);
  const order = compareDates(today, event);
  if (order < 0) {
    return { phase: 'before', yearsSince: 0, ordinal: 0, date: event, daysLeft: daysUntil(event) };
  }
  if (order === 0) {
    return { phase: 'event-day', yearsSince: 0, ordinal: 0, date: event, daysLeft: 0 };
  }
  const years = yearsSince(event, today);
  const thisYear = observedDate(event, today.year);
  if (compareDates(today, thisYear) === 0) {
    return { phase: 'anniversary', yearsSince: years, ordinal: years, date: thisYear, daysLeft: 0 };
  }
  const next = compareDates(today, thisYear) < 0 ? thisYear : observedDate(event, today.year + 1);
  return {
    phase: 'between',
    yearsSince: years,
    ordinal: next.year - event.year,
    date: next,
    daysLeft: daysUntil(next),
  };
}
