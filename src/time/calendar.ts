/**
 * Calendar dates and time zones. Pure functions, no DOM: every function takes
 * the instant and the IANA time zone it works in.
 */

/** A day on the proleptic Gregorian calendar; `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone that reads the wall clock there in numbers. */
function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneFormatters.set(timeZone, format);
  }
  return format;
}

const validZones = new Map<string, boolean>();

/** Whether `timeZone` is an IANA zone this browser knows. */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = validZones.get(timeZone);
  if (valid === undefined) {
    try {
      wallClockFormat(timeZone);
      valid = timeZone.trim() !== '';
    } catch {
      valid = false;
    }
    validZones.set(timeZone, valid);
  }
  return valid;
}

interface WallClock extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function wallClock(instant: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of wallClockFormat(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour % 24,
    minute: fields.minute,
    second: fields.second,
  };
}

/** The calendar date at `instant` (ms since the epoch) in `timeZone`. */
export function dateInZone(instant: number, timeZone: string): CalendarDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return { year, month, day };
}

/** The zone's offset from UTC at `instant`, in milliseconds (Baku: +4 h). */
export function zoneOffset(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` reads the given local time.
 * In a gap (a DST jump forward) it returns the instant after the gap.
 */
export function zonedInstant(
  date: CalendarDate,
  timeZone: string,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, millisecond);
  const first = asUtc - zoneOffset(asUtc, timeZone);
  const second_ = asUtc - zoneOffset(first, timeZone);
  return second_ === first ? first : Math.max(first, second_);
}

/**
 * The first instant after `instant` at which the calendar date in `timeZone`
 * changes: the next local midnight (or the start of the day, where a DST
 * change skips midnight).
 */
export function nextMidnight(instant: number, timeZone: string): number {
  const today = dateInZone(instant, timeZone);
  const tomorrow = addDays(today, 1);
  let start = zonedInstant(tomorrow, timeZone);
  // Zones whose DST change skips 00:00 start the day at 01:00: step forward.
  for (let i = 0; i < 8 && compareDates(dateInZone(start, timeZone), tomorrow) < 0; i++) {
    start += 15 * 60_000;
  }
  return start > instant ? start : instant + 60_000;
}

/** Days since 1970-01-01 for a calendar date (any zone: dates are zoneless). */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

/** The calendar date `days` days after `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date((dayNumber(date) + days) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD`, the form `<time datetime>` and the data files use. */
export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Parses a strict `YYYY-MM-DD` into a real calendar date, or returns undefined. */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Parses the `now` attribute: an ISO 8601 date or date-time.
 * - A date alone means that calendar day in `timeZone` (its midday is returned).
 * - A date-time with `Z` or an offset is that instant.
 * - A date-time without an offset is wall-clock time in `timeZone`.
 * Returns undefined for anything else, including impossible dates.
 */
export function parseNow(value: string, timeZone: string): number | undefined {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, isoDate, hh, mm, ss = '0', fraction = '0', zone] = match;
  const date = parseIsoDate(isoDate);
  if (!date) return undefined;
  if (hh === undefined) return zonedInstant(date, timeZone, 12);
  const hour = Number(hh);
  const minute = Number(mm);
  const second = Number(ss);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millisecond = Math.floor(Number(`0.${fraction}`) * 1000);
  if (zone === undefined) return zonedInstant(date, timeZone, hour, minute, second, millisecond);
  const utc = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, millisecond);
  if (zone.toUpperCase() === 'Z') return utc;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetHours = Number(digits.slice(0, 2));
  const offsetMinutes = Number(digits.slice(2) || '0');
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  return utc - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}
