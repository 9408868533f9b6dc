import { expect } from '@open-wc/testing';
import { anniversaryState, observedDate, yearsSince } from '../../src/time/anniversary.js';
import { dateInZone, parseIsoDate, toIsoDate } from '../../src/time/calendar.js';

const JAN_20 = parseIsoDate('1990-01-20')!;
const day = (iso: string) => parseIsoDate(iso)!;
const stateAt = (instant: string, zone: string, event = JAN_20) =>
  anniversaryState(event, dateInZone(Date.parse(instant), zone));
const describeState = (s: ReturnType<typeof anniversaryState>) =>
  `${s.phase} ${s.yearsSince} years, #${s.ordinal} on ${toIsoDate(s.date)} in ${s.daysLeft} days`;

describe('anniversary: the reference values (Asia/Baku)', () => {
  const rows: [now: string, expected: string][] = [
    ['2026-01-19T19:59:59Z', 'between 35 years, #36 on 2026-01-20 in 1 days'],
    ['2026-01-19T20:00:00Z', 'anniversary 36 years, #36 on 2026-01-20 in 0 days'],
    ['2026-11-25T12:00:00Z', 'between 36 years, #37 on 2027-01-20 in 56 days'],
    ['2027-01-20T00:00:00Z', 'anniversary 37 years, #37 on 2027-01-20 in 0 days'],
  ];
  for (const [now, expected] of rows) {
    it(`${now}: ${expected}`, () => {
      expect(describeState(stateAt(now, 'Asia/Baku'))).to.equal(expected);
    });
  }
});

describe('anniversary: every boundary around 20 January', () => {
  const rows: [today: string, expected: string][] = [
    ['2025-12-31', 'between 35 years, #36 on 2026-01-20 in 20 days'],
    ['2026-01-01', 'between 35 years, #36 on 2026-01-20 in 19 days'],
    ['2026-01-19', 'between 35 years, #36 on 2026-01-20 in 1 days'],
    ['2026-01-20', 'anniversary 36 years, #36 on 2026-01-20 in 0 days'],
    ['2026-01-21', 'between 36 years, #37 on 2027-01-20 in 364 days'],
    ['2026-01-31', 'between 36 years, #37 on 2027-01-20 in 354 days'],
    ['2026-02-01', 'between 36 years, #37 on 2027-01-20 in 353 days'],
    ['2026-02-28', 'between 36 years, #37 on 2027-01-20 in 326 days'],
    ['2026-03-01', 'between 36 years, #37 on 2027-01-20 in 325 days'],
    ['2026-12-31', 'between 36 years, #37 on 2027-01-20 in 20 days'],
    // A leap year in between: 2027-01-21 to 2028-01-20 is still 364 days (29 Feb comes later).
    ['2027-01-21', 'between 37 years, #38 on 2028-01-20 in 364 days'],
    ['2027-03-01', 'between 37 years, #38 on 2028-01-20 in 325 days'],
    ['2028-02-29', 'between 38 years, #39 on 2029-01-20 in 326 days'],
    ['1990-01-21', 'between 0 years, #1 on 1991-01-20 in 364 days'],
    ['1991-01-20', 'anniversary 1 years, #1 on 1991-01-20 in 0 days'],
  ];
  for (const [today, expected] of rows) {
    it(`${today}: ${expected}`, () => {
      expect(describeState(anniversaryState(JAN_20, day(today)))).to.equal(expected);
    });
  }
});

describe('anniversary: the same instant in other time zones', () => {
  const rows: [instant: string, zone: string, expected: string][] = [
    ['2026-01-20T03:00:00Z', 'Asia/Baku', 'anniversary 36 years, #36 on 2026-01-20 in 0 days'],
    ['2026-01-20T03:00:00Z', 'America/New_York', 'between 35 years, #36 on 2026-01-20 in 1 days'],
    ['2026-01-20T03:00:00Z', 'Asia/Tokyo', 'anniversary 36 years, #36 on 2026-01-20 in 0 days'],
    ['2026-01-20T03:00:00Z', 'Pacific/Honolulu', 'between 35 years, #36 on 2026-01-20 in 1 days'],
    ['2026-01-20T15:00:00Z', 'Asia/Tokyo', 'between 36 years, #37 on 2027-01-20 in 364 days'],
    ['2026-01-20T15:00:00Z', 'Asia/Baku', 'anniversary 36 years, #36 on 2026-01-20 in 0 days'],
    ['2026-01-21T09:59:59Z', 'Pacific/Honolulu', 'anniversary 36 years, #36 on 2026-01-20 in 0 days'],
    ['2026-01-21T10:00:00Z', 'Pacific/Honolulu', 'between 36 years, #37 on 2027-01-20 in 364 days'],
    // Summer time in New York changes nothing about the count.
    ['2026-07-01T03:59:59Z', 'America/New_York', 'between 36 years, #37 on 2027-01-20 in 204 days'],
    ['2026-07-01T04:00:00Z', 'America/New_York', 'between 36 years, #37 on 2027-01-20 in 203 days'],
  ];
  for (const [instant, zone, expected] of rows) {
    it(`${instant} in ${zone}: ${expected}`, () => {
      expect(describeState(stateAt(instant, zone))).to.equal(expected);
    });
  }
});

describe('anniversary: 29 February and future events', () => {
  const LEAP = day('2024-02-29');
  const rows: [today: string, expected: string][] = [
    ['2025-02-27', 'between 0 years, #1 on 2025-02-28 in 1 days'],
    ['2025-02-28', 'anniversary 1 years, #1 on 2025-02-28 in 0 days'],
    ['2025-03-01', 'between 1 years, #2 on 2026-02-28 in 364 days'],
    ['2028-02-28', 'between 3 years, #4 on 2028-02-29 in 1 days'],
    ['2028-02-29', 'anniversary 4 years, #4 on 2028-02-29 in 0 days'],
    ['2024-02-29', 'event-day 0 years, #0 on 2024-02-29 in 0 days'],
    ['2024-02-01', 'before 0 years, #0 on 2024-02-29 in 28 days'],
    ['2023-02-28', 'before 0 years, #0 on 2024-02-29 in 366 days'],
  ];
  for (const [today, expected] of rows) {
    it(`event on 2024-02-29, ${today}: ${expected}`, () => {
      expect(describeState(anniversaryState(LEAP, day(today)))).to.equal(expected);
    });
  }

  it('observes 29 February on 28 February in common years only', () => {
    expect(toIsoDate(observedDate(LEAP, 2025))).to.equal('2025-02-28');
    expect(toIsoDate(observedDate(LEAP, 2100))).to.equal('2100-02-28');
    expect(toIsoDate(observedDate(LEAP, 2000))).to.equal('2000-02-29');
  });

  it('never counts negative years', () => {
    expect(yearsSince(JAN_20, day('1980-01-01'))).to.equal(0);
    expect(yearsSince(JAN_20, day('1990-01-19'))).to.equal(0);
  });
});

describe('anniversary: years 1–99 (proleptic Gregorian)', () => {
  const VESUVIUS = day('0079-08-24');
  const rows: [event: string, today: string, expected: string][] = [
    // The bundled event seen from year 1 counts down about 726,000 days (Date.UTC would say 32,526).
    ['1990-01-20', '0001-01-01', 'before 0 years, #0 on 1990-01-20 in 726486 days'],
    ['0079-08-24', '2026-11-25', 'between 1947 years, #1948 on 2027-08-24 in 272 days'],
    ['0079-08-24', '0080-08-24', 'anniversary 1 years, #1 on 0080-08-24 in 0 days'],
    ['0079-08-24', '0099-12-31', 'between 20 years, #21 on 0100-08-24 in 236 days'],
    ['0004-02-29', '0005-02-28', 'anniversary 1 years, #1 on 0005-02-28 in 0 days'],
    ['0004-02-29', '0008-02-29', 'anniversary 4 years, #4 on 0008-02-29 in 0 days'],
    ['0001-01-01', '9999-12-31', 'between 9998 years, #9999 on 10000-01-01 in 1 days'],
  ];
  for (const [event, today, expected] of rows) {
    it(`event on ${event}, ${today}: ${expected}`, () => {
      expect(describeState(anniversaryState(day(event), day(today)))).to.equal(expected);
    });
  }

  it('observes 29 February of year 4 on 28 February in years 1–99 that are common', () => {
    expect(toIsoDate(observedDate(day('0004-02-29'), 99))).to.equal('0099-02-28');
    expect(toIsoDate(observedDate(day('0004-02-29'), 96))).to.equal('0096-02-29');
    expect(yearsSince(VESUVIUS, day('0079-08-23'))).to.equal(0);
  });
});
