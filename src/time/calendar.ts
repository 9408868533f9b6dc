/**
 * Calendar dates and time zones. Pure functions, no DOM: each takes the
 * instant and the IANA time zone it works in.
 */

/** A day on the Gregorian calendar; `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;
const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

/** One cached formatter per zone that reads its wall clock in numbers; null for an unknown zone. */
function wallClockFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = zoneFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = timeZone.trim()
        ? new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          })
        : null;
    } catch {
      format = null;
    }
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/** Whether `timeZone` is an IANA zone this browser knows. */
export function isValidTimeZone(timeZone: string): boolean {
  return wallClockFormat(timeZone) !== null;
}

let last: { instant: number; timeZone: string; result: [number, CalendarDate] } | undefined;

/**
 * The wall clock at `instant` in `timeZone`, as if it were UTC: [ms, date].
 * The last answer is kept: a page of cards frozen at one `now` asks the same
 * question for each card.
 */
function wallClock(instant: number, timeZone: string): [number, CalendarDate] {
  if (last?.instant === instant && last.timeZone === timeZone) return last.result;
  const f: Record<string, number> = {};
  for (const { type, value } of wallClockFormat(timeZone)?.formatToParts(instant) ?? []) f[type] = Number(value);
  const result: [number, CalendarDate] = [
    Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second),
    { year: f.year, month: f.month, day: f.day },
  ];
  last = { instant, timeZone, result };
  return result;
}

/** The calendar date at `instant` (ms since the epoch) in `timeZone`. */
export function dateInZone(instant: number, timeZone: string): CalendarDate {
  return wallClock(instant, timeZone)[1];
}

/** The zone's offset from UTC at `instant`, in milliseconds (Baku: +4 h). */
export function zoneOffset(instant: number, timeZone: string): number {
  return wallClock(instant, timeZone)[0] - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` reads `date` at the
 * given time of day (ms). Where the clock goes back and the time happens
 * twice, the first; where it jumps forward and the time never happens, the
 * instant after the jump (as `Temporal`'s "compatible" disambiguation).
 */
export function zonedInstant(date: CalendarDate, timeZone: string, timeOfDay = 0): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + timeOfDay;
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
 */
export function nextMidnight(instant: number, timeZone: string): number {
  const tomorrow = addDays(dateInZone(instant, timeZone), 1);
  let start = zonedInstant(tomorrow, timeZone);
  // Zones whose DST change skips 00:00 start the day later: step forward.
  for (let i = 0; i < 8 && compareDates(dateInZone(start, timeZone), tomorrow) < 0; i++) start += 900_000;
  return Math.max(start, instant + 1);
}

/** Days since 1970-01-01. */
export function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/** The calendar date `days` days after `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date((dayNumber(date) + days) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** `YYYY-MM-DD`, as `<time datetime>` and the data files write dates. */
export function toIsoDate(date: CalendarDate): string {
  return new Date(dayNumber(date) * DAY_MS).toISOString().slice(0, 10);
}

/** A strict `YYYY-MM-DD` that names a real day, or undefined. */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!match) return undefined;
  const date = { year: +match[1], month: +match[2], day: +match[3] };
  // Date.UTC rolls 30 February over into March: a real day survives the round trip.
  return toIsoDate(date) === value ? date : undefined;
}

/**
 * Parses the `now` attribute, an ISO 8601 date or date-time:
 * - a date alone is that calendar day in `timeZone` (its midday is returned);
 * - a date-time with `Z` or an offset is that instant;
 * - a date-time without an offset is wall-clock time in `timeZone`.
 * Anything else, impossible dates included, gives undefined.
 */
export function parseNow(value: string, timeZone: string): number | undefined {
  const match =
    /^(\d{4}-\d\d-\d\d)(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(\.\d{1,9})?)?(Z|([+-])([01]\d|2[0-3]):?([0-5]\d)?)?)?$/i.exec(
      value.trim(),
    );
  const date = match && parseIsoDate(match[1]);
  if (!match || !date) return undefined;
  const [, , hour, minute = 0, second = 0, fraction = 0, zone, sign, offsetHours, offsetMinutes = 0] = match;
  if (hour === undefined) return zonedInstant(date, timeZone, 12 * 3600_000);
  const timeOfDay = ((+hour * 60 + +minute) * 60 + +second + +fraction) * 1000;
  if (!zone) return zonedInstant(date, timeZone, Math.round(timeOfDay));
  const offset = zone.length > 1 ? (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes) * 60_000 : 0;
  return Math.round(dayNumber(date) * DAY_MS + timeOfDay - offset);
}
