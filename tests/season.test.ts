// show-days-before: the card comes back by itself each year (DESIGN §3). The
// clock is faked; each row is one midnight in the card's time zone.
import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { MemorialCard } from '../src/memorial-card-element.js';
import { exampleEvent } from './fixtures.js';
import { card } from './helpers.js';

const settle = async (el: MemorialCard) => {
  await Promise.resolve();
  await el.updateComplete;
  await Promise.resolve();
};
const shown = (el: MemorialCard) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;

describe('show-days-before', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    warn.restore();
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
      const el = await card(html`<memorial-card lang="en" time-zone=${zone} show-days-before="1"></memorial-card>`);
      expect(shown(el), 'the evening before the season').to.be.false;
      expect(el.getBoundingClientRect().height, 'takes no space').to.equal(0);

      clock.tick(1_000);
      await settle(el);
      expect(shown(el), 'from midnight, 19 January').to.be.true;

      clock.tick(Date.parse(dayAfterStarts) - Date.now() - 1_000);
      await settle(el);
      expect(shown(el), 'the last second of 20 January').to.be.true;

      clock.tick(1_000);
      await settle(el);
      expect(shown(el), 'from midnight, 21 January').to.be.false;
      expect(warn.called).to.be.false;
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
      const el = await card(html`<memorial-card lang="en" now=${now} show-days-before=${days}></memorial-card>`);
      expect(shown(el)).to.equal(expected);
      expect(el.hasAttribute('off-season')).to.equal(!expected);
    });
  }

  it('is always shown without the attribute', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-03-01"></memorial-card>`);
    expect(shown(el)).to.be.true;
  });

  it('shows a future event during the countdown before its day, and on the day', async () => {
    const data = exampleEvent({ date: '2026-12-25' });
    const early = await card(html`<memorial-card lang="en" now="2026-11-25" show-days-before="7" .data=${data}></memorial-card>`);
    expect(shown(early)).to.be.false;
    const late = await card(html`<memorial-card lang="en" now="2026-12-20" show-days-before="7" .data=${data}></memorial-card>`);
    expect(shown(late)).to.be.true;
    const day = await card(html`<memorial-card lang="en" now="2026-12-25" show-days-before="0" .data=${data}></memorial-card>`);
    expect(shown(day)).to.be.true;
  });

  for (const bad of ['-1', '367', '1.5', 'soon', '', '1e2']) {
    it(`show-days-before=${JSON.stringify(bad)} warns and falls back to always shown`, async () => {
      const el = await card(html`<memorial-card lang="en" now="2026-03-01" show-days-before=${bad}></memorial-card>`);
      expect(shown(el)).to.be.true;
      expect(String(warn.firstCall?.args[0])).to.contain(`invalid show-days-before=${JSON.stringify(bad)}`);
    });
  }

  it('takes a number from JavaScript, and warns about anything else without throwing', async () => {
    const el = await card(html`<memorial-card lang="en" now="2026-03-01"></memorial-card>`);
    el.showDaysBefore = 1;
    await el.updateComplete;
    expect(shown(el)).to.be.false;
    el.showDaysBefore = { toString: () => { throw new Error('no'); } } as never;
    await el.updateComplete;
    expect(shown(el)).to.be.true;
    expect(String(warn.lastCall.args[0])).to.contain('invalid show-days-before=an object');
  });
});
