import { expect } from '@open-wc/testing';
import {
  addDays,
  dateInZone,
  isValidTimeZone,
  nextMidnight,
  parseIsoDate,
  parseNow,
  toIsoDate,
  zoneOffset,
} from '../src/time/calendar.js';

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
