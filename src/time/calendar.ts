/**
 * Calendar dates and time zones. Pure functions, no DOM: each takes the
 * instant and the IANA time zone it works in.
 *
 * Dates are proleptic Gregorian, years 0001–9999. `Date.UTC` is not used: it
 * reads years 0–99 as 1900–1999. An instant whose day is outside those years
 * (the widest `Date`s reach ±275,760) gives the first or last supported day,
 * and `parseNow` rejects it, so nothing here throws for a `Date`'s time.
 */
import { Lru } from '../lru.js';

/** A day on the Gregorian calendar; `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;
const FIRST_DAY: CalendarDate = { year: 1, month: 1, day: 1 };
const LAST_DAY: CalendarDate = { year: 9999, month: 12, day: 31 };

/** Days since 1970-01-01. */
export function dayNumber(date: CalendarDate): number {
  // Not Date.UTC, which reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return d.getTime() / DAY_MS;
}

// Every instant the zone clock is asked about lies between a day before year 1
// and a day after 9999 (no zone is a day off UTC): far inside `Date`'s range.
const FIRST_INSTANT = (dayNumber(FIRST_DAY) - 1) * DAY_MS;
const LAST_INSTANT = (dayNumber(LAST_DAY) + 2) * DAY_MS;
const clamp = (instant: number) => (instant >= FIRST_INSTANT ? Math.min(instant, LAST_INSTANT) : FIRST_INSTANT);

/** One formatter per zone (all 418 of them fit), null for an unknown zone. */
const zoneFormats = new Lru<Intl.DateTimeFormat | null>(512);

/** One cached formatter per zone that reads its wall clock in numbers; null for an unknown zone. */
function wallClockFormat(timeZone: string): Intl.DateTimeFormat | null {
  return zoneFormats.get(timeZone, () => {
    try {
      // No IANA zone's name is that long: spare `Intl` a 1 MB string.
      return timeZone.trim() && timeZone.length <= 100
        ? new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            era: 'short',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          })
        : null;
    } catch {
      return null;
    }
  });
}

/** Whether `timeZone` is an IANA zone this browser knows. */
export function isValidTimeZone(timeZone: string): boolean {
  return typeof timeZone === 'string' && wallClockFormat(timeZone) !== null;
}

/** Zone clock readings: the cards of a page ask about the same few instants, in a few zones. */
const readings = new Lru<[number, CalendarDate]>(64);

/**
 * The wall clock at `instant` (clamped to the supported range) in `timeZone`,
 * as if it were UTC: [ms, date]. The date may be in year 0 or 10000 at the
 * edges.
 */
function wallClock(instant: number, timeZone: string): [number, CalendarDate] {
  return readings.get(`${instant} ${timeZone}`, () => {
    const f: Record<string, number> = {};
    let bc = false;
    for (const { type, value } of wallClockFormat(timeZone)?.formatToParts(clamp(instant)) ?? []) {
      if (type === 'era') bc = value === 'BC';
      else f[type] = Number(value);
    }
    // Astronomical years: 1 BC is year 0.
    const date = { year: bc ? 1 - f.year : f.year, month: f.month, day: f.day };
    return [dayNumber(date) * DAY_MS + ((f.hour * 60 + f.minute) * 60 + f.second) * 1000, date];
  });
}

/**
 * The calendar date at `instant` (ms since the epoch) in `timeZone`; before
 * year 1 or after 9999, the first or last day of that range.
 */
export function dateInZone(instant: number, timeZone: string): CalendarDate {
  const date = wallClock(instant, timeZone)[1];
  return date.year < 1 ? FIRST_DAY : date.year > 9999 ? LAST_DAY : date;
}

/** The zone's offset from UTC at `instant`, in milliseconds (Baku: +4 h). */
export function zoneOffset(instant: number, timeZone: string): number {
  return wallClock(instant, timeZone)[0] - Math.floor(clamp(instant) / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` reads `date` at the
 * given time of day (ms). Where the clock goes back and the time happens
 * twice, the first; where it jumps forward and the time never happens, the
 * instant after the jump (as `Temporal`'s "compatible" disambiguation).
 */
export function zonedInstant(date: CalendarDate, timeZone: string, timeOfDay = 0): number {
  const wall = dayNumber(date) * DAY_MS + timeOfDay;
  // The offsets in force a day before and a day after: the instant is one of these.
  const candidates = [wall - zoneOffset(wall - DAY_MS, timeZone), wall - zoneOffset(wall + DAY_MS, timeZone)].sort(
    (a, b) => a - b,
  );
  const second = Math.floor(wall / 1000) * 1000;
  return candidates.find((t) => wallClock(t, timeZone)[0] === second) ?? candidates[1];
}

/**
 * The first instant after `instant` at which the date in `timeZone` changes:
 * the next local midnight, or the start of the day where DST skips midnight.
 * Infinity from 31 December 9999 on: there is no later day to turn to.
 */
export function nextMidnight(instant: number, timeZone: string): number {
  const today = dateInZone(instant, timeZone);
  if (compareDates(today, LAST_DAY) >= 0) return Infinity;
  const tomorrow = addDays(today, 1);
  let start = zonedInstant(tomorrow, timeZone);
  // A clock put back across midnight reads today twice (St John's, 1987–2010:
  // 00:01 back to 23:01): after the first midnight, the day turns at the
  // second, at the offset in force now.
  if (start <= instant) start = dayNumber(tomorrow) * DAY_MS - zoneOffset(instant, timeZone);
  // Zones whose DST change skips 00:00 start the day later: step forward.
  for (let i = 0; i < 8 && compareDates(dateInZone(start, timeZone), tomorrow) < 0; i++) start += 900_000;
  return Math.max(start, instant + 1);
}

/** The calendar date `days` days after `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  // getUTCFullYear, unlike Date.UTC, reads every year as itself.
  const d = new Date((dayNumber(date) + days) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** `YYYY-MM-DD`, as `<time datetime>` and the data files write dates. */
export function toIsoDate({ year, month, day }: CalendarDate): string {
  return [year, month, day].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
}

/** A strict `YYYY-MM-DD` that names a real day in years 0001–9999, or undefined. */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!match) return undefined;
  const date = { year: +match[1], month: +match[2], day: +match[3] };
  // Dates roll 30 February over into March: a real day survives the round trip.
  return date.year && toIsoDate(addDays(date, 0)) === value ? date : undefined;
}

/** `instant` if its day in `timeZone` is in years 0001–9999, else undefined (an unknown zone too). */
function supported(instant: number, timeZone: string): number | undefined {
  const { year } = wallClock(instant, timeZone)[1];
  return year >= 1 && year <= 9999 ? instant : undefined;
}

/** `now` strings already parsed, per zone: a page of cards frozen at one `now` parses it once. */
const parsedNows = new Lru<number | undefined>(64);

/**
 * Parses the `now` attribute, an ISO 8601 date or date-time:
 * - a date alone is that calendar day in `timeZone` (its midday is returned);
 * - a date-time with `Z` or an offset is that instant;
 * - a date-time without an offset is wall-clock time in `timeZone`.
 * A `Date` or a number (ms since the epoch) is that instant.
 * Anything else gives undefined: impossible dates, instants whose day in
 * `timeZone` is outside years 0001–9999, an unknown `timeZone`, other types.
 */
export function parseNow(value: string | number | Date, timeZone: string): number | undefined {
  if (typeof value === 'string') {
    return parsedNows.get(`${timeZone.length}:${timeZone}${value}`, () => parseNowString(value, timeZone));
  }
  let instant: number;
  try {
    // Any realm's Date (or a number); anything else throws here.
    instant = typeof value === 'number' ? value : Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
  return supported(instant, timeZone);
}

function parseNowString(value: string, timeZone: string): number | undefined {
  const match =
    /^(\d{4}-\d\d-\d\d)(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d{1,9})?)?(Z|([+-])([01]\d|2[0-3]):?([0-5]\d)?)?)?$/i.exec(
      value.trim(),
    );
  const date = match && parseIsoDate(match[1]);
  if (!match || !date) return undefined;
  const [, , hour, minute = 0, second = 0, fraction = '.', zone, sign, offsetHours, offsetMinutes = 0] = match;
  if (hour === undefined) return supported(zonedInstant(date, timeZone, 12 * 3600_000), timeZone);
  // Whole milliseconds, the digits past them cut off (never rounded up:
  // 19:59:59.9999 is still that second), in integers only.
  const timeOfDay = ((+hour * 60 + +minute) * 60 + +second) * 1000 + +(fraction + '00').slice(1, 4);
  if (!zone) return supported(zonedInstant(date, timeZone, timeOfDay), timeZone);
  const offset = zone.length > 1 ? (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes) * 60_000 : 0;
  return supported(dayNumber(date) * DAY_MS + timeOfDay - offset, timeZone);
}

/** @internal For tests: the module's caches, which must stay bounded. */
export const calendarCaches = { zoneFormats, parsedNows, readings };
