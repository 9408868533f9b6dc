// What the card shows, and the attributes that change how it looks: its
// words in each language, lang from the page, theme and layout, custom
// properties, another memorial from the data property, and nothing moving.
// The counter on given days is in tests/time/days.test.ts; theme="auto" and
// the reader's colour scheme in colour-scheme.test.ts (it needs Chromium).
import { expect, html } from '@open-wc/testing';
import { exampleEvent } from '../support/event.js';
import { card, part, textOf } from '../support/card.js';
import { readable } from '../support/text.js';

describe('<memorial-card>: what it shows', () => {
  it('renders the event, its date, the counter, four figures, the summary and the source', async () => {
    const el = await card({ lang: 'en', now: '2026-11-25T12:00:00Z' });
    const root = el.shadowRoot!;
    expect(textOf(el, 'article h2')).to.equal('The January 20 tragedy');
    expect(root.querySelector('time.date')!.getAttribute('datetime')).to.equal('1990-01-20');
    expect(textOf(el, '.date')).to.equal('20 January 1990');
    expect(textOf(el, '.counter')).to.equal('36 years ago. 37th anniversary in 56 days 20 January 2027');
    const figures = [...root.querySelectorAll('.figure')].map((li) => readable(li.textContent));
    expect(figures).to.deep.equal([
      '147 people killed',
      '744 severely injured',
      '841 illegally arrested',
      '200 residential buildings, houses and properties destroyed',
    ]);
    expect(textOf(el, '.summary')).to.contain('National Mourning Day');
    expect(textOf(el, '.source')).to.equal('Source: Trend news agency, 20 January 2026');
    expect(root.querySelector('.source time')!.getAttribute('datetime')).to.equal('2026-01-20');
  });

  it('prints every bundled language in its own words', async () => {
    const az = await card({ lang: 'az', now: '2026-11-25' });
    expect(textOf(az, 'h2')).to.equal('20 Yanvar faciəsi');
    expect(textOf(az, '.date')).to.equal('20 yanvar 1990');
    expect(textOf(az, '.source')).to.equal('Mənbə: Trend agentliyi, 20 yanvar 2026');
    const ru = await card({ lang: 'ru', now: '2026-11-25' });
    expect(textOf(ru, 'h2')).to.equal('Трагедия 20 января');
    expect(textOf(ru, '.date')).to.equal('20 января 1990 г.');
    expect(textOf(ru, '.source')).to.equal('Источник: агентство Trend, 20 января 2026 г.');
    expect(part(ru, 'card')!.getAttribute('lang')).to.equal('ru');
  });
});

describe('<memorial-card>: attributes', () => {
  it('takes lang from the nearest ancestor, across shadow roots', async () => {
    const el = await card(html`<div lang="fr"><section lang="az-Latn-AZ"><memorial-card now="2026-11-25"></memorial-card></section></div>`);
    expect(textOf(el, 'h2')).to.equal('20 Yanvar faciəsi');

    const host = document.createElement('div');
    host.setAttribute('lang', 'ru');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('memorial-card');
    inner.setAttribute('now', '2026-11-25');
    shadow.append(inner);
    await inner.updateComplete;
    expect(textOf(inner, 'h2')).to.equal('Трагедия 20 января');
    host.remove();
  });

  it('falls back to the browser language when no ancestor names a bundled one', async () => {
    const el = await card(html`<div lang="fr"><memorial-card now="2026-11-25"></memorial-card></div>`);
    const expected = navigator.language.startsWith('ru') ? 'ru' : 'en';
    expect(part(el, 'card')!.getAttribute('lang')).to.equal(expected);
  });

  it('follows lang when it changes', async () => {
    const el = await card({ lang: 'en', now: '2026-11-25' });
    el.lang = 'az';
    await el.updateComplete;
    expect(textOf(el, 'h2')).to.equal('20 Yanvar faciəsi');
  });

  it('applies theme and layout', async () => {
    const light = await card({ theme: 'light', lang: 'en', now: '2026-11-25' });
    const dark = await card({ theme: 'dark', lang: 'en', now: '2026-11-25' });
    const bg = (el: Element) => getComputedStyle(part(el as never, 'card')!).backgroundColor;
    expect(bg(light)).to.equal('rgb(247, 243, 236)');
    expect(bg(dark)).to.equal('rgb(21, 19, 17)');

    const compact = await card({ layout: 'compact', lang: 'en', now: '2026-11-25' });
    expect(compact.shadowRoot!.querySelector('h2')).to.equal(null);
    // One line: the name, the date and the counter; the dots between are drawn by CSS (issue #16).
    expect(textOf(compact)).to.equal('The January 20 tragedy 20 January 1990 36 years ago 37th anniversary in 56 days');
  });

  it('lets the page re-theme it with custom properties', async () => {
    const el = await card({ style: '--memorial-card-background: rgb(1, 2, 3)', lang: 'en', now: '2026-11-25' });
    expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('shows another memorial from the data property', async () => {
    const data = exampleEvent({ value: 12345 });
    const el = await card({ lang: 'en', now: '2026-06-15', data });
    expect(textOf(el, 'h2')).to.equal('An example memorial');
    expect(textOf(el, '.figures')).to.equal('12,345 names read');
    expect(textOf(el, '.counter')).to.contain('26th anniversary today');
  });
});

describe('<memorial-card>: still, like a plaque', () => {
  // The compact banner has no figures since issue #16.
  for (const layout of ['card']) {
    it(`shows every figure at once, opaque, with nothing moving (${layout})`, async () => {
      const el = await card({ lang: 'en', layout, now: '2026-11-25' });
      const root = el.shadowRoot!;
      const values = [...root.querySelectorAll(layout === 'card' ? '.value' : 'b')];
      expect(values.map((v) => v.textContent)).to.deep.equal(['147', '744', '841', '200']);
      for (const value of values) {
        const style = getComputedStyle(value);
        expect(style.color).to.not.match(/rgba\(.*, 0\)|transparent/);
        expect(style.opacity).to.equal('1');
        expect(style.visibility).to.equal('visible');
        expect(value.getBoundingClientRect().width).to.be.greaterThan(0);
      }
      expect(root.getAnimations().length, 'no animation or transition').to.equal(0);
      expect(root.querySelector('.ticker, .counting')).to.equal(null);
    });
  }
});
