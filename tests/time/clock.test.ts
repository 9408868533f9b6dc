// One shared clock for every card on the page: it wakes the live cards at
// the next midnight that matters (in each card's own time zone) with a
// single pending timer, sleeps while the page is hidden, and re-checks the
// day on visibilitychange and pageshow. The clock is faked throughout.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { clockState, subscribe, unsubscribe } from '../../src/live/clock.js';
import { type MemorialCard, card, settle, textOf } from '../support/card.js';

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('the shared clock', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({
      now: Date.parse('2026-01-19T19:59:00Z'),
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
  });
  afterEach(() => {
    clock.restore();
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('turns the day at midnight in the card’s zone, without a reload', async () => {
    const el = await card({ lang: 'en' });
    expect(textOf(el, '.next')).to.contain('36th anniversary tomorrow');
    clock.tick(59_000);
    await settle(el);
    expect(textOf(el, '.next')).to.contain('36th anniversary tomorrow');
    clock.tick(1_000);
    await settle(el);
    expect(textOf(el, '.next')).to.contain('36th anniversary today');
  });

  it('turns a New York card at New York’s midnight, not Baku’s', async () => {
    const el = await card({ lang: 'en', timeZone: 'America/New_York' });
    clock.tick(60_000); // Baku's midnight
    await settle(el);
    expect(textOf(el, '.next')).to.contain('36th anniversary tomorrow');
    clock.tick(9 * 3600_000 - 1_000); // 04:59:59Z
    await settle(el);
    expect(textOf(el, '.next')).to.contain('36th anniversary tomorrow');
    clock.tick(1_000); // New York's midnight
    await settle(el);
    expect(textOf(el, '.next')).to.contain('36th anniversary today');
  });

  it('keeps one pending timer for 100 cards', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 100 }, (_, i) =>
        html`<memorial-card lang="en" time-zone=${i % 2 ? 'Asia/Baku' : 'Asia/Tokyo'}></memorial-card>`,
      )}
    </div>`);
    const cards = [...wrapper.querySelectorAll('memorial-card')];
    await settle(...cards);
    expect(clockState().subscribers).to.equal(100);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(60_000);
    await settle(...cards);
    expect(clock.countTimers()).to.equal(1);
    expect(textOf(cards[1], '.next')).to.contain('36th anniversary today');
  });

  it('sets no timer for cards with a frozen now, and none once cards leave the page', async () => {
    const frozen = await card({ lang: 'en', now: '2026-11-25' });
    await settle(frozen);
    expect(clock.countTimers()).to.equal(0);
    const live = await card({ lang: 'en' });
    await settle(live);
    expect(clock.countTimers()).to.equal(1);
    live.remove();
    await settle(live);
    expect(clock.countTimers()).to.equal(0);
    expect(clockState().subscribers).to.equal(0);
  });

  it('sleeps while the page is hidden and is right the moment it is seen again', async () => {
    const el = await card({ lang: 'en' });
    setVisibility('hidden');
    await settle(el);
    expect(clock.countTimers()).to.equal(0);
    // The tab stays hidden for two days.
    clock.setSystemTime(Date.parse('2026-01-21T10:00:00Z'));
    setVisibility('visible');
    await settle(el);
    expect(textOf(el, '.next')).to.contain('37th anniversary in 364 days');
    expect(clock.countTimers()).to.equal(1);
  });

  it('re-checks the day when a page comes back from the back/forward cache', async () => {
    const el = await card({ lang: 'en' });
    clock.setSystemTime(Date.parse('2026-11-25T12:00:00Z'));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle(el);
    expect(textOf(el, '.next')).to.contain('37th anniversary in 56 days');
  });

  describe('clock faults', () => {
    const hideAndShow = async (els: MemorialCard[]) => {
      setVisibility('hidden');
      await settle(...els);
      setVisibility('visible');
      await settle(...els);
    };

    it('is right after the clock jumps forward a year, as soon as the page is seen', async () => {
      const el = await card({ lang: 'en' });
      clock.setSystemTime(Date.parse('2027-01-19T21:00:00Z'));
      await hideAndShow([el]);
      expect(textOf(el, '.counter')).to.equal('37 years ago. 37th anniversary today National Mourning Day');
      expect(clock.countTimers()).to.equal(1);
    });

    it('is right after the clock jumps back a day', async () => {
      clock.setSystemTime(Date.parse('2026-01-20T08:00:00Z'));
      const el = await card({ lang: 'en' });
      expect(textOf(el, '.next')).to.contain('36th anniversary today');
      clock.setSystemTime(Date.parse('2026-01-19T08:00:00Z'));
      await hideAndShow([el]);
      expect(textOf(el, '.next')).to.contain('36th anniversary tomorrow');
      expect(clock.countTimers()).to.equal(1);
    });

    it('sets its one timer for the next midnight after a jump, not the old one', async () => {
      const el = await card({ lang: 'en' });
      clock.setSystemTime(Date.parse('2026-06-01T12:00:00Z'));
      await hideAndShow([el]);
      // Baku's next midnight is 20:00 UTC: eight hours on, less a millisecond nothing changes.
      clock.tick(8 * 3600_000 - 1);
      await settle(el);
      expect(textOf(el, '.next')).to.contain('in 233 days');
      clock.tick(1);
      await settle(el);
      expect(textOf(el, '.next')).to.contain('in 232 days');
      expect(clock.countTimers()).to.equal(1);
    });
  });
});

describe('the shared clock and documents that are gone', () => {
  it('forgets a live card moved into an iframe once that iframe is removed', async () => {
    const el = await card({ lang: 'en' });
    await settle(el);
    expect(clockState().subscribers).to.equal(1);
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    const inner = iframe.contentDocument!;
    inner.body.append(inner.adoptNode(el));
    await settle(el);
    // Still live in the iframe: the page's clock keeps it.
    expect(clockState().subscribers).to.equal(1);
    iframe.remove();
    await settle(el);
    // The iframe's document is gone, yet the card is still "connected" to it: no disconnectedCallback.
    expect(el.isConnected).to.be.true;
    expect(clockState().subscribers).to.equal(0);
    expect(clockState().timerPending).to.be.false;
  });

  it('drops, at its next reschedule, a subscriber whose document has no window', async () => {
    const orphan = { tick() {}, ownerDocument: document.implementation.createHTMLDocument('') };
    const live = { tick() {}, ownerDocument: document };
    subscribe(live, 'UTC');
    subscribe(orphan, 'UTC');
    await Promise.resolve();
    expect(clockState().subscribers).to.equal(1);
    unsubscribe(live);
    await Promise.resolve();
    expect(clockState()).to.deep.equal({ subscribers: 0, timerPending: false });
  });
});
