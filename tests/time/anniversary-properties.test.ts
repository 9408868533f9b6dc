// Property tests of the anniversary math: random instants, zones and event
// dates, checked against invariants and against a plain reference written
// here the slow, obvious way.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { anniversaryState, yearsSince } from '../../src/time/anniversary.js';
import { type CalendarDate, dateInZone, nextMidnight } from '../../src/time/calendar.js';

const ZONES = Intl.supportedValuesOf('timeZone');
const zone = fc.constantFrom(...ZONES);
const instant = fc.integer({ min: Date.UTC(1985, 0, 1), max: Date.UTC(2100, 0, 1) });
const eventDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2060 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day);
const JAN_20 = { year: 1990, month: 1, day: 20 };

// The reference: count observed anniversaries one by one, walk days one by one.
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const observed = (e: CalendarDate, y: number): CalendarDate =>
  e.month === 2 && e.day === 29 && !isLeap(y) ? { year: y, month: 2, day: 28 } : { year: y, month: e.month, day: e.day };
const before = (a: CalendarDate, b: CalendarDate) =>
  a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day < b.day;
const same = (a: CalendarDate, b: CalendarDate) => !before(a, b) && !before(b, a);
function referenceYears(e: CalendarDate, t: CalendarDate): number {
  let years = 0;
  for (let y = e.year + 1; y <= t.year; y++) if (!before(t, observed(e, y))) years++;
  return years;
}
function referenceDaysLeft(e: CalendarDate, t: CalendarDate): number {
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day));
  for (let n = 0; n <= 367; n++, d.setUTCDate(d.getUTCDate() + 1)) {
    const day = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    if (day.year > e.year && same(day, observed(e, day.year))) return n;
  }
  throw new Error('no anniversary within 367 days');
}

describe('properties of the anniversary math', () => {
  it('years since never decrease as time moves forward', () => {
    fc.assert(
      fc.property(zone, instant, fc.integer({ min: 0, max: 5 * 365 * 86_400_000 }), (tz, t, step) => {
        expect(yearsSince(JAN_20, dateInZone(t + step, tz))).to.be.at.least(yearsSince(JAN_20, dateInZone(t, tz)));
      }),
      { numRuns: 300 },
    );
  });

  it('years since change only at local midnight of an anniversary', () => {
    fc.assert(
      fc.property(zone, instant, (tz, t) => {
        const midnight = nextMidnight(t, tz);
        const justBefore = dateInZone(midnight - 1, tz);
        const after = dateInZone(midnight, tz);
        // Nothing changes inside a local day…
        expect(yearsSince(JAN_20, dateInZone(t, tz))).to.equal(yearsSince(JAN_20, justBefore));
        // …and a change at midnight lands on the anniversary.
        if (yearsSince(JAN_20, after) !== yearsSince(JAN_20, justBefore)) {
          expect(anniversaryState(JAN_20, after).phase).to.equal('anniversary');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('days left are 0 on an anniversary and 1 to 366 otherwise, 366 only around a leap day', () => {
    fc.assert(
      fc.property(eventDate, zone, instant, (e, tz, t) => {
        const today = dateInZone(t, tz);
        fc.pre(before(e, today));
        const state = anniversaryState(e, today);
        if (state.phase === 'anniversary') expect(state.daysLeft).to.equal(0);
        else expect(state.daysLeft).to.be.within(1, 366);
        if (state.daysLeft === 366) expect(e.month === 2 && e.day === 29).to.be.true;
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the plain reference for any event date, zone and instant', () => {
    fc.assert(
      fc.property(eventDate, zone, instant, (e, tz, t) => {
        const today = dateInZone(t, tz);
        const state = anniversaryState(e, today);
        if (!before(e, today)) {
          expect(state.yearsSince).to.equal(0);
          return;
        }
        expect(state.yearsSince).to.equal(referenceYears(e, today));
        expect(state.daysLeft).to.equal(referenceDaysLeft(e, today));
        expect(state.ordinal).to.equal(state.phase === 'anniversary' ? state.yearsSince : state.yearsSince + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('turns the local date exactly once at each next midnight', () => {
    fc.assert(
      fc.property(zone, instant, (tz, t) => {
        const midnight = nextMidnight(t, tz);
        expect(midnight).to.be.greaterThan(t);
        expect(midnight - t).to.be.at.most(26 * 3600_000);
        expect(same(dateInZone(midnight - 1, tz), dateInZone(t, tz))).to.be.true;
        expect(same(dateInZone(midnight, tz), dateInZone(t, tz))).to.be.false;
      }),
      { numRuns: 300 },
    );
  });
});
