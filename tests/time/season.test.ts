// show-days-before: the card comes back by itself each year, in season (the
// anniversary and the given number of days before it) and hidden, taking no
// space, the rest of the year. The clock is faked; each row is one midnight
// in the card's time zone. Bad values are in tests/element/bad-input.test.ts.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { card, isShown, settle } from '../support/card.js';
import { exampleEvent } from '../support/event.js';
import { recordWarnings } from '../support/warnings.js';

describe('show-days-before', () => {
  const trouble = recordWarnings();
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  const zones: [zone: string, lastSecondBefore: string, dayAfterStarts: string][] = [
    // Baku is UTC+4: 19 January starts at 18 January 20:00Z; 21 January at 20 January 20:00Z.
    ['Asia/Baku', '2026-01-18T19:59:59Z', '2026-01-20T20:00:00Z'],
    // New York is UTC−5 in January.
    ['America/New_York', '2026-01-19T04:59:59Z', '2026-01-21T05:00:00Z'],
  ];
  for (const [zone, lastSecondBefore, dayAfterStarts] of zones) {
    it(`with 1 day: appears at midnight of 19 January and hides at midnight of 21 January, in ${zone}`, async () => {
      clock = sinon.useFakeTimers({ now: Date.parse(lastSecondBefore), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const el = await card({ lang: 'en', timeZone: zone, showDaysBefore: '1' });
      expect(isShown(el), 'the evening before the season').to.be.false;
      expect(el.getBoundingClientRect().height, 'takes no space').to.equal(0);

      clock.tick(1_000);
      await settle(el);
      expect(isShown(el), 'from midnight, 19 January').to.be.true;

      clock.tick(Date.parse(dayAfterStarts) - Date.now() - 1_000);
      await settle(el);
      expect(isShown(el), 'the last second of 20 January').to.be.true;

      clock.tick(1_000);
      await settle(el);
      expect(isShown(el), 'from midnight, 21 January').to.be.false;
      expect(trouble.warn.called).to.be.false;
    });
  }

  const frozen: [days: string, now: string, expected: boolean][] = [
    ['0', '2026-01-19', false],
    ['0', '2026-01-20', true],
    ['0', '2026-01-21', false],
    ['7', '2026-01-12', false],
    ['7', '2026-01-13', true],
    ['366', '2026-03-01', true],
    ['30', '2026-11-25', false],
  ];
  for (const [days, now, expected] of frozen) {
    it(`show-days-before=${days} on ${now}: ${expected ? 'shown' : 'hidden'}`, async () => {
      const el = await card({ lang: 'en', now, showDaysBefore: days });
      expect(isShown(el)).to.equal(expected);
      expect(el.hasAttribute('off-season')).to.equal(!expected);
    });
  }

  it('is always shown without the attribute', async () => {
    const el = await card({ lang: 'en', now: '2026-03-01' });
    expect(isShown(el)).to.be.true;
  });

  it('shows a future event during the countdown before its day, and on the day', async () => {
    const data = exampleEvent({ date: '2026-12-25' });
    const early = await card({ lang: 'en', now: '2026-11-25', showDaysBefore: '7', data });
    expect(isShown(early)).to.be.false;
    const late = await card({ lang: 'en', now: '2026-12-20', showDaysBefore: '7', data });
    expect(isShown(late)).to.be.true;
    const day = await card({ lang: 'en', now: '2026-12-25', showDaysBefore: '0', data });
    expect(isShown(day)).to.be.true;
  });

  it('takes a number from JavaScript, and warns about anything else without throwing', async () => {
    const el = await card({ lang: 'en', now: '2026-03-01' });
    el.showDaysBefore = 1;
    await el.updateComplete;
    expect(isShown(el)).to.be.false;
    el.showDaysBefore = { toString: () => { throw new Error('no'); } } as never;
    await el.updateComplete;
    expect(isShown(el)).to.be.true;
    expect(String(trouble.warn.lastCall.args[0])).to.contain('invalid show-days-before=an object');
  });

  it('reads the attribute into the number its type promises; other text stays text, and warns', async () => {
    const el = await card({ lang: 'en', now: '2026-03-01', showDaysBefore: ' 7 ' });
    expect(el.showDaysBefore).to.equal(7);
    el.setAttribute('show-days-before', '0');
    expect(el.showDaysBefore).to.equal(0);
    el.setAttribute('show-days-before', '3 weeks');
    await el.updateComplete;
    expect(el.showDaysBefore).to.equal('3 weeks');
    expect(isShown(el)).to.be.true;
    expect(String(trouble.warn.lastCall.args[0])).to.contain('invalid show-days-before="3 weeks"');
    el.removeAttribute('show-days-before');
    expect(el.showDaysBefore).to.equal(null);
  });
});
