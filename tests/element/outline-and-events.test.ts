// What a component user expects beside the card itself: a heading level that
// fits the page (heading-level, 1–6, default 2: the <h2>'s aria-level, which
// screen readers' heading lists follow) and an event when the card's day,
// phase or season changes (memorial-card-change). The clock is faked.
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { card, settle } from '../support/card.js';
import { recordWarnings } from '../support/warnings.js';

const headingOf = (el: HTMLElement) => el.shadowRoot!.querySelector('#title')!;

describe('heading-level', () => {
  const trouble = recordWarnings();

  it('is level 2 by default, the level asked for from 1 to 6, by attribute or property', async () => {
    const el = await card({ lang: 'en', now: '2026-03-01' });
    expect(headingOf(el).localName).to.equal('h2');
    expect(headingOf(el).hasAttribute('aria-level')).to.equal(false);
    for (const level of [1, 3, 6]) {
      el.setAttribute('heading-level', String(level));
      await el.updateComplete;
      expect(headingOf(el).getAttribute('aria-level')).to.equal(String(level));
      expect(el.headingLevel).to.equal(level);
    }
    el.headingLevel = 4;
    await el.updateComplete;
    expect(headingOf(el).getAttribute('aria-level')).to.equal('4');
    expect(headingOf(el).textContent!.replace(/\s/g, ' ')).to.equal('The January 20 tragedy');
    expect(headingOf(el).getAttribute('part')).to.equal('title');
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('title');
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(headingOf(el).hasAttribute('aria-level')).to.equal(false);
    expect(trouble.messages()).to.deep.equal([]);
  });

  it('warns about a level outside 1–6 and uses 2', async () => {
    for (const bad of ['7', '0', 'h3', '2.5']) {
      const el = await card({ lang: 'en', now: '2026-03-01', before: (e) => e.setAttribute('heading-level', bad) });
      expect(headingOf(el).hasAttribute('aria-level'), bad).to.equal(false);
      expect(trouble.messages().at(-1)).to.equal(`<memorial-card> invalid heading-level="${bad}"; using 2 instead.`);
    }
  });

  it('leaves the compact banner without a heading', async () => {
    const el = await card({ lang: 'en', now: '2026-03-01', layout: 'compact', before: (e) => e.setAttribute('heading-level', '3') });
    expect(headingOf(el).localName).to.equal('strong');
  });
});

describe('memorial-card-change', () => {
  recordWarnings();
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('fires at midnight, when the day turns into the anniversary, with the day, the phase and the season; bubbles out of shadow roots', async () => {
    // 19 January, 23:59:59 in Baku (UTC+4).
    clock = sinon.useFakeTimers({ now: Date.parse('2026-01-19T19:59:59Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await card({ lang: 'en', showDaysBefore: '0' });
    const events: CustomEvent[] = [];
    const record = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('memorial-card-change', record);
    try {
      expect(events, 'not for the first render').to.have.length(0);
      clock.tick(1_000);
      await settle(el);
      expect(events.map((e) => e.detail)).to.deep.equal([{ date: '2026-01-20', phase: 'anniversary', offSeason: false }]);
      expect(events[0].composed).to.be.true;
      clock.tick(24 * 3600_000);
      await settle(el);
      expect(events.at(-1)!.detail).to.deep.include({ date: '2026-01-21', offSeason: true });
      expect(events).to.have.length(2);
    } finally {
      document.removeEventListener('memorial-card-change', record);
    }
  });

  it('fires when now moves the card to another day, not for a change that keeps the day', async () => {
    const el = await card({ lang: 'en', now: '2026-03-01' });
    const events: Event[] = [];
    el.addEventListener('memorial-card-change', (e) => events.push(e));
    el.theme = 'dark';
    await el.updateComplete;
    expect(events).to.have.length(0);
    setTimeout(() => el.setAttribute('now', '2027-01-20'));
    const event = (await oneEvent(el, 'memorial-card-change')) as CustomEvent;
    expect(event.detail).to.deep.equal({ date: '2027-01-20', phase: 'anniversary', offSeason: false });
  });

  it('keeps count when a listener moves the card again inside its handler (an update within the event)', async () => {
    const el = await card({ lang: 'en', now: '2026-03-01' });
    const dates: string[] = [];
    let first = true;
    el.addEventListener('memorial-card-change', (e) => {
      dates.push((e as CustomEvent).detail.date);
      if (first) {
        first = false;
        el.now = '2026-01-25';
        // Synchronously, inside the handler (protected in the type: a test reaches in).
        (el as unknown as { performUpdate(): void }).performUpdate();
      }
    });
    for (const now of ['2026-01-20', '2026-01-20', '2026-01-25']) {
      el.now = now;
      await el.updateComplete;
    }
    // 20, then the handler's 25; back to 20, then 25 again: four changes.
    expect(dates).to.deep.equal(['2026-01-20', '2026-01-25', '2026-01-20', '2026-01-25']);
  });
});
