import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  calendarCaches,
  dateInZone,
  dayNumber,
  isValidTimeZone,
  nextMidnight,
  parseIsoDate,
  parseNow,
  toIsoDate,
  zoneOffset,
} from '../../src/time/calendar.js';

const iso = (instant: number | undefined) => (instant === undefined ? 'undefined' : new Date(instant).toISOString());

describe('calendar: the date in a zone', () => {
  const rows: [instant: string, zone: string, date: string][] = [
    ['2026-01-19T19:59:59Z', 'Asia/Baku', '2026-01-19'],
    ['2026-01-19T20:00:00Z', 'Asia/Baku', '2026-01-20'],
    ['2026-01-20T03:00:00Z', 'America/New_York', '2026-01-19'],
    ['2026-01-20T05:00:00Z', 'America/New_York', '2026-01-20'],
    ['2026-01-19T14:59:59Z', 'Asia/Tokyo', '2026-01-19'],
    ['2026-01-19T15:00:00Z', 'Asia/Tokyo', '2026-01-20'],
    ['2026-01-20T09:59:59Z', 'Pacific/Honolulu', '2026-01-19'],
    ['2026-01-20T10:00:00Z', 'Pacific/Honolulu', '2026-01-20'],
    ['2025-12-31T20:00:00Z', 'Asia/Baku', '2026-01-01'],
  ];
  for (const [instant, zone, date] of rows) {
    it(`${instant} is ${date} in ${zone}`, () => {
      expect(toIsoDate(dateInZone(Date.parse(instant), zone))).to.equal(date);
    });
  }

  it('knows the offset of Baku (+4 h, no DST) and of New York in winter and summer', () => {
    expect(zoneOffset(Date.parse('2026-01-20T00:00:00Z'), 'Asia/Baku')).to.equal(4 * 3600_000);
    expect(zoneOffset(Date.parse('2026-01-20T00:00:00Z'), 'America/New_York')).to.equal(-5 * 3600_000);
    expect(zoneOffset(Date.parse('2026-07-20T00:00:00Z'), 'America/New_York')).to.equal(-4 * 3600_000);
  });

  it('tells real IANA zones from everything else', () => {
    expect(isValidTimeZone('Asia/Baku')).to.be.true;
    expect(isValidTimeZone('UTC')).to.be.true;
    for (const bad of ['', ' ', 'Mars/Olympus', 'Asia/Baku<script>', '+04:00x']) {
      expect(isValidTimeZone(bad), bad).to.be.false;
    }
  });
});

describe('calendar: the next midnight', () => {
  const rows: [now: string, zone: string, midnight: string][] = [
    ['2026-01-19T12:00:00Z', 'Asia/Baku', '2026-01-19T20:00:00.000Z'],
    ['2026-01-19T19:59:59Z', 'Asia/Baku', '2026-01-19T20:00:00.000Z'],
    ['2026-01-19T20:00:00Z', 'Asia/Baku', '2026-01-20T20:00:00.000Z'],
    // DST starts in New York on 8 March 2026: that day has 23 hours.
    ['2026-03-08T12:00:00Z', 'America/New_York', '2026-03-09T04:00:00.000Z'],
    // DST ends on 1 November 2026: that day has 25 hours.
    ['2026-11-01T12:00:00Z', 'America/New_York', '2026-11-02T05:00:00.000Z'],
    ['2026-01-19T12:00:00Z', 'Asia/Tokyo', '2026-01-19T15:00:00.000Z'],
    ['2026-01-19T12:00:00Z', 'Pacific/Honolulu', '2026-01-20T10:00:00.000Z'],
    // A millisecond before midnight: the next day starts at midnight, not later (found by fast-check).
    ['2099-12-31T23:59:59.001Z', 'UTC', '2100-01-01T00:00:00.000Z'],
    // Colombo's clocks went back from 00:30 to 00:00 on 26 October 1996: the day starts at the first midnight (found by fast-check).
    ['1996-10-24T17:30:00Z', 'Asia/Colombo', '1996-10-25T17:30:00.000Z'],
    // Chile's DST skips 00:00 on 6 September 2026: the day starts at 01:00.
    ['2026-09-05T12:00:00Z', 'America/Santiago', '2026-09-06T04:00:00.000Z'],
    // St John's put its clocks back from 00:01 to 23:01 (1987–2010): the
    // second 23:30 of 24 October 1987 turns at the second midnight, not in
    // 1 ms (the clock would spin on 1 ms timers for an hour; issue #17, row 18).
    ['1987-10-25T03:00:00Z', 'America/St_Johns', '1987-10-25T03:30:00.000Z'],
    // 1988's "double daylight time" went back two hours, from 00:01 to 22:01.
    ['1988-10-30T02:00:00Z', 'America/St_Johns', '1988-10-30T03:30:00.000Z'],
    ['2010-11-07T02:45:00Z', 'America/St_Johns', '2010-11-07T03:30:00.000Z'],
  ];
  for (const [now, zone, midnight] of rows) {
    it(`after ${now} in ${zone} the day turns at ${midnight}`, () => {
      expect(iso(nextMidnight(Date.parse(now), zone))).to.equal(midnight);
    });
  }
});

describe('calendar: parsing the now attribute', () => {
  const rows: [value: string, zone: string, instant: string][] = [
    // A date alone is that day in the card's zone (its midday), not UTC midnight.
    ['2026-01-20', 'Asia/Baku', '2026-01-20T08:00:00.000Z'],
    ['2026-01-20', 'Pacific/Honolulu', '2026-01-20T22:00:00.000Z'],
    ['2026-01-19T19:59:59Z', 'Asia/Baku', '2026-01-19T19:59:59.000Z'],
    ['2026-01-20T00:00:00+04:00', 'Asia/Baku', '2026-01-19T20:00:00.000Z'],
    ['2026-01-20T00:00-0500', 'Asia/Baku', '2026-01-20T05:00:00.000Z'],
    ['2026-01-20T00:00:00.250z', 'Asia/Baku', '2026-01-20T00:00:00.250Z'],
    // Digits past the millisecond are cut off, never rounded up into the next day (issue #17, row 18).
    ['2026-01-19T19:59:59.9999Z', 'Asia/Baku', '2026-01-19T19:59:59.999Z'],
    ['2026-01-19T23:59:59.999999999', 'Asia/Baku', '2026-01-19T19:59:59.999Z'],
    ['2026-01-20T00:00:00.001+04:00', 'Asia/Baku', '2026-01-19T20:00:00.001Z'],
    ['2026-01-20T00:00:00.5Z', 'Asia/Baku', '2026-01-20T00:00:00.500Z'],
    // No offset: wall-clock time in the card's zone.
    ['2026-01-20T00:00', 'Asia/Baku', '2026-01-19T20:00:00.000Z'],
    ['2024-02-29', 'UTC', '2024-02-29T12:00:00.000Z'],
    // A wall time that happens twice (New York falls back at 02:00): the first.
    ['2026-11-01T01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    // A wall time that never happens (New York springs forward at 02:00): after the jump.
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
  ];
  for (const [value, zone, instant] of rows) {
    it(`"${value}" in ${zone} is ${instant}`, () => {
      expect(iso(parseNow(value, zone))).to.equal(instant);
    });
  }

  const bad = ['', 'now', 'yesterday', '2026-02-30', '2025-02-29', '2026-13-01', '2026-1-20', '20/01/2026',
    '2026-01-20T24:00', '2026-01-20T12:60', '2026-01-20T12:00+25:00', '1e12', '<b>2026-01-20</b>', '2026-01-20T'];
  for (const value of bad) {
    it(`rejects ${JSON.stringify(value)}`, () => {
      expect(parseNow(value, 'Asia/Baku')).to.equal(undefined);
    });
  }

  it('adds days across month, year and leap-day boundaries', () => {
    expect(toIsoDate(addDays(parseIsoDate('2025-12-31')!, 1))).to.equal('2026-01-01');
    expect(toIsoDate(addDays(parseIsoDate('2024-02-28')!, 1))).to.equal('2024-02-29');
    expect(toIsoDate(addDays(parseIsoDate('2026-01-31')!, 1))).to.equal('2026-02-01');
  });
});

describe('calendar: years 0001–9999, proleptic Gregorian', () => {
  const nows: [value: string, zone: string, instant: string][] = [
    ['0099-12-31', 'UTC', '0099-12-31T12:00:00.000Z'],
    ['0079-08-24', 'UTC', '0079-08-24T12:00:00.000Z'],
    ['0079-08-24T13:00+02:00', 'Asia/Baku', '0079-08-24T11:00:00.000Z'],
    ['0001-01-01', 'UTC', '0001-01-01T12:00:00.000Z'],
    ['0001-01-01T00:00Z', 'UTC', '0001-01-01T00:00:00.000Z'],
    ['0004-02-29', 'UTC', '0004-02-29T12:00:00.000Z'],
    ['0400-02-29', 'UTC', '0400-02-29T12:00:00.000Z'],
    ['9999-12-31T23:59:59Z', 'UTC', '9999-12-31T23:59:59.000Z'],
    // Before 1880 Baku kept local mean time, +3:19:24: a date alone is still its midday there.
    ['0050-06-01', 'Asia/Baku', '0050-06-01T08:40:36.000Z'],
  ];
  for (const [value, zone, instant] of nows) {
    it(`"${value}" in ${zone} is ${instant}`, () => {
      expect(iso(parseNow(value, zone))).to.equal(instant);
    });
  }

  // 0000 is no year a reader counts; 99 and 100 are common years; the day must fall in 0001–9999 in the zone.
  for (const [value, zone] of [['0000-06-01', 'UTC'], ['0099-02-29', 'UTC'], ['0100-02-29', 'UTC'],
    ['0001-01-01T00:00+05:00', 'UTC'], ['9999-12-31T23:00-14:00', 'UTC'], ['9999-12-31T23:00Z', 'Asia/Tokyo']]) {
    it(`rejects "${value}" in ${zone}`, () => {
      expect(parseNow(value, zone)).to.equal(undefined);
    });
  }

  it('reads dates of years 1–99 as themselves', () => {
    expect(parseIsoDate('0079-08-24')).to.deep.equal({ year: 79, month: 8, day: 24 });
    expect(toIsoDate({ year: 79, month: 8, day: 24 })).to.equal('0079-08-24');
    expect(dayNumber({ year: 1, month: 1, day: 1 })).to.equal(-719_162);
    expect(toIsoDate(addDays(parseIsoDate('0099-12-31')!, 1))).to.equal('0100-01-01');
    expect(toIsoDate(addDays(parseIsoDate('0004-02-28')!, 1))).to.equal('0004-02-29');
    expect(toIsoDate(dateInZone(Date.parse('0079-08-24T21:00:00Z'), 'Asia/Baku'))).to.equal('0079-08-25');
    expect(iso(nextMidnight(Date.parse('0050-06-01T12:00:00Z'), 'UTC'))).to.equal('0050-06-02T00:00:00.000Z');
  });

  it('matches Date.parse for every day of years 0001–9999 (fast-check)', () => {
    const date = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(date, (d) => {
        const text = d.toISOString().slice(0, 10);
        const day = parseIsoDate(text)!;
        expect(toIsoDate(day)).to.equal(text);
        expect(dayNumber(day)).to.equal(Date.parse(text) / 86_400_000);
        expect(toIsoDate(dateInZone(d.getTime(), 'UTC'))).to.equal(text);
        expect(parseNow(`${text}T00:00Z`, 'UTC')).to.equal(Date.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('calendar: the widest Dates (±8.64e15 ms) never throw', () => {
  for (const instant of [8.64e15, -8.64e15]) {
    it(`${instant}: parseNow rejects it, the day clamps to years 0001–9999, no midnight is scheduled past 9999`, () => {
      expect(parseNow(instant, 'Asia/Baku')).to.equal(undefined);
      expect(parseNow(new Date(instant), 'Asia/Baku')).to.equal(undefined);
      expect(toIsoDate(dateInZone(instant, 'Asia/Baku'))).to.equal(instant > 0 ? '9999-12-31' : '0001-01-01');
      expect(zoneOffset(instant, 'Asia/Baku')).to.be.a('number');
      const midnight = nextMidnight(instant, 'Asia/Baku');
      if (instant > 0) expect(midnight).to.equal(Infinity);
      else expect(iso(midnight)).to.equal('0001-01-01T20:40:36.000Z');
    });
  }

  it('takes a Date or a number for now, and nothing else', () => {
    const instant = Date.parse('2026-01-20T00:00:00Z');
    expect(parseNow(instant, 'Asia/Baku')).to.equal(instant);
    expect(parseNow(new Date(instant), 'Asia/Baku')).to.equal(instant);
    for (const bad of [NaN, Infinity, -Infinity, 8.64e15 + 1, new Date(NaN), {}, null, undefined, Symbol('now'), [], { getTime: () => instant }]) {
      expect(parseNow(bad as unknown as string, 'Asia/Baku'), String(bad?.toString?.())).to.equal(undefined);
    }
    expect(parseNow('2026-01-20', 'Mars/Olympus')).to.equal(undefined);
  });
});

describe('calendar: bounded caches', () => {
  const huge = (i: number) => `${i}`.padEnd(1_000_000, 'x');

  it('keeps no 1 MB zone or now, and at most its bound of them', () => {
    for (let i = 0; i < 50; i++) {
      expect(isValidTimeZone(huge(i))).to.be.false;
      expect(parseNow(huge(i), 'Asia/Baku')).to.equal(undefined);
      expect(parseNow('2026-01-20', huge(i))).to.equal(undefined);
    }
    const { zoneFormats, parsedNows } = calendarCaches;
    // Many short, distinct values fill the caches to their bound, never beyond.
    for (let day = 0; day < 2000; day++) parseNow(toIsoDate(addDays({ year: 2000, month: 1, day: 1 }, day)), 'UTC');
    for (let i = 0; i < 2000; i++) isValidTimeZone(`Not/A_Zone_${i}`);
    expect(parsedNows.size).to.equal(parsedNows.limit);
    expect(zoneFormats.size).to.equal(zoneFormats.limit);
    // And still answer right.
    expect(isValidTimeZone('Asia/Baku')).to.be.true;
    expect(iso(parseNow('2026-01-20', 'Asia/Baku'))).to.equal('2026-01-20T08:00:00.000Z');
  });
});
