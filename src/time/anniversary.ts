/**
 * The "years since" counter. Pure calendar arithmetic on the
 * event's date and today's date, both already in the card's time zone.
 */
import { type CalendarDate, addDays, compareDates, dayNumber } from './calendar.js';

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
  /** The ordinal of today's anniversary, or of the next one; 0 before and on the event's day. */
  readonly ordinal: number;
  /** The date `ordinal` falls on: today on an anniversary, the event's date before it. */
  readonly date: CalendarDate;
  /** Days from today to `date`. */
  readonly daysLeft: number;
}

/**
 * The date an anniversary is observed in `year`. An event on 29 February is
 * observed on 28 February in common years.
 */
export function observedDate(event: CalendarDate, year: number): CalendarDate {
  const date = { year, month: event.month, day: event.day };
  // 29 February of a common year rolls over into 1 March.
  return addDays(date, 0).day === date.day ? date : { ...date, day: 28 };
}

/** Whole years from `event` to `today`; 0 before the event. */
export function yearsSince(event: CalendarDate, today: CalendarDate): number {
  if (compareDates(today, event) < 0) return 0;
  return today.year - event.year - (compareDates(today, observedDate(event, today.year)) < 0 ? 1 : 0);
}

/** Everything the counter shows for `today`, given the event's date. */
export function anniversaryState(event: CalendarDate, today: CalendarDate): AnniversaryState {
  const order = compareDates(today, event);
  const years = yearsSince(event, today);
  let date = observedDate(event, today.year);
  if (compareDates(date, today) < 0) date = observedDate(event, today.year + 1);
  const phase: AnniversaryPhase =
    order < 0 ? 'before' : order === 0 ? 'event-day' : compareDates(date, today) === 0 ? 'anniversary' : 'between';
  if (order <= 0) date = event;
  return {
    phase,
    yearsSince: years,
    ordinal: order > 0 ? date.year - event.year : 0,
    date,
    daysLeft: dayNumber(date) - dayNumber(today),
  };
}
